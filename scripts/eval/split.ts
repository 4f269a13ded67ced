// The one train/test rule the fit and the eval share: a row belongs to the training half when
// the SHA-256 of a fixed salt and its key falls below one half. Whole accounts (or comments)
// stay on one side, the way ../shared/data itself was split.
import { hashUnit } from './seededRandom.ts';

export const SPLIT_SALT = 'kuzet-fit-v1:';
export const TRAIN_FRACTION = 0.5;

export function isTrainingRow(key: string): boolean {
  return hashUnit(SPLIT_SALT + key) < TRAIN_FRACTION;
}
