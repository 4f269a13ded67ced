// Signal: one account shown under several display names (accounts change owners and names:
// seed reports on bought and repurposed accounts). Names come from the stored name history
// and from the comments at hand. Names are compared folded (text/foldText: case, spacing,
// punctuation, homoglyphs, emoji and the script a name is typed in), so "Алексей Соколов",
// "Aleksey Sokolov" and a look-alike-letter copy are one name, not an account changing hands.
import type { AuthorKey, Signal } from '../model.ts';
import { foldText } from '../text/foldText.ts';
import type { ScoringContext } from './context.ts';
import { indexContext } from './contextIndex.ts';
import { evidenceOf } from './evidence.ts';

export function nameChange(author: AuthorKey, context: ScoringContext): Signal | null {
  const comments = indexContext(context).byAuthor.get(author) ?? [];
  const stored = context.authors?.get(author)?.names ?? [];
  // One spelling throughout and no stored history: one name at most, nothing to fold (most authors).
  if (stored.length === 0 && comments.every((c) => c.displayName === comments[0]!.displayName)) return null;
  const history = [...stored, ...comments.map((c) => c.displayName)];
  // Folded once per distinct spelling: an author's comments nearly always repeat one name.
  const foldedOf = new Map<string, string>();
  const fold = (name: string) => {
    let folded = foldedOf.get(name);
    if (folded === undefined) foldedOf.set(name, (folded = foldText(name)));
    return folded;
  };
  const names = new Map<string, string>(); // folded → first spelling seen
  for (const name of history) {
    const folded = fold(name);
    if (folded !== '' && !names.has(folded)) names.set(folded, name.trim());
  }
  if (names.size < 2) return null;
  // Comments that show each name, so a reader can see the account under each of them.
  const shown = [...names.keys()].flatMap((folded) => comments.find((c) => fold(c.displayName) === folded) ?? []);
  return {
    id: 'nameChange',
    // Two names can be a marriage or a nickname; three or more is an account changing hands.
    strength: Math.min(1, (names.size - 1) / 3),
    sentence: { key: 'reasonNameChange', substitutions: [String(names.size), [...names.values()].join(' → ')], count: names.size },
    evidence: evidenceOf(shown.length > 0 ? shown : comments.slice(0, 1)),
  };
}
