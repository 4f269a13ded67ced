// Repeats across threads, name changes and co-occurrence. The data holds no multi-thread pages
// or name histories, so real texts and real accounts are placed into threads as each test says.
import { describe, expect, it } from 'vitest';
import { coOccurrence } from '../../../../src/core/heuristics/coOccurrence.ts';
import { crossThreadRepeat } from '../../../../src/core/heuristics/crossThreadRepeat.ts';
import { nameChange } from '../../../../src/core/heuristics/nameChange.ts';
import type { Author, StoredComment } from '../../../../src/core/model.ts';
import { iraComment, iraTweets, ordinaryComment, ordinaryRuTweets } from './realData.ts';

const context = (comments: StoredComment[], authors?: Map<string, Author>) => ({ comments, trusted: new Set<string>(), ...(authors ? { authors } : {}) });

describe('crossThreadRepeat', () => {
  // IRA account UlrikeMckinsey tweeted one advertising text three times; each copy on its own page.
  const own = iraTweets().filter((t) => t.author_id === 'UlrikeMckinsey');
  const repeated = own.filter((t) => t.content.startsWith('Curso SEOPAPESE Funciona?'));

  it('flags an account posting one text in 3 threads', () => {
    expect(repeated.length).toBe(3);
    const comments = repeated.map((t, i) => iraComment(t, `https://x.com/thread/${i}`));
    const signal = crossThreadRepeat('x:UlrikeMckinsey', context(comments));
    expect(signal?.sentence).toMatchObject({ key: 'reasonCrossThreadRepeat', substitutions: ['3'], count: 3 });
    expect(signal!.evidence.commentIds).toEqual(comments.map((c) => c.id));
  });

  it('does not count repeats within one thread, nor different texts across threads', () => {
    expect(crossThreadRepeat('x:UlrikeMckinsey', context(repeated.map((t) => iraComment(t, 'https://x.com/thread/0'))))).toBeNull();
    const varied = iraTweets().filter((t) => t.author_id === '10_gop').slice(0, 6).map((t, i) => iraComment(t, `https://x.com/thread/${i}`));
    expect(crossThreadRepeat('x:10_gop', context(varied))).toBeNull();
  });

  it('finds the real repeat in 10_gop\'s next tweets: the Ivana Trump quote, posted twice with different links', () => {
    const next = iraTweets().filter((t) => t.author_id === '10_gop').slice(0, 10).map((t, i) => iraComment(t, `https://x.com/thread/${i}`));
    const signal = crossThreadRepeat('x:10_gop', context(next));
    expect(signal?.sentence.count).toBe(2);
    expect(signal!.evidence.commentIds.map((id) => next.find((c) => c.id === id)!.text.slice(0, 11))).toEqual(['Ivana Trump', 'Ivana Trump']);
  });
});

describe('nameChange', () => {
  // No dataset records name histories; the names here are two real display names the NBC IRA
  // profile table gives, as Author.names would store them when one account showed both.
  it('flags an account seen under several names, listing them', () => {
    const [c] = iraTweets().slice(0, 1).map((t) => iraComment(t, 'https://x.com/t'));
    const author: Author = { key: c!.authorKey, site: 'x', displayName: c!.displayName, names: ['4 My Squad', 'F.R.I.E.N.D.S', c!.displayName], firstSeen: 0, lastSeen: 0 };
    const signal = nameChange(c!.authorKey, context([c!], new Map([[author.key, author]])));
    expect(signal?.sentence).toMatchObject({ key: 'reasonNameChange', substitutions: ['3', `4 My Squad → F.R.I.E.N.D.S → ${c!.displayName}`], count: 3 });
    expect(signal!.evidence.commentIds).toEqual([c!.id]);
  });

  it('ignores case and spacing changes, and accounts with one name', () => {
    const [c] = iraTweets().slice(0, 1).map((t) => iraComment(t, 'https://x.com/t'));
    const author: Author = { key: c!.authorKey, site: 'x', displayName: c!.displayName, names: [c!.displayName, ` ${c!.displayName.toUpperCase()} `], firstSeen: 0, lastSeen: 0 };
    expect(nameChange(c!.authorKey, context([c!], new Map([[author.key, author]])))).toBeNull();
  });

  it('reads a name typed in Latin letters or with look-alike letters as the same name', () => {
    // "Алексей Соколов" is the real NBC display name of IRA profile Aleksey_Sokol_.
    const [c] = iraTweets().slice(0, 1).map((t) => ({ ...iraComment(t, 'https://x.com/t'), displayName: 'Алексей Соколов' }));
    const names = ['Алексей Соколов', 'Aleksey Sokolov', 'Aлeкceй Coкoлoв' /* Latin A, e, c, C, o */];
    const author: Author = { key: c!.authorKey, site: 'x', displayName: c!.displayName, names, firstSeen: 0, lastSeen: 0 };
    expect(nameChange(c!.authorKey, context([c!], new Map([[author.key, author]])))).toBeNull();
    const changed: Author = { ...author, names: [...names, 'Николай Черненко'] };
    expect(nameChange(c!.authorKey, context([c!], new Map([[author.key, changed]])))?.sentence.count).toBe(2);
  });
});

describe('coOccurrence', () => {
  // 40 "threads" of real ordinary Russian tweets (each its own author, 20 a thread); two IRA
  // accounts reply in the same 8 of them with their real tweets, a third IRA account in 2.
  const ordinary = ordinaryRuTweets().slice(0, 800);
  const threadOf = (i: number) => `https://x.com/thread/${i}`;
  const base = ordinary.map((r, i) => ordinaryComment(r, threadOf(i % 40)));
  const ira = (handle: string, threads: number[]) => iraTweets().filter((t) => t.author_id === handle).slice(0, threads.length).map((t, i) => iraComment(t, threadOf(threads[i]!)));
  const pair = [...ira('10_gop', [0, 3, 6, 9, 12, 15, 18, 21]), ...ira('1D_Nicole_', [0, 3, 6, 9, 12, 15, 18, 21])];
  const ctx = context([...base, ...pair, ...ira('4EverSober', [5, 30])]);

  it('flags two accounts that keep appearing together', () => {
    const signal = coOccurrence('x:10_gop', ctx);
    expect(signal?.sentence.key).toBe('reasonCoOccurrence');
    expect(signal!.sentence.substitutions.slice(0, 2)).toEqual(['8', '1D_Nicole_']);
    expect(signal!.evidence.commentIds).toHaveLength(8);
  });

  it('gives no reason to ordinary authors or to an account met twice', () => {
    expect(coOccurrence('x:4EverSober', ctx)).toBeNull();
    expect(base.filter((c) => coOccurrence(c.authorKey, ctx) !== null)).toEqual([]);
  });
});
