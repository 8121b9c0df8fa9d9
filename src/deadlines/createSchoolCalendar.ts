import { REGIONS, TERMS, type Region, type Term } from '../core/enums';
import { finding, type Finding } from '../core/finding';
import { fromDayNumber, type IsoDate, toDayNumberOrNull, weekdayOfDayNumber } from '../core/isoDate';
import { academicYearOf } from './academicYear';
import { _readCalendarInput, type _CalendarData, type _TermData } from './_readCalendarInput';
import { _coverageFindings, _isBaseWorking, type _Ctx } from './_workingDays';
import type { InjectedHolidays } from './types';
import { _guarded } from '../core/_guarded';

/** A range of dates, both ends included. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** One term as a council or school publishes it. */
export interface SchoolTermInput {
  readonly term: Term;
  /** First day of the term (an INSET day may be the first day). */
  readonly start: IsoDate;
  /** Last day of the term. */
  readonly end: IsoDate;
  /** Half-term breaks inside the term, both ends included. */
  readonly halfTerms?: readonly DateRange[];
  /** Staff training days inside the term: pupils do not attend. */
  readonly insetDays?: readonly IsoDate[];
}

/** Input of {@link createSchoolCalendar}. Other keys (`name`, `note`…) are ignored. */
export interface SchoolCalendarInput {
  readonly terms: readonly SchoolTermInput[];
  /** Other days the school is closed to pupils (polling day, emergency closures). */
  readonly closures?: readonly IsoDate[];
  /** Bank-holiday region. Default `'england-and-wales'`. */
  readonly region?: Region;
  /** An injected GOV.UK feed (from `bankHolidaysFromGovUk`). */
  readonly holidays?: InjectedHolidays;
}

/** A validated term. */
export interface SchoolTerm {
  readonly term: Term;
  /** `'2024/25'`, from the term's start date. */
  readonly academicYear: string;
  readonly start: IsoDate;
  readonly end: IsoDate;
  readonly halfTerms: readonly DateRange[];
  readonly insetDays: readonly IsoDate[];
  /** Pupil school days in the term. */
  readonly schoolDays: number;
}

/**
 * A school calendar built by {@link createSchoolCalendar}: data, frozen, safe to share.
 * School days are inside a term and not a weekend, bank holiday, half-term, INSET day or closure.
 */
export interface SchoolCalendar {
  readonly kind: 'school-calendar';
  readonly region: Region;
  /** Terms sorted by start date. */
  readonly terms: readonly SchoolTerm[];
  readonly closures: readonly IsoDate[];
  /** The span the calendar answers for: 1 September of its first academic year to 31 August of its last. */
  readonly covers: DateRange;
  /** Every school day as a day number (days since 1970-01-01), ascending. Derived data. */
  readonly schoolDayNumbers: readonly number[];
}

/** The result of {@link createSchoolCalendar}. */
export type SchoolCalendarResult =
  | { readonly ok: true; readonly calendar: SchoolCalendar; readonly findings: readonly Finding[] }
  | { readonly ok: false; readonly calendar: null; readonly findings: readonly Finding[] };

const SOURCE = 'Education Act 2002 s32 (term dates are set by the local authority, governing body or academy trust, so a school calendar is data: terms, half-terms, INSET and closure days)';
const MAX_TERM_DAYS = 366;

type ParsedInput = _CalendarData;
type ParsedTerm = _TermData;

/** A term that passed the checks, with its day numbers. */
interface Work {
  readonly index: number;
  readonly input: ParsedTerm;
  readonly start: number;
  readonly end: number;
  readonly academicYear: string;
}

const calendarFinding = (code: string, severity: Finding['severity'], message: string, path: (string | number)[]): Finding =>
  finding(code, severity, message, path, SOURCE);

