// Wires user site rules to the real browser: builds the service over webextension-polyfill and
// re-checks registrations whenever they may have drifted — at every worker start (top level,
// which also covers browser start and extension update), and when the user grants or revokes a
// host permission outside Kuzet (the browser's extension settings).
import type { Browser } from 'webextension-polyfill';
import type { SiteRulesBrowser } from './api.ts';
import { createSiteRulesService, type SiteRulesService } from './service.ts';

function browserApi(browser: Browser): SiteRulesBrowser {
  return {
    scripting: {
      registerContentScripts: (scripts) => browser.scripting.registerContentScripts(scripts),
      unregisterContentScripts: (filter) => browser.scripting.unregisterContentScripts(filter),
      getRegisteredContentScripts: () => browser.scripting.getRegisteredContentScripts(),
      executeScript: (injection) =>
        browser.scripting.executeScript({
          target: injection.target,
          func: injection.func as (...args: unknown[]) => unknown,
          args: injection.args,
        }),
    },
    permissions: { contains: (p) => browser.permissions.contains(p) },
    storage: { local: browser.storage.local },
    tabs: { query: (q) => browser.tabs.query(q) },
  };
}

export function startSiteRules(browser: Browser, hostPatterns: string[], contentJs: string[]): SiteRulesService {
  const service = createSiteRulesService(browserApi(browser), hostPatterns, contentJs);
  const resync = () => void service.resync().catch((error: unknown) => console.warn('Kuzet: site-rule resync failed', error));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  return service;
}
