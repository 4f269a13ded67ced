// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024&kuzet-demo=brigade" }
// The whole content script on the real thread, with a fake background: one message for the
// page, one for an appended comment, badges from the answers, silence on failure, and nothing
// left running (or drawn) after pagehide.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings.ts';
import type { Envelope, Transport } from '../../../src/messages.ts';
import type { Verdict } from '../../../src/core/model.ts';
import { startKuzet } from '../../../src/content/start.ts';
import type { SettingsSource } from '../../../src/content/settingsWatch.ts';
import { cloneRow, fakeTranslate, loadFixtureInto, sentComments, verdict } from './support.ts';

const storage: SettingsSource = {
  local: { get: async () => ({ [SETTINGS_KEY]: { badgeLevel: 'watch' } }) },
  onChanged: { addListener: () => {}, removeListener: () => {} },
};
const sentIds = (transport: ReturnType<typeof vi.fn>) =>
  transport.mock.calls.map(([e]) => sentComments(e).map((c) => c.id));

let controller: AbortController | null;
let answer: Verdict[];
let transport: ReturnType<typeof vi.fn<Transport>>;

beforeEach(() => {
  loadFixtureInto(document);
  answer = [];
  transport = vi.fn<Transport>(async () => ({ verdicts: answer }));
  controller = null;
});
afterEach(() => controller?.abort());

const start = () => (controller = startKuzet(window, { transport, translate: fakeTranslate, storage }));

describe('startKuzet', () => {
  it('sends the whole page as one message in the next frame, with the thread URL of the page', async () => {
    start();
    expect(transport).not.toHaveBeenCalled(); // batched, not sent while reading
    await vi.waitFor(() => expect(transport).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(transport).toHaveBeenCalledTimes(1);
    const envelope = transport.mock.calls[0]![0] as Envelope<'comments/batch'>;
    expect(envelope).toMatchObject({ kuzet: 1, type: 'comments/batch' });
    expect(sentComments(envelope)).toHaveLength(147);
    expect(sentComments(envelope)[0]!.threadUrl).toBe('https://news.ycombinator.com/item?id=28385024&kuzet-demo=brigade');
  });

  it('sends an appended comment alone and badges every comment of the authors the answer flags', async () => {
    start();
    await vi.waitFor(() => expect(transport).toHaveBeenCalledTimes(1));
    answer = [verdict('WalterBright', 'likely')];
    document.getElementById('28386477')!.after(cloneRow(document, '28386477', '99000001', 'WalterBright'));
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(4));
    expect(sentIds(transport)[1]).toEqual(['hackernews:99000001']);
    const authors = Array.from(document.querySelectorAll('[data-kuzet-badge]')).map((h) => h.closest('[data-kuzet-comment]')!.querySelector('a.hnuser')!.textContent);
    expect(new Set(authors)).toEqual(new Set(['WalterBright']));
  });

  it('only warns when the background fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error');
    transport.mockRejectedValue(new Error('Extension context invalidated.'));
    start();
    await vi.waitFor(() => expect(warn).toHaveBeenCalled());
    expect(String(warn.mock.calls[0]![0])).toMatch(/^Kuzet: /);
    expect(error).not.toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('releases everything on pagehide', async () => {
    answer = [verdict('WalterBright', 'watch')];
    start();
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3));
    window.dispatchEvent(new Event('pagehide'));
    expect(controller!.signal.aborted).toBe(true);
    expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(0);
    document.getElementById('28386477')!.after(cloneRow(document, '28386477', '99000002', 'late'));
    await new Promise((r) => setTimeout(r, 600)); // past the frame fallback
    expect(transport).toHaveBeenCalledTimes(1);
    expect(document.getElementById('99000002')!.hasAttribute('data-kuzet-comment')).toBe(false);
  });

  it('does nothing on a page no adapter knows', () => {
    expect(startKuzet(window, { transport, translate: fakeTranslate, storage, adapters: [] })).toBeNull();
    expect(document.querySelector('[data-kuzet-comment]')).toBeNull();
  });
});
