// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024" }
// The entry wires the real browser APIs (mocked here as webextension-polyfill): comments go
// out over one runtime port (runtime.connect, named as the background expects), settings come
// from storage.local, text from i18n.getMessage.
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings.ts';
import { CONTENT_PORT } from '../../../src/messages/portCalls.ts';
import { loadFixtureInto, sentComments, verdict } from './support.ts';

/** The background's end of the port: every call is answered with the verdicts the test sets. */
const background = vi.hoisted(() => ({ calls: [] as { call: number; envelope: unknown }[], answer: {} as unknown }));
const browser = vi.hoisted(() => ({
  runtime: {
    sendMessage: vi.fn(),
    connect: vi.fn((_: { name: string }) => {
      let hear: (m: unknown) => void = () => undefined;
      return {
        postMessage: (frame: { call: number; envelope: unknown }) => {
          background.calls.push(frame);
          setTimeout(() => hear({ call: frame.call, answer: background.answer }), 0);
        },
        disconnect: () => undefined,
        onMessage: { addListener: (l: (m: unknown) => void) => void (hear = l) },
        onDisconnect: { addListener: () => undefined },
      };
    }),
  },
  i18n: { getMessage: vi.fn((key: string) => (key === 'levelLikely' ? 'Likely fake' : '')) },
  storage: {
    local: { get: vi.fn(async () => ({})) },
    onChanged: { addListener: vi.fn(), removeListener: vi.fn() },
  },
}));
vi.mock('webextension-polyfill', () => ({ default: browser }));

describe('content script entry', () => {
  it('reads the page, asks the background and draws badges with browser i18n', async () => {
    loadFixtureInto(document);
    background.answer = { verdicts: [verdict('WalterBright', 'likely')] };
    await import('../../../src/content/main.ts');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3));
    expect(browser.runtime.connect).toHaveBeenCalledTimes(1);
    expect(browser.runtime.connect).toHaveBeenCalledWith({ name: CONTENT_PORT });
    expect(browser.runtime.sendMessage).not.toHaveBeenCalled();
    expect(sentComments(background.calls[0]!.envelope)).toHaveLength(147);
    expect(browser.storage.local.get).toHaveBeenCalledWith(SETTINGS_KEY);
    expect(browser.storage.onChanged.addListener).toHaveBeenCalledTimes(1);
    const button = document.querySelector('[data-kuzet-badge]')!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Likely fake');
    expect(button.getAttribute('aria-label')).toBe('badgeAria'); // a missing message shows its key, never ''
  }, 20_000); // importing the whole content script takes 3-5 s on the shared, loaded machine
});
