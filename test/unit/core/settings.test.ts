import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, showsBadge } from '../../../src/core/settings.ts';

describe('settings', () => {
  it('falls back to the default for anything malformed', () => {
    for (const raw of [undefined, null, 'x', {}, { badgeLevel: 'none' }, { badgeLevel: 'nonsense' }, { badgeLevel: 3 }]) {
      expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps a valid level', () => {
    expect(readSettings({ badgeLevel: 'likely' })).toEqual({ badgeLevel: 'likely' });
  });

  it('shows badges at and above the chosen level only', () => {
    const settings = readSettings({ badgeLevel: 'suspected' });
    expect(['none', 'watch', 'suspected', 'likely'].map((l) => showsBadge(l as 'none', settings))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});
