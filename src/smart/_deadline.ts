/**
 * Deadline extraction: finds every date, term, relative and review phrase in a target (UK phrasing,
 * UK day order), decides which are deadlines (not background dates, start dates, frequencies or
 * conditional windows), resolves them against the meeting date and keeps the final one.
 *
 * Phrases are a table ({@link _DEADLINE_PHRASES}): each entry says which core token starts it (a
 * number, a month, a term word, "half term", "term", "year", "Easter", "Christmas", "next", a number
 * word...) and how it resolves to a `Deadline`. Each phrase is read from its core token with a bounded
 * look-behind for its prefix ("by the end of this", `_deadlinePrefix.ts`) and a bounded look-ahead
 * (`_deadlineResolve.ts`), so the scan is linear in the number of tokens.
 */
import { _capitalised } from './_ends';
import { _NO_ITEMS, _put } from './_lists';
import { _FREQ_ADVERBS, _pastParticiple, _pastVerb, _statedNow } from './_measure';
import { daysInMonth, fromDayNumber, isoParts, yearOfDayNumber } from '../core/isoDate';
import type { Term } from '../core/enums';
import { _countBefore, _F2_FUTURE, _F_CLAUSE_END, _flag2At, _flag3At, _lacks, _marks, _numAt, _wordFlag, _wordFlag2, _wordFlag3, type _Doc } from './_doc';
import { _frequency } from './_object';
import { _nearest, _NEVER, _walkBack, _walkOn, _walkTesting } from './_walks';
import { _outcomeParts, _POINT_OPENERS } from './_roles';
import { _purposeAt as purposeAt } from './_purpose';
import { _LABEL_WORDS } from './_standard';
import { _afterDoing, _beforeStartSubject, _cellValueAt, _AGENT_PARTICIPLES, _ARRANGED, _backgroundByContext, _birthDue, _bracketCount, _baselineLabelled, _bgAny, _CHECKED, _conditional, _documentDate, _isStartOrPast, _isStrong, _isWeekCommencing, _lastOfSeries, _lastPartBefore, _PAST_AUXILIARIES, _plainNumberAt, _PART_UNITS, _FREQ_WORDS, _prefixBefore, _prefixInto, _quotedPast, _returnAfter, _REVIEW_NOUNS, _stageNamesThing, _STRONG_PREPS, _SENTENCE_END_ON, _sentenceEndAt, _CLAUSE_BREAKS, _soFar, _stageCue, _statusFigure, _startsAfter, _START_VERBS, _targetMarkAt, _wd, _whenLabel, type _Prefix, type _PrefixState } from './_deadlinePrefix';
import {
  _datedAfter,
  _HOLIDAY_WORDS,
  _dayMonth,
  _easter,
  _islamicFeast,
  _whitsun,
  _isSpringBankHoliday,
  _mayBankHoliday,
  _monthWord,
  _recheckAt,
  _moveMonthEnd,
  _namedHalfTerm,
  _nextReview,
  _numericDate,
  _relative,
  _relativeUnitFollows,
  _RELATIVE_UNITS,
  _springBankHoliday,
  _termFound,
  _termWord,
  _termNumberWord,
  _unnamedHalfTerm,
  _unnamedTerm,
  _yearPhrase,
  _found,
  _FOUND_NEXT_REVIEW,
  _foundFrom,
  _yielding,
  type _Found,
  type _ScanOptions,
} from './_deadlineResolve';
import {
  _foundationYearEnd,
  _isFoundationYear,
  _PHASE_MOVES,
  _PHASE_CORES,
  _WEEKDAY_CORES,
  _approxYearEnd,
  _calendarMonth,
  _calendarYear,
  _examPoint,
  _isExamPoint,
  _halfOfTermBefore,
  _halfOfMeetingTerm,
  _isLeavingPoint,
  _leavingEnd,
  _isPhaseEnd,
  _isShortTermNumber,
  _isTermAlternative,
  _isThisMonth,
  _isThisWeek,
  _keyStageLength,
  _groupNumberAt,
  _numberedTerm,
  _spacedTermNumber,
  _numberedHalfTermAt,
  _ordinalTerm,
  _phaseEndLength,
  _schoolPointCue,
  _shortTermNumber,
  _weekdayDeadline,
  _weekEnd,
  _ordinalAt,
  _ownYearEnd,
  _FINISHING,
} from './_schoolTime';
import type { _Tok } from './_text';
import { _ADULT_SUBJECTS, _VAGUE_WHEN, _ASSESSMENTS, _BACKGROUND, _HEADING_MARKS, _OCCASIONS, _FORECAST, _OWNING_DETERMINERS, _FUTURE, _IRREGULAR_PAST, _MONTHS, _PARTICLES, _NUMBER_WORDS, _REVIEW_STATUS, _STOP, _TERM_WORDS, _TITLES, _WEEKDAYS, _WHEN_VAGUE, _DASHES, _CHECK_PARTICIPLES, _SESSION_NOUNS, _WEEKDAY_PLURALS, _PAST_WORDS } from './_phrases';
import type { Deadline } from './types';

export type { _ScanOptions } from './_deadlineResolve';

/** One deadline phrase found in the text. */
export interface _Cand {
  /** The deadline it means, or null when it needs a meeting date to resolve. */
  readonly deadline: Deadline | null;
  /** Approximate day number, for choosing the final deadline; null without a meeting date. */
  readonly approx: number | null;
  /** First and last+1 token of the phrase (prefix included). */
  readonly start: number;
  readonly end: number;
  /** Introduced by "by", "before", "until", "deadline", "timescale"... */
  readonly strong: boolean;
  /** A baseline, past or start date: not a deadline. */
  readonly background: boolean;
  /**
   * A month with no day ("by March"): a day-precise date in the same month supersedes it; "the end of March" (`end`) only a
   * day restating it ({@link _Cand.restates}).
   */
  readonly month: { readonly year: number; readonly month: number; readonly end?: true } | null;
  /** A day alone in brackets ("(Fri 21/02)"): it restates when, so it refines even "the end of" its month. */
  readonly restates: boolean;
  /** A key stage or year group that names a thing ("in the KS2 reading SATs"): any other deadline supersedes it. */
  readonly yields: boolean;
  /** A point hedged by "hopefully" ({@link hopedFor}): background, no deadline, but still a point the text names. */
  readonly hoped?: true;
}

/** What the scan found. */
export interface _DeadlineScan {
  readonly candidates: readonly _Cand[];
  /** Token ranges of vague timing ("ongoing", "over time", "going forward"). */
  readonly vague: readonly (readonly [number, number])[];
  /** Token ranges of dates that do not exist ("30 February 2026", "31/04/2026"): never candidates. */
  readonly impossible: readonly (readonly [number, number])[];
}

/** Two-word vague timing: "over time", "going forward", "long term", "when needed", "from now (on)". */
const VAGUE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['over', new Set(['time'])],
  ['going', new Set(['forward', 'forwards'])],
  ['long', new Set(['term'])],
  ['due', new Set(['course'])],
  ['the', new Set(['future'])],
  ['when', _WHEN_VAGUE],
  ['from', new Set(['now'])],
  ['at', new Set(['some'])],
]);

/** Where a phrase starts: its core token, and the prefix before it (read at most once, on demand). */
interface Site {
  readonly doc: _Doc;
  readonly opts: _ScanOptions;
  i: number;
  t: _Tok;
  /** The canonical word at `i` (`'#'` for a number). */
  x: string;
  cached: _Prefix | null;
  /** Where the scan reads each core token's prefix (on demand): one object for every token, as no phrase keeps it. */
  readonly pre?: _PrefixState;
}

function prefix(s: Site): _Prefix {
  s.cached ??= s.pre === undefined ? _prefixBefore(s.doc, s.i) : _prefixInto(s.doc, s.i, s.pre);
  return s.cached;
}

/** A resolved phrase; `duration` marks a window or frequency ("for 4 weeks"), which is a measure, not a deadline. */
type Resolved = _Found | null;

/** One entry of the deadline phrase table. */
export interface _DeadlinePhrase {
  /**
   * Short name. docs/smart.md ("The phrase table") says what each entry reads and what it resolves to, in one
   * line, as the comment above its `cores` does here; the line is not in the table itself, which ships.
   */
  readonly name: string;
  /**
   * The canonical words (`'#'` for any number) at which `matches` can hold: the scan tries an entry only
   * at these, so each token is offered to the few entries that could start there, not to all of them.
   */
  readonly cores: readonly string[];
  /** Whether the core token at the site starts this phrase (the first entry that matches is the one used). */
  readonly matches: (s: Site) => boolean;
  /** The phrase resolved against the meeting, or null when it turns out not to be a deadline phrase. */
  readonly resolve: (s: Site) => Resolved;
}

/**
 * A school event a term can name ("the spring concert", "the summer fair"): with a day or month after it ("on 27th March",
 * "in July") that day or month dates the event, as a month dates a review ("the spring PEP in March").
 */
const TERM_EVENTS = new Set([
  'concert', 'concerts', 'fair', 'fete', 'show', 'play', 'production', 'performance', 'disco', 'assembly', 'trip', 'residential', 'festival',
  'showcase', 'recital', 'exhibition', 'celebration', 'party', 'sports', 'service', 'services',
]);

const SHORT_TERMS: Readonly<Record<string, Term>> = { sp: 'spring', su: 'summer', au: 'autumn' };

/** "Spring1", "sp2", "Aut1": a term prefix written on a 1 or 2. */
function termPrefixOf(t: _Tok): Term | null {
  if (t.prefix === '') return null;
  return _TERM_WORDS.get(t.prefix) ?? SHORT_TERMS[t.prefix] ?? null;
}

function isNumber(s: Site): boolean {
  return s.t.kind === 'n';
}

function halfTermAt(s: Site): boolean {
  return (s.x === 'half' && (_wd(s.doc, s.i + 1) === 'term' || _wd(s.doc, s.i + 1) === 'terms')) || s.x === 'halfterm';
}

/** "by half term": not "half termly" / "half-termly" (a frequency). */
function unnamedHalfTermPhrase(s: Site): Resolved {
  const j = s.x === 'half' ? s.i + 2 : s.i + 1;
  if (_wd(s.doc, j) === 'termly' || (s.doc.toks[j]?.hyph === true && _wd(s.doc, j) === 'ly')) return null;
  const q = prefix(s);
  // "back in school after half term": the return is at the half-term, as "by half term" is.
  return _unnamedHalfTerm(j, s.opts, _returnAfter(s.doc, q) ? { ...q, prep: 'by' } : q);
}

/**
 * "the Easter concert (service, assembly)": a school event the spring term names, as "the spring concert" is (labelling
 * guide, Time-bound (T), school-time rules: "a school event named by a term, with its day or month ... With no day or month,
 * the term's end"): the spring term's end, giving way to the event's own day or month ("the Easter service on 10th April").
 * Not Easter Sunday, the day of the feast: a school's Easter event is held in term, before the holidays.
 */
function easterEvent(s: Site): Resolved {
  const noun = _wd(s.doc, s.i + 1);
  if (!TERM_EVENTS.has(noun)) return null;
  // The point ends before the event's noun, as "the spring concert" does: the event is what the target names.
  const found = _termFound('spring', 'end', s.i + 1, s.opts);
  // Its day or month, after the event or its place ("the Easter service at St Piran's church on 3rd April"), in its clause.
  for (let k = s.i + 2; k <= s.i + 2 + EVENT_PLACE_REACH && s.doc.clause[k] === s.doc.clause[s.i]; k++) {
    if (_datedAfter(s.doc, k)) return _yielding(found);
    // "the Easter service (at church) on Sunday": a service on the Sunday is Easter Day's, not a school event in term.
    if ((noun === 'service' || noun === 'services') && _wd(s.doc, k) === 'on' && _wd(s.doc, k + 1) === 'sunday') return _easter(s.doc, s.i, s.opts);
  }
  return found;
}

/** Words read after a school event for the place it is held before its day ("at St Piran's church on 3rd April"). */
const EVENT_PLACE_REACH = 6;

/**
 * Whitsun, Whit and Pentecost count only after a cue, as Easter and Christmas do ("by Whitsun", "before the Whit hols",
 * "at Pentecost"), and never after a title: "Mrs Pentecost", "Mr Whit" are people (the labelling guide, Time-bound (T):
 * a point is a time the target names, and a person's name is none).
 */
function whitsunPhrase(s: Site): Resolved {
  if (_TITLES.has(_wd(s.doc, s.i - 1))) return null;
  const q = prefix(s);
  if (q.prep === null && !q.strongWord && q.position === null && !s.opts.cell) return null;
  return _whitsun(s.doc, s.i, s.opts, whitAlone(s, q));
}

/** Verbs of place that "by" follows as "beside" ("sit by Whit", "stand by the door"). */
const BESIDE_VERBS: ReadonlySet<string> = new Set(['sit', 'sits', 'sitting', 'sat', 'stand', 'stands', 'standing', 'stood', 'wait', 'waits', 'stay', 'stays', 'walk', 'walks']);

/**
 * Whether "Whit" alone is the feast: straight after "by", "before" or "until" and closing its clause ("… by Whit.",
 * "before Whit, and …"), as "by Easter" is Easter Sunday (label y28-071). Not after a participle, where "by" names who
 * ("helped by Whit."), nor before a word that goes on ("until Whit arrives", "by Whit Jones": a child named Whit).
 */
function whitAlone(s: Site, q: _Prefix): boolean {
  if (q.prep === null || !_STRONG_PREPS.has(q.prep) || q.start !== s.i - 1) return false;
  // "helped by Whit", "picked up by Whit", "sit by Whit", "stand quietly by Whit": who does it, or beside whom, read
  // back over a particle or an adverb in "-ly".
  let k = s.i - 2;
  if (PARTICLES.has(_wd(s.doc, k)) || _PARTICLES.has(_wd(s.doc, k)) || _wd(s.doc, k).endsWith('ly')) k -= 1;
  const before = _wd(s.doc, k);
  // A participle, not a verb written alike after "will" or "to" ("will read by Whit", "to set up by Whit").
  const bare = _FUTURE.has(_wd(s.doc, k - 1)) || _wd(s.doc, k - 1) === 'to';
  if (((_pastParticiple(before) || MORE_PARTICIPLES.has(before)) && !bare) || BESIDE_VERBS.has(before)) return false;
  // "by Whit 2025": a year after it, as "by Whitsun 2025".
  const y = s.doc.toks[s.i + 1];
  const j = y !== undefined && y.kind === 'n' && y.digits[0] === 4 ? s.i + 2 : s.i + 1;
  const t = s.doc.toks[j];
  return t === undefined || (t.kind === 'p' && _wd(s.doc, j) !== "'");
}

/** Easter and Christmas count only after a cue: "by Easter", "before Christmas", "end of Easter" (not "Easter eggs"). */
function festivalPhrase(s: Site): Resolved {
  const q = prefix(s);
  if (q.prep === null && !q.strongWord && q.position === null && !s.opts.cell) return null;
  if (s.x === 'easter') return easterEvent(s) ?? _easter(s.doc, s.i, s.opts);
  let j = s.i + 1;
  if (_wd(s.doc, j) === 'holidays' || _wd(s.doc, j) === 'break' || _wd(s.doc, j) === 'day') j += 1;
  const found = _termFound('autumn', 'end', j, s.opts);
  // Christmas falls in December: a day-precise December date refines it, as it refines "by December" ("the Christmas
  // concert on 12th December" is that day).
  return found.approx === null ? found : _foundFrom(found, found.end, 0, { year: yearOfDayNumber(found.approx), month: 12 });
}

/** Spellings of Ramadan ("Ramadhan", "Ramazan"), read alike. */
const FEAST_RAMADAN: ReadonlySet<string> = new Set(['ramadan', 'ramadhan', 'ramazan']);
/** Prepositions that read a feast as the period it lasts ("during", "in", "throughout", "through", "over" Ramadan). */
const FEAST_SPAN_PREPS: ReadonlySet<string> = new Set(['during', 'in', 'throughout', 'through', 'over']);
/** Nouns after a feast's name that leave it a time, not the name of an event ("in Eid week", "on Eid day"). */
const FEAST_TIME_NOUNS: ReadonlySet<string> = new Set(['week', 'day', 'weekend', 'morning', 'time', 'period', 'month']);

/**
 * "before Eid", "by Eid al-Fitr", "during Ramadan" ({@link _islamicFeast}). Only after "by", "before", "until", a deadline
 * word or "the start (end) of", or after "during", "in", "throughout", "through" or "over" when the feast closes or heads
 * the clause and nothing there says it is the past, a state or a provision note; "review after Eid", "from Ramadan" are
 * start points, as "after Easter" is (labelling guide, school-time table, the Ramadan and Eid row; Time-bound (T):
 * background dates are not deadlines). A feast's name before a noun it modifies ("Eid celebrations", "the Eid assembly",
 * "Ramadan activities", "the Eid holidays", whose days off vary by school) names an event the child takes part in, not a
 * point, unless after "by", "before" or "until"; "mid-Ramadan" has no day (the guide's "mid-" row names months only).
 */
function islamicFeastPhrase(s: Site): Resolved {
  // "by Bakri Eid": the prefix before the name's first word.
  if (_wd(s.doc, s.i - 1) === 'bakri') s.cached = _prefixBefore(s.doc, s.i - 1);
  const q = prefix(s);
  if (q.prep === 'after' || q.prep === 'since' || q.prep === 'from' || q.position === 'middle') return null;
  const strong = (q.prep !== null && _STRONG_PREPS.has(q.prep)) || q.strongWord || q.position !== null;
  const span = q.prep !== null && FEAST_SPAN_PREPS.has(q.prep);
  if (!strong && !span && !s.opts.cell) return null;
  const found = _islamicFeast(s.doc, s.i, s.opts, q);
  if (found === null) return null;
  const next = _wd(s.doc, found.end);
  if (_HOLIDAY_WORDS.has(next)) return null;
  if (provisionNote(s.doc, q.start)) return null;
  if (strong) return found;
  if (feastModifies(s.doc, found.end) || feastBackground(s.doc, q.start)) return null;
  // "during Ramadan" gives way to any other point ("by half term, then use a quiet room during Ramadan"); it is the point
  // only where it heads or closes the clause.
  const after = FEAST_TIME_NOUNS.has(next) ? found.end + 1 : found.end;
  if (!s.opts.cell && !clauseEdge(s.doc, q.start - 1) && !clauseEdge(s.doc, after)) return null;
  return _yielding(found);
}

/** Whether token j is outside the text or a mark ending a clause (". , ; : ( )", a spaced dash). */
function clauseEdge(doc: _Doc, j: number): boolean {
  return j < 0 || j >= doc.toks.length || ((doc.flags[j] as number) & _F_CLAUSE_END) !== 0;
}

/**
 * Whether the clause before a point opens with "with" after another clause: a provision note ("..., with a quiet room
 * during (until) Ramadan"), what the child is given meanwhile, not the target's point (the labelling guide, Time-bound
 * (T): T needs "a point by which the target is achieved").
 */
function provisionNote(doc: _Doc, start: number): boolean {
  const clause = doc.clause[start];
  let k = start - 1;
  while (k > 0 && doc.clause[k - 1] === clause) k -= 1;
  return k > 0 && k < start && _wd(doc, k) === 'with';
}

/** Whether the word at j, after a feast's name, is a noun it modifies ("Eid celebrations", "Ramadan iftar preparation"). */
function feastModifies(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  const x = _wd(doc, j);
  return t?.kind === 'w' && !_STOP.has(x) && !_FUTURE.has(x) && !FEAST_TIME_NOUNS.has(x) && !FEAST_FOLLOW.has(x) && !x.endsWith('ly');
}

/** Words after a feast's name that go on with the clause, not nouns it modifies ("during Ramadan with a quiet room", "in Ramadan when"). */
const FEAST_FOLLOW: ReadonlySet<string> = new Set(['when', 'while', 'where', 'so', 'because', 'as', 'too', 'also', 'only', 'each', 'every', 'starts', 'begins', 'ends', 'onwards', 'including', 'except', 'unless', 'whilst', 'through', 'over', 'during', 'until', 'till', 'after', 'before', 'into', 'onto', 'around']);

/**
 * Whether the clause before a feast read as a period ("during Ramadan") says what was or is, not what will be: a verb in
 * the past with no future or modal word before it ("Attendance dropped during Ramadan"), or the child's state ("Adam is
 * fasting during Ramadan"), or a provision note ("with a quiet room during Ramadan"). The labelling guide, Time-bound
 * (T): background dates are not deadlines; the target's own point stays.
 */
function feastBackground(doc: _Doc, start: number): boolean {
  const clause = doc.clause[start - 1];
  for (let k = start - 1; k >= 0 && doc.clause[k] === clause; k--) {
    const x = _wd(doc, k);
    if (_FUTURE.has(x)) return false;
    if (x.endsWith('ing') && (_wd(doc, k - 1) === 'is' || _wd(doc, k - 1) === 'are' || _wd(doc, k - 1) === 'am')) return true;
    if ((_pastParticiple(x) || _BACKGROUND.has(x)) && !STILL_TO_DO.has(_wd(doc, k - 1))) return true;
  }
  return false;
}

/** The length of a year group at j ("Year 11", "Y11", "Yr 11"), or 0. */
function yearGroupLength(doc: _Doc, j: number): number {
  const t = doc.toks[j];
  if (t?.kind === 'n' && (t.prefix === 'y' || t.prefix === 'yr' || t.prefix === 'year')) return 1;
  const n = doc.toks[j + 1];
  const num = n?.kind === 'n' ? (n.prefix === '' ? n.num : null) : _groupNumberAt(doc, j + 1);
  return (_wd(doc, j) === 'year' || _wd(doc, j) === 'yr') && num !== null && num >= 1 && num <= 14 ? 2 : 0;
}

/**
 * "in the summer holidays after Year 11", "by the end of the summer term of Year 6": the summer of a year group ends
 * its academic year, which needs the child's year group (the labelling guide: a year group is `academic-year-end~`).
 */
function summerOfYearGroup(s: Site, found: NonNullable<Resolved>): Resolved {
  const d = found.deadline;
  if (d?.kind !== 'term' || d.term !== 'summer' || d.part !== 'end' || s.opts.cell) return null;
  const link = _wd(s.doc, found.end);
  if (link !== 'after' && link !== 'of' && link !== 'in') return null;
  const len = yearGroupLength(s.doc, found.end + 1);
  return len === 0 ? null : _approxYearEnd(found.end + 1 + len, s.opts);
}

/** Words naming a review before "review": "his annual review", "her LAC review", "the IRO review", "the pathway plan review". */
const NAMED_REVIEWS = ['annual', 'lac', 'cla', 'iro', 'pathway'];

/**
 * How many words name the review at i before "review": 1 ("annual", "LAC"), 2 ("pathway plan": a care leaver's pathway plan
 * is reviewed as a PEP is, Children Act 1989 guidance and regulations, Volume 3, "Planning transition to adulthood for care
 * leavers", the pathway plan's review; the labelling guide reads "by the next Pathway Plan review" as the next review,
 * label y35-228), 0 when none.
 */
function reviewNameLength(doc: _Doc, i: number): number {
  const x = _wd(doc, i);
  if (x === 'pathway') return _wd(doc, i + 1) === 'plan' ? 2 : 0;
  return NAMED_REVIEWS.includes(x) ? 1 : 0;
}

/**
 * Whether a day and month are written straight at k, "14/03", "14.03.25", "14th March": after a review ("PT timetable -
 * review 14/03") they date it, and the review gives way to the day (labelling guide, Time-bound (T): "by review date
 * 3/4/25" is the date, and a review with a month is the month; label y22-239).
 */
function dateWrittenAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n') return false;
  if ((t.sep === '/' || t.sep === '.') && t.parts.length >= 2) return t.num >= 1 && t.num <= 31 && (t.parts[1] ?? 0) >= 1 && (t.parts[1] ?? 0) <= 12;
  return t.sep === '' && t.num >= 1 && t.num <= 31 && _MONTHS.has(_wd(doc, k + 1));
}

/**
 * "by his (EHCP) annual review", "at her LAC review": a named review after "by", "before", "until" or "at"; "by the PEP",
 * "before the PEP meeting", "by review" only after "by", "before" or "until" ("at the PEP on 12/11" is the meeting that
 * set it).
 */
