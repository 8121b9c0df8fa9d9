/**
 * The text analysis behind {@link checkSmartTarget}: builds the document, detects empty, placeholder
 * and repeated-phrase texts, then runs the deadline, measure and specificity scans. Every step is
 * linear in the length of the text; `ops` counts the steps so tests can check it.
 */
import { _rulesInGeneral } from './_compliance';
import { _capitalised, _endsIng, _endsLy } from './_ends';
import { toDayNumberOrNull, type IsoDate } from '../core/isoDate';
import { _inferArea } from './_area';
import { _chooseDeadline, _scanDeadlines, type _Cand, type _DeadlineScan, type _ScanOptions } from './_deadline';
import { _F3_NUMBER_WORD, _bareDoc, _buildDoc, _endOf, _finishDoc, _flag2At, _flag3At, _keptWords, _lacks, _wordFlag2, _startOf, _withTokens, _wordsOfText, type _Doc, type _Marks, type _OpCounter, type _Words } from './_doc';
import { _nearest, _walkBack, _walkOn } from './_walks';
import { _SOURCE_TIMES, _arrangedEvent, _awardLevelAt, _joinedCapability, _onlyGoodIn, _conductHeadingAt0, _F_ENDS, _FREQ_ADVERBS, _postGained, _scanMeasures, _placeEntered, _statedNow, _willBehaviours, _willMeasures, type _MeasureScan, _ATTENDED_ONCE, _RATE_AFTER } from './_measure';
import { _PART_ENDS, _BTEC_GRADES, _ADULT_SUBJECTS, _BECOMING, _BETTER_AT, _DURATION_UNITS, _GENERIC_OBJECTS, _HOW_OFTEN_ADVERBS, _KEPT_OCCASIONS, _NUMBER_WORDS, _OCCASIONS, _OWNING_DETERMINERS, _PLACEHOLDER_START, _QUOTE_MARKS, _TO_BE_DONE, _FUTURE, _PROVISION_NOUNS, _SANCTION_NOUNS, _BEHAVIOUR_POINT_WORDS, _SESSION_NOUNS, _STOP, _SUBJECTS, _TIMEKEEPING, _VAGUE, _WEEKDAY_PLURALS, _WEEKDAYS, _CHILD_ROLE_WORDS, _LOGGED_EVENTS } from './_phrases';
import { _RELATIVE_UNITS } from './_deadlineResolve';
import { _areaOnly, _stateText } from './_object';
import { _F_NO_OUTCOME, _reviewNote, _vagueOutcome } from './_review';
import { _workingNote } from './_workingNote';
import { _HEADINGS, _anyOutcome } from './_roles';
import { _activityClauses } from './_activity';
import { _serviceAttendedOnly } from './_serviceSessions';
import { _unnamedStepOnly } from './_nextStep';
import { _cohortAimOnly } from './_cohortAim';
import { _targetStandard } from './_standard';
import { _clubFragment, _noOutcomeFragment, type _Fragment } from './_fragment';
import { _adultWordIn, _adultsClausesOnly } from './_doer';
import { _hedgedAct, _offersOnly, _sentenceHedges, type _Hedges } from './_hedge';
import { _MODALS, _provisionRatesOnly, _RATE_PERIODS } from './_provisionRate';
import { _timetableOnly } from './_timetable';
import { _measuredChildAct } from './_childAct';
import { _BROAD_SCREENS, _screenScoreOnly } from './_screening';
import { _plainAim } from './_plainUse';
import { _baselineAlone, _recheckPointAlone, _statusFigures, _statusNote } from './_statusNote';
import { _pastTargetOnly } from './_pastTarget';
import { _keptRate } from './_keptRate';
import { _PURPOSE_MODALS, _purposeAt } from './_purpose';
import { _ACTIVITY_GROUPS, _ARRANGED, _ATTENDED, _ATTENDED_CLUB, _CONTINUING, _FOCUS, _GIVEN, _childVerb, _examSat, _goodInSubject, _hasClause, _twoWordOutcome, _markOf, _provisionClauses, _scanSpecific, _SUBJECT_PRONOUNS, _wishOnly, type _SpecificScan } from './_specific';
import { _recordOnly } from './_record';
import type { _TermCtx } from './_terms';
import { _normalise, type _Tok } from './_text';
import type { TargetArea } from '../core/enums';
import type { Deadline } from './types';

/** Longest evidence span kept, in characters. */
export const _MAX_SPAN = 120;
/** Most evidence spans kept per criterion. */
export const _MAX_EVIDENCE = 8;

/** Texts longer than this (in characters, once normalised) are read for their words before their tokens are made. */
const LONG_TEXT = 20_000;

/** Why a text could not be analysed as a target. */
export type _TextProblem = 'empty' | 'placeholder' | 'repetitive' | null;

/** The result of analysing a target's text. */
export interface _TextAnalysis {
  readonly problem: _TextProblem;
  readonly doc: _Doc;
  /**
   * `anchors`: how many anchors were found; `overruled`: anchors set aside, by a vague comparative or a heading (guide,
   * Specific rules 2 and 6) or by the child's wish alone with no measure and no point (Halton Appendix C); `described`: set
   * aside because no part of the text states an outcome and some part only describes (the present, a need, a report,
   * adults' provision: Halton Appendix C, "It is clear what will be achieved"); `partly`: so set aside while the rest of the text
   * was not read (its measure and point kept); `area`: every anchor names only an area (_object.ts),
   * `state`: one of them an inner state or feeling built up or learnt ("build his confidence", "learn to trust adults"), with its own advice.
   */
  readonly specific: { readonly met: boolean; readonly evidence: string[]; readonly vague: string[]; readonly anchors: number; readonly overruled: boolean; readonly unsure?: boolean; readonly described?: boolean; readonly partly?: boolean; readonly activity?: boolean; readonly adults?: boolean; readonly area?: boolean; readonly state?: boolean; readonly noOutcome?: 'review' | 'vague' | 'hedge' | _Fragment | null };
  /** `soft`: every measure is an observable capability or a stop-behaviour with no figure (which kind comes first). */
  /** `described`: a measure was found but set aside, as the text only describes (see `specific.described`). */
  /** `adultAct`: the only measure is a one-off thing adults arrange or do, read when nothing else measures (_arrangedEvent). */
  /** `noOutcome`: a measure was found but set aside, as the text is a fragment, review note, vague outcome or wish alone (see `specific.noOutcome`). */
  /** `undecided`: of those, set aside as the child's wish alone, an act not decided (_hedge.ts) or a topic's word read as a skill. */
  readonly measurable: { readonly met: boolean; readonly evidence: string[]; readonly comparatives: string[]; readonly soft: 'capability' | 'stop' | null; readonly described: boolean; readonly adultAct: boolean; readonly noOutcome: boolean; readonly undecided: boolean };
  readonly deadline: {
    readonly chosen: _Cand | null;
    readonly value: Deadline | null;
    readonly evidence: string[];
    readonly vague: string[];
    /** A deadline phrase was found but needs the meeting date to resolve. */
    readonly unresolved: boolean;
    /** The deadline came from the "Timescale (When)" cell. */
    readonly fromCell: boolean;
    /** Dates that do not exist ("30 February 2026"), in the text or the cell: flagged, never the deadline. */
    readonly impossible: string[];
    /** The impossible dates are in the cell. */
    readonly impossibleInCell: boolean;
    /** A point was found in the text but set aside, as the text only describes (see `specific.described`). */
    readonly described: boolean;
  };
  readonly area: TargetArea | null;
}

/** Options for {@link _analyseText}. */
export interface _AnalyseOptions {
  readonly terms: _TermCtx;
  readonly meeting: IsoDate | null;
  readonly nextReview: IsoDate | null;
  /**
   * `false` (SMART `detail: 'codes'`): no evidence strings are built; each evidence list of the
   * analysis is then only a sign of whether there is any ({@link _SOME_EVIDENCE} or an empty list), and
   * `specific.evidence`, `measurable.evidence` and `measurable.comparatives` (read only for evidence and
   * advice) are left empty.
   */
  readonly evidence?: boolean;
  /** `false` when the target's area is given: it is not inferred from the words (`area` is then null). */
  readonly inferArea?: boolean;
  /** The deadline scan's options ({@link _scanOptionsOf} of the above), when worked out once for many targets. */
  readonly scan?: _ScanOptions;
}

/**
 * The options of the deadline scan of a target's text (not a cell).
 * @param terms - Term context.
 * @param meeting - Meeting date.
 * @param nextReview - Next review date.
 * @returns The options.
 * @example
 * _scanOptionsOf(_termCtx('2025-01-15', undefined), '2025-01-15', null).cell; // false
 */
export function _scanOptionsOf(terms: _TermCtx, meeting: IsoDate | null, nextReview: IsoDate | null): _ScanOptions {
  return { terms, meeting, cell: false, nextReview: nextReview === null ? null : toDayNumberOrNull(nextReview) };
}

/** Text of tokens [a, b) of a document, at most {@link _MAX_SPAN} characters. */
export function _spanText(doc: _Doc, a: number, b: number): string {
  const start = _startOf(doc, Math.max(0, a));
  const end = _endOf(doc, Math.min(doc.toks.length, b) - 1);
  if (start < 0 || end < 0 || end <= start) return '';
  const s = doc.text.slice(start, Math.min(end, start + _MAX_SPAN));
  return s.trim();
}

/** No evidence: one frozen empty list shared by every analysis (never pushed to). */
const NO_EVIDENCE = Object.freeze([]) as unknown as string[];
/** What an evidence list is, when evidence is not built (`evidence: false`), if there is some. */
export const _SOME_EVIDENCE = Object.freeze(['']) as unknown as string[];

/** Whether {@link collect} would give any string: some span has text (no string kept). */
function presence(doc: _Doc, spans: readonly (readonly [number, number])[]): string[] {
  for (const [a, b] of spans) if (_spanText(doc, a, b) !== '') return _SOME_EVIDENCE;
  return NO_EVIDENCE;
}

/** Evidence strings of token spans: overlapping or touching spans merged, at most {@link _MAX_EVIDENCE}. */
function collect(doc: _Doc, spans: readonly (readonly [number, number])[]): string[] {
  if (spans.length === 0) return NO_EVIDENCE;
  let inOrder = true;
  for (let k = 1; k < spans.length && inOrder; k++) inOrder = (spans[k - 1] as readonly [number, number])[0] <= (spans[k] as readonly [number, number])[0];
  // A stable sort keeps spans that start together in their order, so spans already in order need no copy;
  // a few spans out of order are visited in that order without a copy either (picked one by one).
  const few = !inOrder && spans.length <= FEW_SPANS;
  const sorted = inOrder || few ? spans : [...spans].sort((x, y) => x[0] - y[0]);
  // Spans are merged as they come (no list of merged spans), each merged span's text kept once.
  let out: string[] | null = null;
  let open = false;
  let a0 = 0;
  let b0 = 0;
  let k = -1;
  for (let t = 0; t < sorted.length; t++) {
    k = few ? nextByStart(spans, k) : t;
    const [a, b] = sorted[k] as readonly [number, number];
    if (open && (a < b0 || (a === b0 && doc.clause[a] === doc.clause[Math.max(0, b0 - 1)]))) {
      b0 = Math.max(b0, b);
      continue;
    }
    if (open) {
      out = keep(doc, a0, b0, out);
      if (out !== null && out.length >= _MAX_EVIDENCE) return out;
    }
    a0 = a;
    b0 = b;
    open = true;
  }
  return keep(doc, a0, b0, out) ?? NO_EVIDENCE;
}

/** Spans out of order up to this many are visited in order by picking, not sorted in a copy. */
const FEW_SPANS = 16;

/** The index of the span after span `prev` (-1: the first) in a stable sort by start. */
function nextByStart(spans: readonly (readonly [number, number])[], prev: number): number {
  const ps = prev < 0 ? -Infinity : (spans[prev] as readonly [number, number])[0];
  let best = -1;
  let bs = Infinity;
  for (let j = 0; j < spans.length; j++) {
    const s = (spans[j] as readonly [number, number])[0];
    if (s < ps || (s === ps && j <= prev)) continue;
    if (s < bs) {
      best = j;
      bs = s;
    }
  }
  return best;
}

/** `out` with the text of tokens [a, b) added when it has text not already there (a list is made for the first). */
function keep(doc: _Doc, a: number, b: number, out: string[] | null): string[] | null {
  const s = _spanText(doc, a, b);
  if (s === '' || (out !== null && out.includes(s))) return out;
  if (out === null) return [s];
  out.push(s);
  return out;
}

/** The evidence of one span (the deadline's): its text, or none. */
function spanEvidence(doc: _Doc, a: number, b: number): string[] {
  const s = _spanText(doc, a, b);
  return s === '' ? NO_EVIDENCE : [s];
}

/** Whether the token sequence is one short phrase repeated (smallest period ≤ a quarter of it). */
function isRepetitive(doc: _Words, ops: _OpCounter): boolean {
  const w = doc.w;
  const n = w.length;
  if (n < 40) return false;
  // A period p ≤ n / 4 repeats the first word at p: without it in the first quarter, no period is that short.
  let seen = false;
  for (let p = 1; p <= n >> 2 && !seen; p++) {
    ops.n += 1;
    seen = w[p] === w[0];
  }
  if (!seen) return false;
  // Knuth–Morris–Pratt failure function: linear time.
  const fail = new Int32Array(n);
  let k = 0;
  for (let i = 1; i < n; i++) {
    ops.n += 1;
    while (k > 0 && w[i] !== w[k]) {
      k = fail[k - 1] as number;
      ops.n += 1;
    }
    if (w[i] === w[k]) k += 1;
    fail[i] = k;
  }
  const period = n - (fail[n - 1] as number);
  return period * 4 <= n;
}

const TO_BE_DONE = _TO_BE_DONE;

/** How many tokens from the start a placeholder's heading mark may stand at ("To be confirmed -", "N/A -", "TBC:"). */
const PLACEHOLDER_LABEL_REACH = 4;
/** How many tokens after the mark are read for a thing still to be done ("… targets to be set at the next PEP"). */
const PLACEHOLDER_CONTENT_REACH = 16;

/**
 * Whether a placeholder labels a target written after its heading's mark (_roles.ts, _HEADINGS): what follows the mark is a
 * target's content, two or more words that say more than timing or review ({@link _STOP}), not opening with another
 * placeholder or a thing still to be done ({@link TO_BE_DONE}): "TBC - learn the 2, 5 and 10 times tables", "N/A - read 3
 * books by half term", "To be confirmed - spell 10 Year 4 words correctly"; not "TBC - ongoing", "TBC - agreed at next
 * meeting with SENCo", "N/A - to be reviewed", "n/a – new into care, targets to be set at the next PEP".
 */
