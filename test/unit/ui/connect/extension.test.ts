// @vitest-environment happy-dom
// The real connector speaks the typed protocol over runtime messaging and keeps settings
// under SETTINGS_KEY; the browser is replaced by a fake of webextension-polyfill.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../../src/core/settings.ts';
import { createExtensionConnector } from '../../../../src/ui/connect/extension.ts';
import { demoSummary } from '../../../../src/ui/connect/mock-data.ts';

const fake = vi.hoisted(() => ({
  runtime: { sendMessage: vi.fn(), openOptionsPage: vi.fn() },
  tabs: { query: vi.fn() },
  storage: { local: { get: vi.fn(), set: vi.fn() } },
  i18n: { getMessage: vi.fn() },
}));
vi.mock('webextension-polyfill', () => ({ default: fake }));

beforeEach(() => {
  vi.resetAllMocks();
});

describe('createExtensionConnector', () => {
  it('asks for a tab summary in a Kuzet envelope and checks the answer', async () => {
    fake.runtime.sendMessage.mockResolvedValue(demoSummary());
    const summary = await createExtensionConnector().tabSummary(7);
    expect(fake.runtime.sendMessage).toHaveBeenCalledWith({ kuzet: 1, type: 'tab/summary', payload: { tabId: 7 } });
    expect(summary.comments).toBe(42);
  });

  it('rejects with the background’s refusal', async () => {
    fake.runtime.sendMessage.mockResolvedValue({ error: 'unknown tab' });
    await expect(createExtensionConnector().tabSummary(7)).rejects.toThrow('unknown tab');
  });

  it('uses the active tab of the current window', async () => {
    fake.tabs.query.mockResolvedValue([{ id: 12 }]);
    expect(await createExtensionConnector().activeTabId()).toBe(12);
    expect(fake.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  it('reads forgivingly and writes settings under SETTINGS_KEY', async () => {
    fake.storage.local.get.mockResolvedValue({ [SETTINGS_KEY]: { badgeLevel: 'bogus' } });
    const connector = createExtensionConnector();
    expect(await connector.loadSettings()).toEqual(DEFAULT_SETTINGS);
    await connector.saveSettings({ ...DEFAULT_SETTINGS, badgeLevel: 'likely' });
    expect(fake.storage.local.set).toHaveBeenCalledWith({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, badgeLevel: 'likely' } });
  });

  it('translates through i18n and shows the key when a message is missing', () => {
    fake.i18n.getMessage.mockImplementation((key: string) => (key === 'popupReport' ? 'Report' : ''));
    const { t } = createExtensionConnector();
    expect(t('popupReport')).toBe('Report');
    expect(t('missingKey', ['x'])).toBe('missingKey');
  });
});