function namedReviewAt(s: Site): boolean {
  // "by review", "before the review": the review, read as "by the PEP" (only after "by", "before" or "until").
  const pep = s.x === 'pep' || s.x === 'review';
  if (!pep && _wd(s.doc, s.i + reviewNameLength(s.doc, s.i)) !== 'review') return false;
  // "the spring review", "the next LAC review": a review right after a phrase already read is that phrase's.
  if (s.x === 'review' && s.i > 0 && s.doc.used[s.i - 1] !== 0) return false;
  // "checked by review of her log" (by means of), "by review date 3/4/25" (the date it names).
  if (s.x === 'review' && (_wd(s.doc, s.i + 1) === 'of' || _wd(s.doc, s.i + 1) === 'date' || _wd(s.doc, s.i + 1) === 'dates')) return false;
  // "funded by PEP money", "the PEP targets": a thing the PEP names, not the meeting.
  if (pep && PEP_THINGS.has(_wd(s.doc, s.i + 1))) return false;
  if (s.x === 'review' && !s.opts.cell && reviewClosingNote(s.doc, s.i)) return false;
  const ehcp = _wd(s.doc, s.i - 1) === 'ehcp' || _wd(s.doc, s.i - 1) === 'ehc';
  const p = ehcp ? _prefixBefore(s.doc, s.i - 1) : prefix(s);
  if (p.freq || p.det === 'last') return false;
  if (doneThere(s.doc, p) || toBeConfirmedAt(s.doc, p.start)) return false;
  return s.opts.cell || p.strongWord || (!pep && p.prep === 'at') || (p.prep !== null && _STRONG_PREPS.has(p.prep));
}

/**
 * Whether "review" at i stands alone after a dash closing the text ("Kofi to go to the nurture room at lunch - review.",
 * "Alternative provision - review."): the note that the plan will be looked at again, not a meeting named, so no point by
 * which the target is achieved (labelling guide, Time-bound (T): a point by which the target is achieved or reviewed; "Not
 * deadlines": vague timing; labels y22-193, y23-207). A review named ("- LAC review", "- next PEP") or put in a cell of
 * when ("Timescale - review") stays a review point, and so does "- review in 6 weeks", whose point is the weeks.
 */
function reviewClosingNote(doc: _Doc, i: number): boolean {
  if (_wd(doc, i - 1) !== '-' || _whenLabel(_wd(doc, i - 2))) return false;
  const after = doc.toks[i + 1];
  if (after !== undefined && !(_wd(doc, i + 1) === '.' && doc.toks[i + 2] === undefined)) return false;
  // Only before no figure: the labels read "- review" after an act or a heading with no value to reach (y22-193, y23-207);
  // after a measured target ("Attendance target 90% - Review") they decide nothing, and the review stays its point.
  for (let k = 0; k < i; k++) if (doc.toks[k]?.kind === 'n') return false;
  return true;
}

/** Things a PEP names ("PEP money", "the PEP targets"): after "PEP" they are no review point. */
const PEP_THINGS = new Set(['money', 'funding', 'fund', 'funds', 'budget', 'grant', 'plus', '+', 'targets', 'target', 'document', 'documents', 'form', 'paperwork', 'template', 'premium', 'pp']);
/** Participles `_pastParticiple` does not know, written like their verb or irregular ("set by", "put in place at", "paid for by", "agreed at"): {@link _AGENT_PARTICIPLES} and more. */
const MORE_PARTICIPLES: ReadonlySet<string> = new Set([..._AGENT_PARTICIPLES, 'agreed', 'laid', 'cut', 'driven', 'shown', 'caught']);
/** Particles between a participle and "by" or "at" ("paid for by", "set out by", "put in place at", "signed off at"). */
const PARTICLES = new Set(['for', 'out', 'up', 'off', 'on', 'down', 'through', 'over', 'back']);

/**
 * "paid for by the PEP", "agreed by the LAC review", "discussed at her annual review", "put in place at his annual review":
 * "by" or "at" after a participle (across its particles) names who did something or where it was done, not a point the
 * target is due by. "Checked at the review", "will be discussed at the review" are still the review (a check, or a
 * future passive, at it).
 */
function doneThere(doc: _Doc, p: _Prefix): boolean {
  if (p.prep !== 'by' && p.prep !== 'at') return false;
  let k = p.start - 1;
  if (_wd(doc, k) === 'place' && _wd(doc, k - 1) === 'in') k -= 2;
  else if (PARTICLES.has(_wd(doc, k))) k -= 1;
  const x = _wd(doc, k);
  if (!_pastParticiple(x) && !MORE_PARTICIPLES.has(x)) return false;
  if (p.prep === 'by') return true;
  const y = _wd(doc, k - 1);
  return !_CHECKED.has(x) && y !== 'be' && y !== 'being';
}

/**
 * "within 6-8 weeks", "in 4-6 weeks", "in 60-90 days": a range of counts before a unit is read at its later bound (the final
 * point, as "9-13 June" is its last day); "for 6-8 weeks" stays a duration. How large a count may be is the unit's own
 * bound, as for one count (`_relative`).
 */
function countRange(s: Site): Resolved {
  const { parts, sep } = s.t;
  const a = parts[0] as number;
  const b = parts[1] as number;
  if (sep !== '-' || parts.length !== 2 || !(a < b) || !_relativeUnitFollows(s.doc, s.i + 1)) return null;
  return _relative(s.doc, b, s.i + 1, prefix(s), s.opts);
}

/**
 * Whether "TBC at" or "TBA at" stands before "(the) next" at i ("Target following assessment - TBC at next PEP", "New target TBC
 * at next meeting"): the target is still to be confirmed there, so the meeting is when it is set, not a point by which it is
 * achieved (labelling guide, Time-bound (T), "Not deadlines": vague timing, "TBC"; labels y15-029, y32-121). "To be
 * discussed (reviewed) at the next PEP" names the review and stays.
 */
function toBeConfirmed(doc: _Doc, i: number): boolean {
  return toBeConfirmedAt(doc, _wd(doc, i - 1) === 'the' ? i - 2 : i - 1);
}

/** Whether "at" or "by" at k follows "TBC" or "TBA" ("TBC at the next LAC review": {@link toBeConfirmed}). */
function toBeConfirmedAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k - 1);
  return (_wd(doc, k) === 'at' || _wd(doc, k) === 'by') && (x === 'tbc' || x === 'tba');
}

/**
 * Points hedged by "hopefully" straight before the words that open them ("Attendance 90% hopefully by summer", "Hopefully by
 * summer Owen will be back", "hopefully in June", "hopefully sometime this year") or "(hopefully)" straight after ("over
 * Easter (hopefully)"): a point only hoped for is not settled, as "Summer?" and "By end of year - TBC" are not (the labelling
 * guide, Time-bound (T), "Not deadlines": vague timing; labels y58-025, y58-172, y58-242, y59-036, y59-246, y28-064).
 * "Hopefully" anywhere else in the sentence reaches the act, not the point ("Hopefully Leo will talk more by next PEP":
 * labels y28-203, y38-037; "Hopefully this will help Sam read 10 books by Easter"), and after the point closing the sentence
 * it stays ("better this term hopefully": y63-222). Only "hopefully": no development label reads "maybe", "perhaps" or
 * "possibly" straight before a point either way (0 to 0), so those hedges keep the point.
 */
function hopedFor(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    if (cand.background || !hopedAt(doc, cand.start, cand.end)) continue;
    if (out === cands) out = cands.slice();
    out[c] = { ...cand, background: true, hoped: true };
  }
  return out;
}

/**
 * Whether "hopefully" hedges the point at [start, end) ({@link hopedFor}): it stands straight before the point's own opening
 * words: those the point's span holds ("by", "before", "in", "this", "next" …) or one opener just outside it
 * ({@link _POINT_OPENERS}: "hopefully by w/c 24/3"; "by the time he" before a verb of starting,
 * "hopefully by the time he starts Reception"), with at most "sometime" between ("hopefully sometime this year"); or
 * "(hopefully)" straight after the point.
 */
function hopedAt(doc: _Doc, start: number, end: number): boolean {
  if (_wd(doc, end) === '(' && _wd(doc, end + 1) === 'hopefully' && _wd(doc, end + 2) === ')') return true;
  // "hopefully by the time he starts Reception": the point opens at "by" before the verb's subject.
  const by = _START_VERBS.has(_wd(doc, start)) ? _beforeStartSubject(doc, start) : -1;
  let k = by >= 0 && _STRONG_PREPS.has(_wd(doc, by)) ? by : start - 1;
  if (_POINT_OPENERS.has(_wd(doc, k))) k--;
  if (_wd(doc, k) === 'sometime') k--;
  return _wd(doc, k) === 'hopefully';
}

/** Verbs of carrying a target on to another review, before "forward" or "over" ("carried forward", "rolled over"). */
const CARRYING: ReadonlySet<string> = new Set(['carried', 'carry', 'carrying', 'rolled', 'roll', 'rolling']);
/** Words read from the carrying verb for a review's status ({@link _REVIEW_STATUS}), either side, at most. */
const STATUS_REACH = 6;
/** Words a review's status after the carried note may hold ("- target partially met", "- not yet achieved"), at most. */
const STATUS_AFTER_REACH = 5;
/** Words of a point a note may put after the review it carries to ("to the next PEP in May", "… in the summer term"). */
const NOTE_POINT_LEADS: ReadonlySet<string> = new Set(['in', 'at', 'during']);

/** Whether the text closes at k (nothing after it but one mark). */
function closesAt(doc: _Doc, k: number): boolean {
  return doc.toks[k] === undefined || (doc.toks[k]?.kind === 'p' && doc.toks[k + 1] === undefined);
}

/**
 * The end of a month or term named after a review at `end` ("in May", "in the summer term"), or `end` when none is: where the
 * review falls, said with it, not a point of its own.
 */
function reviewPointEnd(doc: _Doc, end: number): number {
  if (!NOTE_POINT_LEADS.has(_wd(doc, end))) return end;
  let k = end + 1;
  if (_wd(doc, k) === 'the') k += 1;
  if (_MONTHS.has(_wd(doc, k))) return doc.toks[k + 1]?.kind === 'n' ? k + 2 : k + 1;
  if (_TERM_WORDS.has(_wd(doc, k))) return _wd(doc, k + 1) === 'term' ? k + 2 : k + 1;
  return end;
}

/**
 * Whether the next review after "next" at i (ending at `end`) is only where a review's status note carries the target
 * ("Target partially met - carried forward to next PEP", "Carried forward to next PEP - target partially met", "Not
 * achieved - carried over to the next review in May."): the carrying verb ({@link CARRYING} with "forward" or "over", then
 * "to" or "into") before the review, a status word ({@link _REVIEW_STATUS}) before the carrying or in a short part closing the
 * text after the review, and nothing else after the review but a month or term it falls in. The labelling guide, Time-bound
 * (T): a review's status says where the target goes next, no point by which anything is achieved (as "Previous target:
 * partially met - carry forward" has none); a target written after it ("… to next PEP: Joseph to write 5 sentences") keeps the
 * review as its point.
 */
function carriedStatusNote(doc: _Doc, i: number, end: number): boolean {
  const to = _wd(doc, i - 1) === 'the' ? i - 2 : i - 1;
  if (_wd(doc, to) !== 'to' && _wd(doc, to) !== 'into') return false;
  const particle = _wd(doc, to - 1);
  if ((particle !== 'forward' && particle !== 'over') || !CARRYING.has(_wd(doc, to - 2))) return false;
  const close = reviewPointEnd(doc, end);
  if (closesAt(doc, close)) {
    for (let k = to - 3; k >= 0 && k >= to - 2 - STATUS_REACH; k--) if (_REVIEW_STATUS.has(_wd(doc, k))) return true;
    return false;
  }
  // A status after the review, in a part of its own closing the text ("Carried forward to next PEP - target partially met.").
  if (doc.toks[close]?.kind !== 'p') return false;
  let status = false;
  let k = close + 1;
  for (; k < doc.toks.length && k <= close + STATUS_AFTER_REACH; k++) {
    if (doc.toks[k]?.kind !== 'w') break;
    if (_REVIEW_STATUS.has(_wd(doc, k))) status = true;
  }
  return status && closesAt(doc, k);
}

/** The candidates but those in a month or term a carried status note puts after its review ({@link carriedStatusNote}). */
function pointOfCarriedNote(doc: _Doc, cands: _Cand[]): _Cand[] {
  let kept: _Cand[] | null = null;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    // "… to the next PEP in May": the month's lead right after the review word, "next" at most 3 words before it.
    let noted = false;
    const lead = _wd(doc, cand.start) === 'the' || NOTE_POINT_LEADS.has(_wd(doc, cand.start)) ? cand.start : cand.start - 1;
    const at = NOTE_POINT_LEADS.has(_wd(doc, lead)) ? lead : lead - 1;
    if (NOTE_POINT_LEADS.has(_wd(doc, at))) {
      for (let k = at - 2; k >= 0 && k >= at - 4 && !noted; k--) if (_wd(doc, k) === 'next') noted = _nextReview(doc, k)?.end === at && carriedStatusNote(doc, k, at);
    }
    if (noted) kept ??= cands.slice(0, c);
    else kept?.push(cand);
  }
  return kept ?? cands;
}