/** Half-terms that end before they start (errors) or lie outside the term, and INSET days outside it (warnings). */
function _checkInsideTerm(t: ParsedTerm, index: number, errors: Finding[], notes: Finding[]): void {
  (t.halfTerms ?? []).forEach((h, j) => {
    if (h.end < h.start) {
      errors.push(
        calendarFinding('DEADLINE-CALENDAR-HALF-TERM-END-BEFORE-START', 'error', `Half-term ${j} of term ${index} ends before it starts.`, ['terms', index, 'halfTerms', j, 'end']),
      );
    } else if (h.start < t.start || h.end > t.end) {
      notes.push(
        calendarFinding('DEADLINE-CALENDAR-HALF-TERM-OUTSIDE-TERM', 'warning', `Half-term ${j} of term ${index} is not inside the term; the days outside it change nothing.`, ['terms', index, 'halfTerms', j]),
      );
    }
  });
  (t.insetDays ?? []).forEach((d, j) => {
    if (d < t.start || d > t.end) {
      notes.push(
        calendarFinding('DEADLINE-CALENDAR-INSET-OUTSIDE-TERM', 'warning', `INSET day ${j} of term ${index} is not inside the term; it changes nothing.`, ['terms', index, 'insetDays', j]),
      );
    }
  });
}

/** One term checked: its span and academic year, or `null` with an error. */
function _checkTerm(t: ParsedTerm, index: number, errors: Finding[], notes: Finding[]): Work | null {
  const start = toDayNumberOrNull(t.start) as number;
  const end = toDayNumberOrNull(t.end) as number;
  const path = ['terms', index, 'end'];
  if (end < start) {
    errors.push(calendarFinding('DEADLINE-CALENDAR-TERM-END-BEFORE-START', 'error', `Term ${index} ends before it starts.`, path));
    return null;
  }
  if (end - start + 1 > MAX_TERM_DAYS) {
    errors.push(calendarFinding('DEADLINE-CALENDAR-TERM-TOO-LONG', 'error', `Term ${index} is longer than a year.`, path));
    return null;
  }
  const academicYear = academicYearOf(t.start)?.label ?? '';
  if ((academicYearOf(t.end)?.label ?? '') !== academicYear) {
    errors.push(calendarFinding('DEADLINE-CALENDAR-TERM-CROSSES-YEARS', 'error', `Term ${index} runs past 31 August into the next academic year.`, path));
    return null;
  }
  _checkInsideTerm(t, index, errors, notes);
  return { index, input: t, start, end, academicYear };
}

/** The checked terms sorted by start, with an error for each overlap. */
function _sortedTerms(terms: readonly ParsedTerm[], errors: Finding[], notes: Finding[]): Work[] {
  const valid: Work[] = [];
  terms.forEach((t, index) => {
    const w = _checkTerm(t, index, errors, notes);
    if (w !== null) valid.push(w);
  });
  const sorted = valid.sort((a, b) => a.start - b.start || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Work;
    const cur = sorted[i] as Work;
    if (cur.start <= prev.end) {
      errors.push(calendarFinding('DEADLINE-CALENDAR-TERM-OVERLAP', 'error', `Term ${cur.index} overlaps term ${prev.index}.`, ['terms', cur.index, 'start']));
    }
  }
  return sorted;
}

/** A note for each academic year that lacks one of the three terms. */
function _missingTermNotes(sorted: readonly Work[]): Finding[] {
  const notes: Finding[] = [];
  for (const year of new Set(sorted.map((w) => w.academicYear))) {
    const present = new Set(sorted.filter((w) => w.academicYear === year).map((w) => w.input.term));
    const missing = TERMS.filter((t) => !present.has(t));
    if (missing.length > 0) {
      notes.push(
        calendarFinding('DEADLINE-CALENDAR-TERM-MISSING', 'info', `Academic year ${year} has no ${missing.join(' or ')} term: no school days are counted there.`, ['terms']),
      );
    }
  }
  return notes;
}

/** The term's pupil school days, appended to `days`; returns how many. */
function _termSchoolDays(w: Work, closed: ReadonlySet<number>, ctx: _Ctx, days: number[]): number {
  const off = new Set<number>();
  for (const h of w.input.halfTerms ?? []) {
    for (let d = toDayNumberOrNull(h.start) as number, e = toDayNumberOrNull(h.end) as number; d <= e; d++) off.add(d);
  }
  for (const d of w.input.insetDays ?? []) off.add(toDayNumberOrNull(d) as number);
  let count = 0;
  for (let d = w.start; d <= w.end; d++) {
    const wd = weekdayOfDayNumber(d);
    if (wd === 0 || wd === 6 || off.has(d) || closed.has(d) || !_isBaseWorking(d, ctx)) continue;
    days.push(d);
    count++;
  }
  return count;
}

