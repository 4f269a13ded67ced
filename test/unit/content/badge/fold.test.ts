// @vitest-environment happy-dom
// Collapsing flagged authors' comments on the real HN thread: the text folds away, the name,
// badge and indentation stay; the reader can open one again; switching the setting off, the
// verdict dropping or the site being switched off puts the page back as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';
import { hackernews } from '../../../../src/content/adapters/hackernews.ts';
import { createBadgeBoard, type BadgeBoard } from '../../../../src/content/badge/badgeBoard.ts';
import { fakeTranslate, HN_URL, loadFixtureInto, rowsBy, verdict } from '../support.ts';

const FLAGGED = 'WalterBright';
const COLLAPSE = { ...DEFAULT_SETTINGS, collapseFlagged: ['hackernews'] };
let controller: AbortController;
let board: BadgeBoard;

const text = (row: Element) => row.querySelector<HTMLElement>('.comment')!;
const toggle = (row: Element) => row.querySelector<HTMLElement>('[data-kuzet-badge]')!.shadowRoot!.querySelector<HTMLButtonElement>('[data-kuzet-fold-toggle]')!;
const shown = (el: HTMLElement) => el.style.getPropertyValue('display') !== 'none';

beforeEach(() => {
  loadFixtureInto(document);
  controller = new AbortController();
  board = createBadgeBoard(hackernews, fakeTranslate, controller.signal);
  for (const root of hackernews.roots(document)) board.addRoot(root, hackernews.read(root, new URL(HN_URL))!.authorKey);
  board.setVerdicts([verdict(FLAGGED, 'suspected')]);
});
afterEach(() => controller.abort());

describe('collapsing flagged comments', () => {
  it('folds the text of every comment of a flagged author only, keeping name, badge and indentation', () => {
    board.setSettings(COLLAPSE);
    const rows = rowsBy(document, FLAGGED);
    for (const row of rows) {
      expect(shown(text(row))).toBe(false);
      expect(shown(row.querySelector<HTMLElement>('a.hnuser')!)).toBe(true);
      expect(shown(row.querySelector<HTMLElement>('td.ind')!)).toBe(true);
      expect(toggle(row).hidden).toBe(false);
      expect(toggle(row).textContent).toBe('uiFoldShow');
      expect(toggle(row).getAttribute('aria-expanded')).toBe('false');
    }
    const others = [...document.querySelectorAll('.comment')].filter((c) => !rows.some((r) => r.contains(c)));
    expect(others.every((c) => shown(c as HTMLElement))).toBe(true);
  });

  it('opens one comment again on the toggle, and folds it back', () => {
    board.setSettings(COLLAPSE);
    const row = rowsBy(document, FLAGGED)[0]!;
    toggle(row).click();
    expect(shown(text(row))).toBe(true);
    expect(toggle(row).getAttribute('aria-expanded')).toBe('true');
    expect(toggle(row).textContent).toBe('uiFoldHide');
    toggle(row).click();
    expect(shown(text(row))).toBe(false);
  });

  it('puts the page back when the setting goes off or the verdict drops', () => {
    board.setSettings(COLLAPSE);
    board.setSettings(DEFAULT_SETTINGS);
    for (const row of rowsBy(document, FLAGGED)) {
      expect(shown(text(row))).toBe(true);
      expect(toggle(row).hidden).toBe(true);
    }
    board.setSettings(COLLAPSE);
    board.setVerdicts([verdict(FLAGGED, 'none')]);
    expect(document.querySelectorAll('[data-kuzet-folded]')).toHaveLength(0);
  });

  it('draws no badge on a site the reader switched off', () => {
    board.setSettings({ ...COLLAPSE, disabledSites: ['hackernews'] });
    expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-kuzet-folded]')).toHaveLength(0);
  });
});
