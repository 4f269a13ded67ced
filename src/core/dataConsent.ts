// Which of Firefox's data-collection permissions a report needs, read from the build's own
// manifest. Firefox's manifest declares gecko.data_collection_permissions { required: ['none'],
// optional: ['websiteContent'] } (scripts/build/manifestFor.ts): Kuzet collects nothing until a
// person reports an account, and a report sends the page content it cites (the author's public
// comments, their links and times) — Firefox's "website content" (text, images, links shown on
// a website). Not "personal communications": those are the user's own messages, and a report
// carries other people's public comments. Chrome's manifest has no gecko key, so nothing is
// needed there. Shared by the popup (asks) and the worker (sends only when granted).

/** What Kuzet may ask Firefox for before a report is sent. */
export const REPORT_DATA_COLLECTION = ['websiteContent'] as const;

/** The optional data collection a manifest declares; empty for Chrome's build. */
export function declaredOptionalCollection(manifest: unknown): string[] {
  const gecko = (manifest as { browser_specific_settings?: { gecko?: { data_collection_permissions?: { optional?: unknown } } } } | null)
    ?.browser_specific_settings?.gecko;
  const optional = gecko?.data_collection_permissions?.optional;
  return Array.isArray(optional) ? optional.filter((o): o is string => typeof o === 'string') : [];
}

/** The data collection kinds to request before sending a report under this manifest ([] = none). */
export function reportConsentKinds(manifest: unknown): (typeof REPORT_DATA_COLLECTION)[number][] {
  const declared = declaredOptionalCollection(manifest);
  return REPORT_DATA_COLLECTION.filter((kind) => declared.includes(kind));
}
