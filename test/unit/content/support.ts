// Shared by the content-script tests: the real saved HN page (parsed inertly, so no script,
// stylesheet or image is ever fetched), a recording fake of the browser APIs, and verdicts.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Comment, Reason, Verdict } from '../../../src/core/model.ts';
import { parseEnvelope } from '../../../src/messages.ts';

export const HN_URL = 'https://news.ycombinator.com/item?id=28385024';
// path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's, not Node's.
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/hackernews/hn_item_28385024_2021-09-02.html');

/**
 * The fixture as a document that fetches nothing: happy-dom's DOMParser would try to load the
 * page's stylesheet and script, so those two tags are cut from the text before parsing (the
 * file on disk stays byte for byte as saved).
 */
export function parseFixture(): Document {
  const html = readFileSync(FIXTURE, 'utf8')
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Puts the fixture's body into the live test document (happy-dom's `document`). */
export function loadFixtureInto(target: Document): void {
  const parsed = parseFixture();
  target.body.replaceChildren(...Array.from(parsed.body.childNodes).map((node) => target.importNode(node, true)));
}

/** A real comment row cloned under a new id and author, as a page would append one. */
export function cloneRow(doc: Document, fromId: string, newId: string, author: string): Element {
  const row = doc.getElementById(fromId)!.cloneNode(true) as Element;
  row.id = newId;
  row.removeAttribute('data-kuzet-comment');
  for (const host of Array.from(row.querySelectorAll('[data-kuzet-badge]'))) host.remove();
  const link = row.querySelector('a.hnuser')!;
  link.textContent = author;
  link.setAttribute('href', `user?id=${author}`);
  return row;
}

/** Messages are keys plus substitutions, so tests can see exactly what was asked for. */
export const fakeTranslate = (key: string, substitutions: string[] = []): string =>
  substitutions.length > 0 ? `${key}(${substitutions.join('|')})` : key;

export function reason(overrides: Partial<Reason> = {}): Reason {
  return {
    id: 'copypasta',
    strength: 0.8,
    weight: 0.5,
    sentence: { key: 'reasonCopypasta', substitutions: ['3', 'bryananderson'] },
    evidence: { commentIds: ['hackernews:28385973'], urls: ['https://news.ycombinator.com/item?id=28385973'] },
    ...overrides,
  };
}

export function verdict(name: string, level: Verdict['level'], reasons: Reason[] = [reason()]): Verdict {
  return { authorKey: `hackernews:${name}`, displayName: name, score: 0.72, level, reasons, computedAt: 1 };
}

/** Roots (comment rows) of `name` in `doc`. */
export function rowsBy(doc: Document, name: string): Element[] {
  return Array.from(doc.querySelectorAll('tr.athing.comtr')).filter((row) => row.querySelector('a.hnuser')?.textContent === name);
}

/** The comments of a sent `comments/batch` envelope as the background's schema makes them whole (it travels packed). */
export function sentComments(envelope: unknown): Comment[] {
  const parsed = parseEnvelope(envelope);
  if (parsed?.type !== 'comments/batch') throw new Error(`not a comments/batch the background accepts: ${JSON.stringify(envelope).slice(0, 300)}`);
  return parsed.payload.comments;
}
