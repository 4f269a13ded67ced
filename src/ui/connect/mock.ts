// An in-memory connector: the pages run against it in unit tests and demos, with no browser.
// It behaves like the background where the UI can tell: answers pass the same response
// schemas, an enqueued report appears in the next summary, and any call can be made to fail.
import type { Report } from '../../core/model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { desiredRegistrations, EMPTY_SITE_RULES, selectorSyntaxOk, type SiteRule, type SiteRulesConfig, validateRule, validateSiteRules } from '../../core/siteRules.ts';
import { parseResponse } from '../../messages.ts';
import type { AuthorNote, Connector, ProbeTab, ReportRequest, TabNetwork, TabSummary, TabTimeline } from './connector.ts';
import { formatMessage, type Catalog } from './format-message.ts';
import { DEMO_TAB_ID, demoNetwork, demoSummary, demoTimeline } from './mock-data.ts';

type Method =
  | 'activeTabId' | 'tabSummary' | 'enqueueReport' | 'loadSettings' | 'saveSettings' | 'saveSiteRules' | 'probeSiteRule'
  | 'trustAuthor' | 'authorNote' | 'tabTimeline' | 'tabNetwork' | 'personalList' | 'loadCatalog' | 'removeHosts';

export interface MockOptions {
  /** Summaries by tab id; defaults to the demo thread in DEMO_TAB_ID. */
  tabs?: Record<number, TabSummary>;
  activeTabId?: number;
  settings?: Settings;
  /** A `_locales/<lang>/messages.json`; without it `t` answers `key(sub, …)`, still readable. */
  catalog?: Catalog;
  locale?: string;
  siteRules?: SiteRulesConfig;
  /** What a rule probe finds in the open tabs (asked only once the rule's host is permitted). */
  probe?: (rule: SiteRule) => ProbeTab[];
  /** Whether the browser grants a host request (the user's answer in the prompt). */
  grantHosts?: boolean;
  /** Firefox's data consent for reports: already given, given when asked, or refused when asked; absent = nothing to ask (Chrome). */
  dataConsent?: 'granted' | 'grant-on-request' | 'refuse-on-request';
  /** Hosts Kuzet may read from the start (the manifest's built-in sites). */
  grantedHosts?: string[];
  /** Timelines and networks by tab id; default to the demo's for DEMO_TAB_ID, empty otherwise. */
  timelines?: Record<number, TabTimeline>;
  networks?: Record<number, TabNetwork>;
  /** Catalogs the language override can load, by language. */
  catalogs?: Record<string, Catalog>;
  trusted?: { authorKey: string; displayName: string; addedAt: number }[];
  notes?: AuthorNote[];
  /** What the background knows about authors (name history, comments and threads read). */
  authors?: Record<string, { names: string[]; comments: number; threads: number }>;
}

export interface MockConnector extends Connector {
  /** Makes the next calls of `method` reject with `message` until set to undefined. */
  failing: Partial<Record<Method, string>>;
  readonly enqueued: ReportRequest[];
  readonly saved: Settings[];
  optionsOpened: number;
  /** Host origins granted so far, and every request made. */
  readonly granted: Set<string>;
  readonly hostRequests: string[][];
  /** How often the data consent was asked, and whether it is held now. */
  consentRequests: number;
  consentGranted: boolean;
  /** The person's answer when asked (from `dataConsent`; a test may change its mind). */
  consentAnswer: boolean;
  readonly savedSiteRules: SiteRulesConfig[];
  /** The trusted list and notes as the background would hold them. */
  readonly trusted: Map<string, { authorKey: string; displayName: string; addedAt: number }>;
  readonly notes: Map<string, AuthorNote>;
}

type Insight = Pick<Connector, 'trustAuthor' | 'authorNote' | 'authorDetails' | 'tabTimeline' | 'tabNetwork' | 'personalList' | 'loadCatalog' | 'removeHosts' | 'hasHosts'>;

/** The insight side of the mock: trusting takes the author off every tab, as the background's rescore does. */
function insightMethods(self: () => MockConnector, tabs: Record<number, TabSummary>, options: MockOptions, guard: (m: Method) => void): Insight {
  const empty = { threadUrl: null, buckets: [], undated: 0 };
  const state = () => self(); // the mock object, made after these methods
  return {
    async trustAuthor(authorKey, displayName, trusted) {
      guard('trustAuthor');
      if (trusted) {
        state().trusted.set(authorKey, { authorKey, displayName, addedAt: Date.now() });
        for (const summary of Object.values(tabs)) summary.flagged = summary.flagged.filter((v) => v.authorKey !== authorKey);
      } else state().trusted.delete(authorKey);
      return trusted;
    },
    async authorNote(authorKey, text) {
      guard('authorNote');
      if (text === undefined) return structuredClone(state().notes.get(authorKey) ?? null);
      if (text.trim() === '') return (state().notes.delete(authorKey), null);
      const note = { authorKey, text: text.trim(), updatedAt: Date.now() };
      state().notes.set(authorKey, note);
      return structuredClone(note);
    },
    async authorDetails(authorKey) {
      const known = options.authors?.[authorKey];
      return { authorKey, names: known?.names ?? [], firstSeen: null, lastSeen: null, comments: known?.comments ?? 0, threads: known?.threads ?? 0,
        trusted: state().trusted.has(authorKey), note: state().notes.get(authorKey) ?? null };
    },
    async tabTimeline(tabId) {
      guard('tabTimeline');
      const timeline = options.timelines?.[tabId] ?? (tabId === DEMO_TAB_ID && !options.tabs ? demoTimeline() : empty);
      return parseResponse('tab/timeline', structuredClone(timeline));
    },
    async tabNetwork(tabId) {
      guard('tabNetwork');
      const network = options.networks?.[tabId] ?? (tabId === DEMO_TAB_ID && !options.tabs ? demoNetwork() : { nodes: [], edges: [] });
      return parseResponse('tab/network', structuredClone(network));
    },
    async personalList() {
      guard('personalList');
      return structuredClone({ trusted: [...state().trusted.values()], notes: [...state().notes.values()] });
    },
    async loadCatalog(language) {
      guard('loadCatalog');
      const catalog = options.catalogs?.[language];
      if (!catalog) throw new Error(`Kuzet: no message catalog for ${language}`);
      return catalog;
    },
    async removeHosts(origins) {
      guard('removeHosts');
      for (const origin of origins) state().granted.delete(origin);
      return true;
    },
    async hasHosts(origins) {
      return origins.every((o) => state().granted.has(o));
    },
  };
}

