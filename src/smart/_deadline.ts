/**
 * Deadline extraction: finds every date, term, relative and review phrase in a target (UK phrasing,
 * UK day order), decides which are deadlines (not background dates, start dates, frequencies or
 * conditional windows), resolves them against the meeting date and keeps the final one.
 *
 * Each phrase is recognised from its core token (a number, a month, a term word, "half term", "term",
 * "year", "Easter", "Christmas", "next", "fortnight") with a bounded look-behind for its prefix ("by the
 * end of this") and a bounded look-ahead, so the scan is linear in the number of tokens.
 */
import type { Term } from '../core/enums';
import { daysInMonth, dayNumberOf, fromDayNumber, isoDateOf, isoParts, toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import { easterSunday } from '../deadlines/easter';
import { _numAt, type _Doc } from './_doc';
import { _AMBIGUOUS_MONTHS, _MONTHS, _NUMBER_WORDS, _TERM_WORDS, _WEEKDAYS } from './_phrases';
import { _academicYearEndApprox, _currentTerm, _nextTerm, _resolveTerm, type _TermCtx, type _TermPart } from './_terms';
import type { Deadline } from './types';

/** One deadline phrase found in the text. */
export interface _Cand {
  /** The deadline it means, or null when it needs a meeting date to resolve. */
  readonly deadline: Deadline | null;
  /** Approximate day number, for choosing the final deadline; null without a meeting date. */
  readonly approx: number | null;
  /** First and last+1 token of the phrase (prefix included). */
  readonly start: number;
  readonly end: number;
  /** Introduced by "by", "before", "until", "deadline", "timescale"… */
  readonly strong: boolean;
  /** A baseline, past or start date: not a deadline. */
  readonly background: boolean;
  /** A month with no day ("by March"): a day-precise date in the same month supersedes it. */
  readonly month: { readonly year: number; readonly month: number } | null;
}

/** What the scan found. */
export interface _DeadlineScan {
  readonly candidates: readonly _Cand[];
  /** Token ranges of vague timing ("ongoing", "over time", "going forward"). */
  readonly vague: readonly (readonly [number, number])[];
}

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

interface Prefix {
  /** First token of the prefix. */
  readonly start: number;
  /** The preposition: by, before, until, in, during, on, at, for, over, throughout, within, from, since, after… */
  readonly prep: string | null;
  /** end, start, middle, rest. */
  readonly position: string | null;
  /** this, next, last. */
  readonly det: string | null;
  /** every, each, per, a (frequency). */
  readonly freq: boolean;
  /** A deadline word before ("deadline", "timescale", "due", "w/c", "review"). */
  readonly strongWord: boolean;
}

const STRONG_PREPS = new Set(['by', 'before', 'until', 'till', 'til', 'untill']);
const PREPS = new Set([
  'by', 'before', 'until', 'till', 'til', 'untill', 'in', 'during', 'on', 'at', 'for', 'over', 'throughout', 'within', 'from',
  'since', 'after', 'to', 'between', 'and', 'around', 'across', 'into', 'through', 'of',
]);
const POSITIONS = new Map<string, string>([
  ['end', 'end'], ['close', 'end'], ['start', 'start'], ['beginning', 'start'], ['middle', 'middle'], ['mid', 'middle'],
  ['rest', 'rest'], ['remainder', 'rest'], ['course', 'rest'], ['early', 'start'], ['late', 'end'],
]);
const DETS = new Set(['this', 'next', 'last', 'previous', 'coming', 'current']);
const SKIP = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'very', 'of', 'school', 'academic', "'"]);
const STRONG_WORDS = new Set(['deadline', 'timescale', 'timescales', 'timeframe', 'due', 'review', 'reviewed', 'date', 'latest', 'target']);
const FREQ_WORDS = new Set(['every', 'each', 'per', 'a', 'an', 'once', 'twice', 'termly', 'weekly', 'daily']);
const RELATIVE_UNITS = new Map<string, number>([
  ['day', 1], ['days', 1], ['week', 7], ['weeks', 7], ['wk', 7], ['wks', 7], ['fortnight', 14], ['fortnights', 14], ['month', 30],
  ['months', 30],
]);
const MEETING_WORDS = new Set(['meeting', 'pep', 'peps', 'review', 'today', 'now', 'this', 'the', 'date', 'plan', 'setting']);
const EVENT_NOUNS = new Set([
  'suspension', 'suspensions', 'exclusion', 'exclusions', 'excluded', 'suspended', 'incident', 'incidents', 'fight', 'fall-out', 'move',
  'moved', 'born', 'birthday',
]);
const NAME_FOLLOWERS = new Set(['will', 'to', 'is', 'has', 'can', 'was', 'and', 'would', 'could', 'should', 'needs', 'wants', 'said', 'had', 'does', 'did', 'may', 'must']);
const MONTH_FOLLOWERS = new Set([
  'mock', 'mocks', 'exam', 'exams', 'test', 'tests', 'assessment', 'assessments', 'deadline', 'report', 'resit', 'resits', 'window',
  'series', 'data', 'drop', 'review', 'pep', 'sitting',
]);
/** Two-word vague timing: "over time", "going forward", "long term", "when needed", "from now (on)". */
const VAGUE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['over', new Set(['time'])],
  ['going', new Set(['forward', 'forwards'])],
  ['long', new Set(['term'])],
  ['due', new Set(['course'])],
  ['the', new Set(['future'])],
  ['when', new Set(['needed', 'required', 'ready', 'appropriate', 'possible'])],
  ['from', new Set(['now'])],
  ['at', new Set(['some'])],
]);
const TERM_FOLLOWERS = new Set(['exams', 'exam', 'assessment', 'assessments', 'window', 'series', 'report', 'mocks', 'mock', 'tests', 'data']);

