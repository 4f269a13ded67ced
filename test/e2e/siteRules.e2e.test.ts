// A user's site rule in real Chromium and Firefox (scripts/browser/session.ts), on the real saved Hacker News thread: the options page
// counts live what the rule finds in the open tab (scripting.executeScript in that tab), saving
// registers Kuzet's content script for the host at run time, the page keeps being read by the
// built-in adapter with each flagged comment badged once, removing the rule unregisters it, and
// a bad selector gives a message on the page and no error anywhere. The host is one Kuzet
// already holds, so the browser grants the request without a prompt (a prompt for a new host is
// browser UI a driver cannot click; unit tests cover that path with the mock connector).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HN_THREAD, readThreadHtml, replayComment } from '../../scripts/browser/hackernews.ts';
import { launchSession, type Session, type Tab } from '../../scripts/browser/session.ts';
import { badgeHostCount, commentsBy } from './page-probes.ts';

const BRIGADE = ['WalterBright', 'tptacek', 'mc32'];
const RULE_ID = 'kuzet-user:https://news.ycombinator.com/*';
let session: Session;
let thread: Tab;
let options: Tab;

async function fill(page: Tab, fields: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) await page.fill(`[data-kuzet-rules="form"] input[name="${name}"]`, value);
}

// Asked from the options page: an extension page holds the same scripting API as the background.
const registeredIds = async (): Promise<string[]> =>
  options.evaluate(async () => {
    type Api = { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } };
    const api = (globalThis as unknown as { browser?: Api; chrome: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });

beforeAll(async () => {
  session = await launchSession({ pages: { [HN_THREAD.url]: readThreadHtml() } });
  thread = await session.newTab();
  await thread.goto(HN_THREAD.url);
  await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
  options = await session.openExtensionPage(thread, 'options.html');
  await options.waitFor('[data-kuzet-options="site-rules"]', { timeout: 10_000 });
});

afterAll(async () => {
  await session?.close();
});

describe('a user site rule on the saved Hacker News thread', () => {
  it('says under the field when a selector is not CSS', async () => {
    await fill(options, { pattern: 'news.ycombinator.com', name: 'HN', comment: 'tr.athing[', author: 'a.hnuser', text: '.commtext' });
    await expect.poll(() => options.text('[data-kuzet-rules-issue="comment"]')).toBe('“tr.athing[” is not a valid CSS selector.');
    expect(await options.isDisabled('[data-kuzet-rules="count"]')).toBe(true);
  });

  it('counts the comments and authors the rule finds in the open tab, live', async () => {
    await fill(options, { comment: 'tr.athing.comtr' });
    await options.click('[data-kuzet-rules="count"]');
    const probe = () => options.text('[data-kuzet-rules="probe"]');
    await expect.poll(probe, { timeout: 10_000 }).toMatch(/finds 147 comments \(authors: 113\)/);
    await fill(options, { author: 'a.no-such-author' }); // no click: the count follows the edit
    await expect.poll(probe, { timeout: 10_000 }).toMatch(/finds 0 comments \(authors: 0\)/);
    await fill(options, { author: 'a.hnuser' });
    await expect.poll(probe, { timeout: 10_000 }).toMatch(/finds 147 comments/);
  });

  it('saves the rule and registers Kuzet for the host', async () => {
    await options.click('[data-kuzet-rules="save"]');
    await options.waitFor('[data-kuzet-rules-access="active"]', { timeout: 10_000 });
    expect(await registeredIds()).toContain(RULE_ID);
  });

  it('still reads the reloaded page with the built-in adapter, badging each flagged comment once', async () => {
    // The manifest's content script and the user's registration both match this page. The
    // built-in adapter must serve it (user rules come after built-ins, or every author would be
    // two accounts in one thread), and only one Kuzet may run.
    await thread.reload();
    await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-comment]').length >= n, HN_THREAD.comments);
    await thread.evaluate(replayComment, { sourceId: '28385973', authors: BRIGADE, firstId: 99_000_001 });
    const expected = await commentsBy(thread, BRIGADE);
    await thread.waitForFunction((n) => document.querySelectorAll('[data-kuzet-badge]').length >= n, expected, { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 1_000)); // let a second Kuzet's late badges show up before counting
    expect(await badgeHostCount(thread)).toBe(expected);
    const marks = await thread.attributes('[data-kuzet-comment]', 'data-kuzet-comment');
    expect(marks).toHaveLength(HN_THREAD.comments + BRIGADE.length);
    expect(marks.every((id) => id.startsWith('hackernews:'))).toBe(true);
  });

  it('removing the rule unregisters it', async () => {
    await options.click('[data-kuzet-rules="remove"]');
    await options.waitFor('[data-kuzet-rules-access]', { state: 'detached', timeout: 10_000 });
    await expect.poll(registeredIds).not.toContain(RULE_ID);
  });

  it('writes no error of its own into the page, the options page or the service worker', () => {
    expect(session.errors).toEqual([]);
  });
});
