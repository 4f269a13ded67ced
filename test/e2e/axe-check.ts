// Runs axe-core (the copy in node_modules) inside one of Kuzet's pages and returns its
// violations as short lines. Injected through the driver, not a <script> tag: extension pages
// allow only their own scripts (CSP), and the check must not weaken that. Works on any session
// tab (scripts/browser/session.ts), in Chromium and Firefox alike.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from '../../scripts/browser/session.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
// The driver sends a function as its source text, so axe's own source wrapped in a function body
// runs in the page as written: no eval inside the page, which the extension's CSP would refuse.
const injectAxe = new Function(`${AXE_SOURCE}\n;return typeof window.axe === 'object';`) as () => boolean;

/** Violations in the whole page, or only inside the elements matching `within` (shadow roots included). */
export async function axeViolations(tab: Pick<Tab, 'evaluate'>, within?: string): Promise<string[]> {
  if (!(await tab.evaluate(injectAxe))) throw new Error('axe-core did not load in the page');
  return tab.evaluate(async (selector) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
    const context = selector === null ? document : { include: Array.from(document.querySelectorAll(selector)) };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within ?? null);
}
