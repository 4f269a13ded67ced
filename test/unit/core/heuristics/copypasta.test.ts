// Table test on real Internet Research Agency tweets: texts that several troll accounts
// posted verbatim must flag every account but the first poster.
import { describe, expect, it } from 'vitest';
import { copypasta, copypastaSignal, findCopyGroups, isLinkShare, LINK_SHARE_GAP_MS, LINK_SHARE_MIN_AUTHORS } from '../../../../src/core/heuristics/copypasta.ts';
import { foldWords } from '../../../../src/core/text/index.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { iraFoldedCopies, ordinaryComment, ordinaryRuTweets } from './realData.ts';

const cases = [
  { needle: 'Украина умирает без злорадства', minAuthors: 20 },
  { needle: 'Lindsay Graham just doomed his re-election bid', minAuthors: 20 },
  { needle: 'США вводят новые санкции против России', minAuthors: 10 },
];

describe('copypasta on real IRA tweets', () => {
  it.each(cases)('groups "$needle" and blames all but the first poster', ({ needle, minAuthors }) => {
    const thread = iraFoldedCopies(needle);
    const groups = findCopyGroups(thread);
    const group = groups.find((g) => g.authors.length >= minAuthors);
    expect(group, `no group of ${minAuthors}+ authors for ${needle}`).toBeDefined();
    const [first, ...copiers] = group!.authors;
    expect(copypastaSignal(first!, groups)).toBeNull();
    for (const author of copiers) {
      const signal = copypastaSignal(author, groups);
      // Dated copies cite their time span (reasonCopypastaWithin); undated ones do not.
      expect(['reasonCopypasta', 'reasonCopypastaWithin']).toContain(signal?.sentence.key);
      expect(signal?.evidence.commentIds.length).toBeGreaterThan(0);
    }
  });
});

const comment = (n: number, author: string, text: string): StoredComment => ({
  id: `t:${n}`,
  site: 't',
  authorKey: `t:${author}`,
  displayName: author,
  text,
  threadUrl: 'https://example.org/thread',
  seenAt: 1000,
  seq: n,
});
const LONG = 'I recommend this recent book if you are interested in test piloting';

describe('copypasta thresholds', () => {
  it('needs three distinct authors: two are not enough', () => {
    expect(findCopyGroups([comment(1, 'a', LONG), comment(2, 'b', LONG)])).toEqual([]);
  });

  it('does not count one author repeating themselves', () => {
    expect(findCopyGroups([1, 2, 3, 4].map((n) => comment(n, 'a', LONG)))).toEqual([]);
  });

  it('ignores stock phrases shorter than six words', () => {
    const thread = ['a', 'b', 'c', 'd'].map((a, n) => comment(n, a, 'Thanks for sharing this!'));
    expect(findCopyGroups(thread)).toEqual([]);
  });

  it('sees through case, punctuation, links and zero-width characters', () => {
    const thread = [
      comment(1, 'a', LONG),
      comment(2, 'b', `${LONG.toUpperCase()}!!! https://t.co/x`),
      comment(3, 'c', LONG.replace(' ', ' \u200B')),
    ];
    const [group] = findCopyGroups(thread);
    expect(group?.authors).toEqual(['t:a', 't:b', 't:c']);
  });

  it('takes the earliest posting time as the original, before order of sight', () => {
    const late = { ...comment(1, 'a', LONG), time: 5000 };
    const early = { ...comment(2, 'b', LONG), time: 1000 };
    const groups = findCopyGroups([late, early, comment(3, 'c', LONG)]);
    expect(groups[0]?.authors[0]).toBe('t:b');
    expect(copypastaSignal('t:b', groups)).toBeNull();
    expect(copypastaSignal('t:a', groups)?.sentence.substitutions).toEqual(['2', 'b']);
  });
});

