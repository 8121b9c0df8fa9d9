/**
 * Measurable: finds stated success criteria — numbers that measure (counts, percentages, grades,
 * durations, limits, proportions), frequencies ("every Monday", "twice a week"), limits of zero ("no
 * lates"), standards ("the expected standard", "a Merit") and verifiable one-off events or can-do
 * skills ("submit her UCAS application", "tie his shoelaces"). Numbers that name things (Year 7,
 * Unit 10, the 7 times table), dates, baselines and process verbs do not count. Runs after the
 * deadline scan, skipping the tokens it used; each token is visited a bounded number of times.
 */
import { _capitalised, _endsEd, _endsIng, _endsLy, _endsS, _endsSs } from './_ends';
import { _NO_ITEMS, _put } from './_lists';
import { _areaOfWord } from './_area';
import { _rulesInGeneral } from './_compliance';
import { _F3_NUMBER_WORD, _F_CLAUSE_END, _flag2At, _flag3At, _flagTesting, _lacks, _lacks2, _wordFlag, _wordFlag2, _wordFlag3, type _Doc } from './_doc';
import {
  _ADULT_SUBJECTS,
  _ADULT_HEADS,
  _SEEN_MANNERS,
  _UNCHECKED_MANNERS,
  _ADULTS_ACTS,
  _ADULT_JOBS,
  _ALL_OBJECTS,
  _BEHAVIOUR_POINT_WORDS,
  _VAGUE as _VAGUE_OBJECTS,
  _CAPABILITY_NOUNS,
  _CHILD_WORK,
  _CONCRETE,
  _CONDUCT_GERUNDS,
  _CHECK_PARTICIPLES,
  _CHILD_POSSESSIVES,
  _DASHES,
  _PART_ENDS,
  _OWNING_DETERMINERS,
  _CONCRETE_VERBS,
  _GENERIC_OBJECTS,
  _OBSERVABLE_VERBS,
  _PROVISION_NOUNS,
  _CARRIED,
  _CARRIED_FROM,
  _CONTENT_NAMING,
  _DURATION_UNITS,
  _EVENT_VERBS,
  _FEELINGS,
  _FUTURE,
  _BACKGROUND,
  _FORECAST,
  _NAMING_AFTER,
  _NAMING_BEFORE,
  _HEADING_NAMING,
  _QUALIFICATIONS,
  _NUMBER_WORDS,
  _OCCASIONS,
  _goingForms,
  _PASSIVE_PARTICIPLES,
  _PROCESS,
  _RECURRING_OBJECTS,
  _REFLEXIVES,
  _SANCTION_NOUNS,
  _INCIDENT_NOUNS,
  _LOGGED_EVENTS,
  _EARNED_SANCTIONS,
  _SESSION_NOUNS,
  _SERVICE_WORDS,
  _ACTIVITY_GROUPS,
  _SUBJECTS,
  _ASSESSMENTS,
  _WEEKDAYS,
  _MONTHS,
  _TERM_WORDS,
  _CURRICULUM_VERBS,
  _WHEN_VAGUE,
  _DONE_RECORDED,
  _TITLES,
  _IRREGULAR_PAST,
  _MAYBE,
  _WISHING,
  _WISHING_FORMS,
  _RECEIVING,
  _VISIT_NOUNS,
  _ACCESSING,
  _ROUTINE,
  _PERSONAL_DEVICES,
  _AGENCIES,
  _BODY_NAME_ENDS,
  _LIKING,
  _MONEY,
  _RESOURCES,
  _HEADING_OR_CELL_MARKS,
  _namedProvisionAt,
  _VAGUE_WHEN,
  _SCHOOL_PLACES,
  _PHASES,
} from './_phrases';
import type { _Tok } from './_text';
import { _nearest, _NEVER, _walkBack, _walkOn } from './_walks';
import { _purposeAt, _purposeOpens } from './_purpose';

/** What the measure scan found. */
export interface _MeasureScan {
  /** Token ranges of success criteria. */
  readonly spans: readonly (readonly [number, number])[];
  /** Token ranges of comparatives with no figure ("more", "fewer", "a reduction"). */
  readonly comparatives: readonly (readonly [number, number])[];
  /** Token ranges of content-naming numbers (Stave 3, Unit 10, the 7 times table): specific anchors. */
  readonly naming: readonly (readonly [number, number])[];
  /**
   * Token ranges that name the child's behaviour or skill as they measure it: a stop-behaviour ("will
   * not bite other children"), a limit of zero ("no red cards"), an observable capability with its
   * object ("be able to cross the road"). Specific anchors too (labelling guide, Specific rule 5).
   */
  readonly behaviours: readonly (readonly [number, number])[];
  /**
   * How many of `spans` measure with no figure: an observable capability ("be able to blend CVC words")
   * or a stop-behaviour ("will not hit"); `soft` names the kind of the first one. When every span is one
   * of these, measurable is met with low confidence (the labelling guide, Measurable rules 3 and 4).
   */
  readonly softCount: number;
  readonly soft: 'capability' | 'stop' | null;
}

const s = (words: string): ReadonlySet<string> => new Set(words.split(' '));

const COMPARATORS = s('least most than fewer less more under over above below maximum minimum max min exactly upto');
/** {@link COMPARATORS}: words before a figure that make it a bound to reach or keep within ("at least 85%", "below 3"). */
export const _COMPARATORS: ReadonlySet<string> = COMPARATORS;
// Sanctions by another name too (the labelling guide, Settled cases: no sanctions): "no disciplinary warnings", "no strikes".
// Every sanction, singular or plural ("no sanction", "zero FTEs"), as _specific.ts's two-word outcome reads it.
// The logged events and sanctions ({@link _LOGGED_EVENTS}, which holds {@link _SANCTION_NOUNS}) and these.
const COUNT_LIMIT_NOUNS: ReadonlySet<string> = new Set([..._LOGGED_EVENTS, ...s(
  'lates late absences absence red unauthorised internal physical fixed-term negative behaviour missed truancy exits call-outs on-calls further more ' +
    'isolation lateness days lessons instances reports episodes episode warnings warning disciplinary ' +
    'disciplinaries strikes confiscations',
)]);
const STANDARDS_AFTER_TO = s('expected greater secure securing exceeding age-related');
/** Adverbs that say how often ("daily", "twice", "termly"): a frequency measures (Measurable rule 1); also read by the attending-frequency check. */
export const _FREQ_ADVERBS: ReadonlySet<string> = s('daily weekly nightly fortnightly everyday twice once thrice monthly termly half-termly');
const PERIOD_UNITS = s('day week fortnight month term half lesson session morning afternoon night evening year visit weekday break lunchtime');
// "wanna", "gonna": text-speak for "want to", "going to", the child's own words framing the act as "to" does.
const MODALS = s("will to can 'll shall must should and or then i also wanna gonna");
const BLOCKERS = s('learn begin start continue keep try used encouraged supported helped prompted work towards practise practice develop improve help');
const WITHOUT_OBJECTS = s('help support prompting prompts prompt reminders reminder assistance armbands aids adult any a needing being visual physical verbal');

type Rule = 'any' | 'nonrecurring' | ReadonlySet<string>;

/**
 * The word flag of the marks that end a sentence (. ; ! ? and a line break): one array read instead of a set look-up
 * in the scans that stop there.
 * @example ((_buildDoc('Ben will read.', { n: 0 }).flags[3] as number) & _F_ENDS) !== 0 // true
 */
export const _F_ENDS = _wordFlag(_PART_ENDS);
/**
 * The word flag of {@link _PROVISION_NOUNS} ("support", "therapy"): one array read instead of a set look-up.
 * @example ((_buildDoc('TA support daily', { n: 0 }).flags[1] as number) & _F_PROVISION_NOUN) !== 0 // true
 */
export const _F_PROVISION_NOUN = _wordFlag(_PROVISION_NOUNS);
/**
 * The second-word flag of {@link _PROVISION_NOUNS} and {@link _SESSION_NOUNS} together ("support", "therapy", "sessions"):
 * the scans that ask both sets of a word read one bit.
 * @example _flag2At(_buildDoc('ELSA sessions weekly', { n: 0 }), 1, _F2_PROVISION_OR_SESSION) // true
 */
export const _F2_PROVISION_OR_SESSION = _wordFlag2([..._PROVISION_NOUNS, ..._SESSION_NOUNS]);

/** Whether the token at k ends a sentence ({@link _PART_ENDS}; false past either end). */
function endAt(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/** What is attained, after "achieve" or "gain" (a result someone can check: the labelling guide, Measurable rule 5), a card or licence among them ("gain her CSCS card"). */
const ATTAINED = s('award certificate qualification gld grade grades merit distinction pass standard expected badge diploma level entry place placement card licence license');
/**
 * Exams and results that name their qualification, as the object of "achieve" or "gain" straight after it or its owner
 * ("achieve her SATs", "gain his GCSEs", "achieve merits"): their passes, a result someone can check (Measurable rule 5).
 * Not further on ("achieve his potential in his GCSEs": the potential is what is achieved).
 */
const ATTAINED_EXAMS = s('sats gcse gcses btec esol nvq merits distinctions');
const ATTAINED_OWNERS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS, 'a', 'an']);
/** Verbs whose object an exam named in shorthand can be ("achieve her SATs", "gain his GCSEs", "get her SATs"). */
const ATTAINING_EXAMS = s('achieve achieves gain gains get gets');
/**
 * Words after an exam's name that leave it the head of what is attained ("her SATs results", "GCSEs in English", "GCSE
 * English", "his BTEC Level 2 Sport", "her SATs by May"); any other noun is the head instead ("his GCSE potential", "her sats
 * confidence", "the GCSE course": the labelling guide, Specific rule 1 and Measurable rule 6, a disposition or a course taken).
 */
const EXAM_FOLLOWERS = s('in at by and or & this next before when results result grades passes exams level');

/**
 * The end of an exam named in shorthand as the object of the verb at i ("achieve her SATs", "gain his GCSEs", "achieve her
 * maths and English GCSEs", "gain her Functional Skills"): its passes, a result someone can check (Measurable rule 5), or -1.
 */
function attainedExamEnd(doc: _Doc, i: number): number {
  let k = ATTAINED_OWNERS.has(wd(doc, i + 1)) ? i + 2 : i + 1;
  // "get her Level 1 Functional Skills", "gain his Level 2 BTEC": the level before the exam's name.
  if ((wd(doc, k) === 'level' || wd(doc, k) === 'entry') && doc.toks[k + 1]?.kind === 'n') k += 2;
  // "her maths and English GCSEs": subjects joined before the exam they are in.
  while (_SUBJECTS.has(wd(doc, k)) && (wd(doc, k + 1) === 'and' || wd(doc, k + 1) === '&' || ATTAINED_EXAMS.has(wd(doc, k + 1)))) k += wd(doc, k + 1) === 'and' || wd(doc, k + 1) === '&' ? 2 : 1;
  if (wd(doc, k) === 'functional' && wd(doc, k + 1) === 'skills') k += 1;
  else if (!ATTAINED_EXAMS.has(wd(doc, k))) return -1;
  const t = doc.toks[k + 1];
  return t === undefined || t.kind !== 'w' || EXAM_FOLLOWERS.has(wd(doc, k + 1)) || _SUBJECTS.has(wd(doc, k + 1)) ? k + 1 : -1;
}
/** What a child brings that an adult can check ("bring the right equipment", "bring his PE kit"). */
/** Books a child carries and writes in ("his planner", "reading book", "homework"): brought ({@link BROUGHT}), and kept up when checked ({@link CHECKED_KEPT_UP}). */
const CHILD_BOOKS = s('planner book books homework');
const BROUGHT: ReadonlySet<string> = new Set([...s('equipment kit pencil pen bag'), ...CHILD_BOOKS]);
/** Records written in, day by day or once ("the reading record", "a diary", "records"): an object of a dated act ({@link datedActOnce}), and kept up when checked ({@link CHECKED_KEPT_UP}). */
const RECORD_BOOKS = s('record records diary');
/** Public transport a child travels on ("catch the bus", "get the tram", "take the train"). */
const TRANSPORT = ['bus', 'buses', 'train', 'trains', 'tram', 'trams', 'coach', 'tube', 'metro', 'underground', 'ferry', 'minibus'];

/**
 * A plan, document, device or exam arrangement the child gets or has ("get an EHCP", "have a communication passport", "have a
 * laptop", "get a reader in exams"): in place or not at the deadline, a one-off thing someone can check (the labelling guide,
 * Measurable rule 5: "a one-off event is measurable"; Settled cases: "a one-off thing adults arrange or do for the child",
 * measurable). A person given (a tutor, a mentor) is provision that goes on, not listed.
 */
const HELD_THINGS = s('ehcp ehcps iep ieps laptop laptops tablet ipad chromebook computer phone passport scribe ruler rulers overlay overlays dictionary dictionaries calculator calculators');
/** Names of plans and documents before "plan" or "profile" ("an EHC plan", "a pathway plan", "a one-page profile"): the same. */
const HELD_PLANS = s('ehc pathway care health education transition support page');
/** Exam access arrangements (JCQ, "Access Arrangements and Reasonable Adjustments"), in place only for an exam named. */
const ACCESS_ARRANGEMENTS = s('reader readers prompt prompter');
/** The things held and the exam access arrangements, read by _specific.ts: a capitalised one opening the text is no name ("Reader to be in place"). */
export const _HELD_WORDS: ReadonlySet<string> = new Set([...HELD_THINGS, ...ACCESS_ARRANGEMENTS]);
/** Words naming the exam an access arrangement is for ("a reader in his GCSEs", "a scribe for SATs", "access arrangements"). */
const EXAM_WORDS = s('exam exams examination examinations gcse gcses sats test tests mock mocks assessment assessments paper papers arrangements');
/** Words naming medicine, in whose sentence a "tablet" is one taken ("a tablet for his medication"). */
const MEDICINE = s('medication medicine medicines meds dose nurse pharmacy prescription');
/** What may follow the thing held as the head of its phrase: a preposition, a conjunction, "by" a deadline. */
const AFTER_HELD = s('for with to from on in at into by before during until through via and or so that which as when if once each every again now this next');

/** Participles of one-off acts that, after the thing done and before a deadline, state it done ("options decided by March"). */
const DONE_BY = s('completed submitted sent chosen decided finished drafted written uploaded handed enrolled registered applied made done secured obtained achieved gained passed');
/**
 * Participles of {@link DONE_BY} that state a thing won, read only after a concrete thing ({@link WON_THINGS}: "Bronze award
 * achieved by July", "place at college secured by May", "practical assessment passed by Easter"); a feeling or an area gained
 * is no one-off event ("Confidence gained by July", "independence gained by the summer": Measurable rule 6).
 */
const WON_BY = s('secured obtained achieved gained passed');
/** {@link DONE_BY} and the participles of things arranged, after "to be" ("CV to be updated", "visits to be arranged"): the shared list. */
const PASSIVE_DONE = _PASSIVE_PARTICIPLES;
/** Particles of a phrasal verb between a participle of {@link DONE_BY} and its deadline ("handed in", "sent off", "applied for"). */
const DONE_PARTICLES = s('in off out up for');

/**
 * Participles of one-off acts after "will have", done by the point and checked then ("will have met her form tutor", "will
 * have visited two sixth forms"); a process, a change or a feeling is none ("will have made progress", "gained confidence",
 * "explored his options"). "had" and "been" count before an event attended ({@link PERFECT_ATTENDED}: "had a taster day").
 */
const PERFECT_EVENTS = s('met visited opened applied completed submitted finished sat taken passed enrolled registered attended joined secured obtained chosen decided sent handed signed booked arranged written uploaded moved transferred');

/** Past participles not ending in "-ed" that follow "have" in a future perfect ("will have met", "will have had"). */
const IRREGULAR_PARTICIPLES = s('had met done made sent written chosen taken seen got given sat read found spoken told begun won kept built brought bought learnt spent swum run drawn sung ridden');

/**
 * Whether a word is a past participle: one ending in "-ed" (not "need", "feed", "bed", "red", "seed") or an irregular one.
 * @example
 * _pastParticiple('visited'); // true
 */
export function _pastParticiple(x: string): boolean {
  return (x.length > 4 && _endsEd(x) && !x.endsWith('eed')) || IRREGULAR_PARTICIPLES.has(x);
}

/**
 * Whether a word is a verb in the past: a past participle ({@link _pastParticiple}) or an irregular simple past
 * ({@link _IRREGULAR_PAST}: "went", "lost", "took").
 * @example _pastVerb('went') // true; _pastVerb('go') // false
 */
export function _pastVerb(x: string): boolean {
  return _pastParticiple(x) || _IRREGULAR_PAST.has(x);
}

/** Verbs of entering or returning to education ("start school", "get into college", "be reintegrated into school"). */
export const _ENTERING: ReadonlySet<string> = s('start starts begin begins return returns get gets go goes reintegrated reintegrate reintegrates');
/** Employment or training a young person gains, a post ("a job", "work", "an apprenticeship", "a traineeship"). */
export const _POSTS: ReadonlySet<string> = s('job work employment apprenticeship traineeship internship');
/** Verbs of gaining a post ("get a job", "find work", "secure an apprenticeship", "land a job"); not looking for one or wanting one. */
export const _GAINING: ReadonlySet<string> = s('get gets find finds gain gains secure secures obtain obtains land lands');
/** Places of education entered, "EET" (education, employment or training), and employment or training entered ("get into employment"). */
const ENTRY_PLACES = s('school college nursery sixth university uni education eet employment training');
/** Concrete things won, read before a participle of {@link WON_BY}: a qualification, an award, a test, a document, a place or a post. */
const WON_THINGS: ReadonlySet<string> = new Set([...ATTAINED, ...ATTAINED_EXAMS, ..._QUALIFICATIONS, ..._POSTS, ...ENTRY_PLACES, ...s('assessment assessments test tests exam exams passport offer')]);
/** Words between the verb and the place ("into full time education", "back to his school"). */
const ENTRY_BETWEEN = s('into to at back a the his her their my full part time mainstream secondary primary new local');

/** The adults a child reaches by email, text or phone ("his tutor", "her PA", "the college"). */
const CONTACTED = s('tutor tutors teacher teachers pa sw worker mentor carer carers adviser advisor senco college school keyworker coach');
/** Verbs of performing, competing or representing ("sing", "perform", "compete", "represent"). */
export const _PERFORMING: ReadonlySet<string> = s('sing sings perform performs dance dances compete competes play plays race races recite recites represent represents');
/** Named events performed or competed at ("the Christmas concert", "the Easter service", "his first bout", "the district athletics"). */
const PERFORMED_EVENTS = s('concert concerts service services show shows showcase production productions nativity performance performances recital recitals assembly assemblies competition competitions match matches fixture fixtures tournament tournaments gala galas race races bout bouts festival festivals final finals championship championships athletics');
/** Words that make a service one performed at (a church or school occasion), not one that provides ("youth service"). */
const SERVICE_KINDS = s('easter carol carols christmas remembrance church school memorial harvest leavers advent');
/** Sides a child represents ("represent the school", "represent the county"): being picked for one is an achievement. */
const SIDES = s('school county district club team region country academy college');

/** Event and can-do verbs: which objects make them a verifiable success criterion. */
const EVENT_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['submit', 'nonrecurring'], ['submits', 'nonrecurring'], ['submitted', 'nonrecurring'], ['enrol', 'any'], ['enroll', 'any'], ['enrolled', 'any'],
  ['register', 'any'], ['registered', 'any'], ['pass', 'any'], ['passed', 'any'], ['passes', 'any'], ['obtain', 'any'], ['obtained', 'any'],
  ['secure', s('place placement job apprenticeship offer position a an her his their the')], ['secured', 'any'],
  ['upload', 'any'], ['perform', 'any'], ['visit', 'any'], ['arrange', 'any'], ['confirm', 'any'], ['tie', 'any'], ['ties', 'any'],
  ['fasten', 'any'], ['swim', 'any'], ['swims', 'any'], ['ride', s('a his her bike scooter')], ['cycle', s('to independently unaided')],
  ['recite', 'any'], ['recall', 'any'], ['calculate', 'any'], ['dress', 'any'], ['undress', 'any'],
  ['complete', 'nonrecurring'], ['completed', 'nonrecurring'], ['finish', 'nonrecurring'], ['hand', 'nonrecurring'], ['handed', 'nonrecurring'],
  ['produce', 'nonrecurring'], ['create', 'nonrecurring'], ['send', 'nonrecurring'], ['write', s('cv name names address letter statement')],
  // "fill in my housing application", "fill in the bursary form": an application or form filled in once (Measurable rule 5,
  // "complete her UCAS application"); not a log or record kept up ("fill in his reading record every night").
  ['fill', s('application applications form forms')], ['fills', s('application applications form forms')],
  // "achieve" and "gain" take the same things attained (one set: "gain her Level 2", "achieve a place").
  ['achieve', ATTAINED], ['achieved', ATTAINED], ['gain', ATTAINED], ['gained', ATTAINED],
  // "earn her first badge", "earn his pen licence": a badge, award or certificate earned, a thing someone can check (the club
  // row: an outcome joined to the going, "and earn her first badge").
  ['earn', ATTAINED], ['earns', ATTAINED], ['earned', ATTAINED],
  // "reach ELG in all prime areas", "reach a Good Level of Development": the Early Years standard, as "achieve the ELG" is
  // (the labelling guide, Measurable rule 5; labels y46-036, y55-024, y12-036, y14-027, y48-038 measurable, none against).
  ['reach', s('expected standard age-related level grade target book band elg elgs gld')],
  // "meet their target level in science", "meet age-related expectations": a standard reached (the labelling guide, Measurable rule 5).
  ['meet', s('expected standard age-related level grade target targets expectations book band')],
  ['meets', s('expected standard age-related level grade target targets expectations book band')],
  ['apply', s('for formula')], ['open', s('account bank referral case')], ['choose', s('options option course courses subjects space college sixth')],
  ['join', 'nonrecurring'], ['attend', s('interview open taster induction fair appointment event trial audition exam exams assessment day days visit visits')],
  // "sit Functional Skills", "sit his BTEC exam": a qualification's exam sat, as "sit GCSE maths" is.
  ['sit', s('exam exams test tests paper papers sats gcse gcses resit resits mock mocks assessment assessments 11+ functional')],
  ['take', s(`exam exams test tests sats gcse gcses resit driving theory turns medication medicine ${TRANSPORT.join(' ')}`)],
  ['have', s('interview appointment meeting offer')], ['be', s('eet education employment training toilet potty dry')], ['become', s('eet')],
  // "get the bus to school on his own": travelling by it, as "catch the bus" (a capability an adult sees done).
  // "a job", "an apprenticeship" stay here for a post named by its kind or hours ("get a part time job", "a Saturday job"),
  // which _postGained (the post right after its article) does not read.
  // "get a Pass (40+ marks)", "get at least a Merit": a grade, read by {@link gotGradeEnd}.
  ['get', s(`job apprenticeship place placement offer licence certificate award changed dressed eet card gcse gcses grades qualification qualifications ${TRANSPORT.join(' ')}`)],
  // One-off events of the child's own (the labelling guide, Measurable rule 5): "resit GCSE maths", "units signed off",
  // "go to college" (starting it; "keep going to college" is a process, Settled cases), "stay in EET".
  // "bring the right equipment", "bring his PE kit": what is brought an adult can check (Measurable rule 5).
  ['bring', BROUGHT], ['brings', BROUGHT],
  ['resit', 'any'], ['resits', 'any'], ['signed', s('off')], ['go', s('college university uni open interview induction taster')], ['stay', s('eet education employment training')],
  ['spell', s('name names address')], ['recognise', s('name names numerals letters colours shapes sounds')],
  ['recognize', s('name names numerals letters colours shapes sounds')], ['read', s('name clock time')], ['tell', s('time')],
  ['count', s('to')], ['use', s('toilet potty knife fork cutlery')], ['wash', s('hands')], ['brush', s('teeth')],
  ['feed', s('himself herself themselves themself')], ['put', s('on coat shoes')], ['do', s('up')], ['cook', 'any'],
  ['travel', s('independently own alone himself herself themselves unaided')], ['catch', s(TRANSPORT.join(' '))],
  ['walk', s('from independently unaided')], ['move', s('up into onto')], ['book', s('test appointment place')],
  // The child reaching an adult ("email his tutor to ask for help", "ring his PA"): the message sent or not, an act someone
  // can check (the labelling guide, Measurable: "someone could check, at the deadline, whether it happened"; labels v051,
  // t063: the child emailing or ringing a tutor is measured).
  ...['email', 'emails', 'text', 'texts', 'ring', 'rings', 'phone', 'phones', 'message', 'messages'].map((v): [string, Rule] => [v, CONTACTED]),
]);

function wd(doc: _Doc, i: number): string {
  // Never a negative index: a read at -1 (the word before the first) turns this one load generic, slower at every call.
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Whether the token before i (skipping "the"/"his"/"her") is a naming word such as Year, Unit, Stave. */
function namingBefore(doc: _Doc, i: number): string | null {
  let k = i - 1;
  // Lists: "chapters 9 and 10", "the 6, 7 and 9 times tables" (handled after), "sections 1-3".
  while (k >= 0 && (wd(doc, k) === 'and' || wd(doc, k) === ',' || wd(doc, k) === '&' || wd(doc, k) === 'or') && doc.toks[k - 1]?.kind === 'n') k -= 2;
  const x = wd(doc, k);
  // "attend nurture group 4 afternoons a week", "the reading group 3 times a week": after a place gone to, a count of
  // occasions with its rate after it is how often the child goes (Settled cases: "a stated rate or frequency of attending
  // still measures"), not the group's name; "Year 3 times a week" keeps the year.
  if (GONE_TO_NAMES.has(x) && k === i - 1 && occasionRateAt(doc, i + 1)) return null;
  if (_HEADING_NAMING.has(x)) return headingNumber(doc, k, i) ? x : null;
  if (!_NAMING_BEFORE.has(x)) return null;
  if (x === 'level' || x === 'grade' || x === 'band' || x === 'set' || x === 'entry') {
    // "reach level 4", "at least level 4", "Entry 2 to Entry 3" state a standard; "Level 2 course" names one.
    const before = wd(doc, k - 1);
    if (COMPARATORS.has(before) || before === 'reach' || before === 'achieve' || before === 'at' || before === 'to' || before === 'a' || before === 'working' || before === 'get' || before === 'into' || before === 'least') return null;
  }
  return x;
}

/**
 * Words of a step on a scale the child works up ("Stage 7" of a reading scheme, "Phase 5" of phonics, "Section 5" of WellComm,
 * "Step 6" of a ladder, "Level 1" of Bikeability): a number after them names the step ({@link _CONTENT_NAMING}) unless the
 * step is what is reached ({@link scaleStepReached}).
 */
const SCALE_STEPS = s('stage phase section step level');
/** Verbs of reaching a step through "to" ("get to Stage 3", "move up to Phase 5"), the word before "to" (with "up" read over). */
const STEP_REACHED_TO = s('get gets getting move moves moving go goes');
/** A school phase before "stage" ("Key Stage 2", "Foundation Stage 2"): a stage of schooling, not a step of a scale. */
const SCHOOL_PHASE_NAMES: ReadonlySet<string> = new Set([..._PHASES, 'key', 'pre-key']);
/** Words before "to be on" that make it no target of the child's (a wish, {@link _WISHING_FORMS}, or a past state: "wants to be on", "used to be on"). */
const NOT_OWN_WILL: ReadonlySet<string> = new Set([..._WISHING_FORMS, ...s('wanted wishes wished hoping hoped needed wanting used')]);
/** Tokens looked at after the step for the dash of a heading ("Step 2 by Easter - Ruby to feel happier"). */
const STEP_HEADING_REACH = 8;

/**
 * Whether "to be on"/"will be on" (or "at") ending at k - 1 is the target's own ("Mason to be on Stage 7", "Tom will be at Stage 4"),
 * not a wish or a past state ("I want to be on Stage 10", "Mason used to be on Stage 7": Measurable rule 5, a wish alone does not measure).
 */
function beOnStep(doc: _Doc, k: number): boolean {
  const at = wd(doc, k - 1);
  if ((at !== 'on' && at !== 'at') || wd(doc, k - 2) !== 'be') return false;
  const v = wd(doc, k - 3);
  return v === 'will' || (v === 'to' && !NOT_OWN_WILL.has(wd(doc, k - 4)));
}

/**
 * Whether the step of a scale at k numbered at i is a standard reached (the labelling guide, Measurable rule 5, "a standard
 * reached"; as "reach level 4" is): a verb of reaching before it ({@link STEP_REACHED}, "get to", "move up to"), "to be on" or
 * "will be on" it as the target's own ({@link beOnStep}), the step a "Target:" names ("Target: Section 5 (amber)"), or the step
 * with no verb before it and a deadline right after it or after its bracket ("Phonics - Phase 4 by Easter"), or the check it is
 * read at ("WellComm Section 5 when re-screened"). Not a step the child is on now or was on ("Freddie is at Stage 4", "used to be
 * on Stage 7"), wished for ("wants to be on Stage 7"), worked on (a process verb and its preposition: "keep working on Level 2
 * before half term", Measurable rule 6), a school stage ("Foundation Stage 2", "Key Stage 2"), a heading's number ("Step 2 by
 * Easter - Ruby to feel happier") or content ("Phase 3 sounds", "Unit 10"). Looks at most eight tokens either side.
 */
function scaleStepReached(doc: _Doc, k: number, i: number): boolean {
  const before = wd(doc, k - 1);
  if (SCHOOL_PHASE_NAMES.has(before)) return false;
  if (STEP_REACHED.has(before)) return true;
  if (before === 'to') return STEP_REACHED_TO.has(wd(doc, k - 2) === 'up' ? wd(doc, k - 3) : wd(doc, k - 2));
  if (before === 'on' || before === 'at') return beOnStep(doc, k);
  if (before === ':' && wd(doc, k - 2) === 'target') return true;
  // A verb or preposition governs the step ("work on", "working at", "through"): not a step reached by itself.
  if (PREPOSITIONS.has(before) || _PROCESS.has(before)) return false;
  let j = i + 1;
  if (wd(doc, j) === '(' && wd(doc, j + 2) === ')') j += 3;
  // "when re-screened", "when reassessed": the check the step is read at.
  const after = wd(doc, j + 1);
  const checked = wd(doc, j) === 'when' && _CHECK_PARTICIPLES.has(after.startsWith('re-') ? after.slice(3) : after);
  if (!checked && !(DATED_BY.has(wd(doc, j)) && doc.used[j] === 1)) return false;
  // A heading: the step opens its sentence and a dash follows, then the target ("Step 2 by Easter - Ruby to feel happier").
  if (k === 0 || endAt(doc, k - 1)) {
    for (let e = j + 1; e <= j + STEP_HEADING_REACH && e < doc.toks.length && !endAt(doc, e); e++) if (_DASHES.has(wd(doc, e))) return false;
  }
  return true;
}

/** Naming words of a group or room a child goes to ("nurture group 4 afternoons a week", "the nurture room 3 mornings a week"). */
const GONE_TO_NAMES = s('group class set form room');
/**
 * Words after a count of occasions that make it how often ("twice a week", "3 times per term", "once every fortnight", "4
 * afternoons a week"): read here and by _analyse.ts.
 */
const RATE_AFTER = s('a an per each every');
export const _RATE_AFTER: ReadonlySet<string> = RATE_AFTER;

/** Whether a plural of occasions ({@link _OCCASIONS}) at k is followed by a rate ("afternoons a week", "times per day"). */
function occasionRateAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return x.endsWith('s') && _OCCASIONS.has(x) && RATE_AFTER.has(wd(doc, k + 1)) && PERIOD_UNITS.has(wd(doc, k + 2));
}

/**
 * Whether "stage" at k numbers a stage of a scheme the child works through ("to be on Stage 7", "Stage 7 book band": content
 * named by number, as "level 7" and "Phase 3" are), not school time ("Key Stage 2", read as _schoolTime.ts's
 * `_keyStageLength` reads it, which _measure.ts cannot import: _schoolTime.ts's imports load this file; "the Foundation
 * Stage", a phase, {@link _PHASES}; "pre-key stage") nor a stage of an adults' process ("Stage 2 of the Graduated Response", "EHC stage 3", "complaint
 * stage 1": the adults' steps, Specific rule 4).
 */
function schemeStage(doc: _Doc, k: number): boolean {
  const before = wd(doc, k - 1);
  if (before === 'key' || before === 'pre-key' || _PHASES.has(before) || ADULT_PROCESSES.has(before)) return false;
  for (let j = k + 2; j <= k + 4; j++) if (ADULT_PROCESSES.has(wd(doc, j))) return false;
  return true;
}

/** Adults' processes counted in stages ("the Graduated Response", an EHC needs assessment, a complaint). */
const ADULT_PROCESSES = s('graduated ehc complaint');

/** Words before a heading word that make it a verb ("Jo will row 2 km", "Ben to rewrite 1 paragraph"). */
const HEADING_VERBED = s('will to shall can must should could would may might');

/**
 * Whether the slide, row or draft word at k numbers a heading with the number at i ({@link _HEADING_NAMING}): the number is
 * followed by ":" or "-" ("Slide 7:", "Row 4 -"), or the word opens the text, a line, a cell or a bracket and the number ends it
 * ("Slide 3, draft 2:", "(row 4)"); never after "will" or "to", never as an imperative with a count and a noun ("Rewrite 2 paragraphs").
 */
function headingNumber(doc: _Doc, k: number, i: number): boolean {
  const before = wd(doc, k - 1);
  if (HEADING_VERBED.has(before)) return false;
  const after = wd(doc, i + 1);
  if (after === ':' || after === '-') return true;
  const opens = k === 0 || before === '\n' || before === '|' || before === '(';
  return opens && (after === '' || after === '\n' || after === '|' || after === ',' || after === '.' || after === ')');
}

/** Nouns of a score a threshold figure is written after ("a scaled score of 100+", "a reading age of 9+", "30+ points"). */
export const _SCORE_NOUNS: ReadonlySet<string> = s('score scores mark marks points total age');

/**
 * Whether "N+" at i is a threshold to reach after a score noun ("a scaled score of 100+", "a reading age of 9+") or a comparator,
 * not the name of an exam ("the 11+"): a score to reach measures (the labelling guide, Measurable rule 1: "a count,
 * percentage, grade, score").
 */
function scoreThreshold(doc: _Doc, i: number): boolean {
  const before = wd(doc, i - 1);
  if (COMPARATORS.has(before) || gradePlus(doc, i)) return true;
  // "achieve 100+ (scaled score)", "reach 100+ in the SATs": a figure attained is a score to reach, as "score 100+" is (the
  // labelling guide, Measurable rule 1; label y56-226). Not "gain an 11+ place", "pass the 11+", "achieve 11+ test success":
  // an "N+" with a test, exam, entrance or place after it names the exam ({@link EXAM_KINDS}), not a score.
  if (SCORE_ATTAINED.has(before) && !EXAM_KINDS.has(wd(doc, i + 1))) return true;
  // "40+ marks", "30+ points": the score noun after the figure, as "a score of 100+" before it (an age after it, "16+ age
  // group", names people).
  const after = wd(doc, i + 1);
  if (_SCORE_NOUNS.has(after) && after !== 'age') return true;
  const noun = before === 'of' ? i - 2 : i - 1;
  if (!_SCORE_NOUNS.has(wd(doc, noun))) return false;
  // An age is a score only as a reading or spelling age: "for age 16+" names a group of people (Measurable rule 6).
  return wd(doc, noun) !== 'age' || _AGE_SCORES.has(wd(doc, noun - 1));
}

/** Verbs before a figure "N+" that make it a score attained ({@link scoreThreshold}): those that attain an exam, and reaching. */
const SCORE_ATTAINED: ReadonlySet<string> = new Set([...ATTAINING_EXAMS, 'reach', 'reaches']);
/** Nouns after an "N+" that make it an exam's name ("the 11+ exam", "11+ test success", "an 11+ place"), not a score. */
const EXAM_KINDS = s('exam exams test tests entrance place places paper papers');

/** Words that make an age a score ("a reading age of 9+"), not the age of the people a thing is for ("age 16+"). */
export const _AGE_SCORES: ReadonlySet<string> = s('reading spelling comprehension');

/** Whether the number at i names something by what follows it (times table, 16-mark, 36pt, 11+). */
function namingAfter(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t === undefined) return false;
  if ((t.suffix === '+' && !scoreThreshold(doc, i)) || t.suffix === 'pt' || t.suffix === 'th' && wd(doc, i + 1) === 'birthday') return true;
  if (t.suffix === 'd' || t.suffix === 'ks') return true; // 3D shapes
  const next = doc.toks[i + 1];
  const x = wd(doc, i + 1);
  if (next !== undefined && next.hyph && next.kind === 'w' && !_DURATION_UNITS.has(x)) return true; // "2-word phrases", "16-mark"
  if (x === 'times' && (wd(doc, i + 2) === 'table' || wd(doc, i + 2) === 'tables' || wd(doc, i + 2) === 'tabl')) return true;
  if (_NAMING_AFTER.has(x) && x !== 'times') return true;
  if (x === 'scale' || x === 'point' && wd(doc, i + 2) === 'scale') return true;
  if (t.sep === '-' && (x === 'scale' || x === 'rating')) return true;
  return false;
}

/** Whether the number at i starts a list whose last number names something ("the 3 and 4 times tables", "Units 2, 3 and 4"). */
function namingListAhead(doc: _Doc, i: number): boolean {
  let k = i;
  while (k < i + 8 && (wd(doc, k + 1) === 'and' || wd(doc, k + 1) === ',' || wd(doc, k + 1) === '&' || wd(doc, k + 1) === 'or') && doc.toks[k + 2]?.kind === 'n') k += 2;
  return k > i && namingAfter(doc, k);
}

function listMember(doc: _Doc, i: number): number {
  // For "the 6, 7 and 9 times tables": mark earlier list members too; returns the first index.
  let k = i;
  while (k - 2 >= 0 && (wd(doc, k - 1) === ',' || wd(doc, k - 1) === 'and' || wd(doc, k - 1) === '&') && doc.toks[k - 2]?.kind === 'n') k -= 2;
  return k;
}

/**
 * Whether the small word at k stands inside a title written in capitals ("his FA Introduction to Coaching Football
 * certificate", "the Level 2 Certificate in Food Hygiene"): the words either side are capitalised, so the word joins the title's
 * words and ends no phrase (the labelling guide, Measurable rule 5: a qualification gained is measurable whatever the length
 * of its name; label y53-233).
 */
function inTitle(doc: _Doc, k: number): boolean {
  return k > 0 && doc.toks[k - 1]?.kind === 'w' && doc.toks[k + 1]?.kind === 'w' && doc.clause[k - 1] === doc.clause[k + 1] && _capitalised(doc.toks[k - 1]?.raw ?? '') && _capitalised(doc.toks[k + 1]?.raw ?? '');
}

/** Whether an event verb at i is the child's predicate (after will/to/can, or first in its clause). */
export function _isPredicate(doc: _Doc, i: number): boolean {
  return isPredicate(doc, i);
}

/** Whether an event verb at i is the child's predicate (after will/to/can, or first in its clause; not after "not"). */
function isPredicate(doc: _Doc, i: number): boolean {
  const clause = doc.clause[i];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (doc.clause[k] !== clause) return k === i - 1 || doc.w[k] === ':' || doc.w[k] === '-';
    const x = wd(doc, k);
    // "… | pass the on-screen exam | Tutor …": a verb opening a cell of a target table is the cell's predicate, as after ":".
    // A past form opening a cell is its status ("| completed Oct 2024"), not the cell's act.
    if (x === '|' && k === i - 1) return !wd(doc, i).endsWith('ed');
    // One flag for the three lists: a word in none of them is passed over with no look-up.
    const listed = _flag3At(doc, k, F3_PREDICATE_WORD);
    // A listed word is a modal or else a blocker or process word (the lists share no word): one look-up tells which.
    if (listed && !MODALS.has(x)) return false;
    if (x === 'more' || x === 'better') return false;
    if (listed) {
      // "learn to", "begin to", "be encouraged to": a process, not the outcome.
      if (x === 'to' && BLOCKERS.has(wd(doc, k - 1))) return false;
      // "language can create moods": "can" after a subject that is not the child, as the capability frame reads it;
      // "Designated teacher to arrange a meeting": "to" after an adult is provision, as in the "<X> to" fragment.
      if (x === 'to' && (_ADULT_SUBJECTS.has(wd(doc, k - 1)) || ADULTS_BY_ROLE.has(wd(doc, k - 1)))) return false;
      return x !== 'can' || canSubject(doc, k);
    }
    // "to have passed the Functional Skills test", "will have completed": the perfect's "have" right before a participle is an
    // auxiliary, as "be" is (the labelling guide, Measurable rule 5: "will have started a course or a job"; label y60-099).
    if (x === 'have' && k === i - 1 && _endsEd(wd(doc, i))) continue;
    if (x === 'able' || x === 'be' || x === 'independently' || x === 'successfully' || x === 'also' || x === 'always' || x === 'then' || x === 'now' || x === 'each' || x === 'fully') continue;
    // "Jade apply…" fragments; not a subject's name before a noun ("Maths resit", "English exam": a heading, no predicate).
    if (doc.toks[k]?.kind === 'w' && k === i - 1 && _capitalised(doc.toks[k]?.raw ?? '') && !_SUBJECTS.has(x) && x !== 'gcse') return true;
    return false;
  }
  return true;
}

/**
 * Comparative adjectives of how a skill is done ("speak in longer sentences", "write neater letters"): with no
 * figure they name no criterion (the labelling guide, Measurable rule 6: "a comparative without a figure").
 */
const COMPARATIVE_ADJECTIVES = s('longer shorter bigger larger smaller faster quicker slower clearer neater louder quieter higher stronger wider richer fuller harder easier tidier calmer');

/** Whether x ends in "er", as every word of {@link COMPARATIVE_ADJECTIVES} does (character codes: the test before the look-up). */
function endsEr(x: string): boolean {
  const n = x.length;
  return n >= 2 && x.charCodeAt(n - 1) === 114 && x.charCodeAt(n - 2) === 101;
}

function comparativeAfter(doc: _Doc, i: number): boolean {
  const clause = doc.clause[i];
  for (let k = i + 1; k < doc.w.length && k <= i + 10; k++) {
    if (doc.clause[k] !== clause) return false;
    const x = wd(doc, k);
    if ((x === 'more' || x === 'better' || x === 'less') && !quotedWord(doc, k)) {
      const y = wd(doc, k + 1);
      return x !== 'more' || (y !== 'than' && doc.toks[k + 1]?.kind !== 'n');
    }
    // "in longer sentences" (not "no longer", not "longer than 10 minutes").
    if (endsEr(x) && COMPARATIVE_ADJECTIVES.has(x) && wd(doc, k - 1) !== 'no' && wd(doc, k + 1) !== 'than') return true;
  }
  return false;
}

/** A comparative with no figure in the same sentence ("increase in accuracy, more consistent … in all lessons"). */
function comparativeInSentence(doc: _Doc, i: number): boolean {
  const stop = (x: string): boolean => x === '.' || x === '\n' || x === ';';
  for (let k = i - 1; k >= 0 && k >= i - 25 && !stop(wd(doc, k)); k--) if (isComparative(doc, k)) return true;
  for (let k = i + 1; k < doc.w.length && k <= i + 25 && !stop(wd(doc, k)); k++) if (isComparative(doc, k)) return true;
  return false;
}

function isComparative(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x !== 'more' && x !== 'less' && x !== 'better' && x !== 'increase' && x !== 'improve' && x !== 'improved' && x !== 'fewer') return false;
  return doc.toks[k + 1]?.kind !== 'n' && wd(doc, k + 1) !== 'than';
}

/** Words that end a noun phrase: the object of a verb is not read past them beyond six words. */
const PHRASE_ENDS = s('to by with on for in at of and or but so from when if because every each during before after until');
const F_PHRASE_END = _wordFlag2(PHRASE_ENDS);

/**
 * Every object word of the rules of {@link EVENT_RULES} (for the test that each is read as a word, so that
 * {@link objectMatches} may skip marks and numbers).
 * @returns The words, with repeats.
 * @example _eventObjectWords().includes('exam') // true
 */
export function _eventObjectWords(): string[] {
  const words: string[] = [];
  for (const rule of EVENT_RULES.values()) if (rule !== 'any' && rule !== 'nonrecurring') words.push(...rule);
  return words;
}

function objectMatches(doc: _Doc, i: number, rule: Rule): boolean {
  if (rule === 'any') return true;
  const clause = doc.clause[i];
  if (rule === 'nonrecurring') {
    for (let k = i + 1; k < doc.w.length && k <= i + 4; k++) {
      if (doc.clause[k] !== clause) break;
      const x = wd(doc, k);
      if (_RECURRING_OBJECTS.has(x)) return false;
      if (x === 'in' && (wd(doc, i) === 'join')) return false; // "join in with" is taking part, not an event
      if (x === 'to' || x === 'by' || x === 'with' || x === 'on' || x === 'for') break;
    }
    const next = wd(doc, i + 1);
    return next !== '' && next !== '.' && next !== 'in' || wd(doc, i) === 'hand';
  }
  // The object is the head of its noun phrase, read as far as six words, or nine while no preposition or conjunction has
  // ended the phrase ("sit the Functional Skills L2 English reading exam").
  let limit = i + 6;
  for (let k = i + 1; k < doc.w.length && k <= limit; k++) {
    if (doc.clause[k] !== clause && wd(doc, k) !== '(' && wd(doc, k) !== ')') break;
    const x = wd(doc, k);
    const t = doc.toks[k];
    // Every object of a rule is a word ({@link _eventObjectWords}): a mark or a number ('#') is looked up in none.
    if ((t === undefined || t.kind === 'w') && rule.has(x)) return true;
    if (k === i + 1) limit = i + 9;
    if (_flag2At(doc, k, F_PHRASE_END) && !inTitle(doc, k)) limit = Math.min(limit, i + 6);
    if (t !== undefined && t.hyph && rule.has(`${wd(doc, k - 1)}-${x}`)) return true;
    if (t !== undefined && t.kind === 'n' && t.suffix === '+' && rule.has('11+')) return true;
  }
  return false;
}

type Span = [number, number];
/** A word check that ends the token's analysis without a measure ("daily basis", "once" alone). */
const STOP = 'stop';
type WordCheck = (doc: _Doc, i: number, x: string) => Span | typeof STOP | null;

/** Whether the token at i counts as a number (digits, or a number word; "one of" does not). */
function isNumberAt(doc: _Doc, i: number, x: string): boolean {
  if (doc.toks[i]?.kind === 'n') return true;
  if (_flag3At(doc, i, _F3_NUMBER_WORD) && x !== 'one') return true;
  return x === 'one' && doc.toks[i + 1]?.kind !== 'p' && wd(doc, i + 1) !== 'of';
}

/**
 * Whether the words from k on name provision before any verb or preposition other than "of" ("3 hours of speech and
 * language therapy", "weekly speech and language therapy"): a quantity of provision, not of the child's success
 * (the labelling guide, Measurable rule 6: "a quantity of provision ('5 hours of TA support')").
 */
function provisionAhead(doc: _Doc, k: number): boolean {
  const clause = doc.clause[k];
  for (let j = k; j < k + 7 && doc.clause[j] === clause && doc.toks[j]?.kind !== 'p'; j++) {
    const x = wd(doc, j);
    if (_PROVISION_NOUNS.has(x)) return true;
    if (x !== 'of' && x !== 'and' && (PREPOSITIONS.has(x) || MODALS.has(x) || x === 'by')) return false;
  }
  return false;
}

/**
 * Whether the number at i counts every broad area a target covers ("progress in all 7 areas of the EYFS", "improve in all 3
 * areas"): how many areas, not a figure of the child's success (the labelling guide, Measurable rule 6: "numbers that only
 * name things"; Halton Appendix C: "'to improve confidence in Maths' is more subjective").
 */
function areasCounted(doc: _Doc, i: number): boolean {
  if (wd(doc, i - 1) !== 'all' || wd(doc, i + 1) !== 'areas') return false;
  // "the expected level in all 17 areas", "ELG in all 7 areas": a standard reached in every area (Measurable rule 1).
  for (let k = i - 2; k >= 0 && k >= i - AREAS_STANDARD_REACH; k--) {
    const x = wd(doc, k);
    if (x === '.' || x === ';' || x === '\n') break;
    if (AREA_STANDARDS.has(x)) return false;
  }
  return true;
}

/** How far before "all N areas" a standard ({@link AREA_STANDARDS}) is looked for. */
const AREAS_STANDARD_REACH = 8;
/** Words of a standard reached in every area ("the expected level", "the expected standard", "ELG", "GLD"). */
const AREA_STANDARDS = s('expected standard standards elg elgs gld');

/** How far either side of a bracket's figure a comparative before it, or a word setting it as a target, is looked for. */
const BASELINE_REACH = 10;
/** Words in a bracket that make its figure a target or a rate to keep ("(3 a week)", "(no more than 2)", "(2 or fewer)", "(aim 4)"), not a baseline. */
const BRACKET_SETS: ReadonlySet<string> = new Set([...COMPARATORS, ...s('or a an per each every by aim aiming target goal')]);
/**
 * Words in a bracket that place its figure now or in the past ("(currently 5)", "(4 last term)", "(6 so far)", "(7 in autumn
 * 2)"): only such a bracket is a baseline; "(20 minutes)", "(95%)", "(5 nights)" state the figure the comparative aims at.
 */
const BASELINE_MARKS: ReadonlySet<string> = new Set([...s('currently current now was were last since far present term half-term'), ..._TERM_WORDS.keys(), ..._MONTHS.keys()]);

/**
 * Whether the number at i opens a bracket after a comparative with no figure ("spend less time in the inclusion room (6 days
 * in autumn 1)", "fewer removals (4 last term)"): where the child is now, a baseline with no target figure (the labelling
 * guide, Measurable rule 6: "a comparative without a figure ... a baseline with no target figure"). A comparator in the
 * bracket sets the figure ("(no more than 2 a week)", "(3 or fewer)") and measures.
 */
function bracketedBaseline(doc: _Doc, i: number, before: string): boolean {
  if (before !== '(') return false;
  let marked = false;
  for (let k = i + 1; k < doc.toks.length && k <= i + BASELINE_REACH && wd(doc, k) !== ')'; k++) {
    if (BRACKET_SETS.has(wd(doc, k))) return false;
    if (BASELINE_MARKS.has(wd(doc, k))) marked = true;
  }
  if (!marked) return false;
  for (let k = i - 2; k >= 0 && k >= i - BASELINE_REACH; k--) {
    const x = wd(doc, k);
    if (x === '.' || x === ';' || x === '\n' || x === ')' || doc.toks[k]?.kind === 'n') return false;
    if (isComparative(doc, k)) return true;
  }
  return false;
}

/** Verbs of the young person's own money kept or made ("save £20 a week", "earn £50", "budget £60 a week"): read here and by _specific.ts. */
export const _MONEY_VERBS = s('save saves saving earn earns earning budget budgets budgeting');

/**
 * Whether the sum at i (after "£" or "$", or in pence) is the young person's own money saved, earned or budgeted, straight
 * after the verb ("save £20 a week", "save up £100", "earn at least £50"): a figure of the child's success, which measures
 * (the labelling guide, Measurable rule 1: "a figure that measures is measurable"; development labels of a sum saved, earned
 * or budgeted 3 measurable to 0). Any other sum is funding or a price, no measure ("£500 PP+ for a laptop": Measurable rule 6).
 */
function moneyOfTheChild(doc: _Doc, i: number): boolean {
  let k = wd(doc, i - 1) === '£' || wd(doc, i - 1) === '$' ? i - 2 : i - 1;
  if (wd(doc, k) === 'of' && wd(doc, k - 1) === 'minimum') k -= 3;
  else if (wd(doc, k) === 'least' && wd(doc, k - 1) === 'at') k -= 2;
  else if (wd(doc, k) === 'up') k -= 1;
  if (!_MONEY_VERBS.has(wd(doc, k))) return false;
  // "Budget £300 of PP+ for a tutor": a fund named with the sum is funding, not the child's money (Measurable rule 6).
  for (let j = i + 1; j <= i + 6 && doc.clause[j] === doc.clause[i]; j++) if (FUND_SUBJECTS.has(wd(doc, j))) return false;
  return true;
}

/** A number that is no measure whatever follows: 1:1, money, a year, "next 3", "up to 5", "towards 4/5", "(3)". */
function numberIsNoMeasure(doc: _Doc, i: number, t: _Tok): boolean {
  if (t.kind === 'n' && t.sep === ':' && t.parts.length === 2 && t.parts[0] === 1 && t.parts[1] === 1) return true; // 1:1
  if ((wd(doc, i - 1) === '£' || t.suffix === 'p' || wd(doc, i - 1) === '$') && !moneyOfTheChild(doc, i)) return true;
  if (t.kind === 'n' && t.digits.length === 1 && t.digits[0] === 4 && t.num >= 1990 && t.num <= 2100 && t.suffix === '') return true;
  const before = wd(doc, i - 1);
  if (before === 'next' || before === 'last' || before === 'previous' || before === 'first') return true;
  // "a group (up to 5 children)" gives a size, not a criterion; "progress towards Grade 4/5" is an aim.
  // "get my attendance up to 95%": the particle of a verb of raising sets the figure to reach ({@link raisedUp}).
  if (before === 'to' && ((wd(doc, i - 2) === 'up' && !raisedUp(doc, i - 2)) || understoodRange(doc, i))) return true;
  if (before === 'towards' || wd(doc, i - 2) === 'towards' || wd(doc, i - 3) === 'towards') return true;
  if ((t.suffix === '' || itemLetter(doc, i, t, before)) && listNumber(doc, i, before)) return true;
  if (t.suffix === '' && ageTurned(doc, i, before)) return true;
  if (t.suffix === '' && (personsAge(doc, i, before) || someDay(doc, i) || yearsOld(doc, i) || ageStated(doc, i, before))) return true;
  if (namedAgeBracket(doc, i)) return true;
  if (areasCounted(doc, i) || bracketedBaseline(doc, i, before) || ownAge(doc, i, before)) return true;
  return before === '(' && (wd(doc, i + 1) === ',' || wd(doc, i + 1) === ')') && t.suffix === '' && !COMPARATORS.has(wd(doc, i - 2));
}

/** Nouns of a test an age is scored on ("reading age 9y", "spelling age 7"): the age is a score. */
const SCORED_AGES = s('reading spelling comprehension mental developmental language vocabulary maths number ra');
/**
 * Words that make an age the child's own ("chronological age 8.1", "chron age 8y5m"): what a score is compared with, never a
 * figure to reach (the labelling guide, Measurable rule 6: "a baseline with no target figure").
 */
const OWN_AGES = s('chronological chron');
/** Words just before the child's own age that make it a figure to reach ("a reading age matching his chron age 8y5m"). */
const AGE_REACHED = s('reach reaches reaching match matches matching line close');

/**
 * Whether the number at i is the child's own age as a baseline ("(chron age 9y3m)"), not a figure to reach after a verb of
 * reaching or matching a few words before ("reach a reading age in line with his chronological age 9").
 */
function ownAge(doc: _Doc, i: number, before: string): boolean {
  if (before !== 'age' || !OWN_AGES.has(wd(doc, i - 2))) return false;
  for (let k = i - 3; k >= 0 && k >= i - 6; k--) {
    const x = wd(doc, k);
    if (x === '(' || x === '.' || x === ';' || x === '\n') break;
    if (AGE_REACHED.has(x)) return false;
  }
  return true;
}

/**
 * Whether the number at i is a person's age, not a figure of success: a speaker's age beside her words ("(Lily, aged 4)",
 * "(Kai, age 4, said to his key person)", "Kai age 4") or an age a wish waits for ("a job when 16", "to drive when he is 17").
 * A number that only names a thing is no measure (the labelling guide, Measurable rule 6). An age after a test, subject or
 * assessment ("reading age 9", "a YARC age 9", "Reading: age 9", {@link scoredAge}) is a score and stays one (rule 1).
 */
function personsAge(doc: _Doc, i: number, before: string): boolean {
  if (before === ',') return namedBetweenCommas(doc, i);
  if (before === 'when' || (AGE_BE.has(before) && wd(doc, i - 3) === 'when' && doc.toks[i - 2]?.kind === 'w')) return ageAwaited(doc, i);
  if (before !== 'age' && before !== 'aged') return false;
  let o = i - 2;
  const mark = doc.toks[o]?.kind === 'p' ? wd(doc, o--) : '';
  const owner = doc.toks[o];
  if (owner === undefined || owner.kind !== 'w') return mark !== ':';
  if (scoredAge(doc, o)) return false;
  // "(Kai, age 4)", "Lily, aged 4": the speaker named before her age; "Kai age 4": a name, which takes no article ("a Salford age 8").
  if (mark === '(' || mark === ',') return true;
  const det = wd(doc, o - 1);
  return mark === '' && _capitalised(owner.raw) && det !== 'a' && det !== 'an' && !OBJECT_OWNERS.has(det);
}

/**
 * Whether the number at i is an age set between commas after a name opening its sentence, before the child's verb: "Ollie, 9,
 * will be happier at school" (a person's age, which only names the child: Measurable rule 6), not "Reading, 9, 10" (a list).
 */
function namedBetweenCommas(doc: _Doc, i: number): boolean {
  const t = doc.toks[i], name = doc.toks[i - 2];
  if (t === undefined || t.kind !== 'n' || t.parts.length !== 1 || t.suffix !== '' || t.sep !== '' || t.num > 25 || wd(doc, i + 1) !== ',') return false;
  if (name === undefined || name.kind !== 'w' || !_capitalised(name.raw) || name.raw === name.raw.toUpperCase()) return false;
  const opens = i - 2 === 0 || doc.toks[i - 3]?.kind === 'p';
  return opens && (_FUTURE.has(wd(doc, i + 2)) || AGE_BE.has(wd(doc, i + 2)));
}

/** Words of years after an age ("4 years old", "15 yrs old"). */
const AGE_YEARS = s('year years yr yrs');

/**
 * Whether the number at i is an age told with "old" ("At 4 years old Bella will …", "Bella is 4 years old"): a person's age,
 * which only names the child (the labelling guide, Measurable rule 6: "numbers that only name things", as "the child's own
 * age" is a baseline). A score's age ("a reading age of 9 years") has no "old".
 */
function yearsOld(doc: _Doc, i: number): boolean {
  return AGE_YEARS.has(wd(doc, i + 1)) && wd(doc, i + 2) === 'old';
}

/** Subjects whose "is N" tells the person's age ("he is 15 and …", "Ben is 15."). */
const AGE_PERSONS = s('he she they i');

/**
 * Whether the number at i is the child's age stated as a fact: "Ben is 15 and will …", "He is 15, and …", "I am 14.":
 * a whole number up to 25 after "is" or "am" whose subject is a name or the child's pronoun, closing its clause or joined
 * by "and" (the labelling guide, Measurable rule 6: a number that only names; Settled labels read the age as where the
 * child is, "(chron age 8y5m)"). "Attendance is 85%" has a unit, "Reading age is 8" a score noun (a baseline already).
 */
function ageStated(doc: _Doc, i: number, before: string): boolean {
  if (before !== 'is' && before !== 'am') return false;
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || t.parts.length !== 1 || t.num > 25 || t.sep !== '') return false;
  const after = wd(doc, i + 1);
  if (after !== 'and' && after !== ',' && after !== '.' && after !== '' && after !== ';' && after !== '\n') return false;
  const subj = doc.toks[i - 2];
  if (subj === undefined || subj.kind !== 'w') return false;
  const x = wd(doc, i - 2);
  if (AGE_PERSONS.has(x)) return true;
  // A name: capitalised, not a test's initials, and opening its clause ("Ben is 15"), not "Reading is 7".
  const opens = i - 2 === 0 || doc.clause[i - 3] !== doc.clause[i - 2] || doc.toks[i - 3]?.kind === 'p';
  // The name is the subject of what follows too ("Ben is 15 and will …"); "Goal is 10 and Tom will …" has a new subject after
  // "and", so the word before "is" was a thing and 10 its figure.
  const n = after === ',' && wd(doc, i + 2) === 'and' ? i + 3 : i + 2;
  const newSubject = (after === 'and' || after === ',') && (AGE_PERSONS.has(wd(doc, n)) || (doc.toks[n]?.kind === 'w' && _capitalised(doc.toks[n]?.raw ?? '')));
  return opens && !newSubject && _capitalised(subj.raw) && subj.raw !== subj.raw.toUpperCase() && !_SUBJECTS.has(x) && !SCORED_AGES.has(x) && !_ASSESSMENTS.has(x);
}

/** Reach of a bracket of an age after a name ("Sienna (10y 3m)", "Leo (2 years 4 months)"). */
const AGE_BRACKET_REACH = 6;
/** Words and suffixes of an age in years and months. */
const AGE_PARTS = s('y yr yrs year years m mth mths month months and');

/**
 * Whether the number at i is inside a bracket holding only an age in years and months straight after a name: "Sienna
 * (10y 3m) will improve her reading", "Leo (2 years 4 months)". The child's own age names her (the labelling guide,
 * Measurable rule 6: "the child's own age beside a reading age is" where she is now), no figure to reach; a score's age
 * ("reading age (9y 2m)") has no name before its bracket.
 */
function namedAgeBracket(doc: _Doc, i: number): boolean {
  let open = -1;
  for (let k = i - 1; k >= 0 && k >= i - AGE_BRACKET_REACH; k--) {
    const x = wd(doc, k);
    if (x === '(') {
      open = k;
      break;
    }
    if (doc.toks[k]?.kind !== 'n' && !AGE_PARTS.has(x)) return false;
  }
  if (open < 1) return false;
  const name = doc.toks[open - 1];
  if (name === undefined || name.kind !== 'w' || !_capitalised(name.raw) || name.raw === name.raw.toUpperCase()) return false;
  if (SCORED_AGES.has(wd(doc, open - 1)) || _SUBJECTS.has(wd(doc, open - 1)) || _ASSESSMENTS.has(wd(doc, open - 1)) || wd(doc, open - 1) === 'age') return false;
  let years = false;
  for (let k = open + 1; k < doc.toks.length && k <= open + AGE_BRACKET_REACH; k++) {
    const t = doc.toks[k];
    const x = wd(doc, k);
    if (x === ')') return years && !ageToReach(doc, k);
    if (t === undefined) return false;
    if (t.kind === 'n') {
      if (t.suffix === 'y' || t.suffix === 'yr' || t.suffix === 'yrs' || AGE_YEARS.has(wd(doc, k + 1))) years = true;
      else if (t.suffix !== 'm' && t.suffix !== 'mth' && t.suffix !== 'mths' && !AGE_PARTS.has(wd(doc, k + 1))) return false;
    } else if (!AGE_PARTS.has(x)) return false;
  }
  return false;
}

/** Tokens read after a name's age bracket for an age to reach ({@link ageToReach}). */
const AGE_REACH_AHEAD = 16;

/**
 * Whether the sentence after a name's age bracket closing at c sets an age to reach by a verb of reaching or matching ("Sienna
 * (10y 3m) will have a reading age matching her chronological age"): the bracket is then the figure reached, which measures
 * (the labelling guide, Measurable rule 6: "as an own age to reach does").
 */
function ageToReach(doc: _Doc, c: number): boolean {
  for (let k = c + 1; k < doc.toks.length && k <= c + AGE_REACH_AHEAD && !endAt(doc, k); k++) if (AGE_REACHED.has(wd(doc, k))) return true;
  return false;
}

/** Forms of "be" in "when he is 17", "when I am 18", "when they are 16" ({@link personsAge}). */
const AGE_BE = s('is am are');

/**
 * Whether the word at k before "age" names what the age is scored on: a test, a subject or an assessment ("reading",
 * "spelling", "maths", {@link SCORED_AGES}, {@link _SUBJECTS}, {@link _ASSESSMENTS}), "age" itself ("a reading age aged 9"),
 * or a test's initials ("YARC", "SWST", "NGRT").
 */
function scoredAge(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  const raw = doc.toks[k]?.raw ?? '';
  return SCORED_AGES.has(x) || _SUBJECTS.has(x) || _ASSESSMENTS.has(x) || x === 'age' || (raw.length >= 2 && raw === raw.toUpperCase() && /[A-Z]/.test(raw));
}

/**
 * Whether the age at i after "when" ("when 16", "when he is 17") is an age a wish waits for: it closes its clause or comes
 * before the deadline's "by" ("when 9 o'clock comes", "when 2 adults are talking" go on) and no other figure but a date or
 * a clock time stands in its sentence ("save £200 … when 17": the £200 is the measure, {@link figureAt}).
 */
function ageAwaited(doc: _Doc, i: number): boolean {
  const next = doc.toks[i + 1];
  // "when 16 by March": the deadline after it closes the clause too.
  // "When I am 18 I want …": a subject pronoun opens the main clause with no comma before it.
  if (next !== undefined && next.kind !== 'p' && doc.clause[i + 1] === doc.clause[i] && wd(doc, i + 1) !== 'by' && !AGE_PERSONS.has(wd(doc, i + 1))) return false;
  for (let k = i - 1; k >= 0 && !endAt(doc, k); k--) if (figureAt(doc, k)) return false;
  for (let k = i + 1; k < doc.toks.length && !endAt(doc, k); k++) if (figureAt(doc, k)) return false;
  return true;
}

/** Whether token k is a number other than a date or a clock time ("by 3 March", "2025", "24/07", "9pm", "3:15"). */
function figureAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'n') return false;
  const year = t.parts.length === 1 && t.digits[0] === 4 && t.num >= 1900 && t.num <= 2100;
  const clock = t.suffix === 'am' || t.suffix === 'pm' || t.sep === ':';
  return !year && !clock && t.sep !== '/' && !_MONTHS.has(wd(doc, k + 1)) && !_MONTHS.has(wd(doc, k - 1));
}

/** Words before "one day" that make it a count of days ("for one day", "no more than one day", "only one day"). */
const DAY_COUNTED = s('for than only just within in per a at least over under every each of missed miss');

/**
 * Whether "one day" at i closes its clause as "some day" does ("I'd like to be a vet one day."): a time not yet come, no
 * count of days (the labelling guide, Measurable rule 6: a number that only names; a wish is no measure, Settled cases).
 * "one day a week" is a frequency and "for one day" a duration: the words around it keep them counts.
 */
function someDay(doc: _Doc, i: number): boolean {
  if (wd(doc, i) !== 'one' || wd(doc, i + 1) !== 'day' || DAY_COUNTED.has(wd(doc, i - 1))) return false;
  const after = doc.toks[i + 2];
  return after === undefined || (after.kind === 'p' && doc.clause[i + 2] === doc.clause[i]) || doc.clause[i + 2] !== doc.clause[i] || wishOpened(doc, i);
}

/**
 * Whether "one day" at i opens its clause before the child and a future or a wish ("One day I will be a footballer.", "One
 * day, I'd like to …"): "some day" put first. "One day a week Sam will …" goes on with its count ("a week"), not a subject.
 */
function wishOpened(doc: _Doc, i: number): boolean {
  if (i > 0 && doc.toks[i - 1]?.kind !== 'p' && doc.clause[i - 1] === doc.clause[i]) return false;
  const sub = wd(doc, i + 2) === ',' ? i + 3 : i + 2;
  if (!childSubjectAt(doc, sub)) return false;
  const v = wd(doc, sub + 1);
  return _FUTURE.has(v) || _WISHING.has(v) || v === "'d" || v === "'ll";
}

/** Verbs whose particle "up" raises a figure: "get", "bring", "push", "move", "build", "go", "come" and their forms. */
const RAISING_VERBS = s('get gets getting got bring brings bringing push pushes pushing move moves moving build builds building go goes going come comes coming');

/**
 * Whether "up" at u is the particle of a verb of raising in its clause ("get my attendance up to 95%", "bring his reading age
 * up to 9 years"), so the figure after "up to" is the one to reach, not a cap ("a group (up to 5 children)"): a figure to
 * reach measures (the labelling guide, Measurable rule 1; Halton Appendix C Post-16, Measurable: "'improving attendance to
 * above 90%' can be demonstrated through assessment or data").
 */
function raisedUp(doc: _Doc, u: number): boolean {
  for (let k = u - 1; k >= 0 && k >= u - 4 && doc.clause[k] === doc.clause[u]; k--) {
    if (!RAISING_VERBS.has(wd(doc, k))) continue;
    // "get X up to N" raises X; with nothing between, "get up to 2 reminders", "bring up to 2 items" is a cap, "as many
    // as"; only a verb that rises by itself ("go up to 95%", "build up to 10 minutes") raises with no object.
    return k < u - 1 || RISING_ALONE.has(wd(doc, k));
  }
  return false;
}

/** Verbs of raising that need no object before "up" ("attendance to go up to 95%", "build up to 10 minutes"). */
const RISING_ALONE = s('go goes going come comes coming build builds building move moves moving');

/** Nouns a list's items are numbered after ("Target 1:", "EHCP outcome 1 -", "Step 2 -"). */
const ITEM_NOUNS = s('target outcome step priority objective goal aim area session part section');
/** Reach back from an item's noun to the opening of its label ("Target 1:", "EHCP outcome 1 -", "Year 9 maths target 2:"). */
const LABEL_REACH = 3;

/**
 * Whether the item's noun at k opens a label: the text or a mark ("\n", "|", ".", ",", "-", ":", "#") comes at most
 * {@link LABEL_REACH} words before it ("Target 1:", "Reading - EHCP outcome 1 -", "sample PEP, target 1:"), not a thing named
 * deep in a run of words ("complete the next section 3 - …").
 */
function labelOpens(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - LABEL_REACH; j--) {
    if (doc.toks[j]?.kind !== 'w') return true;
  }
  return k <= LABEL_REACH;
}

/**
 * Whether the number at i carries one letter of a sub-item in a label ("Target 2a -", "Outcome 1b:"): any single letter,
 * read by its place (an item's noun before it, a colon or dash after it), not by a list of letters.
 */
function itemLetter(doc: _Doc, i: number, t: _Tok, before: string): boolean {
  if (t.kind !== 'n' || !/^[a-z]$/.test(t.suffix)) return false;
  const after = wd(doc, i + 1);
  return (after === ':' || after === '-') && ITEM_NOUNS.has(before === '#' ? wd(doc, i - 2) : before);
}

/** Verbs of reaching an age ("turns 18", "turned 5"). */
const AGE_TURNS = s('turn turns turned turning');

/**
 * Whether the number at i is an age the child turns ("by the time she turns 18", "Ellie turned 5 in December"): a person's
 * age, which names a time or the child, no figure of success (the labelling guide, Measurable rule 6; label y20-204).
 * "wait for her turn 3 times" counts turns: the noun after "her" is no verb.
 */
function ageTurned(doc: _Doc, i: number, before: string): boolean {
  if (!AGE_TURNS.has(before)) return false;
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || t.parts.length !== 1 || t.sep !== '' || t.num > 25) return false;
  const lead = wd(doc, i - 2), raw = doc.toks[i - 2]?.raw ?? '';
  // The age of a person: a pronoun or a name turns it ("she turns 18", "Ellie turned 5"); "Turn 5 pages", "will turn 5
  // cartwheels" count what the child does.
  const person = AGE_PERSONS.has(lead) || lead === 'you' || lead === 'we' || (doc.toks[i - 2]?.kind === 'w' && _capitalised(raw) && raw !== raw.toUpperCase());
  return person && !_DURATION_UNITS.has(wd(doc, i + 1)) && !_OCCASIONS.has(wd(doc, i + 1));
}

/**
 * Whether the number at i numbers a list's item ("Target 1: to make friends", "EHCP outcome 1 - see plan", "1) attendance
 * 2) homework"): a number that names a thing (the labelling guide, Measurable rule 6), not a figure ("Maths target 5.",
 * "target 5" stay figures; "(currently 3, aim 2)" closes a bracket).
 */
function listNumber(doc: _Doc, i: number, before: string): boolean {
  const after = wd(doc, i + 1);
  if ((after === ':' || after === '-') && ((ITEM_NOUNS.has(before) && labelOpens(doc, i - 1)) || (before === '#' && ITEM_NOUNS.has(wd(doc, i - 2)) && labelOpens(doc, i - 2)))) return true;
  // "#1 goal - make friends": the number marked before its item's noun.
  if (before === '#' && ITEM_NOUNS.has(after) && (wd(doc, i + 2) === ':' || wd(doc, i + 2) === '-') && labelOpens(doc, i - 1)) return true;
  if (after === '.' && listOpening(doc, i, before)) return true;
  if (after !== ')') return false;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (doc.w[k] === '(' || doc.w[k] === ')') return doc.w[k] === ')';
  return true;
}

/**
 * Whether "N." at i numbers a list item: a whole number of one or two digits opening the text, a line or a cell, with a word
 * after its point ("1. Work on spellings.", "2. Be more confident"). The number names the item (the labelling guide,
 * Measurable rule 6), as "Target 1:" does.
 */
function listOpening(doc: _Doc, i: number, before: string): boolean {
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || t.parts.length !== 1 || t.suffix !== '' || t.sep !== '' || t.num > 20) return false;
  if (doc.toks[i + 2]?.kind !== 'w') return false;
  if (i === 0 || before === '\n' || before === '|') return true;
  // "1. Reading 2. Writing 3. Maths": a later item of a numbered list run on in one line, after the item before it.
  for (let k = i - 1; k >= 0 && k >= i - LIST_ITEM_REACH && wd(doc, k) !== '\n'; k--) {
    const o = doc.toks[k];
    if (o !== undefined && o.kind === 'n') return o.parts.length === 1 && o.suffix === '' && o.sep === '' && o.num === t.num - 1 && wd(doc, k + 1) === '.' && doc.toks[k + 2]?.kind === 'w';
  }
  return false;
}

/** Tokens read back from a list number for the item before it ("1. Reading 2. Writing"). */
const LIST_ITEM_REACH = 24;

/** The present of "be" with a plural ({@link FACT_VERBS}, and before "being" in a passive going on now, "is being looked at"). */
const BE_PRESENT = s('is are');
const FACT_VERBS: ReadonlySet<string> = new Set([...BE_PRESENT, 'equals', 'equal']);
const FRACTION_LEADS = s('that as like e.g including');

/**
 * A fraction taught as content, not a score: "know that 3/4 is greater than 1/2", "fractions such as 4/8"
 * (the labelling guide, Measurable rule 2: "Fractions taught as content ... are neither"). The fractions of a
 * stated fact are marked as naming content, a specific anchor and no measure.
 */
function fractionContent(doc: _Doc, i: number, t: _Tok, out: { naming: Span[] }): boolean {
  if (t.kind !== 'n' || t.sep !== '/' || t.parts.length !== 2) return false;
  const lead = wd(doc, i - 1);
  const fact = FACT_VERBS.has(wd(doc, i + 1));
  if (!fact && !FRACTION_LEADS.has(lead) && !(lead === 'as' && wd(doc, i - 2) === 'such')) return false;
  let end = i + 1;
  if (fact) {
    // "3/4 is greater than 1/2", "2/4 is equal to 1/2": the other side of the fact is content too.
    for (let k = i + 2; k < doc.toks.length && k <= i + 5 && doc.clause[k] === doc.clause[i]; k++) {
      const o = doc.toks[k];
      if (o !== undefined && o.kind === 'n' && o.sep === '/') {
        doc.used[k] = 4;
        end = k + 1;
        break;
      }
    }
  }
  doc.used[i] = 4;
  // A list of fractions: "such as 4/8, 2/8 and 1/8".
  while ((wd(doc, end) === 'and' || wd(doc, end) === ',' || wd(doc, end) === 'or') && doc.toks[end + 1]?.kind === 'n' && doc.toks[end + 1]?.sep === '/') {
    doc.used[end + 1] = 4;
    end += 2;
  }
  out.naming = _put(out.naming, [i, end]);
  return true;
}

/** Words ending in "s" that are no plural noun counted by "x3" ("his x2", "is x3"). */
const STOP_PLURALS = s('his is was has does this its us yes as plus times');

/** Words read back from "to <number>" for "understand" ("understand place value to 1000"). */
const UNDERSTOOD_REACH = 6;

/**
 * Whether "to <number>" at i closes what is understood ("understand place value to 1000"): the range of the content, not a
 * figure of success; understanding is a state with no check of its own (the labelling guide, Measurable rule 3: "A
 * capability that cannot be seen ('understand' …) is not"). Facts known are recalled and shown ("know number bonds to 10").
 */
function understoodRange(doc: _Doc, i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - UNDERSTOOD_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[i]; k--) if (wd(doc, k) === 'understand' || wd(doc, k) === 'understanding') return true;
  return false;
}

/** Verbs a time of day is kept for ("go to bed at 10pm", "arrive at 8.45am", "wake at 7am", "be back at 9pm", "get up at 7am", "be home at 9pm"). */
const CLOCK_ACTS = s('bed arrive arrives leave leaves wake wakes back up home');
/** Verbs "up" and "home" of {@link CLOCK_ACTS} follow ("get up", "be home"); not "catch up", "phone home" or "Home visit". */
const CLOCK_ACT_VERBS = s('get gets wake wakes be come comes');
/** Words before an act of {@link CLOCK_ACTS} that make it the child's: a target's frame or the child as subject ("will arrive", "Tom to leave", "he arrives"). */
const CLOCK_FRAMES = s('to will must should he she they i go goes yp cyp child pupil student');

/**
 * Whether "at" at a, before a clock time, follows the child's act of the day in its clause ({@link CLOCK_ACTS}, within four
 * words), the act framed as the child's or opening the target ({@link CLOCK_FRAMES}): "go to bed at 10pm", "will be back at
 * 9pm", "Arrive at 8.45am"; not a timetable ("Lunch at 12pm", "sessions at 3pm", "Taxi arrives at 8.15am").
 */
function clockActBefore(doc: _Doc, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 4 && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[a]; k--) {
    const x = wd(doc, k);
    if (!CLOCK_ACTS.has(x)) continue;
    if ((x === 'up' || x === 'home') && !CLOCK_ACT_VERBS.has(wd(doc, k - 1))) return false;
    let v = x === 'up' || x === 'home' ? k - 1 : k;
    if (wd(doc, v - 1) === 'be' || wd(doc, v - 1) === 'to') v -= 1;
    return CLOCK_FRAMES.has(wd(doc, v - 1)) || fragmentStart(doc, v) || (wd(doc, v) === 'to' && _childBeforeTo(doc, v));
  }
  return false;
}

/** A number: a measure span, a naming number (Year 7, Unit 10, the 7 times table), a time, or nothing. */
function numberMeasure(doc: _Doc, i: number, t: _Tok, out: { spans: Span[]; naming: Span[] }): void {
  if (t.kind === 'n' && t.prefix !== '') {
    // "visits x3", "check-ins x2 a week": "x" before the figure after a plural noun counts the occasions (three times), a
    // count (the labelling guide, Measurable rule 1); "x2 facts" before its noun names the table learnt, as "Y10" names a year.
    // "visits (x2)": the count in brackets after its noun.
    const noun = wd(doc, i - 1) === '(' ? i - 2 : i - 1;
    if (t.prefix === 'x' && doc.toks[noun]?.kind === 'w' && _endsS(wd(doc, noun)) && !STOP_PLURALS.has(wd(doc, noun))) {
      out.spans = _put(out.spans, [noun, i + 1]);
      return;
    }
    doc.used[i] = 4;
    return;
  }
  if (t.kind === 'n' && !(t.sep === ':' && t.parts.length === 2 && t.parts[0] === 1 && t.parts[1] === 1) && (t.suffix === 'am' || t.suffix === 'pm' || t.sep === ':')) {
    const before = wd(doc, i - 1);
    // "go to bed at 10pm", "be at the gate at 8.40am": a time of the day the act is done at, which an adult sees kept
    // (the labelling guide, Measurable rule 1; development labels of a clock time after "at", "by" or "before": 78
    // measurable to 0). Not "at" with no verb of the child's before it ("Lunch at 12pm", "Meeting at 2pm": a timetable).
    if (before === 'by' || before === 'before' || (before === 'at' && clockActBefore(doc, i - 1))) out.spans = _put(out.spans, [i - 1, i + 1]);
    return;
  }
  if (numberIsNoMeasure(doc, i, t)) return;
  if (fractionContent(doc, i, t, out)) return;
  if ((_DURATION_UNITS.has(wd(doc, i + 1)) || _OCCASIONS.has(wd(doc, i + 1))) && wd(doc, i + 2) === 'of' && provisionAhead(doc, i + 3)) return;
  const name = namingBefore(doc, i);
  if (name !== null) {
    doc.used[i] = 4;
    if (_CONTENT_NAMING.has(name) || (name === 'stage' && schemeStage(doc, i - 1))) out.naming = _put(out.naming, [i - 1, i + 1]);
    // The step of a scale reached ("reach Stage 7", "Target: Section 5 (amber) when re-screened"): named content and a standard.
    if (SCALE_STEPS.has(name) && scaleStepReached(doc, i - 1, i)) out.spans = _put(out.spans, [i - 1, i + 1]);
    return;
  }
  if (namingListAhead(doc, i)) {
    doc.used[i] = 4; // "the 3 and 4 times tables": the first of a list of names, named by what ends the list
    return;
  }
  if (namingAfter(doc, i)) {
    const first = listMember(doc, i);
    for (let k = first; k <= i; k++) if (doc.toks[k]?.kind === 'n') doc.used[k] = 4;
    if (wd(doc, i + 1) === 'times') out.naming = _put(out.naming, [first, i + 3]);
    return;
  }
  if (_statedNow(doc, i)) return;
  const n = doc.toks.length;
  let end = i + 1;
  while (end < n && end <= i + 3 && doc.toks[end]?.kind === 'w' && doc.used[end] === 0 && wd(doc, end) !== 'by' && wd(doc, end) !== 'and') end += 1;
  const before = wd(doc, i - 1);
  out.spans = _put(out.spans, [COMPARATORS.has(before) || before === 'no' || before === 'all' ? Math.max(0, i - 2) : i, end]);
}

/**
 * Participles of a figure's change not in -ed ("has gone up", "has risen", "has fallen"), read by the measure scan and
 * by the deadline scan's "so far" reading.
 * @example
 * _CHANGED.has('risen'); // true
 */
export const _CHANGED: ReadonlySet<string> = s('gone risen fallen grown');
const CHANGED = _CHANGED;
/**
 * A figure stated as where the child is or what has happened, in a clause with no future, target or deadline: "Reading
 * age is 8 years 4 months", "SDQ score 21", "attendance has gone up from 64% to 82%", "has been late 14 times this half
 * term" (the stretch so far, no deadline). A baseline with no target figure is no measure (the labelling guide, Measurable rule 6);
 * "has improved from a GCSE 3 to a 4 by the end of the Summer Term" has a deadline and sets the figure, and "will have
 * read 3 books" is the future. The deadline scan reads a point in such a clause as background (when the figure was taken).
 * @param doc - The analysed text.
 * @param i - The figure's token.
 * @returns Whether the figure is stated as now.
 * @example
 * _statedNow(_buildDoc('SDQ score 18 in September', { n: 0 }), 2); // true
 */
export function _statedNow(doc: _Doc, i: number): boolean {
  const clause = doc.clause[i];
  // The clause is read at most STATED_REACH tokens either side of the figure, so a long text stays linear.
  let a = i;
  while (a > 0 && a > i - STATED_REACH && doc.clause[a - 1] === clause) a -= 1;
  // "SDQ 19", "SDQ score 21 in Oct": a screening score with no comparator is where the child is (a target says "below").
  const before = wd(doc, i - 1);
  let stated = ((before === 'is' || before === 'are') && doc.toks[i - 2]?.kind === 'w') || scoreNamed(doc, i);
  for (let k = a; k < i && !stated; k++) {
    const x = wd(doc, k);
    if ((x === 'has' || x === 'have') && !_FUTURE.has(wd(doc, k - 1)) && (wd(doc, k + 1) === 'been' || _pastParticiple(wd(doc, k + 1)) || CHANGED.has(wd(doc, k + 1)))) stated = true;
  }
  if (!stated) return false;
  // "this term", "in Oct" after a statement is the stretch it covers so far or when it was taken, not a point to reach it by.
  for (let k = a; k < doc.toks.length && k < i + STATED_REACH && doc.clause[k] === clause; k++) {
    if ((_FUTURE.has(wd(doc, k)) && wd(doc, k) !== 'to') || (doc.used[k] === 1 && doc.used[k - 1] !== 1 && wd(doc, k) !== 'this' && wd(doc, k) !== 'in')) return false;
  }
  // "SDQ 14 or lower": a comparator after the figure sets it.
  return !(wd(doc, i + 1) === 'or' || COMPARATORS.has(wd(doc, i + 1)) || COMPARATORS.has(wd(doc, i + 2)));
}

/** How far either side of a figure its clause is read for a statement (a clause of a target is far shorter). */
const STATED_REACH = 40;

/** Names of screening scores and ages ("SDQ", "Boxall", "total difficulties", "reading age"). */
const SCORE_NAMES: ReadonlySet<string> = s('sdq boxall difficulties age');
/** Words between a score's name and its figure ("SDQ total 19", "Boxall score 23", "SDQ of 23"). */
const SCORE_LINKS: ReadonlySet<string> = s('score total of');

/**
 * Whether the figure at i follows a score's name with no verb or comparator between ("Boxall 23", "SDQ total
 * difficulties 23", "total difficulties score 23", "Reading age 7 years"): where the child is.
 */
function scoreNamed(doc: _Doc, i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && SCORE_LINKS.has(wd(doc, k))) k -= 1;
  const x = wd(doc, k);
  // "reading age of 10y+" after "Target:" is the figure to reach: an age counts only right before its figure.
  return SCORE_NAMES.has(x) && (x !== 'age' || (k === i - 1 && (wd(doc, k - 1) === 'reading' || wd(doc, k - 1) === 'spelling')));
}

/** Whether an adult is named in the three words before k ("with his tutor", "with the TA"). */
function adultBefore(doc: _Doc, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (_ADULT_SUBJECTS.has(wd(doc, j)) || ADULTS_BY_ROLE.has(wd(doc, j))) return true;
  return false;
}

/** Weekdays in the plural ("Tuesdays"): after "on", a weekly frequency. */
const PLURAL_WEEKDAYS: ReadonlySet<string> = new Set([..._WEEKDAYS.keys()].filter((d) => d.endsWith('days')));

/** Frequencies: "every Monday", "on Tuesdays", "each lesson", "every single day". */
const everyOccasion: WordCheck = (doc, i, x) => {
  // "on Tuesdays", "on Mondays and Fridays": every week on that day, like "every Tuesday".
  // Not the days of sessions with an adult ("go over Stave 3 with his tutor on Thursdays": provision's schedule, rule 6).
  if (PLURAL_WEEKDAYS.has(x)) return wd(doc, i - 1) === 'on' && doc.used[i] === 0 && !adultBefore(doc, i - 1) ? [i - 1, i + 1] : null;
  if ((x !== 'every' && x !== 'each') || doc.used[i + 1] !== 0) return null;
  const y = wd(doc, i + 1);
  const z = wd(doc, i + 2);
  // "every test", "every question": what "all" quantifies ("all tests") is quantified by "every" as well ("each word
  // to its picture" is distributive, no criterion).
  const ok = _OCCASIONS.has(y) || _WEEKDAYS.has(y) || _OCCASIONS.has(z) || _WEEKDAYS.has(z) || y === 'pe' || y === 'school' || y === 'piece' || y === 'single' || y === 'one' || y === 'time' || (y === 'other' && _OCCASIONS.has(z)) || (x === 'every' && (_ALL_OBJECTS.has(y) || _ALL_OBJECTS.has(`${y}s`)));
  return ok ? [i, i + 2] : null;
};

/** "daily", "weekly", "twice a week" (not "on a daily basis", not "once" alone). */
const frequencyAdverb: WordCheck = (doc, i, x) => {
  if (!_FREQ_ADVERBS.has(x) || (x === 'once' && (wd(doc, i + 1) === 'she' || wd(doc, i + 1) === 'he'))) return null;
  if (x === 'daily' && wd(doc, i + 1) === 'basis') return STOP;
  // "weekly speech and language therapy": how often provision is given; straight after a verb of going ("attend weekly
  // counselling sessions", "go to weekly football training") it may be how often the child goes, read as "attend counselling
  // weekly" is (Settled cases: "a stated rate or frequency of attending still measures"): kept as a measure here, and kept
  // by _analyse.ts only inside provision the child attends, the going the child's own and still to come (rateSet).
  if (provisionAhead(doc, i + 1) && !goingBefore(doc, i)) return STOP;
  const y = wd(doc, i + 1);
  if ((x === 'once' || x === 'twice' || x === 'thrice') && !(y === 'a' || y === 'per' || y === 'each' || y === 'every' || y === 'in' || y === 'during') && !countInStretch(doc, i, x, y)) return STOP;
  return [i, i + 1];
};

/** Verbs of going to provision ({@link _goingForms}: attending, accessing, going to, joining), before a rate of going. */
const GOING_VERBS = _goingForms('attend', 'access', 'go', 'join');

/**
 * Whether a verb of going stands straight before i ("attend weekly …", "access weekly …", "go to weekly …"), no owner or
 * article between ("her weekly appointments" is the session's kind): only where a rate of going may stand; whose going it
 * is, and whether it is still to come, _analyse.ts reads from the provision marks.
 */
function goingBefore(doc: _Doc, i: number): boolean {
  return GOING_VERBS.has(wd(doc, i - 1)) || (wd(doc, i - 1) === 'to' && GOING_VERBS.has(wd(doc, i - 2)));
}

/** Words opening the stretch a count of occasions is made in ("twice this year", "once before her birthday", "twice by Easter"). */
const STRETCH_WORDS = s('this before by within over between');

/**
 * Whether "once", "twice" or "thrice" at i counts the occasions in a stretch: after "at least", "more than" or "exactly"
 * ("at least once before her 18th birthday"), or before the stretch itself ("twice this year", "twice by Easter"; "once" only
 * before "this <period>" and not opening its clause, as "once this is done" is the conjunction). A count is a figure that
 * measures (the labelling guide, Measurable rule 1: "a count ... or frequency").
 */
function countInStretch(doc: _Doc, i: number, x: string, y: string): boolean {
  const before = wd(doc, i - 1);
  if ((before === 'least' && wd(doc, i - 2) === 'at') || before === 'than' || before === 'exactly') return true;
  if (!STRETCH_WORDS.has(y)) return false;
  // "Once this term has ended, …" opening its clause is the conjunction still.
  return x !== 'once' || (y === 'this' && PERIOD_UNITS.has(wd(doc, i + 2)) && i > 0 && doc.clause[i - 1] === doc.clause[i]);
}

/** "3 sessions per week". */
const perPeriod: WordCheck = (doc, i, x) =>
  x === 'per' && PERIOD_UNITS.has(wd(doc, i + 1)) && doc.toks[i - 1]?.kind === 'w' && _OCCASIONS.has(wd(doc, i - 1)) ? [i - 1, i + 2] : null;

/** "all 8", "all timetabled lessons", "all Phase 3 sounds" (not with a comparative in the sentence). */
const allOf: WordCheck = (doc, i, x) => {
  if (x !== 'all') return null;
  const n = doc.toks.length;
  let found = false;
  for (let k = i + 1; k < n && k <= i + 4; k++) {
    if (doc.toks[k]?.kind === 'n' && doc.used[k] !== 1) {
      // "all 8" counts; "all Phase 3 sounds" counts through its noun; "all 7 areas" counts only the areas covered.
      found = (doc.used[k] !== 4 || _ALL_OBJECTS.has(wd(doc, k + 1))) && !areasCounted(doc, k);
      if (found) break;
    }
    if (_ALL_OBJECTS.has(wd(doc, k)) || (ALL_WRITTEN.has(wd(doc, k)) && ownedAfterAll(doc, i, k))) {
      found = true;
      break;
    }
    if (doc.toks[k]?.kind === 'p') break;
  }
  return found && !comparativeInSentence(doc, i) ? [i, Math.min(n, i + 3)] : null;
};

/** What a child produces, every piece of it after "all (of) his" ("in all of his writing", "all her books"). */
const ALL_WRITTEN = s('writing books exercise');

/** Whether only "of" and an owner stand between "all" at i and k ("all of his writing"; not "all areas of writing"). */
function ownedAfterAll(doc: _Doc, i: number, k: number): boolean {
  for (let j = i + 1; j < k; j++) if (!OBJECT_OWNERS.has(wd(doc, j)) && wd(doc, j) !== 'of') return false;
  return true;
}

/** Limits of zero: "no lates", "zero exclusions", "without any incidents", "no more than". */
const zeroLimit: WordCheck = (doc, i, x) => {
  if (!(x === 'no' || x === 'zero' || (x === 'without' && wd(doc, i + 1) === 'any'))) return null;
  let k = wd(doc, i + 1) === 'any' ? i + 2 : i + 1;
  const y = wd(doc, k);
  if (y === 'more' && wd(doc, i + 2) === 'than') return [i, k + 2];
  // "No swearing in class.", "Target: no hitting": "no" and a conduct's gerund heading a sentence is a rule of conduct (see
  // conductHeading).
  if (x === 'no' && k === i + 1 && (i === 0 || doc.toks[i - 1]?.kind === 'p')) {
    const g = conductHeading(doc, k);
    if (g > 0) return [i, g + 1];
  }
  // The counted noun heads the phrase after "no", past its modifiers ("no fixed term exclusions", "no serious behaviour
  // incidents", "no fixed-term suspensions"), before any preposition or mark ("no change to lessons" counts nothing).
  for (let j = k; j <= k + 3 && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[i]; j++) {
    const w = wd(doc, j);
    if (COUNT_LIMIT_NOUNS.has(w)) return [i, j + 1];
    if (PREPOSITIONS.has(w) || w === 'and' || w === 'or' || w === 'than') return null;
  }
  return null;
};

/** Adult subjects that name a setting or a group, not a person ("school", "class", "team"). */
const NOT_PERSONS = s("school school's setting nursery college team class we key");
/**
 * People an act is done to or a thing taken from ("No hitting staff", "taking money from her carer's purse"): the child's
 * peers ({@link WITH_PEOPLE}) and the shared adult lists ({@link _ADULT_SUBJECTS} less settings, {@link ADULTS_BY_ROLE},
 * {@link _ADULT_HEADS}), built once. Made lazily: {@link ADULTS_BY_ROLE} is declared further down.
 */
let persons: ReadonlySet<string> | null = null;
const PERSONS = {
  has(w: string): boolean {
    persons ??= new Set([...WITH_PEOPLE, ...[..._ADULT_SUBJECTS].filter((x) => !NOT_PERSONS.has(x)), ...ADULTS_BY_ROLE, ..._ADULT_HEADS]);
    return persons.has(w);
  },
};
/** Words after a conduct's gerund that are part of it ("running off", "shouting out"). */
const CONDUCT_PARTICLES = s('out off back about around');
/**
 * Prepositions naming whom or where a conduct is shown, or how long it stops ("in corridors", "at staff", "of younger
 * pupils", "without permission", "for 4 weeks", "by half term").
 */
const HEADING_PLACES = s('in at on to towards toward of with without from during around near into inside outside across through by for');

/**
 * Whether "no" before k heads a rule of the child's conduct ("No swearing in class.", "No self-harming.", "No leaving the
 * classroom without permission", "Target: no kicking or punching in the playground"): the gerund names conduct that harms
 * or disrupts others or the child (_CONDUCT_GERUNDS), and nothing after it makes it a noun's modifier or a state noted.
 * Such a rule is a stop-behaviour whose success is no incidents (the labelling guide, Measurable rule 4: "A stop-behaviour
 * is measurable with or without how often"; Specific rule 5: "A stop-behaviour names a behaviour and is specific"). After
 * it come only the sentence's end, a particle, another conduct ("or punching"), or whom or where it is shown, an object
 * before that ("throwing equipment in science"), or a deadline. Not "No spelling test this week", "No running club this
 * term", "No swearing so often" (Measurable rule 6), nor a gerund that is an activity, a subject or a note ("No swimming.",
 * "No reading at home.", "No meeting needed", "No safeguarding concerns"). Returns the gerund's index, or -1.
 */
function conductHeading(doc: _Doc, k: number): number {
  let g = k;
  // "No self-harming.": the gerund is the hyphenated word's last part.
  while (g < k + 2 && doc.toks[g + 1]?.hyph === true) g += 1;
  if (doc.toks[g]?.kind !== 'w' || !_CONDUCT_GERUNDS.has(wd(doc, g)) || comparedStop(doc, g)) return -1;
  let j = g + 1;
  if (CONDUCT_PARTICLES.has(wd(doc, j))) j += 1;
  // "no kicking or punching": another conduct joined.
  while ((wd(doc, j) === 'or' || wd(doc, j) === 'and') && _CONDUCT_GERUNDS.has(wd(doc, j + 1))) j += 2;
  const t = doc.toks[j];
  if (t === undefined || t.kind === 'p') return g;
  const next = wd(doc, j);
  if (HEADING_PLACES.has(next) || BEFORE_NOUN.has(next) || next === 'other' || next === 'others') return g;
  // "No hitting staff.", "No kicking peers": the people the conduct is done to, its object, not a noun it modifies.
  if (PERSONS.has(next) || next === 'animals') return g;
  // An object then whom or where ("throwing equipment in science"); a bare noun then the end is a modifier ("No smoking area.").
  return t.kind === 'w' && HEADING_PLACES.has(wd(doc, j + 1)) && wd(doc, j + 1) !== 'by' && wd(doc, j + 1) !== 'for' ? g : -1;
}

/**
 * Whether the text is a heading of "No" and a conduct ("No swearing.", "No self-harming."): a stop-behaviour named, so not
 * an area's heading of one or two words (the labelling guide, Specific rule 5 over rule 6; _analyse.ts).
 */
export function _conductHeadingAt0(doc: _Doc): boolean {
  return wd(doc, 0) === 'no' && conductHeading(doc, 1) > 0;
}

/**
 * "not be excluded", "not be late", "not miss", and "not get arrested", "not get excluded", "not to go missing": a stop with
 * "not" is done or not, seen in the record on the day (the labelling guide, Measurable rule 4: success is no incidents).
 */
const notBe: WordCheck = (doc, i, x) => {
  if (x !== 'not') return null;
  // "Jermaine not to go missing", "not to be excluded": the same stop with "to" between.
  const v = wd(doc, i + 1) === 'to' ? i + 2 : i + 1;
  // "Carer not to be late with the PEP": the record is the child's own (Settled cases: "the child's own attendance or punctuality").
  if (adultSubjectOf(doc, i)) return null;
  // "Tia not to be rude to staff", "Kai is not to be on his phone in lessons": conduct or a device seen, as after "will not"
  // (see conductEnd; the labelling guide, Measurable rule 4).
  const e = v === i + 2 ? conductEnd(doc, v) : -1;
  if (e > 0) return [i, e];
  return wd(doc, v) === 'miss' || removedAt(doc, v) ? [i, v + 2] : null;
};

/** Whether the subject before "not" at i (past "will", "to", "should") is an adult ("Carer not to be late", "Mum will not be late"). */
function adultSubjectOf(doc: _Doc, i: number): boolean {
  let k = i - 1;
  while (k > i - 3 && (wd(doc, k) === 'will' || wd(doc, k) === 'to' || wd(doc, k) === 'should' || wd(doc, k) === 'must')) k -= 1;
  return _ADULT_SUBJECTS.has(wd(doc, k)) || ADULTS_BY_ROLE.has(wd(doc, k));
}

/** What happens to a child removed from learning: "not be excluded", "not be sent out of lessons", "not be late". */
const REMOVALS = s('excluded suspended late sent removed isolated exited');
/** What happens to a child held by the police: "not get arrested", "not be cautioned". */
const HELD = s('arrested cautioned charged');
/** Verbs, and their gerunds, before what befalls the child ("be excluded", "get arrested", "go missing", "stop getting excluded"). */
const BEFALLS = s('be get go being getting going');

/**
 * Whether the words at v are a removal from learning, a police action or a missing episode befalling the child ("be
 * excluded", "get excluded", "being late", "go missing"): each is an event a record shows on the day (exclusion and
 * attendance registers, missing-from-care episodes), so its stop is measurable (the labelling guide, Measurable rule 4:
 * "success is no incidents"; Settled cases: "no exclusions, suspensions or sanctions").
 */
function removedAt(doc: _Doc, v: number): boolean {
  const y = wd(doc, v);
  if (!BEFALLS.has(y)) return false;
  const z = wd(doc, v + 1);
  // "not be excluded as often", "stop being late so often": a comparative with no figure, no stop (Measurable rule 6).
  if (comparedStop(doc, v + 1)) return false;
  // "get sent" is left to the stop after a lead ("will not get sent out"); "sent off (the pitch)" is a game's rule, recorded
  // by no school (the labelling guide's own negative, docs/smart.md: "not get sent off the pitch" is not).
  // "stop getting sent to the ISU", "stop getting sent out": the same removal, stopped (all such labels are measurable); but
  // sent only out, home or to a place of removal ("stop getting sent messages", "… to Gran's", "sent off" name none).
  if (z === 'sent') return (y === 'be' || y === 'being' || y === 'getting') && sentAway(doc, v + 2);
  if (z === 'missing') return true;
  return (REMOVALS.has(z) || HELD.has(z)) && recordedSense(doc, v + 1, z);
}

/**
 * Places a child is sent to when removed from learning ("sent to isolation", "to the ISU", "to the head's office", "to the
 * reflection room", "to the referral room", "to internal exclusion"): the sanctions a school records ({@link _SANCTION_NOUNS}, "isolation",
 * "internal") and the rooms and staff of removal.
 */
const REMOVAL_PLACES: ReadonlySet<string> = new Set([..._SANCTION_NOUNS, 'isolation', 'internal', 'referral', 'isu', 'inclusion', 'reflection', 'head', "head's", 'headteacher', 'office', 'slt']);
/** Words read over between "sent to" and its place ("to the head's office", "to his head of year"). */
const PLACE_DETERMINERS = s('the a an his her my their');

/**
 * Whether what follows "getting sent" at k is a removal from learning: "out", "home", or "to" / "into" a place of removal
 * ({@link REMOVAL_PLACES}) within two words: each is in the school's record on the day (the labelling guide, Measurable rule 4;
 * Settled cases, "not be sent out"). "stop getting sent messages", "… to Gran's at weekends", "… to bed early" are none.
 */
function sentAway(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x === 'out' || x === 'home') return true;
  if (x !== 'to' && x !== 'into') return false;
  let j = k + 1;
  while (j < k + 3 && PLACE_DETERMINERS.has(wd(doc, j))) j += 1;
  return REMOVAL_PLACES.has(wd(doc, j)) || REMOVAL_PLACES.has(wd(doc, j + 1));
}

/**
 * Conduct an adult sees towards others, after "be" or "being" ("stop being rude to staff", "will not be aggressive"): a
 * behaviour named, not a feeling or a state ("stop being sad", "not be anxious" name none), so its stop is measurable
 * (the labelling guide, Measurable rule 4: "A stop-behaviour is measurable with or without how often"; Specific rule 5:
 * "A stop-behaviour names a behaviour and is specific"), when whom or where it is shown is named. "Silly" and "naughty"
 * name no behaviour and stay out.
 */
const CONDUCT = s('rude disrespectful aggressive violent abusive unkind mean cheeky defiant confrontational hurtful racist homophobic threatening intimidating');
/** Prepositions naming whom conduct is shown to ("rude to staff", "aggressive towards peers", "intimidating around younger children"). */
const CONDUCT_TO = s('to towards toward around');
/** Prepositions naming where conduct is shown ("rude in lessons", "violent at contact", "abusive during contact"). */
const CONDUCT_IN = s('in at during');
/**
 * Words after "at" or "in" that make a phrase of how often or how far, not a place ("rude at times", "at first", "in
 * general"), and possessives, whose noun is a thing of the child's, not a place ("rude in his tone", "aggressive in his play").
 */
const NOT_PLACES = s('times time first least all once general particular his her their my your its');
/** People conduct is shown to "with" ("confrontational with her carers"), not a thing ("mean with his money"). */
const WITH_PEOPLE = s('peers peer friends friend others children pupils students classmates siblings sibling brother brothers sister sisters family people everyone adults');
/** Devices a child is seen on ("stop being on her phone in lessons", "on his games console", "on social media"): being on one is a behaviour an adult sees. */
const DEVICES: ReadonlySet<string> = new Set([..._PERSONAL_DEVICES, ...s('console xbox playstation nintendo screen screens')]);
/** Words that only strengthen or say how conduct is shown ("so rude", "verbally aggressive"), read past. */
const CONDUCT_BEFORE = s('so very really');

/**
 * The index after "be"/"being" at v and the conduct seen it is followed by ("being rude", "be aggressive to peers", "rude
 * and disrespectful to staff", "verbally aggressive towards staff": past the first conduct) or after "on" a device ("being
 * on her phone"), with no comparative after it ("stop being on my phone so much": Measurable rule 6); else -1.
 */
function conductEnd(doc: _Doc, v: number): number {
  const y = wd(doc, v);
  if ((y !== 'be' && y !== 'being') || comparedStop(doc, v + 1)) return -1;
  let c = v + 1;
  if (CONDUCT_BEFORE.has(wd(doc, c)) || (_endsLy(wd(doc, c)) && CONDUCT.has(wd(doc, c + 1)))) c += 1;
  // Conduct needs whom or where it is shown ("rude to staff", "aggressive in lessons"): bare "stop being rude" stays a
  // general verb's gerund, no behaviour named (as "stop being silly").
  if (CONDUCT.has(wd(doc, c))) return conductShownAt(doc, joinedConduct(doc, c)) ? c + 1 : -1;
  if (wd(doc, c) !== 'on' || c !== v + 1) return -1;
  let n = v + 2;
  while (n < v + 4 && BEFORE_NOUN.has(wd(doc, n))) n += 1;
  // A device of two words: "games console", "social media", "Nintendo Switch".
  return DEVICES.has(wd(doc, n)) || DEVICES.has(wd(doc, n + 1)) ? v + 2 : -1;
}

/** The index after conduct at c and any joined to it ("rude and disrespectful", "rude, disrespectful or aggressive"). */
function joinedConduct(doc: _Doc, c: number): number {
  let e = c + 1;
  while ((wd(doc, e) === 'and' || wd(doc, e) === 'or' || wd(doc, e) === ',') && CONDUCT.has(wd(doc, e + 1))) e += 2;
  return e;
}

/**
 * Whether the preposition at p names whom or where conduct is shown: to anyone but the child
 * ("rude to staff", not "unkind to himself"), in or at a place or setting ("in lessons", "at contact"; not "at times", "in
 * his tone"), or with people ("with her carers"; not "with his money", "with his homework").
 */
function conductShownAt(doc: _Doc, p: number): boolean {
  // In the clause of the last conduct named (a comma may part the ones joined: "rude, disrespectful or aggressive to staff").
  if (doc.clause[p] !== doc.clause[p - 1]) return false;
  const x = wd(doc, p);
  const z = wd(doc, p + 1);
  if (CONDUCT_TO.has(x)) return !_REFLEXIVES.has(z);
  if (CONDUCT_IN.has(x)) return !NOT_PLACES.has(z);
  if (x !== 'with') return false;
  let n = p + 1;
  while (n < p + 3 && (BEFORE_NOUN.has(wd(doc, n)) || wd(doc, n) === 'other' || wd(doc, n) === 'younger' || wd(doc, n) === 'older')) n += 1;
  const w = wd(doc, n);
  return WITH_PEOPLE.has(w) || _ADULT_SUBJECTS.has(w) || ADULTS_BY_ROLE.has(w);
}

/** Places whose lateness the register records ("late to school", "late for lessons"): the child's own punctuality (Settled cases). */
const LATE_PLACES = new Set([..._SCHOOL_PLACES, ...s('period periods registration register form tutor assembly lectures lecture placement work')]);
/** Who a child is shut out by, or from, that keeps no record: friends and play ("excluded by his peers", "isolated from his friends"). */
const SOCIAL = s('peers peer friends friend friendship friendships group groups games game play conversations conversation');
/** Words skipped before a noun: determiners and owners ("the", "his", "her own"). */
const BEFORE_NOUN = s('the a an his her their my your its own any some');

/**
 * Whether the removal or police word at k is meant as the school or the police record it (the labelling guide, Settled
 * cases: "no exclusions, suspensions or sanctions" and "the child's own attendance or punctuality at school or lessons";
 * Measurable rule 4: success is no incidents in the record): "late" bare or for school or lessons, not "late to bed",
 * "late paying his bill", "late with homework"; "excluded", "isolated" by the school, not "by his peers" or "from friendship
 * groups"; "charged" by the police, not "charged extra for trips".
 */
function recordedSense(doc: _Doc, k: number, z: string): boolean {
  const next = wd(doc, k + 1);
  let n = k + 2;
  while (n < k + 5 && BEFORE_NOUN.has(wd(doc, n))) n += 1;
  if (z === 'late') {
    if (next === 'to' || next === 'for' || next === 'into' || next === 'in') return LATE_PLACES.has(wd(doc, n));
    return !(next === 'with' || next === 'paying' || _endsIng(next));
  }
  if (z === 'charged') return !(next === 'for' || next === 'extra' || next === 'to' || doc.toks[k + 1]?.kind === 'n');
  return !((next === 'from' || next === 'by') && (SOCIAL.has(wd(doc, n)) || SOCIAL.has(wd(doc, n + 1))));
}

/**
 * Capabilities that cannot be seen done, or that name a process rather than a result: "be able to
 * understand", "can manage", "is able to increase" (labelling guide, Measurable rule 3 and rule 6).
 */
const UNSEEN = s('understand know be feel recognise recognize appreciate accept enjoy cope overcome manage maintain retain increase extend reach access engage explore consider think have make become show take reflect participate benefit get do achieve settle trust believe value express regulate self-regulate revise rehearse calm interact function facilitate integrate socialise socialize enable allow promote apply');
const CAPABILITY_SUBJECTS = s('be is are am was were been being he she they i we you x xx xxx xxxx yp child also now then');
/**
 * Words after "not" that stop no behaviour: states, needs, general verbs, and a review's status ("Last target - not met",
 * "not achieved": how the last target went, the labelling guide, Specific rule 6, a placeholder, not a stop-behaviour).
 */
const NOT_STOP = s('be only just always yet need needs require requires feel worry panic understand know want have get met achieved');

/** Adverbs skipped before a frame's verb besides those in -ly ("can often use a dictionary", "will then check"). */
const SKIPPED_ADVERBS = s('then also now often sometimes always');

/** An adverb in -ly ("independently", "safely"), not a verb that ends so ("apply", "reply", "supply"). */
function adverbLy(x: string): boolean {
  return _endsLy(x) && !UNSEEN.has(x) && !seenVerb(x) && x !== 'reply' && x !== 'supply' && x !== 'rely';
}

/** The verb after "able to" / "can", past at most two adverbs ("independently", "safely"), or -1. */
function verbAfter(doc: _Doc, k: number): number {
  let j = k;
  while (j < k + 2 && doc.toks[j]?.kind === 'w' && (adverbLy(wd(doc, j)) || SKIPPED_ADVERBS.has(wd(doc, j)))) j += 1;
  return doc.toks[j]?.kind === 'w' && doc.used[j] === 0 ? j : -1;
}

/**
 * An observable capability: "will be able to blend CVC words", "so that he can produce letters clearly".
 * It needs no number (Barnet: "What will the child ... be able to do that they cannot do now?"), but
 * not a capability that cannot be seen ("be able to understand") nor a process ("can develop"). The frame
 * is read first ({@link frameVerb}: "able to", "can", "could", "might", "the skills to", "will", "To", an
 * imperative or a present tense), then the one test of {@link seenCapability} is applied to its verb.
 */
function capabilityAt(doc: _Doc, i: number, x: string, allowWill: boolean): Span | null {
  const f = frameVerb(doc, i, x, allowWill);
  if (f === NO_FRAME) return gerundAt(doc, i, x);
  if (f === -2) return [i, i + 3]; // "will be using full sentences"
  if (f < 0) return null;
  const fv = f >> 2;
  const open = (f & 1) === 1;
  if (fv === i && open) return seenOpen(doc, i) && seenCapability(doc, i) ? [i, i + 1] : gerundAt(doc, i, x);
  if (NOT_VERBS.has(wd(doc, fv))) return coordinatedCapability(doc, i, fv, open);
  const v = (f & 2) === 2 ? enabledActivity(doc, fv) : -1;
  if (v === -2) return [i, fv + 2]; // "the skills to facilitate joint play"
  if (v >= 0 && !seenVerb(wd(doc, v))) return null; // "enable them to lay the foundations": nothing seen
  const verb = v >= 0 ? v : fv;
  const y = wd(doc, verb);
  if ((y === 'participate' || (y === 'take' && wd(doc, verb + 1) === 'part')) && participationEvent(doc, y === 'take' ? verb + 2 : verb + 1)) return [i, verb + 1];
  if ((!open || seenOpen(doc, verb)) && seenCapability(doc, verb)) return [i, verb + 1];
  // "recognise and write the set 2 sounds": a second verb joined to the first shares its frame and object.
  const second = joinedVerb(doc, verb);
  if (second >= 0 && (!open || seenOpen(doc, second)) && seenCapability(doc, second)) return [i, second + 1];
  return coordinatedCapability(doc, i, verb, open);
}

/**
 * A later verb of the same sentence coordinated with the frame's verb at v ("will be served and eat a balanced meal",
 * "To understand how … and to compare …", "can recognise … and can correct"): it shares the frame (its subject and
 * modal), so the one test of {@link seenCapability} is applied to it. Only a verb a child is seen doing, or a thing known
 * that can be asked for ({@link knowsContent}), is taken after "and"/"or" (optionally "to", "can", "will", "then"), so a
 * noun joined by "and" is passed over.
 */
function coordinatedCapability(doc: _Doc, i: number, v: number, open: boolean): Span | null {
  for (let k = v + 1; k <= v + 24 && k < doc.toks.length; k++) {
    if (endAt(doc, k)) return null;
    const x = wd(doc, k);
    if (x !== 'and' && x !== 'or') continue;
    let j = k + 1;
    while (j < k + 3 && COORDINATED_LEADS.has(wd(doc, j))) j += 1;
    // "will audition … and know all her lines": a thing known that can be asked for shares the frame too ({@link knowsContent}).
    if (doc.toks[j]?.kind === 'w' && knowsContent(doc, j)) return !open || seenOpen(doc, j) ? [i, j + 1] : null;
    if (doc.toks[j]?.kind !== 'w' || !seenVerb(wd(doc, j))) continue;
    return (!open || seenOpen(doc, j)) && seenCapability(doc, j) ? [i, j + 1] : null;
  }
  return null;
}

/**
 * The child's own verb joined by "and" after the frame's verb at v, read alone when the frame's verb is provision the child
 * attends ("will attend her appointments and keep a use diary": "keep"), with the one test of {@link seenCapability}; its
 * span from that verb, or null (the labelling guide, Settled cases: attending a service is not specific, an outcome joined
 * to it is, read on the usual rules).
 */
export function _joinedCapability(doc: _Doc, v: number): Span | null {
  for (let k = v + 1; k <= v + 24 && k < doc.toks.length && !endAt(doc, k); k++) {
    if (wd(doc, k) !== 'and') continue;
    let j = k + 1;
    while (j < k + 3 && COORDINATED_LEADS.has(wd(doc, j))) j += 1;
    return doc.toks[j]?.kind === 'w' && doc.used[j] === 0 && seenCapability(doc, j) ? [j, j + 1] : null;
  }
  return null;
}

/** Words between "and" and a coordinated verb that keep the frame ("and to compare", "and can correct", "and then write"). */
const COORDINATED_LEADS = s('to can will then also');

/** The verb joined by "and"/"or" straight after the verb at v ("recognise and write", "can recognise … and can correct"), or -1. */
function joinedVerb(doc: _Doc, v: number): number {
  const j = wd(doc, v + 1);
  if (j !== 'and' && j !== 'or') return -1;
  const k = wd(doc, v + 2) === 'can' || wd(doc, v + 2) === 'will' ? v + 3 : v + 2;
  return doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v] && !NOT_VERBS.has(wd(doc, k)) && !OBJECT_LEAD.has(wd(doc, k)) ? k : -1;
}

/**
 * The verb of the child's outcome whose frame starts at i, whatever the frame: after a subject (I, she, they, a name,
 * "the pupil") and a modal of capability ("can", "could", "might", "may", "is able to", "knows how to"); after
 * "will", "should", "must", "need to" or a "To" heading (fallback pass only); or the word itself as an imperative
 * or present tense opening a sentence, list item or "Must -" label ("Identify rhymes", "I add -ing"). `open`: the
 * frame does not itself say "can do", so the verb must be one seen done, with an object. The answer is packed by
 * {@link framed}: -1 when the frame has no verb after it, -2 for "will be" + a gerund seen done, {@link NO_FRAME} for none.
 */
function frameVerb(doc: _Doc, i: number, x: string, allowWill: boolean): number {
  // A word that opens no frame of its own ({@link F_FRAME_WORD}): only its tense or mood can (the last test below).
  if (((doc.flags[i] as number) & F_FRAME_WORD) === 0) return !_endsIng(x) && !pointsEarned(doc, i, x) && (presentBase(doc, i, x) !== null || imperative(doc, i, x)) ? framed(i, true) : NO_FRAME;
  // "is able to", "Is Sam able to …?", "Sam able to write his name" (a note).
  // One flag for LEARN, CAN_WORDS and ASPECT: a word in none of them is passed over with no look-up.
  const listed = _flag3At(doc, i, F3_FRAME_LIST);
  const able = ((x === 'able' && (CAPABILITY_SUBJECTS.has(wd(doc, i - 1)) || childSubjectAt(doc, i - 1))) || (listed && LEARN.has(x) && learnFrame(doc, i))) && wd(doc, i + 1) === 'to';
  if (able) return framed(aspect(doc, verbAfter(doc, i + 2)), false);
  // "knows how to tie his laces": a capability like "able to".
  if (x === 'how' && KNOW.has(wd(doc, i - 1)) && wd(doc, i + 1) === 'to' && (childSubjectAt(doc, i - 2) || fragmentStart(doc, i - 1))) return framed(aspect(doc, verbAfter(doc, i + 2)), false);
  // "can" says what the child can do; "could", "might", "may" (possibility: "Sam may need reminders", "could lose his temper")
  // read like "will", except a "Could -" label opening a bank line.
  if (listed && CAN_WORDS.has(x) && canSubject(doc, i)) {
    const v = verbAfter(doc, afterModal(doc, i));
    // "can struggle with change", "can find it hard to sit still": what tends to happen, not a capability.
    if (TENDENCY.has(wd(doc, v))) return NO_FRAME;
    return framed(aspect(doc, v), x !== 'can' && !fragmentStart(doc, i));
  }
  // "the skills required to request objects", "the ability to tie his laces": a capability like "able to".
  if (x === 'to' && skillsBefore(doc, i)) return framed(aspect(doc, verbAfter(doc, i + 1)), false, true);
  // "am beginning to use", "is starting to retell": the verb begun is the capability.
  // It keeps the frame of the word before: "I am beginning to", "can begin to" say what the child can do; "will begin to"
  // reads like "will".
  if (listed && ASPECT.has(x) && wd(doc, i + 1) === 'to' && ASPECT_LEADS.has(wd(doc, i - 1))) return framed(aspect(doc, i), wd(doc, i - 1) === 'will' || wd(doc, i - 1) === 'to');
  // "will read Stage 7 books fluently", "will eat lunch in the dining hall": a verb seen done, with its object.
  if (allowWill && (WILL_WORDS.has(x) || (x === 'to' && (fragmentStart(doc, i) || pointLeads(doc, i) || _childBeforeTo(doc, i) || needTo(doc, i))))) {
    // "will be using full sentences": the progressive of a verb seen done, read like "will use".
    if (wd(doc, i + 1) === 'be' && gerundCapability(doc, i + 2, wd(doc, i + 2)) !== null) return framed(-2, true);
    return framed(aspect(doc, verbAfter(doc, i + 1)), true);
  }
  if (!_endsIng(x) && !pointsEarned(doc, i, x) && (presentBase(doc, i, x) !== null || imperative(doc, i, x))) return framed(i, true);
  return NO_FRAME;
}

/**
 * Whether "points" at i is the noun a behaviour earns ("Behaviour points to go down"), not the verb of pointing ("Sam points
 * to the picture"): what goes down with no figure is a comparative (the labelling guide, Measurable rule 6; Settled cases:
 * "fewer sanctions or detentions with no figure", neither), while a figure keeps it ("no more than 2 behaviour points a week").
 */
function pointsEarned(doc: _Doc, i: number, x: string): boolean {
  return (x === 'points' || x === 'point') && _BEHAVIOUR_POINT_WORDS.has(wd(doc, i - 1));
}

/** {@link frameVerb}'s answer when no frame starts at the word. */
const NO_FRAME = -9;

/** A frame's verb packed in one number (no object per word): v × 4, + 1 when the frame is open, + 2 after "the skills to"; -1 and -2 as they are. */
function framed(v: number, open: boolean, skills = false): number {
  return v < 0 ? v : v * 4 + (open ? 1 : 0) + (skills ? 2 : 0);
}

/** The child as an object: "him", "her", "them", "the child", or a name (a capitalised word before a determiner, a preposition or the end). */
function childObjectAt(doc: _Doc, k: number): boolean {
  const w = wd(doc, k);
  if (w === 'him' || w === 'them' || CHILD_SUBJECTS.has(w) || CHILD_WORDS.has(w)) return true;
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w' || !_capitalised(t.raw)) return false;
  const after = wd(doc, k + 1);
  return doc.toks[k + 1] === undefined || doc.toks[k + 1]?.kind === 'p' || OBJECT_LEAD.has(after) || PREPOSITIONS.has(after) || after === 'near' || after === 'next' || after === 'when';
}

/** In a frame that does not say "can do": a verb seen done, with its object in the clause (not only where or when). */
function seenOpen(doc: _Doc, v: number): boolean {
  return verbSeen(doc, v) && (hasObject(doc, v) || quotedObject(doc, v)) && (!_SETTINGS.has(wd(doc, v + 1)) || stayedAt(doc, v)) && !feltTrigger(doc, v);
}

/**
 * "Stay at school until the end of Year 11", "remain at college until June": "at" a place of education stayed in names it, as
 * "stay in school" does, not where another act is done; {@link _stayingOn} then reads it (with a point, a step checked then).
 */
function stayedAt(doc: _Doc, v: number): boolean {
  const y = wd(doc, v);
  if (!CONTINUING.has(y) || y === 'keep' || y === 'keeps' || wd(doc, v + 1) !== 'at') return false;
  const at = OBJECT_OWNERS.has(wd(doc, v + 2)) ? v + 3 : v + 2;
  return STAYED_IN.has(wd(doc, at));
}

/** What is felt, not seen, as a condition's state besides the feelings ("has urges", "too much"); "low" and "struggling" by {@link feltWord}. */
const FELT = s('urges much');
/** Words before "low" that make it a mood ("feeling low", "she is low"), not a figure ("her score is low"). */
const FEEL_VERBS = s('feel feels feeling felt');
const PEOPLE = s('he she they');
/** What a bodily need is for ("needs the toilet", "needs a drink", "needs a break"): felt, where a need for help shows in the work. */
const BODILY_NEEDS = s('toilet loo bathroom drink water break snack food rest');

/**
 * Whether the act at v is set off by a state the child feels ("will tell an adult when she is feeling worried", "To use the
 * Hub if it all gets too much", "tell an adult when he needs the toilet", "When she feels worried, Sam will use her worry
 * card"): whether the state came cannot be checked, so the act done "when" it comes names no success someone could check
 * (the labelling guide, Measurable: "someone could check … whether it happened"; Settled cases), whichever side of the
 * act the condition is written. Not in a frame that itself says "can do" ("can tell an adult when she is upset" is a
 * capability shown), not a state seen ("when she feels unwell"), not a need shown in the work ("put his hand up if he
 * needs help"), and not with a means done in the sentence ("stay safe by telling an adult when he is worried", "when she
 * feels worried, using her worry card"); a figure, a behaviour replaced or a stop still measures on its own. At most
 * sixteen words on or twelve before, the state among the five after "when", "whenever" or "if".
 */
function feltTrigger(doc: _Doc, v: number): boolean {
  let felt = false;
  for (let k = v + 1; k <= v + 16 && !endAt(doc, k); k++) {
    const x = wd(doc, k);
    if (x === 'using' || (x === 'by' && _endsIng(wd(doc, k + 1)))) return false;
    if (conditionWord(x)) felt ||= feltAfter(doc, k, k + 5);
  }
  for (let k = v - 1; k >= 0 && k >= v - 12 && !endAt(doc, k); k--) if (conditionWord(wd(doc, k))) felt ||= feltAfter(doc, k, Math.min(k + 5, v - 1));
  return felt;
}

/** Whether a word opens a condition ("when", "whenever", "if"): three comparisons, cheaper than a set look-up at each word read. */
export function conditionWord(x: string): boolean {
  return x === 'when' || x === 'if' || x === 'whenever';
}

/** Whether a felt state is among the words after the condition word at k, up to `last`. */
function feltAfter(doc: _Doc, k: number, last: number): boolean {
  for (let j = k + 1; j <= last; j++) {
    const x = wd(doc, j);
    if (_FEELINGS.has(x) || FELT.has(x) || feltWord(doc, j, x)) return true;
    if ((x === 'need' || x === 'needs') && (BODILY_NEEDS.has(wd(doc, j + 1)) || BODILY_NEEDS.has(wd(doc, j + 2)))) return true;
  }
  return false;
}

/**
 * Whether "low" or "struggling" at j is a state felt: "low" after feel/feeling or a person and "is" ("when feeling low",
 * "if she is low"), not a figure ("when her score is low", "when her errors are low"); "struggling" with nothing after it
 * ("if she is struggling, …"), not a need shown in the work ("struggling with her work", "struggling in class").
 */
function feltWord(doc: _Doc, j: number, x: string): boolean {
  if (x === 'struggling') return doc.toks[j + 1] === undefined || doc.toks[j + 1]?.kind === 'p';
  if (x !== 'low') return false;
  const before = wd(doc, j - 1);
  return FEEL_VERBS.has(before) || (before === 'is' && PEOPLE.has(wd(doc, j - 2)));
}

/** A quoted object after the verb at v ("sign 'please'", "request \"help\""): an object seen done (the labelling guide, Measurable rule 3). */
function quotedObject(doc: _Doc, v: number): boolean {
  const q = doc.toks[v + 1]?.raw;
  return (q === '"' || q === "'") && doc.toks[v + 2]?.kind === 'w' && doc.clause[v + 2] === doc.clause[v];
}

/** Words that cannot be the verb after a frame ("Ellie-May to be …": "May" is no modal there). */
const NOT_VERBS = s('to the a an be not of in on at for with and or by from than as');

/** Words after "can" that say what tends to happen ("can struggle with change", "can become upset"). */
const TENDENCY = s('still get become be seem appear struggle');

/** Modals of capability ("Sam could solve…", "might be able to say…", "Pupils can order…"). */
const CAN_WORDS = s('can could might may');
/** "learn to", "has learned to ride a bike": what is learnt to do is the capability. */
const LEARN = s('learn learned learnt');
const KNOW = new Set(['know', 'knows']);
/** Verbs of beginning and trying, read through to the verb begun ("I can begin to write", "I am beginning to retell"). */
const ASPECT = s('begin beginning start starting try trying learn learning');
/** Words before "beginning to" that make it the child's outcome ("I am beginning to", "is starting to", "will begin to"). */
const ASPECT_LEADS = s('am is are be will can to also now');
/** Plural and general names of the child as a subject ("Children can…", "Pupils could…"). */
const CHILD_SUBJECTS = s('children pupils students learners pupil student learner child cyp yp person twins');

/** "learn to", "learned to", "has learnt to": the child's predicate (not "learning to" as a process noun). */
function learnFrame(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  if (x === 'learn') return isPredicate(doc, i);
  const prev = wd(doc, i - 1);
  return prev === 'has' || prev === 'have' || CAPABILITY_SUBJECTS.has(prev);
}

/** Adjectives of how hard a task feels ("finds it hard to …", "find maths difficult"). */
const HARDNESS = s('hard harder difficult easy easier tricky challenging tough frustrating boring');

function findsHard(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k <= v + 4 && doc.clause[k] === doc.clause[v]; k++) if (HARDNESS.has(wd(doc, k))) return true;
  return false;
}

/**
 * Pastimes a child looks for, not a task seen done when one is found ("find a hobby"); finding a job, course or
 * apprenticeship is a one-off event, like "get a job" (Measurable rule 5).
 */
const SOUGHT = s('hobby hobbies interest interests pastime');

/**
 * Whether "find" at v is a search or learning, not a capability seen (the labelling guide, Measurable rule 6: a
 * process): "find out about nursing", "find a hobby" (any one, unnamed).
 */
function findsSearch(doc: _Doc, v: number): boolean {
  const next = wd(doc, v + 1);
  return (next === 'out' && wd(doc, v + 2) === 'about') || ((next === 'a' || next === 'an' || next === 'some') && SOUGHT.has(wd(doc, v + 2)));
}

/** Words of {@link CAPABILITY_SUBJECTS} that are no subject (a verb "be" or an adverb). */
const NOT_SUBJECTS = s('be is are am was were been being also now then');

/** Whether the word at k names the child as a subject: I, she, they, "children", "YP", a name (not an adult's role). */
function childSubjectAt(doc: _Doc, k: number): boolean {
  const w = wd(doc, k);
  if (CAPABILITY_SUBJECTS.has(w) || CHILD_SUBJECTS.has(w)) return !NOT_SUBJECTS.has(w);
  const t = doc.toks[k];
  return t !== undefined && t.kind === 'w' && _capitalised(t.raw) && !_ADULT_SUBJECTS.has(w) && !ADULTS_BY_ROLE.has(w) && !PRONOUNS.has(w) && !NOT_NAMES.has(w);
}

/** Capitalised words opening a sentence that are no name ("It can cause …", "There can be …"). */
const NOT_NAMES = s('there here what which who where when one some all each every no any other others');

/** Whether the word before a modal of capability is the child as its subject, or the modal opens the item ("Can spell …", "Could - solve …"). */
function canSubject(doc: _Doc, i: number): boolean {
  const prev = wd(doc, i - 1);
  if (prev === 'be') return false;
  // "I know I can talk to Miss B", "knows that she can go to the hub": a permission or support known (_knownPermission).
  if ((PEOPLE.has(prev) || prev === 'i') && _knownPermission(doc, wd(doc, i - 2) === 'that' ? i - 3 : i - 2)) return false;
  // "Sam could …", "Amelia and Sam can …": a name (a capitalised word that is not an adult's role).
  return CAPABILITY_SUBJECTS.has(prev) || prev === 'and' || fragmentStart(doc, i) || (childSubjectAt(doc, i - 1) && doc.clause[i - 1] === doc.clause[i]);
}

/** Verbs of turning to someone for help, known as allowed ("can talk to", "can go to", "can ask"). */
const TURNING_TO = s('talk speak go turn come');

/**
 * Whether "know" at k knows a permission or support ("I know I can talk to Miss B", "she will know that she can go to the hub",
 * "knows he can ask for help"): an inner state (the labelling guide, Measurable rule 3: "understand", "be aware of" cannot be
 * seen; Specific rule 1, a disposition such as feeling safe), whoever is named. A skill known to be in reach ("Mum knows he
 * can tie his laces", "I will know that I can tie my shoelaces by Easter") is a capability, read as usual.
 */
export function _knownPermission(doc: _Doc, k: number): boolean {
  if (!KNOW.has(wd(doc, k))) return false;
  const j = wd(doc, k + 1) === 'that' ? k + 2 : k + 1;
  const subject = wd(doc, j);
  if (!(PEOPLE.has(subject) || subject === 'i' || subject === 'they') || (wd(doc, j + 1) !== 'can' && wd(doc, j + 1) !== 'could')) return false;
  const v = wd(doc, j + 2);
  return v === 'ask' || (TURNING_TO.has(v) && wd(doc, j + 3) === 'to');
}

/** Where the verb after a modal at i is looked for: past a label's dash ("Could - solve"), a question's subject ("Can Sam tie …?"). */
function afterModal(doc: _Doc, i: number): number {
  const next = wd(doc, i + 1);
  if ((next === '-' || next === '–' || next === ':') && fragmentStart(doc, i)) return i + 2;
  const t = doc.toks[i + 1];
  const subject = CAPABILITY_SUBJECTS.has(next) || CHILD_SUBJECTS.has(next) || (t !== undefined && t.kind === 'w' && _capitalised(t.raw));
  return fragmentStart(doc, i) && subject && next !== 'be' && next !== 'then' && next !== 'also' && next !== 'now' ? i + 2 : i + 1;
}

/** "need to" / "needs to" after the child ("Children need to be using …", "Sam needs to hand in …"): read like "will". */
function needTo(doc: _Doc, i: number): boolean {
  const n = wd(doc, i - 1);
  // "My target is to …", "The aim is for Sam to …", "Sam is going to …", "I want to …", "We would like Sam to …": an
  // outcome framed as a target or wish reads like "will".
  if (n === 'is' && TARGET_NOUNS.has(wd(doc, i - 2))) return true;
  if (WISH_VERBS.has(n) || (n === 'like' && (wd(doc, i - 2) === 'would' || wd(doc, i - 2) === "'d"))) {
    const subject = wd(doc, n === 'like' ? i - 3 : i - 2);
    return !_ADULT_SUBJECTS.has(subject) && !ADULTS_BY_ROLE.has(subject);
  }
  if (childSubjectAt(doc, i - 1) && WISH_BEFORE_CHILD.has(wd(doc, i - 2) === 'the' ? wd(doc, i - 3) : wd(doc, i - 2))) return true;
  if (n !== 'need' && n !== 'needs') return false;
  const s = wd(doc, i - 2);
  return CAPABILITY_SUBJECTS.has(s) || CHILD_SUBJECTS.has(s) || (doc.toks[i - 2]?.kind === 'w' && fragmentStart(doc, i - 2) && !_ADULT_SUBJECTS.has(s) && !ADULTS_BY_ROLE.has(s));
}

/** Nouns naming a target, before "is to" ("My target is to …"). */
const TARGET_NOUNS = s('target aim goal objective outcome ambition intention');
/** Verbs of aiming or wishing before "to" with the child as subject ("I want to …", "Sam is going to …", "aims to …"). */
const WISH_VERBS = s('want wants aim aims going expected hope hopes plan plans intend intends');
/** Words before the child and "to" that frame an outcome ("for Sam to", "like Sam to", "want Sam to", "expect Sam to"). */
const WISH_BEFORE_CHILD = s('for like want wants expect expects');

/** Adverbs of a manner an adult sees the act done in, opening an imperative ("Independently travel …", "Calmly walk away …"): the shared list. */
const SEEN_MANNERS = _SEEN_MANNERS;

/**
 * An imperative opening a sentence, list item or label ("Identify rhymes and alliteration", "Could - solve a grouping
 * problem"): the base form of a verb seen done, not a noun subject ("Form tutor to check …").
 */
function imperative(doc: _Doc, i: number, x: string): boolean {
  // "Independently travel to school on the bus": an adverb of manner an adult sees before the verb opens the item as well,
  // as before a gerund; not any word in -ly ("Early Talk Boost 3x a week" names a programme).
  const opens = fragmentStart(doc, i) || (doc.toks[i - 1]?.kind === 'w' && SEEN_MANNERS.has(wd(doc, i - 1)) && fragmentStart(doc, i - 1));
  if (!opens || doc.toks[i]?.kind !== 'w' || _endsIng(x)) return false;
  // "Sit Sam near the front", "Read with Sam at home": an adult's action on or with the child is provision.
  const o = PREPOSITIONS.has(wd(doc, i + 1)) ? i + 2 : i + 1;
  // "Order of events", "Use of punctuation": a noun heading, not an imperative.
  if (childObjectAt(doc, o) || wd(doc, i + 1) === 'of') return false;
  // "Draft 2: …", "Row 4 - …": a heading numbering what follows, not the verb (the labelling guide, Measurable rule 6).
  if (_HEADING_NAMING.has(x) && doc.toks[i + 1]?.kind === 'n' && headingNumber(doc, i, i + 1)) return false;
  const next = wd(doc, i + 1);
  return !_ADULT_SUBJECTS.has(next) && !ADULTS_BY_ROLE.has(next) && wd(doc, i + 2) !== 'to' || wd(doc, i + 1) === 'to';
}

/** Whether the verb at v is one a child is seen doing, with the objects that make some verbs seen ("make a cup of tea"). */
function verbSeen(doc: _Doc, v: number): boolean {
  const y = wd(doc, v);
  const base = presentBase(doc, v, y) ?? y;
  return seenVerb(base) || concreteMake(doc, v) || _plantGrown(doc, v, base) || keepsThing(doc, v) || accessSeen(doc, v) || knowsContent(doc, v) || shownUnderstanding(doc, v) || managesThing(doc, v, base);
}

/** Plants a child grows ("grow cress", "grow tomatoes in the garden"); "seed" and "seeds" too ("grow cress from seed"). */
const PLANTS = s('cress vegetables veg tomatoes tomato flowers flower plants plant sunflower sunflowers herbs potatoes beans bean strawberries seed seeds bulbs');
/** Words read after "grow" for a plant ({@link _plantGrown}): an article and a plant, or a plant and "from seed". */
const GROW_REACH = 4;

/**
 * Whether "grow" at v grows a plant ("grow cress from seed", "grow a sunflower", "grow vegetables in the school garden"): an
 * act an adult sees done, its plant there at the end (the labelling guide, Measurable rule 3), where growing in a quality
 * ("grow in confidence", "grow her vocabulary") is a process (rule 6). Bounded by {@link GROW_REACH}.
 */
export function _plantGrown(doc: _Doc, v: number, base: string = wd(doc, v)): boolean {
  if (base !== 'grow') return false;
  for (let k = v + 1; k <= v + GROW_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v]; k++) if (PLANTS.has(wd(doc, k))) return true;
  return false;
}

/** Verbs of showing a state of mind by an act ("show understanding of …", "demonstrates her knowledge of …"). */
const SHOW_VERBS = s('show shows demonstrate demonstrates');
/** What is shown: a state of mind that is itself unseen (the labelling guide, Measurable rule 3). */
const SHOWN_STATES = s('understanding knowledge');
/** Words between the showing verb and the state ("show his understanding", "demonstrate an understanding"). */
const SHOWN_LEADS = s('his her their my your an a some good secure');

/**
 * "show understanding of many common words", "demonstrate understanding when talking with others about a book": an
 * unseen state of mind shown by an act an adult sees, of named content or in a named act (the labelling guide, Measurable
 * rule 3: a capability "that cannot be seen ('understand' …) is not", so what is understood must be shown; Bolton, smart
 * targets, Step 3: "What would I see/measure/count"). The content after "of" must itself name a skill or knowledge
 * ({@link namedContent}: not "of it", "of things", "of the work", "of his feelings", a subject alone "of maths": the guide,
 * Specific rule 1; Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What specific skills or knowledge need to
 * be acquired"); or the act after "by", "when" or "while" must be seen done with its own object ({@link namedAct}: "by
 * retelling the story", not "by listening", "by behaving well", "by trying his best", "while working").
 */
function shownUnderstanding(doc: _Doc, v: number): boolean {
  // The four words of SHOW_VERBS compared, not looked up.
  const y = wd(doc, v);
  if (y !== 'show' && y !== 'shows' && y !== 'demonstrate' && y !== 'demonstrates') return false;
  let k = v + 1;
  while (k < v + 3 && SHOWN_LEADS.has(wd(doc, k))) k += 1;
  const c = doc.clause[v];
  if (!SHOWN_STATES.has(wd(doc, k)) || doc.clause[k] !== c) return false;
  let o = k + 2;
  while (o < k + 5 && OBJECT_LEAD.has(wd(doc, o))) o += 1;
  if (wd(doc, k + 1) === 'of' && namedContent(doc, o)) return true;
  // The act that shows it, after the content or the state itself ("of money by paying for items in a shop").
  for (let j = k + 1; j < k + 12 && doc.clause[j] === c && doc.toks[j]?.kind !== undefined; j++) {
    if (ACT_LEADS.has(wd(doc, j)) && _endsIng(wd(doc, j + 1)) && doc.toks[j + 1]?.kind === 'w') return namedAct(doc, j + 1);
  }
  return false;
}

/** Words before the act that shows a state of mind ("by retelling", "when talking", "while reading"). */
const ACT_LEADS = s('by when while whilst');
/**
 * General content that names no particular skill or knowledge, besides the shared general, vague and pronoun lists ("of
 * the work", "of consequences", "of the curriculum", "from somebody"): the guide, Specific rule 1, "A broad area or
 * disposition is not specific"; Barnet, Examples of SMART Outcomes: not "vague, generic".
 */
const GENERAL_CONTENT = s('work curriculum topics topic concepts concept lots consequences world boundaries safety others cultures targets importance expectations thoughts actions somebody someone anybody anyone everybody everyone somewhere anywhere everywhere people');
/**
 * Whatever is taught, alone ("of the lesson", "of the task", "of the subject", "of the question"): which one is not named
 * (review24e; the guide, Specific rule 1; Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What specific skills or
 * knowledge need to be acquired"). Named by a word before it, it is content ("of question types", "of the Tudors topic").
 */
const LESSON_WORDS = s('lesson lessons subject subjects task tasks question questions topic');
/** Words that end a noun phrase read for its head besides {@link PHRASE_ENDS} ("fractions which …", "the sounds learnt"). */
const HEAD_ENDS = s('about into while whilst as that which who learned learnt');
/** Forms of "be" after "what": "what is expected of him" names no content (the guide, Specific rule 1). */
const WHAT_BE = s("is are was were 's");

/** Whether a word names nothing particular: a pronoun, a general, vague or broad word, the child himself. */
function generalWord(w: string): boolean {
  return PRONOUNS.has(w) || _GENERIC_OBJECTS.has(w) || _VAGUE_OBJECTS.has(w) || ANY_TOPIC.has(w) || BROAD_SETTINGS.has(w) || GENERAL_CONTENT.has(w) || _REFLEXIVES.has(w) || NOT_OBJECTS.has(w) || PREPOSITIONS.has(w) || _PROCESS.has(w);
}

/**
 * The last token of the noun phrase that starts at o (at most four words, over a plural's possessive mark: "other people's
 * feelings", "others' feelings"), its head; -1 when no word starts it.
 */
function phraseHead(doc: _Doc, o: number): number {
  const c = doc.clause[o];
  if (doc.toks[o]?.kind !== 'w' && doc.toks[o]?.kind !== 'n') return -1;
  let e = o;
  for (let n = 0; n < 4; n++) {
    const j = doc.toks[e + 1]?.raw === "'" ? e + 2 : e + 1;
    if (doc.toks[j]?.kind !== 'w' || doc.clause[j] !== c || PHRASE_ENDS.has(wd(doc, j)) || HEAD_ENDS.has(wd(doc, j)) || _REFLEXIVES.has(wd(doc, j)) || OBJECT_LEAD.has(wd(doc, j))) break;
    e = j;
  }
  return e;
}

/**
 * Whether the noun phrase at o names particular content (a skill or knowledge): its first and last words are not general
 * ({@link generalWord}), it is not "what is …", and it is not a school subject alone ("of maths", "of number": a broad area,
 * the guide, Specific rule 1, "improve his literacy"). A figure names it ("the 5 times table").
 */
function namedContent(doc: _Doc, o: number): boolean {
  const e = phraseHead(doc, o);
  if (e < 0 || doc.clause[o] !== doc.clause[o - 1]) return false;
  const first = wd(doc, o);
  if (doc.toks[o]?.kind === 'n') return true;
  if (first === 'what' && WHAT_BE.has(wd(doc, o + 1))) return false;
  if (generalWord(first) || generalWord(wd(doc, e)) || (e === o && LESSON_WORDS.has(first))) return false;
  return !(e === o && (_SUBJECTS.has(first) || first === 'number'));
}

/**
 * Whether the "-ing" word at g is an act seen done with its own object: "retelling the story", "talking with others about a
 * book", "paying for items"; not a process or disposition ("trying his best", "developing his confidence", "being kind",
 * "behaving well"), nor an act with no object or only a general one ("listening", "working", "talking about his feelings"):
 * the guide, Measurable rule 3 (what is seen done) and Specific rule 1; Bolton, smart targets, Step 3.
 */
function namedAct(doc: _Doc, g: number): boolean {
  const x = wd(doc, g);
  const stem = x.slice(0, -3);
  const seen = (b: string) => seenVerb(b) || SHOWING_ACTS.has(b) || (_EVENT_VERBS.has(b) && !NOT_SHOWING.has(b));
  const base = seen(stem) ? stem : seen(`${stem}e`) ? `${stem}e` : stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && seen(stem.slice(0, -1)) ? stem.slice(0, -1) : '';
  if (base === '' || _PROCESS.has(x) || _VAGUE_OBJECTS.has(base)) return false;
  const c = doc.clause[g];
  for (let j = g + 1; j < g + 9 && doc.clause[j] === c && doc.toks[j]?.kind !== 'p'; j++) {
    const w = wd(doc, j);
    if (OBJECT_LEAD.has(w) || PREPOSITIONS.has(w)) continue;
    // Other people acted with or for are named ("by playing with others", "by helping others": review24e).
    if (w === 'others' || (!generalWord(w) && !_SESSION_NOUNS.has(w) && !PLACES.has(w) && !_endsLy(w))) return true;
  }
  return false;
}

/** Acts done with or for others that an adult sees ("by teaching a friend", "by helping others": review24e). */
const SHOWING_ACTS = s('teach help');
/** Verbs of the one-off events that show nothing by themselves ("by being kind", "by getting …", "by doing …"). */
const NOT_SHOWING = s('be become get do move put take bring sit');
/** Places, not a thing named: "from home", "in school", "in the classroom". */
const PLACES = s('home school classroom playground college nursery');

/** Words after "do" that start a time, not an object ("to do next year", "to do after Year 11", "to do when he leaves"). */
const DO_WHEN = s('next this after when later then now in at once before');


/**
 * Whether "carry" at v is continuing or a review's status: "carry on" always ("carry on going to college"), "carry forward"
 * or "carry over" at the end of the part or before where it came from ("Carry forward.", "carried over from last PEP"), as
 * src/smart/_review.ts reads them. "Carry over correctly when using column addition", "carry forward the tens" are the
 * sum's own step, read as usual (the labelling guide, Measurable rule 3).
 */
function carriedOn(doc: _Doc, v: number): boolean {
  const p = wd(doc, v + 1);
  if (p === 'on') return true;
  if (!_CARRIED.has(p)) return false;
  const t = doc.toks[v + 2];
  return t === undefined || t.kind === 'p' || _CARRIED_FROM.has(wd(doc, v + 2));
}

/**
 * The one test of an observable capability, whatever the frame: the verb at v is not one that cannot be seen or
 * that names a process (the labelling guide, Measurable rules 3 and 6), its object is not general, and it is not
 * qualified by a comparative with no figure, a vague extent, or provision the child receives.
 */
function seenCapability(doc: _Doc, v: number): boolean {
  const y0 = wd(doc, v);
  const y = presentBase(doc, v, y0) ?? y0;
  const kept = keepsThing(doc, v) || knowsContent(doc, v) || recognisesThing(doc, v, y) || shownUnderstanding(doc, v) || managesThing(doc, v, y);
  if (doc.toks[v + 1]?.hyph === true && UNSEEN.has(`${y}-${wd(doc, v + 1)}`)) return false; // "able to self-regulate"
  // "stay out of trouble", "keep out of trouble": a broad state kept names no behaviour (the guide, Specific rule 1;
  // Measurable rule 6), like "try harder to stay out of trouble".
  if (_outOfBroad(doc, v, y)) return false;
  // "grow in confidence", "grow as a learner": to grow in a quality is a process (the guide, Specific rule 1, Measurable
  // rule 6), where "grow cress from seed" is an act seen.
  if ((y === 'grow' || y === 'grows') && (wd(doc, v + 1) === 'in' || wd(doc, v + 1) === 'as')) return false;
  // "carry on going to college", "carry on with her course": continuing, a process like "continue" (the guide, Measurable rule 6).
  // "Carry forward", "carry over" (the last target): a review's status, not a thing carried (Specific rule 6, a placeholder).
  if ((y === 'carry' || y === 'carries') && carriedOn(doc, v)) return false;
  if (stateOnly(doc, v, y)) return false;
  // "sort out his sleep", "sort out her lateness": putting right, a process like "work on" (the guide, Measurable rule 6),
  // unless what is sorted out is a thing got once ("sort out his bus pass", "sort out ID": rule 5, a one-off event).
  if (sortsOutProcess(doc, v, y)) return false;
  // "ask for help when she needs it", "stay in lessons where possible": done when the child judges, no occasion someone could check.
  if (ownOccasion(doc, v)) return false;
  // "cut down smoking", "smoking - cut down": to reduce, a comparative with no figure (the guide, Measurable rule 6); a
  // figure after it measures on its own ("cut down to 5 cigarettes a day").
  if (cutsDown(doc, v, y)) return false;
  // "attend school", "attend lessons": the child's attendance with no figure or frequency (the labelling guide,
  // Settled cases: measurable with a figure, and "all her lessons" is one; "attend school every day" is measured by its
  // frequency).
  if ((y === 'attend' || y === 'attends') && ATTENDED.has(wd(doc, OBJECT_LEAD.has(wd(doc, v + 1)) ? v + 2 : v + 1))) return false;
  // "attend drama club", "attend ESOL classes", "attend Stay and Play", "attend CAMHS": a routine, club or service gone to
  // (the labelling guide, Measurable rule 5: "go to his appointments", "start a course of counselling" are not measurable;
  // Settled cases, the club row: with no rate of going). A rate beside it is read on its own; a one-off event is EVENT_RULES'.
  if (ATTEND_FORMS.has(y0) && _routineAttended(doc, v)) return false;
  // "what he wants to do next year": "do" with no object but a time stands for an act not named (Specific rule 1).
  if (y === 'do' && (doc.toks[v + 1] === undefined || doc.toks[v + 1]?.kind === 'p' || DO_WHEN.has(wd(doc, v + 1)) || doesNoTask(doc, v))) return false;
  // "follow all instructions", "follow the school rules": compliance in general, no behaviour seen (_compliance.ts).
  if (_rulesInGeneral(doc, v, 'deadline')) return false;
  if ((UNSEEN.has(y) && !concreteMake(doc, v) && !accessSeen(doc, v) && !kept) || (BLOCKERS.has(y) && !kept) || (_PROCESS.has(y) && !kept) || (_endsIng(y) && !seenVerb(y)) || (_genericObject(doc, v) && !strategyOnOccasion(doc, v))) return false;
  // "finds it hard to sit still", "I find maths difficult": a feeling about a task, not the task done.
  if ((y === 'find' || y === 'finds') && (findsHard(doc, v) || findsSearch(doc, v))) return false;
  // "identify and apply appropriate strategies": two verbs sharing one object, general for both.
  if ((wd(doc, v + 1) === 'and' || wd(doc, v + 1) === 'or') && _genericObject(doc, v + 2)) return false;
  if (comparativeAfter(doc, v) || vagueExtent(doc, v) || ['more', 'less', 'better'].includes(wd(doc, v + 1))) return false;
  // "attend Lego therapy": provision the child receives, not a skill seen done (guide, Measurable rule 6).
  return !provisionNear(doc, v);
}

/** Words after "do" that make it doing what one is told ("do as he's asked", "do what staff ask"): compliance, no task named. */
const DO_TOLD = s('as what');

/**
 * Whether "do" at v names no task: a subject alone as its object ("do her English", "do maths."), as "do reading" and "do his
 * work" name none (the labelling guide, Measurable rule 6; Specific rule 1, a broad area), or doing as one is told ("do as he's
 * asked": Barnet, Examples of SMART Outcomes, not "vague, generic", "Emma will listen to all instructions"). "do her English
 * homework", "do GCSE maths" name the task or qualification, and a subject with no possessive is a course taken.
 */
function doesNoTask(doc: _Doc, v: number): boolean {
  // "do as asked first time": compliance at once, read as "follow instructions first time" is (a behaviour seen; Settled cases).
  if (DO_TOLD.has(wd(doc, v + 1))) return !firstTime(doc, v);
  // The child's own subject work, after a possessive ("her English"): a subject alone ("wants to do Art, Computer science …")
  // is a course or option taken, a one-off choice (Measurable rule 5). Done as a routine, with how often or how long ("do his
  // maths for 20 minutes each night", "with his carer twice a week"), it is a task named, as "do her homework" is.
  const k = v + 2;
  const after = doc.toks[k + 1];
  return _CHILD_POSSESSIVES.has(wd(doc, v + 1)) && _SUBJECTS.has(wd(doc, k)) && (after === undefined || after.kind === 'p' || PREPOSITIONS.has(wd(doc, k + 1))) && !routineAfter(doc, k);
}

/** Whether "first time" follows "do" at v in its sentence ("do as he is asked first time"). */
function firstTime(doc: _Doc, v: number): boolean {
  return _nearest(doc, v + 2, FIRST_TIME_ON) >= 0;
}

/** The walk on to "first time" in the sentence ({@link firstTime}). */
const FIRST_TIME_ON = _walkOn(sentenceEndAt, (doc, j) => wd(doc, j) === 'first' && wd(doc, j + 1) === 'time');

/** Whether k's sentence goes on to say how often ({@link standingAt}: "each night", "twice a week") or how long ("for 20 minutes") it is done. */
function routineAfter(doc: _Doc, k: number): boolean {
  return _nearest(doc, k + 1, ROUTINE_ON) >= 0;
}

/** The walk on to how often or how long, in the sentence ({@link routineAfter}). */
const ROUTINE_ON = _walkOn(sentenceEndAt, (doc, j) => standingAt(doc, j) || (doc.toks[j]?.kind === 'n' && _DURATION_UNITS.has(wd(doc, j + 1))));

/** Where a child attends day by day: attending it is attendance, which a figure measures (Settled cases). */
const ATTENDED: ReadonlySet<string> = new Set([..._SCHOOL_PLACES, 'sixth']);

/** "attend" as the going itself, whatever its tense ("will attend", "attends", "will be attending"). */
const ATTEND_FORMS = s('attend attends attending');

/**
 * Heads of what is gone to as a routine, club or service ("drama club", "ESOL classes", "the Youth Hub", "CAMHS"): the clubs
 * and youth organisations of the club row (_ACTIVITY_GROUPS), sessions, classes and groups (_SESSION_NOUNS, not lessons: the
 * child's own schooling), the services (_SERVICE_WORDS: counselling, tuition, therapy, mentoring …) and a hub, a course,
 * CAMHS or ESOL. A programme named by its words ("Stay and Play", "Forest School") is read by _namedProvisionAt.
 */
const ROUTINES_ATTENDED: ReadonlySet<string> = new Set([
  ..._ACTIVITY_GROUPS, ...[..._SESSION_NOUNS].filter((x) => x !== 'lesson' && x !== 'lessons'), ..._SERVICE_WORDS, 'hub', 'course', 'courses', 'camhs', 'esol',
]);

/** What "attend" takes as an event or meeting gone to once (EVENT_RULES' words of "attend", and a meeting or review). */
export const _ATTENDED_ONCE: ReadonlySet<string> = new Set([...(EVENT_RULES.get('attend') as ReadonlySet<string>), 'meeting', 'meetings', 'review', 'reviews']);

/**
 * Whether "attend" at `v` goes to a routine, club or service: a head of {@link ROUTINES_ATTENDED} in the six words after it,
 * before a phrase ends ("attend his Saturday boxing club", "attend the after-school club", "attend ESOL when a place …"),
 * and no event or meeting gone to once among them ("attend the taster day at the youth club" is the day's), and no rate of
 * going in its clause ({@link rateInClause}).
 * @example // "Evie to attend drama club" → true at "attend"; "attend the Stoneleigh careers fair" → false
 */
export function _routineAttended(doc: _Doc, v: number): boolean {
  let routine = false;
  for (let k = v + 1; k < doc.toks.length && k <= v + 6; k++) {
    const x = wd(doc, k);
    if (doc.toks[k]?.kind === 'p') {
      if (x === "'" || x === '’' || doc.toks[k + 1]?.hyph === true) continue; // a possessive's mark ("the girls' football club"), a hyphen
      break;
    }
    // A phrase ends at its word, unless "and" inside a name ("Stay and Play") or a word hyphened to the next ("after-school").
    if (k > v + 1 && PHRASE_ENDS.has(x) && x !== 'and' && doc.toks[k + 1]?.hyph !== true) break;
    if (_ATTENDED_ONCE.has(x)) return false;
    routine = routine || ROUTINES_ATTENDED.has(x) || _namedProvisionAt((j) => wd(doc, j), k) > 0;
  }
  return routine && !rateInClause(doc, v) && !onceOn(doc, v);
}

/**
 * Whether the clause of `v` dates the going to one day with "on" in its next 15 tokens ("the careers session … on 4
 * March", "on Thursday"): a one-off event gone to (Measurable rule 5), where "by 14 March" is a deadline only.
 */
function onceOn(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k < doc.toks.length && k <= v + 15 && doc.clause[k] === doc.clause[v]; k++) {
    if (wd(doc, k) !== 'on') continue;
    const y = wd(doc, k + 1) === 'the' ? k + 2 : k + 1;
    if (doc.toks[y]?.kind === 'n' || _MONTHS.has(wd(doc, y)) || (_WEEKDAYS.has(wd(doc, y)) && !PLURAL_WEEKDAYS.has(wd(doc, y)))) return true;
  }
  return false;
}

/** Plurals that make a number a count of times gone or a share of them ("10 tuition sessions", "6 times", "90% of"). */
const COUNTED_GOINGS: ReadonlySet<string> = new Set([...[...ROUTINES_ATTENDED].filter((x) => x.endsWith('s') && x !== 'camhs'), 'times', 'appointments', 'meetings', 'visits', '%', 'percent', 'out', 'of']);

/**
 * Whether the clause of `v` has a rate of going after it, in its next 15 tokens: a frequency ("every fortnight", "each week",
 * "twice a week", "per term", "weekly", "on Mondays"), a count of sessions or times gone ("10 tuition sessions", "6 times",
 * "90% of them": a number with a word of {@link COUNTED_GOINGS} in the two words after it), or "all (of) her sessions". A
 * number that names a thing or a date ("the Year 7 club", "by 14 March", "run by 2 volunteers") is no rate.
 */
function rateInClause(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k < doc.toks.length && k <= v + 15 && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    if (x === 'every' || x === 'each' || x === 'times' || x === 'per' || _FREQ_ADVERBS.has(x) || PLURAL_WEEKDAYS.has(x)) return true;
    if (doc.toks[k]?.kind === 'n' && (COUNTED_GOINGS.has(wd(doc, k + 1)) || COUNTED_GOINGS.has(wd(doc, k + 2)))) return true;
    if (x === 'all' && allGoings(doc, k)) return true;
  }
  return false;
}

/** Whether "all" at k heads the goings counted ("all her sessions", "all of his CAMHS appointments"), within four words. */
function allGoings(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j <= k + 4 && j < doc.toks.length && doc.toks[j]?.kind !== 'p'; j++) {
    const x = wd(doc, j);
    if (COUNTED_GOINGS.has(x) && x !== 'of' && x !== 'out' && x !== '%') return true;
  }
  return false;
}

/** "cut down", "cut back": to reduce (the labelling guide, Measurable rule 6: a comparative with no figure is no measure). */
function cutsDown(doc: _Doc, v: number, y: string): boolean {
  return (y === 'cut' || y === 'cuts') && (wd(doc, v + 1) === 'down' || wd(doc, v + 1) === 'back');
}

/**
 * "stay out of trouble", "keep out of trouble": a broad state kept, no behaviour named (the labelling guide, Specific
 * rule 1); "stay out of the corridor" names a place.
 * @example _outOfBroad(doc, v, 'stay') // "stay out of trouble" → true
 */
export function _outOfBroad(doc: _Doc, i: number, x: string): boolean {
  if (x !== 'stay' && x !== 'keep' && x !== 'stays' && x !== 'keeps') return false;
  // "stay safe online", "keep himself safe": a state kept, like "feel safe", not a behaviour (Specific rule 1).
  const k = _REFLEXIVES.has(wd(doc, i + 1)) ? i + 2 : i + 1;
  if (wd(doc, k) === 'safe' && wd(doc, k + 1) !== 'from' && wd(doc, k + 1) !== 'by') return true;
  return wd(doc, i + 1) === 'out' && wd(doc, i + 2) === 'of' && _VAGUE_OBJECTS.has(wd(doc, i + 3));
}

/**
 * Things known or learnt that can be asked for ("know the 2 times table", "learn his lines", "know my number bonds"):
 * someone could check at the deadline whether they are known (the labelling guide, Measurable: "someone could check,
 * at the deadline, whether it happened"), like "by heart" (the guide's process verbs, rule 6, are "develop", "work on",
 * "continue", "practise", "improve"). Not knowing a clause ("know that …", "know when to …") nor "learn" alone.
 */
function knowsContent(doc: _Doc, v: number): boolean {
  if (!_flag3At(doc, v, F3_KNOW_OR_LEARN)) return false;
  if (CLAUSE_OBJECTS.has(wd(doc, v + 1))) return false;
  let k = v + 1;
  // What is known must be bounded: a determiner or possessive ("his lines", "the names of the planets", "all the
  // sounds"), a number ("the 7 times table") or a limit after it ("number bonds to 10"); a bare plural ("learn
  // spellings", "learn key quotations") names no set someone could ask for at the deadline.
  let bounded = false;
  while (k < v + 4 && (OBJECT_LEAD.has(wd(doc, k)) || wd(doc, k) === 'all' || wd(doc, k) === 'key')) {
    if (wd(doc, k) !== 'key') bounded = true;
    k += 1;
  }
  for (let j = k; j <= k + 3 && doc.clause[j] === doc.clause[v] && doc.toks[j]?.kind !== 'p'; j++) {
    const w = wd(doc, j);
    if (doc.used[j] === 4 || (doc.toks[j]?.kind === 'n' && namingAfter(doc, j))) return true;
    if (doc.toks[j]?.kind === 'n' || _NUMBER_WORDS.has(w)) bounded = true;
    if (RECALLED.has(w) || (NAMED_SETS.has(w) && KNOW.has(wd(doc, v)))) return bounded || limitAfter(doc, j);
    if (PREPOSITIONS.has(w) || CLAUSE_OBJECTS.has(w)) return false;
  }
  return false;
}

/** A number within the three words after j ("number bonds to 10", "times tables up to 12", "the first 100 words"). */
function limitAfter(doc: _Doc, j: number): boolean {
  for (let k = j + 1; k <= j + 3 && doc.clause[k] === doc.clause[j]; k++) if (doc.toks[k]?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, k))) return true;
  return false;
}

/**
 * "recognise different types of poetry", "recognise her name card": a thing recognised is seen picked out, as "identify"
 * is (the labelling guide, Measurable rule 3: "when an adult can see it done"); not a clause ("recognise when she is
 * getting angry") nor an inner state ("recognise his feelings", "the signs of anxiety"; "road signs" are things): those are awareness, which the
 * guide's "understand", "be aware of" cannot be seen.
 */
function recognisesThing(doc: _Doc, v: number, y: string): boolean {
  if (y !== 'recognise' && y !== 'recognize') return false;
  if (CLAUSE_OBJECTS.has(wd(doc, v + 1)) || PRONOUNS.has(wd(doc, v + 1))) return false;
  let head = false;
  for (let k = v + 1; k <= v + 6 && doc.clause[k] === doc.clause[v] && doc.toks[k]?.kind !== 'p'; k++) {
    const w = wd(doc, k);
    if (INNER_STATES.has(w) || CLAUSE_OBJECTS.has(w) || ((w === 'signs' || w === 'sign') && wd(doc, k + 1) === 'of')) return false;
    if (PREPOSITIONS.has(w) && w !== 'of') break;
    if (doc.toks[k]?.kind === 'w' && !OBJECT_LEAD.has(w)) head = true;
  }
  return head;
}

/** What is felt or sensed, not seen picked out: the object of an awareness ("recognise his feelings", "the signs of stress"). */
const INNER_STATES = s('feelings feeling emotions emotion triggers trigger behaviour behaviours needs danger dangers risk risks strengths weaknesses worries worry anger frustration stress anxiety mood moods achievements progress importance value worth self-worth');

/** Words that open a clause as the object ("know that …", "know when to …"): what is known is no thing named. */
const CLAUSE_OBJECTS = s('that how when what why where which who if whether about');

/** Things recalled or recited ("facts", "number bonds", "spellings", "lines", "quotations"). */
const RECALLED = s('facts fact bonds table tables spellings sounds phonemes graphemes letters alphabet names lines quotations quotes words numbers numerals keywords vocabulary formulae formulas address postcode');
/**
 * The closed sets a young child names on request, read only as known ("know her colours", "knows his shapes": asked for and
 * named, Measurable rule 3; label y29-096 measurable). Learnt they are the learning, a process ("Reggie to learn his colours":
 * labels of colours or shapes learnt, 2 measurable to 1 against, y61-178, too few to follow; the reviewer's probes not).
 */
const NAMED_SETS = s('colours colors shapes');
/** {@link RECALLED}, read by _specific.ts: a thing the child learns, reviewed by the child ("Key words to be reviewed each lesson"). */
export const _RECALLED: ReadonlySet<string> = RECALLED;

/** Extent that no one could check ("with some independence", "in a limited way", "as appropriate"); a manner adverb or an object's determiner ("some letters") is none. */
function vagueExtent(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k < doc.toks.length && k <= v + 10 && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    // A manner adverb straight after the verb is the behaviour itself ("communicate appropriately"); after its object, a
    // thing done is named and can be seen ("use single words appropriately": the labelling guide's worked examples, M yes).
    // A second verb joined by "and" has its own manner and extent ("explain what full stops mean and use these in some …").
    if (x === 'and' && (seenVerb(wd(doc, k + 1)) || UNSEEN.has(wd(doc, k + 1)))) return false;
    if (!_flag2At(doc, k, F_VAGUE_MANNER) || x === 'begin' || (_endsLy(x) && k > v + 1) || rangeSetting(doc, k)) continue;
    if (x === 'some' && (k === v + 1 || OBJECT_LEAD.has(wd(doc, k - 1)) || _endsLy(wd(doc, k - 1)))) continue;
    if (x === 'appropriate' && !MANNER_LEADS.has(wd(doc, k - 1))) continue;
    return true;
  }
  return false;
}

/** Modals that open the child's outcome in the fallback pass ("will", "should be toileting independently"). */
const WILL_WORDS = s("will 'll should must");
/** The flag of {@link WILL_WORDS} and "to": the fallback pass of {@link willCapabilities} looks at no other word. */
const F_WILL_OR_TO = _wordFlag([...WILL_WORDS, 'to']);
/** {@link willCapabilities}' trigger flag, for tests (test/smart/perfTriggers.test.ts). */
export const _F_WILL_OR_TO = F_WILL_OR_TO;

/**
 * Words at which {@link frameVerb} can read a frame other than a present tense or an imperative (each of its first
 * tests): "able", "learn", "how", "can" and the other modals, "to", the verbs of beginning and trying, "will" and the
 * like. At any other word only the present tense and the imperative are tried; a frame that starts at a new word
 * must add it here (test/smart/perfFlags.test.ts compares with no skipping).
 */
const F_FRAME_WORD = _wordFlag(['able', ...LEARN, 'how', ...CAN_WORDS, 'to', ...ASPECT, ...WILL_WORDS], undefined, true);

/**
 * "try and keep", "try to use", "begin to write", "learn to ride": the verb tried, begun or learnt is what is seen
 * (the attempt is the child's, the outcome can be checked; the labelling guide's process verbs, Measurable rule 6,
 * are "develop", "work on", "continue", "practise", "improve").
 */
function aspect(doc: _Doc, v: number): number {
  if (v < 0 || !ASPECT.has(wd(doc, v)) || (wd(doc, v + 1) !== 'to' && !(wd(doc, v + 1) === 'and' && wd(doc, v) === 'try'))) return v;
  return verbAfter(doc, v + 2);
}

/** Marks after which a note is another part, not the verb's object. */
const NOTE_MARKS = s('( , ; . \n');

/** A provision noun among the four words after the verb at v, hyphenated ones too ("the Young Minds drop-in"). */
function provisionNear(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k <= v + 5; k++) {
    // A note after a spaced dash, a bracket, a comma or a sentence's end is another part ("use conjunctions - TA support",
    // "use conjunctions, TA support"), not the verb's object.
    if ((((doc.flags[k] as number) & _F_CLAUSE_END) !== 0 && NOTE_MARKS.has(wd(doc, k))) || (wd(doc, k) === '-' && doc.toks[k]?.gap === true)) return false;
    if (((doc.flags[k] as number) & _F_PROVISION_NOUN) !== 0 && k <= v + 4) return true;
    if (doc.toks[k]?.hyph === true && _PROVISION_NOUNS.has(`${wd(doc, k - 1)}-${wd(doc, k)}`)) return true;
  }
  return false;
}

/** Verbs by which a skill enables something else ("skills to facilitate joint play", "skills to enable them to order"). */
const ENABLING = s('facilitate support enable allow help');
/** Activities seen taking place: what an enabling verb's object must be for the skill to be seen ("joint play"). */
const ACTIVITIES = s('play game games conversation conversations role-play turn-taking');

/**
 * After "skills to" + an enabling verb at v: the verb enabled ("enable them to articulate" → its index), -2 when the
 * object is an activity seen ("facilitate joint play with peers"), else -1 (nothing seen: "facilitate the development
 * of …", the labelling guide, Measurable rule 3).
 */
function enabledActivity(doc: _Doc, v: number): number {
  if (!ENABLING.has(wd(doc, v))) return -1;
  const clause = doc.clause[v];
  for (let k = v + 1; k <= v + 6 && doc.clause[k] === clause && doc.toks[k]?.kind !== 'p' || wd(doc, k) === '/'; k++) {
    const x = wd(doc, k);
    if (x === 'to' && k <= v + 3) return verbAfter(doc, k + 1);
    if (ACTIVITIES.has(x) || (doc.toks[k]?.hyph === true && ACTIVITIES.has(`${wd(doc, k - 1)}-${x}`))) return -2;
    if (PREPOSITIONS.has(x) || x === 'development' || x === 'progress') return -1;
  }
  return -1;
}

/** Things of the child's own that are handled day by day and seen handled ("manage his money", "manages her weekly allowance"). */
const MANAGED_THINGS: ReadonlySet<string> = new Set([..._MONEY, ...s('cash savings wages finances account timetable'), ...MEDICINE]);
/** Words skipped between "manage" and the thing managed ("his own weekly allowance"). */
const MANAGED_LEADS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'own', 'bank', ..._FREQ_ADVERBS]);

/**
 * "be able to manage his money", "YP manages his weekly allowance": "manage" with a thing of the child's own that is handled
 * day by day ({@link MANAGED_THINGS}) is seen done, as "keep her desk tidy" is (the labelling guide, Measurable rule 3: an
 * observable capability is measurable "when an adult can see it done"; Barnet, section 5, "What will the child or young person
 * be able to do that they cannot do now?"). Not "manage his feelings", "manage his anger" (nothing seen), not "manage money"
 * with no owner (a heading's area), not the first of a list of areas ("manage his money, health and friendships": rule 6, a
 * broad area), and a comparative after it ("manage his money better") is still no measure (rule 6).
 */
function managesThing(doc: _Doc, v: number, y: string): boolean {
  if (y !== 'manage' && y !== 'manages') return false;
  if (!_CHILD_POSSESSIVES.has(wd(doc, v + 1))) return false;
  let k = v + 2;
  while (k < v + 5 && MANAGED_LEADS.has(wd(doc, k))) k += 1;
  return doc.clause[k] === doc.clause[v] && MANAGED_THINGS.has(wd(doc, k)) && !listOfAreas(doc, k);
}

/** The words read on after a list's comma for its "and" ("money, health and friendships"). */
const LIST_REACH = 3;

/** Whether the noun at k opens a list of areas: a comma and a word not a deadline's, then "and" within {@link LIST_REACH} words. */
function listOfAreas(doc: _Doc, k: number): boolean {
  if (wd(doc, k + 1) !== ',' || doc.toks[k + 2]?.kind !== 'w' || doc.used[k + 2] !== 0) return false;
  for (let j = k + 3; j <= k + 2 + LIST_REACH && doc.toks[j]?.kind === 'w'; j++) if (wd(doc, j) === 'and') return true;
  return false;
}

/**
 * States and habits of the child's that "sort out" puts right ("sort out his sleep", "sort my head out", "sort out her
 * lateness", "sort out next steps", "sort out his money"); anything else sorted out is a thing done or got once ("sort out
 * her CV", "sort out her bus pass": Measurable rule 5).
 */
const SORTED_STATES: ReadonlySet<string> = new Set([...s('sleep sleeping lateness punctuality attendance head behaviour behavior behaviours attitude attitudes uniform routine routines mood temper life steps habits finances debts'), ..._MONEY]);
/** The words read on from "sort" for its object and "out" ("sort my head out", "sort out her 16-25 railcard"). */
const SORT_REACH = 6;

/**
 * Whether "sort" at v puts right a state or habit of the child's ({@link SORTED_STATES}): a process like "work on" (the
 * labelling guide, Measurable rule 6), where "sort out his bus pass" or "sort out her CV" is a thing done or got once,
 * done or not by the deadline (rule 5).
 */
function sortsOutProcess(doc: _Doc, v: number, y: string): boolean {
  if (y !== 'sort' && y !== 'sorts') return false;
  let out = false, state = false;
  for (let k = v + 1; k <= v + SORT_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    if (x === 'out') out = true;
    else if (SORTED_STATES.has(x)) state = true;
  }
  return out && state;
}

/** Words read on from the capability's verb for its occasion. */
const OCCASION_REACH = 10;
/** Prepositions of the occasion a named strategy is used on ("before exams", "in lessons", "during tests"). */
const OCCASION_PREPOSITIONS = s('before during in at after');
/** Occasions a strategy is seen used on: the countable times of {@link _OCCASIONS}, exams and tests, lessons by subject ("in PE"), and writing. */
const STRATEGY_OCCASIONS: ReadonlySet<string> = new Set([..._OCCASIONS, ...EXAM_WORDS, ..._SUBJECTS, 'writing']);
/** Words skipped between the occasion's preposition and its head ("in his written work", "before the end-of-unit tests"). */
const OCCASION_REACH_HEAD = 4;

/**
 * Whether the general object of "use" at v is a strategy named by a describing word and used on a named occasion ("use the
 * breathing strategy before exams", "use the spelling strategies taught in intervention in his written work"): an adult can
 * see it used then (the labelling guide, Measurable rule 3), where "use her coping strategies" alone, or "from CAMHS", names
 * no time to look (rule 6). The judged occasion of {@link ownOccasion} is no named occasion.
 */
function strategyOnOccasion(doc: _Doc, v: number): boolean {
  const y = wd(doc, v);
  if (y !== 'use' && y !== 'uses' && y !== 'apply' && y !== 'applies') return false;
  let k = v + 1;
  while (k < v + 4 && _flag2At(doc, k, F_OBJECT_LEAD)) k += 1;
  // The describing word before the general noun names the strategy ("breathing", "spelling"); "her strategies" names none.
  if (k === v + 1 || doc.toks[k]?.kind !== 'w' || _GENERIC_OBJECTS.has(wd(doc, k)) || !_GENERIC_OBJECTS.has(wd(doc, k + 1))) return false;
  for (let j = k + 2; j <= k + 2 + OCCASION_REACH && doc.clause[j] === doc.clause[v] && doc.toks[j]?.kind === 'w'; j++) {
    if (!OCCASION_PREPOSITIONS.has(wd(doc, j))) continue;
    // "in his written work", not "at work" (a job is no occasion named).
    for (let h = j + 1; h <= j + OCCASION_REACH_HEAD && doc.toks[h]?.kind === 'w'; h++) if (STRATEGY_OCCASIONS.has(wd(doc, h)) || (wd(doc, h) === 'work' && wd(doc, h - 1) === 'written')) return true;
  }
  return false;
}

/** Words that close the clause an occasion is read in ("hand in her homework and ask for help if needed": the act before "and" has none). */
const CLAUSE_JOINS = s('and or but then');
/** The things a need is for when they go unnamed ("when she needs it", "when he needs them", "when I need to"). */
const NEED_UNNAMED = s('it them to');
/** Words that open an occasion ("when", "where possible", "if needed"). */
const OCCASION_OPENERS = s('when whenever where wherever if');

/**
 * Whether the capability at v is done only on an occasion the child or others judge ("ask for help when she needs it", "use my
 * card when I need it", "stay in lessons where possible", "use her fan if needed", "Where possible, stay in class"): the
 * labelling guide, Measurable rule 6, vague frequency; Bolton Virtual School PEP guidance (2021/22), smart targets, Step 3,
 * "What would I see/measure/count etc.", finds nothing to count when the occasion is the child's own judgement. The occasion
 * is read in the verb's own clause: up to a sentence end, "and", or a comma not followed by the occasion ("blend words by
 * Easter, using her mat when she needs it": the condition is the second act's). A need named is an occasion seen ("tell an
 * adult when he needs the toilet", "when she needs to go"), and a figure elsewhere in the target still measures on its own.
 */
function ownOccasion(doc: _Doc, v: number): boolean {
  if (judgedOpening(doc, v)) return true;
  for (let k = v + 1; k <= v + OCCASION_REACH && k < doc.toks.length && !sentenceEndAt(doc, k) && !CLAUSE_JOINS.has(wd(doc, k)); k++) {
    const x = wd(doc, k);
    if (x === ',' && !OCCASION_OPENERS.has(wd(doc, k + 1)) && !onNeed(doc, k + 1)) return false;
    // "use the calm corner when needed", "access sensory breaks as needed": done on the child's need, left unnamed.
    if (onNeed(doc, k)) return true;
    if (!OCCASION_OPENERS.has(x)) continue;
    // "where possible", "if needed": an extent left to judgement; "when possible" puts a one-off act off to a time ("add a lesson
    // when possible": done or not once it comes, Settled cases), so "when" takes only the child's need below.
    if (x !== 'when' && judgedAt(doc, k)) return true;
    if (!CHILD_PRONOUN_SUBJECTS.has(wd(doc, k + 1)) || (wd(doc, k + 2) !== 'need' && wd(doc, k + 2) !== 'needs')) continue;
    // "when she needs it", "when I need to" ending the clause or before its deadline: the need is not named.
    if (NEED_UNNAMED.has(wd(doc, k + 3)) && occasionClosed(doc, k + 4)) return true;
  }
  return false;
}

/**
 * Whether "as" or "when" at k opens a need left unnamed ("when needed.", "as needed", "as and when needed") that closes the
 * clause or comes before where the need arises ("as needed in lessons", "when needed during carpet time"): the occasion is
 * the child's own judgement, nothing someone could count, as "when she needs it" is (the development labels of the child's
 * act with it count 2 not measurable, y60-191 and y63-046, to none; with "when she needs it", "when I need it", y24-193 and
 * y35-017, 4 to none). Not "as required": its development labels split, 5 not measurable (x015, x072, x091, x100, x101) to
 * 3 (x059, x068, p011).
 */
function onNeed(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (x !== 'as' && x !== 'when') return false;
  const at = x === 'as' && wd(doc, k + 1) === 'and' ? k + 3 : k + 1;
  return wd(doc, at) === 'needed' && (occasionClosed(doc, at + 1) || wd(doc, at + 1) === 'in' || wd(doc, at + 1) === 'during');
}

/** Whether the occasion closes before token k: the text or the clause ends there, or a deadline phrase opens ("if needed by Easter"). */
function occasionClosed(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t === undefined || t.kind !== 'w' || doc.used[k] === 1;
}

/** Whether an occasion word at k is followed by a word of {@link _WHEN_VAGUE} that closes it ("where possible", "if needed."). */
function judgedAt(doc: _Doc, k: number): boolean {
  return _WHEN_VAGUE.has(wd(doc, k + 1)) && occasionClosed(doc, k + 2);
}

/** Whether v's sentence opens with a judged occasion ("Where possible, Ali will stay in class"). */
function judgedOpening(doc: _Doc, v: number): boolean {
  const a = _nearest(doc, v - 1, SENTENCE_END_BACK) + 1;
  const x = wd(doc, a);
  return a + 2 < v && x !== 'when' && OCCASION_OPENERS.has(x) && judgedAt(doc, a);
}

/**
 * "keep his hands to himself", "keep her desk tidy": "keep" with a thing kept in a state is seen done (not "keep
 * trying", "keep working": a process, the labelling guide, Measurable rule 6).
 */
function keepsThing(doc: _Doc, v: number): boolean {
  const verb = wd(doc, v);
  if (verb !== 'keep' && verb !== 'keeps') return false;
  const lead = wd(doc, v + 1);
  const head = wd(doc, v + 2);
  const owned = lead === 'his' || lead === 'her' || lead === 'their' || lead === 'the' || lead === 'a' || lead === 'my';
  // "keep letters of a uniform size": a plural thing kept, with no determiner.
  if (!owned && doc.toks[v + 1]?.kind === 'w' && _endsS(lead) && !_endsSs(lead) && !_GENERIC_OBJECTS.has(lead) && !_VAGUE_OBJECTS.has(lead) && !MAKE_ABSTRACT.has(lead) && !PREPOSITIONS.has(lead) && lead !== 'us') return true;
  // "Keep her school friendships going", "keep his grades up": a thing kept going, a process, as "keep going" is (_specific.ts
  // reads "keep going", "keep up"; Settled cases: "keep going to college" is neither, M rule 6).
  if (keptGoing(doc, v)) return false;
  // Not a disposition kept ("keep his temper", "keep calm"): nothing is seen done.
  return owned && doc.toks[v + 2]?.kind === 'w' && !_endsIng(head) && !_GENERIC_OBJECTS.has(head) && !_VAGUE_OBJECTS.has(head) && !DISPOSITIONS.has(head);
}

/** Words after the thing kept that make it kept going ("keep her friendships going", "keep his attendance up"). */
const KEPT_GOING = s('going up');
/** The words read on from "keep" for {@link KEPT_GOING}: the thing kept, with its determiner and describing words. */
const KEPT_REACH = 5;

/** Whether "keep" at v keeps its thing going ({@link KEPT_GOING}) in its clause, the part's end or "and" after it. */
function keptGoing(doc: _Doc, v: number): boolean {
  for (let k = v + 2; k <= v + KEPT_REACH && doc.clause[k] === doc.clause[v] && doc.toks[k]?.kind === 'w'; k++) {
    if (!KEPT_GOING.has(wd(doc, k))) continue;
    const next = doc.toks[k + 1];
    return next === undefined || next.kind !== 'w' || wd(doc, k + 1) === 'and';
  }
  return false;
}

/**
 * Whether the "to" at i follows the child named as the subject of a target fragment ("Sam to use his visual timetable",
 * "For Sam to read 10 words", "YP to open a bank account"): the PEP form of "Sam will …". Adults ("Carer to read with
 * Sam") are provision, marked elsewhere.
 * @example _childBeforeTo(doc, 1) // "Sam to use a ruler" → true
 */
export function _childBeforeTo(doc: _Doc, i: number): boolean {
  const p = i - 1;
  const t = doc.toks[p];
  if (t === undefined || t.kind !== 'w' || _ADULT_SUBJECTS.has(wd(doc, p)) || ADULTS_BY_ROLE.has(wd(doc, p))) return false;
  const named = _capitalised(t.raw) || CHILD_WORDS.has(wd(doc, p));
  // "Ellie-Mae to stay out of isolation": a hyphenated name opens at its first part.
  let q = p;
  while (q > 0 && doc.toks[q]?.hyph === true) q -= 1;
  return named && (fragmentStart(doc, q) || pointLeads(doc, q) || (wd(doc, q - 1) === 'for' && fragmentStart(doc, q - 1)));
}

/** The child's family among the adults by role (read by the visits of a move: visits to a relative are contact, not a setting seen). */
const FAMILY_ADULTS = s('mum dad mother father nan gran grandma grandad grandparents aunt uncle');
/**
 * Family members and professionals who, as the subject of "<X> to …", give provision ("Mum to read with Sam"). Some roles
 * ("lsa", "ep", "camhs", "iro", "nurse" …) are in _phrases.ts {@link _ADULT_HEADS} too, but that list is not spread in here:
 * its other heads ("adviser", "interpreter", "elsa", "authority", "gp", "doctor") change judgements where this set is read.
 */
const ADULTS_BY_ROLE: ReadonlySet<string> = new Set([...FAMILY_ADULTS, ...s('yot foster lsa ep ot salt camhs iro tod vs vsh head headteacher slt coordinator lead officer nurse therapist clinician'), ..._ADULT_JOBS]);

/** Words that name the child as a subject ("YP to …", "XX to …", "Child to …"). */
const CHILD_WORDS = s('yp cyp child pupil student learner x xx xxx xxxx');

/** Words of a thing's whole extent before the object of "access" ("the full curriculum"), read past by {@link accessSeen}. */
const WHOLE = s('full whole entire');
/** Words of a broad object's kind or extent before it ("mainstream lessons", "his usual classes"), read past before a broad head of "access". */
const ACCESS_BROAD_LEADS = s('mainstream usual normal');
/** Units of the child's own share of the timetable after a figure ("for 3 afternoons a week", "4 lessons", "80% of lessons"). */
const SHARE_UNITS = s('% percent afternoons afternoon mornings morning days day lessons lesson sessions session periods period hours hour times');
/** Lessons and classes: the child's own attendance at them is the child's act when the share is said (the labelling guide, Settled cases). */
const ACCESS_LESSONS = s('lessons lesson classes');
/** How far after the object of "access" a share of the timetable is looked for (a bounded walk). */
const SHARE_REACH = 12;
/** Words that join a clause or phrase after a noun ("class and …", "class when …"): no noun that "class" names the kind of. */
const JOINS = s('and or but so when as by if until while');

/**
 * Whether a share of the child's timetable follows token k in its sentence ("for 3 afternoons a week", "for all of his lessons",
 * "every Monday", "on his timetable", "full-time"): the child's own attendance, measured by the share (the labelling guide,
 * Settled cases: the child's own attendance is specific; a rate measures). A bounded walk of {@link SHARE_REACH} tokens.
 */
function timetableShare(doc: _Doc, k: number): boolean {
  for (let j = k; j < k + SHARE_REACH && j < doc.w.length; j++) {
    const x = wd(doc, j);
    if (doc.toks[j]?.kind === 'n' && SHARE_UNITS.has(wd(doc, j + 1))) return true;
    if ((x === 'all' && wd(doc, j + 1) === 'of') || x === 'timetable' || x === 'daily' || x === 'weekly' || x === 'fulltime') return true;
    if ((x === 'every' || x === 'each') && SHARE_UNITS.has(wd(doc, j + 1))) return true;
    if (((doc.flags[j] ?? 0) & _F_ENDS) !== 0) return false;
  }
  return false;
}


/** Objects of "access" that are broad or given to the child, not a place or service the child is seen using. */
const ACCESS_BROAD = s('curriculum learning education lessons lesson school work class classes classroom tasks task provision these this them it');

/**
 * "accesses benefits", "access the service", "access the Student Centre at break": a service or place the child is
 * seen using, checkable (the labelling guide, Measurable rule 3); not "access support", "access strategies", "access
 * the curriculum" (general or broad) nor "access the nurture group" (provision, rule 6, checked after).
 */
function accessSeen(doc: _Doc, v: number): boolean {
  const verb = wd(doc, v);
  if (verb !== 'access' && verb !== 'accesses' && verb !== 'accessing') return false;
  if (accessReceived(doc, v)) return false;
  let k = v + 1;
  // "the full curriculum", "the whole school curriculum": the broad object with a word of its extent before it; only the
  // curriculum's (a whole school day is a time the child is seen in school).
  while (k < v + 4 && (_flag2At(doc, k, F_OBJECT_LEAD) || (WHOLE.has(wd(doc, k)) && (wd(doc, k + 1) === 'curriculum' || wd(doc, k + 2) === 'curriculum')))) k += 1;
  // "access mainstream lessons", "access her usual classes": a word of kind or extent before a broad object is still the broad object.
  // Not "school" (a whole or mainstream school day is a place the child is seen in), and "full", "whole", "entire" only before
  // "curriculum" (read above).
  // Lessons or classes with a share of the timetable after them ("access mainstream lessons for 3 afternoons a week"), or all
  // of them ("access all lessons"): the child's own attendance, seen (the labelling guide, Settled cases).
  const lead = wd(doc, k);
  const broadAt = ACCESS_BROAD_LEADS.has(lead) || lead === 'all' ? k + 1 : k;
  if (ACCESS_LESSONS.has(wd(doc, broadAt)) && doc.clause[broadAt] === doc.clause[v] && (lead === 'all' || timetableShare(doc, broadAt + 1))) return true;
  if (ACCESS_BROAD_LEADS.has(lead) && doc.clause[k + 1] === doc.clause[v] && ACCESS_BROAD.has(wd(doc, k + 1)) && wd(doc, k + 1) !== 'school') return false;
  // "all class trips": "all" before a thing the child is seen at.
  if (lead === 'all' && doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[v]) k += 1;
  // "all class trips": "class" naming the kind of the thing after it.
  if (wd(doc, k) === 'class' && doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[v] && !PREPOSITIONS.has(wd(doc, k + 1)) && !ACCESS_BROAD.has(wd(doc, k + 1)) && !JOINS.has(wd(doc, k + 1))) k += 1;
  const head = wd(doc, k);
  return doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v] && !ACCESS_BROAD.has(head) && !_GENERIC_OBJECTS.has(head) && !PREPOSITIONS.has(head) && !_genericObject(doc, v);
}

/**
 * What the child may "access" as a service, provision, fund or activity given ({@link ROUTINES_ATTENDED}, the adults and
 * services of {@link _ADULT_HEADS} such as ELSA or CAMHS, and funding, an entitlement, childcare): gone to or received, not a
 * thing the child is seen using. "Activities" only out of class ({@link ACTIVITIES_OUT_OF_CLASS}).
 */
const ACCESS_RECEIVED: ReadonlySet<string> = new Set([...[...ROUTINES_ATTENDED].filter((x) => x !== 'class' && x !== 'classes'), ..._ADULT_HEADS, 'funding', 'funded', 'entitlement', 'entitlements', 'childcare']);
/**
 * Words before "activities" that put them out of class, a club's or the community's ("community activities", "extra-curricular
 * activities", "holiday activities", "after-school activities"): without one they are classroom tasks the child uses ("access the
 * maths activities independently", Measurable rule 3). "school" only joined by a hyphen ("after-school", "out-of-school").
 */
const ACTIVITIES_OUT_OF_CLASS = s('community curricular extracurricular holiday holidays youth sports leisure enrichment club weekend');
/** Places a child may go to at a time of the school day ("access the library at lunch", "the nurture room at break"). */
const ACCESS_PLACES = s('room centre library base hub area space unit');

/**
 * "Ruben to access community activities", "To access EY PP+ funding", "Skye to access ELSA", "Summer to access her early years
 * entitlement", "Ava to access the library at lunchtime": a service, provision, fund or activity accessed, or a place gone to at
 * a time of the school day, with no rate of going in its clause, is a routine or service gone to (the labelling guide,
 * Measurable rule 5, "go to the library at lunch"; Settled cases, the club row: "a rate of going still measures"). Read like
 * {@link _routineAttended}: a word of {@link ACCESS_RECEIVED} or a programme named in the six words after, before a phrase
 * ends; not with a rate ("access ELSA weekly", "the library at lunchtimes": a plural occasion, {@link SCHEDULE_PLURALS}) nor
 * a one-off day ("on 4 March").
 */
function accessReceived(doc: _Doc, v: number): boolean {
  let received = false;
  let place = false;
  let outOfClass = false;
  for (let k = v + 1; k < doc.toks.length && k <= v + 6 && !received; k++) {
    const x = wd(doc, k);
    if (doc.toks[k]?.kind === 'p') {
      // a possessive's mark, a hyphen, the plus of a fund ("EY PP+ funding")
      if (x === "'" || x === '’' || x === '+' || doc.toks[k + 1]?.hyph === true || doc.toks[k]?.hyph === true) continue;
      break;
    }
    if (k > v + 1 && PHRASE_ENDS.has(x) && x !== 'and' && doc.toks[k + 1]?.hyph !== true) break;
    if (ACTIVITIES_OUT_OF_CLASS.has(x) || (x === 'school' && (doc.toks[k]?.hyph === true || wd(doc, k - 1) === '-'))) outOfClass = true;
    place ||= ACCESS_PLACES.has(x);
    received = ACCESS_RECEIVED.has(x) || (x === 'activities' && outOfClass) || _namedProvisionAt((j) => wd(doc, j), k) > 0;
  }
  const time = dayTime(doc, v);
  return (received || (place && time === 1)) && time < 2 && !rateInClause(doc, v) && !onceOn(doc, v);
}

/**
 * When the clause of `v` says the place is used, in its next 15 tokens: 2 for a plural occasion after where it falls ("at
 * lunchtimes", "on Mondays": a rate, {@link SCHEDULE_PLURALS}), 1 for a point of the school day ({@link DAY_POINTS}: "at lunch",
 * "at breaktime"), 0 for neither.
 */
function dayTime(doc: _Doc, v: number): number {
  let got = 0;
  for (let k = v + 1; k < doc.toks.length && k <= v + 15 && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    if (SCHEDULE_PLURALS.has(x) && SCHEDULE_LEADS.has(wd(doc, k - 1))) return 2;
    if (DAY_POINTS.has(x) && x !== 'school') got = 1;
  }
  return got;
}

/** What "make" does that no one sees made: "make progress", "make friends", "make positive choices". */
const MAKE_ABSTRACT = s('progress friends friendships friend choices choice decisions decision improvements improvement effort relationships sense use mistakes links connections gains steps transition contribution contributions attempt start difference');

/** "make a cup of tea", "make his own way to school": "make" with a thing made or done, seen (not "make progress"). */
function concreteMake(doc: _Doc, v: number): boolean {
  const verb = wd(doc, v);
  // "do simple addition calculations", "do a forward roll": the light verb "do" is seen done with a thing done, as "make"
  // is; not "do well", "do his best" (dispositions) nor "do his work", "do reading" (recurring, with no task named).
  const does = verb === 'do' || verb === 'does' || verb === 'doing';
  if (verb !== 'make' && verb !== 'makes' && verb !== 'making' && !does) return false;
  let k = v + 1;
  while (k < v + 4 && _flag2At(doc, k, F_OBJECT_LEAD)) k += 1;
  const head = wd(doc, k);
  // "make healthier food choices", "make safer online choices": a word describing the choices before them, which are still
  // what no one sees made, as "make better food choices" is (Measurable rule 6, "a comparative without a figure").
  if (!does && k > v + 1 && doc.toks[k + 1]?.kind === 'w' && MAKE_ABSTRACT.has(wd(doc, k + 1)) && wd(doc, k + 2) !== 'between') return false;
  // "make choices between the options offered": a choice between things in front of the child is seen made.
  if ((head === 'choices' || head === 'choice') && wd(doc, k + 1) === 'between') return true;
  // "do her homework" is a task named, which an adult can check, like "complete his homework" (the labelling guide, Settled cases).
  if (does && ((_RECURRING_OBJECTS.has(head) && head !== 'homework') || DISPOSITIONS.has(head) || head === 'so' || head === 'what')) return false;
  // "Why does Mason get so angry?", "Does she need …": "do" opening a question before its subject is the auxiliary,
  // no thing done ("Sam will do French" is).
  const question = fragmentStart(doc, v) || CLAUSE_OBJECTS.has(wd(doc, v - 1));
  if (does && question && (childSubjectAt(doc, k) || PRESENT_SUBJECTS.has(head) || head === 'you' || head === 'we')) return false;
  // "what he wants to do after Year 11": a time or setting word is no thing done.
  if (_SETTINGS.has(head) || head === 'after' || head === 'before' || head === 'until') return false;
  return doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v] && !MAKE_ABSTRACT.has(head) && !_VAGUE_OBJECTS.has(head) && !PREPOSITIONS.has(head) && !NOT_OBJECTS.has(head);
}

/**
 * Whether the token at i opens its sentence after a point in time that leads it ("By July, to use full stops", "By the end of
 * EYFS to be reading simple CVC words", "By Easter, Tom to use his planner"): the point is the deadline the scan of deadlines
 * marked (`used` 1), itself opening the sentence, with at most a comma after it. What follows is the target's frame, as at the
 * start (the labelling guide, Measurable rule 3: the capability is read the same wherever its deadline is written).
 */
function pointLeads(doc: _Doc, i: number): boolean {
  let k = wd(doc, i - 1) === ',' ? i - 2 : i - 1;
  if (k < 0 || doc.used[k] !== 1) return false;
  const stop = Math.max(0, k - 12);
  while (k > stop && doc.used[k - 1] === 1) k -= 1;
  return doc.used[k] === 1 && (k === 0 || doc.used[k - 1] !== 1) && fragmentStart(doc, k);
}

/** Whether the token at i starts a sentence, a list item or an example ("For example, using a timer"). */
function fragmentStart(doc: _Doc, i: number): boolean {
  if (i === 0) return true;
  const p = doc.toks[i - 1];
  if (p === undefined || p.kind !== 'p') return false;
  const mark = wd(doc, i - 1);
  if (mark === ',') return wd(doc, i - 2) === 'example' || wd(doc, i - 2) === 'e.g';
  return mark !== '(' && mark !== '"' && mark !== "'" && mark !== '/' && mark !== '&';
}

/**
 * A next step written as a gerund at the start of a sentence or list item, "writing the letters the correct
 * way round", "counting objects to 10": a capability when the verb is one a child is seen doing and has an
 * object ("learning the times tables" is a process, the labelling guide, Measurable rule 6).
 */
function gerundAt(doc: _Doc, i: number, x: string): Span | null {
  // "Spelling of tricky words": a verb form before "of" is a noun heading, as "Use of punctuation" is.
  // "Independently writing his name": an adverb before the gerund opens the item as well. "Sam is using a ruler", "I am
  // using capital letters": the present progressive after the child, like "will be using".
  // Only a gerund can answer (gerundCapability's first test), so nothing before it is looked at for any other word.
  if (x.length < 5 || !_endsIng(x)) return null;
  const p = wd(doc, i - 1);
  const opens = fragmentStart(doc, i) || (doc.toks[i - 1]?.kind === 'w' && adverbLy(p) && fragmentStart(doc, i - 1)) || ((p === 'is' || p === 'am' || p === 'are') && childSubjectAt(doc, i - 2)) || (p === ',' && gerundListBefore(doc, i - 1));
  return opens && wd(doc, i + 1) !== 'of' ? gerundCapability(doc, i, x) : null;
}

/**
 * Whether the comma at c follows an item of a list of gerunds that opened a sentence or list ("…: independently going
 * to the toilet, flushing and washing hands"): the gerund after the comma opens the next item the same way. At most
 * eight items back (each at most eight words), so a long list costs a bounded look-back per comma.
 */
function gerundListBefore(doc: _Doc, c: number, depth = 0): boolean {
  if (depth > 6) return false;
  let k = c - 1;
  while (k >= 0 && k >= c - 8 && doc.toks[k]?.kind !== 'p') k -= 1;
  if (k >= 0 && doc.toks[k]?.kind !== 'p') return false;
  const g = adverbLy(wd(doc, k + 1)) ? k + 2 : k + 1;
  if (g >= c || !_endsIng(wd(doc, g)) || doc.toks[g]?.kind !== 'w') return false;
  return k >= 0 && wd(doc, k) === ',' ? gerundListBefore(doc, k, depth + 1) : fragmentStart(doc, k + 1);
}

/**
 * Nouns a gerund names a kind of ("reading age", "spelling score", "swimming lessons", "boxing club"): the gerund is a noun
 * there, a measure's name or provision (the labelling guide, Measurable rule 6), no act seen done.
 */
const GERUND_NOUNS = s('age ages score scores lesson lessons session sessions club clubs class classes group groups');
/** Of {@link GERUND_NOUNS}, those naming sessions given ("Reading recovery sessions", "Boxing club"), not a score's name. */
const GERUND_SESSIONS = s('lesson lessons session sessions club clubs class classes group groups');

/**
 * Participles of adults' checking besides their acts ({@link _ADULTS_ACTS}: "Reading to be monitored"): a check with nothing
 * to see. Not "reviewed": a thing "to be reviewed" is measurable (Settled cases, "To be reviewed" changed; the development
 * labels of "… to be reviewed" count 27 measurable against 5 not).
 */
const CHECKED = s('checked tracked assessed observed watched discussed');

/** Whether the participle y is adults' checking of a gerund ({@link CHECKED}, {@link _ADULTS_ACTS} but "reviewed"). */
function checkedByAdults(y: string): boolean {
  return CHECKED.has(y) || (_ADULTS_ACTS.has(y) && y !== 'reviewed');
}

/** Whether "by" at k names the child as the doer ("Reading to be tested by Sam"), not an adult ("by the class teacher"). */
function childAgent(doc: _Doc, k: number): boolean {
  if (wd(doc, k) !== 'by') return false;
  let a = k + 1;
  while (a < k + 3 && (wd(doc, a) === 'the' || OBJECT_OWNERS.has(wd(doc, a)))) a += 1;
  return !_ADULT_SUBJECTS.has(wd(doc, a)) && !ADULTS_BY_ROLE.has(wd(doc, a)) && !_ADULT_HEADS.has(wd(doc, a));
}

/** A gerund of a verb seen done with its object ("writing the letters …"), wherever it stands. */
function gerundCapability(doc: _Doc, i: number, x: string): Span | null {
  if (x.length < 5 || !_endsIng(x) || !hasObject(doc, i) || _SETTINGS.has(wd(doc, i + 1)) || GERUND_NOUNS.has(wd(doc, i + 1))) return null;
  // "Reading to be monitored": the gerund is the subject of what adults do to it, a check with nothing to see (the labelling
  // guide, Measurable rule 6, as "Attendance to be monitored"); "1. Reading 2. Writing": the number after it names the next
  // item of a list, no object.
  if (wd(doc, i + 1) === 'to' && wd(doc, i + 2) === 'be' && checkedByAdults(wd(doc, i + 3)) && !childAgent(doc, i + 4)) return null;
  // "Reading recovery sessions daily": the gerund opening the text or an item and the word after it name the sessions
  // given, a programme (provision); "will be attending chess club" is the child's going.
  if (GERUND_SESSIONS.has(wd(doc, i + 2)) && fragmentStart(doc, i) && doc.toks[i + 1]?.kind === 'w' && !PREPOSITIONS.has(wd(doc, i + 1))) return null;
  // "will be attending CAMHS", "will be attending chess club": a routine, club or service gone to with no rate, as "will
  // attend" it is (the labelling guide, Measurable rule 5; Settled cases, the club row).
  if (x === 'attending' && _routineAttended(doc, i)) return null;
  if (doc.toks[i + 1]?.kind === 'n' && ((wd(doc, i + 2) === '.' && listOpening(doc, i + 1, x)) || (wd(doc, i + 2) === ')' && listNumber(doc, i + 1, x)))) return null;
  // "Listening and responding in turn": two gerunds joined, the second one seen done carries the step.
  const joined = (wd(doc, i + 1) === 'and' || wd(doc, i + 1) === 'or') && _endsIng(wd(doc, i + 2)) && doc.toks[i + 2]?.kind === 'w';
  const v = joined && gerundBase(x) === undefined ? i + 2 : i;
  const base = gerundBase(wd(doc, v));
  if (base === undefined || BLOCKERS.has(base) || _PROCESS.has(base) || (base === 'make' && !concreteMake(doc, v)) || (base === 'find' && findsHard(doc, v))) return null;
  if (!hasObject(doc, v) || _SETTINGS.has(wd(doc, v + 1)) || _genericObject(doc, v) || comparativeAfter(doc, v) || _vagueManner(doc, v) || stateOnly(doc, v, base)) return null;
  return [i, v + 1];
}

/** Words after "for" that make an act a disposition ("read for pleasure", "for fun"). */
const FOR_STATE = s('pleasure fun enjoyment');

/**
 * Whether the verb at v (its base `y`) names a state or a process with no check of its own, not a capability shown (the
 * labelling guide, Measurable rules 3 and 6; Halton Appendix C, "It is clear how progress will be measured"): catching up
 * ("catch up on missed work"), an act for pleasure ("read for pleasure", "write stories for fun": a disposition), fluency with no object ("to be able
 * to read fluently"). A figure, a count or a named text beside them measures on its own ("read for pleasure 20 mins a
 * day", "read Stage 7 books fluently").
 */
function stateOnly(doc: _Doc, v: number, y: string): boolean {
  const next = wd(doc, v + 1);
  // "Moving towards GLD", "work towards ARE": an aim on the way, nothing seen reached (Measurable rule 6; {@link towardsBefore}).
  // Towards an act named ("move towards building a CV") is the act, read as before (label x036: measurable).
  if ((next === 'towards' || next === 'toward') && !_endsIng(wd(doc, v + 2))) return true;
  // Not "catch up" naming sessions ("Catch up sessions to be offered"), a thing adults arrange.
  if (y === 'catch' && next === 'up' && !_SESSION_NOUNS.has(wd(doc, v + 2))) return true;
  // "for pleasure" after the verb or its object ("write stories for pleasure"), a few words on in its clause.
  for (let k = v + 1; k <= v + FOR_STATE_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[v]; k++) if (wd(doc, k) === 'for' && FOR_STATE.has(wd(doc, k + 1))) return true;
  return (next === 'fluently' && doc.toks[v + 2]?.kind !== 'w') || _stayingOn(doc, v, y);
}

/** Verbs of staying where one is ("stay in education", "remain in college", "keep his placement"). */
const CONTINUING = s('stay stays remain remains keep keeps');
/** Places of education, training or work a child stays in. */
const STAYED_IN = s('education eet employment training college school course placement apprenticeship job');
/** Words that end the place before it is named ("stay in class for the whole lesson", "keep her room tidy and …"). */
const STAY_ENDS = s('for and or to with without until during when');
/** Prepositions of the place right after "stay" or "remain" ("stay in", "remain at", "stay on"); anywhere else they end the phrase ("keep his friends at school"). */
const STAY_PREPOSITIONS = s('in at on into');
/**
 * Words that may follow the place when it is the head of its phrase ("stay in school all day", "stay in college post-16", "keep
 * his placement at college"): marks, prepositions, conjunctions, determiners and words of time. Any other word after it is a
 * noun it describes ("school bag", "college diary", "school uniform", "school site"), and the phrase names no place stayed in.
 */
const STAY_AFTER_HEAD = s('and or but for to with without until till during when whenever while after before by at in on of from post all every each full part instead rather not so as if unless because beyond throughout past this next the his her their than even despite');
/** The words read on from the verb for the place. */
const STAY_REACH = 4;
/** Words of a point stayed on past or to ("after Year 11", "until the end of Year 9", "post-16"), written or not as a deadline. */
const STAY_POINTS = s('after until till beyond post');

/**
 * Staying on in education, training or work with no point to check it at ("To stay in education", "Callum to stay on his
 * college course", "Keep her placement at the stud farm"): continuing, a process (the labelling guide, Settled cases: "keep
 * going to college" is neither, "continue" is a process verb alone; Measurable rule 6), not a thing seen done. The place is the
 * head of the phrase after the verb ("stay in education", "remain at college", "keep his college place"), with "in", "at" or
 * "on" only right after "stay" or "remain": not a word describing a noun after it ("Keep his school bag tidy", "Remain in
 * school uniform all day", "Stay on the school site at lunchtime": a thing or a place seen) nor a place after another
 * preposition ("Keep his friends at school"). With a point it is checked then ("stay in mainstream school until the end of
 * Year 9", "for the whole of Year 10", "post-16"), and staying in a room or a lesson is seen ("stay in class for the whole
 * morning").
 */
export function _stayingOn(doc: _Doc, v: number, y: string): boolean {
  // The six words of CONTINUING compared, not looked up.
  if (y !== 'stay' && y !== 'stays' && y !== 'remain' && y !== 'remains' && y !== 'keep' && y !== 'keeps') return false;
  const keep = y === 'keep' || y === 'keeps';
  for (let k = v + 1; k <= v + STAY_REACH && doc.clause[k] === doc.clause[v] && doc.toks[k]?.kind === 'w'; k++) {
    const z = wd(doc, k);
    if (k === v + 1 && !keep && STAY_PREPOSITIONS.has(z)) continue;
    if (STAYED_IN.has(z) || (z === 'place' && STAYED_IN.has(wd(doc, k - 1)))) {
      const after = wd(doc, k + 1);
      // Not the head: a noun after it, unless another place ("his college course", "her school place").
      if (doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[k] && !STAY_AFTER_HEAD.has(after)) {
        if (STAYED_IN.has(after) || after === 'place') continue;
        return false;
      }
      for (let j = 0; j < doc.toks.length; j++) if (doc.used[j] === 1) return false;
      // "stay in education after Year 11", "for the whole of Year 10": staying on past or through a point, a step checked then.
      return !inSentence(doc, k, STAY_POINTS, false) && !yearGroupAfter(doc, k);
    }
    if (STAY_ENDS.has(z) || STAY_PREPOSITIONS.has(z)) return false;
  }
  return false;
}

/** Whether a year group ("Year 10", "Yr 11") is named after k in its sentence, within {@link NOT_DONE_REACH} tokens. */
function yearGroupAfter(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) if ((wd(doc, j) === 'year' || wd(doc, j) === 'yr') && doc.toks[j + 1]?.kind === 'n') return true;
  return false;
}

/** Words read on from the verb for "for pleasure" ("write short stories for pleasure"). */
const FOR_STATE_REACH = 4;

/** The base of a gerund that is a verb seen done ("writing" → write, "sitting" → sit), or undefined. */
function gerundBase(x: string): string | undefined {
  if (x.length < 5 || !_endsIng(x)) return undefined;
  const stem = x.slice(0, -3);
  const last = stem.length - 1;
  const undoubled = stem[last] === stem[last - 1] ? stem.slice(0, last) : stem;
  return [stem, `${stem}e`, undoubled].find((b) => seenVerb(b) || b === 'make');
}

/** Subjects of an outcome written in the present tense ("Child talks about…", "YP uses…", "They order…"). */
const PRESENT_SUBJECTS = s('child person yp he she they i');

/** The base of a present-tense verb: "talks" → talk, "washes" → wash, "carries" → carry; "they order" → order. */
function presentBase(doc: _Doc, i: number, x: string): string | null {
  const subject = wd(doc, i - 1);
  if (subject === 'they' || subject === 'i') return x;
  if (!_endsS(x) || _endsSs(x)) return null;
  // "Child uses…", "YP orders…", "Jay uses…" (a name opening the sentence), "Child understands and talks…".
  const named = doc.toks[i - 1]?.kind === 'w' && _capitalised(doc.toks[i - 1]?.raw ?? '') && fragmentStart(doc, i - 1) && !PRONOUNS.has(subject) && !NOT_NAMES.has(subject);
  if (!named && !PRESENT_SUBJECTS.has(subject) && !(subject === 'and' && presentSubjectBefore(doc, i - 1))) return null;
  if (x.endsWith('ies')) return `${x.slice(0, -3)}y`;
  const stem = x.slice(0, -1);
  return seenVerb(stem) || stem === 'make' ? stem : x.endsWith('es') ? x.slice(0, -2) : stem;
}

/**
 * Whether the "and" at a opens a second verb of a present-tense outcome: "Child understands and talks …", "Child
 * maintains friendships with peers and accesses clubs" (the subject and its verb earlier in the same sentence).
 */
function presentSubjectBefore(doc: _Doc, a: number): boolean {
  for (let k = a - 1; k >= 0 && k >= a - 8; k--) {
    const x = wd(doc, k);
    if (x === '.' || x === ';' || x === '\n') return false;
    if (PRESENT_SUBJECTS.has(x) && _endsS(wd(doc, k + 1)) && doc.toks[k + 1]?.kind === 'w') return true;
  }
  return false;
}

/**
 * Words after a verb that give where, when or how much, not what: "will read at home", "will speak more" name no
 * object (the verb alone, like "I will read more", is not a particular skill: the labelling guide, Specific rule 2).
 * "in" is not one of them: "stay in her seat", "remain in her space" name where the behaviour is seen.
 * @example _SETTINGS.has('at') // true
 */
export const _SETTINGS: ReadonlySet<string> = s('at during when whenever while whilst every each more daily regularly often well better');

/** {@link _CONCRETE_VERBS} and {@link _OBSERVABLE_VERBS} in one set (neither changes after loading): one look-up for a word in neither. */
const SEEN_VERBS: ReadonlySet<string> = new Set([..._CONCRETE_VERBS, ..._OBSERVABLE_VERBS]);

/** Whether the verb is one a child is seen doing (a concrete or observable verb). */
function seenVerb(y: string): boolean {
  return SEEN_VERBS.has(y);
}

/** "skills to", "the ability to", "skills required to", "skills necessary to": a capability noun before "to". */
function skillsBefore(doc: _Doc, i: number): boolean {
  const a = wd(doc, i - 1);
  if (a === 'ability' || a === 'abilities' || a === 'skills' || a === 'skill') return !skillsWorkedOn(doc, i - 1);
  const b = wd(doc, i - 2);
  return (b === 'skills' || b === 'skill' || b === 'ability') && _CAPABILITY_NOUNS.has(a) && !skillsWorkedOn(doc, i - 2);
}

/** Verbs of working on a capability ("develop his ability to", "build the skills to"): a process, nothing yet seen done. */
const SKILL_PROCESSES: ReadonlySet<string> = new Set([..._PROCESS, ...s('develops improves builds strengthen strengthens strengthening increase increases increasing extend extends extending grow grows growing')]);

/**
 * Whether the capability noun at n ("ability", "skills") is the object of a process verb, past at most two owners or
 * articles ("develop his ability to take turns", "build the skills to"): the labelling guide, Measurable rule 6, "process
 * verbs alone", as "develop his turn-taking" is, not "the ability to tie his laces" shown.
 */
function skillsWorkedOn(doc: _Doc, n: number): boolean {
  let k = n - 1;
  while (k > n - 3 && (OBJECT_OWNERS.has(wd(doc, k)) || wd(doc, k) === 'the' || wd(doc, k) === 'an')) k -= 1;
  return SKILL_PROCESSES.has(wd(doc, k));
}

const PREPOSITIONS = s('for with to from about on in of at into');
/** {@link PREPOSITIONS}, read by _specific.ts too. */
export const _PREPOSITIONS: ReadonlySet<string> = PREPOSITIONS;
/** Words that end a verb phrase rather than start its object ("make and maintain", "make sure"). */
const NOT_OBJECTS = s("and or but sure it them this that up out not n't");

/** Dispositions a verb can take as its complement ("remain calm", "show respect", "reach his potential"): not seen done. */
const DISPOSITIONS = s('calm calmer safe happy happier confident respectful respect potential progress well better focused focussed settled motivated resilient kind kinder mature independent ready best hard harder positive resilience confidence');

const PRONOUNS = s('it them these this those that');
const PRONOUN_ENDS = s('to and or as when with in at for if so while whilst');

/**
 * Words skipped before the head of a verb's object ("use his own calm box", "apply the appropriate strategies"), with the
 * comparatives of its describing words ("safer", "healthier", as "better" is for "good": "make safer choices" is "make
 * choices", what no one sees made; the labelling guide, Measurable rule 6, "a comparative without a figure").
 */
const OBJECT_LEAD = s('the a an his her their my your its own some any these those this that different appropriate relevant suitable useful simple basic new agreed taught positive good safe safer healthy healthier better informed right sensible expected successful more further sufficient significant steady rapid accelerated smooth real every');
/** The word flag of {@link OBJECT_LEAD} (read where a noun phrase's head is found). */
const F_OBJECT_LEAD = _wordFlag2(OBJECT_LEAD);

/** Topics after "about" that are anything at all ("talk about things", "about stuff"). */
const ANY_TOPIC = s('things stuff anything everything something it');

/**
 * Whether the object of the verb at v is a general word ("use strategies", "access support", "use his coping
 * strategies"), a disposition ("remain calm", "show respect") or a pronoun alone ("negotiate these to stay safe"):
 * no particular skill or task is named (the labelling guide, Specific rule 1; Barnet, Examples
 * of SMART Outcomes: not "vague, generic"). The head is the first word after determiners, or the one after it.
 */
export function _genericObject(doc: _Doc, v: number): boolean {
  let k = v + 1;
  while (k < v + 4 && _flag2At(doc, k, F_OBJECT_LEAD)) k += 1;
  if (doc.clause[k] !== doc.clause[v]) return false;
  // "demonstrate his knowledge of place value": knowledge shown of named content is what is seen (Measurable rule 3).
  if (_flag3At(doc, k, F3_GENERIC_OBJECT)) return !sourcedObject(doc, k) && !shownUnderstanding(doc, v);
  if (offCurriculum(doc, v)) return true;
  // A disposition that ends the phrase ("remain calm", "reach his potential in maths"), not an adjective ("potential risks").
  // A time or setting after it ends the phrase too ("stay focused during carpet time", "remain calm when upset").
  if (_flag3At(doc, k, F3_DISPOSITION) && (doc.clause[k + 1] !== doc.clause[v] || doc.toks[k + 1]?.kind !== 'w' || PREPOSITIONS.has(wd(doc, k + 1)) || PRONOUN_ENDS.has(wd(doc, k + 1)) || _SETTINGS.has(wd(doc, k + 1)))) return true;
  // "negotiate these to stay safe", "manage them appropriately": a pronoun alone names nothing.
  const first = wd(doc, v + 1);
  // "talk about things at home", "write about anything": a topic that is anything at all names none.
  if (first === 'about' && ANY_TOPIC.has(wd(doc, v + 2))) return true;
  if (_flag3At(doc, v + 1, F3_PRONOUN) && (doc.clause[v + 2] !== doc.clause[v] || doc.toks[v + 2]?.kind === 'p' || PRONOUN_ENDS.has(wd(doc, v + 2)))) return true;
  return doc.toks[k]?.kind === 'w' && !_flag3At(doc, k, F3_PREPOSITION) && doc.clause[k + 1] === doc.clause[v] && _flag3At(doc, k + 1, F3_GENERIC_OBJECT);
}

/**
 * "justify his behaviour", "compare himself to his peers", "summarise his feelings", "sequence his thoughts": a curriculum
 * act ({@link _CURRICULUM_VERBS}) done on the child himself, his behaviour, feelings, thoughts, attitude, actions or choices
 * is not the curriculum's work, and names no particular skill or task (the guide, Specific rule 1, "improve behaviour";
 * a capability seen done on a broad area anchors nothing, like "explain her feelings").
 */
function offCurriculum(doc: _Doc, v: number): boolean {
  if (!_flag3At(doc, v, F3_CURRICULUM_VERB)) return false;
  let k = v + 1;
  while (k < v + 4 && (OBJECT_LEAD.has(wd(doc, k)) || wd(doc, k) === 'own')) k += 1;
  let head = wd(doc, k);
  // "the consequences of his own actions", "the events of his day": what follows "of" decides.
  if (OF_OWN.has(head) && wd(doc, k + 1) === 'of') {
    k += 2;
    while (k < v + 8 && (OBJECT_LEAD.has(wd(doc, k)) || wd(doc, k) === 'own')) k += 1;
    head = wd(doc, k);
  }
  // "his week", "her day", "his decisions": the child's own life and conduct, after his own possessive; "the decisions
  // made by Henry VIII", "the reactions of the characters" are the curriculum's content (review24g).
  const owned = _CHILD_POSSESSIVES.has(wd(doc, k - 1) === 'own' ? wd(doc, k - 2) : wd(doc, k - 1));
  const own = (OWN_TIME.has(head) || OWN_MIND.has(head)) && owned;
  return doc.clause[k] === doc.clause[v] && (_REFLEXIVES.has(head) || _VAGUE_OBJECTS.has(head) || INNER_STATES.has(head) || own);
}

/**
 * The child's own thoughts, acts and conduct, besides his feelings and behaviour: what a curriculum act is not done on
 * ("justify his decisions", "compare his reactions", "edit his conduct": review24e), only after his possessive, as
 * {@link OWN_TIME}: "compare the reactions of the characters" is the curriculum's (review24g).
 */
const OWN_MIND = s('thoughts thought actions action conduct decisions decision reactions reaction responses response behavior behaviors choices choice');
/** Heads whose "of" phrase names what they are of ("the consequences of his actions", "the events of his day"). */
const OF_OWN = s('consequences consequence events event');
/** The child's own time as his life, after his possessive ("summarise his week", "the events of his day"). */
const OWN_TIME = s('week day weekend life');

/** Where a general object's content is drawn from ("information from nonfiction", "ideas with evidence from the book"). */
const SOURCE_LEADS = s('from');

/**
 * "retrieve information from nonfiction", "justify my ideas with evidence from the book": a general word whose content is
 * drawn from a named source names what is done with it (Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What
 * specific skills or knowledge need to be acquired within the curriculum"), where "use strategies" names none.
 */
function sourcedObject(doc: _Doc, k: number): boolean {
  let j = k + 1;
  if (wd(doc, j) === 'with' && wd(doc, j + 1) === 'evidence') j += 2;
  if (!SOURCE_LEADS.has(wd(doc, j)) || doc.clause[j] !== doc.clause[k]) return false;
  return namedSource(doc, j + 1, 0);
}

/**
 * Whether the phrase at o names a text, resource or programme ("the book", "a non-fiction text", "his toolkit", "the zones
 * of regulation"): not a time ("from January", "from now on", "from the start of term"), a person or people ("from his
 * social worker", "from others", "from somebody", "from himself"), a place ("from home"), provision ("from sessions", "from
 * the nurture group"), nothing particular ("from everything", "from somewhere") or several unnamed ones ("from different
 * sources", "a range of sources"): those say where, when or from whom, not what is drawn (the guide, Specific rule 1;
 * Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific": "What specific skills or knowledge need to be acquired").
 */
function namedSource(doc: _Doc, o0: number, depth: number): boolean {
  let o = o0;
  while (o < o0 + 3 && OBJECT_LEAD.has(wd(doc, o))) o += 1;
  const e = phraseHead(doc, o);
  if (e < 0 || doc.toks[o]?.kind !== 'w' || doc.clause[o] !== doc.clause[o0 - 1]) return false;
  for (let i = o; i <= e; i++) {
    const w = wd(doc, i);
    if (doc.used[i] !== 0 || doc.bg[i] !== 0 || _MONTHS.has(w) || _WEEKDAYS.has(w) || _TERM_WORDS.has(w) || _SOURCE_TIMES.has(w)) return false;
  }
  const head = wd(doc, e);
  const first = wd(doc, o);
  // A resource named by its own name ("Google Classroom", "the Zones"): capitalised inside the sentence (review24e). A
  // place word capitalised alone is still the place ("from Home", "from the Classroom": review24g); a name of two words
  // or more ("Google Classroom") names the resource.
  const named = _capitalised(doc.toks[e]?.raw ?? '') && o > 0 && (!PLACES.has(head) || (e > o && _capitalised(doc.toks[o]?.raw ?? '')));
  // A place only when it is named alone ("from home", "in the classroom"), not the head of a resource's name.
  if (generalWord(first) || generalWord(head) || _ADULT_SUBJECTS.has(head) || ADULTS_BY_ROLE.has(head) || SOURCE_PEOPLE.has(head) || (PLACES.has(head) && !named) || _SESSION_NOUNS.has(head)) return false;
  // "the zones of regulation": a named programme; "a range of sources", "the start of term": what follows "of" decides.
  if (wd(doc, e + 1) === 'of' && depth === 0) return namedSource(doc, e + 2, 1);
  // A bare plural names no one source ("from sessions", "from his friends", "from different sources"), unless it is a kind
  // of text ("from non-fiction books", "from stories", "from his books": review24e) or a name.
  return named || TEXT_KINDS.has(head) || !(_endsS(head) && !_endsSs(head));
}

/** Kinds of text a plural still names as what is drawn from ("from non-fiction books", "from stories", "from poems"). */
const TEXT_KINDS = s('books stories texts poems articles newspapers magazines leaflets websites novels extracts passages');

/** Words of time after "from" ("from now on", "from time to time", "from the start", "from last year", "from week 3"). */
export const _SOURCE_TIMES = s('today tomorrow yesterday now then here there time times start beginning end week weeks day days year years month months term terms last next before after morning afternoon lesson past future onwards');
/** People a thing may be drawn from, besides adults by role ("from others", "from his classmates", "from his teaching assistant"). */
const SOURCE_PEOPLE = s('people person friend friends peer peers classmate classmates assistant assistants worker workers family');

/** {@link capabilityAt} as a word check: "will" + a skill verb waits for the fallback pass. */
const capability: WordCheck = (doc, i, x) => capabilityAt(doc, i, x, false);

/** Whether the verb at v has an object or complement in its clause ("count" alone names no skill; "count to 20" does). */
function hasObject(doc: _Doc, v: number): boolean {
  const t = doc.toks[v + 1];
  return t !== undefined && t.kind !== 'p' && doc.clause[v + 1] === doc.clause[v] && (doc.used[v + 1] === 0 || doc.used[v + 1] === 4);
}

/** Words of ownership before an object ("explain her feelings"). */
const OBJECT_OWNERS: ReadonlySet<string> = new Set([..._OWNING_DETERMINERS, 'your', 'own']);

/**
 * Whether the object of the verb at v is a broad area ("explain her feelings", "manage his behaviour"): the capability may
 * be seen, but it names no particular behaviour (the labelling guide, Specific rule 1), so it is no specific anchor.
 */
function broadObject(doc: _Doc, v: number): boolean {
  let k = v + 1;
  while (k < v + 3 && OBJECT_OWNERS.has(wd(doc, k))) k += 1;
  const next = doc.toks[k + 1];
  if (managesThing(doc, v, wd(doc, v))) return true; // "manage his savings": seen done, but money handled names no behaviour (Specific rule 1)
  return _VAGUE_OBJECTS.has(wd(doc, k)) && (next === undefined || next.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k] || PREPOSITIONS.has(wd(doc, k + 1)) || wd(doc, k + 1) === 'and');
}

/** The words read on after a quoted word for its closing mark ("more juice", "more please now"). */
const QUOTE_REACH = 4;

/**
 * Whether the word at k opens a quotation ("more" in request "more"; "more juice" in use 2-word phrases such as "more juice"):
 * what the child says, not a comparative. The labelling guide, Measurable rule 1 (the count of phrases measures) and rule 6 (a
 * comparative without a figure: "fewer sanctions", "more regularly", the target's own words, not its examples); development
 * labels of a quoted phrase opening "more", 30 measurable, none against.
 */
function quotedWord(doc: _Doc, k: number): boolean {
  const before = doc.toks[k - 1]?.raw;
  // "be 'more confident' in class", 'be "more focused"': a disposition quoted is still a comparative with no figure (rule 6).
  if (DISPOSITIONS.has(wd(doc, k + 1))) return false;
  if (before !== '"' && before !== "'") return quoteEnds(doc, k);
  for (let j = k + 1; j <= k + QUOTE_REACH && j < doc.toks.length; j++) if (doc.toks[j]?.raw === before) return true;
  return false;
}

/**
 * Whether the word at k closes a quotation ('use the phrase "I want more"'): the child's words end with it, a quote mark after
 * it and its opening one before, within {@link QUOTE_REACH} words with no mark between (not "become more 'settled'").
 */
function quoteEnds(doc: _Doc, k: number): boolean {
  const after = doc.toks[k + 1]?.raw;
  if (after !== '"' && after !== "'") return false;
  for (let j = k - 1; j >= k - QUOTE_REACH && j >= 0; j--) {
    if (doc.toks[j]?.raw === after) return true;
    if (doc.toks[j]?.kind !== 'w') return false;
  }
  return false;
}

/** Manner or extent that no one could check ("confidently", "as appropriate", "with some independence"). */
// "neatly", "nicely", "properly": a manner judged by eye with no criterion, like "appropriately" (Measurable rule 6; Barnet: not "vague, generic").
// "lots of", "loads of", "plenty of": a quantity with no figure, like "more" (Measurable rule 6, "a comparative without a figure").
/** Words of a quantity with no figure before "of" ("lots of", "loads of", "plenty of"). */
const VAGUE_QUANTITIES = s('lots loads plenty');

const VAGUE_MANNER: ReadonlySet<string> = new Set([...s('appropriate some limited increasing begin various range'), ..._UNCHECKED_MANNERS, ...VAGUE_QUANTITIES]);
/** The word flags of {@link VAGUE_MANNER} and {@link VAGUE_QUANTITIES}. */
const F_VAGUE_MANNER = _wordFlag2(VAGUE_MANNER);
const F_VAGUE_QUANTITY = _wordFlag2(VAGUE_QUANTITIES);

/**
 * Whether the rest of the capability's clause (at most 10 tokens) qualifies it vaguely, or names provision
 * ("use a programme to support…"; the labelling guide, Specific rule 4).
 * @example _vagueManner(doc, v) // "use his words appropriately" → true
 */
export function _vagueManner(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k < doc.toks.length && k <= v + 10 && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    if (!_flag2At(doc, k, F_VAGUE_MANNER) || rangeSetting(doc, k)) continue;
    // "collect all appropriate equipment", "using appropriate punctuation": a thing named, not a manner ("as appropriate" is one).
    if (x === 'appropriate' && doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[k] && !MANNER_LEADS.has(wd(doc, k - 1)) && !PREPOSITIONS.has(wd(doc, k + 1)) && !_GENERIC_OBJECTS.has(wd(doc, k + 1))) continue;
    return true;
  }
  return false;
}

/**
 * "in a wide range of books", "across a range of stories", "from a range of careers", "using a range of conjunctions": a
 * range after a preposition (or "using", or joined by "and" to a phrase after one) is where or with what the skill is shown, not how far it goes (the vague extents of the labelling guide are "with some
 * independence", "in a limited way", "as appropriate"; a range as the object itself, "eat a range of foods", and a range of
 * general things, "in a range of ways", "situations", stay vague).
 */
function rangeSetting(doc: _Doc, k: number): boolean {
  if (wd(doc, k) !== 'range') return false;
  let j = k - 1;
  while (j > k - 4 && RANGE_LEADS.has(wd(doc, j))) j -= 1;
  // "using fronted adverbials and a range of conjunctions": a range joined to what the skill is shown with.
  for (let b = j - 1; wd(doc, j) === 'and' && b >= j - 4 && doc.clause[b] === doc.clause[k]; b--) {
    if (RANGE_PREPOSITIONS.has(wd(doc, b))) j = b;
  }
  if (!RANGE_PREPOSITIONS.has(wd(doc, j)) || wd(doc, k + 1) !== 'of') return false;
  // "in a range of ways", "in a range of situations": a general noun names no setting.
  const head = wd(doc, k + 2);
  return doc.toks[k + 2]?.kind === 'w' && !_GENERIC_OBJECTS.has(head) && !_VAGUE_OBJECTS.has(head) && !BROAD_SETTINGS.has(head);
}

/** General nouns after "a range of" that name no particular setting. */
const BROAD_SETTINGS = s('situations contexts settings circumstances activities areas things subjects');

const RANGE_LEADS = s('a an the wide wider broad broader full whole');
const RANGE_PREPOSITIONS = s('in across from within over to between among for on using with including');

/** Words before "appropriate" that make it a manner ("as appropriate", "where appropriate"). */
const MANNER_LEADS = s('as where when if is are be in an');

/** Whether a gerund is of a general verb ("getting", "being", "trying"), which names no behaviour stopped. */
function generalGerund(y: string): boolean {
  const stem = y.slice(0, -3);
  return [stem, `${stem}e`, stem.slice(0, -1)].some((b) => NOT_STOP.has(b) || UNSEEN.has(b) || BLOCKERS.has(b) || _PROCESS.has(b));
}

/**
 * A behaviour that stops: "will not hit or kick", "to not lose their temper", "not hit peers" (a
 * fragment), "will stop climbing": success is no incidents, with or without how often.
 */
const stopBehaviour: WordCheck = (doc, i, x) => {
  if (x === 'stop' && isPredicate(doc, i)) {
    // "will stop self-harming": the gerund may be the last part of a hyphenated word.
    let g = i + 1;
    while (g < i + 4 && doc.toks[g + 1]?.hyph === true) g += 1;
    const y = wd(doc, g);
    if (_endsIng(y) && doc.toks[g]?.kind === 'w') {
      // "stop getting into trouble", "stop being silly": a general verb stops only with incidents, as after "not".
      if (!generalGerund(y)) return [i, g + 1];
      // "stop getting excluded", "stop being late": a general verb before what befalls the child, as after "not".
      if (removedAt(doc, g)) return [i, g + 2];
      // "stop being rude to staff", "stop being on her phone": conduct or a device seen, not a feeling (see conductEnd).
      const e = conductEnd(doc, g);
      if (e > 0) return [i, e];
      const t = takenFromOthers(doc, g);
      if (t > 0) return [i, t];
      for (let k = g + 1; k <= g + 5 && doc.clause[k] === doc.clause[g]; k++) if (incidentAt(doc, k)) return [i, k + 1];
      return null;
    }
    // "stop the fallouts online", "stop all the fights": the incidents themselves stopped, counted like "no fights".
    let n = i + 1;
    while (n < i + 3 && INCIDENT_DETERMINERS.has(wd(doc, n))) n += 1;
    if (n > i + 1 && incidentAt(doc, n)) return [i, n + 1];
    // "stop the name calling", "stop time wasting": a behaviour named by a noun and its gerund, stopped like "stop fighting".
    if (nounGerund(doc, n) && doc.clause[n + 1] === doc.clause[i]) return [i, n + 2];
  }
  // "will refrain from hitting", "will avoid swearing at staff": stopping said another way.
  if ((x === 'refrain' || x === 'avoid') && isPredicate(doc, i)) {
    const g = x === 'refrain' && wd(doc, i + 1) === 'from' ? i + 2 : i + 1;
    if (_endsIng(wd(doc, g)) && doc.toks[g]?.kind === 'w' && !_PROCESS.has(wd(doc, g))) return [i, g + 1];
    // "avoid further exclusions", "avoid any detentions": what the behaviour earns, avoided, is none of it, as "no further
    // exclusions" is (the labelling guide, Settled cases: no exclusions, suspensions or sanctions, a stop-behaviour).
    // Not the adults' papers or placements ("avoid referrals", "avoid removals": {@link _EARNED_SANCTIONS}), nor an avoiding
    // that is a purpose ("To avoid exclusion, Sam will attend …", "in order to avoid": what the act is for, {@link _purposeOpens}).
    // The counted noun heads the phrase after "avoid", past its modifiers ("avoid a permanent exclusion", "avoid further
    // fixed term exclusions"), before any preposition or mark ("avoid conflict with peers" counts nothing), as after "no".
    if (x !== 'avoid' || _purposeOpens(doc, i)) return null;
    for (let n = g; n <= g + 3 && doc.toks[n]?.kind === 'w' && doc.clause[n] === doc.clause[i]; n++) {
      const y = wd(doc, n);
      if (_EARNED_SANCTIONS.has(y) || (incidentAt(doc, n) && !_SANCTION_NOUNS.has(y))) return [i, n + 1];
      if (PREPOSITIONS.has(y) || y === 'and' || y === 'or') return null;
    }
    return null;
  }
  // "won't hit other children": "will not".
  if (x === "won't" || x === 'wont') return wd(doc, i + 1) === 'be' && REMOVALS.has(wd(doc, i + 2)) ? [i, i + 3] : notVerb(doc, i, i + 1);
  // "Sam doesn't hit", "I don't shout out": an outcome in the present tense, stopped, read like "will not".
  if (x === "doesn't" || x === "don't") return childSubjectAt(doc, i - 1) ? notVerb(doc, i, i + 1) : null;
  // "will no longer hit other children": a behaviour that stops, like "will not hit".
  if (x === 'no' && wd(doc, i + 1) === 'longer' && STOP_LEADS.has(wd(doc, i - 1)) && doc.toks[i + 2]?.kind === 'w') {
    const v = wd(doc, i + 2);
    // "will no longer be rude to staff", "no longer be on her phone in lessons": conduct or a device seen (see conductEnd).
    const e = conductEnd(doc, i + 2);
    if (e > 0) return [i, e];
    return NOT_STOP.has(v) || UNSEEN.has(v) || BLOCKERS.has(v) || _PROCESS.has(v) ? null : [i, i + 3];
  }
  // "will never hit", "Never run in the corridor": "never" stops a behaviour as "not" does.
  if (x !== 'not' && x !== 'never') return null;
  const prev = wd(doc, i - 1);
  const start = i === 0 || doc.toks[i - 1]?.kind === 'p';
  const present = (prev === 'does' || prev === 'do') && childSubjectAt(doc, i - 2);
  // "will try not to shout out": the stop tried, read like "try to stay" (the verb tried is what is seen).
  const tries = (prev === 'try' || prev === 'tries') && wd(doc, i + 1) === 'to';
  // "I am not going to swear", "Sam is not going to hit": the future said with "going to", read like "will not".
  if (x === 'not' && wd(doc, i + 1) === 'going' && wd(doc, i + 2) === 'to' && (prev === 'am' || prev === 'is' || prev === 'are' || prev === "'m" || prev === "'s" || prev === "'re")) return notVerb(doc, i, i + 3);
  // "Kieran is not to bring knives into school", "I am not to leave the room": a rule given to the child, read like "will not".
  if (x === 'not' && wd(doc, i + 1) === 'to' && (prev === 'is' || prev === 'are' || prev === 'am') && (prev === 'am' ? wd(doc, i - 2) === 'i' : childSubjectAt(doc, i - 2))) return notVerb(doc, i, i + 2);
  if (!(start || present || tries || STOP_LEADS.has(prev) || (prev === 'and' && joinedStop(doc, i - 1)))) return null;
  // "will be in lessons, not in the corridors": a comma joins the place denied as "and" does (joinedStop).
  if (start && !present && !tries && !STOP_LEADS.has(prev) && !verbAfterBareNot(doc, i + 1) && !(prev === ',' && joinedStop(doc, i - 1))) return null;
  if (tries) return notVerb(doc, i, i + 2);
  return notVerb(doc, i, i + 1);
};

/**
 * Whether the word at v, after a "not" that opens the text or follows a mark with no "will" or "to" before it, can be the
 * behaviour stopped ("Not hitting.", "Not to get any more exclusions", "- not swear at staff", "Not in isolation this term",
 * "Not excluded."). A thing or a state negated is none: an article or possessive ("a hope, not a target"), the child's place
 * of education denied ("Not in EET."), the heading "Not SMART", a participle of a state or an adjective
 * ("not met.", "Not needed as settled", "not applicable", "Not happy at school"), a general gerund with no incident or one
 * said of how it goes ("not getting anywhere", "not going well"): no behaviour an adult sees stop (the labelling guide,
 * Measurable rule 4 reads "will not bite other children", a verb; Settled cases, "no exclusions, suspensions or sanctions").
 */
function verbAfterBareNot(doc: _Doc, v: number): boolean {
  const t = doc.toks[v];
  const y = wd(doc, v);
  if (t === undefined || t.kind !== 'w' || NOT_VERB_HEADS.has(y)) return false;
  // "Not in isolation", "Not on report", "Not in the corridors during lessons": the place or sanction denied is the behaviour
  // stopped, as in "will be in lessons, not in the corridors" (rule 4); "Not in EET", "Not in school": a state. After a comma
  // or bracket with no such lead it contrasts a place ("with an adult, not on his own yet", "(not in a separate room)").
  if (PREPOSITIONS.has(y) && y !== 'to') return wd(doc, v - 2) !== ',' && wd(doc, v - 2) !== '(' && !educationDenied(doc, v);
  // "Not SMART:": the heading's word, no verb ("NOT SHOUTING OUT IN LESSONS", "Not HIT staff" are verbs written in capitals).
  if (y === 'smart') return false;
  // "Not excluded.", "Not suspended this term": a sanction avoided, recorded on the day (Settled cases); "not met.", "Not
  // needed as settled", "Not engaged with tutor": a state ("Never run in the corridor" goes on: its participle is a verb).
  const closes = doc.toks[v + 1] === undefined || doc.toks[v + 1]?.kind === 'p';
  if (_pastParticiple(y) && (closes || _endsEd(y)) && !REMOVALS.has(y) && !HELD.has(y)) return false;
  if (y.endsWith('able') || y.endsWith('ible') || y === 'sure' || _FEELINGS.has(y) || _VAGUE_OBJECTS.has(y)) return false;
  if (!_endsIng(y)) return true;
  // "not going well", "not doing so badly": how something goes, a state.
  if (wd(doc, v + 1) === 'well' || wd(doc, v + 1) === 'badly') return false;
  // "Not getting any more exclusions", "not getting excluded": a general verb with the incident or removal it stops (notVerb).
  if (!generalGerund(y)) return true;
  if (removedAt(doc, v)) return true;
  for (let k = v + 1; k <= v + 5 && doc.clause[k] === doc.clause[v]; k++) if (incidentAt(doc, k)) return true;
  return false;
}

/** Whether the preposition at p denies the child's place of education or training ("in EET", "in school", "in full time education"). */
function educationDenied(doc: _Doc, p: number): boolean {
  for (let k = p + 1; k <= p + 4 && doc.toks[k]?.kind === 'w'; k++) {
    const y = wd(doc, k);
    if (ENTRY_PLACES.has(y)) return true;
    if (!ENTRY_BETWEEN.has(y)) return false;
  }
  return false;
}

/** Who else a behaviour is stopped in ("stop him hitting"): not the child's own behaviour named by a noun and its gerund. */
const OBJECT_PRONOUNS = s('him her them me us you it others people');

/**
 * Whether the words at n are a behaviour named by a noun and its gerund ("name calling", "time wasting", "back chatting"):
 * not a name or a pronoun before the gerund ("stop Sam hitting", "stop him hitting": another's act), not a general verb or
 * a process ("stop the work being", "stop homework improving"). Stopped, it is a stop-behaviour (the labelling guide,
 * Specific rule 5 and Measurable rule 4).
 */
function nounGerund(doc: _Doc, n: number): boolean {
  const x = wd(doc, n);
  const h = wd(doc, n + 1);
  if (doc.toks[n]?.kind !== 'w' || _capitalised(doc.toks[n]?.raw ?? '') || OBJECT_PRONOUNS.has(x) || _endsIng(x)) return false;
  return _endsIng(h) && !generalGerund(h) && !_PROCESS.has(h);
}

/** Words before incidents stopped ("stop the fallouts", "stop all the fights", "stop her outbursts"). */
const INCIDENT_DETERMINERS = s('the all any these those her his their my me');

/** Whether the word at k counts incidents: an incident noun, or points a behaviour earns ("not get any behaviour points"). */
function incidentAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (_INCIDENT_NOUNS.has(x)) return true;
  const before = wd(doc, k - 1);
  // "not get any red cards": the card a behaviour earns, like "no red cards" (the labelling guide, Settled cases).
  if ((x === 'cards' || x === 'card') && (before === 'red' || before === 'yellow')) return true;
  return pointsEarned(doc, k, x);
}

/** What is another's by its meaning when taken ("other pupils' belongings", "property"). */
const TAKEN_THINGS = s('belongings belonging property possessions');
/** Things that are another's only with their owner said ("other people's things", "money from her carer's purse"). */
const OWNED_THINGS = s('things thing toys toy money food anything something stuff items item sweets');
/** Words that may lie between the verb of taking and what is taken ("other children's", "things from", "that belong to"). */
const TAKE_REACH = 6;

/**
 * Whether "take"/"taking" at v takes what is another's ("not take other children's belongings", "stop taking things from
 * peers", "not take things that belong to others", "not take other people's things", "taking money from her carer's
 * purse"): a conduct seen (stealing said plainly), so stopping it is a stop-behaviour (the labelling guide, Measurable rule
 * 4; Specific rule 5), where "take" alone is a general verb ("not take part", "not take his medication from staff", "stop
 * taking the bus from other towns" stop nothing seen as conduct). A plain thing ({@link OWNED_THINGS}) is another's only
 * with a person's possessive before it or "from" a person after it. Returns the end of the span, or -1. Bounded by
 * {@link TAKE_REACH}.
 */
function takenFromOthers(doc: _Doc, v: number): number {
  const y = wd(doc, v);
  if (y !== 'take' && y !== 'taking' && y !== 'takes') return -1;
  for (let k = v + 1; k <= v + TAKE_REACH && doc.toks[k] !== undefined && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    // Only an owner's apostrophe may lie between ("other pupils' belongings"); any other mark ends the reach.
    if (doc.toks[k]?.kind !== 'w') {
      if (x === "'" || x === '’') continue;
      return -1;
    }
    if (TAKEN_THINGS.has(x)) return k + 1;
    if ((x === 'belong' || x === 'belongs') && wd(doc, k + 1) === 'to') return k + 1;
    if (OWNED_THINGS.has(x)) {
      // "other people's things", "her peers' toys": a person's possessive before the thing ("'s" is read into the word).
      const o = doc.toks[k - 1]?.kind === 'w' ? k - 1 : k - 2;
      if (o > v && PERSONS.has(wd(doc, o))) return k + 1;
      // "money from her carer's purse", "anything from his peers' bags", "things from other children's trays".
      const f = wd(doc, k + 1) === 'from' ? personAfter(doc, k + 2) : -1;
      if (f > 0) return f;
    }
  }
  return -1;
}

/** The end of a person named at j past at most two owners ("her carer", "other children", "his peers"), or -1. */
function personAfter(doc: _Doc, j: number): number {
  let k = j;
  while (k < j + 2 && (OBJECT_OWNERS.has(wd(doc, k)) || wd(doc, k) === 'other' || wd(doc, k) === 'the')) k += 1;
  return doc.toks[k]?.kind === 'w' && PERSONS.has(wd(doc, k)) ? k + 1 : -1;
}

/** The behaviour after "not" at i (verb at v): a verb seen stopping, or a general verb with incidents ("not get into fights"). */
function notVerb(doc: _Doc, i: number, v: number): Span | null {
  const y = wd(doc, v);
  if (doc.toks[v]?.kind !== 'w' || comparedStop(doc, v)) return null;
  // "will not get sent out", "not get sent home": what the behaviour earns, like "not be excluded" (the guide's Settled cases).
  if ((y === 'get' || y === 'be') && REMOVALS.has(wd(doc, v + 1))) return [i, v + 2];
  // "will not be rude to staff", "will not be on his phone": conduct or a device seen (see conductEnd).
  const e = conductEnd(doc, v);
  if (e > 0) return [i, e];
  const t = takenFromOthers(doc, v);
  if (t > 0) return [i, t];
  if (!(NOT_STOP.has(y) || UNSEEN.has(y) || BLOCKERS.has(y) || _PROCESS.has(y))) return [i, v + 1];
  for (let k = v + 1; k <= v + 5 && doc.clause[k] === doc.clause[v]; k++) if (incidentAt(doc, k)) return [i, k + 1];
  return null;
}

/** Words after "so"/"as" that make a comparison of how much or how often ("so easily", "as much", "as often"). */
const COMPARED = s('much often many frequently easily quickly readily badly');

/**
 * Whether the behaviour "not" stops at v is only done less ("not give up so easily", "not shout out as much", "not get
 * upset as often"): a comparative with no figure, not a stop (the labelling guide, Specific rule 2; Measurable rule 6).
 */
function comparedStop(doc: _Doc, v: number): boolean {
  for (let k = v + 1; k <= v + 5 && doc.clause[k] === doc.clause[v]; k++) {
    const x = wd(doc, k);
    if ((x === 'so' || x === 'as') && COMPARED.has(wd(doc, k + 1))) return true;
  }
  return false;
}

/**
 * Whether "and" at a joins a stop to the child's predicate ("will be kind and not hit", "to listen and not shout out": the
 * labelling guide, Specific rule 5 and Measurable rule 4): a lead (will, to…) earlier in the sentence, at most 12 tokens back,
 * whose verb is no process ("will try harder and not give up" stays a process).
 */
function joinedStop(doc: _Doc, a: number): boolean {
  // "Focus on his studies and not his phone": "not" before a possessive or article negates a thing, no verb stopped.
  const h = wd(doc, a + 2);
  if (NOT_VERB_HEADS.has(h)) return false;
  // So does "not" before a preposition ("Spend more time on homework and not on the xbox", "and not to his friends": a place
  // or thing contrasted; "and not to shout out" is still a verb), unless it denies the place of the lead's "be" ("To be in
  // lessons and not in the corridors": being out of lessons stopped).
  const place = PREPOSITIONS.has(h) && (h !== 'to' || NOT_VERB_HEADS.has(wd(doc, a + 3)));
  for (let k = a - 1; k >= 0 && k >= a - 12; k--) {
    if (endAt(doc, k)) return false;
    const x = wd(doc, k);
    // "be more organised and not forget me planner": an imperative opening the item is the lead's verb itself; a noun heading
    // is none ("Confidence and not hiding in the toilets", "Friendships and not fighting": a topic, no predicate of the child's).
    const opening = imperative(doc, k, x) && !STOP_LEADS.has(x) && LEAD_VERBS.has(x);
    if (!opening && !STOP_LEADS.has(x) && x !== 'want' && x !== 'i') continue;
    let v = opening ? k : k + 1;
    while (v < a && (wd(doc, v) === 'to' || wd(doc, v) === 'always' || wd(doc, v) === 'also')) v += 1;
    const y = wd(doc, v);
    if (place) return v < a && y === 'be' && PREPOSITIONS.has(wd(doc, v + 1));
    // A stop joined to a feeling ("feel less worried and not cry at drop-off", "be less angry and not throw chairs") is part of
    // the feeling, no behaviour of its own: the guide's "not after a feeling" (docs/smart.md, a stop-behaviour joined by "and").
    if (FEEL_VERBS.has(y) || (y === 'be' && feltComplement(doc, v + 1))) return false;
    // A stop joined to a vague or comparative aim ("be more organised and not forget my PE kit", "behave better and not get
    // sent out") carries the measure the aim lacks: the stop names a behaviour and is checked by no incidents (the labelling
    // guide, Specific rule 5 and Measurable rule 4: "with or without how often"). Done "not so easily / as much" it is still
    // a comparative (comparedStop), and a feeling stopped ("not panic") names no behaviour (NOT_STOP).
    return v < a && !(BLOCKERS.has(y) || _PROCESS.has(y) || y === 'not');
  }
  return false;
}

/** Words of degree before a feeling said with "be" ("be less worried", "be a bit calmer", "be so much happier"). */
const DEGREES = s('more less much so a bit lot little');

/** Whether a feeling ({@link _FEELINGS}) follows "be" at k, after at most three words of degree ("less worried", "a bit calmer"). */
function feltComplement(doc: _Doc, k: number): boolean {
  let j = k;
  while (j < k + 3 && DEGREES.has(wd(doc, j))) j += 1;
  return _FEELINGS.has(wd(doc, j));
}

/**
 * Verbs that lead an item as an imperative before "and not" ("Be kind and not hit", "Listen and not shout out", "Behave in
 * lessons and not get sent out"): the verb lists of _phrases.ts and the verbs of conduct; a noun heading is in none.
 */
const LEAD_VERBS: ReadonlySet<string> = new Set([..._CONCRETE_VERBS, ..._OBSERVABLE_VERBS, ..._EVENT_VERBS, ..._CURRICULUM_VERBS, 'be', 'behave', 'listen', 'concentrate', 'focus', 'spend', 'keep', 'get', 'show', 'treat', 'respect', 'settle', 'act']);

/** Possessives and articles after "and not": a thing contrasted ("and not his phone"), no behaviour stopped. */
const NOT_VERB_HEADS = s('his her their my me your its the a an');

/** Words before "not" / "no longer" that make the behaviour the child's predicate. */
const STOP_LEADS = s("will to 'll should must shall wanna gonna");

/** Things that stop, after "without": "without distress", "without an incident". */
const STOPPED = s('distress upset incident incidents fuss refusal complaint tears aggression');

/** "without help", "without prompting", "unaided", "by himself", "without pushing". */
const unaided: WordCheck = (doc, i, x) => {
  if (x === 'without' && WITHOUT_OBJECTS.has(wd(doc, i + 1))) return [i, i + 3];
  // "without pushing", "without distress": the behaviour that stops is the criterion (the labelling guide, Measurable rule 4).
  if (x === 'without' && (STOPPED.has(wd(doc, i + 1)) || (_endsIng(wd(doc, i + 1)) && doc.toks[i + 1]?.kind === 'w' && !_PROCESS.has(wd(doc, i + 1))))) return [i, i + 2];
  // "with no adult help", "with no prompts": the same criterion as "without" (the labelling guide, Measurable rule 3).
  if (x === 'with' && wd(doc, i + 1) === 'no' && (WITHOUT_OBJECTS.has(wd(doc, i + 2)) || WITHOUT_OBJECTS.has(wd(doc, i + 3)))) return [i, i + 4];
  const y = wd(doc, i + 1);
  return x === 'unaided' || (x === 'by' && (y === 'himself' || y === 'herself' || y === 'themselves')) ? [i, i + 2] : null;
};

/** Words that open the child's act before its verb ("will climb", "to pack", "and come down"). */
const ALONE_LEADS = s("will 'll to can must should shall and");

/**
 * Verbs whose doing alone is no act an adult sees done: receiving and accessing ({@link _RECEIVING}, {@link _ACCESSING}), being
 * ({@link NOT_SUBJECTS}' forms of "be"), wishing ({@link _WISHING}), feeling, a process, a state of mind or of living ("be on her own", "work
 * independently", "learn on his own", "live independently", "manage on his own"): the labelling guide, Measurable rules 3 and
 * 6 (a process verb alone; a capability that cannot be seen). Read by {@link notSeenAlone}.
 */
const NOT_SEEN_ALONE = s('feels felt work works learn learns learnt learned live lives understand understands know knows manage manages cope copes think thinks wants likes needs become becomes grow grows settle settles play plays');

/**
 * Conduct verbs that are conduct only by where they are done ("climbing on the furniture", "running out of class"): done alone
 * with nothing between them and the manner, a movement an adult sees the child manage ("Mia will climb on her own"), an
 * observable capability (the labelling guide, Measurable rule 3), not an outburst ({@link outburstAlone}).
 */
const PLACED_CONDUCT = s('climb climbs run runs');
/** Words after a placed conduct verb that name where it is conduct ("run off", "run out of class", "climb on the furniture"). */
const CONDUCT_PLACES = s('off out away on over');
/** Words opening when an act happens ("when dysregulated", "if upset"): the occasion of an outburst, not a skill learnt. */
const OCCASION_LEADS = s('when whenever if');

/** Crying, the one outburst of feeling that is no conduct gerund ({@link _CONDUCT_GERUNDS}): "cry alone in his room". */
const CRYING = s('cry cries crying');

/** Whether the verb at k, done alone, is no act seen ({@link NOT_SEEN_ALONE}, being, receiving but for the perfect's "have", accessing, wishing). */
function notSeenAlone(doc: _Doc, k: number): boolean {
  const v = wd(doc, k);
  // "have read a whole book on her own": "have" of the perfect, the act its participle.
  const received = _RECEIVING.has(v) && !_pastParticiple(wd(doc, k + 1));
  return NOT_SEEN_ALONE.has(v) || received || _ACCESSING.has(v) || _WISHING.has(v) || (NOT_SUBJECTS.has(v) && v !== 'also' && v !== 'now' && v !== 'then');
}

/**
 * Whether the verb at k is an outburst or a feeling shown ("shout on his own", "cry alone in his room", "scream alone"): a
 * behaviour or a feeling, no capability done alone (the labelling guide, Measurable rule 3 read with Specific rule 5). A conduct
 * verb with its object is an act ("climb the steps on her own"): only one with nothing between it and the manner is refused.
 */
function outburstAlone(doc: _Doc, k: number, i: number): boolean {
  const v = wd(doc, k);
  if (_FEELINGS.has(v) || CRYING.has(v)) return true;
  // "will climb on her own", "run on his own": a movement, conduct only by where it is done ("run off on his own", "climb on
  // the furniture on her own") or with the occasion of an outburst ("run on his own when dysregulated").
  if (PLACED_CONDUCT.has(v)) return (k < i - 1 && CONDUCT_PLACES.has(wd(doc, k + 1))) || occasionAfter(doc, i);
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  return k === i - 1 && (_CONDUCT_GERUNDS.has(`${stem}ing`) || _CONDUCT_GERUNDS.has(`${v}${v.slice(-1)}ing`));
}

/** Whether "when", "whenever" or "if" follows the manner at i within its clause ("on his own when dysregulated"). */
function occasionAfter(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && doc.clause[k] === doc.clause[i]; k++) if (OCCASION_LEADS.has(wd(doc, k))) return true;
  return false;
}

/** Whether x is a verb of wishing in any person ("love", "wants", "wishes": {@link _WISHING}). */
function wished(x: string): boolean {
  return _WISHING_FORMS.has(x) || (x.endsWith('es') && _WISHING.has(x.slice(0, -2)));
}

/** Pronouns "leave … alone" lets be ("leave him alone", "leave them alone"). */
const LEFT_BE = s('him her them me us it others');

/**
 * Whether the object at j of "leave … alone" is one let be: a person or a thing owned ("leave him alone", "leave her brother
 * alone", "leave Mia alone", {@link LEFT_BE}); a place left is an act done alone ("leave school alone at 3pm").
 */
function leftBe(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  return LEFT_BE.has(y) || (OBJECT_OWNERS.has(y) && y !== 'the' && y !== 'own') || (childSubjectAt(doc, j) && _capitalised(doc.toks[j]?.raw ?? ''));
}

/** Reach, in tokens, from a manner of doing it alone back to its verb ("climb the steps of the frame on her own"). */
const ALONE_REACH = 14;

/**
 * "on his own", "independently", "alone" after the child's act ("will climb the steps on her own", "to pack his bag independently"):
 * done alone, an observable capability an adult can see done, as "tie his shoelaces independently" is (the labelling guide,
 * Measurable rule 3). Its span runs from the act's verb; none with a comparative before or after it ("more independently",
 * "use the bus more on his own", "get to school independently more often": rule 6, {@link moreAfter}), after a verb of {@link
 * notSeenAlone} or an outburst ({@link outburstAlone}), for time spent ("spend time alone") or the idiom "leave her brother
 * alone", or with no verb after "will", "to" or "and" in its clause.
 */
const doneAlone: WordCheck = (doc, i, x) => {
  const end = x === 'independently' || x === 'alone' ? i + 1 : x === 'on' && OBJECT_OWNERS.has(wd(doc, i + 1)) && wd(doc, i + 2) === 'own' ? i + 3 : -1;
  if (end < 0 || COMPARATORS.has(wd(doc, i - 1)) || wd(doc, i - 1) === 'more' || wd(doc, i - 2) === 'more' || moreAfter(doc, end)) return null;
  for (let k = i - 1; k >= 1 && k >= i - ALONE_REACH && doc.clause[k] === doc.clause[i]; k--) {
    if (doc.toks[k]?.kind !== 'w' || !ALONE_LEADS.has(wd(doc, k - 1)) || OBJECT_OWNERS.has(wd(doc, k)) || wd(doc, k) === 'a') continue;
    const v = wd(doc, k);
    if (notSeenAlone(doc, k) || outburstAlone(doc, k, i) || _PROCESS.has(v) || _VAGUE_OBJECTS.has(v)) return null;
    // "spend time alone in his room": time passed, no act; "leave her brother alone": let him be, no act done alone.
    if ((v === 'spend' && wd(doc, k + 1) === 'time') || ((v === 'leave' || v === 'leaves') && x === 'alone' && leftBe(doc, k + 1))) return null;
    // "access the resources independently", "use strategies on his own": what is received or a general object names no act seen
    // (Specific rule 4; Barnet, Examples of SMART Outcomes: not "vague, generic").
    // "stop being on her own": being is no act; "would love to go … on her own": a wish (Settled cases, the wish row).
    for (let j = k + 1; j < i; j++) if (_GENERIC_OBJECTS.has(wd(doc, j)) || notSeenAlone(doc, j)) return null;
    if (wd(doc, k - 1) === 'to' && wished(wd(doc, k - 2))) return null;
    return isPredicate(doc, k) || wd(doc, k - 1) === 'and' ? [k, end] : null;
  }
  return null;
};

/**
 * "(off) by heart", "from memory", "word perfect": what was learnt can be checked by asking for it, an end state like
 * "without help" (the labelling guide, Measurable rule 3: someone could check, at the deadline, whether it happened).
 */
const byHeart: WordCheck = (doc, i, x) =>
  (x === 'by' && wd(doc, i + 1) === 'heart') || (x === 'from' && wd(doc, i + 1) === 'memory') || (x === 'word' && wd(doc, i + 1) === 'perfect') ? [wd(doc, i - 1) === 'off' ? i - 1 : i, i + 2] : null;

/** Half the number, halve, by half. */
const halve: WordCheck = (doc, i, x) =>
  (x === 'half' && wd(doc, i + 1) === 'the' && (wd(doc, i + 2) === 'number' || wd(doc, i + 2) === 'amount')) || x === 'halve' || x === 'halved' || (x === 'by' && wd(doc, i + 1) === 'half') ? [i, i + 3] : null;

/** Whole or full occasions: "for the whole of lunch", "full lessons". */
const wholeOccasion: WordCheck = (doc, i, x) => {
  if ((x !== 'whole' && x !== 'full' && x !== 'entire') || doc.used[i + 1] !== 0) return null;
  const y = wd(doc, i + 1) === 'of' ? (wd(doc, i + 2) === 'the' ? wd(doc, i + 3) : wd(doc, i + 2)) : wd(doc, i + 1);
  return _OCCASIONS.has(y) || y === 'lunch' || y === 'assembly' || y === 'timetable' || y === 'school' || y === 'carpet' ? [i, i + 2] : null;
};

/** "for the duration of a meal", "for the length of the lesson": the whole occasion, like "for the whole of lunch". */
const forDuration: WordCheck = (doc, i, x) =>
  (x === 'duration' || x === 'length') && wd(doc, i - 1) === 'the' && wd(doc, i - 2) === 'for' && wd(doc, i + 1) === 'of' ? [i - 2, i + 2] : null;

/** Nouns "age-related" makes a standard of ("age-related expectations"); "age-related independent living skills" is none. */
const AGE_RELATED_STANDARDS = s('expectations expectation expected standard standards level levels targets target attainment');

function ageRelatedStandard(doc: _Doc, i: number): boolean {
  return doc.toks[i + 1]?.kind !== 'w' || doc.clause[i + 1] !== doc.clause[i] || AGE_RELATED_STANDARDS.has(wd(doc, i + 1)) || PREPOSITIONS.has(wd(doc, i + 1));
}

/** Letter grades (GCSE before 9-1, A level, BTEC-style letters): a capital letter A to G, or U (also read by _specific.ts). */
export const _LETTER_GRADES: ReadonlySet<string> = s('A B C D E F G U');
const LETTER_GRADES = _LETTER_GRADES;
/** Words after "or" that make a grade a threshold ("B grade or higher"). */
const GRADE_THRESHOLDS = s('higher above better');

/**
 * A letter grade after "grade" or "target" ("a grade B", "target C", "grade A*"): a grade, which measures as a number grade
 * does (the labelling guide, Measurable rule 1: "a count, percentage, grade, score"; Halton Appendix C Post-16: "working at
 * a Grade 4" can be demonstrated through assessment or data). The end of its span, or -1.
 */
function letterGradeEnd(doc: _Doc, i: number): number {
  const t = doc.toks[i + 1];
  if (t === undefined || t.kind !== 'w' || !LETTER_GRADES.has(t.raw) || doc.clause[i + 1] !== doc.clause[i]) return -1;
  // "his target A level subjects", "target A-levels": the qualification, not a grade.
  if (wd(doc, i + 2) === 'level' || wd(doc, i + 2) === 'levels') return -1;
  return wd(doc, i + 2) === '*' && doc.toks[i + 2]?.gap === false ? i + 3 : i + 2;
}

/** Verbs of attaining a grade, before a letter grade with its article ("get a B in maths", "achieve a C or above"). */
const GRADE_VERBS = s('get gets achieve achieves gain gains reach reaches obtain obtains secure secures attain attains');
/** Verbs of reaching a step, right before its word ("reach Stage 7", "secure Section 5", "progress onto Level 3"): those of a grade ({@link GRADE_VERBS}) and more. */
const STEP_REACHED: ReadonlySet<string> = new Set([...GRADE_VERBS, ...s('reached reaching onto')]);
/** Words after a letter grade that show it is one ("a B in maths", "a B grade", "a C or above", "a B at GCSE"). */
const GRADE_AFTER = new Set(['in', 'grade', 'grades', 'or', 'at', 'for', 'by', '.', ',', '']);

/**
 * A letter grade written the other way round or after a verb of attaining and its article ("a B grade", "get a B in maths",
 * "achieve a C or above"): a grade, as "grade B" is (Measurable rule 1). The article "A" is read as the grade only after "an".
 * The end of its span, or -1.
 */
function attainedLetterEnd(doc: _Doc, i: number): number {
  const art = wd(doc, i + 1);
  const k = art === 'a' || art === 'an' ? i + 2 : -1;
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w' || !LETTER_GRADES.has(t.raw) || doc.clause[k] !== doc.clause[i] || (t.raw === 'A' && art !== 'an')) return -1;
  const end = wd(doc, k + 1) === '*' && doc.toks[k + 1]?.gap === false ? k + 2 : k + 1;
  if (wd(doc, end) === 'level' || wd(doc, end) === 'levels') return -1;
  return GRADE_AFTER.has(wd(doc, end)) ? end : -1;
}

/**
 * Words a grade is got in or at, after it ("a B in his mock", "4+ in the mock", "C or better at AS", "a Merit in her BTEC
 * unit"), or naming the label before it ("Psychology: B or above", "English – 4+"): an exam, a qualification or a piece of
 * assessed work, besides the school subjects and the tests (_SUBJECTS, _ASSESSMENTS).
 */
const GRADED_IN: ReadonlySet<string> = new Set([..._QUALIFICATIONS, ...s('level levels a-level a-levels as unit units paper papers coursework essay essays nea module modules mock mocks exam exams assessment assessments resit resits functional series')]);
/** Prepositions between a grade and what it is got in ("in maths", "at GCSE", "for his coursework", "on the paper", "across subjects"). */
const GRADED_PREPS = s('in at for on across');
/** How far after its preposition what a grade is got in may be named ("in the Year 12 mock", "in his A level Psychology"). */
const GRADED_REACH = 5;
/** Words before a grade that make it the least to reach ("at least a B", "a minimum of a C", "minimum B", "min. 5"). */
const GRADE_FLOOR = s('least minimum min');
/** Words before "at" that make the grade after it the one worked at ("to be working at a C", "working at grade B"). */
const WORKING_AT = s('working work works be');

/** Whether the word at k is one a grade is got in: a subject, a test or an exam, a qualification or assessed work. */
function gradedWord(doc: _Doc, k: number): boolean {
  const y = wd(doc, k);
  return _SUBJECTS.has(y) || _ASSESSMENTS.has(y) || GRADED_IN.has(y);
}

/** Whether, after a grade ending at e, a preposition names what it is got in within its clause ("in psychology", "at GCSE"). */
function gradedAfter(doc: _Doc, e: number): boolean {
  if (!GRADED_PREPS.has(wd(doc, e))) return false;
  for (let k = e + 1; k <= e + GRADED_REACH && doc.clause[k] === doc.clause[e] && doc.toks[k] !== undefined && doc.toks[k]?.kind !== 'p'; k++) if (gradedWord(doc, k)) return true;
  return false;
}

/**
 * Whether the grade starting at a opens its clause after a label naming what it is got in, or the target's mark
 * ("Psychology: B or above", "English – 4+", "A level Sociology | C or better", "Target: B or above").
 */
function gradeLabelled(doc: _Doc, a: number): boolean {
  const mark = wd(doc, a - 1);
  if (mark !== ':' && mark !== '-' && mark !== '|') return false;
  const y = wd(doc, a - 2);
  return gradedWord(doc, a - 2) || GRADE_LABELS.has(y) || y === 'grade';
}
/** Words marking a target's figure, as a label before a grade ("Target: B or above", "Aim – 5+"). */
const GRADE_LABELS = s('target targets aim goal outcome');

/**
 * The start of "at least", "a minimum of" or "minimum" before a grade starting at a ("at least a B", "a minimum of a C"),
 * or -1: the grade is the least to reach, a threshold (the labelling guide, Measurable rule 1: "a count, percentage,
 * grade, score").
 */
function gradeFloorBefore(doc: _Doc, a: number): number {
  const k = wd(doc, a - 1) === 'of' ? a - 2 : a - 1;
  const y = wd(doc, k);
  if (!GRADE_FLOOR.has(y) || (y === 'least' && wd(doc, k - 1) !== 'at')) return -1;
  if (y === 'least') return k - 1;
  return wd(doc, k - 1) === 'a' ? k - 1 : k;
}

/**
 * A letter grade written bare, with its threshold or its floor ("B or above in his mock", "Psychology: C or better", "at
 * least a B in psychology", "a minimum of a C", "B+ in the mock"), or after "working at" ("to be working at a C in A level
 * Psychology"): a grade to reach, which measures as "grade B" does (the labelling guide, Measurable rule 1: "a count,
 * percentage, grade, score"; Halton Appendix C Post-16, Measurable: "'working at a Grade 4 in algebra' … can be demonstrated
 * through assessment or data"). Without a verb of getting before it, the grade is got in something named after it or
 * labelled before it; a capital letter alone is no grade ("Plan B", "Part A", "Block B", "Amy B.": names, Measurable rule 6,
 * "numbers that only name things"), nor a grade stated now or forecast ({@link gradeToReach}).
 */
const gradeSlot: WordCheck = (doc, i) => {
  const raw = doc.toks[i]?.raw ?? '';
  // "a c or above", "at least a b": a lower-case letter is a grade only after its article, with a threshold or floor (below).
  const lower = raw.length === 1 && raw !== 'a' && raw !== raw.toUpperCase() && LETTER_GRADES.has(raw.toUpperCase()) && (wd(doc, i - 1) === 'a' || wd(doc, i - 1) === 'an');
  if (raw.length !== 1 || raw === 'A' || (!LETTER_GRADES.has(raw) && !lower)) return null;
  // "Plan B", "Room B", "Group B", "Vitamin C", "Mr B": a letter naming a thing or a person (Measurable rule 6).
  if (GRADE_NAMING.has(wd(doc, i - 1))) return null;
  let end = wd(doc, i + 1) === '*' && doc.toks[i + 1]?.gap === false ? i + 2 : i + 1;
  let threshold = false;
  if (wd(doc, end) === '+' && doc.toks[end]?.gap === false) [end, threshold] = [end + 1, true];
  if (wd(doc, end) === 'grade') end += 1;
  if (wd(doc, end) === 'or' && GRADE_THRESHOLDS.has(wd(doc, end + 1))) [end, threshold] = [end + 2, true];
  let a = wd(doc, i - 1) === 'a' || (wd(doc, i - 1) === 'an' && (raw === 'E' || raw === 'F' || raw === 'U')) ? i - 1 : i;
  if (wd(doc, a - 1) === 'grade') a -= 1;
  const floor = gradeFloorBefore(doc, a);
  const start = floor >= 0 ? floor : a;
  const verb = GRADE_VERBS.has(wd(doc, start - 1)) || (wd(doc, start - 1) === 'at' && WORKING_AT.has(wd(doc, start - 2)) && a < i);
  if (!threshold && floor < 0 && (!verb || lower)) return null;
  if (!verb && !gradedAfter(doc, end) && !gradeLabelled(doc, start)) return null;
  return gradeToReach(doc, start, end) ? [verb ? start - 1 : start, end] : null;
};

/**
 * Whether "N+" at i, N a grade of 1 to 9, is a grade to reach ("grade 4+", "a 5+ in maths", "English – 4+", "4+ in the
 * mock"), not the name of an exam ("the 11+") or an age ("16+"): after "grade" or "a", or got in something named after it
 * or labelled before it (Measurable rule 1).
 */
function gradePlus(doc: _Doc, i: number): boolean {
  const t = doc.toks[i];
  if (t === undefined || t.kind !== 'n' || t.parts.length !== 1 || t.num < 1 || t.num > 9) return false;
  const before = wd(doc, i - 1);
  // "Ages 5+", "Set 5+", "Room 6+": the number names a group or a thing (Measurable rule 6, "numbers that only name things").
  if (GRADE_NAMING.has(before) || _AGE_WORDS.has(before)) return false;
  const read = before === 'grade' || before === 'grades' || before === 'a' || GRADE_FLOOR.has(before) || gradedAfter(doc, i + 1) || gradeLabelled(doc, i);
  // "Predicted: 5+ in maths", "Last mock: 4+", "Ben has a 5+ in maths": a grade forecast or held has no target figure (rule 6).
  const a = before === 'grade' || before === 'grades' || before === 'a' ? i - 1 : i;
  return read && gradeToReach(doc, a, i + 1);
}

/** Words before a number that make "N+" an age, not a grade ("Ages 5+", "aged 9+"). */
const _AGE_WORDS: ReadonlySet<string> = s('age ages aged');
/**
 * Words before a capital letter or "N+" that make it the name of a thing or a person, not a grade ("Plan B", "Room B", "Group
 * B", "Vitamin C", "Mr B", "Set 5+"): the naming words before a number ({@link _NAMING_BEFORE}), titles ({@link _TITLES}) and
 * things named by a letter (Measurable rule 6, "numbers that only name things"). "Grade" and "level" name the grade itself.
 */
const GRADE_NAMING: ReadonlySet<string> = new Set([...[..._NAMING_BEFORE].filter((w) => w !== 'level' && w !== 'grade-boundary'), ..._TITLES, ...s('plan block vitamin')]);

/**
 * Words before a grade in its sentence that state it as now, held or forecast ("Current:", "currently", "is predicted", "got",
 * "has a B", "already", "Forecast:", "Mock result:").
 */
const GRADE_STATED: ReadonlySet<string> = new Set([..._BACKGROUND, ..._FORECAST, ...s('is are has holds already now forecast result results')]);

/**
 * Whether a grade threshold in [a, end) ("B grade or higher") is one to reach: it ends its phrase (not "the B grade or higher
 * set", a grade naming a set: Measurable rule 6, "numbers that only name things"), and the nearest word before it in its
 * sentence that says when is a future or a target's mark, not a baseline's or a forecast's ("Current: B grade or higher",
 * "Predicted grade: C grade or above", "is predicted a B grade or higher": a baseline with no target figure, Measurable rule 6).
 */
function gradeToReach(doc: _Doc, a: number, end: number): boolean {
  if (doc.toks[end]?.kind === 'w' && !GRADE_AFTER.has(wd(doc, end))) return false;
  if (doc.bg[a] === 1) return false;
  for (let k = a - 1; k >= 0 && !endAt(doc, k); k--) {
    const x = wd(doc, k);
    // "will", "to", "Target:", "aim": the grade is the one to reach ("expected" is read as a forecast).
    if (_FUTURE.has(x) && !_FORECAST.has(x)) return true;
    if (GRADE_STATED.has(x)) return false;
    // "Working at: C or above": a column of the level worked at now, a baseline (Measurable rule 6).
    if (x === ':' && wd(doc, k - 1) === 'at' && WORKING_AT.has(wd(doc, k - 2))) return false;
  }
  // "She has a C or better in maths now": "now" after it states the grade held.
  for (let k = end; k < doc.toks.length && !endAt(doc, k); k++) if (wd(doc, k) === 'now') return false;
  return true;
}

/** Standards: "expected standard", "age-related expectations", "a Merit", "GLD", "GDS", "book band", "to greater depth", "grade B". */
const standard: WordCheck = (doc, i, x) => {
  if (x === 'grade' || x === 'target') {
    const end = letterGradeEnd(doc, i);
    if (end > 0) return [i, end];
    // "B grade or higher", "a C grade or above": the letter before "grade" with the threshold after it, a grade to reach
    // (Measurable rule 1: "a count, percentage, grade, score"); a letter grade alone before "grade" may name a set or a class.
    return x === 'grade' && LETTER_GRADES.has(doc.toks[i - 1]?.raw ?? '') && wd(doc, i + 1) === 'or' && GRADE_THRESHOLDS.has(wd(doc, i + 2)) && gradeToReach(doc, i - 1, i + 3) ? [i - 1, i + 3] : null;
  }
  // "GDS", "EXS" (capitals): greater depth and the expected standard written short, as teachers record them.
  if ((x === 'gds' || x === 'exs') && doc.toks[i]?.raw === x.toUpperCase()) return [i, i + 1];
  // "ARE" (capitals) is age-related expectations written short ("achieve ARE in reading"), not the verb; "age related" written
  // without the hyphen is the same standard, before its noun, a preposition or the end ("working at age related in reading",
  // "reach age related."; Measurable rule 5), not before a skill ("age related texts").
  const named = (x === 'are' && doc.toks[i]?.raw === 'ARE' && i > 0) || (x === 'standard' && wd(doc, i - 1) === 'expected') || x === 'merit' || x === 'distinction' || x === 'gld' || (x === 'band' && wd(doc, i - 1) === 'book') || (x === 'related' && wd(doc, i - 1) === 'age' && ageRelatedStandard(doc, i)) || (x === 'depth' && wd(doc, i - 1) === 'greater');
  // "Work towards the expected standard", "towards GLD": an aim on the way, as "towards Grade 4/5" is (the labelling guide,
  // Measurable rule 6; Halton Appendix C Post-16: 'working at a Grade 4' is demonstrated, an aim is not).
  if (named && towardsBefore(doc, x === 'standard' || x === 'band' || x === 'related' || x === 'depth' ? i - 1 : i)) return null;
  if (named && wd(doc, i + 1) !== 'progress') return [Math.max(0, i - 1), i + 1];
  // "to meet the Early Learning Goal for reading", "achieve the Early Learning Goals": the EYFS standard spelled out, as "GLD"
  // is (Measurable rule 5), when reached as the expected standard is below; not "is below the Early Learning Goal", "met the
  // Early Learning Goal last year" or "Emerging in the Early Learning Goal" (a baseline, Measurable rule 6). A heading with
  // its deadline reaches it by then ("Early Learning Goal for reading by the end of Reception", as "Secure at phase 3" below).
  if ((x === 'goal' || x === 'goals') && wd(doc, i - 1) === 'learning' && wd(doc, i - 2) === 'early' && !towardsBefore(doc, i - 2)) {
    const k = fragmentStart(doc, i - 2) && deadlineAfter(doc, i) ? i - 2 : reachedBefore(doc, i - 3, true);
    return k >= 0 ? [k, i + 1] : null;
  }
  const tracked = trackedStandard(doc, i, x);
  if (tracked !== null) return tracked;
  if (!STANDARDS_AFTER_TO.has(x) || wd(doc, i + 1) === 'progress' || wd(doc, i + 1) === 'to') return null;
  // "Secure at phase 3", "Exceeding in reading": a heading with no verb states the standard reached, like "to be secure at".
  if (fragmentStart(doc, i) && (wd(doc, i + 1) === 'at' || wd(doc, i + 1) === 'in')) return [i, i + 1];
  const k = reachedBefore(doc, i - 1, false);
  return k >= 0 && (wd(doc, k) !== 'for' || standardContext(doc, i + 1)) ? [k, i + 1] : null;
};

/** Words after "on track" that name what it is judged in or against ("in all subjects", "for ARE", "to meet the ELG"). */
const TRACKED_IN = s('in for to across with');
/** Words besides a subject, exam or standard that name what "on track" is judged against ("all subjects", "a grade 5", "ARE"). */
const TRACKED_NAMED = s('subjects grade grades level levels target targets are gld elg elgs');
/** How far after "in" or "for" the thing tracked may be named ("for a grade 5 in English", "in all his subjects"). */
const TRACKED_REACH = 5;

/**
 * Being on track in named subjects or for a named standard ("to be on track in all subjects by the end of Year 10", "on
 * track for ARE"), or a screen's band reached ({@link bandReached}): the school's tracking or the screen records it, a
 * standard reached (the labelling guide, Measurable rule 5: "achieve the expected standard"; Halton Appendix C Post-16:
 * demonstrated "through assessment or data"). Only as a target ("will be", "to be": not "is on track", the position now, nor
 * "will not", "should" or "hopefully be", Measurable rule 6), and only with a subject, exam, grade or standard named after
 * it: "on track with her life", "for success", "to feel happier" name nothing to check (Measurable rule 6), and neither does
 * staying or keeping on track ("stay on track", "get his life back on track"). Null when neither is read.
 */
function trackedStandard(doc: _Doc, i: number, x: string): Span | null {
  if (x === 'band') return bandReached(doc, i);
  if (x !== 'track' || wd(doc, i - 1) !== 'on' || wd(doc, i - 2) !== 'be' || !TRACKED_IN.has(wd(doc, i + 1))) return null;
  const frame = wd(doc, i - 3);
  if (frame !== 'will' && frame !== 'to' && frame !== "'ll") return null;
  return _trackedNamed(doc, i + 1) ? [i - 3, i + 1] : null;
}

/**
 * Whether the words from j after "on track" name what it is judged in or against: a preposition of {@link TRACKED_IN}, then,
 * within {@link TRACKED_REACH} words, a school subject or skill, an exam, a grade or a standard ("in all subjects", "for a
 * grade 5", "with her reading", "with her GCSEs"; not "with her life", "with her friendships", "for success"). Read by
 * {@link trackedStandard} and by the vague predicates of _review.ts ("stay on track" names nothing).
 * @example
 * _trackedNamed(_buildDoc('on track with her reading', { n: 0 }), 2); // true
 */
export function _trackedNamed(doc: _Doc, j: number): boolean {
  if (!TRACKED_IN.has(wd(doc, j))) return false;
  for (let k = j + 1; k < doc.toks.length && k <= j + TRACKED_REACH && doc.toks[k]?.kind === 'w'; k++) {
    const y = wd(doc, k);
    if (_SUBJECTS.has(y) || _ASSESSMENTS.has(y) || ATTAINED_EXAMS.has(y) || STANDARDS_AFTER_TO.has(y) || STANDARD_NOUNS.has(y) || TRACKED_NAMED.has(y)) return true;
  }
  return false;
}

/** Verbs that reach a band of a screen or assessment ("score in the green band", "be in the average band"). */
const BAND_REACHING = s('score scores scoring be is are reach reaches');
/**
 * Bands of a screen or scale by their colour or level ("the green band", "the top band"), or a standard's word ("the expected
 * band", "the secure band": {@link STANDARDS_AFTER_TO}).
 */
const SCALE_BANDS: ReadonlySet<string> = new Set([...s('green amber red yellow blue orange purple white pink gold silver bronze top middle bottom lower upper higher average emerging developing'), ...STANDARDS_AFTER_TO]);
/** Screens and assessments whose bands are named beside the band ("on the next WellComm screen", "in his SDQ", "on her next test": {@link _ASSESSMENTS}). */
const SCREENS: ReadonlySet<string> = new Set([..._ASSESSMENTS, ...s('screen screens wellcomm sdq boxall score scores scale')]);
/** How far after "band" the screen may be named. */
const SCREEN_REACH = 6;

/**
 * A band of a screen or assessment reached ("Arthur will score in the green band on the next WellComm screen"): the band the
 * screen reports, a standard reached (the labelling guide, Measurable rule 5), read as "achieve the expected standard" is.
 * Only the band's own phrase after a verb of reaching, and only a band of a scale: a colour or level ("the green band", "the
 * expected band") or a screen named after it; a music band joined ("be in the jazz band"), "the wrong band" or "the same band
 * as her peers" is no standard. "In the red band for behaviour" is a colour band of a scale, read as reached. A book band
 * is read with "book" (above), and a band named as a baseline ("currently in the red band") has no verb of reaching.
 */
function bandReached(doc: _Doc, i: number): Span | null {
  if (wd(doc, i - 2) !== 'the' || doc.toks[i - 1]?.kind !== 'w') return null;
  const at = wd(doc, i - 3);
  if ((at !== 'in' && at !== 'into') || !BAND_REACHING.has(wd(doc, i - 4))) return null;
  if (SCALE_BANDS.has(wd(doc, i - 1))) return [i - 4, i + 1];
  for (let k = i + 1; k < doc.toks.length && k <= i + SCREEN_REACH; k++) if (SCREENS.has(wd(doc, k))) return [i - 4, i + 1];
  return null;
}

/** Whether a token after i is read as the deadline (`used`: "… by the end of Reception"). */
function deadlineAfter(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k < doc.toks.length; k++) if (doc.used[k] === 1) return true;
  return false;
}

/** Words before a named standard that reach it ("to", "at", "reach", "achieve", "be"; "meet" before the Early Learning Goal). */
const REACHED_BEFORE = s('to at reach achieve be');

/**
 * The word before a standard (from k back, past quotes and "the") that reaches it, or -1: {@link REACHED_BEFORE}, "meet"
 * where `meets` is set, or "for" after "aim" ("aim for expected", "aiming for greater depth": the standard aimed at is the
 * target's, Measurable rule 5, as after "reach").
 */
function reachedBefore(doc: _Doc, k: number, meets: boolean): number {
  while (k >= 0 && (wd(doc, k) === "'" || wd(doc, k) === '"' || wd(doc, k) === 'the')) k -= 1;
  const y = wd(doc, k);
  if (REACHED_BEFORE.has(y) || (meets && (y === 'meet' || y === 'meets'))) return k;
  return y === 'for' && wd(doc, k - 1).startsWith('aim') ? k : -1;
}

/** Nouns of the standard itself after "expected" or "greater" ("expected standard", "greater depth", "age-related expectations"). */
const STANDARD_NOUNS = s('standard standards depth expectations');

/**
 * Whether the words from k name a standard's context after "aim for expected": the standard's noun, a subject ("expected in
 * reading", "expected level in maths") or nothing more (the part's end or its deadline). Not "aim for expected behaviour",
 * "expected levels of attendance": a broad area (the labelling guide, Specific rule 1) with no standard named (Measurable rule 6).
 */
function standardContext(doc: _Doc, k: number): boolean {
  if (wd(doc, k) === "'" || wd(doc, k) === '"') k += 1;
  if (wd(doc, k) === 'level' || wd(doc, k) === 'levels') k += wd(doc, k + 1) === 'in' || wd(doc, k + 1) === 'for' ? 2 : 1;
  else if (wd(doc, k) === 'in' || wd(doc, k) === 'at' || wd(doc, k) === 'across') k += 1;
  const t = doc.toks[k];
  return t === undefined || t.kind === 'p' || doc.used[k] === 1 || STANDARD_NOUNS.has(wd(doc, k)) || _SUBJECTS.has(wd(doc, k));
}

/** Whether "towards" stands right before the standard's first word at k, past "the" or "a" ("towards the expected standard"). */
function towardsBefore(doc: _Doc, k: number): boolean {
  let j = wd(doc, k - 1) === 'the' || wd(doc, k - 1) === 'a' ? k - 2 : k - 1;
  // "towards achieving the expected standard", "towards reaching it": the aim still on the way.
  if (REACHING_ING.has(wd(doc, j))) j -= 1;
  if (wd(doc, j) !== 'towards' && wd(doc, j) !== 'toward') return false;
  // "Working towards the expected standard in reading, to reach it by July": a later clause reaches it (Measurable rule 5).
  return _nearest(doc, k + 1, REACHED_ON) < 0;
}

/** The walk on to a later clause reaching the standard ("to reach it"), in the sentence. */
const REACHED_ON = _walkOn(sentenceEndAt, (doc, o) => REACHING.has(wd(doc, o)) && REACHED_IT.has(wd(doc, o + 1)));

/** Verbs of reaching a standard in -ing, read past after "towards" ("towards achieving the expected standard"). */
const REACHING_ING = s('achieving reaching meeting attaining getting securing');
/** Verbs of reaching a standard, and the words after them naming the standard already named ("to reach it by July"). */
const REACHING = s('reach achieve meet attain secure');
const REACHED_IT = s('it this that');

/** Words after "by" that name a person, not a point ("by his tutor", "by Mr Jones"). */
const PERSON_AFTER_BY: ReadonlySet<string> = new Set([...s('his her their my him them'), ..._TITLES]);
/**
 * Whether "by" at k is followed by a capitalised word not read as a deadline ("Level 2 NVQ by Sarah", "by Rachel (tutor)"):
 * a person's name, the one who delivers or signs off, not a point in time (the labelling guide, Time-bound; Measurable rule 6).
 */
function namedAfterBy(doc: _Doc, k: number): boolean {
  const t = doc.toks[k + 1];
  return wd(doc, k) === 'by' && t !== undefined && t.kind === 'w' && _capitalised(t.raw) && doc.used[k + 1] !== 1;
}

/** Qualifications a heading names as the whole target ("Functional Skills L1", "Level 2 NVQ", "BTEC Level 3 Diploma"). */
const HEADING_QUALIFICATIONS: ReadonlySet<string> = new Set([..._QUALIFICATIONS, 'functional']);
/** Words a qualification heading holds before its deadline: its name, level, subjects and joins ("Skills L1 in English & maths"). */
const HEADING_WORDS = s('skills skill level entry in and & of by before until');

/**
 * A qualification named with its level as a heading with no verb, and a deadline after it ("Functional skills L1 in English
 * and maths by the end of Y12", "Level 1 Functional Skills English by Easter"): the qualification gained by then, a result
 * someone can check (the labelling guide, Measurable rule 5), as "pass her Level 2 NVQ by July" is. With no level or no
 * deadline it names only the course ("Functional skills maths and English.": provision, Measurable rule 6).
 */
const qualificationHeading: WordCheck = (doc, i, x) => {
  if (!HEADING_QUALIFICATIONS.has(x)) return null;
  const start = wd(doc, i - 2) === 'level' && doc.toks[i - 1]?.kind === 'n' ? i - 2 : i;
  if (!fragmentStart(doc, start)) return null;
  let levelled = start < i;
  for (let k = i + 1; k < doc.toks.length && k <= i + 12; k++) {
    // The deadline: read as one already, or "by"/"before"/"until" before no person ("by the end of the college year", not
    // "by his tutor").
    const point = doc.used[k] === 1 || ((wd(doc, k) === 'by' || wd(doc, k) === 'before' || wd(doc, k) === 'until') && !PERSON_AFTER_BY.has(wd(doc, k + 1)) && !namedAfterBy(doc, k));
    if (point) return levelled ? [start, k] : null;
    const t = doc.toks[k];
    if (t === undefined || (t.kind === 'p' && wd(doc, k) !== '&')) return null;
    // "in Y12/13", "by Y13": a year group, read as an approximate deadline (Time-bound, "by Year 6").
    if (t.kind === 'n' && /^y/i.test(t.raw) && (wd(doc, k - 1) === 'in' || wd(doc, k - 1) === 'by')) return levelled ? [start, k] : null;
    if (t.kind === 'n') {
      // "Level 1", "Entry 3", "L1", "E3": the qualification's level.
      if (wd(doc, k - 1) === 'level' || wd(doc, k - 1) === 'entry' || /^[LE][1-3]$/i.test(t.raw)) levelled = true;
      continue;
    }
    const y = wd(doc, k);
    // "in Sport", "Diploma in Childcare": the qualification's subject, capitalised as a name.
    if (!HEADING_WORDS.has(y) && !HEADING_QUALIFICATIONS.has(y) && !_SUBJECTS.has(y) && !_capitalised(t.raw)) return null;
  }
  return null;
};

/** The letter grades {@link gradeSlot} reads, as words ("A" is left to "an A" and "grade A", the article being so common). */
const GRADE_LETTER_WORDS: readonly string[] = [...LETTER_GRADES].filter((g) => g !== 'A').map((g) => g.toLowerCase());

/** The word checks, in the order they are tried; the first that answers decides. */
const WORD_CHECKS: readonly WordCheck[] = [everyOccasion, frequencyAdverb, perPeriod, allOf, zeroLimit, notBe, stopBehaviour, unaided, doneAlone, byHeart, halve, wholeOccasion, forDuration, standard, gradeSlot, qualificationHeading, capability];

/**
 * Words at which a word check other than {@link capability} can answer (the first test of each): at any other
 * word only the capability check is tried. A check that starts at a new word must add it here
 * (test/smart/perfFlags.test.ts compares with no skipping).
 */
const F_CHECK_WORD = _wordFlag(
  [
    'every', 'each', ...PLURAL_WEEKDAYS, ..._FREQ_ADVERBS, 'per', 'all', 'no', 'zero', 'without', 'not', 'stop', 'with', 'unaided', 'by', 'from', 'word', 'half', 'halve', 'halved',
    'whole', 'full', 'entire', 'standard', 'merit', 'distinction', 'gld', 'goal', 'goals', 'gds', 'exs', 'grade', 'target', 'band', 'related', 'depth', 'are', 'track', ...STANDARDS_AFTER_TO,
    'on', 'independently', 'alone', 'refrain', 'avoid', "won't", 'wont', "doesn't", "don't", 'duration', 'length', 'never', ...GRADE_LETTER_WORDS, ...HEADING_QUALIFICATIONS,
  ],
  undefined,
  true,
);
/** The word checks tried at a word without {@link F_CHECK_WORD}. */
const CAPABILITY_ONLY: readonly WordCheck[] = [capability];

/**
 * The words each word check (but {@link capability}) can answer at: the first test of each, which returns null at any
 * other word. A check that starts at a new word must add it here and to {@link F_CHECK_WORD}.
 */
const CHECK_STARTS: ReadonlyMap<WordCheck, readonly string[]> = new Map<WordCheck, readonly string[]>([
  [everyOccasion, ['every', 'each', ...PLURAL_WEEKDAYS]],
  [frequencyAdverb, [..._FREQ_ADVERBS]],
  [perPeriod, ['per']],
  [allOf, ['all']],
  [zeroLimit, ['no', 'zero', 'without']],
  [notBe, ['not']],
  [stopBehaviour, ['stop', 'refrain', 'avoid', "won't", 'wont', "doesn't", "don't", 'no', 'not', 'never']],
  [unaided, ['without', 'with', 'unaided', 'by']],
  [doneAlone, ['on', 'independently', 'alone']],
  [byHeart, ['by', 'from', 'word']],
  [halve, ['half', 'halve', 'halved', 'by']],
  [wholeOccasion, ['whole', 'full', 'entire']],
  [forDuration, ['duration', 'length']],
  [standard, ['standard', 'merit', 'distinction', 'gld', 'goal', 'goals', 'gds', 'exs', 'grade', 'target', 'band', 'related', 'depth', 'are', 'track', ...STANDARDS_AFTER_TO]],
  [gradeSlot, GRADE_LETTER_WORDS],
  [qualificationHeading, [...HEADING_QUALIFICATIONS]],
]);

/**
 * The word checks tried at a word of {@link F_CHECK_WORD}: those that can answer there, in {@link WORD_CHECKS}' order,
 * then {@link capability} (at "by", four checks instead of fourteen). With every flag set for tests
 * ({@link _flagTesting}), every check is tried at every word, so test/smart/perfFlags.test.ts compares these lists too.
 */
const CHECKS_BY_WORD: ReadonlyMap<string, readonly WordCheck[]> = (() => {
  const byWord = new Map<string, WordCheck[]>();
  for (const check of WORD_CHECKS) {
    for (const w of CHECK_STARTS.get(check) ?? []) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(check)) list.push(check);
      byWord.set(w, list);
    }
  }
  for (const list of byWord.values()) list.push(capability);
  return byWord;
})();

/**
 * Words at which {@link _scanMeasures} can find anything: number words, the first word each word check
 * tests for, the comparatives, the event verbs, and (for the capability check's gerunds and present tenses)
 * words ending in "ing" or whose base is a verb seen done. Any other word is skipped on its flag; a check
 * that starts at a new word must add it here (test/smart/perfFlags.test.ts compares with no skipping).
 */
const F_MEASURE_WORD = _wordFlag(
  [
    ..._NUMBER_WORDS.keys(), 'every', 'each', ...PLURAL_WEEKDAYS, ..._FREQ_ADVERBS, 'per', 'all', 'no', 'zero', 'without', 'not', 'stop', 'with', 'unaided', 'on', 'independently', 'alone', 'by', 'from', 'word', 'half', 'halve', 'halved',
    'whole', 'full', 'entire', 'standard', 'merit', 'distinction', 'gld', 'goal', 'goals', 'gds', 'exs', 'grade', 'target', 'band', 'related', 'depth', 'are', 'track', ...STANDARDS_AFTER_TO, 'able', 'learn', 'learned', 'learnt', 'can', 'could', 'might', 'may', 'how', 'know', 'knows', 'begin', 'beginning', 'start', 'starting', 'try', 'trying', 'learning', 'to', 'make', 'makes', 'making', 'keep', 'keeps', 'access', 'accesses', 'participate', 'participates', 'refrain', 'avoid', "won't", 'wont', "doesn't", "don't", 'duration', 'length', 'never', 'do', 'does', 'doing',
    'more', 'less', 'fewer', 'better', 'reduce', 'reduction', 'increase', 'improve', 'improved', 'increased', 'reduced', 'up', ...EVENT_RULES.keys(), 'take', 'gets', 'come', 'comes', 'goes', 'grow', 'grows',
    'lots', 'loads', 'plenty', ..._ENTERING, ..._GAINING, 'dry', ...PASSIVE_DONE, 'wake', 'wakes', ...GRADE_VERBS, ...SHOW_VERBS, ..._PERFORMING, ...GRADE_LETTER_WORDS, ...HEADING_QUALIFICATIONS,
  ],
  (w) => _endsIng(w) || seenVerb(w) || (_endsS(w) && (seenVerb(w.slice(0, -1)) || seenVerb(w.slice(0, -2)) || seenVerb(`${w.slice(0, -3)}y`))),
  true,
);

const PLACEHOLDERS = s('xx xxx xxxx xxxxx tbc tba [x] ?');

/**
 * A template's blank where the standard should be ("reach a target of XXXX"): nothing can be checked until it is
 * filled in, as a template's unchosen alternatives give no deadline (the labelling guide, Time-bound).
 */
function placeholderAfter(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k <= i + 5 && doc.clause[k] === doc.clause[i]; k++) if (_flag3At(doc, k, F3_PLACEHOLDER)) return true;
  return false;
}

/**
 * Words that praise a result without saying which ("good GCSEs", "great grades", "decent results"): no grade, standard or
 * figure is named, so nothing says what would count (the labelling guide, Measurable rule 6, a comparative without a figure;
 * Halton PEP Policy 2023-24, Appendix C Post-16, Measurable: "'working at a Grade 4 in algebra' … can be demonstrated through
 * assessment or data whereas 'to improve confidence in Maths' is more subjective").
 */
const ONLY_GOOD = s('good great decent excellent nice');
/** Results a child gets or achieves that a word of {@link ONLY_GOOD} can stand for ("good grades", "good GCSEs", "good results"). */
const GOOD_RESULTS = s('gcse gcses grade grades result results mark marks qualification qualifications');

/**
 * Whether the object of the event verb at i is a result only called good ({@link ONLY_GOOD} before {@link GOOD_RESULTS}: "get
 * good GCSEs", "get good grades in my GCSEs") with no figure in its clause ("get good grades, 5s or above" names one).
 */
function onlyGood(doc: _Doc, i: number): boolean {
  let k = i + 1;
  while (k <= i + 3 && OBJECT_LEAD.has(wd(doc, k)) && !ONLY_GOOD.has(wd(doc, k))) k += 1;
  if (!ONLY_GOOD.has(wd(doc, k)) || !GOOD_RESULTS.has(wd(doc, k + 1))) return false;
  // The figure may follow in a bracket or after a dash of the same sentence ("Get good grades (grade 5+).", "- grade 5+");
  // a year or a date only names when (Measurable rule 6: "numbers that only name things": "in Year 10", "by 2026", "by 31 March").
  return _nearest(doc, k + 2, FIGURE_ON) < 0;
}

/** The walk on to a figure that does not only name when ({@link namesWhen}), in the sentence ({@link onlyGood}). */
const FIGURE_ON = _walkOn(sentenceEndAt, (doc, j) => doc.toks[j]?.kind === 'n' && !namesWhen(doc, j));

/** Marks that end a sentence, read to by {@link onlyGood}: {@link _PART_ENDS} but a line break. */
const SENTENCE_ENDS: ReadonlySet<string> = new Set([..._PART_ENDS].filter((x) => x !== '\n'));

/**
 * Whether token k is a mark of {@link SENTENCE_ENDS}. Each is one character, so a longer word is passed over on its length
 * before the set is asked: the scans that read to a sentence's end ask at every word on the way.
 */
function sentenceEndAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return x.length === 1 && SENTENCE_ENDS.has(x);
}
/** The walk back to the end of the sentence before ({@link sentenceEndAt}): one past it is where the sentence starts. */
const SENTENCE_END_BACK = _walkBack(_NEVER, sentenceEndAt);
/** Words before a number that make it a year group or key stage ("Year 10", "KS4", "Y11"). */
const YEAR_GROUP_WORDS = s('year years y ks key stage');

/** Whether the number at j names a time, not a figure to reach: a year group ("Year 10"), a calendar year ("2026"), a day of a month ("31 March"). */
function namesWhen(doc: _Doc, j: number): boolean {
  const raw = doc.toks[j]?.raw ?? '';
  if (YEAR_GROUP_WORDS.has(wd(doc, j - 1)) || /^(19|20)\d\d$/.test(raw)) return true;
  return _MONTHS.has(wd(doc, j + 1)) || _MONTHS.has(wd(doc, j - 1)) || (/^\d{1,2}(st|nd|rd|th)?$/.test(raw) && _MONTHS.has(wd(doc, j + 2)));
}

/** Whether the text names a result only called good ({@link onlyGood}) after a verb of gaining it: its advice asks for the grade. */
export function _onlyGoodIn(doc: _Doc): boolean {
  if (_lacks2(doc, F_GOOD_VERB)) return false;
  for (let i = 0; i < doc.toks.length; i++) if (_flag2At(doc, i, F_GOOD_VERB) && onlyGood(doc, i)) return true;
  return false;
}
/** Verbs a result only called good is gained with ("get good grades", "achieve good GCSEs"). */
const GOOD_VERBS = s('get gets getting achieve achieves achieving gain gains gaining');
const F_GOOD_VERB = _wordFlag2(GOOD_VERBS);

/** What "had" or "been to" takes as an event attended ("will have had a taster day", "will have been to the open day"). */
const PERFECT_ATTENDED = EVENT_RULES.get('attend') as Rule;

/** What "achieved" or "gained" takes after "will have" as a thing attained (the rule of "achieve"). */
const ATTAINED_RULE = EVENT_RULES.get('achieved') as Rule;

/** The words read after "achieve" or "gain" for a sanction earned ({@link sanctionEarned}): the object's phrase. */
const SANCTION_REACH = 4;

/**
 * Whether what is "achieved" or "gained" at k is a sanction a behaviour earns ("gain a red card", "achieve a yellow card", "a
 * detention", "an exclusion": {@link incidentAt}, {@link _SANCTION_NOUNS}), no result attained (the labelling guide, Measurable
 * rule 5; the sanctions of Specific rule 5, counted or stopped only). A card or licence gained ("her CSCS card") is one.
 */
function sanctionEarned(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j <= k + SANCTION_REACH && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[k]; j++) {
    if (incidentAt(doc, j) || _SANCTION_NOUNS.has(wd(doc, j))) return true;
  }
  return false;
}

/** Whether a concrete thing won ({@link WON_THINGS}) comes within four words before the participle at i, in its clause. */
function wonThingBefore(doc: _Doc, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[i]; k--) if (WON_THINGS.has(wd(doc, k))) return true;
  return false;
}

/** Whether the participle at k after "will have" states a one-off act done ({@link PERFECT_EVENTS}). */
function perfectEvent(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (PERFECT_EVENTS.has(x)) return true;
  // "will have achieved his Level 1 Certificate", "will have gained her Bronze award": a thing attained by the point, as
  // "achieve his Level 1 Certificate" is (the labelling guide, Measurable rule 5); not "will have achieved more".
  if (x === 'achieved' || x === 'gained') return objectMatches(doc, k, ATTAINED_RULE) && !sanctionEarned(doc, k);
  // "will have started a course or a job with training": a course or post started by the point (Measurable rule 5).
  if (x === 'started' || x === 'begun') return startedEnd(doc, k) > 0;
  return (x === 'had' || x === 'been') && objectMatches(doc, x === 'been' && wd(doc, k + 1) === 'to' ? k + 1 : k, PERFECT_ATTENDED) && !(x === 'had' && visitsKeptUp(doc, k));
}

/**
 * Whether the visits had after k are kept up or paid, no set of occasions ("had regular visits", "visits from her SW"): visits
 * count as had only when counted or named ({@link pluralEventNamed}: "had 2 visits to his new class", Measurable rule 5).
 */
function visitsKeptUp(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j <= k + 5 && doc.clause[j] === doc.clause[k] && doc.toks[j] !== undefined; j++) {
    if (wd(doc, j) === 'visits') return wd(doc, j + 1) === 'from' || !pluralEventNamed(doc, j, k + 1);
  }
  return false;
}

/** Schools a child is on roll at ("on roll at her new primary school", "on roll with Oakfield Academy"). */
const ON_ROLL_AT = s('school schools college nursery academy primary secondary pru');

/** Whether a school or a name follows "on roll at/with" from j, within its phrase ("on roll at home" is no school). */
function onRollAt(doc: _Doc, j: number): boolean {
  for (let k = j; k <= j + 3 && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[j]; k++) {
    if (ON_ROLL_AT.has(wd(doc, k)) || _capitalised(doc.toks[k]?.raw ?? '')) return true;
  }
  return false;
}

/**
 * The end of a one-off event or destination of the child's own at the verb i, or -1 (the labelling guide, Measurable rule 5,
 * "enrol on a Level 1 course"; Settled cases, the club row: "a single day ... is an event gone to"): a course or post started
 * ("start a traineeship or pre-apprenticeship course"), one named event gone to ("go to the Bath Spa open day in March"), a
 * place of study held ("Lacey will have a confirmed place at college"). `listed` and `rare` are {@link eventMeasure}'s flags.
 */
function destinationEnd(doc: _Doc, i: number, x: string, listed: boolean, rare: boolean): number {
  const end = rare && STARTING.has(x) ? startedEnd(doc, i) : listed && GOING_ON.has(x) ? eventGoneToEnd(doc, i) : x === 'have' || ((x === 'find' || x === 'finds') && rare) ? placeHeldEnd(doc, i) : -1;
  return end > 0 && isPredicate(doc, i) && !destinationAside(doc, i) ? end : -1;
}

/** Words opening a clause of a condition or a time waited for ("when she starts college", "once he has a place"). */
const DESTINATION_CONDITIONS = s('when whenever once if unless until so');
/** Process verbs and nouns a destination may be the aim of ("prepare to start", "explore options to start"; Measurable rule 6). */
const DESTINATION_PROCESSES = s('prepare prepares preparing explore explores exploring consider considers considering research plan plans planning discuss options');
/** Words naming an aim a destination may be ("my goal is to start", "her aim is to go"): the wish row of Settled cases. */
const DESTINATION_AIMS = s('goal goals aim aims ambition ambitions dream hope hopes plan wish');
/** Adjectives of a feeling before "to" ("confident to start", "ready to go"): a state, the destination its occasion. */
const DESTINATION_FEELINGS = s('confident ready able keen happy excited nervous anxious prepared motivated eager willing enough comfortable');

/**
 * Whether the destination verb at i stands aside from the child's act (the labelling guide, Measurable rule 6 and the wish
 * row of Settled cases): in a clause of a condition, time or purpose ("when she starts her apprenticeship", "so she can start
 * an apprenticeship"), the aim of a process ("prepare to start her new job") or of a feeling ("confident to start"), or an
 * aim named ("my goal is to start"). Read back to the nearest mark of punctuation.
 */
function destinationAside(doc: _Doc, i: number): boolean {
  if (wd(doc, i - 1) === 'to' && DESTINATION_FEELINGS.has(wd(doc, i - 2))) return true;
  for (let k = i - 1; k >= 0 && k >= i - 10 && doc.toks[k]?.kind !== 'p'; k--) {
    const y = wd(doc, k);
    if (DESTINATION_CONDITIONS.has(y) || DESTINATION_PROCESSES.has(y) || DESTINATION_AIMS.has(y)) return true;
  }
  return false;
}

/** Verbs of starting a course or post ("start a traineeship", "begin her Level 2 course"). */
const STARTING = s('start starts begin begins');
/** Courses and posts started ({@link startedEnd}); not "work" ("start work on his project" is classwork). */
const STARTED_THINGS = s('course courses traineeship traineeships apprenticeship apprenticeships internship internships job eet');
/** Words read over before the course or post started: articles, owners, "or", a level ("a Level 2", "his new"). */
const STARTED_BETWEEN = s('a an the his her their my new full part time or level entry l1 l2 l3 pre-apprenticeship college');
/** Words read between "start" and its course or post, at most. */
const STARTED_REACH = 5;

/**
 * The end of a course or post started after the verb at i ("start a traineeship or pre-apprenticeship course", "started a
 * course", "begin his Level 2 course"), or -1: a one-off event someone can check (the labelling guide, Measurable rule 5,
 * "enrol on a Level 1 course"). Not a course of something given ("a course of counselling": provision) nor "start to".
 */
function startedEnd(doc: _Doc, i: number): number {
  if (wd(doc, i + 1) === 'to') return -1;
  for (let k = i + 1; k <= i + STARTED_REACH && doc.clause[k] === doc.clause[i]; k++) {
    const t = doc.toks[k];
    if (t === undefined) return -1;
    if (t.kind === 'n') continue;
    const y = wd(doc, k);
    // The course or post ends its phrase ("start his course in May"; not "course work", "job club", "job search").
    // "start an EET activity": the activity of education, employment or training.
    if (y === 'eet' && wd(doc, k + 1) === 'activity') return phraseEndsAt(doc, k + 1) ? k + 2 : -1;
    if (STARTED_THINGS.has(y)) return phraseEndsAt(doc, k) ? k + 1 : -1;
    if (!STARTED_BETWEEN.has(y)) return -1;
  }
  return -1;
}

/**
 * Events gone to, as their head noun ("the open day", "her transition appointment", "the careers fair"): the events "attend"
 * takes ({@link PERFECT_ATTENDED}) and their evenings. Not "appointments" (a kind of thing kept up) nor a club.
 */
const EVENTS_GONE_TO: ReadonlySet<string> = new Set([...(PERFECT_ATTENDED as ReadonlySet<string>), ...s('evening evenings events interviews fairs')]);
/** Times an open event is held ("open morning", "open evening"). */
const OPEN_TIMES = s('day days morning mornings afternoon afternoons evening evenings event events');
/** Words read after "go to" for the event's head, at most ("the Level 1 Professional Cookery taster day"). */
const GONE_TO_REACH = 9;
/** Words that end the phrase of the event gone to before its head ("go to college in the open day week": none). */
const GONE_TO_STOPS = s('for with from about on in of at into by before after during until when if because every each');

/**
 * The end of a named event gone to after "go" at i ("go to the Oxford Brookes and Bath Spa open days", "go to her CAMHS
 * transition appointment"), or -1: one event that happens or not, checkable (the labelling guide, Measurable rule 5; Settled
 * cases, the club row: "a single day, 'the careers talk on Tuesday', is an event gone to"). The event word heads its phrase
 * ("the day centre", "an open day course" are other things).
 */
function eventGoneToEnd(doc: _Doc, i: number): number {
  let j = wd(doc, i + 1) === 'back' ? i + 2 : i + 1;
  if (wd(doc, j) !== 'to') return -1;
  for (let k = j + 1; k <= j + GONE_TO_REACH && doc.clause[k] === doc.clause[i]; k++) {
    const t = doc.toks[k];
    if (t === undefined || t.kind === 'p') return -1;
    if (t.kind === 'n') continue;
    const y = wd(doc, k);
    // "the sixth form open mornings": an open day by its time of day.
    if (y === 'open' && OPEN_TIMES.has(wd(doc, k + 1))) return k + 2;
    if (EVENTS_GONE_TO.has(y) && phraseEndsAt(doc, k)) return PLURAL_EVENTS.has(y) && !pluralEventNamed(doc, k, j + 1) ? -1 : k + 1;
    if (GONE_TO_STOPS.has(y)) return -1;
  }
  return -1;
}

/** Whether the word at k ends its phrase: the text, a mark, another clause or a word of {@link AFTER_HELD} follows. */
function phraseEndsAt(doc: _Doc, k: number): boolean {
  const next = doc.toks[k + 1];
  return next === undefined || next.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k] || AFTER_HELD.has(wd(doc, k + 1));
}

/** Plural events that may be routines ("more days", "contact visits", "events at the youth centre"): one only when named. */
const PLURAL_EVENTS = s('days visits events evenings');
/** Words naming plural events as one set of occasions ("the open days", "taster days", "transition visits"). */
const NAMED_EVENTS = s('open taster induction careers transition settling-in');

/**
 * Whether the plural event at k, its phrase from a, is named as one set of occasions ("the taster days", "3 transition
 * visits") and not a routine or an amount ("more days", "regular visits", "contact visits", "family days": Measurable rule 6).
 */
function pluralEventNamed(doc: _Doc, k: number, a: number): boolean {
  if (NAMED_EVENTS.has(wd(doc, k - 1))) return true;
  for (let j = k - 1; j >= a; j--) if (doc.toks[j]?.kind === 'n') return true;
  return false;
}

/** Where a place held is at: education, training or a course ("a place at college", "a place on an apprenticeship"). */
const PLACE_HELD_AT: ReadonlySet<string> = new Set([...ENTRY_PLACES, ...STARTED_THINGS, ...s('sixth-form university school')]);

/**
 * The end of a place held after "have" or "find" at i ("have a confirmed place at college", "have a place on an apprenticeship",
 * "have a college place", "find a sixth form place"), or
 * -1: a destination held at the point, as "get a place at college" is (Measurable rule 5). The place is one of education or
 * training ({@link PLACE_HELD_AT}, or a name: "a place at St Aidan's"); "a safe place", "a place to calm down" are not.
 */
function placeHeldEnd(doc: _Doc, i: number): number {
  let k = i + 1;
  while (k <= i + 4 && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[i] && wd(doc, k) !== 'place') k += 1;
  if (wd(doc, k) !== 'place' || doc.clause[k] !== doc.clause[i]) return -1;
  // "have a college place", "find a sixth form place", "a post-16 place confirmed": the place of education named before it,
  // the place heading its phrase or done ("a school place by May", "a college place confirmed"; not "a college place list").
  const before = wd(doc, k - 1);
  if (k > i + 1 && (PLACE_HELD_AT.has(before) || before === 'post-16' || (before === 'form' && wd(doc, k - 2) === 'sixth'))) {
    return phraseEndsAt(doc, k) || _endsEd(wd(doc, k + 1)) ? k + 1 : -1;
  }
  const p = wd(doc, k + 1);
  if (p !== 'at' && p !== 'on' && p !== 'in') return -1;
  for (let j = k + 2; j <= k + 4 && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[k]; j++) {
    const y = wd(doc, j);
    // "a place at the sixth form": the two words end the phrase.
    if (y === 'sixth' && wd(doc, j + 1) === 'form') return phraseEndsAt(doc, j + 1) ? j + 2 : -1;
    // The place ends its phrase ("a place at college by July"; not "a place in the school choir").
    if (PLACE_HELD_AT.has(y)) return phraseEndsAt(doc, j) ? j + 1 : -1;
    // A name ends the phrase or a school word follows it ("a place at Oakfield", "at Oakfield School"); not an owner's
    // ("a place at Tom's table").
    const raw = doc.toks[j]?.raw ?? '';
    if (_capitalised(raw)) {
      if (raw.endsWith("'s") || raw.endsWith('\u2019s')) return -1;
      // "have his school place in Wales confirmed": the place named, then done.
      if (phraseEndsAt(doc, j) || _endsEd(wd(doc, j + 1))) return j + 1;
      if (PLACE_HELD_AT.has(wd(doc, j + 1)) || wd(doc, j + 1) === 'academy' || wd(doc, j + 1) === 'primary') continue;
      return -1;
    }
  }
  return -1;
}

/** Participles of a thing got or had done once ("get his coursework done", "get ID sorted", "have a placement arranged"). */
const GOT_DONE = s('done sorted finished completed submitted signed arranged booked agreed confirmed made');
/**
 * Participles of {@link GOT_DONE} read only after a thing done once ({@link heldDoneThing}: "have her placement agreed", "have
 * his claim made"): what else is agreed, confirmed or made may be kept up ("have his bed made").
 */
const DONE_ONCE_ONLY = s('agreed confirmed made');
/**
 * Participles of {@link GOT_DONE} that, between an owner or article and a noun, describe a thing held done ("will have a
 * completed application", "have a confirmed offer of a place", "have a finished CV"): those ending -ed.
 */
const HELD_DONE: ReadonlySet<string> = new Set([...GOT_DONE].filter(_endsEd));
/** Words before a participle that describes the thing held ({@link HELD_DONE}): the child's own or an article. */
const HELD_DONE_LEADS: ReadonlySet<string> = new Set([..._CHILD_POSSESSIVES, 'a', 'an', 'the']);
/**
 * Things done, agreed or confirmed once that the child has by a point, besides {@link DATED_ONCE_THINGS} (a document, a plan, a
 * place, an application, a letter, a date): an offer, a placement, a claim, an agreement, an account, a card, a copy or
 * certificate, an exam entry.
 */
const HELD_DONE_THINGS = s('offer offers placement placements claim claims agreement agreements account accounts card cards copy copies certificate certificates entry entries');

/**
 * Whether y names a thing done once that the child has by a point ({@link DATED_ONCE_THINGS}, a course or post of
 * {@link STARTED_THINGS}, the child's work of {@link _CHILD_WORK}: a CV, a statement, a portfolio; {@link HELD_DONE_THINGS}), not a
 * record kept up day by day ({@link CHECKED_KEPT_UP}: "his mood diary on file", "a signed planner"): "a completed sense of
 * who he is", "a completed timetable" are not things done once.
 */
function heldDoneThing(y: string): boolean {
  return (DATED_ONCE_THINGS.has(y) || STARTED_THINGS.has(y) || _CHILD_WORK.has(y) || HELD_DONE_THINGS.has(y)) && !CHECKED_KEPT_UP.has(y);
}
/** Words a thing got done may take before its participle ("get his Year 11 coursework done"): read at most. */
const GOT_DONE_REACH = 7;
/**
 * The child's own state, feeling, habit or conduct, not a thing done once: "get his head sorted", "get her sleep pattern sorted",
 * "get his anger sorted", "get his attendance sorted" (Measurable rule 6: a process; Settled cases, the child's own attendance
 * measures with a figure). What is felt or sensed ({@link INNER_STATES}: "anger", "behaviour", "feelings") and feelings
 * ({@link _FEELINGS}) are read as such too.
 */
const OWN_STATES: ReadonlySet<string> = new Set([...s('head mind sleep life pattern patterns routine routines attendance punctuality temper'), ...INNER_STATES, ..._FEELINGS]);

/**
 * The end of a thing the child gets or has done once after "get" or "have" at i ("Zac will get his coursework done", "Tegan to
 * get ID sorted", "get them signed off by his assessor", "Have a work experience placement arranged"), or -1: done or not by the deadline, which someone can check (the labelling guide,
 * Measurable rule 5, "complete her UCAS application"; Settled cases, "complete his homework": an adult can check it; labels
 * y24-159, y42-220, y43-155, v188). Not a word for anything, a school subject or a state of the child's ("get things sorted",
 * "get his maths sorted", "get his head sorted").
 */
function gotDoneEnd(doc: _Doc, i: number): number {
  // "will have a completed application for the Level 3 course", "have a confirmed offer": a determiner, a participle of a
  // thing done and its noun, the thing had done by the point (the labelling guide, Measurable rule 5: "complete her UCAS
  // application", "have a place at college"). Only after "have".
  // The thing is the head of the noun phrase after the participle ("a signed learning agreement": "agreement").
  if (wd(doc, i) === 'have' && HELD_DONE_LEADS.has(wd(doc, i + 1)) && HELD_DONE.has(wd(doc, i + 2)) && doc.toks[i + 3]?.kind === 'w' && doc.clause[i + 3] === doc.clause[i]) {
    const head = hyphenedHead(doc, i + 3);
    // A thing done once, not a routine, a record kept up or a state ("a completed timetable", "a completed sense of who he is").
    if (head >= 0 && heldDoneThing(wd(doc, head))) return head + 1;
  }
  let j = i + 1;
  while (j <= i + GOT_DONE_REACH && doc.toks[j]?.kind !== 'p' && doc.clause[j] === doc.clause[i] && !GOT_DONE.has(wd(doc, j)) && !onFile(doc, j)) j += 1;
  // "have them on file by 31 January": a record held, done or not at the point.
  if (j > i + 1 && onFile(doc, j) && doc.toks[j - 1]?.kind === 'w' && heldDoneThing(wd(doc, j - 1))) return j + 2;
  if (j === i + 1 || !GOT_DONE.has(wd(doc, j)) || (wd(doc, j) === 'signed' && wd(doc, j + 1) !== 'off')) return -1;
  // "have her placement agreed", "have his claim made": a thing done once; not "have his bed made".
  if (DONE_ONCE_ONLY.has(wd(doc, j)) && !heldDoneThing(wd(doc, j - 1))) return -1;
  const head = wd(doc, j - 1);
  // "have a completed application": the participle before its noun describes it, and no object stands before it.
  // "get his maths and English sorted": a subject is an area, not a thing done (Specific rule 1).
  if (generalWord(head) || OWN_STATES.has(head) || OBJECT_LEAD.has(head) || _SUBJECTS.has(head) || doc.toks[j - 1]?.kind !== 'w') return -1;
  return wd(doc, j) === 'signed' ? j + 2 : j + 1;
}

/**
 * The head of the noun phrase at o ({@link phraseHead}), read on over words joined by hyphens, twice at most ("an agreed
 * return-to-school plan": "plan", not "return").
 */
function hyphenedHead(doc: _Doc, o: number): number {
  let e = phraseHead(doc, o);
  for (let n = 0; n < 2 && e >= 0 && doc.toks[e + 1]?.hyph === true && doc.toks[e + 1]?.kind === 'w'; n++) {
    let h = e + 1;
    while (h < e + 4 && doc.toks[h + 1]?.hyph === true && doc.toks[h + 1]?.kind === 'w') h += 1;
    e = phraseHead(doc, h);
  }
  return e;
}

/** Whether "on file" stands at j (a record held: "have them on file"). */
function onFile(doc: _Doc, j: number): boolean {
  return wd(doc, j) === 'on' && wd(doc, j + 1) === 'file';
}

/** Grades of a vocational or Functional Skills result ("a Pass", "a Merit", "a Distinction"). */
const PASS_GRADES = s('pass passes merit merits distinction distinctions');
/** Words that make a grade's word a result in its clause: an exam, a qualification or a mark ("a pass in the exam", "40+ marks"). */
const RESULT_WORDS: ReadonlySet<string> = new Set([..._ASSESSMENTS, ...ATTAINED_EXAMS, ..._SCORE_NOUNS, ...s('unit units paper papers qualification course module modules functional gcse level')]);
/** Passes of provision, to leave a room or travel, named either side of "pass" ("a time out pass", "a hall pass", "a bus pass"): no grade. */
const PROVISION_PASSES = s('out time-out hall toilet exit bus library corridor travel movement break');
/** Words read after "get" for a grade ("get at least a high Merit"), and either side of it in its clause for a result's word. */
const GRADE_REACH = 5;

/**
 * The end of a grade the child gets after "get" at i ("get a Pass on her Unit 2 paper", "get a pass in his Functional Skills
 * exam", "get at least a Merit"), or -1: a grade reached, as "achieve a Merit" is (the labelling guide, Measurable rule 1:
 * "a count, percentage, grade, score"). The word is a grade written as one (a capital) or with an exam, a qualification or a
 * mark in its clause; never a pass of provision ({@link PROVISION_PASSES}: "get his time out pass", "a hall pass").
 */
function gotGradeEnd(doc: _Doc, i: number): number {
  let k = i + 1;
  while (k <= i + GRADE_REACH && doc.toks[k]?.kind === 'w' && doc.clause[k] === doc.clause[i] && !PASS_GRADES.has(wd(doc, k))) k += 1;
  if (!PASS_GRADES.has(wd(doc, k)) || doc.clause[k] !== doc.clause[i]) return -1;
  if (PROVISION_PASSES.has(wd(doc, k - 1)) || PROVISION_PASSES.has(wd(doc, k + 1))) return -1;
  if (_capitalised(doc.toks[k]?.raw ?? '')) return k + 1;
  for (let j = Math.max(0, k - GRADE_REACH); j <= k + GRADE_REACH && j < doc.toks.length; j++) if (doc.clause[j] === doc.clause[k] && RESULT_WORDS.has(wd(doc, j))) return k + 1;
  return -1;
}

/** Events and can-do skills ("submit her UCAS application", "tie his shoelaces"), and "take part". */
function eventMeasure(doc: _Doc, i: number, x: string): Span | null {
  if (((doc.flags[i] as number) & F_EVENT_START) === 0) return null;
  // "will be on time to his lessons", "To be punctual": the child's punctuality, a habit an adult records in the register,
  // like "arrive on time" (the labelling guide, Settled cases).
  if (x === 'be') {
    const end = punctualEnd(doc, i + 1);
    if (end > 0 && punctualPredicate(doc, i) && !moreAfter(doc, end)) return [i, end];
    // "to be back in school after Easter", "be back in mainstream": a return, a one-off event someone can check (the labelling guide, Measurable rule 5).
    // "will be on roll at a secondary school within 20 school days": a school place taken up, a destination reached once
    // (Measurable rule 5), as "start at St Mary's" is.
    if (wd(doc, i + 1) === 'on' && wd(doc, i + 2) === 'roll' && (wd(doc, i + 3) === 'at' || wd(doc, i + 3) === 'with') && onRollAt(doc, i + 4) && isPredicate(doc, i)) return [i, i + 4];
    const returned = _backInReturned(doc, i);
    if (returned > 0 && isPredicate(doc, i)) return [i, returned];
  }
  // "By 7 February she will have met her form tutor", "will have visited the college": a future perfect, an act done by the
  // point, a one-off event someone can check then (the labelling guide, Measurable rule 5). Not "will have improved".
  // A count may open the thing done ("will have had 3 visits to his new class").
  if (x === 'have' && (wd(doc, i - 1) === 'will' || wd(doc, i - 1) === "'ll") && perfectEvent(doc, i + 1) && (doc.toks[i + 2]?.kind === 'w' || doc.toks[i + 2]?.kind === 'n') && doc.clause[i + 2] === doc.clause[i]) {
    return [i - 1, i + 2];
  }
  // "Options decided by March", "College application submitted by 15 January": a thing named and done by a deadline, a
  // one-off event someone can check then (the labelling guide, Measurable rule 5); not "signed by carer" (an agent).
  // One flag for the lists below: a word in none of them is passed over with no look-up.
  const listed = _flag3At(doc, i, F3_EVENT_WORD);
  // The five shorter lists (F3_EVENT_RARE): a word only of EVENT_RULES, GOING_ON or _PERFORMING skips them too.
  const rare = listed && _flag3At(doc, i, F3_EVENT_RARE);
  // Where "by" is looked for only for a word of DONE_BY (DONE_PARTICLES asked then).
  const by = rare && DONE_BY.has(x) && (!WON_BY.has(x) || wonThingBefore(doc, i)) ? (DONE_PARTICLES.has(wd(doc, i + 1)) ? i + 2 : i + 1) : -1;
  if (by >= 0 && doc.toks[i - 1]?.kind === 'w' && doc.clause[i - 1] === doc.clause[i] && (wd(doc, by) === 'by' || wd(doc, by) === 'before') && doc.used[by] === 1) {
    return [i - 1, by];
  }
  if (passiveDone(doc, i, x)) return [i - 3, i + 1];
  // "dry in the day", "dry at night" (toileting): a state an adult sees each day, no accidents, like a stop-behaviour with no
  // figure (the labelling guide, Measurable rules 3 and 4; "be dry" is read with "be" below).
  if (x === 'dry' && DRY_WHEN.has(wd(doc, i + 1))) {
    for (let k = i + 2; k <= i + 3; k++) if (DRY_TIMES.has(wd(doc, k))) return [i, k + 1];
  }
  // "I will get up on time for college", "wake up on time", "be up on time": getting up on time, a habit an adult records, like being on time (Settled cases).
  if ((x === 'get' || x === 'gets' || x === 'wake' || x === 'wakes' || x === 'be') && wd(doc, i + 1) === 'up' && punctualPredicate(doc, i)) {
    const end = punctualEnd(doc, i + 2);
    if (end > 0 && !moreAfter(doc, end)) return [i, end];
  }
  // "will arrive at his lessons on time", "get to school on time": arriving on time, the place first.
  // Not with a comparative and no figure after it ("be on time more often", "get to school on time more"): how much more
  // punctual is not said (the labelling guide, Measurable rule 6: "a comparative without a figure ... 'more regularly'").
  if ((x === 'arrive' || x === 'arrives' || ((x === 'get' || x === 'gets' || x === 'come' || x === 'comes') && wd(doc, i + 1) === 'to')) && punctualPredicate(doc, i)) {
    for (let k = i + 2; k <= i + 7 && doc.clause[k] === doc.clause[i] && doc.toks[k]?.kind === 'w'; k++) if (wd(doc, k) === 'on' && wd(doc, k + 1) === 'time') return moreAfter(doc, k + 2) ? null : [i, k + 2];
  }
  const graded = rare && GRADE_VERBS.has(x) ? attainedLetterEnd(doc, i) : -1;
  if (graded > 0 && isPredicate(doc, i)) return [i, graded];
  const entered = rare && _ENTERING.has(x) ? _enteredPlace(doc, i) : -1;
  if (entered > 0 && isPredicate(doc, i)) return [i, entered];
  const destination = destinationEnd(doc, i, x, listed, rare);
  if (destination > 0) return [i, destination];
  const grade = (x === 'get' || x === 'gets') && isPredicate(doc, i) ? gotGradeEnd(doc, i) : -1;
  if (grade > 0) return [i, grade];
  const got = (x === 'get' || x === 'gets' || x === 'have') && isPredicate(doc, i) && !destinationAside(doc, i) ? gotDoneEnd(doc, i) : -1;
  if (got > 0) return [i, got];
  const held = (x === 'have' || x === 'get') && isPredicate(doc, i) ? heldEnd(doc, i) : -1;
  if (held > 0) return [i, held];
  // "get a job", "find work", "land an apprenticeship": a post gained, a one-off event (the labelling guide, Measurable rule 5).
  const post = rare && _GAINING.has(x) && isPredicate(doc, i) ? _postGained(doc, i) : -1;
  if (post > 0) return [i, post + 1];
  const heldOrOffered = x === 'be' || x === 'have' ? postHeldOrOfferedEnd(doc, i, x) : -1;
  if (heldOrOffered > 0) return [i, heldOrOffered];
  const exam = rare && ATTAINING_EXAMS.has(x) ? attainedExamEnd(doc, i) : -1;
  if (exam > 0 && isPredicate(doc, i)) return [i, exam];
  const rule = listed ? EVENT_RULES.get(x) : undefined;
  if (rule !== undefined && isPredicate(doc, i) && objectMatches(doc, i, rule) && !(rule === ATTAINED && sanctionEarned(doc, i)) && !comparativeAfter(doc, i) && !placeholderAfter(doc, i) && !onlyGood(doc, i) && !_stayingOn(doc, i, x)) {
    const n = doc.toks.length;
    let end = i + 1;
    while (end < n && end <= i + 4 && doc.toks[end]?.kind === 'w' && doc.clause[end] === doc.clause[i]) end += 1;
    return [i, end];
  }
  // "take part in the residential trip", "participate in sleepovers": an event the child joins, checkable.
  const joins = (x === 'take' && wd(doc, i + 1) === 'part') || x === 'participate' || x === 'participates' || (listed && GOING_ON.has(x));
  if (joins && isPredicate(doc, i) && participationEvent(doc, x === 'take' ? i + 2 : i + 1)) return [i, i + 3];
  // "sing at the Christmas concert on 17 December", "compete in his first bout": it happened or not (Measurable rule 5).
  return listed && _PERFORMING.has(x) && isPredicate(doc, i) && _performsAt(doc, i) ? [i, i + 1] : null;
}

/**
 * The end of a plan, document, device or exam arrangement the child gets or has after "have"/"get" at i ("get an EHCP",
 * "have an EHC plan", "have a laptop by February", "have a reader in his GCSEs", "have extra
 * time in exams"), or -1: a one-off thing in place or not at the deadline (the labelling guide, Measurable rule 5; Settled
 * cases: "a one-off thing adults arrange or do for the child", measurable). The thing heads its phrase ("a laptop bag", "a
 * reader badge", "computer time", "a passport photo", "a passport to the future" name something else), is not taken
 * ("have his laptop confiscated", "the iPad removed": a sanction), and a reader, scribe or prompt is one only for an exam
 * named (JCQ, "Access Arrangements and Reasonable Adjustments"), a tablet none where medicine is named.
 */
function heldEnd(doc: _Doc, i: number): number {
  const k = heldAt(doc, i);
  return k < 0 ? -1 : _heldThingEnd(doc, k);
}

/**
 * The end of the thing had or got at k ({@link heldEnd}), or -1 where the guide's exclusions take it for something else:
 * it does not head its phrase ("a reader badge", "computer time", "a passport photo"), it is taken away ("his laptop
 * confiscated"), or a reader, prompt, extra time or separate room is named with no exam (docs/smart.md, Measurable rule 5
 * and Settled cases; JCQ, "Access Arrangements and Reasonable Adjustments"). Shared with the resource reading of _specific.ts.
 */
export function _heldThingEnd(doc: _Doc, k: number): number {
  const y = wd(doc, k);
  if ((ACCESS_ARRANGEMENTS.has(y) || y === 'time' || y === 'room') && !sentenceHas(doc, k, EXAM_WORDS)) return -1;
  if (y === 'tablet' && sentenceHas(doc, k, MEDICINE)) return -1;
  const t = doc.toks[k + 1];
  const after = wd(doc, k + 1);
  if (t === undefined || t.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k]) return k + 1;
  // "his laptop confiscated", "the iPad removed", "the laptop taken away": a sanction, nothing the child gets.
  if (SANCTIONED.has(after)) return -1;
  // The thing heads its phrase: a preposition, conjunction or adverb follows, "to" only before a verb ("a tablet to use in
  // lessons", not "a passport to the future"); a participle of something done to it ("his passport renewed", "his EHCP
  // reviewed") or an event it names ("an EHCP needs assessment", "his EHCP annual review") is a one-off act arranged too.
  if (after === 'to') return BEFORE_NOUN.has(wd(doc, k + 2)) ? -1 : k + 1;
  return AFTER_HELD.has(after) || (after.endsWith('ed') && !PREPOSITIONS.has(after)) || HELD_EVENTS.has(after) || HELD_EVENTS.has(wd(doc, k + 2)) ? k + 1 : -1;
}

/** Where the thing held stands after "have"/"get" at i, past its article, owner and modifiers ("a communication passport", "his own laptop"), or -1. */
function heldAt(doc: _Doc, i: number): number {
  for (let k = i + 1; k <= i + 7 && doc.clause[k] === doc.clause[i] && doc.toks[k]?.kind !== 'p' && doc.toks[k] !== undefined; k++) {
    // "her Level 2 NVQ": a number before the thing is part of its name, passed over.
    if (doc.toks[k]?.kind === 'n') continue;
    const y = wd(doc, k);
    const next = wd(doc, k + 1);
    // "have her Level 2 NVQ", "have his forklift licence", "have a full driving licence", "have his CSCS card": a
    // qualification held at the deadline, a one-off result someone can check (Measurable rule 5), as "pass her Level 2 NVQ"
    // is; not asked ("does he have a licence to drive?").
    if ((HELD_QUALIFICATIONS.has(y) || (y === 'cscs' && next === 'card')) && !questionAfter(doc, k) && !hopedBefore(doc, k)) return y === 'cscs' ? k + 1 : k;
    // "an EHC plan", "a pathway plan", "a health care plan", "a one-page profile": the plan's name, then its noun.
    if (HELD_PLANS.has(y) && (next === 'plan' || next === 'profile')) return k + 1;
    if (y === 'health' && next === 'care' && wd(doc, k + 2) === 'plan') return k + 2;
    // "extra time", "a separate room": exam access arrangements, like a reader.
    if ((y === 'extra' && next === 'time') || (y === 'separate' && next === 'room')) return k + 1;
    if (y === 'tablet' && next === 'computer') return k + 1;
    // "exam access arrangements" (JCQ, "Access Arrangements and Reasonable Adjustments"), as a reader or extra time is.
    if (y === 'access' && next === 'arrangements') return arrangementsSettled(doc, k + 1) ? k + 1 : -1;
    if (HELD_THINGS.has(y) || ACCESS_ARRANGEMENTS.has(y)) return k;
    if (PREPOSITIONS.has(y) || AFTER_HELD.has(y)) return -1;
  }
  return -1;
}

/**
 * Whether exam access arrangements at k are settled, not hedged or put off: no hedge or condition before them ({@link
 * hedgedBefore}: "possibly", "if"), none after in their sentence ({@link NOT_DONE}, {@link CONSIDERED_LATER}: "if she
 * qualifies", "to be considered", "when ready"), and nothing still to be done to them ("to be explored", "to be looked into").
 * The labelling guide, Measurable: "someone could check, at the deadline, whether it happened".
 */
function arrangementsSettled(doc: _Doc, k: number): boolean {
  if (wd(doc, k + 1) === 'to' && wd(doc, k + 2) === 'be') return false;
  return !hedgedBefore(doc, k) && !inSentence(doc, k, NOT_DONE, false) && !inSentence(doc, k, CONSIDERED_LATER, false);
}

/** Qualification words {@link HELD_QUALIFICATIONS} leaves out. */
const HELD_NOT = s('qualification esol gcse gcses');
/** Qualifications, certificates and licences a child holds ("her Level 2 NVQ", "a full driving licence", "her BTEC Diploma"). */
const HELD_QUALIFICATIONS: ReadonlySet<string> = new Set([
  // Not "qualification" ("get good qualifications" is no result) nor the kinds that name a certificate's subject before it
  // ("his ESOL Entry 3 certificate", "her GCSE maths certificate": the certificate is what is held).
  ...[..._QUALIFICATIONS].filter((w) => !HELD_NOT.has(w)).flatMap((w) => [w, `${w}s`]),
  ...s('licence licences license licenses'),
]);

/**
 * Whether a hedge stands before k in its sentence ("Hopefully he will have his CSCS card", "Ideally she will have …", "if"): a
 * hope, as "he may have" is, no result set (Measurable rule 6; {@link hedgedBefore}).
 */
function hopedBefore(doc: _Doc, k: number): boolean {
  if (hedgedBefore(doc, k)) return true;
  for (let j = k; j >= 0 && !endAt(doc, j); j--) if (wd(doc, j) === 'hopefully') return true;
  return false;
}

/** Whether the sentence of k ends in a question mark ("Does he have a licence to drive?"): asked, not a target set. */
function questionAfter(doc: _Doc, k: number): boolean {
  let j = k + 1;
  while (j < doc.toks.length && !(doc.toks[j]?.kind === 'p' && (wd(doc, j) === '.' || wd(doc, j) === '!' || wd(doc, j) === '?'))) j += 1;
  return wd(doc, j) === '?';
}

/** What is done to a thing taken from the child as a sanction ("have his laptop confiscated", "the iPad removed"). */
const SANCTIONED = s('confiscated removed taken withdrawn banned locked stopped');
/** One-off events a plan names, after it ("an EHCP needs assessment", "his EHCP annual review done"). */
const HELD_EVENTS = s('assessment review reviews referral back');

/** Whether a word of `words` stands in the sentence of k (between its full stops). */
function sentenceHas(doc: _Doc, k: number, words: ReadonlySet<string>): boolean {
  for (let j = k; j >= 0 && !(doc.toks[j]?.kind === 'p' && (wd(doc, j) === '.' || wd(doc, j) === '?' || wd(doc, j) === '!')); j--) if (words.has(wd(doc, j))) return true;
  for (let j = k + 1; j < doc.toks.length && !(doc.toks[j]?.kind === 'p' && (wd(doc, j) === '.' || wd(doc, j) === '?' || wd(doc, j) === '!')); j++) if (words.has(wd(doc, j))) return true;
  return false;
}

/**
 * The end of entering or returning to education at i ("start school", "get into college", "return to full time education",
 * "be reintegrated into school", "get back into college"), or -1: a one-off event someone can check (the labelling guide, Measurable rule 5) and the
 * placement the child achieves (Specific). Not "start revising", not "get to school on time" (punctuality, read elsewhere).
 * With `to`, "go to college" and "get to school" are taken too (a place wished for, {@link _placeEntered}).
 * @example
 * _enteredPlace(_buildDoc('Ali to start school', { n: 0 }), 2); // 4
 */
export function _enteredPlace(doc: _Doc, i: number, to = false): number {
  const x = wd(doc, i);
  // "get into college", "get back into college" (a return, like "return to school"); "go into employment" (going to college
  // or school is read elsewhere: an event, or attendance; `to` takes it too, for a place wished for: {@link _placeEntered}).
  const into = x === 'get' || x === 'gets' || x === 'go' || x === 'goes';
  const back = wd(doc, i + 1) === 'back';
  const p = wd(doc, back ? i + 2 : i + 1);
  // "go back to mainstream", "get back to full time": going back to mainstream or a full timetable is a return, like "return
  // to school" (going back to college is left as it was read: development labels 0 specific to 3).
  // Reintegrating into mainstream is left as it was read (development labels split, 3 specific to 5), and so is a return
  // someone wishes for ({@link wishedBefore}).
  const returning = !x.startsWith('reintegrat') && !wishedBefore(doc, i);
  if (!_ENTERING.has(x) || (into && p !== 'into' && !(to && p === 'to') && !(back && p === 'to' && returning))) return -1;
  const mainstreamOnly = into && p === 'to' && !to;
  for (let k = i + 1; k <= i + 5 && doc.clause[k] === doc.clause[i] && doc.toks[k]?.kind === 'w'; k++) {
    const y = wd(doc, k);
    if (ENTRY_PLACES.has(y) && (!mainstreamOnly || wd(doc, k - 1) === 'mainstream')) return k + 1;
    if (returning && _returnedPlaceEnds(doc, k)) return k + 1;
    if (!ENTRY_BETWEEN.has(y)) return -1;
  }
  return -1;
}

/**
 * Whether the verb at v follows "to" after someone's wish for the child ("Mum would like him to return to mainstream", "wants
 * Kai to go back to full time"): a wish alone (the labelling guide, Measurable rule 5), not the return itself. The child's own
 * wish ("wants to go back to mainstream") is left to the wish row, which keeps it with its own point ("by 12/3").
 */
function wishedBefore(doc: _Doc, v: number): boolean {
  return wd(doc, v - 1) === 'to' && !_WISHING_FORMS.has(wd(doc, v - 2)) && (_WISHING_FORMS.has(wd(doc, v - 3)) || _WISHING_FORMS.has(wd(doc, v - 4)));
}

/**
 * The end of a return from "be" at i, or -1: "be back in (at) school", "college" or "nursery", and "be back in mainstream" or
 * "be back in full time" ({@link _returnedPlaceEnds}).
 */
export function _backInReturned(doc: _Doc, i: number): number {
  if (wd(doc, i) !== 'be' || wd(doc, i + 1) !== 'back') return -1;
  const place = wd(doc, i + 3);
  if ((wd(doc, i + 2) === 'in' || wd(doc, i + 2) === 'at') && ADULT_PLACES.has(place)) return i + 4;
  if (wishedBefore(doc, i)) return -1;
  const k = place === 'mainstream' ? i + 3 : i + 4;
  return wd(doc, i + 2) === 'in' && _returnedPlaceEnds(doc, k) ? k + 1 : -1;
}

/**
 * Whether token k ends a place the child returns to that names no building: "mainstream" ("return to mainstream", "go back
 * to mainstream lessons") or a full timetable ("full time", "full-time", "full days"): the child's placement (the labelling
 * guide, Specific: the placement the child achieves; development labels of the child's own return to mainstream or full time,
 * 17 specific to 2). Not before a place of {@link ENTRY_PLACES} ("mainstream school", "full time education"): that place ends it.
 */
export function _returnedPlaceEnds(doc: _Doc, k: number): boolean {
  const y = wd(doc, k);
  const named = y === 'mainstream' || ((y === 'time' || y === 'days') && wd(doc, k - 1) === 'full');
  if (!named) return false;
  return !ENTRY_PLACES.has(wd(doc, k + 1));
}

/** Words between the verb and the post ("get a job", "get paid work"). */
export const _POST_BEFORE: ReadonlySet<string> = s('a an paid');
/**
 * Words after a post that leave it the head of its phrase ("a job in a garage", "employment by July", "a job and keep it",
 * "a job lined up"); any other word is a noun it modifies ("a job advert", "a job fair", "employment advice") or a purpose
 * ("a job to do when he finishes early"), and no post is gained.
 */
const POST_AFTER = s('in at as with for by before within and or asap this next after when locally near lined that which where over during from');
/** Classroom places and things: "a job in the classroom", "work in his book", "work on the board" are classwork or a class job. */
const CLASS_PLACES = s('class classroom classrooms lesson lessons book books tray folder board display desk table');
/** People worked beside in class: "get work with a partner" is classwork. */
const CLASS_PEERS = s('partner partners peer peers friend friends buddy group adult ta teacher support help');
/** The seasons and breaks a post is taken for ("work for the summer"). */
const POST_SEASONS = s('summer holidays holiday weekend weekends year');

/**
 * The post gained after the verb at v ("get a job", "find work as a chef", "secure an apprenticeship", "land a job"), its
 * index, or -1: entering employment or training, a one-off event someone can check (the labelling guide, Measurable rule 5)
 * and the post the young person achieves (Specific, "the particular ... task or qualification the child will achieve"). Read
 * by both: _specific.ts (gainedPost, as the child's predicate) and the event measure here. "work" after "get" is classwork
 * unless what a post takes follows ("as a hairdresser", "at Tesco", "with a builder", "in a garage", "for the summer",
 * "experience"; "get his work done", "get work in his book", "get work with a partner" are not); after another verb of
 * gaining, "work" alone is the post ("find work"). Not a post followed by a noun it modifies or a purpose ("a job advert",
 * "a job to do"), nor one in a classroom ("a job in the classroom").
 * @example
 * _postGained(_buildDoc('Jo to find work at Tesco', { n: 0 }), 2); // 3
 */
export function _postGained(doc: _Doc, v: number): number {
  const x = wd(doc, v);
  if (!_GAINING.has(x)) return -1;
  const k = _POST_BEFORE.has(wd(doc, v + 1)) ? v + 2 : v + 1;
  if (!_POSTS.has(wd(doc, k)) || doc.clause[k] !== doc.clause[v]) return -1;
  const t = doc.toks[k + 1];
  const alone = t === undefined || t.kind === 'p' || doc.clause[k + 1] !== doc.clause[k];
  if (wd(doc, k) === 'work' && wd(doc, k - 1) !== 'paid') {
    if (alone) return x === 'get' || x === 'gets' ? -1 : k;
    return workTaken(doc, k + 1, x === 'get' || x === 'gets') ? k : -1;
  }
  if (alone) return k;
  const after = wd(doc, k + 1);
  if (!POST_AFTER.has(after)) return -1;
  return (after === 'in' || after === 'at') && classPlace(doc, k + 2) ? -1 : k;
}

/**
 * The end of a place of education or a post offered after "offered" at i ("be offered a place at university", "be offered an
 * apprenticeship"), or -1: a destination reached once, the child's (the labelling guide, Measurable rule 5), not provision
 * offered ("be offered support", "be offered a place in the choir"). Read by _specific.ts too, so that such an offer is not
 * marked as provision given.
 * @example _offeredPlaceEnd(_buildDoc('Tom will be offered a college place', { n: 0 }), 3); // 7
 */
export function _offeredPlaceEnd(doc: _Doc, i: number): number {
  const end = offeredEnd(doc, i);
  // "be offered a place at Forest School", "a place in the nurture group": a programme of provision, an offer measured
  // (postHeldOrOfferedEnd) but provision given, not the child's destination (the labelling guide, Specific rule 4).
  for (let k = i + 1; k < end; k++) if ((_PROVISION_NOUNS.has(wd(doc, k)) && !ENTRY_PLACES.has(wd(doc, k))) || _namedProvisionAt((j) => wd(doc, j), k) > 0) return -1;
  return end;
}

/**
 * The end of a place on a programme of provision offered after "offered" at i ("be offered a place at Forest School"), or -1:
 * a place or post the measure scan reads as offered ({@link postHeldOrOfferedEnd}) that {@link _offeredPlaceEnd} leaves out.
 * Read by _specific.ts, which marks such an offer as a one-off thing adults do, its measure standing.
 */
export function _offeredProvisionEnd(doc: _Doc, i: number): number {
  const end = offeredEnd(doc, i);
  return end > 0 && _offeredPlaceEnd(doc, i) < 0 ? end : -1;
}

/** The end of a place or post after "offered" at i, whatever the place ({@link _offeredPlaceEnd} leaves out provision). */
function offeredEnd(doc: _Doc, i: number): number {
  return Math.max(placeHeldEnd(doc, i), postHeldEnd(doc, i));
}

/**
 * The end of a post held after "have" at i or a place or post offered after "be offered" at i, or -1 (the labelling guide,
 * Measurable rule 5, "have a place at college"): "will have a job by September", "to have an apprenticeship in place" (a post
 * held at the point, as a place at college had is); "be offered a place at university", "to be offered an apprenticeship by
 * July" (a destination reached once, as "have an offer of a place" is). Only as the child's predicate, not a wish's or a
 * purpose's aim ({@link destinationAside}).
 */
function postHeldOrOfferedEnd(doc: _Doc, i: number, x: string): number {
  if (x === 'be' && wd(doc, i + 1) !== 'offered') return -1;
  if (!isPredicate(doc, i) || destinationAside(doc, i)) return -1;
  return x === 'be' ? offeredEnd(doc, i + 1) : postHeldEnd(doc, i);
}

/** Words that may describe a post held before its noun ("a part-time job", "a paid Saturday job", "a full time apprenticeship"). */
const POST_KINDS = s('paid part-time full-time part full time saturday weekend evening new permanent local');

/**
 * The end of a post held after "have" at v ("will have a job by September", "have a part-time job", "to have an apprenticeship
 * in place", "have a job lined up"), or -1: employment or training held at the point, a destination someone can check, as
 * "have a place at college" is (the labelling guide, Measurable rule 5: "will have started a course or a job", "have a place at
 * college"; development labels of a post or place had 14 measurable to 2). Not "work" (classwork: "have work in his book"), a
 * noun the post describes ("a job offer", "a job interview") nor a post in a classroom ("a job in the classroom").
 * @example
 * postHeldEnd(_buildDoc('Ella will have a job by September', { n: 0 }), 2); // 5
 */
function postHeldEnd(doc: _Doc, v: number): number {
  let k = v + 1;
  if (!_POST_BEFORE.has(wd(doc, k)) && !_OWNING_DETERMINERS.has(wd(doc, k))) return -1;
  k += 1;
  for (let m = 0; m < 3 && POST_KINDS.has(wd(doc, k)) && doc.toks[k]?.kind === 'w'; m++) k += 1;
  const y = wd(doc, k);
  if (!_POSTS.has(y) || y === 'work' || y === 'employment' || doc.clause[k] !== doc.clause[v]) return -1;
  const t = doc.toks[k + 1];
  if (t === undefined || t.kind !== 'w' || doc.clause[k + 1] !== doc.clause[k]) return k + 1;
  const after = wd(doc, k + 1);
  // "a part-time job as a waitress"; not "a job as book monitor" (a role in class): "as" only after a kind of post.
  if (!POST_AFTER.has(after) || (after === 'as' && !POST_KINDS.has(wd(doc, k - 1)))) return -1;
  return (after === 'in' || after === 'at') && classPlace(doc, k + 2) ? -1 : k + 1;
}

/** Whether what follows "work" at j is what a post takes (for "get", strictly: "get work by the end of each lesson" is classwork). */
function workTaken(doc: _Doc, j: number, got: boolean): boolean {
  const y = wd(doc, j);
  if (y === 'as' || y === 'experience') return true;
  const det = wd(doc, j + 1) === 'a' || wd(doc, j + 1) === 'an' || wd(doc, j + 1) === 'the';
  // "find work in retail"; "get work in" needs its article ("get work in a garage", not "get work in by Friday").
  if (y === 'in') return (det || (!got && doc.toks[j + 1]?.kind === 'w')) && !classPlace(doc, j + 1);
  if (y === 'at') return doc.toks[j + 1]?.kind === 'w' && !classPlace(doc, j + 1);
  if (y === 'with') return det && !CLASS_PEERS.has(wd(doc, j + 2)) && !CLASS_PEERS.has(wd(doc, j + 3));
  if (y === 'for') return POST_SEASONS.has(wd(doc, det || wd(doc, j + 1) === 'this' || wd(doc, j + 1) === 'next' ? j + 2 : j + 1));
  return !got && (y === 'by' || y === 'before' || y === 'within' || y === 'locally');
}

/** Whether the place at j (past "a", "the", "his", "her") is a classroom's ("in the classroom", "in his book"). */
function classPlace(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  return CLASS_PLACES.has(y === 'a' || y === 'an' || y === 'the' || y === 'his' || y === 'her' || y === 'their' || y === 'my' ? wd(doc, j + 1) : y);
}

/** Services a young person joins as a career ("join the army", "join the Navy", "join the police"), not a club or cadet force. */
const SERVICES_JOINED = s('army navy raf marines police force');
/** Words read over between "join" and the service ("join the Royal Navy", "the British Army", "the Royal Air Force"). */
const SERVICE_BEFORE = s('the royal british air');

/**
 * Whether the span opening at v enters a service, a place of study or a course or post started as the next step of the young
 * person's life ("join the army", "join the Royal Navy", "go to college", "go back to university", "get into college", "start an
 * apprenticeship": {@link startedEnd}): like a post gained ("get a
 * job"), wished for alone ("I want to join the army when I am 18", "I want to do better and go to college") it is the wish's
 * outcome and not its measure (the labelling guide, Settled cases, the wish row; an age waited for names when, no measure:
 * Measurable rule 6). Not a cadet force or club ("join the Army Cadets"), which the club row reads, nor a place reached on
 * time ("go to college on time": punctuality, its own measure).
 * @example
 * _placeEntered(_buildDoc('I want to join the army', { n: 0 }), 3); // true
 */
export function _placeEntered(doc: _Doc, v: number): boolean {
  const x = wd(doc, v);
  if (x === 'join' || x === 'joins') {
    let k = v + 1;
    while (k < v + 4 && SERVICE_BEFORE.has(wd(doc, k))) k += 1;
    const after = wd(doc, k + 1);
    return SERVICES_JOINED.has(wd(doc, k)) && after !== 'cadets' && after !== 'cadet';
  }
  // "I'd like to start an apprenticeship": a course or post started ({@link startedEnd}), wished for alone, as "get a job" is.
  if (STARTING.has(x) && startedEnd(doc, v) > 0) return true;
  // "Ruby would like to take part in DofE": the award's scheme joined, wished for alone, as "join the army" is.
  if (x === 'take' && wd(doc, v + 1) === 'part' && wd(doc, v + 2) === 'in' && (wd(doc, v + 3) === 'dofe' || wd(doc, v + 4) === 'dofe')) return true;
  const e = _ENTERING.has(x) ? _enteredPlace(doc, v, true) : -1;
  return e > 0 && punctualEnd(doc, e) < 0;
}

/**
 * "CV to be updated", "BTEC Sport Unit 2 to be completed", "visits to be arranged (by school)": a thing named and to be done,
 * a one-off event someone can check (the labelling guide, Measurable rule 5), as "Options decided by March" is with its
 * deadline; not a thing no one sees done ("progress to be made").
 */
function passiveDone(doc: _Doc, i: number, x: string): boolean {
  // "to be" compared before the set is asked.
  if (wd(doc, i - 1) !== 'be' || wd(doc, i - 2) !== 'to' || !PASSIVE_DONE.has(x) || doc.toks[i - 3]?.kind === 'p' || doc.clause[i - 3] !== doc.clause[i]) return false;
  // "progress to be made", "improvements to be made": nothing named that someone could check done.
  const thing = wd(doc, i - 3);
  // "Tutor to be booked", "visits to be arranged by school": what adults arrange is provision (Specific rule 4) but measurable
  // alike, whoever the agent (the labelling guide, Settled cases: a one-off thing adults arrange is measurable).
  // Not standing provision ("Interpreter to be booked for all meetings": every occasion of a kind, {@link STANDING}).
  // "tutor to be funded through PP+", "tuition to be paid": provision a fund buys, a quantity of it (Measurable rule 6), as the
  // active "PP+ to fund a tutor" is read ({@link BOUGHT_PROVISION}); a thing bought once still is ("licence to be purchased").
  if (FUNDED.has(x) && (GIVEN_PROVISION.has(thing) || PAID_PEOPLE.has(thing))) return false;
  // "More homework to be done", "less work to be copied": a comparative with no figure (the labelling guide, Measurable
  // rule 6: "a comparative without a figure"), as "complete more homework" is; not "homework to be done" (a task named).
  if (isComparative(doc, i - 4)) return false;
  return !(MAKE_ABSTRACT.has(thing) || _VAGUE_OBJECTS.has(thing) || _GENERIC_OBJECTS.has(thing)) && !standingIn(doc, i, false);
}

/** Participles of a fund buying ("funded", "paid", "bought", "purchased"). */
const FUNDED = s('funded paid bought purchased');

/**
 * Whether the verb of being on time at i is the child's predicate, tried too ("I will try to get to school on time"): the
 * verb tried is what is seen, as {@link aspect} reads it; being on time is a habit an adult records (Settled cases).
 */
function punctualPredicate(doc: _Doc, i: number): boolean {
  return isPredicate(doc, i) || (wd(doc, i - 1) === 'to' && (wd(doc, i - 2) === 'try' || wd(doc, i - 2) === 'tries') && isPredicate(doc, i - 2));
}

/**
 * Whether "more" or "less" with no figure follows being on time at k ("be on time more", "on time more often", "more
 * regularly"): how much more punctual is not said (the labelling guide, Measurable rule 6: "a comparative without a figure").
 * "on time more than 4 days a week" has its figure.
 */
function moreAfter(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return (x === 'more' || x === 'less') && doc.clause[k] === doc.clause[k - 1] && wd(doc, k + 1) !== 'than' && doc.toks[k + 1]?.kind !== 'n';
}

/** The end of "punctual" or "on time" at k (past "always"), or -1. */
function punctualEnd(doc: _Doc, k: number): number {
  const at = wd(doc, k) === 'always' ? k + 1 : k;
  if (wd(doc, at) === 'punctual') return at + 1;
  return wd(doc, at) === 'on' && wd(doc, at + 1) === 'time' ? at + 2 : -1;
}

/** Words between "dry" and the time of day ("dry in the day", "dry at night", "dry all day"). */
const DRY_WHEN = s('in at during through all overnight by');
/** Times of day a child is dry through. */
const DRY_TIMES = s('day days daytime night nights night-time nighttime overnight');

/** Events a child takes part in, seen (a trip, a match), not a session given to them or "all aspects of the curriculum". */
const PARTICIPATION_EVENTS = s('trip trips residential residentials sleepover sleepovers visit visits competition competitions match matches tournament performance performances show concert assembly assemblies fixture fixtures audition race play production nativity interview debate event events day festival parade debates discussion discussions experience dofe');

/** Whether "in …" at j names an event taken part in (within five words, before any other preposition). */
function participationEvent(doc: _Doc, j: number): boolean {
  // "take part in the match", and after "go" ("go on the Year 6 residential", "go on the school trip").
  if (wd(doc, j) !== 'in' && !(wd(doc, j) === 'on' && GOING_ON.has(wd(doc, j - 1)))) return false;
  for (let k = j + 1; k <= j + 6 && doc.clause[k] === doc.clause[j]; k++) {
    const x = wd(doc, k);
    if (PARTICIPATION_EVENTS.has(x)) return true;
    if (PREPOSITIONS.has(x) || _PROVISION_NOUNS.has(x) || x === 'session' || x === 'sessions' || x === 'group') return false;
  }
  return false;
}

const GOING_ON = s('go goes going');

/**
 * Third-word flags ({@link _flag3At}) of lists the scans above test a token's word against: one bit read where a set was
 * asked. A union flag (`F3_EVENT_WORD`, `F3_PREDICATE_WORD`, `F3_FRAME_LIST`) lets a word in none of its lists skip them all.
 */
const F3_EVENT_WORD = _wordFlag3([...GRADE_VERBS, ..._ENTERING, ..._GAINING, ...ATTAINING_EXAMS, ...EVENT_RULES.keys(), ...GOING_ON, ..._PERFORMING, ...DONE_BY]);
const F3_EVENT_RARE = _wordFlag3([...GRADE_VERBS, ..._ENTERING, ..._GAINING, ...ATTAINING_EXAMS, ...DONE_BY]);
const F3_PREDICATE_WORD = _wordFlag3([...BLOCKERS, ..._PROCESS, ...MODALS]);
// isPredicate reads a flagged word that is not a modal as a blocker or process word: the lists must share no word.
for (const w of MODALS) {
  if (BLOCKERS.has(w) || _PROCESS.has(w)) throw new Error(`word lists overlap: modal "${w}" is also a blocker or process word`);
}
const F3_FRAME_LIST = _wordFlag3([...LEARN, ...CAN_WORDS, ...ASPECT]);
const F3_GENERIC_OBJECT = _wordFlag3(_GENERIC_OBJECTS);
const F3_DISPOSITION = _wordFlag3(DISPOSITIONS);
const F3_PRONOUN = _wordFlag3(PRONOUNS);
const F3_PREPOSITION = _wordFlag3(PREPOSITIONS);
const F3_ADULT_SUBJECT = _wordFlag3(_ADULT_SUBJECTS);
/** KNOW, LEARN and "learns" ({@link knowsContent}'s verbs). */
const F3_KNOW_OR_LEARN = _wordFlag3([...KNOW, ...LEARN, 'learns']);
/** A verb of _CURRICULUM_VERBS or its -s, -es or -ies form ({@link offCurriculum}): up to four look-ups a test, made once per word. */
const F3_CURRICULUM_VERB = _wordFlag3([], (x) => _CURRICULUM_VERBS.has(x) || (_endsS(x) && (_CURRICULUM_VERBS.has(x.slice(0, -1)) || _CURRICULUM_VERBS.has(x.slice(0, -2)) || _CURRICULUM_VERBS.has(`${x.slice(0, -3)}y`))));
/** {@link PLACEHOLDERS} ({@link placeholderAfter}). */
const F3_PLACEHOLDER = _wordFlag3(PLACEHOLDERS);

/**
 * Whether the verb of performing at i names the child performing, competing or representing at a named event ("sing with
 * them at the Christmas concert on 17 December", "perform one piece at the spring concert", "compete in his first bout",
 * "represent the school in the district athletics"): a thing the child does there, not an activity gone to, so specific (the
 * labelling guide, Specific: "the particular … task … the child will achieve"; Settled cases, clubs: "an outcome joined to
 * it … is specific"), and it happened or not (Measurable rule 5: a one-off event). Up to four words ("with them", "a song")
 * before "at" or "in", then the event within six words, before any other preposition; "represent" with a side named.
 * @example
 * _performsAt(_buildDoc('Zara will sing at the Christmas concert', { n: 0 }), 2); // true
 */
export function _performsAt(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  if (x.startsWith('represent')) {
    // Not a body within the side ("represent the school council at the meeting"): a role, not a side competing.
    for (let k = i + 1; k <= i + 3 && doc.toks[k]?.kind === 'w'; k++) if (SIDES.has(wd(doc, k)) && wd(doc, k + 1) !== 'council') return true;
    return false;
  }
  for (let j = i + 1; j <= i + 5 && doc.clause[j] === doc.clause[i]; j++) {
    const y = wd(doc, j);
    if (y !== 'at' && y !== 'in') continue;
    for (let k = j + 1; k <= j + 6 && doc.clause[k] === doc.clause[j]; k++) {
      const z = wd(doc, k);
      // A service only when named or qualified ("the Remembrance service", "service of remembrance"), not a provision service ("the youth service").
      if (PERFORMED_EVENTS.has(z)) return (z !== 'service' && z !== 'services') || SERVICE_KINDS.has(wd(doc, k - 1)) || wd(doc, k + 1) === 'of';
      if (PREPOSITIONS.has(z) || _PROVISION_NOUNS.has(z) || z === 'session' || z === 'sessions' || z === 'group' || z === 'lessons') return false;
    }
    return false;
  }
  return false;
}

/**
 * The words {@link eventMeasure} can answer at (the first test of each of its readings): at any other word it is not
 * tried. A reading that starts at a new word must add it here (test/smart/perfFlags.test.ts compares with no skipping).
 */
const F_EVENT_START = _wordFlag(
  ['be', 'have', ...PASSIVE_DONE, 'dry', 'get', 'gets', 'wake', 'wakes', 'arrive', 'arrives', 'come', 'comes', ...GRADE_VERBS, ..._ENTERING, ..._GAINING, ...EVENT_RULES.keys(), 'take', 'participate', 'participates', ...GOING_ON, ..._PERFORMING],
  undefined,
  true,
);

/**
 * Whether "participate in" at i names an event or activity taken part in ("participate in class discussions", "in the
 * school play"), not a session given ("participate in a daily group session") or a broad area ("participate in lessons").
 * @example
 * _participatesIn(_buildDoc('Esme will participate in class debates', { n: 0 }), 2); // true
 */
export function _participatesIn(doc: _Doc, i: number): boolean {
  return participationEvent(doc, i + 1);
}

/**
 * Whether "go on" at i names an event the child goes on ("go on the Year 6 residential", "go on a school trip"): an event
 * taken part in, checkable like "take part in" (the labelling guide, Measurable rule 5: a one-off event).
 * @example
 * _goesOnEvent(_buildDoc('Leah will go on the residential', { n: 0 }), 2); // true
 */
export function _goesOnEvent(doc: _Doc, i: number): boolean {
  return GOING_ON.has(wd(doc, i)) && participationEvent(doc, i + 1);
}

/** Measures that go up ("reading age", "attendance", "her grades"): a figure of the child's, not a skill. */
const RISING_MEASURES = s('age attendance score scores grade grades level levels marks points percentage results');
/** Verbs a measure goes up with, or is got up by ("to go up", "get my reading age up"). */
const UP_VERBS = s('go goes going get gets getting push bring');

/**
 * Whether "up" at i is a measure going up with no figure ("Reading age to go up", "get my reading age up", "Daniel's
 * attendance to go up"): "improve reading age" said another way, a vague comparative (the labelling guide, Specific rule 2:
 * "do better at school", "get better at spelling" name no baseline, no number and no skill; Measurable rule 6). A figure
 * after it ("up from 6y 4m to 7y 0m", "up by 6 months", "up to 95%") is read by the usual checks: the target's numbers
 * keep it from being set aside.
 */
function measureUp(doc: _Doc, i: number): boolean {
  // "up to turquoise band", "up to his actual age": the level it goes up to is named, content like a figure (Specific rule 2
  // asks for the baseline or the number; a named band or age is that number's name).
  if (wd(doc, i + 1) === 'to' && doc.toks[i + 2]?.kind === 'w' && doc.clause[i + 2] === doc.clause[i]) return false;
  const before = wd(doc, i - 1);
  // "get my reading age up", "push his grades up": the measure right before "up", a verb of getting before it.
  if (RISING_MEASURES.has(before)) {
    for (let k = i - 2; k >= 0 && k >= i - 6; k--) if (UP_VERBS.has(wd(doc, k))) return true;
    return false;
  }
  // "Reading age to go up", "her attendance will go up": the measure is the subject of "go up".
  if (before !== 'go' && before !== 'goes' && before !== 'going') return false;
  let k = i - 2;
  while (k >= 0 && (wd(doc, k) === 'to' || wd(doc, k) === 'will' || wd(doc, k) === 'should' || wd(doc, k) === 'must' || wd(doc, k) === 'keep' || wd(doc, k) === 'keeps')) k--;
  return RISING_MEASURES.has(wd(doc, k));
}

/** A comparative with no figure after it ("more", "fewer", "improve"): recorded for advice. */
function bareComparative(doc: _Doc, i: number, x: string): boolean {
  // "read lots of books", "have plenty of chances": a quantity with no figure, as "read more" is (the labelling guide,
  // Specific rule 2, "vague comparatives are not specific" until the skill is named with its figure; Measurable rule 6).
  if (_flag2At(doc, i, F_VAGUE_QUANTITY) && wd(doc, i + 1) === 'of') return true;
  if (x === 'up') return measureUp(doc, i);
  const listed = x === 'more' || x === 'less' || x === 'fewer' || x === 'better' || x === 'reduce' || x === 'reduction' || x === 'increase' || x === 'improve' || x === 'improved' || x === 'increased' || x === 'reduced' || cutsDown(doc, i, x);
  if (!listed || doc.toks[i + 1]?.kind === 'n') return false;
  // A word quoted is what the child says, not a comparative ("request \"more\" and \"help\"").
  if (quotedWord(doc, i)) return false;
  // "more than 3" has its figure; "more than he did last term" has none (the labelling guide, Specific rule 2).
  if (wd(doc, i + 1) !== 'than') return true;
  const after = doc.toks[i + 2];
  return after !== undefined && after.kind === 'w' && !_NUMBER_WORDS.has(wd(doc, i + 2)) && wd(doc, i + 2) !== 'a' && wd(doc, i + 2) !== 'an';
}

/** The measures a word starts: a word check's span, else (after noting a bare comparative) an event. */
type SoftOut = { softCount: number; soft: 'capability' | 'stop' | null };

/**
 * Whether a stop found by "no" or "not" is conduct with no figure ("No swearing in class.", "not to be rude to staff"), not a
 * record's count ("no exclusions", "not be excluded"): the stop-behaviour of the Confidence table's low row (docs/smart.md),
 * asked how often.
 */
function conductStop(doc: _Doc, r: Span): boolean {
  const last = wd(doc, r[1] - 1);
  return _CONDUCT_GERUNDS.has(last) || CONDUCT.has(last) || last === 'on';
}

function noteSoft(out: SoftOut, kind: 'capability' | 'stop'): void {
  out.softCount += 1;
  out.soft ??= kind;
}

function wordMeasure(doc: _Doc, i: number, out: { spans: Span[]; comparatives: Span[]; behaviours: Span[] } & SoftOut): void {
  const x = wd(doc, i);
  const checks = ((doc.flags[i] as number) & F_CHECK_WORD) === 0 ? CAPABILITY_ONLY : _flagTesting.every ? WORD_CHECKS : (CHECKS_BY_WORD.get(x) ?? WORD_CHECKS);
  for (const check of checks) {
    const r = check(doc, i, x);
    if (r === STOP) return;
    if (r !== null) {
      out.spans = _put(out.spans, r);
      if (check === capability || check === stopBehaviour || ((check === zeroLimit || check === notBe) && conductStop(doc, r))) noteSoft(out, check === capability ? 'capability' : 'stop');
      if (check === stopBehaviour || check === zeroLimit || check === notBe || (check === capability && hasObject(doc, r[1] - 1) && !broadObject(doc, r[1] - 1))) out.behaviours = _put(out.behaviours, r);
      return;
    }
  }
  if (bareComparative(doc, i, x)) out.comparatives = _put(out.comparatives, [i, Math.min(doc.toks.length, i + 2)]);
  const event = eventMeasure(doc, i, x);
  if (event !== null) out.spans = _put(out.spans, event);
}

/**
 * The skills of the fallback pass as behaviours only, for a text whose measures were found elsewhere ("make his own packed
 * lunch on Sundays": a frequency, and the skill it measures).
 * @example
 * _willBehaviours(_buildDoc('Dev will make his own packed lunch on Sundays.', { n: 0 })); // [[1, 3]]
 */
export function _willBehaviours(doc: _Doc): readonly Span[] {
  const named = { spans: _NO_ITEMS as Span[], behaviours: _NO_ITEMS as Span[], softCount: 0, soft: null as 'capability' | 'stop' | null };
  willCapabilities(doc, named);
  return named.behaviours;
}

/**
 * The fallback pass alone, for a text whose only measures were inside provision ("will use the zones … - resources: reading
 * books £40"): what {@link _scanMeasures} would have found had the main pass found nothing.
 * @example
 * _willMeasures(_buildDoc('Dev will make his own packed lunch.', { n: 0 })).spans.length; // 1
 */
export function _willMeasures(doc: _Doc): { spans: readonly Span[]; behaviours: readonly Span[]; softCount: number; soft: 'capability' | 'stop' | null } {
  const out = { spans: _NO_ITEMS as Span[], behaviours: _NO_ITEMS as Span[], softCount: 0, soft: null as 'capability' | 'stop' | null };
  willCapabilities(doc, out);
  return out;
}

/** The fallback pass: "will" + a skill verb with its object, seen done ("will complete his homework"). */
function willCapabilities(doc: _Doc, out: { spans: Span[]; behaviours: Span[] } & SoftOut): void {
  if (_lacks(doc, F_WILL_OR_TO)) return;
  // The steps are counted in a local and the flag read from one (see {@link _scanMeasures}).
  const willOrTo = F_WILL_OR_TO;
  let steps = 0;
  for (let i = 0; i < doc.toks.length; i++) {
    steps += 1;
    i = noteEnd(doc, i);
    if (((doc.flags[i] as number) & willOrTo) === 0) continue;
    const x = wd(doc, i);
    const start = x === 'to' && (fragmentStart(doc, i) || _childBeforeTo(doc, i) || needTo(doc, i));
    if ((!WILL_WORDS.has(x) && !start) || doc.used[i] !== 0 || doc.bg[i] === 1) continue;
    // "continue to attend cadets": going on going, a process (Settled cases).
    const r = capabilityAt(doc, i, x, true);
    if (r !== null) {
      out.spans = _put(out.spans, r);
      // A quoted object is named by the specificity scan whole ("use 'stop, walk, talk'"), not as the verb alone.
      if (!quotedObject(doc, r[1] - 1) && !broadObject(doc, r[1] - 1)) out.behaviours = _put(out.behaviours, r);
      noteSoft(out, 'capability');
    }
  }
  doc.ops.n += steps;
}

/**
 * Finds measures in a document.
 * @param doc - Analysed text, after the deadline scan.
 * @returns Measure spans, comparative spans and content-naming spans.
 */
export function _scanMeasures(doc: _Doc): _MeasureScan {
  const out = { spans: _NO_ITEMS as Span[], comparatives: _NO_ITEMS as Span[], naming: _NO_ITEMS as Span[], behaviours: _NO_ITEMS as Span[], softCount: 0, soft: null as 'capability' | 'stop' | null };
  const n = doc.toks.length;
  // The steps in a local, added once, and the flag in a local: a field written or a module constant read at every
  // token costs a dozen instructions each time (the count is the same).
  const measureWord = F_MEASURE_WORD;
  const { flags, bg, w } = doc;
  const marks = doc.used;
  let steps = 0;
  for (let i = 0; i < n; i++) {
    steps += 1;
    i = noteEnd(doc, i);
    const used = marks[i] ?? 0;
    if (used === 3) {
      // A duration, frequency or conditional window found by the deadline scan ("for 4 weeks").
      let j = i;
      while (j < n && marks[j] === 3) j += 1;
      if (bg[i] === 0) out.spans = _put(out.spans, [i, j]);
      i = j - 1;
      continue;
    }
    if (used !== 0 || bg[i] === 1) continue;
    // A word without the flag is passed over before its token is read (a number's canonical word is '#', a word's never is).
    if (((flags[i] as number) & measureWord) === 0 && w[i] !== '#') continue;
    const t = doc.toks[i] as _Tok;
    if (t.kind === 'p') continue;
    if (isNumberAt(doc, i, wd(doc, i))) numberMeasure(doc, i, t, out);
    else wordMeasure(doc, i, out);
  }
  doc.ops.n += steps;
  if (out.spans.length === 0) willCapabilities(doc, out);
  if (out.spans.length === 0) insteadOf(doc, out);
  return out;
}

/** Where-words that may follow a comma without starting a note of provision ("…, at school and at home, 3 times a week"). */
const NOTE_PLACES = s("school school's college nursery setting class key team");

/**
 * Where the part at the comma or semicolon at i ends when it is a note of provision after the child's outcome (a provision
 * noun or an adult in its first three words: "read 20 words, TA support 3x weekly", "use his frame, with the TA twice a
 * week"), else i. How often the note's provision runs is its schedule, not the child's measure (the labelling guide,
 * Measurable rule 6), so it neither replaces nor cancels the measure before it.
 */
function noteEnd(doc: _Doc, i: number): number {
  let e = i;
  while (doc.w[e] === ',' || doc.w[e] === ';') {
    let note = false;
    for (let j = e + 1; j <= e + 3 && !note; j++) {
      const y = wd(doc, j);
      // A provision noun by its flag (0 past the last token, as '' is in no list).
      note = ((doc.flags[j] as number) & _F_PROVISION_NOUN) !== 0 || (_flag3At(doc, j, F3_ADULT_SUBJECT) && !NOTE_PLACES.has(y) && !listedPerson(doc, j));
    }
    if (!note) return e;
    e += 1;
    while (e < doc.toks.length && wd(doc, e) !== ',' && !endAt(doc, e)) e += 1;
  }
  return e;
}

/**
 * Whether the adult at j is one of a list of people the child names or meets ("know the names of his teacher, his TA and
 * 2 children"): owned, and followed by "and" or a comma, it is an object of the child's verb, not a note of provision
 * ("TA support 3x weekly"), so the count after it still measures (the labelling guide, Measurable rule 1: a count).
 */
function listedPerson(doc: _Doc, j: number): boolean {
  const after = wd(doc, j + 1);
  return _CHILD_POSSESSIVES.has(wd(doc, j - 1)) && (after === 'and' || after === ',');
}

/** The length of a phrase of replacing at i ("instead of", "rather than", "in place of"), or 0. */
function replacing(doc: _Doc, i: number): number {
  const x = doc.w[i];
  if ((x === 'instead' && doc.w[i + 1] === 'of') || (x === 'rather' && doc.w[i + 1] === 'than')) return 2;
  return x === 'in' && doc.w[i + 1] === 'place' && doc.w[i + 2] === 'of' ? 3 : 0;
}

/**
 * When nothing else measures: "go to the calm corner instead of throwing toys" ("rather than", "in place of"), the
 * behaviour replaced stops, and success is no incidents (the labelling guide, Measurable rule 4); not a general verb
 * ("instead of getting upset").
 */
function insteadOf(doc: _Doc, out: { spans: Span[]; behaviours: Span[] } & SoftOut): void {
  for (let i = 0; i + 2 < doc.w.length; i++) {
    const g = i + replacing(doc, i);
    const y = wd(doc, g);
    if (g === i || doc.bg[i] === 1 || !_endsIng(y) || generalGerund(y)) continue;
    const r: Span = [i, g + 1];
    out.spans = _put(out.spans, r);
    out.behaviours = _put(out.behaviours, r);
    noteSoft(out, 'stop');
  }
}



/**
 * What a one-off thing adults arrange or do for the child spans, or null (the labelling guide, Settled cases: "a one-off
 * thing adults arrange or do for the child"; Measurable rule 5): a referral made ({@link referralMade}), the child to be
 * referred or assessed ({@link childChecked}), "<adult> to book" or "to arrange" after the thing it names
 * ({@link adultArranges}), an adult referring the child to a service ({@link adultRefers}), a count of the sessions the
 * child attends ({@link sessionsCounted}), or a thing done once ({@link doneOnce}: an application made, a CV finished, a
 * place on a side gained, an award level, a health check gone to). Not specific (provision,
 * Specific rule 4): read only when nothing else measures, after the anchors, so it never changes Specific. `given` tells
 * whether a token is in adult provision or provision given to the child.
 * @example
 * _arrangedEvent(_buildDoc('Mental health - CAMHS referral', { n: 0 }), () => false); // [3, 5]: "CAMHS referral"
 */
export function _arrangedEvent(doc: _Doc, given: (k: number) => boolean): Span | null {
  // One step a token read, counted in k and added once, as the scans count.
  let k = 0;
  let found: Span | null = rowTask(doc);
  // Whether the text states an outcome ({@link outcomeStated}): read once a text, when a thing a fund buys is first met.
  let said: number | undefined;
  const stated = (at: number): boolean => (said ??= outcomeStated(doc)) > at;
  for (; k < doc.toks.length && found === null; k++) {
    const x = wd(doc, k);
    // Most words are none of the ones read below: one look-up passes them over (instead of four sets and eight comparisons).
    if (!_flag2At(doc, k, F_ARRANGED_EVENT)) continue;
    found =
      REFERRAL_WORDS.has(x) ? referralMade(doc, k)
      : x === 'book' || x === 'arrange' ? (adultArranges(doc, k) ?? _adultOneOff(doc, k, x))
      : x === 'refer' ? adultRefers(doc, k)
      : x === 'attend' || x === 'join' ? (x === 'join' ? adultAtMeeting(doc, k) : (sessionsCounted(doc, k, given) ?? appointmentsKept(doc, k) ?? _adultOneOff(doc, k, x) ?? adultAtMeeting(doc, k)))
      : x === 'referred' || x === 'seen' || x === 'entered' || x === 'given' || x === 'considered' || _CHECK_PARTICIPLES.has(x) ? (childChecked(doc, k) ?? checkedThing(doc, k, x))
      : DONE_ONCE_WORDS.has(x) && doneOnce(doc, k, x) ? [k, k + 1]
      : ONE_OFF_ACTS.has(x) ? ((x === 'go' && wd(doc, k + 1) === 'to' && !given(k) ? occasionsCounted(doc, k + 1) : null) ?? _adultOneOff(doc, k, x) ?? nounEvent(doc, k) ?? (x === 'ask' ? roleAsked(doc, k) : null))
      : ONE_OFF_PASSIVE.has(x) ? (passiveOneOff(doc, k) ?? thingSetUp(doc, k))
      : x === 'update' ? (headingTask(doc, k, x, k) && !leftUndone(doc, k, x) ? [0, k + 1] : null)
      : x === 'do' ? (workToDo(doc, k) ?? screenDone(doc, k))
      : x === 'ahead' ? goesAhead(doc, k)
      : x === 'ensure' ? ensuredInPlace(doc, k)
      : SET_UP_PASSIVE.has(x) ? ((SET_UP_PASSIVE.get(x) === wd(doc, k + 1) || (x === 'looked' && wd(doc, k + 1) === LOOKED_AT && lookedAtNow(doc, k + 2))) && (x !== 'put' || wd(doc, k + 2) === 'place') ? passiveOneOff(doc, k, 1) : null)
      : CHECKS_HAD.has(x) || x === KIND_CHECK ? nounEvent(doc, k)
      : x === 'asap' ? urgentCheck(doc, k)
      : IN_HAND.has(x) ? adultDoing(doc, k)
      : x === 'start' || x === 'begin' ? thingStarts(doc, k)
      : x === 'help' || x === 'support' ? (helpedTask(doc, k) ?? (k <= 2 ? heldHeading(doc, k) : null))
      : k <= 2 || HELD_THINGS.has(x) ? heldHeading(doc, k)
      : null;
    if (found === null && FUND_THINGS.has(x)) found = fundThing(doc, k, stated);
  }
  doc.ops.n += k;
  return found ?? datedAdultAct(doc);
}

/** How far past an adult's verb its deadline is looked for, at most ({@link datedAdultAct}; keeps the walk linear). */
const DATED_REACH = 40;
/** The words opening a deadline that is a point the act is done by ("by 31 January", "before half term", "on or before 13 March"). */
const DATED_BY = s('by before');
/**
 * Verbs whose act is one thing done once by themselves (the labelling guide, Settled cases, "a one-off thing adults arrange or
 * do for the child"): referring and re-referring ("re" of "re-refer"), submitting, applying, enrolling, registering, approving,
 * meeting, visiting or consulting named people once, and getting or handing over a thing once (collect, obtain, secure, renew,
 * allocate, issue, release, install).
 */
const DATED_SELF_ONCE = s('refer re submit apply enrol enroll register approve meet visit consult collect install renew release obtain secure allocate issue');
/**
 * Verbs of an act done once only when what they act on is one thing done once ({@link DATED_ONCE_THINGS}: "share the PEP",
 * "hold the annual review", "get an appointment date", "reach a decision"): with any other object they are a routine or a
 * strategy ("take Skye to school on time", "speak to Leo calmly", "tell Leo when he has done well", "plan lessons with movement
 * breaks": Measurable rule 6 and Specific rule 4, whatever the date). Not the arranging and booking {@link _adultOneOff} weighs.
 */
const DATED_OBJECT_ONCE = s('update write draw draft prepare produce sign file share send post return transfer tell inform notify get agree decide reach confirm chase request complete identify hold bring review assess discuss speak talk contact email phone ring invite take raise install organise organize plan');

/**
 * An adult's act done once by a point the text states, or null (the labelling guide, Settled cases, "a one-off thing adults
 * arrange or do for the child": not specific, measurable; the Measurable definition, "someone could check, at the deadline,
 * whether it happened"): an adult before "to" or "will" ({@link adultDoes}) and its verb, or a verb after "and" in the same
 * sentence once an adult's act has opened it ("carer to keep a sleep diary for 4 weeks and share it with the school nurse at a meeting"),
 * with a deadline opened by "by" or "before" after it in the same sentence ("SW to re-refer Skye to CAMHS by 31 January",
 * "SENCO to hold the annual review on or before 13 March", "DT to share the PEP with staff by next week"). The verb one-off by
 * itself ({@link DATED_SELF_ONCE}) or acting on one thing done once ({@link DATED_OBJECT_ONCE}, {@link DATED_ONCE_THINGS}) in the
 * act's own clause, between the verb and its deadline. Not a routine or strategy ("Carer to take Skye to school on time by half
 * term"), an act left undone in that clause ({@link NOT_DONE} from the sentence's opening to the deadline: "SW may refer …",
 * not a later "and may ask …"), one done as things arise ({@link DESTINATION_CONDITIONS}: "when he is upset", "as they arise"),
 * one compared with no figure ({@link datedCompared}: "more often", "earlier"), nor a standing act ({@link standingIn}:
 * "Mentor to meet Sam weekly by Easter"). Read only for measurable, after every other one-off thing, so Specific never changes.
 * One walk over the tokens, each verb looking at most {@link DATED_REACH} tokens on and {@link NOT_DONE_REACH} back.
 */
function datedAdultAct(doc: _Doc): Span | null {
  // Whether an adult's act has opened the sentence, and no rate has been met in it since ("Carer to read with Lily on 5 nights a
  // week and sign her reading record": what follows a rate is kept up with it).
  let opened = false;
  // The adult's verb that opened the sentence: a verb after "and" reads its object from there ("keep a sleep diary … and share it").
  let openedAt = 0;
  let k = 0;
  let found: Span | null = null;
  for (; k < doc.toks.length && found === null; k++) {
    if (endAt(doc, k)) opened = false;
    if (opened && (standingAt(doc, k) || ((wd(doc, k) === 'a' || wd(doc, k) === 'per') && STANDING_OCCASIONS.has(wd(doc, k + 1))))) opened = false;
    if (doc.toks[k]?.kind !== 'w') continue;
    const x = wd(doc, k);
    const adult = adultDoes(doc, k);
    if (!adult && !(opened && wd(doc, k - 1) === 'and')) continue;
    if (adult) opened = !standingIn(doc, k, true);
    if (adult) openedAt = k;
    if (!DATED_SELF_ONCE.has(x) && !DATED_OBJECT_ONCE.has(x)) continue;
    const by = datedBy(doc, k);
    if (by < 0 || !datedActOnce(doc, k, x, by, adult || k - openedAt > DATED_REACH ? k : openedAt) || standingIn(doc, k, true) || objectNotOnce(doc, k, x, k, Math.max(_subjectEnd(doc, k), 0))) continue;
    found = [k, by];
  }
  doc.ops.n += k;
  return found;
}

/** Words after "so" or "as" that compare with no figure ("as often", "so much": {@link COMPARED}), or the timing comparatives "earlier", "sooner", "later". */
const DATED_TIMING_COMPARED = s('earlier sooner');

/**
 * Whether the act at k (verb x, its deadline opening at by) is one thing done once in its own clause: the verb one-off by itself
 * (or "write to" someone) or one of {@link DATED_ONCE_THINGS} between the verb and the deadline; no word of {@link NOT_DONE} from the sentence's opening
 * (at most {@link NOT_DONE_REACH} back) to the deadline; no condition of recurrence ({@link DESTINATION_CONDITIONS}) and no
 * comparative with no figure ({@link isComparative}, {@link COMPARATIVE_ADJECTIVES}, "as"/"so" + {@link COMPARED}, "earlier")
 * between the verb and the deadline. Bounded: by is at most {@link DATED_REACH} past k.
 */
function datedActOnce(doc: _Doc, k: number, x: string, by: number, from: number): boolean {
  let thing = DATED_SELF_ONCE.has(x) || (x === 'write' && wd(doc, k + 1) === 'to');
  for (let j = from + 1; j < by; j++) {
    const y = wd(doc, j);
    if (DATED_ONCE_THINGS.has(y)) thing = true;
    if (NOT_DONE.has(y) && !monthMay(doc, j) && !detailToConfirm(doc, j)) return false;
    if (DESTINATION_CONDITIONS.has(y) || (y === 'as' && wd(doc, j + 1) !== 'soon') || DATED_TIMING_COMPARED.has(y)) return false;
    if (isComparative(doc, j) || (COMPARATIVE_ADJECTIVES.has(y) && wd(doc, j + 1) !== 'than') || ((wd(doc, j - 1) === 'so' || wd(doc, j - 1) === 'as') && COMPARED.has(y))) return false;
  }
  if (!thing) return false;
  for (let j = k; j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j); j--) if (NOT_DONE.has(wd(doc, j)) && !monthMay(doc, j) && !detailToConfirm(doc, j)) return false;
  return true;
}

/** The index of the first word of a "by"/"before" deadline after k in its sentence, within {@link DATED_REACH} tokens, or -1. */
function datedBy(doc: _Doc, k: number): number {
  for (let j = k + 1; j < doc.toks.length && j <= k + DATED_REACH && !endAt(doc, j); j++) if (doc.used[j] === 1 && doc.used[j - 1] !== 1 && DATED_BY.has(wd(doc, j))) return j;
  return -1;
}

/** The words read on after "attend" for its appointments ({@link appointmentsKept}: "his CAMHS appointments", "her YOS appointments"). */
const APPOINTMENT_REACH = 4;

/**
 * The child attending their own appointments, at k ("attend"), or null: "Connor will attend his CAMHS appointments", "To attend
 * her YOS appointments". The appointments are booked by the service, each one kept or missed, so whether the child went to
 * them is checked from the service's record at the deadline (the labelling guide, Measurable: "someone could check, at the
 * deadline, whether it happened"; Measurable rule 5, a one-off event; labels y38-137, y42-137, y45-141 measurable, as the
 * same targets with "all" are: t064, y18-178). The child the subject ({@link childBeforeAux}), the appointments owned ("his",
 * "her", "their") and ending their part, but for a deadline or how the child goes ("by March", "on time", "independently").
 * Not kept up or only how the service runs ("Ongoing: attend her weekly CAMHS appointments", label u060 not measurable:
 * {@link standingIn}, "ongoing" in the same sentence), nor hedged or past ({@link NOT_DONE}: "if offered", "was").
 */
function appointmentsKept(doc: _Doc, k: number): Span | null {
  const aux = wd(doc, k - 1);
  if ((aux !== 'to' && aux !== 'will') || !(childBeforeAux(doc, k - 1) || (aux === 'to' && fragmentStart(doc, k - 1)))) return null;
  const owner = wd(doc, k + 1);
  if (owner !== 'his' && owner !== 'her' && owner !== 'their' && owner !== 'my') return null;
  let e = k + 2;
  while (e <= k + 1 + APPOINTMENT_REACH && doc.toks[e]?.kind === 'w' && doc.clause[e] === doc.clause[k] && wd(doc, e) !== 'appointments') e += 1;
  if (wd(doc, e) !== 'appointments') return null;
  // After them only a deadline ("by the end of March", "this term") or how the child goes ("on time", "independently").
  const how = wd(doc, e + 1) === 'on' && wd(doc, e + 2) === 'time' ? e + 3 : wd(doc, e + 1) === 'independently' || wd(doc, e + 1) === 'alone' ? e + 2 : e + 1;
  if (!partEndsAfter(doc, how) || inSentence(doc, k, ONGOING, true)) return null;
  return inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, true) ? null : [k, e + 1];
}

/** A word that makes the appointments kept up, read in their own sentence ({@link appointmentsKept}: "Ongoing: attend …"). */
const ONGOING = s('ongoing');

/**
 * Whether the child is named before the auxiliary at i ("Noah will", "By Easter, Noah will"): {@link _childBeforeTo}, or after a
 * deadline opening the sentence and its comma, or a name or pronoun in a text written all in lower case ("noah will attend …").
 */
function childBeforeAux(doc: _Doc, i: number): boolean {
  if (_childBeforeTo(doc, i)) return true;
  const p = i - 1;
  const x = wd(doc, p);
  if (doc.toks[p]?.kind !== 'w' || _ADULT_SUBJECTS.has(x) || ADULTS_BY_ROLE.has(x)) return false;
  let q = p - 1;
  if (wd(doc, q) === ',') while (q > 0 && doc.used[q - 1] === 1) q -= 1;
  const opens = q === p - 1 ? fragmentStart(doc, p) : q === 0 || fragmentStart(doc, q);
  if (!opens) return false;
  if (q !== p - 1 && _capitalised(doc.toks[p]?.raw ?? '')) return true;
  return x === 'he' || x === 'she' || x === 'they' || (CHILD_WORDS.has(x) || doc.toks.every((t) => t.kind !== 'w' || t.raw === t.raw.toLowerCase()));
}

/** One-off acts adults have in hand, as a present participle closing a note ("college sorting", "SW chasing"; {@link adultDoing}). */
const IN_HAND = s('sorting chasing arranging booking organising organizing');

/**
 * A thing named, then the adult who has it in hand, closing the text, at k (the participle), or null: "Industry placement -
 * college sorting.", "Bus pass. SW chasing.": the adult's act said as in hand, done or not by the deadline as "college to sort"
 * is (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels y23-166,
 * y44-212). The adult's words right
 * before it ({@link adultWordAt}), a thing named before them across a heading's mark or a full stop ({@link thingToArrange}). Not a thing that "needs
 * sorting" (no adult), nor one left undone ({@link NOT_DONE}: "SW chasing - may not be needed").
 */
function adultDoing(doc: _Doc, k: number): Span | null {
  if (doc.toks[k + 1] !== undefined && !(doc.toks[k + 1]?.kind === 'p' && doc.toks[k + 2] === undefined && wd(doc, k + 1) !== '?')) return null;
  let j = k - 1;
  while (j >= k - 3 && adultWordAt(doc, j)) j -= 1;
  if (j === k - 1 || !(HEADING_MARKS.has(wd(doc, j)) || wd(doc, j) === '.') || doc.toks[j - 1]?.kind !== 'w') return null;
  return inSentence(doc, k, NOT_DONE, true) || !thingToArrange(doc, j - 1) ? null : [j + 1, k + 1];
}

/**
 * Whether the heading's last word at h names a thing adults arrange, as a heading before "to sort" must ({@link
 * headingNamesThing}), and not a topic of learning ("Shapes", "Fractions": the academic area's words, {@link _areaOfWord}) unless
 * the child's work handed in ({@link _CHILD_WORK}: "Coursework", "Homework"): "Feelings – school arranging", "Science - mum
 * chasing" name an area, not what is arranged (the labelling guide, Measurable rule 6; Settled cases, "a one-off thing adults
 * arrange or do for the child").
 */
function thingToArrange(doc: _Doc, h: number): boolean {
  const x = wd(doc, h);
  return headingNamesThing(doc, h) && (_areaOfWord(x) !== 'academic' || _CHILD_WORK.has(x));
}

/** The nouns of a referral: {@link referralMade} reads them, and a target table's first cell may name one ({@link ROW_CHECKS}). */
const REFERRAL_WORDS = s('referral referrals');
/** The checks of the child a target table's first cell may name as its action ("Ed Psych assessment", "Speech and language referral"). */
const ROW_CHECKS: ReadonlySet<string> = new Set([...REFERRAL_WORDS, 'assessment', 'assessments', 'screening']);
/** The words a table row's first cell may have before its "|" ({@link rowTask}), at most. */
const ROW_CELL_WORDS = 6;
/**
 * Words that leave a thing still to be confirmed ("TBC", "TBA", "TBD"), among {@link NOT_DONE}: in a table's "when" cell the
 * date still to set, the act still to do by the deadline, not left undone ({@link rowTask}); read after a noun by {@link
 * detailToConfirm}.
 */
const TO_CONFIRM = s('tbc tba tbd');

/**
 * A row of a target table whose first cell names a check of the child and whose second names the adult who does it, or null
 * ("Ed Psych assessment | SENCo | TBC | PP+", "Speech and language referral | SENCo | asap | £0"): the Halton target table's
 * what / who / when / cost columns, the second cell the "By whom" of a one-off thing an adult arranges, made or not by the
 * deadline (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels
 * y36-080, y36-229). A "when" cell left "TBC" is the date still to set, not the act. Not a first cell naming an area or a
 * consultation ("Emotional wellbeing | VS EP consultation | EP / DT", label y25-200 not measurable), nor a check left undone
 * in its own cell ("Possible EP assessment | SENCo": {@link NOT_DONE}), nor one the later cells leave undone, record as done
 * or make standing ({@link rowLaterCellsHold}).
 */
function rowTask(doc: _Doc): Span | null {
  let p = 0;
  while (p < doc.toks.length && p <= ROW_CELL_WORDS && doc.toks[p]?.kind === 'w') p += 1;
  if (p < 2 || wd(doc, p) !== '|' || !ROW_CHECKS.has(wd(doc, p - 1)) || !adultWordAt(doc, p + 1)) return null;
  for (let j = 0; j < p; j++) if (NOT_DONE.has(wd(doc, j))) return null;
  const next = doc.toks[p + 2];
  if (!(next === undefined || wd(doc, p + 2) === '|' || wd(doc, p + 2) === '/')) return null;
  return rowLaterCellsHold(doc, p + 2) ? [0, p + 2] : null;
}

/** Words of need or agreement after "not yet" ("not yet needed", "not yet appropriate", "not yet agreed": {@link _WHEN_VAGUE}). */
const NOT_YET_NEEDED: ReadonlySet<string> = new Set([..._WHEN_VAGUE, 'necessary', 'agreed', 'approved']);

/**
 * Whether the cells from j on leave the row's check a thing still to do once: not left undone ("declined by carer", "not
 * needed", "to be discussed": {@link NOT_DONE}; a date "TBC" and "not yet", still to do, aside), not recorded as done
 * ("completed Nov 2024"), not standing ("every half term", "ongoing": Measurable rule 6 and the row's word one-off).
 */
function rowLaterCellsHold(doc: _Doc, j: number): boolean {
  for (; j < doc.toks.length; j++) {
    const x = wd(doc, j);
    // "by May half term": the month, not the hedge "may".
    if (x === 'may' && doc.toks[j]?.raw === 'May') continue;
    // "not yet": the check still to do, as the row's deadline says, not declined; "not yet needed", "not yet agreed": not
    // needed or not decided, no act to check ({@link NOT_YET_NEEDED}).
    if (x === 'not' && wd(doc, j + 1) === 'yet') {
      if (NOT_YET_NEEDED.has(wd(doc, j + 2))) return false;
      j += 1;
      continue;
    }
    if ((NOT_DONE.has(x) && !TO_CONFIRM.has(x)) || _DONE_RECORDED.has(x) || x === 'ongoing' || standingAt(doc, j)) return false;
  }
  return true;
}

/**
 * Verbs that make a referral ("make a referral", "complete the CAMHS referral", "submit", "send"); not "put in" ("School to
 * put in a referral to CAMHS by the end of the month" is labelled not measurable).
 */
const REFERRAL_MAKING = s('make complete submit send');
/**
 * Words that leave a referral or a check not done in its sentence: negated, possible, past, declined or refused, closed, awaited,
 * discussed, still to be confirmed ("TBC", "TBA", "TBD": "Referral to SALT - TBC", label y32-067 not measurable), conditional
 * ("if", "unless") or pointed to ("see referral letter"), as "no referral needed", "a referral may be needed",
 * "referral was declined", "CAMHS referral accepted - waiting list", "support following the referral".
 */
const NOT_DONE: ReadonlySet<string> = new Set([...s('no not may might possible potential consider considered discuss discussed declined refused rejected accepted closed awaiting waiting pending if unless following after previous see was were had'), ...TO_CONFIRM]);
/** How far a look for {@link NOT_DONE} reaches either side, within the sentence (keeps the scan linear). */
const NOT_DONE_REACH = 10;

/**
 * Whether a word of `words` is in k's sentence within {@link NOT_DONE_REACH} tokens: after k, and before it too when `before`.
 */
function inSentence(doc: _Doc, k: number, words: ReadonlySet<string>, before: boolean, purposeStops = false): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j) && !(purposeStops && j > k + 1 && _purposeAt(doc, j)); j++) if (words.has(wd(doc, j)) && !detailToConfirm(doc, j) && !afterTermPoint(doc, j) && !monthMay(doc, j)) return true;
  for (let j = k - 1; before && j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j); j--) if (words.has(wd(doc, j)) && !detailToConfirm(doc, j) && !afterTermPoint(doc, j) && !monthMay(doc, j)) return true;
  return false;
}

/** Words before the month May in a deadline ("by May", "before May", "end of May"). */
const MAY_LEADS = s('by before until till in of from since');
/** Whether "May" at j is the month of a deadline ("… assessment by May"), not "may" of a maybe ({@link NOT_DONE}). */
function monthMay(doc: _Doc, j: number): boolean {
  return wd(doc, j) === 'may' && doc.toks[j]?.raw === 'May' && MAY_LEADS.has(wd(doc, j - 1));
}

/** Points of the school year named after "after" besides the terms and months ("after Easter", "after half term"). */
const TERM_POINTS = s('easter christmas xmas half');
/** Points of the school day named after "after" ("after school", "after lunch", "after break"): when an act falls, as {@link TERM_POINTS}. */
const DAY_POINTS = s('school lunch lunchtime break breaktime registration');

/**
 * Whether the word at j is "after" before a named point of the school year ("Boxall to be redone after Easter", "SDQ to be
 * redone after half term", "after the summer term", "after May"): when the act falls, still to come, not an act following
 * another ("support following the referral", which {@link NOT_DONE} reads). The labelling guide, Measurable: "someone could
 * check, at the deadline, whether it happened". A point of the school day ({@link DAY_POINTS}: "move sibling contact from Monday
 * after school to Saturday", label y35-175 measurable) is the same: a time, not an act that follows.
 */
function afterTermPoint(doc: _Doc, j: number): boolean {
  if (wd(doc, j) !== 'after') return false;
  const o = wd(doc, j + 1) === 'the' ? j + 2 : j + 1;
  const x = wd(doc, o);
  return TERM_POINTS.has(x) || _TERM_WORDS.has(x) || _MONTHS.has(x) || (o === j + 1 && DAY_POINTS.has(x) && dayPointEnds(doc, o + 1));
}

/** Words after a point of the day that end it as a time ("after school on 20/02/25", "after school to Saturday", "after lunch and …"). */
const DAY_POINT_AFTER = new Set([...PREPOSITIONS, 'by', 'until', 'before', 'after', 'and', 'or', 'each', 'every', 'today', 'tomorrow', 'then']);

/**
 * Whether the token at j ends a point of the day as a time: the end of the text, a mark, a number, a day or month, or a
 * preposition or joining word ({@link DAY_POINT_AFTER}). Not a noun it describes ("after school club ends", "after school
 * refusal episodes", "after lunch detentions stop"): an event after which the act follows, not when it falls.
 */
function dayPointEnds(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined || t.kind !== 'w') return true;
  const y = wd(doc, j);
  return DAY_POINT_AFTER.has(y) || _WEEKDAYS.has(y) || _MONTHS.has(y);
}


/**
 * Whether the word at j is "TBC", "TBA" or "TBD" after a detail of the act, not the act itself: after a word that is not the
 * act's own noun ("date TBC", "start date TBC", "model TBC", "amount TBD"), it leaves when, which or how much to settle (a
 * Time-bound matter), and the act is still to do (the labelling guide, Measurable: "someone could check, at the deadline,
 * whether it happened"). After a mark or a referral ("Referral to SALT - TBC", "Referral TBC") the act itself waits (label
 * y32-067 not measurable).
 */
function detailToConfirm(doc: _Doc, j: number): boolean {
  if (!TO_CONFIRM.has(wd(doc, j))) return false;
  const before = wd(doc, j - 1);
  return doc.toks[j - 1]?.kind === 'w' && !REFERRAL_WORDS.has(before) && !ONE_OFF_PASSIVE.has(before);
}

/**
 * A referral made, at k ("referral" or "referrals"), or null: a verb governing it ({@link REFERRAL_MAKING}: "SW will make a
 * CAMHS referral", "SW to submit referral"), a participle after it ("referral made", "CAMHS referral completed"), or a heading's head
 * ("Mental health - CAMHS referral", "Referral to CAMHS."). Never after a preposition ("as part of the referral", "less
 * referral to on-call"), nor named as a thing ("the referral card", "referral form", "self-referral"), nor in a sentence
 * with a word of {@link NOT_DONE} ("CAMHS referral accepted - waiting list 6 months" is labelled not measurable).
 */
function referralMade(doc: _Doc, k: number): Span | null {
  if (doc.toks[k]?.hyph === true || inSentence(doc, k, NOT_DONE, true)) return null;
  const done = PASSIVE_DONE.has(wd(doc, k + 1));
  const end = done ? k + 2 : k + 1;
  // Back over what leads an object ({@link OBJECT_LEAD}: "a", "the", "further") and the service named ("a CAMHS referral") to the
  // verb, in the clause, at most {@link NOT_DONE_REACH} words back (an all-caps text is all capitals: keeps the scan linear).
  let j = k - 1;
  for (; j >= 0 && j >= k - NOT_DONE_REACH && doc.clause[j] === doc.clause[k] && doc.toks[j]?.kind === 'w'; j--) {
    doc.ops.n += 1;
    const v = wd(doc, j);
    if (REFERRAL_MAKING.has(v)) return [j, end];
    if (!OBJECT_LEAD.has(v) && !_capitalised(doc.toks[j]?.raw ?? '')) break;
  }
  // Another word or a number in its clause: only a participle after it makes it ("Speech and language referral made"), not
  // after a preposition; else it is a heading's head.
  if (j >= 0 && doc.clause[j] === doc.clause[k] && doc.toks[j]?.kind !== 'p') return done && !PREPOSITIONS.has(wd(doc, j)) ? [j + 1, end] : null;
  if (done) return [j + 1, end];
  // A heading: only the service before it ("CAMHS referral"; "re: referral"), and the end of its part or "to" a service.
  const next = doc.toks[k + 1];
  const closes = next === undefined || (next.kind === 'p' && wd(doc, k + 1) !== '?');
  if (closes && (j + 1 < k || wd(doc, j) === ':')) return [j + 1, k + 1];
  return wd(doc, k + 1) === 'to' && j + 1 === k && doc.toks[k + 2]?.kind === 'w' && wd(doc, k + 2) !== 'be' ? [k, k + 3] : null;
}

/**
 * The child to be referred or assessed, at k (its participle), or null: "Amy to be referred to CAMHS", "Sam will be assessed",
 * "Amy is to be assessed"; "seen", "reviewed", "tested" and the other checks ({@link _CHECK_PARTICIPLES}) only by someone
 * ("to be seen by the school nurse"). The child entered for an exam ("Callum will be entered for Functional Skills", labels
 * y12-126, y25-244, y33-137 measurable) or given one thing ({@link thingGiven}: "Noor to be given a bilingual dictionary") is
 * a one-off thing adults do for the child too (the labelling guide, Settled cases). Not a name or a judgement ("referred to as
 * Alex", "assessed as ready"), nor a condition or a possibility ("Sam to be assessed if needed", "Amy may be referred").
 */
function childChecked(doc: _Doc, k: number): Span | null {
  const x = wd(doc, k);
  const y = wd(doc, k + 1);
  // "Sofia to have a screen and be referred to SALT": "be" joined by "and" to the child's "to" before it reads as after it.
  const joined = wd(doc, k - 2) === 'and' ? joinedTo(doc, k - 3) : -1;
  const aux = joined >= 0 ? wd(doc, joined) : wd(doc, k - 2);
  if (wd(doc, k - 1) !== 'be' || (aux !== 'to' && aux !== 'will')) return null;
  if (x === 'entered' || x === 'considered' ? y !== 'for' && (x === 'considered' || y !== 'into') : x === 'given' ? !thingGiven(doc, k + 1) : x !== 'referred' && x !== 'assessed' && y !== 'by') return null;
  if (y === 'as' || (y === 'to' && (wd(doc, k + 2) === 'as' || wd(doc, k + 2) === 'by'))) return null;
  const at = joined >= 0 ? joined : aux === 'to' && wd(doc, k - 3) === 'is' ? k - 3 : k - 2;
  if (x === 'considered') return consideredFor(doc, k, at);
  // "To be assessed by SALT asap.", "To be referred to CAMHS.": the child unsaid at the opening of its part, as "Sam to be
  // assessed" (labels y45-034, y45-173 measurable); a check kept up ("To be assessed termly") is no one-off act. Not "to be
  // reviewed" or "checked": unsaid, the target is what is reviewed ("By 31.3.25 - to be reviewed by DT", label y26-207 not measurable).
  if (at === k - 2 && aux === 'to' && fragmentStart(doc, at) && x !== 'reviewed' && x !== 'checked') return inSentence(doc, k, IF_UNLESS, false) || inSentence(doc, k, NOT_DONE, false) || standingIn(doc, k, false) ? null : [at, k + 1];
  // "Gran to be given a times tables book": a thing handed once to the child's adult, for the child, is given as to the child
  // (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child"; label y46-083 measurable).
  // Only a thing for the child's learning or use (a book, a laptop), not a lift or a favour to the adult: "Dad to be given a lift".
  const receiver = _childBeforeTo(doc, at) || (x === 'given' && adultWordAt(doc, at - 1) && fragmentStart(doc, at - 1) && givenForChild(doc, k + 1));
  return receiver && !inSentence(doc, k, IF_UNLESS, false) ? [at - 1, k + 1] : null;
}

/**
 * Whether the thing given from j ("a times tables book", "a copy of the reading scheme") names what the child learns or uses: a
 * word of its clause, within {@link NOT_DONE_REACH} tokens, that is a concrete thing, the child's work or a subject ({@link
 * _CONCRETE}, {@link HELD_THINGS}, {@link _CHILD_WORK}, {@link _SUBJECTS}). Given to the child's adult, such a thing is given
 * for the child (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child").
 */
function givenForChild(doc: _Doc, j: number): boolean {
  for (let o = j; o < j + NOT_DONE_REACH && doc.toks[o]?.kind === 'w' && doc.clause[o] === doc.clause[j]; o++) {
    const y = wd(doc, o);
    if (_CONCRETE.has(y) || HELD_THINGS.has(y) || _CHILD_WORK.has(y) || _SUBJECTS.has(y)) return true;
  }
  return false;
}

/** Words a verb joined by "and" may stand after in its clause, before the "to" it shares ("to have a screen and be referred"). */
const JOINED_REACH = 8;

/**
 * The "to" or "will" at or before j, in the same sentence and within {@link JOINED_REACH} words, whose verb a later verb joined
 * by "and" shares ("Sofia to have a WellComm screen and be referred": the "to" after "Sofia"), or -1.
 */
function joinedTo(doc: _Doc, j: number): number {
  for (let i = j; i >= 0 && i > j - JOINED_REACH && !endAt(doc, i); i--) {
    const x = wd(doc, i);
    if (x === 'to' || x === 'will') return i;
  }
  return -1;
}

/**
 * Checks a child has once, named as the noun after "have" ("a WellComm screen", "a hearing test"). "Assessment" is read apart
 * ({@link KIND_CHECK}).
 */
const CHECKS_HAD: ReadonlySet<string> = new Set([...s('screen screening test check check-up interview interviews conversation appointment appointments induction taster'), ..._VISIT_NOUNS]);
/**
 * An assessment the child has once, read as a check of {@link CHECKS_HAD} only when the service or kind that makes it is named
 * right before it ({@link CHECK_KINDS}: "to have an EP assessment", "to have SALT assessment"): one check someone can see done (the labelling guide,
 * Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels y39-027, y49-146 measurable). An
 * assessment named by nothing ("to have an assessment for dyslexia", label x124 not measurable) or by a word saying only how it
 * goes ("a full", "a better", "an online assessment") is left to the other readings.
 */
const KIND_CHECK = 'assessment';
/** Checks and referrals an adult asks for, named by their noun before "asap" ({@link urgentCheck}). */
const URGENT_CHECKS: ReadonlySet<string> = new Set([...CHECKS_HAD, KIND_CHECK, ...REFERRAL_WORDS]);
/** The words before an urgent check's noun read back for its kind and for the child's "to have" ({@link urgentCheck}). */
const URGENT_REACH = 6;

/**
 * A check or referral named by its noun and wanted "asap", at k ("asap"), or null: "EP assessment asap", "Referral asap.",
 * "Hearing test - asap", "Rosie to have a sight test asap". The adults' one-off act, named by what it makes, done or not by the
 * deadline (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child" ... "CAMHS referral":
 * measurable, not specific; labels y35-014, y39-027, y51-174 measurable, and "CAMHS referral – asap", y44-135). "asap" closes
 * its part; the noun stands right before it (or its mark) and ends a part of a few words opening a sentence or after a mark,
 * or the child's "to have" ({@link checkHad}). Not left undone or hedged ({@link NOT_DONE}: "referral may be needed asap"),
 * nor a thing of no check ("UCAS - asap", "Tutor ASAP": a place or provision, Measurable rule 6).
 */
function urgentCheck(doc: _Doc, k: number): Span | null {
  const next = doc.toks[k + 1];
  if (next !== undefined && !(next.kind === 'p' && wd(doc, k + 1) !== '?')) return null;
  let c = k - 1;
  if (doc.toks[c]?.kind === 'p' && (wd(doc, c) === '-' || wd(doc, c) === '\u2013' || wd(doc, c) === ':' || wd(doc, c) === ',')) c -= 1;
  if (!URGENT_CHECKS.has(wd(doc, c)) || doc.toks[c]?.hyph === true) return null;
  let a = c;
  while (a > 0 && a > c - URGENT_REACH && doc.toks[a - 1]?.kind === 'w' && wd(doc, a - 1) !== 'have') a -= 1;
  // "Rosie to have a SALT assessment asap": the child's check, as {@link checkHad} reads it with no "asap".
  if (wd(doc, a - 1) === 'have') return checkHad(doc, c) === null ? null : [a - 1, k + 1];
  if (!fragmentStart(doc, a) || !checkNamed(doc, a, c)) return null;
  return inSentence(doc, c, NOT_DONE, true) || hedgedBefore(doc, c) || standingIn(doc, c, true) ? null : [a, k + 1];
}

/**
 * Words that make a part before an urgent check's noun a sentence of its own, not a heading naming the check: a verb of being or
 * having, a modal, a wish, need, liking or feeling ("Sam needs an EP assessment asap", "Mum would like …", "School has requested
 * …", "Sam is worried about …"): a need or a wish stated, not the adults' act (the labelling guide, Settled cases, the wish row).
 */
const NOT_A_HEADING: ReadonlySet<string> = new Set([..._WISHING, ..._LIKING, ...FEEL_VERBS, ...WHAT_BE, ...s('has have had gets wants needs needed wishes hopes will can could should must does did says said')]);

/**
 * Whether the words a to c, c the noun of an urgent check, name the check as a heading does ({@link urgentCheck}): no word of
 * {@link NOT_A_HEADING} nor a past form ("enjoyed", "requested") before it; an assessment with its kind right before it
 * ({@link CHECK_KINDS}: "EP assessment asap", not "Full assessment asap"); a check named by its noun alone only as a referral
 * ("Referral asap.", not "Check asap": a verb with nothing named).
 */
function checkNamed(doc: _Doc, a: number, c: number): boolean {
  for (let j = a; j < c; j += 1) if (NOT_A_HEADING.has(wd(doc, j)) || _endsEd(wd(doc, j))) return false;
  if (wd(doc, c) === KIND_CHECK) return CHECK_KINDS.has(wd(doc, c - 1)) && c > a;
  return c > a || REFERRAL_WORDS.has(wd(doc, c));
}
/** Words before a check that name its kind ("a SALT assessment", "his 2 year health check"): read back at most. */
const CHECK_KIND_WORDS = 3;

/** Whether "after" at k opens a date ("after Easter", "after the summer holidays"), not an event ("after her operation"). */
function followsDate(doc: _Doc, k: number): boolean {
  return wd(doc, k) === 'after' && doc.used[k + 1] !== 0;
}

/**
 * A check the child is to have, at k (its noun), or null: "Sofia to have a WellComm screen", "Dyslexia screening to follow".
 * The check is done once, or not, by the deadline (the labelling guide, Settled cases, "a one-off thing adults arrange or do
 * for the child" ... "CAMHS referral": measurable, not specific; labels y42-059, y43-034). The child opens the
 * sentence before "to" or "will" ({@link _childBeforeTo}), or the check opens the text and "to follow" comes straight after
 * it. Not a check left undone or hedged ({@link NOT_DONE}: "may need a screen"), nor one kept up ({@link standingIn}: "a check
 * every week").
 */
function checkHad(doc: _Doc, k: number): Span | null {
  const kind = wd(doc, k) === KIND_CHECK && doc.toks[k - 1]?.kind === 'w' && CHECK_KINDS.has(wd(doc, k - 1)) && !standingAt(doc, k - 1);
  if (!CHECKS_HAD.has(wd(doc, k)) && !kind) return null;
  // "to follow" ends the clause or its deadline follows ("to follow by Easter", "to follow in the summer term"), or a date
  // it is to follow ("to follow after Easter": a date read as background, the one-off check still done once).
  if (wd(doc, k + 1) === 'to' && wd(doc, k + 2) === 'follow' && (doc.toks[k + 3]?.kind !== 'w' || doc.used[k + 3] === 1 || followsDate(doc, k + 3))) {
    let a = k;
    while (a > 0 && doc.toks[a - 1]?.kind === 'w') a -= 1;
    return a === 0 && !inSentence(doc, k, NOT_DONE, true) ? [0, k + 3] : null;
  }
  // The check heads its phrase ("a hearing test by Easter", "a sight test arranged"): not a word naming another thing ("a
  // test drive", "less screen time"), as a thing held heads its phrase ({@link _heldThingEnd}).
  const after = wd(doc, k + 1);
  if (doc.toks[k + 1]?.kind === 'w' && doc.clause[k + 1] === doc.clause[k] && !AFTER_HELD.has(after) && !_endsEd(after) && after !== 'done' && after !== 'asap') return null;
  let h = k - 1;
  while (h > k - 1 - CHECK_KIND_WORDS && h >= 0 && doc.toks[h]?.kind !== 'p' && wd(doc, h) !== 'have') h -= 1;
  // The child named before "to", or the text opening "To have" with no one named (the child's own target, as "To attend" is).
  if (wd(doc, h) !== 'have' || (wd(doc, h - 1) !== 'to' && wd(doc, h - 1) !== 'will') || !(_childBeforeTo(doc, h - 1) || (h === 1 && wd(doc, 0) === 'to'))) return null;
  return inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, false) ? null : [h, k + 1];
}

/**
 * Visits of a move to a new setting, as a noun (the labelling guide, Measurable: "someone could check, at the deadline, whether
 * it happened"; Settled cases, "a one-off thing adults arrange or do for the child": measurable, not specific).
 */
const MOVE_VISITS = _VISIT_NOUNS;
/** Words naming a move to a new setting in whose text visits are its visits ("Transition to secondary", "Settling in"; not "settled", a state). */
const MOVE_WORDS = s('transition settling induction');
/** Words that may stand before the visits in their phrase ("more visits", "3 extra visits", "settling-in visits"). */
const VISIT_LEAD = s('more extra further some the transition settling in induction');

/**
 * Visits of a move named as a noun, at k, or null: "Transition to secondary - visits", "Settling-in visits to the nursery, w/c
 * 3rd Feb", "Transition to high school - more visits." The visits are made by the deadline or not, as "visits to be arranged"
 * are (labels y10-018, y13-249, y15-145, y21-194, y23-186 measurable). The text names the move ({@link MOVE_WORDS}); the visits
 * open their part (after its mark, with at most a count or {@link VISIT_LEAD} words) and nothing but a place, a time or the
 * end follows them. Not the verb ("SW to visit"), not visits only planned or waiting ("visits planned", "visits TBC": {@link
 * NOT_DONE}), kept up ("visits fortnightly", "Trips and visits - ongoing": {@link standingIn}) or paid for ("extra visits paid
 * through PP+": provision bought, Measurable rule 6), and the move heads their part ({@link moveHeads}).
 */
function moveVisits(doc: _Doc, k: number): Span | null {
  if (!MOVE_VISITS.has(wd(doc, k)) || !doc.w.some((y) => MOVE_WORDS.has(y))) return null;
  let a = k;
  while (a > 0 && (VISIT_LEAD.has(wd(doc, a - 1)) || doc.toks[a - 1]?.kind === 'n')) a -= 1;
  if (a > 0 && doc.toks[a - 1]?.kind !== 'p') return null;
  const next = doc.toks[k + 1];
  if (next !== undefined && next.kind === 'w' && !AFTER_HELD.has(wd(doc, k + 1))) return null;
  if (!moveHeads(doc, k, a)) return null;
  if (inSentence(doc, k, NOT_DONE, true) || inSentence(doc, k, FUNDED, false) || standingIn(doc, k, true) || inSentence(doc, k, ONGOING, false)) return null;
  return [a, k + 1];
}

/**
 * Participles of a thing set up for a point to come ("exam booked", "work placement arranged for the week of 3rd March", "sensory
 * resources ordered", "Bursary paid."): the event or the thing is in place or not at the deadline (the labelling guide, Measurable:
 * "someone could check, at the deadline, whether it happened"; Settled cases, "a one-off thing adults arrange or do for the
 * child": measurable, not specific; labels y41-231, y42-029, y45-235 measurable). A record of an act only done ("SALT
 * referral made", "EP assessment requested": `_record.ts`) is not among them, nor a test or exam booked: its settled labels
 * split (y18-209 measurable, y13-176 not, settled by x124: "a test booked and paid for by adults is an arrangement").
 */
const SET_UP_DONE = s('booked arranged ordered paid');
/** A thing set up or bought for the child, one class for both readings (this one, Measurable; _doer.ts, Specific rule 4): {@link SET_UP_DONE} and {@link FUNDED}. */
export const _SET_UP_OR_FUNDED: ReadonlySet<string> = new Set([...SET_UP_DONE, ...FUNDED]);
/** Words of a verb's phrase before a participle: the participle is a passive's or a state's, not a thing's set up. */
const NOT_A_THING_BEFORE = s('to be been being is are was were has have had get got will');
/** Words a thing set up may have before its participle in its part, at most ("FS maths L1 exam booked"). */
const SET_UP_THING_WORDS = 4;

/**
 * Whether "by" at j names who pays: right after "paid" or "paid for" ("paid for by PP+"), and not opening a point in time
 * ("Laptop ordered by half term", "Bursary paid by the end of January": the deadline, the labelling guide, Time-bound).
 */
function paidBy(doc: _Doc, k: number, j: number): boolean {
  if (wd(doc, j) !== 'by' || wd(doc, k) !== 'paid' || doc.used[j] === 1 || doc.used[j + 1] === 1) return false;
  return j === k + 1 || (j === k + 2 && wd(doc, k + 1) === 'for');
}

/**
 * A thing named and then set up, at k (the participle), or null: "Dentist appointment booked for 3rd March", "Ryan – work placement arranged for
 * the week of 3rd March", "Bursary paid." ({@link SET_UP_DONE}). The thing opens its part (the text, or after a heading's mark or
 * a sentence's end) with at most {@link SET_UP_THING_WORDS} words, and is no provision or person ("Swimming lessons booked for
 * Saturday mornings", "Tutor paid": Measurable rule 6, a quantity of provision) nor a test ({@link _ASSESSMENTS}); nothing after the participle says who pays
 * ({@link PAID_HOW}, {@link paidBy}); not left undone or hedged ({@link NOT_DONE}: "Interview booked? TBC") nor kept up ({@link standingIn}).
 */
function thingSetUp(doc: _Doc, k: number): Span | null {
  if (!SET_UP_DONE.has(wd(doc, k)) || doc.toks[k - 1]?.kind !== 'w') return null;
  const thing = wd(doc, k - 1);
  if (_PROVISION_NOUNS.has(thing) || _SESSION_NOUNS.has(thing) || BOUGHT_PROVISION.has(thing) || PAID_PEOPLE.has(thing) || PRONOUNS.has(thing) || CHILD_WORDS.has(thing) || _ASSESSMENTS.has(thing) || _endsIng(thing) || nameAlone(doc, k - 1) || adultWordAt(doc, k - 1)) return null;
  let a = k - 1;
  while (a > 0 && a > k - 1 - SET_UP_THING_WORDS && doc.toks[a - 1]?.kind === 'w') a -= 1;
  if (a > 0 && doc.toks[a - 1]?.kind !== 'p') return null;
  // A passive or a verb's phrase, no thing named ("Bursary to be paid for travel": {@link passiveOneOff} reads it).
  for (let j = a; j < k; j++) if (NOT_A_THING_BEFORE.has(wd(doc, j))) return null;
  for (let j = k + 1; j < doc.toks.length && doc.toks[j]?.kind !== 'p'; j++) if (PAID_HOW.has(wd(doc, j)) || paidBy(doc, k, j)) return null;
  if (inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, true) || vagueTimingAfter(doc, k)) return null;
  return [a, k + 1];
}

/** The child's own meeting an adult attends or joins once ("the next PEP", "the PEP", "the review"; "meeting" only after its kind, {@link MEETING_KINDS}). */
const CHILD_MEETINGS = s('pep review meeting');
/** Kinds of the child's own meeting, before its noun ("the PEP meeting", "the review meeting", "the CLA review", "the transition meeting"). */
const MEETING_KINDS = s('pep review lac cla transition');
/** Words before the meeting in its phrase ("the next PEP", "her PEP"). */
const MEETING_LEAD = s('the next his her their this');

/**
 * An adult to attend or join the child's next meeting, at k (the verb), or null: "Interpreter (Arabic) to attend the next PEP",
 * "Childminder to join the PEP on Teams". Being there is done or not at that meeting, one occasion someone can check in its
 * record (the labelling guide, Measurable: "someone could check, at the deadline, whether it happened"; Settled cases, "a
 * one-off thing adults arrange or do for the child"; labels y33-103, y38-033 measurable). One meeting, singular, named right
 * after the verb: not "all PEPs", "every review" or "1 PEP per term" (standing provision, Measurable rule 6), nor a meeting the
 * adults hold among themselves ("arrange a meeting with the head of year", {@link _adultOneOff}).
 */
function adultAtMeeting(doc: _Doc, k: number): Span | null {
  let j = k + 1;
  while (j < k + 3 && MEETING_LEAD.has(wd(doc, j))) j += 1;
  const lead = j;
  // "the PEP meeting", "the review meeting", "the next CLA review": the meeting's kind, then its noun.
  while (j < lead + 2 && MEETING_KINDS.has(wd(doc, j)) && (CHILD_MEETINGS.has(wd(doc, j + 1)) || MEETING_KINDS.has(wd(doc, j + 1)))) j += 1;
  // A bare "meeting" is any meeting ("Mum to join the meeting"): the child's own is named by its kind.
  if (wd(doc, j) === 'meeting' && j === lead) return null;
  if (j === k + 1 || !CHILD_MEETINGS.has(wd(doc, j)) || (doc.toks[j + 1]?.kind === 'w' && !AFTER_HELD.has(wd(doc, j + 1)))) return null;
  // Who attends, read once the meeting is named (most texts' "to attend" names none).
  return !adultDoes(doc, k) || leftUndone(doc, k, wd(doc, k)) || standingIn(doc, k, false) || vagueTimingAfter(doc, k) ? null : [k, j + 1];
}

/**
 * An adult to do a named screen or assessment, at k ("do"), or null: "Miss Whitsun to do the Boxall", read as "Key worker to
 * complete a Boxall profile" is (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child";
 * labels y30-175, y35-058, y42-060 "complete", y44-100 "do": measurable). The screen ({@link SCREENS}) follows the verb with an
 * article or owner at most; not kept up ("every term": {@link standingIn}) nor left undone.
 */
function screenDone(doc: _Doc, k: number): Span | null {
  let j = k + 1;
  if (OBJECT_LEAD.has(wd(doc, j))) j += 1;
  // The screen first (most texts' "to do" names none), then who does it: a teacher named by title and name ("Miss Whitsun to
  // …") is an adult as a role is.
  if (!SCREENS.has(wd(doc, j)) || (!adultDoes(doc, k) && !titledSubject(doc, k))) return null;
  if (leftUndone(doc, k, 'do') || standingIn(doc, k, false) || vagueTimingAfter(doc, k)) return null;
  return [k, j + 1];
}

/** Words read back at most for adults named by title and name ("Mrs Khan and Mr Ali"). */
const TITLED_REACH = 8;

/**
 * Whether adults named by title and name are the whole subject before "to" at k, opening the text or a part after a mark ("Miss
 * Whitsun to …", "Year 7 - Ms J Khan to …", "Mrs Khan and Mr Ali to …"): each name follows its title with at most two
 * capitalised words, names joined by "and" or "&". A child named with them ("Sam and Mr Ali to …") makes no adult subject.
 */
function titledSubject(doc: _Doc, k: number): boolean {
  if (wd(doc, k - 1) !== 'to') return false;
  let titled = false;
  let names = 0;
  let j = k - 2;
  for (; j >= 0 && j >= k - 2 - TITLED_REACH && (doc.toks[j]?.kind === 'w' || wd(doc, j) === '&'); j--) {
    const x = wd(doc, j);
    if (_TITLES.has(x)) {
      if (names === 0 || names > 2) return false;
      titled = true;
      names = 0;
    } else if (x === 'and' || x === '&') {
      if (names !== 0 || !titled) return false;
    } else if (/^[A-Z]/.test(doc.toks[j]?.raw ?? '')) names += 1;
    else return false;
  }
  return titled && names === 0 && (j < 0 || doc.toks[j]?.kind === 'p');
}

/**
 * Whether the move is named where the visits at k (their phrase from a) belong: in their own phrase ("settling-in visits",
 * "transition visits") or opening the heading they follow ("Transition to secondary - visits", "Induction: 2 visits"), a
 * heading's mark between. Not a move in a sentence about the child ("Sam is struggling with transition. Visits.") nor a
 * state named as a heading ("Settling in - the visits"): the child's settling is no move seen.
 */
function moveHeads(doc: _Doc, k: number, a: number): boolean {
  for (let j = a; j < k; j++) if (MOVE_WORDS.has(wd(doc, j))) return true;
  if (a === 0 || !VISIT_MARKS.has(wd(doc, a - 1))) return false;
  let h = a - 1;
  while (h > 0 && doc.toks[h - 1]?.kind !== 'p') h -= 1;
  // The heading's first words: a year or stage may come before the move ("Y6 transition -").
  for (let j = h; j < a - 1 && j <= h + 2; j++) if (wd(doc, j) === 'transition' || wd(doc, j) === 'induction') return true;
  return false;
}
/** Marks of a heading the visits may follow ("Transition to secondary - visits", "Transition to college | visits"). */
const VISIT_MARKS = s('- – : |');

/**
 * Whether a visit at k is contact with or from a person, not a setting seen: from someone ("a visit from her social worker"),
 * to or with family or peers ("visits to his nan", "contact visits with mum", "a visit to her birth family"). Contact is the
 * child's time with family, provision (Measurable rule 6), and a visit by an adult is theirs, not the child's one-off event.
 */
function visitOfPerson(doc: _Doc, k: number): boolean {
  if (!MOVE_VISITS.has(wd(doc, k))) return false;
  if (wd(doc, k - 1) === 'contact' || wd(doc, k + 1) === 'from') return true;
  const p = wd(doc, k + 1);
  if (p !== 'to' && p !== 'with') return false;
  for (let j = k + 2; j < doc.toks.length && doc.toks[j]?.kind === 'w'; j++) if (WITH_PEOPLE.has(wd(doc, j)) || FAMILY_ADULTS.has(wd(doc, j))) return true;
  return false;
}

/**
 * Whether vague timing follows k in its sentence ("as needed", "when ready", "as appropriate": {@link _WHEN_VAGUE}): the event
 * falls at no point someone can check (the labelling guide, Measurable rule 6; Time-bound, "Not deadlines", vague timing).
 */
function vagueTimingAfter(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) {
    const x = wd(doc, j);
    if ((x === 'as' || x === 'when' || x === 'if') && _WHEN_VAGUE.has(wd(doc, j + 1))) return true;
  }
  return false;
}

/**
 * A one-off event named by its noun, at k, or null: a check or visit the child is to have ({@link checkHad}), the visits of a
 * move ({@link moveVisits}). Not a visit of a person ({@link visitOfPerson}) nor one at vague times ({@link vagueTimingAfter}).
 */
function nounEvent(doc: _Doc, k: number): Span | null {
  // Both readings are of a check's or a visit's noun (the visits are among {@link CHECKS_HAD}): a verb of {@link ONE_OFF_ACTS}
  // read here ("complete", "go") has none. The event found first, then what sets it aside.
  const event = CHECKS_HAD.has(wd(doc, k)) || wd(doc, k) === KIND_CHECK ? (checkHad(doc, k) ?? moveVisits(doc, k)) : null;
  return event === null || visitOfPerson(doc, k) || vagueTimingAfter(doc, k) ? null : event;
}

/**
 * Whether a hedge of possibility or a condition stands before j in its sentence ("Possibly to be considered", "Ideally Sam to
 * be considered", "If possible, to be considered": {@link _MAYBE}, "if"): the decision itself not settled, nothing to check
 * at the deadline (Measurable: "someone could check, at the deadline, whether it happened").
 */
function hedgedBefore(doc: _Doc, j: number): boolean {
  for (let i = j; i >= 0 && !endAt(doc, i); i--) if (_MAYBE.has(wd(doc, i)) || conditionWord(wd(doc, i))) return true;
  return false;
}

/** Words after "to be considered for" that put the decision off or leave it open ("for the future", "when he is ready", "as and when"). */
const CONSIDERED_LATER = s('future ready when if unless');

/**
 * The child "to be considered for" a named place or programme, at k ("considered", `at` the "to"), or null: "To be considered
 * for the Year 11 revision programme", "Sam is settled; to be considered for the booster group" (the child the subject, unsaid
 * at the opening of its part, or named: "Sam to be considered for …"), a decision made by the deadline (Settled cases, "a
 * one-off thing adults arrange or do for the child"). Not a thing as the subject ("Referral to be considered for CAMHS",
 * "Tutoring to be considered for maths": a provision weighed, {@link NOT_DONE}), nor put off or hedged ("for the future", "for
 * next year", "when he is ready", "as and when", "Possibly to be considered": {@link hedgedBefore}, "…, possibly by July"), nor a sanction ("for exclusion": {@link _SANCTION_NOUNS}).
 */
function consideredFor(doc: _Doc, k: number, at: number): Span | null {
  const opens = wd(doc, at) === 'to' && (at === 0 || doc.toks[at - 1]?.kind === 'p');
  const s0 = at - 1;
  const sub = wd(doc, s0);
  const named = !opens && _childBeforeTo(doc, at) && !_endsIng(sub) && !SET_UP_UNNAMED.has(sub) && !ROW_CHECKS.has(sub) && !_PROVISION_NOUNS.has(sub) && !_SESSION_NOUNS.has(sub);
  if ((!opens && !named) || hedgedBefore(doc, named ? s0 : at)) return null;
  for (let j = k + 1; j < doc.toks.length && !endAt(doc, j); j++) {
    const y = wd(doc, j);
    // "considered for a mentor, possibly by July": the hedge after the verb as before it ({@link hedgedBefore}).
    if (CONSIDERED_LATER.has(y) || _SANCTION_NOUNS.has(y) || _MAYBE.has(y) || (y === 'next' && wd(doc, j - 1) === 'for')) return null;
  }
  return opens ? [at, k + 1] : [s0, k + 1];
}

/**
 * Words a child "given a …" is given that are no thing handed over once: a chance, a choice, time, a reminder or a warning
 * (ways of treating the child, provision going on: Measurable rule 6), read beside {@link GIVEN_ONGOING} and {@link
 * GIVEN_PROVISION} ("a TA", "a key adult", "a place": labels x074, y24-083, y33-195 "given the opportunity", "more chances",
 * "time" not measurable).
 */
const GIVEN_NOT_THINGS = s('chance chances choice choices opportunity opportunities time break breaks reminder reminders warning warnings space role job voice say');

/**
 * Whether the words from j name one thing the child is given once, after "to be given" ("Noor to be given a bilingual
 * dictionary", "Sam to be given a reading pen"): "a" or "an" and a head that is not provision going on or a way of treating the
 * child ({@link GIVEN_NOT_THINGS}, {@link GIVEN_ONGOING}, {@link GIVEN_PROVISION}, {@link GIVEN_GENERIC}). A thing handed over is
 * there or not at the deadline (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child").
 */
function thingGiven(doc: _Doc, j: number): boolean {
  if (wd(doc, j) !== 'a' && wd(doc, j) !== 'an') return false;
  let e = j + 1;
  // The head ends before a preposition, "and" or a deadline phrase ("a mentor by half term": the head is "mentor").
  while (e <= j + NOT_DONE_REACH && doc.toks[e]?.kind === 'w' && doc.clause[e] === doc.clause[j] && !PREPOSITIONS.has(wd(doc, e)) && wd(doc, e) !== 'and' && doc.used[e] !== 1) e += 1;
  const head = wd(doc, e - 1);
  if (e <= j + 1 || GIVEN_NOT_THINGS.has(head) || GIVEN_ONGOING.has(head) || GIVEN_PROVISION.has(head) || GIVEN_GENERIC.has(head) || standingIn(doc, j, false)) return false;
  // Staff who go on ("a mentor", "a key worker", "a home tutor"), a sanction or a reward ("a detention", "a reward", "a merit"):
  // a person or a way of treating the child, not one thing handed over (Measurable rule 6; Bradford Council, SMART Outcomes,
  // "Resources (e.g. 5 hours of TA support)"). Given only "when needed" is a condition, as "if needed" is.
  return !adultWordAt(doc, e - 1) && !_SANCTION_NOUNS.has(head) && !PRACTICE_KINDS.has(head) && !whenVague(doc, j);
}

/** Whether "when" and a word of {@link _WHEN_VAGUE} ("when needed", "when required") follow in j's clause, within {@link NOT_DONE_REACH} tokens. */
function whenVague(doc: _Doc, j: number): boolean {
  for (let o = j; o < j + NOT_DONE_REACH && o < doc.toks.length && !endAt(doc, o); o++) if (wd(doc, o) === 'when' && _WHEN_VAGUE.has(wd(doc, o + 1))) return true;
  return false;
}

/**
 * A thing, not the child, to be checked once by adults, at k (a participle of {@link _CHECK_PARTICIPLES}), or null: "Reduced
 * timetable to be reviewed", "Handwriting to be assessed by the OT", read as {@link passiveOneOff} reads a thing sorted or
 * requested (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; "to be
 * reviewed" labelled measurable in y28-090, y30-043 and y30-051, not in y21-062 and y25-155: the majority and the row are
 * followed). The child checked is {@link childChecked}'s.
 */
function checkedThing(doc: _Doc, k: number, x: string): Span | null {
  return _CHECK_PARTICIPLES.has(x) && (!_childBeforeTo(doc, k - 2) || planWordAt(doc, k - 3)) ? passiveOneOff(doc, k) : null;
}

/** Plans, timetables, senses and named provision checked, capitalised opening a target but no child's name ("Timetable", "Hearing", "Tutoring"). */
const PLAN_WORDS = s('timetable timetables plan plans iep ieps ehcp ehcps ehc pep peps psp pcp hearing eyesight vision sight speech tutoring tuition mentoring therapy counselling physio');

/**
 * Whether the capitalised word at j opening "<X> to be reviewed" is a plan, provision or acronym, not the child
 * ("Timetable to be reviewed", "IEP to be reviewed", "Hearing to be tested"): a word of {@link PLAN_WORDS} (provision named,
 * not a word for any: "Provision", "Support" name nothing), or capitals throughout before a "to" that is not (a child's word,
 * "YP", aside). Read as the lower-case "timetable to be reviewed" is (Settled cases, "a one-off thing adults arrange or do").
 */
function planWordAt(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  if (PLAN_WORDS.has(x)) return true;
  const raw = doc.toks[j]?.raw ?? '';
  const to = doc.toks[j + 1]?.raw ?? '';
  return raw.length > 1 && raw === raw.toUpperCase() && /[A-Z]/.test(raw) && to !== to.toUpperCase() && !CHILD_WORDS.has(x);
}

/**
 * "if" and "unless", which make what follows a condition ("Sam to be referred if concerns continue"): a child's check in
 * their sentence is not done yet. {@link NOT_DONE}, for a referral or a check an adult makes, holds them too with more.
 */
const IF_UNLESS = s('if unless');

/**
 * Whether an adult is the subject of the verb at k, right before "to" or "will" ("Carer to book", "SW will refer"): not the
 * object of a verb or a preposition before it ({@link ADULT_OBJECT_OF}: "allows his carer to discuss school with him", "allow
 * staff to speak to him", "email his tutor to ask for help", "with a TA to"), read back over the adult's words and a
 * determiner ("his foster carer"). The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child":
 * the adults do it; the child letting or asking them is the child's act.
 */
function adultDoes(doc: _Doc, k: number): boolean {
  if (wd(doc, k - 1) !== 'to' && wd(doc, k - 1) !== 'will') return false;
  // "Kinship carer (Aunty Shanice) to attend", "Mrs Hughes (DT) to set up": the adult's name or role in brackets after its part.
  const open = bracketOpenBefore(doc, k - 2);
  const head = _subjectEnd(doc, k);
  if (head < 0) return false;
  const adult = wd(doc, head);
  // "Leaving care to look at": the leaving care service opening its part is the doer, as "CAMHS to" is.
  if (adult === 'care' && wd(doc, head - 1) === 'leaving' && (head === 1 || doc.toks[head - 2]?.kind === 'p')) return open < 0;
  // "Key person to complete the Progress Check": the early years key person is the child's named adult (Statutory framework
  // for the early years foundation stage, section 3, "Key person").
  const keyPerson = adult === 'person' && wd(doc, head - 1) === 'key';
  // "Interpreter to attend", "Careers adviser to meet": the heads Specific reads as adults ({@link _ADULT_HEADS}) are adults here.
  if (!(adultWordAt(doc, head) || keyPerson) && open < 0) return false;
  let j = head - 1;
  // "Staff at college to arrange", "Key worker at school to request": the place the adult works at; the role before it is read.
  if (ADULT_PLACES.has(adult) && (wd(doc, j) === 'at' || wd(doc, j) === 'in') && adultWordAt(doc, j - 1)) j -= 1;
  while (j >= head - ADULT_PART_WORDS && adultWordAt(doc, j)) {
    // "Laptop needed for school SW to request", "Before the move to college SW to arrange": a place after a preposition ends
    // the words before; the adult after it is the subject.
    if (ADULT_PLACES.has(wd(doc, j)) && PLACE_PREPOSITIONS.has(wd(doc, j - 1))) return true;
    j -= 1;
  }
  // "her careers adviser", "the learning mentor": one word naming the role's kind between the determiner and the role.
  if (j > 0 && doc.toks[j]?.kind === 'w' && ADULT_DETERMINERS.has(wd(doc, j - 1))) j -= 1;
  if (ADULT_DETERMINERS.has(wd(doc, j))) j -= 1;
  return j < 0 || doc.toks[j]?.kind !== 'w' || !ADULT_OBJECT_OF.has(wd(doc, j));
}

/** The words a bracket after an adult's part may hold ("(Aunty Shanice)", "(children's home)", "(DT)"), at most. */
const ADULT_BRACKET_WORDS = 4;

/** The index of the "(" whose ")" is at c, with words or numbers only between ({@link ADULT_BRACKET_WORDS} at most), or -1. */
function bracketOpenBefore(doc: _Doc, c: number): number {
  if (wd(doc, c) !== ')') return -1;
  for (let j = c - 1; j >= 0 && j >= c - 1 - ADULT_BRACKET_WORDS; j--) {
    if (wd(doc, j) === '(') return j < c - 1 ? j : -1;
    if (doc.toks[j]?.kind !== 'w' && doc.toks[j]?.kind !== 'n') return -1;
  }
  return -1;
}

/**
 * The last word of the subject of the verb at k after "to" or "will" (k - 2), read past a bracket naming the adult: after an
 * adult's role or relation ("Kinship carer (Aunty Shanice) to attend": "carer"), or holding a role after a title and name
 * ("Mrs Hughes (DT) to speak", "Mr Jones (Y9 tutor) to send": "Hughes", "Jones"); -1 for any other bracket ("Leo (with his TA)
 * to look at …": the child named, the adult with him). Every check of the subject reads from here, so a bracket changes none.
 */
export function _subjectEnd(doc: _Doc, k: number): number {
  const open = bracketOpenBefore(doc, k - 2);
  if (open < 0) return k - 2;
  if (adultWordAt(doc, open - 1)) return open - 1;
  return bracketHasAdult(doc, open, k - 2) && (_TITLES.has(wd(doc, open - 2)) || _TITLES.has(wd(doc, open - 3))) ? open - 1 : -1;
}

/** Whether the bracket from `open` to `close` names an adult's role ("Mrs Hughes (DT)"), the words before it a name. */
function bracketHasAdult(doc: _Doc, open: number, close: number): boolean {
  for (let j = open + 1; j < close; j++) if (adultWordAt(doc, j)) return doc.toks[open - 1]?.kind === 'w';
  return false;
}

/**
 * Whether the verb at k follows "and" after an adult's one-off act in the same part, the adult the subject of both ("DT to meet
 * the SENCO and request an EHC needs assessment", "Nursery to apply for EYPP and confirm 2-year-old funding"): the second act
 * is the adult's too, a thing someone could check done (the labelling guide, Settled cases, "a one-off thing adults arrange or
 * do for the child": measurable; development labels y35-006, y26-238, y28-050, y30-246 measurable, none against). Read back
 * to a mark, at most {@link NOT_DONE_REACH} words.
 */
function sharedAdult(doc: _Doc, k: number): boolean {
  if (wd(doc, k - 1) !== 'and') return false;
  for (let j = k - 2; j >= 0 && j >= k - NOT_DONE_REACH && doc.toks[j]?.kind !== 'p'; j--) {
    // "Teacher to ask Mia to stop and discuss her choices": the child asked is the subject of what follows its "to"; the
    // child's act, not the adult's (the same row: "the child letting or asking them is the child's act").
    if (wd(doc, j) === 'to' && childBeforeTo(doc, j - 1)) return false;
    if (ONE_OFF_ACTS.has(wd(doc, j)) && adultDoes(doc, j)) return true;
  }
  return false;
}

/** Child's words and pronouns before a "to" ({@link sharedAdult}: "ask him to", "allow the pupil to"). */
const CHILD_BEFORE_TO = new Set([...CHILD_WORDS, 'him', 'her', 'them', 'person']);

/** Whether the word at j is the child (a name, a pronoun, {@link CHILD_WORDS}) before a "to", not an adult ({@link adultWordAt}) nor a service's capitals. */
function childBeforeTo(doc: _Doc, j: number): boolean {
  if (j < 1 || doc.toks[j]?.kind !== 'w' || adultWordAt(doc, j)) return false;
  const raw = doc.toks[j]?.raw ?? '';
  // A name, not a service's capitals ("ask CAMHS to see him and book …": the service is asked, the adult books).
  return CHILD_BEFORE_TO.has(wd(doc, j)) || (_capitalised(raw) && raw !== raw.toUpperCase());
}

/**
 * A note to ask a professional, named by the initials of their role, about a thing, at k ("ask"), or null: "Ask SW re: 30 hours
 * funding asap", "Ask SLT about more support", "ask the IRO about respite". The asking is one act done or not by the deadline
 * (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels y36-141,
 * y46-038 measurable, none against). "ask" opens its part; the role opens with two capitals ("SW", "SENCo") and is an adult's ({@link adultWordAt}), not
 * anyone the child asks ("Ask an adult for help", "ask a friend to play", {@link CHILD_ASKS}: a skill of the child's); a word
 * of {@link ASKED_ABOUT} and a thing named follow. Not left undone ({@link NOT_DONE}), kept up ({@link standingIn}: "ask SW about
 * contact every week") nor at vague times ({@link vagueTimingAfter}: "when needed", "as needed").
 */
function roleAsked(doc: _Doc, k: number): Span | null {
  if (!fragmentStart(doc, k)) return null;
  const r = wd(doc, k + 1) === 'the' ? k + 2 : k + 1;
  const raw = doc.toks[r]?.raw ?? '';
  if (!/^[A-Z]{2}/.test(raw) || !adultWordAt(doc, r) || CHILD_ASKS.has(wd(doc, r)) || doc.toks.every((t) => t.kind !== 'w' || t.raw === t.raw.toUpperCase())) return null;
  if (!ASKED_ABOUT.has(wd(doc, r + 1))) return null;
  const o = wd(doc, r + 2) === ':' ? r + 3 : r + 2;
  if (doc.toks[o]?.kind === 'p' || doc.toks[o] === undefined || inSentence(doc, k, NOT_DONE, false) || standingIn(doc, k, false) || vagueTimingAfter(doc, k)) return null;
  let e = o + 1;
  while (e < doc.toks.length && doc.toks[e]?.kind !== 'p' && doc.clause[e] === doc.clause[o] && doc.used[e] !== 1) e += 1;
  // A thing named, not only a pronoun or a determiner ("Ask SENCo about it": nothing to check was asked).
  for (let j = o; j < e; j += 1) if (!PRONOUNS.has(wd(doc, j)) && !OBJECT_LEAD.has(wd(doc, j))) return [k, e];
  return null;
}

/** The words after the role asked that name what it is asked about ("Ask SW re: funding", "regarding", "about"). */
const ASKED_ABOUT = s('re regarding about');
/**
 * Adults a child asks in class or at home ("Ask TA about homework", "Ask ELSA about a worry", "Ask MUM about contact"): a skill
 * of the child's, asking for help (the labelling guide, Measurable: a process with no single act), not a professional asked once
 * about a thing. The family ({@link FAMILY_ADULTS}), carers, and the adults in the child's class.
 */
const CHILD_ASKS: ReadonlySet<string> = new Set([...FAMILY_ADULTS, ...s('carer carers fc fcs parent parents ta tas lsa lsas elsa hlta teacher teachers adult adults key keyworker mentor tutor staff class')]);

/** Whether the word at j is an adult's ({@link _ADULT_SUBJECTS}, {@link ADULTS_BY_ROLE}, {@link _ADULT_HEADS}: "Interpreter (Tigrinya) to attend"). */
function adultWordAt(doc: _Doc, j: number): boolean {
  return _ADULT_SUBJECTS.has(wd(doc, j)) || ADULTS_BY_ROLE.has(wd(doc, j)) || _ADULT_HEADS.has(wd(doc, j));
}

/**
 * Places of education that are adults' words too ("School to arrange"): after "at" or "in" before "to", the place an adult
 * before them works at ("Staff at college to …"); after another preposition, a place ending the words before the adult
 * ("for school SW to …"). The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child".
 */
const ADULT_PLACES = s('school college nursery setting');
/** Prepositions before a place of {@link ADULT_PLACES} that end the words read back for the adult ("for school", "to college"). */
const PLACE_PREPOSITIONS = s('for to at in from into');
/** Determiners read past before an adult ("his carer", "the SENCo"). */
const ADULT_DETERMINERS = s('the a an his her their my your our its');
/**
 * Words whose object an adult after them is, not the subject of the verb after "to": verbs that take an object and a "to"
 * ("allow", "let", "ask", "tell", "want", "need", "get", "help", "encourage", "invite", "remind", "expect", "trust", "wait
 * for"), verbs of reaching someone ("email", "text", "phone", "ring", "meet") and prepositions ("with a TA to", "at college to").
 */
const ADULT_OBJECT_OF = s(
  'allow allows allowed allowing let lets letting ask asks asked asking tell tells told telling want wants wanted need needs needed get gets got ' +
    'help helps helped encourage encourages invite invites remind reminds expect expects enable enables trust trusts like likes email emails emailed ' +
    'text texts phone phones ring rings meet meets at to with from by for of in on about into than that',
);

/**
 * "<adult> to book" or "to arrange" ("will" too), at k (the verb), after the thing it names ("Eye test overdue. Carer to
 * arrange asap", "Dentist - carer to book"), or null: an adult right before "to" ({@link adultDoes}), a word before the
 * adult's part, and nothing after but "asap" (not "Carer to book." alone; not "Carer to book 3 sessions", a quantity of
 * provision, Measurable rule 6; not a question, "Carer to arrange?").
 */
function adultArranges(doc: _Doc, k: number): Span | null {
  /** Bounds the words read back before the adult for the adult's part ("Foster carer"): three at most. */
  const ADULT_PART_REACH = 6;
  if (!adultDoes(doc, k)) return null;
  const next = doc.toks[k + 1];
  const asap = wd(doc, k + 1) === 'asap';
  if (!(asap || next === undefined || (next.kind === 'p' && wd(doc, k + 1) !== '?'))) return null;
  // The adult's part starts after a mark ("Social worker", "Foster carer"); a word must come before it.
  let j = k - 3;
  while (j >= 0 && j > k - ADULT_PART_REACH && doc.toks[j]?.kind === 'w') j -= 1;
  let i = j;
  while (i >= 0 && doc.toks[i]?.kind === 'p') i -= 1;
  return i >= 0 ? [j + 1, asap ? k + 2 : k + 1] : null;
}

/**
 * Adults' one-off acts ("SW to chase CAMHS referral", "SENCo to request an EP assessment", "PA to discuss", "Options evening - SW
 * to attend", "PP+ to pay for a laptop"): the verbs of a thing an adult does once for the child, done or not on the day. Some
 * need their particle ({@link ONE_OFF_PARTICLES}: "look into", "set up", "pay for", "speak to").
 */
const ONE_OFF_ACTS = s('chase ask request submit complete book arrange sort discuss speak attend apply pay fund buy order contact email phone ring confirm look set provide source supply review assess see check observe meet talk find visit move go send open offer');
/**
 * Verbs of a thing adults give the child once ("College to provide a mentor", "School to provide.", "YOT to source ETE on
 * release"): read as buying is ({@link BUYING}), so provision given is none ("College to provide extra 1:1 support in maths";
 * Measurable rule 6, "a quantity of provision").
 */
const PROVIDING = s('provide source supply');
/**
 * Offering a place at a club, group or sessions ("School to offer breakfast club", "Homework club to be offered to Aaliyah"):
 * offered or not, checked once as an arrangement is (the labelling guide, Settled cases, "a one-off thing adults arrange or
 * do for the child": measurable; labels y42-090, y43-145). Not what is offered again and again ("offer support", "offer
 * reassurance", "offer her choices", "continue to offer a safe space"): {@link offeredOngoing}.
 */
const OFFERING = 'offer';
const OFFERED = 'offered';
const ONE_OFF_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([['look', s('into for at')], ['set', s('up')], ['pay', s('for')], ['speak', s('to with')], ['talk', s('to with')], ['go', s('to')]]);
/**
 * Adults' acts of checking ("review", "assess", "see"): what follows is what is checked, not given, so contact with family
 * reviewed is one act ("SW to review contact arrangements"; {@link familyContact} is arranged contact, provision), and the act
 * alone is the child checked once ("SALT to review."; the labelling guide, Settled cases, "a one-off thing adults arrange or do
 * for the child": measurable). Not "look at" ("we will look at Harry's reading" at a review is labelled not measurable, h095;
 * "to be looked at" splits the labels too).
 */
const CHECK_ACTS = s('review assess see check observe');
/**
 * Words after "check" that make it contact kept up or a watch kept, not one check ("PA to check in with college", "check on
 * Ruby", "check up on him", "check that homework is done"): read by {@link objectNotOnce} (label y21-176, y45-217 not measurable).
 */
const CHECK_KEPT = s('in on up that whether if');
/** Records kept up day by day that a check reads again and again ("check the reading record", "check his planner", "the log"). */
const CHECKED_KEPT_UP: ReadonlySet<string> = new Set([...RECORD_BOOKS, ...CHILD_BOOKS, ...s('log logs diaries planners chart charts')]);
/** How many words after "check" the head noun of its object is looked for ({@link keptRecordChecked}). */
const CHECKED_HEAD_REACH = 5;
/** Words after a noun that end its phrase as the head: a verb of state or a rate ("his planner is signed", "his diary daily"). */
const HEAD_FOLLOWERS = s('is are was were has have been gets daily weekly nightly regularly');

/**
 * Whether the object of "check" at k is a record kept up ({@link CHECKED_KEPT_UP}) as its head noun, read past determiners,
 * possessives and modifiers ("check the record", "check his reading diary", "check Jamal's planner", "check her homework
 * diary"), within {@link CHECKED_HEAD_REACH} words of one clause and up to a preposition or joiner. Not a record word that
 * modifies another head ("check his book band", "check the record of visits" is the record's head: kept).
 */
function keptRecordChecked(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j <= k + CHECKED_HEAD_REACH && doc.toks[j]?.kind === 'w' && doc.clause[j] === doc.clause[k]; j++) {
    if (_flag2At(doc, j, F_PHRASE_END)) return false;
    if (!CHECKED_KEPT_UP.has(wd(doc, j))) continue;
    const next = doc.toks[j + 1];
    if (next === undefined || next.kind !== 'w' || doc.clause[j + 1] !== doc.clause[j] || _flag2At(doc, j + 1, F_PHRASE_END) || HEAD_FOLLOWERS.has(wd(doc, j + 1))) return true;
  }
  return false;
}

/**
 * Verbs of talk among adults: done once only about a thing named ("speak to the college about transport", "discuss the move",
 * "Apprenticeship?? - PA to discuss"); to or with someone alone it is the adults' own talk ("Carer to speak to school",
 * "Designated teacher to speak to the head of year"), no thing someone could check done for the child.
 */
const TALK_ACTS = s('discuss speak ask contact email phone ring talk meet');
/**
 * Verbs whose first object is the one asked or reached ("ask Leo to choose", "phone Sam"): the child there makes it a strategy,
 * done whenever it is needed. With the child and no thing talked of ("speak to Ellie calmly when she is upset") it is too.
 */
const PARTNER_ACTS = s('ask contact email phone ring');
/** Words of the people and places talked to, and the words between them ("the head of year", "home", "the school"). */
const TALK_PEOPLE = s('to with the a an his her their of and & year home school college nursery setting office department house designated social');
/** Words before a thing talked of ("about transport", "re: taxi", "ask for a copy", "regarding his place"). */
const TOPIC_MARKERS = s('about re regarding for over');
/** What is talked of again and again ("phone home with good news", "discuss feelings", "send photos to SW"): a routine, not a thing done once. */
const TALK_RECURRING = new Set([..._FEELINGS, 'feelings', 'emotions', 'worries', 'news', 'updates', 'feedback', 'praise', 'photos', 'pictures']);
/**
 * Words after "contact" that make it the child's contact with family, standing provision ("arrange contact with his brother",
 * "contact sessions", "contact arrangements"; the labelling guide, Measurable rule 6, a quantity of provision): not a thing
 * named by it ("the emergency contact form", "a contact lens appointment", "contact details", "a contact report"), nor one
 * visit with its own point ("a contact visit with dad before Christmas": a one-off thing adults arrange, Settled cases,
 * "visits to be arranged").
 */
const FAMILY_CONTACT_AFTER = s('with sessions visits arrangements arrangement time days');

/** Whether the word at j is "contact" as the child's contact with family ({@link FAMILY_CONTACT_AFTER}, or "contact" ending its part: "SW to arrange contact."). */
function familyContact(doc: _Doc, j: number): boolean {
  if (wd(doc, j) !== 'contact') return false;
  return doc.toks[j + 1]?.kind !== 'w' || FAMILY_CONTACT_AFTER.has(wd(doc, j + 1));
}

/**
 * Whether the word at j names the child as the one an adult's act is done with or to ("with Jay", "ask Maya", "speak to him"):
 * a name (capitalised, not in capitals throughout, not an adult's role, a subject or a pronoun) or "him", "them", "her" alone.
 */
function childPartner(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  const raw = doc.toks[j]?.raw ?? '';
  if (y === 'him' || y === 'them' || (y === 'her' && doc.toks[j + 1]?.kind !== 'w')) return true;
  return childSubjectAt(doc, j) && raw !== raw.toUpperCase() && !_SUBJECTS.has(y) && !CAPABILITY_SUBJECTS.has(y);
}

/** Adults in general as a subject ("Staff to see …", "Adults to find time …"): every adult, every day, standing provision. */
const ALL_ADULTS = s('staff adults teachers tas carers');
/** Words that make "see" a way of regarding, not a visit ("see him as a whole child", "see that Ben has his equipment"). */
const SEE_AS = s('as that how whether if');
/**
 * Things found once ("find a tutor", "find Kofi a work placement", "find a swimming club"): a place, a course, a person who
 * gives a service. Not opportunities, ways or time found again and again (Measurable rule 6).
 */
const FOUND_ONCE = s('place places placement placements school schools college colleges course courses tutor tutors mentor club clubs provider providers setting nursery job apprenticeship apprenticeships');
/** What is found again and again, not once ("find opportunities", "find ways", "find time"): a strategy. */
const FOUND_AGAIN = s('opportunities opportunity ways way time times chances chance moments');
/** Words read past before the adult seen ("the", "his", "Ben's"), at most. */
const SEEN_LEAD = 3;

/** Whether an adult is the one seen at o ("the head of year", "the class teacher", "Ben's mum", "GP"): {@link adultWordAt} or a service ({@link SEEN_AT}). */
function adultSeenAt(doc: _Doc, o: number): boolean {
  for (let j = o; j < o + SEEN_LEAD && doc.toks[j]?.kind === 'w'; j++) {
    if (adultWordAt(doc, j) || SEEN_AT.has(wd(doc, j))) return true;
    if (!OBJECT_LEAD.has(wd(doc, j)) && !/['\u2019]s$/.test(doc.toks[j]?.raw ?? '')) return false;
  }
  return false;
}

/** Vague words of when that say it recurs ("regularly", "ongoing"): left out of {@link FIND_WHEN}. */
const RECURRING_WHEN: ReadonlySet<string> = new Set(['regularly', 'ongoing', 'continuous', 'continual']);
/**
 * Words of when after "find" that leave it with no object ("VS to find ASAP", "SW to find urgently", "by half term"): the vague
 * words of a deadline (_deadline.ts' {@link _VAGUE_WHEN}) but those of recurring ({@link RECURRING_WHEN}), a point ("today",
 * "tomorrow") and the words opening a deadline ("by", "before", "within").
 */
const FIND_WHEN: ReadonlySet<string> = new Set([...[..._VAGUE_WHEN].filter((x) => !RECURRING_WHEN.has(x)), 'urgently', 'immediately', 'today', 'tomorrow', 'by', 'before', 'within']);
/** Tokens read back from the adult before "to" for the dash of "<thing> - <adult> to" (a heading naming the thing). */
const HEADED_REACH = 8;
/** Whether a dash opens the adult's part before k ("School place - VS to find"): the thing is named before it. Bounded. */
function thingHeaded(doc: _Doc, k: number): boolean {
  for (let j = k - 2; j >= 0 && j >= k - HEADED_REACH; j--) {
    const raw = doc.toks[j]?.raw ?? '';
    if (raw === '-' || raw === '\u2013' || raw === '\u2014' || raw === ':') return j > 0;
    if (doc.toks[j]?.kind === 'p') return false;
  }
  return false;
}

/**
 * Whether "see" or "find" at k is an ongoing strategy, not a one-off act (the labelling guide, Settled cases, "a one-off thing
 * adults arrange or do for the child", read with its word one-off; Measurable rule 6): adults in general as subject ("Staff to
 * see …"), "see" with no person seen or as a way of regarding ("see Tom's behaviour as communication", "see that Ben has his
 * equipment"), "find" with no thing found once ("find opportunities", "find ways", "find time"). "SW to see." alone is the
 * child checked, and an adult seen is read as a meeting ({@link adultSeenAt}).
 */
function seeOrFindOngoing(doc: _Doc, k: number, x: string): boolean {
  // "look for" is finding ("Carer to look for a football club"): read as "find" is, its object after "for".
  const lookFor = x === 'look' && wd(doc, k + 1) === 'for';
  if (x !== 'see' && x !== 'find' && !lookFor) return false;
  if (ALL_ADULTS.has(wd(doc, k - 2))) return true;
  const o = lookFor ? k + 2 : k + 1;
  if (doc.toks[o]?.kind !== 'w') return false;
  // "School place - VS to find ASAP": only when after "find", no object; the thing found is named before the adult's part, as
  // with "VS to find." (the labelling guide, Specific rule 4's own example; Settled cases, a one-off thing adults arrange).
  if (x === 'find' && FIND_WHEN.has(wd(doc, o)) && (doc.toks[o + 1]?.kind !== 'w' || thingHeaded(doc, k))) return false;
  // "find him something", "find Kofi a work placement": a thing found for the child, once (label y30-012, "PA to find him something").
  if (x === 'find' || lookFor) return !inSentence(doc, k, FOUND_ONCE, false) && !(childPartner(doc, o) && !FOUND_AGAIN.has(wd(doc, o + 1)));
  if (inSentence(doc, k, SEE_AS, false)) return true;
  const possessive = /['\u2019]s$/.test(doc.toks[o]?.raw ?? '') || wd(doc, o + 1) === "'";
  return !adultSeenAt(doc, o) && !(childPartner(doc, o) && !possessive);
}

/**
 * Whether "send" at k sends the child ("send him to school on time", "send Ava to the reflection room", "send her to"): the
 * child sent somewhere, day by day, not one thing sent (Measurable rule 6; the labelling guide, Settled cases, "a one-off thing
 * adults arrange or do for the child", read with its word one-off). The child sent once to an occasion is that one-off thing
 * ({@link sentToOccasion}). News of the child shared ("send photos", "send updates") is read as talk that recurs ({@link
 * TALK_RECURRING}).
 */
function sentAgain(doc: _Doc, k: number): boolean {
  const y = wd(doc, k + 1);
  const raw = doc.toks[k + 1]?.raw ?? '';
  // "send Sam a card": the child the one a thing is sent to, the thing after it.
  if (OBJECT_LEAD.has(wd(doc, k + 2))) return false;
  const child = CHILD_WORDS.has(y) || (y === 'her' && wd(doc, k + 2) === 'to') || (childPartner(doc, k + 1) && !/['\u2019]s?$/.test(raw) && wd(doc, k + 2) !== "'");
  return child && !sentToOccasion(doc, k + 2);
}

/**
 * Whether the words from j (after "send" and the child) send the child to or for one occasion: an appointment, a health check, a
 * service seen, an interview or a taster day ("to the dentist for a check-up", "for a hearing test", "to the college taster
 * day": {@link SEEN_AT}, {@link HEALTH_CHECK_NOUNS}, {@link ONE_JOURNEY_TO}), kept or not on the day (the labelling guide, Settled
 * cases, "a one-off thing adults arrange or do for the child"). Not on a condition ("to the nurse when unwell": whenever it
 * happens), nor past the deadline's "by".
 */
function sentToOccasion(doc: _Doc, j: number): boolean {
  let occasion = false;
  for (let e = j; e < doc.toks.length && e <= j + NOT_DONE_REACH && !endAt(doc, e); e++) {
    const x = wd(doc, e);
    if (conditionWord(x)) return false;
    if (x === 'by') break;
    if (SEEN_AT.has(x) || HEALTH_CHECK_NOUNS.has(x) || ONE_JOURNEY_TO.has(x)) occasion = true;
  }
  // "to a taster day at college and to school daily": a routine in the sentence keeps the sending a routine (Measurable rule 6).
  for (let e = j; occasion && e < doc.toks.length && !endAt(doc, e); e++) if (routineWord(wd(doc, e))) return false;
  return occasion;
}

/** Whether x says a thing is done again and again ("every", "each", "daily", "weekly": {@link _ROUTINE}, {@link _FREQ_ADVERBS} in "-ly"). */
function routineWord(x: string): boolean {
  return _ROUTINE.has(x) || x === 'everyday' || (_FREQ_ADVERBS.has(x) && _endsLy(x));
}

/** Things looked over again and again, not decided once: the child's progress, needs and work, the choices open (Measurable rule 6). */
const LOOKED_OVER: ReadonlySet<string> = new Set([..._RECURRING_OBJECTS, ...ALL_WRITTEN, 'options']);
/** The word opening a question decided once after "look at" ("whether respite is needed"; "if" leaves the act undone, {@link NOT_DONE}). */
const DECIDED_WHETHER = 'whether';

/**
 * Whether the question from j (after "whether") asks how a thing goes on: a form of "be" and a verb in -ing ("things are going
 * well", "he is settling", "she is coping"), watched over time (Measurable rule 6), not a thing decided once ("respite is
 * needed", "Mia needs a reader").
 */
function goingOnAsked(doc: _Doc, j: number): boolean {
  for (let e = j; e < doc.toks.length && e <= j + NOT_DONE_REACH && !endAt(doc, e) && wd(doc, e) !== 'by'; e++) {
    const x = wd(doc, e - 1);
    if ((x === 'is' || x === 'are' || x === "'s" || x === "'re") && _endsIng(wd(doc, e))) return true;
  }
  return false;
}

/**
 * Whether "look at" (k the verb, `at` its particle) is looking again and again, not one task: adults in general as its subject
 * ("Staff to look at …": every adult, every day) or ways, chances or strategies looked at ("look at ways to help him settle":
 * {@link FOUND_AGAIN}, {@link _GENERIC_OBJECTS}), read as "find" and "look for" are ({@link seeOrFindOngoing}); the child's
 * work and progress ({@link LOOKED_OVER}), or how things go. A whether-question ({@link DECIDED_WHETHER}) is decided once,
 * unless it asks how a thing goes on ({@link goingOnAsked}).
 */
function lookedAtAgain(doc: _Doc, k: number, at: number): boolean {
  const o = OBJECT_LEAD.has(wd(doc, at + 1)) ? at + 2 : at + 1;
  const y = wd(doc, o);
  if (ALL_ADULTS.has(wd(doc, _subjectEnd(doc, k))) || FOUND_AGAIN.has(y) || _GENERIC_OBJECTS.has(y)) return true;
  // "look at whether respite is needed", "whether he needs a reader": a question decided once, by the deadline (Settled cases, "a
  // one-off thing adults arrange or do for the child"); "whether things are going well" asks how things go, as "how" does.
  if (y === DECIDED_WHETHER) return goingOnAsked(doc, o + 1);
  // "look at how he is getting on", "how things are going": a question kept open, reviewed (Measurable rule 6).
  if (SEE_AS.has(y) || LOOKED_OVER.has(y)) return true;
  // "look at moving family time to Sundays": a change to arrange; "look at his progress", "his behaviour", "his books": the
  // child's work and ways watched, not a thing named to decide ({@link headingNamesThing}).
  return doc.toks[o]?.kind === 'w' && !_endsIng(y) && !headingNamesThing(doc, o);
}

/**
 * Whether "meet" at k has two people as its subject, an adult and another ("PA and Shauna to meet.", "SW and DT will meet."),
 * and ends its part: the two meet once, which someone could check happened (the labelling guide, Settled cases, "a one-off
 * thing adults arrange or do for the child"; label y25-212 measurable). How often ("SW and DT to meet fortnightly") is
 * standing provision, read by the caller.
 */
function pairMeets(doc: _Doc, k: number): boolean {
  const to = wd(doc, k - 1);
  if ((to !== 'to' && to !== 'will') || wd(doc, k - 3) !== 'and' || !partEndsAfter(doc, k + 1)) return false;
  if (doc.toks[k - 2]?.kind !== 'w' || doc.toks[k - 4]?.kind !== 'w') return false;
  return adultWordAt(doc, k - 4) || adultWordAt(doc, k - 2);
}

/** {@link NOT_DONE} without "discuss": read by {@link leftUndone} where "to discuss" names what a meeting is about. */
const NOT_DONE_BUT_DISCUSS: ReadonlySet<string> = new Set([...NOT_DONE].filter((w) => w !== 'discuss' && w !== 'discussed'));

/**
 * Whether k's sentence leaves the act undone ({@link NOT_DONE}: "School to consider …"). "to discuss <thing>" after "meet" or
 * a meeting ("DT to meet with carer to discuss the move", "arrange a meeting with the family to discuss the transition") is
 * the thing talked of, as "about" and "re:" are (Settled cases, "a one-off thing adults arrange or do"), not a thing undone.
 */
function leftUndone(doc: _Doc, k: number, x: string): boolean {
  // "SW to arrange contact so that it does not clash with school hours", "so he doesn't miss lessons", "in order that it does
  // not clash": a negative inside the act's purpose ({@link _purposeAt}) is the aim's, not the act left undone (the labelling
  // guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels y49-070, y54-066 measurable,
  // none against). Not "so far not possible" (no purpose: the act is left undone).
  if (!inSentence(doc, k, NOT_DONE, true, true)) return false;
  if ((x !== 'meet' && !inSentence(doc, k, ADULT_MEETINGS, false)) || inSentence(doc, k, NOT_DONE_BUT_DISCUSS, true)) return true;
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) if (wd(doc, j) === 'discuss' && wd(doc, j - 1) === 'to' && doc.toks[j + 1]?.kind === 'w') return false;
  return true;
}

/** Subjects that spend a fund on the child ("PP+ to pay for a laptop", "Bursary to fund …"): they buy; they do nothing else. */
const FUND_SUBJECTS = s('pp ppg eypp bursary funding premium grant');
/** Words after a thing's participle that name who pays or how: provision bought, not a thing set up ("paid through PP+", "paid for by": {@link thingSetUp}). */
const PAID_HOW: ReadonlySet<string> = new Set([...FUND_SUBJECTS, ...s('through with from via fund weekly monthly termly')]);
const BUYING = s('pay fund buy order');
/**
 * Adverbs and verbs that make an adult's act standing provision, not a thing done once (the labelling guide, Settled cases, "a
 * one-off thing adults arrange or do for the child", read with its word one-off; Measurable rule 6, a quantity of provision):
 * how often ("weekly", "regularly", "twice"), or kept up ("continue"). With {@link STANDING_QUANTIFIERS}, every occasion of a kind.
 */
const STANDING = s('weekly daily nightly fortnightly monthly termly half-termly regularly twice continue continues continuing');
/** Words that, before an occasion ({@link STANDING_OCCASIONS}), make every occasion of a kind ("for all meetings", "every review", "each half term", "per term"). */
const STANDING_QUANTIFIERS = s('every each all per');
/**
 * Occasions and periods an act recurs at: {@link _OCCASIONS}, the school's periods and its meetings ("every school day", "all
 * parents evenings", "each half term"). Not things counted ("all three colleges", "all of his records", "with all her
 * teachers", "in each unit"), nor a week inside a deadline ("within 2 weeks", "this week", "the first week of term").
 */
const STANDING_OCCASIONS = new Set([..._OCCASIONS, 'weekend', 'weekends', 'term', 'terms', 'half', 'month', 'months', 'fortnight', 'year', 'review', 'reviews', 'pep', 'peps', 'appointment', 'appointments', 'trip', 'trips', 'outing', 'outings', 'event', 'events']);
/** Occasions of every day or week in the plural ("lunchtimes", "mornings", "Mondays"): a schedule after {@link SCHEDULE_LEADS}. */
const SCHEDULE_PLURALS = s('mornings afternoons evenings nights lunchtimes breaktimes playtimes breaks weekends mondays tuesdays wednesdays thursdays fridays saturdays sundays');
/** The words before a plural occasion that make it when the act falls ("at lunchtimes", "in the mornings", "on Mondays"). */
const SCHEDULE_LEADS = s('at on in the during');
/** The words "every"/"all" read on for its occasion: the next, or the one after a describing word or a number ("every school day", "all parents evenings", "every 6 months"). */
const STANDING_GAP = 2;

/** Whether the word at j makes an act standing: a word of {@link STANDING}, or a quantifier before an occasion ("for all meetings"). */
function standingAt(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  if (STANDING.has(x) || routineAt(doc, j)) return true;
  // "once a week", "3 times a term": how often, the period after "a".
  if ((x === 'once' || x === 'times') && wd(doc, j + 1) === 'a') return STANDING_OCCASIONS.has(wd(doc, j + 2));
  // "at lunchtimes", "in the mornings", "on Mondays": an occasion of every day or week in the plural after where it falls,
  // a schedule as "weekly" is (Measurable rule 6; the row's word one-off).
  if (SCHEDULE_PLURALS.has(x)) return SCHEDULE_LEADS.has(wd(doc, j - 1));
  // "booked for PEP meetings", "for reviews": meetings in the plural that the act is for, each one arranged again, as "for all
  // meetings" is (labels y20-002, y33-238, y46-049 not measurable).
  if (x === 'for') return MEETINGS_FOR.has(wd(doc, j + 1)) || (doc.toks[j + 1]?.kind === 'w' && MEETINGS_FOR.has(wd(doc, j + 2)));
  if (!STANDING_QUANTIFIERS.has(x)) return false;
  // "every Monday", "each Friday": a day of every week.
  if (_WEEKDAYS.has(wd(doc, j + 1))) return true;
  // A number read past as a describing word is ("every 6 months", "every 2 weeks": how often, Measurable rule 1's frequency).
  for (let o = j + 1; o <= j + STANDING_GAP && (doc.toks[o]?.kind === 'w' || doc.toks[o]?.kind === 'n'); o++) if (STANDING_OCCASIONS.has(wd(doc, o))) return true;
  return false;
}

/** Words of a heading's thing going on ("to continue"), before a mark and a passive after it ({@link passiveOneOff}). */
const GOING_ON_WORDS = s('continue continues');

/** Meetings in the plural an act is for ("for PEP meetings"), each one again: read by {@link standingAt}. */
const MEETINGS_FOR = s('meetings reviews peps appointments');

/** Times of every school day an act falls at ("at the gate", "at home time", "at registration"), after "at": a routine. */
const ROUTINE_AT = s('gate gates hometime registration drop pick');
/** The school's day and lesson as every one of them ("at the end of the lesson", "about his day", "the day's learning"). */
const ROUTINE_PERIODS = s('day lesson session');
/** Words before {@link ROUTINE_PERIODS} that make it the one of every day ("the start of the day", "about his day"). */
const ROUTINE_PERIOD_LEADS = s('the his her their');

/**
 * Whether the word at j makes an act a routine of every day, as "each morning" does (the labelling guide, Measurable rule 6, a
 * quantity of provision; Settled cases, "a one-off thing adults arrange or do for the child", read with its word one-off): how
 * often said in words ("on a regular basis", "20 minutes a week", "as and when needed", "as often as needed", "statutory
 * visits"), or a time of every school day ("at the gate", "at home time", "at the start of the day", "about his day", "the
 * day's learning").
 */
function routineAt(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  const y = wd(doc, j + 1);
  if (x === 'regular' || x === 'statutory') return y === 'basis' || y === 'visits' || y === 'reviews';
  if (x === 'as') return (y === 'and' && wd(doc, j + 2) === 'when') || (y === 'often' && wd(doc, j + 2) === 'as');
  if ((x === 'a' || x === 'per') && _DURATION_UNITS.has(wd(doc, j - 1))) return STANDING_OCCASIONS.has(y);
  if (x === 'at' && (ROUTINE_AT.has(y) || (y === 'the' && ROUTINE_AT.has(wd(doc, j + 2))) || (y === 'home' && wd(doc, j + 2) === 'time'))) return true;
  if (!ROUTINE_PERIODS.has(x) || !ROUTINE_PERIOD_LEADS.has(wd(doc, j - 1))) return false;
  // "the start of the day", "about his day", "the day's learning": not "on the day of the interview" (one day named).
  const lead = wd(doc, j - 2);
  return lead === 'of' || lead === 'about' || y === "'" || /['\u2019]s$/.test(doc.toks[j]?.raw ?? '');
}

/** Words of how often ("weekly", "every", "once a"): a frequency wherever it stands, not a time an arrangement is moved to. */
const HOW_OFTEN = new Set([...STANDING, ...STANDING_QUANTIFIERS, 'once', 'times']);

/**
 * Whether a thing moved at k is moved again and again ({@link standingIn}): a thing moved ("SW to move sibling contact from
 * Monday after school to Saturday", label y35-175 measurable) is changed once, and the times after its "from" or "to" are
 * the arrangement's, moved from and to ("to after school on Thursdays"); a frequency is the act's ("SW to move contact
 * weekly", "to the nurture room every day": Measurable rule 6, a quantity of provision; Settled cases, "a one-off thing").
 */
function movedStanding(doc: _Doc, k: number): boolean {
  let times = false;
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) {
    if (wd(doc, j) === 'from' || wd(doc, j) === 'to') times = true;
    if (standingAt(doc, j) && (!times || HOW_OFTEN.has(wd(doc, j)))) return true;
  }
  for (let j = k - 1; j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j); j--) if (standingAt(doc, j)) return true;
  return false;
}

/**
 * Whether a word before k in its part makes the act standing ({@link standingAt}), read back to the sentence's start or a
 * heading's mark ({@link HEADING_MARKS}): in "Funding for 15 hrs to continue - SW to chase" and "Tutoring to continue weekly -
 * SW to chase" the continuing and the rate are the heading's, the thing the adult acts on, and the act after the mark is done
 * once (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child"; label y44-010
 * measurable). "Mentor to meet weekly", "SW to visit weekly", "weekly, SW to visit" stay standing.
 */
function standingBeforeInPart(doc: _Doc, k: number): boolean {
  let j = k - 1;
  for (; j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j) && !HEADING_MARKS.has(wd(doc, j)); j--) if (standingAt(doc, j)) return true;
  return j > 0 && HEADING_MARKS.has(wd(doc, j)) && rateHeading(doc, j);
}

/**
 * Whether the heading closed by the mark at m names only how often ("Weekly -", "Twice weekly –", "Every fortnight:"): with no
 * thing of its own for the rate to belong to, the rate is the act's after the mark, kept up ("Weekly - SW to visit" as "Weekly,
 * SW to visit"; the labelling guide, Measurable rule 6, provision's quantity, and Settled cases, "a one-off thing adults arrange").
 */
function rateHeading(doc: _Doc, m: number): boolean {
  let rate = false;
  for (let j = m - 1; j >= 0 && !endAt(doc, j); j--) {
    const x = wd(doc, j);
    if (standingAt(doc, j) || _FREQ_ADVERBS.has(x)) rate = true;
    else if (!(doc.toks[j]?.kind === 'n' || _NUMBER_WORDS.has(x) || STANDING_QUANTIFIERS.has(x) || PERIOD_UNITS.has(x) || x === 'times' || x === 'a' || x === 'x')) return false;
  }
  return rate;
}

/** Whether k's sentence makes its act standing ({@link standingAt}), within {@link NOT_DONE_REACH} tokens: after k, and before it too when `before`. */
function standingIn(doc: _Doc, k: number, before: boolean): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) if (standingAt(doc, j)) return true;
  for (let j = k - 1; before && j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j); j--) if (standingAt(doc, j)) return true;
  return false;
}
/**
 * Travel a fund pays for ("Bursary to pay for bus travel to college", "bursary to fund bus pass"): the journeys of every day,
 * provision (labels v054 "Bursary to be paid for travel and equipment", y10-176 "bursary to fund bus pass", y14-213 "Bursary
 * for travel.": not measurable).
 */
const TRAVEL_PAID = ['travel', 'transport', 'pass', 'fares', 'fare', 'taxi', 'taxis'];
/** {@link TRAVEL_PAID} as a set, read apart from the rest of {@link BOUGHT_PROVISION}: a journey to one occasion is bought once. */
const TRAVEL_PAID_WORDS: ReadonlySet<string> = new Set(TRAVEL_PAID);
/** What a fund buys that is provision, a quantity of it (Measurable rule 6: "5 hours of TA support"; a membership or fees pay for time at a club or setting), not a thing bought once. */
const BOUGHT_PROVISION = new Set([..._PROVISION_NOUNS, ..._SESSION_NOUNS, 'hours', 'hrs', 'tutoring', 'block', 'licence', 'subscription', 'membership', 'memberships', 'fees', 'screening']);
/**
 * Occasions one journey goes to ("taxi fares to the college open day", "train fare to interview"): one event, a thing bought once
 * for the child (Settled cases, "a one-off thing adults arrange or do for the child"), not the travel of every day (labels v054,
 * y10-176, y14-213: travel and a bus pass paid for are provision). Singular only: "fares to interviews" recur.
 */
const ONE_JOURNEY_TO = s('interview audition appointment induction taster open visit trip event fair');
/** The words read on after "to" for {@link ONE_JOURNEY_TO} ("to the college open day"). */
const JOURNEY_REACH = 4;

/** Whether every travel word ({@link TRAVEL_PAID}) in k's sentence is paid for once: "to" one occasion ({@link ONE_JOURNEY_TO}) after it. */
function travelOnce(doc: _Doc, k: number): boolean {
  let found = false;
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) {
    // "taxi fares", "bus pass": the last travel word of a compound is read.
    if (!TRAVEL_PAID_WORDS.has(wd(doc, j)) || TRAVEL_PAID_WORDS.has(wd(doc, j + 1))) continue;
    if (wd(doc, j + 1) !== 'to') return false;
    let o = j + 2;
    while (o <= j + 1 + JOURNEY_REACH && doc.toks[o]?.kind === 'w' && !ONE_JOURNEY_TO.has(wd(doc, o))) o += 1;
    if (!ONE_JOURNEY_TO.has(wd(doc, o))) return false;
    found = true;
  }
  return found;
}
/** Meetings among adults ("to arrange a meeting with the head of year", "a catch-up": "catch"): the adults' own, not a thing done for the child. */
const ADULT_MEETINGS = s('meeting meetings catch call chat conversation');
/** A fund used by someone, not the subject ("Use the bursary to buy a bus pass"). */
const FUND_USED = s('use uses using used');
/** What a number after an adult's act counts when it is a quantity of provision ("3 sessions", "4 contact sessions", "1 PEP"). */
const PROVIDED_COUNTED = new Set([..._SESSION_NOUNS, ..._PROVISION_NOUNS, 'meeting', 'meetings', 'pep', 'peps', 'visits', 'hours', 'hrs', 'contact', 'of']);
/** Where a thing is bought for, when it is not the child ("for the setting", "for school"). */
const SETTINGS_BOUGHT_FOR = s('setting classroom');
/** Words read back over the adult's part before its "to" ("Foster carer", "The SENCo"), at most. */
const ADULT_PART_WORDS = 4;
/** The marks after a heading read past to its thing ("Careers advice - to be arranged"). */
const HEADING_MARKS = s('- – :');
/**
 * Participles of a thing given or paid once by adults ("Laptop to be provided.", "Bursary to be paid."): read only by
 * {@link passiveOneOff}, where a thing of provision ({@link GIVEN_PROVISION}: "Education to be provided from the sixth day") or
 * travel ("Bursary to be paid for travel") is no one-off thing (the labelling guide, Settled cases, "a one-off thing adults
 * arrange or do for the child"; Measurable rule 6, "a quantity of provision").
 */
const GIVING_PASSIVE = ['provided', 'paid', 'supplied', 'sourced'];
/**
 * Things given that are provision going on, not a thing given once ("support", "tuition", "sessions", "education", "hours").
 * A tutor paid for is tuition bought ("Tutor to be funded by PP+", {@link FUNDED}); a tutor found is a person sourced once
 * ({@link PAID_PEOPLE}).
 */
const GIVEN_PROVISION: ReadonlySet<string> = new Set([..._PROVISION_NOUNS, ..._SESSION_NOUNS, 'education', 'hours', 'hrs', 'place', 'time', 'ap']);
/**
 * Words for any things given, read here as {@link _GENERIC_OBJECTS}' "resources" is ("Equipment to be provided", "Materials to be
 * provided for PE": nothing named someone could check given; Specific rule 6, placeholders; Measurable rule 6). Kept apart from
 * {@link _GENERIC_OBJECTS}, where "equipment" brought is the child's own task ("bring his equipment every day").
 */
const GIVEN_GENERIC: ReadonlySet<string> = new Set([..._GENERIC_OBJECTS, 'equipment', 'materials']);
/** People a fund pays, read with {@link FUNDED} and {@link BUYING} only: their hours are bought ("PP+ to fund a tutor"), Measurable rule 6. */
const PAID_PEOPLE = s('tutor tutors');
/**
 * What is given that goes on, not given once (the labelling guide, Measurable rule 6, "a quantity of provision"; Bradford
 * Council, SMART Outcomes, "Resources (e.g. 5 hours of TA support)"): staff of the setting deployed to the child day by day,
 * by role ("a TA", "a 1:1 TA", "a key adult", "ELSA", "an LSA"), a way of treating the child ("encouragement", "a routine at
 * bedtime", "praise", as {@link MAKE_ABSTRACT} reads what no one sees made) and food ("lunch", "free school meals"). A person
 * found once from outside, a tutor, mentor or counsellor sourced, booked or arranged, is a one-off thing adults arrange
 * (Settled cases; development label y26-242 "College to provide a mentor." measurable) and not listed.
 */
const GIVEN_ONGOING = s('ta tas lsa lsas hlta hltas adult adults keyworker keyworkers elsa buddy buddies encouragement praise reassurance hug hugs routine routines structure boundaries consistency supervision attention timetable timetables lunch lunches breakfast breakfasts dinner dinners meal meals snack snacks food');

/** Whether the head of the object given after the verb at k (its last word before a preposition) names provision going on ({@link GIVEN_ONGOING}). */
function givenOngoing(doc: _Doc, k: number): boolean {
  let j = k + 1;
  while (j <= k + NOT_DONE_REACH && doc.clause[j] === doc.clause[k] && (doc.toks[j]?.kind === 'w' || doc.toks[j]?.kind === 'n') && !PREPOSITIONS.has(wd(doc, j))) j += 1;
  return j > k + 1 && GIVEN_ONGOING.has(wd(doc, j - 1));
}

/**
 * Whether what an adult offers at k is given again and again, not a place offered once: staff, care or food ({@link
 * GIVEN_ONGOING}: "offer reassurance", "offer breakfast"), a chance, a choice or time ({@link GIVEN_NOT_THINGS}: "offer her
 * choices", "offer a safe space"), or a word for anything ({@link GIVEN_GENERIC}: "offer support", "offer help").
 */
function offeredOngoing(doc: _Doc, k: number): boolean {
  return givenOngoing(doc, k) || inSentence(doc, k, GIVEN_NOT_THINGS, false) || inSentence(doc, k, GIVEN_GENERIC, false);
}
/**
 * Participles of a one-off act planned or done again ("Transition to be planned for", "Boxall to be redone in the summer"): a
 * plan made or a check repeated once, done or not at the deadline (the labelling guide, Settled cases, "a one-off thing adults
 * arrange or do for the child": measurable; development labels y32-005, y33-192 and y30-154 measurable, none against).
 */
const PLANNED_PASSIVE = ['planned', 'redone'];
/**
 * A meeting held and a plan confirmed once by adults ("EHCP annual review to be held", "Post-16 pathway to be confirmed"):
 * done or not by the deadline as a thing arranged is (the labelling guide, Settled cases, "a one-off thing adults arrange or do
 * for the child": measurable; labels y38-064, y38-238, and y44-139 "school place to be held", y13-112 "To be confirmed in March").
 */
const SETTLED_PASSIVE = ['held', 'confirmed'];
/**
 * A thing confirmed that is only when, where or how the act falls ({@link SETTLED_PASSIVE}: "Start date to be confirmed", "Meeting
 * date and venue to be confirmed", "Details to be confirmed"), or a finding no adult arranges ("Diagnosis to be confirmed").
 */
const DATE_DETAILS = s('date dates time times day days venue venues detail details location locations diagnosis diagnoses');
/**
 * Things held once, as an occasion adults arrange or a thing kept for the child: a meeting, review or PEP, an
 * event the child takes part in ({@link PARTICIPATION_EVENTS}), a school place, a sum ({@link FUND_SUBJECTS}).
 */
const HELD_ONCE = new Set(['meeting', 'meetings', 'review', 'reviews', 'pep', 'peps', 'conference', 'hearing', ...PARTICIPATION_EVENTS, 'place', 'places', 'money', 'sum', ...FUND_SUBJECTS]);
/** The words a thing held or confirmed is read back for, to the start of its part ({@link confirmedOnce}). */
const SETTLED_REACH = 6;

/**
 * Whether "to be held" at k, after the thing at `at`, is a one-off act: an occasion held or a place or sum kept ({@link
 * HELD_ONCE}: "Annual review to be held", "School place to be held"), not a person or a practice held to something ("Sam to be
 * held accountable", "held in high regard", "held back", "Hands to be held": the labelling guide, Measurable rule 5, a one-off
 * event; Settled cases, "a one-off thing adults arrange or do for the child").
 */
function heldOnce(doc: _Doc, at: number, k: number): boolean {
  return HELD_ONCE.has(wd(doc, at)) && wd(doc, k + 1) !== 'back' && wd(doc, k + 1) !== 'accountable';
}

/**
 * Whether "to be confirmed" after the thing at `at` is a one-off act: no word of the noun phrase before it, back to its part's
 * start, is only when, where or how it falls or a finding ({@link DATE_DETAILS}: "Date of review to be confirmed", "Day of the
 * week to be confirmed" leave the act's time to settle, as "date TBC" does; {@link detailToConfirm}).
 */
function confirmedOnce(doc: _Doc, at: number): boolean {
  for (let j = at; j >= 0 && j > at - SETTLED_REACH && doc.toks[j]?.kind !== 'p'; j--) if (DATE_DETAILS.has(wd(doc, j))) return false;
  return true;
}

/** Participles of an adult's one-off act after "to be", the thing named before it ("Taxi to be sorted", "EP assessment to be requested by SENCo"). */
const ONE_OFF_PASSIVE = new Set([...PASSIVE_DONE, 'requested', 'sorted', 'chased', 'ordered', 'claimed', OFFERED, ...GIVING_PASSIVE, ...PLANNED_PASSIVE, ...SETTLED_PASSIVE]);

/**
 * An adult's one-off act, at k (its verb), or null (the labelling guide, Measurable: "someone could check, at the deadline,
 * whether it happened"; Settled cases, "a one-off thing adults arrange or do for the child": measurable, not specific): an
 * adult before "to"/"will" ({@link adultDoes}: "SW to chase CAMHS referral by 14/02", "DT to chase", "PA to discuss") or a fund
 * buying a thing ("PP+ to pay for a laptop and revision guides"), with the verb's particle where it needs one. Not standing
 * provision ({@link STANDING}: "Mentor to meet weekly", "for all meetings"), not a quantity of provision bought ("PP+ to fund
 * 1:1 tuition"), nor in a sentence that leaves it undone ({@link NOT_DONE}: "School to consider …", "may apply").
 */
export function _adultOneOff(doc: _Doc, k: number, x: string): Span | null {
  const particles = ONE_OFF_PARTICLES.get(x);
  // "Residential trip - PP+ to pay.": paying ending its part, the thing named before it.
  // "Apprenticeship in farming. PA to look.": looking ending its part, the thing named before it, as "PA to look into" is.
  const at = particles === undefined || ((x === 'pay' || x === 'look') && doc.toks[k + 1]?.kind !== 'w' && wd(doc, k + 1) !== '?') ? k : k + 1;
  if (at > k && !particles?.has(wd(doc, at))) return null;
  const sub = Math.max(_subjectEnd(doc, k), 0);
  if (objectNotOnce(doc, k, x, at, sub)) return null;
  // "PP+ to pay": the fund's name before its "+"; the fund is the subject, opening its part ("Use the bursary to buy" is not).
  const named = wd(doc, sub) === '+' ? sub - 1 : sub;
  const fund = ((wd(doc, k - 1) === 'to' || wd(doc, k - 1) === 'will') && FUND_SUBJECTS.has(wd(doc, named)) && !_TITLES.has(wd(doc, named - 1)) && !FUND_USED.has(wd(doc, named - 1)) && !FUND_USED.has(wd(doc, named - 2))) || fundUsedToBuy(doc, k);
  if (headingTask(doc, k, x, at)) return leftUndone(doc, k, x) ? null : [0, at + 1];
  if (x === 'meet' && pairMeets(doc, k)) return leftUndone(doc, k, x) || standingIn(doc, k, true) ? null : [k - 4, k + 1];
  if (!(fund ? BUYING.has(x) : adultDoes(doc, k) || sharedAdult(doc, k)) || wd(doc, at + 1) === '?' || leftUndone(doc, k, x) || (x === 'move' ? movedStanding(doc, k) : standingIn(doc, k, false) || standingBeforeInPart(doc, k))) return null;
  if (seeOrFindOngoing(doc, k, x)) return null;
  // A thing kept up, not done once ("TA to complete reading records with Noah"), as the child's "complete" reads it.
  if (EVENT_RULES.get(x) === 'nonrecurring' && !objectMatches(doc, k, 'nonrecurring') && doc.toks[k + 1]?.kind === 'w') return null;
  // Its object, to the clause's end or a deadline: no number of its own (a quantity of provision, Measurable rule 6: "Carer to
  // book 3 sessions", "SW to attend 1 PEP per term"), not the adults' own meeting ("to arrange a meeting with the head of year").
  let end = at + 1;
  // Whether the object names a thing talked of, not only people ("speak to school", "discuss with Mia", "speak to Ellie calmly
  // when she is upset"): read for the verbs of talk, a word after "about", "re", "for" or a person and "to" ("ask the college
  // to send …"), or the object of "discuss" ("discuss the plan with Ethan").
  // An adult seen is the adults' own meeting, read as "meet" is ("DT to see the head of year"; "Carer to see GP about sleep").
  let thing = !TALK_ACTS.has(x) && !(x === 'see' && adultSeenAt(doc, at + 1));
  let topic = x === 'discuss';
  let meeting = false;
  for (; end < doc.toks.length && doc.clause[end] === doc.clause[k] && doc.used[end] !== 1 && doc.toks[end]?.kind !== 'p'; end++) {
    const y = wd(doc, end);
    // A meeting is the adults' own unless a thing talked of follows it ("a meeting with the family re: plans to return home").
    if (ADULT_MEETINGS.has(y)) {
      meeting = true;
      thing = false;
      topic = false;
      continue;
    }
    if ((doc.toks[end]?.kind === 'n' && (doc.toks[end + 1]?.kind !== 'w' || PROVIDED_COUNTED.has(wd(doc, end + 1)) || PROVIDED_COUNTED.has(wd(doc, end + 2))))) return null;
    // The child asked or reached, a strategy ("ask Maya to read aloud", "ask Sam what he has learnt"); contact with the family
    // arranged, or talk of what recurs ("with good news", "discuss feelings"), standing provision: not a thing done once.
    if ((familyContact(doc, end) && !CHECK_ACTS.has(x)) || TALK_RECURRING.has(y) || (end === at + 1 && PARTNER_ACTS.has(x) && childPartner(doc, end))) return null;
    if (SEEN_AT.has(y)) thing = true;
    // "SW to go to the school to meet the DT": going somewhere to talk is read as the talk is ("SW to meet the DT", the adults'
    // own, unless a thing talked of follows).
    if (x === 'go' && y === 'to' && end > at + 1 && TALK_ACTS.has(wd(doc, end + 1))) {
      thing = false;
      topic = wd(doc, end + 1) === 'discuss';
      end += 1;
      continue;
    }
    if (TOPIC_MARKERS.has(y) || (y === 'to' && end > at + 1)) topic = true;
    else if (y === 'with') topic = false;
    else if (topic && !TALK_PEOPLE.has(y) && !_ADULT_SUBJECTS.has(y) && !ADULTS_BY_ROLE.has(y)) thing = true;
  }
  if (wd(doc, end - 1) === 're') thing = true;
  if (meeting && !thing) return null;
  // What is bought is a thing for the child: not provision, nor a word for anything ("resources"), nor for the setting.
  // A fund paying for staff deployed day by day buys their support ("PP+ to fund a TA": Measurable rule 6, "5 hours of TA support").
  if ((PROVIDING.has(x) || BUYING.has(x)) && givenOngoing(doc, at)) return null;
  if (x === OFFERING && offeredOngoing(doc, k)) return null;
  if ((BUYING.has(x) || PROVIDING.has(x)) && (inSentence(doc, k, BOUGHT_PROVISION, true) || (BUYING.has(x) && inSentence(doc, k, PAID_PEOPLE, true)) || (inSentence(doc, k, TRAVEL_PAID_WORDS, true) && !travelOnce(doc, k)) || (fund ? !namedThingBought(doc, at) : inSentence(doc, k, GIVEN_GENERIC, true) || inSentence(doc, k, SETTINGS_BOUGHT_FOR, false)))) return null;
  if (end > at + 1 && thing) return [k, end];
  // A check ending its part ("SALT to review.", "EP to assess."): the child is the one checked, one event.
  if (CHECK_ACTS.has(x) && end === at + 1 && wd(doc, end) !== '?') return [named, end];
  // No object: the thing is named before the adult's part ("Apprenticeship?? - PA to discuss", "EP assessment requested. DT to chase").
  let j = named - 1;
  while (j >= 0 && j > named - ADULT_PART_WORDS && doc.toks[j]?.kind === 'w') j -= 1;
  let i = j;
  while (i >= 0 && doc.toks[i]?.kind === 'p') i -= 1;
  // "College course. PA to look.": the thing looked into named before, a thing found once, not a broad area ("Friendships.
  // Carer to look."), read as a heading's noun is ({@link headingNamesThing}).
  if (x === 'look' && at === k && !headingNamesThing(doc, i)) return null;
  return i >= 0 && doc.toks[i]?.kind === 'w' ? [j + 1, at + 1] : null;
}

/**
 * Whether the object of an adult's act at k (x its verb, `at` its particle, `sub` its subject's last word) makes it no thing done
 * once ({@link _adultOneOff}): a thing looked at again and again, sent home or sent again, the child sent, a referral sent
 * (read as made), a routine thing opened.
 */
function objectNotOnce(doc: _Doc, k: number, x: string, at: number, sub: number): boolean {
  // "PA to check in with college", "check on Ruby": contact or a watch kept up ({@link CHECK_KEPT}), not one check.
  if (x === 'check' && CHECK_KEPT.has(wd(doc, k + 1))) return true;
  // "Staff to observe closely", "observe and support": a watch kept in a manner or beside support, not one observation.
  // "SW to check next PEP": no thing checked, only when; "DT to check the record", "check his planner": a record kept up is
  // checked again and again ({@link CHECKED_KEPT_UP}; labels y15-157, y59-027 not measurable).
  if (x === 'check' && (wd(doc, k + 1) === 'next' || keptRecordChecked(doc, k))) return true;
  // Not a name in "-ly" ("observe Emily in class", "check Holly's reading age"): a capitalised word after the verb is the
  // person watched, not the manner.
  if ((x === 'check' || x === 'observe') && (wd(doc, k + 1) === 'and' || (doc.toks[k + 1]?.kind === 'w' && wd(doc, k + 1).endsWith('ly') && !_capitalised(doc.toks[k + 1]?.raw ?? '')))) return true;
  // "SW to look at." is a named adult's one-off task (labels y36-019, y36-173, y30-090); "we will look at Harry's reading" at a
  // review is the meeting's talk (label h095 not measurable).
  if (x === 'look' && wd(doc, at) === 'at' && (wd(doc, sub) === 'we' || lookedAtAgain(doc, k, at))) return true;
  // "School to send home phonics cards", "send home reading books": what goes home with the child, batch after batch, is
  // the setting's routine with the family (Measurable rule 6; label t166 not measurable), not one thing sent.
  if (x === 'send' && wd(doc, k + 1) === 'home') return true;
  // "Carer to send him to school", "send Ava to the quiet room": the child sent somewhere, day by day. One thing named is sent
  // once ("send his report to carer").
  if (x === 'send' && sentAgain(doc, k)) return true;
  // "College to open a bank account with her": opened once; a room or a lunchbox opened is a routine ({@link EVENT_RULES}).
  if (x === 'open' && !objectMatches(doc, k, EVENT_RULES.get('open') ?? 'any')) return true;
  // "School to send a referral to CAMHS": a referral sent is read as the referral made ({@link referralMade}).
  if (x === 'send' && (REFERRAL_WORDS.has(wd(doc, k + 2)) || REFERRAL_WORDS.has(wd(doc, k + 3)))) return true;
  return false;
}

/**
 * Tasks done once that an adult helps the child through ("PA to help Demi fill in the bursary form", "PA to support Kerry-Ann
 * to open a bank account", "help her apply for the 16-19 Bursary"): each is done or not on the day.
 */
const HELPED_TASKS = s('apply fill finish complete open submit register enrol enroll');
/** {@link HELPED_TASKS}, for _specific.ts's reading of the task as the child's act. */
export const _HELPED_TASKS = HELPED_TASKS;

/**
 * An adult helping or supporting the child through one task done once, at k ("help", "support"), or null: "PA to help Mason
 * finish his UCAS application and submit it", "Tia's PA will help her apply for the bursary", "PA to support Kerry-Ann to open
 * a bank account". The adult's act ends with the task done, which someone could check at the deadline (the labelling guide,
 * Measurable; Settled cases, "a one-off thing adults arrange or do for the child": measurable; labels x149, y27-053, y29-222,
 * y30-006, y35-053, y36-094 measurable, none against). Not support in general ("SW to support", "PA to help with money",
 * "Carer to support with homework"), not work kept up ("TA to help Ben complete his work": {@link objectMatches}), not a thing
 * found ("PA to help Ellie find part time work", label y32-041 not measurable), not standing or undone ("… every week", "may").
 */
function helpedTask(doc: _Doc, k: number): Span | null {
  if (!adultDoes(doc, k)) return null;
  let o = k + 1;
  const who = wd(doc, o);
  if (!(who === 'her' || CHILD_WORDS.has(who) || childPartner(doc, o))) return null;
  // "Kerry-Ann": a hyphenated name ends at its last part.
  while (doc.toks[o + 1]?.hyph === true) o += 1;
  const v = wd(doc, o + 1) === 'to' ? o + 2 : o + 1;
  const task = wd(doc, v);
  if (!HELPED_TASKS.has(task) || doc.clause[v] !== doc.clause[k]) return null;
  // The task done once, as the child's own verb reads it ({@link EVENT_RULES}): not work kept up ("submit his homework"), nor a
  // thing opened day by day ("open his lunchbox"; an account or a referral is opened once).
  const from = task === 'fill' && wd(doc, v + 1) === 'in' ? v + 1 : v;
  // A form filled in with help is read as the other tasks are, not a record kept up (its object may be named at length, "the
  // 16-19 Bursary (vulnerable group) form"), so "fill" keeps the rule for work done once here.
  if (task !== 'apply' && !objectMatches(doc, from, task === 'fill' ? 'nonrecurring' : (EVENT_RULES.get(task) ?? 'nonrecurring'))) return null;
  // "apply for the bursary", "apply to college": applying for a thing, not putting a thing on ("help her apply her cream").
  if (task === 'apply' && wd(doc, v + 1) !== 'for' && wd(doc, v + 1) !== 'to') return null;
  if (leftUndone(doc, k, 'help') || standingIn(doc, k, true)) return null;
  // The evidence runs to the task's object's end ("help Nadia fill in the college form"), not past a deadline's "by".
  let end = v + 1;
  while (end < doc.toks.length && doc.clause[end] === doc.clause[k] && doc.toks[end]?.kind !== 'p' && wd(doc, end) !== 'by') end += 1;
  return [k, end];
}

/**
 * Verbs of a task done once on the thing a heading names, as "<heading> - to <verb>" alone ("UCAS - to complete", "Bursary - to
 * apply", "Interpreter - to book"): read as "Bursary - apply" is. Not talk, seeing or finding (their object is a person or
 * a thing still to name: "Options - to discuss with carer", "Emotional wellbeing - to see the school counsellor", labelled not
 * measurable), nor the child's own acts ("Maths - to improve", "AP: to engage"), which are not in {@link ONE_OFF_ACTS}.
 */
const HEADING_TASKS = s('complete apply book arrange sort order submit request chase update');
/** The words a heading before "- to <verb>" may have, at most ("T Level work placement - to arrange"). */
const HEADING_TASK_WORDS = 5;

/**
 * A piece of the child's work named and then "to do", opening the text and ending its part ("CV to do", "College application
 * to do."), at k ("do"), or null: a task done once on a thing someone could check finished at the deadline, read as "CV - to
 * complete" is (the labelling guide, Measurable; Settled cases, "complete his homework": a task named, an adult can check it;
 * labels y27-143, y39-216 measurable). Not a wish or a search ("I want to do", "something to do"): the word before "to" is
 * work ({@link _CHILD_WORK}).
 */
function workToDo(doc: _Doc, k: number): Span | null {
  if (wd(doc, k - 1) !== 'to' || !_CHILD_WORK.has(wd(doc, k - 2)) || k - 2 > HEADING_TASK_WORDS || !partEndsAfter(doc, k + 1)) return null;
  for (let j = 0; j < k - 1; j++) if (doc.toks[j]?.kind !== 'w') return null;
  // The work opens the part, only words naming its kind before it ("College application", "UCAS application"): "Sam has
  // homework to do", "I have homework to do", "Lots of homework to do" say what the child has, not a task set (Measurable
  // rule 6; Settled cases, "the child's wish alone").
  for (let j = 0; j < k - 2; j++) if (!workKindWord(doc, j)) return null;
  return inSentence(doc, k, NOT_DONE, true) ? null : [0, k + 1];
}

/**
 * Whether the word at j, before a piece of work, names its kind ("College", "UCAS", "personal"): not a determiner, an amount or
 * a preposition ({@link OBJECT_LEAD}, {@link NAMES_NO_KIND}, {@link PREPOSITIONS}: "his", "lots", "of"), a possessive ("Sam's"),
 * the child as subject ({@link PRESENT_SUBJECTS}, {@link CHILD_WORDS}) nor a verb of having ({@link HAD_VERBS}).
 */
function workKindWord(doc: _Doc, j: number): boolean {
  const x = wd(doc, j);
  if (OBJECT_LEAD.has(x) || NAMES_NO_KIND.has(x) || PREPOSITIONS.has(x) || PRESENT_SUBJECTS.has(x) || CHILD_WORDS.has(x) || HAD_VERBS.has(x)) return false;
  return !/['\u2019]s?$/.test(doc.toks[j]?.raw ?? '') && wd(doc, j + 1) !== "'";
}

/**
 * A planned event named and then "to go ahead", at k ("ahead"), or null: "Managed move – to go ahead", "The school trip to go
 * ahead." It happens or not by the deadline, read as "Managed move to be arranged" is ({@link passiveOneOff}; the labelling
 * guide, Settled cases, "a one-off thing adults arrange or do for the child"; label y46-090 measurable). The thing is the word
 * before "to" or before a heading's mark, not a person ("Sam to go ahead with it": the child's act), nor hedged or undone
 * ({@link NOT_DONE}), and the part ends there or with a deadline.
 */
function goesAhead(doc: _Doc, k: number): Span | null {
  if (wd(doc, k - 1) !== 'go' || wd(doc, k - 2) !== 'to' || !partEndsAfter(doc, k + 1)) return null;
  const at = HEADING_MARKS.has(wd(doc, k - 3)) ? k - 4 : k - 3;
  if (doc.toks[at]?.kind !== 'w' || PRONOUNS.has(wd(doc, at)) || (at === 0 && _capitalised(doc.toks[at]?.raw ?? '')) || namesNothing(doc, at)) return null;
  return inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, true) ? null : [Math.max(at - 1, 0), k + 1];
}

/** The words "ensure" may read on to the thing in place or had ("ensure access arrangements are in place"), at most. */
const ENSURE_REACH = 8;

/**
 * An adult ensuring a thing is in place or the child has a named thing, at k ("ensure"), or null: "DT to ensure access
 * arrangements are in place.", "School to ensure he has a quiet space." The thing is there or not at the deadline, a one-off
 * provision made (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child"; labels y34-038,
 * y46-192 measurable). Not what the child does or how things go ("Carer to ensure Dwayne gets to school", "to ensure her needs
 * are met": labelled not measurable): only "in place" ending the part, or "has", "have" or "gets" and one thing ("a", "an")
 * whose last word names a concrete thing ({@link _CONCRETE}, {@link HELD_THINGS}); not kept up ("every day", {@link standingIn}),
 * nor a thing in place that names nothing ("ensure support is in place").
 */
function ensuredInPlace(doc: _Doc, k: number): Span | null {
  if (!adultDoes(doc, k) || inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, false)) return null;
  let end = k + 1;
  while (end < doc.toks.length && end <= k + ENSURE_REACH && doc.toks[end]?.kind === 'w') end += 1;
  if (doc.toks[end] !== undefined && !(doc.toks[end]?.kind === 'p' && wd(doc, end) === '.')) return null;
  // "ensure support is in place" names nothing, as "Support to be put in place" does not ({@link SET_UP_UNNAMED}).
  if (wd(doc, end - 1) === 'place' && wd(doc, end - 2) === 'in') {
    for (let j = k + 1; j < end - 2; j++) if (SET_UP_UNNAMED.has(wd(doc, j)) && !namingWord(doc, j - 1, k)) return null;
    return [k, end];
  }
  for (let j = k + 1; j < end - 2; j++) {
    if (!HAD_VERBS.has(wd(doc, j)) || (wd(doc, j + 1) !== 'a' && wd(doc, j + 1) !== 'an')) continue;
    const last = wd(doc, end - 1);
    return _CONCRETE.has(last) || HELD_THINGS.has(last) ? [k, end] : null;
  }
  return null;
}

/** Verbs of the child having a thing after "ensure" ({@link ensuredInPlace}). */
const HAD_VERBS = s('has have gets');

/**
 * Whether the verb at k is "<heading> - to <verb>" ending its part, the heading opening the text with words only ("UCAS - to
 * complete", "Bursary - to apply."): a one-off task on the thing the heading names, which someone could check done at the
 * deadline (the labelling guide, Measurable; Settled cases, "a one-off thing adults arrange or do for the child"; labels
 * y19-231 and y18-125 measurable, none against). `at` is the verb's last word (its particle, if any).
 */
function headingTask(doc: _Doc, k: number, x: string, at: number): boolean {
  // "ADHD assessment - chase.", "Pathway plan – update": the bare verb after the mark reads as "- to chase" does.
  const mark = wd(doc, k - 1) === 'to' ? k - 2 : k - 1;
  if (!HEADING_TASKS.has(x) || !HEADING_MARKS.has(wd(doc, mark)) || mark > HEADING_TASK_WORDS || mark < 1) return false;
  if (!partEndsAfter(doc, at + 1)) return false;
  for (let j = 0; j < mark; j++) if (doc.toks[j]?.kind !== 'w' && doc.toks[j]?.kind !== 'n') return false;
  // A bare verb names no thing of its own: the heading must name one thing that gets done, not the child's study or work kept
  // up ("Revision - complete", "Mock exams - chase", "Homework - chase.": the academic area's words, read as {@link
  // thingToArrange} reads a heading an adult arranges; homework is set every week, {@link _RECURRING_OBJECTS}).
  if (mark === k - 1) return thingToArrange(doc, mark - 1) && !_RECURRING_OBJECTS.has(wd(doc, mark - 1));
  return headingNamesThing(doc, mark - 1);
}

/**
 * Whether the heading ending at h (its last word) names a thing done or obtained once ("UCAS", "Bursary", "Housing form"), read
 * with the nouns {@link passiveOneOff} reads a passive's thing by: not what no one sees made or a word for anything
 * ({@link MAKE_ABSTRACT}, {@link _VAGUE_OBJECTS}, {@link _GENERIC_OBJECTS}), not provision or a plan held ({@link
 * GIVEN_PROVISION}, {@link SET_UP_UNNAMED} unless a word names its kind, "Pathway plan – update", {@link HELD_PLAN_NAMES}: "AP:
 * to book", "EHCP - to request"), not a subject or an area
 * of need ("Maths - to complete", "Attendance - to sort", "Anxiety - to sort"), not a number ("Year 11 - to complete", "Target 2
 * - to complete") and not a name alone ("Jack - to complete": one capitalised word the library knows as no thing). Such a heading
 * names the child's area or the child, and the task no one thing (the labelling guide, Measurable rule 6; Specific rule 6).
 */
function headingNamesThing(doc: _Doc, h: number): boolean {
  const x = wd(doc, h);
  if (doc.toks[h]?.kind !== 'w' || namesNothing(doc, h) || GIVEN_PROVISION.has(x) || HELD_PLAN_NAMES.has(x) || _SUBJECTS.has(x)) return false;
  const area = _areaOfWord(x);
  if (area === 'attendance' || area === 'semh' || INNER_STATES.has(x)) return false;
  return !nameAlone(doc, h);
}

/**
 * Whether the word at h is what no one sees made or a word for anything ({@link MAKE_ABSTRACT}, {@link _VAGUE_OBJECTS}, {@link
 * _GENERIC_OBJECTS}: "progress", "behaviour", "support"), or a plan or provision in general with no word naming its kind before
 * it ({@link SET_UP_UNNAMED}: "The plan", not "Pathway plan").
 */
function namesNothing(doc: _Doc, h: number): boolean {
  const x = wd(doc, h);
  return MAKE_ABSTRACT.has(x) || _VAGUE_OBJECTS.has(x) || _GENERIC_OBJECTS.has(x) || (SET_UP_UNNAMED.has(x) && !namingWord(doc, h - 1, -1));
}

/**
 * Whether the word at h, opening the text, is one capitalised word the library knows as no thing: a name ("Jack", "Sam"), not
 * "Laptop", "Passport", "Homework", "Bursary" nor an area's word.
 */
function nameAlone(doc: _Doc, h: number): boolean {
  const x = wd(doc, h);
  const raw = doc.toks[h]?.raw ?? '';
  return h === 0 && /^[A-Z][a-z]+$/.test(raw) && !_CONCRETE.has(x) && !HELD_THINGS.has(x) && !_CHILD_WORK.has(x) && !FUND_SUBJECTS.has(x) && _areaOfWord(x) === undefined;
}

/**
 * Whether a verb's part ends at j: nothing, a mark (not "?"), or only a deadline phrase (or "asap") before it ("Passport - to apply
 * by Feb half term", "Bursary - to apply asap", "PA and Jay to meet before the end of term"): a deadline is when, not what (the
 * labelling guide, Time-bound; Measurable is read without it).
 */
function partEndsAfter(doc: _Doc, j: number): boolean {
  let e = j;
  while (e < doc.toks.length && (doc.used[e] === 1 || wd(doc, e) === 'asap')) e += 1;
  const next = doc.toks[e];
  return next === undefined || (next.kind === 'p' && wd(doc, e) !== '?');
}

/**
 * Whether the fund is the thing used, in the passive, before "used to" at k ("PP+ will be used to buy a laptop", "EYPP used to
 * buy sensory resources"): the fund buys, as "PP+ to buy" does; "Use the bursary to buy" (someone uses it) is not read here.
 */
function fundUsedToBuy(doc: _Doc, k: number): boolean {
  if (wd(doc, k - 1) !== 'to' || wd(doc, k - 2) !== 'used') return false;
  let j = k - 3;
  while (j >= k - 5 && (wd(doc, j) === 'be' || wd(doc, j) === 'will' || wd(doc, j) === 'is' || wd(doc, j) === 'to')) j -= 1;
  return FUND_SUBJECTS.has(wd(doc, wd(doc, j) === '+' ? j - 1 : j));
}

/**
 * Whether what a fund buys, the object after the verb's part at `at`, is named (the labelling guide, Specific rule 4: what a fund
 * buys is provision, not specific; Settled cases, "a one-off thing adults arrange or do for the child": bought once, measurable):
 * a word for anything ({@link GIVEN_GENERIC}) only with a word naming its kind before it ({@link namingWord}: "sensory resources",
 * not "resources", "extra resources", "a range of resources"), and a thing for the setting is still bought once (labels y29-074,
 * y17-243 measurable; t181 of the sixth set not, the one against). Each part of a list is read ("a laptop and resources" names
 * the laptop, as "resources and a laptop" does); "of" after an amount ("a range of") goes on to the thing.
 */
function namedThingBought(doc: _Doc, at: number): boolean {
  let words = 0;
  let anything = false;
  let unnamed = false;
  for (let j = at + 1; j <= at + NOT_DONE_REACH; j++) {
    const x = wd(doc, j);
    const stop = j >= doc.toks.length || (doc.toks[j]?.kind !== 'w' && x !== ',') || (PREPOSITIONS.has(x) && x !== 'of');
    if (stop || x === 'and' || x === ',') {
      if (words > 0 && !anything) return true;
      if (words > 0) unnamed = true;
      if (stop) break;
      words = 0;
      anything = false;
      continue;
    }
    words += 1;
    if (GIVEN_GENERIC.has(x) && !namingWord(doc, j - 1, at)) anything = true;
  }
  return !unnamed;
}

/**
 * Words before a word for anything that name no kind of it (Specific rule 6, placeholders; Measurable rule 6): an amount or a
 * filler ("additional", "extra", "specialist", "all", "lots of", "a range of"), beside {@link OBJECT_LEAD}'s determiners and
 * qualifiers ("more", "further", "appropriate", "some", "any").
 */
const NAMES_NO_KIND = s('additional extra all specialist lots range variety selection number plenty enough whatever various general usual');

/**
 * Whether the word at j, after `after`, names the kind of the word for anything after it ("EAL support", "sensory resources",
 * "speech and language support"): a word of its clause that is not a determiner, an amount or filler ({@link NAMES_NO_KIND},
 * {@link OBJECT_LEAD}), a preposition, a possessive ("Sam's support") nor the setting that gives it ("school support").
 */
function namingWord(doc: _Doc, j: number, after: number): boolean {
  const t = doc.toks[j];
  if (j <= after || t?.kind !== 'w' || doc.clause[j] !== doc.clause[j + 1]) return false;
  const x = wd(doc, j);
  if (OBJECT_LEAD.has(x) || NAMES_NO_KIND.has(x) || PREPOSITIONS.has(x) || _ADULT_SUBJECTS.has(x) || PRONOUNS.has(x)) return false;
  return !/['\u2019]s?$/.test(t.raw) && wd(doc, j + 1) !== "'";
}

/**
 * Whether the thing at `at` is a kind of provision a school subject can name ("Interventions", "Programme", {@link
 * _PROVISION_NOUNS}), not a word for help or anything at all ("Support", "Help", "Strategies", "Things": {@link
 * _GENERIC_OBJECTS}) nor more of it ("More interventions"): those name nothing, with a subject or without (docs/smart.md).
 */
function provisionKind(doc: _Doc, at: number): boolean {
  const x = wd(doc, at);
  return _PROVISION_NOUNS.has(x) && !_GENERIC_OBJECTS.has(x) && wd(doc, at - 1) !== 'more';
}

/**
 * Whether the words from j are "for" and a school subject ("Interventions to be put in place for maths", "Support to be put in
 * place for English"): the subject names which provision is set up, as "EAL support" or "Maths interventions" would (label
 * y37-012 measurable). A person or an occasion after "for" names nothing ("for Sam", "for exams" is the arrangement's use).
 */
function subjectNamedAfter(doc: _Doc, j: number): boolean {
  return wd(doc, j) === 'for' && _SUBJECTS.has(wd(doc, j + 1));
}

/**
 * A thing named and to be done once by adults, at k (the participle after "to be"), or null: "Taxi to be sorted asap", "EP
 * assessment to be requested by SENCo", "Bursary to be applied for by PA" (what {@link passiveDone} reads, there set aside
 * inside a fund's provision), read as {@link _adultOneOff} is: not standing ("Interpreter to be booked for all meetings"), not
 * undone, not a thing no one sees done ("progress to be made").
 */
function passiveOneOff(doc: _Doc, k: number, particle = 0): Span | null {
  // "Tuition in place. Will be reviewed.": "will be" after a thing in place reads as "to be" does.
  const will = wd(doc, k - 2) === 'will' && IN_PLACE_STOPS.has(wd(doc, k - 3));
  // "Amelia's targets will be looked at by the IRO", "Callum's lateness is being looked at by school": the adult named after
  // "by" makes "will be" and "is being" an adult's act as "to be" is ({@link agentAfter}).
  const agent = doc.toks[k - 3]?.kind === 'w' && doc.clause[k - 3] === doc.clause[k] && ((wd(doc, k - 1) === 'be' && wd(doc, k - 2) === 'will') || (wd(doc, k - 1) === 'being' && BE_PRESENT.has(wd(doc, k - 2)))) && agentAfter(doc, k + 1 + particle);
  if (!agent && (wd(doc, k - 1) !== 'be' || (wd(doc, k - 2) !== 'to' && !will))) return null;
  // The thing right before "to", or a heading's before its mark ("Work experience - to be sorted"), or a thing in place.
  const headed = HEADING_MARKS.has(wd(doc, k - 3)) && doc.toks[k - 4]?.kind === 'w' && !will;
  let at = agent ? k - 3 : doc.toks[k - 3]?.kind === 'w' && doc.clause[k - 3] === doc.clause[k] && !will ? k - 3 : headed ? k - 4 : IN_PLACE_STOPS.has(wd(doc, k - 3)) ? thingInPlaceBefore(doc, k - 3) : -1;
  if (at < 0) return null;
  // "Reduced timetable to continue – to be reviewed": the heading's thing goes on; the review after the mark is done once, as
  // "Tutoring to continue weekly - SW to chase" is ({@link standingBeforeInPart}).
  const goesOn = headed && at === k - 4 && GOING_ON_WORDS.has(wd(doc, at)) && wd(doc, at - 1) === 'to' && doc.toks[at - 2]?.kind === 'w';
  if (goesOn) at -= 2;
  // "More homework to be done": a comparative with no figure, as {@link passiveDone} reads it (Measurable rule 6).
  if (isComparative(doc, at - 1)) return null;
  const thing = wd(doc, at);
  // What goes on is a thing adults set up ("Reduced timetable", "Tutoring", "Placement"), not the child ("Sam to continue") nor
  // the child's attendance or conduct ("Good attendance to continue"), read as a heading's thing is ({@link headingNamesThing},
  // its area check; a plan or provision named, {@link PLAN_WORDS}, is set up whatever its area).
  // Claimed is money or a thing (a bursary, a grant, free school meals), not a person: "Sam to be claimed", "Dad to be claimed".
  if (wd(doc, k) === 'claimed' && (nameAlone(doc, at) || CHILD_BEFORE_TO.has(thing) || adultWordAt(doc, at))) return null;
  if (goesOn && !PLAN_WORDS.has(thing) && !GIVEN_PROVISION.has(thing) && (CHILD_WORDS.has(thing) || !headingNamesThing(doc, at))) return null;
  // A thing set up: a word for anything or for provision in general only with a word naming its kind ("EAL support to be put in
  // place"; "More support", "Provision", "Interventions to be put in place" name nothing), and not a practice kept up at home.
  if (particle > 0 && ((SET_UP_UNNAMED.has(thing) && !namingWord(doc, at - 1, -1) && !(provisionKind(doc, at) && subjectNamedAfter(doc, k + 1 + particle + (wd(doc, k) === 'put' ? 1 : 0)))) || keptUpPractice(doc, at))) return null;
  // A word for anything shared once with the adults is a thing handed over when a word names its kind ("Attachment-aware
  // strategies to be shared with all staff", "EP strategies to be shared"), as a report is; "Strategies to be shared" names none.
  const namedShared = wd(doc, k) === 'shared' && namingWord(doc, at - 1, -1);
  if ((MAKE_ABSTRACT.has(thing) && !PLANNED_EVENTS.has(thing)) || _VAGUE_OBJECTS.has(thing) || (_GENERIC_OBJECTS.has(thing) && particle === 0 && !namedShared) || PRONOUNS.has(thing)) return null;
  // Planned or redone, a thing named as a set-up thing is: not provision or work in general, nor anything at all ("Provision",
  // "Interventions", "Lessons", "Work", "Everything to be planned"), read as {@link SET_UP_UNNAMED} reads a thing put in place.
  if (PLANNED_PASSIVE.includes(wd(doc, k)) && (((SET_UP_UNNAMED.has(thing) || GIVEN_PROVISION.has(thing)) && !namingWord(doc, at - 1, -1)) || _RECURRING_OBJECTS.has(thing))) return null;
  const giving = GIVING_PASSIVE.includes(wd(doc, k));
  if (wd(doc, k) === OFFERED && (GIVEN_ONGOING.has(thing) || GIVEN_NOT_THINGS.has(thing) || GIVEN_GENERIC.has(thing))) return null;
  if ((giving || FUNDED.has(wd(doc, k))) && (GIVEN_PROVISION.has(thing) || (giving && (GIVEN_ONGOING.has(thing) || GIVEN_GENERIC.has(thing))))) return null;
  if ((FUNDED.has(wd(doc, k)) || wd(doc, k) === 'paid') && PAID_PEOPLE.has(thing)) return null;
  if (giving && (inSentence(doc, k, TRAVEL_PAID_WORDS, true) || wd(doc, k + 1) === 'from')) return null;
  if (inSentence(doc, k, NOT_DONE, true) || (goesOn ? standingIn(doc, k, false) || standingBeforeInPart(doc, k) : standingIn(doc, k, true))) return null;
  if (wd(doc, k) === 'held' ? !heldOnce(doc, at, k) : wd(doc, k) === 'confirmed' && !confirmedOnce(doc, at)) return null;
  // The evidence is the whole phrase: the thing with the words naming it, to "place" ("EAL support to be put in place").
  let from = at;
  while (particle > 0 && from > 0 && doc.toks[from - 1]?.kind === 'w' && doc.clause[from - 1] === doc.clause[at]) from -= 1;
  return [from, k + 1 + particle + (wd(doc, k) === 'put' ? 1 : 0)];
}

/**
 * Whether the words from j are "by" and an adult ("by the IRO", "by school", "by his PA", "by the head of year"): who does the
 * act, read past a determiner and one word of role before the adult's word ("the virtual school", "his form tutor"). Read by
 * {@link passiveOneOff} for "will be" and "is being" (labels y43-064, y53-097 measurable, none against).
 */
function agentAfter(doc: _Doc, j: number): boolean {
  if (wd(doc, j) !== 'by') return false;
  let a = j + 1;
  if (OBJECT_LEAD.has(wd(doc, a)) || _OWNING_DETERMINERS.has(wd(doc, a))) a += 1;
  for (let m = 0; m < 3 && doc.toks[a]?.kind === 'w' && doc.clause[a] === doc.clause[j]; m++, a++) if (adultWordAt(doc, a) || ADULT_PLACES.has(wd(doc, a))) return true;
  return false;
}

/**
 * Words of {@link MAKE_ABSTRACT} that name an event adults plan when they are the thing of a passive ("Transition to be planned
 * for", "Transition - to be discussed"): a move to a new setting is planned or discussed once, as "visits to be arranged" are (the
 * labelling guide, Settled cases, "a one-off thing adults arrange or do for the child"; labels y30-231, y32-051 and y32-005
 * measurable, none against). "Make the transition" stays abstract.
 */
const PLANNED_EVENTS = s('transition');

/** The words a sentence naming a thing in place may have before "in place" ("Reduced timetable in place."), at most. */
const IN_PLACE_REACH = 4;

/**
 * The thing of a first sentence that only names it in place, before the full stop at `stop` ("Reduced timetable in place. To
 * be reviewed."), or -1: the sentence opens the text, is words only, and ends "in place"; the passive after it acts on that
 * thing as a heading's does ("Reduced timetable - to be reviewed"). The labelling guide, Settled cases, "a one-off thing adults
 * arrange or do for the child".
 */
function thingInPlaceBefore(doc: _Doc, stop: number): number {
  // "in place since September", "in place from January": when it began, read past to "place".
  const end = IN_PLACE_SINCE.has(wd(doc, stop - 2)) && doc.toks[stop - 1]?.kind === 'w' ? stop - 2 : stop;
  if (wd(doc, end - 1) !== 'place' || wd(doc, end - 2) !== 'in' || end - 2 > IN_PLACE_REACH) return -1;
  // A thing said absent is none to review ("No tutoring in place.", "Nothing in place.", "Not yet in place."): the labelling
  // guide, Measurable, "someone could check, at the deadline, whether it happened" needs a thing there. A number names its
  // kind ("1:1 tutoring in place").
  for (let j = 0; j < end - 2; j++) if ((doc.toks[j]?.kind !== 'w' && doc.toks[j]?.kind !== 'n') || NOT_IN_PLACE.has(wd(doc, j))) return -1;
  return end > 2 && doc.toks[end - 3]?.kind === 'w' ? end - 3 : -1;
}
/** Words after "in place" that say when it began ("since September", "from January"), read past by {@link thingInPlaceBefore}. */
const IN_PLACE_SINCE = s('since from');
/** Marks ending a sentence naming a thing in place before its "to be reviewed" ("Tutoring in place. To be reviewed", "…, to be reviewed"). */
const IN_PLACE_STOPS = s('. ,');
/** Words that leave a thing named in place absent or not the thing ("No tutoring", "Nothing", "not yet", "is in place"): the thing must be a noun. */
const NOT_IN_PLACE = s('no not nothing none yet is are was were being been');

/**
 * Words set up that name nothing or provision in general, read only with a word naming their kind before them ({@link
 * namingWord}): the words for anything ({@link _GENERIC_OBJECTS}: "support", "help", "strategies") and "provision",
 * "interventions", "plan", "measures", "arrangements", "things", "everything" (the labelling guide, Specific rule 6: placeholders;
 * Measurable rule 6). "EBSA plan to be put in place" (label y26-053) and "EAL support" (y28-100) are measurable.
 */
const SET_UP_UNNAMED: ReadonlySet<string> = new Set([..._GENERIC_OBJECTS, 'provision', 'intervention', 'interventions', 'plan', 'plans', 'measure', 'measures', 'arrangement', 'arrangements', 'thing', 'things', 'everything', 'something', 'anything']);
/** Words before a practice's head that make it a way of treating the child kept up ("reward chart", "sticker chart"). */
const PRACTICE_KINDS = s('reward rewards merit merits sticker stickers token tokens sanction sanctions');

/**
 * Whether the thing set up at `at` is a practice kept up at home or school, a way of treating the child ({@link GIVEN_ONGOING}:
 * "Routines", "Boundaries", "Bedtime routine"; "Reward chart" by {@link PRACTICE_KINDS}): provision going on, not a one-off act
 * (Measurable rule 6; Bradford Council, SMART Outcomes - Annual Reviews: outcomes are not "Activities").
 */
function keptUpPractice(doc: _Doc, at: number): boolean {
  return GIVEN_ONGOING.has(wd(doc, at)) || (doc.clause[at - 1] === doc.clause[at] && PRACTICE_KINDS.has(wd(doc, at - 1)));
}

/**
 * Participles read as one-off acts with the word after them ("EAL support to be put in place", "Access arrangements to be
 * looked into", "EHCP to be in place by the summer term"): a thing set up once is in place or not at the deadline (the labelling
 * guide, Settled cases, "a one-off thing adults arrange or do for the child": measurable; Measurable: "someone could check, at
 * the deadline, whether it happened"). Read by {@link passiveOneOff}. "Looked at" is read as "looked into" ({@link LOOKED_AT}).
 */
const SET_UP_PASSIVE: ReadonlyMap<string, string> = new Map([['put', 'in'], ['looked', 'into'], ['in', 'place']]);
/**
 * "Access arrangements to be looked at", "Homework - to be looked at": a thing looked at once by adults, read as "looked into"
 * (the settled labels count 4 measurable, y28-152, y32-049, y38-174, y40-139, against 1 not, y27-194; the majority and the
 * row "a one-off thing adults arrange or do for the child" agree).
 */
const LOOKED_AT = 'at';
/** Words after "looked at" that keep it a look taken now: who looks and by when ("by the SENCo", "asap", "before the mocks"). */
const LOOKED_AT_AFTER = s('by asap before');

/**
 * Whether "looked at" ends at j its clause or goes on only with who looks or by when: a look put off to a stage to come ("to be
 * looked at in Year 6") is a thing to consider then, not done by the deadline (label y27-194 not measurable).
 */
function lookedAtNow(doc: _Doc, j: number): boolean {
  return doc.toks[j]?.kind !== 'w' || LOOKED_AT_AFTER.has(wd(doc, j));
}
/** Words after "<thing> to start" that say when ("after Easter", "in September", "this term", "asap"), read as the clause's end. */
const START_WHEN = s('after in on from by before this next asap soon when once');

/**
 * A thing adults set going, at k ("start", "begin"), or null: "Travel training to start.", "Traineeship - to start after
 * Easter", "Tutoring to begin in March": a start is one event, seen or not by the deadline (the labelling guide, Settled cases,
 * "a one-off thing adults arrange or do for the child"; Measurable rule 5, a one-off event). Not the child starting ("Ali to
 * start school", {@link _childBeforeTo}), nor what the start goes on to ("to start revising": the verb after it is the act), nor
 * standing or undone ({@link passiveOneOff}'s checks). Not specific: read only for measurable, after the anchors.
 */
function thingStarts(doc: _Doc, k: number): Span | null {
  if (wd(doc, k - 1) !== 'to') return null;
  // "Tutoring is to start": the subject is before "is" ("Sam is to start" is the child, "The plan is to start" names nothing).
  const s0 = wd(doc, k - 2) === 'is' || wd(doc, k - 2) === 'are' ? k - 3 : k - 2;
  const at = doc.toks[s0]?.kind === 'w' && doc.clause[s0] === doc.clause[k] ? s0 : s0 === k - 2 && HEADING_MARKS.has(wd(doc, k - 2)) && doc.toks[k - 3]?.kind === 'w' ? k - 3 : -1;
  if (at < 0) return null;
  const thing = wd(doc, at);
  // A word of provision or of sessions opening the text ("Tutoring to start.", "Lessons to begin.") is no child's name.
  const child = _childBeforeTo(doc, s0 + 1) && !_PROVISION_NOUNS.has(thing) && !_SESSION_NOUNS.has(thing);
  if (child || _ADULT_SUBJECTS.has(thing) || ADULTS_BY_ROLE.has(thing) || (SET_UP_UNNAMED.has(thing) && !namingWord(doc, at - 1, -1))) return null;
  if (MAKE_ABSTRACT.has(thing) || _VAGUE_OBJECTS.has(thing) || _GENERIC_OBJECTS.has(thing) || PRONOUNS.has(thing) || CHILD_PRONOUN_SUBJECTS.has(thing)) return null;
  const next = doc.toks[k + 1];
  // "Lessons to start on time": punctuality, not a start.
  if (wd(doc, k + 1) === 'on' && wd(doc, k + 2) === 'time') return null;
  if (!(next === undefined || (next.kind === 'p' && wd(doc, k + 1) !== '?') || START_WHEN.has(wd(doc, k + 1)))) return null;
  return inSentence(doc, k, NOT_DONE, true) || standingIn(doc, k, true) ? null : [at, k + 1];
}
/** Pronouns that are the child as a subject ("He to start", "she", "I"). */
const CHILD_PRONOUN_SUBJECTS = s('he she they i we you');

/** Services a child is referred to, by their first word and the second when there is one ("Early Help", "school nurse"). */
const SERVICES = new Map([['camhs', ''], ['ep', ''], ['salt', ''], ['paediatrician', ''], ['educational', 'psychologist'], ['early', 'help'], ['school', 'nurse']]);
/**
 * The service or specialism that makes a child's assessment, named right before it ("an EP assessment", "a SALT assessment", "a
 * dyslexia assessment", "a hearing assessment"): a service of one word a child is referred to ({@link SERVICES}) or the field the
 * check is in (SEND Code of Practice 0-25 (2015), 6.28-6.35, the four broad areas of need and the specialists who assess them).
 */
const CHECK_KINDS: ReadonlySet<string> = new Set([
  ...[...SERVICES].filter(([, second]) => second === '').map(([first]) => first),
  ...s('ot paediatric psychology psychological psych cognitive dyslexia dyscalculia dyspraxia hearing sight vision eye sensory asd asc autism adhd fasd speech language health medical physio physiotherapy occupational neurodevelopmental'),
]);

/**
 * An adult ({@link adultDoes}) referring the child to a service ({@link SERVICES}), at k ("refer"), or null: "SW to refer to
 * CAMHS", "School to refer Sam to the EP", "SW to refer to the school nurse"; not a thing looked at ("Teacher to refer to
 * the Success Criteria", in capitals or not), nor the child referring ("Sam to refer to his word mat"), nor in a sentence
 * with a word of {@link NOT_DONE}.
 */
function adultRefers(doc: _Doc, k: number): Span | null {
  const to = wd(doc, k + 1) === 'to' ? k + 1 : k + 2;
  const at = wd(doc, to + 1) === 'the' || wd(doc, to + 1) === 'an' ? to + 2 : to + 1;
  const second = SERVICES.get(wd(doc, at));
  const last = second === '' ? at : at + 1;
  const named = second !== undefined && (second === '' || wd(doc, last) === second);
  // A body named by its own name ("PA to refer to Prince's Trust", "SW to refer to Kooth"): a service too, not a thing looked
  // at ("refer to the Success Criteria").
  const byName = !named && (at === to + 1 || wd(doc, at - 1) === 'the') && (ownName(doc, at) || _AGENCIES.has(wd(doc, at)));
  const end = byName ? nameEnd(doc, at) : last + 1;
  // The name ends the adult's part, or only a deadline follows it ("… to Prince's Trust by Easter"): not a thing used ("to
  // Maths Mastery resources every lesson") nor anyone's own thing ("to Sam's timetable"); and it names a body ({@link bodyNamed}).
  const own = byName && (doc.toks[end]?.kind !== 'w' || doc.used[end] === 1 || wd(doc, end) === 'asap') && bodyNamed(doc, at, end);
  return adultDoes(doc, k) && wd(doc, to) === 'to' && (named || own) && !inSentence(doc, k, NOT_DONE, true) ? [k, end] : null;
}

/** Charities named in words none of which is a body's ({@link _BODY_NAME_ENDS}): "Action for Children". */
const BODIES_NAMED_OTHERWISE: ReadonlySet<string> = new Set(['action for children']);

/**
 * Whether the name from a to e names a body a child is referred to: a service or charity of one word ({@link _AGENCIES}:
 * "Kooth", "Barnardo's"), or a name of several words ending in a body's word ({@link _BODY_NAME_ENDS}: "Prince's Trust", "the
 * Youth Offending Team") or named so ({@link BODIES_NAMED_OTHERWISE}). Not a person ("refer to Sam", "to Mum") nor a resource or
 * scheme ("refer to Numicon", "to Read Write Inc."): referring to those is using them (the labelling guide, Measurable rule 6).
 */
function bodyNamed(doc: _Doc, a: number, e: number): boolean {
  if (e - a === 1) return _AGENCIES.has(wd(doc, a)) || _AGENCIES.has((doc.toks[a]?.raw ?? '').toLowerCase().replace('\u2019', "'"));
  if (/['\u2019]s?$/.test(doc.toks[e - 1]?.raw ?? '')) return false;
  const words: string[] = [];
  for (let j = a; j < e; j += 1) words.push(wd(doc, j));
  return _BODY_NAME_ENDS.has(wd(doc, e - 1)) || BODIES_NAMED_OTHERWISE.has(words.join(' '));
}

/** Whether the word at j is a name of its own, capitalised in a text not written all in capitals, not a word for the child or a pronoun. */
function ownName(doc: _Doc, j: number): boolean {
  const raw = doc.toks[j]?.raw ?? '';
  return doc.toks[j]?.kind === 'w' && _capitalised(raw) && raw !== raw.toUpperCase() && !PRONOUNS.has(wd(doc, j)) && !CHILD_WORDS.has(wd(doc, j)) && doc.toks.some((t) => t.kind === 'w' && t.raw === t.raw.toLowerCase());
}

/**
 * The end of a name of its own opening at j: its capitalised words in the clause ("Prince's Trust", "Youth Offending Team"), "for"
 * or "of" between two ("Action for Children").
 */
function nameEnd(doc: _Doc, j: number): number {
  let e = j + 1;
  const capital = (i: number): boolean => doc.toks[i]?.kind === 'w' && doc.clause[i] === doc.clause[j] && _capitalised(doc.toks[i]?.raw ?? '');
  while (e < doc.toks.length && (capital(e) || ((wd(doc, e) === 'for' || wd(doc, e) === 'of') && capital(e + 1)))) e += 1;
  return e;
}

/**
 * A count of sessions the child attends, at k ("attend"), or null: "Priya will attend 5 sessions of counselling", "attend
 * six sessions", "attend 95%+" (Settled cases: a stated rate of attending still measures). Not an adult attending ("Carer
 * to attend 3 meetings", provision given), nor a format ("attend 1:1 counselling").
 */
function sessionsCounted(doc: _Doc, k: number, given: (k: number) => boolean): Span | null {
  if (given(k)) return null;
  const t = doc.toks[k + 1];
  // A rate ("attend 95%+"): how much of the child's time is attended.
  if (t?.kind === 'n' && t.suffix === '%') return [k, k + 2];
  const counted = t?.kind === 'n' || _NUMBER_WORDS.has(wd(doc, k + 1));
  return counted && _SESSION_NOUNS.has(wd(doc, k + 2)) ? [k, k + 3] : occasionsCounted(doc, k);
}

/** Words straight after a number that make it a clock time ("2 o'clock", "3 pm"). */
const CLOCK_AFTER = s("o'clock oclock o pm am p.m. a.m. p.m a.m");
/** Occasions the child goes to, counted ({@link occasionsCounted}): sessions, lessons and classes, appointments and visits. */
const COUNTED_OCCASIONS: ReadonlySet<string> = new Set([..._SESSION_NOUNS, ...s('appointment appointments visit visits')]);
/** Describing words read over between the count and its occasions, at most ("6 orthodontic appointments", "6 ELSA counselling sessions"). */
const OCCASION_WORDS = 2;

/**
 * A count of occasions the child goes to, after the verb of going ending at k ("attend", "go to"), or null: an owner or "all"
 * before the count at most, then at most {@link OCCASION_WORDS} describing words before the occasions ("attend 3 orthodontic
 * appointments this term", "go to his 6 CAMHS appointments", "attend 6 counselling sessions"). Each one is gone to or missed,
 * counted from the record at the deadline (the labelling guide, Measurable rule 5: "will have had 3 visits to his new class";
 * development labels of a count of sessions, appointments or visits gone to: 51 measurable to 0). Not an adult going
 * ({@link adultDoes}: "Carer to attend 3 appointments"), a format or a time ("1:1 sessions", "3:30 sessions"), nor occasions
 * with no count ("attend his CAMHS appointments": {@link appointmentsKept}; "go to counselling sessions": Measurable rule 5).
 */
function occasionsCounted(doc: _Doc, k: number): Span | null {
  if (adultDoes(doc, k - (wd(doc, k) === 'to' ? 1 : 0))) return null;
  let j = k + 1;
  // An owner or "all" read over ("his 6 CAMHS appointments", "all 6 sessions").
  if (_CHILD_POSSESSIVES.has(wd(doc, j)) || wd(doc, j) === 'all') j += 1;
  const t = doc.toks[j];
  if (!(t?.kind === 'n' ? t.sep === '' && t.prefix === '' && t.suffix === '' : _NUMBER_WORDS.has(wd(doc, j)))) return null;
  // A clock time is no count of occasions ("her 2 o'clock appointments", "his 3 pm sessions").
  if (CLOCK_AFTER.has(wd(doc, j + 1))) return null;
  for (let e = j + 1; e <= j + 1 + OCCASION_WORDS && doc.toks[e]?.kind === 'w' && doc.clause[e] === doc.clause[k]; e++) {
    if (COUNTED_OCCASIONS.has(wd(doc, e))) return [k, e + 1];
  }
  return null;
}

/**
 * Health checks a child goes to, by their first word ("dentist", "dental check-up", "optician", "eye test", "review health
 * assessment", "hearing test"): a named appointment is kept or not, seen on the day.
 */
const HEALTH_PLACES = s('dentist dentists optician opticians');
/**
 * Services a child is seen at, reached by an adult ("Carer to ring the dentist", "phone the GP", "SW to contact CAMHS", "contact
 * the school nurse", "the audiology clinic"): a thing arranged for the child, not the adults' talk alone (the labelling guide,
 * Settled cases, "a one-off thing adults arrange or do for the child"). The health checks ({@link HEALTH_PLACES}), the services
 * a child is referred to ({@link SERVICES}, their last word: "CAMHS", "nurse", "psychologist"), and health services, clinics and
 * therapists. Not a school or college, nor a person of the family ("contact the college", "phone dad": talk).
 */
const SEEN_AT: ReadonlySet<string> = new Set([
  ...HEALTH_PLACES,
  ...[...SERVICES].map(([first, second]) => second === '' ? first : second).filter((w) => w !== 'help'),
  ...'gp doctor doctors surgery hospital clinic clinics orthodontist orthodontists audiology audiologist optometrist ophthalmology paediatrics physio physiotherapist physiotherapy therapist therapists ot'.split(' '),
]);
/** The first word of a health check named with its noun after it ({@link HEALTH_CHECK_NOUNS}): "dental check", "eye test". */
const HEALTH_FIRSTS = s('dental eye hearing health');
const HEALTH_CHECK_NOUNS = s('check check-up appointment appointments test assessment');
/** A level of an award ("DofE Bronze", "Bronze Arts Award"), and the names of awards with such levels (not "award" alone). */
const AWARD_LEVELS = s('bronze silver gold');
const AWARD_NAMES = s('dofe duke edinburgh arts asdan');
/** {@link AWARD_LEVELS} as a second-word flag: a reading tried at every word of a fragment asks one array. */
const F2_AWARD_LEVEL = _wordFlag2(AWARD_LEVELS);
/**
 * Whether the word at k is an award's level next to the award's name ("DofE - Bronze award", "DofE Silver", "Duke of
 * Edinburgh Bronze", "DofE - Bronze."): the qualification named (the labelling guide, Specific: "the particular skill, knowledge, behaviour,
 * task or qualification the child will achieve") and a thing done once (Measurable rule 5); "Duke of Edinburgh" alone names no level,
 * and "award" alone names no award ("Gold award on the class reward chart": a school's reward, no skill named).
 * @example
 * _awardLevelAt(doc('DofE - Bronze award'), 2); // true
 */
export function _awardLevelAt(doc: _Doc, k: number): boolean {
  if (!_flag2At(doc, k, F2_AWARD_LEVEL)) return false;
  // The name may head the level across a heading's mark ("DofE - Bronze.", "DofE: Silver", "Arts Award - Gold").
  let before = wd(doc, k - 1) === '-' || wd(doc, k - 1) === ':' ? k - 2 : k - 1;
  if (wd(doc, before) === 'award') before -= 1;
  return AWARD_NAMES.has(wd(doc, k + 1)) || AWARD_NAMES.has(wd(doc, before));
}

/** What is done once to a CV ("CV - to update with PA", "CV finished and uploaded"). */
const CV_DONE: ReadonlySet<string> = new Set([...DONE_BY, 'update', 'updated', 'finish', 'upload', 'write', 'complete']);

/** The words a done-or-not reading ({@link doneOnce}) starts at. */
const DONE_ONCE_WORDS: ReadonlySet<string> = new Set([...HEALTH_PLACES, ...HEALTH_FIRSTS, ...AWARD_LEVELS, 'apply', 'squad', 'team', 'cv']);
/** Plans named by their initials ("EHCP", "IEP"): named alone, a heading's placeholder. */
const HELD_PLAN_NAMES = s('ehcp ehcps iep ieps');
/**
 * Words for anything or for a check, measured only with a word naming their kind ("sensory resources", "an EP assessment",
 * "a dyslexia screening assessment"): "resources" of {@link _GENERIC_OBJECTS}, "assessment" of {@link _ASSESSMENTS}.
 */
const NAMED_FUND_THINGS: ReadonlySet<string> = new Set([..._GENERIC_OBJECTS, ..._ASSESSMENTS].filter((w) => w === 'resources' || w.startsWith('assessment')));
/**
 * Things a fund buys once, named with the fund ({@link fundThing}): the devices held ({@link HELD_THINGS}) and the resources
 * bought for the child ({@link _RESOURCES}: a laptop, a bike, a dictionary), a subscription, named resources or an assessment
 * ({@link NAMED_FUND_THINGS}). Not a plan ("PP+ - EHCP": no thing bought) nor a person or exam provision ("PP+ £200 for a
 * scribe", "a reader", "access arrangements": Measurable rule 6, provision).
 */
const FUND_THINGS: ReadonlySet<string> = new Set(
  [...HELD_THINGS, ..._RESOURCES, ...NAMED_FUND_THINGS, 'bikes', 'subscription', 'subscriptions'].filter((w) => !HELD_PLAN_NAMES.has(w) && w !== 'scribe' && w !== 'reader' && w !== 'arrangements'),
);
/** Every word {@link _arrangedEvent} reads a one-off thing at (the others are passed over with one look-up). */
const ARRANGED_EVENT_WORDS: ReadonlySet<string> = new Set([
  'referral', 'referrals', 'book', 'arrange', 'refer', 'attend', 'join', 'referred', 'seen', 'entered', 'given', 'considered', ..._CHECK_PARTICIPLES, ...DONE_ONCE_WORDS, ...ONE_OFF_ACTS, ...ONE_OFF_PASSIVE, ...SET_UP_PASSIVE.keys(), 'start', 'begin',
  ...FUND_THINGS, 'arrangements', 'help', 'support', ...CHECKS_HAD, KIND_CHECK, 'asap', ...IN_HAND, 'update', 'do', 'ahead', 'ensure',
]);
/** The word flag of {@link ARRANGED_EVENT_WORDS}. */
const F_ARRANGED_EVENT = _wordFlag2(ARRANGED_EVENT_WORDS);

/** Words after "for" in a heading of a thing held, at most ("Laptop for homework."). */
const HELD_FOR_REACH = 3;

/**
 * A thing the child is to have, named alone as the text's heading, at k, or null: a device or plan of {@link HELD_THINGS}
 * opening the text ("Laptop for homework.", "Laptop. Tutor. Revision guides.") or exam access arrangements ("Exam access
 * arrangements"; JCQ, "Access Arrangements and Reasonable Adjustments"), its first sentence nothing more than the thing and
 * what it is for (not only the child it goes to). In place or not at the deadline, as "have a laptop" is (the labelling guide, Settled cases, "a one-off thing
 * adults arrange or do for the child": measurable; Measurable rule 5). Not a thing done to ("Laptop purchased. Met."), nor a
 * fund's request ("PP+ for a laptop": left, the settled labels split on it), nor the thing inside a longer sentence.
 */
function heldHeading(doc: _Doc, k: number): Span | null {
  const x = wd(doc, k);
  if (x !== 'arrangements' && !HELD_THINGS.has(x)) return null;
  // The heading opens the text, an article or describing word before the thing at most ("A laptop for homework.", "New laptop").
  const opens = k === 0 || (k === 1 && OBJECT_LEAD.has(wd(doc, 0))) || fundHeadingBefore(doc, k);
  const first = x === 'arrangements' ? (wd(doc, k - 1) === 'access' && (k === 1 || (k === 2 && wd(doc, 0) === 'exam')) ? 0 : -1) : opens ? 0 : -1;
  if (first < 0) return null;
  let end = k + 1;
  // "EHCP." alone: a plan named alone is the heading's placeholder, nothing to check (Specific rule 6).
  if (HELD_PLAN_NAMES.has(x) && doc.toks[end]?.kind !== 'w' && !HEADING_MARKS.has(wd(doc, end))) return null;
  // "Laptop - for homework.", "Laptop: for homework.": the heading's mark before what it is for.
  if (HEADING_MARKS.has(wd(doc, end)) && wd(doc, end + 1) === 'for') end += 1;
  if (wd(doc, end) === 'for') {
    if (forTheChild(doc, end + 1)) return null;
    const at = end;
    end += 1;
    while (end <= at + HELD_FOR_REACH && doc.toks[end]?.kind === 'w') end += 1;
  }
  const next = doc.toks[end];
  // The heading ends the text, its sentence or a table's cell ("PP+ - laptop | DT": the next cell says who), as "CV to do | DT" does.
  return next === undefined || (next.kind === 'p' && (wd(doc, end) === '.' || wd(doc, end) === '|')) ? [first, end] : null;
}

/** The words of a list after a fund's heading, at most ("PP+ - revision guides and a laptop"). */
const FUND_LIST_WORDS = 6;

/**
 * Whether the thing at k is in a list that follows a fund's heading opening the text ("Pupil Premium Plus – laptop", "PP+ -
 * revision guides and a laptop."): the fund names who pays, the list what is bought once, in place or not at the deadline, as
 * the thing named alone is (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child"; labels
 * y45-125, y46-158 measurable). Not when the list names provision or sessions ("PP+ - tuition and a laptop": Measurable rule
 * 6, a quantity of provision), nor a fund's request or bid ("PP+ bid: laptop"), nor more words than a list has.
 */
function fundHeadingBefore(doc: _Doc, k: number): boolean {
  let m = k - 1;
  while (m > 0 && doc.toks[m]?.kind === 'w' && k - m <= FUND_LIST_WORDS) {
    const y = wd(doc, m);
    if (BOUGHT_PROVISION.has(y) || GIVEN_PROVISION.has(y) || _GENERIC_OBJECTS.has(y)) return false;
    m -= 1;
  }
  // The fund's heading opens the text, as {@link fundOrSumAt} reads it for a fund's thing.
  return m >= 1 && FUND_MARKS.has(wd(doc, m)) && fundOrSumAt(doc, m - 1, true) && !sumAt(doc, m - 1) && !FUND_ASKED.has(wd(doc, m - 1));
}

/**
 * A thing a fund or a named sum buys once for the child, at k (the thing), or null (the labelling guide, Settled cases, "a
 * one-off thing adults arrange or do for the child": not specific, Specific rule 4; measurable, "someone can check it was
 * done"): the thing ({@link FUND_THINGS}, or a word for anything with a word naming its kind, "sensory resources", "a speech
 * and language assessment") after the fund's heading or its sum and "for", a mark or the sum itself ("PP+ bid: £700 for a
 * laptop to support learning at home", "PP+: laptop + Seneca subscription", "£150 – TTRS subscription", "PP+ £300 for sensory
 * resources"), after "<fund> to be used for" ({@link fundUsedFor}), after an adult who uses the fund to buy it ("Nursery to use
 * EYPP to buy …", {@link adultUsesFund}) or got "from" the fund or with it in brackets ("Grace to get a new bike from PP+",
 * {@link fundNoteAfter}). Labels of the form: 11
 * measurable against 4 older (v166, y9-089, y9-216, y10-246; the notes of y31-152 and y25-049 put the row first). Not: provision, people or
 * travel anywhere in the sentence ({@link FUND_NOT_THINGS}: "PP+ £300 - tablet and tuition", Measurable rule 6), a fund someone
 * uses with no adult ("Use the bursary to buy …"), a thing left undone ({@link NOT_DONE}, "?"), nor a text that states an
 * outcome that did not measure (`stated`: "Expected outcome: improved outcomes", labels y34-246, y43-075, y31-121), or reports
 * money spent or the thing done ("PP+ impact report: £450 spent on a tablet", "PP+ £400 for a laptop - done"), nor a thing
 * before the child's own "will" ("…; Sam will feel more confident"). Nor the child's change about the thing (a preposition in
 * its phrase, a comparative after "get": "get better at using her laptop (PP+)"), a price inside a sentence ("her £100 bike"),
 * a wish or a question ({@link wishedOrAsked}). A deadline after the thing ("… by Easter") measures as the bare thing does.
 */
function fundThing(doc: _Doc, k: number, stated: (k: number) => boolean): Span | null {
  const x = wd(doc, k);
  if (NAMED_FUND_THINGS.has(x) && !namingWord(doc, k - 1, -1)) return null;
  // The thing heads its phrase ("a laptop bag" is another thing): a mark, the text's end, or a word that is no noun follows.
  const after = wd(doc, k + 1);
  if (doc.toks[k + 1]?.kind === 'w' && !PREPOSITIONS.has(after) && !THING_FOLLOWS.has(after)) return null;
  // Back over the thing's phrase and the list it stands in, to what leads it.
  let m = k - 1;
  let across = false;
  for (; m >= 0 && k - m <= FUND_LIST_WORDS && (doc.toks[m]?.kind === 'w' || wd(doc, m) === '+' || wd(doc, m) === ',') && !FUND_LEADS.has(wd(doc, m)) && !FUND_SUBJECTS.has(wd(doc, m)) && !(wd(doc, m) === '+' && wd(doc, m - 1) === 'pp'); m--) {
    // A preposition inside the phrase: the thing is not what is got ("get better at using her laptop", "fewer arguments about the tablet"), but "access to".
    if (FUND_ACROSS.has(wd(doc, m)) && !(wd(doc, m) === 'to' && wd(doc, m - 1) === 'access')) across = true;
  }
  const lead = wd(doc, m);
  const bought =
    across ? false
    : (lead === 'for' || lead === 'towards') ? fundOrSumAt(doc, m - 1, true) || fundUsedFor(doc, m)
    : FUND_MARKS.has(lead) ? fundOrSumAt(doc, m - 1, true)
    // A sum right before the thing opens its part ("£150 TTRS subscription"), not a price inside a sentence ("proud of her £100 bike").
    : doc.toks[m]?.kind === 'n' ? fundOrSumAt(doc, m, true)
    : lead === 'buy' ? adultUsesFund(doc, m)
    // A comparative after "get" or "have" is the child's change ("get better at …", "have fewer arguments …"), not a thing got.
    : lead === 'get' || lead === 'have' ? !FUND_CHANGE.has(wd(doc, m + 1)) && (((after === 'from' || after === 'through') && fundOrSumAt(doc, wd(doc, k + 2) === 'the' ? k + 3 : k + 2, false)) || fundNoteAfter(doc, k))
    : false;
  if (!bought || provisionBought(doc, k) || inSentence(doc, k, NOT_DONE, true) || askedAfter(doc, k) || wishedOrAsked(doc, m) || stated(k)) return null;
  return [m < 0 ? 0 : m, k + 1];
}

/**
 * Whether a fund or a named sum ends at j, opening its part (`opening`: only fund words, marks, a sum and a request's word
 * before it, as "PP+ for EY — £300", "PP+ bid: £700", "PP+ / bursary"): "£300", "PP+", "EYPP", "the bursary", "PP+ request".
 */
function fundOrSumAt(doc: _Doc, j: number, opening: boolean): boolean {
  const asked = FUND_ASKED.has(wd(doc, j)) ? j - 1 : j;
  // "Pupil Premium Plus": the fund's name before "plus".
  const at = wd(doc, asked) === 'plus' && wd(doc, asked - 1) === 'premium' ? asked - 1 : asked;
  const ends = sumAt(doc, at) || FUND_SUBJECTS.has(wd(doc, at)) || (wd(doc, at) === '+' && wd(doc, at - 1) === 'pp');
  if (!ends || !opening) return ends;
  for (let i = at - 1; i >= 0 && !endAt(doc, i); i--) {
    if (at - i > FUND_OPENING_WORDS) return false;
    const y = wd(doc, i);
    if (doc.toks[i]?.kind === 'w' ? !FUND_SUBJECTS.has(y) && !FUND_HEADING_WORDS_SET.has(y) : doc.toks[i]?.kind === 'n' ? !sumAt(doc, i) : false) return false;
  }
  return true;
}

/**
 * Whether k's sentence names provision, sessions, people paid or travel ({@link FUND_NOT_THINGS}) within {@link NOT_DONE_REACH}
 * either side: what the fund buys is then provision (Measurable rule 6). A verb after "to" is the thing's purpose, not bought
 * ("for a laptop to support learning at home").
 */
function provisionBought(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) if (paidFor(doc, j)) return true;
  for (let j = k - 1; j >= 0 && j >= k - NOT_DONE_REACH && !endAt(doc, j); j--) if (paidFor(doc, j)) return true;
  return false;
}

/** Whether the word at j is provision paid for ({@link provisionBought}): not a verb after "to", nor a word naming the thing after it ("an occupational therapy assessment"). */
function paidFor(doc: _Doc, j: number): boolean {
  return FUND_NOT_THINGS.has(wd(doc, j)) && wd(doc, j - 1) !== 'to' && !FUND_THINGS.has(wd(doc, j + 1));
}

/**
 * Whether a fund in brackets follows the thing at k in its sentence, within {@link NOT_DONE_REACH} tokens ("Amir to have access
 * to a laptop at home (PP+)"): the fund pays for the thing the child gets, bought once (label y26-142; "Jake to have access to a
 * laptop in lessons", no fund named, stays provision).
 */
function fundNoteAfter(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH && !endAt(doc, j); j++) if (wd(doc, j) === '(' && FUND_SUBJECTS.has(wd(doc, j + 1))) return true;
  return false;
}

/** Whether a question mark ends k's sentence within {@link NOT_DONE_REACH} tokens ("PP+ bid: £400 for a laptop?"): asked, not decided. */
function askedAfter(doc: _Doc, k: number): boolean {
  for (let j = k + 1; j < doc.toks.length && j <= k + NOT_DONE_REACH; j++) if (wd(doc, j) === '?' || endAt(doc, j)) return wd(doc, j) === '?';
  return false;
}

/** Whether a sum of money ends at j ("£300": the pound sign, then its number). */
function sumAt(doc: _Doc, j: number): boolean {
  return doc.toks[j]?.kind === 'n' && wd(doc, j - 1) === '£';
}

/** Whether "for" at m follows "<fund> to be used" or "<fund> will be used" ("EYPP to be used for a speech and language assessment"). */
function fundUsedFor(doc: _Doc, m: number): boolean {
  if (wd(doc, m - 1) !== 'used' || wd(doc, m - 2) !== 'be') return false;
  const aux = wd(doc, m - 3);
  return (aux === 'to' || aux === 'will') && fundOrSumAt(doc, m - 4, false);
}

/**
 * Whether "buy" at m is an adult's, who uses a fund to buy ("Nursery to use EYPP to buy sensory resources", "School to use the
 * PP+ to buy …"): the adult buys once, as "PP+ to buy" does; with no adult ("Use the bursary to buy a bike") the child may be the
 * one who uses it, not read.
 */
function adultUsesFund(doc: _Doc, m: number): boolean {
  if (wd(doc, m - 1) !== 'to') return false;
  let f = m - 2;
  if (!fundOrSumAt(doc, f, false)) return false;
  f = wd(doc, f) === '+' ? f - 2 : f - 1;
  if (wd(doc, f) === 'the') f -= 1;
  return FUND_USED.has(wd(doc, f)) && (wd(doc, f - 1) === 'to' || wd(doc, f - 1) === 'will') && (_ADULT_SUBJECTS.has(wd(doc, f - 2)) || _ADULT_JOBS.has(wd(doc, f - 2)));
}

/**
 * Where the text states an outcome or reports the thing bought, read once a text for {@link fundThing}: the text's length
 * (every thing before it) when a word of an outcome or of money spent is in it ({@link STATED_WORDS}), or the thing reported
 * done ({@link FUND_DONE}: "PP+ £400 for a laptop - done", "(bought Dec 24)", "(already has one)"; not "to be purchased by
 * Feb half term"); else the last "will", if the child's ("PP+ £300 for a laptop; Sam will feel more confident": the child's outcome
 * decides, as "Expected outcome: …" does, and a thing before it is not read); else -1.
 */
function outcomeStated(doc: _Doc): number {
  doc.ops.n += doc.toks.length;
  let will = -1;
  for (let j = 0; j < doc.toks.length; j++) {
    const y = wd(doc, j);
    if (STATED_WORDS.has(y) || (FUND_DONE.has(y) && wd(doc, j - 1) !== 'be')) return doc.toks.length;
    if (y === 'will' && j > 0) will = j;
  }
  // One child's "will" read at most (the last), so the text is read once.
  return will > 0 && childBeforeAux(doc, will) ? will : -1;
}

/**
 * Whether the sentence before m wishes for the thing or asks about it: a wish ({@link _WISHING}, "wants", "would like": "Mum
 * wants to get a bike from PP+") or a question opened with a modal and no question mark ("Should we get a laptop from PP+").
 * Read back within {@link NOT_DONE_REACH} tokens.
 */
function wishedOrAsked(doc: _Doc, m: number): boolean {
  let j = m - 1;
  for (; j >= 0 && j >= m - NOT_DONE_REACH && !endAt(doc, j); j--) {
    const y = wd(doc, j);
    if (_WISHING_FORMS.has(y)) return true;
  }
  return (j < 0 || endAt(doc, j)) && FUND_QUESTION_OPENERS.has(wd(doc, j + 1));
}

/** Words after a thing that show it heads its phrase ("laptop + Seneca subscription", "a laptop so she can …", "laptop and …", a deadline "by Easter"). */
const THING_FOLLOWS = s('and so or by before until');
/** Words that lead a thing a fund buys, where the walk back over its phrase stops ({@link fundThing}). */
const FUND_LEADS: ReadonlySet<string> = new Set(['for', 'towards', 'buy', 'get', 'have', ..._HEADING_OR_CELL_MARKS]);
/** The marks a fund's heading or a table row's cell ends with before the thing ("PP+ – laptop", "PP+ | Laptop | £450"). */
const FUND_MARKS = _HEADING_OR_CELL_MARKS;
/** Prepositions inside a thing's phrase that make it no thing got ({@link fundThing}: "better at using her laptop", "arguments over the tablet"). */
const FUND_ACROSS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'over', 'around', 'without']);
/** Comparatives after "get" or "have" ({@link COMPARATORS}, "better", "worse"): the child's change, not a thing got. */
const FUND_CHANGE: ReadonlySet<string> = new Set([...COMPARATORS, 'better', 'worse']);
/** Things reported bought: done, not to do (treated as money reported spent, {@link outcomeStated}). */
const FUND_DONE = s('done bought purchased delivered ordered received already');
/** Modals that open a question ("Should we get a laptop from PP+ for Ava"): asked, not decided ({@link wishedOrAsked}). */
const FUND_QUESTION_OPENERS = s('should could can shall would do does is are');
/** A fund's request or bid after its name ("PP+ request: laptop", "PP+ bid: £700 for …"). */
const FUND_ASKED = s('request requested bid');
/** Words a fund's heading may hold before its sum or thing ("Pupil Premium Plus", "PP+ for EY", "Early Years PP"). */
const FUND_HEADING_WORDS_SET: ReadonlySet<string> = new Set([...FUND_ASKED, ...s('pupil plus for from ey early years post 16 post-16 and or the')]);
/** Tokens read back over a fund's heading at most ({@link fundOrSumAt}). */
const FUND_OPENING_WORDS = 8;
/** What a fund buys that is no thing bought once: provision, sessions, people paid, travel (Measurable rule 6; labels v054, y10-176, y14-213). */
const FUND_NOT_THINGS: ReadonlySet<string> = new Set([...[...BOUGHT_PROVISION].filter((w) => w !== 'subscription'), ...GIVEN_PROVISION, ...PAID_PEOPLE, ...TRAVEL_PAID, 'volunteer', 'mentor', 'trip', 'trips']);
/** Words of an outcome stated, or of money reported spent, in the text: its outcome decides, not the thing bought ({@link fundThing}). */
const STATED_WORDS = s('outcome outcomes target targets aim aims success impact spent report');

/** Pronouns of the child a thing goes to ("Laptop for him."), ending the heading. */
const CHILD_PRONOUNS = s('him her them');

/**
 * Whether the word at j, after "for" in a heading of a thing held, is only the child it goes to: "Tablet for Bailey." (labels
 * y12-161; the test of Measurable rule 5 in measurableMissed.test.ts), "Tablet for JOSH", "Laptop for him." (a line of a
 * provision list, not measurable). Not what it is for: a subject, exam or plan ("for GCSE coursework", "for EHCP"), an app or
 * programme or a thing of the child's work ({@link _CONCRETE}: "for Nessy"), nor a word before a task noun ("for Sparx homework").
 */
function forTheChild(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  const raw = doc.toks[j]?.raw ?? '';
  const last = doc.toks[j + 1]?.kind !== 'w';
  if (CHILD_PRONOUNS.has(y)) return last;
  if (doc.toks[j]?.kind !== 'w' || !_capitalised(raw) || _SUBJECTS.has(y) || _CONCRETE.has(y) || EXAM_WORDS.has(y) || HELD_THINGS.has(y)) return false;
  if (!last && (_CONCRETE.has(wd(doc, j + 1)) || _CHILD_WORK.has(wd(doc, j + 1)))) return false;
  // A name in capitals ("JOSH") ends the heading; a word in capitals before more is an acronym ("KS4", "SEN support").
  return raw !== raw.toUpperCase() || (last && /^[A-Z]{3,}$/.test(raw));
}

/** Fears, refusals and feelings about a thing ("refuses to go to the dentist", "will feel more relaxed at the dentist"): how it feels, not whether it happened. */
const FEAR_REFUSAL = s('refuse refuses refused relaxed enjoy enjoys');
/** A thing on the way, not done ("work towards his Bronze award", "thinking about whether to apply", "look into DofE"). */
const ON_THE_WAY = s('towards thinking look');

/**
 * {@link NOT_DONE} and "overdue" (a note of what is missing: "dental check overdue"), but "see", a health check gone to ("to
 * see the optician"), not a thing pointed to.
 */
const NOT_DONE_ONCE: ReadonlySet<string> = new Set(
  [...NOT_DONE, 'overdue', ..._FEELINGS, ...FEEL_VERBS, ...FEAR_REFUSAL, ...ON_THE_WAY].filter((w) => w !== 'see'),
);

/**
 * Whether the word at k starts a thing done once, seen done or not on the day (the labelling guide, Measurable: "someone
 * could check, at the deadline, whether it happened"; rule 5, a one-off event): an application made ({@link applied}), a
 * CV finished ("CV - to update"), a place gained on a side ("get into the county squad", "be in the school team"), a level
 * of an award ("DofE Bronze", "Bronze award") or a health check gone to ("go to the dentist", "her dental check-up and her
 * review health assessment", "Health appointments - dentist & optician"; not a job, "wants to be a dentist", nor an
 * adult's act on it, "Mum to arrange a dentist appointment", read by {@link adultArranges} alone). Not in a sentence with
 * a word of {@link NOT_DONE_ONCE} ("may apply", "dental check overdue"). Read only when nothing else measures (M only:
 * never an anchor of Specific).
 */
function doneOnce(doc: _Doc, k: number, x: string): boolean {
  if (inSentence(doc, k, NOT_DONE_ONCE, true)) return false;
  if (x === 'apply') return applied(doc, k);
  if (x === 'cv') return inSentence(doc, k, CV_DONE, true);
  if (x === 'squad' || x === 'team') {
    // "be in the school football team": at most SIDE_GAP words between, none "with" ("be in lessons with his team"), and not
    // the team around the child (a meeting).
    if (wd(doc, k + 1) === 'around') return false;
    for (let j = k - 1; j > 0 && j >= k - SIDE_GAP - 1 && doc.toks[j]?.kind === 'w' && wd(doc, j) !== 'with'; j--) if (GAINED.has(`${wd(doc, j - 1)} ${wd(doc, j)}`)) return true;
    return false;
  }
  // "Bronze award" with no award named is still a thing got once, as it was read before the award with its level was.
  if (AWARD_LEVELS.has(x)) return _awardLevelAt(doc, k) || wd(doc, k + 1) === 'award' || wd(doc, k - 1) === 'award';
  if ((!HEALTH_PLACES.has(x) && !HEALTH_CHECK_NOUNS.has(wd(doc, k + 1))) || (wd(doc, k - 1) === 'a' && wd(doc, k - 2) === 'be') || wd(doc, k - 2) === 'become') return false;
  for (let j = k - 1; j > 0 && j >= k - ADULT_BACK && !endAt(doc, j); j--) if (adultDoes(doc, j + 1)) return false;
  return true;
}

/** Words read back from a health check for an adult's act on it ("Mum to arrange a dentist appointment"). */
const ADULT_BACK = 6;

/** The two words before a side that gain a place on it ("get into the county squad", "be in the school football team"). */
const GAINED = new Set(['get into', 'be in']);
/** Words at most between {@link GAINED} and the side, the article and two more ("the school football team"). */
const SIDE_GAP = 3;

/** Words after "apply for"/"apply to" read past determiners for the thing applied for ("apply for a place at"). */
const APPLY_OBJECT_REACH = 5;

/**
 * An application made, at k ("apply"): for or to a named thing ("School to apply for EHCP", "apply to college"), or a heading's
 * verb after its thing ("Bursary - apply"); not "apply himself", not what is applied ("apply strategies"), not for vague things.
 */
function applied(doc: _Doc, k: number): boolean {
  const next = wd(doc, k + 1);
  if (next === 'for' || next === 'to') {
    let o = k + 2;
    while (o < k + APPLY_OBJECT_REACH && OBJECT_LEAD.has(wd(doc, o))) o += 1;
    const y = wd(doc, o);
    return doc.toks[o]?.kind === 'w' && !_GENERIC_OBJECTS.has(y) && !_VAGUE_OBJECTS.has(y) && !PRONOUNS.has(y);
  }
  // A heading: "Bursary - apply", at the end of its part.
  return doc.toks[k + 1]?.kind !== 'w' && next !== '?' && doc.toks[k - 1]?.kind === 'p' && doc.toks[k - 2]?.kind === 'w';
}

/**
 * The things done once that an adult's dated act may act on ({@link datedActOnce}): a document or record (the held plans of
 * {@link HELD_PLAN_NAMES}, a PEP, a profile, a report, an update, paperwork, records, a form, a letter, a diary), a referral
 * ({@link REFERRAL_WORDS}), a meeting or a check ({@link ADULT_MEETINGS}, {@link CHECKS_HAD}, {@link CHILD_MEETINGS}, an
 * assessment of {@link _ASSESSMENTS}), an application, a decision, an appointment or its date, a confirmation, a place, a pass,
 * funds or papers.
 */
const DATED_ONCE_THINGS: ReadonlySet<string> = new Set([
  ...HELD_PLAN_NAMES,
  ...REFERRAL_WORDS,
  ...ADULT_MEETINGS,
  ...CHECKS_HAD,
  ...CHILD_MEETINGS,
  ..._ASSESSMENTS,
  ...RECORD_BOOKS, ...s('pep peps plan profile report update paperwork form forms letter application applications decision confirmation date assessment review place pass funds funding papers'),
]);
