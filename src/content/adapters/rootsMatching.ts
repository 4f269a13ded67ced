// Comment roots under a scope, the scope itself included when it is one: the scanner hands an
// adapter either the whole document or one subtree a MutationObserver reported as added.

/** `tag.class.class…` with plain names: every match carries the first class named. */
const CLASSED = /^[a-z][a-z0-9-]*(?:\.[a-z_][\w-]*)+$|^(?:\.[a-z_][\w-]*)+$/i;

export function rootsMatching(scope: ParentNode, selector: string): Element[] {
  const found = descendantsMatching(scope, selector);
  // `'matches' in`, not instanceof: Firefox content scripts see page nodes through Xray wrappers.
  return 'matches' in scope && (scope as Element).matches(selector) ? [scope as Element, ...found] : found;
}

/**
 * `querySelectorAll(selector)` as an array, through the class a `tag.class` selector requires
 * where the scope can list elements by class (a document, an element): the same elements in the
 * same order, each still checked with the whole selector, for a third of querySelectorAll's
 * time on a 5,000-row thread (only class lists are compared on the way).
 */
function descendantsMatching(scope: ParentNode, selector: string): Element[] {
  const className = CLASSED.test(selector) ? selector.slice(selector.indexOf('.') + 1).split('.')[0] : undefined;
  if (className === undefined || !('getElementsByClassName' in scope)) return Array.from(scope.querySelectorAll(selector));
  const candidates = (scope as Element).getElementsByClassName(className);
  const found: Element[] = [];
  for (let i = 0, candidate; (candidate = candidates[i]); i++) {
    if (candidate.matches(selector)) found.push(candidate);
  }
  return found;
}
