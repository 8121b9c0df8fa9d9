/**
 * Specific: the target names a particular skill, behaviour, task, topic, qualification or placement
 * the child will achieve. Anchors are concrete words and two-word terms, content-naming numbers
 * (Stave 3, Unit 10, the 7 times table) and a grade or standard in a named subject. Broad areas and
 * dispositions (behaviour, maths, confidence), metric-only nouns with no figure ("fewer behaviour points") and
 * adult provision or provision attended (therapy, intervention, a group, "Key person will…") are not anchors.
 */
import { _abstractNoun, _capitalised, _endsEd, _endsIng, _endsLy, _endsS } from './_ends';
import { _NO_ITEMS, _put } from './_lists';
import { _F_AREA, _areaWord } from './_area';
import { _F3_NUMBER_OR_PLURAL, _flag2At, _flag3At, _lacks, _marks, _wordFlag, _wordFlag2, _wordFlag3, type _Doc, type _Marks } from './_doc';
import { _nearest, _walkOn } from './_walks';
import { _PHASES } from './_schoolTime';
import { _routineAt } from './_routine';
import { _rulesInGeneral } from './_compliance';
import { _ATTAINING, _valueAfter } from './_standard';
import type { _Tok } from './_text';
import { _AGENCIES, _NUMBER_CLOSERS, _OFFER_WORDS, _SERVICE_AFTER, _PART_ENDS, _AREA_NOUNS, _AREA_PROCESSES, _CURRICULUM_VERBS, _LIKING, _MONTHS, _TERM_WORDS, _WEEKDAYS, _NUMBER_WORDS, _ADULT_SUBJECTS, _ADULT_HEADS, _ADULT_JOBS, _ASSESSMENTS, _REFLEXIVES, _SETTLING, _CHILD_POSSESSIVES, _CONCRETE, _CONCRETE_VERBS, _DURATION_UNITS, _EVENT_VERBS, _FESTIVALS, _FUTURE, _GENERIC_OBJECTS, _HEADING_MARKS, _OBSERVABLE_VERBS, _OCCASIONS, _OWNING_DETERMINERS, _PASSIVE_PARTICIPLES, _CHILD_WORK, _PROCESS, _PROVISION_NOUNS, _PROVISION_VERBS, _RECEIVING, _RESOURCES, _ROUTINE, _SESSION_NOUNS, _STOP, _SUBJECTS, _TITLES, _VAGUE, _RULE_BODIES, _SANCTION_NOUNS, _EARNED_SANCTIONS, _VISIT_NOUNS, _ADULTS_ACTS, _ACCESSING, _WEEKDAY_PLURALS, _SEEN_MANNERS, _ACTIVITY_GROUPS as _ACTIVITY_GROUPS_OF_PHRASES, _GOING_FORMS, _HOW_OFTEN_RATES } from './_phrases';
import { _attendedThingOf as attendedThingOf, _providedAttendance as providedAttendance } from './_attendedProvision';
import { _LETTER_GRADES as LETTER_GRADES, _awardLevelAt, _ENTERING, _heldThingEnd, _HELD_WORDS, _RECALLED, _F_ENDS, _GAINING, _MONEY_VERBS, _offeredPlaceEnd, _backInReturned, _PREPOSITIONS, _POSTS, _POST_BEFORE, _postGained, _F_PROVISION_NOUN, _enteredPlace, _genericObject, _childBeforeTo, _goesOnEvent, _participatesIn, _performsAt, _PERFORMING, _outOfBroad, _pastParticiple, _SETTINGS, _vagueManner, _offeredProvisionEnd, _HELPED_TASKS } from './_measure';

/** What the specificity scan found. */
export interface _SpecificScan {
  readonly anchors: readonly (readonly [number, number])[];
  readonly vague: readonly (readonly [number, number])[];
  /**
   * A focusing phrase names the particular skill within a broad area ("improve handwriting, especially finger spaces"), or a
   * two-word term names it ("use full stops and capital letters more").
   */
  readonly focused: boolean;
  /** The only anchors are actions read from the grammar alone, in words no list knows ("will iron her school shirt"). */
  readonly open: boolean;
}

/** Two-word concrete terms (first word → second words). */
const BIGRAMS: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>(
  Object.entries({
    on: ['time', 'task', 'tasks'],
    full: ['stops', 'stop'],
    capital: ['letters', 'letter'],
    times: ['tables', 'table'],
    x: ['tables', 'table'],
    number: ['bonds', 'line', 'facts'],
    hearing: ['aids', 'aid'],
    work: ['experience', 'placement'],
    open: ['day', 'evening'],
    calm: ['box', 'down', 'space', 'corner'],
    movement: ['break', 'breaks'],
    bank: ['account'],
    direct: ['debit'],
    driving: ['licence', 'test', 'lessons'],
    personal: ['statement'],
    job: ['centre', 'applications', 'interview'],
    home: ['learning'],
    safe: ['space', 'place'],
    quiet: ['corner', 'space', 'room'],
    stress: ['ball'],
    ear: ['defenders'],
    exit: ['card', 'pass'],
    'time-out': ['card'],
    high: ['frequency'],
    tripod: ['grip'],
    fine: ['motor'],
    get: ['changed', 'dressed'],
    take: ['turns', 'part'],
    line: ['up'],
    check: ['in'],
    hand: ['in', 'up'],
    put: ['on'],
    do: ['up'],
    reading: ['age', 'book', 'log', 'books', 'pen', 'band'],
    book: ['band'],
    class: ['novel', 'text'],
    regulation: ['station'],
  }).map(([k, v]) => [k, new Set(v)]),
);

/** Words that never anchor even when a list above names them in another sense. */
const NOT_ANCHORS = new Set(['fine', 'key', 'high', 'home', 'get', 'do', 'put', 'take', 'check', 'line', 'hand', 'open', 'work', 'job', 'personal', 'number', 'reading', 'book', 'class', 'safe', 'calm', 'regulation']);

function wd(doc: _Doc, i: number): string {
  // Never a negative index: a read at -1 (the word before the first) turns this one load generic, slower at every call.
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** The child's possessives ('his', 'her' …), shared with the fragment reading. */
export const _POSSESSIVES: ReadonlySet<string> = new Set([..._CHILD_POSSESSIVES, 'your']);
const POSSESSIVES = _POSSESSIVES;
const SUBORDINATORS = new Set(['when', 'while', 'whilst', 'if', 'as', 'once']);
/** Word flags of {@link SUBORDINATORS}, {@link POSSESSIVES} and the titles (read by {@link _provisionClauses}). */
const F_SUBORDINATOR = _wordFlag2(SUBORDINATORS);
const F_POSSESSIVE = _wordFlag2(POSSESSIVES);
const F_TITLE = _wordFlag2(_TITLES);
const SUBJECT_VERBS = new Set(['will', 'to', 'should', 'must', 'can', 'need', 'needs', 'is', 'are', 'would', 'could', 'shall']);
const PASSIVE_PROVISION = new Set(['partnered', 'given', 'provided', 'offered', 'allocated', 'referred', 'assigned', 'paired']);
/** Verbs of going, whose place follows "to" ("go to the nurture group"). */
const GOING = new Set(['go', 'goes', 'going', 'been']);
/** Verbs of joining or going to an activity (not of being given or accessing one: "accesses after-school clubs"). */
const JOINING = new Set(['attend', 'attends', 'attending', 'join', 'joins', 'joining', 'involved', ...GOING]);
/** Verbs of taking part in provision ("access the nurture group", "attend Lego therapy", "complete the transition programme"). */
const RECEIVE = new Set([
  'access', 'accesses', 'accessing', 'receive', 'receives', 'receiving', 'participate', 'participates', 'participating', 'complete', 'completes', 'finish', 'finishes', 'have', 'has', 'get', 'gets',
  'undertake', 'engage',
  // Attending, going to or joining it ("go to the nurture group", "join the social skills group"); having been to it is
  // having attended it ("will have been to the transition group every Thursday").
  ...JOINING,
  // Meeting, seeing or working with an adult ({@link adultMet}).
  'meet', 'meets', 'see', 'sees', 'work', 'works',
]);
/** Verbs whose object is provision only when it is an adult ("meet with the careers adviser", "see the school nurse"). */
const MEETING = new Set(['meet', 'meets', 'see', 'sees', 'work', 'works']);
/** Adults and agencies named as a head noun, besides {@link _ADULT_SUBJECTS} ("the careers adviser", "the local authority"): _phrases.ts. */
const ADULT_HEADS: ReadonlySet<string> = new Set([..._ADULT_HEADS, ..._ADULT_JOBS]);
/**
 * Verbs of reaching someone opening a part ("Ring the college to book a place", "Email the college to ask about courses"): the
 * child's imperative, its object the one reached (read as the child's act by _measure.ts), not an agency named in words.
 */
const REACHING = new Set(['ring', 'phone', 'email', 'text', 'message']);
/** {@link REACHING} as a third-word flag ({@link _flag3At}). */
const F3_REACHING = _wordFlag3(REACHING);
/** Prepositions before a place ("attendance at school", "punctuality in college"): what precedes is no agency's name. */
const AGENCY_BREAKS = new Set(['at', 'in', 'on', 'to', 'into', 'within', 'from', 'outside']);
/** Words that open the adult met or had ("the", "her", "a trusted adult"). */
const ADULT_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'named', 'one']);
/** Verbs of being given provision (not of attending it). */
const RECEIVING = new Set([..._RECEIVING, 'receiving', 'get', 'gets']);
/** Words after a resource that make it the child's act, not a thing had ("get her equipment out", "get his bike ready"). */
const RESOURCE_ACTS = new Set(['out', 'ready', 'back', 'fixed', 'repaired']);
/** Provision a child takes part in, besides the provision nouns (labelling guide, Specific rule 4; Measurable rule 6). */
const RECEIVED = new Set(['appointment', 'appointments', 'group', 'session', 'sessions']);
/**
 * Words that make a check one of the child's health or development, which adults book for the child ("his dental check-up",
 * "her review health assessment", "an eye test check", "the 2-year check with the health visitor"): read in the check's
 * phrase, before or just after it. Any other check or assessment gone to is a test the child sits or a task ("his GCSE
 * assessments", "her driving assessment", "the phonics check"): the child's own, read as usual.
 */
const CHILD_CHECK_KINDS = new Set(['health', 'dental', 'dentist', 'eye', 'eyes', 'eyesight', 'sight', 'vision', 'hearing', 'medical', 'optician', 'opticians', 'paediatric', 'paediatrician', 'developmental', 'asthma']);
/** Checks of the child that adults arrange or do (after a verb of receiving: "have a hearing check"; or gone to: "attend his dental check-up"). */
const CHECKS = new Set(['assessment', 'assessments', 'check', 'checks', 'check-up', 'checkup', 'check-ups']);
/**
 * Things done for the child that "will have had" / "to have had" names as had ("her eye test", "his annual review"), besides
 * {@link CHECKS} (had after any verb of receiving), appointments ({@link RECEIVED}) and visits (read as visits had).
 */
const PERFECT_HAD = new Set(['test', 'tests', 'review', 'reviews']);
const GROUP_KINDS = new Set(['group', 'nurture', 'social', 'skills', 'therapy', 'intervention', 'support', 'lego', 'talking', 'art', 'play', 'drawing', 'music', 'transition']);
/**
 * Clubs run for the child's support, not for an activity the child takes up ("homework club", "booster club", "breakfast club";
 * not "football club", "drama club", "a lunchtime club"): attending one is attending provision (the labelling guide, Settled cases).
 */
const SUPPORT_CLUBS = new Set(['homework', 'nurture', 'booster', 'catch-up', 'study', 'support', 'intervention', 'breakfast']);
/** Words after "group" that end its phrase as its head ("attend the Young Carers group weekly"), besides punctuation and numbers. */
const GROUP_AFTER = new Set(['outside', 'weekly', 'daily', 'fortnightly', 'once', 'twice', 'this', 'next', 'until', 'throughout', 'regularly']);
/**
 * Marks of {@link _provisionClauses}: adult provision or provision given (1); provision the child attends (2), whose rate of
 * attending still measures; a support club the child attends (3), whose frequency of attending measures too.
 * @example
 * _provisionClauses(doc)[k] === _GIVEN // token k is inside adult provision or provision given
 */
export const _GIVEN = 1;
const GIVEN = _GIVEN;
/** Provision the child attends ("attend Lego therapy", "go to the nurture group"): its rate of attending measures. */
export const _ATTENDED = 2;
const ATTENDED = _ATTENDED;
/**
 * Provision the child attends that is a club run for support ("homework club"): any frequency of going to it measures.
 * @example
 * _provisionClauses(doc)[k] === _ATTENDED_CLUB // "homework club twice a week": the frequency is the child's
 */
export const _ATTENDED_CLUB = 3;
const ATTENDED_CLUB = _ATTENDED_CLUB;
/**
 * Clubs, teams and youth organisations a child joins or goes to for their activity ("the Tuesday chess club", "Brownies",
 * "the netball team"): an activity taken part in, not what the child achieves in it (Bradford, SMART Outcomes: "Goals and
 * outcomes are not: Services ... Activities ... Outputs"), marked {@link _ARRANGED}: no anchor of its own, every measure in it
 * still measures (joining as a one-off, a rate of going).
 */
const ACTIVITY_GROUPS = _ACTIVITY_GROUPS_OF_PHRASES;
/** RECEIVED, CHECKS and {@link ACTIVITY_GROUPS} as one third-word flag ({@link _flag3At}) for {@link receivedObject}. */
const F3_RECEIVED_OBJECT = _wordFlag3([...RECEIVED, ...CHECKS, ...ACTIVITY_GROUPS]);
/** The clubs, teams and youth organisations joined for their activity, for the activity reading (_activity.ts). */
export const _ACTIVITY_GROUPS: ReadonlySet<string> = ACTIVITY_GROUPS;
/**
 * A one-off thing adults arrange ("Induction to be arranged", "visits will be booked"): their provision, not the child's
 * outcome (not specific), but whether it was done can be checked, so its measure stands (the labelling guide, Settled
 * cases: one-off adult actions someone could check happened, y9-033). An activity joined is marked so too ("join the chess
 * club", {@link ACTIVITY_GROUPS}): not the child's outcome, its measures standing.
 * @example
 * _provisionClauses(doc)[k] === _ARRANGED // "College taster day to be booked": checked as done, not the child's outcome
 */
export const _ARRANGED = 4;
/** Flags of {@link _PART_ENDS} and {@link RECEIVE} (one array read per word in the provision scans). */
const F_SENTENCE_END = _F_ENDS;
const F_RECEIVE = _wordFlag(RECEIVE);

/**
 * Tokens that describe adult provision: sentences whose subject is an adult ("Key person will…",
 * "Staff to…"), subordinate clauses with an adult subject ("when the teacher is going to…"), and the
 * rest of a sentence after a passive of provision ("X will be partnered with a TA…").
 */
export function _provisionClauses(doc: _Doc): _Marks {
  const n = doc.toks.length;
  const out = _marks(n);
  // The last token marked by markUntil (never marked again: each token is marked at most once, so the scan stays linear).
  let marked = -1;
  let clauseStart = true;
  let sentenceStart = true;
  // The steps in a local, added once after the loop (as in _scanMeasures): the counter's field written at every token
  // costs several instructions each time, and the count is the same.
  let steps = 0;
  for (let i = 0; i < n; i++) {
    steps += 1;
    const x = wd(doc, i);
    const end = ((doc.flags[i] as number) & F_SENTENCE_END) !== 0;
    if (end || x === ',' || x === ':' || (x === '-' && doc.toks[i]?.gap === true) || (x === ')' && listMarker(doc, i - 1))) {
      clauseStart = true;
      sentenceStart = end || x === ':' || x === '-' || x === ')';
      continue;
    }
    if (x === 'be') marked = passiveProvision(doc, out, i, marked);
    if ((x === 'be' || progressivePassive(doc, i)) && (_PASSIVE_PARTICIPLES.has(wd(doc, i + 1)) || adultsAct(doc, i + 1) || keptUnderReview(doc, i + 1) || setInPlace(doc, i + 1))) adultPassive(doc, out, i);
    if (!clauseStart) continue;
    const subordinate = _flag2At(doc, i, F_SUBORDINATOR);
    const wasSentenceStart = sentenceStart;
    clauseStart = false;
    sentenceStart = false;
    // After a comma only a clause of its own is read ("…, key person to share the learning journal"): its adult subject and verb.
    const afterComma = !subordinate && !wasSentenceStart && wd(doc, i - 1) === ',';
    if (!subordinate && !wasSentenceStart && !afterComma) continue;
    let k = subordinate ? i + 1 : i;
    let adult = false;
    while (k < n && k < i + 5) {
      const y = wd(doc, k);
      // Possessives before the role too: "her class teacher", "Jess's teacher".
      const possessive = k === i && (_flag2At(doc, k, F_POSSESSIVE) || (doc.toks[k]?.raw ?? '').endsWith("'s"));
      const mayBeAdult = ((doc.flags[k] as number) & F_ADULT) !== 0;
      const subject = mayBeAdult && _ADULT_SUBJECTS.has(y);
      if (subject || y === 'person' || y === 'the' || y === 'all' || y === 'class' || y === 'support' || y === 'foster' || possessive) {
        adult = adult || subject;
        k += 1;
        continue;
      }
      // A title and a surname ("Mr Khan will…"): an adult.
      if (_flag2At(doc, k, F_TITLE) && doc.toks[k + 1]?.kind === 'w') {
        adult = true;
        k += 2;
        continue;
      }
      // An adult or agency named in two or three words ("Social worker to…", "Virtual school to…", "The local authority will…").
      // Not a place after a preposition: "Attendance at school to be 95%", "Punctuality in college" are the child's own.
      if (!adult && k < i + 3 && doc.toks[k]?.kind === 'w' && !(k === i && _flag3At(doc, k, F3_REACHING)) && (adultWord(doc, k + 1) || (adultWord(doc, k + 2) && doc.toks[k + 1]?.kind === 'w' && !AGENCY_BREAKS.has(wd(doc, k + 1))))) {
        k += 1;
        continue;
      }
      if (mayBeAdult && ADULT_HEADS.has(y)) {
        adult = true;
        k += 1;
        continue;
      }
      break;
    }
    // "Mrs Hussain (TA) to run…", "Mr Khan (SENCo) will…": a bracketed aside naming the role stands between the adult and the verb.
    if (adult && wd(doc, k) === '(') k = asideEnd(doc, k) + 1;
    // "We would like Kai to tie his laces": the adults' wish states the child's outcome, not their provision.
    const wish = wd(doc, k) === 'would' && (wd(doc, k + 1) === 'like' || wd(doc, k + 1) === 'love');
    if (adult && SUBJECT_VERBS.has(wd(doc, k)) && !wish) {
      marked = markUntil(doc, out, i, subordinate, marked, Math.min(measuredOwnClause(doc, k), helpedActAt(doc, k)));
    } else if (adult) {
      marked = adultsTarget(doc, out, i, k, marked);
    }
  }
  doc.ops.n += steps;
  receivedProvision(doc, out);
  goesOnProvision(doc, out);
  provisionPurposes(doc, out);
  provisionFragment(doc, out);
  sentenceProvision(doc, out);
  fundedSentences(doc, out);
  return out;
}

/** Verbs of provision going on or starting with no object ("Tutoring to continue", "DofE - to start"); continuing marks {@link GIVEN}. */
const GOES_ON: ReadonlySet<string> = new Set(['continue', 'continues', 'start', 'starts', 'begin', 'begins', 'resume', 'resumes', 'restart', 'restarts']);
/** {@link GOES_ON} as a third-word flag ({@link _flag3At}): one bit read where the set was asked. */
const F3_GOES_ON = _wordFlag3(GOES_ON);
/** Words after such a verb that leave it with no object: a time, a rate, a condition ("to start after Easter", "to continue weekly", "to start in the summer term"). */
const GOES_ON_AFTER: ReadonlySet<string> = new Set([',', '-', '(', ')', 'after', 'from', 'in', 'until', 'till', 'for', 'as', 'this', 'next', 'weekly', 'daily', 'fortnightly', 'termly', 'twice', 'once', 'every', 'each', 'asap', 'ongoing', 'when', 'now', 'soon', 'again', 'immediately']);

/**
 * Provision or an activity said only to go on or to start, its subject a thing, not the child ("Tutoring to continue - 10
 * more sessions requested", "Part-time timetable to continue and be reviewed", "Catch Up Literacy twice weekly - continue",
 * "Traineeship - to start after Easter"): no outcome of the child's is named (the labelling guide, Specific rule 4: "Adult
 * provision with no child outcome is not specific"; Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes
 * are not: Services ... Activities"). Going on is a process (Measurable rule 6: "continue"), marked {@link GIVEN}; a start is
 * a one-off someone can check (Settled cases, "a one-off thing adults arrange"), marked {@link _ARRANGED}, unless a rate or
 * sessions make it standing provision ("Reading group to begin every Monday"). The sentence is marked. Not the child's own
 * start ("Ali to start school", "Kian will start at St Joseph's"): an object follows, or a name.
 */
function goesOnProvision(doc: _Doc, out: _Marks): void {
  // The reading opens only at a verb of GOES_ON: a text with none (most) skips the sentence and part bookkeeping below.
  if (!goesOnVerbIn(doc)) return;
  const n = doc.toks.length;
  // Where the sentence, its last part and the part before it start (parts end at a heading's mark: "DofE - to start").
  let start = 0;
  let part = 0;
  let before = 0;
  for (let i = 0; i < n; i++) {
    const f = doc.flags[i] as number;
    if ((f & F_SENTENCE_END) !== 0) start = part = before = i + 1;
    else if (headingMark(doc, i)) [before, part] = [part, i + 1];
    if ((f & F_PHRASE_START) === 0 || out[i] !== 0 || !_flag3At(doc, i, F3_GOES_ON) || !noObject(doc, i + 1)) continue;
    const frame = wd(doc, i - 1) === 'to' || wd(doc, i - 1) === 'will' ? i - 1 : i;
    const heading = headingMark(doc, frame - 1);
    if (!(heading ? frame - 1 > before : frame < i && thingSubject(doc, frame - 1, start))) continue;
    const from = heading ? before : part;
    if (childsOwnSubject(doc, from, heading ? frame - 2 : frame - 1)) continue;
    // To the sentence's end, or a colon or dash opening the child's own clause ("Tutoring to continue - Sam to score 70%…"),
    // or "until" and the child's outcome ("until she can swim 25m").
    let end = i;
    while (end < n && ((doc.flags[end] as number) & F_SENTENCE_END) === 0 && !(CLAUSE_OPENERS.has(wd(doc, end)) && childClauseAt(doc, end + 1)) && !childUntil(doc, end)) end += 1;
    // A start with a rate ("Tutoring to start - weekly sessions") is standing provision, as going on is.
    let mark = wd(doc, i).startsWith('continu') ? GIVEN : _ARRANGED;
    for (let j = from; j < end; j++) if (ATTENDING_RATES.has(wd(doc, j)) || RATE_WORDS.has(wd(doc, j))) mark = GIVEN;
    for (let j = from; j < end; j++) if (out[j] === 0) out[j] = mark;
    i = end - 1;
  }
}

/** Whether some word can open {@link goesOnProvision}'s reading: a phrase start ({@link F_PHRASE_START}) that is a verb of {@link GOES_ON}. */
function goesOnVerbIn(doc: _Doc): boolean {
  for (let i = 0; i < doc.toks.length; i++) if (((doc.flags[i] as number) & F_PHRASE_START) !== 0 && _flag3At(doc, i, F3_GOES_ON)) return true;
  return false;
}

/** The child's own conduct named as a subject ("Good attendance to continue every day", "His punctuality to continue"). */
const CONDUCT_SUBJECTS: ReadonlySet<string> = new Set(['attendance', 'punctuality', 'behaviour', 'behavior', 'conduct']);

/**
 * Whether the subject from..k is the child's own conduct or act, not provision: it holds a figure ("97% attendance to
 * continue until July"), names attendance, punctuality or behaviour, is "his", "her" or "their" and an activity's -ing word
 * ("His reading will continue every night"; not "Her placement will continue"), or starts with an activity's -ing word that is not provision ("Daily reading to
 * continue", "Travelling to school alone to continue every day"). The child's own attendance, punctuality or habit is
 * specific (the labelling guide, Settled cases; Specific rule 5); only provision, programmes, sessions, tuition, timetables,
 * placements and interventions are what Specific rule 4 denies.
 */
function childsOwnSubject(doc: _Doc, from: number, k: number): boolean {
  const x = wd(doc, k);
  if (_PROVISION_NOUNS.has(x) || _SESSION_NOUNS.has(x) || _POSTS.has(x)) return false;
  for (let j = from; j <= k; j++) {
    const y = wd(doc, j);
    if (doc.toks[j]?.kind === 'n' || CONDUCT_SUBJECTS.has(y)) return true;
    if (j === from && (y === 'his' || y === 'her' || y === 'their') && _endsIng(x)) return true;
    // The -ing word as head ("Daily reading") or before a place ("Reading at home"), not before a noun ("Touch-typing course").
    if (_endsIng(y) && !_PROVISION_NOUNS.has(y) && (j === k || ING_PLACES.has(wd(doc, j + 1)))) return true;
  }
  return false;
}

/** Prepositions after an activity's -ing word that leave it the head ("Reading at home", "Travelling to school"). */
const ING_PLACES: ReadonlySet<string> = new Set(['at', 'to', 'in', 'on', 'with', 'from']);

/** Whether "until" at k opens the child's outcome: a figure, or a subject with "can", "is able" or "has" ("until she can swim 25m"). */
function childUntil(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x !== 'until' && x !== 'till') return false;
  if (doc.toks[k + 1]?.kind === 'n') return true;
  const subject = CHILD_NAMED.has(wd(doc, k + 1)) || capitalisedWord(doc, k + 1);
  const v = wd(doc, k + 2);
  return subject && (v === 'can' || v === 'has' || ((v === 'is' || v === 'are') && wd(doc, k + 3) === 'able'));
}

/** Words of a rate of provision besides {@link ATTENDING_RATES} ("termly", "a week"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['termly', 'week', 'weeks', 'sessions', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays']);

/** Whether the word at k is a heading's mark: a colon or a dash written apart ("DofE - to start", "Tutoring: to continue"). */
function headingMark(doc: _Doc, k: number): boolean {
  return wd(doc, k) === ':' || (wd(doc, k) === '-' && doc.toks[k]?.gap === true);
}

/** Whether nothing the verb acts on follows at j: the sentence's end, a time or rate, "and be reviewed", "at 5 hours a week". */
function noObject(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  if (j >= doc.toks.length || _PART_ENDS.has(y) || GOES_ON_AFTER.has(y)) return true;
  if (y === 'and') return wd(doc, j + 1) === 'be' || wd(doc, j + 1) === 'is';
  return y === 'at' && doc.toks[j + 1]?.kind === 'n';
}

/**
 * Whether the subject ending at k (within its sentence) is a thing: provision, sessions or a post, or not the child named
 * before "to" ({@link _childBeforeTo}, as _measure.ts thingStarts reads "<thing> to start") nor a name or "he" before "will".
 */
function thingSubject(doc: _Doc, k: number, start: number): boolean {
  const t = doc.toks[k];
  if (k < start || t?.kind !== 'w') return false;
  const x = wd(doc, k);
  if (CHILD_NAMED.has(x)) return false;
  if (_PROVISION_NOUNS.has(x) || _SESSION_NOUNS.has(x) || _POSTS.has(x)) return true;
  return wd(doc, k + 1) === 'to' ? !_childBeforeTo(doc, k + 1) : !_capitalised(t.raw) || _endsIng(x);
}

/**
 * Participles of what only adults do to a thing of the child's ("Attendance to be monitored", "Work experience to be sorted",
 * "Catch up sessions to be offered", "taxi escort to be changed"): provision, not the child's act (the labelling guide,
 * Specific rule 4; Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes are not: Services ... Activities").
 * Read by {@link adultPassive} beside {@link _PASSIVE_PARTICIPLES}; the measurable readings' list is not changed. Not
 * "supported" or "encouraged": after them the child's own act often follows ("supported to separate from her carer at the
 * nursery gate", "supported to learn to tell the time"), specific or not by what it names. Not "kept" or "put": the child
 * keeps and puts things too ("Attendance to be kept above 95%", "Coat to be put on the peg"), a habit or behaviour of the
 * child's (S rule 5; Settled cases: the child's own attendance or punctuality is specific).
 */
const ADULTS_ACTS = _ADULTS_ACTS;

/** Whether the participle at k is one of {@link ADULTS_ACTS}: "looked" only as "looked at/into" ("looked after" is care the child gets or gives). */
function adultsAct(doc: _Doc, k: number): boolean {
  const y = wd(doc, k);
  return ADULTS_ACTS.has(y) && (y !== 'looked' || wd(doc, k + 1) === 'at' || wd(doc, k + 1) === 'into');
}

/**
 * Whether "in place" or "put in place" stands at k after "be" ("A laptop to be put in place", "Reader to be in place for mocks"):
 * a thing the adults set up, provision (the labelling guide, Specific rule 4; Settled cases, "a one-off thing adults arrange
 * or do for the child": not specific), read by {@link adultPassive} as the participles of arranging are.
 */
function setInPlace(doc: _Doc, k: number): boolean {
  const at = wd(doc, k) === 'put' ? k + 1 : k;
  return wd(doc, at) === 'in' && wd(doc, at + 1) === 'place';
}

/**
 * Things the child learns ({@link _RECALLED}: "key words", "spellings", "vocabulary") and revises ("revision notes",
 * "flashcards"): "reviewed" with one of them is the child's own study, specific (Specific rule 4 reads adults' provision only).
 */
const STUDIED: ReadonlySet<string> = new Set([..._RECALLED, 'notes', 'flashcards', 'revision']);

/** Words after a figure that make it a frequency, duration or count of occasions, not a target the child reaches ("3 times a week", "6 weeks"). */
const NOT_TARGET_AFTER = new Set([..._OCCASIONS, ..._DURATION_UNITS, 'times', 'x', 'weeks', 'week', 'days', 'day', 'months', 'month', 'years', 'year', 'terms', 'term', 'sessions', 'session', 'hours', 'hour', 'per']);

/** Whether the figure at k is a target the child reaches ("8/10", "95%", "no more than one red card"), not a frequency, sum or name. */
function targetFigure(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'n') return false;
  const before = wd(doc, k - 1);
  if (before === '£' || before === 'year' || before === 'y' || before === 'unit' || before === 'stage' || before === 'level' || before === 'key') return false;
  // "a target of 9 years": an age reached is the child's, whatever its unit.
  if (t.suffix !== '' || wd(doc, k + 1) === '/') return true;
  if (NOT_TARGET_AFTER.has(wd(doc, k + 1))) return wd(doc, k - 1) === 'of';
  // "2 English lessons replaced by tuition", "3 tutoring sessions": a count of provision, not of the child's own acts.
  for (let j = k + 1; j <= k + 3 && doc.toks[j]?.kind === 'w'; j++) if (_SESSION_NOUNS.has(wd(doc, j)) || _PROVISION_NOUNS.has(wd(doc, j))) return false;
  return true;
}

/** Whether the child is the one acted on or acting in the passive's clause from k: "by himself", "by Sam" (a name, not a month, agency or adult). */
function childInPassive(doc: _Doc, k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    const x = wd(doc, j);
    if (_REFLEXIVES.has(x) && x !== 'itself') return true;
    if (x !== 'by' || !personName(doc, j + 1)) continue;
    return true;
  }
  return false;
}

/** Whether token k is written as a first name ("Sam", "Leah"; not "LA", "PP+", a month, day, term or festival, an adult or title). */
function personName(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w' || t.raw.length < 2 || !_capitalised(t.raw) || t.raw.slice(1) !== t.raw.slice(1).toLowerCase()) return false;
  const x = wd(doc, k);
  if (wd(doc, k + 1) === '+' || _TITLES.has(x) || _ADULT_SUBJECTS.has(x) || ADULT_HEADS.has(x) || _AGENCIES.has(x)) return false;
  // "Ellie's social worker", "Social Care", "Year 4 staff": the owner or kind of an adult or service, not the one acting.
  if (/['\u2019]s$/.test(t.raw) || x === 'year' || SERVICE_AFTER.has(wd(doc, k + 1)) || _ADULT_SUBJECTS.has(wd(doc, k + 1)) || ADULT_HEADS.has(wd(doc, k + 1))) return false;
  return !_MONTHS.has(x) && !_WEEKDAYS.has(x) && !_TERM_WORDS.has(x) && !_FESTIVALS.has(x) && !_SUBJECTS.has(x);
}

/** Whether the word at k names a thing of the child's or of school, not the child ("Attendance", "Laptop", "Homework"): a word of an area of need or of provision, or a concrete thing. */
function thingWord(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return ((doc.flags[k] as number) & _F_AREA) !== 0 || _PROVISION_NOUNS.has(x) || _SESSION_NOUNS.has(x) || _CONCRETE.has(x) || _GENERIC_OBJECTS.has(x) || _ASSESSMENTS.has(x);
}

/** {@link thingWord}, read by _doer.ts (a name is the child, not a thing's word opening a sentence: "Coat", "Attendance"). */
export const _thingWord = thingWord;

/** Services and charities named in one word ({@link _AGENCIES}, _phrases.ts), read by _doer.ts from here too. */
export { _AGENCIES };
/** Words after a capitalised word that make it the kind of a service ({@link _SERVICE_AFTER}, _phrases.ts). */
const SERVICE_AFTER = _SERVICE_AFTER;

/**
 * Where the passive's reach ends (the labelling guide, Specific rule 4: provision "with no child outcome"): at the first mark
 * that opens the child's clause (",", ":", ";", a spaced dash, "and", "so that" before the child named with a modal or a
 * purpose subject: "… tested weekly and Jake will score 10/10", "… monitored so that he has …"), else the clause's end; -1
 * when the sentence after the participle sets a figure the child reaches ("Spellings to be tested every Friday: 8/10",
 * "Attendance to be monitored, aim 95% by July"): the passive is then how the child's outcome is checked, its thing the
 * child's (Settled cases: the child's own attendance is specific).
 */
function passiveReach(doc: _Doc, i: number, clause: number): number {
  const n = doc.toks.length;
  let end = -2;
  let j = i + 2;
  for (; j < n && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) {
    const x = wd(doc, j);
    if (x === '(') {
      const close = asideEnd(doc, j);
      if (targetAside(doc, j, close)) return -1;
      j = close;
      continue;
    }
    if (targetFigure(doc, j)) return -1;
    if (end !== -2) continue;
    if (childClauseOpens(doc, j) || doc.clause[j] !== clause) end = j;
  }
  return end === -2 ? j : end;
}

/** Whether the brackets from `open` to `close` set the child's target figure ("(95% target)", "(target 95%)"), not a note of now ("(currently 85%)"). */
function targetAside(doc: _Doc, open: number, close: number): boolean {
  let target = false;
  let figure = false;
  for (let j = open + 1; j < close; j++) {
    if (wd(doc, j) === 'target' || wd(doc, j) === 'aim') target = true;
    else if (targetFigure(doc, j)) figure = true;
  }
  return target && figure;
}

/**
 * Whether the child's own clause opens at j after the adults' provision: a mark (",", ":", ";", a spaced dash, "and") before
 * the child named with a modal or "to" ("… and Jake will score 10/10", "…: Leo to attend"), or "so that" before a word for
 * the child or the child's name with a modal ("… so that he has …", "… so that Mia can attend …"; the labelling guide,
 * Specific rule 4: provision "with no child outcome" is not specific, the child's outcome after it is).
 */
function childClauseOpens(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  const boundary = x === ',' || x === ':' || x === ';' || x === 'and' || (x === '-' && doc.toks[j]?.gap === true);
  if (boundary) return childClauseAt(doc, j + 1);
  return x === 'so' && wd(doc, j + 1) === 'that' && (PURPOSE_SUBJECTS.has(wd(doc, j + 2)) || (personName(doc, j + 2) && childClauseAt(doc, j + 2)));
}

/** The first token from k, in k's sentence, where the child's own clause opens ({@link childClauseOpens}), else the sentence's length. */
function childClauseFrom(doc: _Doc, k: number): number {
  const j = _nearest(doc, k, CHILD_CLAUSE_ON);
  return j < 0 ? doc.toks.length : j;
}

/** Whether token j ends a sentence (its flag {@link F_SENTENCE_END}). */
function sentenceEndFlag(doc: _Doc, j: number): boolean {
  return ((doc.flags[j] as number) & F_SENTENCE_END) !== 0;
}
/** The walk on to where the child's own clause opens ({@link childClauseFrom}). */
const CHILD_CLAUSE_ON = _walkOn(sentenceEndFlag, (doc, j) => childClauseOpens(doc, j));
/** The walk on to where a clause with its own subject opens ({@link ownClauseFrom}). */
const OWN_CLAUSE_ON = _walkOn(sentenceEndFlag, (doc, j) => childClauseOpens(doc, j) || (wd(doc, j) === 'so' && childClauseAt(doc, wd(doc, j + 1) === 'that' ? j + 2 : j + 1)));
/** The walk on to a number in the sentence ({@link measuredOwnClause}). */
const FIGURE_ON = _walkOn(sentenceEndFlag, (doc, j) => doc.toks[j]?.kind === 'n');

/** "kept under review", "kept under observation": the adults' monitoring (as "monitored", {@link ADULTS_ACTS}), not the child keeping a thing. */
function keptUnderReview(doc: _Doc, k: number): boolean {
  return wd(doc, k) === 'kept' && wd(doc, k + 1) === 'under' && (wd(doc, k + 2) === 'review' || wd(doc, k + 2) === 'observation');
}

/**
 * "Induction to be arranged", "visits will be booked", "referral to be submitted": a clause whose thing is arranged, made or
 * sent (any verb of {@link _PASSIVE_PARTICIPLES}) is the adults' provision (the labelling guide, Specific rule 4), from its
 * start to where the child's clause begins ({@link passiveReach}); not when the thing is the child's own work ("CV to be sent
 * to 3 employers", {@link _CHILD_WORK}: the child's one-off act) or the child ("Ali to be booked…" is read elsewhere; "Jake will
 * be tested on his tables", "Reading book to be changed by Sam": a name with "his"/"her" after it, or the child as the agent).
 * A possessive before the thing is not the child ("Her seat to be changed"). Of {@link ADULTS_ACTS}, provision already given
 * ("Lunch to be provided daily") keeps its mark: a quantity of provision is not measurable (M rule 6).
 */
function adultPassive(doc: _Doc, out: _Marks, i: number): void {
  const frame = wd(doc, i - 1);
  if (frame !== 'to' && frame !== 'will' && frame !== 'should' && frame !== 'must' && !progressivePassive(doc, i)) return;
  const clause = doc.clause[i] as number;
  let start = i - 1;
  while (start > 0 && doc.clause[start - 1] === clause && doc.toks[start - 1]?.kind !== 'p') start -= 1;
  // "Access arrangements - to be sorted by SENCo": the heading before its mark is the thing the passive's act is done to.
  if (start === i - 1 && HEADING_OPENERS.has(wd(doc, start - 1))) start = headingStart(doc, start - 1);
  const head = doc.toks[start];
  const first = wd(doc, start);
  if (head === undefined || (CHILD_NAMED.has(first) && !(POSSESSIVES.has(first) && start < i - 2))) return;
  const end = passiveReach(doc, i, clause);
  // A count of times straight after the act ("3 times", "ten times"), not a rate ("Incorrect spellings to be repeated 3 times in his book"): the child's
  // practice counted, not the adults' one-off act ("Attendance to be monitored 3 times a week" is a rate of the adults' checks).
  if (wd(doc, i + 3) === 'times' && wd(doc, i + 4) !== 'a' && !_HOW_OFTEN_RATES.has(wd(doc, i + 4))) return;
  // The child's own work, unless an adult is named as who does it ("Bursary application to be completed by college") or the
  // act is one only adults do to it ("Homework - to be looked at", "to be monitored": {@link ADULTS_ACTS}); what the child
  // learns, "reviewed" ("Key words to be reviewed each lesson"), is the child's own study.
  const study = wd(doc, i + 1) === 'reviewed';
  const adults = !study && adultsAct(doc, i + 1);
  for (let j = start; j < i - 1; j++) if ((_CHILD_WORK.has(wd(doc, j)) || (study && STUDIED.has(wd(doc, j)))) && !adults && !adultAgent(doc, i + 2, end)) return;
  if (end < 0 || childInPassive(doc, i + 2, end) || (start === i - 2 && personName(doc, start) && !_HELD_WORDS.has(first) && (namedBack(doc, i + 2, end) || !thingWord(doc, start)))) return;
  // "Maths tutor to be booked": an adult as the thing arranged, read as provision by its subject, is arranged too. A thing put
  // in place is provision given (its measures are not the child's); the one-off act itself is read by _measure.ts passiveOneOff.
  const over = _PASSIVE_PARTICIPLES.has(wd(doc, i + 1)) ? GIVEN : 0;
  const mark = setInPlace(doc, i + 1) ? GIVEN : _ARRANGED;
  for (let j = start; j < end; j++) if (out[j] === 0 || out[j] === over) out[j] = mark;
}

/** Forms of "be" before "being" in a passive going on now ("is being looked at"). */
const NOW_BE: ReadonlySet<string> = new Set(['is', 'are']);

/**
 * Whether "being" at i follows "is" or "are" ("Her lateness is being looked at by school"): adults' act going on now, read as
 * "to be looked at" is (the labelling guide, Specific rule 4: adult provision with no child outcome is not specific).
 */
function progressivePassive(doc: _Doc, i: number): boolean {
  return wd(doc, i) === 'being' && NOW_BE.has(wd(doc, i - 1));
}

/** Participles of help received ("supported", "helped"), read before "with" by {@link supportedWith}. */
export const _HELPED: ReadonlySet<string> = new Set(['supported', 'helped']);
const HELPED = _HELPED;

/**
 * Whether "supported with" or "helped with" opens at k, after "be" ("Alfie to be supported with homework by carers"): what
 * follows is the field of the adults' help, provision with no child outcome (the labelling guide, Specific rule 4; Bradford
 * Council, "SMART Outcomes - Annual Reviews": goals are not "Services ... Activities"). "Supported to" with the child's verb
 * ("to be supported to write his name") names the child's act and is not read here.
 */
function supportedWith(doc: _Doc, k: number): boolean {
  return HELPED.has(wd(doc, k)) && wd(doc, k + 1) === 'with';
}

/** Where "to" after an offer stands within three words from k ("the opportunity to", "more chances to"), or -1. */
export function _offerTo(doc: _Doc, k: number): number {
  for (let j = k; j < k + 3; j++) if (_OFFER_WORDS.has(wd(doc, j)) && wd(doc, j + 1) === 'to') return j + 1;
  return -1;
}

/**
 * After "be" at i, a passive of provision ("be partnered with a TA…", {@link PASSIVE_PROVISION}) marked to where the child's
 * clause opens, or help received ("be supported with", {@link supportedSpan}); returns the last token markUntil marked.
 */
function passiveProvision(doc: _Doc, out: _Marks, i: number, marked: number): number {
  // "be given the opportunity to read aloud…", "be offered the chance to…": the offer is the adults', the act after its "to" the
  // child's (whether it is decided is _hedge.ts's reading of the offer, as for "have the opportunity to"). "be offered a place at
  // college", "be offered an apprenticeship": the child's destination, not provision given (_offeredPlaceEnd).
  const offer = _offerTo(doc, i + 2);
  // "be offered a place at Forest School by March": a place on a programme of provision offered once, a one-off thing adults do
  // (Settled cases: not specific, measurable, someone can check it was done), marked {@link _ARRANGED} so that the offer's
  // measure stands; with a rate near it ("… a place in the nurture group every morning") the place is standing provision given.
  if (wd(doc, i + 1) === 'offered' && offer < 0) {
    const end = _offeredProvisionEnd(doc, i + 1);
    if (end > 0 && !rateNear(doc, end)) {
      const last = markUntil(doc, out, i, false, marked, childClauseFrom(doc, i + 2));
      for (let j = Math.max(i, marked + 1); j <= last; j++) if (out[j] === GIVEN) out[j] = _ARRANGED;
      return last;
    }
  }
  if (PASSIVE_PROVISION.has(wd(doc, i + 1)) && !(wd(doc, i + 1) === 'offered' && _offeredPlaceEnd(doc, i + 1) > 0)) return markUntil(doc, out, i, false, marked, offer >= 0 ? offer + 1 : childClauseFrom(doc, i + 2));
  if (supportedWith(doc, i + 1)) supportedSpan(doc, out, i);
  return marked;
}

/** Words read after an offered place for a rate of provision ({@link rateNear}). */
const OFFER_RATE_REACH = 8;

/** Whether a word of how often ({@link GOING_RATES}) stands within {@link OFFER_RATE_REACH} words from k in its sentence. */
function rateNear(doc: _Doc, k: number): boolean {
  for (let j = k; j < doc.toks.length && j < k + OFFER_RATE_REACH && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) if (GOING_RATES.has(wd(doc, j))) return true;
  return false;
}

/**
 * Marks the help received from "be" at i ({@link supportedWith}) as provision given, to where the child's own act begins: a
 * clause of the child's ({@link childClauseFrom}), a purpose with the child as subject ("so he can tie them", "so that she
 * reads 3 books"), a comma or "by" before an -ing word ("…, spelling 8/10 correctly", "…, using his calm box", "by visiting
 * the school 3 times"), a table's cell mark (" | hand in 4/5 pieces"), or an -ing word with its object right after "with"
 * ("with writing his name", "with using his visual timetable"): the child's skill named as the help's field. The labelling
 * guide, Specific rule 4: provision "with no child outcome" is not specific, and "A child using a named strategy is
 * specific"; what the child does after the help keeps its measures (Measurable rule 1), the help's own quantity does not
 * (rule 6, "5 hours of TA support").
 */
function supportedSpan(doc: _Doc, out: _Marks, i: number): void {
  const stop = childClauseFrom(doc, i + 3);
  if (ownSkillAt(doc, i + 3)) return markGiven(doc, out, i, i + 3);
  let j = i + 3;
  for (; j < stop && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) {
    const y = wd(doc, j);
    if (y === '|' || ((y === ',' || y === 'by') && _endsIng(wd(doc, j + 1)) && doc.toks[j + 1]?.kind === 'w')) break;
    const subject = wd(doc, j + 1) === 'that' ? j + 2 : j + 1;
    if (y === 'so' && (purposeSubject(doc, subject) || (personName(doc, subject) && childClauseAt(doc, subject)))) break;
  }
  markGiven(doc, out, i, j);
}

/** Words that open the object or place of an -ing verb ("writing his name", "using the calm box", "getting to school"). */
const ING_OBJECT_OPENERS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS, 'a', 'an', 'your', 'to']);

