// Collapsing a flagged author's comment (a per-site setting): everything after the author's
// name on the way up to the comment root is hidden, so the header line with the name and the
// badge stays where it was (indentation and the thread around it keep their places) and the
// text and replies fold away. Inline styles through the CSSOM, not a <style> element, so a
// page's Content-Security-Policy cannot block it; each element's own value is put back on unfold.
export const FOLD_MARK = 'data-kuzet-folded';

interface Hidden {
  element: HTMLElement;
  display: string;
  priority: string;
}

export interface Fold {
  unfold(): void;
}

export function foldComment(root: Element, anchor: Element, keep: Element): Fold {
  const hidden: Hidden[] = [];
  let node: Element = anchor;
  while (node !== root && node.parentElement && root.contains(node.parentElement)) {
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      const sibling = next as HTMLElement; // HTML and SVG elements both carry an inline style
      if (sibling === keep || sibling.hasAttribute(FOLD_MARK) || !sibling.style) continue;
      hidden.push({ element: sibling, display: sibling.style.getPropertyValue('display'), priority: sibling.style.getPropertyPriority('display') });
      sibling.setAttribute(FOLD_MARK, '');
      sibling.style.setProperty('display', 'none', 'important');
    }
    node = node.parentElement;
  }
  return {
    unfold() {
      for (const { element, display, priority } of hidden) {
        element.removeAttribute(FOLD_MARK);
        if (display) element.style.setProperty('display', display, priority);
        else element.style.removeProperty('display');
      }
      hidden.length = 0;
    },
  };
}