function labelledTarget(doc: _Doc): boolean {
  const n = doc.toks.length;
  for (let i = 1; i < n && i <= PLACEHOLDER_LABEL_REACH; i++) {
    if (!_HEADINGS.has(doc.w[i] ?? '') || doc.toks[i]?.kind !== 'p') continue;
    let k = i + 1;
    while (k < n && doc.toks[k]?.kind === 'p') k += 1;
    const opening = doc.w[k] ?? '';
    if (k >= n || TO_BE_DONE.has(opening) || _PLACEHOLDER_START.has(opening) || opening === 'ongoing') return false;
    // A reason and a thing still to be done after the mark ("n/a – new into care, targets to be set at the next PEP"): still a
    // placeholder, read within a bounded reach.
    for (let j = k; j + 2 < n && j < k + PLACEHOLDER_CONTENT_REACH; j++) if (doc.w[j] === 'to' && doc.w[j + 1] === 'be' && TO_BE_DONE.has(doc.w[j + 2] ?? '')) return false;
    // Words of content: a bounded count (two are enough).
    let content = 0;
    for (let j = k; j < n && content < 2; j++) if (doc.toks[j]?.kind !== 'p' && !_STOP.has(doc.w[j] ?? '')) content += 1;
    return content >= 2;
  }
  return false;
}

function isPlaceholder(doc: _Doc): boolean {
  // The first five words (not marks), '' for none, and how many there are, counted only as far as the limits below need (17).
  let w0 = '';
  let w1 = '';
  let w2 = '';
  let w3 = '';
  let w4 = '';
  let wordCount = 0;
  for (let i = 0; i < doc.toks.length && wordCount <= 16; i++) {
    if ((doc.toks[i] as _Tok).kind === 'p') continue;
    const x = doc.w[i] as string;
    if (wordCount === 0) w0 = x;
    else if (wordCount === 1) w1 = x;
    else if (wordCount === 2) w2 = x;
    else if (wordCount === 3) w3 = x;
    else if (wordCount === 4) w4 = x;
    wordCount += 1;
  }
  if (wordCount === 0) return true;
  const first = w0;
  const second = w1;
  if (wordCount <= 16) {
    // "TBC - learn the 2, 5 and 10 times tables", "N/A - read 3 books by half term": the placeholder labels a target written
    // after its mark, which is read as usual (Specific rule 6 denies a placeholder alone).
    if ((_PLACEHOLDER_START.has(first) || (first === 'n' && second === 'a') || (first === 'to' && second === 'be')) && labelledTarget(doc)) return false;
    if (first === 'n' && doc.w[1] === '/' && second === 'a') return true;
    if (_PLACEHOLDER_START.has(first)) {
      if (first === 'as' && second !== 'per' && second !== 'above' && second !== 'before' && second !== 'previous' && second !== 'last') return false;
      if (first === 'same' && second !== 'as') return false;
      if (first === 'see' && wordCount > 6) return false;
      if (first === 'refer' && second !== 'to') return false;
      if (first === 'none' && wordCount > 3) return false;
      return true;
    }
    if (first === 'to' && second === 'be' && TO_BE_DONE.has(w2)) return true;
    if (first === 'targets' && second === 'to' && w2 === 'be') return true;
    // "Writing target to be set at next review": a target still to be written, after at most two words.
    if (w1 === 'to' && w2 === 'be' && TO_BE_DONE.has(w3) && (w0 === 'target' || w0 === 'targets')) return true;
    if (w2 === 'to' && w3 === 'be' && TO_BE_DONE.has(w4) && (w1 === 'target' || w1 === 'targets')) return true;
  }
  return false;
}

/** Words that hedge a point written alone ("By end of year - TBC", "by end of summer - ongoing", "Before half term?"). */
const HEDGES: ReadonlySet<string> = new Set(['tbc', 'tba', 'tbd', 'ongoing', '?']);

/** Tokens after "by the time" a leaving point's verb may stand at ("by the time she moves to secondary school"). */
const LEAVING_REACH = 5;

/**
 * Whether a text of timing alone opens with "by" or "before" and has a point: the answer pasted from a "By when?" box
 * ("By Summer 2", "By: Easter", "By the next LAC review", "by the time she moves to secondary school", "By half-term, by
 * end of term": the final point, as in a sentence). Time-bound is met by it (labelling guide, Time-bound (T): "a point
 * by which the target is achieved or reviewed"; Bolton, smart targets, Example: "By when?" — "by the end of the Summer
 * Term"), while nothing is named to achieve (not specific, not measurable). Timing with no "by", "Review in 6 weeks.",
 * "Ongoing", stays a placeholder (labelled.json h256: "A review date with no target"), and so does a point hedged by
 * "TBC", "ongoing" or a question mark ("By end of year - TBC", "Before half term?"): the guide's "Not deadlines" has
 * vague timing ("ongoing", "TBC"), a point not yet settled.
 */
function byPointAlone(doc: _Doc, point: _Cand | null, cands: readonly _Cand[]): boolean {
  if (point === null || point.deadline === null) return false;
  let i = 0;
  while (i < doc.toks.length && doc.toks[i]?.kind === 'p') i += 1;
  if (!BY_WORDS.has(doc.w[i] ?? '')) return false;
  for (let k = i + 1; k < doc.toks.length; k++) if (HEDGES.has(doc.w[k] ?? '')) return false;
  // "By: end of summer term", "By - Easter": a colon or dash after the box's "by".
  const j = doc.w[i + 1] === ':' || doc.w[i + 1] === '-' ? i + 1 : i;
  // The opening "by" starts a point (the chosen one, or an earlier one the final point follows), or "by the time" cues a leaving point.
  const leaving = doc.w[i + 1] === 'the' && doc.w[i + 2] === 'time' && point.start <= i + 2 + LEAVING_REACH;
  const first = j > i ? j + 1 : i;
  return leaving || cands.some((c) => !c.background && c.deadline !== null && c.start <= first);
}

/**
 * The first point hedged by "hopefully" ({@link _Cand.hoped}), or null: no deadline ("hopefully by summer": _deadline.ts,
 * hopedFor), but the text still names a point, and the readings of Specific and Measurable see it as before.
 */
function hopedPoint(cands: readonly _Cand[]): _Cand | null {
  return cands.find((c) => c.hoped) ?? null;
}

/** The word flag of {@link _STOP} (read by {@link onlyTiming}). */
const F_STOP = _wordFlag2(_STOP);

/** Whether the text says nothing besides timing ("Review in 6 weeks.", "Ongoing", "End of term"). */
function onlyTiming(doc: _Doc): boolean {
  for (let i = 0; i < doc.toks.length; i++) {
    const t = doc.toks[i];
    if (t === undefined || t.kind !== 'w') continue;
    if (doc.used[i] !== 0) continue;
    const x = doc.w[i] as string;
    // "I will be on time": punctuality, not timing (the labelling guide, Settled cases).
    if (x === 'time' && doc.w[i - 1] === 'on') return false;
    if (_flag2At(doc, i, F_STOP) || x === 'ongoing' || x === 'soon' || x === 'asap' || x === 'end' || x === 'start') continue;
    // "Review date: 14/03/25", "Next review date: next LAC review": the date of a review with no target is timing alone
    // (labelled.json h256, "A review date with no target"; labels y49-170, y49-250, y57-245).
    if ((x === 'date' || x === 'dates') && doc.w[i - 1] === 'review') continue;
    return false;
  }
  return true;
}

/** What a behaviour earns, counted after a broad word ("3 behaviour points", "2 behaviour incidents"). */
const EARNED = new Set(['points', 'point', 'incidents', 'incident', 'logs', 'referrals', 'warnings', 'sanctions', 'detentions', 'removals']);

/** Words before a figure that make it a ceiling ("fewer than 10", "under 5", "below 3"). */
const CEILINGS = new Set(['than', 'under', 'below']);

/**
 * The earned noun after a broad word ("behaviour points") earlier in the sentence of the figure at k (twelve tokens at
 * most), outside background, or -1.
 */
function earnedBefore(doc: _Doc, k: number): number {
  for (let j = k - 2; j >= 1 && j >= k - 12; j--) {
    const x = doc.w[j] ?? '';
    if (x === '.' || x === ';' || x === '\n') return -1;
    if (EARNED.has(x) && _VAGUE.has(doc.w[j - 1] ?? '') && doc.bg[j] === 0) return j;
  }
  return -1;
}

/** The parts of a whole curriculum a figure counts after "all" ("all 7 areas of the EYFS", "all 3 areas", "all 10 subjects"). */
const WHOLE_PARTS = new Set(['areas', 'aspects', 'subjects', 'strands']);
/** Words between a figure and the part it counts that name the parts' kind ("8 GCSE subjects", "4 subject areas", "7 prime and specific areas"). */
const WHOLE_GAP = 3;
/**
 * Words before "in all" that name what is reached in every part: a grade, level, standard or score ("a grade 5 in all 4
 * subjects"), an Early Learning Goal, GLD or greater depth (the labelling guide, Measurable rule 5: "a standard the child
 * reaches"; DfE, EYFS profile handbook, "the early learning goals"). Not "better" or "higher" (a comparison names no standard:
 * "Do better in all 3 subjects"); "ARE" only in capitals ({@link reachedAt}), not the verb "are".
 */
const REACHED = new Set([..._BTEC_GRADES, 'grade', 'grades', 'level', 'levels', 'standard', 'expected', 'passes', 'score', 'mark', 'marks', 'above', 'elg', 'elgs', 'goal', 'goals', 'gld', 'depth']);

/** Whether token j names what is reached ({@link REACHED}; "ARE", age-related expectations, written in capitals), not "expected progress". */
function reachedAt(doc: _Doc, j: number): boolean {
  const x = doc.w[j] ?? '';
  if (x === 'are') return doc.toks[j]?.raw === 'ARE';
  return REACHED.has(x) && doc.w[j + 1] !== 'progress';
}

/** Whether the figure at j is a grade, level or score reached ("grade 5", "a 4", "70%", "8/10"), not a year or date ("In Year 9", "By 2026"). */
function reachedFigure(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t?.kind !== 'n') return false;
  const before = doc.w[j - 1] ?? '';
  return t.suffix !== '' || doc.w[j + 1] === '/' || before === 'a' || before === 'an' || (before !== 'year' && REACHED.has(before));
}

/** Whether the figure at k follows a word of every part: "all 7", "each of the 7", "every one of the 7", "all of his 9", "in the 7". */
function wholeBefore(doc: _Doc, k: number): boolean {
  const w = (j: number): string => doc.w[j] ?? '';
  if (w(k - 1) === 'all') return true;
  const det = w(k - 1) === 'the' || w(k - 1) === 'his' || w(k - 1) === 'her' || w(k - 1) === 'their';
  if (!det) return false;
  if (w(k - 2) === 'of') return w(k - 3) === 'all' || w(k - 3) === 'each' || (w(k - 3) === 'one' && w(k - 4) === 'every');
  // "progress in the 7 areas of learning": the parts of the whole named with "the" after "in" or "across".
  return w(k - 1) === 'the' && (w(k - 2) === 'in' || w(k - 2) === 'across');
}

/**
 * Whether the figure at k counts every part of a whole ("progress in all 7 areas of the EYFS", "Improve in all 8 GCSE
 * subjects", "in each of the 7 areas of learning"): the whole curriculum names no particular skill (the labelling guide,
 * Specific rule 1; Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What specific skills or knowledge need to be
 * acquired"), so the figure names no thing counted. Not a grade, standard or score reached in every part ("Achieve a grade 5
 * in all 4 subjects", "a 4 in all 3 subjects"): the qualification the child will achieve is specific (the guide's S definition).
 */
function wholeCount(doc: _Doc, k: number): boolean {
  if (!wholeBefore(doc, k)) return false;
  let part = -1;
  for (let j = k + 1; j <= k + 1 + WHOLE_GAP && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[k]; j++) {
    if (WHOLE_PARTS.has(doc.w[j] ?? '')) {
      part = j;
      break;
    }
  }
  if (part < 0) return false;
  // The preposition before the quantifier ("in all", "across all", "in each of"), then what is reached before it.
  let q = k - 1;
  while (q > 0 && doc.w[q] !== 'in' && doc.w[q] !== 'across' && q > k - 5) q -= 1;
  for (let j = q - 1; j >= 0 && j >= q - 4 && doc.clause[j] === doc.clause[k]; j--) if (reachedFigure(doc, j) || reachedAt(doc, j)) return false;
  return true;
}

const NOT_COUNTED = new Set(['out', 'of', 'or', 'and', 'to', 'in', 'on', 'at', 'a', 'an', 'the', 'per', 'more', 'less', 'fewer', 'times', 'x']);

/**
 * A figure followed by the thing it counts names that thing ("fewer than 3 detentions", "100 house points",
 * "2 friends", "all 44 phonemes"): a specific anchor (the labelling guide, Specific: the particular
 * behaviour or task the child will achieve), unless the thing is a unit of time or an occasion
 * ("10 minutes", "3 afternoons a week"), a percentage or a broad word.
 */
function countedThings(doc: _Doc, spans: readonly (readonly [number, number])[], provision: _Marks): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    for (let k = a; k < b; k++) {
      const t = doc.toks[k];
      // "zero sanctions", "make two friends" count their noun like "0 sanctions", "make 2 friends".
      if (t === undefined || provision[k] !== 0 || !((t.kind === 'n' && t.suffix === '') || (t.kind === 'w' && _flag3At(doc, k, _F3_NUMBER_WORD)))) continue;
      const next = doc.toks[k + 1];
      const y = doc.w[k + 1] ?? '';
      // "fewer than 3 behaviour points": what the behaviour earns, counted below a figure, names it (the labelling guide,
      // Settled cases: a stop-behaviour read from what it earns), though "behaviour" alone is broad.
      if (next !== undefined && _VAGUE.has(y) && EARNED.has(doc.w[k + 2] ?? '') && doc.clause[k + 2] === doc.clause[k]) {
        out.push([k, k + 3]);
        continue;
      }
      // "reduce her behaviour points from 20 to fewer than 10": a ceiling whose noun is left out counts the earned noun before it.
      if (CEILINGS.has(doc.w[k - 1] ?? '') && (next === undefined || next.kind !== 'w' || _STOP.has(y))) {
        const j = earnedBefore(doc, k);
        if (j >= 0) out.push([j - 1, j + 1]);
        continue;
      }
      if (next === undefined || next.kind !== 'w' || NOT_COUNTED.has(y) || _STOP.has(y) || _VAGUE.has(y)) continue;
      // "30 minutes of reading practice", "20 minutes on TT Rockstars": an activity named as it is measured (the labelling
      // guide, Specific rule 5), like "reading for 10 minutes"; not time of provision or of a broad word ("of support").
      if (_DURATION_UNITS.has(y) && timedActivity(doc, k + 2)) {
        out.push([k, k + 4]);
        continue;
      }
      if (_DURATION_UNITS.has(y) || _OCCASIONS.has(y) || _RELATIVE_UNITS.has(y) || _SUBJECTS.has(y) || wholeCount(doc, k)) continue;
      out.push([k, k + 2]);
    }
  }
  return out;
}

