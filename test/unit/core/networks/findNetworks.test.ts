// Table test on real data (../shared/data): IRA accounts that posted the same texts must land in
// one cluster each; real people (Cresci 2017 humans' profile texts, Bot-or-Not humans' latest
// tweets), even all flagged in the same thread, must land in none.
import { describe, expect, it } from 'vitest';
import { findNetworks } from '../../../../src/core/networks/findNetworks.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { botOrNotAccounts, cresciAccounts, iraFoldedCopies } from '../heuristics/realData.ts';

const THREAD = 'https://x.com/search?q=kuzet';
const cases = [
  { needle: 'Украина умирает без злорадства', minAuthors: 20 },
  { needle: 'Lindsay Graham just doomed his re-election bid', minAuthors: 20 },
  { needle: 'США вводят новые санкции против России', minAuthors: 10 },
];

/** A real person's own words as a comment in the thread, undated as a profile text is. */
function person(n: number, id: string, name: string, text: string): StoredComment {
  return { id: `x:human${n}`, site: 'x', authorKey: `x:${id}`, displayName: name, text, threadUrl: THREAD, seenAt: 1_500_000_000_000, seq: 100_000 + n };
}

/** The tweet text inside Bot-or-Not's `status` column (a Python dict printed as text). */
const statusText = (status: string) => /'text': (?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")/.exec(status)?.slice(1).find((t) => t !== undefined);

function humans(): StoredComment[] {
  const cresci = cresciAccounts().filter((a) => a.label === 'human' && a.description.trim() !== '');
  const botOrNot = botOrNotAccounts().filter((a) => a.bot === '0').flatMap((a) => {
    const text = statusText(a.status);
    return text ? [{ ...a, description: text }] : [];
  });
  return [...cresci, ...botOrNot].map((a, n) => person(n, a.id, a.screen_name, a.description));
}

describe('networks on real data', () => {
  const ira = cases.map(({ needle }) => iraFoldedCopies(needle, THREAD));
  const people = humans();
  const comments = [...ira.flat(), ...people];
  // The worst case for a real person: everyone in the thread is flagged.
  const { clusters } = findNetworks({ flagged: [...new Set(comments.map((c) => c.authorKey))], comments });

  it.each(cases.map((c, i) => ({ ...c, i })))('puts the IRA accounts that posted "$needle" into one cluster', ({ i, minAuthors }) => {
    const authors = [...new Set(ira[i]!.map((c) => c.authorKey))];
    expect(authors.length).toBeGreaterThanOrEqual(minAuthors);
    const cluster = clusters.find((c) => c.members.includes(authors[0]!));
    expect(cluster?.members).toEqual(expect.arrayContaining(authors));
    // Every edge cites comments a person can open, and sameText ties say so.
    expect(cluster!.edges.every((e) => e.evidence.commentIds.length >= 2)).toBe(true);
    expect(cluster!.edges.some((e) => e.type === 'sameText')).toBe(true);
  });

  it(`ties none of ${people.length} real people to anyone`, () => {
    expect(people.length).toBeGreaterThan(1000);
    const humanKeys = new Set(people.map((c) => c.authorKey));
    expect(clusters.flatMap((c) => c.members).filter((k) => humanKeys.has(k))).toEqual([]);
  });

  it('ranks clusters by size and gives the same clusters whatever the input order', () => {
    expect(clusters.map((c) => c.members.length)).toEqual([...clusters.map((c) => c.members.length)].sort((a, b) => b - a));
    const again = findNetworks({ flagged: [...new Set(comments.map((c) => c.authorKey))].reverse(), comments: [...comments].reverse() });
    expect(again.clusters).toEqual(clusters);
  });
});