export function createMockConnector(options: MockOptions = {}): MockConnector {
  const tabs: Record<number, TabSummary> = options.tabs ?? { [DEMO_TAB_ID]: demoSummary() };
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let reportSeq = 0;
  let siteRules = options.siteRules ?? EMPTY_SITE_RULES;
  const mock: MockConnector = {
    failing: {},
    enqueued: [],
    saved: [],
    optionsOpened: 0,
    granted: new Set(options.grantedHosts ?? []),
    trusted: new Map((options.trusted ?? []).map((e) => [e.authorKey, e])),
    notes: new Map((options.notes ?? []).map((n) => [n.authorKey, n])),
    hostRequests: [],
    consentRequests: 0,
    consentAnswer: options.dataConsent !== 'refuse-on-request',
    consentGranted: options.dataConsent === undefined || options.dataConsent === 'granted',
    savedSiteRules: [],
    async activeTabId() {
      guard('activeTabId');
      return options.activeTabId ?? DEMO_TAB_ID;
    },
    async tabSummary(tabId) {
      guard('tabSummary');
      const summary = tabs[tabId];
      if (!summary) throw new Error(`Kuzet: tab/summary refused: no tab ${tabId}`);
      // A structured copy through the schema, as the real message crossing would make.
      return parseResponse('tab/summary', structuredClone(summary));
    },
    async enqueueReport(request) {
      guard('enqueueReport');
      mock.enqueued.push(request);
      const summary = Object.values(tabs).find((s) => s.threadUrl === request.threadUrl);
      const verdict = summary?.flagged.find((v) => v.authorKey === request.authorKey);
      const report: Report = {
        id: `mock-report-${++reportSeq}`,
        authorKey: request.authorKey,
        displayName: verdict?.displayName ?? request.authorKey,
        category: request.category,
        note: request.note,
        evidence: [],
        reasons: verdict?.reasons ?? [],
        createdAt: Date.now(),
        status: 'queued',
      };
      summary?.reports.unshift(report);
      return structuredClone(report);
    },
    async loadSettings() {
      guard('loadSettings');
      return { ...settings };
    },
    async saveSettings(next) {
      guard('saveSettings');
      settings = { ...next };
      mock.saved.push(settings);
    },
    t(key, substitutions = []) {
      if (key === '@@ui_locale') return options.locale ?? 'en';
      if (!options.catalog) return substitutions.length ? `${key}(${substitutions.join(', ')})` : key;
      return formatMessage(options.catalog, key, substitutions) || key;
    },
    async openOptions() {
      mock.optionsOpened += 1;
    },
    async loadSiteRules() {
      return structuredClone(siteRules);
    },
    // Like the background: validate, store, and say which hosts Kuzet now reads.
    async saveSiteRules(config) {
      guard('saveSiteRules');
      const checked = validateSiteRules(config, selectorSyntaxOk);
      if (!checked.ok) throw new Error(`Kuzet: siteRules/save refused: ${checked.issues[0]?.code ?? ''}`);
      siteRules = checked.value;
      mock.savedSiteRules.push(structuredClone(siteRules));
      return desiredRegistrations(siteRules).map((r) => ({ pattern: r.matches[0]!, origin: r.origin, active: mock.granted.has(r.origin) }));
    },
    async probeSiteRule(rule) {
      guard('probeSiteRule');
      const checked = validateRule(rule, selectorSyntaxOk);
      if (!checked.ok) throw new Error(`Kuzet: siteRules/probe failed: invalid rule (${checked.issues[0]?.code ?? ''})`);
      const origin = desiredRegistrations({ version: 1, rules: [checked.value], mirrors: [] })[0]!.origin;
      return mock.granted.has(origin) ? structuredClone(options.probe?.(checked.value) ?? []) : [];
    },
    ...insightMethods(() => mock, tabs, options, guard),
    async requestHosts(origins) {
      mock.hostRequests.push([...origins]);
      if (options.grantHosts === false) return false;
      for (const origin of origins) mock.granted.add(origin);
      return true;
    },
    // Synchronous up to the answer, as Firefox needs (the request starts inside the click).
    requestDataConsent() {
      if (options.dataConsent === undefined) return Promise.resolve(true);
      mock.consentRequests += 1;
      if (mock.consentAnswer) mock.consentGranted = true;
      return Promise.resolve(mock.consentGranted);
    },
    hasDataConsent: async () => mock.consentGranted,
  };
  function guard(method: Method): void {
    const message = mock.failing[method];
    if (message !== undefined) throw new Error(message);
  }
  return mock;
}
