import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, transliterate } from '../../../../src/core/text/index.ts';
import { CYRILLIC_TO_LATIN, LATIN_TO_CYRILLIC } from '../../../../src/core/text/homoglyphData.ts';

// Kazakh UDHR article 1 (geonames.de/udhr-kazakh.html) and the 1902 text in modern orthography
// quoted in en.wikipedia.org/wiki/Kazakh_alphabets: real sentences, not invented ones.
const KAZAKH = 'Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді.';
const KAZAKH_1902 = 'Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.';
const KAZAKH_1902_LATIN = 'Būryñğy ötken zamanda, bır danyşpan kısı, Bağdat şaharynyñ bır ülken qazysynyñ üiıne kelıp qonypty.';

describe('foldText', () => {
  it.each([
    ['Привет, как дела? https://t.co/x @bob 🔥🔥', 'privet kak dela _url_ _at_'],
    ['Пpивeт, KAK дeлa', 'privet kak dela'], // Latin p, e, a, K, A inside Cyrillic words
    ['Hеllo wоrld', 'hello vorld'], // Cyrillic е, о inside English words
    ['Сам\u200Bолёт', 'samolet'],
    ['Eto moy rayon, yolka i shchuka', 'eto moi raen elka i shuka'],
    ['Tele2 завершил реорганизацию', 'tele2 zavershil reorganizaciiu'], // a Latin l is no Kazakh І
    ['Сбербанк!httрs://t.со/WАU8', 'sberbank _url_'], // glued link with homoglyphs in its scheme
  ])('folds %j to %j', (input, folded) => expect(foldText(input)).toBe(folded));

  it('makes the official 2021 Kazakh Latin text and its Cyrillic original collide', () => {
    expect(foldText(KAZAKH_1902_LATIN)).toBe(foldText(KAZAKH_1902));
  });

  it.each(['kk-2017', 'kk-2018', 'kk-2021'] as const)('reads Kazakh written in the %s alphabet back to the same words', (scheme) => {
    expect(foldText(transliterate(KAZAKH, scheme))).toBe(foldText(KAZAKH));
  });

  it('keeps Kazakh letters apart from the Russian letters they resemble', () => {
    expect(foldText('қол')).not.toBe(foldText('кол'));
    expect(foldText('өл')).not.toBe(foldText('ол'));
    expect(foldText('ұл')).not.toBe(foldText('ул'));
    expect(foldText('бір')).not.toBe(foldText('бир'));
  });

  it('is idempotent on any text', () => {
    // Known gap: Cyrillic letters of other languages (Serbian љ, Abkhaz ҽ …) have no key yet, so
    // arbitrary text is checked without them.
    const otherCyrillic = /[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]/u;
    const ours = /[абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯӘҒҚҢӨҰҮҺІ]/gu;
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      fc.pre(!otherCyrillic.test(s.normalize('NFKC').replace(ours, '')));
      return foldText(foldText(s)) === foldText(s);
    }), { numRuns: 2000 });
    const alphabet = fc.constantFrom(...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі abcdefghijklmnopqrstuvwxyz\'’ äğñöūüşçı'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (cs) => {
      const s = cs.join('');
      return foldText(foldText(s)) === foldText(s);
    }), { numRuns: 3000 });
  });

  it('undoes any homoglyph swap of a real Russian sentence', () => {
    const text = 'Россия выбирает свой путь сама, а не по указке Запада';
    fc.assert(fc.property(fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }), (swap) => {
      const variant = [...text].map((c, i) => (swap[i] ? CYRILLIC_TO_LATIN[c] ?? LATIN_TO_CYRILLIC[c] ?? c : c)).join('');
      return foldText(variant) === foldText(text);
    }));
  });
});

describe('foldText on long and repeated input', () => {
  it('folds a 200,000-letter "word" (a hostile comment) without throwing, letter for letter', () => {
    const word = 'щ'.repeat(100_000) + 'x'.repeat(100_000);
    expect(foldText(word)).toBe('sh'.repeat(100_000) + 'h'.repeat(100_000));
  });

  it('gives the same words the second time a word is met (its key is remembered)', () => {
    const text = 'Привет, мир! Privet, mir! Қазақ тілі — qazaq tili';
    expect(foldText(text)).toBe(foldText(text));
    expect(foldText('привет')).toBe(foldText('Privet'));
  });
});
