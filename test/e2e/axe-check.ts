// Runs axe-core (the copy in node_modules) inside one of Kuzet's pages and returns its
// violations as short lines. Injected through the driver, not a <script> tag: extension pages
// allow only their own scripts (CSP), and the check must not weaken that.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Violations in the whole page, or only inside the elements matching `within` (shadow roots included). */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<Result> } }).axe;
    const context = selector === null ? document : { include: Array.from(document.querySelectorAll(selector)) };
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, within ?? null);
}
