// The aggression lexicons (lexicons/*.json, every entry with its source in lexicons/SOURCES.md)
// folded once into the text module's word keys, so a stem matches through homoglyphs,
// transliteration and case the same way comments are folded.
import { foldWords } from '../text/index.ts';
import en from './lexicons/en.json' with { type: 'json' };
import kk from './lexicons/kk.json' with { type: 'json' };
import ky from './lexicons/ky.json' with { type: 'json' };
import ru from './lexicons/ru.json' with { type: 'json' };

interface Entry { stem: string; source: string; kind?: string }
interface LexiconFile {
  language: string;
  /** Endings a word may add to a stem; absent: any ending up to MAX_ENDING letters (Russian inflection). */
  endings?: string[];
  targets: Entry[];
  insults: Entry[];
  address: Entry[];
  reporting: Entry[];
}

export interface Stem {
  /** The folded key a word must start with (sees through homoglyphs and transliteration). */
  key: string;
  /** The stem as written, lower-cased: matched against the word as written, in case folding misreads it. */
  plain: string;
  /** As written in the lexicon (shown in reasons). */
  stem: string;
  dehumanising: boolean;
  source: string;
  /** Allowed endings, or null for any ending up to MAX_ENDING letters. */
  endings: readonly string[] | null;
}

/** A comment's word, folded and as written (lower-cased). */
export interface Word { key: string; plain: string }

/** Stems by their folded key and by their written form, so a word is looked up by its prefixes. */
export class StemIndex {
  private readonly byPrefix = new Map<string, Stem[]>();
  /** First two letters of every prefix, as a number: most words fail this one lookup and cost nothing more. */
  private readonly starts = new Set<number>();
  /** Distinct prefix lengths, longest first: a word is looked up at these lengths only. */
  private readonly lengths: number[];

  constructor(readonly stems: readonly Stem[]) {
    for (const stem of stems) {
      for (const prefix of new Set([stem.key, stem.plain])) {
        const list = this.byPrefix.get(prefix);
        if (list) list.push(stem);
        else this.byPrefix.set(prefix, [stem]);
        this.starts.add(startOf(prefix));
      }
    }
    this.lengths = [...new Set([...this.byPrefix.keys()].map((p) => p.length))].sort((a, b) => b - a);
  }

  /** The stem `word` is an inflected form of (folded or as written), if any; `exact` allows no ending. */
  match(word: Word, exact = false): Stem | undefined {
    return this.lookup(word.key, exact) ?? (word.plain === word.key ? undefined : this.lookup(word.plain, exact));
  }

  private lookup(word: string, exact: boolean): Stem | undefined {
    if (!this.starts.has(startOf(word))) return undefined;
    for (const n of this.lengths) {
      if (n > word.length) continue;
      const ending = word.slice(n);
      const found = this.byPrefix.get(word.slice(0, n))?.find((s) =>
        exact ? ending === '' : s.endings ? s.endings.includes(ending) : ending.length <= MAX_ENDING,
      );
      if (found) return found;
    }
    return undefined;
  }
}

/** A word's first two code units as one number (no substring per word looked up); shorter words apart. */
const startOf = (word: string): number =>
  word.length >= 2 ? word.charCodeAt(0) * 0x10000 + word.charCodeAt(1) : -1 - (word.length === 1 ? word.charCodeAt(0) : 0x10000);

export interface Lexicon { targets: StemIndex; insults: StemIndex; address: StemIndex; reporting: StemIndex }

/** Letters an inflected form may add to a stem (Russian case and number endings). */
export const MAX_ENDING = 5;

const fold = (entries: readonly Entry[], endings: readonly string[] | null): Stem[] =>
  entries.flatMap((e) => {
    const key = foldWords(e.stem)[0];
    const plain = e.stem.normalize('NFKC').toLowerCase();
    return key === undefined ? [] : [{ key, plain, stem: e.stem, dehumanising: e.kind === 'dehumanising', source: e.source, endings }];
  });

function merge(files: readonly LexiconFile[]): Lexicon {
  const all = (pick: (f: LexiconFile) => Entry[]) => new StemIndex(files.flatMap((f) => fold(pick(f), f.endings ?? null)));
  return { targets: all((f) => f.targets), insults: all((f) => f.insults), address: all((f) => f.address), reporting: all((f) => f.reporting) };
}

/** All four languages at once: threads in Kazakhstan and Kyrgyzstan mix them in one comment. */
export const LEXICON: Lexicon = merge([ru, en, kk, ky] as LexiconFile[]);
