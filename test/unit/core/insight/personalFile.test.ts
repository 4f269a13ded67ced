// The personal file: what is exported parses back; a file that is not JSON, or has the wrong
// shape, is refused with where the problem is.
import { describe, expect, it } from 'vitest';
import { parsePersonalFile, personalFile } from '../../../../src/core/insight/personalFile.ts';

describe('personal file', () => {
  it('round-trips trusted authors and notes', () => {
    const file = personalFile([{ authorKey: 'hackernews:pg', displayName: 'pg', addedAt: 5 }], [{ authorKey: 'vk:1', text: 'мой сосед', updatedAt: 6 }], 7);
    expect(parsePersonalFile(JSON.stringify(file))).toEqual({ ok: true, file });
  });

  it('refuses what is not JSON, and says where a wrong shape is wrong', () => {
    expect(parsePersonalFile('{nope')).toEqual({ ok: false, problem: 'json', path: '' });
    const bad = { format: 'kuzet-personal', version: 1, exportedAt: 1, trusted: [{ authorKey: '', displayName: 'x', addedAt: 1 }], notes: [] };
    expect(parsePersonalFile(JSON.stringify(bad))).toEqual({ ok: false, problem: 'shape', path: 'trusted.0.authorKey' });
    expect(parsePersonalFile(JSON.stringify({ ...bad, format: 'other' }))).toMatchObject({ ok: false, problem: 'shape', path: 'format' });
  });
});
