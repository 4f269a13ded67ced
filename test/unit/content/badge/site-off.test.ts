// @vitest-environment happy-dom
// @vitest-environment-options { "url": "https://news.ycombinator.com/item?id=28385024" }
// A site the reader switched off on the options page: the content script reads nothing out to
// the background (not even the first batch) and draws nothing; a site left on works as before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SETTINGS_KEY } from '../../../../src/core/settings.ts';
import type { Transport } from '../../../../src/messages.ts';
import { startKuzet } from '../../../../src/content/start.ts';
import type { SettingsSource } from '../../../../src/content/settingsWatch.ts';
import { fakeTranslate, loadFixtureInto } from '../support.ts';

const storageWith = (disabledSites: string[]): SettingsSource => ({
  local: { get: async () => ({ [SETTINGS_KEY]: { badgeLevel: 'watch', disabledSites } }) },
  onChanged: { addListener: () => {}, removeListener: () => {} },
});

let controller: AbortController | null = null;
afterEach(() => controller?.abort());

describe('a switched-off site', { timeout: 30_000 }, () => {
  it('sends no comment to the background', async () => {
    loadFixtureInto(document);
    const transport = vi.fn<Transport>(async () => ({ verdicts: [] }));
    controller = startKuzet(window, { transport, translate: fakeTranslate, storage: storageWith(['hackernews']) });
    await new Promise((r) => setTimeout(r, 300));
    expect(transport).not.toHaveBeenCalled();
  });

  it('while a site left on sends its comments', async () => {
    loadFixtureInto(document);
    const transport = vi.fn<Transport>(async () => ({ verdicts: [] }));
    controller = startKuzet(window, { transport, translate: fakeTranslate, storage: storageWith(['vk']) });
    await vi.waitFor(() => expect(transport).toHaveBeenCalled(), { timeout: 3000 });
  });
});
