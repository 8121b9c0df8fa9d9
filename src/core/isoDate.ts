/**
 * Civil dates as ISO `'YYYY-MM-DD'` strings, with arithmetic on integer day numbers
 * (days since 1970-01-01). Nothing here reads the clock or the time zone.
 */

/** A civil date, `'YYYY-MM-DD'`. Validate with {@link isIsoDate}. */
export type IsoDate = string;

/** Days since 1970-01-01 (day 0 is a Thursday). */
export type DayNumber = number;

/** '00' to '99', for the month and day of a date written out (no number-to-text conversion or padding per date). */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Object.freeze(Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`)));

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
  // The checks of toDayNumberOrNull without working out the day number.
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Days in a month of the proleptic Gregorian calendar.
 * @param year - Full year.
 * @param month - 1–12.
 * @returns 28–31.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year is a Gregorian leap year.
 * @internal Used by the library's modules; not part of the public API.
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The day number of an ISO date, or `null` when the string is not a real date.
 * @param value - Candidate `'YYYY-MM-DD'`.
 * @returns Days since 1970-01-01, or `null`.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function toDayNumberOrNull(value: unknown): DayNumber | null {
  // Integer parsing, no regex and no Date: this sits on the working-day hot path.
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberOf(year, month, day);
}

/** Reads decimal digits `value[from, to)` as a number, or -1 when a character is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
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
  // H. Hinnant's days_from_civil in integer arithmetic; an overflowing month carries into the year.
  const carry = Math.floor((month - 1) / 12);
  const y0 = year + carry;
  const m = month - carry * 12;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
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
  const packed = civilOf(dayNumber);
  const y = Math.floor(packed / 10_000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${TWO_DIGITS[m]!}-${TWO_DIGITS[d]!}`;
}

/**
 * The year of a day number, without formatting it.
 * @internal Used by the library's modules; not part of the public API.
 */
export function yearOfDayNumber(dayNumber: DayNumber): number {
  return Math.floor(civilOf(dayNumber) / 10_000);
}

/** First and last day numbers of the supported range, 1000-01-01 and 9999-12-31. @internal */
export const MIN_DAY_NUMBER: DayNumber = dayNumberOf(1000, 1, 1);
/** @internal */
export const MAX_DAY_NUMBER: DayNumber = dayNumberOf(9999, 12, 31);

/**
 * H. Hinnant's civil_from_days, packed as `year * 10000 + month * 100 + day` so the hot path
 * allocates nothing (years 0 and later).
 */
function civilOf(dayNumber: DayNumber): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10_000 + m * 100 + d;
}

/**
 * Year, month and day of a valid ISO date.
 * @param date - A valid `'YYYY-MM-DD'`.
 * @returns `{ year, month, day }` with month 1–12.
 * @internal Used by the library's modules; not part of the public API (it assumes valid input).
 */
export function isoParts(date: IsoDate): { year: number; month: number; day: number } {
  return { year: field(date, 0, 4), month: field(date, 5, 7), day: field(date, 8, 10) };
}

/** `Number(date.slice(from, to))`, read digit by digit without a substring when every character is a digit. */
function field(date: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = date.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return Number(date.slice(from, to));
    n = n * 10 + c;
  }
  return n;
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
  return `${year}-${TWO_DIGITS[month]!}-${TWO_DIGITS[day]!}`;
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
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${TWO_DIGITS[m]!}-${TWO_DIGITS[d]!}`;
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
