import { describe, expect, it } from 'vitest';
import { guessLanguage } from '../../../../src/core/text/index.ts';
import { russianTweets } from './realTexts.ts';

// No labelled Kazakh/Kyrgyz data exists in ../shared/data; these are short real public texts:
// kk: UDHR art. 1 and art. 3 (geonames.de/udhr-kazakh.html); the 1902 text in modern spelling
// and its 2021 Latin form (en.wikipedia.org/wiki/Kazakh_alphabets).
// ky: UDHR preamble (geonames.de/udhr-kyrgyz.html); Kyrgyz Ombudsman news, 10 Dec 2023
// (ombudsman.kg/kg/publications/...-75-zhyl-akyykatchy).
describe('guessLanguage', () => {
  it.each([
    ['Барлық адамдар тумысынан азат және қадір-қасиеті мен құқықтары тең болып дүниеге келеді.', 'kk'],
    ['Әр адам өмір сүруге, бостандықта болуға және оның жеке басына қол сұғылмауына құқылы.', 'kk'],
    ['Бұрыңғы өткен заманда, бір данышпан кісі, Бағдат шаһарының бір үлкен қазысының үйіне келіп қоныпты.', 'kk'],
    ['элдердин ортосундагы достук мамилелерди өнүктүрүүгө көмөктөшүү зарыл экендигин эске алуу менен', 'ky'],
    ['Бүгүн, 10-декабрда Адам укуктары боюнча жалпы декларациянын кабыл алынган күнүнө 75 жыл толот.', 'ky'],
    ['@PrisonPlanet A brilliantly spot on cartoon! This is what they do', 'en'],
    ['ok', 'und'],
  ])('guesses %j as %s', (text, lang) => expect(guessLanguage(text)).toBe(lang));

  it('calls over 90% of real Russian tweets Russian and under 3% Kazakh or Kyrgyz', () => {
    const tweets = russianTweets().slice(0, 2000);
    const guesses = tweets.map(guessLanguage);
    const ru = guesses.filter((g) => g === 'ru').length;
    const wrongTurkic = guesses.filter((g) => g === 'kk' || g === 'ky').length;
    expect(ru / tweets.length).toBeGreaterThan(0.9);
    expect(wrongTurkic / tweets.length).toBeLessThan(0.03);
  });
});