function wd(doc: _Doc, i: number): string {
  return doc.w[i] ?? '';
}

/** Whether tokens j-2..j are "w / c" or "w / b" (week commencing / beginning). */
function isWeekCommencing(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  if (x === 'wc' || x === 'w/c' || x === 'wb' || x === 'commencing' || x === 'beginning' || x === 'starting') {
    return x === 'wc' || x === 'wb' || wd(doc, j - 1) === 'week';
  }
  return (x === 'c' || x === 'b') && wd(doc, j - 1) === '/' && wd(doc, j - 2) === 'w';
}

/** Reads the prefix before a core token at `i`: "by the end of this", "within the next", "every". */
function prefixBefore(doc: _Doc, i: number): Prefix {
  let start = i;
  let prep: string | null = null;
  let position: string | null = null;
  let det: string | null = null;
  let freq = false;
  let strongWord = false;
  const clause = doc.clause[i] ?? 0;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    doc.ops.n += 1;
    const x = wd(doc, k);
    const t = doc.toks[k];
    if (t === undefined) break;
    if (doc.clause[k] !== clause) {
      // Cross a colon only ("Timescale: end of term"), and only to find a deadline word.
      if (x === ':' && prep === null) {
        const before = wd(doc, k - 1);
        if (STRONG_WORDS.has(before) || before === 'when' || before === 'by') {
          strongWord = true;
          if (before === 'by') prep = 'by';
        }
      }
      break;
    }
    if (isWeekCommencing(doc, k)) {
      strongWord = true;
      start = k - (x === 'c' || x === 'b' ? 2 : x === 'wc' || x === 'wb' ? 0 : 1);
      break;
    }
    if (x === '-' || x === "'" || x === '"') continue;
    if (prep === null && position === null && det === null && DETS.has(x)) {
      det = x === 'previous' ? 'last' : x === 'coming' || x === 'current' ? 'this' : x;
      start = k;
      continue;
    }
    if (prep === null && position === null && POSITIONS.has(x)) {
      position = POSITIONS.get(x) as string;
      start = k;
      continue;
    }
    if (prep === null && FREQ_WORDS.has(x) && k === i - 1) {
      freq = true;
      start = k;
      break;
    }
    if (prep === null && x === 'a' && k === i - 1) {
      freq = true;
      break;
    }
    if (SKIP.has(x)) {
      if (prep === null) start = k;
      continue;
    }
    if (prep === null && PREPS.has(x)) {
      prep = x;
      start = k;
      const before = wd(doc, k - 1);
      if (x === 'to' && (before === 'up' || before === 'prior')) {
        prep = 'by';
        start = k - 1;
      }
      if (x === 'than' || (x === 'of' && before === 'ahead')) prep = 'by';
      if (x === 'of' && before === 'ahead') start = k - 1;
      continue;
    }
    if (x === 'than' && wd(doc, k - 1) === 'later') {
      prep = 'by';
      start = k - 2;
      break;
    }
    if (STRONG_WORDS.has(x)) {
      strongWord = true;
      if (prep === null) start = k;
      continue;
    }
    if (_WEEKDAYS.has(x) && prep === null) {
      start = k;
      continue;
    }
    break;
  }
  return { start, prep, position, det, freq, strongWord };
}

function isStrong(p: Prefix, cell: boolean): boolean {
  return cell || p.strongWord || (p.prep !== null && STRONG_PREPS.has(p.prep)) || (p.position === 'end' && p.prep !== 'since' && p.prep !== 'from' && p.prep !== 'after');
}

function isStartOrPast(p: Prefix): boolean {
  return p.prep === 'since' || p.prep === 'from' || p.prep === 'after' || p.det === 'last';
}

/** Background by position: "at the PEP on 12/11", "suspensions on 4th Oct". */
function backgroundByContext(doc: _Doc, prefixStart: number, p: Prefix): boolean {
  if (p.prep !== 'on' && p.prep !== 'at' && p.prep !== 'in') return false;
  let sawNext = false;
  for (let k = prefixStart - 1; k >= 0 && k >= prefixStart - 5; k--) {
    const x = wd(doc, k);
    if (doc.clause[k] !== doc.clause[prefixStart]) break;
    if (x === 'next' || x === 'by' || x === 'before' || x === 'until') sawNext = true;
    if (EVENT_NOUNS.has(x)) return true;
    if ((x === 'pep' || x === 'meeting' || x === 'review') && !sawNext) {
      const y = wd(doc, k - 1);
      const z = wd(doc, k - 2);
      if (y === 'the' || y === 'last' || y === 'previous' || z === 'at' || y === 'at') return !sawNext && y !== 'next' && z !== 'next';
    }
  }
  return false;
}

