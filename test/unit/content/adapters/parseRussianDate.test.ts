// Russian absolute dates as comment sections print them, and the relative ones that must give
// nothing because a page never says when it was shown.
import { describe, expect, it } from 'vitest';
import { MOSCOW, parseRussianDate } from '../../../../src/content/adapters/parseRussianDate.ts';

describe('parseRussianDate', () => {
  it('reads Habr, 4PDA and vc.ru numeric forms in Moscow time', () => {
    expect(parseRussianDate('22.04.18 в 23:19', MOSCOW)).toBe(Date.UTC(2018, 3, 22, 20, 19));
    expect(parseRussianDate('23.04.18 | 20:31', MOSCOW)).toBe(Date.UTC(2018, 3, 23, 17, 31));
    expect(parseRussianDate('24.04.2018 14:05:44 (Europe/Moscow)', MOSCOW)).toBe(Date.UTC(2018, 3, 24, 11, 5, 44));
    // past midnight in Moscow is still the previous day in UTC
    expect(parseRussianDate('01.01.19 в 01:30', MOSCOW)).toBe(Date.UTC(2018, 11, 31, 22, 30));
  });

  it('reads month names in the genitive, telling май from март', () => {
    const utc = { utcOffsetMinutes: 0 };
    expect(parseRussianDate('понедельник, 23 апреля 2018 г., 12:27', utc)).toBe(Date.UTC(2018, 3, 23, 12, 27));
    expect(parseRussianDate('9 мая 2018 в 10:00', utc)).toBe(Date.UTC(2018, 4, 9, 10, 0));
    expect(parseRussianDate('8 марта 2018 в 10:00', utc)).toBe(Date.UTC(2018, 2, 8, 10, 0));
    expect(parseRussianDate('1 декабря 2017 г., 23:59', utc)).toBe(Date.UTC(2017, 11, 1, 23, 59));
  });

  it('gives nothing for relative dates, unknown words and impossible values', () => {
    for (const text of ['вчера в 12:30', 'сегодня в 09:15', '2 часа назад', 'Час назад', '', null, undefined, '5 брюмера 2018 в 10:00', '32.13.18 в 25:00']) {
      expect(parseRussianDate(text, MOSCOW)).toBeUndefined();
    }
  });
});
