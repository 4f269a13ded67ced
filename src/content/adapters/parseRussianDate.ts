// Absolute dates as Russian-language comment sections print them ("22.04.18 в 23:19",
// "23.04.18 | 20:31", "понедельник, 23 апреля 2018 г., 12:27") to epoch ms. The text carries
// no zone, so the caller says which one the site prints in. Relative dates ("вчера в 12:30",
// "2 часа назад") give undefined: they mean nothing without the moment the page was shown,
// and pages do not state it.

/** Whole-hour or minute offset east of UTC the site prints times in, or the reader's own zone. */
export type PrintedZone = { utcOffsetMinutes: number } | 'local';

/** Moscow time, UTC+3 without daylight saving since 2014 (and in every fixture year). */
export const MOSCOW: PrintedZone = { utcOffsetMinutes: 180 };

const MONTHS = ['январ', 'феврал', 'март', 'апрел', 'ма', 'июн', 'июл', 'август', 'сентябр', 'октябр', 'ноябр', 'декабр'];

/** "22.04.18 в 23:19", "23.04.18 | 20:31", "24.04.2018 14:05:44". */
const NUMERIC = /(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\D{1,5}?(\d{1,2}):(\d{2})(?::(\d{2}))?/;
/** "23 апреля 2018 г., 12:27", "23 апреля 2018 в 12:27". */
const WORDED = /(\d{1,2})\s+([а-яё]+)\s+(\d{4})(?:\s*г\.)?\D{1,5}?(\d{1,2}):(\d{2})(?::(\d{2}))?/i;

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  // "мая"/"май" is the only month whose stem is two letters; match it exactly.
  if (w === 'мая' || w === 'май') return 4;
  const index = MONTHS.findIndex((stem, i) => i !== 4 && w.startsWith(stem));
  return index >= 0 ? index : undefined;
}

function fullYear(year: string): number {
  const n = Number(year);
  return year.length === 2 ? 2000 + n : n;
}

function toEpoch(parts: number[], zone: PrintedZone): number | undefined {
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return undefined;
  const ms =
    zone === 'local'
      ? new Date(year, month, day, hour, minute, second).getTime()
      : Date.UTC(year, month, day, hour, minute, second) - zone.utcOffsetMinutes * 60_000;
  return Number.isFinite(ms) ? ms : undefined;
}

export function parseRussianDate(text: string | null | undefined, zone: PrintedZone): number | undefined {
  if (!text) return undefined;
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [, d, m, y, h, min, s] = numeric;
    return toEpoch([fullYear(y!), Number(m) - 1, Number(d), Number(h), Number(min), Number(s ?? 0)], zone);
  }
  const worded = WORDED.exec(text);
  if (worded) {
    const [, d, word, y, h, min, s] = worded;
    const month = monthOf(word!);
    if (month === undefined) return undefined;
    return toEpoch([Number(y), month, Number(d), Number(h), Number(min), Number(s ?? 0)], zone);
  }
  return undefined;
}
