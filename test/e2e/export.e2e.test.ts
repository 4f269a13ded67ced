// The researcher export with the built extension, in Chromium and Firefox ESR with the same
// assertions (launchSession): Kuzet reads the real saved Hacker News thread, then the options
// page's three export buttons (data-kuzet-export) each download a file that parses back: CSV
// rows, NDJSON lines through the C6 reader, GraphML with a node per author; the popup exports
// the tab's thread. The background writes the files; the page saves them as a person's click
// would (Chromium's download event, Firefox's download folder: Tab.download in session.ts).
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml } from '../../scripts/browser/hackernews.ts';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';
import { parseExportLine } from '../../src/core/export/ndjsonFormat.ts';

let session: Session;
let thread: Tab;

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  thread = await session.newTab();
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 60_000, polling: 100 });
});

afterAll(async () => {
  await session?.close();
});

/** Presses the export button of `format` and reads the file the browser saved. */
async function download(page: Tab, format: string): Promise<{ name: string; text: string }> {
  const file = await page.download(`[data-kuzet-export="${format}"]`);
  return { name: file.name, text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
}

describe('export', () => {
  it('downloads CSV, NDJSON and GraphML of everything kept from the options page', async () => {
    const options = await session.openExtensionPage(thread, 'options.html');
    await options.waitFor('[data-kuzet-export="ndjson"]', { timeout: 10_000 });
    // The last batches may still be on their way to the database: export until all are in.
    await expect.poll(async () => {
      const { text } = await download(options, 'ndjson');
      return text.trim().split('\n').filter((l) => l.includes('"kind":"comment"')).length;
    }, { timeout: 30_000 }).toBe(HN_THREAD.comments);

    const csv = await download(options, 'csv');
    expect(csv.name).toMatch(/^kuzet-all-.*\.csv$/);
    expect(parse(csv.text, { columns: true })).toHaveLength(HN_THREAD.comments);

    const ndjson = await download(options, 'ndjson');
    expect(ndjson.name).toMatch(/^kuzet-all-.*\.ndjson$/);
    const lines = ndjson.text.trim().split('\n').map((l) => parseExportLine(l));
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines[0]).toMatchObject({ ok: true, line: { kind: 'provenance', pageUrls: [HN_THREAD.url], sites: ['hackernews'] } });

    const graphml = await download(options, 'graphml');
    expect(graphml.name).toMatch(/^kuzet-all-.*\.graphml$/);
    expect(graphml.text.startsWith('<?xml')).toBe(true);
    expect(graphml.text.match(/<node /g)).toHaveLength(HN_THREAD.authors);
    await options.close();
  });

  it("downloads the tab's thread from the popup", async () => {
    const popup = await session.openExtensionPage(thread, 'popup.html');
    await popup.waitFor('[data-kuzet-export="csv"]', { timeout: 10_000 });
    const file = await download(popup, 'csv');
    expect(file.name).toMatch(/^kuzet-thread-.*\.csv$/);
    expect(parse(file.text, { columns: true })).toHaveLength(HN_THREAD.comments);
    await popup.close();
  });

  it('writes no error of its own into the pages or background console', () => {
    expect(session.errors).toEqual([]);
  });
});
