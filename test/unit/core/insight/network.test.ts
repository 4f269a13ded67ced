// The popup's network: flagged authors who posted the same text are joined by a same-text
// edge citing their comments; authors who meet in several threads by a co-occurrence edge;
// the original poster and unflagged authors are no nodes.
import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../../src/core/insight/network.ts';
import type { StoredComment, Verdict } from '../../../../src/core/model.ts';

const TEXT = 'the election was honest and everyone who says otherwise is paid by foreign agents';
let seq = 0;
const c = (id: string, author: string, text: string, thread = 'https://x.test/t1'): StoredComment => ({
  id, site: 'x', authorKey: author, displayName: author, text, threadUrl: thread, seenAt: 1000 + seq, seq: seq++,
});
const verdict = (authorKey: string, level: Verdict['level'], score: number): Verdict => ({
  authorKey, displayName: authorKey.toUpperCase(), score, level, reasons: [], computedAt: 0,
});

describe('buildNetwork', () => {
  const thread = [
    c('1', 'orig', TEXT),
    c('2', 'a', TEXT),
    c('3', 'b', TEXT),
    c('4', 'c', 'a completely different comment about the weather in almaty this spring'),
  ];
  it('joins flagged authors who posted the same text, citing the comments', () => {
    const net = buildNetwork([verdict('a', 'likely', 0.9), verdict('b', 'suspected', 0.6), verdict('orig', 'none', 0), verdict('c', 'watch', 0.3)], thread, []);
    expect(net.nodes.map((n) => n.authorKey)).toEqual(['a', 'b', 'c']);
    expect(net.edges).toEqual([{ a: 'a', b: 'b', type: 'sameText', weight: 1, commentIds: ['2', '3'] }]);
  });

  it('joins flagged authors who comment together in two or more threads', () => {
    const history = [...thread, c('5', 'a', 'x y', 'https://x.test/t2'), c('6', 'c', 'z w', 'https://x.test/t2'), c('7', 'b', 'q', 'https://x.test/t3')];
    const net = buildNetwork([verdict('a', 'likely', 0.9), verdict('c', 'watch', 0.3), verdict('b', 'watch', 0.3)], thread, history);
    const co = net.edges.filter((e) => e.type === 'coOccurrence');
    expect(co).toEqual([{ a: 'a', b: 'c', type: 'coOccurrence', weight: 2, commentIds: ['2', '4', '5', '6'] }]);
  });

  it('has no nodes when nobody is flagged', () => {
    expect(buildNetwork([verdict('a', 'none', 0.1)], thread, thread)).toEqual({ nodes: [], edges: [] });
  });
});
