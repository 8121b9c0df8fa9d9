/**
 * Allocation-free civil-date arithmetic for the deadlines hot path. Same day numbers as
 * src/core/isoDate.ts (days since 1970-01-01), but parsed and formatted with integer arithmetic
 * (H. Hinnant's days_from_civil / civil_from_days) instead of a regex and a `Date`, so that
 * `addWorkingDays` can beat date-fns. test/deadlines/_civil.property.test.ts checks that both agree.
 */

/** First and last supported day numbers: 1000-01-01 and 9999-12-31 (the IsoDate range of src/core). */
export const _MIN_DAY = _daysFromCivil(1000, 1, 1);
export const _MAX_DAY = _daysFromCivil(9999, 12, 31);

/** Day number of a proleptic Gregorian date (month 1–12). No validation. */
export function _daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whether a year is a Gregorian leap year. */
export function _isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return _isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses a strict `'YYYY-MM-DD'` (years 1000–9999, a real calendar day) to a day number, or
 * `null` for anything else (wrong type, `'31/01/2025'`, `'2025-02-30'`). Never throws.
 */
export function _parseDay(value: unknown): number | null {
  if (typeof value !== 'string' || value.length !== 10) return null;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const y = digits(value, 0, 4);
  const m = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return _daysFromCivil(y, m, d);
}

/** Reads decimal digits value[from, to) as a number, or -1 when a character is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The year a day number falls in. */
export function _yearOfDay(dayNumber: number): number {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  return yoe + era * 400 + (mp < 10 ? 0 : 1);
}

/** Formats a day number as `'YYYY-MM-DD'` (years 1000–9999) without allocating a `Date`. */
export function _formatDay(dayNumber: number): string {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** Day of the week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function _weekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}
