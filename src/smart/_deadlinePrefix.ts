/**
 * The prefix of a deadline phrase: the words before its core token ("by the end of this", "within
 * the next", "every", "w/c"), read backwards a bounded number of tokens, and what they say about the
 * phrase (a deadline, a start or past date, a frequency, a background date or a condition).
 */
import type { Term } from '../core/enums';
import { _flag3At, _wordFlag3, type _Doc } from './_doc';
import { _nearest, _NEVER, _walkBack, _walkOn } from './_walks';
import { _PAST_AUXILIARIES } from './_purpose';
import { _CHANGED, _ENTERING, _FREQ_ADVERBS, _pastParticiple, _pastVerb, _statedNow } from './_measure';
import { _PAST_WORDS, _ASSESSMENTS, _HOLIDAY_WORDS, _MAYBE, _PART_ENDS, _SENTENCE_ENDS, _CHECK_PARTICIPLES, _CONCRETE_VERBS, _EVENT_VERBS, _OBSERVABLE_VERBS, _FORECAST, _FUTURE, _IRREGULAR_PAST, _MONTHS, _NUMBER_WORDS, _OWNING_DETERMINERS, _LOGGED_EVENTS, _STOP, _SUBJECTS, _TERM_WORDS, _WEEKDAYS } from './_phrases';

