// @vitest-environment happy-dom
// The options page's reader settings: language override (the page switches at once), retention,
// per-site reading with its host permission, collapsing, and the trusted list and notes file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import ru from '../../../../_locales/ru/messages.json';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';
import { personalFile } from '../../../../src/core/insight/personalFile.ts';
import { Localised } from '../../../../src/ui/components/localised.tsx';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { OptionsApp } from '../../../../src/ui/options/options-app.tsx';
import { EN, choose, click, mount, settle, texts } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const HN = 'https://news.ycombinator.com/*';
const page = () => (
  <Localised titleKey="optionsTitle">
    <OptionsApp />
  </Localised>
);

async function pickFile(input: Element | null, text: string) {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'kuzet-personal.json', { type: 'application/json' })] });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

describe('options: reader settings', () => {
  it('switches the whole page to the chosen language at once, and back to the browser\'s', async () => {
    const mock = createMockConnector({ catalog: EN, catalogs: { ru } });
    const root = await mount(mock, page());
    expect(root.querySelector('h1')?.textContent).toBe(EN['optionsTitle']!.message);
    await choose(root.querySelector('#kz-language'), 'ru');
    await settle();
    expect(mock.saved.at(-1)?.language).toBe('ru');
    expect(root.querySelector('h1')?.textContent).toBe(ru.optionsTitle.message);
    expect(root.querySelector('label[for="kz-language"]')?.textContent).toBe('Язык');
    expect(document.documentElement.lang).toBe('ru');
    await choose(root.querySelector('#kz-language'), 'auto');
    await settle();
    expect(root.querySelector('h1')?.textContent).toBe(EN['optionsTitle']!.message);
  });

  it('opens in the stored language', async () => {
    const root = await mount(createMockConnector({ catalog: EN, catalogs: { ru }, settings: { ...DEFAULT_SETTINGS, language: 'ru' } }), page());
    expect(root.querySelector('label[for="kz-retention"]')?.textContent).toBe(ru.optionsRetention.message);
  });

  it('saves retention days and refuses a number out of range with a sentence', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <OptionsApp />);
    const field = root.querySelector<HTMLInputElement>('#kz-retention')!;
    expect(field.value).toBe('30');
    for (const [value, saved] of [['7', 7], ['0', 7], ['2.5', 7]] as const) {
      await act(() => {
        field.value = value;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await act(() => void field.dispatchEvent(new Event('blur')));
      await settle();
      expect(mock.saved.at(-1)?.retentionDays).toBe(saved);
    }
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#kz-retention-help')?.textContent).toBe('Enter a whole number of days from 1 to 3650.');
  });

  it('switches a site off (giving its hosts back) and on again (asking for them in the click)', async () => {
    const mock = createMockConnector({ catalog: EN, grantedHosts: [HN] });
    const root = await mount(mock, <OptionsApp />);
    const read = () => root.querySelector<HTMLInputElement>('[data-kuzet-site-read="hackernews"]')!;
    expect(read().getAttribute('aria-label')).toBe('Read comments on Hacker News');
    await click(read());
    expect(mock.saved.at(-1)?.disabledSites).toEqual(['hackernews']);
    expect(mock.granted.has(HN)).toBe(false);
    expect(read().checked).toBe(false);
    expect(root.querySelector<HTMLInputElement>('[data-kuzet-site-collapse="hackernews"]')?.disabled).toBe(true);
    await click(read());
    expect(mock.hostRequests).toEqual([[HN]]);
    expect(mock.saved.at(-1)?.disabledSites).toEqual([]);
    expect(read().checked).toBe(true);
  });

  it('keeps a site off and says so when the browser refuses its hosts', async () => {
    const mock = createMockConnector({ catalog: EN, grantHosts: false, settings: { ...DEFAULT_SETTINGS, disabledSites: ['vk'] } });
    const root = await mount(mock, <OptionsApp />);
    await click(root.querySelector('[data-kuzet-site-read="vk"]'));
    expect(mock.saved).toEqual([]);
    expect(root.querySelector('[data-kuzet-options-status="refused"]')?.textContent).toBe('The browser did not allow Kuzet to read VK; it stays off.');
  });

  it('collapses flagged authors per site', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <OptionsApp />);
    await click(root.querySelector('[data-kuzet-site-collapse="reddit"]'));
    expect(mock.saved.at(-1)?.collapseFlagged).toEqual(['reddit']);
  });
});

describe('options: trusted list and notes', () => {
  const trusted = [{ authorKey: 'hackernews:pg', displayName: 'pg', addedAt: 5 }];
  const notes = [{ authorKey: 'vk:7', text: 'my cousin', updatedAt: 6 }];

  it('lists them and exports them as a file that imports back', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:kuzet'));
    const root = await mount(createMockConnector({ catalog: EN, trusted, notes }), <OptionsApp />);
    expect(texts(root, '[data-kuzet-trusted]')).toEqual(['pg hackernews:pg Remove']);
    expect(texts(root, '[data-kuzet-note-entry]')).toEqual(['vk:7: my cousin']);
    await click(root.querySelector('[data-kuzet-personal-export]'));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'kuzet-personal', version: 1, trusted, notes });

    document.body.replaceChildren();
    const empty = createMockConnector({ catalog: EN });
    const again = await mount(empty, <OptionsApp />);
    await pickFile(again.querySelector('[data-kuzet-personal-import]'), JSON.stringify(file));
    expect([...empty.trusted.keys()]).toEqual(['hackernews:pg']);
    expect(empty.notes.get('vk:7')?.text).toBe('my cousin');
    expect(again.querySelector('[data-kuzet-personal-status]')?.textContent).toBe('Imported: trusted people 1, notes 1.');
    expect(texts(again, '[data-kuzet-trusted]')).toEqual(['pg hackernews:pg Remove']);
  });

  it('refuses a bad file whole and says what is wrong', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <OptionsApp />);
    await pickFile(root.querySelector('[data-kuzet-personal-import]'), 'not json at all');
    expect(root.querySelector('[data-kuzet-personal-status] [role="alert"]')?.textContent).toBe('This file is not JSON; nothing was imported.');
    const bad = { ...personalFile(trusted, notes, 1), notes: [{ authorKey: 'vk:7', text: 5, updatedAt: 1 }] };
    await pickFile(root.querySelector('[data-kuzet-personal-import]'), JSON.stringify(bad));
    expect(root.querySelector('[data-kuzet-personal-status] [role="alert"]')?.textContent).toBe(
      'This is not a Kuzet trusted list and notes file (problem at "notes.0.text"); nothing was imported.',
    );
    expect(mock.trusted.size).toBe(0);
  });

  it('removes a person from the trusted list', async () => {
    const mock = createMockConnector({ catalog: EN, trusted });
    const root = await mount(mock, <OptionsApp />);
    await click(root.querySelector('[data-kuzet-untrust="hackernews:pg"]'));
    expect(mock.trusted.size).toBe(0);
    expect(root.querySelector('[data-kuzet-trusted]')).toBeNull();
    expect(root.querySelector('[data-kuzet-options="personal"]')?.textContent).toContain('Nobody yet.');
  });
});
