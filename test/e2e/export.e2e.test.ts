// The researcher export in Chromium with the built extension: Kuzet reads the real saved Hacker
// News thread, then the options page's three export buttons (data-kuzet-export) each download a
// file that parses back: CSV rows, NDJSON lines through the C6 reader, GraphML with a node per
// author; the popup exports the tab's thread. The files are written by the service worker.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml } from '../../scripts/browser/hackernews.ts';
import { startFixtureServer } from '../../scripts/browser/fixture-server.ts';
import { launchKuzet, type Kuzet } from '../../scripts/browser/launch.ts';
import { routeRealUrls } from '../../scripts/browser/route-real-urls.ts';
import { parseExportLine } from '../../src/core/export/ndjsonFormat.ts';

let kuzet: Kuzet;
let server: Awaited<ReturnType<typeof startFixtureServer>>;
let thread: Page;

beforeAll(async () => {
  server = await startFixtureServer({ [HN_THREAD.url]: readThreadHtml() });
  kuzet = await launchKuzet({ headless: true });
  await routeRealUrls(kuzet.context, server);
  thread = await kuzet.context.newPage();
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments, { timeout: 60_000 });
});

afterAll(async () => {
  await kuzet?.close();
  await server?.close();
});

async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const button = page.locator(`[data-kuzet-export="${format}"]`);
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

describe('export', () => {
  it('downloads CSV, NDJSON and GraphML of everything kept from the options page', async () => {
    const options = await kuzet.context.newPage();
    await options.goto(`chrome-extension://${kuzet.extensionId}/options.html`);
    // The last batches may still be on their way to the database: export until all are in.
    await expect.poll(async () => {
      const { text } = await download(options, 'ndjson');
      return text.trim().split('\n').filter((l) => l.includes('"kind":"comment"')).length;
    }, { timeout: 30_000 }).toBe(HN_THREAD.comments);

    const csv = await download(options, 'csv');
    expect(csv.name).toMatch(/^kuzet-all-.*\.csv$/);
    expect(parse(csv.text, { columns: true })).toHaveLength(HN_THREAD.comments);

    const ndjson = await download(options, 'ndjson');
    const lines = ndjson.text.trim().split('\n').map((l) => parseExportLine(l));
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(lines[0]).toMatchObject({ ok: true, line: { kind: 'provenance', pageUrls: [HN_THREAD.url], sites: ['hackernews'] } });

    const graphml = await download(options, 'graphml');
    expect(graphml.text.startsWith('<?xml')).toBe(true);
    expect(graphml.text.match(/<node /g)).toHaveLength(HN_THREAD.authors);
  });

  it("downloads the tab's thread from the popup", async () => {
    const tabId = await (await kuzet.serviceWorker()).evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } };
      return (await chrome.tabs.query({ url }))[0]?.id ?? -1;
    }, HN_THREAD.url);
    const popup = await kuzet.context.newPage();
    await popup.goto(`chrome-extension://${kuzet.extensionId}/popup.html?tab=${tabId}`);
    const file = await download(popup, 'csv');
    expect(file.name).toMatch(/^kuzet-thread-.*\.csv$/);
    expect(parse(file.text, { columns: true })).toHaveLength(HN_THREAD.comments);
  });
});
