// Burst and posting rate on real IRA timing: 30 distinct troll accounts tweeted in one minute
// (2015-09-29 13:15 UTC); IRA accounts such as srahSE posted 30 tweets at about 348 a day. The
// background is real ordinary Russian tweets at their real times (each its own author, since the
// data carries none), and none of those gets a reason.
import { describe, expect, it } from 'vitest';
import { burst } from '../../../../src/core/heuristics/burst.ts';
import { postRate, RATE_PER_DAY } from '../../../../src/core/heuristics/postRate.ts';
import type { StoredComment } from '../../../../src/core/model.ts';
import { iraComment, iraTweets, ordinaryComment, ordinaryRuTweets } from './realData.ts';

const THREAD = 'https://x.com/search?q=thread';
const context = (comments: StoredComment[]) => ({ comments, trusted: new Set<string>() });

describe('burst', () => {
  const minute = iraTweets().filter((t) => t.publish_date === '2015-09-29 13:15:00').map((t) => iraComment(t, THREAD));
  // 300 ordinary tweets over their real ~2 hours, moved as a block so they surround the minute.
  const ordinaryRows = ordinaryRuTweets().slice(0, 300);
  const shift = minute[0]!.time! - (Number(ordinaryRows[150]!.date) * 1000);
  const ordinary = ordinaryRows.map((r) => {
    const c = ordinaryComment(r, THREAD);
    return { ...c, time: c.time! + shift, seenAt: c.seenAt + shift };
  });
  const ctx = context([...ordinary, ...minute]);

  it('flags every troll of the minute, citing the others in the window', () => {
    expect(new Set(minute.map((c) => c.authorKey)).size).toBeGreaterThanOrEqual(25);
    for (const c of minute) {
      const signal = burst(c.authorKey, ctx);
      expect(signal?.sentence.key, c.authorKey).toBe('reasonBurst');
      expect(Number(signal!.sentence.substitutions[0])).toBeGreaterThanOrEqual(24);
      expect(signal!.evidence.commentIds[0]).toBe(c.id);
    }
  });

  it('gives no reason to ordinary tweets outside the minute', () => {
    const far = ordinary.filter((c) => Math.abs(c.time! - minute[0]!.time!) > 10 * 60_000);
    expect(far.length).toBeGreaterThan(100);
    for (const c of far) expect(burst(c.authorKey, ctx), c.text).toBeNull();
  });

  it('gives no reason in the ordinary stream alone, at its own real pace', () => {
    const alone = context(ordinaryRuTweets().slice(0, 1000).map((r) => ordinaryComment(r, THREAD)));
    expect(alone.comments.filter((c) => burst(c.authorKey, alone) !== null)).toEqual([]);
  });
});

describe('postRate', () => {
  const by = (handle: string) => iraTweets().filter((t) => t.author_id === handle).map((t) => iraComment(t, THREAD));

  it.each(['srahSE', 'vickiebarbar', 'wildharee'])('flags IRA account %s, posting far above 72 a day', (handle) => {
    const comments = by(handle);
    const signal = postRate(`x:${handle}`, context(comments));
    expect(signal?.sentence.key).toBe('reasonPostRate');
    expect(Number(signal!.sentence.substitutions[2])).toBeGreaterThanOrEqual(RATE_PER_DAY);
    expect(signal!.evidence.commentIds.length).toBe(Math.min(20, comments.length));
  });

  it.each(['ramVanwage', 'FeellMore', 'StsPerov'])('leaves IRA account %s alone: its tweets are days apart', (handle) => {
    expect(postRate(`x:${handle}`, context(by(handle)))).toBeNull();
  });

  it('needs dated comments: the same tweets without times are no rate', () => {
    const undated = by('srahSE').map(({ time: _t, ...c }) => c);
    expect(postRate('x:srahSE', context(undated))).toBeNull();
  });
});
