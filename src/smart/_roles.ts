/**
 * The roles of a target's parts: which sentences or segments state an OUTCOME (what the child will achieve) and which only
 * describe (a heading, the present state or a baseline, a need, adults' provision, a report, a wish). Halton Virtual School
 * PEP Policy 2023-24, Appendix C (QA of SMART Targets): Specific means "It is clear what will be achieved"; Bradford
 * Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are not: Services … Activities … Outputs".
 */
import { _capitalised, _endsIng, _endsS } from './_ends';
import { _flag2At, _flag3At, _marks, _wordFlag, _wordFlag2, _wordFlag3, type _Doc, type _Marks } from './_doc';
import { _ADULT_SUBJECTS, _CONCRETE, _FINDING, _FUTURE, _LIKING, _SEEN_MANNERS, _SUBJECTS, _WISHING } from './_phrases';
import { _CHILD_VERBS, _childVerb, _CONTINUING, _HELP_REACH as HELP_REACH, _helpedActIn, _joinedImperativeAt } from './_specific';
import { _FREQ_ADVERBS, _HELPED_TASKS } from './_measure';
import { _routineAt } from './_routine';
import { _levelCellEnd } from './_standard';

/** Words that state what the child will do: modals of the future, of ability and of duty ("will", "can", "must", "I'll"). */
const MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'must', 'should', 'can', 'could']);
/**
 * Negations, a behaviour to stop or a count of none ("No exclusions", "not hit peers", "Zero suspensions"), and words that
 * state a target figure or a step ("Target: 95%", "aim for 4s", "90% or above", "at least 6"): an outcome.
 */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', "n't", 'zero']);
const OUTCOME_WORDS: ReadonlySet<string> = new Set(['never', 'without', 'fewer', 'less', 'above', 'least', 'more', 'reach', 'grade']);
/** The words of _FUTURE that are modals or "to" ("would", "going" to), not the words of a target or an aim. */
const FUTURE_MODALS: ReadonlySet<string> = new Set(['to', 'would', 'going']);
/** NEGATIONS, MODALS, OUTCOME_WORDS and _FUTURE as one third-word flag ({@link _flag3At}) for {@link outcomeWord}. */
const F3_OUTCOME_LIST = _wordFlag3([...NEGATIONS, ...MODALS, ...OUTCOME_WORDS, ..._FUTURE]);
/** Subjects of a statement in the child's voice or about the child ("I know…", "Child demonates…", "YP understands…"). */
export const _CHILD_SUBJECTS: ReadonlySet<string> = new Set(['i', 'child', 'yp', 'pupil', 'student', 'they']);
const F_CHILD_SUBJECT = _wordFlag2(_CHILD_SUBJECTS);
/** Words before "to" that make it a need or a wish of someone not named ("Need to keep learning going", "…, needs to come up"). */
const NEEDS: ReadonlySet<string> = new Set(['need', 'needs']);
/** Participles after "to be" that make it provision done to the child ("to be offered", "to be used", "to be put in place"). */
const PROVIDED: ReadonlySet<string> = new Set(['offered', 'used', 'followed', 'tested', 'provided', 'arranged', 'given', 'put', 'funded']);
/** Words that describe how things are or were, a report or a need: not an outcome ("is poor", "says", "has missed", "tbc"). */
const DESCRIBING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'accepted', 'done', 'tbc', 'aware', ...[..._FINDING].filter(_endsIng), 'struggles', 'missed', 'currently', 'baseline', 'needs', 'need']);
/** Verbs of a report: the rest of their segment is what someone said, not an outcome ("she says she wants to be a nurse"). */
const REPORTING: ReadonlySet<string> = new Set(['says', 'said', 'reports', 'reported']);
/** {@link readToken}'s lists of a word in one look-up: bit 1 DESCRIBING, 2 REPORTING, 4 MODALS, 8 NEEDS. */
const ROLE_KINDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => {
    for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(DESCRIBING, 1);
  add(REPORTING, 2);
  add(MODALS, 4);
  add(NEEDS, 8);
  return m;
})();
/** Verbs of a wish or a feeling after "I": what is wanted, not achieved (the wish reading decides those). */
const WISHING = _WISHING;
/**
 * Progressives of liking or finding ("is enjoying her course", "is loving nursery", "is finding Year 7 hard"): how the child
 * feels about things now, like "enjoys" said as a fact, not what the child will achieve (the labelling guide, Settled cases,
 * the wish row: what is wanted or liked is not what will be achieved).
 */