/** "next": the next PEP or review, "next week", "the next 6 weeks", "next three months". */
function nextPhrase(s: Site): Resolved {
  const { doc, i } = s;
  const review = _nextReview(doc, i);
  if (review !== null) return toBeConfirmed(doc, i) || carriedStatusNote(doc, i, review.end) ? null : review;
  const p = prefix(s);
  // "for the next month", "over the next month": a window of a month from the meeting, as "for the next 4 weeks" is
  // (school-time table: anchored by "next"; a month counts 30 days); "next month" alone is the calendar month, and so is a
  // possessive "month's" ("for the next month's review": the review's month, no window).
  const window = (p.prep === 'for' || p.prep === 'over') && _wd(doc, i - 1) === 'the' && !/['\u2019]s$/.test(doc.toks[i + 1]?.raw ?? '');
  if (_wd(doc, i + 1) === 'month' && !p.freq && !window) return _calendarMonth(i + 2, s.opts, 1);
  const unit = _RELATIVE_UNITS.get(_wd(doc, i + 1));
  // "next year" is the next school or calendar year, not 365 days ("by the end of next year" is read from "year").
  if (unit !== undefined && unit >= 7 && unit !== 365) return _relative(doc, 1, i + 1, { ...p, det: 'next' }, s.opts);
  const num = doc.toks[i + 1]?.kind === 'n' ? _numAt(doc, i + 1) : _NUMBER_WORDS.get(_wd(doc, i + 1)) ?? Number.NaN;
  return Number.isFinite(num) ? _relative(doc, num, i + 2, { ...p, det: 'next' }, s.opts) : null;
}

/** "three weeks", "a fortnight", "an extra 2 weeks": a number word (or a/an) before a unit. */
function numberWordPhrase(s: Site): Resolved {
  const { doc, i, x } = s;
  const v = x === 'a' || x === 'an' ? 1 : (_NUMBER_WORDS.get(x) as number);
  if (!countUnitAt(doc, i + 1) && !countUnitAt(doc, i + 2)) return null;
  return _relative(doc, v, i + 1, prefix(s), s.opts);
}

/**
 * Whether a unit a count of time is read in stands at j ({@link numberWordPhrase}); "within two terms", "the next three terms":
 * terms counted like weeks (read by `_relative`). A plain function: the scan asks it at every "a", "an" and number word, and a
 * closure made at each would be one more object each time.
 */
function countUnitAt(doc: _Doc, j: number): boolean {
  const y = _wd(doc, j);
  return _RELATIVE_UNITS.has(y) || y === 'terms';
}

/**
 * The deadline phrase table, in the order entries are tried: the first entry whose `matches` holds for
 * a core token is the only one tried there (it may still resolve to nothing).
 */
export const _DEADLINE_PHRASES: readonly _DeadlinePhrase[] = Object.freeze([
  {
    name: 'term-half-number',
    // "Spring1", "sp2", "Aut 1" (a term prefix on 1 or 2): that half of the term (its half-term or end after "by").
    cores: ['#'],
    matches: (s) => isNumber(s) && termPrefixOf(s.t) !== null && s.t.sep === '' && (s.t.num === 1 || s.t.num === 2),
    resolve: (s) => _termWord(s.doc, s.i, s.opts, prefix(s), termPrefixOf(s.t) as Term, s.t.num),
  },
  {
    name: 'year-group-number',
    // "end of Y10", "by Yr 11", "in Y9": the end of the academic year, approximate (which one needs the year group).
    cores: ['#'],
    matches: (s) => isNumber(s) && (s.t.prefix === 'y' || s.t.prefix === 'yr' || s.t.prefix === 'year'),
    resolve: (s) => _yearPhrase(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'foundation-stage-year',
    // "by the end of FS2", "end of F1", "before FS2": the Foundation Stage's years (Nursery, Reception) read as "by the end
    // of Reception" is, the end of an academic year, approximate; "in FS2" gives way to any other point, as "in reception".
    cores: ['#'],
    matches: (s) => _isFoundationYear(s.doc, s.i) && _schoolPointCue(prefix(s), s.opts.cell),
    resolve: (s) => _foundationYearEnd(s.i, s.opts, prefix(s)),
  },
  {
    name: 'key-stage',
    // "by the end of Key Stage 3", "in KS4", "by KS2": the end of an academic year, approximate (which one needs the year group).
    cores: ['#', 'ks', 'key'],
    matches: (s) => (s.t.kind === 'n' ? s.t.prefix === 'ks' : s.x === 'ks' || s.x === 'key') && _keyStageLength(s.doc, s.i) > 0,
    resolve: (s) => {
      const end = s.i + _keyStageLength(s.doc, s.i);
      // "ready for KS2", "(Summer, KS3)"; a key stage heading a text is no point ("KS3 - work harder", "KS2 SATs - ...").
      const cue = _schoolPointCue(prefix(s), s.opts.cell) ? null : s.i === 0 ? null : _stageCue(s.doc, s.i, end, prefix(s));
      if (!_schoolPointCue(prefix(s), s.opts.cell) && cue === null) return null;
      const found = _approxYearEnd(cue === 'point' ? _moveMonthEnd(s.doc, end) : end, s.opts);
      return !s.opts.cell && _stageNamesThing(s.doc, end) ? _yielding(found) : found;
    },
  },
  {
    name: 'term-number-short',
    // "by the end of T2", "in HT3" (a numbered term written short): read like "term 2", "term 3".
    cores: ['#'],
    matches: (s) => _isShortTermNumber(s.doc, s.i),
    resolve: (s) => _shortTermNumber(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'numeric-date',
    // "24/07/2020", "3/4/25", "12.03.25", "2025-04-01", "Fri 21/02", "by 3/5": a date, UK day order; a day/month with no year only after "by", "on", a weekday or "deadline", and not before a counted noun (else a score: "spell 3/5 words", "target 8/8 checks"); "23-27 June": the range's last day; "within 6-8 weeks": the later bound.
    cores: ['#'],
    matches: (s) => isNumber(s) && s.t.sep !== '' && s.t.sep !== ',',
    resolve: (s) => _numericDate(s.doc, s.i, s.opts) ?? countRange(s),
  },
  {
    name: 'calendar-year',
    // "by the end of 2025", "by 2026": the last day of that year, a date (a year alone is read like a month alone).
    cores: ['#'],
    matches: (s) => isNumber(s) && s.t.digits[0] === 4 && s.t.sep === '' && _calendarYear(s.doc, s.i, s.opts, prefix(s)) !== null,
    resolve: (s) => _calendarYear(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'day-month-or-count',
    // "21st (of) March (2025)": a date; else "6 weeks", "10 school days": relative to the meeting, or a duration; "by the 6 week holidays": the end of the summer term.
    cores: ['#'],
    matches: isNumber,
    // The unit is tested before the words before the number are read ("20 words" has none: most numbers).
    resolve: (s) => _dayMonth(s.doc, s.i, s.opts) ?? (_relativeUnitFollows(s.doc, s.i + 1) ? _relative(s.doc, _numAt(s.doc, s.i), s.i + 1, prefix(s), s.opts) : null),
  },
  {
    name: 'month',
    // "Feb half term", "May half term": that half-term; "the late (early) May bank holiday": that day; else "by March", "April 1st", "mid-March": a date in the month.
    cores: [..._MONTHS.keys()],
    matches: (s) => _MONTHS.has(s.x),
    resolve: (s) => _mayBankHoliday(s.doc, s.i, s.opts) ?? _namedHalfTerm(s.doc, s.i, s.opts) ?? _monthWord(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'reception',
    // "by the end of Reception (year)": the end of the academic year, approximate; "in reception" gives way to any other deadline; "Reception term 2": that term.
    cores: ['reception'],
    matches: (s) => s.x === 'reception' && _schoolPointCue(prefix(s), s.opts.cell),
    resolve: (s) => {
      // "by the end of Reception term 2": the numbered term of the Reception year dates it, read with the prefix before.
      if (_wd(s.doc, s.i + 1) === 'term' && s.doc.toks[s.i + 2]?.kind === 'n') return _numberedTerm(s.doc, s.i + 1, s.opts, prefix(s));
      const found = _approxYearEnd(s.i + (_wd(s.doc, s.i + 1) === 'year' || _wd(s.doc, s.i + 1) === 'class' ? 2 : 1), s.opts);
      // "in reception", "at reception" (also the school's front desk): like a year group after "in", it gives way to any
      // other deadline in the text ("rather than in reception by the end of Spring 2" is dated by Spring 2).
      const p = prefix(s);
      const within = (p.prep === 'in' || p.prep === 'at') && p.position === null && !p.strongWord && !s.opts.cell;
      return within ? _yielding(found) : found;
    },
  },
  {
    name: 'leaving-point',
    // "by the time he leaves primary (school)", "before leaving college", "ready for his transition to secondary", "by the time he starts Year 7", "before he goes up to secondary", "before transition day", "before she moves up": the end of an academic year, approximate ("leaves primary in July": the month says when in the year, not which year).
    cores: [..._PHASE_MOVES],
    // A "Timescale" cell of "Transition" alone is the move to the next phase, as "by transition" is.
    matches: (s) => _PHASE_MOVES.has(s.x) && (_isLeavingPoint(s.doc, s.i) || (s.x === 'transition' && ((s.opts.cell && (s.doc.toks[s.i + 1] === undefined || s.doc.toks[s.i + 1]?.kind === 'p')) || _cellValueAt(s.doc, s.i)))),
    resolve: (s) => _approxYearEnd(_leavingEnd(s.doc, s.i), s.opts),
  },
  {
    name: 'phase-end',
    // "by the end of primary (school)", "end of sixth form", "by the end of EYFS (the foundation stage)", "before secondary school": the end of an academic year, approximate.
    cores: [..._PHASE_CORES],
    matches: (s) => _isPhaseEnd(s.doc, s.i, prefix(s)),
    resolve: (s) => {
      const end = s.i + _phaseEndLength(s.doc, s.i);
      // "ready for secondary school in September": the month says when in the year the move falls (as _moveMonthEnd reads it).
      const found = _approxYearEnd(readyFor(s.doc, prefix(s)) ? _moveMonthEnd(s.doc, end) : end, s.opts);
      // "reach his potential in the EYFS": the stage the target is set in gives way to any other point, as "in reception" does.
      const p = prefix(s);
      return p.position === null && p.prep !== null && p.prep !== 'by' && p.prep !== 'before' && !readyFor(s.doc, p) ? _yielding(found) : found;
    },
  },
  {
    name: 'exam-point',
    // "by his GCSEs", "before her A levels", "by the time he sits his GCSEs", "by his SATs": the end of an academic year, approximate (a month after them dates them).
    cores: ['gcses', 'gcse', 'a', 'sats'],
    matches: (s) => _isExamPoint(s.doc, s.i),
    resolve: (s) => _examPoint(s.doc, s.i, s.opts),
  },
  {
    name: 'weekday',
    // "by Friday", "on Friday", "next Monday" (not "every Friday", "Friday afternoons", "Fri 21/02"): the next such day after the meeting, a date.
    cores: [..._WEEKDAY_CORES],
    matches: (s) => _WEEKDAY_CORES.has(s.x),
    resolve: (s) => _weekdayDeadline(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'this-week',
    // "this week", "by the end of the week": the Friday of the meeting's week, a date.
    cores: ['week'],
    matches: (s) => _isThisWeek(s.doc, s.i, prefix(s)),
    resolve: (s) => _weekEnd(s.i + 1, s.opts),
  },
  {
    name: 'this-month',
    // "this month", "by the end of the month": the last day of the meeting's month.
    cores: ['month'],
    matches: (s) => s.x === 'month' && _isThisMonth(s.doc, s.i, prefix(s)),
    resolve: (s) => _calendarMonth(s.i + 1, s.opts, 0),
  },
  {
    name: 'term-alternatives',
    // "the Autumn/Spring/Summer term" (a template's unchosen alternatives): no deadline until one term is chosen.
    cores: [..._TERM_WORDS.keys()],
    matches: (s) => _TERM_WORDS.has(s.x) && _isTermAlternative(s.doc, s.i),
    resolve: () => null,
  },
  {
    name: 'spring-bank-holiday',
    // "by the spring bank holiday (2026)": that day (the last Monday in May, or the day it moved to), a date.
    cores: ['spring'],
    matches: (s) => _isSpringBankHoliday(s.doc, s.i),
    resolve: (s) => _springBankHoliday(s.doc, s.i, s.opts),
  },
  {
    name: 'named-term',
    // "end of Spring term", "Summer 2", "by the summer holidays", "summer exams", "the first half of the summer term", "next summer", "..., spring 1": that term (end, half-term or half); "by the end of the summer" (the season): 31 August.
    cores: [..._TERM_WORDS.keys()],
    matches: (s) => _TERM_WORDS.has(s.x),
    resolve: (s) => {
      // "by the end of the first half of the summer term": the half named before the term, its prefix before "first".
      const h = _halfOfTermBefore(s.doc, s.i);
      const found = _termWord(s.doc, s.i, s.opts, h === null ? prefix(s) : _prefixBefore(s.doc, h.at), _TERM_WORDS.get(s.x) as Term, h?.half ?? null);
      // "reviewed at the spring PEP in March": a review named with a month is the month (labelling guide, Time-bound
      // (T)), so the term naming the review gives way to it, as "the next PEP in May" does.
      if (found === null) return null;
      const noun = _wd(s.doc, found.end);
      if (_REVIEW_NOUNS.has(noun) && _datedAfter(s.doc, found.end + 1)) return _yielding(found);
      // "at the spring concert on 27th March", "the summer fair (sports day) in July": the event's own day or month.
      if (TERM_EVENTS.has(noun) && _datedAfter(s.doc, found.end + (noun === 'sports' && _wd(s.doc, found.end + 1) === 'day' ? 2 : 1))) return _yielding(found);
      return summerOfYearGroup(s, found) ?? found;
    },
  },
  {
    name: 'whitsun',
    // "by Whitsun", "by Whit Sunday", "by Pentecost": Whit Sunday (seven weeks after Easter Sunday), a date; "the Whitsun holidays", "Whit half term": the summer half-term. Only after a cue, never after a title ("Mrs Pentecost": a person).
    cores: ['whitsun', 'whitsunday', 'whit', 'pentecost'],
    matches: (s) => s.x === 'whitsun' || s.x === 'whitsunday' || s.x === 'whit' || s.x === 'pentecost',
    resolve: whitsunPhrase,
  },
  {
    name: 'half-term',
    // "by half term", "this half term", "end of next half term": a half-term of the meeting's term (termOfDate); "by the end of the first half term": like term 1.
    cores: ['half', 'halfterm'],
    matches: halfTermAt,
    // "by the end of Half Term 4": the numbered term, as "HT4" is.
    resolve: (s) => (_numberedHalfTermAt(s.doc, s.i) ? _numberedTerm(s.doc, s.i + 1, s.opts, prefix(s)) : _ordinalAt(s.doc, s.i - 1) !== undefined ? _ordinalTerm(s.doc, s.i, s.opts) : unnamedHalfTermPhrase(s)),
  },
  {
    name: 'numbered-term',
    // "by the end of term 2", "in term 3" (six-term years: 1-2 autumn, 3-4 spring, 5-6 summer): odd terms end at half-term.
    cores: ['term'],
    matches: (s) => s.x === 'term' && (s.doc.toks[s.i + 1]?.kind === 'n' || _termNumberWord(s.doc, s.i + 1, 6) !== null),
    resolve: (s) => _numberedTerm(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'term-number-spaced',
    // "by the end of T 4", "in HT 5": a numbered term written short, a space before its number, read as "T4", "HT5".
    cores: ['t', 'ht'],
    matches: (s) => (s.x === 't' || s.x === 'ht') && s.doc.toks[s.i + 1]?.kind === 'n',
    resolve: (s) => _spacedTermNumber(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'term',
    // "end of term", "this term", "next term", "the rest of the term", "by the end of the first half of term": the meeting's term (termOfDate) or the next; "by the end of the first term": the autumn term.
    cores: ['term', 'terms'],
    matches: (s) => s.x === 'term' || s.x === 'terms',
    resolve: (s) => {
      if (_ordinalAt(s.doc, s.i - 1) !== undefined) return _ordinalTerm(s.doc, s.i, s.opts);
      // "by the end of the first half of term": a half of the meeting's term.
      return (s.x === 'term' ? _halfOfMeetingTerm(s.doc, s.i, s.opts) : null) ?? _unnamedTerm(s.doc, s.i, s.opts, prefix(s));
    },
  },
  {
    name: 'festival',
    // "by Easter (2026)": Easter Sunday, a date; "before the Easter holidays", "the Easter concert": the end of the spring term (the event's day names it exactly: "the Easter service on 10th April"); "by Christmas": the end of the autumn term (a December day names it exactly: "the Christmas concert on 12th December").
    cores: ['easter', 'christmas', 'xmas'],
    matches: (s) => s.x === 'easter' || s.x === 'christmas' || s.x === 'xmas',
    resolve: festivalPhrase,
  },
  {
    name: 'islamic-feast',
    // "before Eid", "by Eid al-Fitr (al-Adha, ul-Azha, Bakri Eid)", "before Ramadan", "during Ramadan", "by the end of Ramadan": the feast's day from a table of the Umm al-Qura calendar, 2020-2035 (Ramadan's first day after "before" or "by", its last day after "during", "in", "through", "over" or "the end of"), a date marked approximate.
    cores: ['eid', 'ramadan', 'ramadhan', 'ramazan', 'bakrid'],
    matches: (s) => s.x === 'eid' || FEAST_RAMADAN.has(s.x) || s.x === 'bakrid',
    resolve: islamicFeastPhrase,
  },
  {
    name: 'year',
    // "by the end of the (school, academic) year", "end of Year 10", "end of yr 8", "over the year", "for the rest of the year", "by next academic year": the end of the academic year (a later one, "the 2025-26 academic year" at a 2024-25 meeting, approximate); "by the new year": the end of the autumn term.
    cores: ['year', 'yr'],
    matches: (s) => s.x === 'year' || (s.x === 'yr' && s.doc.toks[s.i + 1]?.kind === 'n'),
    // "by the end of his first year (at college)": the end of a year of the child's own course, approximate.
    resolve: (s) => _ownYearEnd(s.doc, s.i, s.opts) ?? _yearPhrase(s.doc, s.i, s.opts, prefix(s)),
  },
  {
    name: 'named-review',
    // "by his annual review", "at her EHCP annual review", "by her LAC (CLA, IRO) review", "by the PEP (review, meeting)", "by review": a review with no date of its own, the next review (a month or date after it dates it).
    cores: [...NAMED_REVIEWS, 'pep', 'review'],
    matches: namedReviewAt,
    resolve: (s) => {
      const named = Math.max(1, reviewNameLength(s.doc, s.i));
      let end = s.i + named;
      while (end < s.i + named + 2 && (_wd(s.doc, end) === 'review' || _wd(s.doc, end) === 'meeting')) end += 1;
      const found: _Found = _found({ kind: 'next-review' }, null, end, undefined, _FOUND_NEXT_REVIEW);
      return _datedAfter(s.doc, end) || dateWrittenAt(s.doc, end) ? _yielding(found) : found;
    },
  },
  {
    name: 'next',
    // "by the next PEP (review, meeting)", "by the next LAC (TAC, child in care) review", "by the time we next meet": the next review; "next week", "the next 6 weeks": relative to the meeting.
    cores: ['next'],
    matches: (s) => s.x === 'next',
    resolve: nextPhrase,
  },
  {
    name: 'number-word',
    // "within three weeks", "a fortnight", "in a month": relative to the meeting, or a duration; "within two terms": the second term after the meeting's, its end.
    cores: [..._NUMBER_WORDS.keys(), 'a', 'an'],
    matches: (s) => _NUMBER_WORDS.has(s.x) || ((s.x === 'a' || s.x === 'an') && _RELATIVE_UNITS.has(_wd(s.doc, s.i + 1))),
    resolve: numberWordPhrase,
  },
]);

/** The entries that can start at each canonical word, in table order (see `cores`). */
const BY_CORE: ReadonlyMap<string, readonly _DeadlinePhrase[]> = (() => {
  const m = new Map<string, _DeadlinePhrase[]>();
  for (const entry of _DEADLINE_PHRASES) {
    for (const core of entry.cores) {
      const list = m.get(core) ?? [];
      if (!list.includes(entry)) list.push(entry);
      m.set(core, list);
    }
  }
  return m;
})();

/** The first entry of `list` (the entries whose core is the site's word) that matches at the site. */
function phraseAt(site: Site, list: readonly _DeadlinePhrase[]): _DeadlinePhrase | undefined {
  for (const entry of list) if (entry.matches(site)) return entry;
  return undefined;
}

const VAGUE_WORDS = _VAGUE_WHEN;
const F_VAGUE_WORD = _wordFlag2(VAGUE_WORDS);

/**
 * The words at which the scan has anything to try: a phrase core (with its entries) or the first word of
 * vague timing (with no entries). Any other word is passed over with this one look-up.
 */
const CUES: ReadonlyMap<string, readonly _DeadlinePhrase[]> = (() => {
  const m = new Map<string, readonly _DeadlinePhrase[]>(BY_CORE);
  for (const x of [...VAGUE_WORDS, ...VAGUE_PAIRS.keys(), 'as']) if (!m.has(x)) m.set(x, []);
  return m;
})();
/** The flag of the words of {@link CUES} (one array read per word instead of a map look-up). */
const F_CUE = _wordFlag(CUES.keys());
/** {@link _scanDeadlines}' trigger flag, for tests (test/smart/perfTriggers.test.ts). */
export const _F_CUE = F_CUE;

/** The first words of {@link VAGUE_PAIRS} as a third-word flag ({@link _flag3At}): any other word skips the map. */
const F3_VAGUE_PAIR = _wordFlag3(VAGUE_PAIRS.keys());

/** Length of vague timing starting at i ("ongoing", "over time", "as soon as possible"), or 0. */
function vagueLength(doc: _Doc, i: number): number {
  const x = _wd(doc, i);
  if (_flag2At(doc, i, F_VAGUE_WORD)) return 1;
  // "6 weeks from now": a count of a unit before "from now" anchors it at the meeting, as "6 weeks from today" is (the
  // labelling guide's row "within 6 weeks"); "from now on" alone stays vague timing.
  if (_flag3At(doc, i, F3_VAGUE_PAIR) && VAGUE_PAIRS.get(x)?.has(_wd(doc, i + 1)) === true && !(x === 'from' && _countBefore(doc, i))) return 2;
  if (x === 'as' && _wd(doc, i + 1) === 'soon' && _wd(doc, i + 2) === 'as' && _wd(doc, i + 3) === 'possible') return 4;
  return 0;
}

/** A {@link Site} whose document and options are set for each scan. */
type MutableSite = { -readonly [K in keyof Site]: Site[K] };

function newPrefix(): _PrefixState {
  return { start: 0, prep: null, position: null, det: null, freq: false, strongWord: false };
}

/**
 * The site every scan uses (with its prefix object), made once: a scan keeps nothing of it when it returns (its
 * candidates copy what they need), and one that starts while another has it (`busy`) makes its own.
 */
const SITE: { busy: boolean; readonly site: MutableSite } = {
  busy: false,
  site: { doc: null as unknown as _Doc, opts: null as unknown as _ScanOptions, i: 0, t: null as unknown as _Tok, x: '', cached: null, pre: newPrefix() },
};

/**
 * Whether a point follows "ready for" ("ready for Year 7 in September", "ready for secondary school"): ready by it, read as
 * "by" (school-time table: "ready for his GCSEs" is ready by them, as "ready for Year 7" is by the move), so a point a
 * side clause names gives way to the move ("ready for Year 7 in September, visiting 3 times in the summer term").
 */
function readyFor(doc: _Doc, pre: _Prefix): boolean {
  return pre.prep === 'for' && _wd(doc, pre.start - 1) === 'ready';
}

/** What one scan collects, and the token marks it leaves: each list {@link _NO_ITEMS} until something is added ({@link _put}). */
interface Collect {
  candidates: _Cand[];
  vague: [number, number][];
  impossible: [number, number][];
}

function mark(doc: _Doc, a: number, b: number, why: number): void {
  for (let k = a; k < b; k++) if (doc.used[k] === 0) doc.used[k] = why;
}

/**
 * Whether tokens [a, b) write a year after the meeting's ("on results day in August 2027" at a 2025 meeting): a point
 * the past tense around it cannot have been ("has applied, had his interview and has a place ... in August 2027" states
 * the outcome), so not a background date by tense.
 */
function futureYearWritten(doc: _Doc, a: number, b: number, opts: _ScanOptions): boolean {
  if (opts.meeting === null) return false;
  const year = isoParts(opts.meeting).year;
  for (let k = a; k < b; k++) {
    const t = doc.toks[k];
    if (t?.kind === 'n' && t.digits[0] === 4 && t.sep === '' && t.num > year && t.num < year + 10) return true;
  }
  return false;
}

/** Words between "no target(s)" and the period it names ("no targets set this term", "no new target needed until Easter"). */
const NO_TARGET_WORDS: ReadonlySet<string> = new Set(['set', 'needed', 'agreed', 'required', 'for', 'new', 'targets', 'target']);

/**
 * Whether the point starting at `start` is the period a note says has no target ("No targets this term as placement move",
 * "no targets needed this term", "no new target set until Easter"): nothing is to be achieved by it, so it is no deadline
 * (labelling guide, Time-bound (T): a point by which the target is achieved or reviewed; labels y18-003, y39-222).
 */
function noTargetFor(doc: _Doc, start: number): boolean {
  let k = start - 1;
  while (k > 0 && start - k <= 4 && NO_TARGET_WORDS.has(_wd(doc, k)) && doc.clause[k] === doc.clause[start]) {
    const x = _wd(doc, k);
    if ((x === 'target' || x === 'targets') && (_wd(doc, k - 1) === 'no' || (_wd(doc, k - 1) === 'new' && _wd(doc, k - 2) === 'no'))) return true;
    k -= 1;
  }
  return false;
}

/**
 * Records a resolved phrase at i: a duration or frequency marks its tokens (a measure, not a
 * deadline); anything else becomes a candidate, background when its prefix or clause says so.
 * @returns The token after the phrase.
 */
function record(found: NonNullable<Resolved>, s: Site, out: Collect): number {
  const { doc, opts, i } = s;
  const pre = prefix(s);
  const end = Math.max(found.end, i + 1);
  if (found.duration === true || pre.freq) {
    mark(doc, pre.start, end, 3);
    return end;
  }
  if (found.impossible === true) {
    // Not moved to a nearby day and not read again as a month ("30 February" is not "by February").
    mark(doc, pre.start, end, 1);
    out.impossible = _put(out.impossible, [pre.start, end]);
    return end;
  }
  // Each field read once (every record has one shape, built by `_found`: `_deadlineResolve.ts`).
  const deadline = found.deadline;
  const month = found.month;
  const nextReview = found.nextReview === true;
  // "within a month", "in the next 6 weeks": a window from the meeting looks forward, even after a baseline clause.
  // "0 incidents in the next 6 weeks": "next" as the core word is as forward as "next" before the count; "the coming 6
  // weeks" (read as "this") and "the following 6 weeks" (read as "next") too.
  const forward = deadline?.kind === 'relative' && (pre.prep === 'within' || pre.det === 'next' || pre.det === 'this' || s.x === 'next');
  // "I had 3 before Christmas" (a past act before a point over at the meeting), "Dad is deployed until April; ..." (an
  // adult's state): background even after "before" or "until".
  const pastOrOthers = !opts.cell && !pre.strongWord && (pastBefore(doc, pre, end, found, opts) || adultStateAt(doc, pre.start) || othersDoingAt(doc, pre));
  const background =
    pastOrOthers ||
    noTargetFor(doc, pre.start) ||
    (!opts.cell &&
    !forward &&
    !(pre.prep !== null && _STRONG_PREPS.has(pre.prep)) &&
    // A past act dates even a review it names: "Ava's mum attended the review in December" is background.
    ((!pre.strongWord && ((_isStartOrPast(pre) && !_returnAfter(doc, pre)) ||
      (_bgAny(doc, i, end) && !futureYearWritten(doc, i, end, opts) && !_lastOfSeries(doc, pre.start) && !_quotedPast(doc, i) && !lastPartToCome(doc, i, found, opts)) ||
      _backgroundByContext(doc, pre.start, pre, periodOver(doc, pre.start, end, found, opts)) ||
      (!nextReview && _conditional(doc, pre.start)) ||
      _baselineLabelled(doc, pre.start) ||
      _soFar(doc, pre.start) ||
      (deadline?.kind === 'term' && _statusFigure(doc, pre, end, deadline.term, opts.terms.current?.term ?? null)) ||
      statedBefore(doc, pre.start, end, checkAgainstMeeting(doc, pre.start, end, found, opts), found.approx) ||
      _documentDate(doc, pre.start) ||
      pastYearInBrackets(doc, pre, end, found, opts) ||
      _bracketCount(doc, pre.start, deadline?.kind === 'term' ? deadline.term : null, opts.terms.current?.term ?? null) ||
      _afterDoing(doc, pre.start) ||
      pastDone(doc, pre, found, opts.terms.meeting) ||
      bookedOver(doc, pre, found, opts.terms.meeting) ||
      pastRecord(doc, pre, end, found, opts))) ||
      pastActIn(doc, pre, found, opts.terms.meeting)) ||
    _birthDue(doc, pre));
  // "ready for her GCSE exams" names what the child is made ready for (her Specific), and "12 weekly sessions ... by the end
  // of the block" counts the occasions she attends (her Measurable): the point is read from them, their words stay theirs.
  if (found.count !== true && !(readyFor(doc, pre) && _isExamPoint(doc, i))) mark(doc, pre.start, end, background ? 2 : 1);
  const approx = nextReview ? (opts.nextReview ?? (opts.terms.meeting === null ? null : opts.terms.meeting + 91)) : found.approx;
  out.candidates = _put(out.candidates, { deadline, approx, start: pre.start, end, strong: _isStrong(pre, opts.cell) || readyFor(doc, pre), background, month: month ?? null, restates: month === undefined && bareBracket(doc, pre.start, end) && inLastDays(deadline), yields: found.yields === true });
  return end;
}

/**
 * Whether the point at i ends "the last N weeks (days, fortnight, month) of" a period still to come at the meeting, in a
 * sentence with no other background word before it ("No detentions in the last fortnight of the spring term" at a
 * January meeting): that period's end is the target's own point, as "No exclusions in July" is (the labelling guide's
 * settled row on a count of none: a period not over at the meeting is the target's point). A period over at the meeting
 * ("the last 6 weeks of the autumn term" in January) stays the past unless a future or modal verb or a target's mark
 * makes it the target's own (read by `lastPartOf`, `_doc.ts`).
 */
function lastPartToCome(doc: _Doc, i: number, found: NonNullable<Resolved>, opts: _ScanOptions): boolean {
  const meeting = opts.terms.meeting;
  if (meeting === null || found.approx === null || found.approx <= meeting || laterSchoolYear(found.approx, meeting)) return false;
  const last = _lastPartBefore(doc, i);
  if (last < 0) return false;
  return _nearest(doc, last - 1, BACKGROUND_BACK) < 0;
}

/** The walk back to a background word in the sentence. */
const BACKGROUND_BACK = _walkBack(_sentenceEndAt, (doc, j) => _BACKGROUND.has(_wd(doc, j)));

/**
 * Whether the period a point names is over at the meeting, read for a count of none in it ("No suspensions in HT2"), then
 * what happened (the labelling guide, Time-bound (T): background dates are not deadlines): a term, numbered half or month
 * named with no year whose next occurrence falls in a later school year than the meeting's ("HT2", "term 2", "Autumn 2",
 * "the autumn term", "in November" at a January meeting), over unless a future or modal verb or a target's mark makes it
 * the next one (term objects mean the next occurrence), as for a named term alone. Not over: a point later in the
 * meeting's school year ("in July", "in August", "the summer term" in January: the school year runs September to
 * August, {@link laterSchoolYear}), one with a year written, "next" before it, or "next year" or "of Year N" after it
 * ("in HT1 of Year 7", "in Autumn 1 next year").
 * @returns 1 over, 0 not.
 */
function periodOver(doc: _Doc, from: number, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): number {
  return pointAgainstMeeting(doc, from, end, found, opts) === -1 && opts.terms.meeting !== null && (found.approx ?? 0) > opts.terms.meeting ? 1 : 0;
}

/**
 * Where a point falls against the meeting: 1 after it, -1 on or before it or in a period over at it, 0 unknown (no
 * meeting date, or no day for the point). A term, half or month named with no year is read in the meeting's school year:
 * over when its next occurrence is in a later school year ("in November", "the autumn term", "HT2" at a January meeting),
 * to come when in the same ("in June", "the summer term"); "next" before it, a year written, "next year" or "of Year N"
 * after it make it the next one, to come.
 */
function pointAgainstMeeting(doc: _Doc, from: number, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): number {
  const meeting = opts.terms.meeting;
  if (meeting === null || found.approx === null) return 0;
  if (found.approx <= meeting) return -1;
  if (found.deadline?.kind !== 'term' && found.yearless !== true) return 1;
  for (let k = from; k < end; k++) {
    const t = doc.toks[k];
    if ((t?.kind === 'n' && t.digits[0] === 4) || _wd(doc, k) === 'next') return 1;
  }
  const x = _wd(doc, end);
  const y = _wd(doc, end + 1);
  if ((x === 'next' && y === 'year') || (x === 'of' && y === 'year' && doc.toks[end + 2]?.kind === 'n')) return 1;
  return laterSchoolYear(found.approx, meeting) ? -1 : 1;
}

/**
 * {@link pointAgainstMeeting} for a check named with the point ("when tested in January"): a check is still to come only
 * when the period it names starts after the meeting. One in the meeting's own month or term ("when tested in January",
 * "this month", "assessed in the spring term" at a 15 January meeting) may be done already: undetermined (0), so the
 * words decide (the labelling guide, Time-bound (T): baselines are not deadlines; review24g).
 */
function checkAgainstMeeting(doc: _Doc, from: number, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): number {
  const when = pointAgainstMeeting(doc, from, end, found, opts);
  return when === 1 && periodHoldsMeeting(doc, from, end, found, opts) ? 0 : when;
}

/** Days a term's point may lie after a meeting inside that term (a term is at most about four months long). */
const TERM_SPAN = 130;

/** Whether the month or term a point names holds the meeting ("in January", "this month", "the spring term" on 15 January). */
function periodHoldsMeeting(doc: _Doc, from: number, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): boolean {
  const meeting = opts.terms.meeting;
  if (meeting === null || found.approx === null) return false;
  for (let k = from; k < end; k++) if (_wd(doc, k) === 'next') return false;
  const m = isoParts(fromDayNumber(meeting));
  const d = found.deadline;
  if (found.month !== undefined) return found.month.year === m.year && found.month.month === m.month;
  if (d?.kind === 'date') {
    let month = false;
    for (let k = from; k < end; k++) if (_wd(doc, k) === 'month') month = true;
    const p = isoParts(d.date);
    return month && p.year === m.year && p.month === m.month;
  }
  const cur = opts.terms.current;
  if (d?.kind !== 'term' || cur === null || d.term !== cur.term || found.approx - meeting > TERM_SPAN) return false;
  return d.part === 'end' || ((d.part === 'half-term' || d.part === 'first-half') && cur.half === 1) || (d.part === 'second-half' && cur.half === 2);
}

/** The month a school year starts in (September): its months run September to August. */
const SCHOOL_YEAR_START = 9;

/** Whether day `a` falls in a later school year (September to August) than day `b`. */
function laterSchoolYear(a: number, b: number): boolean {
  const schoolYear = (day: number): number => {
    const { year, month } = isoParts(fromDayNumber(day));
    return month >= SCHOOL_YEAR_START ? year : year - 1;
  };
  return schoolYear(a) > schoolYear(b);
}

/** Words that may stand with a day alone in its brackets ("(Fri 21/02)", "(on 21st Feb)", "(i.e. 28/02)"). */
const BARE_DAY_WORDS = new Set([..._WEEKDAYS.keys(), 'on', 'ie', 'i', 'e', '.', ',']);

/**
 * Whether tokens [a, b) stand alone in brackets, with only a week day, "on" or "i.e." before them: a day restating when,
 * no event of its own ("by the end of February (Fri 21/02)"), where "(booked 3rd April)", "(test 3rd April)" name an
 * event booked for the day (docs/smart.md, Time-bound: a day-precise date refines a month in the same month, "by the
 * February deadline (Fri 21/02)" -> 21 February; the labelling guide, Deadline labels: the final point is the deadline).
 */
function bareBracket(doc: _Doc, a: number, b: number): boolean {
  if (_wd(doc, b) !== ')') return false;
  for (let k = a - 1; k >= 0 && k >= a - 5; k--) {
    const x = _wd(doc, k);
    if (x === '(') return true;
    if (!BARE_DAY_WORDS.has(x)) return false;
  }
  return false;
}

/**
 * Days back from a month's last day that "the end of" the month reaches: its last eight days, the last day and the same
 * week day a week before ("by the end of February (Fri 21/02)", 28 February 2025 a Friday), so a Friday deadline in the
 * month's last full week restates its end and a day earlier in the month ("(Mon 7/04)" for the end of April) does not.
 */
const END_OF_MONTH_DAYS = 7;

/**
 * Whether a day-precise point falls in the last days of its month ({@link END_OF_MONTH_DAYS}): only there can a bare
 * bracketed day restate "the end of" that month (docs/smart.md, Time-bound: "by the end of February (Fri 21/02)" ->
 * 21 February, "by the end of April (Mon 7/04)" keeps 30 April; the labelling guide, Deadline labels: the final point
 * is the deadline, and "the end of" a month names its last day).
 */
function inLastDays(deadline: Deadline | null): boolean {
  if (deadline?.kind !== 'date') return false;
  const { year, month, day } = isoParts(deadline.date);
  return day >= daysInMonth(year, month) - END_OF_MONTH_DAYS;
}

/** Words before a participle that make it what is still to be done ("to be booked", "will be checked", "has to be ended"). */
const STILL_TO_DO = new Set(['be', 'been', 'being', 'to', 'will', 'is', 'are', 'get', 'gets', 'have', 'has']);

/**
 * Participles of arranging or confirming ("booked", "arranged", "confirmed", "set"): a day after them is when the thing
 * arranged happens ("test (booked 14th Feb)", label y19-220; "College interview confirmed 12th February"), the point.
 * Participles of forecasting likewise ("before his release date (expected 21/04/25)", "(estimated 3/3/25)", "due date
 * (anticipated 14/03/25)"): a day after them is when the event is looked for, still to come, not a thing done (the labelling
 * guide's row "an event the target is due by, dated by a month": the date dates the event; label y35-116).
 */
const ARRANGED_OR_CONFIRMED = new Set([..._ARRANGED, 'confirmed', 'reconfirmed', 'set', 'fixed', 'rearranged', 'rescheduled', 'rebooked', ..._FORECAST]);

/**
 * Whether the point dates a thing booked or arranged "for" it that is over at the meeting ("his test, booked for December
 * 2024", meeting January 2025): when it happened, a background date (the labelling guide, Time-bound (T), "Not deadlines":
 * background dates are what happened); the target's own point is read.
 */
function bookedOver(doc: _Doc, pre: _Prefix, found: NonNullable<Resolved>, meeting: number | null): boolean {
  if (pre.prep !== 'for' || !_ARRANGED.has(_wd(doc, pre.start - 1)) || meeting === null || found.approx === null) return false;
  return found.approx < meeting;
}

/** Half a year in days: a day and month written with no year are read as their occurrence nearest the meeting. */
const HALF_YEAR = 182;

/**
 * Whether a point with no preposition, or "on", stands straight after a verb in the past ("part time timetable ended 6th
 * Jan", "stopped on 3rd Dec") and falls on or before the meeting: when a thing happened, a background date (the labelling
 * guide, Time-bound (T): background dates are what happened, "moved in October" stays background, as "currently 71%"
 * before it is; label y19-118). A day after the meeting is the point, in note style ("UCAS application sent 28th
 * February", meeting 15 January 2025: `date:2025-02-28`); a day and month with no year are read as their occurrence
 * nearest the meeting ("ended 6th Jan": 6 January 2025, nine days before; "opened 28th February": 28 February 2025, six
 * weeks on), as the labelling guide's "a deadline before the meeting is still a deadline" keeps a written year as
 * written. With no meeting date there is nothing to compare: the past verb alone makes it background. Not a participle
 * still to be done ("to be ended 3rd April"), a check ("reviewed 3rd April", a strong word; "completed", "sat": doing the
 * check), a thing arranged or confirmed ("test (booked 14th Feb)": when the test is, label y19-220; "interview confirmed
 * 12th February") nor a feeling with "this" ("overwhelmed this half term").
 */
function pastDone(doc: _Doc, pre: _Prefix, found: NonNullable<Resolved>, meeting: number | null): boolean {
  if ((pre.prep !== null && pre.prep !== 'on') || pre.det !== null) return false;
  const k = pre.start - 1;
  const x = _wd(doc, k);
  if (doc.clause[k] !== doc.clause[pre.start] || !_pastParticiple(x) || _CHECKED.has(x) || ARRANGED_OR_CONFIRMED.has(x) || STILL_TO_DO.has(_wd(doc, k - 1))) return false;
  if (meeting === null || found.approx === null) return true;
  const after = found.approx - meeting;
  return after <= 0 || (found.yearless === true && after > HALF_YEAR) || outcomeElsewhere(doc, doc.clause[k] ?? 0);
}

/** Whether "before" dates a past act ("I had 3 before Christmas"), its point over at the meeting ({@link pastActIn}). */
function pastBefore(doc: _Doc, pre: _Prefix, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): boolean {
  return pre.prep === 'before' && pointAgainstMeeting(doc, pre.start, end, found, opts) === -1 && pastActIn(doc, pre, found, opts.terms.meeting);
}

/** Tokens read back from a point for the start of an adult's part ({@link adultStateAt}); a long text stays linear. */
const ADULT_PART_REACH = 12;
/** The child's brothers and sisters: like an adult, another person whose state a part may state ("his sister is in respite"). */
const SIBLINGS = new Set(['brother', 'brothers', 'sister', 'sisters', 'sibling', 'siblings']);

/** Whether a word names another person than the child: an adult ({@link _ADULT_SUBJECTS}) or a brother or sister. */
function otherPerson(x: string): boolean {
  return _ADULT_SUBJECTS.has(x) || SIBLINGS.has(x);
}

/**
 * Whether the point at `start` is in a part of the text (a sentence, or a clause after ";") that states where an adult
 * is, not what the child will do: it opens with an adult ({@link _ADULT_SUBJECTS}) and "is" or "are" with no "to" or
 * "-ing" after ("Dad is deployed with the Navy until April; Finley will talk to his ELSA ..."), no future word before the
 * point, while another part states the child's outcome. The point is that adult's, a background date (the labelling
 * guide, Deadline labels, "Not deadlines": background dates; Time-bound (T): a point by which the target is achieved).
 * "Mum is to take her by Easter", "Carer is going to ...", "Mum is supporting him until Easter" are the adult's plan.
 */
function adultStateAt(doc: _Doc, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && !_sentenceEndAt(doc, k) && _wd(doc, k) !== '|') {
    if (_flag2At(doc, k, _F2_FUTURE) || k < start - ADULT_PART_REACH) return false;
    k -= 1;
  }
  let j = k + 1;
  if (_OWNING_DETERMINERS.has(_wd(doc, j))) j += 1;
  // "the social worker", "her foster carer": one word before the person names them.
  if (!otherPerson(_wd(doc, j)) && otherPerson(_wd(doc, j + 1))) j += 1;
  const be = _wd(doc, j + 1);
  const after = _wd(doc, j + 2);
  if (j + 2 >= start || !otherPerson(_wd(doc, j)) || (be !== 'is' && be !== 'are') || after === 'to' || after.endsWith('ing')) return false;
  return outcomeOutside(doc, k + 1, start) && !thenAfter(doc, start);
}

/**
 * Whether the mark at j opens a note's part: a heading's dash or colon ({@link _HEADING_MARKS}), a comma or a row's " | "
 * ("Improve attendance - family travelling over Easter", "Attendance | Dad deploying in March").
 */
function noteOpenerAt(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  return _HEADING_MARKS.has(x) || x === ',' || x === '|';
}
/** Words that take back a note's point for the target after it ("..., attend every day until then"). */
const UNTIL_WORDS: ReadonlySet<string> = new Set(['until', 'till', 'til']);

/**
 * Whether the point after `pre` ends a note of what another person or the family is doing, a part that opens with them and
 * a verb in "-ing" straight before the point, with no "to" or "will" ("Improve attendance - family travelling over
 * Easter", "Traveller family - family travelling in the summer"): the family's plans, a background date (the labelling
 * guide, Deadline labels, "Not deadlines": background dates; Time-bound (T): a point by which the target is achieved).
 * Only after "in", "over", "during" and the like: "Mum reading with him until Easter" is kept up to a point, as "until X" is.
 */
function othersDoingAt(doc: _Doc, pre: _Prefix): boolean {
  if (pre.prep === null || _STRONG_PREPS.has(pre.prep)) return false;
  const v = pre.start - 1;
  const verb = doc.toks[v];
  // "family meeting in March": an "-ing" noun of an occasion names an event the target may be set for, not a note.
  if (verb?.kind !== 'w' || !verb.lc.endsWith('ing') || verb.lc.length < 6 || _OCCASIONS.has(verb.lc)) return false;
  let j = v - 1;
  // "family are travelling over Easter": the same note with its "is" or "are".
  if (_wd(doc, j) === 'is' || _wd(doc, j) === 'are') j -= 1;
  const who = _wd(doc, j);
  if (!otherPerson(who) && who !== 'family') return false;
  j -= 1;
  if (_OWNING_DETERMINERS.has(_wd(doc, j))) j -= 1;
  return (j < 0 || _sentenceEndAt(doc, j) || noteOpenerAt(doc, j)) && !untilThenAfter(doc, pre.start);
}

/**
 * Whether "until then" follows the point at `start` in its sentence ("family travelling over Easter, attend every day until
 * then"): the target is kept up to the note's point, which is its deadline (school-time table: "until X" is X).
 */
function untilThenAfter(doc: _Doc, start: number): boolean {
  return _nearest(doc, start + 1, UNTIL_THEN_ON) >= 0;
}

/** The walk on to "until then" in the sentence ({@link untilThenAfter}). */
const UNTIL_THEN_ON = _walkOn(_sentenceEndAt, (doc, k) => UNTIL_WORDS.has(_wd(doc, k)) && _wd(doc, k + 1) === 'then');

/**
 * Whether a part other than the one holding the point at `start` (opened at `from`) states the child's outcome
 * ({@link outcomeElsewhere}); the part closes at a sentence's end, a row's " | " or "and" ("Dad is away until April and
 * Sam will write to him").
 */
function outcomeOutside(doc: _Doc, from: number, start: number): boolean {
  if (outcomeElsewhere(doc, doc.clause[start] ?? 0)) return true;
  let to = start;
  while (to < doc.w.length && !_sentenceEndAt(doc, to) && _wd(doc, to) !== '|' && _wd(doc, to) !== 'and') to += 1;
  return OUTCOME_CLAUSES.firstAt >= 0 && (OUTCOME_CLAUSES.firstAt < from || OUTCOME_CLAUSES.lastAt > to);
}

/** Words before "then" that take a point named earlier as the child's own ("... will write to him every week until then"). */
const UNTIL_THEN = new Set(['until', 'till', 'til', 'by']);

/**
 * Whether a later part points back to the date at `start` with "until then", "till then" or "by then": the adult's date is
 * then the child's deadline too (the labelling guide, Deadline labels: "until" a point is that point).
 */
function thenAfter(doc: _Doc, start: number): boolean {
  for (let k = start + 1; k < doc.w.length; k++) if (_wd(doc, k) === 'then' && UNTIL_THEN.has(_wd(doc, k - 1))) return true;
  return false;
}

/** Words before a participle that make it a noun's adjective ("the delayed exam", "his missed session"), not the clause's verb. */
const ADJECTIVE_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'its', 'our', 'this', 'that', 'each', 'every', 'any']);
/** Tokens read back from a point for the past verb whose act it dates ("attended the Christmas concert in December"). */
const PAST_ACT_BACK = 8;

/**
 * Whether the point is a month or day with its year alone in brackets, with no "by", "before" or "until", in a year before
 * the meeting's year: "Ella lives with her nan (July 2024).", "Attendance 85% (Dec 2024)": a note of when, as a term with a past year
 * in brackets, "(summer 2024)", is (the labelling guide's school-time rows: a past year in brackets is a note; the row "a
 * month or term alone in brackets closing the text": a state or a figure stated as now dates the background; labels
 * y40-158 "(Oct 24)", y46-041 "(Nov 24)"). "By 3/3/2024" and "Review Dec 2024." keep their points: a deadline before the
 * meeting is still a deadline. A date in the meeting's own year ("(15/01/2025)" at a January 2025 meeting) keeps its point.
 */
function pastYearInBrackets(doc: _Doc, pre: _Prefix, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): boolean {
  if (pre.prep !== null || _wd(doc, pre.start - 1) !== '(' || _wd(doc, end) !== ')') return false;
  const meeting = opts.terms.meeting;
  if (meeting === null || found.approx === null || yearOfDayNumber(found.approx) >= yearOfDayNumber(meeting) || found.deadline?.kind !== 'date') return false;
  const y = doc.toks[end - 1];
  return y?.kind === 'n' && (y.digits[0] === 4 || y.digits[0] === 2);
}

/** Words read on from a point opening its sentence to the past verb it dates ("In December, Ryan's mum missed …"). */
const FRONTED_PAST_REACH = 4;

/**
 * Whether a point over at the meeting opens its sentence and dates the past act after it: "In December Ryan missed 5
 * days; he will …", "During the autumn term, she had 3 exclusions." (the labelling guide's row "in the first 2 weeks of
 * March": a period over at the meeting after "in" or "during" with a verb in the past and no future or modal word before
 * it in its sentence is a record of what happened, a background date, as "missed 5 days in December" is). A subject of at
 * most three words, then the past verb; a future or modal word, "to" or a check or arrangement ("reviewed", "booked")
 * first leaves the point as it is ("In June Ryan will sit his exams").
 */
function frontedPast(doc: _Doc, start: number, end: number): boolean {
  if (start > 0 && !_sentenceEndAt(doc, start - 1)) return false;
  const k = _wd(doc, end) === ',' ? end + 1 : end;
  for (let j = k; j < doc.toks.length && j <= k + FRONTED_PAST_REACH && doc.clause[j] === doc.clause[k]; j++) {
    const x = _wd(doc, j);
    if (_FUTURE.has(x) || x === 'to' || _CHECKED.has(x) || ARRANGED_OR_CONFIRMED.has(x) || doc.toks[j]?.kind !== 'w') return false;
    // A past form after its subject ("In November Ella read 5 books"): the subject's verb, read as past.
    if (j > k && _pastVerb(x)) return true;
  }
  return false;
}

/**
 * Whether a point after "in", "during", "at" or "on" dates an act the child or an adult has done, its verb in the past with its
 * object between ("Tom attended the Christmas concert in December", "did his mock in November"), or names the event a
 * past verb went to ("went to the Christmas fair": its term's end), the point's nearest
 * occurrence over at the meeting: when a thing happened, a background date, as "moved in October" is (the labelling guide,
 * Time-bound (T), "Not deadlines": background dates are what happened). Not after a future or modal word or "to" in the
 * clause ("will sing at the concert in December"), a participle after an article or possessive ("the delayed exam in
 * June"), one still to be done ("to be completed in March"), a check or a thing arranged ("booked in March": when it is),
 * nor a point still to come at the meeting ("sent in February" in January), which {@link pastDone} reads. The "to" of a
 * place after the past verb ("went to the fair in December") is no future "to" ({@link placeTo}), nor is a "to" a past
 * verb governs ("went to school in December", "wanted to go to the fair in December", "used to go", "was going to go":
 * {@link pastTo}); a past verb after its own subject ("the test she took in December") is a clause of its own, past
 * whatever future word comes before it. A year group after "in" ("the topics he missed in Year 10") names the year the
 * act was done in, over whatever its date.
 */
function pastActIn(doc: _Doc, pre: _Prefix, found: NonNullable<Resolved>, meeting: number | null): boolean {
  // "I had 3 before Christmas": "before" a point over at the meeting dates a past act as "in" does.
  const placed = pre.prep === 'in' || pre.prep === 'during' || pre.prep === 'at' || pre.prep === 'on' || pre.prep === 'before' || (pre.prep === 'to' && placeTo(doc, pre.start));
  if (!placed || pre.det === 'next' || pre.det === 'this' || meeting === null || found.approx === null) return false;
  const after = found.approx - meeting;
  // A term named with no year is read as its next occurrence, as a month is: over at the meeting when more than half a year on.
  const yearless = found.yearless === true || (found.deadline?.kind === 'term' && !/\b20\d\d\b/.test(doc.toks.slice(pre.start, found.end + 1).map((t) => t.raw).join(' ')));
  // A year group after "in" names which year the act was done in ("the topics he missed in Year 10"): no year to come.
  const yearGroup = pre.prep === 'in' && found.deadline?.kind === 'academic-year-end' && found.deadline.approximate === true;
  if (!(after <= 0 || (yearless && after > HALF_YEAR) || yearGroup)) return false;
  // "Dylan got a 3 (Foundation) in the Nov mocks": a short note in brackets between the act and its point is read past.
  const from = noteBracketBefore(doc, pre.start);
  const clause = doc.clause[from === pre.start ? from : from - 1];
  let past = false;
  for (let k = from - 1; k >= 0 && k >= from - PAST_ACT_BACK && doc.clause[k] === clause; k--) {
    const x = _wd(doc, k);
    if ((_FUTURE.has(x) || _STRONG_PREPS.has(x)) && !placeTo(doc, k) && !pastTo(doc, k)) return false;
    // "he said he wanted to go to college in September": a wish is about a time still to come when it was told; only a point over at the meeting is the past's.
    if (!past && after > 0 && pastWish(doc, k)) return false;
    // "the test she took in December", "the mock he sat in June": its subject before it, a past clause of its own.
    if (!past && x !== 'read' && _pastVerb(x) && PAST_CLAUSE_SUBJECTS.has(_wd(doc, k - 1))) return !ARRANGED_OR_CONFIRMED.has(x);
    // Only with its object between: a participle straight before the point is note style ("referral made in December");
    // not before "during" after its subject, a period the act went on in ("Nathan struggled during term 2"; not "is toilet
    // trained during the summer term").
    // "her teacher-completed SDQ at the summer PEP": a participle joined to a word before by a hyphen is the noun's adjective.
    if (past || (k === from - 1 && _pastParticiple(x) && !(pre.prep === 'during' && subjectBefore(doc, k))) || x === 'read' || doc.toks[k]?.hyph === true || !(_pastVerb(x) || usedTo(doc, k) || perfectVisit(doc, k)) || ADJECTIVE_LEADS.has(_wd(doc, k - 1))) continue;
    // A check straight before its point is dated by it ("reviewed in March"); with its object between, it is an act done.
    if ((STILL_TO_DO.has(_wd(doc, k - 1)) && !perfectVisit(doc, k)) || (_CHECKED.has(x) && k === pre.start - 1) || ARRANGED_OR_CONFIRMED.has(x)) return false;
    past = true;
  }
  return past || frontedPast(doc, pre.start, found.end);
}

/** Tokens a note in brackets may hold for {@link noteBracketBefore} ("(Foundation)", "(Higher paper)"). */
const NOTE_BRACKET = 4;

/**
 * Where a short note in brackets straight before the point at `start` opens ("got a 3 (Foundation) in the Nov mocks"),
 * words only and no figure or point of its own, else `start`: the act before it is read past the note.
 */
function noteBracketBefore(doc: _Doc, start: number): number {
  if (_wd(doc, start - 1) !== ')') return start;
  for (let k = start - 2; k >= 0 && k >= start - 2 - NOTE_BRACKET; k--) {
    const x = _wd(doc, k);
    if (x === '(') return k < start - 2 ? k : start;
    if (doc.toks[k]?.kind !== 'w' || doc.used[k] !== 0) return start;
  }
  return start;
}

/**
 * Past verbs whose "to" looks ahead from when they were said, planning or asking ("agreed to", "decided to", "was asked
 * to"): the point after them may be the next one, so they do not make a "to" the past's.
 */
const LOOKING_AHEAD: ReadonlySet<string> = new Set(['agreed', 'decided', 'promised', 'intended', 'aimed', 'offered', 'volunteered', 'asked', 'told', 'encouraged', 'invited', 'expected', 'signed', 'chose']);

/**
 * Whether the "to" (or the "going", "aiming" of "was going to", "was aiming to") at k belongs to a verb in the past, so names no time to come: the
 * place of a past act ("went to school", "had been to college"), or the act a past wish, try or habit was about ("wanted
 * to go", "tried to join", "used to go", "was going to go", "was hoping to go"). A point over at the meeting after it dates what happened, a
 * background date (the labelling guide, Time-bound (T), "Not deadlines": background dates are what happened, as "moved
 * in October" is). Not after "has", "have", "be", "will" or "to" ("has wanted to", "to get used to"), nor after a verb
 * that looks ahead from when it was said ({@link LOOKING_AHEAD}: "agreed to", "was asked to").
 */
function pastTo(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  if (x.endsWith('ing')) return pastBe(doc, k - 1);
  if (x !== 'to') return false;
  const v = _wd(doc, k - 1);
  if (v.endsWith('ing')) return pastBe(doc, k - 2);
  // "had been to", and the perfect "has been to the dentist": a visit made by now (the labelling guide, Time-bound (T),
  // the row "has been late 14 times this half term": a perfect before the point in its clause is what has happened).
  if (v === 'been' || v === 'gone') return _wd(doc, k - 2) === 'had' || PERFECT_HAVE.has(_wd(doc, k - 2));
  const before = _wd(doc, k - 2);
  // The place of the act a past "to" names: "was hoping to go to camp", "tried to get to school".
  if (before === 'to' && pastTo(doc, k - 2)) return true;
  return (_pastVerb(v) || usedTo(doc, k - 1)) && !LOOKING_AHEAD.has(v) && !ARRANGED_OR_CONFIRMED.has(v) && !STILL_TO_DO.has(before) && !ADJECTIVE_LEADS.has(before);
}

/** Past verbs of a wish ("wanted to", "hoped to"), and the "-ing" forms after "was" that make one ("was hoping to", "was going to"). */
const PAST_WISHES: ReadonlySet<string> = new Set(['wanted', 'hoped', 'wished']);
const WISHING_FORMS: ReadonlySet<string> = new Set(['going', 'hoping', 'wanting', 'wishing']);

/**
 * Whether the past verb at k tells a wish or a plan ("wanted to go", "hoped to start", "was going to try out"): what the
 * child wished for is a time still to come when it was said, so a point still ahead at the meeting stays the target's
 * (the labelling guide, Time-bound (T): background dates are what happened; a wish has not happened). Not "was going to
 * the club" (a place: what he did).
 */
function pastWish(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  if (PAST_WISHES.has(x)) return _wd(doc, k + 1) === 'to';
  return _PAST_AUXILIARIES.has(x) && WISHING_FORMS.has(_wd(doc, k + 1)) && _wd(doc, k + 2) === 'to' && !ADJECTIVE_LEADS.has(_wd(doc, k + 3)) && !_wd(doc, k + 3).endsWith('ing');
}

/** Forms of "have" that make "been to", "gone to" a perfect: a visit made by now ("has been to the dentist"). */
const PERFECT_HAVE: ReadonlySet<string> = new Set(['has', 'have', "'s", "'ve"]);

/** Whether "been" or "gone" at k, after "has" or "have" and before "to", is a visit made by now ("has been to the dentist"). */
function perfectVisit(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return (x === 'been' || x === 'gone') && _wd(doc, k + 1) === 'to' && PERFECT_HAVE.has(_wd(doc, k - 1));
}

/** Whether the word at j is the "used" of a past habit, "used to" ("used to go to the club"). */
function usedTo(doc: _Doc, j: number): boolean {
  return _wd(doc, j) === 'used' && _wd(doc, j + 1) === 'to';
}

/** Whether the word at j is "was", "were" or "had", or the "been" of "had been": "going" after it is in the past. */
function pastBe(doc: _Doc, j: number): boolean {
  const w = _wd(doc, j);
  return _PAST_AUXILIARIES.has(w) || (w === 'been' && _wd(doc, j - 1) === 'had');
}

/** Subjects straight before a past verb that open a clause of their own ("the test she took", "the visit which they made"). */
const PAST_CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'who', 'which']);

/** Whether the word before k is a verb's subject: a pronoun ({@link PAST_CLAUSE_SUBJECTS}) or a name, capitalised past the text's first word. */
function subjectBefore(doc: _Doc, k: number): boolean {
  const t = doc.toks[k - 1];
  return t !== undefined && t.kind === 'w' && (PAST_CLAUSE_SUBJECTS.has(_wd(doc, k - 1)) || (k - 1 > 0 && _capitalised(t.raw)) || (k - 1 === 0 && _capitalised(t.raw) && !_STOP.has(_wd(doc, 0))));
}

/**
 * Whether the "to" at k is a preposition, the place or person a thing went to ("went to the fair", "took her pass to the
 * office", "spoke to Mrs Hale"): a determiner, possessive or name after it, which the "to" of a verb never has ("agreed
 * to attend the fair", "to be sent"). A bare noun after it ("went to college") is not told from a verb, and stays a stop.
 */
function placeTo(doc: _Doc, k: number): boolean {
  if (_wd(doc, k) !== 'to') return false;
  const next = doc.toks[k + 1];
  return ADJECTIVE_LEADS.has(_wd(doc, k + 1)) || (next?.kind === 'w' && _capitalised(next.raw) && next.raw !== 'I');
}

/**
 * Whether a period after "in" or "during", over at the meeting, stands in a clause whose verb before it is in the past
 * with no future or modal word before that ("Ben missed 5 days in December; he will ...", "lost 3 days in the first two
 * weeks of November" at a January meeting): a record of what happened, a background date (the labelling guide, Deadline
 * labels, "Not deadlines ... background dates"; Time-bound (T): T is a point by which the target is achieved). A period
 * still to come ("improved in June" at a January meeting) and a participle still to be done ("to be assessed in
 * December", "will have missed") keep the point, and so does a note with no other part stating the target ("Early Help
 * referral made in December": note style, the act's point).
 */
function pastRecord(doc: _Doc, pre: _Prefix, end: number, found: NonNullable<Resolved>, opts: _ScanOptions): boolean {
  if ((pre.prep !== 'in' && pre.prep !== 'during') || opts.terms.meeting === null) return false;
  if (pointAgainstMeeting(doc, pre.start, end, found, opts) !== -1) return false;
  const clause = doc.clause[pre.start];
  for (let k = pre.start - 1; k >= 0 && doc.clause[k] === clause; k--) {
    const x = _wd(doc, k);
    if (_FUTURE.has(x)) return false;
    if (_pastParticiple(x) && !STILL_TO_DO.has(_wd(doc, k - 1))) return !futureBefore(doc, k) && outcomeElsewhere(doc, clause ?? 0);
  }
  return false;
}

/**
 * Whether a future or modal word, or the "to" of a target, stands before k in its sentence ("will have missed", "Ellis will
 * take ... and have his test booked in May", "Jack to have ... and his training done in June"): the past participle is then
 * a thing still to be done.
 */
function futureBefore(doc: _Doc, k: number): boolean {
  return _nearest(doc, k - 1, FUTURE_BACK) >= 0;
}

/** The walk back to a future or modal word in the sentence ({@link futureBefore}). */
const FUTURE_BACK = _walkBack(_sentenceEndAt, (doc, j) => _FUTURE.has(_wd(doc, j)));

/**
 * Whether a part of the text outside the given clause states what the child will do ("EHCP issued 28th February; to use
 * his visual timetable every morning": the roles reading, {@link _outcomeParts}, with no provision marks): then a past
 * verb's day, even after the meeting, is when a thing happened, a background date, and the target's point is its own
 * (the labelling guide, Time-bound (T): T needs "a point by which the target is achieved"; "Not deadlines": background
 * dates). Where nothing else states an outcome the note is the task itself ("UCAS application sent 28th February.").
 * Read only for a past verb's day after the meeting, so rarely.
 */
function outcomeElsewhere(doc: _Doc, clause: number): boolean {
  // Read once per text (a text of many such days stays linear): the first and last clause holding an outcome's word.
  if (OUTCOME_CLAUSES.doc !== doc) {
    const roles = _outcomeParts(doc, _marks(doc.toks.length));
    let first = -1;
    let last = -1;
    let firstAt = -1;
    let lastAt = -1;
    for (let k = 0; roles.any && k < doc.toks.length; k++) {
      if (roles.marks[k] !== 1 || doc.toks[k]?.kind === 'p') continue;
      if (first < 0) [first, firstAt] = [doc.clause[k] ?? 0, k];
      [last, lastAt] = [doc.clause[k] ?? 0, k];
    }
    OUTCOME_CLAUSES.doc = doc;
    OUTCOME_CLAUSES.first = first;
    OUTCOME_CLAUSES.last = last;
    OUTCOME_CLAUSES.firstAt = firstAt;
    OUTCOME_CLAUSES.lastAt = lastAt;
  }
  return OUTCOME_CLAUSES.first >= 0 && (OUTCOME_CLAUSES.first !== clause || OUTCOME_CLAUSES.last !== clause);
}

/** The text {@link outcomeElsewhere} last read, and the first and last clause of its outcome's words (-1: none). */
const OUTCOME_CLAUSES: { doc: _Doc | null; first: number; last: number; firstAt: number; lastAt: number } = { doc: null, first: -1, last: -1, firstAt: -1, lastAt: -1 };

/**
 * Whether a figure earlier in the point's clause is stated as now ("SDQ score 18 in September", "Spelling age is 7 years 2
 * months in September"): the measure scan's stated-now reading, shared, so the point is when the figure was taken (the
 * labelling guide, Time-bound (T): baselines are not deadlines).
 */
function statedBefore(doc: _Doc, start: number, end: number, when: number, approx: number | null): boolean {
  // "reading age 7y 6m when retested in March": the figure is what the check named with the month is to show, not now
  // (school-time table: "when reassessed in March" is the month; label y20-220).
  if (checkBefore(doc, start, when)) return false;
  // "spelling age 7y 0m at the summer term retest", "at the spring reassessment": the point names a re-check, one still to
  // come unless it is over at the meeting (the same row: with no meeting date, or in the meeting's own term, a re-check is
  // to come; one over at the meeting, "the summer 2024 retest" in January 2025, dates the baseline).
  if (when !== -1 && !markAfter(doc, start) && _recheckAt(doc, end) && !earlierYear(doc, start, end, approx)) return false;
  // Figures within STATED_BACK tokens before the point, in its clause: a long text stays linear.
  for (let k = start - 1; k >= 0 && k >= start - STATED_BACK && doc.clause[k] === doc.clause[start]; k--) if (doc.toks[k]?.kind === 'n' && _statedNow(doc, k) && !markedFigure(doc, k)) return true;
  return false;
}

/** Tokens read back from a figure for the target's mark that labels it ("Target: reading age 10y 6m"). */
const MARK_BACK = 4;

/**
 * Whether a target's mark stands just before the figure at k, in its sentence ("Target: reading age 10y 6m on the NGRT in
 * June", "Aim - SDQ 14 in July"): the figure is the one to reach, not the one stated now, and the point after it is the
 * target's (the labelling guide's baseline-and-target row: a point written after the target's mark is the target's).
 */
function markedFigure(doc: _Doc, k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - MARK_BACK && !_sentenceEndAt(doc, m); m--) if (_targetMarkAt(doc, m)) return true;
  return false;
}

/**
 * Whether a check still to come stands just before the point, after "when" or "once" ("when retested in March", "once
 * reassessed in June", "when she is next assessed in May", "when tested in June" at a January meeting): {@link checkToCome}.
 * Not a check already done ("when tested in November", "when completed by carer in October", "when she was assessed"),
 * which dates the figure taken then, a baseline; nor one a target's mark follows ("...; target 7y in the summer term"), the
 * baseline-and-target row (the labelling guide, Time-bound (T): baselines are not deadlines; school-time table: "when
 * reassessed in March" is the month).
 * @param when - Where the point falls against the meeting ({@link pointAgainstMeeting}).
 */
function checkBefore(doc: _Doc, start: number, when: number): boolean {
  /** Words read back from the point for the check and its "when": "when she is next re-screened in". */
  const CHECK_BACK = 6;
  let check = -1;
  for (let k = start - 1; k >= 0 && k >= start - CHECK_BACK && doc.clause[k] === doc.clause[start]; k--) {
    const x = _wd(doc, k);
    if (_CHECKED.has(x)) check = k;
    else if (x === 'when' || x === 'once') return check >= 0 && checkToCome(doc, k, check, when) && !markAfter(doc, start);
  }
  return false;
}

/** Tokens read past a re-check's noun for the year it was held in ("the summer term retest in 2024"). */
const YEAR_AFTER = 4;

/**
 * Whether a year written in the point or just after its re-check ("the summer 2024 retest", "the summer term retest in
 * 2024") is earlier than the year of the point's next occurrence (`approx`, read on from the meeting): that re-check is an
 * earlier one, over at the meeting, and dates the baseline (school-time table, "reading age 7y 6m when retested in March":
 * a check over at the meeting dates the baseline; review32a). "2024/25", a school year, is not read.
 */
function earlierYear(doc: _Doc, start: number, end: number, approx: number | null): boolean {
  if (approx === null) return false;
  for (let k = start; k < doc.toks.length && k <= end + YEAR_AFTER && doc.clause[k] === doc.clause[start]; k++) {
    const t = doc.toks[k];
    if (t?.kind === 'n' && t.digits.length === 1 && t.digits[0] === 4 && !doc.toks[k + 1]?.hyph) return t.num < isoParts(fromDayNumber(approx)).year;
  }
  return false;
}

/** Words between "when" and a check that make it one still to come ("when she is assessed", "when next tested"). */
const CHECK_TO_COME = new Set(['is', 'are', 'will', 'be', 'next', 'gets', 'get']);

/**
 * Whether the check at `c`, after "when" or "once" at `w`, is still to come. With a meeting date its point decides,
 * whatever the verb's form: a point after the meeting ("when tested in June", "when assessed in the summer term" at a
 * January meeting) is a check still to come, one on or before it ("when tested in November") a check done, the baseline
 * (school-time table: "when reassessed in March" is the month; the labelling guide, Time-bound (T): baselines are not
 * deadlines; a month or term with no year is read in the meeting's school year, {@link pointAgainstMeeting}). Without
 * one the words decide: a re-check, {@link CHECK_TO_COME}, or "again".
 */
function checkToCome(doc: _Doc, w: number, c: number, when: number): boolean {
  if (when !== 0) return when > 0;
  const x = _wd(doc, c);
  if (x.startsWith('re') || _wd(doc, c - 1) === 're' || _wd(doc, c + 1) === 'again' || x === 'sits' || x === 'sit') return true;
  for (let k = w + 1; k < c; k++) if (CHECK_TO_COME.has(_wd(doc, k))) return true;
  return false;
}

/** Tokens read on from a check's point for a target's mark after it ("...; target below 17 at the next PEP"). */
const MARK_AFTER = 24;

/** Whether a target's mark follows the point starting at `start` ({@link MARK_AFTER} tokens on): the point is then the baseline's. */
function markAfter(doc: _Doc, start: number): boolean {
  for (let k = start + 1; k < doc.w.length && k <= start + MARK_AFTER; k++) if (_targetMarkAt(doc, k)) return true;
  return false;
}

/** How far back from a point its clause is read for a figure stated as now. */
const STATED_BACK = 16;

/**
 * A baseline and a target each with its point ("score 82 in September, target 90 in June"): the point written after the
 * target's mark ("target" before its figure or a colon, "aiming for", "Expected outcome:": `_targetMarkLength`) is the target's; a point before the mark that no
 * "by", "before" or "until" introduces is the baseline's, a background date (the labelling guide: baselines are not
 * deadlines).
 */
function baselineBeforeTarget(doc: _Doc, cands: _Cand[]): _Cand[] {
  const last = cands[cands.length - 1] as _Cand;
  if (last.background) return cands;
  let mark = -1;
  // The mark in the last point's sentence ("Expected outcome: Callum to move from grade 2 to grade 3 by the end of KS3").
  for (let k = last.start - 1; k >= 0 && k >= last.start - 24 && !_sentenceEndAt(doc, k); k--) {
    if (_targetMarkAt(doc, k)) {
      mark = k;
      break;
    }
  }
  if (mark < 0) return cands;
  return cands.map((c) => (c.end <= mark && !c.strong && !c.background ? { ...c, background: true } : c));
}

/** How far before a point its sentence is read for the baseline's figure (a baseline is written close to its point). */
const BASELINE_REACH = 16;

/**
 * A baseline with its point, then the target's mark ("Attendance 73% autumn term. Target 85%"): the point before the mark
 * dates the baseline's figure, a background date, also when the target gives no point of its own (the labelling guide's
 * baseline-and-target row: a point before the mark with no "by", "before" or "until" dates the baseline). Only with a
 * figure before the mark ("Spring term target: 85%" names the target's term) and the mark at most eight words on.
 */
function baselineThenMark(doc: _Doc, cands: _Cand[]): _Cand[] {
  const out: _Cand[] = [];
  for (const c of cands) out.push(baselineMarked(doc, c));
  return out;
}

/** The candidate c as {@link baselineThenMark} reads it: background when a baseline's figure before a target's mark is its own. */
function baselineMarked(doc: _Doc, c: _Cand): _Cand {
  if (c.background || c.strong || eventDueBy(doc, c.start)) return c;
  let mark = c.end;
  let stop = c.end;
  while (mark < c.end + 8 && !_targetMarkAt(doc, mark)) {
    if (stop === mark && !_sentenceEndAt(doc, mark)) stop += 1;
    mark += 1;
  }
  // A figure before the mark in the point's sentence, outside the point ("Attendance 73% autumn term."); one after a
  // later sentence's start is that sentence's ("resit Nov 2025. Currently grade 2. Aim 4": the resit's month, no baseline).
  for (let k = mark - 1; mark < c.end + 8 && k >= 0 && k >= c.start - BASELINE_REACH && !(k < c.start && _sentenceEndAt(doc, k)); k--) {
    // A sum of money ("PP+ £300 for 10 weeks of Forest School. Outcome: ...") is what is paid, no baseline's figure.
    if ((k < c.start || (k >= c.end && k < stop)) && doc.toks[k]?.kind === 'n' && _wd(doc, k - 1) !== '£') return { ...c, background: true };
  }
  return c;
}

/** Words read back from a point's "in" or "on" over the event it dates to the cue before the event ("before his Year 11 mocks in March"). */
const EVENT_CUE_REACH = 6;

/**
 * Whether the point at `start`, after "in" or "on", dates an event that "by", "before" or "until" governs: "before his
 * mocks in March", "by the careers fair on 13th March", "until her exams in June". The cue introduces the point, so it is
 * not a baseline's date (the labelling guide's baseline-and-target row: only a point "no 'by', 'before' or 'until'
 * introduces" dates the baseline; the row "an event the target is due by, dated by a month": the month dates the event).
 */
function eventDueBy(doc: _Doc, start: number): boolean {
  // The point starts at its preposition ("in March") or, read without it, just after it.
  const at = _wd(doc, start) === 'in' || _wd(doc, start) === 'on' ? start : start - 1;
  if (_wd(doc, at) !== 'in' && _wd(doc, at) !== 'on') return false;
  for (let k = at - 1; k >= 0 && k >= at - EVENT_CUE_REACH; k--) {
    const t = doc.toks[k];
    if (t === undefined || doc.clause[k] !== doc.clause[at] || (t.kind === 'p' && _wd(doc, k) !== "'")) return false;
    const x = _wd(doc, k);
    // The cue with an event between: "before his mocks in March" (not "by in March"), in a sentence that is not a
    // record of the past ("Until the move in October, attendance was 60%": the baseline's span, background).
    if (_STRONG_PREPS.has(x)) return k < at - 1 && !pastSentence(doc, k);
    if ((_CLAUSE_BREAKS.has(x) || _FUTURE.has(x)) && !placeOfEvent(doc, k)) return false;
  }
  return false;
}

/** Subjects after which "read" is the past. */
const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she']);
/** Whether "to" or "from" at k leads the event's place ("the trip to France", "the visit from the theatre group"), not an act ("to go"). */
function placeOfEvent(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  if (x !== 'to' && x !== 'from') return false;
  const y = _wd(doc, k + 1);
  return y === 'the' || _capitalised(doc.toks[k + 1]?.raw ?? '');
}

/** Words before an "-ed" form that make it no past verb: a passive or perfect to come, an infinitive, or an adjective after a determiner. */
const NOT_PAST_BEFORE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'have', 'has', 'to', 'the', 'a', 'an', ..._OWNING_DETERMINERS]);

