// @vitest-environment happy-dom
// commentText's fast path (textContent when nothing inside breaks a line) and its line-wise walk
// must give exactly the text the walk of commit e689bb0 gave (kept below as the reference): every
// element of every saved page in test/fixtures (every real comment body and much more), and
// random bodies of inline and block markup with every kind of whitespace.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commentText } from '../../../../src/content/adapters/commentText.ts';
import { decodeSavedPage } from '../../../../scripts/browser/decode-saved-page.ts';

/** commentText as it was at e689bb0 (src/content/adapters/commentText.ts), verbatim but for its name. */
const BLOCKS = new Set(['P', 'DIV', 'PRE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4']);
function referenceText(body: Element, skip?: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skip && element.matches(skip)) continue;
        if (element.tagName === 'BR') {
          parts.push('\n');
          continue;
        }
        const block = BLOCKS.has(element.tagName);
        if (block) parts.push('\n');
        walk(element);
        if (block) parts.push('\n');
      }
    }
  };
  walk(body);
  return parts.join('').split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter((line) => line !== '').join('\n');
}

// A path, not `new URL(…, import.meta.url)`: under happy-dom the global URL is the page's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
const savedPages = readdirSync(FIXTURES).flatMap((dir) =>
  statSync(join(FIXTURES, dir)).isDirectory() ? readdirSync(join(FIXTURES, dir)).filter((f) => /\.x?html?$/i.test(f)).map((f) => `${dir}/${f}`) : [],
);
/** Bodies are small; larger elements (whole pages) only repeat what their parts already check. */
const MAX_ELEMENTS = 300;
/** The skip selectors adapters pass (hackernews: '.reply', instagram: '[role="button"]'). */
const SKIPS = [undefined, '.reply', '[role="button"]'];

describe('commentText gives the reference text', () => {
  it('finds saved pages to check', () => expect(savedPages.length).toBeGreaterThanOrEqual(20));

  it.each(savedPages)('on every element of %s', (file) => {
    const html = decodeSavedPage(readFileSync(join(FIXTURES, file))).replace(/<link\b[^>]*>/gi, '').replace(/<(script|iframe|frame)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    let checked = 0;
    let withBreaks = 0;
    for (const element of Array.from(doc.body.querySelectorAll('*'))) {
      if (element.getElementsByTagName('*').length > MAX_ELEMENTS) continue;
      for (const skip of SKIPS) {
        const expected = referenceText(element, skip);
        if (commentText(element, skip) !== expected) expect({ file, at: element.outerHTML.slice(0, 300), skip, text: commentText(element, skip) }).toEqual({ file, at: element.outerHTML.slice(0, 300), skip, text: expected });
        if (expected.includes('\n')) withBreaks++;
      }
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
    expect(withBreaks).toBeGreaterThan(0); // the walk was exercised too, not only the fast path
  }, 120_000);

  it('on random bodies of inline and block markup, skipped furniture and odd whitespace', () => {
    const text = fc.stringMatching(/^[a-zа-я \t\n\r\u00a0\u2028\u3000.]{0,12}$/);
    const tag = fc.constantFrom('i', 'a', 'span', 'code', 'p', 'div', 'br', 'pre', 'li', 'font');
    type Tree = { tag: string; reply: boolean; children: (Tree | string)[] };
    const { tree } = fc.letrec<{ tree: Tree; node: Tree | string }>((self) => ({
      tree: fc.record({ tag, reply: fc.boolean(), children: fc.array(self('node'), { maxLength: 4 }) }),
      node: fc.oneof({ depthSize: 'small' }, text, self('tree')),
    }));
    const build = (node: Tree | string): Node => {
      if (typeof node === 'string') return document.createTextNode(node);
      const element = document.createElement(node.tag);
      if (node.reply) element.className = 'reply';
      if (node.tag !== 'br') element.append(...node.children.map(build));
      return element;
    };
    fc.assert(
      fc.property(fc.array(fc.oneof(text, tree), { maxLength: 6 }), fc.constantFrom(undefined, '.reply'), (children, skip) => {
        const body = document.createElement('span');
        body.append(...children.map(build));
        expect(commentText(body, skip)).toBe(referenceText(body, skip));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
