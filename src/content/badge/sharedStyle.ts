// The badge's stylesheet, parsed once per page and shared by every badge's shadow root
// (adoptedStyleSheets) instead of one <style> element per badge: a thread with thousands of
// flagged rows otherwise parses the same CSS thousands of times. Where a constructed sheet
// cannot be adopted (a browser without it, or one refusing a content script's sheet), each
// shadow root gets its own <style>, as before; the first refusal decides for the whole page.
import { BADGE_CSS } from './style.ts';

type StyleView = { CSSStyleSheet?: typeof CSSStyleSheet };
/** Per document: the shared sheet, or null once adopting proved impossible there. */
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  const known = sheets.get(doc);
  if (known !== undefined) return known;
  let sheet: CSSStyleSheet | null = null;
  try {
    // The page's own constructor: a sheet is adoptable only in the document it was made for.
    const Sheet = (doc.defaultView as StyleView | null)?.CSSStyleSheet;
    if (Sheet && typeof Sheet.prototype.replaceSync === 'function') {
      sheet = new Sheet();
      sheet.replaceSync(BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Gives `shadow` the badge's styles: the page's shared sheet when it can, else a <style> of its own. */
export function styleShadow(shadow: ShadowRoot, doc: Document): void {
  const sheet = sheetFor(doc);
  if (sheet && 'adoptedStyleSheets' in shadow) {
    try {
      shadow.adoptedStyleSheets = [sheet];
      if (shadow.adoptedStyleSheets.length === 1) return;
    } catch {
      // refused (e.g. a sheet from another compartment): fall back below, and for the page
    }
    sheets.set(doc, null);
  }
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  shadow.prepend(style);
}
