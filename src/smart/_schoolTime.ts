/**
 * School-time deadline phrases (the labelling guide's "School-time rules", docs/smart.md): key stages,
 * Reception, leaving points, numbered terms of six-term years, "this/next month", and term names
 * offered as unchosen template alternatives ("the Autumn/Spring/Summer term").
 */
import type { Term } from '../core/enums';
import { daysInMonth, fromDayNumber, isoDateOf, isoParts, toDayNumberOrNull, weekdayOfDayNumber } from '../core/isoDate';
import type { _Doc } from './_doc';
import { _nearest, _NEVER, _walkBack } from './_walks';
import { _capitalised } from './_ends';
import { _forTheRest, _FREQ_WORDS, _plainNumberAt, _REVIEW_NOUNS, _SENTENCE_END_ON, _START_VERBS, _STRONG_PREPS, _prefixBefore, _sentenceEndAt, _wd, type _Prefix } from './_deadlinePrefix';
import type { _Found, _ScanOptions } from './_deadlineResolve';
import { _datedAfter, _found, _halfRecordAfter, _moveMonthEnd, _numberClosesAt, _termFound, _termNumberWord, _yielding } from './_deadlineResolve';
import { _ADULT_SUBJECTS, _ASSESSMENTS, _FEELINGS, _MONTHS, _NUMBER_WORDS, _OCCASIONS, _PART_ENDS, _OWNING_DETERMINERS, _PHASES, _PROVISION_NOUNS, _SESSION_NOUNS, _SETTLING, _STOP, _SUBJECTS, _TERM_WORDS, _WEEKDAYS } from './_phrases';
import { _TARGET_WORDS } from './_standard';
import { _academicYearEndApprox, _currentTerm } from './_terms';

/**
 * A key stage, year group, phase or leaving point dates a target only after "by", "before", "until", "in", "end of" or
 * "for the rest of" ("for the rest of Year 10": its end, as "for the rest of this term" is the term's; school-time table;
 * "finished the rest of Year 9 work" has no preposition and "catch up on the rest of Year 10 work" names the work).
 */
export function _schoolPointCue(p: _Prefix, cell: boolean): boolean {
  return cell || p.position === 'end' || _forTheRest(p) || p.strongWord || (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'in' || p.prep === 'during' || p.prep === 'throughout'));
}

/** The end of an academic year inferred from school time (which year needs the child's year group). */
export function _approxYearEnd(end: number, opts: _ScanOptions): _Found {
  return _found({ kind: 'academic-year-end', approximate: true }, _academicYearEndApprox(opts.terms), end);
}

/** Length of "key stage 3" / "ks 3" / "KS3" at i (0 when none). */
export function _keyStageLength(doc: _Doc, i: number): number {
  const t = doc.toks[i];
  if (t === undefined) return 0;
  if (t.kind === 'n') return t.prefix === 'ks' && t.sep === '' && t.num >= 1 && t.num <= 5 ? 1 : 0;
  const x = _wd(doc, i);
  if (x === 'ks' && stageNumberAt(doc, i + 1)) return 2;
  if (x === 'key' && _wd(doc, i + 1) === 'stage' && stageNumberAt(doc, i + 2)) return 3;
  // "by the end of the next key stage": a key stage without its number, one after the child's own.
  // "by the end of this (her current) key stage": the one the child is in, which needs the year group just as well.
  if ((x === 'key' && _wd(doc, i + 1) === 'stage') || x === 'ks') return KEY_STAGE_DETS.has(_wd(doc, i - 1)) ? (x === 'ks' ? 1 : 2) : 0;
  return 0;
}

/** Words before a key stage named without its number: "the next key stage", "this key stage", "her current key stage". */
const KEY_STAGE_DETS = new Set(['next', 'this', 'current']);

/** A plain key stage number 1–5 at j, in figures or a word ("Key Stage 2", "Key Stage Two"). */
function stageNumberAt(doc: _Doc, j: number): boolean {
  const n = _groupNumberAt(doc, j);
  return n !== null && n >= 1 && n <= 5;
}

/**
 * The plain number at j naming a key stage or year group, in figures ("Year 6", "Key Stage 2") or as a word ("Year Six",
 * "Key Stage Two": the same year group or key stage, the school-time table's row for key stages and year groups), or null.
 * @param doc - The text.
 * @param j - The token after "year" or "key stage".
 * @returns The number, or null when none stands there.
 */
export function _groupNumberAt(doc: _Doc, j: number): number | null {
  const n = doc.toks[j];
  if (n === undefined) return null;
  if (n.kind === 'n') return _plainNumberAt(doc, j);
  // A word only as a name's part or closing its phrase ({@link _termNumberWord}): not "this year one chapter at a time".
  return n.kind === 'w' ? _termNumberWord(doc, j, 14) : null;
}

/** Verbs of finishing, which may take "at" before the place they leave: "before I finish at college" (as "leave college"). */
export const _FINISHING: ReadonlySet<string> = new Set(['finish', 'finishes', 'finishing']);
/**
 * Verbs of leaving a phase: "by the time he leaves primary (school)", "before leaving college",
 * "by the time she moves on to college", "before he transfers to secondary".
 */
export const _LEAVING: ReadonlySet<string> = new Set([
  ..._FINISHING, 'leaves', 'leave', 'leaving', 'moves', 'move', 'moving', 'transfers', 'transfer', 'transferring',
]);
/**
 * Nouns and verbs of reaching the next phase, read like leaving the last one: "ready for his transition to
 * secondary school", "by the time he starts Year 7", "before she begins college" (the labelling guide,
 * School-time rules: a leaving point is `academic-year-end~`).
 */
const STARTING: ReadonlySet<string> = new Set(['transition', 'starts', 'start', 'starting', 'begins', 'begin']);
/**
 * "before he goes up to secondary", "by the time she goes into Year 7": going to a phase, read like starting it; only
 * phases one goes to once ("goes to school", "goes to college", "goes to nursery" are also every day).
 */
const GOING: ReadonlySet<string> = new Set(['goes', 'go', 'going']);
const GOING_PLACES = new Set(['secondary', 'high', 'junior', 'juniors', 'year', 'ks', 'key', 'sixth', 'university', 'reception']);
/** All the cores of the leaving-point entry: leaving and starting words. */
export const _PHASE_MOVES: ReadonlySet<string> = new Set([..._LEAVING, ...STARTING, ...GOING]);
/** Words between a moving verb and the place: "moves on to", "moves up into". */
const PARTICLES = new Set(['on', 'up', 'to', 'into', 'onto']);

/** Whether the word at j stands between the moving verb at i and its place: "moves on to", "finishes at college". */
function particleAt(doc: _Doc, i: number, j: number): boolean {
  const x = _wd(doc, j);
  return PARTICLES.has(x) || (x === 'at' && j === i + 1 && _FINISHING.has(_wd(doc, i)));
}

/**
 * Whether j names a school of a three-tier system ("the middle school", "upper school"): a place one moves to or leaves
 * at a year's end, as secondary school is (labelling guide, school-time table, "by the time he leaves primary in July";
 * label y36-155). Only with "school" after it: "the middle of the class" is no place.
 */
