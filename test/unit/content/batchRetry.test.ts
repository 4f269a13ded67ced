// A batch whose worker died in flight is sent again; a refusal is not.
import { describe, expect, it } from 'vitest';
import { withRetry } from '../../../src/content/batchRetry.ts';

describe('batch retry', () => {
  it('sends again after the message port closed, until the background answers', async () => {
    let calls = 0;
    const answer = await withRetry(async () => {
      if (++calls < 3) throw new Error('The message port closed before a response was received.');
      return 'stored';
    }, new AbortController().signal, [1, 1, 1]);
    expect([answer, calls]).toEqual(['stored', 3]);
  });

  it('does not resend a refused batch, and gives up after the last delay', async () => {
    let refused = 0;
    await expect(withRetry(async () => { refused++; throw new Error('Kuzet: comments/batch refused: refused'); }, new AbortController().signal, [1, 1])).rejects.toThrow('refused');
    expect(refused).toBe(1);
    let lost = 0;
    await expect(withRetry(async () => { lost++; throw new Error('Could not establish connection'); }, new AbortController().signal, [1, 1])).rejects.toThrow();
    expect(lost).toBe(3);
  });

  it('does not resend when the extension context is gone for good (updated or removed)', async () => {
    let calls = 0;
    await expect(withRetry(async () => { calls++; throw new Error('Extension context invalidated.'); }, new AbortController().signal, [1, 1])).rejects.toThrow('invalidated');
    expect(calls).toBe(1);
  });
});