export interface _Prefix {
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

export const _STRONG_PREPS = new Set(['by', 'before', 'until', 'till', 'til', 'untill']);
/** A review or meeting: what a term or a month in brackets can name ("the spring PEP", "the next PEP (March)"). */
export const _REVIEW_NOUNS: ReadonlySet<string> = new Set(['pep', 'review', 'meeting']);
const PREPS = new Set([
  'by', 'before', 'until', 'till', 'til', 'untill', 'in', 'during', 'on', 'at', 'for', 'over', 'throughout', 'within', 'from',
  'since', 'after', 'to', 'between', 'and', 'around', 'across', 'into', 'through', 'of',
]);
const POSITIONS = new Map<string, string>([
  ['end', 'end'], ['close', 'end'], ['start', 'start'], ['beginning', 'start'], ['middle', 'middle'], ['mid', 'middle'],
  ['rest', 'rest'], ['remainder', 'rest'], ['course', 'rest'], ['early', 'start'], ['late', 'end'],
]);
const DETS = new Set(['this', 'next', 'last', 'previous', 'coming', 'following', 'current']);
const SKIP = new Set(['the', 'his', 'her', 'their', 'its', 'my', 'our', 'very', 'of', 'school', 'academic', "'"]);
const STRONG_WORDS = new Set(['deadline', 'timescale', 'timescales', 'timeframe', 'due', 'review', 'reviewed', 'date', 'latest', 'target']);
/**
 * Words before a period that make it a frequency, not a point ("every week", "once a term", "weekly"): read by the
 * prefix scan and by the weekday rule.
 * @example
 * _FREQ_WORDS.has('every'); // true
 */
export const _FREQ_WORDS: ReadonlySet<string> = new Set(['every', 'each', 'per', 'a', 'an', 'once', 'twice', 'termly', 'weekly', 'daily']);

/** The words of every list {@link prefixWord} tests (and {@link detOrPosition}'s), one third-word flag: a word in none is passed over with no look-up. */
const F3_PREFIX_WORD = _wordFlag3([...DETS, ...POSITIONS.keys(), ..._FREQ_WORDS, ...SKIP, ...PREPS, ...STRONG_WORDS, ..._WEEKDAYS.keys()]);
const EVENT_NOUNS = new Set([
  'suspension', 'suspensions', 'exclusion', 'exclusions', 'fte', 'ftes', 'excluded', 'suspended', 'incident', 'incidents', 'fight', 'fall-out', 'move',
  'moved', 'born', 'birthday',
  // Arriving or joining, in the past ("arrived in September", "joined the school in May"): when the child came, a background date.
  'arrived', 'joined', 'came', 'started', 'began', 'transferred',
]);

export function _wd(doc: _Doc, i: number): string {
  // Never a negative index: a read at -1 (the word before the first) turns this one load generic, slower at every call.
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/**
 * The plain whole number at k, written with nothing before, inside or after its digits ("4", not "£4", "4th", "4.5", "T4"),
 * or null.
 * @param doc - The text.
 * @param k - The token.
 * @returns Its value, or null when no plain number stands there.
 */
export function _plainNumberAt(doc: _Doc, k: number): number | null {
  const t = doc.toks[k];
  return t?.kind === 'n' && t.prefix === '' && t.sep === '' && t.suffix === '' ? t.num : null;
}

/**
 * Whether tokens j-2..j are "w / c" or "w / b" (week commencing / beginning), "wc", "wb" or "week commencing".
 * @example _isWeekCommencing(doc, i - 1) // true before "24/2" in "w/c 24/2", false in "Part B 3/5"
 */
export function _isWeekCommencing(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  if (x === 'wc' || x === 'w/c' || x === 'wb' || x === 'commencing' || x === 'beginning' || x === 'starting') {
    return x === 'wc' || x === 'wb' || _wd(doc, j - 1) === 'week';
  }
  return (x === 'c' || x === 'b') && _wd(doc, j - 1) === '/' && _wd(doc, j - 2) === 'w';
}

/** "2024-25", "2024/2025": an academic year written before "academic year", skipped like "academic". */
function academicYearNumber(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n' || (t.sep !== '-' && t.sep !== '/') || t.parts.length !== 2 || t.digits[0] !== 4) return false;
  const next = _wd(doc, k + 1);
  return next === 'year' || next === 'academic' || next === 'school';
}

/** The prefix being read: the fields of {@link _Prefix}, filled in as words are read backwards. */
export interface _PrefixState {
  start: number;
  prep: string | null;
  position: string | null;
  det: string | null;
  freq: boolean;
  strongWord: boolean;
}

/** Words of a heading cell over what was: its dates are background ("Previous target", "Reviewed", "Baseline", "Last review"). */
const RECORD_HEADINGS = new Set([..._PAST_WORDS, 'reviewed', 'baseline']);

/** Words that may follow a point closing the text after a dash ("- Easter", "- half term", "- July 2025"). */
const CLOSING_POINT_WORDS = new Set(['half', 'term', 'holidays', 'hols', 'break', '.', '!', 'weeks', 'wks', 'wk']);

/**
 * Whether the point at i, straight after a dash, closes the text ("… - Mr Hale to check - Easter", "… - half term"): a
 * point standing alone at the end, read as a "Timescale" cell is, as "by" what it names (the labelling guide's cell rows;
 * "…, spring 1" and "- Summer 1" close texts the same way). At most three words after it, each a word of the point or
 * a number.
 */
function closingPoint(doc: _Doc, i: number): boolean {
  /** Words a closing point may run to after its core ("half term .", "July 2025"). */
  const CLOSING_REACH = 3;
  if (doc.toks.length - i > CLOSING_REACH + 1) return false;
  for (let j = i + 1; j < doc.toks.length; j++) if (!CLOSING_POINT_WORDS.has(_wd(doc, j)) && doc.toks[j]?.kind !== 'n') return false;
  return true;
}

/** How far back from a closing dash the text is read for a baseline or an earlier "by" point. */
const DASH_BACK = 40;
/** Past verbs that make the part before a closing dash what has happened ("attendance was 82% last year - Year 8"). */
const PAST_BEFORE_DASH = new Set(['was', 'were', 'had', 'has', 'have']);

/**
 * Whether the point after the dash at k closes a baseline, or the target already has its point: the part before the dash
 * labelled a baseline ("Baseline 85% - autumn 2"), a figure stated as now ("Reading age 7.2 - September") or a past
 * verb ("attendance was 82% last year - Year 8"), when the baseline was taken (the labelling guide, Time-bound (T):
 * baselines are not deadlines); or "by"/"before" earlier in the text ("… by Easter. Baseline 85% - September"), the
 * target's own point, which a closing point never overrides.
 */
function notClosing(doc: _Doc, k: number): boolean {
  if (_baselineLabelled(doc, k)) return true;
  doc.ops.n += DASH_BACK;
  let part = true;
  for (let j = k - 1; j >= 0 && j >= k - DASH_BACK; j--) {
    const x = _wd(doc, j);
    part &&= !_PART_ENDS.has(x);
    // "funded by PP+ - 10 wks", "paid (for) by carer - 6 wks": "by" after a participle names who, not the target's point.
    const agent = x === 'by' && agentParticiple(doc, j - 1);
    // "Leo will have ELSA sessions - 6 wks", "to have swimming lessons": "have" after a modal or "to" is what is to come.
    const past = PAST_BEFORE_DASH.has(x) && !((x === 'have' || x === 'has') && (_FUTURE.has(_wd(doc, j - 1)) || _wd(doc, j - 1) === 'to'));
    if ((_STRONG_PREPS.has(x) && !agent) || (part && (past || (doc.toks[j]?.kind === 'n' && _statedNow(doc, j))))) return true;
  }
  return false;
}

/**
 * Participles `_pastParticiple` does not know, written like their verb or irregular, that name who does a thing before
 * "by" ("paid by", "led by", "set by"); "run by" is read by `_pastParticiple` itself. _deadline.ts adds more.
 */
export const _AGENT_PARTICIPLES: ReadonlySet<string> = new Set(['paid', 'led', 'held', 'taught', 'set', 'put']);

/** Whether the word at j is a participle, read past a particle ("paid for by", "set up by"): "by" after it names who. */
function agentParticiple(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  const k = x === 'for' || x === 'up' || x === 'out' ? j - 1 : j;
  const y = _wd(doc, k);
  return _pastParticiple(y) || _AGENT_PARTICIPLES.has(y);
}

/**
 * Whether a word before a colon or dash labels the part after it as a cell of when ("Timescale: end of term", "By: …", "Review
 * - 6 weeks", "By when - review"): a deadline word ({@link STRONG_WORDS}), "when" or "by".
 * @param x - The word, lower case.
 * @returns Whether it is such a label.
 * @example _whenLabel('timescale') // true
 */
export function _whenLabel(x: string): boolean {
  return STRONG_WORDS.has(x) || x === 'when' || x === 'by';
}

/**
 * Whether the point at i stands alone in brackets that close the text ("… attend with carer (Feb)", "(Feb 2025).",
 * "(summer term)"): only a year, "term" or "half" between it and ")", and only a full stop after.
 */
function closingBracket(doc: _Doc, i: number): boolean {
  let j = i + 1;
  while (j < doc.toks.length && j <= i + 2 && (doc.toks[j]?.kind === 'n' || _wd(doc, j) === 'term' || _wd(doc, j) === 'half')) j += 1;
  if (_wd(doc, j) !== ')') return false;
  for (let k = j + 1; k < doc.toks.length; k++) if (_wd(doc, k) !== '.' && _wd(doc, k) !== '!') return false;
  return true;
}

/** Words before a closing bracket that make its month when something was or is fixed ("Date set (Sept)", "Court date (Mar)"). */
const BRACKET_RECORD_WORDS: ReadonlySet<string> = new Set([...RECORD_HEADINGS, 'date', 'since', 'set', 'got']);

/** Auxiliaries of the future before the child's act ("will", "shall", "'ll"). */
const FUTURE_AUX: ReadonlySet<string> = new Set(['will', 'shall', "'ll"]);

/** Verbs a part may open with as an imperative, the child's act ("Open day - go with carer (Feb)", "Visit two colleges (June)"). */
const OPENING_VERBS: ReadonlySet<string> = new Set([..._CONCRETE_VERBS, ..._OBSERVABLE_VERBS, ..._EVENT_VERBS, ..._ENTERING]);

/** Whether the word at j opens the part ("… - go with carer", "Visit …"): after its start, a colon or a dash. */
function opensPart(doc: _Doc, j: number): boolean {
  const y = _wd(doc, j - 1);
  return j === 0 || _PART_ENDS.has(y) || y === ':' || y === '-';
}

/**
 * Whether the part before the bracket at k holds the child's act to come: a "will" or "to" clause ("Ella will read 5
 * books (June)", "Tom to visit two sixth forms (June)") or an imperative opening it ("… - go with carer (Feb)"), with no
 * verb in the past before it ("joined Year 7 (Sept)", "attended 9 of 10 (Dec)") and no heading of what was or date of its
 * own ("Previous target: … (Dec)", "Review date (June)"). A figure stated as now ("Attendance 85% (Dec)") or a state in
 * the present ("Ella lives with her nan (Dec)") holds no act: the month is when it was taken, a background date (the
 * labelling guide, Time-bound (T), "Not deadlines"). A document's own date ("the EP report (Nov)") is read by
 * {@link _documentDate}.
 */
function bracketAct(doc: _Doc, k: number): boolean {
  let from = k;
  while (from > 0 && from > k - DASH_BACK && !_PART_ENDS.has(_wd(doc, from - 1))) from -= 1;
  let act = false;
  for (let j = from; j < k; j++) {
    const x = _wd(doc, j);
    if (BRACKET_RECORD_WORDS.has(x)) return false;
    if ((FUTURE_AUX.has(x) || x === 'to') && j + 1 < k && doc.toks[j + 1]?.kind === 'w' && !_STOP.has(_wd(doc, j + 1))) act = true;
    else if (opensPart(doc, j) && OPENING_VERBS.has(x)) act = true;
    else if (!act && _pastVerb(x)) return false;
  }
  return act;
}

/** Words that may follow the answer to "When?" ("Summer.", "Spring term", "June\n"): any other, as "?" or "(TBC)", hedges it. */
const ANSWER_CLOSES: ReadonlySet<string> = new Set(['.', '!', '\n', 'term', 'half', '|']);

/**
 * Whether the "?" at q closes a question of when that the point at i answers for the target ("By when? Easter.", "When?
 * April."): not "Since when?", not a hedged answer ("Summer?", "Summer (TBC)"), not one in the past ("Last June", a
 * year written after it: read only in a "by" point), and "When?" not asked of a sentence told in the past ("Ava cooked
 * pasta. When? June."): those date what happened (the labelling guide, Time-bound (T), "Not deadlines": background dates).
 */
function whenAnswered(doc: _Doc, q: number, s: _PrefixState, i: number): boolean {
  if (_wd(doc, q) !== '?' || _wd(doc, q - 1) !== 'when' || _wd(doc, q - 2) === 'since' || s.det === 'last') return false;
  let j = i + 1;
  for (; j < doc.toks.length && !_SENTENCE_ENDS.has(_wd(doc, j)); j++) if (!ANSWER_CLOSES.has(_wd(doc, j))) return false;
  if (_wd(doc, j) === '?') return false;
  return !toldInPast(doc, q - 1);
}

/**
 * Whether the sentence before the question "When?" at `w` tells what happened: a verb in the past with no act to come
 * before it. "By when?" asks for a point still to come, so it is not read.
 */
function toldInPast(doc: _Doc, w: number): boolean {
  const j = w - 1;
  if (!_SENTENCE_ENDS.has(_wd(doc, j))) return false;
  // From the sentence's start (just after the mark before it) on to its mark at j: the first word to come or past decides.
  const from = _nearest(doc, j - 1, SENTENCE_MARK_BACK) + 1;
  const k = _nearest(doc, from, TOLD_ON);
  return k >= 0 && k < j && _pastVerb(_wd(doc, k)) && !comingAt(doc, k);
}

/** Whether token k is a word of an act to come ({@link toldInPast}): an auxiliary of the future or "to". */
function comingAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return FUTURE_AUX.has(x) || x === 'to';
}
/** The walk back to the mark of {@link _SENTENCE_ENDS} before a sentence. */
const SENTENCE_MARK_BACK = _walkBack(_NEVER, (doc, k) => _SENTENCE_ENDS.has(_wd(doc, k)));
/** The walk on, in the sentence, to a word to come or a verb in the past ({@link toldInPast}). */
const TOLD_ON = _walkOn((doc, k) => _SENTENCE_ENDS.has(_wd(doc, k)), (doc, k) => comingAt(doc, k) || _pastVerb(_wd(doc, k)));

/**
 * Whether the month or term at i stands alone in the bracket opened at k that closes the text ({@link closingBracket}), with
 * no year written after it (a past year is a note: the school-time rows, "(summer 2024)"), the bracket does not date a
 * document ("the EP report (Nov)"), the part before is no baseline and the text has no "by" point of its own
 * ({@link notClosing}), and the part holds the child's act to come ({@link bracketAct}).
 */
function pointInClosingBracket(doc: _Doc, k: number, i: number): boolean {
  const alone = k === i - 1 && k > 0 && (_MONTHS.has(_wd(doc, i)) || _TERM_WORDS.has(_wd(doc, i))) && closingBracket(doc, i);
  // "(summer 2025)": a year written is read by the term's own reading, which knows whether it is past.
  if (!alone || DOCUMENT_NOUNS.has(_wd(doc, k - 1)) || doc.toks[i + 1]?.kind === 'n') return false;
  return !notClosing(doc, k) && bracketAct(doc, k);
}

/**
 * Crossing a colon or dash, only to find a deadline word before it ("Timescale: end of term", "By: …", "Review - 6 weeks"),
 * or a question heading of when ("By when? Summer.", "When? July": the point answers it, as after "By when:"); or a point
 * alone in brackets closing the text ("… - attend with carer (Feb)"), a cell of when as a point closing the text after a
 * dash is (the labelling guide, Deadline labels: a term named alone is its end, a month alone its last day), unless the
 * part before is a baseline or the text already has its "by" point ({@link notClosing}).
 */
function acrossColon(doc: _Doc, k: number, s: _PrefixState, i: number): void {
  if (s.prep !== null) return;
  const mark = _wd(doc, k);
  if (mark === '(' && pointInClosingBracket(doc, k, i)) s.strongWord = true;
  // The answer may stand on a line of its own under its label ("By when?\nSummer.", "Timescale:\nJuly").
  const q = mark === '\n' && k === i - 1 ? k - 1 : k;
  if (whenAnswered(doc, q, s, i)) s.strongWord = true;
  // "By when: results day, August": the answer names its occasion, then the point it falls at after a comma.
  if (mark === ',' && k === i - 1 && occasionAnswered(doc, k)) s.strongWord = true;
  if (_wd(doc, q) !== ':' && _wd(doc, q) !== '-') return;
  // "… - Mr Hale to check - Easter": a point alone closing the text after a dash, a cell of when.
  if (mark === '-' && k === i - 1 && k > 0 && closingPoint(doc, i) && !notClosing(doc, k)) s.strongWord = true;
  const before = _wd(doc, q - 1);
  if (_whenLabel(before)) {
    s.strongWord = true;
    if (before === 'by') s.prep = 'by';
  }
}

/** Words an occasion may take in a "By when:" answer before the comma and its point ("results day", "the end of the course"). */
const OCCASION_WORDS = 4;

/**
 * Whether the comma at k closes an occasion of at most {@link OCCASION_WORDS} words straight after a label of when and its
 * colon ("By when: results day, August", "Timescale: exam week, June"): the point after the comma says when the occasion
 * falls and answers the label, as "By when: August" does (the labelling guide's cell rows: a "Timescale" cell is read as
 * "by" what it names; Deadline labels: the final point).
 */
function occasionAnswered(doc: _Doc, k: number): boolean {
  // "By when: when ready, June?": an answer asked, not given.
  for (let j = k + 1; j < doc.toks.length && j <= k + 1 + OCCASION_WORDS; j++) {
    if (_wd(doc, j) === '?') return false;
    if (_sentenceEndAt(doc, j)) break;
  }
  for (let j = k - 1; j >= 0 && j >= k - 1 - OCCASION_WORDS; j--) {
    const x = _wd(doc, j);
    if (x === ':') return j < k - 1 && answerLabel(doc, j - 1);
    // "last review", "previous PEP" (a heading of what was), "hopefully", "maybe", "when ready", "not yet", "TBC",
    // "ongoing": an occasion past or an answer hedged, no point the label is answered with.
    if (doc.toks[j]?.kind !== 'w' || RECORD_HEADINGS.has(x) || _MAYBE.has(x) || UNSETTLED_ANSWERS.has(x)) return false;
  }
  return false;
}

/**
 * Words of a "By when:" answer that leave it unsettled ("hopefully", "when ready", "not yet agreed", "TBC", "ongoing"), beside
 * {@link _MAYBE}: the labelling guide, Time-bound (T), a point hedged or still to agree is no deadline.
 */
const UNSETTLED_ANSWERS: ReadonlySet<string> = new Set(['hopefully', 'ready', 'not', 'yet', 'tbc', 'tba', 'ongoing']);

/**
 * Whether the label ending at k asks when a target is due, for {@link occasionAnswered}: a label of when, not one of what
 * was or when it began ("Reviewed:", "Start date:", "Date set:").
 */
function answerLabel(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return _whenLabel(x) && x !== 'reviewed' && !(x === 'date' && (_START_VERBS.has(_wd(doc, k - 1)) || RECORD_HEADINGS.has(_wd(doc, k - 1))));
}

/** Whether "date" at k ends "up-to-date" or "up to date" (an adjective: current), hyphens read as their own tokens or not. */
function upToDate(doc: _Doc, k: number): boolean {
  if (_wd(doc, k) !== 'date') return false;
  let j = k - 1;
  if (_wd(doc, j) === '-') j -= 1;
  if (_wd(doc, j) !== 'to') return false;
  j -= 1;
  if (_wd(doc, j) === '-') j -= 1;
  return _wd(doc, j) === 'up';
}

/** A determiner, position or frequency word (read only before any preposition): continue, stop, or null for none. */
function detOrPosition(i: number, k: number, x: string, s: _PrefixState): boolean | null {
  if (s.position === null && s.det === null && DETS.has(x)) {
    s.det = x === 'previous' ? 'last' : x === 'coming' || x === 'current' ? 'this' : x === 'following' ? 'next' : x;
    s.start = k;
    return true;
  }
  if (s.position === null && POSITIONS.has(x)) {
    s.position = POSITIONS.get(x) as string;
    s.start = k;
    return true;
  }
  if (k === i - 1 && _FREQ_WORDS.has(x)) {
    s.freq = true;
    s.start = k;
    return false;
  }
  return null;
}

/** Tokens back from "to" a span's dated start may take after "from" ("from the 20th of January 2025 to", "from w/c 3rd February to"). */
const FROM_DAY_REACH = 7;

/**
 * Whether "to" at k ends a span started by "from" and a day of a month ("from 20 January to 14 February", "from 3rd Feb
 * 2025 to half term", "from January 20th to", "from w/c 3rd February to half term", "from 10/2 to 21/3"): the span's end
 * is the point it is kept up to, as "until 14 February" is (the labelling guide, Time-bound (T): a range of days ends on
 * its last day). The start holds only the day, a month name, its year, "the"/"of" and a week commencing before them, a
 * month or the week among them, or is a day written with its month as a number when the end is one too, in a later month:
 * a score ("from 3/10 to 6/10", "from 18/40 to 30/40") or a count ("from 3 days to 5") is no span.
 */
function fromDayBefore(doc: _Doc, k: number): boolean {
  const end = doc.toks[k + 1];
  const upTo = end?.sep === '/' ? end.parts[1] ?? 13 : 13;
  let month = false;
  for (let j = k - 1; j >= 0 && j >= k - FROM_DAY_REACH; j--) {
    const x = _wd(doc, j);
    const t = doc.toks[j];
    if (x === 'from') return month;
    // "from 10/2 to 21/3": a day with its month as a number, the end's in a later month of the twelve ("3/10" to "6/10" is a score).
    if (_MONTHS.has(x) || (t?.sep === '/' && (t.parts[1] ?? 13) < upTo && upTo <= 12)) month = true;
    else if (_isWeekCommencing(doc, j)) {
      // "from w/c 3/2 to", "from week commencing 3rd February to": the week is dated by the day after it.
      month = true;
      j -= x === 'c' || x === 'b' ? 2 : x === 'wc' || x === 'wb' ? 0 : 1;
    } else if (x !== 'the' && x !== 'of' && !(t?.kind === 'n' && (t.sep === '' || t.sep === '/'))) return false;
  }
  return false;
}

/** A preposition: "up to" / "prior to" / "ahead of" / "in time for" read as "by". */
function takePrep(doc: _Doc, k: number, x: string, s: _PrefixState): void {
  s.prep = x;
  s.start = k;
  const before = _wd(doc, k - 1);
  // "from February to July": the span's end is the point it is kept up to, as "until July" is; "between now and half
  // term": up to the point, as "until half term".
  if (x === 'to' && ((_MONTHS.has(before) && _wd(doc, k - 2) === 'from') || fromDayBefore(doc, k))) s.prep = 'until';
  if (x === 'and' && before === 'now' && _wd(doc, k - 2) === 'between') s.prep = 'until';
  if (x === 'to' && (before === 'up' || before === 'prior')) {
    s.prep = 'by';
    s.start = k - 1;
  }
  if (x === 'of' && before === 'ahead') {
    s.prep = 'by';
    s.start = k - 1;
  }
  // "in time for the Year 6 residential": what is ready for a point is done by it.
  if (x === 'for' && before === 'time' && _wd(doc, k - 2) === 'in') {
    s.prep = 'by';
    s.start = k - 2;
  }
}

/** Words looked back over from "starts" or "begins" for the "by", "before" or "ahead of" whose point it is. */
const START_LOOK_BACK = 12;

/**
 * Whether "starts"/"begins" at k is what a "by", "before", "until" or "ahead of" names across its clause ("by the time
 * the college course starts on 3rd March", "before his new course in catering starts"), read on over a relative clause
 * ("ahead of the course, which starts on 3rd March"): the start is then the point the target is due by, a deadline.
 */
function startIsDuePoint(doc: _Doc, k: number): boolean {
  let clause = doc.clause[k];
  for (let j = k - 1; j >= 0 && j >= k - START_LOOK_BACK; j--) {
    if (doc.clause[j] !== clause) {
      const rel = _wd(doc, j + 1);
      if (_wd(doc, j) !== ',' || (rel !== 'which' && rel !== 'that' && rel !== 'when')) return false;
      clause = doc.clause[j];
      continue;
    }
    const x = _wd(doc, j);
    if (_STRONG_PREPS.has(x) || (x === 'of' && _wd(doc, j - 1) === 'ahead')) return true;
  }
  return false;
}

/**
 * "starting 2nd February", "starting this week", "commencing in May", "beginning after Easter": a start point, read as
 * "from" (the labelling guide: start points are not deadlines); not "the beginning of June" (a position), not "week
 * commencing" (read before), and not after "by", "before" or "until" ("by the end of March, starting…" keeps its "by").
 */
function startingAt(doc: _Doc, k: number, s: _PrefixState): boolean {
  const x = _wd(doc, k);
  if (x !== 'starting' && x !== 'commencing' && x !== 'beginning' && x !== 'starts' && x !== 'begins' && x !== 'commences') return false;
  if (_wd(doc, k + 1) === 'of' || (s.prep !== null && _STRONG_PREPS.has(s.prep))) return false;
  // "before she starts in September", "by the time the placement begins": the start is the point it is due by.
  if ((x === 'starts' || x === 'begins' || x === 'commences') && startIsDuePoint(doc, k)) return false;
  s.prep = 'from';
  s.start = k;
  return true;
}

/** "week" of "the first week of March", "weeks" of "the first 2 weeks of March". */
const WEEK_WORDS: ReadonlySet<string> = new Set(['week', 'weeks']);
/** Most weeks of a month's start read as a point ("the first 4 weeks of March"): a month has four whole weeks. */
const MAX_FIRST_WEEKS = 4;

/** The count of weeks at k, 2 to 4 in figures or words ("2", "two"), or 0. */
function weekCountAt(doc: _Doc, k: number): number {
  const t = doc.toks[k];
  const n = t?.kind === 'n' ? (_plainNumberAt(doc, k) ?? 0) : (_NUMBER_WORDS.get(_wd(doc, k)) ?? 0);
  return n >= 2 && n <= MAX_FIRST_WEEKS ? n : 0;
}

/**
 * How many weeks of a month's start a position names: 1 for "first-week" ("by the first week of September"), N for
 * "first-N-weeks" ("in the first 2 weeks of March"), 0 for any other. The point is the last of their days, as a range of
 * days in a month is its last day (school-time table: "3-7 March" → the 7th; "the first week of September" → the 7th).
 */
export function _firstWeeks(position: string | null): number {
  return position === null ? 0 : (FIRST_WEEKS.get(position) ?? 0);
}

/** The positions of a month's first weeks and their counts (see {@link _firstWeeks}). */
const FIRST_WEEKS: ReadonlyMap<string, number> = new Map([
  ['first-week', 1],
  ['first-2-weeks', 2],
  ['first-3-weeks', 3],
  ['first-4-weeks', 4],
]);

/** Whether "first" or "1st" stands at k. */
function firstAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return _wd(doc, k) === 'first' || (t?.kind === 'n' && t.num === 1 && t.suffix === 'st');
}

