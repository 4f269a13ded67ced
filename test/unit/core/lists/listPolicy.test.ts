// Policy across lists: any / majority / all, chosen per category.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_POLICY, type ListHit, applyListPolicy } from '../../../../src/core/lists/listPolicy.ts';

const hit = (list: string, category: ListHit['category'] = 'fake'): ListHit => ({ list, category, weight: 1 });

describe('applyListPolicy', () => {
  it('any: one list of three is enough', () => {
    expect(applyListPolicy([hit('A')], 3, DEFAULT_LIST_POLICY)).toEqual([{ list: 'A', category: 'fake', weight: 1 }]);
  });

  it('majority: two of three lists flag, one of three does not, two of four does not', () => {
    const policy = { ...DEFAULT_LIST_POLICY, fake: 'majority' as const };
    expect(applyListPolicy([hit('A'), hit('B')], 3, policy)).toHaveLength(2);
    expect(applyListPolicy([hit('A')], 3, policy)).toEqual([]);
    expect(applyListPolicy([hit('A'), hit('B')], 4, policy)).toEqual([]);
  });

  it('all: every usable list must name the author; one list counting twice does not help', () => {
    const policy = { ...DEFAULT_LIST_POLICY, aggression: 'all' as const };
    expect(applyListPolicy([hit('A', 'aggression'), hit('B', 'aggression')], 2, policy)).toHaveLength(2);
    expect(applyListPolicy([hit('A', 'aggression'), hit('A', 'aggression')], 2, policy)).toEqual([]);
  });

  it('judges each category by its own rule', () => {
    const policy = { ...DEFAULT_LIST_POLICY, fake: 'all' as const };
    const kept = applyListPolicy([hit('A', 'fake'), hit('A', 'spam')], 2, policy);
    expect(kept).toEqual([{ list: 'A', category: 'spam', weight: 1 }]);
  });
});
