// The ties other than same text, each on the smallest thread that shows it, and the user's
// marks: a removed member leaves the cluster with its edges while the cluster keeps its id.
import { describe, expect, it } from 'vitest';
import { findNetworks } from '../../../../src/core/networks/findNetworks.ts';
import { applyMarks } from '../../../../src/core/networks/marks.ts';
import type { StoredComment } from '../../../../src/core/model.ts';

let seq = 0;
const c = (author: string, thread: number, time?: number, avatarUrl?: string): StoredComment => ({
  id: `t:${++seq}`,
  site: 't',
  authorKey: `t:${author}`,
  displayName: author,
  text: `comment ${seq}`,
  threadUrl: `https://example.org/thread/${thread}`,
  seenAt: 1000,
  seq,
  ...(time === undefined ? {} : { time }),
  ...(avatarUrl === undefined ? {} : { avatarUrl }),
});
const MIN = 60_000;
const keys = (comments: StoredComment[]) => [...new Set(comments.map((x) => x.authorKey))];

describe('burst ties', () => {
  it('links two accounts that arrived together in two threads, not in one', () => {
    const once = [c('a', 1, 0), c('b', 1, 30_000), c('a', 2, 0), c('b', 2, 50 * MIN)];
    expect(findNetworks({ flagged: keys(once), comments: once }).clusters).toEqual([]);
    const twice = [c('a', 1, 0), c('b', 1, 30_000), c('a', 2, 0), c('b', 2, 40_000)];
    const [cluster] = findNetworks({ flagged: keys(twice), comments: twice }).clusters;
    expect(cluster?.members).toEqual(['t:a', 't:b']);
    expect(cluster?.edges[0]).toMatchObject({ type: 'burst', count: 2 });
  });
});

describe('avatar ties', () => {
  it('links the same photo under different files, not the same default picture', () => {
    const comments = [c('a', 1, undefined, 'https://cdn/x.jpg'), c('b', 2, undefined, 'https://cdn/y.jpg'), c('d', 3, undefined, 'https://cdn/x.jpg')];
    const avatarHashes = new Map([['t:a', '00ff00ff00ff00ff'], ['t:b', '00ff00ff00ff00fe'], ['t:d', '00ff00ff00ff00ff']]);
    const { clusters } = findNetworks({ flagged: keys(comments), comments, avatarHashes });
    expect(clusters).toHaveLength(1);
    // a and d show the very same URL (the default picture): no tie between them.
    expect(clusters[0]!.edges.map((e) => [e.a, e.b])).toEqual([['t:a', 't:b'], ['t:b', 't:d']]);
  });
});

describe('co-occurrence ties', () => {
  it('links two accounts in the same 4 of 40 threads, and not flagged bystanders', () => {
    const comments = [
      ...[1, 2, 3, 4].flatMap((t) => [c('a', t), c('b', t), c('z', t)]),
      ...Array.from({ length: 36 }, (_, i) => c(`other${i}`, 5 + i)),
    ];
    const { clusters } = findNetworks({ flagged: ['t:a', 't:b'], comments });
    expect(clusters.map((x) => x.members)).toEqual([['t:a', 't:b']]);
    expect(clusters[0]!.edges[0]).toMatchObject({ type: 'coOccurrence', count: 4 });
  });
});

describe('marks', () => {
  it('takes a removed member and its edges out, keeping the id, note and decision', () => {
    const comments = [1, 2].flatMap((t) => [c('a', t, t * 10 * MIN), c('b', t, t * 10 * MIN + 1000), c('d', t, t * 10 * MIN + 2000)]);
    const [cluster] = findNetworks({ flagged: keys(comments), comments }).clusters;
    expect(cluster?.members).toEqual(['t:a', 't:b', 't:d']);
    const marked = applyMarks(cluster!, { clusterId: cluster!.id, removed: ['t:d'], note: 'd is a real reader', ready: true });
    expect(marked).toMatchObject({ id: cluster!.id, members: ['t:a', 't:b'], removed: ['t:d'], note: 'd is a real reader', ready: true });
    expect(marked.edges.every((e) => e.a !== 't:d' && e.b !== 't:d')).toBe(true);
  });
});