/** Reads one word of the prefix into the state: `true` to read on, `false` when the prefix ends. */
function prefixWord(doc: _Doc, i: number, k: number, s: _PrefixState): boolean {
  const x = _wd(doc, k);
  if (x === '-' || x === "'" || x === '"') return true;
  // "attend a 6 week course": "a" before a count is its article, not a rate ("3 days a week").
  if (k === i - 1 && x === 'a' && doc.toks[i]?.kind === 'n') {
    s.start = k;
    return true;
  }
  const listed = _flag3At(doc, k, F3_PREFIX_WORD);
  if (s.prep === null && listed) {
    const r = detOrPosition(i, k, x, s);
    if (r !== null) return r;
  }
  // "by the first week of September", "in the first week of March": the week's last day, as a range of days in a month is
  // its last day (school-time table: "3-7 March" → the 7th; labels y16-204, y22-176). Only before a month straight after,
  // "of" or "in" between ("the 1st week in March").
  const week = k === i - 2 && WEEK_WORDS.has(x) && _wd(doc, k + 1) === 'of' ? k : x === 'in' && k === i - 1 && WEEK_WORDS.has(_wd(doc, k - 1)) ? k - 1 : -1;
  if (week >= 0 && s.prep === null && s.position === null && _MONTHS.has(_wd(doc, i))) {
    // "the first 2 weeks of March", "the first two weeks in March": days 1-14, the last of them. Only after "the": "by the end
    // of his first 2 weeks in September" counts his own weeks from when he starts, the month saying when (label y17-126).
    const count = _wd(doc, week) === 'weeks' ? weekCountAt(doc, week - 1) : 1;
    const first = count === 1 ? week - 1 : week - 2;
    if (count > 0 && firstAt(doc, first) && (count === 1 || _wd(doc, first - 1) === 'the')) {
      s.position = count === 1 ? 'first-week' : `first-${count}-weeks`;
      s.start = first;
      return true;
    }
  }
  // The rest of "first week in": read as one position.
  if (_firstWeeks(s.position) > 0 && k >= s.start && k < i) return true;
  // "within his first 6 weeks", "in the first two weeks": an ordinal before the count, skipped like "the".
  const firstCount = x === 'first' && (doc.toks[k + 1]?.kind === 'n' || _NUMBER_WORDS.has(_wd(doc, k + 1)));
  // "ahead of the options evening": "of" is otherwise skipped ("the end of"), so "ahead of" is read here, as "by".
  if (x === 'of' && s.prep === null && _wd(doc, k - 1) === 'ahead') {
    takePrep(doc, k, x, s);
    return true;
  }
  if ((listed && SKIP.has(x)) || firstCount || academicYearNumber(doc, k)) {
    if (s.prep === null) s.start = k;
    return true;
  }
  if (s.prep === null && listed && PREPS.has(x)) {
    takePrep(doc, k, x, s);
    return true;
  }
  // "by the time of the summer review", like "no later than": read as "by".
  if (x === 'time' && s.prep === null && _wd(doc, k + 1) === 'of' && _wd(doc, k - 1) === 'the' && _wd(doc, k - 2) === 'by') {
    s.prep = 'by';
    s.start = k - 2;
    return false;
  }
  if (x === 'than' && _wd(doc, k - 1) === 'later') {
    s.prep = 'by';
    s.start = k - 2;
    return false;
  }
  // "an up-to-date PEP", "an up to date plan": "date" there is part of an adjective, not a label of when.
  if (listed && STRONG_WORDS.has(x) && !upToDate(doc, k)) {
    s.strongWord = true;
    if (s.prep === null) s.start = k;
    return true;
  }
  // "Friday this week": the day is part of the deadline; not "every Monday this term" or "on Mondays this term",
  // a rate of attending whatever deadline follows (the labelling guide, Settled cases).
  if (listed && _WEEKDAYS.has(x) && s.prep === null) {
    if (x.endsWith('days')) return false;
    const before = _wd(doc, k - 1);
    if (before === 'every' || before === 'each') return false;
    s.start = k;
    return true;
  }
  return false;
}

/**
 * Reads the prefix before a core token at `i`: "by the end of this", "within the next", "every";
 * at most 8 tokens back, within the clause (a colon is crossed only to find a deadline word).
 * @param doc - The analysed text.
 * @param i - The core token.
 * @returns The prefix.
 */
export function _prefixBefore(doc: _Doc, i: number): _Prefix {
  return _prefixInto(doc, i, { start: i, prep: null, position: null, det: null, freq: false, strongWord: false });
}

/**
 * {@link _prefixBefore} read into `s` (its fields set again first): a scan reads each core token's prefix into
 * one object of its own instead of a new one per token, for a caller that keeps the prefix no longer than it reads it.
 * @param doc - The analysed text.
 * @param i - The core token.
 * @param s - Where the prefix is read into.
 * @returns `s`.
 * @example
 * const into = { start: 0, prep: null, position: null, det: null, freq: false, strongWord: false };
 * _prefixInto(_buildDoc('by the end of term', { n: 0 }), 3, into).position; // 'end'
 */
export function _prefixInto(doc: _Doc, i: number, s: _PrefixState): _Prefix {
  s.start = i;
  s.prep = null;
  s.position = null;
  s.det = null;
  s.freq = false;
  s.strongWord = false;
  // "… | TA | Easter", "… | Carer | half term": a holiday or half term alone in a row's cell, read as "by" it, as a term
  // or month alone there is ({@link _cellValueAt}; months and terms keep their own guards, {@link _aloneInCell}).
  if (_wd(doc, i - 1) === '|' && holidayCellAt(doc, i) && _cellValueAt(doc, i)) {
    s.strongWord = true;
    return s;
  }
  const clause = doc.clause[i] ?? 0;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    doc.ops.n += 1;
    if (doc.toks[k] === undefined) break;
    if (doc.clause[k] !== clause) {
      acrossColon(doc, k, s, i);
      break;
    }
    if (_isWeekCommencing(doc, k)) {
      const x = _wd(doc, k);
      s.strongWord = true;
      s.start = k - (x === 'c' || x === 'b' ? 2 : x === 'wc' || x === 'wb' ? 0 : 1);
      // "starting w/c 24/2": the week the plan starts, a start point as "starting 2nd February" is; "from w/c 3/2" too,
      // as "from 3rd February" is (the labelling guide, Time-bound (T), "Not deadlines": start points).
      if (startingAt(doc, s.start - 1, s)) s.strongWord = false;
      else if (_wd(doc, s.start - 1) === 'from') {
        s.strongWord = false;
        s.prep = 'from';
        s.start -= 1;
      }
      break;
    }
    if (startingAt(doc, k, s)) break;
    if (!prefixWord(doc, i, k, s)) break;
  }
  return s;
}

export function _isStrong(p: _Prefix, cell: boolean): boolean {
  return cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep)) || (p.position === 'end' && p.prep !== 'since' && p.prep !== 'from' && p.prep !== 'after');
}

/** Words of going back to school or class ("back in school", "return to class"). */
const RETURN_WORDS = new Set(['back', 'return', 'returns', 'returning', 'reintegrate', 'reintegrated']);

/**
 * Whether a phrase after "after" is when the child goes back ("back in school after the spring bank holiday",
 * "return to class after half term"): the return is the point, not a start date; a return word in the clause up to
 * eight words before "after" ("return to his mainstream class full time after …").
 */
export function _returnAfter(doc: _Doc, p: _Prefix): boolean {
  if (p.prep !== 'after') return false;
  const clause = doc.clause[p.start];
  for (let k = p.start - 1; k >= 0 && k >= p.start - 8; k--) {
    if (doc.clause[k] !== clause) return false;
    if (RETURN_WORDS.has(_wd(doc, k))) return true;
  }
  return false;
}