/** A date in a "when/once …" clause is a condition, not a deadline ("when we return to school Sept 2020"). */
function conditional(doc: _Doc, prefixStart: number): boolean {
  for (let k = prefixStart - 1; k >= 0 && k >= prefixStart - 8; k--) {
    if (doc.clause[k] !== doc.clause[prefixStart]) return false;
    const x = wd(doc, k);
    if (x === 'when' || x === 'once' || x === 'whenever') return true;
    if (x === 'by' || x === 'before' || x === 'until') return false;
  }
  return false;
}

function bgAny(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.bg[k] === 1) return true;
  return false;
}

/** Next occurrence on or after the meeting of a day and month, as a day number. */
function nextOccurrence(month: number, day: number, meeting: IsoDate): { iso: IsoDate; day: number } | null {
  const { year } = isoParts(meeting);
  const m = toDayNumberOrNull(meeting) as number;
  for (let y = year; y <= year + 1; y++) {
    const d = Math.min(day, daysInMonth(y, month));
    if (day > daysInMonth(y, month) && !(month === 2 && day === 29)) return null;
    const iso = isoDateOf(y, month, d);
    if (iso === null) continue;
    const n = toDayNumberOrNull(iso) as number;
    if (n >= m) return { iso, day: n };
  }
  return null;
}

function expandYear(y: number, digits: number): number | null {
  if (digits === 4) return y >= 1990 && y <= 2100 ? y : null;
  if (digits === 2) return 2000 + y;
  return null;
}

interface Found {
  readonly deadline: Deadline | null;
  readonly approx: number | null;
  readonly end: number;
  readonly month?: { readonly year: number; readonly month: number };
  /** A "next PEP" phrase: ordered by the next review date (or the meeting plus 91 days). */
  readonly nextReview?: boolean;
}

/** A date with day, month and optional year → a `date` deadline, resolved against the meeting. */
function dateFound(day: number, month: number, year: number | null, end: number, opts: _ScanOptions): Found | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (year !== null) {
    const iso = isoDateOf(year, month, day);
    if (iso === null) return null;
    return { deadline: { kind: 'date', date: iso }, approx: toDayNumberOrNull(iso), end };
  }
  if (day > (month === 2 ? 29 : daysInMonth(2001, month))) return null;
  if (opts.meeting === null) return { deadline: null, approx: null, end };
  const next = nextOccurrence(month, day, opts.meeting);
  if (next === null) return null;
  return { deadline: { kind: 'date', date: next.iso }, approx: next.day, end };
}

/** A month with no day: its last day (or the 15th for "mid", the 1st for "start"). */
function monthFound(month: number, year: number | null, position: string | null, end: number, opts: _ScanOptions): Found | null {
  const dayFor = (y: number): number => (position === 'middle' ? 15 : position === 'start' ? 1 : daysInMonth(y, month));
  if (year !== null) {
    const iso = isoDateOf(year, month, dayFor(year)) as IsoDate;
    return { deadline: { kind: 'date', date: iso }, approx: toDayNumberOrNull(iso), end, month: { year, month } };
  }
  if (opts.meeting === null) return { deadline: null, approx: null, end };
  const { year: my } = isoParts(opts.meeting);
  const m = toDayNumberOrNull(opts.meeting) as number;
  for (let y = my; y <= my + 1; y++) {
    const n = dayNumberOf(y, month, dayFor(y));
    if (n >= m) return { deadline: { kind: 'date', date: fromDayNumber(n) }, approx: n, end, month: { year: y, month } };
  }
  return null;
}

function termFound(term: Term, part: _TermPart, end: number, opts: _ScanOptions, skip = 0): Found {
  const r = _resolveTerm(term, part, opts.terms, skip);
  const deadline: Deadline = r.date === null ? { kind: 'term', term, part } : { kind: 'term', term, part, date: r.date };
  return { deadline, approx: r.approx, end };
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
  return t.num >= 1 && t.num <= 31 && (t.digits[0] ?? 3) <= 2 ? t.num : null;
}

function monthAt(doc: _Doc, j: number): number | null {
  return _MONTHS.get(wd(doc, j)) ?? null;
}

const FRACTION_BEFORE = new Set(['score', 'scored', 'scoring', 'get', 'gets', 'got', 'achieve', 'least', 'of', 'out', 'year', 'years', 'y', 'yr', 'ks', 'grade', 'grades', 'level', 'at', 'than', 'mark', 'marks', 'minimum', 'maximum', 'about', 'only', 'x', 'with', 'on']);
const FRACTION_AFTER = new Set([
  'days', 'day', 'occasions', 'occasion', 'sessions', 'session', 'lessons', 'lesson', 'times', 'questions', 'question', 'marks', 'mark',
  'correct', 'spellings', 'words', 'attempts', 'weeks', 'mornings', 'afternoons', 'tasks', 'of', 'or', 'in', 'on', 'accuracy', 'targets',
  'pieces', 'subjects', 'tests', 'nights', 'periods', 'visits',
]);