const LIKING_NOW: readonly string[] = [..._LIKING, ..._FINDING].filter(_endsIng);
/**
 * Words after "is"/"are" that say how things are or go now ("is poor", "is often late", "are below", "is struggling with", "is
 * going well", "is sleeping badly"), or what a need comes from ("the long journey is affecting her attendance", "is
 * impacting on his learning": a need described, the labelling guide, Specific, not "what will be achieved"): no success
 * criterion, and no progressive of the child's doing.
 */
const NOW_WORDS: ReadonlySet<string> = new Set(['poor', 'low', 'often', 'late', 'below', 'behind', 'struggling', 'going', 'coping', 'doing', 'sleeping', 'affecting', 'impacting', ...LIKING_NOW]);
/** Words that say how a thing is now with its "is" left out ("still not secure", "isn't"): a state, not a thing named as an outcome. */
const STATE_NOW: ReadonlySet<string> = new Set(['still', 'not', "n't"]);
/** Words before "to" that make it a preposition ("due to moves", "next to", "up to"). */
const TO_PREPOSITIONS: ReadonlySet<string> = new Set(['due', 'according', 'next', 'compared', 'up', 'back']);
/** Nouns after a gerund that make it a compound noun ("reading age", "waiting list"), not a skill. */
export const _GERUND_NOUNS: ReadonlySet<string> = new Set(['age', 'list']);
/** Marks after a heading ("Attendance -", "Phonics:"). */
export const _HEADINGS: ReadonlySet<string> = new Set([':', '-', '–']);
const HEADINGS = _HEADINGS;
/** Marks that end a segment: a sentence's end, a heading's label, a bullet. */
const SEGMENT_ENDS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':', '-', '–', '•', '*']);
const F_SEGMENT_END = _wordFlag2(SEGMENT_ENDS);
/**
 * Every word {@link readToken} and the first tests of {@link outcomeWord} test ("is", "will", "to", "not", "needs", "says", "able"; NEEDS
 * is in DESCRIBING, "to" in _FUTURE): a token without it skips those look-ups (a skip flag: test/smart/perfFlags.test.ts).
 */
const F_ROLE_WORD = _wordFlag(['able', ...MODALS, ...DESCRIBING, ...REPORTING, ...NEGATIONS, ...OUTCOME_WORDS, ..._FUTURE], undefined, true);

/** Whether token k is the child named as a subject: a capitalised name or a pronoun ("Ellie needs to…", "she needs to…"). */
export function _childSubject(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w') return false;
  const x = doc.w[k] ?? '';
  // A capitalised word that is a known thing or subject ("Attendance needs to…", "Maths needs to…") is no name, nor a verb of
  // continuing opening an imperative ("Continue to use…", "Keep on…": the same reading as in lower case).
  return _flag2At(doc, k, F_CHILD_SUBJECT) || x === 'he' || x === 'she' || (_capitalised(t.raw) && t.raw.length >= 2 && !_CONCRETE.has(x) && !_SUBJECTS.has(x) && !_CONTINUING.has(x));
}

/** Children named together as a rule's subject ("The twins are not to fight", "Pupils are not to …"); a cohort's head (_cohortAim.ts). */
export const _CHILDREN_NAMED: ReadonlySet<string> = new Set(['twins', 'children', 'pupils', 'students']);

/** Whether "to" at i opens an infinitive of the child's outcome ("to read", "Reading age to go up", "CV to be updated"). */
function outcomeInfinitive(doc: _Doc, i: number, start: number): boolean {
  const before = doc.w[i - 1] ?? '';
  if (TO_PREPOSITIONS.has(before) || _ADULT_SUBJECTS.has(before)) return false;
  // "needs to stop shouting out" with the child named before it is set for the child; "…, needs to come up" is a need.
  // "Needs to stop getting excluded." opening the text is the child's target with its subject left out, as "To stop…" is:
  // the plan is the child's, so it is clear what the child will achieve (Halton Appendix C, QA of SMART Targets: Specific,
  // "It is clear what will be achieved"; the labelling guide, Measurable rule 4: a stop-behaviour; label y25-129).
  if (NEEDS.has(before)) return (_childSubject(doc, i - 2) || i === 1) && doc.toks[i + 1]?.kind === 'w';
  // "Kieran is not to hit staff", "I am not to leave the room": a rule given to the child, its stop-behaviour stated as
  // "will not hit" is (the labelling guide, Specific rule 5; Measurable rule 4), not a statement of the present.
  if (before === 'not' && doc.toks[i + 1]?.kind === 'w') {
    const cop = doc.w[i - 2] ?? '';
    if (cop === 'am') return doc.w[i - 3] === 'i';
    if (cop === 'is' || cop === 'are') return _childSubject(doc, i - 3) || _CHILDREN_NAMED.has(doc.w[i - 3] ?? '');
  }
  // "from 7y1m to 7y9m": a figure's step.
  if (doc.toks[i - 1]?.kind === 'n' && doc.toks[i + 1]?.kind === 'n') return true;
  const next = doc.w[i + 1] ?? '';
  if (next === 'be') return !PROVIDED.has(doc.w[i + 2] ?? '');
  return _childVerb(next) || (i === start && doc.toks[i + 1]?.kind === 'w');
}