/** Holidays a row's cell may name alone ("| Easter", "| Christmas", "| Whitsun", "| halfterm"); "half" only as "half term" ({@link holidayCellAt}). */
const HOLIDAY_CELLS: ReadonlySet<string> = new Set(['easter', 'christmas', 'xmas', 'whitsun', 'whit', 'halfterm']);

/** Whether token i names a holiday a row's cell may hold alone ({@link HOLIDAY_CELLS}, or "half term", "half ht"); a bare "half" is none. */
function holidayCellAt(doc: _Doc, i: number): boolean {
  const x = _wd(doc, i);
  return HOLIDAY_CELLS.has(x) || (x === 'half' && (_wd(doc, i + 1) === 'term' || _wd(doc, i + 1) === 'ht'));
}

/** Deadline words ({@link STRONG_WORDS}) that label a cell of when alone ("Timescale:", "Deadline:"); "Target", "Review", "Due" need "date" after them. */
const WHEN_CELL_WORDS: ReadonlySet<string> = new Set(['timescale', 'timescales', 'timeframe', 'deadline']);
/** Words beside {@link STRONG_WORDS} that make "date" after them a label of when ("Completion date", "End date"). */
const DUE_DATE_LEADS: ReadonlySet<string> = new Set(['completion', 'end']);

/**
 * Whether the word at k, before a colon, is a full label of when ("Timescale:", "Deadline:", "By when:", "Target date:",
 * "Completion date:", "Review date:"): not "Since when:", "Start date:", nor a date of what was ("Last review date:",
 * "Previous target date:", "Date set:"), and not a bare "By:", "Date:" or "Target:".
 */
function cellLabelAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  if (x === 'when') return _wd(doc, k - 1) === 'by';
  if (x !== 'date') return WHEN_CELL_WORDS.has(x);
  const y = _wd(doc, k - 1);
  const lead = (STRONG_WORDS.has(y) && y !== 'reviewed' && y !== 'date') || DUE_DATE_LEADS.has(y);
  return lead && !RECORD_HEADINGS.has(_wd(doc, k - 2));
}

/** Words a cell's value may run to after its first word ("half term", "Easter hols", "New year", "Christmas holidays"). */
const CELL_VALUE_WORDS: ReadonlySet<string> = new Set([...CLOSING_POINT_WORDS, ..._HOLIDAY_WORDS, 'year']);
/** Most words a cell's value may run to after its first word. */
const CELL_VALUE_REACH = 3;

/**
 * Whether the value starting at i fills a "when" cell alone: straight after a "|" of a pasted row (with the guards of
 * {@link _aloneInCell}: not after a heading of what was, a first cell naming a person, in a row of term or holiday
 * headings, nor in a row whose first cell holds a past verb, {@link pastRow}), running to the cell's end (a "|", a line
 * break or the text's end, a full stop allowed); or after the colon of a full label of when ({@link cellLabelAt}:
 * "Timescale: Transition", "By when: New year", the colon's line may end first), running to the line's end or its
 * sentence's full stop ("Timescale: New year. Ella will …"); in both within {@link CELL_VALUE_REACH} words of a point. Such a value is read as a "Timescale" cell is, as "by" what it names (the
 * labelling guide's cell rows: a "Timescale" cell of "Transition", "New year").
 * @param doc - The analysed text.
 * @param i - The value's first token.
 * @returns True when the value at i is a cell of when.
 * @example
 * _cellValueAt(_buildDoc('Read daily. Timescale: Transition', { n: 0 }), 5); // true
 */
export function _cellValueAt(doc: _Doc, i: number): boolean {
  let j = i + 1;
  while (j < doc.toks.length && j <= i + CELL_VALUE_REACH && CELL_VALUE_WORDS.has(_wd(doc, j)) && _wd(doc, j) !== '.') j += 1;
  const stop = _wd(doc, j) === '.' || _wd(doc, j) === '!';
  if (stop) j += 1;
  const cellEnd = j >= doc.toks.length || _wd(doc, j) === '|' || _wd(doc, j) === '\n';
  const before = _wd(doc, i - 1);
  if (before === '|') {
    if (!cellEnd) return false;
    const row = _nearest(doc, i - 1, ROW_START_BACK);
    return !afterRecordHeading(doc, row, i - 1) && !namedAfterPerson(doc, row, i - 1) && !pastRow(doc, row, i - 1) && termCells(doc, row) < 2;
  }
  // After a label's colon the value may also end its sentence, the target following ("Timescale: New year. Ella will …").
  const colon = before === '\n' && _wd(doc, i - 2) === ':' ? i - 2 : i - 1;
  return (cellEnd || stop) && _wd(doc, colon) === ':' && cellLabelAt(doc, colon - 1);
}

/**
 * Whether tokens [i, j) fill a table cell alone, in a row pasted with pipes ("… | EP / DT | Summer | Improved wellbeing",
 * "… | Sept"): a "|" before and a "|" or the text's end after. A term or month alone in a row's cell is its "when" column,
 * read as a "Timescale" cell is, as "by" what it names (the labelling guide, school-time table: a "Timescale" cell is read
 * as "by" what it names; Deadline labels: a term named alone is its end). Not in a header or template row with two or
 * more term or holiday cells ("Subject | Autumn | Spring | Summer", "Christmas | Easter | Whitsun": template
 * alternatives unchosen are none, the guide's "Not deadlines"), in a row whose first cell holds a past verb ({@link pastRow}), after a heading of what was ("Previous target | … | December", "Reviewed | Dec", "Date set | Sept",
 * "Baseline", "last review": a background date), nor straight after a first cell naming a person ("Pupil | Summer",
 * "Name | Summer": the cell is a name).
 */
export function _aloneInCell(doc: _Doc, i: number, j: number): boolean {
  if (_wd(doc, i - 1) !== '|' || (j < doc.toks.length && _wd(doc, j) !== '|')) return false;
  const row = _nearest(doc, i - 1, ROW_START_BACK);
  return !afterRecordHeading(doc, row, i - 1) && !namedAfterPerson(doc, row, i - 1) && !pastRow(doc, row, i - 1) && termCells(doc, row) < 2;
}

/** Most words of a row's first cell read for its verb ({@link pastRow}). */
const FIRST_CELL_REACH = 12;

/**
 * Whether the row's first cell, before the "|" at `bar` or within {@link FIRST_CELL_REACH} words, holds a verb in the
 * past ("Ella missed 6 days before Christmas | TA | Christmas"): the row records what happened, so a term or holiday in
 * its cells dates the record, not a target (the labelling guide: background dates are not deadlines).
 */
function pastRow(doc: _Doc, row: number, bar: number): boolean {
  for (let k = row; k < bar && k <= row + FIRST_CELL_REACH; k++) {
    const x = _wd(doc, k);
    if (x === '|') return false;
    if (_FUTURE.has(x) || x === 'to') return false;
    // A past form after the cell's first word ("Ella missed …"); the first word is a command ("Read 20 books").
    if (k > row && doc.toks[k]?.kind === 'w' && _pastVerb(x)) return true;
  }
  return false;
}

/**
 * Whether a cell of the row before the "|" at `bar` is a heading of what was ("Previous target", "Reviewed", "Date set"),
 * read back to the row's start or to a heading of the target ("Target", "By when"), whose cells after it are its own.
 */
function afterRecordHeading(doc: _Doc, row: number, bar: number): boolean {
  const k = _nearest(doc, bar - 1, HEADING_BACK);
  return k >= row && recordHeadingAt(doc, k);
}

/** Whether token k is a heading of what was ("Previous target", "Reviewed", "Date set": {@link afterRecordHeading}). */
function recordHeadingAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return RECORD_HEADINGS.has(x) || (x === 'set' && _wd(doc, k - 1) === 'date');
}

/** Whether token k is a heading of the target ("Target", "By when", "Timescale"), whose cells after it are its own. */
function targetHeadingAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return (x === 'target' && !RECORD_HEADINGS.has(_wd(doc, k - 1))) || x === 'when' || x === 'timescale';
}

/** The walk back to a row's start: the text's start or just after a line break. */
const ROW_START_BACK = _walkBack(_NEVER, (doc, k) => k === 0 || _wd(doc, k - 1) === '\n');
/** The walk back, within a row, to the nearest heading of either kind ({@link afterRecordHeading}). */
const HEADING_BACK = _walkBack((doc, k) => _wd(doc, k) === '\n', (doc, k) => recordHeadingAt(doc, k) || targetHeadingAt(doc, k));

/** Rows' counts of cells holding a term alone ({@link termCells}), by document and the row's first token: a row is counted once. */
const TERM_CELLS = new WeakMap<_Doc, Map<number, number>>();

/** First cells of a row that name a person, so the cell after them is a name ("Pupil | Summer", "Carer | April"). */
const PERSON_HEADINGS = new Set(['pupil', 'name', 'child', 'student', 'learner', 'carer', 'yp', 'cyp']);

/** Whether the cell before the "|" at `bar` is the row's first and names a person alone. */
function namedAfterPerson(doc: _Doc, row: number, bar: number): boolean {
  return bar === row + 1 && PERSON_HEADINGS.has(_wd(doc, row));
}

/** How many cells of the row from `row` hold a term or a holiday alone ("| Autumn | Spring | Summer", "Christmas | Easter | Whitsun"), up to 2. */
function termCells(doc: _Doc, row: number): number {
  let rows = TERM_CELLS.get(doc);
  const known = rows?.get(row);
  if (known !== undefined) return known;
  const n = termCellsOf(doc, row);
  if (rows === undefined) {
    rows = new Map();
    TERM_CELLS.set(doc, rows);
  }
  rows.set(row, n);
  return n;
}

/** {@link termCells}, counted (one pass over the row, counted in the steps). */
function termCellsOf(doc: _Doc, row: number): number {
  let n = 0;
  let k = row;
  for (; k < doc.toks.length && _wd(doc, k) !== '\n' && n < 2; k++) {
    const x = _wd(doc, k);
    if (!(_TERM_WORDS.has(x) || holidayCellAt(doc, k)) || (k > row && _wd(doc, k - 1) !== '|')) continue;
    const after = _wd(doc, k + 1) === 'term' || _wd(doc, k + 1) === 'ht' || doc.toks[k + 1]?.kind === 'n' ? k + 2 : k + 1;
    if (after >= doc.toks.length || _wd(doc, after) === '|' || _wd(doc, after) === '\n') n += 1;
  }
  doc.ops.n += k - row + 1;
  return n;
}

/** Units of a stretch of time that "the last N … of" a period counts ("the last 4 weeks of the Spring term"). */
/** Units a stretch of time is counted in ("the first week of", "6 weeks", "3 days"). */
export const _PART_UNITS: ReadonlySet<string> = new Set(['week', 'weeks', 'day', 'days', 'fortnight', 'month', 'months']);

/**
 * Where "last" stands when the period at i is the one "the last N weeks (days, fortnight, month, few weeks, couple of
 * weeks) of" counts a part of ("the last 4 weeks of the Spring term", "the last week of term"), else -1: the part ends
 * with the period (the labelling guide, Deadline labels: a term named is its end; `lastPartOf`, `_doc.ts`).
 */
export function _lastPartBefore(doc: _Doc, i: number): number {
  let k = i - 1;
  while (k > 0 && (_wd(doc, k) === 'the' || _wd(doc, k) === 'this')) k -= 1;
  if (_wd(doc, k) !== 'of' || !_PART_UNITS.has(_wd(doc, k - 1))) return -1;
  let last = k - 2;
  const n = _wd(doc, last);
  if (doc.toks[last]?.kind === 'n' || _NUMBER_WORDS.has(n) || n === 'few') last -= 1;
  else if (n === 'of' && _wd(doc, last - 1) === 'couple') last -= 2;
  return _wd(doc, last) === 'last' ? last : -1;
}

export function _isStartOrPast(p: _Prefix): boolean {
  return p.prep === 'since' || p.prep === 'from' || p.prep === 'after' || p.det === 'last';
}

