// Turns a comment body element into plain text: whitespace collapsed, paragraphs kept as
// newlines, reply/permalink furniture left out. Shared by adapters so every site's text is
// normalised the same way before the background compares texts across accounts.

const BLOCKS = new Set(['P', 'DIV', 'PRE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4']);
const SPACES = /\s+/g;

/**
 * Whether an element inside a body breaks a line or is left out: only then is a walk needed. A
 * <template> too: DOMs disagree on whether its content is reachable as children (happy-dom's is,
 * a browser's is not) but none counts it in textContent, so only the walk is sure to agree.
 */
const shapesText = (element: Element, skip: string | undefined): boolean =>
  element.tagName === 'BR' || element.tagName === 'TEMPLATE' || BLOCKS.has(element.tagName) || (skip !== undefined && skip !== '' && element.matches(skip));

/** Plain text of `body`, skipping any descendant that matches `skip` (e.g. a reply link). */
export function commentText(body: Element, skip?: string): string {
  // Fast path (most comments are one paragraph of inline markup): with nothing inside that
  // breaks a line or is skipped, the text is the body's textContent with whitespace collapsed,
  // one native call instead of a walk (the content-script bench's largest adapter cost). Same
  // text as the walk: both join the same text nodes (test/unit/content/adapters/commentTextSame).
  // Indexing, not .length: a live collection's length would count the whole subtree first.
  const inside = body.getElementsByTagName('*');
  let plain = body.tagName !== 'TEMPLATE';
  for (let i = 0, element; plain && (element = inside[i]); i++) {
    if (shapesText(element, skip)) plain = false;
  }
  return plain ? (body.textContent ?? '').replace(SPACES, ' ').trim() : walkedText(body, skip);
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
  // Whitespace collapsed per line, once, rather than per text node: the same text.
  let text = '';
  for (const raw of lines) {
    const collapsed = raw.replace(SPACES, ' ').trim();
    if (collapsed !== '') text = text === '' ? collapsed : `${text}\n${collapsed}`;
  }
  return text;
}
