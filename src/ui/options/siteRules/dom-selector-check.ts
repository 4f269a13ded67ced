// The real selector check the options page can afford: let the browser's own CSS parser try
// it on an empty fragment (nothing is matched, nothing is read). A selector this accepts may
// still find nothing on the site; the live count says that.
import type { SelectorCheck } from '../../../core/siteRules.ts';

export const domSelectorCheck: SelectorCheck = (selector) => {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
};