/**
 * Whether the event noun at k is itself the point a target is due by: "before my 18th birthday in August", "by the move
 * in May", "before his planned move in April" (by, before or until straight before it, across a determiner, a
 * possessive, an ordinal or a word of planning); the month then dates the event, as it dates a review ("before the next
 * PEP in May"), and is no background date.
 */
function eventIsDeadline(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const x = _wd(doc, j);
    if (_STRONG_PREPS.has(x)) return true;
    if (!SKIP.has(x) && !PLANNED_EVENT.has(x) && !(doc.toks[j]?.kind === 'n' && doc.toks[j]?.suffix !== '')) return false;
  }
  return false;
}

/** Participles of arranging: a thing arranged "for" a point happens then. */
export const _ARRANGED: ReadonlySet<string> = new Set(['arranged', 'booked', 'planned', 'scheduled', 'organised', 'organized', 'timetabled']);
/**
 * Words of planning before an event the target is due by ("before his planned move", "by the proposed move", "by the
 * expected move"): {@link _ARRANGED}, the words of forecast (`_FORECAST`) and these.
 */
const PLANNED_EVENT = new Set([..._ARRANGED, ..._FORECAST, 'proposed', 'agreed']);
/** Words stating the arranging itself as what is done ("have a placement arranged", "to be booked"). */
const HAVE_BE = new Set(['have', 'has', 'get', 'got', 'be', 'been', 'is', 'are', 'being']);
/** Words looked back over from the participle for its have/get/be: a noun phrase ("have a college taster day arranged"). */
const ARRANGED_LOOK_BACK = 9;
/** Words after have/get/be that make the child's own act, not the arranging, what is done ("be ready to", "be at"). */
const CHILD_ACT_AFTER = new Set(['ready', 'able', 'to', 'at', 'in', 'on', 'there', 'present']);
/** Words after "to" that begin a thing ("a visit to the sixth form"), not a verb ("to attend"). */
const THING_LEADS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'our', 'its', 'this', 'that', 'college', 'school']);

/**
 * Whether a point after "for" dates a thing that the target has arranged ("have a work experience placement arranged
 * for the week of 21st June", "trip to be booked for 3rd March"): when the thing happens, a start point as "a course
 * for September" is (the labelling guide, Time-bound: start points are not deadlines). Only with "have", "get" or
 * "be" governing the participle in its clause (only a noun phrase between them): "attend the interview arranged for
 * 3rd March", "be ready to attend the interview arranged for …" are the child's own act then, a date.
 */
function arrangedFor(doc: _Doc, prefixStart: number, p: _Prefix): boolean {
  // "for the week of 21st June": the week named by its day, after "for".
  const weekOf = p.prep === null && _wd(doc, prefixStart) === 'of' && _wd(doc, prefixStart - 1) === 'week' && _wd(doc, prefixStart - 2) === 'the' && _wd(doc, prefixStart - 3) === 'for';
  const at = weekOf ? prefixStart - 3 : prefixStart;
  if ((p.prep !== 'for' && !weekOf) || !_ARRANGED.has(_wd(doc, at - 1))) return false;
  for (let k = at - 2; k >= 0 && k >= at - ARRANGED_LOOK_BACK && doc.clause[k] === doc.clause[at]; k--) {
    const x = _wd(doc, k);
    if (HAVE_BE.has(x)) return !CHILD_ACT_AFTER.has(_wd(doc, k + 1)) && !_wd(doc, k + 1).endsWith('ing');
    // "to attend the interview arranged for", "has attended the interview booked for": the child's verb governs it.
    if ((x === 'to' && !THING_LEADS.has(_wd(doc, k + 1))) || _pastParticiple(x)) return false;
  }
  return false;
}

/** Counts that say none of a kind of event will happen: the target's own figure ("have 0 suspensions"), not a past count. */
const NONE_COUNTS = new Set(['no', 'zero', 'nil']);

/** What a count of none counts: the behaviour events staff log and the sanctions a behaviour earns ({@link _LOGGED_EVENTS}), fall-outs. */
const NONE_COUNTED = new Set([..._LOGGED_EVENTS, 'fall-out', 'fall-outs']);

/**
 * Verbs that state a count as what happened ("had no suspensions", "received no", "went from 3 … to zero", "lost 4 days"),
 * not a target: the irregular pasts (`_IRREGULAR_PAST`) and these.
 */
const HAPPENED_VERBS = new Set([..._IRREGULAR_PAST, 'received', 'been', 'recorded', 'incurred', 'earned', 'dropped', 'reduced']);

/** Tokens read back from the none word for the verb or label that owns the count ("Kian will have no suspensions"). */
const OWNER_BACK = 8;

/**
 * Whether the event noun at k is counted as none, straight before it or across two words ("0 suspensions in HT4", "zero
 * fixed-term exclusions"), as the target's own count: the point after it is when the count is kept, not when events
 * happened (as "0 incidents in the next 6 weeks", school-time table, label y13-197; label y22-090). Only a counted noun
 * ({@link NONE_COUNTED}: "with no records, arrived in November" counts nothing); never after a verb stating what happened
 * ("received no suspensions", "went from 3 … to zero exclusions"); in a period over at the meeting (`over` 1: a term,
 * numbered half or month with no year, "0 suspensions in the autumn term", "No suspensions in HT2", "in November" in
 * January) it is the target's only after a future or modal verb or a target's mark ("will have no exclusions in the
 * autumn term", "Mia will have 0 suspensions in Autumn 2", "Target: no suspensions in HT2": the next one, as term
 * objects mean the next occurrence). Otherwise a future verb, a target's mark
 * ("Target: no suspensions in T4") or none at all ("Zero suspensions in term 4") leaves the count the target's (the
 * labelling guide, Time-bound (T): background dates are not deadlines).
 * @example noneCounted(doc, k, 0) // true at "suspensions" in "have 0 suspensions in HT4", false in "3 suspensions in autumn"
 */
function noneCounted(doc: _Doc, k: number, over: number): boolean {
  if (!NONE_COUNTED.has(_wd(doc, k))) return false;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = doc.toks[j];
    if (NONE_COUNTS.has(_wd(doc, j)) || (t?.kind === 'n' && t.raw === '0')) {
      const owner = countOwner(doc, j);
      return owner === 1 || (owner === 0 && over === 0);
    }
  }
  return false;
}

/**
 * What governs the count at j, read back in its clause: 1 a future or modal verb or a target's mark ("will have no",
 * "Target: no"), -1 a verb stating what happened ({@link HAPPENED_VERBS}), 0 neither.
 */
function countOwner(doc: _Doc, j: number): number {
  for (let k = j - 1; k >= 0 && k >= j - OWNER_BACK; k--) {
    const x = _wd(doc, k);
    // A label's colon or dash ends the clause: "Target: no suspensions in HT2", "Aim - zero exclusions" own the count.
    if (doc.clause[k] !== doc.clause[j]) return (x === ':' || x === '-') && k > 0 && _targetMarkAt(doc, k - 1) ? 1 : 0;
    // "went from 3 … to zero", "reduced to zero": the "to" straight before the count ends a change, no future "to".
    if (k === j - 1 && x === 'to') continue;
    // "to be reduced to zero": a change still to be made.
    if (HAPPENED_VERBS.has(x)) return _wd(doc, k - 1) === 'be' ? 1 : -1;
    if (_FUTURE.has(x) || _targetMarkAt(doc, k)) return 1;
  }
  return 0;
}

/** Words naming a birth before "due" ("pregnant, due in June", "baby due in May"). */
const BIRTH_WORDS: ReadonlySet<string> = new Set(['pregnant', 'baby']);
/** Verbs between a baby and "due" ("her baby is due in May"). */
const BIRTH_LINKS: ReadonlySet<string> = new Set([',', 'is', 'was', 'being']);
/** Possessives before "due date" that make it a person's, a baby's ("her due date", "Kayleigh's due date"). */
const DUE_DATE_OWNERS: ReadonlySet<string> = new Set(['her', 'their', 'my']);

/**
 * Whether the point after "due" dates a birth: "(pregnant, due in June)", "baby due in May", "her baby is due in May", "baby
 * expected in June", "her due date is in June". When a baby is expected is a fact of the young person's life, not a point
 * the target is achieved by (the labelling guide, Time-bound (T), "Not deadlines": background dates; labels y30-046,
 * y35-194). "Coursework due in May", "the payment due date is in May", "results expected in August" stay points.
 * @example _birthDue(doc, _prefixBefore(doc, 6)) // true in "Sasha (pregnant, due in June)", false in "Sasha (coursework due in June)"
 */
export function _birthDue(doc: _Doc, p: _Prefix): boolean {
  let k = p.start - 1;
  if (BIRTH_LINKS.has(_wd(doc, k)) && _wd(doc, k) !== ',') k -= 1;
  // "her due date is in June", "Kayleigh's due date is …": a person's due date is a baby's.
  if (_wd(doc, k) === 'date' && _wd(doc, k - 1) === 'due') return DUE_DATE_OWNERS.has(_wd(doc, k - 2)) || /['\u2019]s$/.test(doc.toks[k - 2]?.raw ?? '');
  // "baby expected in June", "her baby is expected in May".
  if (_wd(doc, k) === 'expected') return BIRTH_WORDS.has(_wd(doc, BIRTH_LINKS.has(_wd(doc, k - 1)) ? k - 2 : k - 1));
  if (!p.strongWord) return false;
  k = _wd(doc, p.start) === 'due' ? p.start - 1 : _wd(doc, p.start - 1) === 'due' ? p.start - 2 : -1;
  if (k < 0) return false;
  if (BIRTH_LINKS.has(_wd(doc, k))) k -= 1;
  return BIRTH_WORDS.has(_wd(doc, k));
}

/** Past forms of "be" and "have" before a participle or "-ing" that put it in the past ("was reviewed", "was going to", "had been to"). */
export { _PAST_AUXILIARIES };

/** Possessives before a review the child or the adults will hold ("at my PEP in May", "at our meeting on 12 March"). */
const REVIEW_OWNERS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS, 'our', 'your']);

/**
 * Whether the review at k, after "at" and its article or possessive ("we will look at it at my PEP in May", "show Ellie at
 * our meeting on 12 March"), is one the clause's future verb looks to: a future or modal word before it in its clause and
 * no verb in the past between. Then its day or month dates the target, as "checked at the review in March" does (the
 * labelling guide, Time-bound (T), the row for a review or PEP named with a month: "at the May review", "checked at the
 * review in March" → the month); with a past verb ("agreed at the PEP on 12/11") the review is what happened.
 */
function reviewToCome(doc: _Doc, k: number): boolean {
  const at = REVIEW_OWNERS.has(_wd(doc, k - 1)) ? k - 2 : k - 1;
  if (_wd(doc, at) !== 'at') return false;
  // "reviewed at my PEP in May", "(review at PEP in May)": the check the review is for, dated by it, as "checked at the
  // review in March" is; after "was", "were" or "had" ("was reviewed at the PEP in December") what happened.
  const v = _wd(doc, at - 1);
  if (_CHECK_PARTICIPLES.has(v) || v === 'review') return !_PAST_AUXILIARIES.has(_wd(doc, at - 2)) && !_PAST_AUXILIARIES.has(_wd(doc, at - 3));
  for (let j = at - 1; j >= 0 && doc.clause[j] === doc.clause[k]; j--) {
    const x = _wd(doc, j);
    if (_IRREGULAR_PAST.has(x) || _pastParticiple(x)) return false;
    if (x === 'will' || x === 'shall' || x === "'ll") return true;
  }
  return false;
}