function tierSchoolAt(doc: _Doc, j: number): boolean {
  const x = _wd(doc, j);
  return (x === 'middle' || x === 'upper') && _wd(doc, j + 1) === 'school';
}
const PLACES = new Set([
  'primary', 'secondary', 'school', 'college', 'nursery', 'reception', 'sixth', 'year', 'care', 'ks', 'key', 'education', 'high', 'junior', 'juniors',
  'infants',
]);
/** A phase one starts ("starts school" alone is also every morning, so not "school"). */
const START_PLACES = new Set(['primary', 'secondary', 'college', 'nursery', 'reception', 'sixth', 'year', 'ks', 'key', 'high', 'university', 'junior', 'juniors']);
const OWNERS = new Set([..._OWNING_DETERMINERS, "'"]);
/** Words of when or how in the day after a start or a going that make it a daily one ("each morning", "at 8:45", "on time"). */
const DAILY_AFTER = new Set(['each', 'every', 'at', 'on', 'in', 'late', 'early', 'daily', 'promptly', 'calmly']);
/** Words after "starts school" that also make it a daily start ("starts school and settles", "starts school with a calm box"; a month after "in" too). */
const SCHOOL_START_AFTER = new Set(['and', 'with']);

/**
 * Whether the words at j make going to a phase a daily one ("goes to sixth form every day", as "starts school each
 * morning" is), not the move to it; a month after "in" says when in the year the move falls ("goes to secondary school
 * in September").
 */
function dailyAt(doc: _Doc, j: number): boolean {
  return DAILY_AFTER.has(_wd(doc, j)) && !(_wd(doc, j) === 'in' && _MONTHS.has(_wd(doc, j + 1)));
}

/** The first month of the school year: a transition week in it or after is the new year's start, not the old year's end. */
const SEPTEMBER = 9;

/** Whether "in" and a month of the new school year's autumn (September to December) stand at j ("transition week in September"). */
function newYearMonthAfter(doc: _Doc, j: number): boolean {
  return _wd(doc, j) === 'in' && (_MONTHS.get(_wd(doc, j + 1)) ?? 0) >= SEPTEMBER;
}

/** Whether a leaving or starting word at i is cued: "by the time", "before", "until", "prior to", "ready for", "by (his) transition". */
function phaseMoveCue(doc: _Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const x = _wd(doc, k);
    if (x === 'before' || x === 'until' || (x === 'by' && _wd(doc, k + 1) === 'the' && _wd(doc, k + 2) === 'time')) return true;
    if ((x === 'ready' && _wd(doc, k + 1) === 'for') || (x === 'prior' && _wd(doc, k + 1) === 'to')) return true;
    if (x === 'in' && _wd(doc, k + 1) === 'time' && _wd(doc, k + 2) === 'for') return true;
    if (x === 'by' && _wd(doc, i) === 'transition' && (k === i - 1 || OWNERS.has(_wd(doc, k + 1)))) return true;
    // "by the end of transition week": the last of the transition days, as "by transition day".
    if (x === 'by' && _wd(doc, i) === 'transition' && k === i - 4 && _wd(doc, k + 1) === 'the' && _wd(doc, k + 2) === 'end' && _wd(doc, k + 3) === 'of') return true;
  }
  return false;
}

/**
 * Whether "by the time" comes just before the subject of the verb at i ("by the time she starts school"): the cue of a point
 * reached once, as "by the time he leaves college" is (school-time table), where "before he starts school in September" may
 * be the month's own day (label t087).
 */
function byTheTime(doc: _Doc, i: number): boolean {
  // The child's own phase: one word, a name or a pronoun, as its subject ("by the time she starts school"), not another
  // person's ("by the time her brother starts school": his phase, no point of the child's).
  if (_ADULT_SUBJECTS.has(_wd(doc, i - 1))) return false;
  return _wd(doc, i - 4) === 'by' && _wd(doc, i - 3) === 'the' && _wd(doc, i - 2) === 'time';
}

/** Whether i starts a leaving point ("leaves primary", "transition to secondary") cued by "by the time", "before", "until" or "ready for". */
export function _isLeavingPoint(doc: _Doc, i: number): boolean {
  const verb = _wd(doc, i);
  if (!_PHASE_MOVES.has(verb)) return false;
  // "before transition day": the day a leaving year spends at the next school, at the end of its last summer term;
  // "ready for transition", "by transition": the move to the next phase, its place left unsaid.
  // "by the end of transition week in September": a week in the new school year's first months is its start, and the month
  // given is the point (the labelling guide, Time-bound (T): a month is its last day), not the old year's end.
  if (verb === 'transition' && _wd(doc, i + 1) === 'week' && newYearMonthAfter(doc, i + 2)) return false;
  if (verb === 'transition' && (TRANSITION_DAYS.has(_wd(doc, i + 1)) || movesUpAlone(doc, i + 1))) return phaseMoveCue(doc, i);
  let j = i + 1;
  while (j < i + 3 && particleAt(doc, i, j)) j += 1;
  // "before she moves up", "by the time he moves up in July": moving up to the next class or school, at a year's end.
  if (_wd(doc, j - 1) === 'up' && _LEAVING.has(verb) && movesUpAlone(doc, j)) return phaseMoveCue(doc, i);
  while (j < i + 5 && OWNERS.has(_wd(doc, j))) j += 1;
  if (GOING.has(verb)) {
    // Only with a particle or owner before the place: "goes up to secondary", "goes into Year 7".
    if (j === i + 1) return false;
    // "by the time I go to middle school": a school of a three-tier system is gone to once, at a year's end (label y36-155).
    if (!GOING_PLACES.has(_wd(doc, j)) && !isYearToken(doc, j) && !tierSchoolAt(doc, j)) return false;
    // "before he goes to sixth form each morning": every day, as "before he starts school each morning" is.
    const end = placeEnd(doc, i);
    return !dailyAt(doc, _wd(doc, end) === 'school' ? end + 1 : end) && phaseMoveCue(doc, i);
  }
  // "before he finishes at school each day", "finishes at nursery at 12pm": the day's end, every day, as "starts school each
  // morning" is (school-time table: "finishes at 3pm" is no leaving point); "finishes at college in July" is the move.
  if (_FINISHING.has(verb) && finishesDaily(doc, i)) return false;
  const places = STARTING.has(verb) && verb !== 'transition' ? START_PLACES : PLACES;
  // "before he starts school" (an early-years child): a phase; "starts school each morning at 8:45" is every day.
  // "by the time she starts school in September": the month says when in the year the phase starts ({@link dailyAt}).
  const daily = DAILY_AFTER.has(_wd(doc, j + 1)) && (dailyAt(doc, j + 1) || !byTheTime(doc, i));
  const startsSchool = places === START_PLACES && _wd(doc, j) === 'school' && !daily && !SCHOOL_START_AFTER.has(_wd(doc, j + 1));
  if (!places.has(_wd(doc, j)) && !startsSchool && !tierSchoolAt(doc, j) && doc.toks[j]?.prefix !== 'ks' && !(doc.toks[j]?.prefix === 'y' && doc.toks[j]?.kind === 'n')) return false;
  return phaseMoveCue(doc, i);
}

/**
 * Whether the finish at i is the day's ("finishes at school each day", "finish nursery at 12pm", "finishes school early"):
 * a word of when in the day after its place ({@link dailyAt}), not "at the end of" a year ("finishes at the end of Year 11").
 */
