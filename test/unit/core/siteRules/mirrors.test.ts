// Mirror hosts are shown to adapters as the site they mirror; other hosts are left alone.
import { describe, expect, it } from 'vitest';
import { locateThroughMirror, mirrorSource } from '../../../../src/core/siteRules/mirrors.ts';

const MIRRORS = [{ mirror: 'hn-mirror.example.org', of: 'news.ycombinator.com' }];

describe('mirrors', () => {
  it('finds the original of a mirror host and its www.', () => {
    expect(mirrorSource('hn-mirror.example.org', MIRRORS)).toBe('news.ycombinator.com');
    expect(mirrorSource('WWW.hn-mirror.example.org', MIRRORS)).toBe('news.ycombinator.com');
    expect(mirrorSource('sub.hn-mirror.example.org', MIRRORS)).toBeNull();
  });

  it('rewrites only the host (to https, no port), keeping path, query and fragment', () => {
    expect(locateThroughMirror(new URL('http://hn-mirror.example.org:8080/item?id=28385024#c1'), MIRRORS).href).toBe(
      'https://news.ycombinator.com/item?id=28385024#c1',
    );
    const other = new URL('https://kloop.kg/x');
    expect(locateThroughMirror(other, MIRRORS)).toBe(other);
  });
});