/** Whether token i is a word that states an outcome in its segment (segment opening at `start`). */
function outcomeWord(doc: _Doc, i: number, start: number, skip: _Marks): boolean {
  const x = doc.w[i] ?? '';
  // Only a word of F_ROLE_WORD can be in the lists read first.
  if (((doc.flags[i] as number) & F_ROLE_WORD) !== 0) {
    // The words of a target or an aim ("target", "aiming for", "expected") in all their forms: _FUTURE less its modals.
    // "not" at a segment's start or after a modal or "to" ("not hit peers", "will not", "to not"), "no"/"zero" before a noun.
    // One bit for the four lists: a word in none of them is passed over with no look-up.
    if (_flag3At(doc, i, F3_OUTCOME_LIST)) {
      if (NEGATIONS.has(x)) return i === start || MODALS.has(doc.w[i - 1] ?? '') || doc.w[i - 1] === 'to' || (x !== 'not' && x !== "n't" && doc.toks[i + 1]?.kind === 'w');
      if (MODALS.has(x) || OUTCOME_WORDS.has(x) || (_FUTURE.has(x) && !FUTURE_MODALS.has(x))) return true;
    }
    if (x === 'able' && doc.w[i + 1] === 'to') return true;
    if (x === 'to') return outcomeInfinitive(doc, i, start);
  }
  // An imperative opening its segment with more after it ("Find a course", "Attend forest school"; "Sleep - …" is a
  // heading), or a skill named by its gerund ("counting to 5", not "reading age").
  const more = doc.toks[i + 1] !== undefined && doc.toks[i + 1]?.kind !== 'p';
  // A second imperative joined after provision the segment opens with ("Attend chess club and beat an adult").
  if (more && i > start + 1 && _joinedImperativeAt(doc, skip, i)) return true;
  // A task done once that an adult helps the child to do, where the help's provision ends ("Tutor to help Nadia finish her
  // coursework"); not any act ("Staff to help Noor sit her SATs in a small room": the adults' arrangement).
  if (more && skip[i - 1] !== 0 && skip[i] === 0 && _HELPED_TASKS.has(x) && _helpedActIn(doc, i - HELP_REACH, i) === i) return true;
  // "Calmly walk away …": an adverb of a manner seen before the verb opens the segment with it.
  const opening = i === start || (i === start + 1 && _SEEN_MANNERS.has(doc.w[start] ?? ''));
  if (opening && more && (_CHILD_VERBS.has(x) || (_endsIng(x) && gerundAct(x, doc.w[i + 1] ?? '') && !_GERUND_NOUNS.has(doc.w[i + 1] ?? '')))) return true;
  // "I know my number bonds", "I am beginning to…" (not "I want…"), "Child demonstrates…", "she now knows…": the child's skill stated as it will be.
  if (doc.w[i - 1] === 'i') return !WISHING.has(x) && !x.endsWith("'d");
  return (_endsS(x) && _childSubject(doc, i - 1) && _childVerb(x)) || byPoint(doc, i, x);
}

/**
 * Whether an "-ing" word is the act of a verb the child does, its consonant doubled too ("cutting" of "cut") where no thing
 * the tables know follows it (`next`: "Swimming certificate", "Running club" are things named, not the act).
 */
function gerundAct(x: string, next: string): boolean {
  const n = x.length;
  return _childVerb(x) || (n > 5 && x[n - 4] === x[n - 5] && _CHILD_VERBS.has(x.slice(0, -4)) && !_CONCRETE.has(next));
}

