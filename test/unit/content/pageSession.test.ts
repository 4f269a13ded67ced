// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024" }
// Single-page navigation on the real HN thread: moving to another thread (history.pushState +
// popstate, as SPA sites do) starts a fresh thread — old badges and marks gone, old comments still
// on screen not re-sent under the new thread, new comments read — and pagehide releases it all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings.ts';
import type { Transport } from '../../../src/messages.ts';
import type { Verdict } from '../../../src/core/model.ts';
import { startPageSession } from '../../../src/content/pageSession.ts';
import type { SettingsSource } from '../../../src/content/settingsWatch.ts';
import { cloneRow, fakeTranslate, loadFixtureInto, sentComments, verdict } from './support.ts';

const storage: SettingsSource = {
  local: { get: async () => ({ [SETTINGS_KEY]: { badgeLevel: 'watch' } }) },
  onChanged: { addListener: () => {}, removeListener: () => {} },
};
const batches = (t: ReturnType<typeof vi.fn>) => t.mock.calls.map(([e]) => sentComments(e));

let session: AbortController;
let answer: Verdict[];
let transport: ReturnType<typeof vi.fn<Transport>>;

beforeEach(() => {
  history.replaceState(null, '', '/item?id=28385024');
  loadFixtureInto(document);
  answer = [verdict('WalterBright', 'watch')];
  transport = vi.fn<Transport>(async () => ({ verdicts: answer }));
  session = startPageSession(window, { transport, translate: fakeTranslate, storage });
});
afterEach(() => session.abort());

const navigate = (path: string) => {
  history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
};

describe('startPageSession', () => {
  it('starts a fresh thread on navigation: no old badges or marks, old comments not re-sent', async () => {
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3));
    answer = [];
    navigate('/item?id=99999999');
    expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-kuzet-comment]')).toHaveLength(0);
    // The site renders the new thread's comment; the old rows are still on screen for a moment.
    document.getElementById('28386477')!.after(cloneRow(document, '28386477', '99000001', 'newcomer'));
    await vi.waitFor(() => expect(transport).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(transport).toHaveBeenCalledTimes(2);
    const second = batches(transport)[1]!;
    expect(second.map((c) => c.id)).toEqual(['hackernews:99000001']);
    expect(second[0]!.threadUrl).toBe('https://news.ycombinator.com/item?id=99999999');
    expect(document.querySelectorAll('[data-kuzet-comment]')).toHaveLength(1);
  });

  it('keeps the thread when the URL changes within it', async () => {
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3));
    navigate('/item?id=28385024#28385973');
    expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3);
    expect(document.querySelectorAll('[data-kuzet-comment]')).toHaveLength(147);
  });

  it('releases every listener on pagehide: later navigation starts nothing', async () => {
    await vi.waitFor(() => expect(transport).toHaveBeenCalledTimes(1));
    window.dispatchEvent(new Event('pagehide'));
    expect(session.signal.aborted).toBe(true);
    expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(0);
    navigate('/item?id=99999999');
    document.getElementById('28386477')!.after(cloneRow(document, '28386477', '99000002', 'late'));
    await new Promise((r) => setTimeout(r, 600));
    expect(transport).toHaveBeenCalledTimes(1);
    expect(document.getElementById('99000002')!.hasAttribute('data-kuzet-comment')).toBe(false);
  });
});