/** Background by position: "at the PEP on 12/11", "suspensions on 4th Oct", "a placement arranged for 21st June". */
export function _backgroundByContext(doc: _Doc, prefixStart: number, p: _Prefix, over = 0): boolean {
  if (arrangedFor(doc, prefixStart, p)) return true;
  if (p.prep !== 'on' && p.prep !== 'at' && p.prep !== 'in') return false;
  let sawNext = false;
  for (let k = prefixStart - 1; k >= 0 && k >= prefixStart - 5; k--) {
    const x = _wd(doc, k);
    if (doc.clause[k] !== doc.clause[prefixStart]) break;
    if (x === 'next' || x === 'by' || x === 'before' || x === 'until') sawNext = true;
    // "pass Entry 3 then move onto Level 1 in September": a next step of the target, its final point, not a past move.
    if (EVENT_NOUNS.has(x)) return !eventIsDeadline(doc, k) && !(x === 'move' && (_wd(doc, k - 1) === 'then' || _wd(doc, k - 1) === 'and')) && !noneCounted(doc, k, over);
    // "(2 fixed-term in autumn term)": fixed-term exclusions, an event noun like "suspensions".
    if ((x === 'term' || x === 'terms') && _wd(doc, k - 1) === 'fixed') return true;
    // "Transition to Reception in September": when the child moves, a start point (the labelling guide: start points
    // and moves that are only a fact are not deadlines), unless "by" or "before" the transition.
    if (x === 'transition' && _wd(doc, k + 1) === 'to') return !eventIsDeadline(doc, k);
    if (_REVIEW_NOUNS.has(x) && !sawNext) {
      const y = _wd(doc, k - 1);
      const z = _wd(doc, k - 2);
      // "by the PEP in March", "before the review in May": the review the target is due by, dated by its month.
      if (y === 'the' || y === 'last' || y === 'previous' || z === 'at' || y === 'at') {
        return !sawNext && y !== 'next' && z !== 'next' && !(y === 'the' && _STRONG_PREPS.has(z)) && !(y !== 'last' && y !== 'previous' && reviewToCome(doc, k));
      }
    }
  }
  return false;
}

/**
 * Documents a date in brackets can date: "from the SALT report (Oct 26)", "the EP report (Nov 24)". An assessment,
 * screening or observation is an event as well as a record, and a month after it dates it (the labelling guide: a named
 * assessment with a month is the month), so they are not here.
 */
const DOCUMENT_NOUNS = new Set(['report', 'reports', 'letter', 'plan', 'ehcp', 'ehc', 'referral', 'email', 'minutes', 'statement']);

/**
 * Whether the point starting at `start` is a document's own date in brackets straight after it ("from the SALT report
 * (Oct 26)"): when the document was written, a background date (the labelling guide: background dates are not deadlines).
 * Not when the document is itself what the target is due by ("by the next report (June)", "by the time of the EHCP
 * (May)": "by", "before" or "until" before it, across its words), which its month dates.
 * @param doc - The analysed text.
 * @param start - First token of the point (its prefix included).
 * @returns Whether it dates a document.
 * @example
 * _documentDate(_buildDoc('as in the SALT report (Oct 24)', { n: 0 }), 6); // true
 */
export function _documentDate(doc: _Doc, start: number): boolean {
  const mark = _wd(doc, start - 1);
  // "(target from the EP report, Nov 24)": the document's date after a comma, closing the bracket, as "(Nov 24)" is.
  // "(EHCP outcome, Dec 24)": the document's outcome, dated as the document is.
  const noun = DOCUMENT_PARTS.has(_wd(doc, start - 2)) ? start - 3 : start - 2;
  if ((mark !== '(' && !(mark === ',' && closesBracket(doc, start))) || !DOCUMENT_NOUNS.has(_wd(doc, noun))) return false;
  return !dueByNoun(doc, noun);
}

/** Parts of a document named after it, dated as it is ("EHCP outcome", "EP report recommendations"). */
const DOCUMENT_PARTS: ReadonlySet<string> = new Set(['outcome', 'outcomes', 'recommendation', 'recommendations']);

/** Words a document's date may take after its start before the ")" that closes it ("Nov 24)", "12/11/24)", "November 2024)"). */
const DOCUMENT_DATE_REACH = 3;

/** Tokens read back from a document's date for the "(" its ")" closes ({@link closesBracket}). */
const OPEN_BRACKET_REACH = 12;

/**
 * Whether a ")" closes the date starting at `start` within {@link DOCUMENT_DATE_REACH} tokens, only its words or numbers
 * between, and a "(" opened it, within {@link OPEN_BRACKET_REACH} tokens before with no ")" or sentence end between.
 */
function closesBracket(doc: _Doc, start: number): boolean {
  let opened = false;
  for (let k = start - 1; k >= 0 && k >= start - OPEN_BRACKET_REACH; k--) {
    const x = _wd(doc, k);
    if (x === ')' || _sentenceEndAt(doc, k)) break;
    if (x === '(') {
      opened = true;
      break;
    }
  }
  if (!opened) return false;
  for (let j = start + 1; j < doc.toks.length && j <= start + DOCUMENT_DATE_REACH; j++) {
    if (_wd(doc, j) === ')') return true;
    if (doc.toks[j]?.kind === 'p' && _wd(doc, j) !== '/') return false;
  }
  return false;
}

/** Whether "by", "before" or "until" governs the noun at k, across at most five words of its phrase ("by the time of the EP report"). */
function dueByNoun(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6 && doc.clause[j] === doc.clause[k]; j--) {
    const x = _wd(doc, j);
    // "set by the OT report", "written by the EP": "by" after a participle names who did it, no due-by.
    if (x === 'by' && agentParticiple(doc, j - 1)) return false;
    if (_STRONG_PREPS.has(x)) return true;
    if (x !== 'of' && PREPS.has(x)) return false;
  }
  return false;
}

/**
 * Whether the noun at k is an occasion the target is due by or checked at: "by his 18th birthday", "before the final
 * session", "at the next data drop", "on the next NGRT" ("by", "before" or "until" governing it across its words, as
 * {@link dueByNoun} reads, or "at", "on" or "in" with "the next" before it). A month in brackets straight after such a noun says when the occasion falls
 * (the labelling guide, Time-bound (T): "before her 17th birthday in June" is the month, and a review with its month in
 * brackets, "by the next PEP (June)", is the month).
 * @example _dueOccasion(_buildDoc('by his 18th birthday (June)', { n: 0 }), 3); // true
 */
export function _dueOccasion(doc: _Doc, k: number): boolean {
  if (dueByNoun(doc, k)) return true;
  for (let j = k - 1; j >= 0 && j >= k - 4 && doc.clause[j] === doc.clause[k]; j--) {
    const x = _wd(doc, j);
    // "at the next data drop (March)", "on the next NGRT (June)", "in the next mocks (March)": the next occasion, checked at.
    if (x === 'at' || x === 'on' || x === 'in') return _wd(doc, j + 1) === 'the' && _wd(doc, j + 2) === 'next';
    if (PREPS.has(x)) return false;
  }
  return false;
}

/** Periods after "once this" or "once next" that make it a count in the period ("once this term"), not a condition. */
const ONCE_PERIODS = new Set(['term', 'half', 'week', 'month', 'year', 'fortnight']);
/** Words after the period of "once this term" that end its clause's part, so the period closes it ("once this term and …", "once this term in class"). */
const PERIOD_CLOSERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'then', 'so', 'in', 'at', 'with', 'during', 'for', 'by', 'on', 'to', 'from', 'as']);

/**
 * Whether "once" at k counts one time in the period after it, "once this term", "once next week", the period closing
 * its clause or its part: a count, as "once a term" is. With a verb or a noun after the period ("once this term is
 * over", "once next term begins", "once this term's book is finished") "once" opens a condition (the labelling guide,
 * Time-bound (T), "Not deadlines": conditions).
 */
function onceInPeriod(doc: _Doc, k: number): boolean {
  const det = _wd(doc, k + 1);
  if ((det !== 'this' && det !== 'next') || !ONCE_PERIODS.has(_wd(doc, k + 2))) return false;
  if (/'s$|'$/.test(doc.toks[k + 2]?.raw ?? '')) return false;
  const e = _wd(doc, k + 2) === 'half' && _wd(doc, k + 3) === 'term' ? k + 4 : k + 3;
  const t = doc.toks[e];
  return t === undefined || doc.clause[e] !== doc.clause[k] || t.kind !== 'w' || PERIOD_CLOSERS.has(_wd(doc, e));
}

/** Words after "once" that make it a count ("once a day", "once or twice"), not a condition. */
const ONCE_AS_COUNT = new Set(['a', 'an', 'per', 'every', 'each', 'or', 'daily', 'weekly', 'more', 'again']);

/**
 * Words of checking a result: "when rescored in May", "when it is reviewed in March", "when retested in June" is when
 * the target is checked (the labelling guide: a review named with a month is the month), not a condition.
 */
export const _CHECKED: ReadonlySet<string> = new Set([
  ..._CHECK_PARTICIPLES, 'repeated', 'redone', 'resat', 'marked', 'moderated',
  // Doing the check itself: "when it is next completed in June" (a questionnaire), "when he sits it in March" (an exam).
  'completed', 'sits', 'sit', 'sat', 'resits', 'taken', 'retaken',
]);

/**
 * Whether the word at k sits, takes or does the check named before it, its object "it" ({@link SITTING}: "when he
 * retakes it in June", "when we do it in the summer term"): the check is then when the target is checked, as "when he
 * sits it in March" is (the labelling guide, school-time table: a named assessment with a month is the month). Only when
 * "it" can stand for a check the text names before ({@link checkNamedBefore}): "when Mum takes it in June" (a medicine),
 * "when he does it up" (a coat) and "when we do swimming in June" name no check taken, and stay conditions.
 */
function retaking(doc: _Doc, k: number): boolean {
  return SITTING.has(_wd(doc, k)) && _wd(doc, k + 1) === 'it' && !PARTICLES_AFTER_IT.has(_wd(doc, k + 2)) && checkNamedBefore(doc, k);
}

/** Words after "does it" that make a phrasal verb ("does it up", "takes it off"), not a check taken. */
const PARTICLES_AFTER_IT: ReadonlySet<string> = new Set(['up', 'off', 'out', 'down', 'back', 'away', 'apart']);

/** Words before a figure that name a graded level someone assesses ("level 2", "grade 3", "Entry 2", "stage 4"). */
const GRADED: ReadonlySet<string> = new Set(['level', 'grade', 'entry', 'stage']);

/**
 * Whether a check is named before k: an assessment word ({@link _ASSESSMENTS}: "the phonics screening", "her spelling
 * test") or a graded level ({@link GRADED}: "Bikeability level 2", "grade 3 piano", "Entry 2 reading").
 */
function checkNamedBefore(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const x = _wd(doc, j);
    if (_ASSESSMENTS.has(x) || (GRADED.has(x) && doc.toks[j + 1]?.kind === 'n')) return true;
  }
  return false;
}

/** Whether the prefix is "for the rest of" ({@link _schoolPointCue}): "on the rest of" names a thing worked on. */
export function _forTheRest(p: _Prefix): boolean {
  return p.position === 'rest' && p.prep === 'for';
}

/**
 * Whether the school point ending before `end` names a thing with the lower-case noun or subject after it ("for the rest
 * of Year 7 football team", "the rest of Year 10 work", "Year 10 Maths lessons"): the year group describes the noun, as
 * in "after Year 11" the summer holidays are named by it (school-time table), so it is no point in time.
 */
export function _groupNamesNoun(doc: _Doc, end: number): boolean {
  const t = doc.toks[end];
  if (t?.kind !== 'w' || _STOP.has(t.lc) || _FUTURE.has(t.lc)) return false;
  // A school subject, capital or not ("the rest of Year 10 Maths lessons"), names the course.
  if (_SUBJECTS.has(t.lc)) return true;
  const first = t.raw.charAt(0);
  return first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** A date in a "when/once …" clause is a condition, not a deadline ("when we return to school Sept 2020"). */
export function _conditional(doc: _Doc, prefixStart: number): boolean {
  let checked = false;
  for (let k = prefixStart - 1; k >= 0 && k >= prefixStart - 8; k--) {
    if (doc.clause[k] !== doc.clause[prefixStart]) return false;
    const x = _wd(doc, k);
    if (_CHECKED.has(x) || retaking(doc, k)) checked = true;
    // "when retested in June", "once reassessed in June": the check is when the target is checked, not a condition.
    if ((x === 'when' || x === 'once') && checked) return false;
    // "once a day", "once per lesson", "once in every lesson": a frequency, not "once he has settled", "once in Year 7".
    if (x === 'once' && (ONCE_AS_COUNT.has(_wd(doc, k + 1)) || (_wd(doc, k + 1) === 'in' && ONCE_AS_COUNT.has(_wd(doc, k + 2))))) continue;
    // "once this term", "once next week": one time in the period named, a count, not "once this is in place".
    if (x === 'once' && onceInPeriod(doc, k)) continue;
    if (x === 'when' || x === 'once' || x === 'whenever') return true;
    if (x === 'by' || x === 'before' || x === 'until') return false;
  }
  return false;
}

export function _bgAny(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.bg[k] === 1) return true;
  return false;
}

