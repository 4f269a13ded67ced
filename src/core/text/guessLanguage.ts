// A small language guess for ru, kk, ky and en from letters only one of them uses and from
// their most frequent short words; 'und' when the evidence is thin or split. Kazakh alone
// writes ә ғ қ ұ һ і; Kazakh and Kyrgyz share ң ө ү, which Russian lacks.
export type LanguageGuess = 'ru' | 'kk' | 'ky' | 'en' | 'und';

const KAZAKH_ONLY = /[әғқұһі]/giu;
const TURKIC_SHARED = /[ңөү]/giu;
const CYRILLIC = /[\u0400-\u04ff]/gu;
const LATIN = /[a-z]/giu;
const WORD = /[\p{L}]+/gu;

// Frequent function words (from general frequency lists; short on purpose).
const WORDS: Readonly<Record<Exclude<LanguageGuess, 'und'>, ReadonlySet<string>>> = {
  ru: new Set('и в не на что я с он как это по но а то все так его за вы же у бы только уже для мы от ты из еще нет да было был она они мне меня когда если или чтобы тут там их ну'.split(' ')),
  kk: new Set('және бұл мен да де үшін бар деп бір емес жоқ осы ол сол керек біз сен сіз еді болып қазақ болса мына не ғана тек'.split(' ')),
  ky: new Set('жана бул менен үчүн бар деп бир эмес жок ошол ал керек биз сен сиз эле болуп кыргыз экен деген дагы мындай гана'.split(' ')),
  en: new Set('the and is to of you in it that this for not are was with on be have but they he she we what just so'.split(' ')),
};

export function guessLanguage(text: string): LanguageGuess {
  const lower = text.toLowerCase();
  const words = lower.match(WORD) ?? [];
  const votes = { ru: 0, kk: 0, ky: 0, en: 0 };
  for (const w of words) for (const lang of ['ru', 'kk', 'ky', 'en'] as const) if (WORDS[lang].has(w)) votes[lang]++;
  const kazakhLetters = lower.match(KAZAKH_ONLY)?.length ?? 0;
  const sharedLetters = lower.match(TURKIC_SHARED)?.length ?? 0;
  const cyrillic = lower.match(CYRILLIC)?.length ?? 0;
  const latin = lower.match(LATIN)?.length ?? 0;
  if (cyrillic + latin < 8) return 'und';
  if (cyrillic > latin) {
    if (kazakhLetters > 0) return 'kk';
    // ң ө ү without a Kazakh-only letter: Kyrgyz, unless Kazakh words say otherwise.
    if (sharedLetters > 0) return votes.kk > votes.ky ? 'kk' : 'ky';
    if (votes.ky > votes.ru) return 'ky';
    return votes.ru > 0 || cyrillic >= 20 ? 'ru' : 'und';
  }
  return votes.en > 0 && latin > 2 * cyrillic ? 'en' : 'und';
}
