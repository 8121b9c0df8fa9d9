import type { Term } from '../core/enums';
import { isIsoDate, isoParts, type IsoDate } from '../core/isoDate';
import { _spanLabel } from './_yearSpan';
import type { SchoolCalendar } from './createSchoolCalendar';
import { termOf } from './termOf';
import { _guarded } from '../core/_guarded';

/** The term and half term a date belongs to, and how that was decided. */
export interface TermOfDate {
  readonly term: Term;
  /** First or second half of the term. */
  readonly half: 1 | 2;
  /** `'2025/26'`: the academic year (1 September – 31 August) of the date. */
  readonly academicYear: string;
  /**
   * `'calendar'`: the school calendar given decided (a date inside one of its terms, or in the
   * holidays between two of them); `'months'`: no calendar was given, or the date is outside the
   * calendar's terms, so the months decide.
   */
  readonly basis: 'calendar' | 'months';
}

/*
 * Without a calendar, the months decide (the shape of the English school year: autumn September to
 * December, spring January to March, summer April to August; half-terms late October, mid February
 * and late May). A meeting in the Easter holidays in early April therefore belongs to the summer
 * term it prepares for. A school calendar, when given, always wins for dates inside its terms.
 */
const MONTH_TERM: readonly Term[] = ['spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'autumn'];
/** The first day of each term's second half when no calendar says otherwise (1 November, 22 February, 1 June), as month * 100 + day. */
const SECOND_HALF_AT: Readonly<Record<Term, number>> = { autumn: 1101, spring: 222, summer: 601 };

function byMonths(date: IsoDate, academicYear: string): TermOfDate {
  // A valid date's month and day read as numbers (no substrings): 'MM-DD' compared as text is MMDD compared as a number.
  const { month, day } = isoParts(date);
  const term = MONTH_TERM[month - 1] ?? 'autumn';
  const half = month * 100 + day >= SECOND_HALF_AT[term] ? 2 : 1;
  return { term, half, academicYear, basis: 'months' };
}

/**
 * The term (and half term) of a date: the one answer every module uses, for the term of a PEP
 * meeting, the "current term" of a deadline phrase and PP+ termly windows.
 *
 * With a school calendar and a date inside one of its terms, the calendar decides (the half is the
 * second once the term's first half-term break has begun); a date in the holidays between two of its
 * terms belongs to the next term (the one it prepares for). Otherwise the months decide: autumn
 * September–December (second half from 1 November), spring January–March (from 22 February),
 * summer April–August (from 1 June); so 2 April is summer.
 * @param date - `'YYYY-MM-DD'`.
 * @param calendar - Optional, from `createSchoolCalendar`.
 * @returns `{ term, half, academicYear, basis }`, or `null` for a date that is not a valid ISO date.
 * @example
 * import { termOfDate } from 'pep-rules/deadlines';
 * [termOfDate('2026-04-02')?.term, termOfDate('2026-03-31')?.term, termOfDate('2025-11-03')?.half];
 * //=> ['summer', 'spring', 2]
 */
export function termOfDate(date: IsoDate, calendar?: SchoolCalendar | null): TermOfDate | null {
  return _guarded(unguardedTermOfDate, [date, calendar]);
}

function unguardedTermOfDate(date: IsoDate, calendar?: SchoolCalendar | null): TermOfDate | null {
  if (!isIsoDate(date)) return null;
  const academicYear = academicYearLabel(date);
  const position = calendar ? termOf(date, calendar) : null;
  if (position === null) return calendar ? holidayTerm(date, calendar, academicYear) : byMonths(date, academicYear);
  const firstBreak = calendarFirstBreak(calendar!, position.start);
  const half = firstBreak !== null && date >= firstBreak ? 2 : 1;
  return { term: position.term, half, academicYear: position.academicYear, basis: 'calendar' };
}

/**
 * A date in the holidays between two terms of the calendar belongs to the term it prepares for (the
 * next one), as a meeting in the Easter holidays prepares for the summer term; before the first or
 * after the last term of the calendar, the months decide.
 */
/** `academicYearOf(date)?.label` for a valid date, without the year's start and end dates. */
function academicYearLabel(date: IsoDate): string {
  const { year, month } = isoParts(date);
  const startYear = month >= 9 ? year : year - 1;
  return startYear >= 1000 && startYear <= 9998 ? _spanLabel(startYear, '/') : '';
}

/**
 * {@link termOfDate} without the guard, for a valid date and no calendar (nothing in it can throw).
 * @param date - A valid `'YYYY-MM-DD'`.
 * @returns What `termOfDate(date)` returns.
 * @internal
 */
export function _termOfDateByMonths(date: IsoDate): TermOfDate | null {
  return unguardedTermOfDate(date, null);
}

function holidayTerm(date: IsoDate, calendar: SchoolCalendar, academicYear: string): TermOfDate {
  const terms = Array.isArray(calendar.terms) ? calendar.terms : [];
  let next: SchoolCalendar['terms'][number] | null = null;
  let hasEarlier = false;
  for (const t of terms) {
    if (t.end < date) hasEarlier = true;
    else if (t.start > date && (next === null || t.start < next.start)) next = t;
  }
  if (next === null || !hasEarlier) return byMonths(date, academicYear);
  return { term: next.term, half: 1, academicYear: next.academicYear, basis: 'calendar' };
}

function calendarFirstBreak(calendar: SchoolCalendar, termStart: IsoDate): IsoDate | null {
  const term = calendar.terms.find((t) => t.start === termStart);
  if (term === undefined || term.halfTerms.length === 0) return null;
  let first = term.halfTerms[0]!.start;
  for (const h of term.halfTerms) if (h.start < first) first = h.start;
  return first;
}