/** Whether an -ing verb with its object opens at k ("writing his name"), not an -ing noun alone ("with reading", "with spelling."). */
function ownSkillAt(doc: _Doc, k: number): boolean {
  return doc.toks[k]?.kind === 'w' && _endsIng(wd(doc, k)) && ING_OBJECT_OPENERS.has(wd(doc, k + 1));
}

/** Marks [from, to) as provision given ({@link GIVEN}) where nothing has marked it. */
function markGiven(doc: _Doc, out: _Marks, from: number, to: number): void {
  for (let j = from; j < to && j < doc.toks.length; j++) if (out[j] === 0) out[j] = GIVEN;
}

/**
 * Whether the subject from..k is the child's own conduct or act ({@link childsOwnSubject}: "Good attendance", "His
 * punctuality", "Daily reading"), for the reading of a thing "to continue" as a placeholder (_review.ts): the child's own
 * attendance or punctuality is specific (the labelling guide, Settled cases), not a programme kept on.
 */
export function _childsOwnSubject(doc: _Doc, from: number, k: number): boolean {
  return childsOwnSubject(doc, from, k);
}

/** Marks after a heading before its passive ("Work experience - to be sorted", "Access arrangements: to be looked into"). */
const HEADING_OPENERS = new Set(['-', '–', ':']);

/**
 * Where the heading before the mark at m starts, when it opens the text or a sentence with words alone ("Access arrangements for
 * exams - …"); else m + 1, the passive's own start (a clause after a comma or a figure is not a heading).
 */
function headingStart(doc: _Doc, m: number): number {
  let j = m - 1;
  while (j >= 0 && doc.toks[j]?.kind === 'w') j -= 1;
  return j < m - 1 && (j < 0 || ((doc.flags[j] as number) & F_SENTENCE_END) !== 0) && !childActHeading(doc, j + 1, m) ? j + 1 : m + 1;
}

/** Words after a verb that show it is one, not the first word of a noun ("Read every night", "Read with carer", "Read aloud"). */
const VERB_FOLLOWERS = new Set([..._ROUTINE, 'nightly', 'weekly', 'aloud', 'independently', 'with', 'at', 'for', 'to', 'in', 'on', 'his', 'her', 'their', 'my', 'the', 'a', 'an']);

/**
 * Whether the heading from h to the mark at m is the child's own act ("Read every night - to be monitored by carer"): a verb of
 * the child's ({@link _CHILD_VERBS}, not of provision) with a word after it that only follows a verb; not a thing adults act on
 * ("Work experience - to be sorted"), so the heading stays the child's (Specific rule 4 reads provision with no child outcome).
 */
function childActHeading(doc: _Doc, h: number, m: number): boolean {
  const x = wd(doc, h);
  return h + 1 < m && _CHILD_VERBS.has(x) && !_PROVISION_VERBS.has(x) && VERB_FOLLOWERS.has(wd(doc, h + 1));
}

/**
 * Whether "by" and an adult or agency ({@link adultWord}, a determiner before it at most) stand in the passive's clause from k to
 * end: the adults do the act ("to be completed by college", "to be submitted by the SENCo"), provision (Specific rule 4).
 */
function adultAgent(doc: _Doc, k: number, end: number): boolean {
  for (let j = k; j < end; j++) {
    if (wd(doc, j) !== 'by') continue;
    let a = ADULT_DETERMINERS.has(wd(doc, j + 1)) ? j + 2 : j + 1;
    if (!adultWord(doc, a)) continue;
    while (adultWord(doc, a + 1)) a += 1;
    if (headsPhrase(doc, a)) return true;
  }
  return false;
}

/** Words that open a phrase of their own after an adult agent ("by carer with Sam", "by the TA each week", "by college and Jade"). */
const AGENT_FOLLOWERS = new Set(['with', 'and', 'or', 'at', 'in', 'on', 'for', 'to', 'from', 'by', 'before', 'after', 'each', 'every', 'weekly', 'daily', 'termly', 'monthly', 'fortnightly', 'asap', 'when', 'once', 'if', 'so', 'as', 'then', 'this', 'next', 'within', 'during', 'until']);

/**
 * Whether the adult word at a heads its phrase: the agent who acts, not a word describing a time after it ("by the college
 * deadline", "by school tomorrow", "by carers' deadline": a deadline, Time-bound, the child's work stays the child's).
 */
function headsPhrase(doc: _Doc, a: number): boolean {
  const next = doc.toks[a + 1];
  if (next === undefined) return true;
  if (next.kind !== 'w') return wd(doc, a + 1) !== "'" && !/['\u2019]$/.test(doc.toks[a]?.raw ?? '');
  return AGENT_FOLLOWERS.has(wd(doc, a + 1));
}

/** Whether the passive's clause refers back to a person ("Jake will be tested on his 6 times table"): "his", "her", "their". */
function namedBack(doc: _Doc, k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (POSSESSIVES.has(wd(doc, j))) return true;
  return false;
}

/** Whether a table row's cell opens at k with an adult or agency and its infinitive or "will" ("EWO to monitor", "TA will hear him read"). */
function adultCellAct(doc: _Doc, k: number): boolean {
  let a = k;
  if (wd(doc, a) === 'the') a += 1;
  // A role written as its initials ("EWO", "DSL", "VSH") names an adult in a table's cell as a word for one does.
  if (!adultWord(doc, a) && !/^[A-Z]{2,5}$/.test(doc.toks[a]?.raw ?? '')) return false;
  if (adultWord(doc, a + 1)) a += 1;
  return wd(doc, a + 1) === 'to' || wd(doc, a + 1) === 'will';
}

/** How many tokens from a sentence's start the provision and its purpose are looked for. */
const PURPOSE_REACH = 16;

/** Whether a purpose opens at k: "to" before a word, "so that", "in order to", "which will help"/"which helps". */
function purposeAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  const y = wd(doc, k + 1);
  if (x === 'to') return doc.toks[k + 1]?.kind === 'w';
  if (x === 'so') return y === 'that';
  if (x === 'in') return y === 'order' && wd(doc, k + 2) === 'to';
  return x === 'which' && (y === 'helps' || y === 'help' || ((y === 'will' || y === 'should' || y === 'can') && wd(doc, k + 2) === 'help'));
}

/**
 * A sentence naming provision before "to" and only its purpose after ("ELSA sessions weekly (PP+ funded) to help Ryan talk
 * about his feelings", "1:1 English tuition (PP+ £600) - to improve reading & writing"): the provision is the subject and its
 * purpose names no outcome of its own (the labelling guide, Specific rule 4; Bradford: outcomes are not "Services"). The
 * sentence is marked as provision, unless its purpose holds a figure or a deadline ("… to help her pass maths with a grade 5").
 */
function provisionPurposes(doc: _Doc, out: _Marks): void {
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    if (!(i === 0 || ((doc.flags[i - 1] as number) & F_SENTENCE_END) !== 0) || doc.toks[i]?.kind === 'p') continue;
    let provision = false;
    let to = -1;
    for (let k = i; k < n && k < i + PURPOSE_REACH && ((doc.flags[k] as number) & F_SENTENCE_END) === 0; k++) {
      const x = wd(doc, k);
      if (x === '(') {
        k = asideEnd(doc, k);
        continue;
      }
      if (purposeAt(doc, k)) {
        to = k;
        break;
      }
      // "Join a club at lunchtime to meet new people": a verb of the child's opening the sentence makes it the child's clause.
      const f = doc.flags[k] as number;
      if ((f & F_FRAME_WORDS) !== 0 || _flag2At(doc, k, F_CHILD_NAMED) || (k === i && _CHILD_VERBS.has(x) && !_PROVISION_VERBS.has(x))) break;
      // "Job coach - Sam to arrive at work on time", "Nurse: Mia to …": a role as a heading, the child's own clause after its
      // mark ({@link childClauseOpens}) is the outcome, not the provision's purpose.
      if (doc.toks[k]?.kind === 'p' && childClauseOpens(doc, k)) break;
      // "Attend 95% of sessions this term | EWO to monitor": a table row's next cell opening with an adult and "to" is the
      // adults' own act in its column (Actions, Who), not the purpose of provision named in the cell before.
      if (x === '|' && adultCellAct(doc, k + 1)) break;
      if (provisionNoun(doc, k) || ((f & F_ADULT) !== 0 && ADULT_HEADS.has(x)) || (k > i && _SESSION_NOUNS.has(x))) provision = true;
    }
    if (!provision || to < 0) continue;
    let end = to;
    for (; end < n && ((doc.flags[end] as number) & F_SENTENCE_END) === 0; end++) if (doc.toks[end]?.kind === 'n' || doc.used[end] === 1) break;
    if (end < n && ((doc.flags[end] as number) & F_SENTENCE_END) === 0) continue;
    for (let j = i; j < end; j++) if (out[j] === 0) out[j] = 1;
  }
}

/**
 * Marks the tokens from `from` (or past `marked`, the last one already marked) to the end of the sentence, or with
 * `clauseOnly` to a comma before the main clause, as provision; never from `stop` on (where the child's own clause opens).
 * @returns The last token now marked.
 */
function markUntil(doc: _Doc, out: _Marks, from: number, clauseOnly: boolean, marked: number, stop = doc.toks.length): number {
  const n = stop;
  let last = marked;
  for (let j = Math.max(from, marked + 1); j < n; j++) {
    const z = wd(doc, j);
    // A list's next item ("… b) Kai will …") ends the adults' sentence as a full stop does.
    if (_PART_ENDS.has(z) || (clauseOnly && z === ',' && mainClauseAfter(doc, j)) || (wd(doc, j + 1) === ')' && j > from && listMarker(doc, j))) break;
    out[j] = 1;
    last = j;
  }
  return last;
}

/**
 * Places, classes and groups whose "target:" is the children's own ("College target: finish my coursework", "Class target:
 * line up quietly", "Nursery's target"): the phases of school ({@link _PHASES}) and the words for a setting or a group.
 */
const PLACE_ROLES: ReadonlySet<string> = new Set([..._PHASES, 'school', 'setting', 'class', 'team', 'group', 'we']);
/** Words joining the child as the object of an adult's act ("read with Leo", "read to him", "a story for her"). */
const OBJECT_JOINS: ReadonlySet<string> = new Set(['with', 'to', 'for']);
/** Words after "her" that show it is the object, not a possessive ("read with her every night", "take her to the library"). */
const AFTER_OBJECT: ReadonlySet<string> = new Set(['to', 'and', 'every', 'each', 'at', 'on', 'in', 'for', 'with', 'by', 'when', 'so', 'until', 'after', 'before', 'once', 'twice']);

/** Whether the child stands at k as an object ("Leo", "him", "the child", "her" not before a noun it owns). */
function childObjectAt(doc: _Doc, k: number): boolean {
  // "the child", "the pupil": after "the" only a word for the child ("complete the Boxall" names a thing, not a person).
  if (wd(doc, k) === 'the') return CHILD_OBJECTS.has(wd(doc, k + 1));
  const x = wd(doc, k);
  if (x === 'her') return doc.toks[k + 1]?.kind !== 'w' || AFTER_OBJECT.has(wd(doc, k + 1));
  return CHILD_OBJECTS.has(x) || personName(doc, k);
}

/** The first token from k, in k's sentence, where a clause with its own subject opens ("… and Leo will read", "… so he can swim"). */
function ownClauseFrom(doc: _Doc, k: number): number {
  const j = _nearest(doc, k, OWN_CLAUSE_ON);
  return j < 0 ? doc.toks.length : j;
}

/** Verbs of a purpose clause whose object the child is given, not achieves ("so that he has 25% extra time", "so she gets"). */
const GIVEN_IN_PURPOSE: ReadonlySet<string> = new Set(['has', 'have', 'gets', 'get', 'receives', 'receive', 'is', 'are', 'be']);

/**
 * Where the child's own clause opens after an adult subject's act from k ({@link ownClauseFrom}: "Coach to teach Sam front
 * crawl so that he can swim 25m unaided", "… so Sam can swim 25m"), when it names the child's act with a figure of its own:
 * the adults' act is provision, the child's outcome after it is read as usual (the labelling guide, Specific rule 4: provision
 * "with no child outcome"; Measurable rule 1). A thing the child is given ("so that he has 25% extra time") or an act with
 * no figure ("so he can travel alone") leaves the sentence the adults'. Else the length of the text.
 */
function measuredOwnClause(doc: _Doc, k: number): number {
  const n = doc.toks.length;
  const j = ownClauseFrom(doc, k);
  if (j >= n) return n;
  // A thing given within five words of the clause's start, before the sentence ends; else a figure anywhere in the sentence after it.
  for (let m = j + 1; m < n && m <= j + 5 && !sentenceEndFlag(doc, m); m++) if (GIVEN_IN_PURPOSE.has(wd(doc, m))) return n;
  // A clause joined with its own subject and modal ("… and Sean will bring the email", "…; Jess to rate how safe she feels"),
  // not a purpose ("so he can …"): the child's own target beside the adults' act, read as usual, figure or none.
  // Its verb only going to or having provision ("…, and Ruby to attend it weekly", "and Mia will have the sessions"): with no
  // figure, the provision taken up, not an outcome (the labelling guide, Settled cases: attending a service is not specific).
  if (wd(doc, j) !== 'so') return takesProvisionOnly(doc, j) && _nearest(doc, j + 1, FIGURE_ON) < 0 ? n : j;
  return _nearest(doc, j + 1, FIGURE_ON) >= 0 ? j : n;
}

/**
 * Where the child's own act opens after an adult subject's help from its modal or "to" at k ("PA to help Demi fill in the
 * 16-19 Bursary form", "Tia's PA will help her apply for the bursary", "PA to support Kerry-Ann to open a bank account"): the
 * help is the adults' provision, the task the child is helped to do is the child's act, read as usual, broad or not (the
 * labelling guide, Specific rule 4: provision "with no child outcome" is not specific; the young person's own bursary
 * application stays specific; as "help Ruby to learn her 6 times table" after an adult's target, {@link adultActAt}). Only
 * "help" or "support" at once after the modal, the child as its object, then "to" or a verb the child does ({@link
 * _childVerb}); "support him with his homework" names no act. Else the length of the text.
 */
function helpedActAt(doc: _Doc, k: number): number {
  const n = doc.toks.length;
  const v = k + 1;
  if (!SUPPORT_OPENERS.has(wd(doc, v))) return n;
  const o = wd(doc, v + 1) === 'the' ? v + 2 : v + 1;
  // "her" before a verb is the object ("help her apply"), as before "to" ("support her to open"); so is any name, a
  // double-barrelled one too ("support Kerry-Ann to open a bank account").
  // An adult helped ("help Mum complete the housing form", "support the carer to …") is no child.
  if (adultWord(doc, o) || _TITLES.has(wd(doc, o)) || (!childObjectAt(doc, v + 1) && !(wd(doc, o) === 'her' && helpedVerb(doc, o + 1)) && !_capitalised(doc.toks[o]?.raw ?? ''))) return n;
  const act = wd(doc, o + 1) === 'to' ? (doc.toks[o + 2]?.kind === 'w' && !_capitalised(doc.toks[o + 2]?.raw ?? '') ? o + 2 : n) : helpedVerb(doc, o + 1) ? o + 1 : n;
  // The adults' papers stay the adults' act whoever is helped to do them ("help Jo to apply for exam access arrangements", "help
  // Tom apply for his EHCP", "a CAMHS referral": Specific rule 4 and Settled cases, a one-off thing adults arrange).
  for (let j = act; j <= act + PAPER_REACH; j++) if (_paperAt(doc, j)) return n;
  return act;
}

/**
 * Whether "help" or "support" stands two to four words before i, the only places from which {@link helpedActAt} can open the
 * act at i (the object one or two words after the help, then the act or "to" and the act): a test of three words before the
 * walk of {@link _helpedActIn}, which finds no act at i without it.
 */
function helpOpensBefore(doc: _Doc, i: number): boolean {
  return SUPPORT_OPENERS.has(wd(doc, i - 2)) || SUPPORT_OPENERS.has(wd(doc, i - 3)) || SUPPORT_OPENERS.has(wd(doc, i - 4));
}

/** Words after the helped act within which an adults' paper keeps it the adults' ("apply for exam access arrangements"). */
const PAPER_REACH = 8;

/**
 * Where, in the clause from `from` to `to`, the child's act helped by an adult opens ({@link helpedActAt}: "PA to help Demi fill
 * in the form"), or -1: the doer reading (_doer.ts) gives that clause to the child when its anchors are in the act. Bounded by
 * the clause.
 */
export function _helpedActIn(doc: _Doc, from: number, to: number): number {
  for (let k = from; k <= to && k < doc.toks.length; k++) {
    if (!SUBJECT_VERBS.has(wd(doc, k))) continue;
    const act = helpedActAt(doc, k);
    if (act <= to) return act;
  }
  return -1;
}

/**
 * The adults' papers and funds that only adults apply for, submit or get for a child: an EHC plan or needs assessment, a
 * referral, early years or other funding ("30 hours funding", "EYPP"); exam entries and exam access arrangements are read in two
 * words ({@link _PAPERS_AFTER}). Not the young person's own bursary or grant, which the settled labels read as the child's task
 * ("Apply for the 16-19 bursary" is specific), nor the child using the arrangements ("use her access arrangements"). The
 * labelling guide, Specific rule 4 and Settled cases, "a one-off thing adults arrange or do for the child" ("CAMHS referral"):
 * not specific.
 */
export const _ADULTS_PAPERS: ReadonlySet<string> = new Set(['ehcp', 'ehc', 'ehcna', 'referral', 'funding', 'eypp']);

/**
 * The adults' papers named in two words, on their second word: exam entries and exam access arrangements, applied for by the
 * school ("Sort exam entries", "Access arrangements to be applied for").
 */
export const _PAPERS_AFTER: ReadonlyMap<string, string> = new Map([['entries', 'exam'], ['arrangements', 'access']]);

/** Whether word k names one of the adults' papers ({@link _ADULTS_PAPERS}, {@link _PAPERS_AFTER}). */
export function _paperAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  const first = _PAPERS_AFTER.get(x);
  return first === undefined ? _ADULTS_PAPERS.has(x) && !PLACES_NAMED.has(doc.w[k + 1] ?? '') : doc.w[k - 1] === first;
}

/** Words after a paper's word that make it a place's name ("the referral room", "the pupil referral unit"), not the paper. */
const PLACES_NAMED: ReadonlySet<string> = new Set(['room', 'unit']);

/** Words from an adult's modal or "to" to the task the child is helped to do ("to help the child to apply"): at most six. */
export const _HELP_REACH = 6;
const HELP_REACH = _HELP_REACH;

/** Whether token k is a verb the child is helped to do with no "to": a task done once (_measure.ts, `helpedTask`) or the child's verbs. */
function helpedVerb(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return doc.toks[k]?.kind === 'w' && (_HELPED_TASKS.has(x) || _childVerb(x));
}

/** Words between a clause's subject and its verb ("Ruby to attend", "Mia will go", "he is going to access"). */
const BEFORE_OWN_VERB: ReadonlySet<string> = new Set(['to', 'will', 'shall', 'should', 'must', 'can', 'would', 'could', 'then', 'also', 'now']);

/**
 * Whether the clause opening at j ({@link ownClauseFrom}) has as its verb, the first word after its subject's modal or "to"
 * within five words, only a verb of going to, joining, accessing or having provision ({@link TAKING_PROVISION}, {@link
 * RECEIVING}).
 */
function takesProvisionOnly(doc: _Doc, j: number): boolean {
  for (let m = j + 1; m <= j + 5 && m < doc.toks.length && !sentenceEndFlag(doc, m); m++) {
    if (!BEFORE_OWN_VERB.has(wd(doc, m))) continue;
    let v = m + 1;
    while (v <= m + 3 && BEFORE_OWN_VERB.has(wd(doc, v))) v += 1;
    const y = wd(doc, v);
    if (TAKING_PROVISION.has(y) || _ACCESSING.has(y)) return true;
    // "have" / "receive" only with provision or sessions had, or the provision by "it" / "them" ("and Mia will have the
    // sessions", "and Ruby to have it weekly"); not a thing of the child's own ("and Tyler will have his full kit").
    if (!_RECEIVING.has(y)) return false;
    for (let q = v + 1; q <= v + 4 && q < doc.toks.length && !sentenceEndFlag(doc, q); q++) if (provisionNoun(doc, q) || _SESSION_NOUNS.has(wd(doc, q)) || RECEIVED.has(wd(doc, q)) || (q === v + 1 && (wd(doc, q) === 'it' || wd(doc, q) === 'them'))) return true;
    return false;
  }
  return false;
}

/**
 * Whether the act at v (the first word after "target:", or after its "to") is an adult's act done for or with the child: a
 * verb only adults do ("ensure", "arrange", "remind", "support"), or a verb with the child as its object, at once or after
 * "with", "to" or "for" before the clause ends ("take Leo swimming", "hear Jay read", "share a story with Mason", "read to
 * him"). Not the child's own act with no subject written ("read 3 books", "tie his laces by himself").
 */
function adultActAt(doc: _Doc, v: number, stop: number): boolean {
  const x = wd(doc, v);
  const t = doc.toks[v];
  if (t === undefined || t.kind !== 'w' || _capitalised(t.raw) || CHILD_NAMED.has(x)) return false;
  // "help Ruby to learn her 6 times table": the child's act after the help is the outcome named, as "Support him to …" is.
  if (SUPPORT_OPENERS.has(x) && childObjectAt(doc, v + 1) && (wd(doc, v + 2) === 'to' || _childVerb(wd(doc, v + 2)))) return false;
  if (_GIVING.has(x) || _ADULT_ACTS.has(x) || SUPPORT_OPENERS.has(x)) return true;
  if (childObjectAt(doc, v + 1)) return true;
  // A verb not of the child's lists read only with its join at once ("listen to Priya").
  if (!_childVerb(x) && !OBJECT_JOINS.has(wd(doc, v + 1))) return false;
  for (let j = v + 1; j < stop; j++) {
    const y = wd(doc, j);
    if (y === ',' || y === ';' || y === 'and' || y === 'so') return false;
    if (OBJECT_JOINS.has(y) && childObjectAt(doc, j + 1)) return true;
  }
  return false;
}

/**
 * "Carer target: share a bedtime story with Mason every night", "Foster carer target (reading): hear Tyler read": after an
 * adult's role (its words from i, "target" at k), "target:" labels the adult's own act, provision (the labelling guide,
 * Specific rule 4), when the words after the colon are an adult's act done for or with the child ({@link adultActAt}). The
 * mark stops where a clause with its own subject opens ("… and Leo will read 3 books", "… so he can swim 25m": an outcome
 * joined is the child's). Not the child's outcome written with no subject ("Carer target: read 3 books by Easter"), nor a
 * place's or a class's target. @returns The last token marked (`marked` when none).
 */
function adultsTarget(doc: _Doc, out: _Marks, i: number, k: number, marked: number): number {
  const x = wd(doc, k);
  const owner = wd(doc, k - 1).replace(/['\u2019]s$/, '');
  if ((x !== 'target' && x !== 'targets') || PLACE_ROLES.has(owner)) return marked;
  const c = wd(doc, k + 1) === '(' ? asideEnd(doc, k + 1) + 1 : k + 1;
  if (wd(doc, c) !== ':') return marked;
  const v = wd(doc, c + 1) === 'to' ? c + 2 : c + 1;
  const stop = ownClauseFrom(doc, v);
  return adultActAt(doc, v, stop) ? markUntil(doc, out, i, false, marked, stop) : marked;
}

/**
 * The provision read at the start of each sentence ({@link givingImperatives}, {@link fundedProvision}): one pass
 * finds the sentence starts for both. Each only marks tokens (neither reads the marks), so their order does not matter.
 */
function sentenceProvision(doc: _Doc, out: _Marks): void {
  // Each of the three opens at a word of its own lists (test/smart/perfTriggers.test.ts).
  if (_lacks(doc, F_FUND | F_ADULT_OPENING)) return;
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    // An instruction to the adults or a fund may follow a label and a dash ("ongoing - monitor attendance", "Sonny - EYPP to…").
    if (wd(doc, i - 1) === '-' && doc.toks[i - 1]?.gap === true) {
      adultImperatives(doc, i, out);
      fundedProvision(doc, i, out);
    }
    if (!(i === 0 || ((doc.flags[i - 1] as number) & F_SENTENCE_END) !== 0 || wd(doc, i - 1) === ':')) continue;
    givingImperatives(doc, i, out);
    fundedProvision(doc, i, out);
    adultImperatives(doc, i, out);
  }
}

/** Funds spent on a child ("PP+", "pupil premium", "the bursary", "funding"). */
export const _FUNDS: ReadonlySet<string> = new Set(['pp', 'pp+', 'ppg', 'eypp', 'bursary', 'funding', 'premium', 'grant', 'budget']);
/** Flag of the words that can name a fund ({@link fundAt}): the funds, "funded", "£". */
const F_FUND = _wordFlag([..._FUNDS, 'funded', '£']);
/** Words after a fund that make it the subject of what is bought or done ("PP+ to fund…", "PP+ for a laptop", "Bursary to be paid…"). */
const FUND_AFTER = new Set(['to', 'for', 'will', 'is', 'used', 'funds', 'funded', 'pays', 'paid', 'towards', 'spent', 'can', 'should']);

/**
 * A sentence whose subject is a fund ("PP+ to be used for a reading intervention", "PP+ for a laptop so she can do her
 * coursework at home", "Bursary to be paid for travel and equipment"): what the money buys is provision, not the child's
 * outcome (Bradford, SMART Outcomes: "Goals and outcomes are not: Services ... Resources"; the labelling guide, Specific
 * rule 4). The sentence is marked as provision.
 */
function fundedProvision(doc: _Doc, i: number, out: _Marks): void {
  const n = doc.toks.length;
  let k = i;
  // "Use PP+ to fund…", "Use of PP+ for…": the fund used is the subject all the same.
  if (wd(doc, k) === 'use') k += wd(doc, k + 1) === 'of' ? 2 : 1;
  if (wd(doc, k) === 'the' || wd(doc, k) === 'her' || wd(doc, k) === 'his') k += 1;
  // "Early Years Pupil Premium", "pupil premium".
  if (wd(doc, k) === 'early' && wd(doc, k + 1) === 'years') k += 2;
  if (wd(doc, k) === 'pupil') k += 1;
  if (!_FUNDS.has(wd(doc, k)) || (wd(doc, k) === 'premium' && wd(doc, k - 1) !== 'pupil')) return;
  k += 1;
  while (k < i + 5 && (wd(doc, k) === '+' || wd(doc, k) === 'plus' || wd(doc, k) === 'money')) k += 1;
  // "PP+ £450 for a laptop": the sum spent stands between the fund and what it buys.
  if (wd(doc, k) === '£' && doc.toks[k + 1]?.kind === 'n') k += 2;
  if (!FUND_AFTER.has(wd(doc, k))) return;
  // Up to the sentence's end, or a colon or a spaced dash opening the child's own clause ("PP+ £950 for tuition: Dylan to score 70%…", "… - Leo to score").
  for (let j = i; j < n && ((doc.flags[j] as number) & F_SENTENCE_END) === 0 && !(CLAUSE_OPENERS.has(wd(doc, j)) && childClauseAt(doc, j + 1)); j++) out[j] = 1;
}

/** Whether the child's clause opens at k: a name or a word for the child, then "to", "will", "can" ("Dylan to score", "she will", "he is to"). */
function childClauseAt(doc: _Doc, k: number): boolean {
  const subject = capitalisedWord(doc, k) || CHILD_NAMED.has(wd(doc, k));
  // "he is to score", "they are to attend": "to" after the verb of being, as "Leo to score".
  const m = (wd(doc, k + 1) === 'is' || wd(doc, k + 1) === 'are') && wd(doc, k + 2) === 'to' ? k + 2 : k + 1;
  return subject && JOIN_MODALS.has(wd(doc, m) === 'to' ? 'will' : wd(doc, m));
}

/** Marks that open the child's own clause after what a fund buys: a colon, or a dash written apart from the words. */
const CLAUSE_OPENERS = new Set([':', '-']);

/** Words that state the child's outcome beside what is funded ("Expected outcome:", "so that", "Success:"). */
const OUTCOME_WORDS = new Set(['outcome', 'outcomes', 'so', 'success', 'target', 'aim']);

/** Whether token k names a fund: "PP+", "pupil premium", "bursary", "grant", "funded", or a sum of money ("£300"). */
function fundAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x === '£') return doc.toks[k + 1]?.kind === 'n';
  return x === 'funded' || (_FUNDS.has(x) && (x !== 'premium' || wd(doc, k - 1) === 'pupil'));
}

/**
 * Words that show a part of a funded sentence is the child's outcome: a deadline's opening ("by Easter", "before the
 * summer") or a stop-behaviour's ("no further exclusions", "not be late": Specific rule 5).
 */
const FUND_PART_ANCHORS = new Set(['by', 'before', 'until', 'no', 'not', 'never']);

/** Whether token k ends a part of a funded sentence: a colon, a spaced dash or a bracket. */
function fundPartEnd(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  // A comma before the fund ends a part too ("Pass maths GCSE, PP+ funded").
  if (x === ',') return fundAt(doc, k + 1) || fundAt(doc, k + 2);
  return x === ':' || x === '(' || x === ')' || (x === '-' && doc.toks[k]?.gap === true);
}

/**
 * Marks a funded sentence [start, end) as provision. Where it opens with a part not naming the fund (parts end at a colon, a
 * spaced dash or a bracket) and a part not naming it holds a measure, a deadline or a stop ("Attendance above 95% by Easter - PP+ funded taxi", "A grade 5 in maths (PP+
 * tutoring £400)", "No more exclusions - PP+ funded"), that part is the child's outcome and only the parts naming the fund are marked.
 */
function markFunded(doc: _Doc, start: number, end: number, out: _Marks): void {
  let outcome = false;
  for (let a = start; a < end && !outcome; ) {
    let b = a;
    let funded = false;
    let measured = false;
    for (; b < end && !fundPartEnd(doc, b); b++) {
      if (fundAt(doc, b)) funded = true;
      else if ((doc.toks[b]?.kind === 'n' && wd(doc, b - 1) !== '£') || FUND_PART_ANCHORS.has(wd(doc, b)) || doc.used[b] === 3) measured = true;
    }
    // A sentence opening with the fund is about what it buys ("Use of PP+: Lexia licence and 1:1 reading - £450").
    if (funded && a === start) break;
    // A fund named only after a first part opening with the child's verb is a note on it ("get my GCSEs - PP+ funded",
    // "pass my driving theory test (PP+ £200)"); not after a heading of what is bought ("Swimming lessons - PP+ funded").
    outcome = !funded && (measured || (a === start && _childVerb(wd(doc, a))));
    a = b + 1;
  }
  for (let a = start; a < end; ) {
    let b = a;
    let funded = !outcome;
    for (; b < end && !fundPartEnd(doc, b); b++) if (fundAt(doc, b)) funded = true;
    if (funded) for (let j = a; j < b; j++) out[j] = out[j] === 0 ? GIVEN : (out[j] as number);
    a = b + 1;
  }
}

/** Verbs of an event that the sentence's adults, not the child, carry out, or that say nothing of an outcome ("Book a tutor (PP+)"). */
const ADULT_EVENTS = new Set(['arrange', 'arranged', 'book', 'booked', 'confirm', 'confirmed', 'send', 'sent', 'bring', 'brings', 'put', 'do', 'get', 'be', 'become', 'move']);

/**
 * Whether a sentence opening with word x opens with a verb the child carries out: a concrete or observable verb, or a
 * one-off event the child achieves ("Pass maths GCSE - PP+ funded", "Sit the Level 2 exam (PP+ £200)").
 */
function openingVerb(x: string): boolean {
  return _CONCRETE_VERBS.has(x) || _OBSERVABLE_VERBS.has(x) || x === 'resit' || (_EVENT_VERBS.has(x) && !ADULT_EVENTS.has(x));
}

/**
 * Whether the mark at i ends no sentence: a stop inside an abbreviation or before a quote, bracket or comma ("(e.g. 'What
 * happened next?'), at least once per session"), after which the sentence goes on.
 */
function abbreviationStop(doc: _Doc, i: number): boolean {
  const next = doc.toks[i + 1];
  if (next === undefined || wd(doc, i) === '\n') return false;
  return next.kind === 'p' ? wd(doc, i + 1) !== '\n' && wd(doc, i + 1) !== '-' : next.kind === 'w' && next.raw.length === 1 && wd(doc, i + 2) === '.';
}

