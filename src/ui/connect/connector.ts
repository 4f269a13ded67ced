// The one door between Kuzet's pages and the rest of the extension. Pages talk only to a
// Connector, never to `browser.*` or the message protocol directly, so the same components run
// in the extension (extension.ts) and against in-memory data in tests and demos (mock.ts).
// The idea is Dark Reader's `src/ui/connect/`.
import type { Report } from '../../core/model.ts';
import type { Settings } from '../../core/settings.ts';
import type { SiteRule, SiteRulesConfig } from '../../core/siteRules.ts';
import type { Request, Response, TabSummary } from '../../messages.ts';
import type { Catalog } from './format-message.ts';
import type { Translate } from '../shared/translate.ts';
import type { ListsConnector } from '../options/subscriptions/lists-connector.ts';

export type { TabSummary };
export type ReportRequest = Request<'report/enqueue'>;
export type ExportRequest = Request<'export/collect'>;
export type ExportFile = Response<'export/collect'>;
/** Per rule pattern and mirror host: whether Kuzet reads it now (registered and permitted). */
export type SiteRuleStatus = Response<'siteRules/save'>['statuses'][number];
/** What a rule finds in one open tab. */
export type ProbeTab = Response<'siteRules/probe'>['tabs'][number];

export type AuthorNote = NonNullable<Response<'author/note'>['note']>;
export type AuthorDetails = Response<'author/details'>;
export type TabTimeline = Response<'tab/timeline'>;
export type TabNetwork = Response<'tab/network'>;
export type PersonalList = Response<'personal/list'>;

export type { Translate };

export interface Connector {
  /** The tab the popup describes when no `?tab=N` is given: the active tab of the current window. */
  activeTabId(): Promise<number>;
  tabSummary(tabId: number): Promise<TabSummary>;
  /** Puts a report in the queue and answers with the report as stored. */
  enqueueReport(request: ReportRequest): Promise<Report>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
  t: Translate;
  /** Opens the options page the way the browser prefers (a tab, or the add-ons manager). */
  openOptions(): Promise<void>;
  /** The user's site rules and mirrors as stored (empty when none or unreadable). */
  loadSiteRules(): Promise<SiteRulesConfig>;
  /** Stores the rules and registers Kuzet on every permitted host; answers each host's status. */
  saveSiteRules(config: SiteRulesConfig): Promise<SiteRuleStatus[]>;
  /** Counts what `rule` finds in the open tabs it matches (needs that host's permission). */
  probeSiteRule(rule: SiteRule): Promise<ProbeTab[]>;
  /**
   * Asks the browser for host access. Call it first thing in a click handler: browsers grant
   * permission requests only during a user gesture (Firefox strictly, before any await).
   */
  requestHosts(origins: string[]): Promise<boolean>;
  /**
   * Firefox's data consent for sending reports (connect/data-consent.ts); answers true where
   * nothing needs asking. Like requestHosts, call it first thing in the click. Absent = allowed.
   */
  requestDataConsent?(): Promise<boolean>;
  /** Whether a queued report may be sent now; absent = always. */
  hasDataConsent?(): Promise<boolean>;
  /** The researcher export written by the background; absent where there is no background. */
  exportData?(request: ExportRequest): Promise<ExportFile>;
  /** Erases everything Kuzet keeps on this device (privacy/deleteAll); absent where there is no background. */
  deleteAllData?(): Promise<void>;
  /** Gives host access back (a built-in site switched off); false when the browser refuses. */
  removeHosts(origins: string[]): Promise<boolean>;
  /** Whether Kuzet may read all of these hosts now. */
  hasHosts(origins: string[]): Promise<boolean>;
  /** "This person is real" (true) or not any more (false); answers the stored state. */
  trustAuthor(authorKey: string, displayName: string, trusted: boolean): Promise<boolean>;
  /** Reads the private note on an author, or stores `text` ('' deletes it). */
  authorNote(authorKey: string, text?: string): Promise<AuthorNote | null>;
  authorDetails(authorKey: string): Promise<AuthorDetails>;
  tabTimeline(tabId: number): Promise<TabTimeline>;
  tabNetwork(tabId: number): Promise<TabNetwork>;
  /** The trusted authors and notes, for the options page's list and export. */
  personalList(): Promise<PersonalList>;
  /** The `_locales/<lang>/messages.json` Kuzet ships, for the language override. */
  loadCatalog(language: string): Promise<Catalog>;
  /** Shared lists and the report queue (issue 7); pages show nothing of them without it. */
  lists?: ListsConnector;
}