/**
 * Whether the sentence holding k, up to a target's mark, is a record of what happened: "was", "were", "had" or an
 * irregular past ("Before the exclusion in November he read 4 books a week", "Up until the move he attended 60%"). The
 * labelling guide's baseline-and-target row: a past figure is the baseline, and a move that is only a fact stays background.
 */
function pastSentence(doc: _Doc, k: number): boolean {
  // Where the stretch starts: the sentence's start, or a target's mark at or before k.
  const a = _nearest(doc, k, PAST_STRETCH_START);
  if (a >= doc.w.length || _sentenceEndAt(doc, a)) return false;
  return pastWordAt(doc, a) || _nearest(doc, a + 1, PAST_WORD_ON) >= 0;
}

/** Whether token j is a past verb as {@link pastSentence} reads one. */
function pastWordAt(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  // "read" is past only after "he" or "she" (the present is "reads").
  if (x === 'read' ? THIRD_PERSON.has(_wd(doc, j - 1)) : _IRREGULAR_PAST.has(x) && !_FUTURE.has(_wd(doc, j - 1))) return true;
  return _pastParticiple(x) && !_IRREGULAR_PAST.has(x) && x.endsWith('ed') && !NOT_PAST_BEFORE.has(_wd(doc, j - 1)) && !_FUTURE.has(_wd(doc, j - 1));
}

