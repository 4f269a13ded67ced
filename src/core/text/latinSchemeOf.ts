// Which Latin alphabet a text's Latin words are written in, read from letters only that
// alphabet uses. A whole text is read with one scheme so that copies of it fold alike.
export type KazakhScheme = 'kk-2017' | 'kk-2018' | 'kk-2021';

const ACUTE_2018 = /[áǵńóúý]/u;
const MARKS_2021 = /[äğñŋöūüşçıï]/u;
// Apostrophe letters of 2017 (a' g' n' o' u' y' s' c' i'), but not English n't, 's, 're, 'll.
const APOSTROPHE_2017 = /(?<![\p{L}])[\p{L}]*[agnouysci]['’ʼ](?![st]\b|re\b|ll\b|ve\b|d\b|m\b)/gu;

/** The Kazakh Latin scheme of lowercase `text`, or null for plain Latin (English, Russian translit). */
export function kazakhSchemeOf(text: string): KazakhScheme | null {
  if (ACUTE_2018.test(text)) return 'kk-2018';
  if (MARKS_2021.test(text)) return 'kk-2021';
  if (!/['’ʼ]/u.test(text)) return null;
  const apostrophes = text.match(APOSTROPHE_2017);
  // Russian translit writes ь as an apostrophe after consonants (den'gi); only a', o', u', g'
  // are Kazakh-only, so one of them must be present.
  return apostrophes !== null && apostrophes.length >= 2 && /[aoug]['’ʼ]/u.test(text) ? 'kk-2017' : null;
}
