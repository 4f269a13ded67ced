// Comment roots under a scope, the scope itself included when it is one: the scanner hands an
// adapter either the whole document or one subtree a MutationObserver reported as added.

export function rootsMatching(scope: ParentNode, selector: string): Element[] {
  const found = Array.from(scope.querySelectorAll(selector));
  // `'matches' in`, not instanceof: Firefox content scripts see page nodes through Xray wrappers.
  return 'matches' in scope && (scope as Element).matches(selector) ? [scope as Element, ...found] : found;
}
