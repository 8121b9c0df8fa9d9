/**
 * The resolvers of the deadline phrase table (see `_deadline.ts`): each reads one kind of phrase from
 * its core token with a bounded look-ahead, and resolves it against the meeting date (or leaves the
 * deadline null when it needs one).
 */
import type { Term } from '../core/enums';
import { addCalendarMonths, daysInMonth, dayNumberOf, fromDayNumber, isoDateOf, isoParts, toDayNumber, toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import { bankHolidays } from '../deadlines/bankHolidays';
import { easterSunday } from '../deadlines/easter';
import type { _Doc } from './_doc';
import { _nearest, _walkBack } from './_walks';
import { _capitalised } from './_ends';
import type { _Tok } from './_text';

export { _HOLIDAY_WORDS, _RELATIVE_UNITS };
import { _ARRANGED, _cellValueAt, _TERM_FOLLOWERS, _forTheRest, _FREQ_WORDS, _groupNamesNoun, _REVIEW_NOUNS, _aloneInCell, _firstWeeks, _lastPartBefore, _dueOccasion, _plainNumberAt, _START_VERBS, _STRONG_PREPS, _prefixBefore, _sentenceEndAt, _stageCue, _stageNamesThing, _wd, _afterTargetMark, _isWeekCommencing, _lastOrFinalAt, type _Prefix } from './_deadlinePrefix';
import { _ARTICLES, _HOLIDAY_WORDS, _RELATIVE_UNITS, _PART_ENDS, _ADULT_SUBJECTS, _AMBIGUOUS_MONTHS, _ASSESSMENTS, _FORECAST, _FUTURE, _IRREGULAR_PAST, _MAYBE, _HEADING_MARKS, _MONTHS, _NUMBER_CLOSERS, _NUMBER_WORDS, _OWNING_DETERMINERS, _RECURRING_OBJECTS, _SESSION_NOUNS, _SETTLING, _STOP, _SUBJECTS, _TERM_WORDS, _WEEKDAYS } from './_phrases';
import { _AGE_SCORES, _POSTS, _SCORE_NOUNS, _pastParticiple } from './_measure';
import { _academicYearEndApprox, _academicYearEndDate, _currentTerm, _nextTerm, _resolveTerm, type _TermCtx, type _TermPart } from './_terms';
import type { Deadline } from './types';

/** Options of the scan. */
export interface _ScanOptions {
  readonly terms: _TermCtx;
  /** The meeting date as ISO, or null. */
  readonly meeting: IsoDate | null;
  /** The text is a "Timescale (When)" cell: every phrase is a deadline, a bare "Spring 1" means its end. */
  readonly cell: boolean;
  /** Next review as a day number (for ordering "by the next PEP" against other deadlines), or null. */
  readonly nextReview: number | null;
}


/** Days in a number of units: a month is 30 days, but a whole number of years' worth of months is years of 365 ("in twelve months" → 365). */
function daysOf(value: number, unit: number): number {
  return unit === 30 && value % 12 === 0 ? (value / 12) * 365 : value * unit;
}
/** What "this" names as the plan being made at the meeting ("within 6 weeks of this agreement", "of this plan"). */
const THIS_DOCUMENT: ReadonlySet<string> = new Set(['agreement', 'plan']);
/**
 * Whether "this agreement (plan)" at k is the plan itself, its start, ending its clause: not "this agreement ending", "this
 * plan's review", "this plan review", another point of the plan counted from.
 */
function planItself(doc: _Doc, k: number): boolean {
  const t = doc.toks[k + 1];
  return !doc.toks[k]?.raw.includes("'") && (t === undefined || t.kind === 'p' || _wd(doc, k + 1) === 'and');
}
const MEETING_WORDS = new Set(['meeting', 'pep', 'peps', 'review', 'today', 'now', 'this', 'the', 'date', 'plan', 'setting']);
const NAME_FOLLOWERS = new Set(['will', 'to', 'is', 'has', 'can', 'was', 'and', 'would', 'could', 'should', 'needs', 'wants', 'said', 'had', 'does', 'did', 'may', 'must']);
/** Prepositions that cue a month which is also another word ("by May", "in March", "since April"). */
const AMBIGUOUS_MONTH_PREPS = new Set(['by', 'before', 'until', 'till', 'in', 'during', 'since', 'from']);
const MONTH_FOLLOWERS = new Set([
  'mock', 'mocks', 'exam', 'exams', 'test', 'tests', 'assessment', 'assessments', 'deadline', 'report', 'resit', 'resits', 'window',
  'series', 'data', 'drop', 'review', 'pep', 'sitting',
]);
/**
 * Nouns of a check done again, after a point that names it ("the summer term retest", "the June re-screen", "the spring
 * re-check"): the school-time table's re-check row ("reading age 7y 6m when retested in March").
 */
const RECHECKS: ReadonlySet<string> = new Set([
  'retest', 'retests', 'retesting', 'reassessment', 'reassessments', 'rescreen', 'rescreening', 'rescreens', 'resit', 'resits', 'recheck', 'rechecks',
]);

/** Whether a re-check's noun ({@link RECHECKS}) stands at k, written whole or with "re-" ("retest", "re-test", "re-check"). */
export function _recheckAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return RECHECKS.has(x === 're' ? `re${_wd(doc, k + 1)}` : x);
}

/**
 * Next occurrence on or after the meeting of a day and month, as a day number; `'impossible'` when that
 * occurrence has no such day (29 February in a common year): the date is never moved to another day.
 */
function nextOccurrence(month: number, day: number, meeting: IsoDate): { iso: IsoDate; day: number } | 'impossible' | null {
  const { year } = isoParts(meeting);
  const m = toDayNumberOrNull(meeting) as number;
  for (let y = year; y <= year + 1; y++) {
    const last = daysInMonth(y, month);
    if (day > last && !(month === 2 && day === 29)) return null;
    if ((toDayNumberOrNull(isoDateOf(y, month, Math.min(day, last)) as IsoDate) as number) < m) continue;
    const iso = isoDateOf(y, month, day);
    return iso === null ? 'impossible' : { iso, day: toDayNumberOrNull(iso) as number };
  }
  return null;
}

function expandYear(y: number, digits: number): number | null {
  if (digits === 4) return y >= 1990 && y <= 2100 ? y : null;
  if (digits === 2) return 2000 + y;
  return null;
}

/** A month with no day ({@link _Found.month}). */
export interface _FoundMonth {
  readonly year: number;
  readonly month: number;
  readonly end?: true;
}

/**
 * A phrase resolved by one entry of the phrase table. Every record has every field, in this order (built only by
 * {@link _found} and {@link _foundFrom}), so the scan's reads of them see one object shape: records built in
 * many shapes made every `found.deadline`, `.month`, `.nextReview` … a slow generic look-up. Unset fields are undefined.
 */
export interface _Found {
  readonly deadline: Deadline | null;
  readonly approx: number | null;
  readonly end: number;
  /**
   * A month with no day ("by March"): a day-precise date in the same month supersedes it. `end`: "the end of" the month,
   * its last day named, which only a day restating it ("(Fri 21/02)") refines.
   */
  readonly month: _FoundMonth | undefined;
  /** A day or month written with no year, resolved to its next occurrence on or after the meeting. */
  readonly yearless: true | undefined;
  /** A "next PEP" phrase: ordered by the next review date (or the meeting plus 91 days). */
  readonly nextReview: true | undefined;
  /** A date that does not exist ("30 February 2026", "31/04/2026", "31st June"): flagged, never a deadline. */
  readonly impossible: true | undefined;
  /** A school-time point that only names a thing ("in the Year 11 mocks"): any other deadline supersedes it. */
  readonly yields: true | undefined;
  /**
   * A count of weekly sessions the point is read from ("attend 12 weekly sessions … by the end of the block"): the count of
   * occasions the child attends stays the measure (Measurable: a count of occasions), so its words are not taken.
   */
  readonly count: true | undefined;
  /** A duration or frequency ("for 6 weeks"): a measure, whose words are marked, never a deadline. */
  readonly duration: true | undefined;
}

/** Flags of {@link _found}, one bit per field that is `true` or undefined. */
export const _FOUND_YEARLESS = 1;
export const _FOUND_NEXT_REVIEW = 2;
export const _FOUND_IMPOSSIBLE = 4;
export const _FOUND_YIELDS = 8;
export const _FOUND_COUNT = 16;
export const _FOUND_DURATION = 32;

/** A {@link _Found} with every field set, in one order: `flags` is a sum of the `_FOUND_…` bits. */
export function _found(deadline: Deadline | null, approx: number | null, end: number, month?: _FoundMonth, flags = 0): _Found {
  return {
    deadline,
    approx,
    end,
    month,
    yearless: (flags & _FOUND_YEARLESS) === 0 ? undefined : true,
    nextReview: (flags & _FOUND_NEXT_REVIEW) === 0 ? undefined : true,
    impossible: (flags & _FOUND_IMPOSSIBLE) === 0 ? undefined : true,
    yields: (flags & _FOUND_YIELDS) === 0 ? undefined : true,
    count: (flags & _FOUND_COUNT) === 0 ? undefined : true,
    duration: (flags & _FOUND_DURATION) === 0 ? undefined : true,
  };
}

/** `f` again (the same shape) ending at `end`, with the `_FOUND_…` bits of `add` set as well as its own, and `month`. */
export function _foundFrom(f: _Found, end: number, add = 0, month = f.month): _Found {
  const own =
    (f.yearless === true ? _FOUND_YEARLESS : 0) |
    (f.nextReview === true ? _FOUND_NEXT_REVIEW : 0) |
    (f.impossible === true ? _FOUND_IMPOSSIBLE : 0) |
    (f.yields === true ? _FOUND_YIELDS : 0) |
    (f.count === true ? _FOUND_COUNT : 0) |
    (f.duration === true ? _FOUND_DURATION : 0);
  return _found(f.deadline, f.approx, end, month, own | add);
}

/** `f` again, read from a count of sessions ({@link _Found.count}), with the bits of `add` as well. */
function withCount(f: _Found, add: number): _Found {
  return _foundFrom(f, f.end, _FOUND_COUNT | add);
}

/** `f` again, yielding to any other deadline ({@link _Found.yields}). */
export function _yielding(f: _Found): _Found {
  return _foundFrom(f, f.end, _FOUND_YIELDS);
}

/**
 * A date with day, month and optional year → a `date` deadline, resolved against the meeting. A day the
 * month never has (31 June, 30 February) or does not have that year (29 February 2025) is `impossible`.
 */
function dateFound(day: number, month: number, year: number | null, end: number, opts: _ScanOptions): _Found | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const impossible: _Found = _found(null, null, end, undefined, _FOUND_IMPOSSIBLE);
  if (year !== null) {
    const iso = isoDateOf(year, month, day);
    if (iso === null) return year >= 1000 && year <= 9999 ? impossible : null;
    return _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), end);
  }
  if (day > (month === 2 ? 29 : daysInMonth(2001, month))) return impossible;
  if (opts.meeting === null) return _found(null, null, end);
  const next = nextOccurrence(month, day, opts.meeting);
  if (next === 'impossible') return impossible;
  if (next === null) return null;
  return _found({ kind: 'date', date: next.iso }, next.day, end, undefined, _FOUND_YEARLESS);
}

/**
 * A month with no day: its last day (or the 15th for "mid", the 1st for "start"). "The end of April" names that day
 * itself (`month.end`), which a day earlier in the month does not refine: "by the end of April (booked 3rd April)" keeps
 * the 30th, the final point (the labelling guide, Deadline labels: the final point is the deadline; label y19-236); only a
 * day restating it refines it, as "by the February deadline (Fri 21/02)" is refined to the day.
 */
function monthFound(month: number, year: number | null, position: string | null, end: number, opts: _ScanOptions): _Found | null {
  /** Days in a week: the last day of a month's first week ("by the first week of September") is the 7th. */
  const WEEK_DAYS = 7;
  const weeks = _firstWeeks(position);
  const dayFor = (y: number): number => (position === 'middle' ? 15 : position === 'start' ? 1 : weeks > 0 ? WEEK_DAYS * weeks : daysInMonth(y, month));
  if (year !== null) {
    const iso = isoDateOf(year, month, dayFor(year)) as IsoDate;
    return _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), end, position === 'end' ? { year, month, end: true } : { year, month });
  }
  if (opts.meeting === null) return _found(null, null, end);
  const { year: my } = isoParts(opts.meeting);
  const m = toDayNumberOrNull(opts.meeting) as number;
  for (let y = my; y <= my + 1; y++) {
    const n = dayNumberOf(y, month, dayFor(y));
    if (n >= m) return _found({ kind: 'date', date: fromDayNumber(n) }, n, end, position === 'end' ? { year: y, month, end: true } : { year: y, month }, _FOUND_YEARLESS);
  }
  return null;
}

export function _termFound(term: Term, part: _TermPart, end: number, opts: _ScanOptions, skip = 0): _Found {
  const r = _resolveTerm(term, part, opts.terms, skip);
  const deadline: Deadline = r.date === null ? { kind: 'term', term, part } : { kind: 'term', term, part, date: r.date };
  return _found(deadline, r.approx, end);
}

/** Reads a year straight after `j` (2025, '25 is not supported). */
function yearAt(doc: _Doc, j: number): number | null {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'n' || t.sep !== '' || t.suffix !== '' || t.prefix !== '') return null;
  return t.digits[0] === 4 ? expandYear(t.num, 4) : null;
}

/** A day number token (1–31, optionally with st/nd/rd/th). */
function dayAt(doc: _Doc, j: number): number | null {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'n' || t.sep !== '' || t.prefix !== '') return null;
  if (t.suffix !== '' && t.suffix !== 'st' && t.suffix !== 'nd' && t.suffix !== 'rd' && t.suffix !== 'th') return null;
  return t.num >= 1 && t.num <= 31 && (t.digits[0] ?? 3) <= 2 && !listMarker(doc, j) ? t.num : null;
}

/** "end of March 2) CV updated": a figure closing a bracket no "(" opened (six words back) numbers a list's item, no day. */
function listMarker(doc: _Doc, j: number): boolean {
  if (_wd(doc, j + 1) !== ')') return false;
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) if (_wd(doc, k) === '(') return false;
  return true;
}

function monthAt(doc: _Doc, j: number): number | null {
  return _MONTHS.get(_wd(doc, j)) ?? null;
}

const FRACTION_BEFORE = new Set(['score', 'scored', 'scoring', 'get', 'gets', 'got', 'achieve', 'least', 'of', 'out', 'year', 'years', 'y', 'yr', 'ks', 'grade', 'grades', 'level', 'at', 'than', 'mark', 'marks', 'minimum', 'maximum', 'about', 'only', 'x', 'with', 'on']);
const FRACTION_AFTER = new Set([
  'days', 'day', 'occasions', 'occasion', 'sessions', 'session', 'lessons', 'lesson', 'times', 'questions', 'question', 'marks', 'mark',
  'correct', 'spellings', 'words', 'attempts', 'weeks', 'mornings', 'afternoons', 'tasks', 'of', 'or', 'in', 'on', 'accuracy', 'targets',
  'pieces', 'subjects', 'tests', 'nights', 'periods', 'visits',
]);

const WEEKDAYS = new Set(['mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday', 'sun', 'sunday']);

/** Words ending in "s" that are not plural nouns (a date may come before them: "by 3/5 unless…", "on 4/3 as agreed"). */
const NOT_PLURAL = new Set(['unless', 'always', 'perhaps', 'whereas', 'this', 'thus', 'plus', 'has', 'was', 'does', 'is', 'as', 'his', 'hers', 'its', 'yes', 'across', 'towards', 'afterwards', 'besides', 'progress', 'access', 'success', 'process']);

/**
 * Whether the word at j is a plural noun a score counts ("8/8 checks", "4/5 answers", "9/10 sessions"): any word of
 * four letters or more ending in "s" (not "ss"), not a week day ("Thurs") nor one of {@link NOT_PLURAL}.
 */
