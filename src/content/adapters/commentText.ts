// Turns a comment body element into plain text: whitespace collapsed, paragraphs kept as
// newlines, reply/permalink furniture left out. Shared by adapters so every site's text is
// normalised the same way before the background compares texts across accounts.

const BLOCKS = new Set(['P', 'DIV', 'PRE', 'BLOCKQUOTE', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'H1', 'H2', 'H3', 'H4']);

/** Plain text of `body`, skipping any descendant that matches `skip` (e.g. a reply link). */
export function commentText(body: Element, skip?: string): string {
  const parts: string[] = [];
  // Sibling links, not Array.from(childNodes): no array per element on a 5,000-comment page.
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Newlines inside text are only source formatting: only elements make paragraphs.
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
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
