// @vitest-environment happy-dom
// The options page: shows the stored level, saves a new one at once, and says what happened.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/core/settings.ts';
import { createMockConnector } from '../../../../src/ui/connect/mock.ts';
import { OptionsApp } from '../../../../src/ui/options/options-app.tsx';
import { EN, click, mount } from '../render.tsx';

afterEach(() => {
  document.body.replaceChildren();
});

const radio = (root: ParentNode, level: string) => root.querySelector<HTMLInputElement>(`input[value="${level}"]`);

describe('OptionsApp', () => {
  it('shows the stored badge level as chosen', async () => {
    const root = await mount(createMockConnector({ catalog: EN, settings: { ...DEFAULT_SETTINGS, badgeLevel: 'likely' } }), <OptionsApp />);
    expect(root.querySelector('[data-kuzet-options="badge-level"] legend')?.textContent).toBe('Show a badge from this level up');
    expect(radio(root, 'likely')?.checked).toBe(true);
    expect(radio(root, 'watch')?.checked).toBe(false);
    expect(root.querySelector('[data-kuzet-options-status]')).toBeNull();
  });

  it('saves a new level and says Saved', async () => {
    const mock = createMockConnector({ catalog: EN });
    const root = await mount(mock, <OptionsApp />);
    await click(radio(root, 'suspected'));
    expect(mock.saved).toEqual([{ ...DEFAULT_SETTINGS, badgeLevel: 'suspected' }]);
    expect(await mock.loadSettings()).toEqual({ ...DEFAULT_SETTINGS, badgeLevel: 'suspected' });
    expect(radio(root, 'suspected')?.checked).toBe(true);
    expect(root.querySelector('[data-kuzet-options-status="saved"]')?.textContent).toBe('Saved');
  });

  it('says why a save failed and keeps showing the stored level', async () => {
    const mock = createMockConnector({ catalog: EN });
    mock.failing.saveSettings = 'quota exceeded';
    const root = await mount(mock, <OptionsApp />);
    await click(radio(root, 'likely'));
    expect(root.querySelector('[data-kuzet-options-status="save-error"]')?.textContent).toBe('Could not save: quota exceeded');
    expect(root.querySelector('[data-kuzet-options-status="saved"]')).toBeNull();
    expect(radio(root, 'watch')?.checked).toBe(true);
  });

  it('says why when the settings cannot be read', async () => {
    const mock = createMockConnector({ catalog: EN });
    mock.failing.loadSettings = 'storage unavailable';
    const root = await mount(mock, <OptionsApp />);
    expect(root.querySelector('[data-kuzet-options-status="load-error"]')?.textContent).toBe(
      'Could not read the settings: storage unavailable',
    );
    expect(root.querySelector('input')).toBeNull();
  });
});