/**
 * A sentence with no verb of its own that names a fund or a sum of money ("PP+ £300 - laptop and reading books", "PP+ /
 * bursary for laptop", "Boxing club on a Wednesday - PP+ funded", "Use of PP+: Lexia licence … - £450"): what the money
 * buys, a resource or a service, not the child's outcome (Bradford, SMART Outcomes: "Goals and outcomes are not: Services
 * ... Resources"; the labelling guide, Specific rule 4). Not a sentence with a verb frame ("Ava to use her laptop (PP+)"),
 * one opening with a verb the child carries out ("Complete 10 sessions (PP+ funded) and raise her score …"), or one that
 * states the outcome ("Expected outcome", "so that"). The sentence is marked as provision.
 */
function fundedSentences(doc: _Doc, out: _Marks): void {
  const n = doc.toks.length;
  // Most targets name no fund: one read of the document's flags, and nothing more.
  if (_lacks(doc, F_FUND)) return;
  let start = 0;
  let funded = false;
  let verb = false;
  let opening = true;
  for (let i = 0; i <= n; i++) {
    doc.ops.n += 1;
    const x = wd(doc, i);
    if (i === n || (((doc.flags[i] as number) & F_SENTENCE_END) !== 0 && !abbreviationStop(doc, i))) {
      if (funded && !verb) markFunded(doc, start, i, out);
      start = i + 1;
      funded = false;
      verb = false;
      opening = true;
      continue;
    }
    if (doc.toks[i]?.kind === 'p') {
      // A table row's bar opens a cell as a colon does ("Maths | Recall the 6, 7 and 8 times tables | tutor | £600").
      if (x === ':' || x === '|' || (x === '-' && doc.toks[i]?.gap === true)) opening = true;
      else if (fundAt(doc, i)) funded = true;
      continue;
    }
    // "Save £20 a week", "Earn £50": the young person's own money kept or made, a verb of the child's (not the money's use).
    if (_FRAME_WORDS.has(x) || OUTCOME_WORDS.has(x) || (opening && (openingVerb(x) || _MONEY_VERBS.has(x)) && wd(doc, i + 1) !== 'of')) verb = true;
    if (fundAt(doc, i)) funded = true;
    opening = false;
  }
}

/** Verbs of giving or arranging something for a person ("Provide Tom with a laptop", "Ensure that XX has a key adult"). */
export const _GIVING: ReadonlySet<string> = new Set(['provide', 'give', 'ensure', 'arrange', 'allocate', 'offer', 'organise', 'organize', 'buy', 'purchase', 'fund', 'refer', 'allow', 'timetable', 'book']);
/** Words that stand for the child as an object ("him", "XX", "the young person"). */
const CHILD_OBJECTS = new Set(['him', 'her', 'them', 'x', 'xx', 'xxx', 'xxxx', 'yp', 'cyp', 'child', 'pupil', 'student', 'learner']);
/** {@link CHILD_OBJECTS} for _object.ts (the child helped: "help him catch up"). */
export const _CHILD_OBJECTS: ReadonlySet<string> = CHILD_OBJECTS;
/** Words after the child that show something is given or arranged ("Provide Tom with…", "Ensure Jay has…", "Give Ben a…"). */
export const _GIVEN_AFTER: ReadonlySet<string> = new Set(['with', 'has', 'have', 'gets', 'is', 'a', 'an', 'the', 'access', 'time', 'opportunities', 'extra', 'additional', 'regular', 'weekly', 'daily']);

/**
 * An instruction to the adults that opens a sentence with a verb of giving or arranging and the child as its object
 * ("Provide Tom with a laptop by half term", "Ensure that XX has a key adult to check in with", "Give her extra time in
 * tests"): adult provision with no child outcome (the labelling guide, Specific rule 4; Bradford Council, "SMART Outcomes
 * - Annual Reviews": "Goals and outcomes are not: Services ... Activities ... Outputs ... Resources"). The sentence is
 * marked as provision. Not an imperative the child carries out ("Give a presentation to the class").
 */
function givingImperatives(doc: _Doc, i: number, out: _Marks): void {
  if (!_GIVING.has(wd(doc, i))) return;
  const n = doc.toks.length;
  let k = wd(doc, i + 1) === 'that' ? i + 2 : i + 1;
  if (wd(doc, k) === 'the' && doc.toks[k + 1]?.kind === 'w') k += 1;
  const person = CHILD_OBJECTS.has(wd(doc, k)) || capitalisedWord(doc, k);
  if (!person || !_GIVEN_AFTER.has(wd(doc, k + 1))) return;
  for (let j = i; j < n && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) out[j] = 1;
}

/** Verbs only adults do to a child or a record ("Monitor attendance", "Encourage XX to…", "Remind him to…"). */
export const _ADULT_ACTS: ReadonlySet<string> = new Set(['monitor', 'encourage', 'prompt', 'remind', 'praise', 'liaise', 'chase', 'track']);
/** Words after "Support" or "Help" opening a sentence that make it the support given ("Support to find a course"). */
const SUPPORT_FOR = new Set(['to', 'with', 'for']);
/** Of those, the ones whose object must be the child ("Encourage XX to…"; "Prompt cards" is no instruction). */
const ACTS_ON_CHILD = new Set(['encourage', 'prompt', 'remind', 'praise']);
/** Nouns of support given that open an adult's provision before what it is for ("Support to find a course", "Help with anger"). */
const SUPPORT_OPENERS: ReadonlySet<string> = new Set(['support', 'help']);
/**
 * Nouns of a thing given to use that open a sentence with the word joining what is given ("Access to a laptop to complete
 * coursework", "Use of Nessy to support spelling"): a resource or programme given, the adults' provision, not the child's
 * outcome (the labelling guide, Specific rule 4; Bradford Council, "SMART Outcomes - Annual Reviews": "Goals and outcomes
 * are not: ... Resources"), read as support given is ({@link supportGiven}). Development labels: "Access to", "Use of"
 * opening a target 4 not specific to 0. Not the verb ("Use a now and next board at the start of each lesson": the child
 * using a named strategy, Specific rule 4), which has no "to" or "of" after it.
 */
const GIVEN_OPENERS: ReadonlyMap<string, string> = new Map([['access', 'to'], ['use', 'of']]);
/**
 * The words {@link givingImperatives} and {@link adultImperatives} open at (with {@link F_FUND}, {@link fundedProvision}'s):
 * {@link sentenceProvision} is skipped in a text with none of them. An opening word added to either must be added here.
 */
const F_ADULT_OPENING = _wordFlag([..._GIVING, ..._ADULT_ACTS, ...SUPPORT_OPENERS, ...GIVEN_OPENERS.keys()]);
/** The verbs of joining or going to an activity, for tests: each must raise the received scan's trigger (perfTriggers.test.ts). */
export const _JOINING_WORDS: ReadonlySet<string> = JOINING;
/** The provision scans' trigger flags, for tests (test/smart/perfTriggers.test.ts). */
export const _PROVISION_TRIGGERS = { received: F_RECEIVE, funded: F_FUND, sentence: F_FUND | F_ADULT_OPENING };

/**
 * An instruction to the adults opening a sentence with a verb only adults do ("ongoing - monitor attendance", "Encourage
 * XX to build relationships", "Remind him to use his planner"): adult provision with no child outcome (the labelling
 * guide, Specific rule 4: "Key person to model language during play"). The sentence is marked as provision.
 */
function adultImperatives(doc: _Doc, i: number, out: _Marks): void {
  const x = wd(doc, i);
  // "Support to find a course", "Help with anger": the support given opens the sentence, an adult's provision (rule 4).
  const support = SUPPORT_OPENERS.has(x) && (SUPPORT_FOR.has(wd(doc, i + 1)) || CHILD_OBJECTS.has(wd(doc, i + 1)) || capitalisedWord(doc, i + 1));
  // "Access to a laptop…", "Use of Nessy…": a thing given to use, read as support given.
  if (GIVEN_OPENERS.has(x) && GIVEN_OPENERS.get(x) === wd(doc, i + 1) && (x === 'access' || (givenThing(doc, i + 2) && !strategyAct(doc, i + 2)))) {
    supportGiven(doc, i, out, true);
    return;
  }
  if (!_ADULT_ACTS.has(x) && !support) return;
  if (ACTS_ON_CHILD.has(x)) {
    if (!(CHILD_OBJECTS.has(wd(doc, i + 1)) || capitalisedWord(doc, i + 1))) return;
  }
  if (support) {
    supportGiven(doc, i, out);
    return;
  }
  for (let j = i; j < doc.toks.length && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) out[j] = 1;
}

/**
 * Whether a thing given to use is named at k after "Use of": a programme's name ("Nessy", "Lexia": a capitalised word) or a
 * resource ({@link _RESOURCES}, after "a" or "the" too); not a skill the child uses ("Use of capital letters for names",
 * "use of quotations": the child's own use, Specific rule 4).
 */
function givenThing(doc: _Doc, k: number): boolean {
  const j = wd(doc, k) === 'a' || wd(doc, k) === 'an' || wd(doc, k) === 'the' ? k + 1 : k;
  return capitalisedWord(doc, j) || _RESOURCES.has(wd(doc, j));
}

/** Purposes after a thing used that are the adults' or a growth, not an act of the child's ("to support spelling", "to help"). */
const AIDING: ReadonlySet<string> = new Set([...SUPPORT_OPENERS, 'aid', 'develop', 'improve', 'build', 'boost']);

/**
 * Whether a named strategy used from k is followed in its sentence by "to" and the child's act ("Use of Zones of Regulation
 * to name his feelings", "Use of Widgit symbols to communicate his needs"): the child using a named strategy, specific (the
 * labelling guide, Specific rule 4); with the adults' purpose ("to support spelling") it stays a thing given.
 */
function strategyAct(doc: _Doc, k: number): boolean {
  if (!capitalisedWord(doc, k)) return false;
  for (let j = k + 1; j < doc.toks.length && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) {
    if (wd(doc, j) !== 'to') continue;
    // "to help him name his feelings", "to help her to calm": the child's act after the help is what is done (Measurable rule 3).
    const h = SUPPORT_OPENERS.has(wd(doc, j + 1)) && CHILD_OBJECTS.has(wd(doc, j + 2)) ? (wd(doc, j + 3) === 'to' ? j + 4 : j + 3) : j + 1;
    return _childVerb(wd(doc, h)) && !AIDING.has(wd(doc, h));
  }
  return false;
}

/**
 * "Support to…", "Help with…", "Help Kai to…" opening a sentence: the support given, marked up to a spaced dash ("Support
 * with reading - Ben will read 20 words by Easter"), unless what follows up to there holds a figure (in digits or words) or
 * a deadline: then it is the child's outcome helped to ("Support to read 20 high frequency words by Easter", "Support him to
 * use his calm box three times a day"). With the child named, marked like a thing adults arrange ({@link _ARRANGED}): no
 * anchor of its own, its measures still measuring ("Help XX to pack his school bag each evening": how often is still said).
 * A thing `given` to use ({@link GIVEN_OPENERS}) is marked like a thing adults arrange, whatever its point: no anchor of its
 * own, and Measurable read from what follows it ("Access to a laptop to complete coursework" is measured by its purpose, as
 * labelled; "Access to a laptop." alone names nothing to check and is not measurable: development labels of "Access to" 1
 * measurable with a purpose, 1 not with a condition).
 */
function supportGiven(doc: _Doc, i: number, out: _Marks, given = false): void {
  let end = i;
  for (; end < doc.toks.length && ((doc.flags[end] as number) & F_SENTENCE_END) === 0; end++) {
    if (wd(doc, end) === '-' && doc.toks[end]?.gap === true) break;
    // A thing given stays given whatever its point ("Access to a laptop by half term": rule 4, provision with no outcome).
    if (given && doc.used[end] === 1) continue;
    if (doc.toks[end]?.kind === 'n' || FUND_PART_ANCHORS.has(wd(doc, end)) || (_NUMBER_WORDS.has(wd(doc, end)) && end > i + 1)) return;
  }
  // The support as a noun ("Support to find a course", "Help with anger") is provision given: nothing in it measures.
  const mark = !given && SUPPORT_FOR.has(wd(doc, i + 1)) ? GIVEN : _ARRANGED;
  for (let j = i; j < end; j++) out[j] = mark;
}

/**
 * Whether the main clause starts after the comma at j: a subject and its verb within four words ("…, X will be
 * partnered"), not one more item of a list ("think, pair, share their ideas"). An adult's subordinate clause runs to it.
 */
function mainClauseAfter(doc: _Doc, j: number): boolean {
  for (let k = j + 1; k < doc.toks.length && k <= j + 4; k++) {
    const z = wd(doc, k);
    if (z === ',' || _PART_ENDS.has(z)) return false;
    if (SUBJECT_VERBS.has(z)) return true;
  }
  return false;
}

/** What "training" after it is the child's own learning of (toileting), not training an adult gives. */
const TRAINED_SELF_CARE = new Set(['toilet', 'potty']);

/** Words of a verb frame that give a sentence a verb of its own ("will", "to", "can", "is", "has"): a fragment has none. */
export const _FRAME_WORDS: ReadonlySet<string> = new Set(['will', 'to', 'can', 'shall', 'must', 'should', 'would', 'could', "'ll", 'is', 'are', 'has', 'have', 'be']);
/** The word flag of {@link _FRAME_WORDS} (one array read instead of a set look-up at every word of a fragment). */
const F_FRAME_WORDS = _wordFlag(_FRAME_WORDS);
/**
 * The words that may name an adult or agency ({@link ADULT_HEADS} and {@link _ADULT_SUBJECTS}): at any other word those
 * lists are not looked up. A word added to either list needs nothing more (test/smart/perfFlags.test.ts looks them up at
 * every word).
 */
const F_ADULT = _wordFlag([...ADULT_HEADS, ..._ADULT_SUBJECTS], undefined, true);

/**
 * Whether the mark at k ends the part before a note of provision: a part's end ({@link fundPartEnd}), a semicolon, a
 * sentence's end, or a comma before a provision noun or an adult ("Pass maths GCSE, TA support 3x weekly").
 */
function noteEnd(doc: _Doc, k: number): boolean {
  if (fundPartEnd(doc, k) || wd(doc, k) === ';' || ((doc.flags[k] as number) & F_SENTENCE_END) !== 0) return true;
  if (wd(doc, k) !== ',') return false;
  const note = (j: number): boolean => _PROVISION_NOUNS.has(wd(doc, j)) || ADULT_HEADS.has(wd(doc, j)) || _ADULT_SUBJECTS.has(wd(doc, j));
  return note(k + 1) || note(k + 2);
}

/**
 * Whether token i ends "learning mentor", a school's member of staff named alone ("Learning mentor sessions weekly"): an adult,
 * as in {@link ADULT_HEADS}. Not "mentor" alone, which is also a person the child names in a list ("his tutor, his mentor and
 * 2 friends"), so it is no adult head for a note of provision.
 */
function learningMentor(doc: _Doc, i: number): boolean {
  return wd(doc, i) === 'mentor' && wd(doc, i - 1) === 'learning';
}

/** Verbs of registering that open a one-off event with the adult or service only where it is done ("Register with a GP", "Enrol at the college", "Sign up with the Youth Hub", "Apply for a provisional licence"). */
const REGISTERING: ReadonlySet<string> = new Set(['register', 'registers', 'enrol', 'enrols', 'enroll', 'enrolls', 'apply', 'applies', 'sign', 'signs']);
/** Words after a verb of {@link REGISTERING} that open its object or place ("with a GP", "at the college", "for his passport"). */
const EVENT_OBJECT_OPENERS: ReadonlySet<string> = new Set(['with', 'at', 'for', 'on', 'a', 'an', ..._OWNING_DETERMINERS]);

/**
 * A short fragment with no verb of its own that names provision ("5 hours of TA support", "speech and
 * language therapy session"): all provision, not a child outcome (Bradford, SMART Outcomes: "Goals and
 * outcomes are not: Services ... Resources (e.g. 5 hours of TA support)").
 */
function provisionFragment(doc: _Doc, out: _Marks): void {
  const n = doc.toks.length;
  let words = 0;
  // Where the provision is first named, and the last end of a part (a colon, spaced dash or bracket) before it.
  let provisionAt = -1;
  let partEnd = -1;
  // A part with a frame of its own before the note ("To develop emotional literacy - ELSA sessions weekly") is a clause:
  // the note after its end is still a fragment, read afresh.
  let framed = false;
  for (let i = 0; i < n; i++) {
    if (doc.toks[i]?.kind === 'p') {
      if (provisionAt < 0 && words > 0 && noteEnd(doc, i)) {
        partEnd = i;
        if (framed) words = 0;
        framed = false;
      }
      continue;
    }
    const x = wd(doc, i);
    const f = doc.flags[i] as number;
    // A verb of going opening the text or a part ("Attend ELSA sessions weekly", "Visit the school nurse weekly") is the
    // child's clause in the imperative, as "Ruby to attend ELSA sessions weekly" is one: no verbless note of provision.
    const frameWord = (f & F_FRAME_WORDS) !== 0 || (provisionAt < 0 && goingOpens(doc, i, partEnd));
    if (frameWord && provisionAt < 0 && partEnd < 0) framed = true;
    // A verb of attending has been read already ("Attend nurture group every week": provision attended, its rate kept).
    else if (frameWord || words >= 8 || out[i] === ATTENDED || out[i] === ATTENDED_CLUB) return;
    words += 1;
    // An adult named alone is provision too ("BSL interpreter in all lessons", "school nurse weekly").
    // "Toilet training", "potty training": the child learning to use the toilet, not training given.
    if (provisionAt < 0 && (((f & F_PROVISION_NOUN) !== 0 && !(x === 'training' && TRAINED_SELF_CARE.has(wd(doc, i - 1)))) || ((f & F_ADULT) !== 0 && ADULT_HEADS.has(x)) || learningMentor(doc, i))) provisionAt = i;
  }
  if (provisionAt < 0 || framed) return;
  // "Register with a GP", "Enrol with the Youth Hub": a one-off event the child carries out opens it, the adult or service only
  // where it is done (the labelling guide, Measurable rule 5: "a one-off event is measurable"; development labels of registering
  // with a GP or service: 35 measurable to 0). Read where no part ends before the provision, or where the only part before it
  // is a heading naming an area ("Health: register with a GP"): what follows is read as the bare act ({@link headingPart}).
  const s = partEnd < 0 ? 0 : headingPart(doc);
  const opener = wd(doc, s) === 'sign' || wd(doc, s) === 'signs' ? (wd(doc, s + 1) === 'up' ? 2 : -1) : 1;
  // "Gain a place on the Prince's Trust programme", "Secure a place at college": a place gained is a destination (rule 5).
  const placeGained = _GAINING.has(wd(doc, s)) && (wd(doc, s + 1) === 'a' || wd(doc, s + 1) === 'an') && wd(doc, s + 2) === 'place';
  if (partEnd === s - 1 && doc.toks[s]?.kind === 'w' && doc.toks[s + 1]?.hyph !== true && (placeGained || (opener > 0 && REGISTERING.has(wd(doc, s)) && EVENT_OBJECT_OPENERS.has(wd(doc, s + opener))))) return;
  // A note of provision after the child's outcome ("Pass maths GCSE - TA support 3x weekly", "Use conjunctions (PP+ funded
  // tutoring)") is provision from where it starts: the outcome before it is not (the labelling guide, Specific rule 4).
  const from = partEnd >= 0 ? partEnd : 0;
  for (let i = from; i < n; i++) out[i] = 1;
}

/** Most words a heading naming an area holds ("Health:", "Independent living -", "Post-16 college applications:"). */
const HEADING_WORDS = 3;

/**
 * Where the part after a heading naming an area starts: the text opens with one to three words and a colon or a spaced dash
 * ("Health: register with a GP", "Sleep - go to bed by 10.30", "Independent living: cook a meal"); the scan reads what follows
 * as a bare act that opens the text (the labelling guide, Specific rule 6: the heading names the area, the act after it is the
 * child's). 0 when the text opens with no such heading.
 * @example headingPart(doc('Health: register with a GP')) // 2
 */
function headingPart(doc: _Doc): number {
  let words = 0;
  for (let i = 0; i < doc.toks.length && i <= HEADING_WORDS * 2; i++) {
    if (headingMark(doc, i)) return words > 0 ? i + 1 : 0;
    // Any other mark ends no such heading ("Outcome (RAG): …"); a word joined by a hyphen is one word ("Post-16").
    const t = doc.toks[i] as _Tok;
    if (t.kind === 'p') return 0;
    if (!t.hyph && (words += 1) > HEADING_WORDS) return 0;
  }
  return 0;
}

/** Verbs of going to provision in the imperative, read by {@link goingOpens}. */
const GOING_OPENERS: ReadonlySet<string> = new Set(['attend', 'access', 'visit'].map((v) => _GOING_FORMS.get(v)?.[0] ?? v));
/** The same verbs in the present tense ("attends", "accesses", "visits"), read after the child named ({@link childNamedBefore}). */
const GOING_PRESENT: ReadonlySet<string> = new Set(['attend', 'access', 'visit'].map((v) => _GOING_FORMS.get(v)?.[1] ?? v));

/**
 * Whether the word before i names the child as the subject of a verb in the present tense: "he", "she", "they", or a name (a
 * capitalised word, not written all in capitals as "TA" or "SENCO", nor an adult, provision, a subject or a thing: "Mentor
 * visits weekly" is provision).
 */
function childNamedBefore(doc: _Doc, i: number): boolean {
  const t = doc.toks[i - 1];
  if (t === undefined || t.kind !== 'w') return false;
  const x = wd(doc, i - 1);
  if (x === 'he' || x === 'she' || x === 'they') return true;
  const f = doc.flags[i - 1] as number;
  return _capitalised(t.raw) && t.raw !== t.raw.toUpperCase() && (f & (F_ADULT | F_PROVISION_NOUN)) === 0 && !ADULT_HEADS.has(x) && !_SUBJECTS.has(x) && !_CONCRETE.has(x) && !_PROVISION_NOUNS.has(x) && !_SESSION_NOUNS.has(x);
}

/** Words after "access" or "visit" that make it a noun ("Access to ELSA", "Access arrangements", "Visit from the school nurse"). */
const NOUN_AFTER: ReadonlySet<string> = new Set(['to', 'from', 'by', 'with', 'of', 'for', 'arrangements', 'arrangement', 'visit', 'visits']);

/**
 * Whether the word at i is a verb of going in the imperative ({@link GOING_OPENERS}: "Attend ELSA sessions weekly", "Access art
 * therapy sessions on Thursdays", "Visit the school nurse weekly") opening the text, a sentence or a part (a mark at partEnd
 * just before it), with a word after it that is no noun's ("Access to ELSA", "Visit from the nurse" are notes of provision),
 * and a rate of going after it: the Settled cases' "a stated rate or frequency of attending still measures", read as "Ruby to
 * attend ELSA sessions weekly" is. With no rate ("Attend CAMHS.") the note is read as before.
 */
function goingOpens(doc: _Doc, i: number, partEnd: number): boolean {
  // Where the verb can stand first tested (no look-up of the word at a word that opens nothing): the imperative opens the part
  // at i; the present tense has the child before it, at i - 1 ("Ruby visits the school nurse weekly").
  const opensAtI = opensPart(doc, i, partEnd);
  const opensBefore = i > 0 && opensPart(doc, i - 1, partEnd);
  if (!opensAtI && !opensBefore) return false;
  if (GOING_OPENERS.has(wd(doc, i))) {
    if (!opensAtI) return false;
  } else if (!(opensBefore && GOING_PRESENT.has(wd(doc, i)) && childNamedBefore(doc, i))) return false;
  return (doc.toks[i + 1]?.kind === 'w' || doc.toks[i + 1]?.kind === 'n') && !NOUN_AFTER.has(wd(doc, i + 1)) && goingRateAfter(doc, i + 1);
}

/** Whether the word at `at` opens the text, a sentence or a part (a mark at partEnd just before it), for {@link goingOpens}. */
function opensPart(doc: _Doc, at: number, partEnd: number): boolean {
  return at === 0 || partEnd === at - 1 || ((doc.flags[at - 1] as number) & F_SENTENCE_END) !== 0;
}

/** Words read after an imperative verb of going for its rate ({@link goingOpens}). */
const GOING_RATE_REACH = 12;
/**
 * Words of how often the child goes or provision is given ("weekly", "once a week", "3 times a week", "on Tuesdays"): the shared
 * {@link _HOW_OFTEN_RATES} and weekdays in the plural, read by {@link goingRateAfter} and {@link rateNear} (no length of time:
 * "week", "weeks" and "sessions" are not how often).
 */
const GOING_RATES: ReadonlySet<string> = new Set([..._HOW_OFTEN_RATES, ..._WEEKDAY_PLURALS]);

/**
 * Whether a word of how often ({@link GOING_RATES}, or "3x") stands within {@link GOING_RATE_REACH} words from k in its
 * sentence, and no length of time ({@link _DURATION_UNITS}: "Attend ELSA sessions: 30 minutes every week" is the provision's
 * schedule, Measurable rule 6, read as before).
 */
function goingRateAfter(doc: _Doc, k: number): boolean {
  let rate = false;
  for (let j = k; j < doc.toks.length && j < k + GOING_RATE_REACH && ((doc.flags[j] as number) & F_SENTENCE_END) === 0; j++) {
    const t = doc.toks[j];
    if (_DURATION_UNITS.has(wd(doc, j))) return false;
    if (GOING_RATES.has(wd(doc, j)) || (t?.kind === 'n' && (t.suffix === 'x' || t.prefix === 'x'))) rate = true;
  }
  return rate;
}

/** What the object of a verb of receiving or attending names ({@link receivedProvision}). */
interface Received {
  /** Provision named (a provision noun, a group, an appointment, sessions or a check given). */
  hit: boolean;
  /** A resource had or got ({@link _RESOURCES}). */
  resource: boolean;
  /** A club run for support. */
  club: boolean;
  /** A check of the child adults arrange or do. */
  checked: boolean;
  /** Where a club, team or youth organisation joined for its activity is named, or -1. */
  activityAt: number;
  /** A visit had ("have 3 visits to his new class"): what the child does on it after "and" is the child's own. */
  visited: boolean;
}

/**
 * What the object of a verb of receiving or attending from `from` (before `near`) names: up to eight words after a verb of
 * receiving, five after the others; "to" ends it, but not inside a hyphenated word ("his one-to-one tuition"); a rate of
 * attending before the provision ("attend 4 out of 5 of his intervention sessions", "all of her sessions") and a bracketed
 * aside do not count towards the reach.
 */
function receivedObject(doc: _Doc, from: number, near: number, receiving: boolean, met: boolean, going = false, perfect = false): Received {
  const o: Received = { hit: met, resource: false, club: false, checked: false, activityAt: -1, visited: false };
  let seen = 0;
  // Sessions counted before "of" are given to the child after a verb of receiving ("receive all 10 sessions of the online
  // course": sessions given), so only a verb of attending passes over them to the provision named after "of".
  const plain = rateOfEnd(doc, from, false);
  const start = receiving ? plain : rateOfEnd(doc, from, true);
  // Past "all 10 sessions of", the provision may be named at the reach of receiving ("the Year 6 SATs booster group").
  const reach = receiving || start !== plain ? 8 : 5;
  let free = true;
  // A word of the child's health or development seen in the object so far (CHILD_CHECK_KINDS): a check after it is one of the child's.
  let health = false;
  for (let k = start; k < near && seen < reach && (wd(doc, k) !== 'to' || doc.toks[k]?.hyph === true); k++) {
    if (wd(doc, k) === '(') {
      k = asideEnd(doc, k);
      continue;
    }
    // The provision's length before its name ("the 6-week Mind Matters programme", "a 10-session block") describes the
    // provision, like a rate of attending, and does not count towards the reach.
    if (provisionLength(doc, k)) {
      k += 1;
      continue;
    }
    seen += 1;
    const y = wd(doc, k);
    // RECEIVED, CHECKS and ACTIVITY_GROUPS as one third-word flag: a word in none of them is passed over on one bit.
    const listed = _flag3At(doc, k, F3_RECEIVED_OBJECT);
    const received = listed && RECEIVED.has(y);
    if (provisionNoun(doc, k) || (y === 'appointment' || y === 'appointments') || (received && GROUP_KINDS.has(wd(doc, k - 1)))) o.hit = true;
    // Any group attended ("the Young Carers group"; not "a group of friends", "group games"), a club run for support.
    if ((y === 'group' || y === 'groups') && groupHead(doc, k)) o.hit = true;
    // A club run for support: how often the child goes is the child's own (the club runs every day; "3 mornings a week").
    if (((y === 'club' || y === 'clubs') && supportClub(doc, k)) || (received && wd(doc, k - 1) === 'club' && supportClub(doc, k - 1))) o.club = o.hit = true;
    // A club, team or youth organisation heading its phrase ("chess club on Fridays", "club sessions"; not "team games").
    else if (o.activityAt < 0 && listed && ACTIVITY_GROUPS.has(y) && (groupHead(doc, k) || RECEIVED.has(wd(doc, k + 1)))) o.activityAt = k;
    // "have weekly sessions with the counsellor", "have access to a laptop": sessions and access given to the child.
    if (receiving && (y === 'session' || y === 'sessions' || (y === 'access' && wd(doc, k + 1) === 'to'))) o.hit = true;
    // "have his 2 year health check done", "have an access arrangements assessment": a check of the child adults arrange
    // or do: arranged, checked as done, not the child's outcome (the guide, Settled cases: a one-off thing adults arrange).
    // "attend his dental check-up", "go to her review health assessment": the same check gone to, a thing adults book for the
    // child (Settled cases: attending a service run for the child is not specific; development labels 3 to 0).
    if (CHILD_CHECK_KINDS.has(y)) health = true;
    if (listed && CHECKS.has(y) && (receiving || (going && childCheck(doc, k, y, health)))) o.checked = o.hit = true;
    // "will have had her eye test", "to have had his annual review": a thing done for the child and had by the point, as visits
    // had are (Settled cases: a one-off thing adults arrange), checked as done.
    else if (perfect && PERFECT_HAD.has(y)) o.checked = o.hit = true;
    // "have a transition visit to Reception", "have 3 visits to his new classroom": visits the adults arrange for the child,
    // had (Settled cases: a one-off thing adults arrange; attending a service run for the child; development labels of visits
    // had with nothing achieved there: 4 not specific to 0), checked as done, their measures standing.
    if (receiving && free && _VISIT_NOUNS.has(y) && plainVisit(doc, start, k) && transitionVisit(doc, start, k)) o.visited = o.checked = o.hit = true;
    if (receiving && free && resourceHad(doc, k)) o.resource = o.hit = true;
    // "have a go at using a dictionary": an attempt or a gerund ends the thing had; what follows is the child's act.
    if (_endsIng(y) || ATTEMPTS.has(y)) free = false;
  }
  return o;
}

/** Words a visit had may be counted or named by ("a transition visit", "3 extra visits", "two short visits"). */
const VISIT_LEAD: ReadonlySet<string> = new Set(['a', 'an', ..._OWNING_DETERMINERS, 'transition', 'extra', 'short', 'further', 'more', 'first', 'planned', 'settling', 'settling-in']);

/**
 * Whether a check at k gone to is one of the child's health or development ({@link CHILD_CHECK_KINDS}): a check-up, a word of
 * health before it in its phrase (`health`), or just after it ("the 2-year check with the health visitor").
 */
function childCheck(doc: _Doc, k: number, y: string, health: boolean): boolean {
  if (health || y.startsWith('check-up') || y.startsWith('checkup') || (y === 'check' && (wd(doc, k + 1) === 'up' || wd(doc, k + 1) === 'ups'))) return true;
  for (let j = k + 1; j < k + 5 && doc.toks[j]?.kind === 'w'; j++) if (CHILD_CHECK_KINDS.has(wd(doc, j))) return true;
  return false;
}

/**
 * Whether the visit at k is a transition's: "transition" before it ("a transition visit"), or a new school or class it is to
 * ("3 visits to his new classroom", "visits to the new school"). Other visits had ("a visit to the science museum", "visits to
 * the library") are the child's own, read as usual.
 */
function transitionVisit(doc: _Doc, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (wd(doc, j) === 'transition') return true;
  if (wd(doc, k + 1) !== 'to') return false;
  for (let j = k + 2; j < k + 5; j++) if (wd(doc, j) === 'new') return true;
  return false;
}

/**
 * Whether the words from `from` to the visit at k only count or name it ({@link VISIT_LEAD}, a number): a visit the adults
 * arrange. A visit described by how it goes ("a positive transition visit") is read as usual.
 */
function plainVisit(doc: _Doc, from: number, k: number): boolean {
  for (let j = from; j < k; j++) if (!VISIT_LEAD.has(wd(doc, j)) && doc.toks[j]?.kind !== 'n' && !_NUMBER_WORDS.has(wd(doc, j))) return false;
  return true;
}

/** Nouns of an attempt after "have a" ("have a go at", "have a try at"): not a thing had. */
const ATTEMPTS = new Set(['go', 'try', 'turn', 'attempt']);
/** Possessives of the child's own kit ("his laptop", "her ruler"). */
const OWN_KIT = new Set(['his', 'her', 'their', 'my']);

/**
 * Whether the resource at k ({@link _RESOURCES}) is one had or got: the guide's own exclusions for a thing had (the thing heads
 * its phrase, is not taken away, a reader only for an exam: {@link _heldThingEnd}); not the child's act with it past a
 * coordinated kit list ("get his ruler and pencil out"); not the child's own kit in the child's routine ("have her laptop
 * with her in every lesson", "have his laptop charged every morning", as the guide's "have his full kit for every PE
 * lesson"; docs/smart.md, Specific rule 4 and Settled cases).
 */
function resourceHad(doc: _Doc, k: number): boolean {
  if (!_RESOURCES.has(wd(doc, k)) || _heldThingEnd(doc, k) < 0) return false;
  let j = k + 1;
  for (let items = 0; items < 3 && (wd(doc, j) === 'and' || wd(doc, j) === 'or' || wd(doc, j) === ','); items++) j += ADULT_DETERMINERS.has(wd(doc, j + 1)) ? 3 : 2;
  if (RESOURCE_ACTS.has(wd(doc, j))) return false;
  if (!OWN_KIT.has(wd(doc, k - 1))) return true;
  for (let m = k + 1; m < doc.toks.length && doc.clause[m] === doc.clause[k]; m++) if (_ROUTINE.has(wd(doc, m))) return false;
  return true;
}

/**
 * A child receiving provision ("Ollie will access the nurture group three afternoons a week", "attend
 * Lego therapy once a week", "attend the CAMHS appointment"): from the verb to the end of its clause is
 * provision, not a child outcome, and its figures measure the provision, not the child's success
 * (Bradford, SMART Outcomes: outcomes are not "Services ... Activities ... Resources"). A group or
 * session counts only when named as provision ("nurture group", "social skills session").
 */
function receivedProvision(doc: _Doc, out: _Marks): void {
  if (_lacks(doc, F_RECEIVE)) return;
  const n = doc.toks.length;
  let stopClause = -1;
  let stopAt = n;
  for (let i = 0; i < n; i++) {
    if (((doc.flags[i] as number) & F_RECEIVE) === 0 || out[i] !== 0 || (wd(doc, i) === 'been' && wd(doc, i + 1) !== 'to')) continue;
    // "will have had a taster day", "has visited": "have" before a past participle is the perfect's auxiliary, not having provision.
    // "will have had / received 10 sessions of tutoring" is still provision had.
    if ((wd(doc, i) === 'have' || wd(doc, i) === 'has') && _pastParticiple(wd(doc, i + 1)) && wd(doc, i + 1) !== 'had' && wd(doc, i + 1) !== 'received') continue;
    const meeting = MEETING.has(wd(doc, i));
    const met = (meeting || RECEIVING.has(wd(doc, i))) && adultMet(doc, i);
    if (meeting && !met) continue;
    const receiving = RECEIVING.has(wd(doc, i));
    // The object's reach: eight words after a verb of receiving, whose provision may be described first ("have 1:1 direct
    // weekly speech and language therapy"); five after the others ("attend 5/5 mornings at his alternative provision").
    // "get involved in one lunchtime club": the club is what "in" names, joined as with "join" (Settled cases, the clubs row).
    // "will have had 3 visits": the thing had follows the perfect's participle.
    const perfect = (wd(doc, i) === 'have' || wd(doc, i) === 'has') && (wd(doc, i + 1) === 'had' || wd(doc, i + 1) === 'received');
    const from = (wd(doc, i + 1) === 'to' && GOING.has(wd(doc, i))) || (wd(doc, i + 1) === 'in' && wd(doc, i) === 'involved') || perfect ? i + 2 : i + 1;
    // A bracketed aside does not end the clause or count towards the reach ("a weekly 30 minute (small group) session").
    // Read no further than the reach and one aside (a long clause of such verbs stays linear).
    const near = clauseEnd(doc, i, from + (receiving ? 8 : 5) + 14);
    const { hit, resource, club, checked, activityAt, visited } = receivedObject(doc, from, near, receiving, met, JOINING.has(wd(doc, i)), perfect);
    // "get" is read only with a resource got (_RESOURCES): "get into the squad", "get the bus", "get 20 out of 25 on the check" are the child's.
    if (!resource && (wd(doc, i) === 'get' || wd(doc, i) === 'gets')) continue;
    // Joined or gone to for its activity (not accessed or given: "accesses after-school clubs").
    const activity = activityAt >= 0 && !hit && JOINING.has(wd(doc, i));
    if (!hit && !activity && !oneSession(doc, i, near)) continue;
    // The same for every verb of one clause (its clauses are runs of tokens): read once per clause.
    if (doc.clause[i] !== stopClause) {
      stopClause = doc.clause[i] as number;
      stopAt = clauseEnd(doc, i, n);
    }
    const stop = stopAt;
    const end = activity ? activityEnd(doc, activityAt + 1, stop) : joinedOutcome(doc, i, stop, receiving && (!resource || checked) && !visited, visited || (checked && !receiving));
    // Given provision ("have 1:1 tuition") is all provision; provision attended keeps its rate of attending (the labelling
    // guide, Settled cases: "a stated rate or frequency of attending still measures").
    // "get a bike ... and ride it to school": the child's own act with the resource got names it by "it"; the resource is
    // that act's object, read with it as the child's (docs/smart.md, Specific rule 4: a named resource the child's action uses).
    if (resource && end < stop && actsOnIt(doc, end, stop)) continue;
    // Provision of a stated length completed ("complete the 8-week anger management programme") is a one-off event with a
    // known end, checked as done (Measurable rule 5), still not the child's outcome (Specific rule 4).
    const completed = FINISHING.has(wd(doc, i)) && lengthStated(doc, from, near);
    const mark = checked || resource || completed ? _ARRANGED : receiving ? GIVEN : club ? ATTENDED_CLUB : activity ? _ARRANGED : ATTENDED;
    // The frame before the verb is the provision's too ("To attend the nurture group", "Ryan will go to the homework club").
    // Not an activity's when what follows it is the child's own, read on its anchors with the frame ("will join the choir and sing").
    const v = activity ? activityVerbStart(doc, i) : i;
    const frame = PREDICATE_BEFORE.has(wd(doc, v - 1)) && doc.clause[v - 1] === doc.clause[i] && out[v - 1] === 0 && !(end < stop && !_adultClauseAt(doc, end) && (activity || visited || ((mark === ATTENDED || mark === ATTENDED_CLUB) && wd(doc, end) !== 'so'))) ? v - 1 : v;
    for (let j = frame; j < end; j++) if (out[j] === 0) out[j] = mark;
  }
}