/** d/m, d/m/y, d.m.y, y-m-d → a date, unless the group reads as a fraction ("4/5 days", "20/25"). */
function numericDate(doc: _Doc, i: number, opts: _ScanOptions): Found | null {
  const t = doc.toks[i];
  if (t === undefined) return null;
  const { parts, digits, sep } = t;
  if (t.prefix !== '' || (t.suffix !== '' && t.suffix !== 'th' && t.suffix !== 'st')) return null;
  if (parts.length === 3) {
    const [a, b, c] = parts as [number, number, number];
    const [da, , dc] = digits as [number, number, number];
    if (sep === '-' && da === 4) {
      const iso = isoDateOf(a, b, c);
      return iso === null ? null : { deadline: { kind: 'date', date: iso }, approx: toDayNumberOrNull(iso), end: i + 1 };
    }
    if (sep === ':' || sep === ',') return null;
    const y = expandYear(c, dc);
    if (y === null || da > 2) return null;
    return dateFound(a, b, y, i + 1, opts);
  }
  if (parts.length !== 2 || (sep !== '/' && sep !== '.')) return null;
  const [a, b] = parts as [number, number];
  if ((digits[0] ?? 3) > 2 || (digits[1] ?? 3) > 2 || b < 1 || b > 12 || a < 1 || a > 31) return null;
  if (sep === '.' && !opts.cell) {
    // 10.03 is more often a decimal or a time than a date; accept it only after a strong cue.
    const p = prefixBefore(doc, i);
    if (!(p.prep !== null && STRONG_PREPS.has(p.prep)) && !p.strongWord) return null;
  }
  if (!opts.cell) {
    const before = wd(doc, i - 1);
    const after = wd(doc, i + 1);
    if (FRACTION_BEFORE.has(before) || FRACTION_AFTER.has(after) || after === '#') {
      if (!(before === 'on' && !FRACTION_AFTER.has(after))) return null;
    }
  }
  return dateFound(a, b, null, i + 1, opts);
}

/** "21st (of) March (2025)" starting at a day number. */
function dayMonth(doc: _Doc, i: number, opts: _ScanOptions): Found | null {
  const day = dayAt(doc, i);
  if (day === null) return null;
  let j = i + 1;
  if (wd(doc, j) === 'of') j += 1;
  const month = monthAt(doc, j);
  if (month === null) return null;
  let end = j + 1;
  let year = yearAt(doc, end);
  if (year === null && wd(doc, end) === ',' && yearAt(doc, end + 1) !== null) {
    year = yearAt(doc, end + 1);
    end += 1;
  }
  if (year !== null) end += 1;
  return dateFound(day, month, year, end, opts);
}

/** Whether a capitalised term or month word is a first name ("Summer will…", "April to read…"). */
function looksLikeName(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t === undefined) return false;
  const capital = t.raw.charCodeAt(0) >= 65 && t.raw.charCodeAt(0) <= 90;
  if (!capital) return false;
  const next = wd(doc, i + 1);
  if (NAME_FOLLOWERS.has(next)) return true;
  return doc.toks[i + 1]?.raw === "'s" || (doc.toks[i]?.raw.endsWith("'s") ?? false);
}

function monthWord(doc: _Doc, i: number, opts: _ScanOptions, p: Prefix): Found | null {
  const month = monthAt(doc, i) as number;
  const x = wd(doc, i);
  // "March 21st", "March 21st 2025", "21 March" is handled from the day.
  const day = dayAt(doc, i + 1);
  const afterDay = wd(doc, i + 2);
  if (day !== null && !RELATIVE_UNITS.has(afterDay) && afterDay !== '%' && afterDay !== 'minutes' && afterDay !== 'times') {
    let end = i + 2;
    if (wd(doc, end) === ',' && yearAt(doc, end + 1) !== null) end += 1;
    const year = yearAt(doc, end);
    return dateFound(day, month, year, year === null ? end : end + 1, opts);
  }
  if (looksLikeName(doc, i)) return null;
  const next = wd(doc, i + 1);
  if (next === 'half' || next === 'halfterm') return null; // handled as a half term
  const year = yearAt(doc, i + 1);
  const end = year === null ? i + 1 : i + 2;
  const hasFollower = MONTH_FOLLOWERS.has(wd(doc, end)) || MONTH_FOLLOWERS.has(wd(doc, end + 1));
  const hasCue = p.prep !== null || p.position !== null || p.strongWord || opts.cell || year !== null || hasFollower || doc.toks[i]?.hyph === true;
  if (!hasCue) return null;
  if (_AMBIGUOUS_MONTHS.has(x) && !opts.cell && year === null && !hasFollower) {
    const prep = p.prep;
    const ok = prep === 'by' || prep === 'before' || prep === 'until' || prep === 'till' || prep === 'in' || prep === 'during' || prep === 'since' || prep === 'from' || p.position !== null || p.strongWord || doc.toks[i]?.hyph === true;
    if (!ok) return null;
    if (x === 'may' && NAME_FOLLOWERS.has(next)) return null;
    if (next === 'be' || next === 'need' || next === 'not' || next === 'have') return null;
  }
  const position = p.position ?? (doc.toks[i]?.hyph === true && wd(doc, i - 1) === 'mid' ? 'middle' : null);
  return { ...(monthFound(month, year, position, end, opts) ?? { deadline: null, approx: null, end }) };
}

