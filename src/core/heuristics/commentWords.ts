// The folded words of each comment (text module: homoglyphs, transliteration, links and
// mentions as placeholders), computed once per text and shared by every signal that reads
// text, because folding is the costliest step per comment. The background rescores a thread
// after every batch, so the same texts come back again and again: a bounded memo keyed by the
// text (folding is pure) makes a rescore cost only the new comments' folding. The shingles the
// near-duplicate index compares are made from the fold's word hashes on the way in and kept on
// the same entry (one small typed array), so a repeated or rescored text is shingled once.
import type { StoredComment } from '../model.ts';
import { foldWordsWithHashes } from '../text/foldText.ts';
import { shingleHashesOf } from '../text/shingles.ts';
import type { ScoringContext } from './context.ts';

/** Fewer words than this (links and mentions not counted) are stock phrases, no near-duplicate evidence. */
export const NEAR_DUPLICATE_MIN_WORDS = 6;

/** One distinct text, folded. */
export interface FoldedText {
  words: readonly string[];
  /** Sorted distinct 2-word shingle hashes of the words that are not `_url_`/`_at_`; null under NEAR_DUPLICATE_MIN_WORDS words. */
  shingles: Uint32Array | null;
}

/** Texts remembered at most; the least recently used go first. About 20 MB at the limit (measured ~400 B a text). */
export const MEMO_SIZE = 50_000;
// Two generations instead of deleting the oldest entry one by one: V8 leaves a hole per deleted
// Map entry and `keys().next()` walks over all of them, which made a memo kept full cost more
// than the folding it saves (half of all scoring time in the bench's profile). A text used
// while in the old generation moves to the new one; the old one is dropped whole.
let recent = new Map<string, FoldedText>();
let older = new Map<string, FoldedText>();

export function foldedText(text: string): FoldedText {
  let folded = recent.get(text);
  if (folded !== undefined) return folded;
  folded = older.get(text);
  if (folded === undefined) {
    const { words, content } = foldWordsWithHashes(text);
    folded = { words, shingles: content.length < NEAR_DUPLICATE_MIN_WORDS ? null : shingleHashesOf(content, 2) };
  }
  if (recent.size >= MEMO_SIZE / 2) { older = recent; recent = new Map(); }
  recent.set(text, folded);
  return folded;
}

export function foldedWords(text: string): readonly string[] {
  return foldedText(text).words;
}

/** Forgets every remembered text: the bench measures first-sight scoring with it. */
export function forgetFoldedWords(): void {
  recent = new Map();
  older = new Map();
}

/** The folded words of a context's comments (the context argument keeps call sites uniform). */
export function commentWords(_context: ScoringContext): (comment: StoredComment) => readonly string[] {
  return (comment) => foldedText(comment.text).words;
}