/**
 * Whether a comma at k opens an adult's clause ("…, carer to confirm at next PEP", "…, PE teacher to record"): what follows is
 * the adults' check, not the child's own (Specific rule 4), so the frame before the verb of going is still the activity's
 * (the activity reading, _activity.ts, and an activity joined, {@link receivedProvision}).
 * @param doc - The target's words.
 * @param k - Where the activity's stretch ends.
 * @returns Whether an adult's clause opens there.
 * @example
 * _adultClauseAt(doc('Go to chess club weekly, carer to confirm.'), 5); //=> true
 */
export function _adultClauseAt(doc: _Doc, k: number): boolean {
  if (wd(doc, k) !== ',') return false;
  for (let j = k + 1; j < k + 4; j++) {
    const y = wd(doc, j);
    if (_FUTURE.has(wd(doc, j + 1))) return _ADULT_SUBJECTS.has(y) || _ADULT_HEADS.has(y);
    if (doc.toks[j]?.kind !== 'w') return false;
  }
  return false;
}

/** Verbs of getting to the end of a thing ("complete the 8-week programme", "finish the 6-session course"). */
const FINISHING: ReadonlySet<string> = new Set(['complete', 'completes', 'finish', 'finishes']);

/** Whether a provision's length is written before its name in [k, near) ("the 8-week programme", "a 6-session group"). */
function lengthStated(doc: _Doc, k: number, near: number): boolean {
  for (let j = k; j < near && j < k + 4; j++) if (provisionLength(doc, j)) return true;
  return false;
}

/** Units of a length written singular after its figure with no hyphen ("the 8 week programme"): an adjective, not a count. */
const LENGTH_UNITS: ReadonlySet<string> = new Set(['week', 'session', 'day', 'month', 'term']);

/**
 * Whether a figure, in digits or words, joined to a unit of time or sessions stands at k ("8-week", "eight-week", "6-session",
 * or "8 week" with the unit singular).
 */
function provisionLength(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || !(t.kind === 'n' || (t.kind === 'w' && _NUMBER_WORDS.has(wd(doc, k))))) return false;
  const unit = wd(doc, k + 1);
  return doc.toks[k + 1]?.hyph === true ? NOT_TARGET_AFTER.has(unit) : LENGTH_UNITS.has(unit);
}

/**
 * Whether token k is a list item's letter or number before ")" ("C)", "2)", "b)"): one letter or a number of one or two
 * digits that closes no aside ("(Year 7)", "(b)", "(age 4)": an opening bracket within the eight tokens before it). The item
 * opens as a sentence does ("C) Poppy's carer will…": {@link _provisionClauses}) and ends an adult's sentence before it.
 */
function listMarker(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || (t.kind === 'w' ? t.raw.length !== 1 : t.kind !== 'n' || t.raw.length > 2)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) if (wd(doc, j) === '(') return false;
  return true;
}

/** Whether the child's act joined at `and` (from {@link joinedOutcome}) takes the resource as "it" within four words. */
function actsOnIt(doc: _Doc, and: number, stop: number): boolean {
  for (let k = and + 2; k < stop && k <= and + 5; k++) if (wd(doc, k) === 'it' || wd(doc, k) === 'them') return true;
  return false;
}

/** Whether the word at k names an adult or agency. */
function adultWord(doc: _Doc, k: number): boolean {
  if (((doc.flags[k] as number) & F_ADULT) === 0) return false;
  const y = wd(doc, k);
  return ADULT_HEADS.has(y) || (_ADULT_SUBJECTS.has(y) && y !== 'we' && y !== 'class' && y !== 'key' && y !== "school's");
}

/** Prepositions after the thing had that put an adult or agency after them out of the object ("a place at college"); not "with", "to", "about" (whom the child meets). */
const MET_THING_PREPOSITIONS: ReadonlySet<string> = new Set([..._PREPOSITIONS, 'within'].filter((w) => w !== 'with' && w !== 'to' && w !== 'about'));

/**
 * An adult or agency named in two or three words as whom the child meets, sees, works with or has ("meet with her careers
 * adviser", "see the school nurse", "work with the learning mentor", "have a trusted adult she can talk to"): provision,
 * not a child outcome (the labelling guide, Specific rule 4; Bradford, SMART Outcomes: outcomes are not "Services").
 * The adult heads its phrase: "see the school nurse weekly", not "have a school place".
 */
function adultMet(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  let k = i + 1;
  if (wd(doc, k) === 'with') k += 1;
  else if (x === 'work' || x === 'works') return false;
  if (!ADULT_DETERMINERS.has(wd(doc, k))) return false;
  for (let j = k + 1; j <= k + 3; j++) {
    if (doc.toks[j]?.kind !== 'w' || doc.clause[j] !== doc.clause[i]) return false;
    // "have a place at college", "have a job with the council": an adult or agency after a preposition is where the thing had
    // is, not whom the child meets or has (the labelling guide, Measurable rule 5: "have a place at college" is a destination).
    if (MET_THING_PREPOSITIONS.has(wd(doc, j))) return false;
    if (!adultWord(doc, j)) continue;
    const next = doc.toks[j + 1];
    return next === undefined || next.kind !== 'w' || doc.clause[j + 1] !== doc.clause[j] || NP_END.has(wd(doc, j + 1)) || _STOP.has(wd(doc, j + 1)) || GROUP_AFTER.has(wd(doc, j + 1));
  }
  return false;
}

/**
 * After a word of all ("all", "all of", "every", "10 of") at k, the sessions of a provision ("all 10 sessions of", "all ten
 * sessions of", "all 6 weekly sessions of", "all of the sessions of", "every session of"): the token after "of", where the
 * provision attended is named (the labelling guide, Settled cases: "attending a group, service, club run for the child or
 * tuition: not specific … a stated rate or frequency of attending still measures"); else k.
 */
function sessionsOf(doc: _Doc, k: number, one: boolean): number {
  let j = k;
  if (_OWNING_DETERMINERS.has(wd(doc, j))) j += 1;
  if (doc.toks[j]?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, j))) j += 1;
  // "all 10 of the sessions of".
  if (wd(doc, j) === 'of' && j > k && _OWNING_DETERMINERS.has(wd(doc, j + 1))) j += 2;
  // A word of how often between the count and the sessions ("all 6 weekly sessions of").
  if (_endsLy(wd(doc, j)) && wd(doc, j + 1) !== 'of') j += 1;
  // "all sessions of her study programme" counts none (development label y15-237: her education, specific); "every session of" one each.
  if (j === k && !one) return k;
  return (wd(doc, j) === 'sessions' || wd(doc, j) === 'session') && wd(doc, j + 1) === 'of' ? j + 2 : k;
}

/**
 * Past a floor before a count at k ("at least 6 of", "no fewer than 5 of", "no less than 8 of"): the count's index when a number
 * and "of" follow the floor ("at least 6 of the 8 sessions of the anxiety group"), else k ("at least 4 out of 5 days at his
 * training provider" is left as read).
 */
function floorEnd(doc: _Doc, k: number): number {
  const x = wd(doc, k);
  const y = wd(doc, k + 1);
  const past = x === 'at' && y === 'least' ? k + 2 : x === 'no' && (y === 'fewer' || y === 'less') && wd(doc, k + 2) === 'than' ? k + 3 : k;
  return doc.toks[past]?.kind === 'n' && wd(doc, past + 1) === 'of' ? past : k;
}

/**
 * The token after a rate of attending that opens an object at k ("90% of", "4 out of 5 of", "all of", "all"), or k; with
 * `sessions`, past the sessions counted too when the provision they are of is named after "of" ({@link sessionsOf}).
 */
function rateOfEnd(doc: _Doc, k: number, sessions: boolean): number {
  let j = k;
  // "all of her sessions", "all his tuition sessions"; "all 10 sessions of the Drawing and Talking intervention", "every
  // session of the social skills group": the sessions counted are of the provision named after "of".
  if (wd(doc, j) === 'all') {
    const after = wd(doc, j + 1) === 'of' ? j + 2 : j + 1;
    return sessions ? sessionsOf(doc, after, false) : after;
  }
  if (wd(doc, j) === 'every' || wd(doc, j) === 'each') return sessions ? sessionsOf(doc, j + 1, true) : k;
  // A floor before the count ("at least 6 of the 8 sessions of the anxiety group", "no fewer than 5 of her 6 sessions") is
  // the same rate of attending.
  j = floorEnd(doc, j);
  if (doc.toks[j]?.kind === 'n') j += 1;
  else return k;
  // "3 out of 4 homework club sessions": a proportion, with or without "of" after it.
  if (wd(doc, j) === 'out' && wd(doc, j + 1) === 'of' && doc.toks[j + 2]?.kind === 'n') return wd(doc, j + 3) === 'of' ? j + 4 : j + 3;
  return wd(doc, j) === 'of' ? (sessions ? sessionsOf(doc, j + 1, false) : j + 1) : k;
}

/**
 * Where the provision attended from i ends before `end`: at a second predicate of the child's joined by "and" or "then"
 * ("attend the social skills group and use 2 greetings with a peer"), whose verb is one seen done or follows a modal of
 * its own ("have a trusted adult and will have been to the transition group every Thursday": that clause is read on its
 * own, so its rate of attending still measures); else `end`.
 */
function joinedOutcome(doc: _Doc, i: number, end: number, given: boolean, visit = false): number {
  for (let k = i + 2; k < end - 1; k++) {
    const x = wd(doc, k);
    // "attend homework club twice a week so that she hands in her homework": the child's outcome the provision is for.
    if (x === 'so' && purposeSubject(doc, wd(doc, k + 1) === 'that' ? k + 2 : k + 1)) return k;
    if (x !== 'and' && x !== 'then') continue;
    let v = k + 1;
    let modal = false;
    while (v < k + 3 && (wd(doc, v) === 'to' || JOIN_MODALS.has(wd(doc, v)) || wd(doc, v) === 'then')) {
      modal = modal || JOIN_MODALS.has(wd(doc, v));
      v += 1;
    }
    const y = wd(doc, v);
    // After a transition's visit had or a check gone to, the child's act whatever its verb ("and find his peg", "and floss her
    // teeth every evening").
    if (visit && v < end && visitAct(doc, v)) return k;
    // "and complete her health assessment": filling in what the service gives is the service's still, whatever the verb.
    if (!given && serviceForm(doc, v, end) && !schoolWorkAt(doc, i, k)) continue;
    // "and stay out of trouble": a broad state kept names nothing (Specific rule 1); the provision goes on.
    if (_outOfBroad(doc, v, y)) continue;
    if (v < end && (modal || _CONCRETE_VERBS.has(y) || _OBSERVABLE_VERBS.has(y) || attainsResult(doc, v, end) || (!given && ownAct(doc, v, end)))) return k;
  }
  return end;
}

/**
 * Whether the word at v, after "and" or "then" that follows a transition's visit had or a check of the child gone to, opens an
 * act of the child's, whatever its
 * verb ("and find his peg", "and draw a map of the school"): a lower-case word that is no article or possessive, no thing
 * joined to the visit ("and a photo book"), not "have" or "be" with more provision or a passive after it, and not meeting an
 * adult (development labels of visits with "and meet his link tutor", "and met his form tutor" after them: 2 not specific to
 * 0, a meeting with an adult read as provision).
 */
function visitAct(doc: _Doc, v: number): boolean {
  const t = doc.toks[v];
  const y = wd(doc, v);
  if (t === undefined || t.kind !== 'w' || _capitalised(t.raw) || NP_LEAD.has(y) || TAKING_PROVISION.has(y) || RECEIVING.has(y) || y === 'met') return false;
  if (y === 'be') return !_pastParticiple(wd(doc, v + 1)) && !_endsEd(wd(doc, v + 1));
  return !_STOP.has(y) && !_endsIng(y);
}

/**
 * Verbs of the child reporting on itself ("rate his mood on the 1-10 scale", "record in her planner", "log how often"): the
 * child's own act, read beside the verb lists ({@link _childVerb}).
 */
const SELF_REPORT: ReadonlySet<string> = new Set(['record', 'log', 'agree', 'compete']);
/** Verbs that take part in provision again ("and attend", "and have 1:1 sessions" are read as provision on their own). */
const TAKING_PROVISION: ReadonlySet<string> = new Set([...JOINING, ...MEETING, 'access', 'receive', 'participate', 'undertake', 'engage']);
/**
 * Forms, assessments and questionnaires a service gives the child to fill in ("complete her health assessment", "complete the
 * SDQ self-report"): doing them is part of the service, not an outcome of the child's (the labelling guide, Specific rule 4).
 */
const SERVICE_FORMS: ReadonlySet<string> = new Set(['form', 'forms', 'questionnaire', 'questionnaires', 'self-report', 'survey', 'surveys', 'assessment', 'assessments', 'sdq', 'screening', 'check', 'check-up', 'checkup']);
/** Help given, after a verb the child would otherwise do ("get support", "have help"). */
const HELP_HAD: ReadonlySet<string> = new Set(['support', 'help', 'advice', 'guidance']);
/** Verbs of filling in what a service gives ("complete the questionnaire", "fill in the form", "do the survey"). */
const FILLING = new Set(['complete', 'fill', 'do', 'return', 'sign']);

/**
 * Whether the verb at v, after "and" that follows provision the child attends, is the child's own act or result, the child
 * still its subject ("attend her CAMHS appointments and keep a use diary", "meet her Personal Adviser and agree her pathway
 * plan", "attend the maths intervention and improve her score from 40/60 to 55/60"): a verb of the child's ({@link
 * _childVerb}, {@link SELF_REPORT}), written in lower case (not a name, "the Drawing and Talking intervention"); not a verb of
 * taking part in provision again, a passive ("and then be reviewed", "be picked for"), nor filling in a form, assessment or
 * questionnaire the service gives (the labelling guide, Settled cases: attending a service is not specific, an outcome
 * joined to it is; Specific rule 4).
 */
function ownAct(doc: _Doc, v: number, end: number): boolean {
  const y = wd(doc, v);
  const t = doc.toks[v];
  if (t === undefined || t.kind !== 'w' || _capitalised(t.raw) || _endsIng(y) || TAKING_PROVISION.has(y)) return false;
  if (!_childVerb(y) && !SELF_REPORT.has(y) && !unlistedVerbAt(doc, v)) return false;
  if (y === 'be' && (_pastParticiple(wd(doc, v + 1)) || _endsEd(wd(doc, v + 1)))) return false;
  // "and get support with his feelings", "and have help with reading": provision had, not the child's act.
  for (let k = v + 1; k < end && k <= v + 3; k++) if (provisionNoun(doc, k) || HELP_HAD.has(wd(doc, k))) return false;
  // "and start a traineeship", "and begin the course": beginning a course or programme is taking part in it; "start using
  // her calm box", "begin to read" name the act begun.
  if (BEGINNING.has(y) && wd(doc, v + 1) !== 'to' && !_endsIng(wd(doc, v + 1))) return false;
  return namesSomething(doc, v, y, end);
}

/**
 * Verbs that score a feeling or a piece of work on a scale ("rate her anxiety at 5/10", "score her mood", "grade his
 * confidence", "mark her worry"): after a service, read by the screen row (Specific rule 7), not as an unlisted verb.
 */
const SCALE_SCORING: ReadonlySet<string> = new Set(['rate', 'score', 'grade', 'mark', 'scale', 'rank']);
/**
 * Words that are never an unlisted verb after "and" ({@link unlistedVerbAt}): the stop and vague words, process verbs
 * ("explore", "develop", "discuss"), and the joining words and prepositions that close a clause ("then", "after", "before").
 */
const NOT_UNLISTED_VERBS: ReadonlySet<string> = new Set([..._STOP, ..._VAGUE, ..._PROCESS, ..._NUMBER_CLOSERS, ..._PREPOSITIONS, ...SCALE_SCORING]);

/**
 * Whether the word at v, after "and" that follows provision or an event the child goes to, is a verb no list knows with its
 * own object ("and email her tutor a plan", "and miss 0 appointments", "and raise her attendance from 74% to 88%"): read as a verb only when an article, an owner, "all", "every" or a figure follows it,
 * straight or after a particle, as a bare imperative's verb is ({@link _imperativeAction}); a noun joined to the provision
 * ("and lunch club", "and the homework club") has none. Not a plural or third-person form, a gerund or a past form, nor a
 * word of the stop or vague lists. The labelling guide, Settled cases: attending a service or a club is not specific, "an
 * outcome joined to it … is specific".
 */
function unlistedVerbAt(doc: _Doc, v: number): boolean {
  const y = wd(doc, v);
  // "and rate her anxiety at 5/10": a feeling rated on a scale after a service is read by the screen row (Specific rule 7),
  // whose labels split with a service beside it (development labels after a service or group: 7 not specific to 1): SCALE_SCORING.
  if (y.length < 3 || NOT_UNLISTED_VERBS.has(y) || BROAD_ACTIONS.has(y) || WISHES.has(y) || _endsEd(y) || _endsIng(y) || (y.endsWith('s') && !y.endsWith('ss') && !y.endsWith('us'))) return false;
  // A particle of the verb's ("write down the dates", "hand in all my homework"), as after a bare imperative's verb, or "in".
  const p = wd(doc, v + 1);
  const k = VERB_PARTICLES.has(p) || p === 'in' ? v + 2 : v + 1;
  const t = doc.toks[k];
  if (t === undefined || _capitalised(doc.toks[v + 1]?.raw ?? '')) return false;
  return t.kind === 'n' || (t.kind === 'w' && JOINED_OBJECT_LEADS.has(wd(doc, k)));
}

/**
 * Whether the clause of the child's verb at v names something by the usual rules: the verb is not a broad word itself
 * ("and behave", "and settle", "and make progress"), nor a broad state kept ("and stay out of trouble"), and a word after it
 * before `end` is a figure or a word that names a thing, not a broad word, a manner or a gerund ("and do well", "and try his
 * best", "and improve", "and keep trying", "and enjoy it" name nothing; "and keep a use diary", "and know his 6 times
 * table" do): the labelling guide, Specific rule 1 (a broad word with nothing named is not specific) and Settled cases
 * (attending a service is not specific; an outcome joined to it is).
 */
function namesSomething(doc: _Doc, v: number, y: string, end: number): boolean {
  if (_VAGUE.has(y) || BROAD_IN.has(y) || _outOfBroad(doc, v, y)) return false;
  for (let k = v + 1; k < end && doc.clause[k] === doc.clause[v]; k++) {
    const t = doc.toks[k];
    if (t?.kind === 'n') return true;
    const x = wd(doc, k);
    if (t?.kind !== 'w' || _STOP.has(x) || NP_LEAD.has(x) || _REFLEXIVES.has(x) || adverb(x) || _endsIng(x)) continue;
    return !_VAGUE.has(x) && !_GENERIC_OBJECTS.has(x);
  }
  return false;
}

/**
 * Whether the verb at v fills in a form, assessment or questionnaire named within five words ("complete the SDQ self-report"),
 * with no score, grade or percentage after it: "complete the reading assessment with a score of 100", "the end of unit
 * assessment with 80%" are the child's result (the labelling guide, Measurable rule 1: a score or percentage measures).
 */
function serviceForm(doc: _Doc, v: number, end: number): boolean {
  if (!FILLING.has(wd(doc, v))) return false;
  let form = -1;
  // "self-report" is read as two words: "report" is a form only after "self-" ("complete his book report" is school work).
  for (let k = v + 1; k < end && k <= v + 5 && form < 0; k++) if (SERVICE_FORMS.has(wd(doc, k)) || (wd(doc, k) === 'report' && wd(doc, k - 1) === 'self')) form = k;
  if (form < 0) return false;
  for (let k = form + 1; k < end && doc.clause[k] === doc.clause[v]; k++) if (RESULT_WORDS.has(wd(doc, k)) || (doc.toks[k]?.kind === 'n' && wd(doc, k + 1) === '%')) return false;
  return true;
}

/** Words of a result scored ("with a score of 100", "a grade 5", "full marks"). */
const RESULT_WORDS: ReadonlySet<string> = new Set(['score', 'scores', 'scoring', 'grade', 'grades', 'mark', 'marks', '%', 'percent', 'level']);
/** Provision of school work, not a service ("the homework club", "the maths intervention", "his English lessons"). */
const SCHOOL_WORK: ReadonlySet<string> = new Set(['club', 'clubs', 'intervention', 'interventions', 'lesson', 'lessons', 'tuition', 'tutoring', 'booster', 'class', 'classes']);

/**
 * Whether the provision attended between i and k is school work (a club, intervention, lesson or tuition), not a service: a
 * form or assessment completed after it is the child's work (the labelling guide, Settled cases: attending a service; an
 * outcome joined to it is specific).
 */
function schoolWorkAt(doc: _Doc, i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) if (SCHOOL_WORK.has(wd(doc, j))) return true;
  return false;
}

/** Verbs of attaining a value or result: the standard's ({@link _ATTAINING}) and "earn" ("and earn 2 badges"). */
const ATTAINING_JOINED: ReadonlySet<string> = new Set([..._ATTAINING, 'earn', 'earns']);

/**
 * Whether the verb at v attains a value or a named result before `end` ("and score 6/10 on his times tables test", "and earn
 * 20 house points", "and pass his Year 6 SATs"): an outcome of the child's joined to the provision (docs/smart.md: "A second
 * predicate of the child's joined by 'and' or 'then', with a verb seen done, ends the provision"; the labelling guide,
 * Measurable rule 5: "achieve the expected standard in reading").
 */
function attainsResult(doc: _Doc, v: number, end: number): boolean {
  if (!ATTAINING_JOINED.has(wd(doc, v))) return false;
  if (_valueAfter(doc, v) >= 0) return true;
  for (let k = v + 1; k < end && k <= v + 4; k++) if (_ASSESSMENTS.has(wd(doc, k))) return true;
  return false;
}

/**
 * Whether what follows "and" at j only takes part in the activity, the activity still ("and take part", "and join in"; not
 * "and take part in the tournament"). Attending it again ("and attend at least 6 of the 8 sessions") is left to its reading
 * (labels decide it both ways).
 */
function goesOn(doc: _Doc, j: number, end: number): boolean {
  const y = wd(doc, j + 1);
  const z = wd(doc, j + 2);
  return (((y === 'take' && z === 'part') || (y === 'join' && z === 'in')) && (j + 3 >= end || doc.toks[j + 3]?.kind === 'p'));
}

/** Verbs before "involved" that make it joining ("get involved in", "become involved in"). */
const INVOLVING: ReadonlySet<string> = new Set(['get', 'gets', 'getting', 'become', 'becomes', 'be']);

/** Verbs of beginning before a verb of joining ("begin to attend", "start going to"). */
const BEGINNING = new Set(['begin', 'start']);

/**
 * Where the verb of joining an activity at i starts, past what only says when or how often it is done: "will be attending",
 * "begin to attend", "start going to", "regularly attend" (the activity is the same; its rate still measures).
 */
function activityVerbStart(doc: _Doc, i: number): number {
  let v = i;
  // "get involved in", "become involved in": the verb before "involved" is the joining's own.
  if (wd(doc, v) === 'involved' && INVOLVING.has(wd(doc, v - 1))) v -= 1;
  if (wd(doc, v - 1) === 'be') v -= 1;
  else if (wd(doc, v - 1) === 'to' && BEGINNING.has(wd(doc, v - 2))) v -= 2;
  else if (BEGINNING.has(wd(doc, v - 1))) v -= 1;
  if (_endsLy(wd(doc, v - 1)) && doc.clause[v - 1] === doc.clause[i]) v -= 1;
  return v;
}

/** Words after an activity joined that end it before what follows is read on its own ("and", "then", "so that", a comma). */
const ACTIVITY_ENDS = new Set(['and', 'then', 'so', ',', 'where', 'to']);
const F_ACTIVITY_END = _wordFlag2(ACTIVITY_ENDS);

/**
 * Whether the word at k ends an activity joined when read word by word: one of {@link ACTIVITY_ENDS}, "order" (of "in order to") or
 * `also` ("that" of "so that", "in" of "in order to"), as the place asks. {@link activityEnd} reads "in order to" whole.
 */
function activityEndWord(doc: _Doc, k: number, also = 'order'): boolean {
  const x = wd(doc, k);
  return _flag2At(doc, k, F_ACTIVITY_END) || x === 'order' || x === also;
}

/**
 * Where an activity joined ends, from just after its group's name at k, before `end`: at "and", "then", a comma, "so
 * that", "where" or a purpose ("to", "in order to"). What follows is the child's own, read on its anchors ("join the choir
 * and sing a solo at the summer concert", "join the choir to sing a solo": specific; "go to chess club and have fun":
 * nothing achieved there). A hyphenated "to" is part of a word ("one-to-one").
 */
function activityEnd(doc: _Doc, k: number, end: number): number {
  for (let j = k; j < end; j++) {
    const x = wd(doc, j);
    if (x === 'and' && goesOn(doc, j, end)) continue;
    // "to" before a date or a number ends a span of time, not a purpose ("every Thursday this term (16 Jan to 3 Apr 2025)",
    // "from February to June"): the activity goes on.
    if (x === 'to' && (doc.toks[j + 1]?.kind === 'n' || _MONTHS.has(wd(doc, j + 1)))) continue;
    if ((ACTIVITY_ENDS.has(x) && doc.toks[j]?.hyph !== true) || (x === 'in' && wd(doc, j + 1) === 'order' && wd(doc, j + 2) === 'to')) return j;
  }
  return end;
}

/**
 * The end of a place the child arrives at or enters from i, or -1: "come into nursery", "come into class at the start of
 * the day", "go to bed by 10" (the child's arrival or routine, a behaviour someone sees, like "get to school"); "start
 * school", "get into college", "be reintegrated into full time education" (the placement the child achieves, a one-off
 * event: the labelling guide, Specific, and Measurable rule 5).
 */
function placeEnd(doc: _Doc, i: number, x: string, next: string): number {
  const arrived = next === 'into' || next === 'to' || next === 'in' ? arrivalEnd(doc, i, x, next) : -1;
  if (arrived > 0) return arrived;
  // The child's predicate: after "will", "to" or "be", or opening the target, its sentence or its label ("Get into college.",
  // "Goal: get back into school"), as a post gained is read ({@link gainedPost}).
  const b = wd(doc, i - 1);
  return _ENTERING.has(x) && (i === 0 || PREDICATE_BEFORE.has(b) || b === 'be' || LABEL_ENDS.has(b) || _PART_ENDS.has(b)) ? _enteredPlace(doc, i) : -1;
}

/** Verbs of arriving ("come into class", "walk into the classroom", "go to bed"). */
const ARRIVING = new Set(['come', 'comes', 'coming', 'go', 'goes', 'walk', 'walks']);
/** Places arrived at as a routine of the child's own (not a group or provision: "go to the nurture group" is attending it). */
const ARRIVED_AT = new Set(['class', 'classroom', 'nursery', 'school', 'lessons', 'lesson', 'bed', 'registration', 'form']);

/**
 * The end of an arrival at i ("come into nursery", "go to bed", "walk into the classroom"), after a predicate or opening the
 * part after a heading naming an area ("Sleep - go to bed by 10.30": {@link headingPart}), or -1.
 */
function arrivalEnd(doc: _Doc, i: number, x: string, next: string): number {
  if (!ARRIVING.has(x) || (next !== 'into' && next !== 'to' && next !== 'in') || !(PREDICATE_BEFORE.has(wd(doc, i - 1)) || (i > 0 && i === headingPart(doc)))) return -1;
  const k = wd(doc, i + 2) === 'the' || POSSESSIVES.has(wd(doc, i + 2)) ? i + 3 : i + 2;
  return ARRIVED_AT.has(wd(doc, k)) && doc.clause[k] === doc.clause[i] && !provisionNoun(doc, k + 1) ? k + 1 : -1;
}

/** The child named as the subject of a purpose clause ("so that she…", "so I…"). */
const PURPOSE_SUBJECTS = new Set(['he', 'she', 'they', 'i']);
/** The child named as subject or object ({@link PURPOSE_SUBJECTS} and {@link CHILD_OBJECTS}), in one look-up. */
const CHILD_NAMED: ReadonlySet<string> = new Set([...PURPOSE_SUBJECTS, ...CHILD_OBJECTS]);
const F_CHILD_NAMED = _wordFlag2(CHILD_NAMED);

/** Whether a purpose clause's subject at k is the child, followed by a verb (not "so he can be supported"). */
function purposeSubject(doc: _Doc, k: number): boolean {
  return PURPOSE_SUBJECTS.has(wd(doc, k)) && doc.toks[k + 1]?.kind === 'w' && !PASSIVE_PROVISION.has(wd(doc, k + 2)) && doc.clause[k + 1] === doc.clause[k];
}

/** Modals that open a second predicate of the child's after "and" ("… and will have been to", "… and can name"). */
const JOIN_MODALS = new Set(['will', 'can', "'ll", 'should', 'must', 'shall']);


/** Whether "group" at k heads its phrase ("attend the Young Carers group", "join the group weekly"), not "a group of friends" or "group games". */
function groupHead(doc: _Doc, k: number): boolean {
  const next = doc.toks[k + 1];
  if (next === undefined || next.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k]) return true;
  const y = wd(doc, k + 1);
  return (NP_END.has(y) && y !== 'of') || GROUP_AFTER.has(y) || COUNT_WORDS.has(y);
}

/** Number words that may follow a group's name ("the nurture group three afternoons a week"). */
const COUNT_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'every', 'each']);

/** Whether "club" at k is run for support ("homework club", "the after-school homework club", "catch-up club"). */
function supportClub(doc: _Doc, k: number): boolean {
  const before = wd(doc, k - 1);
  return SUPPORT_CLUBS.has(before) || (doc.toks[k - 1]?.hyph === true && SUPPORT_CLUBS.has(`${wd(doc, k - 2)}-${before}`));
}

/** The end of a bracketed aside opened at k: its ")" (within twelve tokens), or k when it does not close. */
function asideEnd(doc: _Doc, k: number): number {
  for (let j = k + 1; j < doc.toks.length && j <= k + 12; j++) {
    if (wd(doc, j) === ')') return j;
    if (wd(doc, j) === '(' || _PART_ENDS.has(wd(doc, j))) return k;
  }
  return k;
}

/** The end (exclusive, at most `limit`) of the clause at i, past a bracketed aside and the clause that resumes after it. */
function clauseEnd(doc: _Doc, i: number, limit: number): number {
  let cur = doc.clause[i];
  let j = i;
  const last = Math.min(doc.toks.length, limit);
  while (j < last) {
    if (doc.clause[j] === cur) {
      j += 1;
      continue;
    }
    const close = wd(doc, j) === '(' ? asideEnd(doc, j) : j;
    if (close === j) break;
    // An aside that ends the text is the clause's too ("attend the nurture group (weekly, 1 hour)").
    if (close + 1 >= doc.toks.length) return Math.min(close + 1, last);
    j = close + 1;
    cur = doc.clause[j];
  }
  doc.ops.n += j - i + 1;
  return j;
}

/**
 * Whether the object of a verb of attending at i is one session or group ("attend a weekly 30 minute (small group)
 * session", "participate in a daily group session"): provision the child takes part in (Bradford, SMART Outcomes:
 * outcomes are not "Services ... Activities"), read past a bracketed aside. Not "all sessions" (attendance).
 */
function oneSession(doc: _Doc, i: number, end: number): boolean {
  let k = i + 1;
  if (wd(doc, k) === 'in' || wd(doc, k) === 'on') k += 1;
  if (wd(doc, k) !== 'a' && wd(doc, k) !== 'an') return false;
  let head = '';
  for (let j = k + 1; j < end && j <= k + 10; j++) {
    if (wd(doc, j) === '(') {
      j = asideEnd(doc, j);
      continue;
    }
    if (doc.toks[j]?.kind === 'p' || NP_END.has(wd(doc, j))) break;
    head = wd(doc, j);
  }
  return RECEIVED.has(head);
}

/**
 * Finds specificity anchors and vague words.
 * @param doc - Analysed text, after the deadline and measure scans.
 * @param naming - Content-naming number spans from the measure scan.
 * @returns Anchor and vague spans.
 */
const OWNERS = new Set(['his', 'her', 'their', 'my', 'the', 'your', 'its', 'full', 'own']);

/**
 * A concrete word used broadly: a skill verb with nothing after it in its clause ("to be able to count":
 * no range), or one whose object is a broad area ("reach his potential", "show respect"): Barnet's "vague,
 * generic" outcomes and the guide's Specific rule 1.
 */
function broadUse(doc: _Doc, i: number, x: string): boolean {
  const before = wd(doc, i - 1);
  // "get good GCSEs", "decent exam results": an exam only called good names no grade, like "do well in his exams" (rule 1).
  if ((before === 'good' || before === 'decent') && GOOD_EXAMS.has(x)) return true;
  // "will play well with others", "to read better", "to be able to read fluently": a broad manner and nothing named after it.
  // A comparative of the manner ("play more nicely", "behave more properly") is the same manner with no baseline (the labelling
  // guide, Specific rule 2: a vague comparative names no skill; development labels: "play (more) nicely" 0 specific of 9).
  const m = wd(doc, i + 1) === 'more' ? i + 2 : i + 1;
  const manner = wd(doc, m);
  // The manner first: four comparisons before a look-up.
  // The verb opening the text or its part after a heading mark ("Play nicely with the other children", "Lunchtimes - behave
  // well") is the child's imperative aim, read as after "to" (the same frame in another layout).
  if ((manner === 'well' || manner === 'better' || manner === 'nicely' || manner === 'properly' || manner === 'fluently') && (PREDICATE_BEFORE.has(before) || ((i === 0 || _HEADING_MARKS.has(before)) && !namedInClause(doc, m + 1)))) {
    if (doc.clause[m + 1] !== doc.clause[i] || doc.toks[m + 1]?.kind !== 'w' || BROAD_AFTER.has(wd(doc, m + 1))) return true;
  }
  if (!_flag3At(doc, i, F3_CONCRETE_VERB)) return false;
  // The second of two verbs ("identify and apply appropriate strategies") with a general object.
  if ((before === 'and' || before === 'or') && _genericObject(doc, i)) return true;
  if (!(before === 'to' || before === 'will' || before === 'can')) return false;
  const next = doc.toks[i + 1];
  // A quoted object names it: "sign 'please' and 'thank you'".
  if (next !== undefined && (next.raw === "'" || next.raw === '"')) return false;
  if (next === undefined || next.kind === 'p' || doc.clause[i + 1] !== doc.clause[i]) return true;
  // "identify and apply appropriate strategies": a general object, also after a second verb.
  if (_genericObject(doc, i) || ((wd(doc, i + 1) === 'and' || wd(doc, i + 1) === 'or') && _genericObject(doc, i + 2))) return true;
  let j = i + 1;
  while (j < i + 3 && OWNERS.has(wd(doc, j))) j += 1;
  return j > i + 1 && (_VAGUE.has(wd(doc, j)) || (ABSTRACT_NOUNS.has(wd(doc, j)) && !doc.toks[j + 1]?.hyph && (doc.clause[j + 1] !== doc.clause[i] || doc.toks[j + 1]?.kind !== 'w' || NP_END.has(wd(doc, j + 1)))));
}

/**
 * Whether the clause from k names a person or how often ("Play nicely with Sam", "… every Friday"): after an opening manner
 * verb ({@link broadUse}) these leave the text as read, the child's behaviour with a named peer or at a set time being
 * particular (the labelling guide, Specific: a named person; Measurable rule 1: a frequency in words).
 */
function namedInClause(doc: _Doc, k: number): boolean {
  for (let j = k; j < doc.toks.length && doc.clause[j] === doc.clause[k - 2]; j++) if (personName(doc, j) || _routineAt(doc, j)) return true;
  return false;
}

/** Qualifications named by their exams ("GCSEs", "BTEC", "A-levels"): done well in ({@link GOOD_EXAMS}) or sat ({@link SAT_QUALIFICATIONS}). */
const QUALIFICATION_EXAMS: readonly string[] = ['gcse', 'gcses', 'btec', 'a-levels'];
/** Exams and qualifications a child may be asked only to do well in ({@link broadUse}). */
const GOOD_EXAMS = new Set([...QUALIFICATION_EXAMS, 'sats', 'exam', 'exams', 'mocks']);
/** {@link GOOD_EXAMS} for the area-only reading (_object.ts): "do well in his GCSEs" names the exams as a whole. */
export const _GOOD_EXAMS: ReadonlySet<string> = GOOD_EXAMS;
/** _CONCRETE_VERBS as a third-word flag ({@link _flag3At}): {@link broadUse} and {@link concreteAnchor} read one bit of the word they are at. */
const F3_CONCRETE_VERB = _wordFlag3(_CONCRETE_VERBS);

/** Words after a broad manner that name no thing ("play well with others", "read better in class"). */
const BROAD_AFTER = new Set(['with', 'in', 'at', 'and', 'around', 'alongside', 'together', 'than', 'during', 'when']);

/** Process verbs whose object is the content practised ("practise her scales on the violin", "rehearse his lines"); aimed at an occasion ("practise for the MTC") they are as "revise for" ({@link specialAt}). */
const PRACTISING = new Set(['practise', 'practice', 'practising', 'rehearse', 'rehearsing', 'memorise', 'memorize']);

/** Words after a test's name that end its phrase ("practise for the MTC in June", "… check by Easter", "… check and …"). */
const TEST_NAME_ENDS: ReadonlySet<string> = new Set([..._PREPOSITIONS, 'by', 'and', 'or', 'using', 'this', 'next', 'before', 'during']);

/** Process verbs aimed at an occasion ("revise for", "prepare for", "study for"). */
const OCCASION_PROCESS = new Set(['revise', 'revising', 'prepare', 'preparing', 'study', 'studying', 'train', 'training']);

/** Process verbs aimed at a goal ("work towards his GCSEs", "build towards the exam"): like "revise for", the goal is the occasion. */
const AIM_PROCESS = new Set(['work', 'works', 'working', 'build', 'builds', 'building', 'progress', 'progressing']);

/** Broad verbs of fitting in somewhere ("settle into", "cope in", "fit in at"). */
const BROAD_IN = new Set([..._SETTLING, 'cope', 'copes', 'coping', 'fit', 'adjust', 'adapt', 'integrate']);
const PLACE_PREPOSITIONS = new Set(['into', 'in', 'at', 'within']);

/**
 * Words of the child's predicate just before its verb ("will attend", "to go", "can name"), with the text-speak "gonna" and
 * "wanna" ("im gonna get a job": "going to", the child's own words; a wish is left to {@link _wishOnly}).
 */
const PREDICATE_BEFORE = new Set(['will', 'to', 'can', "'ll", 'must', 'should', 'shall', 'gonna', 'wanna']);
const F_PREDICATE_BEFORE = _wordFlag2(PREDICATE_BEFORE);

/**
 * Where the evidence of a verb seen done ends: past its quoted object when one follows ("use 'stop, walk, talk'"),
 * the verb alone when the quote does not close within ten words, else the verb and the next word.
 */
function quotedObjectEnd(doc: _Doc, i: number): number {
  const open = doc.toks[i + 1]?.raw;
  if (open !== "'" && open !== '"') return i + 2;
  for (let k = i + 2; k <= i + 12 && k < doc.toks.length; k++) if (doc.toks[k]?.raw === open) return k + 1;
  return i + 1;
}

/**
 * A verb a child is seen doing, as the child's predicate and with a particular object: "will speak to one
 * adult", "to use her writing slope", "will eat a range of foods" (Bolton, smart targets, Step 3: "What would I
 * see/measure/count etc. that would tell me?"; the labelling guide, Specific rule 4: "A child using a named
 * strategy is specific"). Not with a general object ("use strategies").
 */