/** Words after "minutes of" that name no activity ("10 minutes of support", "of work", "of the lesson"). */
const NOT_ACTIVITIES = new Set(['support', 'help', 'work', 'time', 'learning', 'each', 'every', 'his', 'her', 'their', 'my', 'the', 'a', 'an', 'adult', 'staff', '1:1', 'one-to-one', 'focus', 'lesson', 'lessons', 'session', 'sessions']);

/** Whether "of"/"on" at k opens an activity after a duration: a word that is no provision, occasion, broad or general word. */
function timedActivity(doc: _Doc, k: number): boolean {
  const x = doc.w[k];
  const y = doc.w[k + 1] ?? '';
  if ((x !== 'of' && x !== 'on') || doc.toks[k + 1]?.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k]) return false;
  return !NOT_ACTIVITIES.has(y) && !_STOP.has(y) && !_VAGUE.has(y) && !_OCCASIONS.has(y) && !_PROVISION_NOUNS.has(y) && !_GENERIC_OBJECTS.has(y);
}

/**
 * Whether a measure is a rate of attending: a percentage or proportion of the occasions ("90% of", "4 out of 5", "9/10
 * of"), all of them ("all of her sessions", "every week", "each session"), the days gone on ("attend tutoring on Wednesdays",
 * as "every Wednesday" is: the labelling guide's club row, days of provision keep the provision row's "stated rate or
 * frequency of attending"), or the occasions counted in total or missed ("(8 in total)", "with no more than two missed");
 * not how often the provision runs ("weekly", "twice a week", "three afternoons a week"), nor a limit with no number ("no
 * more than necessary support").
 */
function attendanceRate(doc: _Doc, span: readonly [number, number]): boolean {
  const first = doc.w[span[0]] ?? '';
  if (first === 'every' || first === 'each' || first === 'all') return true;
  if (first === 'on' && pluralDayAt(doc, span[0] + 1)) return true;
  for (let k = span[0]; k < span[1]; k++) {
    const t = doc.toks[k];
    if (t?.kind === 'n' && (t.suffix === '%' || doc.w[k + 1] === 'of' || (doc.w[k + 1] === 'out' && doc.w[k + 2] === 'of') || (doc.w[k - 1] === 'of' && doc.w[k - 2] === 'out'))) return true;
    // The occasions counted: "(8 in total)", "no more than two missed", "at most one session missed".
    if ((t?.kind === 'n' || _NUMBER_WORDS.has(doc.w[k] ?? '')) && ((doc.w[k + 1] === 'in' && doc.w[k + 2] === 'total') || doc.w[k + 1] === 'missed' || (_SESSION_NOUNS.has(doc.w[k + 1] ?? '') && doc.w[k + 2] === 'missed') || noneMissed(doc, k))) return true;
    if (totalCount(doc, k)) return true;
  }
  return stepTarget(doc, span[0]);
}

/**
 * Whether the measure at a is the figure a step reaches from a baseline ("improve her grid score from 40/60 to 55/60"): the
 * child's own score, which no provision attended has, so it measures inside it (the labelling guide, Measurable rule 6: a
 * baseline needs "a target figure"; Barnet, Examples of SMART Outcomes: "use a baseline for the outcome so you can measure it").
 */
function stepTarget(doc: _Doc, a: number): boolean {
  return doc.toks[a]?.kind === 'n' && doc.w[a - 1] === 'to' && doc.bg[a - 2] === 1 && doc.toks[a - 2]?.kind === 'n';
}

/** Verbs of missing before a count of the occasions missed ("miss 0 appointments"). */
const MISSING: ReadonlySet<string> = new Set(['miss', 'misses']);
/** Occasions of provision whose missing is counted ("miss 0 appointments"): sessions and appointments. */
const MISSED_OCCASIONS: ReadonlySet<string> = _KEPT_OCCASIONS;

/**
 * Whether the count at k is of occasions of provision missed, none of them ("miss 0 appointments", "misses zero sessions"): a
 * rate of attending, as "no more than two missed" is (Settled cases: "a stated rate or frequency of attending still
 * measures"). Not any time missed ("will miss 2 weeks for his operation": an absence stated, no rate to reach).
 */
function noneMissed(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  const none = t?.kind === 'n' ? t.num === 0 && t.suffix === '' : _NUMBER_WORDS.get(doc.w[k] ?? '') === 0;
  return none && MISSING.has(doc.w[k - 1] ?? '') && MISSED_OCCASIONS.has(doc.w[k + 1] ?? '');
}

/** Words after a count of occasions that make it how often ("twice a week", "3 times per term": _measure.ts's). */
const RATE_AFTER = _RATE_AFTER;
/** Counts of occasions in words ("at least once before her birthday", "twice this year"). */
const OCCASION_COUNTS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice']);

/**
 * Whether token k counts the occasions in all ("meet her adviser at least once before her 18th birthday", "meet the careers
 * adviser twice this year", "visit her new class 3 times"), not how often they run ("once a week", "3 times a term"): a total
 * the child is to reach, as "(8 in total)" is, so it still measures inside provision attended (the labelling guide, Settled
 * cases: "a stated rate or frequency of attending still measures"; Measurable rule 1: a count).
 */
function totalCount(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  const at = OCCASION_COUNTS.has(x) ? k + 1 : doc.toks[k]?.kind === 'n' && doc.w[k + 1] === 'times' ? k + 2 : -1;
  return at > 0 && !RATE_AFTER.has(doc.w[at] ?? '') && !_FREQ_ADVERBS.has(doc.w[at] ?? '');
}

/** Words of how often, besides numbers ("once a week", "every Tuesday", "weekly"): the measure scan's adverbs of frequency, "every", "each". */
const HOW_OFTEN: ReadonlySet<string> = new Set([..._FREQ_ADVERBS, 'every', 'each']);

/**
 * Whether a measure is only how often the child goes to provision attended ("attend Lego therapy once a week", "attend nurture
 * group 4 afternoons a week"): it measures the going (the labelling guide, Settled cases: "a stated rate or frequency of
 * attending still measures"), but names no outcome of the child's, so no anchor is read from it.
 */
function rateOfGoing(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  return _markOf(doc, provision, span) === _ATTENDED && !attendanceRate(doc, span);
}

/**
 * Whether a measure says how often, not how long or how many: a word of how often ("weekly", "once", "every"), days named in the
 * plural ("on Tuesdays"), or a period after "a" or "per" ("4 afternoons a week", {@link _RATE_PERIODS}); not a schedule in
 * brackets ("(weekly, 1 hour)"), nor with a length of time anywhere in its clause ("a 15 minute group", "20 minutes a day",
 * "1 hour weekly", "weekly for 30 minutes"): how long each session runs is a quantity of provision (Measurable rule 6).
 */
function howOften(doc: _Doc, span: readonly [number, number]): boolean {
  return doc.w[span[0] - 1] !== '(' && !lengthOfTimeIn(doc, span) && oftenWords(doc, span);
}

