// One inline badge: a `<span data-kuzet-badge="<level>">` host with an OPEN shadow root holding
// a button (the level) and a card (the reasons), shown on hover and on keyboard focus, closed
// by Escape. Open, not closed: unit and e2e tests reach in through `host.shadowRoot`, and a page
// that wanted to tamper could patch attachShadow anyway, so closed mode would protect nothing.
// The card is built only when it opens (and rebuilt while open when the verdict changes): a
// copied text moves the verdict of every copier, and rebuilding the closed cards on each of
// their rows was most of the tab's time for a late comment's badge.
import { LEVEL_KEYS } from '../../core/messageKeys.ts';
import type { Level, Verdict } from '../../core/model.ts';
import type { Translate } from '../i18n.ts';
import { renderCard } from './card.ts';
import { styleShadow } from './sharedStyle.ts';

/** Attribute on the host; its value is the verdict's level. */
export const BADGE_MARK = 'data-kuzet-badge';

export type FoldState = 'none' | 'folded' | 'open';

/** A level's words on the badge, looked up once per level and language, not once per row. */
export interface BadgeText {
  label: string;
  aria: string;
  foldShow: string;
  foldHide: string;
}

export function badgeText(level: Level, t: Translate): BadgeText {
  const label = level === 'none' ? '' : t(LEVEL_KEYS[level]);
  return { label, aria: t('badgeAria', [label]), foldShow: t('uiFoldShow'), foldHide: t('uiFoldHide') };
}

export interface Badge {
  readonly host: HTMLElement;
  /** Shows `verdict` in `text`; the same verdict and text again change nothing. */
  update(verdict: Verdict, text: BadgeText): void;
  /** Shows the show/hide toggle of a collapsed comment ('none' hides it); `onToggle` flips it. */
  setFold(state: FoldState, onToggle: () => void): void;
}

let cardCount = 0; // unique ids for aria-controls (ids are per shadow root, but unique is cheap)

export function createBadge(doc: Document, verdict: Verdict, text: BadgeText, t: Translate): Badge {
  const host = doc.createElement('span');
  const shadow = host.attachShadow({ mode: 'open' });
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
  shadow.append(button, toggle, card);
  styleShadow(shadow, doc);

  let hovered = false;
  let focused = false;
  let dismissed = false; // Escape hides the card until the pointer or focus comes back
  let shown: Verdict | null = null;
  let shownText: BadgeText | null = null;
  let cardStale = true; // the card shows an older verdict (or nothing yet)
  let foldState: FoldState = 'none';
  const sync = () => {
    const open = (hovered || focused) && !dismissed;
    if (open && cardStale && shown) {
      renderCard(card, shown, t);
      cardStale = false;
    }
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

  const showFold = () => {
    toggle.hidden = foldState === 'none';
    toggle.textContent = foldState === 'open' ? shownText!.foldHide : shownText!.foldShow;
    toggle.setAttribute('aria-expanded', String(foldState === 'open'));
  };
  const update = (next: Verdict, nextText: BadgeText) => {
    if (next === shown && nextText === shownText) return;
    if (next.level !== shown?.level) host.setAttribute(BADGE_MARK, next.level);
    if (nextText !== shownText) {
      shownText = nextText;
      button.textContent = nextText.label;
      button.setAttribute('aria-label', nextText.aria);
      showFold();
    }
    shown = next;
    cardStale = true;
    if (!card.hidden) sync(); // an open card follows at once; a closed one when it opens
  };
  const setFold = (state: FoldState, toggled: () => void) => {
    onToggle = toggled;
    if (state === foldState) return;
    foldState = state;
    showFold();
  };
  card.hidden = true;
  update(verdict, text);
  sync();
  return { host, update, setFold };
}