/** A named half term: "Feb half term", "May half-term", "October half term", "Whitsun". */
function namedHalfTerm(doc: _Doc, i: number, opts: _ScanOptions): Found | null {
  const x = wd(doc, i);
  let term: Term | null = null;
  if (x === 'feb' || x === 'february') term = 'spring';
  else if (x === 'may' || x === 'whitsun' || x === 'june') term = 'summer';
  else if (x === 'oct' || x === 'october') term = 'autumn';
  if (term === null) return null;
  let j = i + 1;
  if (x === 'whitsun') {
    if (wd(doc, j) === 'half' && wd(doc, j + 1) === 'term') j += 2;
    return termFound(term, 'half-term', j, opts);
  }
  if (wd(doc, j) === 'halfterm') return termFound(term, 'half-term', j + 1, opts);
  if (wd(doc, j) !== 'half') return null;
  j += 1;
  const t = wd(doc, j);
  if (t !== 'term' && t !== 'terms' && t !== 'ht' && t !== 'termly') return null;
  if (t === 'termly') return null;
  j += 1;
  if (wd(doc, j) === 'holidays' || wd(doc, j) === 'break') j += 1;
  return termFound(term, 'half-term', j, opts);
}

/** "Spring 1", "end of Autumn 2", "the Summer term", "summer exams", "by the summer holidays". */
function termWord(doc: _Doc, i: number, opts: _ScanOptions, p: Prefix, term: Term, digit: number | null): Found | null {
  let j = i + 1;
  let half = digit;
  let kind: 'term' | 'half-term' | 'holidays' | 'exams' | 'bare' = 'bare';
  if (half === null) {
    const t = doc.toks[j];
    if (t !== undefined && t.kind === 'n' && t.sep === '' && t.prefix === '' && (t.num === 1 || t.num === 2) && (t.suffix === '' || t.suffix === 'st' || t.suffix === 'nd')) {
      half = t.num;
      j += 1;
    }
  }
  const next = wd(doc, j);
  if (half === null) {
    if (next === 'term' || next === 'terms') {
      kind = 'term';
      j += 1;
      const after = doc.toks[j];
      if (after !== undefined && after.kind === 'n' && after.sep === '' && (after.num === 1 || after.num === 2) && after.suffix === '' && after.prefix === '') {
        half = after.num;
        j += 1;
      } else if (wd(doc, j) === 'half' && (wd(doc, j + 1) === 'term' || wd(doc, j + 1) === 'terms')) {
        kind = 'half-term';
        j += 2;
      } else if (wd(doc, j) === 'halfterm') {
        kind = 'half-term';
        j += 1;
      }
    } else if (next === 'half' && (wd(doc, j + 1) === 'term' || wd(doc, j + 1) === 'terms' || wd(doc, j + 1) === 'ht')) {
      kind = 'half-term';
      j += 2;
    } else if (next === 'halfterm' || next === 'ht') {
      kind = 'half-term';
      j += 1;
    } else if (next === 'holidays' || next === 'break' || next === 'vacation') {
      kind = 'holidays';
      j += 1;
    } else if (TERM_FOLLOWERS.has(next)) {
      kind = 'exams';
      j += 1;
    }
  } else if (next === 'term') {
    j += 1;
  }
  if (wd(doc, i) === 'sum' && half === null) return null;
  if (half === null && kind === 'bare' && looksLikeName(doc, i)) return null;
  if (half === null && kind === 'bare') {
    const ok = p.prep !== null || p.position !== null || p.strongWord || opts.cell;
    if (!ok) return null;
  }
  if (p.position === 'start') {
    if (p.prep === 'by' || p.prep === 'before') {
      if (half === 2) return termFound(term, 'half-term', j, opts);
      const prev: Term = term === 'autumn' ? 'summer' : term === 'spring' ? 'autumn' : 'spring';
      return termFound(prev, 'end', j, opts);
    }
    return null;
  }
  const byLike = p.position === 'end' || opts.cell || (p.prep !== null && STRONG_PREPS.has(p.prep)) || p.strongWord;
  if (half === 1) return termFound(term, p.position === 'rest' ? 'first-half' : byLike ? 'half-term' : 'first-half', j, opts);
  if (half === 2) return termFound(term, byLike ? 'end' : 'second-half', j, opts);
  if (kind === 'half-term') return termFound(term, 'half-term', j, opts);
  return termFound(term, 'end', j, opts);
}

/** Unnamed "half term": "by half term", "this half term", "the end of this half term", "next half term". */
function unnamedHalfTerm(j: number, opts: _ScanOptions, p: Prefix): Found | null {
  if (p.freq || p.det === 'last') return null;
  const cur = _currentTerm(opts.terms);
  const byLike = opts.cell || p.strongWord || (p.prep !== null && (STRONG_PREPS.has(p.prep) || p.prep === 'at'));
  const meaningful = byLike || p.det !== null || p.position !== null;
  if (!meaningful) return null;
  if (cur === null) return { deadline: null, approx: null, end: j };
  const { term, half } = cur;
  if (p.det === 'next') {
    if (p.position === 'end') return half === 1 ? termFound(term, 'end', j, opts) : termFound(_nextTerm(term), 'half-term', j, opts);
    if (byLike && p.position === null) return half === 1 ? termFound(term, 'half-term', j, opts) : termFound(_nextTerm(term), 'half-term', j, opts);
    return half === 1 ? termFound(term, 'second-half', j, opts) : termFound(_nextTerm(term), 'first-half', j, opts);
  }
  if (p.position === 'end') return termFound(term, half === 1 ? 'half-term' : 'end', j, opts);
  if (p.position === 'rest' || (p.det === 'this' && !byLike)) return termFound(term, half === 1 ? 'first-half' : 'second-half', j, opts);
  if (p.det === 'this') return termFound(term, half === 1 ? 'half-term' : 'end', j, opts);
  if (!byLike) return null;
  return half === 1 ? termFound(term, 'half-term', j, opts) : termFound(_nextTerm(term), 'half-term', j, opts);
}

