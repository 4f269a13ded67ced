// Values a hostile or broken page puts where an adapter expects a name, a URL or a time:
// markup that must stay text, text that is huge or empty, direction and zero-width tricks,
// names that collide with JavaScript object keys, URLs that are not links.
import type { Random } from './seededRandom.ts';

/** Display names that look like markup: they must reach Kuzet, and the page, as literal text. */
export const MARKUP_NAMES = [
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '<script>alert("kuzet")</script>',
  '&lt;b&gt;bold&lt;/b&gt;',
  '<a href="javascript:alert(1)">admin</a>',
  '{{constructor.constructor("alert(1)")()}}',
] as const;

const ODD_NAMES = [
  '',
  '   ',
  '\u202Eevil\u202C',
  'zero\u200Bwidth\u200D',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '12345',
  '@@@',
  'Жанна Қасымова',
  'Айгүл Ырысбаева',
  '😀👍🏽',
  'a\nb\tc',
  '\uD800',
] as const;

const ODD_URLS = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//',
  'http://',
  'https://[::1',
  '?id=',
  '%E0%A4%A',
  '#',
] as const;

const ODD_TIMES = ['', 'yesterday', '2021-13-45T99:99:99', '-1', '1e400', 'NaN', '9999999999999999', '0'] as const;

/** A string of `length` characters made of a repeated phrase (cheap to build, big to read). */
export function hugeText(length: number): string {
  const phrase = 'Kuzet fuzz <b>not bold</b> Қазақ тілі кыргыз тили ';
  return phrase.repeat(Math.ceil(length / phrase.length)).slice(0, length);
}

export function hostileName(random: Random): string {
  const roll = random.int(10);
  if (roll < 4) return random.pick(MARKUP_NAMES);
  if (roll < 8) return random.pick(ODD_NAMES);
  if (roll < 9) return hugeText(200 + random.int(5_000));
  return `fuzz${random.int(1_000_000)}`;
}

/** Any attribute value: a URL, a time, a name, a number, or something huge. */
export function hostileAttribute(random: Random): string {
  switch (random.int(10)) {
    case 0: return random.pick(ODD_URLS);
    case 1: return random.pick(ODD_TIMES);
    case 2: return hostileName(random);
    case 3: return String(random.int(10 ** 9));
    case 4: return hugeText(1_000 + random.int(20_000));
    default: return random.chance(0.5) ? '' : hostileName(random);
  }
}
