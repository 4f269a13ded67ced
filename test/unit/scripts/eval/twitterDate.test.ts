import { describe, expect, it } from 'vitest';
import { parseTwitterDate } from '../../../../scripts/eval/twitterDate.ts';

describe('parseTwitterDate', () => {
  it('reads the Twitter API form, quoted or not (values from the account tables)', () => {
    expect(parseTwitterDate('Tue Jun 11 11:20:35 +0000 2013')).toBe(Date.UTC(2013, 5, 11, 11, 20, 35));
    expect(parseTwitterDate('"Wed Jul 01 13:26:09 +0000 2016"')).toBe(Date.UTC(2016, 6, 1, 13, 26, 9));
  });

  it('reads spreadsheet re-saves day-first when the first field cannot be a month, else month-first', () => {
    expect(parseTwitterDate('13/03/2017 22:21')).toBe(Date.UTC(2017, 2, 13, 22, 21));
    expect(parseTwitterDate('3/13/2017 9:05')).toBe(Date.UTC(2017, 2, 13, 9, 5));
  });

  it('reads the IRA tables and gives nothing for an empty or unknown cell', () => {
    expect(parseTwitterDate('2017-10-04 22:12:00')).toBe(Date.UTC(2017, 9, 4, 22, 12));
    expect(parseTwitterDate('')).toBeUndefined();
    expect(parseTwitterDate('yesterday')).toBeUndefined();
  });
});