/** Whether the span holds a word of how often, days in the plural or a period after "a" or "per" ({@link howOften}'s words). */
function oftenWords(doc: _Doc, span: readonly [number, number]): boolean {
  for (let k = span[0]; k < span[1]; k++) {
    const x = doc.w[k] ?? '';
    if (HOW_OFTEN.has(x) || pluralDayAt(doc, k) || ((x === 'a' || x === 'per') && _RATE_PERIODS.has(doc.w[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Words read either side of a rate for a length of time in its clause (a clause of provision is far shorter; keeps it linear). */
const LENGTH_REACH = 12;

/** Whether a unit of time ({@link _DURATION_UNITS}: "minutes", "hour") stands in the clause of the span, either side of it. */
function lengthOfTimeIn(doc: _Doc, span: readonly [number, number]): boolean {
  const clause = doc.clause[span[0]];
  for (let k = span[0]; k >= 0 && k >= span[0] - LENGTH_REACH && doc.clause[k] === clause; k--) if (_DURATION_UNITS.has(doc.w[k] ?? '')) return true;
  for (let k = span[0] + 1; k < doc.toks.length && k <= span[1] + LENGTH_REACH && doc.clause[k] === clause; k++) if (_DURATION_UNITS.has(doc.w[k] ?? '')) return true;
  return false;
}

/** Words before a rate that make it describe the session's kind ("a daily session", "her weekly appointments"): an article or an owner. */
const KIND_LEADS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS, 'a', 'an']);

/**
 * Whether the rate stands before its noun as a word of the session's kind ("participate in a daily 15 minute group session",
 * "attend her weekly CAMHS appointments"): how the provision runs, not a rate of going the target sets (label p058 not
 * measurable).
 */
function sessionKind(doc: _Doc, span: readonly [number, number]): boolean {
  return KIND_LEADS.has(doc.w[span[0] - 1] ?? '');
}

/** Words read after a rate for the adult who gives the provision ("weekly with the learning mentor"). */
const GIVER_REACH = 3;

/**
 * Whether the adult who runs the provision is named with "with" straight after the rate ("attend social skills group weekly
 * with the learning mentor"): the rate is then the provision's timetable, who gives it and how often, as "Read Write Inc daily
 * with TA" is (_provisionRate.ts; Measurable rule 6; label t071 not measurable).
 */
function giverAfter(doc: _Doc, span: readonly [number, number]): boolean {
  return giverAt(doc, span[1]);
}

/** Whether the token at w is "with" and an adult ({@link _ADULT_SUBJECTS}) follows within {@link GIVER_REACH} words ("with his key worker"). */
function giverAt(doc: _Doc, w: number): boolean {
  if (doc.w[w] !== 'with') return false;
  for (let k = w + 1; k <= w + GIVER_REACH && doc.toks[k]?.kind === 'w'; k++) {
    const x = doc.w[k] ?? '';
    // "with his class teacher" names the adult; "with his class" names the children he goes with, no adult who gives it.
    if (_ADULT_SUBJECTS.has(x) && !(GROUPS.has(x) && doc.toks[k + 1]?.kind !== 'w')) return true;
  }
  return false;
}

/**
 * Adults' words that, ending the phrase, name the children the child goes with, not an adult ("with his class"). Not "team":
 * "with the CAMHS team" names the adults who give it.
 */
const GROUPS: ReadonlySet<string> = new Set(['class']);

/**
 * Whether the adult who runs the provision is named with "with" inside the provision attended before the rate ("attend
 * counselling with his key worker, weekly", "attend sessions with the mentor weekly"): who gives it and how often, the
 * provision's timetable as {@link giverAfter} reads it the other way round (Measurable rule 6; label t071 not measurable).
 */
function giverBefore(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  let k = span[0] - 1;
  if (RATE_MARKS.has(doc.w[k] ?? '')) k -= 1;
  for (; k >= 0 && provision[k] === _ATTENDED; k--) if (giverAt(doc, k)) return true;
  return false;
}

/** The status of provision kept up, not set ("Ongoing:", "(ongoing)"): read anywhere in the rate's sentence. */
const ONGOING = 'ongoing';
/** The going kept up, read after the rate ("weekly, continuing until Easter"). */
const CONTINUING_AFTER = 'continuing';
/** Words between a verb of continuing and the going it governs ("continue to attend", "carry on attending", "keep going to"). */
const KEPT_LINKS: ReadonlySet<string> = new Set(['to', 'on', 'with']);

/**
 * Whether the going the rate at span measures is kept up, not set ("will continue to see the ELSA weekly", "keep attending
 * counselling weekly", "Ongoing: attend her weekly appointments", "counselling weekly (ongoing)"): the rate is then how the
 * provision runs on, not a rate of going the target sets (Measurable rule 6: "continue" is a process verb alone). A verb of
 * continuing ({@link _CONTINUING}) counts only where it governs the going: right before the provision's own words, past "to"
 * or "on"; "keep calm and attend counselling weekly" keeps up something else, and a sentence before ("Continue with current
 * support.") is another target's. "Ongoing" is read in the rate's sentence, either side.
 */
function keptUp(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  if (_nearest(doc, span[0] - 1, ONGOING_BACK) >= 0) return true;
  // "weekly, continuing until Easter": "continuing" after the rate is the provision kept up, as "ongoing" is; not "continuing
  // to" an act of the child's of its own ("weekly, continuing to use her calm box").
  if (_nearest(doc, span[1], ONGOING_ON) >= 0) return true;
  // The provision's words start at its verb or the frame before it ("to attend", "will go to"); the verb of continuing stands
  // among them or just before them, past at most KEPT_REACH links.
  let r = span[0];
  while (r > 0 && provision[r - 1] === _ATTENDED) r -= 1;
  for (let k = span[0] - 1; k >= 0 && k >= r - 1 - KEPT_REACH; k--) {
    if (_CONTINUING.has(doc.w[k] ?? '')) return true;
    if (k < r && !KEPT_LINKS.has(doc.w[k] ?? '')) return false;
  }
  return false;
}

/** The walk back to "ongoing" in the sentence ({@link keptUp}). */
const ONGOING_BACK = _walkBack(endsSentence, (doc, k) => doc.w[k] === ONGOING);
/** The walk on to "ongoing", or "continuing" not before "to", in the sentence ({@link keptUp}). */
const ONGOING_ON = _walkOn(endsSentence, (doc, k) => doc.w[k] === ONGOING || (doc.w[k] === CONTINUING_AFTER && doc.w[k + 1] !== 'to'));

/** Link words read back past, before the provision's words, for a verb of continuing ("continue on to attend"). */
const KEPT_REACH = 2;

/** Whether the token at k ends a sentence (. ; ! ? or a line break). */
function endsSentence(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/** Whether a measure says how often: a number, a word of how often, or days named in the plural ("on Tuesdays"). */
function goingFrequency(doc: _Doc, span: readonly [number, number]): boolean {
  for (let k = span[0]; k < span[1]; k++) {
    const x = doc.w[k] ?? '';
    if (doc.toks[k]?.kind === 'n' || HOW_OFTEN.has(x) || pluralDayAt(doc, k)) return true;
  }
  return false;
}

/** Whether the word at k is a day named in the plural ("Tuesdays"): every week on that day. */
function pluralDayAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  return x.endsWith('days') && _WEEKDAYS.has(x);
}


/** Measures of the child's own attendance or punctuality, named in a baseline before a target figure. */
const BASELINE_METRICS = new Set(['attendance', ..._TIMEKEEPING, 'lates']);

/**
 * Whether the word after a baseline's score names what is scored ("5/20 spellings"): not a preposition, a conjunction or
 * other small word of `_STOP` ("5/20 and a target of …"), a word of time ("4/10 yesterday"), nor a broad screen, whose total names no
 * particular skill (Specific rule 7: "42/68 Boxall", "5/20 SDQ"; _screening.ts).
 */
function scaleNoun(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  // "6/25 times tables": the tables scored, not a count of times.
  if (x === 'times' && doc.w[k + 1] === 'tables') return true;
  return !_STOP.has(x) && !_SOURCE_TIMES.has(x) && !_BROAD_SCREENS.has(x);
}

/**
 * The child's attendance or punctuality named in the baseline before the token `before` ("Attendance currently 81%."), or
 * the word after a baseline's score on the scale of the target's score at `before` ("APDR – Assess: baseline 5/20 spellings.
 * Plan: 12/20 by 7 March": the target reaches a score in what the baseline names; Specific, the particular skill; Measurable
 * rule 2, a score written with a slash), or null.
 */
function baselineMetric(doc: _Doc, before: number): readonly [number, number] | null {
  const target = doc.toks[before];
  for (let k = 0; k < before; k++) {
    if (doc.bg[k] !== 1) continue;
    if (BASELINE_METRICS.has(doc.w[k] ?? '')) return [k, k + 1];
    const base = doc.toks[k];
    if (target?.sep === '/' && base?.sep === '/' && base.parts[1] === target.parts[1] && doc.toks[k + 1]?.kind === 'w' && doc.bg[k + 1] === 1 && scaleNoun(doc, k + 1)) return [k + 1, k + 2];
  }
  return null;
}

/** Sanctions a behaviour earns ("red cards" below). */
const SANCTIONS = _SANCTION_NOUNS;
/**
 * Words before a figure that make it a level the points get to ("fewer than 5", "below 5", "from 20 to 8", "down to 5",
 * "target: 0"). Not "from": the figure after it is where a cut starts, a baseline ("reduce fights (from 3 a week)"), and the
 * level is the figure after "to".
 */
const LEVEL_BEFORE: ReadonlySet<string> = new Set(['than', 'below', 'under', 'to', 'most', 'max', 'maximum', 'only', ':', 'target']);
/** Words after a figure and "or" that make it a level ("5 or fewer", "3 or less"). */
const LEVEL_OR: ReadonlySet<string> = new Set(['fewer', 'less', 'under', 'below', 'lower']);

/**
 * Whether the figure at k is a level of the points themselves ("fewer than 5 a week", "from 20 to 8", "5 or fewer",
 * "0 behaviour points"), not a count of something else the sentence names ("in 3 lessons a week", "4 out of 5 weeks") nor a
 * share cut ("by 50%"): the settled row reads behaviour points "below a figure".
 */
function pointsLevel(doc: _Doc, k: number): boolean {
  const before = doc.w[k - 1] ?? '';
  const after = doc.w[k + 1] ?? '';
  return LEVEL_BEFORE.has(before) || (after === 'or' && LEVEL_OR.has(doc.w[k + 2] ?? '')) || _BEHAVIOUR_POINT_WORDS.has(after);
}

/** Words and marks that end the phrase a figure counts in, walking back from it ("…, and fewer incidents": not the figure's). */
const FIGURE_PHRASE_ENDS: ReadonlySet<string> = new Set([..._PART_ENDS, ',', 'and', 'while', 'but']);
/** How far back from a figure its counted noun is read ("incidents logged on CPOMS from 12 per half term (Aut 2) to 5"). */
const FIGURE_NOUN_BACK = 20;
/** How far after a figure its counted noun is read ("2 or fewer incidents", "0 fixed-term exclusions"). */
const FIGURE_NOUN_ON = 4;

/** What the word at j counts for {@link countedBy} (a red card, behaviour points, a sanction or a logged event), or null: a function of its own, not a closure made per figure. */
function countedAt(doc: _Doc, j: number, level: boolean): readonly [number, number] | null {
  const x = doc.w[j] ?? '';
  if ((x === 'cards' || x === 'card') && (doc.w[j - 1] === 'red' || doc.w[j - 1] === 'yellow')) return [j - 1, j + 1];
  // "behaviour points", "negative points" (the settled row names behaviour points): a sanction, not points earned ("house points").
  if (level && (x === 'points' || x === 'point') && _BEHAVIOUR_POINT_WORDS.has(doc.w[j - 1] ?? '')) return [j - 1, j + 1];
  // Recorded incidents or accidents cut to a level ("reduce physical incidents from 6 a week to 2 or fewer"): the behaviour
  // staff log, counted below a figure, as "no more than 1 incident a week" is (the same settled row).
  return SANCTIONS.has(x) || (level && _LOGGED_EVENTS.has(x)) ? [j, j + 1] : null;
}

/**
 * The sanction, red card, behaviour points or logged event counted by the figure at k, or null: its own phrase, the noun
 * just after it ("no more than 2 incidents", "2 or fewer fixed-term exclusions") or before it in the same clause, across
 * brackets ("incidents from 6 a week (baseline) to 2", "detentions to below 3"), not a noun after a comma or "with" ("SDQ
 * below 17, with fewer incidents": the figure is the SDQ's). Logged events and points only at a level ({@link pointsLevel}).
 */
function countedBy(doc: _Doc, k: number, level: boolean): readonly [number, number] | null {
  for (let j = k + 1; j <= k + FIGURE_NOUN_ON && j < doc.toks.length && doc.toks[j]?.kind === 'w'; j++) {
    const hit = countedAt(doc, j, level);
    if (hit) return hit;
  }
  // A figure after "Target" with no noun of its own ("… 12 negative points a week. Target: fewer than 5 a week", "3 fixed
  // term suspensions in autumn, target 0") counts the noun named before it: the walk back goes on past the phrase's end.
  let target = false;
  for (let j = k - 1; j >= 0 && j >= k - FIGURE_NOUN_BACK; j--) {
    const x = doc.w[j] ?? '';
    if (x === 'target' || x === 'targets') target = true;
    else if (FIGURE_PHRASE_ENDS.has(x) && !target) return null;
    const hit = doc.toks[j]?.kind === 'w' ? countedAt(doc, j, level) : null;
    if (hit) return hit;
  }
  return null;
}

/**
 * A sanction outside provision counted by a figure of the target ("Reduce detentions from 6 a half term to 2 or fewer", "3
 * suspensions last term, target 0"): the stop-behaviour read from what it earns, counted by the figure (the labelling guide,
 * Settled cases: behaviour points or detentions below a figure are specific), or null. The figure counts the noun of its own
 * phrase ({@link countedBy}); a figure after "from" is where a cut starts, a baseline ("Reduce detentions (from 3 a week).").
 */
function sanctionCounted(doc: _Doc, provision: _Marks, spans: readonly (readonly [number, number])[]): readonly [number, number] | null {
  for (const [a, b] of spans) {
    for (let k = a; k < b; k++) {
      // Counted by a figure written as a number ("2 or fewer", "target 0"), not by a word ("half the number of sanctions").
      if (doc.toks[k]?.kind !== 'n' || doc.w[k - 1] === 'from') continue;
      // Behaviour points and logged events only below a level ("fewer than 20", "from 12 to 4"), not cut by a share ("by
      // 50%": labels h160 and t013 read it not specific, y35-140 specific; the settled row says "below a figure").
      const hit = countedBy(doc, k, pointsLevel(doc, k));
      if (hit && provision[hit[1] - 1] === 0) return hit;
    }
  }
  return null;
}

/**
 * Whether a measure span counts outside provision, or inside it as a rate of attending ("attend 90% of her tuition sessions",
 * "(8 in total)", "homework club 3 afternoons a week": a support club, {@link _ATTENDED_CLUB}): a share, total or the occasions
 * missed ({@link attendanceRate}), or how often the child goes to provision attended ({@link howOften}; the settled labels
 * count 12 measurable, y25-016 … y43-085, against 3 not, w218, v197, t071; the Settled cases row and the majority agree),
 * unless the rate names the session's kind, the provision is kept up or its adult is named with it. A span from the frame left to an
 * outcome joined after provision attended is the provision's when it ends inside it ("will attend" of "will attend the
 * homework club and do well": _markOf).
 */
function freeOf(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  const mark = _markOf(doc, provision, span);
  // "attend counselling, weekly": the rate after the provision's clause is read as inside it ({@link rateSetAfter}).
  if (mark === 0 && afterAttended(doc, provision, span)) return rateSet(doc, provision, span) || attendanceRate(doc, span);
  if (mark === 0 && lengthAfterAttended(doc, provision, span)) return false;
  if (mark === 0 || mark === _ARRANGED) return true;
  const clubGoing = mark === _ATTENDED_CLUB && goingFrequency(doc, span);
  return clubGoing || (mark === _ATTENDED && rateSet(doc, provision, span)) || (mark !== _GIVEN && attendanceRate(doc, span));
}

/**
 * Whether a rate inside provision attended is one the target sets for the child's going ("attend Lego therapy once a week"):
 * how often ({@link howOften}), not the session's kind ({@link sessionKind}: "her weekly appointments"), not provision kept up
 * ({@link keptUp}: "continue to attend ... weekly") and not its timetable with the adult who gives it ({@link giverAfter}).
 */
function rateSet(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  return howOften(doc, span) && !sessionKind(doc, span) && !keptUp(doc, provision, span) && !giverAfter(doc, span) && !giverBefore(doc, provision, span) && goingToCome(doc, provision, span);
}

/** Words before the frame "to" that keep the going still to come ("is to attend", "are to attend"), besides {@link _FUTURE}'s. */
const TO_COME_LEADS: ReadonlySet<string> = new Set(['is', 'are', 'be', 'and', 'then', 'also']);

/**
 * Whether the going the rate measures is the child's own, still to come: the provision attended ({@link _ATTENDED}, from
 * its frame: "will attend", "to attend") opens a part, or its frame "to" follows the child ("Leo to attend", "she is to
 * go to", "YP to access") or a word of the future ("aims to attend", "is going to go to"). Not after another verb of the
 * child's ("refuses to attend", "used to go to", "tries to attend"): the going is refused, past or only tried, and its rate
 * sets nothing (Measurable rule 6; the reviewer's probes of branch dl).
 */
function goingToCome(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  let r = span[0];
  while (r > 0 && provision[r - 1] === _ATTENDED) r -= 1;
  if (doc.w[r] !== 'to' || r === 0 || doc.toks[r - 1]?.kind !== 'w') return true;
  const x = doc.w[r - 1] ?? '';
  return _FUTURE.has(x) || TO_COME_LEADS.has(x) || _SUBJECT_PRONOUNS.has(x) || _CHILD_ROLE_WORDS.has(x) || _capitalised(doc.toks[r - 1]?.raw ?? '');
}

/**
 * The spans, each read from the frame into provision attended ("will attend" of "will attend her appointments and keep a use
 * diary": {@link _markOf}) replaced by the child's own verb joined after it, when that is a capability seen ("keep"): the
 * labelling guide, Settled cases (attending a service is not specific; an outcome joined to it is, on the usual rules).
 */
function joinedOwn(doc: _Doc, provision: _Marks, spans: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  return spans.map((span) => {
    if (provision[span[0]] !== 0 || _markOf(doc, provision, span) === 0) return span;
    // From the provision's last word: "and" inside its name ("Drawing and Talking sessions") is not the joining one.
    let e = span[0] + 1;
    while (e < doc.toks.length && provision[e] !== 0) e += 1;
    return _joinedCapability(doc, e - 1) ?? span;
  });
}

/**
 * When nothing else named a skill, "Mia will eat her lunch on 4 days a week": the child's everyday act with its own measure, a
 * particular behaviour (_childAct.ts; the labelling guide, Specific rule 5); else no anchor.
 */
function childAct(doc: _Doc, provision: _Marks, spans: readonly (readonly [number, number])[], comparatives: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  const act = spans.length > 0 ? _measuredChildAct(doc, provision, spans, comparatives) : null;
  return act === null ? [] : [act];
}

/**
 * Whether no span starts inside provision, nor straight after provision attended ({@link afterAttended}: "attend counselling,
 * weekly"; {@link lengthAfterAttended}: "attend counselling, 1 hour weekly").
 */
function allOutside(doc: _Doc, spans: readonly (readonly [number, number])[], provision: _Marks): boolean {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k] as readonly [number, number];
    if (_markOf(doc, provision, span) !== 0 || afterAttended(doc, provision, span) || lengthAfterAttended(doc, provision, span)) return false;
  }
  return true;
}

/**
 * The anchors less those that follow rules in general ("follow the school rules every day", "… by July"): they name no
 * behaviour however often or by when (Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Examples of SMART
 * Outcomes: not "vague, generic", "Emma will listen to all instructions"; _compliance.ts). The list itself when none does.
 */
function notRulesInGeneral(doc: _Doc, found: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  const general = (a: readonly [number, number]): boolean => _rulesInGeneral(doc, a[0], 'any') || _rulesInGeneral(doc, a[1] - 1, 'any');
  return found.some(general) ? found.filter((a) => !general(a)) : found;
}

/**
 * The scan without the rates of provision or an intervention kept up ("Ivy to continue daily phonics.": _keptRate.ts;
 * Measurable rule 6, "continue" is a process verb alone); the child's own club, activity or job kept up at a rate still measures. The scan itself when there is none.
 */
function keptRatesOut(doc: _Doc, raw: _MeasureScan): _MeasureScan {
  if (raw.spans.length === 0) return raw;
  const kept = (m: readonly [number, number]): boolean => oftenWords(doc, m) && _keptRate(doc, m);
  if (!raw.spans.some(kept)) return raw;
  const spans = raw.spans.filter((m) => !kept(m));
  return { ...raw, spans, behaviours: raw.behaviours.filter((m) => !kept(m)), softCount: Math.min(raw.softCount, spans.length) };
}

/** How far back from a measure a purpose clause's opening is looked for ({@link inPurpose}). */
const PURPOSE_REACH = 10;

/** Whether the span starting at a lies inside a purpose clause opened in the ten words before it, in its sentence ({@link _purposeAt}). */
function inPurpose(doc: _Doc, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - PURPOSE_REACH && !_PART_ENDS.has(doc.w[k] ?? ''); k--) if (_purposeAt(doc, k)) return true;
  return false;
}

/**
 * The scan without its measures when every one is an act, capability or destination with no figure read only inside a
 * purpose clause ("Yonas will improve his English so he can go on to a vocational course", "Improve his reading so he can
 * access the GCSE papers"): what the target is for, not what it measures (the labelling guide, Measurable rule 5: a destination
 * "only as the ... purpose or aim of something else", "so she can start an apprenticeship"; rule 6: the process before it
 * measures nothing). A figure inside the purpose still measures ("so I can get 20/25 in the Friday test"); any measure
 * outside it keeps them all. The scan itself otherwise.
 */
function purposeAimsOut(doc: _Doc, raw: _MeasureScan): _MeasureScan {
  if (raw.spans.length === 0 || !raw.spans.every((m) => purposeAim(doc, m))) return raw;
  // The main clause may hold a measure the scan passed over for the purpose's ("Kayden will use scissors to cut along a
  // straight line so he can make cards"): the fallback pass reads it, the purpose's aims again set aside.
  const will = _willMeasures(doc);
  const spans = will.spans.filter((m) => !purposeAim(doc, m));
  if (spans.length > 0) return { ...raw, spans, behaviours: will.behaviours.filter((m) => !purposeAim(doc, m)), softCount: Math.min(will.softCount, spans.length), soft: will.soft };
  return { ...raw, spans: [], behaviours: [], softCount: 0, soft: null };
}

/**
 * Whether a measure is a destination with no figure inside a purpose clause ({@link purposeAimsOut}): a post gained or a place
 * of study or work gone to ("so he can go to college", "so she can get into sixth form", "so he can get a job"), read at the
 * measure's verb or the word after its modal.
 */
function purposeAim(doc: _Doc, [a, b]: readonly [number, number]): boolean {
  if (!inPurpose(doc, a)) return false;
  for (let k = a; k < b; k++) if (doc.toks[k]?.kind === 'n') return false;
  const v = _PURPOSE_MODALS.has(doc.w[a] ?? '') ? a + 1 : a;
  return _postGained(doc, v) > 0 || _placeEntered(doc, v);
}

/**
 * The measure scan with its kept rates and purpose aims set aside ({@link keptRatesOut}, {@link purposeAimsOut}), and whether
 * every measure was a destination only inside a purpose clause ("Work on her social skills so that she can get a job in
 * retail"): then what the target is for names nothing it achieves either, and its anchors inside the purpose are set aside too
 * (Specific follows Measurable rule 5's purpose reading).
 */
function purposeScan(doc: _Doc): { raw: _MeasureScan; purposeOnly: boolean } {
  const kept = keptRatesOut(doc, _scanMeasures(doc));
  const raw = purposeAimsOut(doc, kept);
  return { raw, purposeOnly: kept.spans.length > 0 && raw.spans.length === 0 };
}

/**
 * The measure and specificity scans, sharing the provision clauses: measures and anchors inside adult
 * provision or provision the child receives do not count. A behaviour named as it is measured is specific
 * (guide, Specific rule 5); a comparative with no figure, nothing measured and no number, not even a
 * baseline ("I will read more", "improve my attendance"), is not (rule 2).
 */
function measuresAndAnchors(doc: _Doc): { measures: _MeasureScan; specific: _SpecificScan; anchors: readonly (readonly [number, number])[]; vagueComparative: boolean; own: number; provision: _Marks; activity: boolean; award: boolean } {
  const provision = _provisionClauses(doc);
  // Going to or taking part in an activity or event, with nothing achieved there: marked, its measures standing (_activity.ts).
  const activity = _activityClauses(doc, provision);
  const { raw, purposeOnly } = purposeScan(doc);
  // Inside provision attended or a support club, a rate of attending still measures, its schedule not (Settled cases; {@link freeOf}).
  const free = (span: readonly [number, number]): boolean => freeOf(doc, provision, span);
  // Most targets have no measure inside provision: then the scan's own lists are kept, not copied.
  const allFree = allOutside(doc, raw.spans, provision) && allOutside(doc, raw.behaviours, provision);
  let spans = allFree ? raw.spans : joinedOwn(doc, provision, raw.spans).filter(free);
  let measures: _MeasureScan = allFree ? raw : { ...raw, spans, behaviours: joinedOwn(doc, provision, raw.behaviours).filter(free), softCount: spans.length < raw.spans.length ? Math.min(raw.softCount, spans.length) : raw.softCount };
  // Every measure was inside provision (a note of it, "- resources: reading books £40"): the fallback pass the scan skipped reads the rest.
  if (spans.length === 0 && raw.spans.length > 0) {
    const will = _willMeasures(doc);
    spans = joinedOwn(doc, provision, will.spans).filter(free);
    if (spans.length > 0) measures = { ...measures, spans, behaviours: joinedOwn(doc, provision, will.behaviours).filter(free), softCount: will.softCount, soft: will.soft };
  }
  const scanned = _scanSpecific(doc, measures.naming, provision);
  const counted = countedThings(doc, spans, provision);
  // A broad word inside what is counted ("3 behaviour points") is part of the thing named, not a vague word beside it.
  const specific = counted.length === 0 || scanned.vague.length === 0 ? scanned : { ...scanned, vague: scanned.vague.filter(([a]) => !counted.some(([c, d]) => a >= c && a < d)) };
  // The anchors are only read: the scan's own list when nothing is added to it.
  // A behaviour measured inside what adults arrange or an activity joined (_ARRANGED) measures but names no outcome of the child's.
  const listed = measures.behaviours.length === 0 && counted.length === 0 ? specific.anchors : [...specific.anchors, ...measures.behaviours.filter((m) => provision[m[0]] !== _ARRANGED), ...counted];
  // "Attendance currently 81%. Target: 90% by July": the child's attendance named in the baseline is what the target's
  // figure measures (the labelling guide, Settled cases: the child's own attendance with a figure is specific).
  const metric = listed.length === 0 && spans.length > 0 ? (baselineMetric(doc, (spans[0] as readonly [number, number])[0]) ?? sanctionCounted(doc, provision, spans)) : null;
  // "make his own packed lunch on Sundays": the skill a separate frequency or figure measures is the child's behaviour named
  // as it is measured (Specific rule 5); not the measured event itself ("enrol on a specific course").
  // A rate of going to provision measures the going, not a behaviour beside it ("... and say what he has cut down").
  const ownSpans = spans.filter((m) => !rateOfGoing(doc, provision, m));
  const named = listed.length === 0 && metric === null && ownSpans.length > 0 ? _willBehaviours(doc).filter((b) => provision[b[0]] === 0 && !spans.some((m) => m[0] < b[1] && b[0] < m[1])) : [];
  // "Target grade 5", "achieve the ELG for Number": a standard the child will reach in a named subject or measure (_standard.ts).
  const standard = listed.length === 0 && metric === null && named.length === 0 ? _targetStandard(doc, provision) : null;
  const anchors = outsideQuoteLabel(doc, notBankName(doc, notRulesInGeneral(doc, metric !== null ? [metric] : named.length > 0 ? named : standard !== null ? [standard] : listed.length === 0 ? childAct(doc, provision, ownSpans, measures.comparatives) : listed))).filter(([a]) => !purposeOnly || !inPurpose(doc, a));
  // A standard reached is measurable (Measurable rule 5), when nothing else measured it ("achieve the ELG for Number").
  if (standard !== null && spans.length === 0) {
    spans = [standard];
    measures = { ...measures, spans, softCount: 0 };
  }
  // "more calmly", "more independently" qualify how a named behaviour is done: not a vague quantity
  // (looked at only when there is no measure, the one case where it matters).
  // A focusing phrase names the skill within the broad area (the labelling guide, Specific rule 2): not set aside.
  let vagueComparative =
    measures.spans.every((m) => rateOfGoing(doc, provision, m)) &&
    (becomingBetterAt(doc) || improvedAlone(doc) || (_onlyGoodIn(doc) && !_goodInSubject(doc)) || (!specific.focused && measures.comparatives.some(([a]) => {
      // "more regularly", "more frequently": how often, a comparative of quantity (rule 2), not a manner like "more calmly".
      const next = _spanText(doc, a + 1, a + 2).toLowerCase();
      return !_endsLy(next) || _HOW_OFTEN_ADVERBS.has(next);
    }))) &&
    // A number in a baseline ("(currently 6 per week)", "has had 6 detentions") is no target figure (Measurable rule 6);
    // the child's own attendance or punctuality with its figure is still named (Settled cases).
    !doc.toks.some((t, k) => t.kind === 'n' && doc.used[k] === 0 && (ownAttendance(doc) || (doc.bg[k] === 0 && !_statedNow(doc, k))));
  // A heading of one or two words ("Attendance.", "Phonics") names an area, not what the child will achieve
  // (the labelling guide, Specific rule 6): treated like a vague comparative, its anchors are set aside. A longer heading or
  // a list of topics ("Maths - number bonds, place value, times tables") is one with no clause and no figure, below.
  let words = 0;
  for (let i = 0; i < doc.toks.length && words <= 2; i++) if ((doc.toks[i] as _Tok).kind !== 'p') words += 1;
  // Not a post gained in two words ("Find work.", "Gain employment."): a verb and its object, the one-off outcome (the
  // labelling guide, Specific, "the particular ... task or qualification the child will achieve"; Measurable rule 5), nor a
  // result named in shorthand ("Get merits.", "Get distinctions.": the qualification's grades, _standard.ts). Nor a
  // stop-behaviour's heading ("No swearing.", "No hitting."): it names a behaviour (Specific rule 5: "A stop-behaviour
  // names a behaviour and is specific"), as "No swearing in class." does.
  // Nor an award with its level ("DofE - Bronze award"): the qualification named, as a grade is (Specific).
  const award = anchors.some((a) => _awardLevelAt(doc, a[0]));
  // Nor an exam sat ("Sit GCSEs."), attendance with a floor, or a two-word outcome ("No exclusions.", "Pass GCSEs": _twoWordOutcome); what it names only measures nothing (headingNamesOnly).
  if (words <= 2 && _postGained(doc, 0) < 0 && standard === null && !_conductHeadingAt0(doc) && !award && _examSat(doc, 0) < 0 && !attendanceFloor(doc) && !_twoWordOutcome(doc)) [vagueComparative, spans, measures] = headingNamesOnly(doc, measures.spans, words) ? [true, [], { ...measures, spans: [], softCount: 0 }] : [true, spans, measures];
  // A heading or fragment with no clause outside provision and no figure of the child's names an area (Specific rules 1, 4, 6).
  // A one-off thing the adults arrange measures (_ARRANGED) but is not a clause of the child's.
  // A "by" deadline on the child's words ("Correct letter formation by Easter", "Sixth form application by March") sets
  // what is to be done by when: the no-clause rule is for headings with no deadline, or with provision at their head.
  if (!vagueComparative && !award && anchors.length > 0 && !spans.some((m) => provision[m[0]] !== _ARRANGED && !rateOfGoing(doc, provision, m)) && (!byDeadline(doc) || stillHeading(doc, provision)) && !_hasClause(doc, provision, measures.naming))
    vagueComparative = true;
  // Nothing else measures: a one-off thing adults arrange for the child, or a count of sessions the child attends (M only,
  // after the anchors; `own`, the count of measures before it, is what Specific reads).
  const own = measures.spans.length;
  const event = own > 0 ? null : _arrangedEvent(doc, (k) => provision[k] === _GIVEN);
  if (event !== null) measures = { ...measures, spans: [event], softCount: 0 };
  return { measures, specific, anchors: outsideCheckToFollow(doc, anchors, event), vagueComparative, own, provision, activity, award };
}

/**
 * The anchors outside a check that is to follow ("Dyslexia screening to follow by Easter": the check is what follows, not the
 * child, so its "follow" is no act of the child's; the labelling guide, Settled cases, "a one-off thing adults arrange or do
 * for the child": not specific). Any other event leaves the anchors as they are.
 */
function outsideCheckToFollow(doc: _Doc, anchors: readonly (readonly [number, number])[], event: readonly [number, number] | null): readonly (readonly [number, number])[] {
  if (event === null || doc.w[event[1] - 1] !== 'follow') return anchors;
  return anchors.filter(([a]) => a < event[0] || a >= event[1]);
}


/**
 * Whether the text has no measure of a wish's own (the wish row of Settled cases): none before the one-off thing adults
 * arrange, a capability with no figure ("I want to learn to drive"), or only a post gained, a service joined or a place of study
 * gone to, the wish's outcome and not its measure ("I want to get a job", "I want to join the army when I am 18", "I want to go
 * to college" are the wish alone; "... by September" has its point).
 */
function noWishMeasure(doc: _Doc, measures: _MeasureScan, own: number): boolean {
  return own === 0 || (measures.soft === 'capability' && measures.softCount >= own) || measures.spans.every(([a]) => _postGained(doc, a) > 0 || _placeEntered(doc, a));
}

/**
 * Whether a heading of one or two words names only a thing or topic, so that what was read in it measures nothing (Measurable
 * rule 6; "Bus pass", "Reading fluency!", "Resit"): no figure, no event gone to or held once ({@link eventHeading}), and no
 * measure that is still an act ({@link verbOpening}).
 */
function headingNamesOnly(doc: _Doc, spans: readonly (readonly [number, number])[], words: number): boolean {
  return spans.length > 0 && !figureIn(doc, spans) && !eventHeading(doc) && !spans.some((m) => verbOpening(doc, m, words));
}

/**
 * Whether a short heading names an event gone to or held once, the kind "attend" takes (_ATTENDED_ONCE: a visit, an
 * interview, a taster day, an appointment, a meeting): one thing adults arrange, which measures ("QTVI visit", "Reading
 * visit": the labelling guide, Settled cases). Read over its first eight tokens (a heading of one or two words).
 */
function eventHeading(doc: _Doc): boolean {
  for (let k = 0; k < doc.toks.length && k < 8; k++) if (_ATTENDED_ONCE.has(doc.w[k] ?? '')) return true;
  return false;
}

/**
 * Whether the measure `m` opens a two-word heading as a verb and its object ("Finish coursework", "Tie laces": Measurable rule
 * 3, the homework row): not a gerund naming a topic ("Reading fluency") nor a modal's question ("Can share?").
 */
function verbOpening(doc: _Doc, m: readonly [number, number], words: number): boolean {
  const x = doc.w[m[0]] ?? '';
  return words === 2 && m[0] === 0 && !x.endsWith('ing') && !_MODALS.has(x);
}

/** Words naming the child's own attendance or punctuality (the labelling guide, Settled cases: specific). */
const ATTENDANCE_WORDS = new Set(['attendance', ..._TIMEKEEPING, 'late', 'lates']);

/** Whether the text names the child's attendance or punctuality ("improve her attendance (currently 85%)"). */
function ownAttendance(doc: _Doc): boolean {
  return doc.w.some((x) => ATTENDANCE_WORDS.has(x));
}

/** Words naming a publisher's collection of targets before "bank" ("EHCP outcome bank", "SaLT target bank"). */
const BANKED = new Set(['outcome', 'outcomes', 'target', 'targets']);

/**
 * The anchors that are only the name of a bank of targets ("EHCP outcome bank, SEMH: …", "see target bank SP3"): "bank" there is
 * the publisher's collection the target comes from, not a bank the child uses (the labelling guide, Specific rule 6: a heading
 * names no skill). Development labels of an outcome or target bank whose only anchor was the bank: 2 not specific (y38-087,
 * y41-146); the bank's targets that name an act keep their own anchors.
 */
function notBankName(doc: _Doc, anchors: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  for (let i = 0; i < anchors.length; i++) if (bankOnly(doc, anchors[i] as readonly [number, number])) return anchors.filter((m) => !bankOnly(doc, m));
  return anchors;
}

/** Whether the anchor's words are only a bank's name ("outcome bank"): {@link notBankName}. */
function bankOnly(doc: _Doc, [a, b]: readonly [number, number]): boolean {
  for (let k = a; k < b; k++) if (doc.toks[k]?.kind === 'w' && !((doc.w[k] === 'bank' || doc.w[k] === 'banks') && BANKED.has(doc.w[k - 1] ?? ''))) return false;
  return b > a;
}

/**
 * The anchors after a label that introduces a quotation running to the text's end ("Slide 12, first draft: '…'", "CAMHS goal
 * (child's words): '…'"): the label names where the words come from, and the quoted target is what is judged (the labelling
 * guide, Specific: "the particular skill … the child will achieve"). Only a label's anchors are set aside ({@link quoteLabel}):
 * a target before the colon is judged. The label ends at its first colon within the first fifteen tokens.
 */
function outsideQuoteLabel(doc: _Doc, anchors: readonly (readonly [number, number])[]): readonly (readonly [number, number])[] {
  const n = doc.toks.length;
  let c = 0;
  while (c < n && c < 15 && doc.w[c] !== ':') c++;
  if (c >= n - 2 || c >= 15 || !_QUOTE_MARKS.has(doc.w[c + 1] ?? '')) return anchors;
  let e = n - 1;
  while (e > c && (doc.w[e] === '.' || doc.w[e] === '!')) e--;
  if (e <= c + 1 || !_QUOTE_MARKS.has(doc.w[e] ?? '')) return anchors;
  return anchors.some(([a]) => a < c) && quoteLabel(doc, c) ? anchors.filter(([a]) => a > c) : anchors;
}


/**
 * Whether the words before the colon at c only label where a quotation comes from ("Pupil voice", "Slide 12, first draft",
 * "CAMHS goal (child's words)", after a note "Referral made. YP's view"): no measure, no deadline word ("by", "before") and no
 * verb of the child's opening a sentence or after a future or target word. A target before the colon ("Read 10 books by July:
 * 'I like reading.'", "Spell 8/10 words by Easter. Child's view: '…'", "Use her worry box daily: '…'") is what is judged, the
 * quotation the child's comment on it (the labelling guide, Specific: "the particular skill … the child will achieve"). A
 * heading's "-ing" word ("Staying Close") and a noun after a word ("first draft") open no target.
 */
function quoteLabel(doc: _Doc, c: number): boolean {
  for (let i = 0; i < c; i++) {
    const x = doc.w[i] ?? '';
    if (BY_WORDS.has(x)) return false;
    const opens = i === 0 || _PART_ENDS.has(doc.w[i - 1] ?? '') || _FUTURE.has(doc.w[i - 1] ?? '');
    if (opens && !_endsIng(x) && _childVerb(x)) return false;
  }
  return true;
}

/**
 * Whether the text names the child's attendance or punctuality and a figure with "+" after it, a floor to reach ("Attendance:
 * 96%+"): the labelling guide, Settled cases, the child's own attendance with a figure is specific. A bare figure ("Attendance
 * 68%") may be the record of now, and a two-word text with one stays a heading.
 */
function attendanceFloor(doc: _Doc): boolean {
  return ownAttendance(doc) && doc.toks.some((t) => t.kind === 'n' && t.suffix.endsWith('+'));
}

/** Words opening a deadline that the child's outcome is to be reached by ("by Easter", "before July"), not an event's date ("in March"). */
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'before']);

