// The background's side of user site rules: save (validate, store, register), probe (count a
// rule's comments in the user's open tabs) and keep registrations right. It also keeps
// `hostPatterns` — the live list the router trusts content scripts from — in step, and
// `ready` lets the first message after a worker wake wait until that list is known.
import type { Request, Response } from '../../messages.ts';
import { selectorSyntaxOk, SITE_RULES_KEY, validateRule, validateSiteRules } from '../../core/siteRules.ts';
import type { SiteRulesBrowser } from './api.ts';
import { probeInPage, type ProbeResult } from './probeInPage.ts';
import { readStoredConfig, reconcile, type RegistrationStatus, senderPatterns } from './registration.ts';

/** How many matching tabs a probe looks into: enough to find the open thread, few enough to be quick. */
const PROBE_TABS = 5;

export interface SiteRulesService {
  ready: Promise<void>;
  resync(): Promise<RegistrationStatus[]>;
  save(request: Request<'siteRules/save'>): Promise<Response<'siteRules/save'>>;
  probe(request: Request<'siteRules/probe'>): Promise<Response<'siteRules/probe'>>;
}

/**
 * @param hostPatterns the router's list, changed in place: manifest patterns stay first.
 * @param contentJs the content script files to register (the manifest's).
 */
export function createSiteRulesService(api: SiteRulesBrowser, hostPatterns: string[], contentJs: string[]): SiteRulesService {
  const base = [...hostPatterns];
  let queue: Promise<unknown> = Promise.resolve();
  // One reconciliation at a time: two overlapping ones would register the same id twice.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };
  const resync = () =>
    serial(async () => {
      const statuses = await reconcile(api, await readStoredConfig(api), contentJs);
      hostPatterns.splice(0, hostPatterns.length, ...base, ...senderPatterns(statuses.filter((s) => s.active).map((s) => s.pattern)));
      return statuses;
    });
  const ready = resync().then(
    () => undefined,
    (error: unknown) => console.warn('Kuzet: could not restore site-rule registrations', error),
  );

  return {
    ready,
    resync,
    async save({ config }) {
      const checked = validateSiteRules(config, selectorSyntaxOk);
      if (!checked.ok) throw new Error(`invalid site rules (${checked.issues[0]?.code ?? ''})`);
      await api.storage.local.set({ [SITE_RULES_KEY]: checked.value });
      return { statuses: await resync() };
    },
    async probe({ rule }) {
      const checked = validateRule(rule, selectorSyntaxOk);
      if (!checked.ok) throw new Error(`invalid rule (${checked.issues[0]?.code ?? ''})`);
      const { pattern, selectors } = checked.value;
      // Without the host permission tabs.query hides the URLs, so nothing would match.
      const tabs = (await api.tabs.query({ url: [pattern] })).filter((t) => t.id !== undefined).slice(0, PROBE_TABS);
      const results = await Promise.all(
        tabs.map(async (tab) => {
          try {
            const [frame] = await api.scripting.executeScript({
              target: { tabId: tab.id! },
              func: probeInPage,
              args: [{ comment: selectors.comment, author: selectors.author }],
            });
            const found = (frame?.result ?? { comments: 0, authors: 0, invalid: null }) as ProbeResult;
            return { url: (tab.url ?? '').slice(0, 2048), title: (tab.title ?? '').slice(0, 2000), ...found };
          } catch {
            return null; // a tab that is loading or an error page: skip it
          }
        }),
      );
      return { tabs: results.filter((r) => r !== null) };
    },
  };
}
