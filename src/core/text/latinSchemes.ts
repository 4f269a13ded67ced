// Latin alphabets for Russian, Kazakh and Kyrgyz as data: each maps lowercase Cyrillic letters
// to Latin. Sources: Kazakh 2017 (apostrophes, Decree No. 569 of 26 Oct 2017), 2018 (acutes,
// amended decree of 19 Feb 2018) and 2021 (Ä Ğ Ñ Ö Ū Ü Ş Ç, government presentation of
// 28 Jan 2021) as tabled in en.wikipedia.org/wiki/Kazakh_alphabets and
// cs.wikibooks.org/wiki/Kazaština/Přechod_na_latinku; 'ru' is the informal "translit" people
// type (sh/ch/zh/kh/ts/ya/yu); 'ky' is the informal Kyrgyz Latin (ñ ö ü, j for ж), there being
// no official Kyrgyz Latin alphabet. Letters a scheme does not list fall back to 'ru'.

export type LatinScheme = 'ru' | 'ky' | 'kk-2017' | 'kk-2018' | 'kk-2021';

const RU: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: "'", э: 'e', ю: 'yu', я: 'ya',
  // kk/ky letters as people type them without a Kazakh keyboard layout (lossy).
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};
const KY = { ...RU, ж: 'j', ң: 'ñ', ө: 'ö', ү: 'ü' };
const KK_2017 = {
  ...RU, ә: "a'", ғ: "g'", ж: 'j', и: "i'", й: "i'", і: 'i', қ: 'q', ң: "n'", ө: "o'", у: "y'",
  ұ: 'u', ү: "u'", ш: "s'", ч: "c'", ы: 'y', х: 'h', һ: 'h',
};
const KK_2018 = {
  ...RU, ә: 'á', ғ: 'ǵ', ж: 'j', и: 'ı', й: 'ı', і: 'i', қ: 'q', ң: 'ń', ө: 'ó', у: 'ý',
  ұ: 'u', ү: 'ú', ш: 'sh', ч: 'ch', ы: 'y', х: 'h', һ: 'h',
};
const KK_2021 = {
  ...RU, ә: 'ä', ғ: 'ğ', ж: 'j', и: 'i', й: 'i', і: 'ı', қ: 'q', ң: 'ñ', ө: 'ö', у: 'u',
  ұ: 'ū', ү: 'ü', ш: 'ş', ч: 'ç', ы: 'y', х: 'h', һ: 'h', ц: 'ts', я: 'ia', ю: 'iu', ё: 'io',
};

export const TO_LATIN: Readonly<Record<LatinScheme, Readonly<Record<string, string>>>> = {
  ru: RU, ky: KY, 'kk-2017': KK_2017, 'kk-2018': KK_2018, 'kk-2021': KK_2021,
};

/**
 * Latin → Cyrillic for the Kazakh schemes, longest spelling first. Only letters whose Latin
 * spelling differs from plain Latin need listing; the rest are read by the plain-Latin rules.
 */
export const KK_FROM_LATIN: Readonly<Record<'kk-2017' | 'kk-2018' | 'kk-2021', ReadonlyArray<[string, string]>>> = {
  'kk-2017': [['yu', 'ю'], ['ya', 'я'], ["a'", 'ә'], ["g'", 'ғ'], ["i'", 'и'], ["n'", 'ң'], ["o'", 'ө'], ["y'", 'у'], ["u'", 'ү'],
    ["s'", 'ш'], ["c'", 'ч'], ['i', 'і'], ['u', 'ұ'], ['y', 'ы'], ['j', 'ж'], ['q', 'қ']],
  'kk-2018': [['yu', 'ю'], ['ya', 'я'], ['á', 'ә'], ['ǵ', 'ғ'], ['ı', 'и'], ['ń', 'ң'], ['ó', 'ө'], ['ý', 'у'], ['ú', 'ү'],
    ['i', 'і'], ['u', 'ұ'], ['y', 'ы'], ['j', 'ж'], ['q', 'қ']],
  'kk-2021': [['ä', 'ә'], ['ğ', 'ғ'], ['ı', 'і'], ['ï', 'и'], ['ñ', 'ң'], ['ŋ', 'ң'], ['ö', 'ө'],
    ['ū', 'ұ'], ['ü', 'ү'], ['ş', 'ш'], ['ç', 'ч'], ['y', 'ы'], ['j', 'ж'], ['q', 'қ']],
};
