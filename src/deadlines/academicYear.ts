import { YEAR_GROUPS, type YearGroup } from '../core/enums';
import { ageOn, isIsoDate, isoParts, type IsoDate } from '../core/isoDate';
import { _spanLabel, _spanStartYear } from './_yearSpan';

/** An English academic year, 1 September to 31 August. */
export interface AcademicYear {
  /** `'2024/25'`. */
  readonly label: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/**
 * The academic year (1 September – 31 August) a date falls in (school term dates run within it).
 * Returns `null` for an invalid date.
 * @param date - `'YYYY-MM-DD'`.
 * @returns `{ label, start, end }` or `null`.
 * @example
 * import { academicYearOf } from 'pep-rules/deadlines';
 * academicYearOf('2025-01-15');
 * //=> { label: '2024/25', start: '2024-09-01', end: '2025-08-31' }
 */
export function academicYearOf(date: unknown): AcademicYear | null {
  const startYear = _spanStartYear(date, 9);
  return startYear === null ? null : academicYearStarting(startYear);
}

/**
 * The academic year that starts on 1 September of `startYear`. Anything but a whole year from
 * 1000 to 9998 gives `{ label: '', start: '', end: '' }` (no dates), never a throw.
 * @param startYear - e.g. `2024` for 2024/25.
 * @returns `{ label, start, end }`.
 * @example
 * import { academicYearStarting } from 'pep-rules/deadlines';
 * academicYearStarting(2029).label;
 * //=> '2029/30'
 */
export function academicYearStarting(startYear: number): AcademicYear {
  if (typeof startYear !== 'number' || !Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    return { label: '', start: '', end: '' };
  }
  return { label: _spanLabel(startYear, '/'), start: `${startYear}-09-01`, end: `${startYear + 1}-08-31` };
}

/**
 * The national curriculum year group of a child on a date, from the age on the 31 August before
 * the academic year (DfE national curriculum year groups): aged 2 → N1, 3 → N2, 4 → R, 5 → Year 1 … 17 → Year 13.
 * Younger or older children, and invalid dates, give `null`. Children taught outside their
 * chronological year group need an explicit override (a PEP's `child.yearGroup`).
 * @param dateOfBirth - `'YYYY-MM-DD'`.
 * @param onDate - `'YYYY-MM-DD'`.
 * @returns `'N1' | 'N2' | 'R' | '1' … '13'` or `null`.
 * @example
 * import { ncYearGroup } from 'pep-rules/deadlines';
 * [ncYearGroup('2014-08-31', '2025-01-15'), ncYearGroup('2014-09-01', '2025-01-15')];
 * //=> ['6', '5']
 */
export function ncYearGroup(dateOfBirth: unknown, onDate: unknown): YearGroup | null {
  if (!isIsoDate(dateOfBirth) || !isIsoDate(onDate)) return null;
  const { year, month } = isoParts(onDate);
  const startYear = month >= 9 ? year : year - 1;
  // The age on 31 August of startYear, from the numbers (no academic year record, cut-off text or
  // second parse); outside 1000-9998 the academic year has no dates, read as before.
  const age = startYear >= 1000 && startYear <= 9998 ? ageOnAugust31(dateOfBirth, startYear) : ageOn(dateOfBirth, `${academicYearStarting(startYear).start.slice(0, 4)}-08-31`);
  const index = age - 2; // aged 2 on 31 August → N1 (index 0)
  if (index < 0 || index >= YEAR_GROUPS.length) return null;
  return YEAR_GROUPS[index] ?? null;
}

/** `ageOn(dateOfBirth, '<year>-08-31')` for a year 1000-9998: one birthday after 31 August is not yet reached. */
function ageOnAugust31(dateOfBirth: IsoDate, year: number): number {
  const born = isoParts(dateOfBirth);
  return year - born.year - (born.month > 8 ? 1 : 0);
}
