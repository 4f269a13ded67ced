// The hostile edits the fuzzer makes to a live page, one DOM change each, picked by a seeded
// PRNG: copies of real comments (fresh ids, hostile names, deep nesting, inside shadow roots),
// removals, moves, missing or garbage attributes, huge texts, re-rendered authors, noise.
import { hostileAttribute, hostileName, hugeText } from './hostileValues.ts';
import { cloneRoot, deepNest, someElementOf, type Template } from './rootClones.ts';
import type { Random } from './seededRandom.ts';

/** Live roots kept on the page at most; older copies are removed (keeps each site's run linear). */
const MAX_LIVE = 300;
const NOISE_TAGS = ['div', 'span', 'p', 'a', 'ul', 'li', 'b', 'i', 'blockquote', 'kz-fuzz-widget'] as const;
const NOISE_CLASSES = ['qq1', 'zz-frame', 'x_y', 'wrap9', ''] as const;
const ATTRIBUTES = ['id', 'class', 'href', 'title', 'datetime', 'data-id', 'src', 'aria-label'] as const;

export interface FuzzPage {
  doc: Document;
  random: Random;
  templates: readonly Template[];
  /** comment roots (real or copied) the fuzzer may edit; some may be detached by now */
  live: Element[];
  /** shadow roots the fuzzer made (Kuzet's MutationObserver does not see into them) */
  shadows: ShadowRoot[];
  /** wrappers, noise and shadow hosts the fuzzer inserted, removed oldest first */
  litter: ChildNode[];
}

function authorName(page: FuzzPage): string | null {
  const { random } = page;
  if (random.chance(0.2)) return null; // same author as the real comment
  return random.chance(0.35) ? hostileName(random) : `reader${random.int(200)}`;
}

function someRoot(page: FuzzPage): Element | null {
  return page.live.length === 0 ? null : page.random.pick(page.live);
}

/** Where a new node goes: beside a live root, inside its parent, in a shadow root or the body. */
function insert(page: FuzzPage, node: Node): void {
  const { random, doc } = page;
  const anchor = someRoot(page);
  const roll = random.int(10);
  try {
    if (anchor?.parentNode && roll < 5 && random.chance(0.5)) anchor.before(node);
    else if (anchor?.parentNode && roll < 5) anchor.after(node);
    else if (anchor?.parentNode && roll < 7) anchor.parentNode.appendChild(node);
    else if (page.shadows.length > 0 && roll < 8) random.pick(page.shadows).append(node);
    else if (anchor && roll < 9) someElementOf(anchor, random).append(node);
    else doc.body.append(node);
  } catch {
    doc.body.append(node); // the DOM refused (a node moved into itself): the body takes it
  }
}

function noise(page: FuzzPage): Element {
  const { random, doc } = page;
  const el = doc.createElement(random.pick(NOISE_TAGS));
  const cls = random.pick(NOISE_CLASSES);
  if (cls) el.className = cls;
  if (random.chance(0.5)) el.setAttribute(random.pick(ATTRIBUTES), hostileAttribute(random));
  el.append(random.chance(0.5) ? hostileName(random) : doc.createComment('<!-- kuzet fuzz -->'));
  if (random.chance(0.3)) el.append(noise(page));
  return el;
}

function litter<T extends ChildNode>(page: FuzzPage, node: T): T {
  page.litter.push(node);
  return node;
}

function newRoot(page: FuzzPage): Element | null {
  if (page.templates.length === 0) return null;
  const root = cloneRoot(page.random.pick(page.templates), page.random, authorName(page));
  page.live.push(root);
  return root;
}

/** Each edit returns how many DOM changes it made (the count the run is measured in). */
type Edit = (page: FuzzPage) => number;

const insertCopy: Edit = (page) => {
  const root = newRoot(page) ?? noise(page);
  const { random, doc } = page;
  // Deep nesting is rare on purpose: happy-dom elements are heavy, and a few deep cases find what many would.
  const depth = random.chance(0.03) ? 50 + random.int(random.chance(0.05) ? 2_000 : 300) : 0;
  insert(page, depth > 0 ? litter(page, deepNest(doc, root, depth)) : root);
  return 1;
};

