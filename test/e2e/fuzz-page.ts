// The fuzzer that runs inside a real saved page in a real browser (fuzz.e2e.test.ts bundles this
// file with esbuild and injects it through the driver). It is the unit fuzz's own generator
// (test/unit/content/fuzz/mutations.ts: copies of the page's comment roots with fresh ids and
// hostile names, deep nesting, removals while Kuzet reads, missing and garbage attributes, huge
// texts, shadow roots, noise), fed templates made the same way from the page's real comment
// roots (the adapter's own `roots`/`read`, bundled here). Kuzet runs beside it, untouched, as the
// installed extension. A heartbeat timer measures how long the page's main thread stays blocked.
// The page is left unrendered during the fuzz (see start) so the figures are Kuzet's and the DOM's.
import { pickAdapter } from '../../src/content/adapters/registry.ts';
import { mutate, type FuzzPage } from '../unit/content/fuzz/mutations.ts';
import { cloneRoot, makeTemplate } from '../unit/content/fuzz/rootClones.ts';
import { seededRandom, type Random } from '../unit/content/fuzz/seededRandom.ts';

export interface FuzzStart { adapter: string; templates: number; roots: number }
export interface FuzzChunk { done: number; ms: number; longestBeatGapMs: number }
export interface FuzzEnd { alerts: string[]; pageErrors: string[]; heartbeats: number }

const HEARTBEAT_MS = 20;

let page: FuzzPage | null = null;
let probes = 0;
/** Off once the probe goes in: the probe must reach Kuzet as inserted. */
let meddling = true;
const alerts: string[] = [];
const pageErrors: string[] = [];
const beat = { count: 0, last: performance.now(), longestGap: 0 };

/** A copy of a real root as the site rendered it: Kuzet's own marks and badges taken off. */
function unmarked(root: Element): Element {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('[data-kuzet-badge]').forEach((badge) => badge.remove());
  for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))]) {
    for (const attr of Array.from(el.attributes)) if (attr.name.startsWith('data-kuzet')) el.removeAttribute(attr.name);
  }
  return copy;
}

/** Removes or edits some added nodes right after they arrive, as a site re-rendering would. */
function meddle(random: Random): void {
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!meddling || node.nodeType !== 1 || (node as Element).hasAttribute('data-kuzet-badge') || !random.chance(0.05)) continue;
        if (random.chance(0.5)) (node as Element).remove();
        else (node as Element).firstElementChild?.remove();
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

function start(seed: number): FuzzStart {
  const url = new URL(location.href);
  const adapter = pickAdapter(url, document);
  if (!adapter) throw new Error(`no adapter claims ${url.href}`);
  const roots = adapter.roots(document);
  const templates = roots.slice(0, 80).map((root) => {
    const read = adapter.read(root, url);
    return makeTemplate(unmarked(root), [read?.displayName, read?.handle].filter((n): n is string => !!n));
  });
  page = { doc: document, random: seededRandom(seed), templates, live: [...roots], shadows: [], litter: [] };
  // A name that became markup would run its handler: alert is how the hostile names call home.
  window.alert = (message?: unknown) => void alerts.push(String(message));
  window.addEventListener('error', (e) => pageErrors.push(`${e.message} (${e.filename}:${e.lineno})`));
  window.addEventListener('unhandledrejection', (e) => pageErrors.push(`unhandled rejection: ${String(e.reason)}`));
  setInterval(() => {
    const now = performance.now();
    beat.longestGap = Math.max(beat.longestGap, now - beat.last);
    beat.last = now;
    beat.count++;
  }, HEARTBEAT_MS);
  meddle(seededRandom(seed + 1));
  // The page is not rendered while the fuzz runs: laying out 2,000-deep nests and 200,000-character
  // texts after every batch is the browser's cost, not Kuzet's (on the saved YouTube page it blocked
  // the main thread 25 s at once with no Kuzet installed, and under 1.3 s unrendered). Kuzet reads
  // the DOM, not the layout; rendering comes back before the probe, with every badge Kuzet drew.
  document.documentElement.style.setProperty('display', 'none', 'important');
  return { adapter: adapter.id, templates: templates.length, roots: roots.length };
}

/** `count` changes, `batch` at a time between yields to the event loop (Kuzet's observer and batcher run in the gaps). */
async function run(count: number, batch: number): Promise<FuzzChunk> {
  if (!page) throw new Error('start first');
  const began = performance.now();
  beat.longestGap = 0;
  let done = 0;
  while (done < count) {
    for (let i = 0; i < batch && done < count; i++) done += mutate(page) || 0;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  // One more beat, so a block at the very end of the chunk is measured too.
  await new Promise((resolve) => setTimeout(resolve, HEARTBEAT_MS * 2));
  return { done, ms: performance.now() - began, longestBeatGapMs: beat.longestGap };
}

/** A fresh copy of a real comment under a new author, beside a comment Kuzet marked: is Kuzet still reading? */
function probe(): string | null {
  if (!page || page.templates.length === 0) return null;
  meddling = false;
  document.documentElement.style.removeProperty('display');
  const anchor = Array.from(document.querySelectorAll('[data-kuzet-comment]')).find((el) => el.isConnected && el.parentNode);
  if (!anchor) return null;
  const id = `probe-${++probes}`;
  const copy = cloneRoot(page.templates[0]!, seededRandom(probes), `kuzet-probe-${probes}`);
  copy.setAttribute('data-fuzz-probe', id);
  anchor.after(copy);
  return id;
}

const end = (): FuzzEnd => ({ alerts: [...alerts], pageErrors: [...pageErrors], heartbeats: beat.count });

(window as unknown as { kuzetFuzz: unknown }).kuzetFuzz = { start, run, probe, end };
