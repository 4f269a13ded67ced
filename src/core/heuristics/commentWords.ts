// The folded words of each comment (text module: homoglyphs, transliteration, links and
// mentions as placeholders), computed once per text and shared by every signal that reads
// text, because folding is the costliest step per comment. The background rescores a thread
// after every batch, so the same texts come back again and again: a bounded memo keyed by the
// text (folding is pure) makes a rescore cost only the new comments' folding.
import type { StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { ScoringContext } from './context.ts';

/** Texts remembered at most; the least recently used go first. Roughly 10–20 MB at the limit. */
export const MEMO_SIZE = 50_000;
// Two generations instead of deleting the oldest entry one by one: V8 leaves a hole per deleted
// Map entry and `keys().next()` walks over all of them, which made a memo kept full cost more
// than the folding it saves (half of all scoring time in the bench's profile). A text used
// while in the old generation moves to the new one; the old one is dropped whole.
let recent = new Map<string, readonly string[]>();
let older = new Map<string, readonly string[]>();

export function foldedWords(text: string): readonly string[] {
  let words = recent.get(text);
  if (words !== undefined) return words;
  words = older.get(text) ?? foldWords(text);
  if (recent.size >= MEMO_SIZE / 2) { older = recent; recent = new Map(); }
  recent.set(text, words);
  return words;
}

/** Forgets every remembered text: the bench measures first-sight scoring with it. */
export function forgetFoldedWords(): void {
  recent = new Map();
  older = new Map();
}

/** The folded words of a context's comments (the context argument keeps call sites uniform). */
export function commentWords(_context: ScoringContext): (comment: StoredComment) => readonly string[] {
  return (comment) => foldedWords(comment.text);
}
