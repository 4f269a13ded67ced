// Keeps the browser's registered content scripts equal to what the stored rules and mirrors
// call for, and the router's list of hosts a Kuzet content script may speak from. Run at every
// worker start, after a save, and when the user grants or revokes a host in the browser's own
// UI. Idempotent: registrations persist across sessions in Chrome and in Firefox 105+
// (persistAcrossSessions defaults to true), but an update or a revoked permission can still
// leave them stale, so this compares and repairs rather than trusting what is there.
import { desiredRegistrations, EMPTY_SITE_RULES, REGISTRATION_PREFIX, SITE_RULES_KEY, type SiteRulesConfig, selectorSyntaxOk, validateSiteRules } from '../../core/siteRules.ts';
import type { SiteRulesBrowser } from './api.ts';

export interface RegistrationStatus {
  pattern: string;
  origin: string;
  /** Registered and permitted: Kuzet reads this site now. */
  active: boolean;
}

export async function readStoredConfig(api: SiteRulesBrowser): Promise<SiteRulesConfig> {
  const stored = (await api.storage.local.get(SITE_RULES_KEY))[SITE_RULES_KEY];
  if (stored === undefined) return EMPTY_SITE_RULES;
  const checked = validateSiteRules(stored, selectorSyntaxOk);
  return checked.ok ? checked.value : EMPTY_SITE_RULES;
}

/** senderKind matches `http(s)://` patterns only; a `*://` registration speaks from both. */
export function senderPatterns(matches: readonly string[]): string[] {
  return matches.flatMap((p) => (p.startsWith('*://') ? [`https${p.slice(1)}`, `http${p.slice(1)}`] : [p]));
}

export async function reconcile(api: SiteRulesBrowser, config: SiteRulesConfig, contentJs: string[]): Promise<RegistrationStatus[]> {
  const desired = desiredRegistrations(config);
  const granted = await Promise.all(desired.map((r) => api.permissions.contains({ origins: [r.origin] }).catch(() => false)));
  const wanted = desired.filter((_, i) => granted[i]);
  const current = (await api.scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(REGISTRATION_PREFIX));
  const same = (s: { id: string; matches?: string[] }) =>
    wanted.some((w) => w.id === s.id && JSON.stringify(w.matches) === JSON.stringify(s.matches ?? []));
  const stale = current.filter((s) => !same(s)).map((s) => s.id);
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });
  const kept = new Set(current.filter(same).map((s) => s.id));
  const missing = wanted.filter((w) => !kept.has(w.id));
  if (missing.length > 0) {
    await api.scripting.registerContentScripts(
      missing.map((w) => ({ id: w.id, matches: w.matches, js: contentJs, runAt: 'document_idle', persistAcrossSessions: true })),
    );
  }
  return desired.map((r, i) => ({ pattern: r.matches[0]!, origin: r.origin, active: granted[i] === true }));
}
