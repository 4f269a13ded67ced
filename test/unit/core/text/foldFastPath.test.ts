// The fast fold (foldText.ts) must give exactly the reference fold's words (foldReference.ts):
// on every real text of ../shared/data (read in place, never edited) and on the cases where the
// fast path has its own code — links cut per token, NFKC first, emoji, a Kazakh Latin text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWordsReference } from '../../../../src/core/text/foldReference.ts';
import { foldWords } from '../../../../src/core/text/foldText.ts';
import { rows } from '../heuristics/realData.ts';

const COLUMNS: ReadonlyArray<[string, string]> = [
  ['ira_russian_troll_tweets/tweets.csv', 'content'],
  ['ira_russian_troll_tweets/nbc_users.csv', 'description'],
  ['ru_tweets_sentirueval2016/tweets.csv', 'text'],
  ['ru_vk_distorted_toxicity/comments.csv', 'comments'],
  ['cresci2017_accounts/accounts.csv', 'description'],
  ['cresci2017_accounts/accounts.csv', 'name'],
  ['twitter_bot_or_not_accounts/accounts.csv', 'description'],
  ['twitter_bot_or_not_accounts/accounts.csv', 'name'],
];

describe('the fast fold', () => {
  it('gives the reference words for every real text of ../shared/data', () => {
    let compared = 0;
    const differing: string[] = [];
    for (const [file, column] of COLUMNS) {
      for (const row of rows<Record<string, string>>(file)) {
        const text = row[column] ?? '';
        compared++;
        if (foldWords(text).join(' ') !== foldWordsReference(text).join(' ')) differing.push(text);
      }
    }
    expect(compared).toBeGreaterThan(69_000);
    expect(differing.slice(0, 5)).toEqual([]);
  }, 180_000); // ~70,000 texts folded twice; minutes on a loaded shared machine

  it.each([
    'Сбербанк!httрs://t.со/WАU8 и www.Example.com/x, abc.ru/ ok',
    'see http://a.b/c…and… more',
    'Привет\u00A0мир… № 5',
    'Love ❤️ you 👨‍👩‍👧 🇰🇿 🔥🔥',
    'Tele2 and 𝐁𝐨𝐥𝐝 math letters',
    'Būryñğy ötken zamanda, bır danyşpan kısı',
    "Qazaqstan Respy'bli'kasy' men Ortalyq A'zi'ya",
    "it's one apostrophe: a' alone", "two in words: a'zi'ya", "two apart: it's o' and don't",
    "dogs'' rock'n'roll it’s ʼab `x",
    'a_url_b __at__ _url_ text with @bob, mail@x.kz and @@',
    'и\u0306 composed later, Ѷ and й',
    'Ꙇ ꙇ ԛ Ԝ and ѡ lookalikes',
  ])('agrees with the reference on %j', (text) => {
    expect(foldWords(text)).toEqual(foldWordsReference(text));
  });

  it('agrees with the reference on any mix of Cyrillic, Latin, links, emoji and punctuation', () => {
    const pieces = fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі АВЕКМНОРСТХ abcdefghijklmnopqrstuvwxyz ABEKMHOPCTXY 0123456789'.split(''),
      ' ', ' ', "'", '’', 'ʼ', '`', '.', ',', '/', ':', '@', '_', '-', '…', '\u00A0', '\u200B', '❤️', '🔥', 'https://t.co/x', 'www.', '.ru/', '_url_', '_at_', 'á', 'ğ', 'ı');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(foldWords(text)).toEqual(foldWordsReference(text));
    }), { numRuns: 2000 });
  });
});
