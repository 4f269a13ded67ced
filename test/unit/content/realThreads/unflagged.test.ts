// @vitest-environment happy-dom
// Every real saved thread, read by its adapter and scored by the core as the background would:
// these are ordinary people's threads, so no author may get any flag. The e2e checks the same
// in a browser, but only for as long as it waits; this runs the scoring to the end.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pickAdapter } from '../../../../src/content/adapters/registry.ts';
import { scoreAuthors } from '../../../../src/core/heuristics/scoreAuthors.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { decodeSavedPage } from '../../../../scripts/browser/decode-saved-page.ts';
import { fixturePath } from '../../../../scripts/browser/paths.ts';
import { SAVED_PAGES } from '../../../e2e/savedPages.ts';

// A fixed "now" (the day these tests were written), so account ages do not drift with the clock.
const NOW = Date.UTC(2026, 10, 26);

function scoredPage(file: string, url: string) {
  const html = decodeSavedPage(new Uint8Array(readFileSync(fixturePath(file))))
    .replace(/<link\b[^>]*>/gi, '')
    .replace(/<script\b[^>]*\bsrc=[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<(iframe|frame)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const location = new URL(url);
  const adapter = pickAdapter(location, doc);
  if (!adapter) throw new Error(`no adapter for ${url}`);
  const comments: StoredComment[] = adapter.roots(doc)
    .map((root) => adapter.read(root, location))
    .filter((c) => c !== null)
    .map((c, seq) => ({ ...c, seenAt: NOW, seq }));
  return { comments, verdicts: scoreAuthors({ comments, trusted: new Set() }, 'all', NOW) };
}

describe('real threads of ordinary people', () => {
  it.each(SAVED_PAGES())('$file: nobody flagged, not even at "watch"', ({ file, url, comments }) => {
    const page = scoredPage(file, url);
    expect(page.comments).toHaveLength(comments);
    const flagged = page.verdicts.filter((v) => v.level !== 'none')
      .map((v) => `${v.authorKey} ${v.level}: ${v.reasons.map((r) => r.id).join(',')}`);
    expect(flagged).toEqual([]);
  }, 30_000);
});