/** The walk back to where {@link pastSentence}'s stretch starts: the text's start, just after a sentence's end, or a target's mark. */
const PAST_STRETCH_START = _walkBack(_NEVER, (doc, j) => j === 0 || _sentenceEndAt(doc, j - 1) || _targetMarkAt(doc, j));
/** The walk on to a past verb ({@link pastWordAt}), up to a sentence's end or a target's mark. */
const PAST_WORD_ON = _walkOn((doc, j) => _sentenceEndAt(doc, j) || _targetMarkAt(doc, j), pastWordAt);

/** Tokens read each way from a point for the brackets around it (a bracketed note is short). */
const NOTE_REACH = 20;

/**
 * The bracket [open, close] a point at [a, b) stands inside, or null: a "(" before it and a ")" after it in its sentence,
 * no ")" or "(" between.
 */
function bracketAround(doc: _Doc, a: number, b: number): [number, number] | null {
  let open = -1;
  for (let k = a - 1; k >= 0 && k >= a - NOTE_REACH; k--) {
    const x = _wd(doc, k);
    if (x === ')' || x === '.' || x === '\n') return null;
    if (x === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  for (let k = b; k < doc.toks.length && k < b + NOTE_REACH; k++) {
    const x = _wd(doc, k);
    if (x === '(' || x === '.' || x === '\n') return null;
    if (x === ')') return [open, k];
  }
  return null;
}

/**
 * Whether a point named with no year ("Nov", "in December", "the autumn term") is over at the meeting: its next
 * occurrence falls in a later school year (September to August) than the meeting's, as {@link pointAgainstMeeting} reads
 * a month or term with no year; "next" or a year written makes it the one to come.
 */
function overAtMeeting(doc: _Doc, c: _Cand, meeting: number): boolean {
  if (c.approx === null || c.approx <= meeting || !laterSchoolYear(c.approx, meeting)) return false;
  for (let k = c.start; k < c.end; k++) {
    const t = doc.toks[k];
    if ((t?.kind === 'n' && t.digits[0] === 4) || _wd(doc, k) === 'next') return false;
  }
  return true;
}

/** Words in a bracket that make it a point still to come, not a note of what was ("(final version due by October)", "(next attempt in November)"). */
const AHEAD_WORDS = new Set(['by', 'due', 'next']);

/** Words of a review that date it when straight before its point ("(next review in September)", "(to be reviewed in October)"). */
const REVIEW_WORDS = new Set(['review', 'reviewed', 'reviewing']);

/**
 * Whether the bracket [open, close] looks ahead, so is not a background note: "by", "due" or "next" in it, a future or
 * modal verb ("(will use it in her November mocks)"), a target's mark ("(target: grade 5 in the November resit)"), or a
 * review straight before the point at `start` ("(to be reviewed in October)"). Not "(Nov review: 4/12)", a review that
 * was (the labelling guide, Time-bound (T): a point still to come is a deadline; background dates are not).
 */
function bracketLooksAhead(doc: _Doc, br: readonly [number, number], start: number): boolean {
  if (REVIEW_WORDS.has(_wd(doc, start - 1))) return true;
  for (let k = br[0] + 1; k < br[1]; k++) {
    const x = _wd(doc, k);
    if (AHEAD_WORDS.has(x) || (_FUTURE.has(x) && x !== 'to') || _targetMarkAt(doc, k)) return true;
  }
  return false;
}

/**
 * A note in brackets dated by a point over at the meeting ("(currently a 3, 62% on the November paper)", "(not met: 3
 * out of 5 days in Nov)", "(released in December)", "(Dec test: 38%)", "78% (Sep-Dec)" at a January meeting), when the
 * target names its own point outside the brackets, one to come in the meeting's school year ("in the June resit", "by
 * the end of March"): the bracket says what was or what happened, a background date (the labelling guide, Time-bound (T):
 * background dates and baselines are not deadlines; a month or term with no year is read in the meeting's school year).
 */
function noteOverInBrackets(doc: _Doc, cands: _Cand[], opts: _ScanOptions): _Cand[] {
  const meeting = opts.terms.meeting;
  if (meeting === null || opts.cell) return cands;
  let out = cands;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    if (cand.background || !overAtMeeting(doc, cand, meeting)) continue;
    const br = bracketAround(doc, cand.start, cand.end);
    if (br === null || bracketLooksAhead(doc, br, cand.start)) continue;
    const own = cands.some((d) => !d.background && !d.yields && (d.end <= br[0] || d.start > br[1]) && d.approx !== null && d.approx > meeting && !laterSchoolYear(d.approx, meeting));
    if (!own) continue;
    if (out === cands) out = cands.slice();
    out[c] = { ...cand, background: true };
  }
  return out;
}

/** Words a week's name may run on after the point it holds, before its bracketed week ("in the spring maths assessment week (w/c 17/3)"). */
const WEEK_NAME_TAIL = 3;

/**
 * Whether tokens [a, b) name a week ("the Spring assessment week", "mocks week"): only then does a week commencing in
 * brackets after them say which week. After any other point ("by the end of term (w/c 7/4)", "until the Easter holidays
 * (w/c 7/4)") the bracket is the week the point falls in, and the point stays, as a month in brackets after a term
 * restates when it ends (the labelling guide, Deadline labels).
 */
function namesWeek(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (_wd(doc, k) === 'week') return true;
  return false;
}

/**
 * A week commencing alone in brackets after the point it dates ("in the Spring assessment week (w/c 17/3)", "in mocks
 * week (w/c 10/3)"): the bracket says which week that is, so the point before it gives way to the day written (the
 * labelling guide, Deadline labels: "w/c 3rd March" is the day written; as a review's month in brackets says when the
 * review is, "by the next PEP (June)").
 */
function weekInBrackets(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (const w of cands) {
    if (w.background || w.deadline?.kind !== 'date' || _wd(doc, w.start - 1) !== '(' || _wd(doc, w.end) !== ')') continue;
    let wc = false;
    for (let k = w.start; k < w.end; k++) if (_isWeekCommencing(doc, k)) wc = true;
    if (!wc) continue;
    const open = w.start - 1;
    for (let c = 0; c < cands.length; c++) {
      const cand = cands[c] as _Cand;
      if (cand === w || cand.background || cand.end > open || cand.end < open - WEEK_NAME_TAIL || !namesWeek(doc, cand.start, open)) continue;
      if (out === cands) out = cands.slice();
      out[c] = { ...cand, background: true };
    }
  }
  return out;
}


/** Words read after "step" for the colon that labels it ("Step:", "Step 1:", "Step for this term:"). */
const STEP_LABEL_REACH = 8;

/** Marks that end a labelled step (not ";" or "!": "Step 1: write 3 sentences with her TA; by Easter."). */
const STEP_ENDS: ReadonlySet<string> = new Set(['.', '?', '\n']);

/** Marks that open a line or clause, where a numbered step may stand ("... phrases. 1. Leo will ..."). */
const ITEM_BEFORE: ReadonlySet<string> = new Set(['.', ';', '\n']);
/** Highest number read as a step of a numbered list. */
const MAX_ITEM = 9;

/**
 * Whether k is the number of a numbered step: a plain 1-9 at the start of a line or clause (after a full stop, ";" or a
 * line's end) and before "." or ")" and a word ("... by the end of Reception. 1. Leo will ..."): a list of steps under the
 * outcome (label y37-120). After a colon only the first of a list whose second follows ("Steps: 1) ... 2) ..."): a figure
 * after a label's colon is its value ("Current level: 3.", "Reading age: 7."). Not "Year 6. 2 of them ..." (no mark after
 * the number) nor "3.5".
 */
function numberedStepAt(doc: _Doc, k: number): boolean {
  if (!itemNumber(doc, k, 1, MAX_ITEM)) return false;
  const after = _wd(doc, k + 1);
  if (k === 0 || (after !== '.' && after !== ')') || doc.toks[k + 2]?.kind !== 'w') return false;
  if (ITEM_BEFORE.has(_wd(doc, k - 1))) return true;
  if (_wd(doc, k - 1) !== ':' || doc.toks[k]?.num !== 1) return false;
  for (let j = k + 2; j < doc.toks.length - 1; j++) if (itemNumber(doc, j, 2, 2) && _wd(doc, j + 1) === after) return true;
  return false;
}

/** Whether a plain whole number from lo to hi stands at k ("2", not "£2", "2nd" or "2.5"). */
function itemNumber(doc: _Doc, k: number, lo: number, hi: number): boolean {
  const n = _plainNumberAt(doc, k);
  return n !== null && n >= lo && n <= hi;
}

/**
 * Where a step towards a longer outcome is labelled ("Small step:", "Short-term step:", "Step 1:", "Short-term target:",
 * or a numbered step, "1."), or -1: the colon's token (the number's mark).
 */
function stepLabelAt(doc: _Doc, k: number): number {
  // "Short-term target:": the SEND Code of Practice's shorter step under an outcome, named as the school's target.
  // "Short-term targets:", "short term target -": the plural, and a dash for the colon, label the same.
  // "Short-term target for this term:", "Steps this term:": a label's few words before its colon, as "Step 1:" has.
  if (_wd(doc, k) === 'target' || _wd(doc, k) === 'targets') {
    if (_wd(doc, k - 1) !== 'term' || _wd(doc, k - 2) !== 'short') return -1;
    if (_wd(doc, k + 1) === '-') return k + 1;
  } else if (numberedStepAt(doc, k)) return k + 1;
  else if (_wd(doc, k) !== 'step' && _wd(doc, k) !== 'steps') return -1;
  for (let j = k + 1; j <= k + STEP_LABEL_REACH && j < doc.toks.length; j++) {
    const x = _wd(doc, j);
    if (x === ':') return j;
    if (x === '.' || x === ',' || x === ';' || x === '\n') return -1;
  }
  return -1;
}

/**
 * An outcome dated by school time (a key stage, year group, phase or leaving point: approximate) with a labelled step
 * after it that has its own point ("EHCP outcome: By the end of KS2, Dylan will ... Step for this term: ... by 31 March
 * 2025"): the step is this plan's target, the outcome the longer one it leads to, so the school-time point gives way to
 * the step's (SEND Code of Practice: 0 to 25 years (2015), paragraphs 9.64-9.69, outcomes in EHC plans: the plan's outcomes
 * are met through shorter steps and targets the school sets; labelling guide, Time-bound (T), school-time rules, the row for an outcome with a step).
 * The outcome may be dated in brackets or in a later school year ({@link outcomePoint}: "By the end of Key Stage 2 (July
 * 2027)", "By July 2026"), the label may be plural or have a few words before its colon ("Steps:", "Steps this term:",
 * "Short-term target for this term:"), and a point with its own "by" in the label is the step's ("Interim step by July
 * 2025:"; labels y61-036, y61-038, y61-040, y64-215, y65-181, y65-194).
 */
function stepAfterOutcome(doc: _Doc, cands: _Cand[], meeting: number | null): _Cand[] {
  let step = -1;
  let colon = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as _Cand;
    if (c.background || !outcomePoint(doc, cands, i, meeting)) continue;
    for (let k = c.end; k < doc.toks.length && step < 0; k++) {
      colon = stepLabelAt(doc, k);
      if (colon >= 0) step = k;
    }
    break;
  }
  if (step < 0) return cands;
  // The step's own point stands in the step's sentence: a later sentence ("Step 1: read ... with her carer. Review at the
  // next PEP.") is not the step's point, and with no point in the step the school-time point stays (the guide's row). The
  // step runs to its full stop or line's end: its point after ";" or "!" is still its own ("... with her TA; by Easter.").
  let stop = colon + 1;
  while (stop < doc.toks.length && !STEP_ENDS.has(_wd(doc, stop))) stop++;
  if (pastStep(doc, step, colon, stop)) return cands;
  // A point in the label with its own "by" ("Interim step by July 2025:") is the step's own point.
  const byInLabel = (c: _Cand): boolean => c.start > step && c.start < colon && _STRONG_PREPS.has(_wd(doc, c.start));
  if (!cands.some((c) => !c.background && ((c.start > colon && c.start < stop) || byInLabel(c)))) return cands;
  // The outcome's point, and a period in the label ("Step for this term:"), give way to the step's own point.
  const gives = (c: _Cand, i: number): boolean => (c.start > step && c.start < colon && !byInLabel(c)) || (c.start < step && outcomePoint(doc, cands, i, meeting));
  return cands.map((c, i) => (!c.background && gives(c, i) ? { ...c, yields: true } : c));
}

