import type { IsoDate } from '../core/isoDate';

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher)
 * in integer arithmetic (the Gregorian computus). Years before 1583 get the proleptic Gregorian
 * date. Anything but a whole year from 1000 to 9999 gives `''` (not a date), never a throw.
 * @param year - Full year, 1000–9999.
 * @returns Easter Sunday, `'YYYY-MM-DD'`, or `''` for an invalid year.
 * @example
 * import { easterSunday } from 'pep-rules/deadlines';
 * easterSunday(2025);
 * //=> '2025-04-20'
 */
export function easterSunday(year: number): IsoDate {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) return '';
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-0${month}-${day < 10 ? '0' : ''}${day}`;
}