/**
 * Whether a part with no word of state, report or need names a concrete thing the tables know between `a` and `b` ("Hands
 * to himself", "Zips and buttons"): a behaviour or task named as a fragment, an outcome part (the labelling guide, Specific:
 * "the particular skill, knowledge, behaviour, task or qualification"; Barnet, Step Two), not a phrase left unread. Not
 * one saying how it goes now ("Apprenticeship going well", "Times tables still not secure").
 */
function namesThing(doc: _Doc, a: number, b: number): boolean {
  let named = false;
  for (let k = a; k < b; k++) {
    const x = doc.w[k] ?? '';
    // How the thing goes now, its "is" left out ("Apprenticeship going well", "Times tables still not secure"): described.
    if (NOW_WORDS.has(x) || STATE_NOW.has(x)) return false;
    named = named || (doc.toks[k]?.kind === 'w' && doc.bg[k] === 0 && _CONCRETE.has(x));
  }
  return named;
}

/** Whether a frequency is said between `a` and `b` ("every day", "daily", "each week"): a measure as a number is (Measurable rule 1). */
function oftenIn(doc: _Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (_FREQ_ADVERBS.has(doc.w[k] ?? '') || _routineAt(doc, k)) return true;
  return false;
}

/** Words that open a point an outcome is reached by ("by July", "before Easter"); read also by `hopedAt` (_deadline.ts). */
export const _POINT_OPENERS: ReadonlySet<string> = new Set(['by', 'before', 'within', 'until', 'till', 'during', 'at', 'end']);
/** Whether token i opens a point the outcome is reached by ("by July", "before Easter"). */
function byPoint(doc: _Doc, i: number, x: string): boolean {
  // "Attendance to rise from 78% to 90%": a figure's step; "…by July": a point the outcome is reached by.
  return doc.used[i] === 1 && (i === 0 || doc.used[i - 1] !== 1) && _POINT_OPENERS.has(x);
}

/** What {@link _outcomeParts} read: per token, whether its segment states an outcome; whether any does; whether any part only describes. */
export interface _Roles {
  /** Per token: 1 when its segment states an outcome. */
  readonly marks: _Marks;
  /** Some segment states an outcome. */
  readonly any: boolean;
  /** Some segment describes (the present state or a baseline, a report, a need, adults' provision). */
  readonly describes: boolean;
  /** Some segment is none of these and no short heading: what it is was not read (a verb no list knows, a bare figure). */
  readonly unknown: boolean;
  /** Some segment that states no outcome is described by a word of state, report or need: not by provision or background alone. */
  readonly told: boolean;
  /** Some unread segment holds a number, a frequency or opens a point ("95%", "On time every day", "Resit GCSE maths in
   * November"): it may be the target (the labelling guide, Measurable rule 1: a frequency measures as a number does). */
  readonly unreadCounted: boolean;
}

/** The longest heading read as one ("Attendance at PRU -", "Gypsy/Traveller -"), in words: "Resit science in June -" is no heading. */
const HEADING_WORDS = 3;

/** One segment being read: where it opens, what it was found to hold. */
interface Segment {
  start: number;
  words: number;
  figure: boolean;
  outcome: boolean;
  describes: boolean;
  /** Described by a word of state, report or need, not only by provision. */
  said: boolean;
  reported: boolean;
  depth: number;
  need: boolean;
  num: boolean;
  /** A deadline span opens in it ("in July", "this term"). */
  point: boolean;
  /** Described by "is"/"are" and by no other word of state, report or need. */
  state: boolean;
  other: boolean;
  /** "is"/"are" straight before a figure ("is 83%"): a measurement of now. */
  measured: boolean;
  /** Described by a word of state, report or need, not only by provision or background ("- PP+ funded", "70%+ average score"). */
  told: boolean;
}

/** A segment opening at `start`, inside `depth` brackets: every field set here, in one order (one object shape). */
function segmentAt(start: number, depth: number): Segment {
  return { start, words: 0, figure: false, outcome: false, describes: false, said: false, reported: false, depth, need: false, num: false, point: false, state: false, other: false, measured: false, told: false };
}