/**
 * Whether the labelled step from `step` (its label's colon at `colon`, its end at `stop`) tells what has been done, not a
 * step to come: its label says so ("Steps taken so far:", "Steps already taken:"), or it opens with a verb in the past, alone
 * or after its subject ("Steps: wrote 5 sentences by Christmas", "Steps: she read 3 books by Christmas"). Background, so
 * the outcome's point stays (labelling guide, Time-bound (T): what has happened so far is no deadline).
 */
function pastStep(doc: _Doc, step: number, colon: number, stop: number): boolean {
  for (let j = step + 1; j < stop && j <= colon + STEP_LABEL_REACH; j++) {
    const x = _wd(doc, j);
    if (x === 'already' || (x === 'far' && _wd(doc, j - 1) === 'so')) return true;
    if (j > colon && (x === 'read' ? PAST_CLAUSE_SUBJECTS.has(_wd(doc, j - 1)) : _pastVerb(x) && (j === colon + 1 || subjectBefore(doc, j)))) return true;
  }
  return false;
}

/**
 * Whether candidate i is the point of a longer outcome a labelled step may follow: a point of school time (a key stage,
 * year group, phase or leaving point, approximate), the month in brackets that restates one ("By the end of Key Stage 2
 * (July 2027)", "By end of Y6 (July 2025)"), or a "by" date in a later school year than the meeting's, the first point of
 * the text ("By July 2026 Jayden will travel independently"): each names when the plan's outcome is met, not this
 * plan's step (labelling guide, Time-bound (T), the row for an outcome with a labelled step).
 */
function outcomePoint(doc: _Doc, cands: readonly _Cand[], i: number, meeting: number | null): boolean {
  const c = cands[i];
  if (c === undefined) return false;
  if (schoolTimePoint(c)) return true;
  if (c.deadline?.kind !== 'date' || c.approx === null) return false;
  const before = cands[i - 1];
  if (before !== undefined && schoolTimePoint(before) && _wd(doc, c.start - 1) === '(' && c.start - 1 === before.end) return true;
  if (i > 0 || !c.strong || meeting === null) return false;
  return laterSchoolYear(c.approx, meeting);
}

/** Whether a candidate is a point of school time inferred from a year group, key stage or phase (`academic-year-end~`). */
function schoolTimePoint(c: _Cand): boolean {
  return c.deadline?.kind === 'academic-year-end' && c.deadline.approximate === true;
}

/**
 * An outcome dated by school time with "by" ("By the end of Year 13, Lily will ...") and a later point of its own with "by",
 * "before" or "until" in a side clause of its sentence ("..., with her draft handed in by February half term", "; this
 * term he will reach 70 wpm by the summer half term"): the later point is this plan's step towards the outcome and the deadline, as a labelled step's is
 * ({@link stepAfterOutcome}; labelling guide, Time-bound (T), the row "Short-term target: ... after an outcome dated by
 * school time"; labels y14-075, y14-122, y34-211).
 */
function byStepAfterOutcome(doc: _Doc, cands: _Cand[]): _Cand[] {
  const c = cands.findIndex((x) => !x.background && !x.yields && x.strong && schoolTimePoint(x));
  if (c < 0) return cands;
  // "..., after practising the route with her carer until Easter": what comes first, not a step (the row "from the start of
  // Year 7 after practising the route over the summer holidays").
  // Only in the outcome's own sentence: a later sentence with no step label ("... by the end of Year 6. 2 of them will be
  // non-fiction by Easter.") is not its step, and the school-time point stays (the row for an outcome with a step).
  const from = (cands[c] as _Cand).end;
  // A strong point of its own, not inferred from school time nor the next review, and not what comes first ("after ...ing").
  const pointOfItsOwn = (x: _Cand): boolean => !x.background && !x.yields && x.strong && x.approx !== null && !schoolTimePoint(x) && x.deadline?.kind !== 'next-review';
  const stepAt = ownStepReader(doc, from);
  const step = cands.some((x, k) => k > c && pointOfItsOwn(x) && !_afterDoing(doc, x.start) && stepAt(x.start));
  if (!step) return cands;
  const out = cands.slice();
  out[c] = { ...(cands[c] as _Cand), yields: true };
  return out;
}

/**
 * Whether a point starting at `a` stands in a side clause of the sentence of an outcome ending at `from` that is the child's
 * own step: after ";" or ", with" ("; this term he will ...", ", with her draft handed in by ..."), not a second aim joined
 * to the outcome ("Omar will write a paragraph and 3 sentences by Easter" keeps the outcome's point). Not another person's
 * act after ";" ("; her mum will buy a laptop by March", "; school will buy new books by Easter": an adult's act is not the
 * plan's step, the labelling guide, Specific rule 4), nor help given "until" a point after ", with" ("with 1:1 tuition until
 * February half term": provision running in the background, as the guide's Eid/Ramadan row reads "until" there).
 * Read by {@link ownStepReader}: one reader per outcome, asked for each later point; it reads on from the last point asked,
 * so the points of one long sentence are read in one pass.
 */
function ownStepReader(doc: _Doc, from: number): (a: number) => boolean {
  let side: 'semi' | 'with' | null = null;
  // Tokens [from, k) are read; `ended` when one of them ends the sentence (every later point is then past it too).
  let k = from;
  let ended = false;
  return (a) => {
    // Points asked in order of their starts (as the candidates are) are read on from the last; else from `from` again.
    if (a < k) {
      k = from;
      side = null;
      ended = false;
    }
    const k0 = k;
    for (; k < a && !ended; k++) {
      const semi = _wd(doc, k) === ';';
      if (!semi && _sentenceEndAt(doc, k)) ended = true;
      else if (semi) side = otherPerson(_wd(doc, _OWNING_DETERMINERS.has(_wd(doc, k + 1)) ? k + 2 : k + 1)) ? null : 'semi';
      else if (_wd(doc, k) === ',' && _wd(doc, k + 1) === 'with') side ??= 'with';
    }
    doc.ops.n += k - k0 + 1;
    return !ended && (side === 'semi' || (side === 'with' && !UNTIL_WORDS.has(_wd(doc, a))));
  };
}

/**
 * After a point introduced by "by", "before" or "until", a later point no such word introduces is not the target's when
 * it stands in a purpose clause ("by the end of March to help him decide what he wants to do in September": what the
 * target is for) or after a verb of starting ("pass Entry 3 by July and move to the Level 1 programme in September": a
 * start point, as "from September" is). Either way the labelling guide's "not deadlines": a background date.
 *
 * The same reading reaches three more forms (labelling guide, Time-bound, the row "after a point with 'by', 'before' or
 * 'until' ...": "a start point is not a deadline ...; a purpose says what the target is for"):
 * - a purpose clause after a "by" point of the target's own, or one whose verb is a next step's start with its next place
 *   after any point of the target's own ("sit the exam in March, so he can start college in September": the target's point
 *   is March). With no "by" point before it, a purpose clause that states the child's outcome or an act of the target
 *   still dates it ("attend 3 mornings a week in January so that by Easter he is in full days" -> Easter: the row's "with no
 *   'by' point a purpose clause still dates the target");
 * - a point with its own "by" or "due" inside such a purpose clause ("agree the plan by 31 January, so that he is back full
 *   time by the end of February"; "by 31 January so she can go on the residential (deposit due 28 February)"): what the
 *   target leads to, not its point; and a "due" or "deadline" date alone in brackets after the target's own "by" date
 *   ({@link dueNote}: "by 7 February (application due 14 March)");
 * - a next step's start (its verb and its next place, {@link nextStepVerb}; "start full time" is a return, the target's
 *   goal: the row "back ... after half term") written before the target's own "by" point ("start an apprenticeship in September - pass the test
 *   by the end of April", "go on to Level 2 in September - units signed off by June", "enrol on the course in September").
 * With no "by" point, a next step after "then" or "and" stays the final point (the row "pass ESOL E3 reading then move
 * onto level 1 in september": label y13-187), and a purpose clause that holds the only point still dates the target.
 */
function afterTheTarget(doc: _Doc, cands: _Cand[]): _Cand[] {
  let firm = -1;
  let own = -1;
  let ownStrong = false;
  // A "by" point of the target's own that is a date, not a review: a review's date in brackets dates the review ("by the
  // next PEP (due 9th May)", the row "before the next PEP in May").
  let firmDated = false;
  let out = cands;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    if (cand.background) continue;
    const open = own >= 0 ? purposeOpen(doc, own, cand.start) : -1;
    const purpose = (open >= 0 && (ownStrong || stepIn(doc, open + 1, cand.start))) || (firmDated && (dueNote(doc, cand) || (own === firm && preparedFor(doc, own, cand.start))));
    if (cand.strong && !purpose) {
      firm = cand.end;
      own = cand.end;
      ownStrong = true;
      firmDated = cand.deadline?.kind !== 'next-review';
      continue;
    }
    const start = !cand.strong && (firm >= 0 ? _startsAfter(doc, cand.start, firm) || nextStepAt(doc, cand.start, firm) : strongAfter(cands, c) && nextStepAt(doc, cand.start, 0));
    if (!start && !purpose) {
      own = cand.end;
      ownStrong = false;
      continue;
    }
    if (out === cands) out = cands.slice();
    out[c] = { ...cand, background: true };
  }
  return out;
}

/** Words of an event's name read between its opener and the later point ("her Duke of Edinburgh expedition in June"). */
const EVENT_NAME_WORDS = 6;

/**
 * Whether an event the target prepares for opens the later point at b, after the target's own dated "by" point (ending at
 * a): "by 28 February, ahead of the March mocks", "by the end of January, in time for his mocks in March", "by 30 May,
 * ready for the June check". The later point dates the event the target is done before, not the target (labelling guide,
 * Deadline labels: the final point is the target's own; the Settled-cases row "by <date>, ahead of / in time for / ready for
 * <event in a later month>"; labels y60-199, y59-151, y60-073, y31-140, y22-163). The opener must introduce the point
 * itself: as its own prefix, or with the event's name straight after it (at most {@link EVENT_NAME_WORDS} words, no mark
 * between: "ahead of her Duke of Edinburgh expedition in June") and then the point. Not "be ready for lessons on time each
 * morning, and read 10 books in March" (the opener belongs to a step of its own; the final point stays). Bounded: at most
 * 8 words back from b.
 */
function preparedFor(doc: _Doc, a: number, b: number): boolean {
  for (let k = Math.max(a, b - 8); k <= b; k++) {
    const x = _wd(doc, k);
    const y = _wd(doc, k + 1);
    let j = (x === 'ahead' && y === 'of') || (x === 'ready' && y === 'for') ? k + 2 : x === 'in' && y === 'time' && _wd(doc, k + 2) === 'for' ? k + 3 : -1;
    if (j < 0 || b - j > EVENT_NAME_WORDS) continue;
    while (j < b && doc.toks[j]?.kind === 'w') j++;
    if (j >= b) return true;
  }
  return false;
}

/** Words of a date that something else is due by ("application due 14 March", "bursary deadline 14 February"). */
const DUE_WORDS: ReadonlySet<string> = new Set(['due', 'deadline']);

/**
 * Whether a candidate is a "due" or "deadline" date alone in brackets ("(application due 14 March)"): after the target's
 * own "by" point it dates something else the target leads to, not the target (the row "after a point with 'by' ..."). A
 * bracket with its own "by" ("(final version due by October)") is a "by" point that looks ahead, and stays (review26c).
 */
function dueNote(doc: _Doc, cand: _Cand): boolean {
  if (_wd(doc, cand.end) !== ')') return false;
  let due = false;
  for (let k = cand.start; k >= 0 && k >= cand.start - 5; k--) {
    const x = _wd(doc, k);
    if (x === '(') return due;
    if (x === ')' || _STRONG_PREPS.has(x)) return false;
    due = due || DUE_WORDS.has(x);
  }
  return false;
}

/** Whether a live point with "by", "before" or "until" comes after candidate c. */
function strongAfter(cands: readonly _Cand[], c: number): boolean {
  for (let d = c + 1; d < cands.length; d++) if (!(cands[d] as _Cand).background && (cands[d] as _Cand).strong) return true;
  return false;
}

/** Words between "before" and the verb it governs, as in {@link _startsAfter}. */
const STEP_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'time', 'the', 'you']);
/** "go on to", "move on to": going on to a next course or stage. */
const GO_ON: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'move', 'moves']);

/** Whether the verb at k names a next step: a verb of starting ("start", "move", not "join in"), "go on to", "progress to", "enrol". */
function nextStepWord(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  const y = _wd(doc, k + 1);
  if (_START_VERBS.has(x)) return y !== 'in';
  if (GO_ON.has(x)) return y === 'on' && (_wd(doc, k + 2) === 'to' || _wd(doc, k + 2) === 'into');
  if (x === 'progress' || x === 'progresses') return y === 'to' || y === 'onto' || y === 'on';
  return x === 'enrol' || x === 'enrols';
}

/**
 * The next places and courses a next step goes to ("start college", "go on to the Level 3 course", "join the Entry 3
 * group", "start work"); "Year" and "Level" count with their number. Starting "full time", "full days" or "back" is a
 * return, the target's own goal (labelling guide, Time-bound: the row "back ... after half term"), not a next step.
 */
const NEXT_PLACES: ReadonlySet<string> = new Set(['college', 'course', 'apprenticeship', 'traineeship', 'school', 'secondary', 'primary', 'reception', 'nursery', 'sixth', 'job', 'work', 'placement', 'university', 'class', 'group']);
/** Places that name a next class only as the phrase's last word ("the Entry 3 group", not "the class trip"). */
const LAST_WORD_PLACES: ReadonlySet<string> = new Set(['class', 'group']);

/** Whether the verb at k names a next step and a next place or course follows it before token `end` (at most 8 words on). */
function nextStepVerb(doc: _Doc, k: number, end: number): boolean {
  if (!nextStepWord(doc, k)) return false;
  for (let j = k + 1; j < end && j <= k + 8; j++) {
    const x = _wd(doc, j);
    if (NEXT_PLACES.has(x) && !(LAST_WORD_PLACES.has(x) && doc.toks[j + 1]?.kind === 'w' && !_STRONG_PREPS.has(_wd(doc, j + 1)) && _wd(doc, j + 1) !== 'in')) return true;
    if ((x === 'year' || x === 'level') && doc.toks[j + 1]?.kind === 'n') return true;
  }
  return false;
}

/** Whether a next step (verb and place, {@link nextStepVerb}) is written between tokens a and b. */
function stepIn(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (nextStepVerb(doc, k, b)) return true;
  return false;
}

/**
 * Whether the point starting at `start` is a next step's start, its verb in the eight words before it (from `from`, in
 * its clause) and not governed by "before", "by the time" or "until" ("before she starts in September" is the point she
 * starts by).
 */
function nextStepAt(doc: _Doc, start: number, from: number): boolean {
  for (let k = start - 1; k >= from && k >= start - 8; k--) {
    if (doc.clause[k] !== doc.clause[start]) return false;
    if (!nextStepVerb(doc, k, start)) continue;
    let j = k - 1;
    while (j >= 0 && j >= k - 3 && STEP_SUBJECTS.has(_wd(doc, j))) j -= 1;
    return !_STRONG_PREPS.has(_wd(doc, j));
  }
  return false;
}

/** Words a month may follow a leaving point by, in its clause ("before she starts Reception at her new primary in September"). */
const LEAVING_MONTH_REACH = 6;

/**
 * A leaving point cued by "before", "until" or "by the time" ("Before she moves to high school in September, ...") is the
 * point the target is achieved by, read as "by" is, so a side clause's point gives way to it (labelling guide, Time-bound,
 * school-time rows: "ready for" reads as "by", so a side clause's point gives way to the move, "ready for Year 7 in
 * September, visiting 3 times in the summer term"; "before she moves up": a leaving point). The target's own main clause
 * keeps its month or term ({@link onlySidePoints}): "Before he leaves primary, Ben will ... visit the new school in July" ->
 * July. One pair is the row's own: a term there gives way when the move has its month ("Before she moves to high school
 * in September, ... 3 times in the summer term" -> the leaving point, label y32-080; the summer term ends with that year).
 * A month with no year a few words after it in its clause says when in the year the move falls ("starts Reception at her
 * Hackney primary in September"), as one straight after the place does (the row "before she moves up ... to Year 7 in
 * September"): part of the leaving point, not a date of its own. A month with its year or a date with its day there is
 * stated ({@link statedMove}): it dates the move and wins over the inferred point (the row "by the move in May").
 */
function leavingPointFirst(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  let leave = -1;
  for (let c = 0; c < cands.length; c++) {
    const cand = out[c] as _Cand;
    if (cand.background) continue;
    let next: _Cand | null = null;
    if (cand.deadline?.kind === 'academic-year-end' && cand.deadline.approximate === true && leavingIn(doc, cand.start, cand.end)) {
      leave = cand.end;
      const stated = statedMove(doc, cands, c);
      if (stated >= 0) {
        // The move's own date, stated: it wins over the inferred point, and "before" reads as "by" for it.
        if (out === cands) out = cands.slice();
        out[stated] = { ...(cands[stated] as _Cand), strong: cand.strong || cuedBefore(doc, cand.start) };
        next = { ...cand, background: true };
      } else if (!cand.strong && cuedBefore(doc, cand.start) && onlySidePoints(doc, cands, c)) {
        next = { ...cand, strong: true };
      }
    } else if (leave >= 0 && monthOfMove(doc, cand, leave)) {
      next = { ...cand, background: true };
    }
    if (next === null) continue;
    if (out === cands) out = cands.slice();
    out[c] = next;
  }
  return out;
}

/**
 * The candidate after the leaving point c that states the move's date, a month with its year or a day ("before she leaves
 * primary school in July 2025", "(July 2025)", "on 18 July"), a few words after it in its clause or in brackets straight
 * after; or -1. The labelling guide's row "by the move in May": the stated date dates the move.
 */