const insertThenRemove: Edit = (page) => {
  const root = newRoot(page) ?? noise(page);
  insert(page, root);
  if (page.random.chance(0.5)) root.remove(); // gone before Kuzet's observer runs
  else queueMicrotask(() => root.remove()); // gone around the time Kuzet reads it
  return 2;
};

const removeSomething: Edit = (page) => {
  const root = someRoot(page);
  if (!root) return 0;
  (page.random.chance(0.6) ? root : someElementOf(root, page.random)).remove();
  return 1;
};

const moveRoot: Edit = (page) => {
  const root = someRoot(page);
  if (!root) return 0;
  insert(page, root); // insertBefore of a connected node: a removal and an addition
  return 1;
};

const dropAttribute: Edit = (page) => {
  const root = someRoot(page);
  if (!root) return 0;
  const el = someElementOf(root, page.random);
  const attrs = Array.from(el.attributes);
  if (attrs.length === 0) return 0;
  el.removeAttribute(page.random.pick(attrs).name);
  return 1;
};

const garbleAttribute: Edit = (page) => {
  const root = someRoot(page);
  if (!root) return 0;
  const el = someElementOf(root, page.random);
  const names = [...Array.from(el.attributes).map((a) => a.name).filter((n) => !n.startsWith('on')), ...ATTRIBUTES];
  el.setAttribute(page.random.pick(names), hostileAttribute(page.random));
  return 1;
};

const replaceText: Edit = (page) => {
  const root = someRoot(page);
  if (!root) return 0;
  const { random } = page;
  someElementOf(root, random).textContent = random.chance(0.05) ? hugeText(10_000 + random.int(200_000)) : hostileName(random);
  return 1;
};

/** The author link re-rendered inside a comment already read (a child list change inside it). */
const rerenderAuthor: Edit = (page) => {
  const root = someRoot(page);
  const template = page.templates.length > 0 ? page.random.pick(page.templates) : null;
  if (!root || !template) return 0;
  const name = authorName(page) ?? `reader${page.random.int(200)}`;
  const texts = page.doc.createTreeWalker(root, 4);
  for (let node = texts.nextNode(); node; node = texts.nextNode()) {
    if (template.names.includes((node.nodeValue ?? '').trim()) && node.parentElement) {
      node.parentElement.replaceChildren(name);
      return 1;
    }
  }
  return 0;
};

const shadowHost: Edit = (page) => {
  const { doc, random } = page;
  const host = doc.createElement('kz-fuzz-host');
  const shadow = host.attachShadow({ mode: random.chance(0.5) ? 'open' : 'closed' });
  page.shadows.push(shadow);
  shadow.append(newRoot(page) ?? noise(page));
  insert(page, litter(page, host));
  return 2;
};

const addNoise: Edit = (page) => {
  insert(page, litter(page, page.random.chance(0.03) ? deepNest(page.doc, noise(page), 100 + page.random.int(300), 'span') : noise(page)));
  return 1;
};

// Copies are the costly edit (a happy-dom clone of a real comment), so cheaper edits of the
// comments already there make up most of the run.
const EDITS: readonly [Edit, number][] = [
  [insertCopy, 10], [insertThenRemove, 3], [removeSomething, 8], [moveRoot, 10], [dropAttribute, 14],
  [garbleAttribute, 14], [replaceText, 12], [rerenderAuthor, 10], [shadowHost, 2], [addNoise, 8],
];
const TOTAL = EDITS.reduce((sum, [, w]) => sum + w, 0);

/** One random edit; returns the number of DOM changes made (0 when it found nothing to edit). */
export function mutate(page: FuzzPage): number {
  if (page.live.length > MAX_LIVE || page.litter.length > MAX_LIVE) {
    const gone = [...page.live.splice(0, 50), ...page.litter.splice(0, 50)];
    gone.forEach((node) => node.remove());
    if (page.shadows.length > 20) page.shadows.splice(0, 10);
    return gone.length;
  }
  let roll = page.random.int(TOTAL);
  for (const [edit, weight] of EDITS) {
    if (roll < weight) return edit(page);
    roll -= weight;
  }
  return 0;
}

/** Only noise: a page whose layout no adapter knows. */
export function mutateUnknown(page: FuzzPage): number {
  if (page.litter.length > MAX_LIVE) return page.litter.splice(0, 50).map((node) => node.remove()).length;
  return addNoise(page);
}
