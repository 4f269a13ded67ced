// One registration per rule pattern and mirror host, with ids stable across runs.
import { describe, expect, it } from 'vitest';
import { desiredRegistrations } from '../../../../src/core/siteRules/registrations.ts';

describe('desiredRegistrations', () => {
  it('asks for the host of each rule and mirror, once', () => {
    const sel = { comment: 'a', author: 'b', text: 'c' };
    expect(
      desiredRegistrations({
        version: 1,
        rules: [
          { pattern: 'https://kloop.kg/blog/*', name: 'Kloop', selectors: sel },
          { pattern: 'https://m.example.org/*', name: 'x', selectors: sel },
        ],
        mirrors: [{ mirror: 'm.example.org', of: 'news.ycombinator.com' }],
      }),
    ).toEqual([
      { id: 'kuzet-user:https://kloop.kg/blog/*', matches: ['https://kloop.kg/blog/*'], origin: 'https://kloop.kg/*' },
      { id: 'kuzet-user:https://m.example.org/*', matches: ['https://m.example.org/*'], origin: 'https://m.example.org/*' },
    ]);
  });
});