function observedAction(doc: _Doc, i: number, x: string, joined = false): boolean {
  if (!_OBSERVABLE_VERBS.has(x)) return false;
  // "find out about nursing" is learning about it (not "find out the entry requirements"); "find a hobby", "find a course"
  // name no particular one (rule 1).
  if (x === 'find' && ((wd(doc, i + 1) === 'out' && wd(doc, i + 2) === 'about') || unnamedClass(doc, i + 2, wd(doc, i + 2)))) return false;
  let k = i - 1;
  if (_endsLy(wd(doc, k))) k -= 1;
  // Or an instruction that opens the target or follows its label ("Use a ruler to…", "Next step: use conjunctions…").
  if (!joined && !PREDICATE_BEFORE.has(wd(doc, k)) && !(k === i - 1 && (i === 0 || LABEL_ENDS.has(wd(doc, k))))) return false;
  const next = doc.toks[i + 1];
  // A quoted object names it, as after a concrete verb ("use 'first', 'next' and 'then'", "say 'thank you'").
  if (next !== undefined && (next.raw === "'" || next.raw === '"') && doc.toks[i + 2]?.kind === 'w') return true;
  if (next === undefined || next.kind === 'p' || doc.clause[i + 1] !== doc.clause[i] || doc.used[i + 1] !== 0 || _SETTINGS.has(wd(doc, i + 1))) return false;
  if (_VAGUE.has(wd(doc, i + 1)) || _genericObject(doc, i) || _vagueManner(doc, i) || comparedObject(doc, i) || abstractObject(doc, i)) return false;
  if (_outOfBroad(doc, i, x)) return false;
  // "move up to the next level": reaching told with a verb of moving, read as "reach" is ({@link standardReached}; review32b).
  if (x === 'move' && wd(doc, i + 1) === 'up' && wd(doc, i + 2) === 'to' && standardReached(doc, i + 2)) return false;
  // A note after the object's part is another part ("use conjunctions, TA support", "… . TA support 3x weekly").
  for (let k = i + 1; k <= i + 4 && !noteEnd(doc, k); k++) if (provisionNoun(doc, k)) return false;
  return true;
}

/**
 * The object of the verb at v is a quality, not a thing ("build trust with adults", "show her worth", "use his
 * kindness"): the labelling guide, Specific rule 1 (a disposition or broad area is not specific).
 */
function abstractObject(doc: _Doc, v: number): boolean {
  // The verb's particle is read past ("build up trust with staff", "open up her feelings"): the object follows it.
  let k = wd(doc, v + 1) === 'up' ? v + 2 : v + 1;
  while (k < v + 4 && OWNERS.has(wd(doc, k))) k += 1;
  // A hyphenated word is read whole ("self-belief").
  const y = doc.toks[k + 1]?.hyph === true ? `${wd(doc, k)}-${wd(doc, k + 1)}` : wd(doc, k);
  const stem = _endsS(y) ? y.slice(0, -1) : y;
  if (ABSTRACT_NOUNS.has(y) || stem.endsWith('ness') || stem.endsWith('ship')) return true;
  // The head of the object past its describing words: a broad area ("build trusting relationships with key adults").
  let head = k;
  while (head + 1 < v + 6 && doc.toks[head + 1]?.kind === 'w' && doc.clause[head + 1] === doc.clause[v] && !NP_END.has(wd(doc, head + 1)) && !adverb(wd(doc, head + 1))) head += 1;
  return head > k && BROAD_TOPICS.has(wd(doc, head));
}

/** Marks that end a label or open a list item before an instruction. */
const LABEL_ENDS = new Set([':', '-', '•', '*', '\n']);

/** Verbs and nouns of knowing ("understands the purpose of vaccinations", "awareness of online risks"). */
const KNOWING = new Set(['understand', 'understands', 'understanding', 'know', 'knows', 'knowledge', 'aware', 'awareness', 'learn', 'learns', 'learning']);
/** {@link KNOWING} for the everyday-act reading (_childAct.ts): knowing is no act seen done ("know 5 times"). */
export const _KNOWING: ReadonlySet<string> = KNOWING;
/** Words between a verb of knowing and its topic ("the concept of", "risks associated with", "changes to"). */
const TOPIC_LEAD = new Set([
  'of', 'the', 'a', 'an', 'about', 'that', 'how', 'what', 'his', 'her', 'their', 'its', 'concept', 'purpose', 'importance', 'role', 'risks', 'risk',
  'associated', 'with', 'changes', 'change', 'to', 'different', 'potential', 'basic', 'simple', 'key', 'being', 'physical', 'own', 'some', 'age-appropriate',
  'these', 'those', 'this', 'social', 'emotional', 'personal', 'other', 'various', 'new', 'key', 'main',
]);
/** Topics that are broad areas, not particular knowledge (the labelling guide, Specific rule 1). */
const BROAD_TOPICS = new Set([
  'feelings', 'emotions', 'friendships', 'friendship', 'relationships', 'boundaries', 'conventions', 'norms', 'structures', 'support', 'world', 'bigger',
  'area', 'areas', 'growing', 'others', 'themselves', 'himself', 'herself', 'self', 'needs', 'life', 'future', 'things', 'expectations', 'situations', 'behaviour',
  'and', 'or', 'but', 'when', 'why', 'where', 'who', 'it', 'them', 'this', 'is', 'are', 'impact', 'effect', 'effects', 'consequences', 'do', 'work', 'say', 'go',
  'expected', 'learning', 'targets', 'target', 'more', 'better', 'from', 'in', 'at', 'with', 'strengths', 'weaknesses', 'difficulties', 'abilities',
]);

/**
 * Knowledge of a named topic: "understands the purpose of vaccinations", "knows the risks associated with drugs and
 * alcohol" (Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What specific skills or knowledge need to be
 * acquired"; Halton Appendix C, Post-16: "The target must detail specific skills or knowledge"). Not measurable: an
 * understanding cannot be seen (the labelling guide, Measurable rule 3). Returns the topic's token, or -1.
 */
function knowledgeTopic(doc: _Doc, i: number): number {
  let v = i;
  // Two verbs sharing one topic ("understands and accesses benefits", "awareness and understanding of precautions").
  if ((wd(doc, i + 1) === 'and' || wd(doc, i + 1) === 'or') && doc.toks[i + 2]?.kind === 'w' && doc.clause[i + 2] === doc.clause[i]) v = i + 2;
  const first = wd(doc, v + 1);
  // The nouns take their topic with "of", "about" or "that" ("knowledge of", not "this knowledge to…").
  if ((wd(doc, v) === 'knowledge' || wd(doc, v) === 'awareness' || wd(doc, v) === 'understanding') && first !== 'of' && first !== 'about' && first !== 'that') return -1;
  let k = topicHead(doc, v);
  if (k < 0) return -1;
  // A general head shares the phrase with a particular one ("strategies and precautions"): the second names the topic.
  if ((_GENERIC_OBJECTS.has(wd(doc, k)) || wd(doc, k) === 'rules') && (wd(doc, k + 1) === 'and' || wd(doc, k + 1) === 'or')) k = topicHead(doc, k + 1);
  if (k < 0) return -1;
  let y = wd(doc, k);
  // A subject's name before a noun describes it: the noun is the topic ("French vocabulary for family members", "science key words").
  const after = wd(doc, k + 1);
  if (_SUBJECTS.has(y) && doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[v] && !_STOP.has(after) && !_SUBJECTS.has(after) && !STANDARD_WORDS.has(after)) {
    k += 1;
    y = after;
  }
  // "how to keep himself well", "to be a good friend", "to manage his behaviour": a broad action or a broad object is no topic.
  if (wd(doc, k - 1) === 'to' && broadHowTo(doc, k)) return -1;
  // "learn to share" with nothing shared: a broad social disposition (see {@link concreteAnchor}).
  if (SOCIAL_WITHOUT_OBJECT.has(y) && (after === '' || _PART_ENDS.has(after))) return -1;
  // A subject's name after a describing word is part of a compound ("social media", "body language"), not the school subject.
  const subject = _SUBJECTS.has(y) && !(k > v + 1 && TOPIC_DESCRIBERS.has(wd(doc, k - 1)));
  return _VAGUE.has(y) || BROAD_TOPICS.has(y) || _GENERIC_OBJECTS.has(y) || subject ? -1 : k;
}

/** Words of a standard or level after a subject's name ("maths grade", "reading level"): not a topic. */
const STANDARD_WORDS = new Set(['grade', 'grades', 'level', 'levels', 'standard', 'standards', 'skills', 'skill', 'work', 'lessons', 'lesson', 'class', 'classes', 'teacher', 'targets', 'target', 'progress', 'ability', 'confidence']);

/** Whether the verb at k after "how to"/"to" is a broad action or takes a broad word within three words. */
function broadHowTo(doc: _Doc, k: number): boolean {
  const v = wd(doc, k);
  if (BROAD_ACTIONS.has(v) || _PROCESS.has(v) || _VAGUE.has(v) || v === 'keep' || v === 'stay' || v === 'remain') return true;
  for (let j = k + 1; j <= k + 3 && doc.clause[j] === doc.clause[k]; j++) if (_VAGUE.has(wd(doc, j)) || BROAD_TOPICS.has(wd(doc, j))) return true;
  return false;
}

/** Describing words that make a subject's name part of a compound topic ("social media", "body language"). */
const TOPIC_DESCRIBERS = new Set(['social', 'physical', 'personal', 'emotional', 'different', 'basic', 'simple', 'new', 'key', 'main', 'potential']);

/** The first word after the topic's lead-in words from a verb or noun of knowing at v, in its clause, or -1. */
function topicHead(doc: _Doc, v: number): number {
  let k = v + 1;
  // A count of the things known is no topic itself ("learn 10 French greetings", "know 5 facts about the Romans"): the noun after it is.
  while (k < v + 7 && (TOPIC_LEAD.has(wd(doc, k)) || countBefore(doc, k))) k += 1;
  const t = doc.toks[k];
  return t === undefined || t.kind !== 'w' || doc.clause[k] !== doc.clause[v] ? -1 : k;
}

/** Whether token k is a plain count before a thing named in its clause ("10 French greetings"): digits alone, no unit, date, score or period. */
function countBefore(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n' || t.sep !== '' || t.suffix !== '' || t.prefix !== '' || doc.toks[k + 1]?.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k]) return false;
  // "know 5 times", "learn 3 weeks": how often or how long, not things known.
  const next = wd(doc, k + 1);
  return next !== 'times' && !_DURATION_UNITS.has(next) && !_OCCASIONS.has(next);
}

/** Words that start one of the patterns of {@link specialAt} (one set look-up per token). */
const SPECIAL_STARTS = new Set([...OCCASION_PROCESS, ...PRACTISING, ...AIM_PROCESS, ...BROAD_IN, ..._OBSERVABLE_VERBS, ...KNOWING, 'good', 'bronze', 'silver', 'gold']);

/**
 * Patterns that decide a token's anchor on their own; returns the last token they took, or -1.
 * - "revise for his mocks", "prepare for her exams", "work towards his GCSEs": a process aimed at an occasion names no skill or topic
 *   (the labelling guide, Specific rule 1; Measurable rule 6: process verbs alone).
 * - "settle into her new foster placement", "cope in the classroom", "cope with changes to routine", "adapt to new
 *   situations": a disposition in a place or circumstance; the place or circumstance is
 *   not what the child will achieve (Specific rule 1: "settle", "engage more").
 * - "a Good Level of Development": the EYFS standard (GLD) spelled out, named like a qualification.
 * - a verb seen done, as the child's predicate, with a particular object ({@link observedAction}).
 */
function specialAt(doc: _Doc, i: number, x: string, next: string, anchors: [number, number][]): number {
  // The word after first (compared), the verb's set only then (looked up).
  if ((next === 'for' && (OCCASION_PROCESS.has(x) || PRACTISING.has(x))) || ((next === 'towards' || next === 'toward') && AIM_PROCESS.has(x))) {
    let j = i + 2;
    while (j < i + 5 && OWNERS.has(wd(doc, j))) j += 1;
    // "practise for the times tables check", "revise for the Year 4 multiplication check": the words naming the test are
    // its name, not a skill practised (a named check with no score is the occasion, as "revise for his mocks" is); the
    // test heads its phrase ("… check in June", "… check."), not "all exam entries" (the entries are the thing).
    for (let k = j; k < j + 4 && doc.toks[k]?.kind !== 'p' && k < doc.toks.length; k++) {
      if (_ASSESSMENTS.has(wd(doc, k)) && (doc.toks[k + 1]?.kind !== 'w' || TEST_NAME_ENDS.has(wd(doc, k + 1)))) return k;
    }
    return j;
  }
  if (BROAD_IN.has(x) && (PLACE_PREPOSITIONS.has(next) || ((next === 'with' || next === 'to') && !x.startsWith('settle')))) {
    let j = i + 2;
    while (j < i + 6 && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[i] && wd(doc, j) !== 'and') j += 1;
    return j - 1;
  }
  // "work on a tablet in lessons", "work on the computer": a device used, the child's act as "use a tablet" is (Specific
  // rule 4: the child using a resource, not a thing had), read alike for every device ({@link _RESOURCES}) heading its phrase.
  if (next === 'on' && AIM_PROCESS.has(x)) {
    const d = wd(doc, i + 2) === 'a' || wd(doc, i + 2) === 'an' || wd(doc, i + 2) === 'the' ? i + 3 : i + 2;
    if (_RESOURCES.has(wd(doc, d)) && _heldThingEnd(doc, d) >= 0) {
      anchors.push([i, d + 1]);
      return d;
    }
  }
  // "DofE - Bronze award", "DofE Silver": an award with its level is the qualification named (the labelling guide, Specific:
  // "the particular skill, knowledge, behaviour, task or qualification the child will achieve"); "Duke of Edinburgh" alone names no level.
  if (_awardLevelAt(doc, i)) {
    anchors.push([i, i + 1]);
    return i;
  }
  if (x === 'good' && next === 'level' && wd(doc, i + 2) === 'of' && wd(doc, i + 3) === 'development') {
    anchors.push([i, i + 4]);
    return i + 3;
  }
  if (observedAction(doc, i, x)) {
    anchors.push([i, quotedObjectEnd(doc, i)]);
    return i;
  }
  if (KNOWING.has(x)) {
    const k = knowledgeTopic(doc, i);
    if (k >= 0) anchors.push([i, k + 1]);
    return k;
  }
  return -1;
}

/**
 * Verbs of a sentence that says what the outcome leads to ("This enables participation in teams and games", "This
 * will help them to…"): what it names is the outcome's use, not what the child will achieve (the labelling guide, S:
 * "the particular skill, knowledge, behaviour, task or qualification the child will achieve").
 */
const CONSEQUENCES = new Set([
  'enables', 'enable', 'allows', 'allow', 'helps', 'help', 'promotes', 'promote', 'supports', 'support', 'means', 'facilitates', 'facilitate', 'leads', 'lead', 'contributes', 'contribute',
  // What the outcome covers or shows ("This includes their environment", "This is within the context of work experience").
  'includes', 'include', 'is', 'demonstrates', 'shows', 'involves', 'covers',
]);

/** Heads that cover everything rather than name a thing ("all aspects of the curriculum", "every area of school life"). */
const WHOLE_HEADS = new Set(['aspects', 'aspect', 'areas', 'area', 'parts', 'everything', 'things', 'life']);

/**
 * "take part in all aspects of the curriculum": taking part in everything names no activity (the labelling guide,
 * Specific rule 1; Barnet, Examples of SMART Outcomes: not "vague, generic").
 */
function broadPart(doc: _Doc, k: number): boolean {
  if (wd(doc, k) !== 'in') return false;
  let j = k + 1;
  while (j < k + 4 && (wd(doc, j) === 'all' || wd(doc, j) === 'every' || wd(doc, j) === 'the' || wd(doc, j) === 'each')) j += 1;
  return WHOLE_HEADS.has(wd(doc, j));
}

/** Words that focus a broad area on the particular skill within it ("improve handwriting, especially finger spaces"). */
const FOCUS = new Set(['especially', 'particularly', 'specifically']);
/** {@link FOCUS}, for the comparative of becoming (_analyse.ts): a focusing phrase after it names the skill within. */
export const _FOCUS: ReadonlySet<string> = FOCUS;
/** Words after a focusing word that make it a setting, not a skill ("particularly at lunchtime", "especially with peers"). */
const FOCUS_SETTINGS = new Set(['at', 'during', 'in', 'when', 'whenever', 'with', 'while', 'whilst', 'around', 'on', 'if', 'for', 'after', 'before']);

/**
 * A focusing phrase: "especially finger spaces", "particularly those not dry and crunchy", "in particular, fractions".
 * Barnet, 5. Setting SMART Outcomes, "Developing your SMART Outcome", Step Two: "Think about the specific skills within
 * the area of need": the words after the focusing word name the particular skill, so the broad area or comparative
 * before them no longer decides (the labelling guide, Specific rule 2: "A comparative becomes specific only with the
 * skill named"). Needs a content word in its clause that is not a broad, setting or general word. Returns the end, or -1.
 */
function focusEnd(doc: _Doc, i: number, x: string, next: string): number {
  const start = x === 'in' ? (next === 'particular' ? i + 2 : -1) : FOCUS.has(x) ? i + 1 : -1;
  if (start < 0) return -1;
  let k = start;
  if (wd(doc, k) === ',') k += 1;
  if (FOCUS_SETTINGS.has(wd(doc, k))) return -1;
  let content = false;
  const clause = doc.clause[k];
  for (; k < doc.toks.length && k < start + 8 && doc.clause[k] === clause; k++) {
    const y = wd(doc, k);
    if (doc.toks[k]?.kind !== 'w' || doc.bg[k] === 1) continue;
    if (_STOP.has(y) || _VAGUE.has(y) || _SUBJECTS.has(y) || _GENERIC_OBJECTS.has(y) || _SETTINGS.has(y) || _PROVISION_NOUNS.has(y) || _ADULT_SUBJECTS.has(y)) continue;
    content = true;
  }
  return content ? k : -1;
}

/** Adjectives that leave a template's blank where the particular thing should be ("a set number", "a certain date"). */
const BLANK_ADJECTIVES = new Set(['set', 'certain', 'specific', 'particular', 'given']);
const BLANK_DETERMINERS = new Set(['a', 'an', 'the', 'any']);
const BLANK_PREPOSITIONS = new Set(['on', 'to', 'for', 'in', 'at', 'onto']);

/**
 * A template's blank: "a set number of words", "a specific course", "a certain date". The words stand where a
 * particular thing should be named, so nothing in them names it (the labelling guide, Specific rule 6:
 * placeholders are not specific). Returns the blank's end (after "of <noun>" when it follows), or -1.
 */
function blankEnd(doc: _Doc, k: number): number {
  if (!BLANK_DETERMINERS.has(wd(doc, k)) || !BLANK_ADJECTIVES.has(wd(doc, k + 1))) return -1;
  const head = wd(doc, k + 2);
  if (doc.toks[k + 2]?.kind !== 'w' || head === 'of' || head === 'and' || head === 'or' || head === 'to' || doc.clause[k + 2] !== doc.clause[k]) return -1;
  let end = k + 3;
  if (wd(doc, end) === 'of' && doc.toks[end + 1]?.kind === 'w' && doc.clause[end + 1] === doc.clause[k]) end += 2;
  return end;
}

/** Class nouns that need a name to be particular ("a qualification", "a course", "a job"; not "a Level 2 course"). */
const UNNAMED_CLASSES = new Set(['qualification', 'qualifications', 'course', 'courses', 'job', 'placement', 'apprenticeship', 'hobby', 'hobbies']);
const INDEFINITE = new Set(['a', 'an', 'any', 'some', 'suitable', 'appropriate', 'relevant', 'new', 'further']);

/**
 * "achieve a qualification", "look for a job", "find a course": a class of thing with nothing naming which one (no level,
 * subject, number or name before it, no "in"/"on" naming it after), Barnet's "vague, generic" outcome (the labelling guide,
 * Specific rule 1). A job or apprenticeship gained ("get a job") is a post, read first by {@link gainedPost}.
 */
function unnamedClass(doc: _Doc, i: number, x: string): boolean {
  if (!UNNAMED_CLASSES.has(x) || !INDEFINITE.has(wd(doc, i - 1))) return false;
  const after = wd(doc, i + 1);
  return after !== 'in' && after !== 'on' && doc.toks[i + 1]?.kind !== 'n';
}

/**
 * "get a Saturday job", "find a Barnardo's placement": a class of thing named by a proper name written before it (a capital
 * letter, not the first word of a sentence), which says which one, unlike "a job" (the labelling guide, Specific: the task or
 * placement the child will achieve).
 */
function namedClass(doc: _Doc, i: number, x: string): boolean {
  if (!UNNAMED_CLASSES.has(x) || !INDEFINITE.has(wd(doc, i - 2)) || INDEFINITE.has(wd(doc, i - 1)) || doc.toks[i - 1]?.kind !== 'w') return false;
  return _capitalised(doc.toks[i - 1]?.raw ?? '') && doc.clause[i - 1] === doc.clause[i];
}

/**
 * When a job is worked, which says which one as a day's name does ("a weekend job", "a holiday job", "a job in the
 * evenings"), in the canonical form the word table gives ("holiday" and "hols" are read "holidays").
 */
const WORKED_WHEN = new Set(['weekend', 'weekends', 'evening', 'evenings', 'holidays', 'summer', 'saturday', 'saturdays', 'sunday', 'sundays']);
/** The nouns a job is named by ("a Saturday job", "part-time jobs"); on the scan's start flags, so a word added here is read. */
export const _JOB_NOUNS: ReadonlySet<string> = new Set(['job', 'jobs']); // jobWorkedWhen compares them
/** Words that bring when a job is worked after it ("a job at weekends", "on Saturdays", "in the holidays"). */
const WORKED_AT = new Set(['at', 'on', 'in', 'during']);

/**
 * "a part-time job", "a weekend job", "a job at weekends", "an after-school job": a job named by when it is worked, like
 * "a Saturday job" (the labelling guide, Specific: a class named before it; "a job" alone stays unnamed). Returns its
 * span, or null.
 */
function jobWorkedWhen(doc: _Doc, i: number, x: string): [number, number] | null {
  // _JOB_NOUNS compared, not looked up (two words).
  if ((x !== 'job' && x !== 'jobs') || doc.clause[i - 1] !== doc.clause[i]) return null;
  const after = wd(doc, i + 1);
  const the = wd(doc, i + 2) === 'the' ? 1 : 0;
  if (WORKED_AT.has(after) && WORKED_WHEN.has(wd(doc, i + 2 + the))) return [i, i + 3 + the];
  const b = wd(doc, i - 1);
  if (WORKED_WHEN.has(b)) return [i - 1, i + 1];
  // "an after-school job" (read "after school job").
  if (b === 'school' && wd(doc, i - 2) === 'after') return [i - 2, i + 1];
  return b === 'time' && (wd(doc, i - 2) === 'part' || wd(doc, i - 2) === 'full') ? [i - 2, i + 1] : null;
}

/** Comparative adjectives of size or extent ("longer sentences", "more complex sentences" through "more"). */
const COMPARATIVE_ADJECTIVES = new Set(['longer', 'shorter', 'bigger', 'larger', 'smaller', 'wider', 'higher', 'lower', 'greater', 'richer', 'more']);
/** {@link COMPARATIVE_ADJECTIVES} as a third-word flag ({@link _flag3At}): {@link comparedThing} reads one bit of the word before. */
const F3_COMPARATIVE_ADJECTIVE = _wordFlag3(COMPARATIVE_ADJECTIVES);

/**
 * "speak in longer sentences", "use a wider range of words": a thing named only through a comparative with no figure in
 * its clause is the comparative's, not a particular skill (the labelling guide, Specific rule 2: "A comparative becomes
 * specific only with the skill named" — and a number or baseline).
 */
function comparedThing(doc: _Doc, i: number): boolean {
  const a = wd(doc, i - 1);
  const compared = _flag3At(doc, i - 1, F3_COMPARATIVE_ADJECTIVE) ? a !== 'more' : wd(doc, i - 2) === 'more' && doc.toks[i - 1]?.kind === 'w' && !_STOP.has(a);
  if (!compared) return false;
  // Twelve words either side at most (a long text stays linear).
  for (let k = i - 1; k >= 0 && k >= i - 12 && doc.clause[k] === doc.clause[i]; k--) if (doc.toks[k]?.kind === 'n') return false;
  for (let k = i + 1; k < doc.toks.length && k <= i + 12 && doc.clause[k] === doc.clause[i]; k++) if (doc.toks[k]?.kind === 'n') return false;
  return true;
}

/** A verb whose object is a compared thing ("write longer sentences", "use a wider range of words"). */
function comparedObject(doc: _Doc, v: number): boolean {
  const k = wd(doc, v + 1) === 'a' || wd(doc, v + 1) === 'the' ? v + 2 : v + 1;
  return COMPARATIVE_ADJECTIVES.has(wd(doc, k)) && wd(doc, k) !== 'more' && doc.toks[k + 1]?.kind === 'w' && comparedThing(doc, k + 1);
}

/**
 * The setting after a disposition or a broad predicate ("safe and secure in his placement", "happy at school",
 * "settled in her new class", "achieve his potential in his GCSE maths", "do well in his exams", "behave well during
 * lessons"): like the place of "settle into" (the labelling guide, Specific rule 1), it is where or when the broad
 * thing is shown, not a particular skill (rule 3: "reach his potential in KS4" names no skill; Barnet, Examples of
 * SMART Outcomes: not "vague, generic"). A setting is a place, an occasion, a school subject, an exam or a
 * qualification, and the words that describe it. Returns the end of the setting, or -1 (not before an action:
 * "confident in using a calculator"; not before content: "her skills in algebra").
 */
function dispositionPlace(doc: _Doc, i: number): number {
  let j = i + 1;
  if ((wd(doc, j) === 'and' || wd(doc, j) === 'or') && doc.toks[j + 1]?.kind === 'w') j += 2;
  // "on the carpet", "on the playground": the places a child is on, not a topic ("focused on his work" names what).
  const on = wd(doc, j) === 'on';
  if ((!PLACE_PREPOSITIONS.has(wd(doc, j)) && !on) || doc.clause[j] !== doc.clause[i]) return -1;
  let end = -1;
  // The setting's head within five words, past the words that describe it ("her Year 6 SATs", "his end of year exams").
  for (let k = j + 1; k < j + 7 && doc.toks[k]?.kind !== 'p' && doc.clause[k] === doc.clause[i]; k++) {
    const y = wd(doc, k);
    if (settingHead(y)) end = k + 1;
    else if ((NP_END.has(y) && y !== 'of') || (_endsIng(y) && !_SUBJECTS.has(y) && !settingHead(wd(doc, k + 1)))) break;
  }
  if (on && (end < 0 || !ON_SETTINGS.has(wd(doc, end - 1)))) return -1;
  // Examples of a setting are settings too ("in various contexts such as group discussions, break times …"): to the sentence's end.
  if (end >= 0 && CONTEXTS.has(wd(doc, end - 1)) && ((wd(doc, end) === 'such' && wd(doc, end + 1) === 'as') || wd(doc, end) === 'including' || wd(doc, end) === 'like')) {
    while (end < doc.toks.length && end < i + 40 && !_PART_ENDS.has(wd(doc, end))) end += 1;
  }
  return end;
}


/** Settings named in general ("a range of contexts", "different situations"), which examples may follow. */
const CONTEXTS = new Set(['contexts', 'context', 'situations', 'settings', 'environments', 'places', 'occasions', 'areas']);

/** Whether a word is the head of a setting: a place, an occasion, a school subject, an exam or a qualification. */
function settingHead(y: string): boolean {
  return _SETTING_HEADS.has(y) || _OCCASIONS.has(y) || _SUBJECTS.has(y);
}

/**
 * Settings a child is on, not in ({@link dispositionPlace}; among {@link _SETTING_HEADS}): the carpet of an early-years or
 * primary class, where the class sits together ("calmer on the carpet", "quieter at carpet time"), and the playground.
 */
const ON_PLACES = ['carpet', 'playground'] as const;
const ON_SETTINGS: ReadonlySet<string> = new Set(ON_PLACES);

/**
 * Places a child is in, exams and qualifications sat (not equipment: "calm in the calm box" is left to the scan): read by
 * {@link settingHead} and by the settings of calming down in _object.ts.
 */
export const _SETTING_HEADS: ReadonlySet<string> = new Set([
  ...ON_PLACES,
  'placement', 'placements', 'school', 'class', 'classroom', 'classes', 'home', 'nursery', 'college', 'setting', 'environment', 'provision', 'lessons',
  'unit', 'group', 'community', 'exam', 'exams', 'examinations', 'test', 'tests', 'mock', 'mocks', 'assessment', 'assessments', 'gcse', 'gcses', 'sats', 'btec',
  'a-levels', 'subjects', 'subject', 'contexts', 'context', 'situations', 'environments',
]);

/** Nouns and adjectives of a disposition or a feeling and the prepositions that take what it is about ("a positive attitude towards reading"). */
const DISPOSITION_ABOUT: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>(
  Object.entries({
    attitude: ['to', 'towards', 'toward'],
    attitudes: ['to', 'towards', 'toward'],
    interest: ['in'],
    interests: ['in'],
    approach: ['to', 'towards'],
    enthusiasm: ['for'],
    love: ['of', 'for'],
    enjoyment: ['of'],
    motivation: ['for', 'towards'],
    // Feelings and what they are about ("worried about her GCSEs", "anxious about PE", "scared of the dark").
    worried: ['about', 'by'],
    worries: ['about'],
    anxious: ['about'],
    anxiety: ['about', 'around'],
    nervous: ['about'],
    scared: ['of'],
    afraid: ['of'],
    upset: ['about', 'by'],
    excited: ['about', 'by'],
    stressed: ['about', 'by'],
    concerned: ['about'],
  }).map(([k, v]) => [k, new Set(v)]),
);
/** Words that start the next predicate, where the disposition's object ends. */
const NEXT_PREDICATE = new Set(['will', 'can', 'must', 'should', 'shall', "'ll", 'could', 'would', 'by']);

/**
 * What a disposition is about ("a positive attitude towards reading a wide range of books", "an interest in activities
 * and resources", "their approach to shared play", "will enjoy reading stories"): the child is to achieve the attitude,
 * the interest or the liking, a disposition and so not specific (the labelling guide, Specific rule 1: "be more
 * confident", "be happier"); the things it is about do not make it particular, up to the end of the sentence or the
 * next predicate ("… and will read 3 books" is one). Returns the end of what it is about, or -1.
 */
function dispositionObject(doc: _Doc, i: number, x: string, next: string): number {
  const about = DISPOSITION_ABOUT.get(x);
  let k: number;
  if (about !== undefined && about.has(next)) k = i + 2;
  else if (_LIKING.has(x) && PREDICATE_BEFORE.has(wd(doc, i - 1))) k = i + 1;
  else return -1;
  const start = k;
  while (k < doc.toks.length && k < start + 24 && !_PART_ENDS.has(wd(doc, k)) && !NEXT_PREDICATE.has(wd(doc, k))) k += 1;
  return k > start ? k : -1;
}

/** Nouns ending in "ly" (not adverbs). */
const LY_NOUNS = new Set(['assembly', 'family', 'supply', 'rally', 'bully', 'jelly', 'belly', 'ally', 'lolly', 'holly', 'fly', 'reply', 'july', 'italy', 'monopoly', 'anomaly']);

/** Whether a word is an adverb in "-ly" ("independently", "calmly"), not "assembly" or "family". */
function adverb(w: string): boolean {
  return _endsLy(w) && !LY_NOUNS.has(w);
}

/** Verbs of a broad area or a process, never a named action ("manage independently", "work independently"). */
const BROAD_ACTIONS = new Set([
  'manage', 'manages', 'managing', 'cope', 'copes', 'coping', 'function', 'functions', 'functioning', 'behave', 'behaves', 'behaving', 'engage', 'engages', 'engaging',
  'participate', 'participates', 'participating', 'interact', 'interacts', 'interacting', 'communicate', 'communicates', 'communicating', 'operate', 'operating',
  'live', 'living', 'think', 'thinks', 'thinking', 'do', 'does', 'doing', 'go', 'goes', 'going', 'be', 'being', 'struggle', 'struggles', 'feel', 'feels', 'needs',
  // Mixing with others and taking part, as "interact" and "participate" (the labelling guide, Specific rule 1: broad areas).
  'socialise', 'socialises', 'socialising', 'socialize', 'socializes', 'socializing', 'contribute', 'contributes', 'contributing', 'handle', 'handles', 'handling',
]);
/** {@link BROAD_ACTIONS} for the everyday-act reading (_childAct.ts): a broad verb is no particular act however often done. */
export const _BROAD_ACTIONS: ReadonlySet<string> = BROAD_ACTIONS;

/**
 * An activity named as it is measured (the labelling guide, Specific rule 5, and Bolton, smart targets, Step 3: "What
 * would I see/measure/count"): returns the span of the named activity, or null.
 * - a duration that describes a thing: "a five-minute two-way conversation", "a 10-minute walk" (not "a 15-minute
 *   session": an occasion);
 * - an activity done for a time: "reading for 10 minutes", "calm breathing for 5 minutes" (not a process);
 * - an action done without help: "toileting independently", "to toilet independently" (not a process or broad verb:
 *   "work independently", "manage independently").
 */
function doneAs(doc: _Doc, i: number, x: string): [number, number] | null {
  if (((doc.flags[i] as number) & F_DONE_START) === 0) return null;
  if (_DURATION_UNITS.has(x) && doc.toks[i]?.hyph === true && doc.toks[i - 1]?.kind !== 'p') {
    // Past describing compounds ("two-way", "back-and-forth") to the noun.
    let k = i + 1;
    let compound = false;
    while (k < i + 6 && doc.toks[k + 1]?.hyph === true) {
      k += 1;
      compound = true;
    }
    if (compound) k += 1;
    // The noun phrase's last word is its head ("a 30-minute social skills group": group, an occasion).
    while (k + 1 < i + 8 && doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[i] && !NP_END.has(wd(doc, k + 1)) && !adverb(wd(doc, k + 1))) k += 1;
    const head = wd(doc, k);
    if (doc.toks[k]?.kind !== 'w' || doc.clause[k] !== doc.clause[i] || _OCCASIONS.has(head) || _VAGUE.has(head) || _STOP.has(head) || _GENERIC_OBJECTS.has(head) || _PROVISION_NOUNS.has(head) || RECEIVED.has(head)) return null;
    return [i, k + 1];
  }
  // At the unit of an activity done for a time: "reading for 10 minutes", "calm breathing for 5 minutes" (not a process: "working for 10 minutes").
  if (_DURATION_UNITS.has(x) && doc.toks[i - 1]?.kind === 'n' && wd(doc, i - 2) === 'for') {
    const v = wd(doc, i - 3);
    const ok = doc.toks[i - 3]?.kind === 'w' && _endsIng(v) && v.length > 4 && !_PROCESS.has(v) && !_VAGUE.has(v) && !BROAD_ACTIONS.has(v);
    return ok && doc.bg[i - 3] === 0 && doc.used[i - 3] === 0 && doc.clause[i - 3] === doc.clause[i] ? [i - 3, i + 1] : null;
  }
  // At "independently", "unaided", "without help", "by himself", "on her own": the word before is the action, or the
  // predicate's verb in the clause.
  const alone = DONE_ALONE.includes(x) ? i + 1 : x === DONE_WITHOUT && HELP.has(wd(doc, wd(doc, i + 1) === 'adult' || wd(doc, i + 1) === 'any' ? i + 2 : i + 1)) ? i + 2 : -1;
  const s = alone >= 0 ? i : byOwn(doc, i, x);
  if (s < 0) return null;
  const v = wd(doc, s - 1);
  const before = wd(doc, s - 2);
  const gerund = _endsIng(v) && v.length > 5 && before === 'be';
  if (doc.toks[s - 1]?.kind === 'w' && actionVerb(v, false) && (gerund || PREDICATE_BEFORE.has(before))) return [s - 1, alone >= 0 ? alone : i + 1];
  return predicateAlone(doc, s, alone >= 0 ? alone : i + 1);
}

/** Where "by himself" or "on his own" starts when it ends at i (an action done without help, like "independently"), or -1. */
function byOwn(doc: _Doc, i: number, x: string): number {
  if (_REFLEXIVES.has(x) && wd(doc, i - 1) === 'by') return i - 1;
  return x === DONE_OWN && POSSESSIVES.has(wd(doc, i - 1)) && wd(doc, i - 2) === 'on' ? i - 2 : -1;
}

/**
 * The words {@link doneAs} reads an action done without help at ({@link F_DONE_START} is made from them, with
 * `_REFLEXIVES`): "toileting independently", "unaided"; "without help"; "on her own" ("by himself" ends in a reflexive).
 */
const DONE_ALONE = ['independently', 'unaided'];
const DONE_WITHOUT = 'without';
const DONE_OWN = 'own';
/** {@link DONE_ALONE} and {@link DONE_OWN}: the words of an act done without help, for _doer.ts's reading of the child's own set-ups. */
export const _DONE_UNHELPED: readonly string[] = [...DONE_ALONE, DONE_OWN];

/** Help an action is done without ("without help", "without adult support", "without any prompting"). */
const HELP = new Set(['help', 'support', 'prompt', 'prompts', 'prompting', 'reminder', 'reminders', 'assistance', 'adult', 'adults']);

/** A verb that names an action, not a process, a broad area, a subject or a function word (`far`: nor a verb of change or knowing, when read from further back). */
function actionVerb(v: string, far: boolean): boolean {
  if (_PROCESS.has(v) || _VAGUE.has(v) || BROAD_ACTIONS.has(v) || _SUBJECTS.has(v) || _STOP.has(v) || adverb(v)) return false;
  return !far || !(UNSEEN_VERBS.has(v) || KNOWING.has(v));
}

/**
 * "will change for PE without help", "to get dressed for swimming independently": the child's predicate verb earlier in
 * the clause (within eight words, after "will", "to", "can"…) is the action done alone (the labelling guide, Specific
 * rule 5: "an action done without help"; not a process or broad verb: "work without support"). Returns its span, or null.
 */
function predicateAlone(doc: _Doc, i: number, end: number): [number, number] | null {
  // A second predicate joined by "and" ("will climb the steps and come down the slide on his own"), read only when no "will"
  // or "to" is within reach: the verb after "and" is done alone, as one after "will" is, when it is a bare verb (no plural or
  // third-person "-s", no capital).
  let joined = -1;
  for (let k = i - 2; k >= 0 && k >= i - 9 && doc.clause[k] === doc.clause[i]; k--) {
    if (joined < 0 && wd(doc, k) === 'and' && joinedBareVerb(doc, k + 1)) joined = k + 1;
    if (!PREDICATE_BEFORE.has(wd(doc, k))) continue;
    const v = k + 1;
    return doc.toks[v]?.kind === 'w' && doc.bg[v] === 0 && actionVerb(wd(doc, v), true) && !_endsEd(wd(doc, v)) ? [v, end] : null;
  }
  return joined >= 0 ? [joined, end] : null;
}

/**
 * Whether the word at v, after "and", is a bare verb of an action ({@link actionVerb}): lower case, no "-s", "-ed" or "-ing"
 * form, and a verb by its list ({@link _childVerb}) or by what follows it, a particle, an article, an owner or a figure
 * ("come down", "hang it", "zip up"), which a noun joined to a list never has ("a knife and fork independently", "a
 * beginning, middle and end without adult prompting").
 */