function finishesDaily(doc: _Doc, i: number): boolean {
  const end = placeEnd(doc, i);
  const j = _wd(doc, end) === 'school' ? end + 1 : end;
  return dailyAt(doc, j) && !(_wd(doc, j) === 'at' && _wd(doc, j + 1) === 'the' && (_wd(doc, j + 2) === 'end' || _wd(doc, j + 2) === 'start'));
}

/**
 * Where a leaving point at i ends: after its verb and place ("leaves primary (school)"), and after a month with no year
 * that says when in the year it falls ("leaves primary in July"): which year still needs the year group, so the month
 * is part of the leaving point, not a date of its own.
 */
export function _leavingEnd(doc: _Doc, i: number): number {
  let j = placeEnd(doc, i);
  if (_wd(doc, j) === 'school' || _wd(doc, j) === 'education') j += 1;
  const t = doc.toks[j + 2];
  const yearAfter = t !== undefined && t.kind === 'n' && t.digits[0] === 4;
  return _wd(doc, j) === 'in' && _MONTHS.has(_wd(doc, j + 1)) && !yearAfter ? j + 2 : j;
}

/** Where the place of a leaving point at i ends: after its particles and owner, and its number ("moves up to Year 7"). */
function placeEnd(doc: _Doc, i: number): number {
  if (_wd(doc, i) === 'transition' && TRANSITION_DAYS.has(_wd(doc, i + 1))) return i + 2;
  if (_wd(doc, i) === 'transition' && movesUpAlone(doc, i + 1)) return i + 1;
  let j = i + 1;
  while (j < i + 3 && particleAt(doc, i, j)) j += 1;
  if (_wd(doc, j - 1) === 'up' && movesUpAlone(doc, j)) return j;
  while (j < i + 5 && OWNERS.has(_wd(doc, j))) j += 1;
  const x = _wd(doc, j);
  if (x === 'key' && _wd(doc, j + 1) === 'stage') j += 2;
  else if (x === 'sixth' && _wd(doc, j + 1) === 'form') j += 2;
  else j += 1;
  const n = doc.toks[j];
  return (x === 'year' || x === 'key' || x === 'ks') && n?.kind === 'n' && n.prefix === '' ? j + 1 : j;
}

/** Whether j is a year group written on its number ("Y7", "Yr7"). */
function isYearToken(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  return t?.kind === 'n' && (t.prefix === 'y' || t.prefix === 'yr' || t.prefix === 'year');
}

/**
 * Words after "transition" that name its day ("before transition day", "by the transition days in July"); "transition week"
 * is those days, a week long at some schools (label y32-242).
 */
const TRANSITION_DAYS = new Set(['day', 'days', 'week']);

/** Whether "moves up" ends at j with no place after it: the clause ends, or a month or "and" follows. */
function movesUpAlone(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  return t === undefined || t.kind === 'p' || _wd(doc, j) === 'and' || (_wd(doc, j) === 'in' && _MONTHS.has(_wd(doc, j + 1)));
}

/** The phases of school ({@link _PHASES}), kept with the word lists in _phrases.ts (_measure.ts reads them too). */
export { _PHASES } from './_phrases';
/** Phases that "before" or "by" alone dates, as a leaving point: "before secondary school", "before the juniors" (not "before college", also a daily time). */
const PHASES_AHEAD = new Set(['secondary', 'sixth', 'juniors', 'high']);
/** Words that complete a phase's name ("primary school", "sixth form", "foundation stage"). */
const PHASE_NOUNS = new Set(['school', 'form', 'education', 'stage']);
/**
 * The phase "ready for" dates with no noun after it when the clause ends there ("Be ready for secondary.", "Be ready for college."): the move to the next phase, as "ready for secondary school" is (school-time table, "ready for high school,
 * ready for secondary school, ready for sixth form"). "Big school" is what young children call the school they move up to
 * (only with "school" after it). "Sixth" needs its "form". College is not in that row, and "before college" is a daily time,
 * but "Be ready for college." alone is the move to it (label y45-177); in a daily routine it is every day, as "get ready …
 * every morning" is ({@link readyForMove}).
 */
const PHASES_READY = new Set(['secondary', 'college']);
/** The phase cores the deadline table tries: the phases and "big" of "ready for big school". */
export const _PHASE_CORES: ReadonlySet<string> = new Set([..._PHASES, 'big']);
/** Prepositions that set a target in a stage ("in the EYFS", "throughout the Early Years Foundation Stage"). */
const STAGE_PREPS = new Set(['in', 'during', 'throughout', 'across']);

/**
 * Whether a phase word at i is "the end of" that phase ("by the end of primary school"), not "end of primary maths"; or the
 * move to it after "before" or "by" ("before secondary school", "before the juniors").
 */
export function _isPhaseEnd(doc: _Doc, i: number, p: _Prefix): boolean {
  const x = _wd(doc, i);
  if (!_PHASE_CORES.has(x) || p.freq) return false;
  const next = _wd(doc, i + 1);
  // "before secondary school", "before the juniors": the move to that phase, a leaving point (its name ending the clause).
  // "ready for high school", "ready for secondary school": the move to it, as "ready for Year 7" is (school-time table).
  const ready = p.prep === 'for' && _wd(doc, p.start - 1) === 'ready' && readyForMove(doc, p.start - 1);
  if (x === 'big') return ready && p.position === null && next === 'school' && clauseEndsAt(doc, i + 2);
  if (p.position === null && (p.prep === 'before' || p.prep === 'by' || ready) && (PHASES_AHEAD.has(x) || (ready && PHASES_READY.has(x)))) {
    // "the juniors" alone only after "before" ("helped by the juniors" names pupils); "ready for secondary." ends the clause.
    if (x === 'juniors' ? p.prep !== 'before' : !PHASE_NOUNS.has(next) && !(ready && PHASES_READY.has(x) && clauseEndsAt(doc, i + 1))) return false;
    // "ready for secondary school in September": a month with no year says when in the year the move falls, as for
    // "ready for Year 3 in September" (school-time table), so the clause may go on after it.
    const at = ready ? _moveMonthEnd(doc, i + _phaseEndLength(doc, i)) : i + _phaseEndLength(doc, i);
    const after = doc.toks[at];
    return after === undefined || after.kind === 'p' || _wd(doc, at) === 'and';
  }
  if (p.position === null && stageIn(doc, i, p)) return true;
  if (p.position !== 'end') return false;
  // "the foundation stage" only with its noun ("end of foundation maths" is a course).
  if (_wd(doc, i) === 'foundation') return next === 'stage';
  // "By the end of EYFS to be reading…", "by the end of primary he will…": the clause goes on (a common word) after the phase.
  // "By the end of EYFS Harrison will…": a name (a capital) after it starts the clause, as after "by the end of Year 6".
  const after = doc.toks[i + 1];
  const named = after?.kind === 'w' && _capitalised(after.raw) && !_SUBJECTS.has(next);
  return PHASE_NOUNS.has(next) || next === '' || after?.kind === 'p' || _STOP.has(next) || named;
}

/**
 * Words before "ready" that make it a feeling or a state now or past, not a move ahead ("felt ready for", "feels ready for",
 * "was ready for"); "will feel ready for secondary school" is an aim and stays (school-time table, "ready for high school").
 */