/** Whether a deadline span (used 1) opens with "by" or "before". */
function byDeadline(doc: _Doc): boolean {
  for (let i = 0; i < doc.toks.length; i++) if (doc.used[i] === 1 && (i === 0 || doc.used[i - 1] !== 1) && BY_WORDS.has(doc.w[i] ?? '')) return true;
  return false;
}

/**
 * Whether a text with a "by" deadline is a heading still: it names provision (a word inside a provision clause, a provision or
 * session noun: "ESOL classes at college by March"), lists topics after commas ("Number bonds, place value, times tables by
 * Easter") or names only an area in one or two words besides its deadline ("Attendance by July").
 */
function stillHeading(doc: _Doc, provision: _Marks): boolean {
  let words = 0;
  for (let i = 0; i < doc.toks.length; i++) {
    const x = doc.w[i] ?? '';
    if (provision[i] !== 0 || _PROVISION_NOUNS.has(x) || _SESSION_NOUNS.has(x) || (x === ',' && doc.used[i] === 0)) return true;
    if (doc.used[i] !== 1 && doc.toks[i]?.kind === 'w') words += 1;
  }
  return words <= 2;
}

/** The analysis of a text that is not a target (empty, a placeholder, one phrase repeated): nothing found. */
function none(problem: _TextProblem, doc: _Doc): _TextAnalysis {
  return {
    problem,
    doc,
    specific: { met: false, evidence: [], vague: [], anchors: 0, overruled: false },
    measurable: { met: false, evidence: [], comparatives: [], soft: null, described: false, adultAct: false, noOutcome: false, undecided: false },
    deadline: { chosen: null, value: null, evidence: [], vague: [], unresolved: false, fromCell: false, impossible: [], impossibleInCell: false, described: false },
    area: null,
  };
}

