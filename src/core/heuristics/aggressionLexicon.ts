// The aggression lexicons (lexicons/*.json, every entry with its source in lexicons/SOURCES.md)
// folded once into the text module's word keys, so a stem matches through homoglyphs,
// transliteration and case the same way comments are folded.
import { foldWords } from '../text/index.ts';
import en from './lexicons/en.json' with { type: 'json' };
import kk from './lexicons/kk.json' with { type: 'json' };
import ky from './lexicons/ky.json' with { type: 'json' };
import ru from './lexicons/ru.json' with { type: 'json' };

interface Entry { stem: string; source: string; kind?: string }
interface LexiconFile { language: string; targets: Entry[]; insults: Entry[]; address: Entry[]; reporting: Entry[] }

export interface Stem {
  /** The folded key a word must start with. */
  key: string;
  /** As written in the lexicon (shown in reasons). */
  stem: string;
  dehumanising: boolean;
  source: string;
}

export interface Lexicon { targets: Stem[]; insults: Stem[]; address: Stem[]; reporting: Stem[] }

/** Letters an inflected form may add to a stem (Russian case and number endings, English -s). */
export const MAX_ENDING = 5;

const fold = (entries: readonly Entry[]): Stem[] =>
  entries.flatMap((e) => {
    const key = foldWords(e.stem)[0];
    return key === undefined ? [] : [{ key, stem: e.stem, dehumanising: e.kind === 'dehumanising', source: e.source }];
  });

function merge(files: readonly LexiconFile[]): Lexicon {
  return {
    targets: files.flatMap((f) => fold(f.targets)),
    insults: files.flatMap((f) => fold(f.insults)),
    address: files.flatMap((f) => fold(f.address)),
    reporting: files.flatMap((f) => fold(f.reporting)),
  };
}

/** All four languages at once: threads in Kazakhstan and Kyrgyzstan mix them in one comment. */
export const LEXICON: Lexicon = merge([ru, en, kk, ky] as LexiconFile[]);

/** The first stem `word` is an inflected form of, if any. */
export function findStem(word: string, stems: readonly Stem[], maxEnding = MAX_ENDING): Stem | undefined {
  return stems.find((s) => word.startsWith(s.key) && word.length - s.key.length <= maxEnding);
}
