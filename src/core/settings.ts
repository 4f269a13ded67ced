// The user's settings: their shape, defaults and a forgiving reader. Stored by the browser
// (storage.local) and read by content scripts and pages, so anything unknown or malformed
// falls back to the default instead of breaking a page.
import { LEVELS, type Level } from './model.ts';

export interface Settings {
  /** Badges appear for verdicts at or above this level. */
  badgeLevel: Exclude<Level, 'none'>;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { badgeLevel: 'watch' };

export function readSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const level = stored['badgeLevel'];
  return {
    badgeLevel:
      typeof level === 'string' && level !== 'none' && (LEVELS as readonly string[]).includes(level)
        ? (level as Settings['badgeLevel'])
        : DEFAULT_SETTINGS.badgeLevel,
  };
}

/** Whether a verdict at `level` should show a badge under `settings`. */
export function showsBadge(level: Level, settings: Settings): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(settings.badgeLevel);
}
