// Host patterns a user types become browser match patterns; every site at once never does.
import { describe, expect, it } from 'vitest';
import { hostOfPattern, normalizeHostPattern, patternMatchesHost } from '../../../../src/core/siteRules/hostPattern.ts';

describe('normalizeHostPattern', () => {
  it.each([
    ['example.kz', 'https://example.kz/*'],
    ['  Example.KZ ', 'https://example.kz/*'],
    ['*.azattyq.org', 'https://*.azattyq.org/*'],
    ['*://*.azattyq.org/*', '*://*.azattyq.org/*'],
    ['https://kloop.kg/blog/*', 'https://kloop.kg/blog/*'],
    ['http://24.kg/*', 'http://24.kg/*'],
    ['пример.рф', 'https://xn--e1afmkfd.xn--p1ai/*'],
  ])('%s → %s', (input, pattern) => {
    expect(normalizeHostPattern(input)).toMatchObject({ ok: true, pattern });
  });

  it.each([
    ['', 'patternEmpty'],
    ['<all_urls>', 'patternAllHosts'],
    ['*', 'patternAllHosts'],
    ['*://*/*', 'patternAllHosts'],
    ['https://*/*', 'patternAllHosts'],
    ['ftp://example.kz/*', 'patternScheme'],
    ['file:///etc/passwd', 'patternScheme'],
    ['localhost', 'patternHost'],
    ['exa mple.kz', 'patternHost'],
    ['example.kz:8080', 'patternHost'],
    ['foo.*.kz', 'patternHost'],
    ['*kz', 'patternHost'],
    ['https://example.kz/a#b', 'patternPath'],
  ])('refuses %j with %s', (input, code) => {
    expect(normalizeHostPattern(input)).toEqual({ ok: false, code });
  });
});

describe('patternMatchesHost', () => {
  it('matches scheme, host, subdomains and path glob', () => {
    expect(patternMatchesHost('*://*.azattyq.org/*', new URL('https://rus.azattyq.org/a/1.html'))).toBe(true);
    expect(patternMatchesHost('*://*.azattyq.org/*', new URL('https://azattyq.org/'))).toBe(true);
    expect(patternMatchesHost('*://*.azattyq.org/*', new URL('https://evilazattyq.org/'))).toBe(false);
    expect(patternMatchesHost('https://kloop.kg/blog/*', new URL('https://kloop.kg/blog/2024/x'))).toBe(true);
    expect(patternMatchesHost('https://kloop.kg/blog/*', new URL('https://kloop.kg/news/x'))).toBe(false);
    expect(patternMatchesHost('https://kloop.kg/blog/*', new URL('http://kloop.kg/blog/x'))).toBe(false);
    expect(hostOfPattern('*://*.azattyq.org/*')).toBe('azattyq.org');
  });
});
