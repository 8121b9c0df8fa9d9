/**
 * Where the meeting falls in the school year, and which term instance a term phrase means. With a
 * school calendar the real term and half-term dates are used; without one a fixed approximation is
 * used only to decide the current term and half and to order candidate deadlines — never to produce
 * a date (term deadlines then carry no `date`).
 */
import type { Term } from '../core/enums';
import { _isRecord } from '../core/guards';
import { dayNumberOf, fromDayNumber, isoParts, toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import { easterSunday } from '../deadlines/easter';
import { termOfDate } from '../deadlines/termOfDate';

/** A deadline part of a term. */
export type _TermPart = 'end' | 'half-term' | 'first-half' | 'second-half';

interface CalTerm {
  readonly term: Term;
  readonly start: number;
  readonly end: number;
  /** First day of the first half-term break, or null. */
  readonly halfStart: number | null;
}

/** What the term model needs: the meeting day, its term, and the calendar's terms, if any. */
export interface _TermCtx {
  /** Meeting as a day number, or null when unknown. */
  readonly meeting: number | null;
  /** Valid calendar terms sorted by start, or null. */
  readonly terms: readonly CalTerm[] | null;
  /** The term and half of the meeting (`termOfDate`), or null without a meeting date. */
  readonly current: { readonly term: Term; readonly half: 1 | 2 } | null;
}

const TERM_ORDER: readonly Term[] = ['autumn', 'spring', 'summer'];

/**
 * Reads the terms of a school calendar defensively (a host may pass anything).
 * @param calendar - A `SchoolCalendar` or anything.
 * @returns Sorted terms, or null when there are none usable.
 */
export function _readCalendarTerms(calendar: unknown): CalTerm[] | null {
  const terms = _isRecord(calendar) ? calendar.terms : undefined;
  if (!Array.isArray(terms)) return null;
  const out: CalTerm[] = [];
  for (const t of terms.slice(0, 200)) {
    if (!_isRecord(t)) continue;
    const { term, start, end, halfTerms } = t;
    if (term !== 'autumn' && term !== 'spring' && term !== 'summer') continue;
    if (typeof start !== 'string' || typeof end !== 'string') continue;
    const s = toDayNumberOrNull(start);
    const e = toDayNumberOrNull(end);
    if (s === null || e === null || e < s) continue;
    let halfStart: number | null = null;
    if (Array.isArray(halfTerms)) {
      for (const h of halfTerms.slice(0, 12)) {
        const hs = _isRecord(h) ? h.start : undefined;
        const d = typeof hs === 'string' ? toDayNumberOrNull(hs) : null;
        if (d !== null && d > s && d <= e && (halfStart === null || d < halfStart)) halfStart = d;
      }
    }
    out.push({ term, start: s, end: e, halfStart });
  }
  out.sort((a, b) => a.start - b.start);
  return out.length > 0 ? out : null;
}

/** The last Monday–Friday before a day (the last school day before a half-term break, ignoring closures). */
function lastWeekdayBefore(day: number): number {
  let d = day - 1;
  // Day 0 (1970-01-01) was a Thursday: weekday = (d + 4) mod 7, 0 = Sunday, 6 = Saturday.
  while ((((d + 4) % 7) + 7) % 7 === 0 || (((d + 4) % 7) + 7) % 7 === 6) d -= 1;
  return d;
}

/** Academic year start (the September year) of a day number. */
function academicStart(day: number): number {
  const { year, month } = isoParts(fromDayNumber(day));
  return month >= 9 ? year : year - 1;
}

/**
 * Approximate end of the spring term: Good Friday, kept between 31 March and 11 April (never before
 * the last day `termOfDate` gives to spring without a calendar, so the current spring term has not
 * ended at a March meeting).
 */
function approxSpringEnd(year: number): number {
  const known = SPRING_END.get(year);
  if (known !== undefined) return known;
  const good = (toDayNumberOrNull(easterSunday(year)) as number) - 2;
  const end = Math.min(Math.max(good, dayNumberOf(year, 3, 31)), dayNumberOf(year, 4, 11));
  if (SPRING_END.size >= 512) SPRING_END.clear();
  SPRING_END.set(year, end);
  return end;
}

/** {@link approxSpringEnd} by year (Easter worked out once per year, not for every term deadline). */
const SPRING_END = new Map<number, number>();

/** Approximate day a part of a term ends, in the academic year starting `ay`. */
function approxPartEnd(term: Term, part: _TermPart, ay: number): number {
  const half = part === 'half-term' || part === 'first-half';
  if (term === 'autumn') return half ? dayNumberOf(ay, 10, 24) : dayNumberOf(ay, 12, 19);
  if (term === 'spring') return half ? dayNumberOf(ay + 1, 2, 14) : approxSpringEnd(ay + 1);
  return half ? dayNumberOf(ay + 1, 5, 23) : dayNumberOf(ay + 1, 7, 22);
}

/**
 * The term model of a context: the meeting day, the calendar's terms, and the meeting's term and half
 * as `termOfDate` (src/deadlines) gives them — the one answer every module uses.
 * @param meeting - The meeting date, or null.
 * @param calendar - The context's calendar (anything; a `SchoolCalendar` is used, others ignored).
 * @returns The term context.
 */
export function _termCtx(meeting: IsoDate | null, calendar: unknown): _TermCtx {
  // Without a calendar the answer depends on the meeting date alone: remembered (a few hundred dates at most).
  if (calendar === undefined || calendar === null) {
    const key = meeting ?? '';
    const known = NO_CALENDAR.get(key);
    if (known !== undefined) return known;
    if (NO_CALENDAR.size >= 512) NO_CALENDAR.clear();
    const made = termCtxOf(meeting, calendar);
    NO_CALENDAR.set(key, made);
    return made;
  }
  return termCtxOf(meeting, calendar);
}

/** Term contexts without a calendar, by meeting date (frozen: shared between calls). */
const NO_CALENDAR = new Map<string, _TermCtx>();

function termCtxOf(meeting: IsoDate | null, calendar: unknown): _TermCtx {
  const terms = _readCalendarTerms(calendar);
  const of = meeting === null ? null : termOfDate(meeting, _isRecord(calendar) ? (calendar as unknown as SchoolCalendar) : null);
  return Object.freeze({
    meeting: meeting === null ? null : toDayNumberOrNull(meeting),
    terms,
    current: of === null ? null : Object.freeze({ term: of.term, half: of.half }),
  });
}

/** The current term at the meeting and which half of it (`termOfDate`, read once per context). */
export function _currentTerm(ctx: _TermCtx): { term: Term; half: 1 | 2 } | null {
  return ctx.current;
}

/** The term after a term. */
export function _nextTerm(term: Term): Term {
  return TERM_ORDER[(TERM_ORDER.indexOf(term) + 1) % 3] as Term;
}

/**
 * Resolves a term part to its next occurrence whose end is on or after the meeting: an approximate
 * day for ordering, and the real date when a calendar covers it.
 * @param term - Autumn, spring or summer.
 * @param part - End, half-term, first half or second half.
 * @param ctx - Meeting and calendar.
 * @param skip - Occurrences to skip (1 for "next term" when the named term is the current one).
 * @returns `{ approx, date }`; `approx` is null without a meeting date.
 */
export function _resolveTerm(term: Term, part: _TermPart, ctx: _TermCtx, skip = 0): { approx: number | null; date: IsoDate | null } {
  const m = ctx.meeting;
  if (m === null) return { approx: null, date: null };
  let remaining = skip;
  if (ctx.terms !== null) {
    for (const t of ctx.terms) {
      if (t.term !== term) continue;
      const half = part === 'half-term' || part === 'first-half';
      const endDay = half ? (t.halfStart !== null ? lastWeekdayBefore(t.halfStart) : null) : t.end;
      const check = endDay ?? t.end;
      if (check < m) continue;
      if (remaining > 0) {
        remaining -= 1;
        continue;
      }
      return { approx: check, date: endDay === null ? null : fromDayNumber(endDay) };
    }
  }
  let ay = academicStart(m);
  for (let k = 0; k < 3; k++) {
    const approx = approxPartEnd(term, part, ay + k);
    if (approx >= m) {
      if (remaining > 0) {
        remaining -= 1;
        continue;
      }
      return { approx, date: null };
    }
  }
  ay += 3;
  return { approx: approxPartEnd(term, part, ay), date: null };
}

/**
 * The last day of the summer term of the meeting's own academic year from the calendar: null without a calendar term
 * for it, or when that term ended before the meeting (a meeting in the summer holiday names no year end to come).
 * @example _academicYearEndDate(ctx) // '2025-07-22' for a meeting on 2025-01-15; null for one on 2025-07-28
 */
export function _academicYearEndDate(ctx: _TermCtx): IsoDate | null {
  const m = ctx.meeting;
  if (m === null || ctx.terms === null) return null;
  const ay = academicStart(m);
  for (const t of ctx.terms) {
    if (t.term === 'summer' && academicStart(t.start) === ay) return t.end < m ? null : fromDayNumber(t.end);
  }
  return null;
}

/** Approximate day of the end of the academic year of the meeting (for ordering). */
export function _academicYearEndApprox(ctx: _TermCtx): number | null {
  if (ctx.meeting === null) return null;
  return approxPartEnd('summer', 'end', academicStart(ctx.meeting));
}