/** The words of a normalised text: a long one read for its words only (see {@link _analyseText}). */
function wordsOfNormalised(normalised: string, ops: _OpCounter): _Words {
  return _wordsOfText(normalised, ops, normalised.length <= LONG_TEXT);
}

/**
 * A "Timescale (When)" cell's reading, finished: only values no later target changes (the chosen candidate, read and never
 * changed; its evidence and the cell's vague and impossible timing as strings in new lists), never its doc or a pooled list.
 */
export interface _CellReading {
  /** Detail 'full' (evidence strings) or not (each list only a sign of whether there is any). */
  readonly full: boolean;
  readonly chosen: _Cand | null;
  readonly evidence: readonly string[];
  readonly vague: readonly string[];
  /** The impossible dates in the cell, or null when it has none. */
  readonly impossible: readonly string[] | null;
}

/**
 * The cells read for one set of targets (one PEP, one context and scan options: {@link _analyseText}'s `cells`), by their
 * exact text: a PEP repeats a cell ("July 2025", "end of summer term") across its targets, and each is read once.
 */
export type _CellMemo = Map<string, _CellReading>;

/** A list handed to one target: the shared frozen lists ({@link NO_EVIDENCE}, {@link _SOME_EVIDENCE}) as they are, any other copied. */
function ownList(list: readonly string[]): string[] {
  return Object.isFrozen(list) ? (list as string[]) : list.slice();
}

/** Reads a non-empty cell: its deadline scan (as a cell), chosen point, evidence, vague and impossible timing. */
function readCell(cell: string, scanOpts: _ScanOptions, full: boolean, ops: _OpCounter): _CellReading {
  const ev = full ? collect : presence;
  const cellDoc = _buildDoc(cell.slice(0, 2000), ops);
  const cellScan = _scanDeadlines(cellDoc, { ...scanOpts, cell: true });
  const chosen = _chooseDeadline(cellScan);
  const impossible = cellScan.impossible.length > 0 ? ev(cellDoc, cellScan.impossible) : null;
  const evidence = chosen !== null && full ? spanEvidence(cellDoc, chosen.start, chosen.end) : NO_EVIDENCE;
  // The vague timing is read only when the cell has no point (as before: never otherwise).
  const vague = chosen !== null ? NO_EVIDENCE : ev(cellDoc, cellScan.vague);
  return { full, chosen, evidence, vague, impossible };
}

/** The reading of a cell, from `cells` when a target of the same set had the same cell (and detail), else read and kept there. */
function cellReadingOf(cell: string, scanOpts: _ScanOptions, full: boolean, ops: _OpCounter, cells: _CellMemo | undefined): _CellReading {
  const kept = cells?.get(cell);
  if (kept !== undefined && kept.full === full) return kept;
  const reading = readCell(cell, scanOpts, full, ops);
  cells?.set(cell, reading);
  return reading;
}

/**
 * The deadline of the text (`chosen`: its own point, or null when it only describes: `described`, then set when it had
 * one) and of its "Timescale (When)" cell, which wins when it has one; vague and impossible timing from both. Made
 * whole here, every field in one order (one object shape), not copied to add `described`. `cells`: the cells already
 * read for the same set ({@link _CellMemo}).
 */
function deadlineOf(doc: _Doc, scan: _DeadlineScan, point: _Cand | null, described: boolean, cell: string | null, scanOpts: _ScanOptions, full: boolean, ops: _OpCounter, cells: _CellMemo | undefined): _TextAnalysis['deadline'] {
  let chosen = described ? null : point;
  let fromCell = false;
  const ev = full ? collect : presence;
  let deadlineEvidence: string[] = chosen === null || !full ? NO_EVIDENCE : spanEvidence(doc, chosen.start, chosen.end);
  let vague = ev(doc, scan.vague);
  let impossible = ev(doc, scan.impossible);
  let impossibleInCell = false;
  if (cell !== null && cell.trim() !== '') {
    const read = cellReadingOf(cell, scanOpts, full, ops, cells);
    if (read.impossible !== null) {
      impossible = ownList(read.impossible);
      impossibleInCell = true;
    }
    if (read.chosen !== null) {
      chosen = read.chosen;
      fromCell = true;
      deadlineEvidence = ownList(read.evidence);
    } else if (full) {
      vague = [...vague, ...read.vague].slice(0, _MAX_EVIDENCE);
    } else if (vague.length === 0) {
      vague = ownList(read.vague);
    }
  }
  const unresolved = chosen !== null && chosen.deadline === null;
  // A point read from a cell kept for the set is copied: each target's report holds its own deadline object.
  const value = chosen?.deadline ?? null;
  return { chosen, value: fromCell && cells !== undefined && value !== null ? { ...value } : value, evidence: deadlineEvidence, vague, unresolved, fromCell, impossible, impossibleInCell, described: described && point !== null };
}

/**
 * Whether no part of the text states an outcome and some part only describes (the present or a baseline, a need, a report,
 * adults' provision): it says nothing the child will achieve (Halton Appendix C, QA of SMART Targets: "It is clear what will
 * be achieved"). Read only for a text with anchors and no vague comparative (`read`). `WHOLLY` when every part was read so;
 * `PARTLY` when the rest is a phrase no reading knows ("Travel - 1 hour each way. Long journey, he is tired", "College.
 * Liam says it's 'alright'"): still no outcome stated, so not specific (the labelling guide, Specific: "the particular skill,
 * knowledge, behaviour, task or qualification the child will achieve"), but its measure and point are left as they are read.
 */
function describedOnly(doc: _Doc, read: boolean, provision: _Marks): number {
  // Nothing more is needed once some part states an outcome (then 0): the reading stops there.
  const roles = read ? _anyOutcome(doc, provision) : null;
  // PARTLY only where a word of state, report or need, or provision, describes (a figure read as background alone, "70%+
  // average score", may be the target itself), and no unread part has a number or a point ("Attendance currently 88%. 95%").
  return roles === null || roles.any || !roles.describes ? 0 : !roles.unknown ? WHOLLY : roles.told && !roles.unreadCounted ? PARTLY : 0;
}

/** What {@link describedOnly} read: every part describes (`WHOLLY`), or some describes and the rest is unread (`PARTLY`; not
 * applied to an award named with its level, "Needs a laptop. DofE Bronze award.": the qualification, Specific). */
const WHOLLY = 1;
const PARTLY = 2;

/** Words a figure or frequency is written with besides its number ("3x a week", "4 out of 5", "no more than twice", "group of 4"). */
const FIGURE_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'times', 'x', 'of', 'out', 'in', 'at', 'least', 'than', 'no', 'more', 'fewer', 'less', 'up', 'to', 'for', 'on', 'with', 'by', 'and', 'or', 'the', 'over', 'under', 'half', 'term', 'terms', 'month', 'months', 'year', 'years', 'weekend', 'weekends', 'after', 'school', 'wk', 'wks']);

/** Whether word k belongs to a figure or frequency: its number, a frequency, a period, occasion or duration, or who runs it. */
function figureWord(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w') return true;
  return (figureWords ??= figureWordSet()).has(doc.w[k] ?? '');
}

/** The words of {@link figureWord}'s ten lists in one set, made at its first use (one look-up a word instead of up to ten). */
let figureWords: ReadonlySet<string> | null = null;

function figureWordSet(): ReadonlySet<string> {
  // `keys()` of each: some of the lists are maps (a word and its value).
  return new Set([_NUMBER_WORDS, _FREQ_ADVERBS, FIGURE_WORDS, _OCCASIONS, _DURATION_UNITS, _WEEKDAYS, _WEEKDAY_PLURALS, _SESSION_NOUNS, _PROVISION_NOUNS, _ADULT_SUBJECTS].flatMap((list) => [...list.keys()]));
}

/**
 * Whether every span is only a figure or a frequency (a number, a number in words, "daily", "twice", with its period and who
 * runs it: "3x week with TA", "4 days a week"), not a verb or thing of the child's ("resit GCSE", "to participate in a
 * sleepover", "complete 2 units"): what a fragment's measures are when they count provision or name content.
 */
function figuresOnly(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  // A span inside the one before it is the same measure read again ("3 times per week", then "times per week").
  let end = -1;
  for (const [a, b] of spans) {
    if (b <= end) continue;
    end = b;
    let figure = false;
    for (let k = a; k < b; k++) {
      if (!figureWord(doc, k)) return false;
      const x = doc.w[k] ?? '';
      figure = figure || doc.toks[k]?.kind === 'n' || _FREQ_ADVERBS.has(x) || _NUMBER_WORDS.has(x);
    }
    if (!figure) return false;
  }
  return spans.length > 0;
}