function countedNounAt(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'w') return false;
  const x = _wd(doc, j);
  return x.length >= 4 && x.endsWith('s') && !x.endsWith('ss') && !NOT_PLURAL.has(x) && !WEEKDAYS.has(x);
}

/** Words after "on 3/5" that start a new phrase ("on 3/5 and …", "on 3/5 all lessons …"), not a word describing a count. */
const NOT_DESCRIBING = new Set(['and', 'or', 'but', 'at', 'in', 'on', 'by', 'for', 'to', 'with', 'from', 'the', 'a', 'an', 'all', 'his', 'her', 'their', 'my', 'its', 'our', 'every', 'each', 'this', 'these', 'those']);

/**
 * Whether the figure at i is followed by what it counts: a counting noun ("on 4/5 occasions", "on 3/5 days") or a
 * plural noun, straight or after one word describing it ("on 4/5 observed occasions", "on 3/5 school days", "on 4/5 set
 * days"). Then "on 4/5" is a score, not 4 May (the labelling guide, Measurable rule 2: a slash is a date only when used
 * as one, as "on 3/5" alone is). Across a word a score has no more than its whole ("recite on 20/3 learned poems": 20
 * March).
 */
function countedAfter(doc: _Doc, i: number): boolean {
  const after = _wd(doc, i + 1);
  if (FRACTION_AFTER.has(after) || countedNounAt(doc, i + 1)) return true;
  const t = doc.toks[i];
  const [top, whole] = (t?.parts ?? []) as readonly number[];
  if (top === undefined || whole === undefined || top > whole) return false;
  if (doc.toks[i + 1]?.kind !== 'w' || _MONTHS.has(after) || WEEKDAYS.has(after) || NOT_DESCRIBING.has(after)) return false;
  return (FRACTION_AFTER.has(_wd(doc, i + 2)) && !_STOP.has(_wd(doc, i + 2))) || countedNounAt(doc, i + 2);
}

/**
 * Headings that name what a score counts, not an event that has a day ("Spellings - 7/10", "Quiz: 4/5"): a test, visit,
 * exam or session heading ("Exams - 4/6", "Visits - 4/6") may be followed by its date, so it is not here.
 */
const SCORE_HEADINGS = new Set(['quiz', 'score', 'spelling', 'spellings', 'words', 'questions', 'marks', 'tasks', 'targets', 'attempts', 'correct', 'days', 'occasions']);

/**
 * "Spellings - 7/10", "Quiz: 4/5": a heading that names what a score counts, then a dash or colon and the figure alone,
 * is a score, not a date (the labelling guide, Measurable rule 2: a slash is a date only when used as one). A score is
 * never more than its total, so "Spellings - 12/5" stays a date; a heading that names a point or an event ("Deadline -
 * 7/10", "Review: 3/5", "Mocks - 3/2", "Exams - 4/6") is not one of these ({@link SCORE_HEADINGS}).
 *
 * @example headedScore(doc, i) // true at "7/10" in "Spellings - 7/10"
 */
function headedScore(doc: _Doc, i: number): boolean {
  const [a, b] = (doc.toks[i] as _Tok).parts as [number, number];
  const mark = a > b ? '' : _wd(doc, i - 1);
  if (mark !== '-' && mark !== ':' && mark !== '–') return false;
  return SCORE_HEADINGS.has(_wd(doc, i - 2));
}

/**
 * "(expected 3/25)", "(due 06/25)": a month and a two-digit year in brackets straight after a word of forecast, the bracket
 * closing after them, name the month something is expected in (the labelling guide, Time-bound (T): a point the target is
 * achieved by; "a two-digit year written after a month, as in 'By April 16', is that year"). Only a year from the
 * meeting's to five after it: "(expected 5/5)", "(expected 3/20)" are scores. Nor when the clause before the bracket names
 * a score ({@link scoredBefore}): "raise his spelling score to 20 (expected 9/25)" forecasts 9 out of 25 (the labelling
 * guide, Measurable rule 2: a slash is a date only when used as one).
 */
function forecastMonth(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const t = doc.toks[i] as _Tok;
  if (_wd(doc, i - 2) !== '(' || _wd(doc, i + 1) !== ')' || !_FORECAST.has(_wd(doc, i - 1))) return null;
  const [m, y] = t.parts as [number, number];
  if (t.sep !== '/' || t.digits[1] !== 2 || m < 1 || m > 12 || opts.meeting === null || scoredBefore(doc, i - 2)) return null;
  const first = isoParts(opts.meeting).year;
  return 2000 + y >= first && 2000 + y <= first + 5 ? monthFound(m, 2000 + y, null, i + 1, opts) : null;
}

/** Nouns that make a figure in the clause a score, mark, level or target, besides `_SCORE_NOUNS` ("level 4", "target of 20"). */
const SCORED_NOUNS: ReadonlySet<string> = new Set([..._SCORE_NOUNS, 'level', 'levels', 'target', 'targets']);

/**
 * Whether the clause before the bracket at `open` is about a score: a score, mark, age, level or target noun with its figure
 * ("his spelling score to 20", "reading age 10", "level 3", "a target of 15"), or a figure after "to" ("raise it to 20").
 * A qualification named by its level ("his level 1 maths", "Entry Level 3 English") names a course, whose month it may be.
 */
function scoredBefore(doc: _Doc, open: number): boolean {
  const clause = doc.clause[open - 1];
  for (let k = open - 1; k >= 0 && doc.clause[k] === clause; k--) {
    const t = doc.toks[k];
    if (t?.kind !== 'n') continue;
    if (_wd(doc, k - 1) === 'to' && k === open - 1) return true;
    const j = _wd(doc, k - 1) === 'of' ? k - 2 : k - 1;
    const noun = _wd(doc, j);
    // "his level 1 maths (due 06/25)", "Entry Level 3 English": a level with a subject after it names the course.
    if (noun === 'level' && k + 1 < open && (_SUBJECTS.has(_wd(doc, k + 1)) || _capitalised(doc.toks[k + 1]?.raw ?? ''))) continue;
    if (SCORED_NOUNS.has(noun) && (noun !== 'age' || _AGE_SCORES.has(_wd(doc, j - 1)))) return true;
  }
  return false;
}

/** d/m, d/m/y, d.m.y, y-m-d → a date, unless the group reads as a fraction ("4/5 days", "20/25"). */
export function _numericDate(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const t = doc.toks[i];
  if (t === undefined) return null;
  const { parts, digits, sep } = t;
  if (t.prefix !== '' || (t.suffix !== '' && t.suffix !== 'th' && t.suffix !== 'st')) return null;
  if (parts.length === 3) {
    const [a, b, c] = parts as [number, number, number];
    const [da, , dc] = digits as [number, number, number];
    if (sep === '-' && da === 4) return dateFound(c, b, a, i + 1, opts);
    if (sep === ':' || sep === ',') return null;
    const y = expandYear(c, dc);
    if (y === null || da > 2) return null;
    return dateFound(a, b, y, i + 1, opts);
  }
  if (parts.length === 2 && sep === '-') return dayRange(doc, i, opts);
  if (parts.length !== 2 || (sep !== '/' && sep !== '.')) return null;
  const forecast = forecastMonth(doc, i, opts);
  if (forecast !== null) return forecast;
  const [a, b] = parts as [number, number];
  if ((digits[0] ?? 3) > 2 || (digits[1] ?? 3) > 2 || b < 1 || b > 12 || a < 1 || a > 31) return null;
  if (sep === '.' && !opts.cell) {
    // 10.03 is more often a decimal or a time than a date; accept it only after a strong cue.
    const p = _prefixBefore(doc, i);
    if (!(p.prep !== null && _STRONG_PREPS.has(p.prep)) && !p.strongWord) return null;
  }
  if (!opts.cell) {
    const before = _wd(doc, i - 1);
    const after = _wd(doc, i + 1);
    // "Target 8/10", "Aim: 4/5": the figure after the target's mark is the target's own (the labelling guide's mark), a score.
    if (_afterTargetMark(doc, i)) return null;
    if (FRACTION_BEFORE.has(before) || FRACTION_AFTER.has(after) || after === '#' || countedNounAt(doc, i + 1)) {
      if (!(before === 'on' && !countedAfter(doc, i))) return null;
    }
    if (headedScore(doc, i)) return null;
    // A day/month with no year is a date only where it is used as one ("by 3/5", "on 3/5", "Fri 21/02",
    // "deadline: 3/5"); elsewhere "3/5" is a score or fraction ("spell 3/5 spelling words"), whatever the noun.
    const p = _prefixBefore(doc, i);
    // "starting w/c 24/2": the week named by its date is a date, a start point or not.
    const weekOf = _isWeekCommencing(doc, i - 1) || before === 'commencing';
    const cued = (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'on' || p.prep === 'for')) || p.strongWord || weekOf || WEEKDAYS.has(before);
    if (!cued) return null;
  }
  return dateFound(a, b, null, i + 1, opts);
}

/**
 * "23-27 June", "3-7 March 2025": a range of days in a month is over on its last day, a date (as a week named by its
 * days is done when they are: the labelling guide's final point). Not a range with no month after it ("0-10").
 */
function dayRange(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const t = doc.toks[i] as _Tok;
  const [a, b] = t.parts as [number, number];
  if ((t.digits[0] ?? 3) > 2 || (t.digits[1] ?? 3) > 2 || a < 1 || b > 31 || a >= b) return null;
  const j = _wd(doc, i + 1) === 'of' ? i + 2 : i + 1;
  const month = monthAt(doc, j);
  if (month === null) return null;
  const year = yearAt(doc, j + 1);
  return dateFound(b, month, year, year === null ? j + 1 : j + 2, opts);
}

/** "21st (of) March (2025)" starting at a day number. */
export function _dayMonth(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const day = dayAt(doc, i);
  if (day === null) return null;
  let j = i + 1;
  if (_wd(doc, j) === 'of') j += 1;
  const month = monthAt(doc, j);
  if (month === null) return null;
  let end = j + 1;
  let year = yearAt(doc, end);
  if (year === null && _wd(doc, end) === ',' && yearAt(doc, end + 1) !== null) {
    year = yearAt(doc, end + 1);
    end += 1;
  }
  // "by 5th Feb 27": two digits after a day and a month are its year, as after a month alone ("By April 16").
  if (year === null) year = twoDigitYearAfter(doc, j, opts);
  if (year !== null) end += 1;
  return dateFound(day, month, year, end, opts);
}

/** Whether a capitalised term or month word is a first name ("Summer will…", "April to read…"). */
function looksLikeName(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t === undefined) return false;
  if (!_capitalised(t.raw)) return false;
  const next = _wd(doc, i + 1);
  if (NAME_FOLLOWERS.has(next)) return true;
  return possessiveAt(doc, i);
}

/** Whether the word at i is a possessive ("April's", "June 's", "next year's"): it names another thing, not a time. */
function possessiveAt(doc: _Doc, i: number): boolean {
  const raw = doc.toks[i]?.raw ?? '';
  return doc.toks[i + 1]?.raw === "'s" || raw.endsWith("'s") || raw.endsWith('’s');
}

export function _monthWord(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  const month = monthAt(doc, i) as number;
  const x = _wd(doc, i);
  // "March 21st", "March 21st 2025", "21 March" is handled from the day.
  const day = dayAt(doc, i + 1);
  const afterDay = _wd(doc, i + 2);
  const shortYear = twoDigitYearAfter(doc, i, opts);
  if (shortYear !== null) return monthFound(month, shortYear, p.position, i + 2, opts);
  if (day !== null && !_RELATIVE_UNITS.has(afterDay) && afterDay !== '%' && afterDay !== 'minutes' && afterDay !== 'times') {
    let end = i + 2;
    if (_wd(doc, end) === ',' && yearAt(doc, end + 1) !== null) end += 1;
    const year = yearAt(doc, end);
    return dateFound(day, month, year, year === null ? end : end + 1, opts);
  }
  const next = _wd(doc, i + 1);
  // Only months that are also first names ("April will…", "May and Sam…"); "in December and get a 4" is a month, and so is
  // one dated by its prefix before "and" ("by the end of March and practise…", "before May and"), unless "by" names who
  // did something ("supported by June and her mum").
  // "by the end of March to help him decide": a position ("the end of") dates a month before "to" as well.
  const datedBeforeAnd =
    (next === 'and' && (p.position !== null || ((p.prep === 'before' || p.prep === 'until' || p.prep === 'till' || p.prep === 'by' || p.prep === 'in') && !_wd(doc, p.start - 1).endsWith('ed')))) ||
    (next === 'to' && p.position !== null);
  // "her SDQ in June will show", "His score in May will be": straight after "in", a month measured at, not a name (labelling
  // guide, Time-bound (T): a named assessment with a month is the month; a person is no time "in" which a thing is). Not a
  // possessive: "in June's maths group", "in April's reading group" name a person's group, no month.
  const inMonth = p.prep === 'in' && p.start === i - 1 && !possessiveAt(doc, i);
  if (_AMBIGUOUS_MONTHS.has(x) && !datedBeforeAnd && !inMonth && looksLikeName(doc, i)) return null;
  if (next === 'half' || next === 'halfterm' || (next === 'ht' && _namedHalfTerm(doc, i, opts) !== null)) return null; // handled as a half term
  const year = yearAt(doc, i + 1);
  const end = year === null ? i + 1 : i + 2;
  // "December mocks", and the other way round, "mock - Dec", "exams (June)": an assessment named with its month.
  const marked = _wd(doc, i - 1) === '-' || _wd(doc, i - 1) === '(' || _wd(doc, i - 1) === ':';
  // "Multiplication check, June.": a comma between only when the month closes the clause (review32a).
  const comma = _wd(doc, i - 1) === ',';
  const before = marked || comma ? _wd(doc, i - 2) : _wd(doc, i - 1);
  // A month that is also a word ("may") only with a mark between ("mock - May", not "the mock exam may be hard").
  // "by the next PEP (March)": a month in brackets after a review says when the review is (the labelling guide: a review
  // with a month is the month, as "before the next PEP in May" is).
  // "by his 18th birthday (June)", "at the next data drop (March)": a month in brackets after an occasion the target is due
  // by or checked at dates the occasion, as "before her 17th birthday in June" does.
  // "at the summer PEP (January score: 22)": a month naming a figure in the bracket labels a baseline, not the review's month.
  const reviewMonth = _wd(doc, i - 1) === '(' && doc.toks[end]?.kind !== 'w' && (_REVIEW_NOUNS.has(before) || _dueOccasion(doc, i - 2));
  // "Multiplication check June.", "spelling test March": a month that is also a name closing the clause after an
  // assessment is its month, as "mock - May" is (the labelling guide: a named assessment with a month is the month's last
  // day); "the mock exam may be hard", "the test June set" go on after it, and so does a bracket naming a role ("Reading
  // assessment April (SENCo) to complete", "June (TA)": a name with its role, review32a; the adults of _ADULT_SUBJECTS).
  const closes = doc.toks[end] === undefined || (doc.toks[end]?.kind === 'p' && _wd(doc, end) !== "'" && !(_wd(doc, end) === '(' && _ADULT_SUBJECTS.has(_wd(doc, end + 1))));
  const afterAssessment = (_ASSESSMENTS.has(before) || reviewMonth) && p.prep === null && (comma ? closes : marked || closes || !_AMBIGUOUS_MONTHS.has(x));
  // "at the June retest", "the March re-screen": a month naming a re-check, as "the June test" (the re-check row).
  const hasFollower = MONTH_FOLLOWERS.has(_wd(doc, end)) || MONTH_FOLLOWERS.has(_wd(doc, end + 1)) || afterAssessment || _recheckAt(doc, end);
  const cell = opts.cell || _aloneInCell(doc, i, end);
  // "in the last 2 weeks of March": the end of that month, as "the last 4 weeks of the Spring term" is the term's end
  // (Time-bound table, the last N weeks of a term; label y35-182).
  const lastPart = _lastPartBefore(doc, i) >= 0;
  const hasCue = p.prep !== null || p.position !== null || p.strongWord || cell || year !== null || hasFollower || doc.toks[i]?.hyph === true || lastPart;
  if (!hasCue) return null;
  // "a course for September", "a place for September 2025": a start point, not a deadline (guide, "Not deadlines"). An
  // exam or event booked or arranged for the month is read on ({@link bookedAct}: "the exam, booked for March 2025").
  if (p.prep === 'for' && p.position === null && !p.strongWord && !opts.cell && !hasFollower && !bookedAct(doc, p.start - 1)) return null;
  // A month that is also a word or name alone in a pasted row's cell keeps this guard ("Carer | April | Y5"); a Timescale cell does not.
  if (_AMBIGUOUS_MONTHS.has(x) && !opts.cell && year === null && !hasFollower) {
    const prep = p.prep;
    // "Feb to April" (a span with "from" left out) is cued like "Feb-April": the span's end.
    const spanEnd = prep === 'to' && _MONTHS.has(_wd(doc, p.start - 1));
    const prepCue = prep !== null && (AMBIGUOUS_MONTH_PREPS.has(prep) || (prep === 'for' && bookedAct(doc, p.start - 1)));
    const ok = prepCue || spanEnd || p.position !== null || p.strongWord || doc.toks[i]?.hyph === true || lastPart;
    if (!ok) return null;
    if (x === 'may' && NAME_FOLLOWERS.has(next) && !datedBeforeAnd && !inMonth) return null;
    if (next === 'be' || next === 'need' || next === 'not' || next === 'have') return null;
  }
  // "in May/June", "in May or June": either month, so the later, the final point (as "9-13 June" is its last day).
  if ((next === '/' || next === 'or') && year === null && monthAt(doc, i + 2) !== null) return _monthWord(doc, i + 2, opts, p);
  const position = p.position ?? (doc.toks[i]?.hyph === true && _wd(doc, i - 1) === 'mid' ? 'middle' : null);
  if (position === 'start' && month === SEPTEMBER && year === null && (p.prep === 'by' || p.prep === 'before')) return newYearStart(monthFound(month, year, position, end, opts), end, opts);
  return monthFound(month, year, position, end, opts) ?? _found(null, null, end);
}

