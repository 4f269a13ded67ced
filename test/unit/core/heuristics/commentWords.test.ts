// The memo of folded comment texts: bounded, and a remembered or forgotten text folds the same.
import { describe, expect, it } from 'vitest';
import { foldedWords, forgetFoldedWords, MEMO_SIZE } from '../../../../src/core/heuristics/commentWords.ts';
import { foldWords } from '../../../../src/core/text/index.ts';

describe('foldedWords', () => {
  it('gives the fold of a text whether it is remembered, moved between generations or forgotten', () => {
    forgetFoldedWords();
    const first = 'Пpивeт, KAK дeлa https://t.co/x';
    expect(foldedWords(first)).toEqual(foldWords(first));
    for (let n = 0; n < MEMO_SIZE * 1.5; n++) {
      foldedWords(`comment ${n}`);
      if (n % 10_000 === 0) expect(foldedWords(first)).toEqual(['privet', 'kak', 'dela', '_url_']); // kept in use
    }
    expect(foldedWords('comment 3')).toEqual(['comment', '3']); // long forgotten, folded again
  });
});