/** Unnamed "term": "end of term", "this term", "next term", "the rest of the term". */
function unnamedTerm(doc: _Doc, i: number, opts: _ScanOptions, p: Prefix): Found | null {
  if (p.freq || p.det === 'last') return null;
  const next = doc.toks[i + 1];
  if (next !== undefined && next.kind === 'n' && next.sep === '' && next.suffix === '' && next.prefix === '' && next.num <= 6) return null;
  const cur = _currentTerm(opts.terms);
  const end = i + 1;
  if (p.det === 'next') {
    if (cur === null) return { deadline: null, approx: null, end };
    if ((p.prep === 'by' || p.prep === 'before') && p.position === null) return termFound(cur.term, 'end', end, opts);
    return termFound(_nextTerm(cur.term), 'end', end, opts, cur.term === _nextTerm(cur.term) ? 1 : 0);
  }
  const ok = p.det === 'this' || p.position === 'end' || p.position === 'rest' || p.strongWord || opts.cell || (p.prep !== null && STRONG_PREPS.has(p.prep));
  if (!ok) return null;
  if (p.position === 'start') return null;
  if (cur === null) return { deadline: null, approx: null, end };
  return termFound(cur.term, 'end', end, opts);
}

/** Easter: the next Easter Sunday on or after the meeting (or of the year written after it). */
function easter(doc: _Doc, i: number, opts: _ScanOptions): Found | null {
  let j = i + 1;
  const x = wd(doc, j);
  if (x === 'holidays' || x === 'break' || x === 'vacation' || x === 'term') j += 1;
  if (x === 'egg' || x === 'eggs' || x === 'bonnet') return null;
  const year = yearAt(doc, j);
  if (year !== null) {
    const iso = easterSunday(year);
    return { deadline: { kind: 'date', date: iso }, approx: toDayNumberOrNull(iso), end: j + 1 };
  }
  if (opts.meeting === null) return { deadline: null, approx: null, end: j };
  const m = toDayNumberOrNull(opts.meeting) as number;
  const y0 = isoParts(opts.meeting).year;
  for (let y = y0; y <= y0 + 1; y++) {
    const iso = easterSunday(y);
    const n = toDayNumberOrNull(iso) as number;
    if (n >= m) return { deadline: { kind: 'date', date: iso }, approx: n, end: j };
  }
  return null;
}

/** "end of the (school|academic) year", "end of Year 10", "over the year", "this academic year". */
function yearPhrase(doc: _Doc, i: number, opts: _ScanOptions, p: Prefix): Found | null {
  const t = doc.toks[i];
  if (t === undefined) return null;
  const isYearWord = wd(doc, i) === 'year';
  const group = t.kind === 'n' && (t.prefix === 'y' || t.prefix === 'yr' || t.prefix === 'year') && t.sep === '' && t.suffix === '';
  let end = i + 1;
  let namedGroup = group;
  if (isYearWord) {
    const n = doc.toks[i + 1];
    if (n !== undefined && n.kind === 'n' && n.sep === '' && n.suffix === '' && n.prefix === '' && n.num >= 1 && n.num <= 14) {
      namedGroup = true;
      end = i + 2;
    }
  }
  if (!isYearWord && !group) return null;
  const prev = wd(doc, i - 1);
  const calendarYear = prev === 'calendar' || prev === 'financial';
  if (calendarYear || p.det === 'last' || p.freq) return null;
  const ok = p.position === 'end' || (!namedGroup && (p.prep === 'over' || p.prep === 'throughout' || p.det === 'this' || (p.prep === 'during' && p.det !== null)));
  if (!ok) return null;
  if (namedGroup && p.position !== 'end') return null;
  const approx = _academicYearEndApprox(opts.terms);
  return { deadline: { kind: 'academic-year-end' }, approx, end };
}

/** "the next PEP", "next review", "next PEP meeting", "next LAC review". */
function nextReview(doc: _Doc, i: number): Found | null {
  let j = i + 1;
  let steps = 0;
  while (steps < 3) {
    const x = wd(doc, j);
    if (x === 'pep' || x === 'peps' || x === 'review' || x === 'meeting' || x === 'reviews') {
      let end = j + 1;
      while (end < j + 3 && (wd(doc, end) === 'meeting' || wd(doc, end) === 'review' || wd(doc, end) === 'pep')) end += 1;
      return { deadline: { kind: 'next-review' }, approx: null, end, nextReview: true };
    }
    if (x === 'lac' || x === 'cla' || x === 'iro' || x === 'termly' || x === 'scheduled' || x === 'planned' || x === 'care' || x === 'pathway' || x === 'plan' || x === 'looked' || x === 'after') {
      j += 1;
      steps += 1;
      continue;
    }
    return null;
  }
  return null;
}