/** A frozen term of the calendar. */
const _frozenTerm = (w: Work, schoolDays: number): SchoolTerm =>
  Object.freeze({
    term: w.input.term,
    academicYear: w.academicYear,
    start: w.input.start,
    end: w.input.end,
    halfTerms: Object.freeze((w.input.halfTerms ?? []).map((h) => Object.freeze({ start: h.start, end: h.end }))),
    insetDays: Object.freeze([...(w.input.insetDays ?? [])].sort()),
    schoolDays,
  });

/** The calendar from checked, sorted terms, with the bank-holiday coverage notes. */
function _buildCalendar(data: ParsedInput, sorted: readonly Work[], notes: Finding[]): SchoolCalendar {
  const region: Region = data.region ?? 'england-and-wales';
  const ctx: _Ctx = { region, regionIdx: REGIONS.indexOf(region), feed: data.holidays ?? null, closures: null };
  const closed = new Set<number>();
  for (const c of data.closures ?? []) closed.add(toDayNumberOrNull(c) as number);
  const days: number[] = [];
  const terms = sorted.map((w) => _frozenTerm(w, _termSchoolDays(w, closed, ctx, days)));
  const coverStart = `${(sorted[0] as Work).academicYear.slice(0, 4)}-09-01`;
  const coverEnd = `${Number((sorted[sorted.length - 1] as Work).academicYear.slice(0, 4)) + 1}-08-31`;
  notes.push(..._coverageFindings(toDayNumberOrNull(coverStart) as number, toDayNumberOrNull(coverEnd) as number, ctx));
  return Object.freeze({
    kind: 'school-calendar',
    region,
    terms: Object.freeze(terms),
    closures: Object.freeze([...closed].sort((a, b) => a - b).map(fromDayNumber)),
    covers: Object.freeze({ start: coverStart, end: coverEnd }),
    schoolDayNumbers: Object.freeze(days),
  });
}

/**
 * Builds a school calendar from a council's or school's term dates. Term dates cannot be computed
 * (each local authority, academy trust or governing body sets its own), so they are data. Errors
 * (`ok: false`): bad shapes or dates (`DEADLINE-CALENDAR-REQUIRED`, `-TYPE`, `-DATE`, `-VALUE`, `-INVALID`,
 * `-RANGE`), `DEADLINE-CALENDAR-TERM-END-BEFORE-START`, `DEADLINE-CALENDAR-TERM-TOO-LONG`,
 * `DEADLINE-CALENDAR-TERM-CROSSES-YEARS`, `DEADLINE-CALENDAR-TERM-OVERLAP`,
 * `DEADLINE-CALENDAR-HALF-TERM-END-BEFORE-START`. Warnings and notes (`ok: true`):
 * `DEADLINE-CALENDAR-HALF-TERM-OUTSIDE-TERM`, `DEADLINE-CALENDAR-INSET-OUTSIDE-TERM`,
 * `DEADLINE-CALENDAR-TERM-MISSING`, `DEADLINE-BANK-HOLIDAYS-PROVISIONAL`.
 * @param input - `{ terms: [{ term, start, end, halfTerms?, insetDays? }], closures?, region?, holidays? }`.
 * @returns `{ ok: true, calendar, findings }` or `{ ok: false, calendar: null, findings }`.
 * @example
 * import { createSchoolCalendar } from 'pep-rules/deadlines';
 * const r = createSchoolCalendar({ terms: [
 *   { term: 'autumn', start: '2025-09-01', end: '2025-12-19', halfTerms: [{ start: '2025-10-27', end: '2025-10-31' }], insetDays: ['2025-09-01'] },
 * ] });
 * r.ok && r.calendar.terms[0]?.schoolDays;
 * //=> 74
 */
export function createSchoolCalendar(input: unknown): SchoolCalendarResult {
  return _guarded(unguardedCreateSchoolCalendar, [input]);
}

function unguardedCreateSchoolCalendar(input: unknown): SchoolCalendarResult {
  const parsed = _readCalendarInput(input, SOURCE);
  if (!parsed.ok) return { ok: false, calendar: null, findings: parsed.findings };
  const errors: Finding[] = [];
  const notes: Finding[] = [];
  const sorted = _sortedTerms(parsed.data.terms, errors, notes);
  if (errors.length > 0) return { ok: false, calendar: null, findings: [...errors, ...notes] };
  notes.push(..._missingTermNotes(sorted));
  const calendar = _buildCalendar(parsed.data, sorted, notes);
  return { ok: true, calendar, findings: notes };
}