/** Reads token i of the segment: an outcome word, or a word that describes (outside brackets). */
function readToken(doc: _Doc, skip: _Marks, seg: Segment, i: number): void {
  seg.words += 1;
  // A table cell changing a level ("| Foundation → Higher |") states the level the child is to reach.
  if (!seg.outcome && _levelCellEnd(doc, i)) seg.outcome = true;
  if (doc.toks[i]?.kind === 'n') {
    seg.num = true;
    if (doc.bg[i] === 0) seg.figure = true;
  }
  if (doc.used[i] === 1 && doc.used[i - 1] !== 1) seg.point = true;
  // A word of no list (no F_ROLE_WORD) is no state, report, need, modal or infinitive: it describes only inside provision,
  // background or a report, and states an outcome only as outcomeWord reads it.
  if (((doc.flags[i] as number) & F_ROLE_WORD) === 0) {
    if ((skip[i] !== 0 || doc.bg[i] !== 0 || seg.reported) && seg.depth === 0) {
      seg.describes = true;
      seg.said = seg.said || seg.reported;
      seg.told = seg.told || seg.reported;
    }
    else if (!seg.outcome) seg.outcome = outcomeWord(doc, i, seg.start, skip);
    if (seg.need && !seg.outcome && doc.toks[i]?.kind === 'n' && doc.bg[i] === 0) seg.outcome = true;
    return;
  }
  const x = doc.w[i] ?? '';
  const kind = ROLE_KINDS.get(x) ?? 0;
  const said = (kind & 1) !== 0;
  const reporting = (kind & 2) !== 0;
  if (x === 'is' || x === 'are' || (x === 'done' && seg.state)) {
    seg.state = true;
    seg.measured = seg.measured || doc.toks[i + 1]?.kind === 'n' || NOW_WORDS.has(doc.w[i + 1] ?? '');
  } else if (said || reporting) seg.other = true;
  // A modal, an opening infinitive or the child's own states an outcome even where the clause names provision attended ("will attend
  // the intervention every week", "To attend 3 out of 4 tuition sessions", "Kayden to attend breakfast club … and arrive…").
  const framed = (kind & 4) !== 0 || (x === 'to' && (i === seg.start || doc.bg[i] !== 0 || _childSubject(doc, i - 1)));
  if (reporting) seg.reported = true;
  // "is beginning to…", "is working towards…": the present progressive of the child's doing, not a state.
  // Not a progressive of how things go ("is struggling", "is going well", "he is sleeping badly"), never in a report.
  const ing = doc.w[i + 1] ?? '';
  const progressive = said && _endsIng(ing) && !NOW_WORDS.has(ing) && !seg.reported;
  // An aside in brackets ("(baseline 11/20)", "(currently 71%)") describes nothing the main text does not.
  const describing = (((skip[i] !== 0 || doc.bg[i] !== 0 || seg.reported) && !framed) || said) && !progressive;
  if (describing && seg.depth === 0) {
    seg.describes = true;
    seg.said = seg.said || said || seg.reported;
    seg.told = seg.told || said || seg.reported;
  }
  else if (!seg.outcome) seg.outcome = progressive || outcomeWord(doc, i, seg.start, skip);
  if ((kind & 8) !== 0 && !seg.outcome) { seg.outcome = doc.toks[i + 1]?.kind === 'n'; seg.need = true; }
  else if (seg.need && !seg.outcome && doc.toks[i]?.kind === 'n' && doc.bg[i] === 0) seg.outcome = true;
}

/**
 * Marks, per token, whether its segment (a sentence, a heading before ":" or " - ", a bullet) states an outcome (1) or not (0),
 * and whether some part positively describes (the present state or a baseline, a report, a need, adults' provision) or is
 * not read. Read once, linear; words inside provision or background (`skip` non-zero, `doc.bg` 1) state no outcome.
 * @param doc - The target's document.
 * @param skip - Provision marks (non-zero: inside adults' provision).
 * @returns The marks, whether any part states an outcome, describes, or is not read.
 * @example
 * const d = _buildDoc('Attendance - 81% this term, needs to come up', { n: 0 });
 * const r = _outcomeParts(d, _provisionClauses(d));
 * [r.any, r.describes, r.unknown]; //=> [false, true, false]
 * const e = _buildDoc('Attendance - to reach 95% by July', { n: 0 });
 * _outcomeParts(e, _provisionClauses(e)).any; //=> true: the infinitive states the outcome
 */
export function _outcomeParts(doc: _Doc, skip: _Marks): _Roles {
  return readParts(doc, skip, false);
}

/** The answer of {@link _anyOutcome} when some part states an outcome: nothing else is read. */
const SOME_OUTCOME: _Roles = Object.freeze({ marks: Object.freeze([]) as unknown as _Marks, any: true, describes: false, unknown: false, told: false, unreadCounted: false });

