// Folds a comment's text to the form in which copies collide: the same words with different
// case, spacing, punctuation, links or invisible characters must compare equal. Homoglyph
// folding and transliteration come with the full text module (issue "The signals").

const INVISIBLE = /[\u00AD\u200B-\u200F\u2060-\u2064\uFEFF]/gu;
const URL_LIKE = /\bhttps?:\/\/\S+|\bwww\.\S+/giu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(URL_LIKE, ' ')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

export function wordCount(normalized: string): number {
  return normalized === '' ? 0 : normalized.split(' ').length;
}
