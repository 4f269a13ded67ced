// The user's settings: their shape, defaults and a forgiving reader. Stored by the browser
// (storage.local) and read by content scripts, pages and the background, so anything unknown
// or malformed falls back to the default instead of breaking a page.
import { LEVELS, type Level } from './model.ts';

/** Languages Kuzet ships; 'auto' follows the browser. */
export const LANGUAGES = ['auto', 'en', 'ru', 'kk', 'ky'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Settings {
  /** Badges appear for verdicts at or above this level. */
  badgeLevel: Exclude<Level, 'none'>;
  /** 'auto' uses the browser's language; otherwise popup, options and badges load this one. */
  language: Language;
  /** Site ids (adapter ids, e.g. 'hackernews') where Kuzet reads nothing. */
  disabledSites: string[];
  /** Comments and verdicts older than this many days are deleted. */
  retentionDays: number;
  /** Site ids where comments of flagged authors start collapsed. */
  collapseFlagged: string[];
}

export const SETTINGS_KEY = 'settings';

export const RETENTION_MIN_DAYS = 1;
export const RETENTION_MAX_DAYS = 3650;

export const DEFAULT_SETTINGS: Settings = {
  badgeLevel: 'watch',
  language: 'auto',
  disabledSites: [],
  retentionDays: 30,
  collapseFlagged: [],
};

const SITE_ID = /^[a-z0-9][a-z0-9._-]{0,39}$/;

function siteIds(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set(raw.filter((id): id is string => typeof id === 'string' && SITE_ID.test(id)))].slice(0, 500);
}

export function readSettings(raw: unknown): Settings {
  const stored = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const level = stored['badgeLevel'];
  const language = stored['language'];
  const days = stored['retentionDays'];
  return {
    badgeLevel:
      typeof level === 'string' && level !== 'none' && (LEVELS as readonly string[]).includes(level)
        ? (level as Settings['badgeLevel'])
        : DEFAULT_SETTINGS.badgeLevel,
    language: typeof language === 'string' && (LANGUAGES as readonly string[]).includes(language) ? (language as Language) : 'auto',
    disabledSites: siteIds(stored['disabledSites']),
    retentionDays:
      typeof days === 'number' && Number.isInteger(days) && days >= RETENTION_MIN_DAYS && days <= RETENTION_MAX_DAYS
        ? days
        : DEFAULT_SETTINGS.retentionDays,
    collapseFlagged: siteIds(stored['collapseFlagged']),
  };
}

/** Whether a verdict at `level` should show a badge under `settings`. */
export function showsBadge(level: Level, settings: Settings): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(settings.badgeLevel);
}