/** Words that make a measure a rate ("3x a week", "three times per week", "once a week", "daily"), with {@link _FREQ_ADVERBS}. */
const RATE_WORDS: ReadonlySet<string> = new Set(['times', 'x', 'a', 'an', 'per', 'each', 'every']);

/**
 * Whether a fragment with no anchor names the provision adults deliver, so a rate in it is how often that provision runs:
 * a noun of provision ("tuition", "support", "intervention", "therapy", "mentoring", "1:1"), a group, session or lesson, or
 * an adult ("TA", "key person", "with HLTA"), not a club or team the child goes to (funding alone, "PP+ funded", pays for
 * what the child goes to) — or no measure is a rate at all ("Anger management - 6 weeks", "Maths - place value to 1000": how long it runs, the content named). An
 * activity the child does, named by its own noun with a rate ("Gym 3x a week", "Horse riding once a week", "TTRS 3 x a
 * week at home"), keeps its rate: the labelling guide, Settled cases, "a rate of going still measures" (review24e).
 */
function adultsProvide(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < doc.toks.length; i++) {
    const x = doc.w[i] ?? '';
    if (_PROVISION_NOUNS.has(x) || ((_SESSION_NOUNS.has(x) || _ADULT_SUBJECTS.has(x)) && !_ACTIVITY_GROUPS.has(x))) return true;
  }
  for (const [a, b] of spans) {
    for (let k = a; k < b; k++) {
      const t = doc.toks[k];
      const x = doc.w[k] ?? '';
      if (RATE_WORDS.has(x) || _FREQ_ADVERBS.has(x) || (t !== undefined && t.kind === 'n' && (t.suffix === 'x' || t.prefix === 'x'))) return false;
    }
  }
  return true;
}

/**
 * The span of a count of weeks closing a text after a dash, read as its point ("Anger management - 6 weeks", "Swimming
 * lessons funded by PP+ - 10 wks"), or null: the weeks are how long the provision runs, so the advice stays that the
 * figures count the provision, not the child's success (Measurable rule 6; Bradford Council, SMART Outcomes - Annual
 * Reviews, "Goals and outcomes are not: ... Resources"; Milton Keynes Virtual School, Designated Teacher Handbook 2024/25,
 * Appendix 1 (SMART targets), Measurable), as when no point is read from them. Only the text's own point: a point read from
 * the "Timescale (When)" cell has positions in the cell, not in the text, so the caller passes null for it.
 */
function weeksClosing(doc: _Doc, chosen: _Cand | null): (readonly [number, number])[] | null {
  return chosen !== null && chosen.deadline?.kind === 'relative' && doc.w[chosen.start - 1] === '-' ? [[chosen.start, chosen.end]] : null;
}

/**
 * No outcome, so nothing for a measure to count: a review note or vague outcome (`noOutcome`), whatever it counts; a
 * fragment (`fragmentLike`), when each measure is a figure or frequency (how often provision runs, the content a number
 * names, the score now: Measurable rule 6, "a quantity of provision ... rather than of the child's success", "numbers
 * that only name things", "a baseline with no target figure"). A one-off thing adults do is still checked done, and a
 * club gone to at a rate still measures (Settled cases: "a rate of going still measures"; _fragment.ts, _clubFragment):
 * docs/smart.md, Measurable. Any text whose measures are all rates or quantities of provision with no result of the child's
 * ("Home tutor 5 hours per week (PP+)", "SW and DT to meet fortnightly"; _provisionRate.ts) has none either.
 *
 * @example nothingToMeasure(doc, spans, provision, false, true, false) // true for "Lexia 3x a week"
 */
function nothingToMeasure(doc: _Doc, spans: readonly (readonly [number, number])[], provision: _Marks, noOutcome: boolean, fragmentLike: boolean, adultAct: boolean): boolean {
  // Every measure a rate or quantity of provision, with no result of the child's ("Home tutor 5 hours per week", "SW and DT to
  // meet fortnightly"): Measurable rule 6, _provisionRate.ts.
  const counted = noOutcome || (fragmentLike && figuresOnly(doc, spans) && !_clubFragment(doc, provision)) || _provisionRatesOnly(doc, spans, provision);
  return counted && !adultAct && _arrangedEvent(doc, (k) => provision[k] === _GIVEN) === null;
}

/**
 * With no anchor at all, a fragment's figures count provision or name content as a fragment's do ("Reading - 3x week
 * with TA", "Maths - place value to 1000"): read only when every measure is a figure or frequency, adults' provision is
 * named and nothing else is.
 *
 * @example bareFigures(doc, measures.spans, provision) // true for "Reading - 3x week with TA"
 */
function bareFigures(doc: _Doc, spans: readonly (readonly [number, number])[], provision: _Marks): boolean {
  return spans.every(([a]) => provision[a] === 0 || provision[a] === _GIVEN) && figuresOnly(doc, spans) && adultsProvide(doc, spans) && !spans.some((m) => rateSetAfter(doc, provision, m)) && _noOutcomeFragment(doc, provision) !== null;
}

/** Marks that may stand between provision attended and the rate of going set after it ("attend counselling, weekly"). */
const RATE_MARKS: ReadonlySet<string> = new Set([',', ':', '-', '–']);

/**
 * Whether the span is a rate of going set for the provision attended just before it, past a comma, colon or dash ("attend
 * counselling, weekly", "attend Lego therapy - twice a week"): read as "attend counselling weekly" is ({@link rateSet}; the
 * labelling guide, Settled cases, "a stated rate or frequency of attending still measures"). With no verb of going
 * ("Counselling: weekly.") the provision is not attended and the rate stays its timetable.
 */
function rateSetAfter(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  return afterAttended(doc, provision, span) && rateSet(doc, provision, span);
}


/**
 * Whether the span is how often, outside provision straight after a comma, colon or dash that ends provision attended ("attend
 * counselling, weekly"); not an outcome of the child's after it ("go to the nurture room - no physical incidents").
 */
function afterAttended(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  return provision[span[0]] === 0 && provision[span[0] - 2] === _ATTENDED && RATE_MARKS.has(doc.w[span[0] - 1] ?? '') && howOften(doc, span);
}

/**
 * Whether the span is a rate with a length of time, after a comma, colon or dash that ends provision attended, or inside such a
 * rate ("attend counselling, 1 hour weekly": the span "1 hour weekly" and "weekly" within it): how long and how often each
 * session runs, the provision's timetable, as "attend counselling 1 hour weekly" is ({@link howOften}; Measurable rule 6).
 */
function lengthAfterAttended(doc: _Doc, provision: _Marks, span: readonly [number, number]): boolean {
  // The mark ends provision attended two places before the length's first word, which is at most LENGTH_WORDS back: with no
  // such mark there, nothing below can hold (most measures), and the words are not read.
  if (!attendedBefore(provision, span[0])) return false;
  if (!oftenWords(doc, span) || !lengthOfTimeIn(doc, span)) return false;
  // Back past the length's own words ("1 hour") to the mark that ends the provision.
  let k = span[0];
  while (k > span[0] - LENGTH_WORDS && provision[k - 1] === 0 && (doc.toks[k - 1]?.kind === 'n' || _DURATION_UNITS.has(doc.w[k - 1] ?? ''))) k -= 1;
  return RATE_MARKS.has(doc.w[k - 1] ?? '') && provision[k - 2] === _ATTENDED;
}

/** Most words of a length of time read back past before a rate ("1 hour", "1 and a half hours" is not read). */
const LENGTH_WORDS = 3;

/** Whether provision attended is marked two places before any of the places a length's words may start from a (a - LENGTH_WORDS to a). */
function attendedBefore(provision: _Marks, a: number): boolean {
  for (let k = Math.max(2, a - LENGTH_WORDS); k <= a; k++) if (provision[k - 2] === _ATTENDED) return true;
  return false;
}

/**
 * Whether every word of the text is in a provision clause and none names the child's outcome ("Sessions with the mentor to
 * continue", "Nurture group - to continue this term"): its advice is provision's, as a provision fragment's is (the labelling
 * guide, Specific rule 4: "Adult provision with no child outcome is not specific"), not "no skill was recognised".
 */
function provisionAll(doc: _Doc, provision: _Marks): boolean {
  let any = false;
  for (let i = 0; i < doc.toks.length; i++) {
    if (doc.toks[i]?.kind === 'p') continue;
    if (provision[i] === 0) return false;
    any = true;
  }
  return any;
}

/**
 * Whether a text of two words with nothing read (`bare`: no anchor or only a heading's, no measure, not a description) is a
 * review's status alone ("Carry forward.", "Carry over."): its advice is the review's (Specific rule 6, a placeholder;
 * _review.ts), not "name the skill". Longer texts keep their advice and confidence.
 */
function reviewAlone(doc: _Doc, provision: _Marks, bare: boolean): boolean {
  return bare && !_lacks(doc, _F_NO_OUTCOME) && _reviewNote(doc, provision, []);
}

/** Whether the text has at most two words (a heading's anchors set aside in `measuresAndAnchors`). */
function twoWords(doc: _Doc): boolean {
  let words = 0;
  for (let i = 0; i < doc.toks.length && words <= 2; i++) if ((doc.toks[i] as _Tok).kind !== 'p') words += 1;
  return words <= 2;
}

/**
 * The wish row of Settled cases: every anchor in a sentence of the child's wish ("Cameron wants to go swimming.") with no
 * measure of the wish's own, a capability with no figure ("I want to learn to drive") being none: what is wanted, not what
 * will be achieved. Read for a text with no point. The measures counted are those before the one-off thing adults arrange
 * (`own`): "Carer to arrange." never makes it specific.
 */
function wishAlone(doc: _Doc, anchors: readonly (readonly [number, number])[], measures: _MeasureScan, own: number): boolean {
  return noWishMeasure(doc, measures, own) && _wishOnly(doc, anchors);
}

/**
 * Whether the measures of a text with no point and no specific outcome are set aside as nothing the child will do: the child's
 * wish alone with no figure ("I want to be in the football team": the labelling guide, Settled cases, the wish row), an act not
 * decided ("Silver DofE - to think about.", "Marcus could do DofE next year?": _hedge.ts), or a topic heading's word read as
 * a skill with no figure ("Spelling and handwriting.", "Phonics - Read Write Inc."): Measurable, "someone could check, at the
 * deadline, whether it happened". An adult's one-off act stays checked done ("Apprenticeship?? - PA to discuss": the settled
 * row of one-off things adults arrange or do).
 */
function undecidedMeasure(doc: _Doc, measures: _MeasureScan, adultAct: boolean, notSpecific: boolean, fragment: _Fragment | null, hedges: _Hedges | null): boolean {
  const spans = measures.spans;
  if (notSpecific && !figureIn(doc, spans) && !pluralDayIn(doc, spans) && _wishOnly(doc, spans)) return true;
  // The skill's word opens the text or a part after a heading's mark: a heading's word, not a verb in a sentence of the child's.
  if (fragment === 'topic' && measures.soft === 'capability' && measures.softCount >= spans.length && spans.every(([a]) => a === 0 || HEAD_MARKS.has(doc.w[a - 1] ?? ''))) return true;
  // A figure or frequency keeps the act checked as it does for a wish ("It would be helpful if Sam read 20 mins daily",
  // "Attend 95%?"): Measurable, "someone could check, at the deadline, whether it happened".
  // The adults' offer alone ("will have the opportunity to attend a taster day"): a one-off thing arranged, checked (_offersOnly).
  return hedges !== null && (!adultAct || !adultNamed(doc)) && !figureIn(doc, spans, true) && _hedgedAct(hedges, spans) === 'undecided' && !_offersOnly(doc);
}

/**
 * Whether days named in the plural stand anywhere in a span's sentence ("I want to be in the football team on Saturdays"): the
 * wish's measure, as the labelling guide's Settled cases wish row reads a schedule ("on Saturdays") with it.
 */
function pluralDayIn(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  let from = -1;
  let to = -1;
  for (const [a] of spans) {
    if (a >= from && a <= to) continue; // this sentence has been read: many spans in one long sentence stay linear
    let s = a;
    while (s > 0 && ((doc.flags[s - 1] as number) & _F_ENDS) === 0) s--;
    let k = s;
    for (; k < doc.toks.length; k++) {
      const x = doc.w[k] ?? '';
      if (_WEEKDAY_PLURALS.has(x)) return true;
      if (((doc.flags[k] as number) & _F_ENDS) !== 0) break;
    }
    from = s;
    to = k;
  }
  return false;
}

/** Marks after which a word opens a heading's part ("Phonics - Read Write Inc.", "English: reading, writing"). */
const HEAD_MARKS: ReadonlySet<string> = new Set(['-', '–', ':', '.', '\n', ';', ',', '•']);

/** Whether the text names an adult ("carer", "PA", "SW", "school"): a one-off act read last is then theirs. */
function adultNamed(doc: _Doc): boolean {
  for (const x of doc.w) if (_ADULT_SUBJECTS.has(x)) return true;
  return false;
}

/** Words a number after names a level, not a count ("Grade 5 piano", "Level 2 course", "Year 10"): with `counts` no figure. */
const LEVEL_NAMES: ReadonlySet<string> = new Set(['grade', 'level', 'year', 'stage', 'band', 'set', 'entry', 'ks', 'y']);

/**
 * Whether some span holds a figure or a frequency (with `counts`, not a level's number, "Grade 5"): a number, a number in words, a frequency adverb ("3 times", "twice",
 * "weekly"), "every" or "each", or days named in the plural ("on Saturdays").
 */
function figureIn(doc: _Doc, spans: readonly (readonly [number, number])[], counts = false): boolean {
  for (const [a, b] of spans) {
    for (let k = a; k < b; k++) {
      const x = doc.w[k] ?? '';
      if (doc.toks[k]?.kind === 'n' && counts && LEVEL_NAMES.has(doc.w[k - 1] ?? '')) continue;
      if (doc.toks[k]?.kind === 'n' || _NUMBER_WORDS.has(x) || _FREQ_ADVERBS.has(x) || x === 'every' || x === 'each' || _WEEKDAY_PLURALS.has(x)) return true;
    }
  }
  return false;
}

/**
 * Whether the text has a comparative of becoming before "at" ("get better at number bonds", "get quicker at her times
 * tables", "be faster at long division"; {@link _BETTER_AT}): more of a skill the child already has, with no baseline and no
 * number, is a vague comparative however narrow the skill (the labelling guide, Specific rule 2: "get better at spelling"
 * names no baseline, no number and no skill; development labels: "get or be better, quicker or faster at" with no figure 0
 * specific of 46, a deadline beside it included, 0 of 3). Read only when nothing measures (a figure sets the comparative) and
 * no focusing phrase names the skill within ("…, in particular column subtraction").
 */