function joinedBareVerb(doc: _Doc, v: number): boolean {
  const t = doc.toks[v];
  const x = wd(doc, v);
  if (t === undefined || t.kind !== 'w' || _capitalised(t.raw) || doc.bg[v] !== 0 || x.length < 3) return false;
  if (_endsEd(x) || _endsIng(x) || (x.endsWith('s') && !x.endsWith('ss')) || !actionVerb(x, true)) return false;
  if (_childVerb(x)) return true;
  const next = wd(doc, v + 1);
  return PARTICLES.has(next) || IMPERATIVE_OBJECT_LEADS.has(next) || next === 'it' || doc.toks[v + 1]?.kind === 'n';
}

/** Passive participles of being removed ("sent", "excluded", "removed") and where to. */
const REMOVED_TO = new Set(['out', 'from', 'home', 'off']);

/**
 * "will not be sent out of lessons", "not be removed from class": a behaviour named by its consequence, a
 * stop-behaviour (the labelling guide, Specific rule 5: "A stop-behaviour names a behaviour and is specific").
 */
function notRemoved(doc: _Doc, i: number): boolean {
  const be = wd(doc, i + 1);
  if (be !== 'be' && be !== 'get') return false;
  const p = wd(doc, i + 2);
  // "not be excluded", "not get suspended again": the sanction itself names the behaviour stopped, with no place after it
  // (the labelling guide, Settled cases: no exclusions, suspensions or sanctions are specific).
  if (!SANCTIONED.has(p) && (be !== 'be' || !REMOVED_TO.has(wd(doc, i + 3)))) return false;
  const prev = wd(doc, i - 1);
  return (_endsEd(p) || p === 'sent') && (PREDICATE_BEFORE.has(prev) || i === 0 || doc.toks[i - 1]?.kind === 'p');
}

/** Participles of a sanction, which need no place after them ("not be excluded", "not be suspended"). */
const SANCTIONED = new Set(['excluded', 'suspended', 'expelled']);

/**
 * Whether the word at k is a provision noun, also when it is written with a hyphen ("the Young Minds drop-in": the
 * tokens "drop" and "in" joined, read as the list's "drop-in").
 */
function provisionNoun(doc: _Doc, k: number): boolean {
  // Alternative provision is a school placement: attending it is the child's attendance (the labelling guide, Settled cases).
  if (wd(doc, k) === 'provision' && wd(doc, k - 1) === 'alternative') return false;
  return ((doc.flags[k] as number) & F_PROVISION_NOUN) !== 0 || (doc.toks[k + 1]?.hyph === true && _PROVISION_NOUNS.has(`${wd(doc, k)}-${wd(doc, k + 1)}`));
}

/** Whether a provision noun follows within `reach` words ("access the nurture programme"). */
function provisionWithin(doc: _Doc, i: number, reach: number): boolean {
  // A note after a spaced dash, a bracket or a colon is another part ("Use conjunctions - TA support"): not the verb's object.
  for (let k = i + 1; k < doc.toks.length && k <= i + reach && !fundPartEnd(doc, k) && ((doc.flags[k] as number) & F_SENTENCE_END) === 0; k++) if (provisionNoun(doc, k)) return true;
  return false;
}

/** "a 5 in English Language": a number directly before "in <subject>". */
function gradesInSubjects(doc: _Doc, adult: _Marks, anchors: [number, number][]): void {
  for (let i = 1; i + 2 < doc.toks.length; i++) {
    if (doc.toks[i]?.kind === 'n' && wd(doc, i + 1) === 'in' && _SUBJECTS.has(wd(doc, i + 2)) && adult[i] === 0 && doc.bg[i] === 0) anchors.push([i, i + 3]);
  }
}

/** Verbs of change or growth and other verbs that name no action seen ("grow her vocabulary", "broaden his horizons"). */
const UNSEEN_VERBS = new Set([
  'grow', 'broaden', 'extend', 'strengthen', 'enhance', 'deepen', 'widen', 'boost', 'raise', 'expand', 'consolidate', 'embed', 'increase', 'reduce', 'decrease',
  'maintain', 'sustain', 'show', 'demonstrate', 'have', 'make', 'become', 'get', 'gain', 'try', 'enjoy', 'want', 'like', 'love', 'need', 'understand', 'know',
  'respond', 'listen', 'concentrate', 'focus', 'achieve', 'reach', 'meet', 'fulfil', 'fulfill', 'accept', 'take', 'put', 'give', 'find', 'see', 'feel', 'value',
  'recognise', 'recognize', 'realise', 'realize', 'consider', 'reflect', 'aim', 'strive', 'seek', 'receive', 'access', 'attend', 'remain', 'stay', 'keep',
  'look', 'hear', 'express', 'regulate', 'control', 'handle', 'deal', 'overcome', 'tackle', 'address', 'challenge', 'push', 'commit', 'contribute',
]);

/** Abstract nouns with no abstract ending ("his horizons", "her worth", "new challenges"): no particular thing as an object. */
const ABSTRACT_NOUNS = new Set([
  'horizons', 'interests', 'aspirations', 'goals', 'targets', 'outcomes', 'views', 'thoughts', 'ideas', 'opinions', 'life', 'future', 'way', 'ways',
  'part', 'role', 'place', 'chance', 'change', 'changes', 'self-belief', 'attitude', 'approach', 'mindset', 'foundations', 'basis', 'manner',
  'challenge', 'challenges', 'trust', 'mistake', 'mistakes', 'worth', 'fear', 'fears', 'dream', 'dreams', 'talent', 'talents', 'effort', 'efforts', 'habit', 'habits',
  'worry', 'worries', 'strength', 'strengths', 'value', 'values', 'belief', 'beliefs', 'hope', 'hopes', 'success', 'successes', 'failure', 'failures', 'problem', 'problems',
  'issue', 'issues', 'concern', 'concerns', 'difference', 'differences', 'voice', 'initiative', 'mood', 'moods', 'temper', 'anger', 'stress', 'pressure', 'conflict', 'conflicts',
  'passion', 'passions', 'achievements', 'experiences', 'journey', 'world', 'situation', 'situations', 'things', 'stuff', 'best', 'limits', 'gap', 'gaps', 'track',
  // A quality built up, like "effort" or "strength" ("improve his writing stamina"): no skill named (Specific rule 1).
  'stamina', 'endurance',
]);
/** {@link ABSTRACT_NOUNS} for the everyday-act reading (_childAct.ts): no particular thing as an act's object. */
export const _ABSTRACT_NOUNS: ReadonlySet<string> = ABSTRACT_NOUNS;

/** Nouns that only say where, when or with whom, or cover everything ("her time", "the rules", "his peers"): no particular object for an action no list knows. */
const SCOPE_NOUNS = new Set([
  ..._RULE_BODIES, 'time', 'work', 'routines', 'self-care', 'vocabulary', 'presentation', 'self', 'others',
  'peers', 'people', 'everyone', 'friends', 'school', 'lessons', 'class', 'home', 'day', 'steps', 'step', 'level', 'levels', 'stage', 'standard',
]);
/** {@link SCOPE_NOUNS} for the everyday-act reading (_childAct.ts): "get work in his book", "mix with others". */
export const _SCOPE_NOUNS: ReadonlySet<string> = SCOPE_NOUNS;


const QUANTITIES = new Set(['range', 'variety', 'number', 'amount', 'lot', 'lots', 'set', 'series', 'selection', 'list', 'couple', 'few']);
/** Words after which "to" starts an infinitive ("able to", "want to", "how to"). */
const TAKES_TO = new Set([
  'able', 'want', 'wants', 'need', 'needs', 'going', 'learn', 'learns', 'how', 'aim', 'aims', 'try', 'tries', 'begin', 'begins', 'start', 'starts', 'continue', 'and', 'or',
  'order', 'target', 'goal', 'is', 'are', 'will', 'skills', 'ability', 'confidence', 'chance', 'when', 'where', 'what', 'me', 'him', 'her', 'them',
  // The progressive of the same verbs ("I am beginning to retell", "is learning to", "are trying to").
  'beginning', 'starting', 'learning', 'trying', 'continuing', 'aiming', 'wanting', 'needing', 'hoping', 'planning',
  // Verbs of wishing ("I would like to", "we hope to").
  'like', 'likes', 'love', 'loves', 'hope', 'hopes', 'wish', 'wishes', 'plan', 'plans', 'expect', 'expects',
]);
/** {@link TAKES_TO} and {@link CHILD_OBJECTS} in one set (neither changes after loading): one look-up for the word before "to". */
const BEFORE_INFINITIVE: ReadonlySet<string> = new Set([...TAKES_TO, ...CHILD_OBJECTS]);
/**
 * Whether the "to" at i starts an infinitive: at the start of a clause, after a word that takes one ("able to", "would
 * like to"; `participle`: "required to"), or after the child named as its subject ("Kai to tie his laces", "XX to put
 * his hand up": a capitalised word or a word standing for the child), not "in relation to".
 */
function infinitiveTo(doc: _Doc, i: number, participle: boolean): boolean {
  if (i === 0 || doc.toks[i - 1]?.kind === 'p') return true;
  const before = wd(doc, i - 1);
  if (BEFORE_INFINITIVE.has(before) || (participle && _endsEd(before))) return true;
  return capitalisedWord(doc, i - 1) && !_SUBJECTS.has(before);
}

const PARTICLES = new Set(['on', 'up', 'down', 'over', 'across', 'through', 'along', 'around', 'onto', 'off', 'out']);
const NP_LEAD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'your', 'its', 'own', 'some', 'all', 'every', 'each', 'one', 'two', 'three', 'both']);
const NP_END = new Set(['every', 'each', 'to', 'and', 'or', 'but', 'when', 'if', 'so', 'because', 'with', 'without', 'for', 'from', 'in', 'at', 'on', 'by', 'of', 'into', 'using', 'during', 'before', 'after', 'as', 'that', 'which', 'who', 'while', 'whilst', 'until']);

/**
 * The child's predicate with an action and a particular object in words no list knows ("will iron her school shirt",
 * "to round numbers to the nearest 10", "will balance on one leg"): the labelling guide, Specific: "the particular skill,
 * knowledge, behaviour, task or qualification the child will achieve"; Bolton, smart targets, Step 3: "What would I
 * see". Used only when nothing else names a thing. Not a verb of change, feeling or provision (grow, show, have, make,
 * access), not an abstract or broad object (awareness, independence, her time, the rules). At "will", "to", "can"…
 * Returns the span from the verb to the object's last word, or null.
 */
function openAction(doc: _Doc, i: number, joined = false): [number, number] | null {
  // "to" of an infinitive only: at the start of a clause or after a word that takes one ("able to", "required to"), not "in
  // relation to"; or of a purpose after an activity joined ("join the choir to sing a solo").
  if (wd(doc, i) === 'to' && !joined && !infinitiveTo(doc, i, true)) return null;
  let v = i + 1;
  if (wd(doc, v) === 'be' && wd(doc, v + 1) === 'able' && wd(doc, v + 2) === 'to') v += 3;
  if (adverb(wd(doc, v))) v += 1;
  return doc.clause[v] === doc.clause[i] ? actionFrom(doc, v) : null;
}

/** {@link openAction} from its verb at v: the verb not in a list, then a particular object; the span, or null. */
function actionFrom(doc: _Doc, v: number): [number, number] | null {
  const verb = wd(doc, v);
  if (doc.toks[v]?.kind !== 'w' || doc.used[v] !== 0 || verb.length < 3 || _endsEd(verb)) return null;
  if (_STOP.has(verb) || _VAGUE.has(verb) || (_PROCESS.has(verb) && !PRACTISING.has(verb)) || BROAD_ACTIONS.has(verb) || UNSEEN_VERBS.has(verb) || _SUBJECTS.has(verb) || KNOWING.has(verb) || OCCASION_PROCESS.has(verb) || BROAD_IN.has(verb)) return null;
  if (_CONCRETE_VERBS.has(verb) || _OBSERVABLE_VERBS.has(verb) || _PROVISION_VERBS.has(verb) || _PROVISION_NOUNS.has(verb)) return null;
  let k = v + 1;
  // "find out about nursing" is learning about it, like "learn about" (the labelling guide, Specific rule 1).
  if (verb === 'find' && wd(doc, k) === 'out' && wd(doc, k + 1) === 'about') return null;
  if (PARTICLES.has(wd(doc, k))) k += 1;
  while (k < v + 6 && (NP_LEAD.has(wd(doc, k)) || doc.toks[k]?.kind === 'n' || doc.toks[k + 1]?.hyph === true || doc.toks[k]?.hyph === true)) k += 1;
  // "a range of social situations": the head is after the quantity.
  if (QUANTITIES.has(wd(doc, k)) && wd(doc, k + 1) === 'of') k += 2;
  let head = -1;
  for (let j = k; j < k + 4 && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[v] && !NP_END.has(wd(doc, j)) && !adverb(wd(doc, j)); j++) head = j;
  if (head < 0 || doc.used[head] !== 0) return null;
  const h = wd(doc, head);
  // "find a hobby", "find a course": a class of thing with nothing naming which one (Specific rule 1); "stop being silly",
  // "stop doing that": a broad verb's gerund names no behaviour (rule 1).
  if (unnamedClass(doc, head, h) || (_endsIng(h) && BROAD_ACTIONS.has(h))) return null;
  if (h.length < 3 || _STOP.has(h) || _VAGUE.has(h) || _GENERIC_OBJECTS.has(h) || _SUBJECTS.has(h) || ABSTRACT_NOUNS.has(h) || SCOPE_NOUNS.has(h) || BROAD_TOPICS.has(h) || WHOLE_HEADS.has(h) || _REFLEXIVES.has(h) || _abstractNoun(h)) return null;
  for (let j = v + 1; j <= head; j++) if (_VAGUE.has(wd(doc, j)) || _REFLEXIVES.has(wd(doc, j)) || _PROVISION_NOUNS.has(wd(doc, j))) return null;
  return [v, head + 1];
}

/** Particles that belong to the verb before them and are no preposition of a phrase ("top up", "turn off", "write down"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set([...PARTICLES].filter((p) => p === 'up' || p === 'down' || p === 'out' || p === 'off'));
/**
 * Resources adults make, print or give for the child ({@link _RESOURCES}, resources, worksheets,
 * a timetable and visual aids): an unknown verb's object among them is the adults' provision, not the child's act (Specific rule 4).
 * Not what the child owns and uses himself (a desk, a bike, a passport: "Renew her passport").
 */
const MADE_RESOURCES: ReadonlySet<string> = new Set([..._RESOURCES].filter((w) => w !== 'desk' && w !== 'bike' && w !== 'bicycle' && w !== 'passport').concat(['resources', 'timetable', 'timetables', 'worksheet', 'worksheets', 'visuals', 'materials', 'equipment', 'aids']));

/** Words that open a verb's object and never follow a noun heading: an article or an owner ("Plan a story", "Iron his shirt"). */
const IMPERATIVE_OBJECT_LEADS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'your']);
/** {@link IMPERATIVE_OBJECT_LEADS} and the words of all or none ("and hand in all my homework", "and miss no sessions"): the object of a verb no list knows after "and" ({@link unlistedVerbAt}). */
const JOINED_OBJECT_LEADS: ReadonlySet<string> = new Set([...IMPERATIVE_OBJECT_LEADS, 'all', 'every', 'each', 'no']);

/**
 * A bare imperative opening the text, or a part after a sentence's end or a heading's label, with a verb no list knows
 * ("Plan a story using a story mountain", "Writing - plan a story", "Iron his school shirt", "Top up his gas meter"):
 * published target banks and EHCP outcomes write the child's act with no subject, as "will" or "to" would open it (the
 * labelling guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve").
 * The word is read as a verb only when an article or owner follows it, straight or after a particle, which a noun heading
 * never has ("Book band 5", "Transition - ongoing", "Interview practice"); not a plural or third-person form, a gerund or a
 * past form, nor a wish ("wish her luck"), nor with "her" as the person acted on ("Reassure her about the move"), nor before a capital (a title: "Team Around the Family"). Its object is then read as
 * after "will" ({@link actionFrom}). The span, or null.
 * @example _imperativeAction(doc('Plan a story using a story mountain.'), 0) // [0, 3]
 */
export function _imperativeAction(doc: _Doc, v: number): [number, number] | null {
  const t = doc.toks[v];
  if (t === undefined || t.kind !== 'w' || (v > 0 && !opener(wd(doc, v - 1)))) return null;
  const x = wd(doc, v);
  // A plural or third-person form is not an imperative; a word in "-us" is no plural ("Focus on …").
  if (_CHILD_VERBS.has(x) || WISHES.has(x) || (x.endsWith('s') && !x.endsWith('ss') && !x.endsWith('us')) || _endsIng(x)) return null;
  // Only an adverb particle belongs to the verb ("Top up his meter"); a preposition opens a phrase after a noun ("Handover on the first morning").
  const k = VERB_PARTICLES.has(wd(doc, v + 1)) ? v + 2 : v + 1;
  // A capital after the first word is a title's ("Team Around the Family"), a name, not a verb's object.
  for (let j = v + 1; j <= k; j++) if (_capitalised(doc.toks[j]?.raw ?? '')) return null;
  if (doc.toks[k]?.kind !== 'w' || !IMPERATIVE_OBJECT_LEADS.has(wd(doc, k))) return null;
  // "her" as the person acted on ("Reassure her about the move", "Praise her."), not an owner: no noun after it.
  if (wd(doc, k) === 'her' && (doc.toks[k + 1]?.kind !== 'w' || _STOP.has(wd(doc, k + 1)) || NP_END.has(wd(doc, k + 1)) || wd(doc, k + 1) === 'about')) return null;
  // A resource made or given for the child ("Laminate her visual timetable", "Print her timetable in large font") is the adults' act (Specific rule 4).
  const span = actionFrom(doc, v);
  return span !== null && MADE_RESOURCES.has(wd(doc, span[1] - 1)) ? null : span;
}

/** The bare imperatives' actions ({@link _imperativeAction}) outside provision and background, anchored; whether any was found. */
function imperativeAnchors(doc: _Doc, adult: _Marks, anchors: [number, number][]): boolean {
  for (let v = 0; v < doc.toks.length; v++) {
    const span = _imperativeAction(doc, v);
    if (span !== null && adult[span[0]] === 0 && doc.bg[span[0]] === 0) anchors.push(span);
  }
  return anchors.length > 0;
}

/**
 * Words that introduce what the child uses ("using the five point scale", "from the word mat", "via a visual timetable").
 * Not "with": it also joins people and parts ("interact with employers", "a book with photos").
 */
const INSTRUMENT_PREPS = new Set(['using', 'from', 'via']);
/** {@link _PART_ENDS}, {@link PREDICATE_BEFORE} and {@link INSTRUMENT_PREPS} as one third-word flag ({@link _flag3At}): {@link strategyUsed} passes a word in none of them with no look-up. */
const F3_STRATEGY_STEP = _wordFlag3([..._PART_ENDS, ...PREDICATE_BEFORE, ...INSTRUMENT_PREPS]);
/** {@link BROAD_ACTIONS}, {@link BROAD_IN} and _VAGUE as one third-word flag: the verb of {@link strategyUsed} is tested with one bit. */
const F3_STRATEGY_BROAD = _wordFlag3([...BROAD_ACTIONS, ...BROAD_IN, ..._VAGUE]);
/** A child, pupil or student, one or many ("with a child"; "every pupil" of a cohort, _cohortAim.ts). */
export const _CHILD_NOUNS: ReadonlySet<string> = new Set(['child', 'children', 'pupil', 'pupils', 'student', 'students']);
/** People and help, not things used ("with a friend", "with adult prompts", "with support"). */
const NOT_INSTRUMENTS = new Set([
  'friend', 'friends', 'peer', 'peers', 'classmate', 'classmates', ..._CHILD_NOUNS, 'partner', 'family', 'people', 'someone',
  'others', 'everyone', 'prompt', 'prompts', 'prompting', 'reminder', 'reminders', 'encouragement', 'guidance', 'assistance', 'supervision', 'praise', 'ease', 'care',
]);

/**
 * A named strategy or resource the child's action uses ("identify their emotions using the Incredible five point scale",
 * "justify my ideas with evidence from the book", "retrieve information from non-fiction texts"): Barnet, 5. Setting SMART
 * Outcomes, "Developing your SMART Outcome", Step Two ("manage their emotions" becomes specific as "identify their emotions
 * using the Incredible five point scale"); the labelling guide, Specific rule 4: "A child using a named strategy is
 * specific". From the child's predicate at `at` to the end of its sentence (or the next predicate); the thing is named by
 * its noun phrase's last word, which is not a person, help, a setting, an abstract, broad or general word. Returns its span, or null.
 */
function strategyUsed(doc: _Doc, at: number): [number, number] | null {
  if (wd(doc, at) === 'to' && !infinitiveTo(doc, at, false)) return null;
  // The channel of a broad verb is where it is shown, not a strategy ("interact appropriately via social media").
  const v = adverb(wd(doc, at + 1)) ? at + 2 : at + 1;
  if (_flag3At(doc, v, F3_STRATEGY_BROAD)) return null;
  for (let j = at + 2; j < doc.toks.length && j < at + 18; j++) {
    // A word in none of the three lists is passed over on one bit.
    if (!_flag3At(doc, j, F3_STRATEGY_STEP)) continue;
    const x = wd(doc, j);
    if (_PART_ENDS.has(x) || (PREDICATE_BEFORE.has(x) && x !== 'to')) return null;
    if (!INSTRUMENT_PREPS.has(x) || doc.bg[j] !== 0) continue;
    let k = j + 1;
    while (k < j + 5 && (NP_LEAD.has(wd(doc, k)) || doc.toks[k]?.kind === 'n')) k += 1;
    if (QUANTITIES.has(wd(doc, k)) && wd(doc, k + 1) === 'of') k += 2;
    let head = -1;
    for (let h = k; h < k + 4 && doc.toks[h]?.kind === 'w' && !NP_END.has(wd(doc, h)) && !adverb(wd(doc, h)); h++) {
      // "using increasing independence", "from more adults": a broad or compared phrase names no thing.
      if (_VAGUE.has(wd(doc, h)) || COMPARATIVE_ADJECTIVES.has(wd(doc, h)) || _endsIng(wd(doc, h))) {
        head = -1;
        break;
      }
      head = h;
    }
    if (head >= 0 && doc.used[head] === 0 && namedThing(wd(doc, head))) return [j, head + 1];
  }
  return null;
}

/** Whether a noun names a thing used: not a person, help, a setting, or an abstract, broad, general or scope word. */
function namedThing(h: string): boolean {
  if (h.length < 3 || _STOP.has(h) || _VAGUE.has(h) || _GENERIC_OBJECTS.has(h) || _SUBJECTS.has(h) || _ADULT_SUBJECTS.has(h) || _PROVISION_NOUNS.has(h) || NOT_INSTRUMENTS.has(h)) return false;
  if (ABSTRACT_NOUNS.has(h) || SCOPE_NOUNS.has(h) || BROAD_TOPICS.has(h) || WHOLE_HEADS.has(h) || _REFLEXIVES.has(h) || settingHead(h)) return false;
  return !_abstractNoun(h) && !h.endsWith('cy') && !_endsLy(h);
}

/** The actions no list knows at the kept places ({@link openAction}, {@link strategyUsed}, {@link changedSkill}), outside provision and background; whether any was found. */
function openAnchors(doc: _Doc, adult: _Marks, places: readonly number[], anchors: [number, number][]): boolean {
  for (const place of places) {
    const at = afterActivity(doc, adult, place);
    const span = openAction(doc, at, at !== place) ?? strategyUsed(doc, at);
    if (span !== null && adult[span[0]] === 0 && doc.bg[span[0]] === 0) anchors.push(span);
  }
  return anchors.length > 0;
}

/**
 * The place of a predicate kept at `at` ("will", "to"), or, when the activity joined after it is marked as one
 * ({@link _ARRANGED}: "will join the choir and sing a solo", "to sing a solo", ", then make a game"), the last word that
 * ends the activity, whose verb is then the child's own, read like one after "will".
 */
function afterActivity(doc: _Doc, adult: _Marks, at: number): number {
  const mark = adult[at + 1] as number;
  if (!joinedMark(mark)) return at;
  let j = at + 1;
  while (j < doc.toks.length && adult[j] === mark) j += 1;
  if (doc.clause[j] !== doc.clause[at + 1]) return at;
  while (activityEndWord(doc, j + 1, 'that')) j += 1;
  return activityEndWord(doc, j) ? j : at;
}

/**
 * Whether a mark is one an outcome of the child's can be joined to by "and" with the child still the subject: an activity
 * joined ({@link _ARRANGED}) or provision the child attends ({@link ATTENDED}, {@link ATTENDED_CLUB}; "attend her CAMHS
 * appointments and keep a use diary"), not provision given by adults (the labelling guide, Settled cases).
 */
function joinedMark(mark: number): boolean {
  return mark === _ARRANGED || mark === ATTENDED || mark === ATTENDED_CLUB;
}

/**
 * The provision mark a measure or anchor span is read in: its first word's, or, when it opens at the frame left to an outcome
 * joined after provision the child attends ("will" of "will attend the homework club and do her homework", see
 * receivedProvision) and its last word is inside that provision ("will attend"), the provision's. Attending alone, with no
 * rate, is not the child's outcome (the labelling guide, Settled cases: attending a service is not specific; a stated rate of
 * attending still measures, read by the caller on the mark returned).
 * @example
 * _markOf(doc, marks, [1, 3]); // ATTENDED for "will attend" in "Ada will attend the homework club and do well."
 */
export function _markOf(doc: _Doc, marks: _Marks, span: readonly [number, number]): number {
  const a = span[0];
  const mark = marks[a] as number;
  if (mark !== 0 || !_flag2At(doc, a, F_PREDICATE_BEFORE)) return mark;
  const next = marks[a + 1] as number;
  return (next === ATTENDED || next === ATTENDED_CLUB) && marks[span[1] - 1] === next ? next : 0;
}

/**
 * A verb seen done right after the words that end an activity joined ({@link activityEnd}): the child's own, read as after
 * "will" ("go to his boxing club every week and tell his carer one thing he learned"). Whether it was taken as an anchor.
 */
function joinedAction(doc: _Doc, adult: _Marks, i: number, x: string, anchors: [number, number][]): boolean {
  let k = i - 1;
  while (k > 0 && adult[k] === 0 && activityEndWord(doc, k, 'in')) k -= 1;
  if (k === i - 1 || !joinedMark(adult[k] as number) || !observedAction(doc, i, x, true)) return false;
  anchors.push([i, quotedObjectEnd(doc, i)]);
  return true;
}

/**
 * A verb of change at the kept places whose object names the skill ("to improve in column addition", "get better at long
 * division", "improve her knowledge of the Tudors"), outside provision and background: an anchor, and the comparative
 * of the verb no longer sets the anchors aside (`found.focused`). Whether any was found.
 */
function changedSkills(doc: _Doc, adult: _Marks, places: readonly number[], anchors: [number, number][], found: { focused: boolean }): boolean {
  let any = false;
  for (const at of places) {
    const span = changedSkill(doc, at);
    if (span === null || adult[span[0]] !== 0 || doc.bg[span[0]] !== 0) continue;
    anchors.push(span);
    any = true;
    found.focused = true;
  }
  return any;
}

/** Verbs of change or practice whose object or field is the skill worked on ("improve his column addition", "work on adjectives"). */
const CHANGE_VERBS = new Set(['improve', 'develop', 'extend', 'strengthen', 'consolidate', 'secure', 'deepen', 'broaden', 'build', 'increase', 'enhance', 'refine', 'work', 'get', 'become', 'progress']);
/** {@link CHANGE_VERBS} as a third-word flag ({@link _flag3At}) for {@link changedSkill}. */
const F3_CHANGE_VERB = _wordFlag3(CHANGE_VERBS);
/** Adjectives of mastery after "be" that take the skill as their field ("be secure with", "be fluent in", "be confident with"). */
const MASTERY = new Set(['secure', 'fluent', 'confident', 'accurate']);
/** Fields a verb of change takes after a preposition ("improve in", "get better at", "work on", "build on"). */
const CHANGE_FIELD = new Set(['in', 'at', 'on', 'with']);
/** Nouns before "of" that lead to the skill ("his knowledge of the Tudors", "her use of adverbs", "his recall of number bonds"). */
const SKILL_LEAD = new Set(['knowledge', 'understanding', 'use', 'recall', 'application', 'grasp', 'accuracy', 'fluency', 'speed']);

/**
 * A verb of change as the child's predicate and the skill it works on, named by a noun phrase of two content words or
 * more that no list knows ("To improve in column addition", "get better at long division", "improve his knowledge of
 * the Tudors", "work on French verb endings"): Barnet, 5. Setting SMART Outcomes, Step Two "Think about the specific
 * skills within the area of need"; the labelling guide, Specific rule 2: "A comparative becomes specific only with the
 * skill named". Not a broad area ("improve his peer relationships", "develop her emotional regulation", "work on his
 * time management": a broad, abstract or describing word in the phrase), a subject or a one-word field ("get better at
 * spelling": rule 2). Returns the span from the verb to the phrase's end, or null.
 */
function changedSkill(doc: _Doc, at: number): [number, number] | null {
  if (wd(doc, at) === 'to' && !infinitiveTo(doc, at, true)) return null;
  let v = at + 1;
  if (adverb(wd(doc, v))) v += 1;
  const verb = wd(doc, v);
  // "be secure with column multiplication", "be fluent in her 6 times table": mastery of the skill named, like "improve in".
  const mastery = verb === 'be' && MASTERY.has(wd(doc, v + 1)) && CHANGE_FIELD.has(wd(doc, v + 2));
  if ((!_flag3At(doc, v, F3_CHANGE_VERB) && !mastery) || doc.clause[v] !== doc.clause[at]) return null;
  let k = mastery ? v + 2 : v + 1;
  // "get better at", "become more fluent in", "improve more in": the comparative before the field.
  if (wd(doc, k) === 'better' || wd(doc, k) === 'more') k += 1;
  else if (verb === 'get' || verb === 'become') return null;
  if (CHANGE_FIELD.has(wd(doc, k))) k += 1;
  else if (verb === 'work' || verb === 'progress') return null;
  while (k < v + 8 && (OWNERS.has(wd(doc, k)) || wd(doc, k) === 'a' || wd(doc, k) === 'an')) k += 1;
  if (SKILL_LEAD.has(wd(doc, k)) && wd(doc, k + 1) === 'of') k += 2;
  while (k < v + 10 && (OWNERS.has(wd(doc, k)) || wd(doc, k) === 'a')) k += 1;
  return namedSkillPhrase(doc, v, k);
}

/**
 * The verbs of {@link CHANGE_VERBS} that take their field only after a preposition or a comparative ("work on", "get better
 * at", "progress in"): the rest take a skill as their object ("develop his inference skills", "improve her scissor skills").
 */
const FIELD_CHANGE_VERBS = new Set(['work', 'get', 'become', 'progress']);
/** Words heading the skills named ("skills", "skill"). */
const SKILL_HEADS = new Set(['skills', 'skill']);
/** Endings of nouns of an act ("inference", "prediction"): stripped to find the verb seen done they name. */
const ACT_ENDINGS: readonly string[] = ['ence', 'ance', 'tion', 'sion', 'ment'];

/**
 * Whether a noun is the act of a verb a child is seen doing ("inference" of "infer", "prediction" of "predict"): a
 * particular skill, though its ending is an abstract noun's. Not a quality ("employability", "attention", "confidence").
 */
function actNoun(y: string): boolean {
  for (const e of ACT_ENDINGS) {
    if (!y.endsWith(e)) continue;
    const stem = y.slice(0, -e.length);
    return [stem, `${stem}e`, `${stem}t`, `${stem}de`].some(actVerb);
  }
  return false;
}

/** Whether a verb is one a child is seen doing or does concretely ({@link _OBSERVABLE_VERBS}, {@link _CONCRETE_VERBS}), not a process's area. */
function actVerb(v: string): boolean {
  return (_OBSERVABLE_VERBS.has(v) || _CONCRETE_VERBS.has(v)) && !_AREA_PROCESSES.has(v);
}

/**
 * Whether an "-ing" or "-al" word is the act of a concrete or curriculum verb ({@link _CONCRETE_VERBS}, {@link
 * _CURRICULUM_VERBS}: "summarising", "typing", "retrieval", "counting"): a particular skill, not an area's process
 * ("cooking", "budgeting"), a broad way of communicating ("speaking": Barnet, Step One) nor a describing word ("emotional").
 */
function actForm(y: string): boolean {
  const stem = y.slice(0, _endsIng(y) ? -3 : -2);
  const m = stem.length;
  return m > 2 && (formVerb(stem) || formVerb(`${stem}e`) || (stem[m - 1] === stem[m - 2] && formVerb(stem.slice(0, -1))));
}

/** Whether a verb's "-ing" or "-al" form names a particular skill ({@link actForm}). */
function formVerb(v: string): boolean {
  return (_CONCRETE_VERBS.has(v) || _CURRICULUM_VERBS.has(v)) && !_AREA_PROCESSES.has(v);
}

/**
 * Whether a word before "skills" names a particular skill, not a broad area ("inference", "scissor", not "social", "fine
 * motor", "communication", "reading", "life", "study"): none of the broad lists knows it (subjects, areas of learning and
 * of need, processes, vague, abstract or general words), and it names a particular act of learning: the act of a verb seen
 * done ("inference" of "infer", "division" of "divide", "retrieval", "summarising", "typing") or a thing the tables know
 * ("scissor"). A word no table knows ("teamwork", "research", "computer", "football") names no particular act (Barnet, Step
 * Two: "the specific skills within the area of need"; the labelling guide, Specific rule 1).
 */
function particularSkillWord(y: string): boolean {
  if (broadListed(y)) return false;
  if (_endsIng(y) || y.endsWith('al')) return actForm(y);
  return !broadDescriber(y) && !_endsLy(y) && (actNoun(y) || _CONCRETE.has(y) || _CONCRETE.has(`${y}s`));
}

/** Whether a word is in a broad list: subjects, areas of learning and of need, processes, vague, abstract or general words. */
function broadListed(y: string): boolean {
  return y.length < 3 || _STOP.has(y) || _VAGUE.has(y) || _SUBJECTS.has(y) || _AREA_NOUNS.has(y) || _AREA_PROCESSES.has(y) || _areaWord(y) || _PROCESS.has(y) || _GENERIC_OBJECTS.has(y)
    || BROAD_TOPICS.has(y) || ABSTRACT_NOUNS.has(y) || WHOLE_HEADS.has(y) || SCOPE_NOUNS.has(y);
}

/** Whether a word is in none of the broad lists and has no describing ending ({@link broadListed}; "-al", "-ly", "-ing"). */
function broadFree(y: string): boolean {
  return !broadListed(y) && !(broadDescriber(y) || _endsLy(y) || _endsIng(y));
}

/**
 * The words from k to a skills head, or -1: one to three words of the clause before "skills" ("his inference skills",
 * "reading comprehension skills"). Returns the head's index.
 */
function skillsHeadAt(doc: _Doc, v: number, k: number): number {
  for (let j = k; j < k + 4 && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[v]; j++) if (SKILL_HEADS.has(wd(doc, j))) return j > k ? j : -1;
  return -1;
}

/**
 * The particular skill the verb of change at v develops, named before "skills" or after a
 * dash closing it: "Aaliyah to develop inference skills", "develop his reading comprehension skills - inference"
 * (Barnet, 5. Setting SMART Outcomes, Step Two: "Think about the specific skills within the area of need"; Milton Keynes
 * DT Handbook 2024/25, Appendix 1, Specific: "What specific skills or knowledge need to be acquired"). Not a broad area
 * before "skills" with nothing particular after it ("develop his fine motor skills", "improve her social skills",
 * "develop communication and language skills", Specific rule 1), nor a list or a status after the dash ("- threading,
 * cutting", "- ongoing"). The span from the verb to the skill's end, or null.
 */
function particularSkill(doc: _Doc, v: number): [number, number] | null {
  let k = v + 1;
  while (k < v + 3 && OWNERS.has(wd(doc, k))) k += 1;
  const head = skillsHeadAt(doc, v, k);
  if (head < 0) return usedIn(doc, v, k);
  let particular = true;
  for (let j = k; j < head; j++) if (!particularSkillWord(wd(doc, j))) particular = false;
  if (particular) return [v, head + 1];
  // "- inference", "- inference, retrieval": skills after a dash, each a concrete word or a verb's act, closing the text or its
  // sentence or before a timescale after another dash ("- inference - by Easter").
  const mark = doc.toks[head + 1];
  if (mark?.kind !== 'p' || !_HEADING_MARKS.has(mark.raw) || !dashSkill(doc, head + 2)) return null;
  let j = head + 2;
  while ((wd(doc, j + 1) === ',' || wd(doc, j + 1) === 'and') && dashSkill(doc, j + 2)) j += 2;
  const after = wd(doc, j + 1);
  return doc.toks[j + 1] === undefined || _PART_ENDS.has(after) || (_HEADING_MARKS.has(after) && doc.used[j + 2] === 1) ? [v, j + 1] : null;
}

/** Whether token j is a skill named after a dash: a concrete word or a verb's act ("inference", "retrieval", "scissor"). */
function dashSkill(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  return doc.toks[j]?.kind === 'w' && particularSkillWord(y) && (_CONCRETE.has(y) || actNoun(y) || actForm(y));
}

/** Prepositions placing the thing used in a named piece of work ("in PEE paragraphs", "in her own writing"). */
const USED_IN = new Set(['in', 'within']);
/** Pieces of the child's work or writing a thing is used in ("paragraphs", "stories", "answers"); not a place or a time ("school", "lessons"). */
const WORK_PIECES = new Set(['paragraphs', 'paragraph', 'writing', 'sentences', 'sentence', 'answers', 'answer', 'work', 'classwork', 'homework', 'calculations', 'calculation', 'stories', 'story', 'essays', 'essay', 'explanations', 'explanation', 'responses', 'response', 'workings', 'poems', 'poem', 'letters', 'letter', 'reports', 'report', 'texts', 'text', 'descriptions', 'description']);

/**
 * A thing used or known in a named piece of work after a verb of change: "improve use of evidence in PEE paragraphs",
 * "develop use of settings in his own writing"; not in a place or at a time ("use of phone in school", "use of force in the
 * playground": conduct in an area, Specific rule 1) (the skill is the thing's use there; Milton Keynes Appendix 1, Specific:
 * "What specific skills or knowledge need to be acquired"). One word after "of" with no place ("improve his understanding
 * of fractions") is a topic only, as {@link namedSkillPhrase} reads it. The span from the verb to the place's word, or null.
 */
function usedIn(doc: _Doc, v: number, k: number): [number, number] | null {
  if (!SKILL_LEAD.has(wd(doc, k)) || wd(doc, k + 1) !== 'of') return null;
  let j = k + 2;
  while (j < k + 4 && OWNERS.has(wd(doc, j))) j += 1;
  if (doc.toks[j]?.kind !== 'w' || !broadFree(wd(doc, j)) || !USED_IN.has(wd(doc, j + 1))) return null;
  let p = j + 2;
  while (p < j + 5 && OWNERS.has(wd(doc, p))) p += 1;
  // The piece of work itself or after one word naming its kind ("in PEE paragraphs", "in her persuasive writing").
  for (let q = p; q < p + 2 && doc.toks[q]?.kind === 'w' && doc.clause[q] === doc.clause[v]; q++) if (WORK_PIECES.has(wd(doc, q))) return [v, q + 1];
  return null;
}

/**
 * Whether "to" at `at` follows an adult's help, support or encouragement of the child ("Help her to", "Support Kai to",
 * "Encourage him to"): the skill developed is what adults provide for, with or without a timescale (the labelling guide,
 * Specific rule 4), not the child's outcome.
 */