/** A number of days, weeks or months: relative deadline, duration, frequency or conditional window. */
function relative(doc: _Doc, value: number, unitAt: number, p: Prefix, opts: _ScanOptions): (Found & { duration?: boolean }) | null {
  let u = unitAt;
  let school = false;
  if (wd(doc, u) === 'school' || wd(doc, u) === 'working' || wd(doc, u) === 'consecutive' || wd(doc, u) === 'full' || wd(doc, u) === 'more') {
    school = wd(doc, u) === 'school' || wd(doc, u) === 'working';
    u += 1;
  }
  const unit = RELATIVE_UNITS.get(wd(doc, u));
  if (unit === undefined || !Number.isFinite(value) || value <= 0 || value > 520) return null;
  let end = u + 1;
  if (wd(doc, end) === "'" || wd(doc, end) === "'s") end += 1;
  const days = school && unit === 1 ? Math.ceil((value * 7) / 5) : value * unit;
  const afterWord = wd(doc, end);
  if (afterWord === 'a' || afterWord === 'per' || afterWord === 'each' || afterWord === 'every') return null; // "3 days a week"
  if (afterWord === 'time') end += 1;
  const anchored =
    p.det === 'next' || p.det === 'this' || afterWord === 'time' || ((afterWord === 'from' || afterWord === 'after') && MEETING_WORDS.has(wd(doc, end + 1)));
  if (afterWord === 'of' && !anchored) {
    // "within 2 days of any fall-out": conditional; "within 6 weeks of the meeting": anchored.
    let k = end + 1;
    while (k < end + 3 && (wd(doc, k) === 'the' || wd(doc, k) === 'this' || wd(doc, k) === 'today')) k += 1;
    const what = wd(doc, k);
    const meetingRef = what === 'meeting' || what === 'pep' || what === 'review' || wd(doc, end + 1) === 'today';
    if (!meetingRef) return { deadline: null, approx: null, end, duration: true };
    end = k + 1;
    const approxDay = opts.terms.meeting === null ? null : opts.terms.meeting + days;
    return { deadline: { kind: 'relative', days }, approx: approxDay, end };
  }
  const prep = p.prep;
  if (anchored || prep === 'within' || prep === 'in' || (opts.cell && prep === null)) {
    if (afterWord === 'from' || afterWord === 'after') end += 2;
    const approxDay = opts.terms.meeting === null ? null : opts.terms.meeting + days;
    return { deadline: { kind: 'relative', days }, approx: approxDay, end };
  }
  if (prep === 'for' || prep === 'over' || prep === 'during' || prep === 'after') return { deadline: null, approx: null, end, duration: true };
  return null;
}

/**
 * Finds deadline phrases and vague timing in a document, marking the tokens they use.
 * @param doc - The analysed text (its `used` array is filled in).
 * @param opts - Meeting, calendar, cell mode.
 * @returns Candidates and vague spans.
 */