describe('copypasta on near-copies of a real IRA tweet', () => {
  // A real IRA text without a link (8 troll accounts posted it), so the link-share rule stays out.
  const [original] = iraFoldedCopies('Подготовка #ПрямаяЛиния2016 с Президентом России');
  const base = original!.text;
  const variant = (n: number, author: string, text: string): StoredComment => ({ ...comment(n, author, text), time: 1000 + n * 60_000 });

  it('a text replayed verbatim under 3 other authors flags exactly those 3', () => {
    const thread = [variant(1, 'orig', base), variant(2, 'a', base), variant(3, 'b', base), variant(4, 'c', base), variant(5, 'bystander', 'A different thought entirely, about the weather in spring today')];
    const context = { comments: thread, trusted: new Set<string>() };
    const flagged = ['orig', 'a', 'b', 'c', 'bystander'].filter((a) => copypasta(`t:${a}`, context) !== null);
    expect(flagged).toEqual(['a', 'b', 'c']);
    expect(copypasta('t:a', context)?.sentence).toMatchObject({ key: 'reasonCopypastaWithin', substitutions: ['3', 'orig', '3'], count: 3 });
  });

  it('sees through a changed word, Cyrillic homoglyphs and an added link', () => {
    const words = base.split(' ');
    const oneWordChanged = [...words.slice(0, -1), 'сегодня'].join(' ');
    const homoglyphs = base.replace(/а/g, 'a').replace(/о/g, 'o'); // Latin a and o in Cyrillic words
    const thread = [variant(1, 'orig', base), variant(2, 'a', oneWordChanged), variant(3, 'b', homoglyphs), variant(4, 'c', `${base} https://t.co/abc`)];
    const groups = findCopyGroups(thread);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.authors).toEqual(['t:orig', 't:a', 't:b', 't:c']);
  });

  it('does not group texts that merely share a topic', () => {
    const thread = iraFoldedCopies('США вводят новые санкции против России').slice(0, 1);
    const unrelated = [variant(2, 'x', 'Россия ответит на санкции США зеркальными мерами, заявили в МИД сегодня'), variant(3, 'y', 'Новые санкции против России обсуждают в Конгрессе уже вторую неделю подряд')];
    expect(findCopyGroups([...thread, ...unrelated])).toEqual([]);
  });
});

describe('copypasta and shared links', () => {
  // A real IRA headline share: the text and its two links as the troll accounts posted it.
  const [share] = iraFoldedCopies('Lindsay Graham just doomed his re-election bid');
  const headline = share!.text;
  const shares = (count: number, gapMs: number) =>
    Array.from({ length: count }, (_, n): StoredComment => ({ ...comment(n, `a${n}`, headline), time: 1_000_000 + n * gapMs }));

  it('reads a headline with its link as a link share', () => {
    expect(isLinkShare(shares(3, 60_000), (c) => foldWords(c.text))).toBe(true);
    expect(isLinkShare([comment(1, 'a', LONG)], (c) => foldWords(c.text))).toBe(false);
  });

  it(`flags a burst of ${LINK_SHARE_MIN_AUTHORS} accounts sharing one headline a minute apart`, () => {
    const [group] = findCopyGroups(shares(LINK_SHARE_MIN_AUTHORS, 60_000));
    expect(group?.authors).toHaveLength(LINK_SHARE_MIN_AUTHORS);
  });

  it('does not flag fewer accounts, or the same accounts sharing it hours apart', () => {
    expect(findCopyGroups(shares(LINK_SHARE_MIN_AUTHORS - 1, 60_000))).toEqual([]);
    expect(findCopyGroups(shares(30, LINK_SHARE_GAP_MS + 60_000))).toEqual([]);
  });

  it('raises nothing for the headline shares of ordinary Russian tweets at their real times', () => {
    const thread = ordinaryRuTweets().map((r) => ordinaryComment(r, 'https://x.com/search'));
    const groups = findCopyGroups(thread);
    // 20 real readers shared "Сбербанк запускает новогоднюю акцию…" with its link; none is blamed.
    const sber = thread.filter((c) => c.text.startsWith('Сбербанк запускает новогоднюю акцию'));
    expect(sber.length).toBeGreaterThanOrEqual(10);
    for (const c of sber) expect(copypastaSignal(c.authorKey, groups)).toBeNull();
    expect(groups.filter((g) => isLinkShare(g.comments, (c) => foldWords(c.text)))).toEqual([]);
  });
});
