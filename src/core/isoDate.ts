/**
 * Civil dates as ISO `'YYYY-MM-DD'` strings, with arithmetic on integer day numbers
 * (days since 1970-01-01). Nothing here reads the clock or the time zone.
 */

/** A civil date, `'YYYY-MM-DD'`. Validate with {@link isIsoDate}. */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0 is a Thursday). */
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Whether a value is a real calendar date written `'YYYY-MM-DD'` (years 1000–9999).
 * @param value - Anything.
 * @returns `true` for a valid date string; `'2025-02-30'` and `'31/01/2025'` are not.
 * @example
 * import { isIsoDate } from 'pep-rules';
 * [isIsoDate('2024-02-29'), isIsoDate('2025-02-29'), isIsoDate(20250101)];
 * //=> [true, false, false]
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && toDayNumberOrNull(value) !== null;
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 * @param year - Full year.
 * @param month - 1–12.
 * @returns 28–31.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * The day number of an ISO date, or `null` when the string is not a real date.
 * @param value - Candidate `'YYYY-MM-DD'`.
 * @returns Days since 1970-01-01, or `null`.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function toDayNumberOrNull(value: string): DayNumber | null {
  if (value.length !== 10) return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

/**
 * The day number of a year, month and day (no validation; month and day may overflow).
 * @param year - Full year.
 * @param month - 1–12.
 * @param day - Day of the month.
 * @returns Days since 1970-01-01.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The day number of a date already known to be valid. Throws on an invalid date: use it only
 * after validation, and {@link toDayNumberOrNull} on untrusted input.
 * @param date - A valid `'YYYY-MM-DD'`.
 * @returns Days since 1970-01-01.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function toDayNumber(date: IsoDate): DayNumber {
  const n = toDayNumberOrNull(date);
  if (n === null) throw new RangeError('toDayNumber: not a valid ISO date');
  return n;
}

/**
 * The ISO date of a day number.
 * @param dayNumber - Days since 1970-01-01.
 * @returns `'YYYY-MM-DD'`.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const d = new Date(dayNumber * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Year, month and day of a valid ISO date.
 * @param date - A valid `'YYYY-MM-DD'`.
 * @returns `{ year, month, day }` with month 1–12.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Builds an ISO date from parts, or `null` when they do not make a real date.
 * @param year - Full year.
 * @param month - 1–12.
 * @param day - Day of the month.
 * @returns `'YYYY-MM-DD'` or `null`.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function isoDateOf(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Adds calendar days to a valid ISO date.
 * @param date - A valid `'YYYY-MM-DD'`.
 * @param days - Whole days, may be negative.
 * @returns The new date.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Adds calendar months, clamping to the last day of a shorter month (31 January + 1 month =
 * 28 or 29 February), as CPPCR 2010 reg 33 review intervals are read.
 * @param date - A valid `'YYYY-MM-DD'`.
 * @param months - Whole months, may be negative.
 * @returns The new date.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = isoParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/**
 * Day of the week of a valid ISO date, 0 = Sunday … 6 = Saturday (as `Date#getUTCDay`).
 * @param date - A valid `'YYYY-MM-DD'`.
 * @returns 0–6.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

/**
 * Day of the week of a day number, 0 = Sunday … 6 = Saturday.
 * @param dayNumber - Days since 1970-01-01.
 * @returns 0–6.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function weekdayOfDayNumber(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * Compares two valid ISO dates (string order is date order).
 * @param a - First date.
 * @param b - Second date.
 * @returns Negative, zero or positive.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Calendar days from `start` to `end` (positive when `end` is later).
 * @param start - A valid `'YYYY-MM-DD'`.
 * @param end - A valid `'YYYY-MM-DD'`.
 * @returns Whole days.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function calendarDaysBetween(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start);
}

/**
 * Age in whole years on a date. Someone born on 29 February gains a year on 1 March in common
 * years, as in English law.
 * @param dateOfBirth - A valid `'YYYY-MM-DD'`.
 * @param onDate - A valid `'YYYY-MM-DD'`.
 * @returns Completed years (negative when `onDate` is before birth).
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function ageOn(dateOfBirth: IsoDate, onDate: IsoDate): number {
  const b = isoParts(dateOfBirth);
  const o = isoParts(onDate);
  let age = o.year - b.year;
  if (o.month < b.month || (o.month === b.month && o.day < b.day)) age -= 1;
  return age;
}
