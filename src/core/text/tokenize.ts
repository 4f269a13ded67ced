// Words of a comment as folded tokens: the unit of shingles, MinHash and SimHash.
import { foldText } from './foldText.ts';

/** Folded tokens of `text` (see foldText); placeholders `_url_` and `_at_` are tokens too. */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  return folded === '' ? [] : folded.split(' ');
}