/**
 * Words after a key stage or year group that leave it a time, besides the common words ({@link _STOP}), modals, prepositions
 * and terms: the clause goes on ("by the end of Year 6 she will", "in Year 11 and", "by the end of KS3 to"), where a noun
 * after it is the name of a thing.
 */
const STAGE_TIME_AFTER = new Set([
  'following', 'has', 'have', 'when', 'where', 'while', 'ready', 'term', 'terms', 'onwards', 'pupil', 'pupils', 'student', 'students', 'cohort',
  'year', 'group',
]);

/** The school-time events a year group heading a text can name: its assessments, GCSEs, options, residential ("Y9 - option choices"). */
const HEADED_EVENTS: ReadonlySet<string> = new Set([..._ASSESSMENTS, 'gcse', 'gcses', 'option', 'options', 'residential']);

/**
 * Where a year group or key stage at [i, end) with no preposition is still a point: after "ready for" ("ready for KS2",
 * the move to it, a leaving point); in brackets after a term ("(Summer, Y9)": that year group's summer term, which ends
 * its academic year; not a key stage, which spans years, nor another term); a year group heading the text before its exams or options ("Year 6 SATs", "Y9 - options evening",
 * as "ahead of the Year 9 options evening" is), which gives way to any other point, as do its exams after "for" ("in place
 * for Y11 mocks", as "before the Year 11 mocks"). Not a year group or key stage
 * heading anything else ("Year 8 - Niamh to learn…", "KS3 - to read for pleasure": no point).
 * @example
 * _stageCue(_buildDoc('Year 6 SATs', { n: 0 }), 0, 2, _prefixBefore(_buildDoc('Year 6 SATs', { n: 0 }), 0)); // 'yields'
 */
export function _stageCue(doc: _Doc, i: number, end: number, p: _Prefix): 'yields' | 'point' | null {
  if (i === 0) return headedEvent(doc, _wd(doc, end) === '-' ? end + 1 : end) ? 'yields' : null;
  if (p.prep === 'for' && p.position === null && _wd(doc, p.start - 1) === 'ready') return 'point';
  // "access arrangements in place for Y11 mocks": ready for a year group's exams, as "before the Year 11 mocks".
  if (p.prep === 'for' && p.position === null && HEADED_EVENTS.has(_wd(doc, end))) return 'yields';
  const keyStage = _wd(doc, i) === 'ks' || _wd(doc, i) === 'key' || doc.toks[i]?.prefix === 'ks';
  return !keyStage && summerBracket(doc, i, end) ? 'point' : null;
}

/**
 * Whether a year group heading the text is followed at k by one of its events ({@link HEADED_EVENTS}): straight ("Year 6
 * SATs", "Y9 - options evening") or after one lower-case word or a subject naming it, the event then closing the heading
 * ("Y4 multiplication check", "Year 10 science mocks", "Year 11 English mocks", "Y1 phonics screening."), as "Year 6 SATs" is (school-time table, a year
 * group heading the text before its assessments). "Year 9 students check their planners" goes on after the noun: no event;
 * nor a frequency ("Year 5 termly assessments") or a verb ("Year 11 missed mocks", "Year 11 sat mocks", {@link SITTING}).
 */
function headedEvent(doc: _Doc, k: number): boolean {
  if (HEADED_EVENTS.has(_wd(doc, k))) return true;
  const t = doc.toks[k];
  const x = _wd(doc, k);
  if (t?.kind !== 'w' || (t.raw.charCodeAt(0) < 97 && !_SUBJECTS.has(x)) || _STOP.has(x) || _FUTURE.has(x) || !HEADED_EVENTS.has(_wd(doc, k + 1))) return false;
  // "Year 5 termly assessments", "Year 11 missed mocks", "Year 10 retake mocks": a frequency is a recurring check, no
  // point, and a verb makes the year group the subject of what was (or is) done, not a heading (review32a).
  if (_FREQ_ADVERBS.has(x) || _pastParticiple(x) || SITTING.has(x)) return false;
  const after = doc.toks[k + 2];
  return after === undefined || (after.kind === 'p' && _wd(doc, k + 2) !== "'");
}

/** Verbs of sitting, taking, missing, failing or passing a check, other than "-ed" words ("Year 11 sat mocks", "Year 9 took mocks"). */
const SITTING: ReadonlySet<string> = new Set(['sat', 'sit', 'sits', 'resat', 'took', 'take', 'takes', 'retake', 'retakes', 'retook', 'miss', 'misses', 'fail', 'fails', 'pass', 'passes', 'did', 'do', 'does']);

/** Whether the year group at [i, end) is in brackets with the summer term, either way round: "(Summer, Y9)", "(Summer term, Y9)", "(Y9, Summer)". */
function summerBracket(doc: _Doc, i: number, end: number): boolean {
  if (_wd(doc, i - 1) === ',') {
    const k = _wd(doc, i - 2) === 'term' ? i - 3 : i - 2;
    return _wd(doc, k) === 'summer' && _wd(doc, k - 1) === '(';
  }
  if (_wd(doc, i - 1) !== '(' || _wd(doc, end) !== ',' || _wd(doc, end + 1) !== 'summer') return false;
  return _wd(doc, end + 2) === ')' || (_wd(doc, end + 2) === 'term' && _wd(doc, end + 3) === ')');
}

/**
 * Whether a key stage or year group ending before `j` only names the thing after it, a word of the thing's name ("in the
 * KS2 reading SATs in May": the SATs date it, not the key stage; "secure in Year 3 place value", "by the end of her Year 4
 * swimming lessons in the summer term", "the Year 6 careers week": the labelling guide, a year group before the term only
 * names a thing). A name after it ("by the end of Year 6 Amy will": a capital, not "SATs" nor a subject) or a word of the
 * clause going on leaves the stage a time ("by the end of KS2" still dates).
 */
export function _stageNamesThing(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  const x = _wd(doc, j);
  // "by the Year 11 spring data drop", "in her Year 10 summer exams": the term and its assessment name the thing, and the
  // term dates it (the labelling guide: a year group before the term only names a thing; a term's exams are the term's point).
  if (_TERM_WORDS.has(x) && _TERM_FOLLOWERS.has(_wd(doc, j + 1))) return true;
  if (t?.kind !== 'w' || !t.gap || (t.raw.charCodeAt(0) < 97 && !x.startsWith('sat') && !_SUBJECTS.has(x))) return false;
  return !_STOP.has(x) && !_FUTURE.has(x) && !PREPS.has(x) && !_TERM_WORDS.has(x) && !STAGE_TIME_AFTER.has(x);
}

/** Words after a term that make it an occasion of assessment ("the summer exams", "the spring data drop", "the autumn mocks"). */
export const _TERM_FOLLOWERS: ReadonlySet<string> = new Set(['exams', 'exam', 'assessment', 'assessments', 'window', 'series', 'report', 'mocks', 'mock', 'tests', 'data']);

/** Whether the token at k ends a sentence. */
export function _sentenceEndAt(doc: _Doc, k: number): boolean {
  // The marks of _PART_ENDS (_phrases.ts) by their one character: a longer word is none of them, with no look-up.
  const x = _wd(doc, k);
  if (x.length !== 1) return false;
  const c = x.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
}

/** The walk on to the sentence's end ({@link _sentenceEndAt}: ";" and a line break among its marks), one index per text. */
export const _SENTENCE_END_ON = _walkOn(_NEVER, _sentenceEndAt);

/**
 * How many tokens the target's mark starting at k takes, 0 when none: "target", "aim", "goal" before a figure or a
 * colon ("Target: less than 5", "target 90", "Aim - 70 wpm"), "aiming for" / "aim for" before a figure, "(expected) outcome:",
 * "expected outcome 95%", "success criteria:", "expected:", "(measure of) success:" (the labelling guide's baseline-and-target row;
 * the one list of marks).
 */
export function _targetMarkLength(doc: _Doc, k: number): number {
  const x = _wd(doc, k);
  const next = _wd(doc, k + 1);
  const colon = next === ':' || next === '-' ? 2 : 0;
  const figure = doc.toks[k + 1]?.kind === 'n' ? 1 : 0;
  if ((x === 'aiming' || x === 'aim') && next === 'for') return doc.toks[k + 2]?.kind === 'n' ? 2 : 0;
  if (x === 'target' || x === 'aim' || x === 'goal') return colon || figure;
  // "Expected: 8/10", "Success: reads it unaided", "Measure of success: 95%": a label of the figure to reach.
  if (x === 'expected' || x === 'success') return colon;
  if (x === 'outcome' || x === 'outcomes') return colon || (_wd(doc, k - 1) === 'expected' ? figure : 0);
  return x === 'criteria' && _wd(doc, k - 1) === 'success' ? colon : 0;
}

/** Whether the word at k starts the target's mark ({@link _targetMarkLength}). */
export function _targetMarkAt(doc: _Doc, k: number): boolean {
  return _targetMarkLength(doc, k) > 0;
}

/** Whether the token at i comes straight after the target's mark: the target's own figure ("Target 8/10", "Aiming for 4/5"). */
export function _afterTargetMark(doc: _Doc, i: number): boolean {
  for (let k = i - 1; k >= i - 2 && k >= 0; k--) if (_targetMarkLength(doc, k) === i - k) return true;
  return false;
}

/**
 * Whether a point starting at `start` is in a sentence labelled as the baseline ("Baseline: 12 times in autumn term"):
 * what the child did then, a background date (the labelling guide, Time-bound (T): baselines are not deadlines).
 */
export function _baselineLabelled(doc: _Doc, start: number): boolean {
  // "(baseline 22/48) and be assessed again at the next PEP": a baseline in a closed bracket labels only the bracket.
  let closed = 0;
  for (let k = start - 1; k >= 0 && k >= start - 12; k--) {
    const x = _wd(doc, k);
    if (_PART_ENDS.has(x) || _targetMarkAt(doc, k)) return false;
    if (x === ')') closed += 1;
    else if (x === '(' && closed > 0) closed -= 1;
    else if (x === 'baseline') return closed === 0;
  }
  return false;
}

/**
 * Verbs of starting or moving: a point after one is when something starts ("move to the Level 1 programme in September",
 * "start her apprenticeship in May").
 * @example
 * _START_VERBS.has('starts'); // true
 */
export const _START_VERBS: ReadonlySet<string> = new Set(['move', 'moves', 'moving', 'start', 'starts', 'starting', 'begin', 'begins', 'beginning', 'join', 'joins', 'transfer', 'transfers']);
/** Words between "before" and the verb it governs ("before she starts", "by the time he moves"). */
const SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', 'time', 'the', 'you']);

/**
 * Whether the point starting at `start` is the start of something after a verb of starting, in the words after `from`
 * (at most eight back, within the clause): "and move to the Level 1 Study Programme in September". Not when "before",
 * "until" or "by the time" governs the verb ("before she starts in September" is the point she starts by).
 */
export function _startsAfter(doc: _Doc, start: number, from: number): boolean {
  for (let k = start - 1; k >= from && k >= start - 8; k--) {
    if (doc.clause[k] !== doc.clause[start]) return false;
    if (!_START_VERBS.has(_wd(doc, k))) continue;
    return !_STRONG_PREPS.has(_wd(doc, _beforeStartSubject(doc, k))) && !governedAcross(doc, k);
  }
  return false;
}

/**
 * The index of the word before the subject of the verb of starting at k, at most three words back ("by" in "by the time he
 * starts", "before" in "before she starts"): where the preposition that governs the verb stands.
 */
export function _beforeStartSubject(doc: _Doc, k: number): number {
  let j = k - 1;
  while (j >= 0 && j >= k - 3 && SUBJECTS.has(_wd(doc, j))) j -= 1;
  return j;
}

/** Words that end a noun phrase read back from a point or verb after it: a new clause or act begins there. */
export const _CLAUSE_BREAKS: ReadonlySet<string> = new Set(['and', 'or', 'then', 'to', 'so', 'that', 'when', 'after', 'from']);
/** Words that end the subject of a verb of starting read back from it: a new clause, a verb or a place ("at school") begins there. */
const SUBJECT_BREAKS: ReadonlySet<string> = new Set([..._CLAUSE_BREAKS, 'in', 'on', 'at']);