const READY_STATES: ReadonlySet<string> = new Set(['felt', 'feels', 'seemed', 'seems', 'looked', 'looks', 'was', 'were']);
/** Words before "feel" or "feeling" that keep it an aim ("will feel ready", "to feel ready", "will be feeling ready"). */
const AIMED_FEELING: ReadonlySet<string> = new Set(['will', 'to', 'be', 'can', 'should', 'would']);
/** Words that hedge an aim ("Hopefully ready for secondary", "maybe ready for"). */
const READY_HEDGES: ReadonlySet<string> = new Set(['hopefully', 'maybe', 'perhaps', 'possibly', 'might']);
/** Acts of a daily routine that "ready for" closes ("get up on time", "pack his bag", "up, dressed and ready for college"). */
const DAILY_ROUTINE: ReadonlySet<string> = new Set(['dressed', 'bag', 'bags', 'uniform', 'breakfast', 'morning', 'mornings', 'alarm']);
/** Words before "up" that make it out of bed ("get up", "be up"). */
const OUT_OF_BED: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'be', 'is', 'wake', 'wakes', 'waking']);
/** Words that may stand between an adult and "ready" in the adult's own act ("Mum is getting ready for", "Carer will get ready"). */
const ADULT_READY_LINKS: ReadonlySet<string> = new Set(['is', 'are', 'will', 'be', 'to', 'get', 'gets', 'getting', 'also']);

/**
 * Whether "ready" at r names the child's move to a next phase (the labelling guide's row "ready for high school"), not a
 * feeling or the past ("felt ready for secondary"), a question or a hedge ("Ready for secondary?", "Hopefully ready for
 * …"), an adult's own act ("Mum is getting ready for …"), or the close of a daily routine ("get up on time and be ready
 * for …", "up, dressed and ready for …"; the same row: "get ready … every morning" is no point).
 */
function readyForMove(doc: _Doc, r: number): boolean {
  const before = _wd(doc, r - 1);
  if (READY_STATES.has(before) || (before === 'been' && READY_STATES.has(_wd(doc, r - 2)))) return false;
  if ((before === 'feel' || before === 'feeling') && !AIMED_FEELING.has(_wd(doc, r - 2))) return false;
  if (_wd(doc, _nearest(doc, r + 1, _SENTENCE_END_ON)) === '?') return false;
  // Back to the sentence's start or a pipe; a hedge or a daily routine on the way denies it.
  const start = _nearest(doc, r - 1, READY_BACK);
  if (start >= 0 && readyHedgeAt(doc, start)) return false;
  let j = start + 1;
  if (_OWNING_DETERMINERS.has(_wd(doc, j)) || _wd(doc, j) === 'the') j += 1;
  if (!_ADULT_SUBJECTS.has(_wd(doc, j))) return true;
  for (j += 1; j < r; j++) if (!ADULT_READY_LINKS.has(_wd(doc, j))) return true;
  return false;
}

/** Whether token k hedges the move or makes it a daily routine's close ({@link readyForMove}), and ends no sentence nor row. */
function readyHedgeAt(doc: _Doc, k: number): boolean {
  if (_sentenceEndAt(doc, k) || _wd(doc, k) === '|') return false;
  const x = _wd(doc, k);
  // "up" only as out of bed ("get up", "be up"), not "moving up" or "up to date"; "time" only as "on time".
  const up = x === 'up' && OUT_OF_BED.has(_wd(doc, k - 1)) && _wd(doc, k + 1) !== 'to';
  return READY_HEDGES.has(x) || DAILY_ROUTINE.has(x) || up || (x === 'time' && _wd(doc, k - 1) === 'on');
}
/** The walk back to the sentence's start, a pipe, or a hedge ({@link readyForMove}). */
const READY_BACK = _walkBack(_NEVER, (doc, k) => _sentenceEndAt(doc, k) || _wd(doc, k) === '|' || readyHedgeAt(doc, k));

/** Whether the clause ends at j: the text's end, a mark, or "and". */
function clauseEndsAt(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  return t === undefined || t.kind === 'p' || _wd(doc, j) === 'and';
}

/**
 * Whether the phase at i is the Early Years Foundation Stage a target is set in, ending its clause: "reach his potential in
 * the EYFS", "in the Early Years Foundation Stage" (the labelling guide, Deadline labels: a phase is `academic-year-end~`;
 * school-time table: the EYFS is a phase ending with the Reception year, like a key stage, and "in KS2" dates a target).
 * "In EYFS maths", "in the EYFS unit" go on after it and name a course or a room.
 */
function stageIn(doc: _Doc, i: number, p: _Prefix): boolean {
  const x = _wd(doc, i);
  if (x === 'eyfs') return p.prep !== null && STAGE_PREPS.has(p.prep) && clauseEndsAt(doc, i + 1) && aimInStage(doc, p.start - 1);
  if (x !== 'foundation' || _wd(doc, i + 1) !== 'stage' || !clauseEndsAt(doc, i + 2)) return false;
  // "the Early Years Foundation Stage": the prefix is read before "early years".
  let k = _wd(doc, i - 1) === 'years' && _wd(doc, i - 2) === 'early' ? i - 3 : i - 1;
  if (_wd(doc, k) === 'the') k -= 1;
  return STAGE_PREPS.has(_wd(doc, k)) && aimInStage(doc, k - 1);
}

/** Words of a state now or a past act ("is happy in the EYFS", "has made progress in the EYFS"). */
const STATE_OR_PAST: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'did']);
/** Words before "-ed" that keep it an aim ("to be engaged in the EYFS", "will be supported"). */
const AIM_BEFORE_PARTICIPLE: ReadonlySet<string> = new Set(['to', 'will', 'be', 'been', 'being']);

/**
 * Whether the sentence before the stage's preposition (ending at k) is an aim the stage dates: not a past act or a state
 * ("made progress", "is happy in the EYFS"), not settling (the guide's row "To settle in Year 3": the year is where the
 * child settles, no point), and not provision or a person in the stage ("TA support in the EYFS", "key worker in the EYFS").
 */
function aimInStage(doc: _Doc, k: number): boolean {
  const last = _wd(doc, k);
  if (_PROVISION_NOUNS.has(last) || _ADULT_SUBJECTS.has(last)) return false;
  return _nearest(doc, k, NO_AIM_BACK) < 0;
}

/** The walk back, to the sentence's start or a pipe, to a word of settling, feeling, a state or the past ({@link aimInStage}). */
const NO_AIM_BACK = _walkBack(
  (doc, j) => _sentenceEndAt(doc, j) || _wd(doc, j) === '|',
  (doc, j) => {
    const w = _wd(doc, j);
    if (_SETTLING.has(w) || _FEELINGS.has(w) || (STATE_OR_PAST.has(w) && _wd(doc, j + 1) !== 'to')) return true;
    return w.endsWith('ed') && w.length > 4 && !AIM_BEFORE_PARTICIPLE.has(_wd(doc, j - 1));
  },
);

/**
 * Whether the token at i names a year of the Foundation Stage, "FS1", "FS2", "F1", "F2" (the Early Years Foundation Stage's
 * Nursery and Reception years as schools name them; a space, "FS 2", is not read); not an exam paper ("F2 and F3 papers").
 */
