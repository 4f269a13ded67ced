// Aggression on real labelled VK comments (ru_vk_distorted_toxicity; the lexicon was NOT built
// from them, see lexicons/SOURCES.md, so these rows test it): aimed insults are found, ordinary
// and merely rude comments get no reason, and reporting or quoting an insult is not using it.
import { describe, expect, it } from 'vitest';
import { aggression, findAggression } from '../../../../src/core/heuristics/aggression.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { toxicVkComments } from './realData.ts';

const row = (id: string) => toxicVkComments().find((r) => r.comment_id === id)!;
const asComment = (text: string, n = 1): StoredComment => ({
  id: `vk:${n}`, site: 'vk', authorKey: 'vk:1', displayName: 'A', text, threadUrl: 'https://vk.com/wall-1_1', url: `https://vk.com/wall-1_1?reply=${n}`, seenAt: 0, seq: n,
});

describe('aggression on real labelled VK comments', () => {
  const hits = toxicVkComments().filter((r) => findAggression(r.comments) !== null);

  it('finds aimed insults only in comments the annotator labelled toxic', () => {
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.filter((r) => r.toxicity !== '1').map((r) => r.comment_id)).toEqual([]);
  });

  it('gives no reason to any of the first 500 comments labelled non-toxic', () => {
    const ordinary = toxicVkComments().filter((r) => r.toxicity === '0').slice(0, 500);
    expect(ordinary.filter((r) => aggression('vk:1', { comments: [asComment(r.comments)], trusted: new Set() }) !== null).map((r) => r.comment_id)).toEqual([]);
  });

  it('cites the words as the comment wrote them, with the comment as evidence', () => {
    const r = hits[0]!;
    const signal = aggression('vk:1', { comments: [asComment(r.comments)], trusted: new Set() });
    expect(signal?.sentence.key).toMatch(/^reasonAggression(Target|Addressed)$/);
    expect(r.comments).toContain(signal!.sentence.substitutions[1]);
    expect(signal!.evidence).toEqual({ commentIds: ['vk:1'], urls: ['https://vk.com/wall-1_1?reply=1'] });
  });

  it('needs an aim: replies that call absent third parties names get no reason (rows 927, 1254, 2698, all labelled non-toxic)', () => {
    // A reply's [id|Name] mention says whom it answers, not whom the insult is about.
    for (const id of ['927', '1254', '2698']) expect(findAggression(row(id).comments), id).toBeNull();
  });
});

describe('aggression: aim, targets and reporting', () => {
  it.each([
    ['Эти журналисты просто мрази продажные', 'reasonAggressionTarget', 'мрази', 'журналисты'],
    ['these journalists are rats', 'reasonAggressionTarget', 'rats', 'journalists'],
    ['Митингующие — быдло, больше ничего', 'reasonAggressionTarget', 'быдло', 'Митингующие'],
    ['Ты дебил', 'reasonAggressionAddressed', 'дебил', undefined],
  ])('%s → %s', (text, key, insult, target) => {
    const signal = aggression('vk:1', { comments: [asComment(text)], trusted: new Set() });
    expect(signal?.sentence.key).toBe(key);
    expect(signal?.sentence.substitutions.slice(1)).toEqual(target === undefined ? [insult] : [insult, target]);
  });

  it.each([
    'Он назвал журналистов мразями', // reporting what someone said
    'Журналист написал статью про «мразь» в комментариях', // quoting
    'Путин назвал протестующих быдлом',
    'He called the protesters rats',
    'The reporter rated the activists highly', // "rat" is not a prefix match in English
  ])('%s → no reason', (text) => {
    expect(findAggression(text)).toBeNull();
  });

  it('sees through homoglyph evasion (Latin letters inside a Cyrillic insult)', () => {
    expect(findAggression('Эти журналисты — мpaзи')?.target).toBe('журналисты'); // p and a are Latin
  });

  it.each([
    ['2366', 'пидopa'], // Latin o and p inside a slur aimed at "ты"
    ['2877', 'дoлбoёб'],
    ['706', 'долбoeб'],
    ['2468', 'глиномесы'], // a slur aimed at "вас"
    ['2766', 'лошара'],
  ])('finds the aimed insult of real toxic row %s (%s), entries of LDNOOBW V2', (id, word) => {
    expect(row(id).toxicity).toBe('1');
    expect(findAggression(row(id).comments)?.insultWord).toBe(word);
  });

  it('counts aimed comments and grows with them', () => {
    const one = aggression('vk:1', { comments: [asComment('Ты дебил')], trusted: new Set() })!;
    const two = aggression('vk:1', { comments: [asComment('Ты дебил'), asComment('Вы идиоты', 2)], trusted: new Set() })!;
    expect(two.sentence.count).toBe(2);
    expect(two.strength).toBeGreaterThan(one.strength);
  });
});