function statedMove(doc: _Doc, cands: readonly _Cand[], c: number): number {
  const leave = (cands[c] as _Cand).end;
  const d = cands[c + 1];
  if (d === undefined || d.background || d.deadline?.kind !== 'date' || d.start - leave > LEAVING_MONTH_REACH) return -1;
  if (doc.clause[d.start] !== doc.clause[leave - 1] && !(d.start === leave + 1 && _wd(doc, leave) === '(')) return -1;
  return d.month === null || !_MONTHS.has(_wd(doc, d.end - 1)) ? c + 1 : -1;
}

/**
 * Whether every other live point is in the leaving point's own clause a few words after it, or in a side clause (one that
 * opens with a verb in "-ing", "visiting 3 times in the summer term") or in brackets: the points the "ready for" row lets
 * the move win over. A month or term in the target's own main clause is its own point and stays ("Before he leaves
 * primary, Ben will ... visit the new school in July" -> July), but for a term when the move has its month (the row's own
 * pair "in September ... in the summer term").
 */
function onlySidePoints(doc: _Doc, cands: readonly _Cand[], c: number): boolean {
  const leave = cands[c] as _Cand;
  const next = cands[c + 1];
  const dated = _MONTHS.has(_wd(doc, leave.end - 1)) || (next !== undefined && monthOfMove(doc, next, leave.end));
  for (let d = 0; d < cands.length; d++) {
    const cand = cands[d] as _Cand;
    if (d === c || cand.background) continue;
    if (d > c && cand.start - leave.end <= LEAVING_MONTH_REACH && doc.clause[cand.start] === doc.clause[leave.end - 1]) continue;
    if (_wd(doc, cand.start - 1) === '(' || sideClause(doc, cand.start)) continue;
    if (dated && cand.deadline?.kind === 'term') continue;
    return false;
  }
  return true;
}

/** Whether the clause holding token a opens with a verb in "-ing" ("..., visiting 3 times in the summer term"). */
function sideClause(doc: _Doc, a: number): boolean {
  let h = a;
  while (h > 0 && doc.clause[h - 1] === doc.clause[a]) h -= 1;
  while (h < a && doc.toks[h]?.kind === 'p') h += 1;
  const x = _wd(doc, h);
  return x.length > 5 && x.endsWith('ing');
}

/** Whether a candidate is a month with no year, with no "by", in the clause of a leaving point ending at `leave`, a few words after it. */
function monthOfMove(doc: _Doc, cand: _Cand, leave: number): boolean {
  return cand.month !== null && !cand.strong && cand.start - leave <= LEAVING_MONTH_REACH && doc.clause[cand.start] === doc.clause[leave - 1] && _MONTHS.has(_wd(doc, cand.end - 1));
}

/** Whether a leaving point starts between tokens a and b. */
function leavingIn(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (_PHASE_MOVES.has(_wd(doc, k)) && _isLeavingPoint(doc, k)) return true;
  return false;
}

/** Whether "before", "until" or "by the time" stands in the four words before a. */
function cuedBefore(doc: _Doc, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 4; k--) {
    const x = _wd(doc, k);
    if (x === 'before' || x === 'until' || (x === 'by' && _wd(doc, k + 1) === 'the' && _wd(doc, k + 2) === 'time')) return true;
  }
  return false;
}

/** Where a purpose clause opens between tokens a and b (in the 16 tokens before b), or -1. */
function purposeOpen(doc: _Doc, a: number, b: number): number {
  for (let k = Math.max(a, b - 16); k < b; k++) {
    if (!purposeAt(doc, k)) continue;
    // "so Mum has time for the passport office on 14 March, and travel on 3 April": ", and" with a step of the target's
    // own after the purpose ends it.
    for (let j = k + 1; j < b; j++) if (_wd(doc, j) === ',' && _wd(doc, j + 1) === 'and') return -1;
    return k;
  }
  return -1;
}

/**
 * Finds deadline phrases and vague timing in a document, marking the tokens they use: at each free
 * token, the first entry of {@link _DEADLINE_PHRASES} that matches resolves it; a token no entry
 * matches may start vague timing.
 * @param doc - The analysed text (its `used` array is filled in).
 * @param opts - Meeting, calendar, cell mode.
 * @returns Candidates and vague spans.
 */
export function _scanDeadlines(doc: _Doc, opts: _ScanOptions): _DeadlineScan {
  const out: Collect = { candidates: _NO_ITEMS, vague: _NO_ITEMS, impossible: _NO_ITEMS };
  // Only a word of CUES can start anything (test/smart/perfTriggers.test.ts).
  if (_lacks(doc, F_CUE)) return out;
  const n = doc.toks.length;
  // The shared site, unless a scan already has it (then one of this scan's own).
  const site: MutableSite = SITE.busy ? { doc, opts, i: 0, t: doc.toks[0] as _Tok, x: '', cached: null, pre: newPrefix() } : SITE.site;
  const shared = site === SITE.site;
  if (shared) {
    SITE.busy = true;
    site.doc = doc;
    site.opts = opts;
    site.cached = null;
  }
  let i = 0;
  // The steps in a local, added once, and the flag in a local (as in the measure scan).
  const cue = F_CUE;
  const { flags, used } = doc;
  let steps = 0;
  while (i < n) {
    steps += 1;
    // Most words are passed over on their flags alone, before their token is read.
    if (((flags[i] as number) & cue) === 0 || used[i] !== 0) {
      i += 1;
      continue;
    }
    const t = doc.toks[i] as _Tok;
    if (t.kind === 'p') {
      i += 1;
      continue;
    }
    const x = _wd(doc, i);
    const list = CUES.get(x);
    if (list === undefined) {
      i += 1;
      continue;
    }
    site.i = i;
    site.t = t;
    site.x = x;
    site.cached = null;
    const phrase = phraseAt(site, list);
    const found = phrase === undefined ? null : phrase.resolve(site);
    if (found !== null) {
      i = record(found, site, out);
      continue;
    }
    const v = phrase === undefined ? vagueLength(doc, i) : 0;
    if (v > 0) out.vague = _put(out.vague, [i, i + v]);
    i += 1;
  }
  doc.ops.n += steps;
  // Nothing of the document kept alive by the outcome reading's cache.
  OUTCOME_CLAUSES.doc = null;
  if (out.candidates.length > 0) out.candidates = hopedFor(doc, pointOfCarriedNote(doc, baselineThenMark(doc, out.candidates)));
  if (out.candidates.length > 1) out.candidates = weekInBrackets(doc, noteOverInBrackets(doc, byStepAfterOutcome(doc, stepAfterOutcome(doc, afterTheTarget(doc, leavingPointFirst(doc, baselineBeforeTarget(doc, out.candidates))), opts.terms.meeting)), opts));
  if (out.candidates.length > 1 && opts.terms.meeting !== null) {
    const meeting = opts.terms.meeting;
    const dated = restatedInBrackets(doc, termDayWrittenLater(doc, termEndWritten(doc, seasonForAside(doc, reviewDatedElsewhere(doc, termEventDated(doc, pointsInOrder(doc, out.candidates, meeting)))))));
    out.candidates = reviewNoteAfter(doc, yearEndInBrackets(doc, theMonthNamed(doc, dated), meeting));
  }
  if (shared) {
    // Nothing of the document kept alive by the shared site.
    site.doc = null as unknown as _Doc;
    site.t = null as unknown as _Tok;
    SITE.busy = false;
  }
  return out;
}

/** Words that open a review note before its meeting ("Review at next PEP", "Review: next PEP", "To be reviewed at the next PEP"). */
const REVIEW_NOTE_WORDS: ReadonlySet<string> = new Set(['review', 'reviewed', 'to', 'be', 'at', 'the', ':', '-', '–', 'his', 'her', 'their']);

/**
 * Whether the next review `c` stands in a note of its own, a sentence or part (after ";", "|", a dash or a comma) that
 * holds only "review" and the meeting ("Review at next PEP.", "Review: next PEP", "; to be reviewed at the next PEP", ",
 * review at next PEP with Ava."): when the review is held, not a point the child's act is named for.
 */
function reviewNote(doc: _Doc, c: _Cand): boolean {
  if (c.deadline?.kind !== 'next-review' || !reviewNoteEnds(doc, c.end)) return false;
  let review = false;
  for (let k = c.start - 1; k >= 0; k--) {
    const x = _wd(doc, k);
    if (_sentenceEndAt(doc, k) || x === ';' || x === '|' || ((x === '-' || x === '–' || x === ',') && review)) return review;
    if (!REVIEW_NOTE_WORDS.has(x)) return false;
    review ||= x === 'review' || x === 'reviewed';
  }
  return review;
}

/** Tokens a review note may name who reviews with after its meeting ("Review at next PEP with Ava and her carer."). */
const REVIEW_WITH_REACH = 5;

/**
 * Whether a review note's meeting ending at `end` closes its part: the text's end, a mark, or "with" and who reviews
 * ("... at next PEP with Ava.") up to the sentence's end; not "at the next PEP to show her log" (an act named for it).
 */
function reviewNoteEnds(doc: _Doc, end: number): boolean {
  if (doc.toks[end] === undefined || doc.toks[end]?.kind === 'p') return true;
  if (_wd(doc, end) !== 'with') return false;
  for (let k = end + 1; k <= end + REVIEW_WITH_REACH; k++) if (doc.toks[k] === undefined || _sentenceEndAt(doc, k)) return true;
  return false;
}

/**
 * A next review in a note of its own after the target's own point with "by", "before" or "until" ("... full days by Feb half
 * term. ... Review at next PEP."): the target's point is the deadline, the note says when progress is looked at (Time-bound
 * (T): a point by which the target is achieved or reviewed, the target's own first; labels y31-239, y44-047). A next PEP
 * the child's own act is named for ("bring her budget sheet to the next PEP", "by the next PEP") stays.
 */
function reviewNoteAfter(doc: _Doc, cands: _Cand[]): _Cand[] {
  let own = false;
  let out = cands;
  for (let c = 0; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    if (cand.background) continue;
    if (own && (reviewNote(doc, cand) || laterSentenceReview(doc, cands, c))) {
      if (out === cands) out = cands.slice();
      out[c] = { ...cand, background: true };
      continue;
    }
    own ||= cand.strong && !cand.yields && cand.deadline !== null && cand.deadline.kind !== 'next-review';
  }
  return out;
}

/**
 * Whether the next review `c` is named without "by", "before" or "until" in a sentence after the target's own point
 * ("... by 4 April 2025. His log will be shared with his carer and brought to the next PEP."): the later sentence says
 * where the evidence goes, not a point of its own (Time-bound (T): the target's own point first). A later sentence that
 * names a step or target ("Next step at the next PEP: …") keeps its review.
 */
function laterSentenceReview(doc: _Doc, cands: readonly _Cand[], c: number): boolean {
  const cand = cands[c] as _Cand;
  if (cand.deadline?.kind !== 'next-review' || cand.strong) return false;
  for (let b = 0; b < c; b++) {
    const own = cands[b] as _Cand;
    if (own.background || !own.strong || own.deadline === null || own.deadline.kind === 'next-review') continue;
    for (let k = own.end; k < cand.start; k++) if (_sentenceEndAt(doc, k)) return !stepBefore(doc, k, cand.start);
  }
  return false;
}

/** Words of a later step or target besides the target words ("Next step at the next PEP: …", "then 5 at the next PEP"). */
const STEP_WORDS: ReadonlySet<string> = new Set([..._LABEL_WORDS, 'then', 'next', ':']);

/**
 * Whether tokens (from, to) hold a later step or target: a word of one ({@link STEP_WORDS}) or a figure, a second
 * measured target ("She will read 10 books at the next PEP"), whose point is the final one.
 */
function stepBefore(doc: _Doc, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (STEP_WORDS.has(_wd(doc, k)) || doc.toks[k]?.kind === 'n') return true;
  return false;
}

/**
 * Whether the candidate is a season a thing is for, with no "term" after it ("seasonal work for the summer", "a course for
 * the summer after Year 11"): when the job or course happens, a start point as "a course for September" is, not the point
 * the target is reached by ("for the spring term", a span of attendance, keeps its end).
 */
function forTheSeason(doc: _Doc, c: _Cand): boolean {
  if (c.strong || _wd(doc, c.start) !== 'for') return false;
  // "for the summer after Year 11": the season after a year group, read as that year's end, is still when the thing is.
  if (c.deadline?.kind === 'academic-year-end') {
    const season = _wd(doc, c.start + 1) === 'the' ? c.start + 2 : c.start + 1;
    return _TERM_WORDS.has(_wd(doc, season)) && _wd(doc, season + 1) === 'after' && !figureKept(doc, c.start);
  }
  if (c.deadline?.kind !== 'term') return false;
  const last = c.end - 1;
  return _TERM_WORDS.has(_wd(doc, last)) && _wd(doc, c.end) !== 'term' && _wd(doc, c.end) !== 'terms' && !figureKept(doc, c.start);
}

/**
 * Whether the part before "for" at f holds a figure, so the season is the span a measured habit is kept over ("keep her
 * attendance above 95% for the summer"): a span ends at its end, as "for the spring term" does.
 */
function figureKept(doc: _Doc, f: number): boolean {
  for (let k = f - 1; k >= 0 && !_CLAUSE_BREAKS.has(_wd(doc, k)) && !_sentenceEndAt(doc, k); k--) if (doc.toks[k]?.kind === 'n') return true;
  return false;
}

/**
 * A season a thing is for ({@link forTheSeason}) beside the target's own point with "by", "before" or "until" ("find work
 * for the summer - CV written by 14/03, 5 applications sent by 30/04"): the season is when the work is, the target's own
 * point is its deadline (the labelling guide, Time-bound (T), "Not deadlines": start points).
 */
function seasonForAside(doc: _Doc, cands: _Cand[]): _Cand[] {
  if (!cands.some((c) => c.strong && !c.background && c.deadline !== null && !forTheSeason(doc, c))) return cands;
  return cands.map((c) => (!c.background && forTheSeason(doc, c) ? { ...c, background: true } : c));
}

/** Tokens back from a date that may name the review it dates ("the review on 12/02/25", "his LAC review (12 Feb)"). */
const DATED_REVIEW_REACH = 3;

/** Words before a review noun that make it another review than the next ("last review", "previous PEP"). */
const OTHER_REVIEW = _PAST_WORDS;

/**
 * Whether the date candidate `c` dates a review named just before it ("by the review on 12/02/25", "at his PEP (12 Feb)"):
 * a noun, not the verb ("will review on 12/02/25"), and not a past review ("last review on 12/12/24").
 */
function datesReview(doc: _Doc, c: _Cand): boolean {
  if (c.background || c.deadline?.kind !== 'date') return false;
  for (let k = c.start - 1; k >= 0 && k >= c.start - DATED_REVIEW_REACH; k--) {
    const x = _wd(doc, k);
    if (_REVIEW_NOUNS.has(x)) return !_FUTURE.has(_wd(doc, k - 1)) && !OTHER_REVIEW.has(_wd(doc, k - 1));
    if (x !== 'on' && x !== '(' && x !== 'of' && x !== ',') return false;
  }
  return false;
}

/** Whether no sentence or ";" ends between candidates `a` and `b` (in either order). */
function samePart(doc: _Doc, a: _Cand, b: _Cand): boolean {
  return a.start < b.start ? noEndBetween(doc, a.end, b.start) : noEndBetween(doc, b.end, a.start);
}

/** Whether no token of [from, to) ends a sentence or is ";" ({@link _sentenceEndAt} holds ";"). */
function noEndBetween(doc: _Doc, from: number, to: number): boolean {
  if (from >= to) return true;
  const k = _nearest(doc, from, _SENTENCE_END_ON);
  return k < 0 || k >= to;
}

/** Dated reviews read one by one for each undated one; with more, they are sorted by their starts once ({@link datedInPart}). */
const FEW_DATED = 4;

/**
 * For each candidate, whether one of `dated` is in its part ({@link samePart}), in one pass each after one sort: the nearest
 * dated one starting after the candidate is the one with the fewest tokens between, and of those starting at or before it,
 * the one that ends last.
 */
function datedInPart(doc: _Doc, dated: readonly _Cand[]): (c: _Cand) => boolean {
  if (dated.length <= FEW_DATED * _walkTesting.few) return (c) => dated.some((d) => samePart(doc, c, d));
  const sorted = dated.slice().sort((x, y) => x.start - y.start);
  // lastEnd[i]: the latest end of sorted[0..i].
  const lastEnd = new Int32Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) lastEnd[i] = Math.max(i > 0 ? (lastEnd[i - 1] as number) : -1, (sorted[i] as _Cand).end);
  doc.ops.n += sorted.length;
  return (c) => {
    // The first dated one starting after c's start.
    const i = firstFrom(sorted, c.start + 1);
    if (i < sorted.length && noEndBetween(doc, c.end, (sorted[i] as _Cand).start)) return true;
    return i > 0 && noEndBetween(doc, lastEnd[i - 1] as number, c.start);
  };
}

/**
 * The next review named in one place and dated in another of the same sentence ("speak to his IRO before his review and
 * share 2 things by the review on 12/02/25"): the date says when that review is, so the undated mention gives way to it
 * (the labelling guide, school-time table: a review named with a date or month is that date or month). A review dated in
 * another sentence or after ";" ("CLA review on 12/02/25.", "last review on 12/12/24") may be another review.
 */
function reviewDatedElsewhere(doc: _Doc, cands: _Cand[]): _Cand[] {
  const dated = cands.filter((c) => datesReview(doc, c));
  if (dated.length === 0) return cands;
  const inPart = datedInPart(doc, dated);
  return cands.map((c) => (c.deadline?.kind === 'next-review' && !c.background && inPart(c) ? { ...c, background: true } : c));
}

/** Tokens inside a bracket a year's end may be dated across ("(summer exams w/c 9th June)"). */
const YEAR_END_BRACKET_REACH = 6;
/** Months in which an academic year ends, with its summer exams (May to August). */
const YEAR_END_MONTHS: ReadonlySet<number> = new Set([5, 6, 7, 8]);

/**
 * The end of a year group inferred from school time with a day or month in brackets straight after it that falls as
 * the academic year ends ("by the end of Year 10 (summer exams w/c 9th June)"): the bracket says when that end falls, so
 * its point is the deadline, as a month in brackets restates when a term ends ("by the end of the autumn term (Dec
 * 2026)", school-time table). Only inside a bracket opened straight after the year's end, with no figure before the point,
 * and only a point from May to August: "(currently 10m with a float)", "(PP+ funded ... £180)" name no point and "(7/10 in
 * June)" a score, and the year's end stays.
 */
function inYearEndBracket(doc: _Doc, year: _Cand, date: _Cand, meeting: number): boolean {
  if (date.background || date.deadline?.kind !== 'date' || date.start > year.end + YEAR_END_BRACKET_REACH) return false;
  // "(June 2024 result: grade 2)": a past point is a note (school-time table: "a past year ... is a note").
  if (date.approx !== null && date.approx < meeting) return false;
  // "(7/10 in June)": a figure before the point is a score the month dates, not when the year ends.
  for (let k = year.end + 1; k < date.start; k++) if (_wd(doc, k) === ')' || doc.toks[k]?.kind === 'n') return false;
  if (!YEAR_END_MONTHS.has(isoParts(date.deadline.date).month)) return false;
  // An exam in the bracket dates only a year's end read loosely ("by the end of Year 11 (GCSEs in June)"); "the end of the
  // academic year (SATs in May 2025)" is the year's own end, and the exam a note of what falls in it.
  return (year.deadline?.kind === 'academic-year-end' && year.deadline.approximate === true && examInBracket(doc, year.end + 1)) || yearAloneInBracket(doc, year, date);
}

/**
 * Whether `date` is alone in the bracket opened straight after the year's end and writes its year ("by the end of Year 6
 * (July 2025)", "by the end of the academic year (July 2025)"): the bracket restates when that year ends, so its month
 * is the point, as "by the end of the autumn term (Dec 2026)" and "first year at college (June 2025)" are (the labelling
 * guide, school-time table). A month with no year ("(July)") says when in the year, not which year, and the year's end stays.
 */
function yearAloneInBracket(doc: _Doc, year: _Cand, date: _Cand): boolean {
  if (date.start !== year.end + 1 || _wd(doc, date.end) !== ')') return false;
  for (let k = date.start; k < date.end; k++) if (doc.toks[k]?.kind === 'n' && /^20\d\d$/.test(doc.toks[k]?.raw ?? '')) return true;
  return false;
}

/**
 * Whether the bracket opened at `from` names a check or exam the target is about, with no past act ("(summer exams w/c 9th
 * June)", "(mocks in June)"): another event ("(prom on 26 June)", "(report in July)") or a past check ("(tested in June)")
 * does not say when the year ends for the target.
 */
function examInBracket(doc: _Doc, from: number): boolean {
  let exam = false;
  for (let k = from; k < doc.toks.length && _wd(doc, k) !== ')' && !_sentenceEndAt(doc, k); k++) {
    const x = _wd(doc, k);
    if (_pastVerb(x) || _PAST_AUXILIARIES.has(x)) return false;
    exam ||= _ASSESSMENTS.has(x);
  }
  return exam;
}

/** Sets aside a year's end that a bracket after it dates ({@link inYearEndBracket}): the bracket's point is the deadline. */
function yearEndInBrackets(doc: _Doc, cands: _Cand[], meeting: number): _Cand[] {
  let out = cands;
  for (let a = 0; a + 1 < cands.length; a++) {
    const year = cands[a] as _Cand;
    if (year.background || year.deadline?.kind !== 'academic-year-end' || _wd(doc, year.end) !== '(') continue;
    const dated = cands.some((date, b) => b > a && inYearEndBracket(doc, year, date, meeting));
    if (!dated) continue;
    if (out === cands) out = cands.slice();
    out[a] = { ...year, background: true };
  }
  return out;
}

/** Whether candidate `c` is "the end of the month" ("the month", not "this month"). */
function theMonthAt(doc: _Doc, c: _Cand): boolean {
  if (c.deadline?.kind !== 'date' || c.month !== null) return false;
  for (let k = c.start + 1; k < c.end; k++) if (_wd(doc, k) === 'month' && _wd(doc, k - 1) === 'the' && _wd(doc, k - 2) === 'of') return true;
  return false;
}

/**
 * "The end of the month" after a day of a later month named earlier in the same sentence ("attend the taster day on 5
 * February and complete the form by the end of the month"): "the month" points back to that month, so its last day (the
 * labelling guide, Deadline labels: a month alone is its last day, and the final point is the deadline); with no month
 * named before it, it stays the meeting's month ("this month, by the end of the month" -> the meeting's month).
 */
function theMonthNamed(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (let c = 1; c < cands.length; c++) {
    const cand = cands[c] as _Cand;
    if (cand.background || !theMonthAt(doc, cand)) continue;
    const named = cands[c - 1] as _Cand;
    if (named.background || named.deadline?.kind !== 'date' || named.approx === null || cand.approx === null || named.approx <= cand.approx) continue;
    let k = named.end;
    while (k < cand.start && !_sentenceEndAt(doc, k)) k += 1;
    if (k < cand.start) continue;
    const { year, month } = isoParts(named.deadline.date);
    const last = daysInMonth(year, month);
    const date = `${named.deadline.date.slice(0, 8)}${String(last).padStart(2, '0')}`;
    if (out === cands) out = cands.slice();
    out[c] = { ...cand, deadline: { kind: 'date', date }, approx: named.approx + last - isoParts(named.deadline.date).day };
  }
  return out;
}

/** Whether a year is written in a candidate's tokens ("13 Dec 2025", "13/12/25"), or "next" ("next December"). */
function yearWritten(doc: _Doc, c: _Cand): boolean {
  for (let k = c.start; k < c.end; k++) {
    const t = doc.toks[k];
    if (t?.kind === 'n' && (t.digits.length > 2 || t.digits.includes(4))) return true;
    if (_wd(doc, k) === 'next') return true;
  }
  return false;
}

/**
 * Whether `b` is a later point of the target's own in the meeting's school year, written after `from` and falling before
 * `when`: introduced by "by", "before" or "until" (a point in an "after ..." clause, a baseline's or "this week" for an
 * adult's act is not a step of the target), and dated (a review named with no date has no place in the order).
 */
