// Distortions people use to slip an insult past a filter are undone before the aggression
// lexicon looks (text/evasions.ts), while ids, model names and numbers are left alone, and the
// aggression signal then sees "д е б и л" or "д*бил" aimed at "ты" as the insult it is.
import { describe, expect, it } from 'vitest';
import { findAggression } from '../../../../src/core/heuristics/aggression.ts';
import { hasMaskedLetter, MASK, undoEvasions, undoInWords } from '../../../../src/core/text/evasions.ts';

describe('undoEvasions', () => {
  it.each([
    ['д е б и л', 'дебил'],
    ['Д.Е.Б.И.Л ты', 'ДЕБИЛ ты'],
    ['дебиииил', 'дебил'],
    ['m0r0n', 'moron'],
    ['д*бил', `д${MASK}бил`],
    ['д3бил', `д${MASK}бил`],
  ])('reads %j as %j', (distorted, restored) => expect(undoEvasions(distorted)).toBe(restored));

  it.each(['[id10722607|Ильдар], кому нам', 'iPhone 5s, 3d, COVID-19, 2022г', 'mail@example.kz', 'Tele2 и Beeline'])('leaves %j as it is', (text) => {
    expect(undoEvasions(text)).toBe(text);
  });
});

describe('undoInWords', () => {
  it.each(['ты д3бил', 'дебиииил же', 'you m0r0n', 'the 1st a321 in 96hours', 'Tele2 и Beeline', 'https://t.co/wukM0U8R5B'])(
    'reads %j as undoEvasions does when no letter is masked or spaced out', (text) => expect(undoInWords(text)).toBe(undoEvasions(text)),
  );
});

describe('hasMaskedLetter', () => {
  it.each([
    ['ты д*бил', true], ['зае%%ал', true], ['х#й', true], ['5*3=15', false], ['a * b', false], ['mail@example.kz', false], ['$100', false], ['**важно**', false],
  ])('%j → %s, exactly when undoEvasions restores a masked letter', (text, masked) => {
    expect(hasMaskedLetter(text)).toBe(masked);
    expect(undoEvasions(text).includes(MASK)).toBe(masked);
  });
});

describe('aggression through distortions', () => {
  it.each(['Ты д е б и л', 'ты дебиииил', 'ты д*бил', 'ты д3бил', 'you are a m0r0n1c buffoon'])('finds the insult in %j', (text) => {
    expect(findAggression(text)).not.toBeNull();
  });

  it.each(['Ты в 3d играл?', 'Вы купили iPhone 5s?', 'ты видел это????', 'ты ок'])('finds none in %j', (text) => {
    expect(findAggression(text)).toBeNull();
  });
});
