// The background as the fuzzed page sees it: every envelope is checked with the real protocol
// parser (a batch the real background would refuse is a finding), every author it hears of is
// flagged so badges get drawn for hostile names too, and its answers come late, fail or are
// garbage now and then, the way a restarting service worker behaves.
import type { Comment, Verdict } from '../../../../src/core/model.ts';
import { parseEnvelope, type Transport } from '../../../../src/messages.ts';
import type { Random } from './seededRandom.ts';

export interface FakeBackground {
  transport: Transport;
  /** how many comments arrived (kept as a count: 100,000 mutations send a lot of text) */
  comments: number;
  /** envelopes the real parser refused, and the first of them */
  refused: number;
  firstRefused?: string;
  calls: number;
}

const LEVELS = ['watch', 'suspected', 'likely'] as const;

function verdictFor(comment: Comment, random: Random): Verdict {
  return {
    authorKey: comment.authorKey,
    displayName: comment.displayName,
    score: 0.8,
    level: random.pick(LEVELS),
    reasons: [{
      id: 'copypasta',
      strength: 0.8,
      weight: 0.8,
      sentence: { key: 'reasonCopypasta', substitutions: ['3', comment.displayName] },
      evidence: { commentIds: [comment.id], urls: comment.url ? [comment.url] : [] },
    }],
    computedAt: 1,
  };
}

/** `inspect` sees every comment that arrives (the fuzz run checks names stayed text). */
export function fakeBackground(random: Random, inspect: (comment: Comment) => void): FakeBackground {
  const state: FakeBackground = { transport: async () => undefined, comments: 0, refused: 0, calls: 0 };
  state.transport = async (envelope) => {
    state.calls++;
    const parsed = parseEnvelope(envelope);
    if (parsed?.type !== 'comments/batch') {
      state.refused++;
      state.firstRefused ??= JSON.stringify(envelope).slice(0, 600);
      return { error: 'refused' };
    }
    state.comments += parsed.payload.comments.length;
    parsed.payload.comments.forEach(inspect);
    const answer = { verdicts: parsed.payload.comments.map((c) => verdictFor(c, random)) };
    const roll = random.int(20);
    if (roll === 0) throw new Error('Extension context invalidated.');
    if (roll === 1) return { verdicts: 'not a list' };
    if (roll < 5) await new Promise((resolve) => setTimeout(resolve, random.int(5)));
    return answer;
  };
  return state;
}
