// A CSS selector check that needs no DOM, for the places without one (the service worker,
// Node): it catches what people mistype (unbalanced brackets, quotes or parentheses, a
// trailing combinator, a rule body pasted from a stylesheet). Pages with a DOM also parse the
// selector for real (ui/options/siteRules/domSelectorCheck.ts); the content script guards the
// rest at run time, so a selector that still throws there yields no comments, not an error.

export function selectorSyntaxOk(selector: string): boolean {
  const s = selector.trim();
  if (s === '' || s.length > 500 || /[{};]/.test(s) || /[>+~,]\s*$/.test(s) || /^[>+~,]/.test(s)) return false;
  const closing: Record<string, string> = { '[': ']', '(': ')' };
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c in closing) stack.push(closing[c]!);
    else if (c === ']' || c === ')') {
      if (stack.pop() !== c) return false;
    }
  }
  return quote === null && stack.length === 0;
}