function laterInOrder(b: _Cand, from: number, when: number, meeting: number): boolean {
  if (b.background || b.yields || !b.strong || b.start < from || b.approx === null || b.deadline?.kind === 'next-review') return false;
  return b.approx >= meeting && b.approx < when && !laterSchoolYear(b.approx, meeting);
}

/**
 * Points written in order, an earlier one over at the meeting: "draft by 13 Dec. Final by 15 Jan", "send it by 1
 * December, then submit before the January deadline", "1. ... by the end of the autumn term. 2. ... by the end of the spring
 * term" at a January meeting, each introduced by "by", "before" or "until". A day, month or term with no year resolves to its next occurrence, so the first point falls
 * a school year on, after the later one; but the text gives the steps in order, and the final one it names is the
 * deadline (labelling guide, Deadline labels: "When a target gives several points, the final one is the deadline"; labels
 * y15-231, y29-246, y34-200, y37-120). The earlier point gives way when its next occurrence is in a later school year
 * than the meeting's (September to August: its time in the meeting's own year is over) with no year or "next" written,
 * and the later point comes on or after the meeting in the meeting's school year.
 */
function pointsInOrder(doc: _Doc, cands: _Cand[], meeting: number): _Cand[] {
  let out = cands;
  for (let a = 0; a < cands.length; a++) {
    const first = cands[a] as _Cand;
    const when = first.approx;
    if (first.background || !first.strong || when === null || !laterSchoolYear(when, meeting) || yearWritten(doc, first)) continue;
    if (!cands.some((b, k) => k > a && laterInOrder(b, first.end, when, meeting))) continue;
    if (out === cands) out = cands.slice();
    out[a] = { ...first, background: true };
  }
  return out;
}

/** Whether `other` falls in the month `monthOnly` names ("in July" and the end of the summer term). */
function inMonthOf(monthOnly: _Cand, other: _Cand): boolean {
  if (monthOnly.month === null || other.approx === null || other.month !== null) return false;
  const { year, month } = isoParts(fromDayNumber(other.approx));
  return year === monthOnly.month.year && month === monthOnly.month.month;
}

/**
 * The months each term holds: April goes to the spring term, whose end the Easter holidays follow ("by Easter" is a point
 * before the summer term, not in it).
 */
const TERM_MONTHS: Readonly<Record<Term, readonly number[]>> = { autumn: [9, 10, 11, 12], spring: [1, 2, 3, 4], summer: [5, 6, 7] };
/** Days a date may lie before the end of the term it falls in (a term is at most about sixteen weeks long). */
const TERM_DAYS = 112;
/** Tokens between a term's event and the date that says when it falls: "the summer mocks in June", "spring data drop (end of March)". */
const TERM_DATE_REACH = 4;

/**
 * Whether `date` is a day or month (from its first day) inside the term whose end `term` names ("in the spring mock, by
 * 31.03.25", "by the summer mocks in June"): the two may name one point, the date saying when in the term it falls.
 */
function inTermOf(date: _Cand, term: _Cand): boolean {
  const t = term.deadline;
  if (t?.kind !== 'term' || t.part !== 'end' || date.deadline?.kind !== 'date' || date.approx === null || term.approx === null) return false;
  // A month alone is inside the term when the term ends in it or after its first day ("by the spring mocks (April)").
  const from = date.month === null ? date.approx : date.approx - isoParts(date.deadline.date).day + 1;
  const gap = term.approx - from;
  return gap >= 0 && gap <= TERM_DAYS && TERM_MONTHS[t.term].includes(isoParts(date.deadline.date).month);
}

/**
 * A term that names an event, a noun after it ("by the summer mocks in June", "by the spring data drop (end of March)", "in
 * the spring assessment week (17-21 March)", "in her end of term phonics check in March"), with a day or month in that
 * term soon after: the date says when the event is, so the term gives way to it (the labelling guide, school-time table:
 * a named assessment with a month is the month; a review named with a month is the month). "By the end of the spring
 * term (review 17/3)", "by the end of the summer term in July" name the term's end and keep it.
 */
function termEventDated(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  // Each kind of term's end that gave way ({@link termEndKey}), with the last candidate naming it that did.
  let given: Map<string, number> | null = null;
  const inOrder = startsInOrder(doc, cands);
  for (let a = 0; a < cands.length; a++) {
    const term = cands[a] as _Cand;
    // Only a term's end can be given way ({@link inTermOf} asks this first of every pair).
    if (term.background || term.deadline?.kind !== 'term' || term.deadline.part !== 'end' || term.approx === null) continue;
    // The dates it may pair with: each of the three tests wants one starting at or after the term's end, within
    // TERM_DATE_REACH tokens of it or, for a habit's term ({@link refinesTerm}), before its sentence's end or a pipe.
    let b = 0, last = cands.length - 1;
    if (inOrder) {
      const habit = !term.strong && _frequency(doc, Math.max(0, term.start - HABIT_REACH), term.start);
      const stop = habit ? _nearest(doc, term.end, PART_END_ON) : -1;
      const reach = Math.max(term.end + TERM_DATE_REACH, habit ? (stop < 0 ? doc.toks.length : stop) : 0);
      b = firstFrom(cands, term.end);
      last = firstFrom(cands, reach + 1) - 1;
    }
    for (; b <= last; b++) {
      doc.ops.n += 1;
      const date = cands[b] as _Cand;
      if (b === a || date.background || !inTermOf(date, term) || !(eventDated(doc, term, date) || refinesTerm(doc, date, term) || bracketBy(doc, term, date))) continue;
      // The term the event falls in, named again before it ("by its deadline this term ... by the spring data drop (end of
      // March)"), is the same point: marked below, once, up to the last term of its kind that gave way.
      given ??= new Map();
      given.set(termEndKey(term), a);
      break;
    }
  }
  if (given === null) return out;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k] as _Cand;
    if (c.background || c.deadline?.kind !== 'term') continue;
    const upTo = given.get(termEndKey(c));
    if (upTo === undefined || k > upTo) continue;
    if (out === cands) out = cands.slice();
    out[k] = { ...c, background: true };
  }
  doc.ops.n += cands.length;
  return out;
}

/** The walk on to a sentence's end or a pipe ({@link refinesTerm} reads no further). */
const PART_END_ON = _walkOn(_NEVER, (doc, k) => _sentenceEndAt(doc, k) || _wd(doc, k) === '|');

/** Whether the candidates' starts never go down (one pass, counted): then a pair's second can be looked for by its start. */
function startsInOrder(doc: _Doc, cands: readonly _Cand[]): boolean {
  doc.ops.n += cands.length;
  for (let i = 1; i < cands.length; i++) if ((cands[i] as _Cand).start < (cands[i - 1] as _Cand).start) return false;
  return true;
}

/** The first of the candidates (in order of their starts) starting at or after token k (their count when none): a binary search. */
function firstFrom(cands: readonly _Cand[], k: number): number {
  let lo = 0, hi = cands.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cands[mid] as _Cand).start < k) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Words at most between a point and the bracket that restates it ("by the Easter submission deadline (11 April)"). */
const RESTATE_REACH = 3;
/** Days apart that two points may lie and still name one time ("by 11 April (end of the spring term)"). */
const RESTATE_DAYS = 14;

/** Whether the candidate is written with a day of its own ("11 April", "11/04/25"), not only named ("Easter", "end of term"). */
function dayWritten(doc: _Doc, c: _Cand): boolean {
  if (c.deadline?.kind !== 'date' || c.month !== null) return false;
  for (let k = c.start; k < c.end; k++) if (doc.toks[k]?.kind === 'n') return true;
  return false;
}

/**
 * Whether `b` stands alone in brackets straight after `a`, or after a few words naming `a`'s occasion ("by 11 April 2025
 * (end of the spring term)", "by the Easter submission deadline (11 April)"): the bracket says the same time again.
 */
function bracketAfter(doc: _Doc, a: _Cand, b: _Cand): boolean {
  if (_wd(doc, b.start - 1) !== '(' || _wd(doc, b.end) !== ')' || b.start - 1 - a.end > RESTATE_REACH || b.start <= a.end) return false;
  for (let k = a.end; k < b.start - 1; k++) if (doc.toks[k]?.kind !== 'w') return false;
  // "(w/c 7/4)": a week commencing dates only a point that names a week ({@link weekInBrackets}).
  for (let k = b.start - 1; k < b.end; k++) if (_isWeekCommencing(doc, k)) return false;
  return true;
}

/**
 * A point and a bracket straight after it that restates it, one with a day written and the other only named, less than
 * two weeks apart ("by 11 April 2025 (end of the spring term)", "by the Easter submission deadline (11 April)"): they name
 * one time, and the day written says it exactly, so the named one gives way to it, whichever is later (the labelling guide,
 * Deadline labels: a day-precise date refines the point it restates; the school-time table, "by the February deadline (Fri
 * 21/02)"). Two points in brackets that are far apart, or both written with days, are read as before.
 */
function restatedInBrackets(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (let a = 0; a + 1 < cands.length; a++) {
    const first = cands[a] as _Cand;
    const second = cands[a + 1] as _Cand;
    if (first.background || second.background || first.approx === null || second.approx === null || !bracketAfter(doc, first, second)) continue;
    // A month ("by the end of March (Fri 21/03)") is refined only as `restates` says, in its last days.
    if (first.month !== null || second.month !== null) continue;
    if (Math.abs(first.approx - second.approx) > RESTATE_DAYS || dayWritten(doc, first) === dayWritten(doc, second)) continue;
    const named = dayWritten(doc, first) ? a + 1 : a;
    if (out === cands) out = cands.slice();
    out[named] = { ...(out[named] as _Cand), background: true };
  }
  return out;
}

/** Words that say a term's last day is written after them ("the spring term (ends 4 April)", "Spring 2, which ends 4 April"). */
const TERM_ENDS_WORDS: ReadonlySet<string> = new Set([..._FINISHING, 'ends', 'ending', 'closes']);
/** Words joining the two days of a span ("24 Feb - 4 Apr", "16 Jan to 3 Apr", "24 Feb until 4 Apr"). */
const SPAN_WORDS: ReadonlySet<string> = new Set([..._DASHES, 'to', ...UNTIL_WORDS]);

/**
 * Whether the word at j, in a term's bracket before its span, says the span is not when the term ends but when something
 * recurs, is counted or is reviewed: a frequency ("weekly", "twice a week", "every"), a week day of a rate ("Tuesdays",
 * "Mondays 24 Feb", "Tue," not a date's own "Mon 24 Feb"), a review or check ("review on", "checked"), or a count of
 * sessions or weeks ("6 sessions", "6 weeks").
 */
function spanQualifiedAt(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  if (_FREQ_WORDS.has(x) || _FREQ_ADVERBS.has(x) || _REVIEW_NOUNS.has(x) || _CHECK_PARTICIPLES.has(x)) return true;
  if (_SESSION_NOUNS.has(x) || _PART_UNITS.has(x)) return true;
  const weekday = _WEEKDAYS.has(x) || _WEEKDAY_PLURALS.has(x);
  return weekday && (x.endsWith('days') || doc.toks[j + 1]?.kind !== 'n');
}
/** Tokens inside the bracket before a span's last day ("(Mon 24 Feb - "). */
const SPAN_REACH = 6;

/**
 * The index of the day that writes out when the term at `a` ends, or -1: a bracket straight after the term holding its
 * span of days ("during Spring 2 (24 Feb - 4 Apr 2025)", "this term (16 Jan to 3 Apr 2025)") or its end ("for the spring
 * term (ends 4 April 2025)", "during Spring 2, which ends 4 April 2025"), the day less than two weeks from the term's end.
 */
function termEndDayAt(doc: _Doc, cands: _Cand[], a: number): number {
  const term = cands[a] as _Cand;
  if (term.background || term.deadline?.kind !== 'term' || term.approx === null) return -1;
  let k = term.end;
  const bracket = _wd(doc, k) === '(';
  if (bracket || _wd(doc, k) === ',') k += 1;
  if (_wd(doc, k) === 'which') k += 1;
  const ends = TERM_ENDS_WORDS.has(_wd(doc, k));
  if (!bracket && !ends) return -1;
  if (ends) k += 1;
  let last = a + 1;
  if (ends) {
    const first = cands[a + 1];
    if (first === undefined || first.start !== k || first.background) return -1;
  } else {
    // A span: its first day (over at the meeting, "(6 Jan - 4 Apr)", or a bare "24/02", it is the term's start, not a
    // point), a span word (inside the last day's phrase, "to 3 Apr", or before it), its last day closing the bracket.
    while (last < cands.length && last <= a + 2 && _wd(doc, (cands[last] as _Cand).end) !== ')') last += 1;
    const day = cands[last];
    if (day === undefined || last > a + 2 || day.start > k + SPAN_REACH) return -1;
    const joint = SPAN_WORDS.has(_wd(doc, day.start)) ? day.start : day.start - 1;
    if (!SPAN_WORDS.has(_wd(doc, joint)) || joint <= k) return -1;
    let firstDay = false;
    for (let j = k; j < joint; j++) {
      if (spanQualifiedAt(doc, j)) return -1;
      firstDay ||= doc.toks[j]?.kind === 'n';
    }
    if (!firstDay) return -1;
  }
  const day = cands[last] as _Cand;
  if (!dayWritten(doc, day) || day.approx === null || Math.abs(day.approx - term.approx) > RESTATE_DAYS) return -1;
  if (bracket && _wd(doc, day.end) !== ')') return -1;
  return last;
}

/**
 * A term with its last day written after it, as a span in brackets or after "ends" (the labelling guide, Deadline labels:
 * a range of days is its last day, and a point with a bracket restating it with its day written is that day; "by the end
 * of Spring 2 (4 April)" is read so already): the term and the span's first day give way to the last day, the final point.
 */
function termEndWritten(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (let a = 0; a + 1 < cands.length; a++) {
    const last = termEndDayAt(doc, cands, a);
    if (last < 0) continue;
    if (out === cands) out = cands.slice();
    for (let b = a; b < last; b++) out[b] = { ...(out[b] as _Cand), background: true };
  }
  return out;
}

/** Candidates read on from a term for its own day written later (bounded: a long text has many). */
const TERM_DAY_CANDS = 6;
/** Tokens read back from a day for a review or meeting it dates ("Review: 4/4/25", "review point: TAF meeting 26/03/25"). */
const DAY_REVIEW_REACH = 3;

/** Words before "date" that make it a label of the target's own ("Target date:", "Completion date:", "My date is"). */
const DATE_LABEL_WORDS: ReadonlySet<string> = new Set(['target', 'completion', 'my']);

/**
 * Whether the day `day`, written after the term `term` in the same text, is the target's own point: it follows the term
 * straight, after its comma, dash or colon or "i.e." ("by half term, 14/02/25", "spring term, i.e. 4 April"), stands in
 * the term's own bracket ("(6 Jan–4 Apr)"), has its own "by", "before" or "until", or follows a label of the target's
 * date ("Target date", "TARGET DATE:", "Deadline:", "Due", "By:", "By when:", "Completion date:", "My date is"). A day
 * after another event's name, a meeting's, a review's or a check's ("Parents' evening, 2 April", "Sports day: 9 July",
 * "Mocks - 31 March", "(reviewed 10/02/25)", "visits on Friday, 4 April") says when that happens, and a week commencing
 * or a frequency or count in the term's bracket dates no end: the term stays.
 */
function ownDayAfterTerm(doc: _Doc, term: _Cand, day: _Cand): boolean {
  if (day.start < term.end || day.background || !dayWritten(doc, day)) return false;
  for (let k = day.start - DAY_REVIEW_REACH; k < day.end; k++) if (_REVIEW_NOUNS.has(_wd(doc, k))) return false;
  // In the term's own bracket, a frequency, rate, review or count before the day keeps the term, as for a span
  // ({@link spanQualifiedAt}: "During Spring 2 (weekly, 24 Feb - 4 Apr)"), and so does a week commencing ("(w/c 7/4)").
  if (_wd(doc, term.end) === '(') {
    for (let j = term.end + 1; j < day.end; j++) if (j > term.end + 2 * SPAN_REACH || _wd(doc, j) === ')' || spanQualifiedAt(doc, j) || _isWeekCommencing(doc, j)) return false;
    return true;
  }
  // Straight after the term, its comma or dash, "to" or "i.e." ("by half term, 14/02/25", "spring term, i.e. 4 April").
  const at = day.start;
  let next = term.end;
  while (next < at && next < term.end + 5 && (BARE_DAY_WORDS.has(_wd(doc, next)) || SPAN_WORDS.has(_wd(doc, next)))) next++;
  const w = _wd(doc, at);
  if (at === next || _STRONG_PREPS.has(w) || SPAN_WORDS.has(w) || w === 'due') return true;
  // Its own "by", "to", "until" or "due" (the point's own word: "... sessions to 5 April", "– due 4 April"), a label of the target's date with or without its colon ("By: 12 Feb", "By when: 4/4/25", "Deadline",
  // "Due", "Target date 7 April", "My date is", "| Date: 18/07/25"), or a cell of its own in a row ("... by the end of the
  // spring term | Mr Shah | 2 April 2025"): not "(reviewed 10/02/25)", and "Date" only as the target's or a line's label.
  let j = at - 1;
  if (_wd(doc, j) === ':' || _wd(doc, j) === 'is') j--;
  const x = _wd(doc, j);
  const y = _wd(doc, j - 1);
  if (x === 'date') return DATE_LABEL_WORDS.has(y) || STEP_ENDS.has(y) || y === '|';
  // "Date to be achieved:", "Date to be completed:": the date the target is to be met by.
  if (y === 'be' && _wd(doc, j - 2) === 'to' && _pastParticiple(x)) return _wd(doc, j - 3) === 'date';
  return x === '|' || (_whenLabel(x) && x !== 'reviewed');
}

/**
 * A term's point and a day written later in the text, the target's own ({@link ownDayAfterTerm}), on or less than two
 * weeks before the term's end: "by half term, 14/02/25", "by the end of the spring term, 4 April 2025", "every week this
 * spring term and swim 25 metres by 4 April 2025", "for the rest of the spring term. ... TARGET DATE: 04/04/2025". They name
 * one time and the day written says it exactly, so the term gives way to it, whichever the analyser's calendar puts later
 * (the labelling guide, Deadline labels: the final point is the deadline, and a day-precise date refines the point it
 * restates, as the row "a point and a bracket straight after it restating it" reads it in brackets). A day written before
 * the term ("By 31 March … and by the end of the spring term") is an earlier step, and a review's day ("Review 2 April")
 * says when progress is looked at: the term stays.
 */
function termDayWrittenLater(doc: _Doc, cands: _Cand[]): _Cand[] {
  let out = cands;
  for (let a = 0; a + 1 < cands.length; a++) {
    const term = cands[a] as _Cand;
    if (term.background || term.deadline?.kind !== 'term' || term.approx === null) continue;
    for (let b = a + 1; b < cands.length && b <= a + TERM_DAY_CANDS; b++) {
      const day = cands[b] as _Cand;
      if (day.approx === null || day.approx > term.approx || term.approx - day.approx >= RESTATE_DAYS || !ownDayAfterTerm(doc, term, day)) continue;
      if (out === cands) out = cands.slice();
      out[a] = { ...term, background: true };
      break;
    }
  }
  return out;
}

/** Whether `date` comes straight after the term `term` names an event ({@link termEventDated}). */
function eventDated(doc: _Doc, term: _Cand, date: _Cand): boolean {
  if (date.start < term.end || date.start - term.end > TERM_DATE_REACH) return false;
  return eventNoun(doc, term.end - 1) || eventNoun(doc, term.end);
}

/**
 * Whether `date` is a day or month in brackets straight after the term, with its own "by", "before" or "until" ("in the
 * summer term (by 18 July)"): the bracket says by when in the term, so it is the deadline (labelling guide, Deadline
 * labels: the final point is the deadline, and the bracket restates the term's point more exactly). "By the end of the
 * spring term (review 17/3)" names a review, not the term's point, and keeps the term.
 */
function bracketBy(doc: _Doc, term: _Cand, date: _Cand): boolean {
  return date.start === term.end + 1 && _wd(doc, term.end) === '(' && _STRONG_PREPS.has(_wd(doc, date.start));
}

/** Tokens read back from a term for the frequency whose span it is ("every week this term", "weekly in the spring term"). */
const HABIT_REACH = 3;

/**
 * Whether the date `date` refines the term `term` it falls in ({@link inTermOf}) though it is not next to it: the term is
 * only the span of a habit, a frequency straight before it ("every week this term", "weekly in the spring term"), and the
 * date is a day written after it in the same sentence with no "by" ("... and perform in the concert on 27 March"): the habit
 * leads to that day's event, the final point (the labelling guide, Deadline labels: the final point is the deadline). A
 * term that states what is achieved in it keeps its end against a day in another clause ("read 20 books in the summer
 * term and visit the library on 12 June", "in the summer term ..., finishing the first by 16 May": an earlier step), and so
 * does a week commencing in brackets, which dates only a point naming a week ({@link weekInBrackets}).
 */
function refinesTerm(doc: _Doc, date: _Cand, term: _Cand): boolean {
  if (term.strong || date.strong || date.month !== null || date.start < term.end || !_frequency(doc, Math.max(0, term.start - HABIT_REACH), term.start)) return false;
  for (let k = term.end; k < date.start; k++) if (_sentenceEndAt(doc, k) || _wd(doc, k) === '|') return false;
  if (_wd(doc, date.start - 1) !== '(') return true;
  for (let k = date.start; k < date.end; k++) if (_isWeekCommencing(doc, k)) return false;
  return true;
}

/** Whether the word at k is a noun naming a term's event ("mocks", "data", "phonics"), not the term's own word nor a small word. */
function eventNoun(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return doc.toks[k]?.kind === 'w' && !_STOP.has(x) && !_FUTURE.has(x) && !_TERM_WORDS.has(x) && !_HOLIDAY_WORDS.has(x) && x !== 'term' && x !== 'terms' && x !== 'half';
}

/** A term candidate's term, part and day as one key: two candidates name the end of the same term when their keys are equal; '' for any other. */
function termEndKey(c: _Cand): string {
  const x = c.deadline;
  return x?.kind === 'term' ? `${x.term} ${x.part} ${c.approx}` : '';
}

/**
 * Chooses the deadline: the latest non-background candidate (a day-precise date in the same month
 * supersedes a month-only one); ties go to the later phrase.
 * @param scan - The scan.
 * @returns The chosen candidate, or null.
 */
export function _chooseDeadline(scan: _DeadlineScan): _Cand | null {
  const cands = scan.candidates;
  // The live candidates are those not in the background; "in the KS2 reading SATs in May": the month dates the
  // target, the key stage only names the SATs (a candidate that yields counts only when all live ones yield).
  let anyLive = false;
  let anyFirm = false;
  for (const c of cands) {
    if (c.background) continue;
    anyLive = true;
    if (!c.yields) anyFirm = true;
  }
  if (!anyLive) return null;
  // Months of day-precise dates: a month-only candidate in one of them is superseded (no set unless there is one); "the
  // end of" a month only by a day restating it ("by the end of February (Fri 21/02)"; "(booked 3rd April)" is an event's day).
  let precise: Set<string> | null = null;
  let restated: Set<string> | null = null;
  for (const c of cands) {
    if (c.background || (anyFirm && c.yields)) continue;
    if (c.deadline?.kind !== 'date' || c.month !== null) continue;
    (precise ??= new Set<string>()).add(c.deadline.date.slice(0, 7));
    if (c.restates) (restated ??= new Set<string>()).add(c.deadline.date.slice(0, 7));
  }
  let best: _Cand | null = null;
  for (const c of cands) {
    if (c.background || (anyFirm && c.yields)) continue;
    const refining = c.month?.end === true ? restated : precise;
    if (refining !== null && c.month !== null && refining.has(`${c.month.year}-${String(c.month.month).padStart(2, '0')}`)) continue;
    if (best === null) {
      best = c;
      continue;
    }
    if (c.approx !== null && best.approx !== null) {
      // Ties go to the later phrase, unless only the earlier is introduced by "by", "before" or "until" ("By the end of
      // Year 6, ... every Thursday in the summer term": the same day, and the summer term only says when she goes). A month
      // and a point in it are the same point, one with "by" ("visits in June and July, ... by the end of the summer term").
      const tie = c.approx === best.approx || (c.strong !== best.strong && (inMonthOf(c, best) || inMonthOf(best, c)));
      if ((c.approx > best.approx && !tie) || (tie && (c.strong || !best.strong))) best = c;
    } else {
      best = c;
    }
  }
  return best;
}