/**
 * A two-digit year written after a month, "By April 16" (the labelling guide: "a two-digit year written after a
 * month, as in 'By April 16', is that year"): two digits with no ordinal ("April 16th" is a day) and no year after
 * them ("April 16, 2025", "April 16 2025" give the day). UK dates put the day first, so a bare number after the month
 * is its year.
 */
function twoDigitYearAfter(doc: _Doc, i: number, opts: _ScanOptions): number | null {
  const t = doc.toks[i + 1];
  if (t === undefined || t.kind !== 'n' || t.sep !== '' || t.prefix !== '' || t.suffix !== '' || t.digits[0] !== 2) return null;
  // Only a year a target could name: up to five years after the meeting ("by March 31" is a day, not 2031).
  const latest = (opts.meeting === null ? 2025 : isoParts(opts.meeting).year) + 5;
  if (2000 + t.num > latest) return null;
  if (yearAt(doc, i + 2) !== null || (_wd(doc, i + 2) === ',' && yearAt(doc, i + 3) !== null)) return null;
  const after = _wd(doc, i + 2);
  if (_RELATIVE_UNITS.has(after) || after === '%' || after === 'minutes' || after === 'times') return null;
  return 2000 + t.num;
}

/** Finite verbs that open a clause of its own when a subject stands before them ("her carer will report back", "his dad's birthday is"). */
const FINITE_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'can', 'could', 'must', 'should', 'may', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** The first words of a half term written short: "hlf trm", "hlf term", "half trm", "hf term". */
const SHORT_HALF: ReadonlySet<string> = new Set(['hlf', 'half', 'hf']);
/** The second words: "trm", "tm", "term" (not "half term", read in full elsewhere). */
const SHORT_TERM: ReadonlySet<string> = new Set(['trm', 'tm', 'term']);


/**
 * The token after a half term written short at j, or -1: "h/t" (three tokens), "hlf trm", "hlf term", "half trm", "hf
 * term". After a month or a term word ("by Feb h/t", "by Feb hlf trm", "by spring h/t") it is that half term, as "by Feb
 * half term" is (labelling guide, Deadline labels: "by Feb half term" → `term:spring:half-term`; labels y54-029, y64-124).
 */
function shortHalfTermEnd(doc: _Doc, j: number): number {
  const x = _wd(doc, j);
  // "H/T" is also the head teacher: not before a finite verb or a modal, "and" or "aware" ("by Feb H/T to review", "Feb H/T
  // will check", "H/T and SENCo").
  if (x === 'h' && _wd(doc, j + 1) === '/' && _wd(doc, j + 2) === 't') {
    const w = _wd(doc, j + 3);
    return FINITE_VERBS.has(w) || _FUTURE.has(w) || w === 'and' || w === 'aware' ? -1 : j + 3;
  }
  const y = _wd(doc, j + 1);
  return SHORT_HALF.has(x) && SHORT_TERM.has(y) && !(x === 'half' && y === 'term') ? j + 2 : -1;
}

/** A named half term: "Feb half term", "May half-term", "October half term", "Whitsun". */
export function _namedHalfTerm(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const x = _wd(doc, i);
  let term: Term | null = null;
  if (x === 'feb' || x === 'february') term = 'spring';
  else if (x === 'may' || x === 'june') term = 'summer';
  else if (x === 'oct' || x === 'october') term = 'autumn';
  if (term === null) return null;
  let j = i + 1;
  // "Feb HT", "Oct HT": "HT" after a month is its half term, as after a term word ("summer HT"); "the February holidays",
  // "the October break" name the same half-term holiday.
  if (_wd(doc, j) === 'halfterm' || _wd(doc, j) === 'ht') return _termFound(term, 'half-term', j + 1, opts);
  const short = shortHalfTermEnd(doc, j);
  if (short > 0) return _termFound(term, 'half-term', short, opts);
  if (x !== 'may' && x !== 'june' && (_wd(doc, j) === 'holidays' || _wd(doc, j) === 'break')) return _termFound(term, 'half-term', j + 1, opts);
  if (_wd(doc, j) !== 'half') return null;
  j += 1;
  const t = _wd(doc, j);
  if (t !== 'term' && t !== 'terms' && t !== 'ht' && t !== 'termly') return null;
  if (t === 'termly') return null;
  j += 1;
  if (_wd(doc, j) === 'holidays' || _wd(doc, j) === 'break') j += 1;
  return _termFound(term, 'half-term', j, opts);
}


/**
 * Whether a term named alone heads the text ("Summer - Year 6 transition - extra visits"): the term the target is for, read
 * as a term named alone ("this summer": its end). Not a name before its verb ("Summer - to read 20 words").
 */
function termHeading(doc: _Doc, i: number): boolean {
  const x = _wd(doc, i + 1);
  return i === 0 && (x === '-' || x === ':') && !NAME_FOLLOWERS.has(_wd(doc, i + 2));
}

/** Whether a term word named alone ("summer", not "summer term") is a point in time: after a preposition, a position, "this" or "next" ("next summer"), or in a cell. */
function bareTermCued(p: _Prefix, opts: _ScanOptions): boolean {
  return p.prep !== null || p.position !== null || p.strongWord || opts.cell || p.det === 'this' || p.det === 'next';
}

/**
 * "by the end of Year 11 (summer 2026)": a term with its year in brackets restates when the point before it falls, so it
 * is a point of its own. Not when that term of the year written ended before the meeting ("(summer 2025)" at a September
 * 2025 meeting: a past note), nor after a baseline or a past clause (see {@link statementBefore}).
 */
function bracketedWithYear(doc: _Doc, i: number, j: number, opts: _ScanOptions, term: Term): boolean {
  const year = yearAt(doc, j);
  if (_wd(doc, i - 1) !== '(' || year === null || opts.meeting === null) return false;
  // The next end of the term on or after the meeting: the term of an earlier year has ended before it.
  const next = _termFound(term, 'end', j, opts).approx;
  if (year < (next === null ? isoParts(opts.meeting).year : isoParts(fromDayNumber(next)).year)) return false;
  return !statementBefore(doc, i - 1);
}


/**
 * Whether the words of the sentence before the bracket at `open` state what is, or was, rather than set the target: no word
 * of the target ("will", "to", "target", "by" …) and either a past verb ("Ben finished 12 books (spring 2025)") or a
 * later sentence that the target is in ("Reading: 12 books (spring 2025). Ben will read 20 books by half term"): the
 * bracket dates that baseline (the labelling guide: baselines and past dates are not deadlines).
 */
function statementBefore(doc: _Doc, open: number): boolean {
  let past = false;
  for (let k = open - 1; k >= 0 && !_PART_ENDS.has(_wd(doc, k)); k--) {
    const x = _wd(doc, k);
    if (_FUTURE.has(x) || _STRONG_PREPS.has(x)) return false;
    if (_pastParticiple(x)) past = true;
  }
  if (past) return true;
  let k = open + 1;
  while (k < doc.toks.length && !_PART_ENDS.has(_wd(doc, k))) k += 1;
  return k + 1 < doc.toks.length;
}

/** "by the end of the summer (2026)": the season, with no "term" or "holidays", ends with August: its last day, a date. */
function endOfSummer(doc: _Doc, i: number, j: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  if (p.position !== 'end' || _wd(doc, i) !== 'summer') return null;
  const year = yearAt(doc, j);
  return monthFound(8, year, null, year === null ? j : j + 1, opts);
}

/** What a term word at i is followed by: a half number ("Spring 1", "summer term 2"), "term", "half term", "holidays", "exams". */
type TermShape = { j: number; half: number | null; kind: 'term' | 'half-term' | 'holidays' | 'exams' | 'bare' };

/** The shape of the term phrase at i (`digit` when its half is written on the word: "Spring1"), and the token after it. */
function termShape(doc: _Doc, i: number, digit: number | null): TermShape {
  let j = i + 1;
  let half = digit;
  let kind: TermShape['kind'] = 'bare';
  if (half === null) {
    const t = doc.toks[j];
    if (t !== undefined && t.kind === 'n' && t.sep === '' && t.prefix === '' && (t.num === 1 || t.num === 2) && (t.suffix === '' || t.suffix === 'st' || t.suffix === 'nd')) {
      half = t.num;
      j += 1;
    } else if (_wd(doc, i) !== 'sum' && _termNumberWord(doc, j, 2) !== null) {
      // "by the end of Summer Two", "Spring One": the half's number written as a word.
      half = _termNumberWord(doc, j, 2);
      j += 1;
    }
  }
  // "spring 1 and 2", "Autumn 1 & 2": both halves named, the later is the final point, the term's second half (the
  // labelling guide, Deadline labels: when a target gives several points, the final one is the deadline).
  if (half === 1 && (_wd(doc, j) === 'and' || _wd(doc, j) === '&') && secondHalfAt(doc, j + 1)) {
    half = 2;
    j += 2;
  }
  const next = _wd(doc, j);
  if (half === null) {
    // "spring h/t", "spring hlf trm": a half term written short, read once.
    const short = shortHalfTermEnd(doc, j);
    if (next === 'term' || next === 'terms') {
      kind = 'term';
      j += 1;
      const after = doc.toks[j];
      if (after !== undefined && after.kind === 'n' && after.sep === '' && (after.num === 1 || after.num === 2) && after.suffix === '' && after.prefix === '') {
        half = after.num;
        j += 1;
      } else if (_wd(doc, j) === 'half' && (_wd(doc, j + 1) === 'term' || _wd(doc, j + 1) === 'terms')) {
        kind = 'half-term';
        j += 2;
      } else if (_wd(doc, j) === 'halfterm') {
        kind = 'half-term';
        j += 1;
      }
    } else if (next === 'half' && (_wd(doc, j + 1) === 'term' || _wd(doc, j + 1) === 'terms' || _wd(doc, j + 1) === 'ht')) {
      kind = 'half-term';
      j += 2;
    } else if (next === 'halfterm' || next === 'ht') {
      kind = 'half-term';
      j += 1;
    } else if (short > 0) {
      kind = 'half-term';
      j = short;
    } else if (next === 'holidays' || next === 'break' || next === 'vacation') {
      kind = 'holidays';
      j += 1;
    } else if (_TERM_FOLLOWERS.has(next)) {
      kind = 'exams';
      j += 1;
    }
  } else if (next === 'term') {
    j += 1;
  }
  return { j, half, kind };
}

/**
 * Whether the token at j is a bare "2" naming a term's second half ("spring 1 and 2"), closing the phrase: the text's
 * end, a mark or "term" after it ("Autumn 1 and 2 weeks of spring" counts weeks).
 */
function secondHalfAt(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'n' || t.num !== 2 || t.sep !== '' || t.prefix !== '' || (t.suffix !== '' && t.suffix !== 'nd')) return false;
  const after = doc.toks[j + 1];
  return after === undefined || after.kind === 'p' || _wd(doc, j + 1) === 'term' || _wd(doc, j + 1) === 'terms';
}

/**
 * A term's, half's, key stage's or year group's number written as a word at j, 1 to `max` ("Term Five", "Summer Two",
 * "term four.", "Year Six", "Key Stage Two"): capitalised as a name's part, or closing its phrase ({@link _numberClosesAt}),
 * so a count after the point is not read as its number ("this term two sessions a week", "this year one chapter at a
 * time", "this term one-to-one"). The school-time table's six-term years, named halves, key stages and year groups.
 * @param doc - The text.
 * @param j - The token after "term", a term's name, "year" or "key stage".
 * @param max - The highest number it may have (2 for a named half, 6 for a six-term year, 14 for a year group).
 * @returns The number, or null.
 */
export function _termNumberWord(doc: _Doc, j: number, max: number): number | null {
  const t = doc.toks[j];
  const v = t?.kind === 'w' ? _NUMBER_WORDS.get(_wd(doc, j)) : undefined;
  if (t === undefined || v === undefined || v < 1 || v > max || doc.toks[j + 1]?.hyph === true) return null;
  return _capitalised(t.raw) || _numberClosesAt(doc, j) ? v : null;
}

/**
 * Whether the number at j, in figures or a word, closes its phrase: the text ends, a mark follows (not a hyphen joining a
 * word: "one-to-one"), or a word of {@link _NUMBER_CLOSERS} ("term four and", "half term 4, then"; not "half term 2 in a
 * row", "term two to three times"). One rule for a term's, half's, key stage's or year group's number.
 * @param doc - The text.
 * @param j - The number's token.
 * @returns Whether its phrase ends after it.
 */
export function _numberClosesAt(doc: _Doc, j: number): boolean {
  const next = doc.toks[j + 1];
  if (next === undefined) return true;
  if (next.hyph) return false;
  return next.kind === 'p' || (next.kind === 'w' && _NUMBER_CLOSERS.has(_wd(doc, j + 1)));
}

