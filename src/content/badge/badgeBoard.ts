// Which badge goes where: remembers every comment root per author, the latest verdict per
// author and the user's settings, and keeps exactly one badge beside every root of every author
// whose verdict shows — and none anywhere else. A verdict equal to the one shown (a batch's
// answer repeats its authors' standing flags) touches no row; the level's words are looked up
// once per level, not once per row.
import type { AuthorKey, Level, Verdict } from '../../core/model.ts';
import { showsBadge, type Settings } from '../../core/settings.ts';
import type { SiteAdapter } from '../adapters/siteAdapter.ts';
import type { Translate } from '../i18n.ts';
import { badgeText, createBadge, type Badge, type BadgeText } from './badge.ts';
import { foldComment, type Fold } from './fold.ts';
import { sameVerdict } from '../../core/sameVerdict.ts';

export interface BadgeBoard {
  /** A root was read (or re-read with a new author); it gets a badge at once if its author has one. */
  addRoot(root: Element, authorKey: AuthorKey): void;
  setVerdicts(verdicts: readonly Verdict[]): void;
  setSettings(settings: Settings): void;
}

export function createBadgeBoard(adapter: SiteAdapter, t: Translate, signal: AbortSignal): BadgeBoard {
  const rootsOf = new Map<AuthorKey, Set<Element>>();
  const authorOf = new WeakMap<Element, AuthorKey>();
  const badgeOf = new Map<Element, Badge>();
  const verdicts = new Map<AuthorKey, Verdict>();
  // Collapsed comments: the fold, and whether the reader opened it again (kept until reload).
  const folds = new Map<Element, { fold: Fold | null; open: boolean }>();
  let settings: Settings | null = null; // no badges before we know the user's level: no flicker
  // Per level, in the language shown now; a settings change (maybe a language change) starts over.
  let texts = new Map<Level, BadgeText>();
  const textOf = (level: Level) => texts.get(level) ?? texts.set(level, badgeText(level, t)).get(level)!;

  const refresh = (root: Element) => {
    const author = authorOf.get(root);
    const verdict = author === undefined ? undefined : verdicts.get(author);
    const shows =
      settings !== null && !settings.disabledSites.includes(adapter.id) &&
      verdict !== undefined && verdict.level !== 'none' && showsBadge(verdict.level, settings);
    const badge = badgeOf.get(root);
    if (!shows || !root.isConnected) {
      folds.get(root)?.fold?.unfold();
      folds.delete(root);
      badge?.host.remove();
      badgeOf.delete(root);
      return;
    }
    if (badge?.host.isConnected) {
      badge.update(verdict, textOf(verdict.level));
      return applyFold(root, badge);
    }
    const anchor = adapter.badgeAnchor(root);
    if (!anchor) return;
    const fresh = createBadge(root.ownerDocument, verdict, textOf(verdict.level), t);
    anchor.after(fresh.host);
    badgeOf.set(root, fresh);
    applyFold(root, fresh);
  };

  /** Folds or unfolds a badged comment as the site's collapse setting and the reader's toggle say. */
  const applyFold = (root: Element, badge: Badge) => {
    const wanted = settings?.collapseFlagged.includes(adapter.id) ?? false;
    const state = folds.get(root) ?? { fold: null, open: false };
    const anchor = wanted ? adapter.badgeAnchor(root) : null; // a row lookup only when folding
    if (!wanted || !anchor) {
      state.fold?.unfold();
      folds.delete(root);
      return badge.setFold('none', () => {});
    }
    if (state.open) state.fold = (state.fold?.unfold(), null);
    else state.fold ??= foldComment(root, anchor, badge.host);
    folds.set(root, state);
    badge.setFold(state.open ? 'open' : 'folded', () => {
      state.open = !state.open;
      applyFold(root, badge);
    });
  };

  const refreshAuthor = (author: AuthorKey) => {
    const roots = rootsOf.get(author);
    if (!roots) return;
    for (const root of roots) {
      if (!root.isConnected) roots.delete(root); // gone from the page: forget it
      safely(() => refresh(root));
    }
  };

  signal.addEventListener('abort', () => {
    // Leave the page as we found it (a page restored from the back/forward cache starts over).
    for (const badge of badgeOf.values()) badge.host.remove();
    badgeOf.clear();
    for (const { fold } of folds.values()) fold?.unfold();
    folds.clear();
  }, { once: true });

  return {
    addRoot(root, authorKey) {
      const previous = authorOf.get(root);
      if (previous !== undefined && previous !== authorKey) rootsOf.get(previous)?.delete(root);
      authorOf.set(root, authorKey);
      let roots = rootsOf.get(authorKey);
      if (!roots) rootsOf.set(authorKey, (roots = new Set()));
      roots.add(root);
      safely(() => refresh(root));
    },
    setVerdicts(list) {
      for (const verdict of list) {
        if (sameVerdict(verdicts.get(verdict.authorKey), verdict)) continue;
        verdicts.set(verdict.authorKey, verdict);
        refreshAuthor(verdict.authorKey);
      }
    },
    setSettings(next) {
      settings = next;
      texts = new Map();
      for (const author of rootsOf.keys()) refreshAuthor(author);
    },
  };
}

function safely(run: () => void): void {
  try {
    run();
  } catch (error) {
    console.warn('Kuzet: could not draw a badge', error);
  }
}
