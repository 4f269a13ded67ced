// The folded words of each comment (text module: homoglyphs, transliteration, links and
// mentions as placeholders), computed once per scoring context and shared by every signal
// that reads text, because folding is the costliest step per comment.
import type { StoredComment } from '../model.ts';
import { foldWords } from '../text/index.ts';
import type { ScoringContext } from './context.ts';
import { memoised } from './contextIndex.ts';

export function commentWords(context: ScoringContext): (comment: StoredComment) => string[] {
  const cache = memoised(context, 'commentWords', () => new Map<StoredComment, string[]>());
  return (comment) => {
    let words = cache.get(comment);
    if (words === undefined) {
      words = foldWords(comment.text);
      cache.set(comment, words);
    }
    return words;
  };
}