function becomingBetterAt(doc: _Doc): boolean {
  // "at" after the word first: a word not followed by it needs no look-up.
  for (let i = 1; i < doc.toks.length; i++) if (doc.w[i + 1] === 'at' && _BETTER_AT.has(doc.w[i] ?? '') && _BECOMING.has(doc.w[i - 1] ?? '')) return !focusingAfter(doc, i + 2);
  return false;
}

/** Forms of "improve" that open a target's predicate ("To improve his times tables", "Jimmy must improve his letter formation"). */
const IMPROVING: ReadonlySet<string> = new Set(['improve', 'improves']);
/** Words that end the skill improved and add to it: a topic, method, purpose, place or time ("of the Tudors", "by using", "so that", "in class"). */
const IMPROVED_ENDS: ReadonlySet<string> = new Set(['of', 'by', 'so', 'to', 'in', 'with', 'for', 'using', 'through', 'when', 'at', 'on', 'from', 'that', 'because', 'until', 'before', 'during']);

/**
 * Whether the whole target is "improve" and the skill improved, nothing after it ("Improve his times tables.", "Jimmy must
 * improve his letter formation"): more of a skill the child already has, with no baseline and no number, as "get better at
 * her times tables" is (the labelling guide, Specific rule 2: a comparative "becomes specific only with the skill named" and
 * a figure, "read 3 books from the Year 4 reading list"). The verb within the first four words; its object at most four words to the text's end. Not "improve in
 * column addition" (what the child improves in), a method or purpose after it ("by using", "so that"), a focus ("…,
 * especially finger spaces") or a second part ("Improve organisation – bring the right equipment"). Read, like
 * {@link becomingBetterAt}, only when nothing measures and no number is named.
 */
function improvedAlone(doc: _Doc): boolean {
  const n = doc.toks.length;
  let i = 0;
  while (i < n && i < 4 && !IMPROVING.has(doc.w[i] ?? '')) i++;
  if (i >= n || i >= 4) return false;
  let k = _OWNING_DETERMINERS.has(doc.w[i + 1] ?? '') ? i + 2 : i + 1;
  const start = k;
  while (k < n && doc.toks[k]?.kind === 'w' && !IMPROVED_ENDS.has(doc.w[k] ?? '') && !_FOCUS.has(doc.w[k] ?? '')) k++;
  // "improve his division skills": a skill named before "skills" is read by the particular-skill reading (_specific.ts).
  if (k === start || k - start > 4 || doc.w[k - 1] === 'skills' || doc.w[k - 1] === 'skill') return false;
  return k === n || (k === n - 1 && doc.w[k] === '.');
}

/** Whether a focusing phrase follows k ("particularly", "specifically", "especially", "in particular"; {@link _FOCUS}). */
function focusingAfter(doc: _Doc, k: number): boolean {
  for (let j = k; j < doc.toks.length; j++) if (_FOCUS.has(doc.w[j] ?? '') || (doc.w[j] === 'in' && doc.w[j + 1] === 'particular')) return true;
  return false;
}

/**
 * Whether some measure says how often, a duration's included ("3 books a term", "20 minutes a day", "twice a week"), of an act
 * named just before it ("reading 3 books a term"): a rate set on the child's act, which a RAG rating beside it leaves a target
 * (_statusNote.ts; Measurable rule 1). A rate of no act ("Amber – 2 exclusions a term") is the state rated.
 */
function rateOfAct(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  for (let i = 0; i < spans.length; i++) {
    const [a, b] = spans[i] as readonly [number, number];
    let act = false;
    for (let k = a - 1; k >= 0 && k >= a - 3 && doc.toks[k]?.kind === 'w'; k--) act = act || _endsIng(doc.w[k] ?? '');
    for (let k = a; act && k < b; k++) {
      const x = doc.w[k] ?? '';
      if (HOW_OFTEN.has(x) || ((x === 'a' || x === 'per') && _RATE_PERIODS.has(doc.w[k + 1] ?? ''))) return true;
    }
  }
  return false;
}

/**
 * The fragment reading ({@link _noOutcomeFragment}: "Phonics – Phase 2 sounds", "Lexia 3x a week") of a text with no point, or
 * whose point is only a re-check's in a part of its own ({@link _recheckPointAlone}: "Lexia 3x a week. Retest in July"), read
 * then only as provision's (a figure of the child's before a review, "Reading age 8y 2m. Review in July.", is one to reach).
 */
function fragmentWith(doc: _Doc, provision: _Marks, chosen: { readonly start: number; readonly end: number } | null): _Fragment | null {
  if (chosen === null) return _noOutcomeFragment(doc, provision);
  return _recheckPointAlone(doc, chosen.start, chosen.end) && _noOutcomeFragment(doc, provision) === 'provision' ? 'provision' : null;
}

/**
 * A numbered list with nothing of the child's ("1. Attendance 2. Punctuality"): its numbers only name the items (_measure.ts,
 * listOpening), so nothing is read as a measure; the advice stays a topic's, as when they were read and set aside
 * (Measurable rule 6). `bare`: no act of the child's, activity or description was read.
 */
function listedOnly(doc: _Doc, bare: boolean, spans: number): boolean {
  return bare && spans === 0 && doc.toks[0]?.kind === 'n' && (doc.w[1] === '.' || doc.w[1] === ')');
}

/**
 * Analyses a target's text (and, in cell mode, its "Timescale" cell).
 * Whether nothing is measured (`noMeasure`: Measurable rule 6, a record, a baseline, a timetable) is read only for a text with
 * a measure: with none, nothing is measured whatever it says (both places that read it ask for one; the one-off event
 * {@link nothingToMeasure} looks for was looked for in {@link measuresAndAnchors} and not found). With the guards off for
 * tests (`anyFlags` -1) it is read for every text, so a test can show that the reports are the same either way.
 * @param text - Target text (what, plus the expected outcome).
 * @param cell - The "Timescale (When)" cell, or null.
 * @param opts - Meeting date, next review and term context.
 * @param ops - Step counter.
 * @param cells - The cells already read for the same set of targets (one PEP and context), or none: each cell read anew.
 * @returns The analysis.
 */
export function _analyseText(text: string, cell: string | null, opts: _AnalyseOptions, ops: _OpCounter, cells?: _CellMemo): _TextAnalysis {
  // A short text that needs no normalising (most) is read as it is, in one pass. Otherwise a long text is first read
  // for its words only: a repeated phrase (in its canonical words: "0 1 2 3 …" is '#' repeated) is refused before a
  // token is made for each word (either way the words are the same: only the order of the work differs).
  let words = _keptWords(text, ops) ?? wordsOfNormalised(_normalise(text, ops), ops);
  // An empty or repeated text is refused before its clauses and background are worked out.
  const refused: _TextProblem = !words.content ? 'empty' : isRepetitive(words, ops) ? 'repetitive' : null;
  // A long text that is kept: its tokens now (its words and flags are those already read).
  if (refused === null && words.toks.length === 0) words = _withTokens(words);
  const doc = refused === null ? _finishDoc(words) : _bareDoc(words);
  const scanOpts = opts.scan ?? _scanOptionsOf(opts.terms, opts.meeting, opts.nextReview);
  if (refused !== null) return none(refused, doc);
  if (isPlaceholder(doc)) return none('placeholder', doc);
  const scan = _scanDeadlines(doc, scanOpts);
  const point = _chooseDeadline(scan);
  if (onlyTiming(doc) && !byPointAlone(doc, point, scan.candidates)) return none('placeholder', doc);
  const { measures, specific, anchors, vagueComparative, own, provision, activity, award } = measuresAndAnchors(doc);
  const read = describedOnly(doc, anchors.length > 0 && !vagueComparative, provision), described = read === WHOLLY, partly = read === PARTLY && !award;
  // Without evidence (detail 'codes'), lists are only signs of whether there is any, and the deadline's is not needed.
  const full = opts.evidence !== false;
  const ev = full ? collect : presence;
  // Its point is no deadline either: what it describes has none to reach (a cell's own deadline still counts). A one-off
  // thing adults do, read last (own 0), is measured whatever else only describes, and its point is the act's ("Jamie needs a
  // laptop - SW to ask VS by Friday").
  const adultAct = own === 0 && measures.spans.length > 0;
  const deadline = deadlineOf(doc, scan, point, described && !adultAct, cell, scanOpts, full, ops, cells);
  const chosen = deadline.chosen ?? (described ? null : hopedPoint(scan.candidates)); // a point only hoped for still counts for S and M
  // Every anchor in a clause naming only an area, a destination or a process ("Catch up on English"), or a score on a broad screen as the whole aim ("SDQ total below 17"): Barnet, Step One (_object.ts, _screening.ts).
  const areaRead = anchors.length > 0 && !vagueComparative && !described ? _areaOnly(doc, anchors) || (_screenScoreOnly(doc, anchors) ? 1 : 0) : 0;
  // A review note with no new outcome ("Partially met - continue."), every anchor in a clause whose predicate is vague ("Not to get
  // in trouble"): _review.ts; a plain use or subject only "to improve" (_plainUse.ts); a note of the state now, a baseline alone or figures only of the present, with no target (_statusNote.ts).
  const open = anchors.length > 0 && !vagueComparative && !described && areaRead === 0, statusFigures = chosen === null && figuresOnly(doc, measures.spans) && _statusFigures(doc, opts.meeting);
  // Neither can be read without one of their words (most texts have none); a what's-working note (_workingNote.ts) is a review note too.
  const statusOrVague = open && !_lacks(doc, _F_NO_OUTCOME);
  const review = (statusOrVague && _reviewNote(doc, provision, anchors)) || (open && _workingNote(doc, provision, anchors));
  const vague = statusOrVague && !review && _vagueOutcome(doc, anchors), plain = open && !review && !vague && (_plainAim(doc, anchors, measures.spans) || (chosen === null && (_statusNote(doc, rateOfAct(doc, measures.spans)) || _baselineAlone(doc) || statusFigures)));
  // A fragment with no clause of the child's, no point (provision's: only a re-check's, "Lexia 3x a week. Retest in July") and no value to reach: _fragment.ts.
  const fragment = open && !review && !vague ? fragmentWith(doc, provision, chosen) : null;
  // An act only hedged, not decided or put off to an open condition ("Silver DofE - to think about.", "Build up timetable when ready."): _hedge.ts.
  const hedges = chosen === null && (anchors.length > 0 || measures.spans.length > 0) ? _sentenceHedges(doc) : null;
  const hedgedS = hedges !== null && open && !review && !vague && fragment === null && _hedgedAct(hedges, anchors) !== null;
  const ruled = anchors.length > 0 && (plain || vagueComparative || described || partly || areaRead !== 0 || review || vague || fragment !== null || hedgedS || (chosen === null && wishAlone(doc, anchors, measures, own))), overruled = ruled || (anchors.length > 0 && _adultWordIn(doc) && _adultsClausesOnly(doc, anchors)); // or every doer an adult: Specific rule 4, _doer.ts
  const service = anchors.length > 0 && !overruled && _serviceAttendedOnly(doc, anchors), step = anchors.length > 0 && !overruled && !service && (_unnamedStepOnly(doc, anchors) || _cohortAimOnly(doc, anchors)), bare = anchors.length === 0 && !activity && chosen === null && !described && bareFigures(doc, measures.spans, provision);
  const undecided = chosen === null && measures.spans.length > 0 && undecidedMeasure(doc, measures, adultAct, anchors.length === 0 || overruled, fragment, hedges);
  const noMeasure = (measures.spans.length > 0 || doc.anyFlags === -1) && (nothingToMeasure(doc, measures.spans, provision, review || vague || plain, fragment !== null || bare, adultAct) || undecided || _recordOnly(doc, measures.spans, chosen !== null, opts.meeting) || (chosen === null && _baselineAlone(doc)) || statusFigures || _timetableOnly(doc, measures.spans, provision, measures.naming, anchors) || _pastTargetOnly(doc, measures.spans));
  const dashWeeks = anchors.length === 0 && !activity && !described && measures.spans.length === 0 ? weeksClosing(doc, deadline.fromCell ? null : chosen) : null, listed = listedOnly(doc, (anchors.length === 0 || overruled) && !activity && !described, measures.spans.length);
  return {
    problem: null,
    doc,
    specific: {
      met: anchors.length > 0 && !overruled && !service && !step, // nor a service's sessions gone to alone (Specific rule 4; _serviceSessions.ts: Specific only), nor a next step named only by its kind (_nextStep.ts), nor a cohort's aim (_cohortAim.ts)
      // At detail 'codes' this list and the two of measurable below feed only evidence and advice, which are not returned.
      evidence: full ? collect(doc, anchors) : NO_EVIDENCE,
      vague: ev(doc, specific.vague),
      anchors: anchors.length,
      overruled,
      described: described || (partly && !review && !vague && fragment === null && !hedgedS && areaRead === 0), partly,
      area: areaRead !== 0, state: areaRead === 2 || (full && (anchors.length === 0 || overruled) && !described && !activity && _stateText(doc)), // at 'codes' a state text only chose advice (its confidence is the one judged without it: _judge.ts, specificOf), so it is not read
      noOutcome: review || reviewAlone(doc, provision, (anchors.length === 0 || vagueComparative) && !described && measures.spans.length === 0 && twoWords(doc)) ? 'review' : vague ? 'vague' : (fragment ?? (hedgedS ? 'hedge' : anchors.length === 0 && !activity && !described && full && provisionAll(doc, provision) ? 'provision' : null)),
      // Met only on actions read from the grammar (no word list knows them): low confidence.
      unsure: specific.open && anchors.length === specific.anchors.length,
      // An activity or event gone to was read (_activity.ts): when nothing else is found, the advice says what to add.
      activity: activity || service, adults: overruled && !ruled,
    },
    measurable: {
      // A one-off thing adults do (own 0: the event read last) is checked done whatever else only describes ("Jamie needs a laptop - SW to ask VS").
      met: measures.spans.length > 0 && (!described || own === 0) && !noMeasure,
      adultAct: full && adultAct && adultNamed(doc), // advice names the adults' act only with an adult named ("Bursary - to apply": none); advice only, so not read at 'codes'
      noOutcome: (noMeasure && measures.spans.length > 0) || dashWeeks !== null || listed,
      undecided: undecided || listed,
      evidence: full ? collect(doc, dashWeeks ?? measures.spans) : NO_EVIDENCE,
      // At detail 'codes' only whether there is one: it decides measurable's confidence.
      comparatives: full ? collect(doc, measures.comparatives) : presence(doc, measures.comparatives),
      soft: measures.spans.length > 0 && measures.softCount >= measures.spans.length ? measures.soft : null,
      described: described && measures.spans.length > 0,
    },
    deadline,
    area: opts.inferArea === false ? null : _inferArea(doc),
  };
}
