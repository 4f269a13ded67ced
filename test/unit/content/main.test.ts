// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024" }
// The entry wires the real browser APIs (mocked here as webextension-polyfill): comments go
// out through runtime.sendMessage, settings come from storage.local, text from i18n.getMessage.
import { describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../src/core/settings.ts';
import type { Envelope } from '../../../src/messages.ts';
import { loadFixtureInto, verdict } from './support.ts';

const browser = vi.hoisted(() => ({
  runtime: { sendMessage: vi.fn() },
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
    browser.runtime.sendMessage.mockResolvedValue({ verdicts: [verdict('WalterBright', 'likely')] });
    await import('../../../src/content/main.ts');
    await vi.waitFor(() => expect(document.querySelectorAll('[data-kuzet-badge]')).toHaveLength(3));
    const envelope = browser.runtime.sendMessage.mock.calls[0]![0] as Envelope<'comments/batch'>;
    expect(envelope.payload.comments).toHaveLength(147);
    expect(browser.storage.local.get).toHaveBeenCalledWith(SETTINGS_KEY);
    expect(browser.storage.onChanged.addListener).toHaveBeenCalledTimes(1);
    const button = document.querySelector('[data-kuzet-badge]')!.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe('Likely fake');
    expect(button.getAttribute('aria-label')).toBe('badgeAria'); // a missing message shows its key, never ''
  });
});