export function _isFoundationYear(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || (t.prefix !== 'fs' && t.prefix !== 'f') || t.sep !== '' || (t.num !== 1 && t.num !== 2)) return false;
  // "F2 and F3 papers", "the F2 paper": an exam's papers, named in a series past the Foundation Stage's two years or with
  // "paper" after them, no year (review32a).
  const paper = _wd(doc, i + 1);
  return paper !== 'paper' && paper !== 'papers' && !laterInSeries(doc, i, -2) && !laterInSeries(doc, i, 2);
}

/** How many items of a list ("F1, F2 and F3") are read either way from a Foundation Stage year. */
const SERIES_READ = 4;

/**
 * Whether the list the short year at i stands in, read `step` tokens at a time across a comma, "and", "or" or "&", holds a
 * number written like a Foundation Stage year past its two ("F3", "F4"): a paper series, no year.
 */
function laterInSeries(doc: _Doc, i: number, step: number): boolean {
  for (let n = 1, k = i + step; n <= SERIES_READ; n++, k += step) {
    const t = doc.toks[k];
    const between = _wd(doc, step > 0 ? k - 1 : k + 1);
    if (t === undefined || t.kind !== 'n' || (t.prefix !== 'fs' && t.prefix !== 'f') || !SERIES_JOINS.has(between)) return false;
    if (t.num > 2) return true;
  }
  return false;
}

/** Words joining the items of a list of papers or years ("F1, F2 and F3", "F2 & F3", "F2/F3"). */
const SERIES_JOINS: ReadonlySet<string> = new Set([',', 'and', 'or', '&', '/']);

/**
 * "By the end of FS2", "before F1 ends": the end of an academic year, approximate, as "by the end of Reception" and "by
 * the end of EYFS" are (school-time table: the Early Years Foundation Stage is a phase ending with the Reception year;
 * FS1 is its Nursery year and FS2 its Reception year). "In FS2", "at F1" give way to any other point, as "in reception".
 */
export function _foundationYearEnd(i: number, opts: _ScanOptions, p: _Prefix): _Found {
  const found = _approxYearEnd(i + 1, opts);
  const within = (p.prep === 'in' || p.prep === 'at') && p.position === null && !p.strongWord && !opts.cell;
  return within ? _yielding(found) : found;
}

/** The tokens a phase end covers ("primary school", "sixth form"). */
export function _phaseEndLength(doc: _Doc, i: number): number {
  return PHASE_NOUNS.has(_wd(doc, i + 1)) ? 2 : 1;
}

/** Week days as deadline cores: full names and the short forms that are no other word ("weds" is not; "sat", "sun", "wed" are). */
export const _WEEKDAY_CORES: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'weds', 'thu', 'thur', 'thurs', 'fri']);

/** A day's date: the first such week day after the meeting (the labelling guide: "by Friday" → the next such day). */
function nextWeekday(dow: number, end: number, opts: _ScanOptions, sameDay: boolean): _Found {
  const m = opts.terms.meeting;
  if (m === null) return _found(null, null, end);
  const ahead = (dow - weekdayOfDayNumber(m) + 7) % 7;
  const day = m + (ahead === 0 && !sameDay ? 7 : ahead);
  return _found({ kind: 'date', date: fromDayNumber(day) }, day, end);
}

/**
 * "by Friday", "on Friday", "after school on Friday", "next Monday": the next such day after the meeting (the
 * labelling guide, School-time rules). Not "every Friday" or "on Friday afternoons" (a frequency), not "in his
 * Friday test" (a name), and not a week day written before a date ("Fri 21/02", "Monday 20th January").
 */
export function _weekdayDeadline(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  if (p.freq || p.det === 'last') return null;
  const cue = opts.cell || p.strongWord || p.position === 'end' || p.det !== null || (p.prep !== null && (_STRONG_PREPS.has(p.prep) || p.prep === 'on'));
  if (!cue || doc.toks[i + 1]?.kind === 'n') return null;
  const next = _wd(doc, i + 1);
  if (_OCCASIONS.has(next) && next.endsWith('s')) return null;
  if (next === 'the') return null; // "Friday the 21st": a date
  // "on Friday each week", "by Friday every week": a weekly day, a frequency.
  const after = next === 'morning' || next === 'afternoon' || next === 'evening' || next === 'night' ? _wd(doc, i + 2) : next;
  if (after === 'each' || after === 'every' || after === 'weekly') return null;
  // "on Monday and Wednesday afternoons", "Tuesday, Thursday", "on Mon and Weds": a list of days is a timetable, not a date.
  const listed = _wd(doc, i + 2);
  if ((next === 'and' || next === 'or' || next === '&' || next === ',' || next === '/') && _WEEKDAYS.has(listed)) return null;
  const before = _wd(doc, i - 1);
  if ((before === 'and' || before === '&' || before === ',') && _WEEKDAYS.has(_wd(doc, i - 2))) return null;
  if (weeklyInSentence(doc, i)) return null;
  const end = next === 'morning' || next === 'afternoon' || next === 'evening' || next === 'night' ? i + 2 : i + 1;
  return nextWeekday(_WEEKDAYS.get(_wd(doc, i)) as number, end, opts, false);
}

/**
 * Whether the sentence of the week day at i names a weekly habit ("from his weekly allowance so he doesn't run out before
 * Friday", "each week … by Friday"): the day is that of every week, a frequency (the labelling guide: "every Tuesday" is
 * no deadline), not the next such day. At most twenty words before it. How often provision runs is not the child's
 * habit: a "weekly" of a support noun after "with" ("With weekly TA support, …") or in a clause before a comma ("TA
 * support weekly, …") leaves the day a date.
 */
function weeklyInSentence(doc: _Doc, i: number): boolean {
  let comma = false;
  for (let k = i - 1; k >= 0 && k >= i - 20 && !_sentenceEndAt(doc, k); k--) {
    const x = _wd(doc, k);
    if (x === ',') comma = true;
    const weekly = x === 'weekly' || (x === 'week' && _FREQ_WORDS.has(_wd(doc, k - 1)));
    if (weekly && !providersWeekly(doc, k, comma)) return true;
  }
  return false;
}

/**
 * Words naming support given to the child, whose "weekly" is how often it runs ("TA support weekly", "with weekly help
 * from his TA", "with his key worker weekly"): provision, sessions and the adults who give them.
 */
const SUPPORT_WORDS: ReadonlySet<string> = new Set([..._PROVISION_NOUNS, ..._SESSION_NOUNS, ..._ADULT_SUBJECTS, 'help', 'elsa']);

/** Whether the weekly word at k is how often support runs: a support word within three words in its clause, after "with" or before a comma. */
function providersWeekly(doc: _Doc, k: number, comma: boolean): boolean {
  let support = false;
  let withAt = false;
  for (let j = k - 1; j >= k - 3 && _wd(doc, j) !== ','; j--) {
    support ||= SUPPORT_WORDS.has(_wd(doc, j));
    withAt ||= _wd(doc, j) === 'with';
  }
  for (let j = k + 1; j <= k + 3 && _wd(doc, j) !== ','; j++) support ||= SUPPORT_WORDS.has(_wd(doc, j));
  return support && (withAt || comma);
}