function helpedTo(doc: _Doc, at: number): boolean {
  const lead = wd(doc, at - 2);
  return wd(doc, at) === 'to' && (SUPPORT_OPENERS.has(lead) || ACTS_ON_CHILD.has(lead)) && (CHILD_OBJECTS.has(wd(doc, at - 1)) || capitalisedWord(doc, at - 1));
}

/**
 * A particular skill a verb of change develops ({@link particularSkill}) after a kept place, opening the text or after a heading's mark, outside
 * provision and background: an anchor, and, as for {@link changedSkills}, the verb's comparative no longer sets the anchors
 * aside (`found.focused`). Whether any was found.
 */
function particularSkills(doc: _Doc, adult: _Marks, places: readonly number[], anchors: [number, number][], found: { focused: boolean }): boolean {
  let any = false;
  const n = doc.toks.length;
  for (let v = 0; v < n; v++) {
    if (!_flag3At(doc, v, F3_CHANGE_VERB) || FIELD_CHANGE_VERBS.has(wd(doc, v))) continue;
    // The verb after a kept place ("to develop", "will improve"), opening the text, a part after a heading's mark ("English -
    // improve …") or a table's cell ("Maths | develop inference skills | by Easter").
    const at = v - 1;
    const opens = v === 0 || _HEADING_MARKS.has(wd(doc, at)) || wd(doc, at) === '|' || (places.includes(at) && doc.clause[v] === doc.clause[at] && (wd(doc, at) !== 'to' || infinitiveTo(doc, at, true)));
    const span = opens && !helpedTo(doc, at) ? particularSkill(doc, v) : null;
    if (span === null || adult[span[0]] !== 0 || doc.bg[span[0]] !== 0) continue;
    anchors.push(span);
    any = true;
    found.focused = true;
  }
  return any;
}

/** Heads of a phrase that names a measure, not a skill ("reading age", "test scores", "house points"). */
const MEASURE_HEADS = new Set(['age', 'score', 'scores', 'points', 'point', 'marks', 'mark', 'results', 'result', 'percentage', 'rate', 'total']);

/** Adjectives of a broad domain by their ending ("emotional regulation", "social communication", "positive choices"). */
function broadDescriber(w: string): boolean {
  return w.endsWith('al') || w.endsWith('ive') || w.endsWith('ful') || w.endsWith('ous') || TOPIC_DESCRIBERS.has(w);
}

/**
 * The noun phrase from k (up to five words, to a break, a preposition or a conjunction) when it names a skill: two
 * content words or more (or a name), none broad, abstract or general; a head in "-tion"/"-sion" only after a noun ("column
 * addition", not "emotional regulation"). Returns [v, end] or null.
 */
function namedSkillPhrase(doc: _Doc, v: number, k: number): [number, number] | null {
  let end = k;
  while (end < k + 5 && doc.toks[end]?.kind === 'w' && doc.clause[end] === doc.clause[v] && !NP_END.has(wd(doc, end)) && !adverb(wd(doc, end))) end += 1;
  // One word is a topic ("improve his understanding of fractions", like "get better at spelling"), unless it is a name ("the Tudors").
  const raw = doc.toks[k]?.raw ?? '';
  if (end - k < 1 || (end - k < 2 && !(raw.length > 2 && raw[0] !== raw[0]?.toLowerCase()))) return null;
  for (let j = k; j < end; j++) {
    const y = wd(doc, j);
    if (y.length < 3 || _STOP.has(y) || _VAGUE.has(y) || _PROCESS.has(y) || _GENERIC_OBJECTS.has(y) || BROAD_TOPICS.has(y) || ABSTRACT_NOUNS.has(y) || WHOLE_HEADS.has(y) || _REFLEXIVES.has(y)) return null;
    if (_PROVISION_NOUNS.has(y) || _ADULT_SUBJECTS.has(y) || (j < end - 1 && broadDescriber(y))) return null;
  }
  const head = wd(doc, end - 1);
  // A measure is no skill ("improve my reading age", "his maths grade", "her behaviour points").
  if (_SUBJECTS.has(head) || SCOPE_NOUNS.has(head) || STANDARD_WORDS.has(head) || MEASURE_HEADS.has(head) || settingHead(head) || head.endsWith('cy') || _endsLy(head)) return null;
  const w = _endsS(head) ? head.slice(0, -1) : head;
  if (_abstractNoun(head) && !(w.endsWith('tion') || w.endsWith('sion'))) return null;
  return [v, end];
}

/** Nouns of numbers as content, and the words that bound a range of them ("numbers to 100", "digits up to 9"). */
const NUMBER_NOUNS = new Set(['numbers', 'numerals', 'digits']);
const RANGE_WORDS = new Set(['to', 'up', 'within', 'between', 'beyond', 'over', 'from']);

/**
 * The end of a number range after a noun of numbers ("Numbers to 100", "numbers up to 20", "numerals between 10 and 20"):
 * content named by a number (docs/smart.md, Specific: "content named by a number (Stave 3, Unit 10, chapters 1–6, the 7
 * times table)"; Milton Keynes Appendix 1, "What specific skills or knowledge need to be acquired"). Returns -1 when no
 * number follows within three words in the clause.
 */
function numberRangeEnd(doc: _Doc, i: number): number {
  for (let k = i + 2; k <= i + 4 && k < doc.toks.length && doc.clause[k] === doc.clause[i]; k++) if (doc.toks[k]?.kind === 'n') return k + 1;
  return -1;
}

/** Words that say how things are now after "is" ("is good", "is 9.4", "is below"). */
const STATE_WORDS = new Set(['good', 'poor', 'low', 'high', 'excellent', 'fine', 'ok', 'okay', 'improving', 'inconsistent', 'below', 'above', 'around', 'about', 'at', 'great', 'better', 'worse', 'variable', 'currently', 'now']);

/**
 * Whether every anchor only names what a statement of the present describes ("Reading age is 9.4 - needs to improve",
 * "Layla's attendance is good - keep it up!!") and nothing else in the text gives a figure: the text reports how things
 * are, and the rest names no outcome (the labelling guide, Specific rule 2: "no baseline, no number and no skill"; rule
 * 6: placeholders). A figure elsewhere ("Attendance is 86%. Target: 95% by Easter") keeps the anchor.
 */
function onlyStated(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  // Made at the first anchor that is stated (most targets return before).
  let stated: Set<number> | null = null;
  for (const [a, b] of anchors) {
    // The copula after the anchor's noun phrase ("Homework completion is excellent").
    let cop = b;
    // One bit for both lists: a word in neither is passed over with no look-up.
    while (cop < b + 2 && doc.toks[cop]?.kind === 'w' && !_flag3At(doc, cop, F3_COPULA_OR_STOP)) cop += 1;
    if (!copula(wd(doc, cop)) || doc.clause[cop] !== doc.clause[a]) return false;
    if (wd(doc, cop) === 'has' || wd(doc, cop) === 'have' ? !changedFigure(doc, cop) : !stateAfter(doc, cop)) return false;
    (stated ??= new Set<number>()).add(doc.clause[a] as number);
  }
  for (let k = 0; k < doc.toks.length && k < 200; k++) {
    if (stated !== null && stated.has(doc.clause[k] as number)) continue;
    const x = wd(doc, k);
    if (doc.toks[k]?.kind === 'n' || PREDICATE_BEFORE.has(x) && x !== 'to') return false;
  }
  return true;
}

/** The verbs a statement of how things are opens with after its subject: the present ("is") or the perfect ("has gone up"). */
const COPULAS = new Set(['is', 'are', 'has', 'have']);
/** {@link COPULAS} with _STOP as a third-word flag ({@link _flag3At}): {@link onlyStated} reads one bit per word. */
const F3_COPULA_OR_STOP = _wordFlag3([...COPULAS, ..._STOP]);
/** Whether w is one of the four {@link COPULAS}: compared, not looked up. */
function copula(w: string): boolean {
  return w === 'is' || w === 'are' || w === 'has' || w === 'have';
}
/** Participles of a figure's change not in -ed ("has gone up", "has risen", "has fallen"). */
const CHANGED = new Set(['gone', 'risen', 'fallen', 'grown']);
/** Words that open a deadline in a statement's clause ("has improved from a 3 to a 4 by the summer"). */
const DEADLINE_WORDS = new Set(['by', 'before', 'until', 'till', 'within']);

/** Whether a figure or a word of state follows the copula at cop ("is 9.4", "is good"). */
function stateAfter(doc: _Doc, cop: number): boolean {
  const after = doc.toks[cop + 1];
  return after !== undefined && (after.kind === 'n' || STATE_WORDS.has(wd(doc, cop + 1)));
}

/**
 * Whether the perfect at cop reports a figure's change so far ("attendance has gone up from 64% to 82%", "has improved
 * from 5 to 7 this term"): a participle of change, then a figure in its clause. The labelling guide, Measurable rule 6
 * and Specific rule 2: a baseline with no target figure names no outcome; a deadline in the clause ("has improved from
 * a 3 to a 4 by the summer") is read by the caller's check for any other figure or predicate.
 */
function changedFigure(doc: _Doc, cop: number): boolean {
  const p = wd(doc, cop + 1);
  if (!(CHANGED.has(p) || (_pastParticiple(p) && p !== 'been'))) return false;
  let figure = false;
  for (let k = cop + 2; k < doc.toks.length && doc.clause[k] === doc.clause[cop]; k++) {
    if (DEADLINE_WORDS.has(wd(doc, k))) return false;
    if (doc.toks[k]?.kind === 'n') figure = true;
  }
  return figure;
}

/** A pattern that took no token. */
const NONE = -2;

/** Lessons or a class the child is in ("class", "lessons", "the correct lesson", "all her lessons"). */
const LESSONS = new Set(['class', 'lesson', 'lessons']);

/** "be in class", "be in the correct lesson" with "in" at i (up to three words before the noun): its span, or null. */
function lessonSpan(doc: _Doc, i: number): [number, number] | null {
  let j = i + 1;
  while (j < i + 4 && (OWNERS.has(wd(doc, j)) || wd(doc, j) === 'all' || wd(doc, j) === 'correct' || wd(doc, j) === 'right')) j += 1;
  return LESSONS.has(wd(doc, j)) ? [i - 1, j + 1] : null;
}

/**
 * The words {@link phraseAt}'s own tests start at, beside the lists it reads ({@link F_PHRASE_START} is made from all of
 * them): "participate in class discussions", "get to school", "be in school" / "at college", "the number of times",
 * "This enables…", "not be sent out". Lists of two words, not sets, and single words as constants: at less cost.
 */
const TAKING_PART = ['participate', 'participates'];
const GETTING_TO = ['get', ...GOING];
const PLACED_IN = ['in', 'at'];
const COUNTED = 'number';
const CONSEQUENCE_OPENER = 'this';
const NOT_REMOVED = 'not';

/**
 * The patterns of the scan that decide a stretch on their own, after the two-word terms; returns the last token they
 * took (the scan goes on after it) or {@link NONE}. "get to school", "be in school", "the number of times he leaves…" (a counted behaviour), a sentence of
 * consequences ("This enables…"), a focusing phrase, a template's blank, "not be sent out", an unnamed class.
 */
function phraseAt(doc: _Doc, i: number, x: string, next: string, anchors: [number, number][], found: Found): number {
  if (((doc.flags[i] as number) & F_PHRASE_START) === 0) return NONE;
  const lists = PHRASE_LISTS.get(x) ?? 0;
  // Where an action no list knows may start, kept aside (the first eight) in case nothing else names a thing ({@link openAction}).
  if ((lists & P_PREDICATE) !== 0 && anchors.length === 0 && found.open.length < 8) found.open = _put(found.open, i);
  // "keep going to college", "carry on going with her A Levels": staying on names no outcome (the labelling guide, Settled
  // cases: "continue" is a process verb alone); the place or course continued is passed over, as a setting is.
  // "explore post-16 options": choices looked at with none chosen, passed over the same way ({@link exploredEnd}).
  const kept = (lists & P_CONTINUING) !== 0 ? keptGoingEnd(doc, i, x, next) : -1;
  const explored = kept >= 0 || (lists & P_EXPLORING) === 0 ? -1 : exploredEnd(doc, i, x, next);
  if (kept >= 0 || explored >= 0) {
    found.vague = _put(found.vague, kept >= 0 ? [i, Math.min(kept + 1, i + 2)] : [i, explored + 1]);
    return Math.max(kept, explored);
  }
  // "carry on attending Rainbows on Mondays", "keep on attending school every day": with a rate the going is read as usual
  // (as "continue attending …" is); "carry on" / "keep on", two words of continuing, anchor nothing themselves.
  if ((lists & P_CONTINUING) !== 0 && next === 'on' && goingGerund(wd(doc, i + 2))) return i + 1;
  // "go on the Year 6 residential", "participate in class discussions": an event taken part in, like "take part in" (the
  // labelling guide, Specific: the task).
  // "sing at the Christmas concert", "compete in his first bout", "represent the school": performing at a named event.
  if ((next === 'on' && GOING.has(x) && _goesOnEvent(doc, i)) || (TAKING_PART.includes(x) && _participatesIn(doc, i)) || ((lists & P_PERFORMING) !== 0 && _performsAt(doc, i))) {
    anchors.push([i, i + 2]);
    return i + 1;
  }
  if (next === 'to' && GETTING_TO.includes(x) && (wd(doc, i + 2) === 'school' || wd(doc, i + 2) === 'college' || wd(doc, i + 2) === 'nursery' || wd(doc, i + 2) === 'work')) {
    anchors.push([i, i + 3]);
    return i;
  }
  const placed = next === 'into' || next === 'to' || next === 'in' || (lists & P_ENTERING) !== 0 ? placeEnd(doc, i, x, next) : -1;
  if (placed > 0) {
    anchors.push([i, placed]);
    return placed - 1;
  }
  // "be back in school": the child's return, attendance like "be in school" (the labelling guide, Settled cases).
  const before = wd(doc, i - 1) === 'back' && wd(doc, i - 2) === 'be' ? 'be' : wd(doc, i - 1);
  // "be in education, employment or training" (EET): the child's placement, like "be in school"; "be back in full time
  // education" too (a full timetable is the placement named: the labelling guide, Specific, the placement the child achieves).
  // Employment, work or training full time too ("be in full time employment by September", "be in full time work": entering
  // employment, as a post gained is, {@link gainedPost}); "be in employment", like "be in EET", names no more than the area
  // (_object.ts; development labels y9-220, y19-207: not specific).
  // "be back in mainstream (lessons)", "be back in full time": the child's return, the placement named ({@link _returnedPlaceEnds}).
  const back = x === 'in' ? _backInReturned(doc, i - 2) : -1;
  if (back > 0) {
    anchors.push([i - 1, back]);
    return back - 1;
  }
  const full = x === 'in' && next === 'full' && wd(doc, i + 2) === 'time';
  const place = full ? wd(doc, i + 3) : next;
  const employed = x === 'in' && (place === 'education' || place === 'eet' || (full && (place === 'employment' || place === 'training' || place === 'work')));
  if ((place === 'school' || place === 'college' || place === 'nursery' || employed) && PLACED_IN.includes(x) && (before === 'be' || before === 'time' || before === 'attend')) {
    anchors.push([i - 1, place === next ? i + 2 : i + 4]);
    return place === next ? i : i + 2;
  }
  // "be in class" (attendance at lessons, like "be in school": Settled cases); "a part-time job" (a job named by when it is worked).
  const own = x === 'in' && before === 'be' ? lessonSpan(doc, i) : jobWorkedWhen(doc, i, x);
  if (own !== null) {
    anchors.push(own);
    return own[1] - 1;
  }
  // "Numbers to 100", "numbers between 10 and 20": content named by a number range, like "the 7 times table".
  const range = (lists & P_NUMBER_NOUN) !== 0 && RANGE_WORDS.has(next) ? numberRangeEnd(doc, i) : -1;
  if (range >= 0) {
    anchors.push([i, range]);
    return range - 1;
  }
  const counted = next === 'of' && x === COUNTED ? countedBehaviourAt(doc, i) : -1;
  if (counted >= 0) {
    anchors.push([i, counted + 1]);
    return counted;
  }
  if (x === CONSEQUENCE_OPENER && (i === 0 || _PART_ENDS.has(wd(doc, i - 1))) && (CONSEQUENCES.has(next) || (next === 'will' && CONSEQUENCES.has(wd(doc, i + 2))))) {
    let j = i;
    while (j + 1 < doc.toks.length && !_PART_ENDS.has(wd(doc, j + 1))) j += 1;
    return j;
  }
  return laterPhraseAt(doc, i, x, next, lists, anchors, found);
}

/**
 * The later readings of {@link phraseAt} at word `i` (`lists`: the phrase lists `x` is in): a focus ("in maths"), a
 * template blank, "not removed from", a whole thing named by its parts, and a class named or left unnamed.
 *
 * @example laterPhraseAt(doc, i, 'in', 'maths', lists, anchors, found) // the end of the focus, or NONE
 */
function laterPhraseAt(doc: _Doc, i: number, x: string, next: string, lists: number, anchors: [number, number][], found: Found): number {
  const focus = x === 'in' || (lists & P_FOCUS) !== 0 ? focusEnd(doc, i, x, next) : -1;
  if (focus >= 0) {
    anchors.push([i, focus]);
    found.focused = true;
    return focus - 1;
  }
  if ((lists & P_BLANK) !== 0 && BLANK_DETERMINERS.has(wd(doc, i - 1))) {
    const end = blankEnd(doc, i - 1);
    if (end >= 0) return end - 1;
  }
  if (x === NOT_REMOVED && notRemoved(doc, i)) {
    const end = REMOVED_TO.has(wd(doc, i + 3)) ? i + 4 : i + 3;
    anchors.push([i, end]);
    return end - 1;
  }
  if ((lists & P_WHOLE) !== 0 && next === 'of' && WHOLE_BEFORE.has(wd(doc, i - 1))) return wholeEnd(doc, i);
  const gained = (lists & P_POST) !== 0 ? gainedPost(doc, i) : -1;
  if (gained >= 0) {
    anchors.push([gained, i + 1]);
    return i;
  }
  if ((lists & P_UNNAMED) === 0) return NONE;
  if (namedClass(doc, i, x)) {
    anchors.push([i - 1, i + 1]);
    return i;
  }
  return unnamedClass(doc, i, x) ? i : NONE;
}

/**
 * The verb of a post gained at noun i ("get a job", "Ola to find work", "to get an apprenticeship", "secure a traineeship"),
 * or -1: entering employment or training, a one-off outcome the young person achieves, as entering education is ("get into
 * college", {@link placeEnd}): the labelling guide, Specific ("the particular ... task or qualification the child will
 * achieve") and Measurable rule 5 ("a one-off event is measurable: ... enrol on a Level 1 course"). The post and its verbs
 * are read by _measure.ts {@link _postGained}, one reading for both. Only as the child's predicate (after "will", "to", or
 * opening the target or its label), so "look for a job" (a process) is not; "find a course" and "get a qualification" stay
 * unnamed classes ({@link unnamedClass}). The child's wish ("I want to get a job") is left to the wish rule ({@link _wishOnly}).
 */
function gainedPost(doc: _Doc, i: number): number {
  const v = _POST_BEFORE.has(wd(doc, i - 1)) ? i - 2 : i - 1;
  if (_postGained(doc, v) !== i) return -1;
  const b = wd(doc, v - 1);
  return v === 0 || PREDICATE_BEFORE.has(b) || LABEL_ENDS.has(b) || _PART_ENDS.has(b) ? v : -1;
}

/**
 * "the number of times he leaves the classroom" at i: the behaviour counted is named (the labelling guide, Specific rule 5);
 * the index of its verb, or -1. A passive names it by its participle ("the number of times she is sent out").
 */
function countedBehaviourAt(doc: _Doc, i: number): number {
  if (!(wd(doc, i + 2) === 'times' || wd(doc, i + 2) === 'occasions') || doc.clause[i + 4] !== doc.clause[i]) return -1;
  const passive = (wd(doc, i + 4) === 'is' || wd(doc, i + 4) === 'gets') && doc.clause[i + 5] === doc.clause[i];
  const at = passive ? i + 5 : i + 4;
  const v = wd(doc, at);
  const named = passive ? _endsEd(v) || v === 'sent' : !_STOP.has(v);
  return named && doc.toks[at]?.kind === 'w' && !_VAGUE.has(v) && !_PROCESS.has(v) && !BROAD_ACTIONS.has(v) ? at : -1;
}

/** Verbs of looking at choices ("explore", "consider"; "look into", "look at", "think about" with their particle). */
const EXPLORING = new Set([
  'explore', 'explores', 'exploring', 'explored', 'consider', 'considers', 'considering', 'considered', 'look', 'looks', 'looking', 'looked',
  'think', 'thinks', 'thinking', 'thought',
]);
/** The particle each verb of looking needs ("look into", "think about"); the others take their object directly. */
const EXPLORING_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['look', new Set(['into', 'at'])],
  ['think', new Set(['about'])],
]);
/** Choices looked at with none chosen: the options, courses or routes open to the child. */
const CHOICES = new Set(['options', 'option', 'courses', 'careers', 'career', 'universities', 'colleges', 'pathways', 'routes', 'choices', 'apprenticeships', 'jobs', 'opportunities']);

/**
 * "Explore post-16 options", "consider college courses", "look into apprenticeships": the choices looked at, with none
 * chosen, named as a broad area the child will think about, not what the child will achieve (the labelling guide, Specific
 * rule 1; Milton Keynes Appendix 1: "What specific skills or knowledge need to be acquired"). The index of the choice word
 * (passed over, as a setting is), or -1. "Choose her GCSE options" and "apply for two courses" are tasks, read elsewhere.
 */
function exploredEnd(doc: _Doc, i: number, x: string, next: string): number {
  if (!EXPLORING.has(x)) return -1;
  const base = x.startsWith('look') ? 'look' : x.startsWith('think') || x === 'thought' ? 'think' : '';
  const particles = EXPLORING_PARTICLES.get(base);
  if (particles !== undefined && !particles.has(next)) return -1;
  const from = particles === undefined ? i + 1 : i + 2;
  for (let k = from; k < doc.toks.length && k <= from + 3 && doc.clause[k] === doc.clause[i]; k++) {
    if (CHOICES.has(wd(doc, k))) return choicesEnd(doc, k);
    if (doc.toks[k]?.kind === 'n' && doc.toks[k]?.prefix === '' && doc.toks[k]?.hyph !== true) return -1; // "look at 3 colleges": a count of the choices
  }
  return -1;
}

/** The last choice word of a list from k ("career options", "apprenticeships and college courses"). */
function choicesEnd(doc: _Doc, k: number): number {
  let end = k;
  for (let j = k + 1; j < doc.toks.length && j <= end + 4 && doc.clause[j] === doc.clause[k]; j++) {
    const y = wd(doc, j);
    if (CHOICES.has(y)) end = j;
    else if (j === end + 1 && y !== 'and' && y !== 'or' && y !== ',') break;
  }
  return end;
}

/** Verbs of continuing ("keep going", "carry on going", "continue going"). */
const CONTINUING = new Set(['keep', 'keeps', 'keeping', 'continue', 'continues', 'continuing', 'carry', 'carries', 'carrying']);
/** The verbs of continuing, for the review-note reading (_review.ts). */
export const _CONTINUING: ReadonlySet<string> = CONTINUING;
/** Words that end what is continued: the next predicate, or one joined by "and"/"but". */
const KEPT_END = new Set([...NEXT_PREDICATE, 'and', 'but', 'so', 'while', 'whilst', 'when', 'every', 'each']);

/**
 * The last token of "keep going to college", "carry on going with her A Levels", "keep up the good attendance" or
 * "continue with the group" at i (the verb of continuing, "going", "up" or "with" and what is continued, to the next
 * predicate, ten words at most), or -1 when i starts no such phrase.
 */
function keptGoingEnd(doc: _Doc, i: number, x: string, next: string): number {
  if (!CONTINUING.has(x)) return -1;
  let g = i + 1;
  if (next === 'on') g += 1;
  else if (x.startsWith('carr')) return -1;
  // "keep up the good attendance", "continue with the reading group", "carry on with her course": the same, with no "going".
  // "continue to attend school": going on attending with no rate names no outcome either (development labels: every
  // "continue to …" of the 31 sets, 59, is not specific; Settled cases, "keep going to college": neither).
  const kept = wd(doc, g) === 'going' || (g === i + 1 && next === 'up' && x.startsWith('keep')) || (wd(doc, g) === 'with' && !x.startsWith('keep')) || continuedAct(doc, i, x, next) || continuedAttending(doc, g);
  if (!kept || doc.clause[g] !== doc.clause[i]) return -1;
  let k = g + 1;
  while (k < doc.toks.length && k <= g + 10 && doc.clause[k] === doc.clause[g] && !_PART_ENDS.has(wd(doc, k)) && !KEPT_END.has(wd(doc, k))) k += 1;
  return k - 1;
}

/** Words that give going on attending a rate or a whole ("every day", "all her lessons"): the child's own attendance then. */
const ATTENDING_RATES: ReadonlySet<string> = new Set([..._HOW_OFTEN_RATES, 'all', 'always', 'full', 'full-time']);

/**
 * Whether "continue to" at i opens going on attending or accessing, with no rate and no whole ("continue to attend school",
 * "To continue to attend maths resit classes", "continue to access counselling"): staying on, as "keep going to college" is
 * (Settled cases: neither). With a rate or a whole ("continue to attend all her lessons", "every day") it is the child's own
 * attendance (Settled cases: specific), and a strategy used ("continue to use her visual timetable") is the child's act.
 */
function continuedAct(doc: _Doc, i: number, x: string, next: string): boolean {
  if (next !== 'to' || !x.startsWith('continu') || !(JOINING.has(wd(doc, i + 2)) || RECEIVED_ACCESS.has(wd(doc, i + 2)))) return false;
  return !attendingRateIn(doc, i + 3, i + 12);
}

/** Words before a number that make it only name a year group or stage ("Year 7", "Key Stage 4", "KS3"), no rate. */
const NAMING_NUMBER: ReadonlySet<string> = new Set(['year', 'years', 'yr', 'y', 'stage', 'ks', 'grade']);

/** Whether x is a gerund of attending or accessing ("attending", "accessing": {@link JOINING}'s and {@link _ACCESSING}'s). */
function goingGerund(x: string): boolean {
  return x === 'attending' || (_endsIng(x) && _ACCESSING.has(x.slice(0, -3)));
}

/**
 * Whether the words from `from` to the part's end (at most to `to`) give going on attending a rate, a whole, a figure or an
 * outcome joined: a word of {@link ATTENDING_RATES} ("every day", "daily", "all her lessons"), weekdays in the plural ("on
 * Mondays and Tuesdays"), "on time" (punctuality, a habit an adult records: Settled cases), a number that is not only the name
 * of a year group or key stage ("Year 7", "Key Stage 4" name, "9/10 days" counts), or the child's own outcome joined
 * ({@link outcomeJoined}). Bounded by `to`.
 */
function attendingRateIn(doc: _Doc, from: number, to: number): boolean {
  for (let k = from; k < doc.toks.length && k <= to && !_PART_ENDS.has(wd(doc, k)); k++) {
    const x = wd(doc, k);
    if (doc.toks[k]?.kind === 'n' && !NAMING_NUMBER.has(wd(doc, k - 1))) return true;
    if (ATTENDING_RATES.has(x) || _WEEKDAY_PLURALS.has(x) || (x === 'on' && wd(doc, k + 1) === 'time') || outcomeJoined(doc, k)) return true;
  }
  return false;
}

/**
 * Whether the gerund at g, after a verb of continuing, goes on attending or accessing with no rate and no whole ("Continue
 * attending school.", "Keep attending college", "Carry on attending her course"): staying on, read as "continue to attend
 * school" is ({@link continuedAct}; the labelling guide, Settled cases, "keep going to college": neither; development labels
 * of "continue"/"keep" with attending or going and no rate, 38 not specific to 0). A rate, a figure or an outcome joined
 * ("continue attending all her lessons", "every day") leaves it the child's own attendance.
 */
function continuedAttending(doc: _Doc, g: number): boolean {
  if (!goingGerund(wd(doc, g))) return false;
  return !attendingRateIn(doc, g + 1, g + 11);
}

/**
 * Whether "and" at k joins the child's own task or outcome ("continue to attend football club and score a goal", "… Brownies
 * and earn her first badge"): then attending is the setting of an outcome, as "will attend … and score a goal" is (Settled
 * cases, clubs: "an outcome joined to it … is specific"), not staying on. Verbs of a task or a result, not of a process.
 */
function outcomeJoined(doc: _Doc, k: number): boolean {
  if (wd(doc, k) !== 'and') return false;
  const v = wd(doc, k + 1);
  // Not "and be reviewed": a passive is what adults do ("be" is among the event verbs for "be on time").
  return v !== 'be' && (_CONCRETE_VERBS.has(v) || _OBSERVABLE_VERBS.has(v) || _EVENT_VERBS.has(v) || OUTCOME_VERBS.has(v) || _GAINING.has(v));
}
/** Verbs of a result besides the lists of tasks ("score a goal", "earn a badge", "win a race"). */
const OUTCOME_VERBS: ReadonlySet<string> = new Set(['score', 'earn', 'win', 'achieve', 'get']);
/** Verbs of taking part in provision besides joining ("continue to access counselling", "to engage with the PRU"). */
const RECEIVED_ACCESS: ReadonlySet<string> = new Set(['access', 'receive', 'engage', 'participate']);

/** Words for every part of something ("aspects of", "areas of"), and the words before them that make them cover it all. */
const WHOLE_AREAS = new Set(['aspects', 'aspect', 'areas']);
const WHOLE_BEFORE = new Set(['in', 'all', 'every', 'each', 'many', 'various', 'different', 'some', 'most', 'other', 'key', 'of', 'across', 'to']);

/**
 * "engage in aspects of exploratory, functional and sensory play", "in all areas of the curriculum": parts of something
 * taken together name no particular activity (the labelling guide, Specific rule 1; Barnet, Examples of SMART Outcomes:
 * not "vague, generic"), as "take part in all aspects of school life" does. Returns the last token of what they are
 * parts of: to the end of the sentence or the next predicate, twelve words at most.
 */
function wholeEnd(doc: _Doc, i: number): number {
  let k = i + 2;
  while (k < doc.toks.length && k < i + 14 && !_PART_ENDS.has(wd(doc, k)) && !NEXT_PREDICATE.has(wd(doc, k))) k += 1;
  return k - 1;
}

/** Social verbs that name a particular behaviour only with what is shared or taken ("share the paints", "take turns"). */
const SOCIAL_WITHOUT_OBJECT = new Set(['share', 'sharing']);

/** Forms of "make" before "progress" ("make accelerated progress"). */
const MAKING = new Set(['make', 'makes', 'making', 'made']);
/** Words making the next step a comparative ("the next level", "a higher grade"): neither names which grade. */
const COMPARATIVE_STEP = new Set(['next', 'higher', 'better', 'good']);
/** {@link COMPARATIVE_STEP} as a third-word flag ({@link _flag3At}): one bit read where the set was asked. */
const F3_COMPARATIVE_STEP = _wordFlag3(COMPARATIVE_STEP);
/**
 * Whether token i is a level or grade after {@link COMPARATIVE_STEP} (not "standard": "the higher standard" is named). "good"
 * and "better" only where the clause names no subject ("get a good grade", "GCSE English – get a good grade": the subject in
 * the heading, not the clause): "a good level in reading" is a standard in a named subject (the labelling guide, Specific: "a
 * grade or standard in a named subject"; rule 2, a comparative "becomes specific only with the skill named").
 */
function comparativeLevel(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  if (!(x === 'level' || x === 'levels' || x === 'grade' || x === 'grades' || x === 'stage' || (x === 'standard' && wd(doc, i - 1) === 'next'))) return false;
  const step = wd(doc, i - 1);
  return (step !== 'good' && step !== 'better') || !subjectInClause(doc, i);
}
/**
 * Whether a result only called good or better is in a subject its clause names ("get a good grade in maths", "a good level in
 * reading"): a grade or standard in a named subject (the labelling guide, Specific), where "get a good grade" alone and
 * "GCSE English – get a good grade" (the subject in the heading) name none; {@link comparativeLevel}'s limit on "good".
 */
export function _goodInSubject(doc: _Doc): boolean {
  for (let i = 0; i + 1 < doc.toks.length; i++) {
    const x = wd(doc, i);
    if ((x === 'good' || x === 'better') && GOOD_LEVELS.has(wd(doc, i + 1)) && subjectInClause(doc, i + 1)) return true;
  }
  return false;
}
/** What "good" calls a result by ("a good grade", "good marks", "a good level"). */
const GOOD_LEVELS = new Set(['grade', 'grades', 'level', 'levels', 'result', 'results', 'mark', 'marks']);
/** Whether the clause of token i names a school subject ({@link F_SUBJECT}: "in reading", "her maths"). */
function subjectInClause(doc: _Doc, i: number): boolean {
  for (let k = i; k >= 0 && doc.clause[k] === doc.clause[i]; k--) if (((doc.flags[k] as number) & F_SUBJECT) !== 0) return true;
  for (let k = i + 1; k < doc.toks.length && doc.clause[k] === doc.clause[i]; k++) if (((doc.flags[k] as number) & F_SUBJECT) !== 0) return true;
  return false;
}
/** Words before a standard in the object of "reach" ("reach the expected level", "reach age related expectations"). */
const STANDARD_LEAD = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'my', 'age', 'related', 'age-related']);

/**
 * Whether the object of "reach" at i is a standard with no figure ("reach the expected level", "reach age related
 * expectations"; not "reach level 3", "reach 95%"): a standard word within four words, only determiners before it, and no
 * number before it or in the two words after.
 */
function standardReached(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && doc.clause[k] === doc.clause[i]; k++) {
    if (doc.toks[k]?.kind === 'n') return false;
    const y = wd(doc, k);
    if (standardWordAt(doc, k, y)) return doc.toks[k + 1]?.kind !== 'n' && doc.toks[k + 2]?.kind !== 'n';
    // "reach the next level", "reach a higher grade": a comparative with no baseline names no level (the labelling guide,
    // Specific rule 2), as "get to the next level" is read (review32b).
    if (COMPARATIVE_STEP.has(y) && comparativeLevel(doc, k + 1)) return doc.toks[k + 2]?.kind !== 'n';
    if (!STANDARD_LEAD.has(y)) return false;
  }
  return false;
}

/**
 * Whether a concrete word used as such is an anchor: not "attend" of provision ("attend Lego therapy"; "attend school"
 * is attendance), not a thing named only through a comparative, not a verb whose object is a template's blank.
 */
function concreteAnchor(doc: _Doc, i: number, x: string, next: string): boolean {
  // "needs to learn to share": sharing with nothing shared and no occasion is a broad social disposition, like Barnet's
  // "Emma will listen to all instructions" (the labelling guide, Specific rule 1); "share the paints with a friend" names it.
  if ((x === 'share' || x === 'sharing') && (next === '' || _PART_ENDS.has(next))) return false;
  // "[Name] will…", "(Name) to…": a template's blank for the child's name is the subject, not the verb "name" (the labelling
  // guide, Specific rule 6: a placeholder names nothing).
  if (x === 'name' && (wd(doc, i - 1) === '[' || wd(doc, i - 1) === '(') && (next === ']' || next === ')')) return false;
  if (_rulesInGeneral(doc, i, 'any')) return false;
  if (x === 'attend' || x === 'attending' || x === 'attends') {
    for (let k = i + 1; k < doc.toks.length && k <= i + 4; k++) if (provisionNoun(doc, k) || wd(doc, k) === 'appointments') return false;
  }
  // "100% attendance at the sessions": the rate of going to provision, no anchor of its own, nor what is gone to.
  if ((x === 'attendance' && providedAttendance(doc, i) > 0) || attendedThingOf(doc, i)) return false;
  const concreteVerb = _flag3At(doc, i, F3_CONCRETE_VERB);
  if (comparedThing(doc, i) || (concreteVerb && comparedObject(doc, i)) || _outOfBroad(doc, i, x)) return false;
  // "make accelerated progress": a word between "make" and "progress" says what kind of progress, a broad word (the labelling
  // guide, Specific rule 1; "expected progress" is read so in {@link _scanSpecific}), not the programme "Accelerated Reader".
  if (next === 'progress' && MAKING.has(wd(doc, i - 1))) return false;
  // "reach age related expectations", "reach the expected level": a standard reached is the anchor only with its subject
  // ({@link pairStandard}; the labelling guide, Specific: "a grade or standard in a named subject"), not the verb.
  if (x === 'reach' && standardReached(doc, i)) return false;
  // "Attendance at the breakfast club to reach 80%": the rate of going to provision reaching a figure, no anchor of its own.
  if (x === 'reach' && (wd(doc, i - 1) === 'to' || wd(doc, i - 1) === 'will') && attendedThingOf(doc, i - 2)) return false;
  // "for his year group": a year group is a setting, not evidence of a skill (the labelling guide, Specific rule 3).
  if ((x === 'group' || x === 'groups') && wd(doc, i - 1) === 'year') return false;
  // A verb whose object is a template's blank names nothing ("attend a specific course").
  return !(concreteVerb && (blankEnd(doc, i + 1) >= 0 || (BLANK_PREPOSITIONS.has(next) && blankEnd(doc, i + 2) >= 0)));
}

/**
 * What the specificity scan gathers besides its anchors: vague words and the places an action no list knows may
 * start ({@link phraseAt}), each {@link _NO_ITEMS} until something is added ({@link _put}), and whether a focusing phrase
 * was found.
 */
interface Found {
  focused: boolean;
  open: number[];
  vague: [number, number][];
}

/**
 * The end of a disposition's setting ({@link dispositionPlace}) or of what it is about ({@link dispositionObject}) at i,
 * or -1; a disposition word is noted among the vague words.
 */
function dispositionEnd(doc: _Doc, i: number, x: string, found: Found): number {
  const f = doc.flags[i] as number;
  const broad = (f & F_VAGUE) !== 0;
  if (broad) {
    found.vague = _put(found.vague, [i, i + 1]);
    const place = dispositionPlace(doc, i);
    if (place >= 0) return place;
  }
  if ((f & F_DISPOSITION_START) === 0) return -1;
  const end = dispositionObject(doc, i, x, wd(doc, i + 1));
  if (end >= 0 && !broad) found.vague = _put(found.vague, [i, i + 1]);
  return end;
}

/** Words that start {@link dispositionObject} (one set look-up per token). */
const DISPOSITION_STARTS = new Set([...DISPOSITION_ABOUT.keys(), ..._LIKING]);

/**
 * Skills scored like a subject though not one ("spelling age from 6y8m to 7y6m", "spelling score from 12 to 18"); on the
 * scan's start flags, so a word added here is read.
 */
export const _SCORED_SKILLS: ReadonlySet<string> = new Set(['spelling']); // one word: _scanSpecific compares it (x === 'spelling')

/**
 * Words at which the loop of {@link _scanSpecific} can do anything (vague words, provision verbs, the first
 * words of two-word terms and of each pattern, concrete words and verbs, standards and subjects): it skips
 * any other word, unless a hyphenated word follows ("hand-in"). A pattern that starts at a new word must add
 * it here (test/smart/perfFlags.test.ts compares with no skipping).
 */
