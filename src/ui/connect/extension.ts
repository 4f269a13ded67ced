// The real connector: the background over runtime messaging (typed and checked by
// messages.ts), settings in storage.local, strings from the browser's i18n.
import browser from 'webextension-polyfill';
import { SETTINGS_KEY, readSettings, type Settings } from '../../core/settings.ts';
import { EMPTY_SITE_RULES, selectorSyntaxOk, SITE_RULES_KEY, validateSiteRules } from '../../core/siteRules.ts';
import { send, type Transport } from '../../messages.ts';
import type { Connector } from './connector.ts';
import { fetchCatalog } from './catalog.ts';
import { dataConsentOver } from './data-consent.ts';
import { listsConnectorOver } from '../options/subscriptions/lists-connector.ts';

const transport: Transport = (envelope) => browser.runtime.sendMessage(envelope);

export function createExtensionConnector(): Connector {
  return {
    async activeTabId() {
      // Needs no "tabs" permission: only the id is read, never the URL.
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('no active tab');
      return tab.id;
    },
    tabSummary: (tabId) => send(transport, 'tab/summary', { tabId }),
    async enqueueReport(request) {
      return (await send(transport, 'report/enqueue', request)).report;
    },
    async loadSettings() {
      const stored = await browser.storage.local.get(SETTINGS_KEY);
      return readSettings(stored[SETTINGS_KEY]);
    },
    async saveSettings(settings: Settings) {
      await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    },
    // getMessage answers '' for an unknown key; the key itself is a better thing to show
    // than nothing, and makes a missing translation obvious.
    t: (key, substitutions) => browser.i18n.getMessage(key, substitutions) || key,
    openOptions: () => browser.runtime.openOptionsPage(),
    async loadSiteRules() {
      const checked = validateSiteRules((await browser.storage.local.get(SITE_RULES_KEY))[SITE_RULES_KEY] ?? EMPTY_SITE_RULES, selectorSyntaxOk);
      return checked.ok ? checked.value : EMPTY_SITE_RULES;
    },
    async saveSiteRules(config) {
      return (await send(transport, 'siteRules/save', { config })).statuses;
    },
    async probeSiteRule(rule) {
      return (await send(transport, 'siteRules/probe', { rule })).tabs;
    },
    // No await before the request: it must run inside the click that asked for it.
    requestHosts: (origins) => browser.permissions.request({ origins }),
    ...dataConsentOver(browser),
    lists: listsConnectorOver(transport),
    exportData: (request) => send(transport, 'export/collect', request),
    deleteAllData: async () => void (await send(transport, 'privacy/deleteAll', { confirm: 'delete-all-local-data' })),
    // Chrome refuses to remove hosts the manifest requires on some versions: say so, not throw.
    removeHosts: (origins) => browser.permissions.remove({ origins }).catch(() => false),
    hasHosts: (origins) => browser.permissions.contains({ origins }),
    async trustAuthor(authorKey, displayName, trusted) {
      return (await send(transport, 'author/trust', { authorKey, displayName, trusted })).trusted;
    },
    async authorNote(authorKey, text) {
      return (await send(transport, 'author/note', text === undefined ? { authorKey } : { authorKey, text })).note;
    },
    authorDetails: (authorKey) => send(transport, 'author/details', { authorKey }),
    tabTimeline: (tabId) => send(transport, 'tab/timeline', { tabId }),
    tabNetwork: (tabId) => send(transport, 'tab/network', { tabId }),
    personalList: () => send(transport, 'personal/list', {}),
    loadCatalog: (language) => fetchCatalog(browser.runtime.getURL(`_locales/${language}/messages.json`)),
  };
}