/** Whether the "week" at i is the meeting's own week ("this week", "by the end of the week"). */
export function _isThisWeek(doc: _Doc, i: number, p: _Prefix): boolean {
  if (_wd(doc, i) !== 'week' || p.freq || possessive(doc, i)) return false;
  const before = _wd(doc, i - 1);
  return p.det === 'this' || (p.position === 'end' && (before === 'the' || (before === 'school' && _wd(doc, i - 2) === 'the')) && p.det === null);
}

/** "this week", "by the end of the week": its Friday, the school week's last day (the labelling guide: `date:2025-01-17`). */
export function _weekEnd(end: number, opts: _ScanOptions): _Found {
  return nextWeekday(5, end, opts, true);
}

/** The six-term year: terms 1–2 autumn, 3–4 spring, 5–6 summer. */
const SIX_TERMS: readonly Term[] = ['autumn', 'autumn', 'spring', 'spring', 'summer', 'summer'];

/** "term 2", "end of term 3", "until the end of term 6", "in term 4" (a numbered term of a six-term year). */
export function _numberedTerm(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  const n = doc.toks[i + 1];
  // "by the end of Term Five", "in term six.": the number written as a word, the same term.
  const num = n?.kind === 'n' ? (_plainNumberAt(doc, i + 1) ?? 0) : _termNumberWord(doc, i + 1, 6) ?? 0;
  if (num < 1 || num > 6) return null;
  // "by the end of Half Term 4", "in half-term 5": a numbered half term is the numbered term ("HT4"), its cue before "half".
  const q = _wd(doc, i - 1) === 'half' && n?.kind === 'n' ? _prefixBefore(doc, i - 1) : p;
  return termNumber(num, i + 2, opts, q, doc);
}

/**
 * Whether "half term" at i is a numbered half term, "Half Term 4", "half-term 5" (the school-time table's six-term
 * years, "HT4" written out): a plain number 1–6 after "term" that closes its phrase ({@link _numberClosesAt}, the rule
 * for number words too), so a count after "by half term" is not read as its number ("by half term 3 times a week",
 * "by half term 2 in a row").
 */
export function _numberedHalfTermAt(doc: _Doc, i: number): boolean {
  if (_wd(doc, i) !== 'half' || _wd(doc, i + 1) !== 'term') return false;
  return termDigitAt(doc, i + 2) !== null && _numberClosesAt(doc, i + 2);
}

/**
 * "by the end of T 4", "in HT 5": a numbered term written short with a space before its number, read as "T4", "HT4" are
 * (the school-time table's six-term years); null when no plain number 1–6 follows.
 */
export function _spacedTermNumber(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  const num = termDigitAt(doc, i + 1);
  return num === null ? null : termNumber(num, i + 2, opts, p, doc);
}

/** A numbered term's plain one-digit number 1–6 at k ("half term 4", "HT 5"), or null. */
function termDigitAt(doc: _Doc, k: number): number | null {
  const num = _plainNumberAt(doc, k);
  return num !== null && num >= 1 && num <= 6 && doc.toks[k]?.digits[0] === 1 ? num : null;
}

/** Term N of a six-term year, ending at `end`: odd terms end at half-term; after "in", the half itself. */
function termNumber(num: number, end: number, opts: _ScanOptions, p: _Prefix, doc: _Doc): _Found | null {
  if (p.freq || p.det === 'last') return null;
  // "by the start of term 5": achieved before the term begins, so the end of term 4, as "by the start of the summer term" is
  // the spring term's end (school-time table, "by the start of next term"; label y31-204); term 1 follows term 6.
  if (p.position === 'start') return p.prep === 'by' || p.prep === 'before' ? termNumber(num === 1 ? 6 : num - 1, end, { ...opts, cell: false }, { ...p, position: 'end' }, doc) : null;
  const term = SIX_TERMS[num - 1] as Term;
  const odd = num % 2 === 1;
  // "for the rest of term 4", "for the rest of HT4": the end of that period, as "for the rest of Spring 1" (school-time table);
  // "on the HT4 report": the term dates the report, written as it ends.
  const byLike = p.position === 'end' || p.position === 'rest' || opts.cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep)) || _halfRecordAfter(doc, end);
  if (byLike) return _termFound(term, odd ? 'half-term' : 'end', end, opts);
  if (p.prep === 'in' || p.prep === 'during' || p.det === 'this' || recordOf(doc, p, end)) return _termFound(term, odd ? 'first-half' : 'second-half', end, opts);
  return null;
}

/**
 * Whether a numbered term after "on" or "at" stands before a noun it dates, a record the half-end reading does not know
 * ("on her term 4 report card", "at the HT4 parents' meeting"): the half itself, as "in HT4" is (school-time table: "in
 * term N" → that half; a half named before a thing dates it), so T stays met where the record's end is not read.
 */
function recordOf(doc: _Doc, p: _Prefix, end: number): boolean {
  if ((p.prep !== 'on' && p.prep !== 'at') || doc.toks[end]?.kind !== 'w' || _STOP.has(_wd(doc, end))) return false;
  // Only a record or an event in time is dated so: "at T4 level", "at T4 standard" name a level, and "At HT4 Ella will"
  // a name, not a record (review24g); the record's noun within RECORD_READ words ("the HT4 parents' evening").
  for (let k = end; k < end + RECORD_READ && doc.clause[k] === doc.clause[end]; k++) if (RECORDS_AND_EVENTS.has(_wd(doc, k))) return true;
  return false;
}

/** Words read on from a numbered term for the record it dates ("on her T4 school report card", "at the HT4 parents' evening"). */
const RECORD_READ = 4;

/**
 * Nouns of a record or an event in time a numbered term may date: an assessment ({@link _ASSESSMENTS}), a report, a
 * review or meeting ({@link _REVIEW_NOUNS}), a parents' evening or consultation, a data drop, moderation.
 */
const RECORDS_AND_EVENTS: ReadonlySet<string> = new Set([..._ASSESSMENTS, ..._REVIEW_NOUNS, 'report', 'reports', 'card', 'moderation', 'meetings', 'reviews', 'evening', 'consultation', 'consultations', 'drop', 'deadline', 'exams']);

/** Whether the number at i is a numbered term written short: "T2", "HT4", "term4" (term 1-6 of a six-term year). */
export function _isShortTermNumber(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  // "term4" written with no space is "term 4", as "T4" is.
  return t !== undefined && t.kind === 'n' && (t.prefix === 't' || t.prefix === 'ht' || t.prefix === 'term') && t.sep === '' && t.suffix === '' && t.num >= 1 && t.num <= 6;
}

/** "by the end of T2", "in HT3": a numbered term written short, read like "term 2" (the labelling guide's six-term years). */
export function _shortTermNumber(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  return termNumber(doc.toks[i]?.num ?? 0, i + 1, opts, p, doc);
}

/** "this month", "by the end of the month" (the meeting's month), "next month": that month's last day. */
export function _calendarMonth(end: number, opts: _ScanOptions, ahead: 0 | 1): _Found {
  if (opts.meeting === null) return _found(null, null, end);
  const { year, month } = isoParts(opts.meeting);
  const m = month + ahead > 12 ? 1 : month + ahead;
  const y = month + ahead > 12 ? year + 1 : year;
  const iso = isoDateOf(y, m, daysInMonth(y, m));
  if (iso === null) return _found(null, null, end);
  return _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), end);
}