/** "Spring 1", "end of Autumn 2", "the Summer term", "summer exams", "by the summer holidays". */
export function _termWord(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix, term: Term, digit: number | null): _Found | null {
  const { j, half, kind } = termShape(doc, i, digit);
  if (_wd(doc, i) === 'sum' && half === null) return null;
  if (half === null && kind === 'bare') {
    if (looksLikeName(doc, i) || !(bareTermCued(p, opts) || bracketedWithYear(doc, i, j, opts, term) || termHeading(doc, i) || _aloneInCell(doc, i, j))) return null;
    const season = endOfSummer(doc, i, j, opts, p);
    if (season !== null) return season;
  }
  // "next summer" in the summer term is the one after (term objects mean the next occurrence from the meeting).
  const skip = p.det === 'next' && p.position === null && _currentTerm(opts.terms)?.term === term ? 1 : 0;
  if (p.position === 'start') {
    // The holidays after a term begin when that term ends: "by the beginning of the summer holidays".
    if (kind === 'holidays') return _termFound(term, 'end', j, opts);
    if (p.prep === 'by' || p.prep === 'before') {
      if (half === 2) return _termFound(term, 'half-term', j, opts);
      const prev: Term = term === 'autumn' ? 'summer' : term === 'spring' ? 'autumn' : 'spring';
      return _termFound(prev, 'end', j, opts);
    }
    return null;
  }
  // "by the middle of the summer term", "by mid-summer term": a term's middle is its half-term.
  if (p.position === 'middle' && half === null && (kind === 'term' || kind === 'bare')) return _termFound(term, 'half-term', j, opts);
  // A named half with no word before it ("…, spring 1", "Spring 2:") is read like a term named alone: its end.
  // In brackets after a review ("by the next SALT review (spring 2)") it says when the review is, as "in Spring 2" does.
  const alone = half !== null && p.prep === null && p.position === null && p.det === null && !reviewBracket(doc, p.start);
  // "for the rest of Spring 1" lasts until the half ends, as "the rest of the term" lasts until the term's end.
  const byLike = p.position === 'end' || p.position === 'rest' || opts.cell || (p.prep !== null && _STRONG_PREPS.has(p.prep)) || p.strongWord || alone || (half !== null && _halfRecordAfter(doc, j));
  // "Spring 1 2026", "by the end of Summer 2 2027": the half of that year's term (the year orders it, as for a term).
  if (half === 1) return termOfYear(doc, term, j, opts, 0, byLike ? 'half-term' : 'first-half');
  if (half === 2) return termOfYear(doc, term, j, opts, 0, byLike ? 'end' : 'second-half');
  if (kind === 'half-term') return _termFound(term, 'half-term', j, opts, skip);
  return termOfYear(doc, term, j, opts, skip, 'end', kind === 'exams');
}

/** What a named half can date when it stands before it: an assessment, or the report or moderation that records one. */
const HALF_RECORDS: ReadonlySet<string> = new Set([..._ASSESSMENTS, 'report', 'reports', 'moderation']);

/** Subject words that may stand between a named half and its assessment ("the HT5 maths assessment", "term 4 maths report"). */
const HALF_RECORD_SUBJECTS: ReadonlySet<string> = new Set([..._SUBJECTS, 'spelling', 'spellings']);

/**
 * Kinds of report or check that may stand between a named half and its record ("on his HT4 school report", "the Autumn 2
 * progress report", "his HT4 termly (annual, academic, subject) report", "the HT4 progress check", "the Spring 2 teacher
 * assessment": the teacher's own judgement, a kind of assessment as a test is).
 */
const REPORT_KINDS: ReadonlySet<string> = new Set(['school', 'progress', 'interim', 'termly', 'annual', 'academic', 'subject', 'teacher']);

/** Nouns that may follow a record noun and head the phrase: "the HT4 assessment window", "her term 4 report card". */
const RECORD_TAILS: ReadonlySet<string> = new Set(['window', 'week', 'card', 'cards', 'series', 'period']);

/** Words a named half may stand before its record noun across: at most two ("the HT5 Boxall assessment", "his term 4 maths report"). */
const RECORD_NAME_WORDS = 2;

/**
 * Whether the word at k names the record after a named half: a subject, a kind of report, or a test's own name written
 * with a capital ("Boxall", "PIRA", "NFER"), not a name's possessive ("In HT4 Reece's …").
 */
function recordNameAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w') return false;
  return HALF_RECORD_SUBJECTS.has(t.lc) || REPORT_KINDS.has(t.lc) || (_capitalised(t.raw) && !t.raw.endsWith("'s") && !t.raw.endsWith('’s'));
}

/**
 * Whether a named half ending at `j` names an assessment, report, moderation or check after it, straight or across at
 * most two words naming it ({@link recordNameAt}: "on the HT4 report", "in the Summer 1 writing moderation", "the HT6
 * phonics screening check", "on his HT4 termly report", "on his term 4 maths report", "in the HT5 Boxall assessment", "the
 * term 5 PIRA test"), that noun, or a tail after it ("assessment window", "report card"), heading its phrase (a word of
 * the common stock or no word after it): the half dates the assessment, held as the half ends, so the half's end, as "a
 * named assessment with a month" is the month's last day (school-time table; labels y20-115, y22-126). Not across
 * "and", "then" or a verb ("in HT4 and report back to his mentor", "in term 3 and test herself"), nor a noun used of
 * something else ("In Spring 2 reports home will …", "his Summer 1 report writing unit").
 * @example _halfRecordAfter(doc, j) // true after "HT4" in "on the HT4 report", false in "in HT4, Ayo will"
 */
export function _halfRecordAfter(doc: _Doc, j: number): boolean {
  let k = j;
  while (k < j + RECORD_NAME_WORDS && !HALF_RECORDS.has(_wd(doc, k)) && recordNameAt(doc, k)) k += 1;
  if (!HALF_RECORDS.has(_wd(doc, k))) return false;
  // "screening check", "end of unit test": a record's nouns read on to the phrase's head.
  while (HALF_RECORDS.has(_wd(doc, k + 1))) k += 1;
  if (RECORD_TAILS.has(_wd(doc, k + 1))) k += 1;
  return doc.toks[k + 1]?.kind !== 'w' || _STOP.has(_wd(doc, k + 1));
}

/** Whether a bracket after a review or meeting opens straight before `k` ("the next PEP (spring 2)"). */
function reviewBracket(doc: _Doc, k: number): boolean {
  return _wd(doc, k - 1) === '(' && _REVIEW_NOUNS.has(_wd(doc, k - 2));
}

/**
 * A term's end, in the year written straight after it when there is one ("in the summer 2027 exam series": summer 2027,
 * as "Easter 2026" is Easter of 2026), else its next occurrence (skipping `skip`).
 */
function termOfYear(doc: _Doc, term: Term, j: number, opts: _ScanOptions, skip: number, part: _TermPart = 'end', event = false): _Found {
  const first = _termFound(term, part, j, opts, skip);
  // "by the end of the autumn term (Dec 2026)": a month in brackets restates when the term ends, and its year is the term's.
  // After the term's event ("by the spring mocks (April)") a month alone says when the event is, a point of its own (the
  // labelling guide, school-time table: a named assessment with a month is the month).
  const bracket = _wd(doc, j) === '(' && monthAt(doc, j + 1) !== null && ((_wd(doc, j + 2) === ')' && !event) || _wd(doc, j + 3) === ')');
  const year = yearAt(doc, bracket ? j + 2 : j);
  const end = bracket ? (_wd(doc, j + 2) === ')' ? j + 3 : j + 4) : year === null ? j : j + 1;
  if (year === null || first.approx === null) return _foundFrom(first, end);
  const later = year - isoParts(fromDayNumber(first.approx)).year;
  return later > 0 ? _termFound(term, part, end, opts, skip + later) : _foundFrom(first, end);
}

/** Unnamed "half term": "by half term", "this half term", "the end of this half term", "next half term". */
export function _unnamedHalfTerm(j: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  if (p.freq || p.det === 'last') return null;
  const cur = _currentTerm(opts.terms);
  const byLike = opts.cell || p.strongWord || (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'at'));
  const meaningful = byLike || p.det !== null || p.position !== null;
  if (!meaningful) return null;
  if (cur === null) return _found(null, null, j);
  const { term, half } = cur;
  if (p.det === 'next') {
    if (p.position === 'end') return half === 1 ? _termFound(term, 'end', j, opts) : _termFound(_nextTerm(term), 'half-term', j, opts);
    if (byLike && p.position === null) return half === 1 ? _termFound(term, 'half-term', j, opts) : _termFound(_nextTerm(term), 'half-term', j, opts);
    return half === 1 ? _termFound(term, 'second-half', j, opts) : _termFound(_nextTerm(term), 'first-half', j, opts);
  }
  // "for the rest of the half term" lasts until this half ends (labelling guide, Time-bound (T)), as "by the end of" it.
  if (p.position === 'end' || p.position === 'rest') return _termFound(term, half === 1 ? 'half-term' : 'end', j, opts);
  // "this half term", like "this term" (the labelling guide: "this term" → the term's end), is the end of
  // the current half: the half-term break in the first half, the term's end in the second.
  if (p.det === 'this') return _termFound(term, half === 1 ? 'half-term' : 'end', j, opts);
  if (!byLike) return null;
  return half === 1 ? _termFound(term, 'half-term', j, opts) : _termFound(_nextTerm(term), 'half-term', j, opts);
}

/** Unnamed "term": "end of term", "this term", "next term", "the rest of the term". */
export function _unnamedTerm(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  // "in the last week of term", "for the last 3 weeks of term": a part of this term, ending with it (the labelling guide,
  // Deadline labels: "the end of term" is this term's end; `_lastPartBefore`), not "last term".
  const part = _lastPartBefore(doc, i) >= 0;
  if (p.freq || (p.det === 'last' && !part)) return null;
  // "in the new term", "by the new term": the term to come, read as "next term" (not "in the new year": no point).
  if (p.det === null && p.prep === null && _wd(doc, i - 1) === 'new' && _wd(doc, i - 2) === 'the') {
    const q = _prefixBefore(doc, i - 1);
    if (q.prep === null || q.freq || q.det !== null) return null;
    // "ready for the new term": ready as it starts, so by it, as "by the new term" is (labelling guide, Deadline labels,
    // the row "in the new term … by the new term"; "ready for" a stage is a point before it, as "ready for Year 7"). Not a
    // state written in the past, "felt ready for the new term": the row "Ben felt ready for the new school year" is none.
    const readyFor = q.prep === 'for' && q.position === null && _wd(doc, q.start - 1) === 'ready';
    if (readyFor && !readyAhead(doc, q)) return null;
    return _unnamedTerm(doc, i, opts, { ...q, det: 'next', prep: readyFor ? 'by' : q.prep });
  }
  const next = doc.toks[i + 1];
  if (next !== undefined && next.kind === 'n' && next.sep === '' && next.suffix === '' && next.prefix === '' && next.num <= 6) return null;
  const cur = _currentTerm(opts.terms);
  const end = i + 1;
  if (p.det === 'next') {
    if (cur === null) return _found(null, null, end);
    // "by next term", "by the start of next term": before it begins, so the current term's end.
    if ((p.prep === 'by' || p.prep === 'before') && (p.position === null || p.position === 'start')) return _termFound(cur.term, 'end', end, opts);
    return _termFound(_nextTerm(cur.term), 'end', end, opts, cur.term === _nextTerm(cur.term) ? 1 : 0);
  }
  // "within the term" is this term, as "this term" is (labelling guide: the term's end).
  const within = p.prep === 'within' && _wd(doc, i - 1) === 'the';
  const ok = part || within || p.det === 'this' || p.position === 'end' || p.position === 'rest' || p.strongWord || opts.cell || (p.prep !== null && _STRONG_PREPS.has(p.prep));
  if (!ok) return null;
  if (p.position === 'start') return null;
  if (cur === null) return _found(null, null, end);
  // "by the middle of term", "by mid-term": the current term's half-term.
  if (p.position === 'middle') return _termFound(cur.term, 'half-term', end, opts);
  return _termFound(cur.term, 'end', end, opts);
}

/**
 * A yearly day (Easter Sunday, the spring bank holiday): of the year written straight after the
 * phrase, else its next occurrence on or after the meeting; null deadline without a meeting date.
 */
function yearly(doc: _Doc, j: number, opts: _ScanOptions, dayOf: (year: number) => IsoDate | null): _Found | null {
  const year = yearAt(doc, j);
  if (year !== null) {
    const iso = dayOf(year);
    return iso === null ? null : _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), j + 1);
  }
  if (opts.meeting === null) return _found(null, null, j);
  const m = toDayNumberOrNull(opts.meeting) as number;
  const y0 = isoParts(opts.meeting).year;
  for (let y = y0; y <= y0 + 1; y++) {
    const iso = dayOf(y);
    const n = iso === null ? null : toDayNumberOrNull(iso);
    if (iso !== null && n !== null && n >= m) return _found({ kind: 'date', date: iso }, n, j);
  }
  return null;
}


/** Words after "Easter" naming its school holidays, or the term they end ("the Easter term", the spring term). */
const EASTER_HOLIDAYS = new Set([..._HOLIDAY_WORDS, 'vacation', 'term']);

/**
 * Easter: the next Easter Sunday on or after the meeting (or of the year written after it); "the Easter holidays"
 * begin when the spring term ends, so they are its end (labelling guide, Time-bound (T), school-time rules), not Easter Sunday.
 */
export function _easter(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const x = _wd(doc, i + 1);
  if (x === 'egg' || x === 'eggs' || x === 'bonnet') return null;
  if (EASTER_HOLIDAYS.has(x)) return easterHolidays(doc, i + 2, opts);
  return yearly(doc, i + 1, opts, easterSunday);
}

/** Words after "Whitsun" ("Whit") naming its school holiday, the summer half-term ("Whit half term", "the Whitsun holidays"). */
const WHIT_HOLIDAYS = new Set([..._HOLIDAY_WORDS, 'half', 'halfterm', 'ht', 'week', 'recess']);

/** Whether a word of the Whitsun holiday stands at j: "half" only as "half term" ("Whit half an hour" names none). */
function whitHoliday(doc: _Doc, j: number): boolean {
  const y = _wd(doc, j);
  return WHIT_HOLIDAYS.has(y) && (y !== 'half' || _wd(doc, j + 1) === 'term' || _wd(doc, j + 1) === 'ht');
}

/** Days from Easter Sunday to Whit Sunday (Pentecost): seven weeks. */
const WHIT_AFTER_EASTER = 49;

/** Whit Sunday (Pentecost) of a year: seven weeks after Easter Sunday (Book of Common Prayer, the Rules to know when the Moveable Feasts begin). */
function whitSunday(year: number): IsoDate | null {
  const easter = toDayNumberOrNull(easterSunday(year));
  return easter === null ? null : fromDayNumber(easter + WHIT_AFTER_EASTER);
}

/**
 * "by Whitsun", "by Whit Sunday", "by Pentecost (2026)": Whit Sunday, seven weeks after Easter Sunday (Book of Common
 * Prayer, "Rules to know when the Moveable Feasts and Holy-Days begin": "Whitsunday seven weeks after [Easter Day]"),
 * a date, read as "by Easter" is Easter Sunday (labelling guide, Time-bound (T), school-time rules). "The Whitsun
 * holidays", "Whit half term", "Whit week": the school holiday, the summer half-term (as "the Easter holidays" are the
 * spring term's end, not Easter Sunday). "Whit" alone names neither, unless the caller read it as the feast (`alone`:
 * "by Whit." closing its clause).
 */
export function _whitsun(doc: _Doc, i: number, opts: _ScanOptions, alone = false): _Found | null {
  let j = i + 1;
  const x = _wd(doc, i);
  if (x === 'whit' && _wd(doc, j) === 'sunday') j += 1;
  else if (x === 'whit' && !whitHoliday(doc, j) && !alone) return null;
  const y = _wd(doc, j);
  if (!whitHoliday(doc, j) || x === 'pentecost') return yearly(doc, j, opts, whitSunday);
  j += 1;
  if (y === 'half' && (_wd(doc, j) === 'term' || _wd(doc, j) === 'ht')) j += 1;
  if (_wd(doc, j) === 'holidays' || _wd(doc, j) === 'holiday' || _wd(doc, j) === 'break') j += 1;
  return _termFound('summer', 'half-term', j, opts);
}

/**
 * Ramadan and the two Eids of each Hijri year 1441–1457 (Gregorian 2020–2035), as day numbers from ISO dates: the first
 * day of Ramadan (1 Ramadan), Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah). Source: the Umm al-Qura
 * calendar (Saudi Arabia), as tabulated by M. H. Alshehri's hijri-converter ("Limitations": "not intended for religious
 * purposes where sighting of the lunar crescent at the beginning of Hijri month is still preferred"); checked against
 * the islamic-umalqura calendar of ICU (the same days through 2031; a day apart for some in 2032–2035). In the UK each
 * mosque or council follows a sighting, often a day later, so every date read from this table is approximate: a council
 * should confirm it (labelling guide, school-time table, the Ramadan and Eid row).
 */
