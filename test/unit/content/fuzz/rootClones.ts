// Copies of a page's real comment roots, the way a site appends more of them: every id-like
// number in the copy is replaced by a fresh one (in every attribute that carried it), and the
// author's name may be replaced, with a plain name or a hostile one, wherever it was written.
// Where ids and names sit is found once per template, so each copy costs one clone and a few
// writes (the fuzzer makes tens of thousands of them).
import type { Random } from './seededRandom.ts';

/** A real comment root kept detached, with where its ids and its author's names are written. */
export interface Template {
  node: Element;
  /** display name and handle as the adapter read them (empty when it read nothing) */
  names: string[];
  /** id-like numbers of the root and the attributes (element index in document order) holding them */
  ids: { tokens: string[]; slots: [number, string][] };
  /** attributes holding a name, and text nodes (element index, child index) that are a name */
  nameSlots: { attributes: [number, string][]; texts: [number, number][] };
}

let nextId = 1;

const elementsOf = (root: Element): Element[] => [root, ...Array.from(root.querySelectorAll('*'))];

function slotsWhere(elements: Element[], holds: (value: string) => boolean): [number, string][] {
  return elements.flatMap((el, i) =>
    Array.from(el.attributes).filter((a) => !a.name.startsWith('on') && holds(a.value)).map((a): [number, string] => [i, a.name]),
  );
}

export function makeTemplate(node: Element, names: string[]): Template {
  const elements = elementsOf(node);
  const tokens = new Set<string>();
  for (const attr of Array.from(node.attributes)) {
    if (attr.name === 'id' || attr.name.startsWith('data-')) for (const m of attr.value.match(/\d{4,}/g) ?? []) tokens.add(m);
  }
  const longNames = names.filter((n) => n.trim().length >= 3);
  const texts: [number, number][] = [];
  elements.forEach((el, i) => el.childNodes.forEach((child, c) => {
    if (child.nodeType === 3 && names.includes((child.nodeValue ?? '').trim())) texts.push([i, c]);
  }));
  return {
    node,
    names,
    ids: { tokens: [...tokens], slots: slotsWhere(elements, (v) => [...tokens].some((t) => v.includes(t))) },
    nameSlots: { attributes: slotsWhere(elements, (v) => longNames.some((n) => v.includes(n))), texts },
  };
}

/** URL-encoded, or as is when it cannot be (a lone surrogate half). */
function encoded(name: string): string {
  try {
    return encodeURIComponent(name);
  } catch {
    return name;
  }
}

function replaceIn(el: Element | undefined, attr: string, pairs: [string, string][]): void {
  let value = el?.getAttribute(attr);
  if (!el || value == null) return;
  for (const [from, to] of pairs) value = value.split(from).join(to);
  el.setAttribute(attr, value);
}

/** A fresh copy of one of the templates, with fresh ids, possibly under a new author's name. */
export function cloneRoot(template: Template, random: Random, name: string | null): Element {
  const copy = template.node.cloneNode(true) as Element;
  const { tokens, slots } = template.ids;
  const elements = slots.length > 0 || name !== null ? elementsOf(copy) : [copy];
  if (tokens.length === 0 && copy.id) copy.id = `${copy.id}-fuzz${nextId++}`;
  const fresh = tokens.map((t): [string, string] => [t, String(9_000_000 + nextId++).padStart(t.length, '9')]);
  for (const [i, attr] of slots) replaceIn(elements[i], attr, fresh);
  if (name === null) return copy;
  for (const [i, c] of template.nameSlots.texts) {
    const text = elements[i]?.childNodes[c];
    if (text) text.nodeValue = name;
  }
  const inAttribute = random.chance(0.5) ? encoded(name) : name; // raw markup in an href, too
  const pairs = template.names.filter((n) => n.trim().length >= 3).map((n): [string, string] => [n, inAttribute]);
  for (const [i, attr] of template.nameSlots.attributes) replaceIn(elements[i], attr, pairs);
  return copy;
}

/** `depth` nested wrappers around `inner`, as some page builders produce; returns the outermost. */
export function deepNest(doc: Document, inner: Node, depth: number, tag = 'div'): Element {
  const outer = doc.createElement(tag);
  let at = outer;
  for (let i = 1; i < depth; i++) at = at.appendChild(doc.createElement(tag));
  at.append(inner);
  return outer;
}

/** A random element inside `root` (or root itself); never Kuzet's own badge, which comes and goes with the background's timing. */
export function someElementOf(root: Element, random: Random): Element {
  const inside = root.querySelectorAll(':not([data-kuzet-badge])');
  return inside.length === 0 || random.chance(0.1) ? root : (inside[random.int(inside.length)] as Element);
}
