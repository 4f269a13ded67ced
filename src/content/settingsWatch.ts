// Follows the user's settings (storage.local[SETTINGS_KEY]): the stored value once, then every
// change, so lowering the badge level on the options page updates open tabs at once.
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '../core/settings.ts';

type ChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The part of browser.storage this needs (the real object fits; tests pass a small fake). */
export interface SettingsSource {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(listener: ChangeListener): void; removeListener(listener: ChangeListener): void };
}

export function watchSettings(storage: SettingsSource, onSettings: (settings: Settings) => void, signal: AbortSignal): void {
  let changed = false; // a change that arrives before the first read wins over the older stored value
  const listener: ChangeListener = (changes, area) => {
    const change = changes[SETTINGS_KEY];
    if (area !== 'local' || !change || signal.aborted) return;
    changed = true;
    onSettings(readSettings(change.newValue));
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), { once: true });

  storage.local.get(SETTINGS_KEY).then(
    (stored) => {
      if (!changed && !signal.aborted) onSettings(readSettings(stored[SETTINGS_KEY]));
    },
    (error: unknown) => {
      console.warn('Kuzet: could not read settings, using defaults', error);
      if (!changed && !signal.aborted) onSettings(DEFAULT_SETTINGS);
    },
  );
}
