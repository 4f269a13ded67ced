// @vitest-environment happy-dom
// Badges in the language chosen on the options page: the Kazakh catalog's words on the badge
// and card, back to the browser's on 'auto', and the browser's when the catalog cannot load.
import { describe, expect, it, vi } from 'vitest';
import kk from '../../../../_locales/kk/messages.json';
import { badgeText, createBadge } from '../../../../src/content/badge/badge.ts';
import { createLanguageSwitch } from '../../../../src/content/badge/language.ts';
import { handleUiCatalog } from '../../../../src/background/handlers/uiCatalog.ts';
import { parseResponse } from '../../../../src/messages.ts';
import { fakeTranslate, verdict } from '../support.ts';

describe('badge language', () => {
  it('speaks the chosen language, and the browser\'s again on auto', async () => {
    const load = vi.fn(async () => kk);
    const language = createLanguageSwitch(fakeTranslate, load);
    await language.set('kk');
    const badge = createBadge(document, verdict('WalterBright', 'likely'), badgeText('likely', language.t), language.t);
    const button = badge.host.shadowRoot!.querySelector('button')!;
    expect(button.textContent).toBe(kk.levelLikely.message);
    await language.set('auto');
    badge.update(verdict('WalterBright', 'likely'), badgeText('likely', language.t));
    expect(button.textContent).toBe('levelLikely');
    await language.set('kk');
    await language.set('kk');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the browser\'s language when the catalog cannot load, and the latest choice wins', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failing = createLanguageSwitch(fakeTranslate, async () => Promise.reject(new Error('gone')));
    await failing.set('ru');
    expect(failing.t('levelWatch')).toBe('levelWatch');
    let release!: () => void;
    const slow = createLanguageSwitch(fakeTranslate, () => new Promise((r) => (release = () => r(kk))));
    const pending = slow.set('kk');
    await slow.set('auto');
    release();
    await pending;
    expect(slow.t('levelWatch')).toBe('levelWatch');
  });

  it('the background hands out the catalog file, checked by the response schema', async () => {
    const answer = await handleUiCatalog({ language: 'kk' }, async (path) => (expect(path).toBe('/_locales/kk/messages.json'), kk));
    expect(parseResponse('ui/catalog', answer).catalog['levelLikely']?.message).toBe(kk.levelLikely.message);
    expect(() => parseResponse('ui/catalog', { catalog: { x: { message: 5 } } })).toThrow();
  });
});
