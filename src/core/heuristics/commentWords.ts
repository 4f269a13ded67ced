// The folded words of each comment (text module: homoglyphs, transliteration, links and
// mentions as placeholders), computed once per text and shared by every signal that reads
// text, because folding is the costliest step per comment. The background rescores a thread
// after every batch, so the same texts come back again and again: a bounded memo keyed by the
// text (folding is pure) makes a rescore cost only the new comments' folding. What the
// near-duplicate index derives from a text (its shingles and MinHash signature) hangs on the
// same entry, so a text repeated in a thread (or rescored) is shingled and hashed once.
import type { StoredComment } from '../model.ts';
import { foldWordsWithHashes } from '../text/foldText.ts';
import type { ScoringContext } from './context.ts';

/** One distinct text, folded, with what the signals derived from it so far. */
export interface FoldedText {
  words: readonly string[];
  /** hashString32 of each word that is not `_url_` or `_at_`, in order (shingles are made of these). */
  content: Uint32Array;
  /** Set by the near-duplicate index (nearDuplicates.ts): null when the text is no candidate. */
  nearDuplicate: { shingles: Uint32Array; signature: Uint32Array } | null | undefined;
}

/** Texts remembered at most; the least recently used go first. Roughly 10–20 MB at the limit. */
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
    folded = { words, content, nearDuplicate: undefined }; // one shape for every entry
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