/**
 * Whether "before" or "until" governs the verb of starting at k across its subject, a noun phrase of up to five words
 * ("before her Year 11 mocks begin on 24 Feb", "until his GCSE exams start in May"): the point is when the thing starts,
 * by which the target is due, as "before the placement starts in May" is (the labelling guide, Time-bound (T), the start
 * points row: "Before the placement starts in May" is the point it is due by). Not across a clause, a conjunction, a
 * preposition or a verb ("by June and move to the Level 1 course in September" stays a start point).
 */
function governedAcross(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 6 && doc.clause[j] === doc.clause[k]; j--) {
    const x = _wd(doc, j);
    if (x === 'before' || x === 'until' || x === 'till') return j < k - 1;
    if (SUBJECT_BREAKS.has(x) || _STRONG_PREPS.has(x) || _FUTURE.has(x) || _IRREGULAR_PAST.has(x) || x.endsWith('ed') || x.endsWith('ing')) return false;
  }
  return false;
}

/**
 * Whether the point starting at `start` is inside an "after …ing" clause (at most eight words back, within the clause):
 * "from September after practising the route with his carer over the summer holidays" names what comes first, not the
 * point the target is achieved by (a start point, as "after Easter" alone is).
 */
export function _afterDoing(doc: _Doc, start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    if (doc.clause[k] !== doc.clause[start]) return false;
    const x = _wd(doc, k);
    if (_STRONG_PREPS.has(x)) return false;
    if (x === 'after' && _wd(doc, k + 1).endsWith('ing')) return true;
  }
  return false;
}

/** Words between "from" and a baseline grade ("up from a D", "from an E"). */
const GRADE_ARTICLES = new Set(['a', 'an', 'grade']);

/**
 * Whether the word at k is a grade written as a capital letter ("a D", "an E", "U"): a figure that measures (the labelling
 * guide, Measurable rule 1: a grade), as "from 78%" is a figure.
 */
function gradeLetterAt(doc: _Doc, k: number): boolean {
  const raw = doc.toks[k]?.raw ?? '';
  return (raw.length === 1 && raw >= 'A' && raw <= 'G') || raw === 'U' || raw === 'A*';
}

/** Whether "from" stands before the figure at k, straight or across "a", "an", "grade" ("up from a D", "improving from a grade 4"). */
function fromBefore(doc: _Doc, k: number): boolean {
  let j = k - 1;
  if (GRADE_ARTICLES.has(_wd(doc, j))) j -= 1;
  if (_wd(doc, j + 1) === 'grade' && GRADE_ARTICLES.has(_wd(doc, j))) j -= 1;
  return _wd(doc, j) === 'from';
}

/**
 * Whether the point starting at `start` says how things have gone up to now: "has been late 14 times this half term",
 * "attendance has gone up from 62% to 79% this term", "lates so far this term: 11" (a perfect tense, or "so far", in its
 * clause before it, at most ten words back, with nothing still to come between: "will", "to" before a verb, "by"…), or
 * dates a figure after "from" ("up from 78% in the autumn", "up from a D in November": a grade letter is a figure too, at most four words back). The labelling guide, Time-bound (T):
 * background dates ("since", "from 82%") are not deadlines. Not "has to be on time this term" (an obligation) nor "has
 * been set a target to read 5 books this term" (the target after "to").
 * @param doc - The analysed text.
 * @param start - First token of the point (its prefix included).
 * @returns Whether it is a background date.
 * @example
 * _soFar(_buildDoc('he has been late 14 times this term', { n: 0 }), 6); // true
 */
export function _soFar(doc: _Doc, start: number): boolean {
  if (_wd(doc, start - 1) === 'far' && _wd(doc, start - 2) === 'so') return true;
  let to = false;
  for (let k = start - 1; k >= 0 && k >= start - 10 && doc.clause[k] === doc.clause[start]; k--) {
    const x = _wd(doc, k);
    // What is still to come ("will", "aim", "by", "to" before a verb): the point is the target's.
    if (x === 'to' ? doc.toks[k + 1]?.kind !== 'n' : _FUTURE.has(x) || _STRONG_PREPS.has(x)) return false;
    to ||= x === 'to';
    if (!to && k >= start - 4 && (doc.toks[k]?.kind === 'n' || gradeLetterAt(doc, k)) && fromBefore(doc, k)) return true;
    // "having attended 2 of 3 days in autumn": a perfect participle, what has happened up to now, as "has attended".
    if (x !== 'has' && x !== 'have' && x !== 'had' && x !== 'having') continue;
    const y = _wd(doc, k + 1);
    return y === 'been' || _CHANGED.has(y) || _pastParticiple(y);
  }
  return false;
}

const TERM_ORDER: readonly Term[] = ['autumn', 'spring', 'summer'];

/** Tokens read back inside a bracket for its "(" from a count after a comma ("(4 in autumn 1, 3 in autumn 2)"). */
const BRACKET_BACK = 12;

/** Counts of what has happened (lates, detentions, exclusions, incidents …): a bracket of them is a baseline at any point ("(7 lates in Autumn 2)"). */
const HAPPENED_COUNTS = new Set([...EVENT_NOUNS, 'lates', 'detentions', 'removals']);

/**
 * Whether the point at `start` ("in" and a term or month) follows a count opening a bracket, or a count after a comma
 * in one, and the bracket is a baseline: "(7 lates in Autumn 2)", "(4 in autumn 1, 3 in autumn 2)" at a spring meeting.
 * The bracket gives a figure already taken and when, a baseline's background date (as "(2 fixed-term in autumn term)"
 * and "(baseline 7 in Autumn 1)" are; the labelling guide: baselines are not deadlines) only when its term is past at the
 * meeting (`past`) or it counts what has happened (lates, exclusions, incidents …). Not "(target 7 in summer 2)" (a word
 * before the count), nor the target's own plan: "sit 3 mocks (1 in spring 2, 2 in summer 1)", "read 2 books (1 in
 * February)".
 * @param doc - The analysed text.
 * @param start - First token of the point.
 * @param term - The point's term, or null (a month).
 * @param current - The meeting's term, or null (no meeting: any term may be past).
 * @returns Whether it is a baseline's background date.
 * @example
 * _bracketCount(_buildDoc('0 lates this half term (7 lates in Autumn 2)', { n: 0 }), 8, null, 'spring'); // true
 */
export function _bracketCount(doc: _Doc, start: number, term: Term | null, current: Term | null): boolean {
  if (_wd(doc, start) !== 'in') return false;
  let k = start - 1;
  // One word of what is counted between ("7 lates"), not a bracket closed ("(800m) in June").
  if (doc.toks[k]?.kind !== 'n') {
    if (doc.toks[k]?.kind !== 'w') return false;
    k -= 1;
  }
  if (doc.toks[k]?.kind !== 'n') return false;
  const past = term !== null && (current === null || TERM_ORDER.indexOf(term) < TERM_ORDER.indexOf(current));
  if (!past && !HAPPENED_COUNTS.has(_wd(doc, start - 1))) return false;
  const open = _wd(doc, k - 1);
  if (open === '(') return true;
  if (open !== ',') return false;
  for (let j = k - 2; j >= 0 && j >= k - BRACKET_BACK; j--) {
    const x = _wd(doc, j);
    if (x === ')' || _sentenceEndAt(doc, j)) return false;
    if (x === '(') return true;
  }
  return false;
}

/** Words that make a figure in its clause one still to come ("will be 95%", "to reach 95%", "above 90%"), not one taken. */
const STILL_TO_COME = new Set([..._FUTURE, 'be', 'reach', 'above', 'below', 'over', 'under']);

/**
 * Whether the point from `p.start` to `end` dates a figure on a status line: "Attendance at PRU - 52% autumn term" (a
 * percentage straight before its term, no "by", "in" or "this") or "lates this term: 11" (what is counted, "this term", a
 * colon and the count). The term says when the figure was taken, a background date (school-time table: a figure dated by
 * its term, as "Attendance 73% autumn term. Target 85%" is); so only a past or the meeting's own term, and not after the
 * target's mark ("Target 90% summer term"), nor a figure still to come ("will be 95%", "to reach 95%", "3 or fewer").
 * @param doc - The analysed text.
 * @param p - The point's prefix.
 * @param end - The token after the point.
 * @param term - The point's term.
 * @param current - The meeting's term, or null.
 * @returns Whether it is a background date.
 * @example
 * _statusFigure(_buildDoc('Attendance 52% autumn term', { n: 0 }), { start: 2, prep: null, position: null, det: null, freq: false, strongWord: false }, 4, 'autumn', 'spring'); // true
 */
export function _statusFigure(doc: _Doc, p: _Prefix, end: number, term: Term, current: Term | null): boolean {
  /** Tokens read back from the figure's term for a target's mark ("Target 90% summer term"). */
  const MARK_REACH = 3;
  const s = p.start;
  if (p.prep !== null || p.position !== null || TERM_ORDER.indexOf(term) > TERM_ORDER.indexOf(current ?? 'summer')) return false;
  const pct = p.det === null && doc.toks[s - 1]?.kind === 'n' && doc.toks[s - 1]!.suffix === '%';
  const count = p.det === 'this' && _wd(doc, end) === ':' && doc.toks[end + 1]?.kind === 'n' && doc.toks[s - 1]?.kind === 'w' && _wd(doc, end + 2) !== 'or';
  if (!pct && !count) return false;
  for (let k = s - 1; k >= 0 && k >= s - 8 && doc.clause[k] === doc.clause[s]; k--) if (STILL_TO_COME.has(_wd(doc, k))) return false;
  for (let k = s - 1; k >= 0 && k >= s - MARK_REACH; k--) if (_targetMarkAt(doc, k)) return false;
  return true;
}

/**
 * Whether the point starting at `start` dates the last of a series the target is due by: "by her last session in March",
 * "before the final lesson in July" ("by", "before" or "until", a possessive or "the", "last" or "final", its noun): the
 * month dates that event, as it dates "the move in May" (the labelling guide: an event the target is due by, dated by a
 * month), and "last" is not the past ("last term").
 */
export function _lastOfSeries(doc: _Doc, start: number): boolean {
  // "by the last (group) session in May": "last" or "final" one or two words before the point's own preposition.
  const k = _lastOrFinalAt(doc, start - 2, start - 3);
  return k >= 0 && (_STRONG_PREPS.has(_wd(doc, k - 1)) || _STRONG_PREPS.has(_wd(doc, k - 2)));
}

/**
 * Where "last" or "final" stands, of a series' last event ("by the last session", "before her final lesson"): at `first`,
 * else at `second`, else -1.
 * @example _lastOrFinalAt(_buildDoc('by the final session', { n: 0 }), 1, 2); // 2
 */
export function _lastOrFinalAt(doc: _Doc, first: number, second: number): number {
  return lastWord(doc, first) ? first : lastWord(doc, second) ? second : -1;
}

/** Whether the word at k is "last" or "final". */
function lastWord(doc: _Doc, k: number): boolean {
  return _wd(doc, k) === 'last' || _wd(doc, k) === 'final';
}

/** Whether the word at k is a quotation mark ("the Prince's Trust 'Get Started' course"). */
function quoteAt(doc: _Doc, k: number): boolean {
  const x = _wd(doc, k);
  return x === "'" || x === '"';
}

/**
 * Whether the background stretch that the point at i stands in was opened by a word inside quotation marks: "the 'Get
 * Started' course … on 13th March" names a course, and its "Started" is no past (the labelling guide's background
 * dates are what happened, not a name). The opening word has a quotation mark at most two words before it and one at
 * most two after it.
 * @param doc - The analysed text.
 * @param i - A token of the point.
 * @returns Whether the background comes only from a quoted name.
 * @example
 * _quotedPast(_buildDoc("the 'Get Started' course on 13th March", { n: 0 }), 6); // true
 */
export function _quotedPast(doc: _Doc, i: number): boolean {
  let k = i;
  while (k > 0 && doc.bg[k - 1] === 1) k -= 1;
  return (quoteAt(doc, k - 1) || quoteAt(doc, k - 2)) && (quoteAt(doc, k + 1) || quoteAt(doc, k + 2));
}