const ISLAMIC_FEASTS: readonly (readonly [ramadan: string, fitr: string, adha: string])[] = [
  ['2020-04-24', '2020-05-24', '2020-07-31'], ['2021-04-13', '2021-05-13', '2021-07-20'], ['2022-04-02', '2022-05-02', '2022-07-09'],
  ['2023-03-23', '2023-04-21', '2023-06-28'], ['2024-03-11', '2024-04-10', '2024-06-16'], ['2025-03-01', '2025-03-30', '2025-06-06'],
  ['2026-02-18', '2026-03-20', '2026-05-27'], ['2027-02-08', '2027-03-09', '2027-05-16'], ['2028-01-28', '2028-02-26', '2028-05-05'],
  ['2029-01-16', '2029-02-14', '2029-04-24'], ['2030-01-05', '2030-02-04', '2030-04-13'], ['2030-12-26', '2031-01-24', '2031-04-02'],
  ['2031-12-15', '2032-01-14', '2032-03-22'], ['2032-12-04', '2033-01-02', '2033-03-11'], ['2033-11-23', '2033-12-23', '2034-03-01'],
  ['2034-11-12', '2034-12-12', '2035-02-18'], ['2035-11-01', '2035-12-01', '2036-02-07'],
];

/** Which day of the table a phrase names: Ramadan's first or last day, Eid al-Fitr, Eid al-Adha, or either Eid. */
type _FeastDay = 'ramadan-start' | 'ramadan-end' | 'fitr' | 'adha' | 'eid';

/** The days of one kind in the table, in order (the last day of Ramadan is the day before Eid al-Fitr). */
function feastDays(kind: _FeastDay): number[] {
  const day = (iso: string): number => toDayNumberOrNull(iso) as number;
  if (kind === 'eid') return ISLAMIC_FEASTS.flatMap((r) => [day(r[1]), day(r[2])]);
  return ISLAMIC_FEASTS.map((r) => (kind === 'ramadan-start' ? day(r[0]) : kind === 'ramadan-end' ? day(r[1]) - 1 : kind === 'fitr' ? day(r[1]) : day(r[2])));
}

/**
 * Words naming which Eid after "Eid" ("Eid al-Fitr", "Eid ul Adha"); the joining words read over. "Azha" and "Zuha" are
 * South Asian spellings of Adha ("Eid-ul-Azha", "Eid al-Zuha"), as "Bakri Eid" and "Bakrid" are its South Asian names.
 */
const EID_NAMES: ReadonlyMap<string, _FeastDay> = new Map([['fitr', 'fitr'], ['fitar', 'fitr'], ['adha', 'adha'], ['azha', 'adha'], ['zuha', 'adha'], ['adhaa', 'adha']]);
const EID_JOINS = new Set(['al', 'ul', 'el', '-']);

/**
 * "before Eid", "by Eid al-Fitr", "before Ramadan", "during Ramadan", "by the end of Ramadan": the feast's day in the table
 * above (ISLAMIC_FEASTS), its next occurrence on or after the meeting (or the first in a year written after it), a date
 * marked approximate (labelling guide, school-time table: "before Eid" → the day of Eid al-Fitr, labels y25-042, y25-095;
 * "before Ramadan" → its first day, label y27-216; "during Ramadan" → its last day, label y27-142). "Eid" alone is the next
 * of the two Eids; "Bakri Eid", "Bakrid", "Eid-ul-Azha" are Eid al-Adha; an Eid named with a word not known ("Eid al-X")
 * gives none, not the next Eid. Outside the table's years, or with no meeting date, no deadline.
 */
export function _islamicFeast(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  let kind: _FeastDay = 'eid';
  let j = i + 1;
  const x = _wd(doc, i);
  if (x !== 'eid' && x !== 'bakrid') {
    const start = p.position === 'start' || (p.position === null && p.prep !== null && p.prep !== 'during' && p.prep !== 'in' && p.prep !== 'throughout' && p.prep !== 'through' && p.prep !== 'over');
    kind = start ? 'ramadan-start' : 'ramadan-end';
  } else if (x === 'bakrid' || _wd(doc, i - 1) === 'bakri') {
    kind = 'adha';
  } else {
    while (j < i + 4 && EID_JOINS.has(_wd(doc, j))) j += 1;
    const named = EID_NAMES.get(_wd(doc, j));
    if (named === undefined && j > i + 1) return null;
    if (named !== undefined) kind = named;
    j = named === undefined ? i + 1 : j + 1;
  }
  const days = feastDays(kind);
  const year = yearAt(doc, j);
  const from = year !== null ? dayNumberOf(year, 1, 1) : opts.meeting === null ? null : (toDayNumberOrNull(opts.meeting) as number);
  if (from === null) return _found(null, null, j);
  const n = days.find((d) => d >= from && (year === null || isoParts(fromDayNumber(d)).year === year));
  if (n === undefined) return null;
  return _found({ kind: 'date', date: fromDayNumber(n), approximate: true }, n, year === null ? j : j + 1);
}

/** "the Easter holidays (2026)": the end of the spring term (that ends in the year written after, if any). */
function easterHolidays(doc: _Doc, j: number, opts: _ScanOptions): _Found {
  const year = yearAt(doc, j);
  if (year === null) return _termFound('spring', 'end', j, opts);
  const first = _termFound('spring', 'end', j + 1, opts);
  if (first.approx === null) return first;
  const skip = year - isoParts(fromDayNumber(first.approx)).year;
  return skip > 0 ? _termFound('spring', 'end', j + 1, opts, skip) : first;
}

/** The spring bank holiday of a year in England and Wales (the last Monday in May, or the day moved to). */
function springBankHolidayOf(year: number): IsoDate | null {
  return bankHolidays(year).find((h) => h.name.startsWith('Spring bank holiday'))?.date ?? null;
}

/** The early May bank holiday of a year (the first Monday in May, or the day it moved to). */
function earlyMayBankHolidayOf(year: number): IsoDate | null {
  return bankHolidays(year).find((h) => h.name.startsWith('Early May bank holiday'))?.date ?? null;
}

/**
 * "the late May bank holiday" (another name of the spring bank holiday, the last Monday in May) and "the early May
 * bank holiday" (the first Monday): that day, a date, not the end of May. "The May bank holiday" alone names neither.
 */
export function _mayBankHoliday(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  if (_wd(doc, i) !== 'may' || _wd(doc, i + 1) !== 'bank' || _wd(doc, i + 2) !== 'holidays') return null;
  const which = _wd(doc, i - 1);
  if (which !== 'late' && which !== 'early') return null;
  let j = i + 3;
  if (_wd(doc, j) === 'weekend' || _wd(doc, j) === 'monday') j += 1;
  return yearly(doc, j, opts, which === 'late' ? springBankHolidayOf : earlyMayBankHolidayOf);
}

/** Whether "spring" at i starts "spring bank holiday" ("spring bank hol", "spring bank holidays"). */
export function _isSpringBankHoliday(doc: _Doc, i: number): boolean {
  return _wd(doc, i) === 'spring' && _wd(doc, i + 1) === 'bank' && _wd(doc, i + 2) === 'holidays';
}

/** "the spring bank holiday (2026)": that day, a date, not the end of the spring term. */
export function _springBankHoliday(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  let j = i + 3;
  if (_wd(doc, j) === 'weekend' || _wd(doc, j) === 'monday') j += 1;
  return yearly(doc, j, opts, springBankHolidayOf);
}

/** The month the school year starts in (England: the autumn term begins in September). */
const SEPTEMBER = 9;

/**
 * "by the start of September", "before the beginning of September": the new school year starts then, so the point is this
 * academic year's end, as "by the start of next year" and "before the new school year" are (the labelling guide, school-time
 * table, "by next academic year, by the start of next year"; "by the start of next term" is the end of the term before;
 * labels y19-023, y32-096). With a year written ("by the start of September 2025") the month's first day stays a date;
 * "by the beginning of June" stays the 1st. It is ordered at 1 September (`first`, the month's first day), the day the new
 * year starts, so that a point in the summer holidays before it ("the summer school in August, and … by the start of
 * September") gives way to it as the final point.
 */
function newYearStart(first: _Found | null, end: number, opts: _ScanOptions): _Found {
  return _found(yearEnd(opts), first?.approx ?? _academicYearEndApprox(opts.terms), end);
}

/**
 * The end of the meeting's academic year, with its date when a school calendar gives that year's summer term and it has
 * not ended (as a term's `date` is given): the academic year ends when its summer term does.
 */
function yearEnd(opts: _ScanOptions): Deadline {
  const date = _academicYearEndDate(opts.terms);
  return date === null ? { kind: 'academic-year-end' } : { kind: 'academic-year-end', date };
}

/**
 * Whether "for the year" ends at j ("for the year.", "for the year and", "for the year ahead"): not before a noun it
 * names ("run for the year council", "for the year group", "the year team").
 */
function yearEndsPhrase(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  return doc.toks[j] === undefined || doc.toks[j]?.kind === 'p' || _STOP.has(x) || x === 'ahead';
}

/** "end of the (school|academic) year", "end of Year 10", "over the year", "this academic year". */
export function _yearPhrase(doc: _Doc, i: number, opts: _ScanOptions, prefix: _Prefix): _Found | null {
  const t = doc.toks[i];
  if (t === undefined) return null;
  // "by end of yr 8": "yr" written apart from its number is the year group, as "Year 8" is.
  const isYearWord = _wd(doc, i) === 'year' || (_wd(doc, i) === 'yr' && doc.toks[i + 1]?.kind === 'n');
  // "by the end of the college year" is the academic year, as "the school year" is (its prefix read before "college").
  const p = isYearWord && _wd(doc, i - 1) === 'college' ? _prefixBefore(doc, i - 1) : prefix;
  const group = t.kind === 'n' && (t.prefix === 'y' || t.prefix === 'yr' || t.prefix === 'year') && t.sep === '' && t.suffix === '';
  let end = i + 1;
  let namedGroup = group;
  if (isYearWord) {
    const n = doc.toks[i + 1];
    // "Year R": the Reception year, a year group as "Year 1" is (DfE, the national curriculum's year groups: Reception, Year 1 ...).
    // "Year Six", "Year Eleven": the year group's number written as a word, the same year group.
    const word = _wd(doc, i) === 'year' && n?.kind === 'w' ? _termNumberWord(doc, i + 1, 14) ?? 0 : 0;
    const num = _plainNumberAt(doc, i + 1) ?? 0;
    if ((num >= 1 && num <= 14) || (_wd(doc, i) === 'year' && n?.raw === 'R') || (word >= 1 && word <= 14)) {
      namedGroup = true;
      end = i + 2;
    }
  }
  if (!isYearWord && !group) return null;
  if (namedGroup && settlesIn(doc, i)) return null;
  if (isYearWord && !namedGroup) {
    const fresh = newYear(doc, i, opts);
    if (fresh !== undefined) return fresh;
  }
  const prev = _wd(doc, i - 1);
  const calendarYear = prev === 'calendar' || prev === 'financial';
  if (p.det === 'last' || p.freq) return null;
  // "by the end of the calendar year": 31 December of the meeting's year, a date (a year alone is its last day).
  if (prev === 'calendar' && opts.meeting !== null && _prefixBefore(doc, i - 1).position === 'end') {
    const iso = isoDateOf(isoParts(opts.meeting).year, 12, 31) as IsoDate;
    return _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), end);
  }
  if (calendarYear) return null;
  // "by the end of next academic year", "by the end of next year": the end of the academic year after the meeting's. The
  // Deadline type names no year, so it is the end of an academic year, approximate (like a year group), ordered a year on.
  if (p.det === 'next' && isYearWord && !namedGroup) return nextAcademicYear(doc, p, end, opts);
  // "before the start of the school year", "by the start of the academic year": the one to come, which starts when the
  // meeting's ends (school-time table: "by the start of next year, before the new school year" → academic-year-end).
  if (p.position === 'start' && p.det === null && isYearWord && !namedGroup && (prev === 'school' || prev === 'academic') && startCue(doc, p, end - 1)) {
    return _found(yearEnd(opts), _academicYearEndApprox(opts.terms), end);
  }
  // "for the rest of the year" lasts until the year's end, as "the rest of the term" lasts until the term's.
  // "to fund drama club for the year": the year of the meeting, as "over the year" is (not "for a year", a duration).
  const forTheYear =
    p.prep === 'for' && p.det === null && yearEndsPhrase(doc, i + 1) && (prev === 'the' || ((prev === 'school' || prev === 'academic') && _wd(doc, i - 2) === 'the'));
  const ok = p.position === 'end' || (!namedGroup && (forTheYear || p.position === 'rest' || p.prep === 'over' || p.prep === 'throughout' || p.det === 'this' || (p.prep === 'during' && p.det !== null)));
  // "in Year 11", "during Year 10", "throughout Year 9": the year group's span, which ends with its academic year.
  // "for the rest of Year 10": until its end, as "for the rest of this term" is the term's end (school-time table); "for the
  // rest of Year 7 football team" names the team.
  const groupCue = p.position === 'end' || (_forTheRest(p) && !_groupNamesNoun(doc, end)) || opts.cell || p.strongWord || (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'in' || p.prep === 'during' || p.prep === 'throughout'));
  const cue = namedGroup && !groupCue ? _stageCue(doc, i, end, p) : null;
  if (namedGroup ? !groupCue && cue === null : !ok) return null;
  const approx = _academicYearEndApprox(opts.terms);
  if (!namedGroup) {
    const later = laterAcademicYear(doc, i, approx);
    if (later !== null) return _foundFrom(later, Math.max(end, later.end));
  }
  // A year group dates the target only approximately: which academic year needs the child's year group.
  // "ready for Year 3 in September": the month says when in the year the move falls, not which year, so it is part of the
  // leaving point (school-time table: "Ready for his transition to secondary in September" stays a leaving point; label y16-027).
  const found: _Found = _found(namedGroup ? { kind: 'academic-year-end', approximate: true } : yearEnd(opts), approx, cue === 'point' ? _moveMonthEnd(doc, end) : end);
  // "in the Year 11 mock exams in December": the year group names the exams, the month dates them.
  // "In Y9, Nathan will … by the end of the spring term": the year the target is set in, which any other point dates.
  const setIn = p.prep === 'in' && _wd(doc, end) === ',';
  // "her end-of-year exams in June", "the end of year reading assessment in July": "end of year" names the exams, as a year
  // group does, and the month dates them (the row "an event the target is due by, dated by a month"; labels y20-152,
  // y27-052, y36-197); with no other point, the year's end stays.
  const namesExam = !namedGroup && p.position === 'end' && !opts.cell && groupEventAfter(doc, end);
  return cue === 'yields' || setIn || namesExam || (namedGroup && !opts.cell && (_stageNamesThing(doc, end) || groupEventAfter(doc, end))) ? _yielding(found) : found;
}

/**
 * Whether the year group at i is where the child settles: "settle in Year 3", "settled in well in Year 7". The year group
 * is the child's place, not a point by which the target is achieved (labelling guide, Time-bound (T): T is a point by which
 * the target is achieved; the row for a year group heading a target, "the child's year, not a point"; labels y37-134,
 * x234, y30-069, where "settle into Year 7" is no point either).
 */
function settlesIn(doc: _Doc, i: number): boolean {
  const k = group0(doc, i);
  if (_wd(doc, k - 1) !== 'in') return false;
  let j = k - 2;
  // "settle in well in Year 3", "settle quickly in Year 7", "settled in happily in Year 7": the manner ("well" or an -ly
  // adverb), and the "in" of "settle in", between.
  if (mannerAt(doc, j)) j -= _wd(doc, j - 1) === 'in' ? 2 : 1;
  return _SETTLING.has(_wd(doc, j));
}

/** Whether the word at j tells how the child settles: "well", or an adverb in -ly ("quickly", "happily"; not "July"). */
function mannerAt(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  return x === 'well' || (x.length > 4 && x.endsWith('ly') && doc.toks[j]?.kind === 'w' && !_MONTHS.has(x));
}

/** The first token of a year group whose number is at i ("Year 3": "year"), or i ("Y3", or "year" itself). */
function group0(doc: _Doc, i: number): number {
  return doc.toks[i]?.kind === 'n' && doc.toks[i]?.prefix === '' && (_wd(doc, i - 1) === 'year' || _wd(doc, i - 1) === 'yr') ? i - 1 : i;
}