/** "this week's spellings", "this month's book": the period names a thing, it dates nothing. */
function possessive(doc: _Doc, i: number): boolean {
  const raw = doc.toks[i]?.raw ?? '';
  return raw.endsWith("'s") || raw.endsWith('’s') || raw.endsWith("s'");
}

/** Whether the "month" at i is the meeting's own month ("this month", "end of the month"). */
export function _isThisMonth(doc: _Doc, i: number, p: _Prefix): boolean {
  if (_wd(doc, i) !== 'month' || p.freq || possessive(doc, i)) return false;
  return p.det === 'this' || (p.position === 'end' && (_wd(doc, i - 1) === 'the' || bareMonthEnd(doc, i)));
}

/**
 * Whether "end of month" at i, with no article, is a point as "by end of term" is ("hand in his form by end of month."):
 * not a noun compound ("his end-of-month report", "an end of month diary", "his end of month target"), not a month of a
 * plan ("end of month 3", "end of month three of his placement") and not a habit ("at end of month, every month", "by end
 * of month each time"): those name no one month (the school-time table, "this month" / "by the end of the month").
 */
function bareMonthEnd(doc: _Doc, i: number): boolean {
  if (_wd(doc, i - 1) !== 'of' || doc.toks[i]?.hyph === true) return false;
  const next = doc.toks[i + 1];
  const x = _wd(doc, i + 1);
  if (next !== undefined && next.kind !== 'p' && (next.kind !== 'w' || !_STOP.has(x) || _TARGET_WORDS.has(x) || _NUMBER_WORDS.has(x))) return false;
  for (let k = i + 1; k < doc.toks.length && !_PART_ENDS.has(_wd(doc, k)); k++) if (_wd(doc, k) === 'every' || _wd(doc, k) === 'each') return false;
  return true;
}

/** A term name offered with others as alternatives ("Autumn/Spring/Summer term"): no term chosen yet. */
export function _isTermAlternative(doc: _Doc, i: number): boolean {
  return (_wd(doc, i + 1) === '/' && _TERM_WORDS.has(_wd(doc, i + 2))) || (_wd(doc, i - 1) === '/' && _TERM_WORDS.has(_wd(doc, i - 2)));
}

/**
 * "by the end of 2025", "by 2026", "before the end of 2025": the last day of that calendar year, a date (a year
 * alone is read like a month alone, the labelling guide: "a month alone is its last day"). Only after "by",
 * "before", "until" or "end of": "in 2025" and "since 2023" are no point.
 */
export function _calendarYear(doc: _Doc, i: number, opts: _ScanOptions, p: _Prefix): _Found | null {
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || t.sep !== '' || t.suffix !== '' || t.prefix !== '' || t.digits[0] !== 4 || t.num < 1990 || t.num > 2100) return null;
  if (p.freq || p.det !== null || p.position === 'start' || p.position === 'middle') return null;
  const cue = opts.cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep)) || (p.position === 'end' && (p.prep === null || _STRONG_PREPS.has(p.prep)));
  if (!cue) return null;
  const iso = isoDateOf(t.num, 12, 31) as string;
  return _found({ kind: 'date', date: iso }, toDayNumberOrNull(iso), i + 1);
}

/**
 * "the first half of the summer term", "second half of Spring": a half named before its term, read like "Summer 1",
 * "Spring 2"; `at` is where "first"/"second" stands, so the prefix before it ("by the end of") is read from there.
 */
export function _halfOfTermBefore(doc: _Doc, i: number): { half: 1 | 2; at: number } | null {
  let k = i - 1;
  if (_wd(doc, k) === 'the' || _wd(doc, k) === 'this') k -= 1;
  if (_wd(doc, k) !== 'of' || _wd(doc, k - 1) !== 'half') return null;
  const ord = _wd(doc, k - 2);
  if (ord !== 'first' && ord !== 'second') return null;
  return { half: ord === 'first' ? 1 : 2, at: k - 2 };
}

/**
 * "by the end of the first half of term", "in the second half of this term": a half of the meeting's term (termOfDate),
 * read like a half of a named term ("the first half of the summer term"): its half-term or end after "by" or "end of",
 * else that half. Null when no half is named before "term".
 * @param doc - The analysed text.
 * @param i - The token "term".
 * @param opts - The scan's options (the meeting's term).
 * @returns The half's point, or null.
 * @example
 * // meeting 15 January 2025 (spring term): "by the end of the first half of term" is the spring half-term
 * _halfOfMeetingTerm(_buildDoc('by the end of the first half of term', { n: 0 }), 8, opts)?.deadline; // { kind: 'term', term: 'spring', part: 'half-term' }
 */
export function _halfOfMeetingTerm(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const h = _halfOfTermBefore(doc, i);
  if (h === null) return null;
  const p = _prefixBefore(doc, h.at);
  if (p.freq || p.det === 'last' || (p.prep === null && p.position === null && !p.strongWord && !opts.cell)) return null;
  const cur = _currentTerm(opts.terms);
  if (cur === null) return _found(null, null, i + 1);
  const byLike = p.position === 'end' || p.position === 'rest' || opts.cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep));
  if (h.half === 1) return _termFound(cur.term, byLike ? 'half-term' : 'first-half', i + 1, opts);
  return _termFound(cur.term, byLike ? 'end' : 'second-half', i + 1, opts);
}

/** Verbs of sitting an exam: "by the time he sits his GCSEs", "before she takes her A levels". */
const SITTING = new Set(['sits', 'sit', 'sitting', 'takes', 'take', 'taking', 'does', 'do', 'doing']);

/** The token after the exams named at i ("GCSEs", "GCSE exams", "A levels", "A level exams"), or -1 when none are named. */
function examsEnd(doc: _Doc, i: number): number {
  const x = _wd(doc, i);
  let j = i + 1;
  if (x === 'a') {
    if (_wd(doc, j) !== 'levels' && _wd(doc, j) !== 'level') return -1;
    j += 1;
  } else if (x === 'sats') {
    // "by his SATs": the KS2 SATs are sat in May of Year 6 (which year needs the year group, as for GCSEs).
    return _wd(doc, j) === 'papers' || _wd(doc, j) === 'week' ? j + 1 : j;
  } else if (x !== 'gcses' && x !== 'gcse') {
    return -1;
  }
  if (_wd(doc, j) === 'exams' || _wd(doc, j) === 'exam') return j + 1;
  return x === 'gcse' || (x === 'a' && _wd(doc, i + 1) === 'level') ? -1 : j;
}

/** Whether i names GCSEs or A levels as a point: "by his GCSEs", "before her A levels", "by the time he sits his GCSEs". */
export function _isExamPoint(doc: _Doc, i: number): boolean {
  if (examsEnd(doc, i) < 0) return false;
  let k = i - 1;
  while (k >= 0 && OWNERS.has(_wd(doc, k))) k -= 1;
  const x = _wd(doc, k);
  if (x === 'by' || x === 'before' || x === 'until' || x === 'till') return true;
  if (x === 'for' && _wd(doc, k - 1) === 'time' && _wd(doc, k - 2) === 'in') return true;
  // "ready for his GCSEs": ready by them, as "ready for Year 7" is by the move (school-time table).
  if (x === 'for' && _wd(doc, k - 1) === 'ready') return true;
  // "up to her A level exams", "prior to his GCSEs": read as "by", as the prefix reads "up to" and "prior to".
  if (x === 'to' && (_wd(doc, k - 1) === 'up' || _wd(doc, k - 1) === 'prior')) return true;
  return SITTING.has(x) && phaseMoveCue(doc, k);
}

