// An in-memory connector: the pages run against it in unit tests and demos, with no browser.
// It behaves like the background where the UI can tell: answers pass the same response
// schemas, an enqueued report appears in the next summary, and any call can be made to fail.
import type { Report } from '../../core/model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings.ts';
import { parseResponse } from '../../messages.ts';
import type { Connector, ReportRequest, TabSummary } from './connector.ts';
import { formatMessage, type Catalog } from './format-message.ts';
import { DEMO_TAB_ID, demoSummary } from './mock-data.ts';

type Method = 'activeTabId' | 'tabSummary' | 'enqueueReport' | 'loadSettings' | 'saveSettings';

export interface MockOptions {
  /** Summaries by tab id; defaults to the demo thread in DEMO_TAB_ID. */
  tabs?: Record<number, TabSummary>;
  activeTabId?: number;
  settings?: Settings;
  /** A `_locales/<lang>/messages.json`; without it `t` answers `key(sub, …)`, still readable. */
  catalog?: Catalog;
  locale?: string;
}

export interface MockConnector extends Connector {
  /** Makes the next calls of `method` reject with `message` until set to undefined. */
  failing: Partial<Record<Method, string>>;
  readonly enqueued: ReportRequest[];
  readonly saved: Settings[];
  optionsOpened: number;
}

export function createMockConnector(options: MockOptions = {}): MockConnector {
  const tabs: Record<number, TabSummary> = options.tabs ?? { [DEMO_TAB_ID]: demoSummary() };
  let settings = options.settings ?? DEFAULT_SETTINGS;
  let reportSeq = 0;
  const mock: MockConnector = {
    failing: {},
    enqueued: [],
    saved: [],
    optionsOpened: 0,
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
  };
  function guard(method: Method): void {
    const message = mock.failing[method];
    if (message !== undefined) throw new Error(message);
  }
  return mock;
}