/**
 * Where a stage the child is made ready for ends ("ready for Year 3", "ready for KS2"): after "in" and a month with no year
 * ("ready for Year 3 in September"), which says when in the year the move falls, not which year, so it is part of the
 * leaving point (school-time table: "Ready for his transition to secondary in September" stays a leaving point; label y16-027).
 */
export function _moveMonthEnd(doc: _Doc, end: number): number {
  return _wd(doc, end) === 'in' && _MONTHS.has(_wd(doc, end + 1)) && yearAt(doc, end + 2) === null ? end + 2 : end;
}

/**
 * A school event or assessment a year group can name ("the Year 4 spring concert", "the Year 10 STEM workshop", "the Year 4
 * MTC": the multiplication tables check, sat in Year 4).
 */
const GROUP_EVENTS = new Set([
  'concert', 'show', 'play', 'production', 'performance', 'assembly', 'trip', 'residential', 'workshop', 'service', 'fair', 'showcase',
  'disco', 'festival', 'celebration', 'party', 'visit', 'evening', 'day', ..._ASSESSMENTS,
]);

/** One-off events the child takes part in when they are booked or arranged for: a school event, an assessment ({@link GROUP_EVENTS}), these. */
const BOOKED_EVENTS: ReadonlySet<string> = new Set([...GROUP_EVENTS, 'interview', 'interviews', 'appointment', 'appointments', 'expedition', 'expeditions']);

/**
 * Whether the participle at k is of booking or arranging ({@link _ARRANGED}) an event or assessment ("the exam, booked
 * for March 2025", "the interview arranged for 12th February", "the expedition booked for June"): the child's own act
 * then, a date (the labelling guide, Time-bound (T), "Not deadlines": "attend the interview arranged for 12th February"
 * is the child's act then). A course, placement or apprenticeship booked for a month is when it starts, a start point
 * as "a course for September" is ("start the course booked for September": `none`).
 */
function bookedAct(doc: _Doc, k: number): boolean {
  if (!_ARRANGED.has(_wd(doc, k))) return false;
  let j = k - 1;
  while (j >= 0 && (_wd(doc, j) === ',' || _wd(doc, j) === '(')) j -= 1;
  return BOOKED_EVENTS.has(_wd(doc, j));
}

/** Words read after a year group for the event it names (a term, subject or name between: "Year 4 spring concert"). */
const GROUP_EVENT_REACH = 3;

/**
 * Whether the year group ending before `end` names a school event or assessment within three words ("in the Year 4 spring
 * concert on 27th March", "the Year 10 STEM workshop … on 12/03", "the Year 11 mock in March"): the group names the event,
 * which gives way to any other point, as a year group naming a thing does (labelling guide, Time-bound (T), school-time
 * rules: "in reception … gives way to any other point, as a year group naming a thing does"; "Year 6 SATs, … giving way
 * to any other point"). Words only, in the clause: "by the end of Year 6, on the day" is not the event's name.
 */
function groupEventAfter(doc: _Doc, end: number): boolean {
  for (let k = end; k < end + GROUP_EVENT_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[end]; k++) {
    const x = _wd(doc, k);
    if (GROUP_EVENTS.has(x)) return true;
    if (_STOP.has(x) || _FUTURE.has(x)) return false;
  }
  return false;
}

/** The year an academic year written as "2025-26", "2025/2026" at k ends in (2026), or null. */
function academicYearEndAt(doc: _Doc, k: number): number | null {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n' || (t.sep !== '-' && t.sep !== '/') || t.parts.length !== 2 || t.digits[0] !== 4) return null;
  const first = t.parts[0] as number;
  const second = t.parts[1] as number;
  const full = second < 100 ? first - (first % 100) + second : second;
  return full === first + 1 ? full : null;
}

/**
 * "by the end of the 2025-26 academic year", "by the end of the academic year 2025/26" at a meeting in an earlier academic
 * year: the end of a later academic year, which the Deadline type cannot name, so approximate and ordered that many years
 * on (as "by the end of next academic year"). Null when no academic year is written or it is the meeting's (or earlier).
 */
function laterAcademicYear(doc: _Doc, i: number, approx: number | null): _Found | null {
  let k = i - 1;
  while (k >= i - 2 && (_wd(doc, k) === 'academic' || _wd(doc, k) === 'school')) k -= 1;
  const before = academicYearEndAt(doc, k);
  const after = before === null ? academicYearEndAt(doc, i + 1) : null;
  const named = before ?? after;
  if (named === null || approx === null) return null;
  const years = named - isoParts(fromDayNumber(approx)).year;
  if (years <= 0) return null;
  return _found({ kind: 'academic-year-end', approximate: true }, approx + 365 * years, after === null ? i + 1 : i + 2);
}

/**
 * "by the new year": the new year falls in the Christmas holidays, which begin when the autumn term ends (as "by
 * Christmas" does); "by the new school year": before it begins, so the end of this academic year (as "by next academic
 * year"). Only after "by", "before" or "until": "in the new year" names no point (undefined: not a "new year" phrase).
 */
function newYear(doc: _Doc, i: number, opts: _ScanOptions): _Found | null | undefined {
  const school = _wd(doc, i - 1) === 'school' || _wd(doc, i - 1) === 'academic';
  const k = school ? i - 2 : i - 1;
  // "the new year" (a "Timescale" cell may leave out "the").
  // "Timescale: New year", "… | New year": a cell of when in the text, as the "Timescale" cell itself.
  const cell = opts.cell || (!school && _wd(doc, k) === 'new' && _cellValueAt(doc, k));
  if (_wd(doc, k) !== 'new' || (_wd(doc, k - 1) !== 'the' && !cell)) return undefined;
  const p = _prefixBefore(doc, _wd(doc, k - 1) === 'the' ? k - 1 : k);
  // "ready for the new school year": before it begins, as "before the new school year" is.
  const ready = school && p.position === null && readyAhead(doc, p) && !recurringYear(doc, p.start);
  if (!(p.prep !== null && _STRONG_PREPS.has(p.prep)) && !p.strongWord && !cell && !ready) return null;
  if (school) return _found(yearEnd(opts), _academicYearEndApprox(opts.terms), i + 1);
  return _termFound('autumn', 'end', i + 1, opts);
}

/**
 * Whether a year's start is cued as a point the target is reached by: "by", "before", or "ready for" ("ready for the
 * start of next year": the year begins when the meeting's ends, as "ready for Year 7" is a move at a year's end).
 */
function startCue(doc: _Doc, p: _Prefix, year: number): boolean {
  if (yearNamesThing(doc, year) || recurringYear(doc, p.start)) return false;
  return p.prep === 'by' || p.prep === 'before' || readyAhead(doc, p);
}

/**
 * "ready for" a year to come, not a state written in the past ("Ben felt ready for the new school year", "was ready for"):
 * the labelling guide, Time-bound (T), T is a point by which the target is achieved, and background dates are no deadline.
 */
function readyAhead(doc: _Doc, p: _Prefix): boolean {
  if (p.prep !== 'for' || _wd(doc, p.start - 1) !== 'ready') return false;
  const x = _wd(doc, p.start - 2);
  return !(_IRREGULAR_PAST.has(x) || (_pastParticiple(x) && !_FUTURE.has(_wd(doc, p.start - 3))));
}

/** Whether the year word at k names another thing ("the start of next year's football season"): a possessive. */
function yearNamesThing(doc: _Doc, k: number): boolean {
  return possessiveAt(doc, k);
}

/**
 * Whether the sentence before `start` makes a year's start recurring ("Every year, before the start of the school year",
 * "each September"): the labelling guide, Not deadlines, frequencies and recurring windows.
 */
function recurringYear(doc: _Doc, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 12 && !_sentenceEndAt(doc, k); k--) {
    const x = _wd(doc, k);
    if (x === 'annually' || x === 'yearly') return true;
    if ((x === 'every' || x === 'each') && (_wd(doc, k + 1) === 'year' || _MONTHS.has(_wd(doc, k + 1)) || _TERM_WORDS.has(_wd(doc, k + 1)))) return true;
  }
  return false;
}

/** "by the end of next (academic) year", "over the next school year": see {@link _yearPhrase}. */
function nextAcademicYear(doc: _Doc, p: _Prefix, end: number, opts: _ScanOptions): _Found | null {
  // "by next academic year", "by the start of next year", "ready for the start of next year": before it begins, so the end
  // of this one (as "by next term" is the current term's end).
  if (startCue(doc, p, end - 1) && (p.position === null || p.position === 'start')) {
    return _found(yearEnd(opts), _academicYearEndApprox(opts.terms), end);
  }
  const cue = p.position === 'end' || p.position === 'rest' || p.prep === 'over' || p.prep === 'throughout' || p.prep === 'during' || opts.cell;
  if (!cue) return null;
  const approx = _academicYearEndApprox(opts.terms);
  return _found({ kind: 'academic-year-end', approximate: true }, approx === null ? null : approx + 365, end);
}

/** Separators between a written date's parts ("14/3/25", "14.3.25", "14-03-25"). */
const DATE_SEPARATORS: ReadonlySet<string> = new Set(['/', '.', '-']);

/**
 * Whether "in May", "on 3rd April", "on Thursday 3rd April", "on 3/4", "in the summer term", "in 6 weeks" or "(March)"
 * follows a review phrase or a school event ending before `k` (a weekday before the day is the same day written in full).
 */
export function _datedAfter(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  // "by next PEP - April", "by the next PEP: 14/3/25": a month or a written date after a dash or colon dates the review, as
  // "(April)" does; "by the next PEP, which is in April" as "in April" does (the school-time table's review named with a month).
  // A written date has "/", "." or "-" between its parts: "1:1 tuition" is a ratio.
  if (_HEADING_MARKS.has(x)) return _MONTHS.has(_wd(doc, k + 1)) || (doc.toks[k + 1]?.kind === 'n' && DATE_SEPARATORS.has(doc.toks[k + 1]?.sep ?? ''));
  if (x === 'which' && (_wd(doc, k + 1) === 'is' || _wd(doc, k + 1) === 'will')) return _datedAfter(doc, _wd(doc, k + 1) === 'will' && _wd(doc, k + 2) === 'be' ? k + 3 : k + 2);
  if (x === ',' && _wd(doc, k + 1) === 'which') return _datedAfter(doc, k + 1);
  if (x !== 'in' && x !== 'on' && x !== '(') return false;
  let j = _wd(doc, k + 1) === 'the' ? k + 2 : k + 1;
  if (_WEEKDAYS.has(_wd(doc, j))) j += _wd(doc, j + 1) === ',' ? 2 : 1;
  const t = doc.toks[j];
  return _MONTHS.has(_wd(doc, j)) || _TERM_WORDS.has(_wd(doc, j)) || t?.kind === 'n';
}

/**
 * Words that can name a review or meeting between "next" and "PEP", "review" or "meeting": "the next LAC review", "the
 * next Personal Education Plan meeting", "the next child in care review", "the next TAC meeting".
 */
const REVIEW_WORDS = new Set([
  'lac', 'cla', 'iro', 'termly', 'scheduled', 'planned', 'care', 'pathway', 'plan', 'looked', 'after', 'annual', 'ehcp', 'personal', 'education',
  'child', 'children', 'in', 'statutory', 'tac', 'taf', 'cin', 'cp', 'core', 'group', 'placement', 'network', 'professionals', 'multi-agency', 'team',
]);

/** "the next PEP", "next review", "next PEP meeting", "next LAC review". */
export function _nextReview(doc: _Doc, i: number): _Found | null {
  // "by the time we next meet", "when we next meet", "(by) the next time we meet": the next meeting, a review point.
  const who = _wd(doc, i - 1);
  if (_wd(doc, i + 1) === 'meet' && (who === 'we' || who === 'i')) return _found({ kind: 'next-review' }, null, i + 2, undefined, _FOUND_NEXT_REVIEW);
  if (_wd(doc, i + 1) === 'time' && (_wd(doc, i + 2) === 'we' || _wd(doc, i + 2) === 'i') && _wd(doc, i + 3) === 'meet') {
    return _found({ kind: 'next-review' }, null, i + 4, undefined, _FOUND_NEXT_REVIEW);
  }
  let j = i + 1;
  let steps = 0;
  while (steps < 4) {
    const x = _wd(doc, j);
    if (x === 'pep' || x === 'peps' || x === 'review' || x === 'meeting' || x === 'reviews') {
      let end = j + 1;
      while (end < j + 3 && (_wd(doc, end) === 'meeting' || _wd(doc, end) === 'review' || _wd(doc, end) === 'pep')) end += 1;
      const found: _Found = _found({ kind: 'next-review' }, null, end, undefined, _FOUND_NEXT_REVIEW);
      // "before the next PEP in May", "the next review on 3rd April": the month or date written dates the review (labelling
      // guide, Time-bound (T)), so the review gives way to it as a key stage naming a thing gives way.
      return _datedAfter(doc, end) ? _yielding(found) : found;
    }
    // "Next LAC", "the next CLA." (a cell or a clause ending on the review's name): the review.
    if ((x === 'lac' || x === 'cla' || x === 'iro') && (doc.toks[j + 1] === undefined || doc.toks[j + 1]?.kind === 'p')) {
      return _found({ kind: 'next-review' }, null, j + 1, undefined, _FOUND_NEXT_REVIEW);
    }
    if (REVIEW_WORDS.has(x)) {
      j += 1;
      steps += 1;
      continue;
    }
    return null;
  }
  return null;
}


/**
 * "by the (end of the) 6 week holidays", "during the six weeks holidays": the summer holidays, which begin when the summer
 * term ends (read like "by the summer holidays"; no council's dates are assumed). Null without a cue before.
 */
function sixWeekHolidays(end: number, p: _Prefix, opts: _ScanOptions): _Found | null {
  if (p.prep === null && p.position === null && !p.strongWord && !opts.cell) return null;
  if (p.freq || p.det === 'last') return null;
  return _termFound('summer', 'end', end, opts);
}

/**
 * "within two terms", "over the next 2 terms", "in 2 terms": the end of the Nth term after the meeting's (as "next
 * term" is the next term's end; from a January meeting, two terms are the summer and autumn terms). Anchored at the
 * meeting by "within", "in" or "next"; "for 2 terms", "over two terms" with no anchor are a duration, like "for 6 weeks".
 */
function termsAhead(value: number, end: number, p: _Prefix, opts: _ScanOptions): _Found | null {
  // Two terms only: three or more reach the meeting's own term again, a year on, which a term object (the next
  // occurrence) cannot say without a calendar.
  if (value !== 2) return null;
  const anchored = p.det === 'next' || p.prep === 'within' || p.prep === 'in';
  if (!anchored) return p.prep === 'for' || p.prep === 'over' || p.prep === 'during' ? _found(null, null, end, undefined, _FOUND_DURATION) : null;
  const cur = _currentTerm(opts.terms);
  if (cur === null) return _found(null, null, end);
  let term = cur.term;
  for (let k = 0; k < value; k++) term = _nextTerm(term);
  return _termFound(term, 'end', end, opts);
}

/**
 * The move a plan is made around, at about the meeting: what "within 2 weeks of …" counts from. Not a start the school
 * year dates ("within 3 weeks of starting Year 7": when Year 7 starts, not the meeting), nor a recurring event.
 */
const ONE_OFF_STARTS = new Set(['move', 'moving', 'arrival', 'arriving', 'starting', 'joining']);
/** Kinds of move named before "move" ("his placement move", "the house move"): still the one move. */
const MOVE_KINDS = new Set(['placement', 'house', 'home', 'care', 'school', 'managed', 'planned']);

/** Places whose start the school year dates ("starting secondary", "the move to college"). */
const YEAR_DATED_PLACES = new Set(['year', 'reception', 'secondary', 'college']);

/** Words read on after a move or start for the school year or month that dates it ("the move to Year 7 in September"). */
const YEAR_DATED_LOOK_ON = 6;