export function _scanDeadlines(doc: _Doc, opts: _ScanOptions): _DeadlineScan {
  const candidates: _Cand[] = [];
  const vague: [number, number][] = [];
  const n = doc.toks.length;
  const mark = (a: number, b: number, why: number): void => {
    for (let k = a; k < b; k++) if (doc.used[k] === 0) doc.used[k] = why;
  };
  let i = 0;
  while (i < n) {
    doc.ops.n += 1;
    const t = doc.toks[i];
    if (t === undefined) break;
    if (doc.used[i] !== 0 || t.kind === 'p') {
      i += 1;
      continue;
    }
    const x = wd(doc, i);
    let found: (Found & { duration?: boolean }) | null = null;
    let p: Prefix | null = null;
    if (t.kind === 'n') {
      const termPrefix = t.prefix === '' ? null : (_TERM_WORDS.get(t.prefix) ?? (t.prefix === 'sp' ? 'spring' : t.prefix === 'su' ? 'summer' : t.prefix === 'au' ? 'autumn' : null));
      if (termPrefix !== null && t.sep === '' && (t.num === 1 || t.num === 2)) {
        found = termWord(doc, i, opts, (p ??= prefixBefore(doc, i)), termPrefix, t.num);
      } else if (t.prefix === 'y' || t.prefix === 'yr' || t.prefix === 'year') {
        found = yearPhrase(doc, i, opts, (p ??= prefixBefore(doc, i)));
      } else if (t.sep !== '' && t.sep !== ',') {
        found = numericDate(doc, i, opts);
      } else {
        found = dayMonth(doc, i, opts);
        if (found === null) {
          const v = _numAt(doc, i);
          found = relative(doc, v, i + 1, (p ??= prefixBefore(doc, i)), opts);
        }
      }
    } else if (_MONTHS.has(x)) {
      found = namedHalfTerm(doc, i, opts) ?? monthWord(doc, i, opts, (p ??= prefixBefore(doc, i)));
    } else if (_TERM_WORDS.has(x)) {
      found = termWord(doc, i, opts, (p ??= prefixBefore(doc, i)), _TERM_WORDS.get(x) as Term, null);
    } else if (x === 'whitsun') {
      found = namedHalfTerm(doc, i, opts);
    } else if ((x === 'half' && (wd(doc, i + 1) === 'term' || wd(doc, i + 1) === 'terms')) || x === 'halfterm') {
      const j = x === 'half' ? i + 2 : i + 1;
      if (wd(doc, j) !== 'termly' && !(doc.toks[j]?.hyph === true && wd(doc, j) === 'ly')) found = unnamedHalfTerm(j, opts, (p ??= prefixBefore(doc, i)));
    } else if (x === 'term' || x === 'terms') {
      found = unnamedTerm(doc, i, opts, (p ??= prefixBefore(doc, i)));
    } else if (x === 'easter' || x === 'christmas' || x === 'xmas') {
      const q = (p ??= prefixBefore(doc, i));
      if (q.prep !== null || q.strongWord || q.position !== null || opts.cell) {
        if (x === 'easter') found = easter(doc, i, opts);
        else {
          let j = i + 1;
          if (wd(doc, j) === 'holidays' || wd(doc, j) === 'break' || wd(doc, j) === 'day') j += 1;
          found = termFound('autumn', 'end', j, opts);
        }
      }
    } else if (x === 'year') {
      found = yearPhrase(doc, i, opts, (p ??= prefixBefore(doc, i)));
    } else if (x === 'next') {
      found = nextReview(doc, i);
      const unit = RELATIVE_UNITS.get(wd(doc, i + 1));
      if (found === null && unit !== undefined && unit >= 7) {
        found = relative(doc, 1, i + 1, { ...(p ??= prefixBefore(doc, i)), det: 'next' }, opts);
      } else if (found === null) {
        const v = _NUMBER_WORDS.get(wd(doc, i + 1));
        const num = doc.toks[i + 1]?.kind === 'n' ? _numAt(doc, i + 1) : v ?? Number.NaN;
        if (Number.isFinite(num)) {
          found = relative(doc, num, i + 2, { ...(p ??= prefixBefore(doc, i)), det: 'next' }, opts);
        }
      }
    } else if (_NUMBER_WORDS.has(x) || ((x === 'a' || x === 'an') && RELATIVE_UNITS.has(wd(doc, i + 1)))) {
      const v = x === 'a' || x === 'an' ? 1 : (_NUMBER_WORDS.get(x) as number);
      if (RELATIVE_UNITS.has(wd(doc, i + 1)) || RELATIVE_UNITS.has(wd(doc, i + 2))) found = relative(doc, v, i + 1, (p ??= prefixBefore(doc, i)), opts);
    } else if (x === 'ongoing' || x === 'soon' || x === 'asap' || x === 'regularly' || x === 'eventually' || x === 'tbc' || x === 'tba' || x === 'continuous' || x === 'continual') {
      vague.push([i, i + 1]);
    } else if (VAGUE_PAIRS.get(x)?.has(wd(doc, i + 1)) === true) {
      vague.push([i, i + 2]);
    } else if (x === 'as' && wd(doc, i + 1) === 'soon' && wd(doc, i + 2) === 'as' && wd(doc, i + 3) === 'possible') {
      vague.push([i, i + 4]);
    }
    if (found === null || found === undefined) {
      i += 1;
      continue;
    }
    const pre = p ?? prefixBefore(doc, i);
    const end = Math.max(found.end, i + 1);
    if (found.duration === true) {
      mark(pre.start, end, 3);
      i = end;
      continue;
    }
    if (pre.freq) {
      mark(pre.start, end, 3);
      i = end;
      continue;
    }
    const strong = isStrong(pre, opts.cell);
    const background =
      !opts.cell &&
      !(pre.prep !== null && STRONG_PREPS.has(pre.prep)) &&
      !pre.strongWord &&
      (isStartOrPast(pre) || bgAny(doc, i, end) || backgroundByContext(doc, pre.start, pre) || conditional(doc, pre.start));
    mark(pre.start, end, background ? 2 : 1);
    const approx =
      found.nextReview === true ? (opts.nextReview ?? (opts.terms.meeting === null ? null : opts.terms.meeting + 91)) : found.approx;
    candidates.push({
      deadline: found.deadline,
      approx,
      start: pre.start,
      end,
      strong,
      background,
      month: found.month ?? null,
    });
    i = end;
  }
  return { candidates, vague };
}

/**
 * Chooses the deadline: the latest non-background candidate (a day-precise date in the same month
 * supersedes a month-only one); ties go to the later phrase.
 * @param scan - The scan.
 * @returns The chosen candidate, or null.
 */
export function _chooseDeadline(scan: _DeadlineScan): _Cand | null {
  const live = scan.candidates.filter((c) => !c.background);
  if (live.length === 0) return null;
  const precise = new Set<string>();
  for (const c of live) {
    if (c.deadline?.kind === 'date' && c.month === null) precise.add(c.deadline.date.slice(0, 7));
  }
  const kept = live.filter((c) => !(c.month !== null && precise.has(`${c.month.year}-${String(c.month.month).padStart(2, '0')}`)));
  let best: _Cand | null = null;
  for (const c of kept) {
    if (best === null) {
      best = c;
      continue;
    }
    if (c.approx !== null && best.approx !== null) {
      if (c.approx >= best.approx) best = c;
    } else {
      best = c;
    }
  }
  return best;
}
