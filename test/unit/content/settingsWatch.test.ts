// Settings: the stored value once, then every change in storage.local; other areas, other keys
// and a late initial read never override what the user just chose.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings } from '../../../src/core/settings.ts';
import { watchSettings, type SettingsSource } from '../../../src/content/settingsWatch.ts';

function fakeStorage(stored: Promise<Record<string, unknown>>) {
  const listeners = new Set<Parameters<SettingsSource['onChanged']['addListener']>[0]>();
  const storage: SettingsSource = {
    local: { get: () => stored },
    onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
  };
  const change = (newValue: unknown, area = 'local', key = SETTINGS_KEY) => listeners.forEach((l) => l({ [key]: { newValue } }, area));
  return { storage, change, listeners };
}

describe('watchSettings', () => {
  it('reports the stored settings, then each change to them in storage.local', async () => {
    const { storage, change } = fakeStorage(Promise.resolve({ [SETTINGS_KEY]: { badgeLevel: 'suspected' } }));
    const seen: Settings[] = [];
    watchSettings(storage, (s) => seen.push(s), new AbortController().signal);
    await Promise.resolve();
    change({ badgeLevel: 'likely' });
    change({ badgeLevel: 'watch' }, 'sync');
    change({ badgeLevel: 'watch' }, 'local', 'other');
    expect(seen.map((s) => s.badgeLevel)).toEqual(['suspected', 'likely']);
  });

  it('lets a change that arrives first win over the slower initial read', async () => {
    let resolve!: (v: Record<string, unknown>) => void;
    const { storage, change } = fakeStorage(new Promise((r) => (resolve = r)));
    const seen = vi.fn();
    watchSettings(storage, seen, new AbortController().signal);
    change({ badgeLevel: 'likely' });
    resolve({ [SETTINGS_KEY]: { badgeLevel: 'watch' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.mock.calls.map(([s]) => (s as Settings).badgeLevel)).toEqual(['likely']);
  });

  it('falls back to the defaults when storage cannot be read, and stops listening on abort', async () => {
    const { storage, listeners } = fakeStorage(Promise.reject(new Error('no storage')));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen = vi.fn();
    const controller = new AbortController();
    watchSettings(storage, seen, controller.signal);
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(warn.mock.calls[0]![0]).toMatch(/^Kuzet: /);
    controller.abort();
    expect(listeners.size).toBe(0);
    warn.mockRestore();
  });
});
