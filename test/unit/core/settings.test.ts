import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings, showsBadge } from '../../../src/core/settings.ts';

describe('settings', () => {
  it('falls back to the default for anything malformed', () => {
    for (const raw of [undefined, null, 'x', {}, { badgeLevel: 'none' }, { badgeLevel: 'nonsense' }, { badgeLevel: 3 }]) {
      expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps a valid level', () => {
    expect(readSettings({ badgeLevel: 'likely' })).toEqual({ ...DEFAULT_SETTINGS, badgeLevel: 'likely' });
  });

  it('keeps a valid language, site lists and retention, and drops malformed ones', () => {
    const good = { badgeLevel: 'watch', language: 'kk', disabledSites: ['vk', 'vk', 'hackernews'], retentionDays: 7, collapseFlagged: ['reddit'] };
    expect(readSettings(good)).toEqual({ ...good, disabledSites: ['vk', 'hackernews'] });
    const bad = readSettings({ language: 'de', disabledSites: ['<script>', 3, 'ok'], retentionDays: 0.5, collapseFlagged: 'vk' });
    expect(bad).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['ok'] });
    expect(readSettings({ retentionDays: 100000 }).retentionDays).toBe(30);
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
