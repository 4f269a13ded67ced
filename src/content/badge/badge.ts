// One inline badge: a `<span data-kuzet-badge="<level>">` host with an OPEN shadow root holding
// a button (the level) and a card (the reasons), shown on hover and on keyboard focus, closed
// by Escape. Open, not closed: unit and e2e tests reach in through `host.shadowRoot`, and a page
// that wanted to tamper could patch attachShadow anyway, so closed mode would protect nothing.
import { LEVEL_KEYS } from '../../core/messageKeys.ts';
import type { Verdict } from '../../core/model.ts';
import type { Translate } from '../i18n.ts';
import { renderCard } from './card.ts';
import { BADGE_CSS } from './style.ts';

/** Attribute on the host; its value is the verdict's level. */
export const BADGE_MARK = 'data-kuzet-badge';

export type FoldState = 'none' | 'folded' | 'open';

export interface Badge {
  readonly host: HTMLElement;
  update(verdict: Verdict): void;
  /** Shows the show/hide toggle of a collapsed comment ('none' hides it); `onToggle` flips it. */
  setFold(state: FoldState, onToggle: () => void): void;
}

let cardCount = 0; // unique ids for aria-controls (ids are per shadow root, but unique is cheap)

export function createBadge(doc: Document, verdict: Verdict, t: Translate): Badge {
  const host = doc.createElement('span');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BADGE_CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  const card = doc.createElement('div');
  card.setAttribute('part', 'card');
  card.setAttribute('data-kuzet-card', '');
  card.setAttribute('role', 'group');
  card.id = `kuzet-card-${++cardCount}`;
  button.setAttribute('aria-controls', card.id);
  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.className = 'fold';
  toggle.hidden = true;
  toggle.setAttribute('data-kuzet-fold-toggle', '');
  let onToggle = () => {};
  toggle.addEventListener('click', () => onToggle());
  shadow.append(style, button, toggle, card);

  let hovered = false;
  let focused = false;
  let dismissed = false; // Escape hides the card until the pointer or focus comes back
  const sync = () => {
    const open = (hovered || focused) && !dismissed;
    card.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const set = (change: () => void) => () => {
    change();
    sync();
  };
  host.addEventListener('mouseenter', set(() => ((hovered = true), (dismissed = false))));
  host.addEventListener('mouseleave', set(() => (hovered = false)));
  shadow.addEventListener('focusin', set(() => ((focused = true), (dismissed = false))));
  shadow.addEventListener('focusout', (event) => {
    // Moving focus from the button to an evidence link stays inside the badge: keep the card.
    const next = (event as FocusEvent).relatedTarget as Node | null;
    focused = next !== null && shadow.contains(next);
    sync();
  });
  shadow.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key !== 'Escape' || card.hidden) return;
    event.stopPropagation(); // the Escape was for us, not for the page's own dialogs
    dismissed = true;
    sync();
    button.focus();
  });

  const update = (next: Verdict) => {
    const label = next.level === 'none' ? '' : t(LEVEL_KEYS[next.level]);
    host.setAttribute(BADGE_MARK, next.level);
    button.textContent = label;
    button.setAttribute('aria-label', t('badgeAria', [label]));
    renderCard(card, next, t);
  };
  const setFold = (state: FoldState, toggled: () => void) => {
    onToggle = toggled;
    toggle.hidden = state === 'none';
    toggle.textContent = state === 'open' ? t('uiFoldHide') : t('uiFoldShow');
    toggle.setAttribute('aria-expanded', String(state === 'open'));
  };
  update(verdict);
  sync();
  return { host, update, setFold };
}