/**
 * "by his GCSEs", "by the time she sits her A levels": GCSEs are sat at the end of Year 11 and A levels at the end of
 * Year 13, so the point is the end of an academic year, approximate (which one needs the year group, as for "by the
 * end of Year 11"); a month written after them dates them ("until his GCSE exams in May") and this gives way, also
 * after their verb of starting ("before her GCSE exams start on 12 May", "until his GCSEs begin in May": when they start,
 * by which the target is due, as "before the placement starts in May" is).
 */
export function _examPoint(doc: _Doc, i: number, opts: _ScanOptions): _Found {
  const end = examsEnd(doc, i);
  const found = _approxYearEnd(end, opts);
  const dated = _datedAfter(doc, end) || (_START_VERBS.has(_wd(doc, end)) && _datedAfter(doc, end + 1));
  return dated ? _yielding(found) : found;
}

/** Ordinal words before "term" or "half term" ("the first term", "second half term") and their numbers. */
const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6]]);
/**
 * The ordinal at k before "term" or "half term": a word ("first", "second") or a number with its ordinal ending ("1st",
 * "2nd", "4th"), 1 to 6; undefined when there is none.
 * @param doc - The analysed text.
 * @param k - The token before "term" or "half".
 * @returns The ordinal's number, or undefined.
 * @example
 * _ordinalAt(_buildDoc('by the end of the 2nd half term', { n: 0 }), 5); // 2
 */
export function _ordinalAt(doc: _Doc, k: number): number | undefined {
  const t = doc.toks[k];
  if (t?.kind === 'n') return t.sep === '' && t.prefix === '' && ORDINAL_ENDINGS.has(t.suffix) && t.num >= 1 && t.num <= 6 ? t.num : undefined;
  return ORDINAL_WORDS.get(_wd(doc, k));
}
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/** Owners of a year of study: the child's own ("his first year"), the owning determiners without "the" (a year group's). */
const OWN_YEAR_OWNERS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS].filter((x) => x !== 'the'));
/**
 * A course, apprenticeship or phase of study whose year the child is in ("at college", "of sixth form", "of his
 * apprenticeship", "of A levels"): the phases ({@link _PHASES}) and the courses taken after school.
 */
const OWN_COURSES: ReadonlySet<string> = new Set([..._PHASES, 'course', 'apprenticeship', 'traineeship', 'training', 'university', 'uni', 'a', 'btec', 'gcses', 'studies', 'study']);
/** Words after "year" that tie it to something else than a course: "his first year with his foster family (as his carer)". */
const OTHER_YEAR_TIES: ReadonlySet<string> = new Set(['with', 'as', 'since', 'living', 'without', 'for', 'after', 'away']);

/**
 * "by the end of his first year", "before the end of her second year at college", "until the end of my 1st year", "by the
 * end of the first year of his apprenticeship": the end of a year of the child's own course, apprenticeship or sixth form,
 * an academic year whose number needs the year the child started, as a leaving point does ("by the time he leaves college":
 * school-time table, `academic-year-end~`; label y17-058). `i` is at "year", after an ordinal, with the child's owner
 * before it or in its course after it, and "by", "before" or "until" "(the) end of" before. A year of something else ("his
 * first year in care", "of life", "with his foster family") is none. A date with its year after it restates when that year
 * ends and gives the point ("… first year at college (June 2025)": label y17-238), so the year's end then gives way. Null
 * otherwise: "in his first year" is a span, "the first year" may be a year group.
 */
export function _ownYearEnd(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  if (_wd(doc, i) !== 'year' || _ordinalAt(doc, i - 1) === undefined) return null;
  const owned = ownEndCue(doc, i - 2);
  if (!owned && !(_wd(doc, i - 2) === 'the' && endCue(doc, i - 2))) return null;
  // "at college", "of sixth form", "of his apprenticeship": the place of the year, read with it, a course of the child's.
  let end = i + 1;
  const x = _wd(doc, end);
  if ((x === 'at' || x === 'of' || x === 'in') && doc.toks[end + 1]?.kind === 'w') {
    const mine = _OWNING_DETERMINERS.has(_wd(doc, end + 1));
    if (!OWN_COURSES.has(_wd(doc, end + (mine ? 2 : 1))) || !(owned || OWN_YEAR_OWNERS.has(_wd(doc, end + 1)) || !mine)) return null;
    end += mine ? 3 : 2;
    if ((_wd(doc, end - 1) === 'sixth' && _wd(doc, end) === 'form') || (_wd(doc, end - 1) === 'a' && _wd(doc, end) === 'levels')) end += 1;
  } else if (!owned || OTHER_YEAR_TIES.has(x)) return null;
  // "… first year at college in June": the month says when in the year it ends, not which year, as "leaves primary in
  // July" (school-time table), so it is part of the point.
  const t = doc.toks[end + 2];
  if (_wd(doc, end) === 'in' && _MONTHS.has(_wd(doc, end + 1)) && !(t !== undefined && t.kind === 'n' && t.digits[0] === 4)) return _approxYearEnd(end + 2, opts);
  const found = _approxYearEnd(end, opts);
  return _datedAfter(doc, end) ? _yielding(found) : found;
}

/** Whether the child's owner at k follows "by", "before" or "until" "(the) end of": "by the end of his …". */
function ownEndCue(doc: _Doc, k: number): boolean {
  return OWN_YEAR_OWNERS.has(_wd(doc, k)) && endCue(doc, k);
}

/** Whether "(the) end of" and "by", "before" or "until" stand before k: "by the end of …". */
function endCue(doc: _Doc, k: number): boolean {
  if (_wd(doc, k - 1) !== 'of' || _wd(doc, k - 2) !== 'end') return false;
  return _STRONG_PREPS.has(_wd(doc, _wd(doc, k - 3) === 'the' ? k - 4 : k - 3));
}

/** The three terms of a school year, in order. */
const THREE_TERMS: readonly Term[] = ['autumn', 'spring', 'summer'];

/**
 * "by the end of the first term" (the autumn term: the first of a three-term year), "by the end of the first half term"
 * (like "term 1" of a six-term year: the autumn half-term); `i` is at "term" or "half", after an ordinal, read with the
 * prefix before the ordinal. Null when no ordinal stands before, or nothing dates it ("in his first term" is a span).
 */
export function _ordinalTerm(doc: _Doc, i: number, opts: _ScanOptions): _Found | null {
  const n = _ordinalAt(doc, i - 1);
  if (n === undefined) return null;
  const half = _wd(doc, i) === 'half' || _wd(doc, i) === 'halfterm';
  const end = i + (_wd(doc, i) === 'half' ? 2 : 1);
  const p = _prefixBefore(doc, i - 1);
  if (half) return termNumber(n, end, opts, p, doc);
  const byLike = p.position === 'end' || opts.cell || p.strongWord || (p.prep !== null && _STRONG_PREPS.has(p.prep));
  return n <= 3 && byLike && !p.freq ? _termFound(THREE_TERMS[n - 1] as Term, 'end', end, opts) : null;
}