const F_SPECIFIC_WORD = _wordFlag(
  [
    ..._VAGUE, ..._PROVISION_VERBS, ...BIGRAMS.keys(), 'get', ...GOING, ...NUMBER_NOUNS, 'in', 'at', ...SPECIAL_STARTS, ..._CONCRETE, ..._CONCRETE_VERBS, ..._SUBJECTS,
    ..._SCORED_SKILLS, 'grade', 'grades', 'standard', 'merit', 'distinction', 'level', 'gld', 'expectations', 'expected', 'are', ...[...LETTER_GRADES].map((g) => g.toLowerCase()),
    'x', 'especially', 'particularly', 'specifically', ...BLANK_ADJECTIVES, 'not', ...UNNAMED_CLASSES, ..._POSTS, ...WHOLE_AREAS,
    'this', ..._DURATION_UNITS, ...DONE_ALONE, DONE_WITHOUT, ..._JOB_NOUNS, ..._REFLEXIVES, DONE_OWN, ...PREDICATE_BEFORE, ...DISPOSITION_ABOUT.keys(), ..._LIKING, ...CONTINUING, ...EXPLORING, ..._ENTERING, ...TAKING_PART, ..._PERFORMING, 'come', 'comes', 'coming', 'walk', 'walks',
  ],
  undefined,
  true,
);
/** Word flags of the lists {@link _scanSpecific} tests at every word it looks at (one array read instead of a set look-up). */
const F_PROVISION_NOUN = _F_PROVISION_NOUN;
const F_PROVISION_VERB = _wordFlag(_PROVISION_VERBS);
const F_CONCRETE = _wordFlag([..._CONCRETE, ..._CONCRETE_VERBS]);
const F_SPECIAL_START = _wordFlag(SPECIAL_STARTS);
const F_NOT_ANCHOR = _wordFlag(NOT_ANCHORS);
const F_BIGRAM = _wordFlag(BIGRAMS.keys());
const F_SUBJECT = _wordFlag(_SUBJECTS);
const F_VAGUE = _wordFlag(_VAGUE);
const F_DISPOSITION_START = _wordFlag(DISPOSITION_STARTS);
/**
 * The words {@link phraseAt} can answer at (the first test of each of its phrases) and those {@link doneAs} can: at any
 * other word neither is tried. A phrase that starts at a new word must add it here (test/smart/perfFlags.test.ts
 * compares with no skipping).
 */
const F_PHRASE_START = _wordFlag(
  [
    ...PREDICATE_BEFORE, ...CONTINUING, ...EXPLORING, ...GOING, ...TAKING_PART, ...GETTING_TO, ...ARRIVING, ..._ENTERING, ...PLACED_IN, ...NUMBER_NOUNS, COUNTED,
    CONSEQUENCE_OPENER, ...FOCUS, ...BLANK_ADJECTIVES, NOT_REMOVED, ...WHOLE_AREAS, ...UNNAMED_CLASSES, ..._JOB_NOUNS, ..._POSTS, ..._PERFORMING, ...GOES_ON,
  ],
  undefined,
  true,
);
/**
 * The lists of {@link F_PHRASE_START} {@link phraseAt} reads a word by, in one look-up: a word in none of them passes over
 * the helpers that first ask for one (each helper still tests its own list).
 */
const P_PREDICATE = 1;
const P_CONTINUING = 2;
const P_EXPLORING = 4;
const P_ENTERING = 8;
const P_NUMBER_NOUN = 16;
const P_FOCUS = 32;
const P_BLANK = 64;
const P_WHOLE = 128;
const P_UNNAMED = 256;
const P_POST = 512;
const P_PERFORMING = 1024;
const PHRASE_LISTS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const lists: readonly (readonly [Iterable<string>, number])[] = [
    [PREDICATE_BEFORE, P_PREDICATE], [CONTINUING, P_CONTINUING], [EXPLORING, P_EXPLORING], [_ENTERING, P_ENTERING], [NUMBER_NOUNS, P_NUMBER_NOUN],
    [FOCUS, P_FOCUS], [BLANK_ADJECTIVES, P_BLANK], [WHOLE_AREAS, P_WHOLE], [UNNAMED_CLASSES, P_UNNAMED], [_POSTS, P_POST], [_PERFORMING, P_PERFORMING],
  ];
  for (const [words, bit] of lists) for (const w of words) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();
const F_DONE_START = _wordFlag([..._DURATION_UNITS, ...DONE_ALONE, DONE_WITHOUT, ..._REFLEXIVES, DONE_OWN], undefined, true);

/**
 * A two-word term at i ("full stops", "times tables"): anchored unless "fine motor" or a broad part; whether it is one. A
 * skill so named ("use full stops more"; not "on time", punctuality, nor a term of a word that never anchors alone,
 * "reading age") is not set aside by a comparative (the labelling guide, Specific rule 2: "A comparative becomes
 * specific only with the skill named").
 */
function bigramAt(doc: _Doc, i: number, x: string, next: string, anchors: [number, number][], found: Found): boolean {
  if (BIGRAMS.get(x)?.has(next) !== true) return false;
  if (!(x === 'fine' && next === 'motor') && !broadPart(doc, i + 2)) {
    anchors.push([i, i + 2]);
    if (x !== 'on' && !NOT_ANCHORS.has(x)) found.focused = true;
  }
  return true;
}

/** What a subject's figure is ("maths score", "spelling scores", "science results"). */
const SUBJECT_SCORES = new Set(['score', 'scores', 'result', 'results', 'mark', 'marks', 'age']);

/**
 * "his maths score from 88 to 95": a subject's score with a figure is a standard in a named subject (the labelling guide,
 * Specific), like "reading age from 6y to 7y"; anchored; whether it was.
 */
function subjectScored(doc: _Doc, i: number, next: string, anchors: [number, number][]): boolean {
  // "spelling test scores", "maths quiz results", "phonics screening score": the test's score is the subject's.
  const k = _ASSESSMENTS.has(next) ? i + 2 : i + 1;
  if (!SUBJECT_SCORES.has(wd(doc, k)) || !figureAfter(doc, k)) return false;
  anchors.push([i, k + 1]);
  return true;
}


/**
 * "a scaled score of 100+ in the KS2 reading SAT", "a mark of 30 on her Year 6 maths paper": a score with its figure in a
 * named subject's test is a standard in a named subject (the labelling guide, Specific: "a grade or standard in a named
 * subject"), as "a score of 100 in reading" is; the test's phase or owner may stand between "in" and the subject. The start of
 * the score word before the subject at i, or -1.
 */
function scoreBeforeSubject(doc: _Doc, i: number): number {
  let j = i - 1;
  // "the", "his", "KS2", "Year 6" ("year" and its number): what comes between "in" and the subject, at most four words.
  while (j > i - 5 && j > 0 && (_OWNING_DETERMINERS.has(wd(doc, j)) || (doc.toks[j]?.kind === 'n' && (wd(doc, j - 1) === 'year' || /^ks\d$/i.test(doc.toks[j]?.raw ?? ''))) || wd(doc, j) === 'year')) j -= 1;
  if (wd(doc, j) !== 'in' && wd(doc, j) !== 'on') return -1;
  const k = j - 1;
  if (doc.toks[k]?.kind !== 'n' || doc.bg[k] !== 0 || wd(doc, k - 1) !== 'of' || !SUBJECT_SCORES.has(wd(doc, k - 2))) return -1;
  return doc.clause[k - 2] === doc.clause[i] && !scoreStated(doc, k - 2, i) ? k - 2 : -1;
}

/** Verbs stating a result that is or was ("His score of 95 in the maths SAT shows progress", "… was above the expected standard"). */
const STATING = new Set(['is', 'was', 'were', 'are', 'shows', 'showed', 'show', 'remains', 'remained', 'means', 'meant']);

/**
 * Whether the score from s to the subject at i is stated as a result now or past, not one to reach: a background word before it in
 * its sentence ("Last year: a scaled score of 92 in …", marked as the background of a past point), or a verb stating it after the
 * subject with no future or target word in the sentence ("His score of 95 in the Year 6 maths SAT shows progress"). A baseline
 * is no target (the labelling guide, Measurable rule 6), as "Ayo scored 94 in the reading SAT last year" is not.
 */
function scoreStated(doc: _Doc, s: number, i: number): boolean {
  let a = s;
  while (a > 0 && !_PART_ENDS.has(wd(doc, a - 1))) a -= 1;
  let future = false;
  for (let j = a; j < s; j++) {
    // A wish for the score ("He wants a score of 100 in …") is the wish row's, not a target (the labelling guide, Settled cases).
    if (doc.bg[j] !== 0 || WISHES.has(wd(doc, j))) return true;
    if (_FUTURE.has(wd(doc, j))) future = true;
  }
  for (let j = i + 1; j < doc.toks.length && !_PART_ENDS.has(wd(doc, j)) && !future; j++) {
    if (_FUTURE.has(wd(doc, j))) return false;
    if (STATING.has(wd(doc, j))) return true;
  }
  return false;
}

/** Verbs of sitting an exam: the child's own one-off event ("sit his GCSEs", "resit maths"). */
const SITTING = new Set(['sit', 'sits', 'resit', 'resits', 're-sit', 're-sits']);
/** {@link SITTING}, for tests that {@link _examSat}'s first-letter test passes every word of it. */
export const _SITTING: ReadonlySet<string> = SITTING;
/** Qualifications named by their exams or papers ("sit GCSEs", "resit Functional Skills"), besides a subject or an assessment. */
const SAT_QUALIFICATIONS = new Set([...QUALIFICATION_EXAMS, 'functional', 'a-level', '11+']);

/**
 * "Sit GCSEs.", "resit English again", "Morgan to sit Functional Skills": the child sitting (or resitting) the exam of a
 * subject or a qualification names the qualification the child will achieve (the labelling guide, Specific: "the particular
 * … task or qualification"; Measurable rule 5, a one-off event), as "sit her GCSE exams this summer" does. Only the exam
 * straight after the verb or its owner: "sit with his key worker", "sit on the carpet" are where the child sits, and
 * "Maths resit" (a noun heading, no verb of the child's) is not read here. The anchor's end, or -1.
 * @example _examSat(doc('Sit GCSEs.'), 0) // 2
 */
export function _examSat(doc: _Doc, i: number): number {
  const v = wd(doc, i);
  // Every verb of {@link SITTING} begins with "s" or "r": other words are passed by their first letter, with no look-up.
  const c = v.charCodeAt(0);
  if ((c !== 115 && c !== 114) || !SITTING.has(v)) return -1;
  const k = _OWNING_DETERMINERS.has(wd(doc, i + 1)) ? i + 2 : i + 1;
  const y = wd(doc, k);
  if (doc.clause[k] !== doc.clause[i] || !(_SUBJECTS.has(y) || _ASSESSMENTS.has(y) || SAT_QUALIFICATIONS.has(y))) return -1;
  // "resit GCSE" with no subject after it names no one exam (a GCSE is sat in a subject; "Maths - resit GCSE" reads as the
  // heading's resit): only the plural ("sit GCSEs", every exam) or a subject after it ("resit GCSE maths") names what is sat.
  if ((y === 'gcse' || y === 'btec') && !_SUBJECTS.has(wd(doc, k + 1))) return -1;
  // "Functional Skills" is one qualification: both words are the anchor.
  return y === 'functional' && wd(doc, k + 1) === 'skills' ? k + 2 : k + 1;
}

/**
 * {@link phraseAt}, then an exam the child sits ({@link _examSat}: "resit maths") or a score in a named subject's test
 * ({@link scoreBeforeSubject}: "a scaled score of 100+ in the KS2 reading SAT"), anchored; the index to go on after, or NONE.
 */
function phraseOrExamAt(doc: _Doc, i: number, x: string, next: string, anchors: [number, number][], found: Found): number {
  const taken = phraseAt(doc, i, x, next, anchors, found);
  if (taken !== NONE) return taken;
  const sat = _examSat(doc, i);
  if (sat >= 0) {
    anchors.push([i, sat]);
    return sat - 1;
  }
  const score = ((doc.flags[i] as number) & F_SUBJECT) !== 0 ? scoreBeforeSubject(doc, i) : -1;
  if (score < 0) return NONE;
  anchors.push([score, i + 1]);
  return i;
}

/** Whether a number follows k in its sentence, within twelve words (outside background: "from 88 to 95" has its 95). */
function figureAfter(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + 12 && !_PART_ENDS.has(wd(doc, j)); j++) if (doc.toks[j]?.kind === 'n' && doc.bg[j] === 0) return true;
  return false;
}

/**
 * Whether the subject at k is the target's heading ("Maths - target grade 4", "English: grade 5 by the mocks"): the first
 * word, or the second after one other ("GCSE Maths -"), followed by a colon or a spaced dash. Its grade or standard after the
 * heading is the standard in that subject (Halton Appendix C Post-16: "working at a Grade 4 in algebra").
 */
function headingSubject(doc: _Doc, k: number): boolean {
  if (k > 1 || (k === 1 && doc.toks[0]?.kind !== 'w')) return false;
  const mark = doc.toks[k + 1];
  return mark !== undefined && (mark.raw === ':' || (wd(doc, k + 1) === '-' && mark.gap));
}

/** A grade or standard and a subject near it in one clause ("the expected standard in reading"): anchored; whether they were. */
function pairStandard(doc: _Doc, standardAt: number, subjectAt: number, anchors: [number, number][]): boolean {
  if (standardAt < 0 || subjectAt < 0 || Math.abs(standardAt - subjectAt) > 8) return false;
  if (doc.clause[standardAt] !== doc.clause[subjectAt] && !(subjectAt < standardAt && headingSubject(doc, subjectAt))) return false;
  anchors.push([Math.min(standardAt, subjectAt), Math.max(standardAt, subjectAt) + 1]);
  return true;
}

export function _scanSpecific(doc: _Doc, naming: readonly (readonly [number, number])[], adult: _Marks): _SpecificScan {
  const anchors: [number, number][] = [];
  const n = doc.toks.length;
  for (const span of naming) if (adult[span[0]] === 0 && doc.bg[span[0]] === 0) anchors.push([span[0], span[1]]);
  let standardAt = -1, subjectAt = -1, steps = 0;
  const found: Found = { focused: false, open: _NO_ITEMS, vague: _NO_ITEMS };
  for (let i = 0; i < n; i++) {
    steps += 1;
    const t = doc.toks[i];
    if (t === undefined || t.kind !== 'w') continue;
    if (((doc.flags[i] as number) & F_SPECIFIC_WORD) === 0 && doc.toks[i + 1]?.hyph !== true) continue;
    const x = wd(doc, i);
    // "feel safe and secure in his placement", "a positive attitude towards reading": not what the child achieves.
    const skip = dispositionEnd(doc, i, x, found);
    if (skip >= 0) {
      i = skip - 1;
      continue;
    }
    if (adult[i] !== 0 || doc.bg[i] === 1 || doc.used[i] === 1 || doc.used[i] === 2) continue;
    // A concrete word directly followed by a provision noun is provision ("travel training", "speech therapy").
    const next = wd(doc, i + 1);
    const f = doc.flags[i] as number;
    if ((f & F_PROVISION_NOUN) !== 0 || ((doc.flags[i + 1] ?? 0) & F_PROVISION_NOUN) !== 0 || ((f & F_PROVISION_VERB) !== 0 && provisionWithin(doc, i, 4)) || joinedAction(doc, adult, i, x, anchors)) continue;
    if ((f & F_BIGRAM) !== 0 && bigramAt(doc, i, x, next, anchors, found)) {
      i += 1;
      continue;
    }
    const taken = phraseOrExamAt(doc, i, x, next, anchors, found);
    if (taken !== NONE) {
      i = taken;
      continue;
    }
    const hyphKey = doc.toks[i + 1]?.hyph === true ? `${x}-${next}` : '';
    if (hyphKey !== '' && (_CONCRETE.has(hyphKey) || _CONCRETE_VERBS.has(hyphKey))) {
      // "age-related expectations" is a standard: specific with a named subject, like "the expected standard in reading".
      if (hyphKey === 'age-related') standardAt = i;
      else anchors.push([i, i + 2]);
      i += 1;
      continue;
    }
    if ((f & F_SPECIAL_START) !== 0) {
      const j = specialAt(doc, i, x, next, anchors);
      if (j >= 0) {
        i = j;
        continue;
      }
    }
    // _SCORED_SKILLS is one word: compared, not looked up.
    if (((f & F_SUBJECT) !== 0 || x === 'spelling') && subjectScored(doc, i, next, anchors)) {
      i = (anchors[anchors.length - 1] as [number, number])[1] - 1;
      continue;
    }
    // "reading level", "the expected standard in reading": the subject is paired with its standard before "reading" is set aside.
    if (x === 'reading') {
      subjectAt = i;
      if (pairStandard(doc, standardAt, subjectAt, anchors)) standardAt = subjectAt = -1;
    }
    const done = doneAs(doc, i, x);
    if (done !== null) {
      anchors.push(done);
      i = done[1] - 1;
      continue;
    }
    if ((f & F_NOT_ANCHOR) !== 0) continue;
    if ((f & F_CONCRETE) !== 0 && !broadUse(doc, i, x)) {
      if (concreteAnchor(doc, i, x, next)) anchors.push([i, i + 1]);
      continue;
    }
    if (standardWordAt(doc, i, x)) {
      // "expected progress" is progress, a broad word, not a standard (the labelling guide, Specific rule 1).
      if (next !== 'progress') standardAt = i;
    }
    if ((f & F_SUBJECT) !== 0) subjectAt = i;
    if (pairStandard(doc, standardAt, subjectAt, anchors)) standardAt = subjectAt = -1;
  }
  doc.ops.n += steps; // the steps counted once, not a field written per token (as in _scanMeasures)
  gradesInSubjects(doc, adult, anchors);
  const open = grammarAnchors(doc, adult, found, anchors);
  return { anchors, vague: found.vague, focused: found.focused, open };
}

/**
 * Whether word `x` at token i names a standard: grade(s), standard, merit, distinction, level, GLD, (age-related)
 * expectations, expected, "ARE" in capitals (age-related expectations written short, "achieve ARE in reading") or a
 * letter grade after its article.
 *
 * @example standardWordAt(doc, i, 'grade') // true
 */
function standardWordAt(doc: _Doc, i: number, x: string): boolean {
  // "the next level", "a higher grade": a comparative with no baseline names no level (the labelling guide, Specific rule 2).
  // "the higher standard" is a standard named (the KS2 "higher standard", as "greater depth"), not a comparative.
  if (_flag3At(doc, i - 1, F3_COMPARATIVE_STEP) && comparativeLevel(doc, i)) return false;
  return x === 'grade' || x === 'grades' || x === 'standard' || x === 'merit' || x === 'distinction' || x === 'level' || x === 'gld' || x === 'expectations' || x === 'expected' || (x === 'are' && doc.toks[i]?.raw === 'ARE') || letterGradeAt(doc, i);
}

/** Whether token i is a letter grade after its article ("get a B in maths", "achieve a C or above"): a standard, as "grade" is. */
function letterGradeAt(doc: _Doc, i: number): boolean {
  const raw = doc.toks[i]?.raw ?? '';
  const art = wd(doc, i - 1);
  // The article first: at most words it is neither, and the grade's set is not looked up.
  return (art === 'an' || (art === 'a' && raw !== 'A')) && LETTER_GRADES.has(raw) && wd(doc, i + 1) !== 'level' && wd(doc, i + 1) !== 'levels';
}

/**
 * The anchors read from the grammar at the kept places: an action no list knows only when nothing else named a thing
 * ({@link openAnchors}), the skill a verb of change works on always ({@link changedSkills}). Whether they are the only anchors.
 */
function grammarAnchors(doc: _Doc, adult: _Marks, found: Found, anchors: [number, number][]): boolean {
  // A statement of how things are now names no outcome: its anchors are set aside.
  if (anchors.length > 0 && onlyStated(doc, anchors)) {
    for (const a of anchors) found.vague = _put(found.vague, a);
    anchors.length = 0;
  }
  const none = anchors.length === 0;
  return (none && (openAnchors(doc, adult, none ? withImperatives(doc, adult, found.open) : found.open, anchors) || imperativeAnchors(doc, adult, anchors))) || (changedSkills(doc, adult, found.open, anchors, found) && none) || (particularSkills(doc, adult, found.open, anchors, found) && none);
}

/**
 * The kept places with, before each sentence that opens with provision or an activity the child goes to ("Attend chess club
 * Fridays and beat an adult at chess"), a place just before it: the bare imperative's verb after "and" is the child's own,
 * read as after "will" or "to" ({@link afterActivity}; "Sam will attend chess club and beat an adult" reads the same). One
 * pass over the marks.
 */
function withImperatives(doc: _Doc, adult: _Marks, places: readonly number[]): readonly number[] {
  let out: number[] | null = null;
  for (let i = 0; i < doc.toks.length; i++) {
    if (!joinedMark(adult[i] as number) || (i > 0 && !SENTENCE_OPENERS.has(wd(doc, i - 1)))) continue;
    out ??= [...places];
    out.push(i - 1);
  }
  return out ?? places;
}

/** Marks a sentence opens after ({@link withImperatives}). */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['.', ';', ':']);

/** Verbs a clause of the child's can open or carry: the lists of things the child does, sees done or achieves. */
export const _CHILD_VERBS: ReadonlySet<string> = new Set([..._CONCRETE_VERBS, ..._OBSERVABLE_VERBS, ..._EVENT_VERBS, ..._PROCESS, ..._PROVISION_VERBS, 'stop', 'avoid', 'manage', 'make', 'know', 'understand', 'go', 'see', 'meet', 'learn', 'want', 'need', 'play', 'earn', 'get', 'score', 'improve', 'increase', 'reduce', 'achieve',
  // The verbs of gaining a post ("Land an apprenticeship", "Secure employment"): _measure.ts _postGained reads them too.
  ...[..._GAINING].filter((v) => !v.endsWith('s')),
]);
/** Sanctions a short "No …" heading counts as none ("No exclusions."): the labelling guide, Settled cases, no exclusions, suspensions or sanctions. */
const SANCTIONS_NONE: ReadonlySet<string> = new Set([..._SANCTION_NOUNS, 'isolation', 'fte', 'ftes']);
/** Verbs of passing or doing what is set, before a qualification, standard or set work in a two-word target ("Pass GCSEs", "Do homework"). */
const TASK_DONE_VERBS: ReadonlySet<string> = new Set(['pass', 'achieve', 'gain', 'do', 'complete']);
/** Qualifications, standards and the child's own set work a two-word target names ("Achieve GLD", "Do DofE", "Complete coursework"). */
const TASKS_NAMED: ReadonlySet<string> = new Set([...GOOD_EXAMS, ...SAT_QUALIFICATIONS, 'gld', 'elg', 'elgs', 'dofe', ..._CHILD_WORK].filter((w) => w !== 'functional'));

/**
 * Whether a text of two words names the child's outcome, not an area's heading (the labelling guide, Specific rule 6, keeps
 * "Attendance.", "Maths resit"): "No exclusions.", "Avoid suspensions." (Specific rule 5 and Settled cases: no exclusions, suspensions or sanctions,
 * a stop-behaviour read from what it earns); "Pass GCSEs", "Achieve GLD", "Do DofE", "Do homework." (Specific: "the particular
 * … task or qualification"; Settled cases: "complete his homework", "do her homework"). Not "Fewer exclusions." or "Reduce
 * exclusions." (rule 2), "Homework club" or "GCSE maths" (no verb), "Learn spellings" (a process). Reads the first two words.
 * @example _twoWordOutcome(doc('No exclusions.')) // true
 */
export function _twoWordOutcome(doc: _Doc): boolean {
  let a = -1, b = -1;
  for (let i = 0; i < doc.toks.length && b < 0; i++) if (doc.toks[i]?.kind === 'w') { if (a < 0) a = i; else b = i; }
  if (b < 0) return false;
  const x = wd(doc, a), y = wd(doc, b);
  // "Avoid suspensions.", "Avoid FTEs.": what the behaviour earns, avoided, is none of it; not the adults' papers or placements
  // ("Avoid referrals.", "Avoid isolations.": {@link _EARNED_SANCTIONS}).
  return ((x === 'no' || x === 'zero') && SANCTIONS_NONE.has(y)) || (x === 'avoid' && _EARNED_SANCTIONS.has(y)) || (TASK_DONE_VERBS.has(x) && TASKS_NAMED.has(y));
}

/** Subject pronouns: who does the act ("she will attend"). */
export const _SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', 'we', 'you']);
/** Words that make a clause by themselves: a modal, a form of be or have, a subject pronoun, a negation. */
export const _CLAUSE_MARKS: ReadonlySet<string> = new Set([..._FRAME_WORDS, 'am', 'was', 'were', 'been', 'had', 'does', 'did', ..._SUBJECT_PRONOUNS, 'not', "n't", 'never', 'no']);
/** {@link _CLAUSE_MARKS} as a third-word flag ({@link _flag3At}), here and in _fragment.ts's clauseAt. */
export const _F3_CLAUSE_MARK = _wordFlag3(_CLAUSE_MARKS);

/** Endings read off a verb-list word by {@link _childVerb}: one array, not one made per call. */
const VERB_SUFFIXES: readonly string[] = ['s', 'es', 'ed', 'd', 'ing'];

/** A verb-list word, bare or inflected ("reads", "attended", "joining"). */
export function _childVerb(x: string): boolean {
  if (_CHILD_VERBS.has(x)) return true;
  for (const suffix of VERB_SUFFIXES) if (x.length > suffix.length + 2 && x.endsWith(suffix) && _CHILD_VERBS.has(x.slice(0, -suffix.length))) return true;
  return false;
}

/**
 * What the child enjoys, said as a fact ("Harvey enjoys PE.", "Rhys enjoys boxing, to carry on.", "Jack loves cooking and
 * wants to be a chef"): an interest, like a wish, says what the child likes, not what will be achieved (Halton Appendix C,
 * QA of SMART Targets: Specific means "It is clear what will be achieved"; the labelling guide, Settled cases, the wish row).
 */
const INTERESTS: readonly string[] = ['enjoys', 'loves', 'likes'];

/**
 * Verbs of the child's wish ("Cameron wants to go swimming", "I wish I could…"); "like" and "love" after "would" are too, and
 * the text-speak "wanna" ("I wanna go swimming": "want to" in the child's own words).
 */
const WISHES = new Set(['want', 'wants', 'wanted', 'wanting', 'wanna', 'wish', 'wishes', 'hope', 'hopes', 'hoping', ...INTERESTS]);
const F_WISH = _wordFlag2(WISHES);
/** Adverbs between "would" and its "like" or "love" ("would really like", "would very much like"). */
const WISH_ADVERBS = new Set(['really', 'very', 'much', 'so', 'also', 'just', 'quite', 'dearly']);
/** Tokens read back from an anchor for the start of its sentence: a longer sentence is no wish alone. */
const WISH_REACH = 40;

/**
 * Whether token k is the child's wish ("wants", "I'd like", "would really like", "is keen to"); not the adults' ("we / staff
 * / school would like to see…", "would like to see Kai…") nor a wish for someone's outcome ("Mr Ali wants Rhys to…",
 * "would like Kai to…": the outcome set for the child).
 */
function wishAt(doc: _Doc, k: number): boolean {
  /** Bounds the adverbs read back from "like" or "love" to "would": two at most ("would very much like"). */
  const WISH_ADVERB_REACH = 3;
  const x = wd(doc, k);
  if (impersonalHope(doc, k) || aspirationAt(doc, k)) return true;
  // No wish word here: none of the tests below can hold, so the adverbs before it are not read.
  if (x !== 'keen' && x !== 'like' && x !== 'love' && !_flag2At(doc, k, F_WISH)) return false;
  let b = k - 1;
  while (b > k - WISH_ADVERB_REACH && WISH_ADVERBS.has(wd(doc, b))) b -= 1;
  const before = wd(doc, b);
  const keen = x === 'keen' && wd(doc, k + 1) === 'to';
  if (!WISHES.has(x) && !keen && !((x === 'like' || x === 'love') && (before === 'would' || before.endsWith("'d")))) return false;
  const who = before === 'would' ? wd(doc, b - 1) : keen ? wd(doc, k - 2) : before;
  if (_ADULT_SUBJECTS.has(who) || ADULT_HEADS.has(who)) return false;
  return !((wd(doc, k + 2) === 'to' && named(doc, k + 1)) || (wd(doc, k + 1) === 'to' && wd(doc, k + 2) === 'see' && named(doc, k + 3)));
}

/**
 * Whether every anchor is in a sentence of the child's wish ("Cameron wants to go swimming.", "I'd like to learn the
 * guitar"), the wish in the anchor's own clause and before it (not "…, as he wants to stay in class"): with no measure
 * and no point beside it, the wish says what is wanted, not what will be achieved (Halton Appendix C, QA of SMART
 * Targets: Specific means "It is clear what will be achieved"). A sentence is read at most {@link WISH_REACH} tokens back
 * from an anchor (a longer one is no wish alone).
 * @example
 * _wishOnly(doc('Cameron wants to go swimming.'), anchors); // true: judged with no measure and no deadline, not specific
 */
export function _wishOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  for (const [a, b] of anchors) {
    let s = a;
    while (s > 0 && ((doc.flags[s - 1] as number) & F_SENTENCE_END) === 0) if (a - --s > WISH_REACH) return false;
    let k = s;
    while (k <= b && !((doc.clause[k] === doc.clause[a] || k === b) && wishAt(doc, k))) k += 1;
    if (k > b && !headedWish(doc, b) && !(aspirationAt(doc, s) && a > s + 1)) return false;
    // The act after "and will" is decided, no wish ("Tom enjoys cooking and will make a meal for his carers"); after a hope
    // said of no one ("It is hoped that Kian will …") the "will" is what is hoped, no decided act.
    if (k <= b && !impersonalHope(doc, k) && decidedAfter(doc, k, a)) return false;
  }
  return anchors.length > 0;
}

/**
 * Whether word k is a hope said of no one, opening what is hoped ("It is hoped that Kian will go to sixth form", "It was hoped
 * Leon would …", "The hope is that Dan will return to mainstream"): a hope, not what will be achieved (the labelling guide,
 * Settled cases, the wish row; Halton Appendix C, QA of SMART Targets: Specific, "It is clear what will be achieved").
 */
function impersonalHope(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x === 'hoped') {
    // "It is also hoped", "It is very much hoped", "It's hoped": up to {@link HOPE_ADVERB_REACH} adverbs between (a bounded skip).
    let j = k - 1;
    while (j > k - 1 - HOPE_ADVERB_REACH && HOPE_ADVERBS.has(wd(doc, j))) j -= 1;
    return HOPE_BE.has(wd(doc, j)) && wd(doc, j - 1) === 'it';
  }
  return (x === 'hope' || x === 'aspiration') && wd(doc, k - 1) === 'the' && wd(doc, k + 1) === 'is' && wd(doc, k + 2) === 'that';
}

/**
 * Whether word k is the child's aspiration opening what is aspired to ("Aspiration: to go to university.", "Aspirations - to
 * be a vet", "My aspiration is to go to college"): a wish by its heading, what is wanted, not what will be achieved (the
 * labelling guide, Settled cases, the wish row; Measurable rule 5, "a wish alone"). Development labels of an aspiration with no
 * measure or point of its own: 3 not measurable (y61-249, y45-167, y58-241) to none.
 */
function aspirationAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return (x === 'aspiration' || x === 'aspirations') && (_HEADING_MARKS.has(wd(doc, k + 1)) || (wd(doc, k + 1) === 'is' && wd(doc, k + 2) === 'to'));
}

/** Forms of "be" in a hope said of no one ("It is hoped", "It was hoped", "It's hoped"). */
const HOPE_BE = new Set(['is', 'was', "'s", 'has', 'been']);
/** Adverbs between "It is" and "hoped" ("also", "very much", "further", "still", "strongly"). */
const HOPE_ADVERBS = new Set(['also', 'very', 'much', 'further', 'still', 'strongly', 'really', 'therefore', 'now', 'always', 'been']);
/** How many such adverbs are skipped. */
const HOPE_ADVERB_REACH = 3;

/** Leads of an act the child has decided ("and will make a meal", "and is going to join the team"). */
const DECIDED_LEADS = new Set(['will', "'ll", 'shall']);

/**
 * Whether an act after a wish or interest k and before the anchor at a is led by "will" or "going to" ("Tom enjoys cooking and
 * will make a meal for his carers", "Sam wants to read and will read a chapter a night"): the wish sets aside only itself; the
 * act after it is the child's decided act, a target with its own measure or point (the labelling guide, Settled cases, the
 * wish row; Halton Appendix C, QA of SMART Targets: Specific, "It is clear what will be achieved").
 */
function decidedAfter(doc: _Doc, k: number, a: number): boolean {
  for (let j = k + 1; j <= a; j++) {
    const x = wd(doc, j);
    if (DECIDED_LEADS.has(x) || (x === 'going' && wd(doc, j + 1) === 'to')) return true;
  }
  return false;
}

/**
 * Whether an anchor ending at b (or a word before its mark) is a heading whose sentence is the child's interest, said within the
 * first {@link HEADED_REACH} words after the heading's mark ("Cooking – Jack loves cooking and wants to be a chef", "Cooking skills -
 * he enjoys this."): the heading names what is wished for, not what will be achieved (the wish row of Settled cases).
 */
function headedWish(doc: _Doc, b: number): boolean {
  // The heading's mark at the anchor's end or a word later ("Cooking skills - …": the anchor is "Cooking").
  const m = _HEADING_MARKS.has(wd(doc, b)) ? b : _HEADING_MARKS.has(wd(doc, b + 1)) && doc.toks[b]?.kind === 'w' ? b + 1 : -1;
  if (m < 0) return false;
  // Only an interest said of the heading ("he enjoys this"): a wish after a heading may name what is chosen ("Options - Leo
  // wants to do History, Art and Music": a subject taken as an option is checked done).
  for (let k = m + 1; k <= m + HEADED_REACH && k < doc.toks.length; k++) if (INTERESTS.includes(wd(doc, k)) && wishAt(doc, k)) return true;
  return false;
}

/** Words read after a heading's mark for its interest: a subject, an adverb, and the interest ("Jack really loves"). */
const HEADED_REACH = 3;

/**
 * Whether the text has a clause outside provision: a modal, a form of be or have, a subject pronoun or a negation; "to" before
 * a verb; or a verb the child does opening a clause ("Read 10 books", "Apply for apprenticeships") or after a named subject.
 * A heading or fragment with none ("ESOL classes at college", "Y9 - options evening") names an area, not what the child will
 * achieve (the labelling guide, Specific rules 1, 4 and 6).
 * @example
 * _hasClause(doc('Read 10 books'), marks, []); // true: a verb of the child's opens it
 * _hasClause(doc('ESOL classes at college'), marks, []); // false: a heading
 */
export function _hasClause(doc: _Doc, adult: _Marks, naming: readonly (readonly [number, number])[]): boolean {
  // "Phonics - Phase 3 sounds", "Times tables - twos, fives, tens", "Applications - Amazon, Tesco, NHS": a heading that names
  // which ones (content numbered, numbers in words, proper names after commas) names particular content, as a figure does.
  if (naming.length > 0 || namesWhich(doc)) return true;
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    const t = doc.toks[i];
    if (t === undefined || t.kind !== 'w' || adult[i] !== 0) continue;
    const x = wd(doc, i);
    if (_flag3At(doc, i, _F3_CLAUSE_MARK) && x !== 'to') return true;
    // "To read…", "To cement…": an infinitive opening a clause is addressed to the child, whatever its verb.
    // The word right after a deadline span opens a clause too ("By July use capital letters…").
    // "Calmly walk away …": an adverb of a manner seen before the verb opens the clause with it.
    const m = i > 0 && _SEEN_MANNERS.has(wd(doc, i - 1)) ? i - 1 : i;
    const opens = m === 0 || opener(wd(doc, m - 1)) || (doc.used[i - 1] === 1 && doc.used[i] === 0);
    if (x === 'to' && (_childVerb(wd(doc, i + 1)) || (opens && doc.toks[i + 1]?.kind === 'w'))) return true;
    // "Calm down when upset", "Calm down using his breathing": the phrasal verb opens the child's clause, as "To calm down" does.
    if (opens && x === 'calm' && wd(doc, i + 1) === 'down') return true;
    // A second imperative joined after the provision a sentence opens with, whatever its verb ("and beat an adult").
    if (_joinedImperativeAt(doc, adult, i)) return true;
    // The task an adult helps the child to do, right after the help ("PA will help him apply for his licence").
    if (adult[i - 1] !== 0 && helpOpensBefore(doc, i) && _helpedActIn(doc, Math.max(0, i - HELP_REACH), i) === i) return true;
    // A bare imperative with a verb no list knows and its object ("Plan a story using a story mountain").
    if (opens && _imperativeAction(doc, i) !== null) return true;
    if (!_childVerb(x)) continue;
    if (opens) {
      // "Work on…" opens a clause; "Work experience", "Work placement" name a thing, and a gerund ("threading, playdough") too.
      if (_CHILD_VERBS.has(x) && (x !== 'work' || WORK_ON.has(wd(doc, i + 1)))) return true;
    } else if (!_CHILD_VERBS.has(x) && named(doc, i - 1)) return true;
  }
  return false;
}

/**
 * Whether the word at i is a second imperative joined by "and" or "then" right after provision or an activity that opens its
 * sentence or part as a bare imperative ("Attend chess club Fridays and beat an adult at chess", "Attend his dental check-up
 * and floss his teeth", "Have a transition visit and sketch the playground"): the child's act whatever its verb, as "Sam will
 * attend chess club and beat an adult" reads (the labelling guide, Settled cases: an outcome joined to what is gone to is
 * specific). A lower-case word, no article, stop word or gerund. Walks back over the provision once for each such "and".
 * @param doc - The target's words.
 * @param adult - The provision marks.
 * @param i - The word after "and" or "then".
 * @returns Whether it opens the child's joined imperative.
 * @example
 * _joinedImperativeAt(doc('Attend chess club and beat an adult.'), marks, 4); //=> true
 */
export function _joinedImperativeAt(doc: _Doc, adult: _Marks, i: number): boolean {
  const before = wd(doc, i - 1);
  const t = doc.toks[i];
  if (i < 2 || (before !== 'and' && before !== 'then') || adult[i - 1] !== 0 || adult[i - 2] === 0 || adult[i] !== 0) return false;
  const x = wd(doc, i);
  if (t === undefined || t.kind !== 'w' || _capitalised(t.raw) || NP_LEAD.has(x) || _STOP.has(x) || _endsIng(x)) return false;
  let k = i - 2;
  while (k > 0 && adult[k - 1] !== 0) k -= 1;
  return k === 0 || opener(wd(doc, k - 1));
}

/** Whether a number in words ("fives") or a proper name after a comma ("…, Jaguar, NHS") names which ones. */
function namesWhich(doc: _Doc): boolean {
  for (let i = 1; i < doc.toks.length; i++) {
    const t = doc.toks[i] as _Tok;
    if (t.kind !== 'w') continue;
    if (_flag3At(doc, i, _F3_NUMBER_OR_PLURAL)) return true;
    if (wd(doc, i - 1) === ',' && _capitalised(t.raw)) return true;
  }
  return false;
}

/** Words after "work" that make it a verb opening a clause ("Work on…", "Work with…", "Work hard…"). */
const WORK_ON = new Set(['on', 'with', 'towards', 'toward', 'through', 'hard', 'independently', 'at', 'in', 'for', 'to', 'alongside']);

/** Whether token k is a name or the child named as a subject (a capitalised word, "pupil", "child"): an inflected verb after it is finite ("Kyra reads"). */
function named(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w') return false;
  return _capitalised(t.raw) || CHILD_OBJECTS.has(wd(doc, k));
}

/** Whether a mark opens a clause after it (a sentence's end, a heading's label, a bracket). */
function opener(p: string): boolean {
  return _PART_ENDS.has(p) || LABEL_ENDS.has(p) || p === '(';
}

/** Whether token k is a word of two or more letters written with a capital ("Ali", "Mrs"): a name, read as a person. */
function capitalisedWord(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t !== undefined && t.kind === 'w' && t.raw.length >= 2 && _capitalised(t.raw);
}

