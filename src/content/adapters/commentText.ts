// Turns a comment body element into plain text: whitespace collapsed, paragraphs kept as
// newlines, reply/permalink furniture left out. Shared by adapters so every site's text is
// normalised the same way before the background compares texts across accounts.

const BLOCKS = new Set(['P', 'DIV', 'PRE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4']);
const SPACES = /\s+/g;
/** Whitespace that collapsing would change: other than a plain space, or two in a row. */
const UNCOLLAPSED = /[^\S ]| {2}/;

/** Plain text of `body`, skipping any descendant that matches `skip` (e.g. a reply link). */
export function commentText(body: Element, skip?: string): string {
  // Most comments are a paragraph or a few of inline markup: read them with as few DOM calls as
  // give the same text as the walk (the content-script bench's largest adapter cost; held to the
  // walk's text by test/unit/content/adapters/commentTextSame.test.ts). A <template> body takes
  // the walk: DOMs disagree on whether its content is reachable as children. (`'content' in` is
  // asked of the wrapper, not the page: every body's tagName would be one more DOM call.)
  if ('content' in body && body.tagName === 'TEMPLATE') return walkedText(body, skip);
  if (body.firstElementChild === null) return collapsed(body.textContent ?? '');
  // Something to leave out: the walk. Else one query has spared a test per element below.
  const shape = skip && body.querySelector(skip) !== null ? 'deep' : breaksIn(body);
  if (shape === 'none') return collapsed(body.textContent ?? '');
  return shape === 'children' ? childrenText(body) : walkedText(body, skip);
}

/** Runs of whitespace as one space, trimmed; most texts need only the trim (a test is cheaper than a replace). */
const collapsed = (text: string): string => (UNCOLLAPSED.test(text) ? text.replace(SPACES, ' ') : text).trim();

/**
 * Where lines break inside `body`: nowhere, only at its children (HN's `text<p>more<p>more`), or
 * deeper (or a <template> somewhere: the walk decides).
 */
function breaksIn(body: Element): 'none' | 'children' | 'deep' {
  let shape: 'none' | 'children' = 'none';
  const inside = body.getElementsByTagName('*');
  // Indexing, not .length: a live collection's length would count the whole subtree first.
  for (let i = 0, element; (element = inside[i]); i++) {
    const tag = element.tagName;
    if (tag === 'TEMPLATE') return 'deep';
    if (tag === 'BR' || BLOCKS.has(tag)) {
      if (element.parentNode !== body) return 'deep';
      shape = 'children';
    }
  }
  return shape;
}

/** Lines broken only at `body`'s children: each child element's text is its textContent, no walk inside. */
function childrenText(body: Element): string {
  const lines: string[] = [];
  let line = '';
  for (let child = body.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      line += child.nodeValue ?? '';
    } else if (child.nodeType === 1) {
      const tag = (child as Element).tagName;
      if (tag === 'BR') {
        line = endLine(lines, line);
      } else if (BLOCKS.has(tag)) {
        line = endLine(lines, line);
        lines.push(child.textContent ?? '');
      } else {
        line += child.textContent ?? '';
      }
    }
  }
  lines.push(line);
  return joinedLines(lines);
}

/** Closes the line being built; the next one starts empty. */
function endLine(lines: string[], line: string): string {
  lines.push(line);
  return '';
}

/** The walk: text nodes joined line by line, a line ending at every block edge and <br>. */
function walkedText(body: Element, skip: string | undefined): string {
  const lines: string[] = [];
  let line = '';
  // Sibling links, not Array.from(childNodes): no array per element on a 5,000-comment page.
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Newlines inside text are only source formatting: only elements make paragraphs.
        line += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skip && element.matches(skip)) continue;
        if (element.tagName === 'BR') {
          line = endLine(lines, line);
          continue;
        }
        const block = BLOCKS.has(element.tagName);
        if (block) line = endLine(lines, line);
        walk(element);
        if (block) line = endLine(lines, line);
      }
    }
  };
  walk(body);
  lines.push(line);
  return joinedLines(lines);
}

/** Whitespace collapsed per line, once, rather than per text node (the same text); empty lines dropped. */
function joinedLines(lines: readonly string[]): string {
  let text = '';
  for (const raw of lines) {
    const line = collapsed(raw);
    if (line !== '') text = text === '' ? line : `${text}\n${line}`;
  }
  return text;
}