/**
 * Whether the move or start at k is dated by the school year or its own month ("starting Year 7", "the move to Year 7 in
 * September", "starting college"): its day is not the meeting's, and the guide's row for "within 3 weeks of starting
 * Year 7" leaves the window unread (six words on, in the clause).
 */
function yearDatedStart(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j <= k + YEAR_DATED_LOOK_ON && doc.clause[j] === doc.clause[k]; j++) {
    const x = _wd(doc, j);
    if (YEAR_DATED_PLACES.has(x) || _MONTHS.has(x) || _TERM_WORDS.has(x) || (doc.toks[j]?.kind === 'n' && doc.toks[j]?.prefix !== '')) return true;
  }
  return false;
}

/**
 * Whether the words at k name the single move ("the move", "his move", "moving in", "arriving"): "the", a possessive or
 * nothing before it; not "any", "a", "each" (a window after every such event: "within 2 days of any fall-out").
 */
function oneOffStart(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  let j = x === 'the' || x === 'his' || x === 'her' || x === 'their' || x === 'my' ? k + 1 : k;
  // "of his placement move", "of the house move": the kind of move before it is the same one move (label y29-224).
  if (MOVE_KINDS.has(_wd(doc, j)) && _wd(doc, j + 1) === 'move') j += 1;
  const after = _wd(doc, j + 1);
  // "within 2 days of starting any new activity": a window after each start, a measure.
  if (after === 'any' || _FREQ_WORDS.has(after)) return false;
  return ONE_OFF_STARTS.has(_wd(doc, j)) && !yearDatedStart(doc, j);
}

/** Tokens read after "of" for the event a window counts from, before its date in brackets ("of the start of term (6/1/25)"). */
const EVENT_WORDS_BEFORE_DATE = 6;

/** Words that join a second clause or point, which the event's noun phrase does not run across ("of release and attend …"). */
const EVENT_PHRASE_STOPS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'then', 'so', 'will', 'by', 'before', 'until', 'within', 'when', 'if']);

/** Suffixes of an ordinal written in figures ("17th birthday", "1st day"). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Whether the token at j may be part of the event's noun phrase: a word (not a joining word) or an ordinal ("17th"). */
function eventWordAt(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined) return false;
  if (t.kind === 'n') return t.parts.length === 1 && ORDINAL_SUFFIXES.has(t.suffix);
  return t.kind === 'w' && !EVENT_PHRASE_STOPS.has(_wd(doc, j));
}

/**
 * "within 2 weeks of release (14/02/25)", "within 10 school days of his move (on 3/3/25)": a window after a one-off event
 * whose day is written in brackets straight after it ends that many days after the day, a date (the labelling guide,
 * Deadline labels: the final point is the deadline, and the row "an event the target is due by, dated by a month": the
 * date written dates the event; label y35-086). Only a full date, day, month and year, alone in the brackets ("on" or
 * "expected" may come before it), after a short noun phrase of words and ordinals after "of" ("of the move to care", "of
 * her 17th birthday"), not across a clause mark or a joining word; otherwise the window stays as the other rules read it
 * ("within 2 days of any fall-out": a measure; "within 20 school days of the move": from the meeting). School days count
 * as in "within 20 school days" (a week of five); months and years as calendar months from the day ("within 6 months of
 * release (14/02/25)" → 14 August), as the day is read. Its words stay the window's (`count`), a measure as they were
 * before the date made them a point (the guide's conditional windows: "a measure").
 */
function windowFromDatedEvent(doc: _Doc, k: number, days: number, months: number, opts: _ScanOptions): _Found | null {
  // "within 2 days of any fall-out (…)": a window after each such event, a measure, whatever the bracket says.
  if (_FREQ_WORDS.has(_wd(doc, k)) || _wd(doc, k) === 'any') return null;
  let j = k;
  while (j < k + EVENT_WORDS_BEFORE_DATE && eventWordAt(doc, j)) j += 1;
  if (j === k || _wd(doc, j) !== '(') return null;
  let d = j + 1;
  if (_wd(doc, d) === 'on' || _wd(doc, d) === 'expected') d += 1;
  if (doc.toks[d]?.parts.length !== 3 || _wd(doc, d + 1) !== ')') return null;
  const day = _numericDate(doc, d, opts);
  if (day?.deadline?.kind !== 'date' || day.approx === null) return null;
  const n = months > 0 ? toDayNumber(addCalendarMonths(fromDayNumber(day.approx), months)) : day.approx + days;
  return _found({ kind: 'date', date: fromDayNumber(n) }, n, d + 2, undefined, _FOUND_COUNT);
}

/** The words {@link _relative} passes over before its unit ("10 school days", "3 consecutive weeks"). */
const BEFORE_UNIT: ReadonlySet<string> = new Set(['school', 'working', 'consecutive', 'full', 'more']);

/**
 * Whether a unit {@link _relative} can read follows at `unitAt` (a unit of time, "terms" or "weekly", after one word of
 * {@link BEFORE_UNIT}): when not, it returns nothing whatever comes before the count, so a caller tests this before it works
 * out the words before the number ("spell 20 words": no unit, no deadline, no look back).
 * @param doc - The analysed text.
 * @param unitAt - Where the unit would start (the word after the count).
 * @returns False when {@link _relative} would return null.
 * @example
 * _relativeUnitFollows(doc('within 6 school weeks'), 2); // true
 */
export function _relativeUnitFollows(doc: _Doc, unitAt: number): boolean {
  const x = BEFORE_UNIT.has(_wd(doc, unitAt)) ? _wd(doc, unitAt + 1) : _wd(doc, unitAt);
  return x === 'terms' || x === 'weekly' || _RELATIVE_UNITS.has(x);
}

/** A number of days, weeks or months: relative deadline, duration, frequency or conditional window. */
export function _relative(doc: _Doc, value: number, unitAt: number, p: _Prefix, opts: _ScanOptions): _Found | null {
  /** Most weeks a count of weekly sessions runs for ("6 weekly sessions … by the final session"): a year's. */
  const WEEKS_IN_YEAR = 52;
  let u = unitAt;
  let school = false;
  if (BEFORE_UNIT.has(_wd(doc, u))) {
    school = _wd(doc, u) === 'school' || _wd(doc, u) === 'working';
    u += 1;
  }
  if (_wd(doc, u) === 'terms' && !school) return termsAhead(value, u + 1, p, opts);
  const unit = _RELATIVE_UNITS.get(_wd(doc, u));
  // "attend 6 weekly ELSA sessions and by the final session …": so many weeks of sessions from the meeting; not "6-weekly"
  // (every six weeks) nor a schedule the child has now ("has 2 weekly sessions", how often).
  const schedule = doc.toks[u]?.hyph === true || _wd(doc, u - 2) === 'has' || _wd(doc, u - 2) === 'have';
  if (unit === undefined && _wd(doc, u) === 'weekly' && !schedule && value > 0 && value <= WEEKS_IN_YEAR && lastSessionAfter(doc, u + 1)) return withCount(weeksFrom(value, u + 1, opts), 0);
  if (unit === undefined || !Number.isFinite(value) || value <= 0 || value > 520 || (unit === 365 && value > 10)) return null;
  let end = u + 1;
  // "by the end of the 6 week holidays": the summer holidays, named by their length.
  if (value === 6 && unit === 7 && _HOLIDAY_WORDS.has(_wd(doc, end))) return sixWeekHolidays(end + 1, p, opts);
  // "a Year 7 class", "in a year group": a year group, not a year's time.
  if (unit === 365 && (doc.toks[end]?.kind === 'n' || _wd(doc, end) === 'group' || _wd(doc, end) === 'groups')) return null;
  // "his 1st year of sixth form": which year of a course (an ordinal), not a year's length.
  const count = doc.toks[unitAt - 1];
  if (unit === 365 && count?.kind === 'n' && ORDINAL_SUFFIXES.has(count.suffix)) return null;
  if (_wd(doc, end) === "'" || _wd(doc, end) === "'s") end += 1;
  const days = school && unit === 1 ? Math.ceil((value * 7) / 5) : daysOf(value, unit);
  const afterWord = _wd(doc, end);
  if (afterWord === 'a' || afterWord === 'per' || afterWord === 'each' || afterWord === 'every') return null; // "3 days a week"
  // "PP+ for 10 weeks of Forest School. Outcome: … by the last session": the weeks bought end at the last session.
  if (unit === 7 && (p.prep === null || p.prep === 'for') && lastSessionAfter(doc, end)) return weeksFrom(value, end, opts);
  if (afterWord === 'time') end += 1;
  const prep = p.prep;
  const anchored =
    p.det === 'next' || p.det === 'this' || afterWord === 'time' || ((afterWord === 'from' || afterWord === 'after') && MEETING_WORDS.has(_wd(doc, end + 1)));
  if (afterWord === 'of' && !anchored) {
    // "within 2 days of any fall-out": conditional; "within 6 weeks of the meeting": anchored.
    let k = end + 1;
    while (k < end + 3 && (_wd(doc, k) === 'the' || _wd(doc, k) === 'this' || _wd(doc, k) === 'today')) k += 1;
    const what = _wd(doc, k);
    // "within 6 weeks of this agreement (plan)": the document the meeting makes, dated by the meeting as "of the meeting" is.
    const meetingRef = what === 'meeting' || what === 'pep' || what === 'review' || _wd(doc, end + 1) === 'today' || (_wd(doc, k - 1) === 'this' && THIS_DOCUMENT.has(what) && planItself(doc, k));
    // "within 20 school days of the move", "within 2 weeks of moving in": the one move or start the plan is made for,
    // counted from the meeting (not "of any fall-out", "of an incident": a window after each, a measure).
    const months = school ? 0 : unit === 30 ? value : unit === 365 ? value * 12 : 0;
    const dated = prep === 'within' ? windowFromDatedEvent(doc, end + 1, days, months, opts) : null;
    if (dated !== null) return dated;
    if (prep === 'within' && oneOffStart(doc, end + 1)) return _found({ kind: 'relative', days }, opts.terms.meeting === null ? null : opts.terms.meeting + days, end);
    if (!meetingRef) return _found(null, null, end, undefined, _FOUND_DURATION);
    end = k + 1;
    const approxDay = opts.terms.meeting === null ? null : opts.terms.meeting + days;
    return _found({ kind: 'relative', days }, approxDay, end);
  }
  // "by the end of his first 4 weeks": the end of the first weeks there, as "within his first 6 weeks" (school-time table).
  const firstWeeks = (p.position === 'end' || (unit <= 7 && spanOfFirst(doc, unitAt - 2))) && _wd(doc, unitAt - 2) === 'first';
  // "Review: 6 weeks", "Timescale - 4 weeks": a deadline word before the window, as in a "Timescale" cell.
  if (anchored || firstWeeks || prep === 'within' || prep === 'in' || ((opts.cell || p.strongWord) && prep === null)) {
    if (afterWord === 'from' || afterWord === 'after') end += 2;
    const approxDay = opts.terms.meeting === null ? null : opts.terms.meeting + days;
    return _found({ kind: 'relative', days }, approxDay, end);
  }
  // "weekly for 6 weeks then review": a count of weeks then a review, the plan's window from the meeting (school-time
  // table, "ELSA 6 wks - feelings, then review"; label y23-090), not a duration.
  if (unit === 7 && prep === 'for' && thenReviewAt(doc, end)) return weeksFrom(value, end, opts);
  // "6 week trial, review week 6", "for the 6-week trial": a managed move's trial, its weeks from the meeting.
  if (unit === 7 && trialAt(doc, end, prep) && trialDecided(doc, unitAt, end) && !planDone(doc, ARTICLES.has(_wd(doc, unitAt - 2)) ? unitAt - 3 : unitAt - 2, end)) {
    return withCount(weeksFrom(value, end, opts), _FOUND_YIELDS);
  }
  if (prep === 'for' || prep === 'over' || prep === 'during' || prep === 'after') return _found(null, null, end, undefined, _FOUND_DURATION);
  const article = ARTICLES.has(_wd(doc, unitAt - 2));
  if (unit === 7 && (prep === null || prep === 'by' || prep === 'until') && runsFromMeeting(doc, end, article) && !planDone(doc, article ? unitAt - 3 : unitAt - 2, end)) {
    const plan = _found({ kind: 'relative', days }, opts.terms.meeting === null ? null : opts.terms.meeting + days, end);
    // "finish the 12-week boxing programme and take part in the end-of-course bout on 29th March", "complete the 12 week
    // course and sit the test on 25 March": a day written later in the sentence dates the plan's end, so its weeks counted
    // from the meeting give way to it, as a trial's weeks give way to its dated review (labels y54-170, y64-052, y65-233).
    return dayWrittenAfter(doc, end) ? withCount(plan, _FOUND_YIELDS) : plan;
  }
  return null;
}


/**
 * Whether a day with its month ("29th March", "25 March 2025", "on 11/3") is written after a plan's count of weeks ending at
 * `end`, in its sentence (at most 40 words on), in the target's own clause: the child's act or the plan's own event ("and
 * take part in the end-of-course bout on 29th March"). Not the plan's own start ("from 21 Jan", "since", a start verb of
 * `_deadlinePrefix.ts`, `_START_VERBS`), not a day in another person's clause (a subject and its own finite verb: "and her carer will
 * report back to school on 7th March"; the guide is silent on another person's day, the weeks stay) and not a past day
 * ("agreed with her carer on 10 January", "was on 4 March": up to the next comma).
 */
function dayWrittenAfter(doc: _Doc, end: number): boolean {
  /** Words read after the count for a day written. */
  const DAY_REACH = 40;
  let past = false;
  for (let k = end; k < end + DAY_REACH && k < doc.toks.length && !_sentenceEndAt(doc, k); k++) {
    const x = _wd(doc, k);
    const prev = _wd(doc, k - 1);
    // Another person's clause, or a past one ("was held on 10 January"): the rest of the sentence is theirs.
    if (FINITE_VERBS.has(x) && prev !== 'and' && prev !== ',' && prev !== 'to') return false;
    // "agreed with her carer on 10 January": a past day, up to the next comma.
    if (x === ',') past = false;
    else if (x.endsWith('ed') && (prev === ',' || prev === 'and')) past = true;
    if (past || doc.toks[k]?.kind !== 'n' || !numberIsDate(doc, k)) continue;
    const before = _MONTHS.has(prev) ? _wd(doc, k - 2) : prev;
    if (before !== 'from' && before !== 'since' && !_START_VERBS.has(before)) return true;
  }
  return false;
}

/**
 * Whether the count of weeks ending at `end` is the length of a trial ("a 6 week trial", "the 6-week trial", "for the
 * 6-week trial period"): the trial of a managed move or placement agreed at the meeting, whose end is its review (DfE,
 * School suspensions and permanent exclusions (2024), managed moves: a move is agreed for a time-limited trial, reviewed
 * before it is made permanent). Its end is the count from the meeting, as a plan of so many weeks ending in a review is
 * (school-time table, "ELSA sessions weekly for 6 weeks then review"; labels y22-249, y46-146), also after "for" as
 * there. The caller marks it as giving way to any other point, so a decision meeting or review with its own date
 * ("decision meeting w/c 31/3/25", "(to 7 March)") stays the deadline. Not "trial runs", "trial exams" nor "a trial of
 * the timetable" with no count.
 */
function trialAt(doc: _Doc, end: number, prep: string | null): boolean {
  if (prep !== null && prep !== 'for' && prep !== 'by' && prep !== 'until') return false;
  if (_wd(doc, end) !== 'trial') return false;
  const next = _wd(doc, end + 1);
  return doc.toks[end + 1] === undefined || next === 'period' || doc.toks[end + 1]?.kind === 'p' || !(_SESSION_NOUNS.has(next) || TRIAL_NOT_LENGTH.has(next));
}

/** Nouns after "trial" besides a session's ({@link _SESSION_NOUNS}) that make it a kind of thing, not a trial's length ("trial runs", "trial exams"). */
const TRIAL_NOT_LENGTH: ReadonlySet<string> = new Set(['run', 'runs', 'exam', 'exams', 'day', 'days', 'visit', 'visits']);

