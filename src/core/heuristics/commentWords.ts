// The folded words of each comment (text module: homoglyphs, transliteration, links and
// mentions as placeholders), computed once per text and shared by every signal that reads
// text, because folding is the costliest step per comment. The background rescores a thread
// after every batch, so the same texts come back again and again: a bounded memo keyed by the
// text (folding is pure) makes a rescore cost only the new comments' folding.
import type { StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { ScoringContext } from './context.ts';

/** Texts remembered at most; the oldest is forgotten first. Roughly 10–20 MB at the limit. */
export const MEMO_SIZE = 50_000;
const memo = new Map<string, readonly string[]>();

export function foldedWords(text: string): readonly string[] {
  let words = memo.get(text);
  if (words === undefined) {
    words = foldWords(text);
    if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
    memo.set(text, words);
  }
  return words;
}

/** Forgets every remembered text: the bench measures first-sight scoring with it. */
export function forgetFoldedWords(): void {
  memo.clear();
}

/** The folded words of a context's comments (the context argument keeps call sites uniform). */
export function commentWords(_context: ScoringContext): (comment: StoredComment) => readonly string[] {
  return (comment) => foldedWords(comment.text);
}