/**
 * {@link _outcomeParts} for a caller that needs nothing more once some part states an outcome (`any`): the tokens are read
 * in the same order and the reading stops at the first word that makes its part state one (a part once read as stating an
 * outcome stays so), with a shared answer whose other fields are not read. A text with no such part is read whole, as
 * {@link _outcomeParts} reads it.
 * @param doc - The target's document.
 * @param skip - Provision marks (non-zero: inside adults' provision).
 * @returns The roles, or a shared answer with `any` true, no marks and nothing else read.
 * @example
 * const d = _buildDoc('Sam will read 20 words. Reading age 6y2m', { n: 0 });
 * _anyOutcome(d, _provisionClauses(d)).any; //=> true (read up to "will")
 */
export function _anyOutcome(doc: _Doc, skip: _Marks): _Roles {
  return readParts(doc, skip, true);
}

/** The reading of {@link _outcomeParts}; with `stop`, {@link SOME_OUTCOME} as soon as a part states an outcome. */
function readParts(doc: _Doc, skip: _Marks, stop: boolean): _Roles {
  const n = doc.toks.length;
  // With `stop` nothing is marked (a text with no outcome has every mark 0: made at the end).
  const marks = stop ? null : _marks(n);
  let seg = segmentAt(0, 0);
  let first = true;
  let any = false;
  let describes = false;
  let unknown = false;
  let figured = false;
  let said = false;
  let saidFigure = false;
  let plainBefore = false;
  let told = false;
  let unreadCounted = false;
  // The steps in a local, added once after the loop (as in _scanMeasures): the same count, no field written per token.
  let steps = 0;
  for (let i = 0; i <= n; i++) {
    steps += 1;
    const x = doc.w[i] ?? '';
    const p = i < n && doc.toks[i]?.kind === 'p';
    if (i === n || (p && _flag2At(doc, i, F_SEGMENT_END))) {
      const plain = seg.state && !seg.other && !seg.measured && !seg.reported;
      // "Jade is punctual every day this half term", "Jade is on time every day - 10/10 this half term": a state with its own point.
      if (seg.point && !seg.outcome && (plain || (plainBefore && seg.figure && !seg.describes))) seg.outcome = true;
      // A fragment with no word of state, report or need naming an act or thing ("Hands to himself", "Zips and buttons"), not a heading.
      if (!seg.outcome && !seg.describes && !seg.state && !seg.other && !seg.num && seg.words >= 2 && !HEADINGS.has(x) && namesThing(doc, seg.start, i)) seg.outcome = true;
      plainBefore = plain && !seg.outcome;
      if (seg.outcome && marks === null) {
        doc.ops.n += steps;
        return SOME_OUTCOME;
      }
      if (seg.outcome && marks !== null) for (let k = seg.start; k < i; k++) marks[k] = 1;
      // A short heading opening the text ("Attendance -", "Phonics:"), with no figure, is neither.
      const heading = first && i < n && HEADINGS.has(x) && seg.words <= HEADING_WORDS && !seg.figure;
      // A figure beside provision only ("Grade 6 in maths, PP+ funded") may be the outcome: described only with a word that says so.
      const described = seg.describes && (seg.said || !seg.figure);
      any = any || seg.outcome;
      describes = describes || (described && !seg.outcome);
      told = told || (described && !seg.outcome && seg.told);
      const unread = !seg.outcome && !described && seg.words > 0 && !heading;
      unreadCounted = unreadCounted || (unread && (seg.num || seg.point || oftenIn(doc, seg.start, i)));
      // A bare figure ("Attendance at college 72% -") is a baseline when another part says how things are or what is needed.
      if (unread && seg.figure) figured = true;
      else unknown = unknown || unread;
      said = said || (seg.said && !seg.outcome);
      saidFigure = saidFigure || (seg.said && !seg.outcome && seg.num);
      first = first && seg.words === 0;
      // A sentence's end closes any bracket left open ("Attendance (see plan. Attendance is poor").
      if (x === '.' || x === '\n') seg.depth = 0;
      seg = segmentAt(i + 1, seg.depth);
    } else if (p) {
      if (i === seg.start) seg.start = i + 1;
      seg.depth += x === '(' ? 1 : x === ')' && seg.depth > 0 ? -1 : 0;
    } else {
      readToken(doc, skip, seg, i);
      // A part once read as stating an outcome stays so: with `stop`, that is the answer.
      if (seg.outcome && marks === null) {
        doc.ops.n += steps;
        return SOME_OUTCOME;
      }
    }
  }
  doc.ops.n += steps;
  return { marks: marks ?? _marks(n), any, describes, unknown: unknown || (figured && (!said || saidFigure)), told, unreadCounted };
}