/** Words that open the child's decided act before a trial in its clause ("Maya to complete the 6-week trial", "Jade will attend ..."). */
const TRIAL_ACT_OPENERS: ReadonlySet<string> = new Set(['to', 'will', 'must']);

/**
 * Whether a trial of weeks counted at [unitAt - 1, end] is one the meeting decided, run from it: the child's act opens its
 * clause ("Maya to complete the 6-week trial", "Jade will attend for the 6 week trial") or a review follows it ("4 week
 * trial, review in week 4"); and its sentence asks nothing ("... a 6 week trial at Oakfield?"), hedges nothing ("if a place
 * comes up", "maybe", "possible", "TBC": the labelling guide, Time-bound (T), "Not deadlines": vague timing), and gives it
 * no start of its own ("from 3 March", "starting after half term": the guide's row for a plan with a later start, as
 * {@link runsFromMeeting}). A trial only told of ("A 6 week trial ended in December; ...", "The school hopes for a 6 week
 * trial") has no such act in its clause: no point, as before trials were read.
 */
function trialDecided(doc: _Doc, unitAt: number, end: number): boolean {
  let s = unitAt - 1;
  while (s > 0 && !_sentenceEndAt(doc, s - 1)) s -= 1;
  let e = end;
  while (e < doc.toks.length && !_sentenceEndAt(doc, e)) e += 1;
  if (_wd(doc, e) === '?' || laterStart(doc, end, end + 1)) return false;
  let decided = false;
  for (let k = s; k <= e; k++) {
    const x = _wd(doc, k);
    if (x === 'if' || x === 'possible' || x === 'tbc' || x === 'tba' || _MAYBE.has(x)) return false;
    decided ||= (k < unitAt && TRIAL_ACT_OPENERS.has(x) && doc.clause[k] === doc.clause[unitAt]) || (k > end && x.startsWith('review'));
  }
  return decided;
}

/** Nouns of a setting the child starts, after "new" straight before the first weeks ("in his new class for the first 4 weeks"). */
const NEW_SETTINGS: ReadonlySet<string> = new Set([..._SESSION_NOUNS, ..._POSTS, 'school', 'placement', 'college', 'course', 'home', 'timetable', 'setting', 'nursery']);

/**
 * Whether "first" at k opens the first days or weeks of a span, after "for", "of", "during" or "over" ("attend every day
 * for the first 4 weeks", "every day of her first 2 weeks"): counted from the meeting, as "within his first 6 weeks" and
 * "in the first two weeks" are (the labelling guide, Time-bound (T), school-time rules: "within his first 6 weeks in
 * school, in the first two weeks" → `relative:42`, `relative:14`); "first" anchors the weeks as "next" does in "for the
 * next 6 weeks". "Her first 2 weeks" are the child's own, from when she starts, unless a verb in the past governs them
 * ("missed 4 days of his first 2 weeks": what happened, a background). "The first 8 weeks" only with the start they
 * count from named: a verb of starting a one-off thing before them in the sentence ({@link onceStarted}: "start the
 * internship and attend 4 days a week for the first 8 weeks"), or the new setting straight before them ("in his new
 * class for the first 4 weeks"); with none, "for the first 6 weeks" is a window with no start, a duration, as "for 6
 * weeks" is (the guide's "for the next 6 weeks" row: "For 6 weeks" with no anchor stays a duration), and "new" elsewhere
 * ("learn 5 new words a week") names no start. Weeks of a recurring period ("the first 4 weeks of each term") are read
 * before this, as a duration.
 */
function spanOfFirst(doc: _Doc, k: number): boolean {
  const j = _OWNING_DETERMINERS.has(_wd(doc, k - 1)) ? k - 2 : k - 1;
  const x = _wd(doc, j);
  if (x !== 'for' && x !== 'of' && x !== 'during' && x !== 'over') return false;
  if (pastBeforeFuture(doc, j)) return false;
  // "her first 2 weeks": the child's own first weeks, from when she starts, as "within his first 6 weeks in school".
  if (j === k - 2 && _wd(doc, k - 1) !== 'the') return true;
  // "in his new class for the first 4 weeks": the new setting names the start, straight before the weeks.
  if (_wd(doc, j - 2) === 'new' && NEW_SETTINGS.has(_wd(doc, j - 1))) return true;
  const i = _nearest(doc, j - 1, START_VERB_BACK);
  return i >= 0 && onceStarted(doc, i);
}

/** The walk back to a verb of starting in the sentence ({@link spanOfFirst}). */
const START_VERB_BACK = _walkBack(_sentenceEndAt, (doc, i) => _START_VERBS.has(_wd(doc, i)));
/** The walk back to a future or modal word or a verb in the past, in the sentence ({@link pastBeforeFuture}). */
const PAST_OR_FUTURE_BACK = _walkBack(_sentenceEndAt, (doc, i) => {
  const w = _wd(doc, i);
  return _FUTURE.has(w) || _IRREGULAR_PAST.has(w) || (w.endsWith('ed') && _pastParticiple(w) && !_OWNING_DETERMINERS.has(_wd(doc, i - 1)));
});

/**
 * Whether a verb in the past comes before any future or modal word, read back from j in the sentence ("did well during
 * his first 2 weeks and will …"): the span is what happened, not the target's.
 */
function pastBeforeFuture(doc: _Doc, j: number): boolean {
  const i = _nearest(doc, j - 1, PAST_OR_FUTURE_BACK);
  return i >= 0 && !_FUTURE.has(_wd(doc, i));
}

/**
 * Whether the verb of starting at i starts a one-off thing the first weeks count from ("start the internship", "begin
 * his new placement"): not a start each time ("begin each lesson calmly"), of a task done every day ("start his homework
 * on time": {@link _RECURRING_OBJECTS}), nor one the school year dates ("start Year 7": the guide's "within 3 weeks of
 * starting Year 7" row, label t223, `none`).
 */
function onceStarted(doc: _Doc, i: number): boolean {
  let j = i + 1;
  while (_OWNING_DETERMINERS.has(_wd(doc, j)) || _wd(doc, j) === 'new') j += 1;
  const x = _wd(doc, j);
  return !_FREQ_WORDS.has(x) && !_RECURRING_OBJECTS.has(x) && !yearDatedStart(doc, i);
}

/** Whether "then review" ("then a review", ", then review") follows at j. */
function thenReviewAt(doc: _Doc, j: number): boolean {
  const k = _wd(doc, j) === ',' ? j + 1 : j;
  if (_wd(doc, k) !== 'then') return false;
  const r = _wd(doc, k + 1) === 'a' ? k + 2 : k + 1;
  return _wd(doc, r) === 'review' || _wd(doc, r) === 'reviewed';
}

/** A relative deadline of so many weeks from the meeting, ending at token `end`. */
function weeksFrom(weeks: number, end: number, opts: _ScanOptions): _Found {
  return _found({ kind: 'relative', days: weeks * 7 }, opts.terms.meeting === null ? null : opts.terms.meeting + weeks * 7, end);
}

/** Meetings of a series whose last one a target can be due by ("by the last session", "by the final lesson"). */
const SESSION_NOUNS = new Set(['session', 'lesson', 'class', 'meeting', 'visit']);

/**
 * Whether "by (before, until) the last (final) session" follows within forty tokens (LAST_SESSION_REACH) of `from`, with no month, day or
 * place after it ("by the last session in March" is the month's): the end of a count of weeks of sessions set at the
 * meeting (school-time table, a course of so many weeks ended by its last session, as "by the end of the 6 week course").
 * @example lastSessionAfter(doc, end) // true after "10 weeks" in "for 10 weeks of Forest School. … by the last session."
 */
function lastSessionAfter(doc: _Doc, from: number): boolean {
  /** Tokens read ahead for "by the last session" (keeps the scan linear). */
  const LAST_SESSION_REACH = 40;
  for (let k = from; k < from + LAST_SESSION_REACH && k < doc.toks.length; k++) {
    if (!_STRONG_PREPS.has(_wd(doc, k))) continue;
    const j = _lastOrFinalAt(doc, k + 1, k + 2);
    // "by the end of the block (course, programme)": the plan's end, its last session (school-time table, "by the end of
    // the 6 week anger management course"; label y22-058).
    const plan = j < 0 ? planEndAt(doc, k + 1) : -1;
    const at = plan >= 0 ? plan - 1 : j;
    const next = _wd(doc, at + 2);
    if ((j >= 0 && SESSION_NOUNS.has(_wd(doc, j + 1))) || plan >= 0) {
      return next !== 'in' && next !== 'on' && next !== 'at' && next !== 'of' && next !== '(' && doc.toks[at + 2]?.kind !== 'n';
    }
  }
  return false;
}

/** Where "the end of the block (course, programme, group, intervention)" at k names its plan: the noun's index, or -1. */
function planEndAt(doc: _Doc, k: number): number {
  if (_wd(doc, k) !== 'the' || _wd(doc, k + 1) !== 'end' || _wd(doc, k + 2) !== 'of' || _wd(doc, k + 3) !== 'the') return -1;
  const x = _wd(doc, k + 4);
  return PLANS.has(x) || PLANS_AFTER_ARTICLE.has(x) ? k + 4 : -1;
}

/**
 * Nouns of a plan of so many weeks the target is set with ("a 6 week course", "the 10 week programme", "the 6-week
 * traineeship": a traineeship is a course of work preparation and placement, read as a course is).
 */
const PLANS = new Set(['course', 'programme', 'program', 'plan', 'intervention', 'traineeship']);

/**
 * Nouns that name such a plan only after an article before its count ("the 8-week Decider Skills group", "the 10 week
 * block": a group or block of sessions run as a course, labels y20-080, y19-101); else they say who or how many ("3x a
 * week, group of 6", "group 2").
 */
const PLANS_AFTER_ARTICLE = new Set(['group', 'block']);

/** Articles before a count of weeks that make it the length of one thing ("the 8-week group"): the shared list. */
const ARTICLES = _ARTICLES;

/**
 * Whether a count of weeks at `end` is the length of the plan the target is set with, run from the meeting: a course,
 * programme, plan or intervention after it ("by the end of the 6 week anger management course", "attend the 6-week 'Moving On'
 * course") or a review after it ("ELSA 6 wks - feelings, then review"); its end is the count from the meeting, as "within
 * 6 weeks" is. Not when the plan is given a later start of its own within eight words: "starting 3rd Feb", "from
 * Monday", "after half term", "in the summer term", "in March" (no deadline from the meeting then).
 * A group or block names the plan only when `article` (an article before the count: "the 8-week Decider Skills group").
 * @example runsFromMeeting(doc, end, true) // true after "6" in "complete the 6 week course", false in "a 6 week course after Easter"
 */
function runsFromMeeting(doc: _Doc, end: number, article: boolean): boolean {
  /** Words read after the count for the plan's noun. */
  const PLAN_NEAR = 8;
  for (let k = end; k < end + PLAN_NEAR && !_sentenceEndAt(doc, k) && _wd(doc, k) !== '('; k++) {
    const x = _wd(doc, k);
    if (PLANS.has(x) || (article && PLANS_AFTER_ARTICLE.has(x)) || (x === 'then' && _wd(doc, k + 1).startsWith('review'))) return !laterStart(doc, end, k + 1);
  }
  return false;
}

/**
 * Whether a plan counted in weeks ending at `end`, named before `from`, is given a later start of its own from `from` on:
 * "from" or "after", a month or a term within eight words of the count ("a 6 week course after Easter", "the 6 week trial from
 * 3 March"), or a verb of starting with its point within sixteen, in the same sentence ("starting 3 March").
 */
function laterStart(doc: _Doc, end: number, from: number): boolean {
  /** Words read after the count for a later start of the plan's own: "a 6 week course starting 10th March". */
  const PLAN_NEAR = 8;
  /** Words read for a start verb with its point, in the same sentence ("the 12-week programme and …, starting 3 March"). */
  const PLAN_START_REACH = 16;
  for (let k = from; k < end + PLAN_START_REACH && !_sentenceEndAt(doc, k) && _wd(doc, k) !== '('; k++) {
    const x = _wd(doc, k);
    if (_START_VERBS.has(x) && startPointAfter(doc, k + 1)) return true;
    if (k < end + PLAN_NEAR && (x === 'from' || x === 'after' || _MONTHS.has(x) || _TERM_WORDS.has(x))) return true;
  }
  return false;
}

/** Words before a verb that make it not a past one ("will completed", "to attended" are slips; "be referred" is passive). */
const NOT_PAST_BEFORE = new Set([..._FUTURE, 'be', 'been', 'being', 'is', 'are', 'am']);
/** Periods "last" names in the past ("last term", "last half term", "last year"). */
const LAST_PERIODS = new Set(['term', 'half', 'halfterm', 'year', 'week', 'month', 'academic', 'school', ..._TERM_WORDS.keys()]);

/**
 * Whether the plan of so many weeks counted before `end` is one the child has finished: a past verb before it ("completed
 * the 6-week Seasons for Growth group", "attended a 10 week block") or "last term" ("last year", "last summer") in its
 * clause. Its weeks are then background (the labelling guide, Time-bound (T), "Not deadlines": background dates, what has
 * happened), not a window from the meeting; a course, group or block alike.
 */
function planDone(doc: _Doc, verb: number, end: number): boolean {
  const v = _wd(doc, verb);
  const future = NOT_PAST_BEFORE.has(_wd(doc, verb - 1));
  if (_pastParticiple(v) && !future) return true;
  // A plan the child will do ("Ava will redo the 6-week course she started last term"): "last term" after it, in a relative
  // clause, says when it was first begun, not that this plan is done.
  if (future) return false;
  /** Words read after the count for "last term" in its clause. */
  const DONE_REACH = 12;
  for (let k = end; k < end + DONE_REACH && doc.clause[k] === doc.clause[end] && !_sentenceEndAt(doc, k); k++) {
    if (_wd(doc, k) === 'last' && LAST_PERIODS.has(_wd(doc, k + 1))) return true;
  }
  return false;
}

/** Words after a verb of starting that say when ("starting after Easter", "starts today"); "w/c" is read by `_isWeekCommencing`. */
const START_POINT_WORDS = new Set(['after', 'easter', 'christmas', 'today', 'tomorrow']);

/**
 * Whether a number at j is a date: an ordinal ("3rd"), a day and month ("10/3"), or a month beside it ("3 March", "March
 * 3"). Not a count ("start using 2 strategies").
 */
function numberIsDate(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'n') return false;
  return /^(st|nd|rd|th)$/.test(t.suffix) || (t.sep === '/' && t.parts.length >= 2) || _MONTHS.has(_wd(doc, j + 1)) || _MONTHS.has(_wd(doc, j - 1));
}

/**
 * Whether a point follows a verb of starting within four words from `from`, in its sentence: "starting 3 March", "starts in
 * May", "beginning after half term", "starting at college in September", "starting next week" (the plan's own start). "Join
 * in and answer" (taking part), "start using 2 strategies" (a count, not a date) and "start this in his lessons" ("this"
 * before no period) name no point, so the plan still runs from the meeting.
 * @example startPointAfter(doc, k + 1) // true after "starting" in "starting 3 March", false after "join" in "join in and answer"
 */
function startPointAfter(doc: _Doc, from: number): boolean {
  /** Words read after the verb for its point. */
  const START_POINT_REACH = 4;
  for (let j = from; j < from + START_POINT_REACH && j < doc.toks.length && !_sentenceEndAt(doc, j); j++) {
    const x = _wd(doc, j);
    if (numberIsDate(doc, j) || _MONTHS.has(x) || _TERM_WORDS.has(x) || _WEEKDAYS.has(x) || START_POINT_WORDS.has(x) || _isWeekCommencing(doc, j)) return true;
    // "starting next week", "starting this term": "this" or "next" before a period, not "start this in his lessons".
    const y = _wd(doc, j + 1);
    if ((x === 'this' || x === 'next') && (_RELATIVE_UNITS.has(y) || y === 'term' || y === 'half')) return true;
  }
  return false;
}
