/**
 * Whose act each clause of a target states: the child's, or an adult's or a service's (Bradford Council, SMART Outcomes -
 * Annual Reviews: "Goals and outcomes are not: Services … Activities … Outputs … Resources"; the labelling guide, Specific
 * rule 4: what adults provide is not the child's outcome). A target is split into clauses (at a sentence's end, ";", a
 * spaced dash, ":", a comma, and at "so", "that", "where", "when" and a second clause's "and"); each clause's doer is read
 * from its subject (the words before its first modal or "to"): an adult or agency by role or title, a fund, a passive
 * whose subject is acted on ("Sam to be helped to …", "Taxi to be arranged"), or an adult's giving imperative ("Buy …")
 * are the adults'; a name, a pronoun, "I", the child's role word, a subject left out ("To read …", "Read …") are the
 * child's. Only a clause of the child's names what the child will achieve; a purpose the adults' act serves ("so she can
 * stay at her school") is the child's only with a figure or a standard to reach ("so that she reaches book band 7"). A clause
 * with no verb is the adults' when it names a thing set up or bought ("Laptop ordered by half term") or sessions with an adult
 * after "with", "from" or "by" ("Daily check-in with the key adult"); a heading naming an area or a thing ("Uniform:") is no
 * clause of anyone's (the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child").
 */
import { _capitalised, _endsIng, _endsLy } from './_ends';
import { _lacks2, _wordFlag2, type _Doc } from './_doc';
import { _walkTesting } from './_walks';
import { _MODALS } from './_provisionRate';
import { _ATTAINING } from './_standard';
import { _FREQ_ADVERBS, _SET_UP_OR_FUNDED } from './_measure';
import { _ADULTS_ACTS, _ARTICLES, _DASHES, _SENTENCE_ENDS, _NUMBER_WORDS, _HEADING_OR_CELL_MARKS, _ADULT_HEADS, _ADULT_JOBS, _ADULT_SUBJECTS, _CHILD_POSSESSIVES, _CHILD_ROLE_WORDS, _CHILD_WORK, _PASSIVE_PARTICIPLES, _PROVISION_NOUNS, _REFLEXIVES, _RESOURCES, _SESSION_NOUNS, _TITLES, _WISHING } from './_phrases';
import { _ADULT_ACTS, _AGENCIES, _DONE_UNHELPED, _FUNDS, _GIVEN_AFTER, _GIVING, _SUBJECT_PRONOUNS, _CHILD_VERBS, _childVerb, _helpedActIn, _paperAt, _thingWord, _ADULTS_PAPERS, _PAPERS_AFTER } from './_specific';

/** A clause's doer: none read (a label, a topic, a note), the child, or an adult, a service or a fund. */
const enum Doer {
  None = 0,
  Child = 1,
  Adult = 2,
  /** An adult named as the subject ("DT to complete the screen"): a verb joined to it with no subject is the same adult's. */
  AdultSubject = 3,
}

/** Verbs of giving or an adult's act that are the child's own act too (read by the words after them elsewhere). */
const CHILD_TOO: ReadonlySet<string> = new Set(['give', 'book', 'timetable', 'track', 'provide', 'allow']);
/** Marks that end a clause (a spaced dash only: "half-term" is one word). */
const ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '\n', ':', ',', '|', '•', '*']);
/** Marks that end a clause only with a space before them ("Who: PA / By when"; "half-term", "8/10" are one). */
const DASHES: ReadonlySet<string> = new Set([..._DASHES, '/']);
/** Words that open a new clause wherever they stand ("so that she …", "where he will …", "it was agreed that PP+ will …"). */
const OPENERS: ReadonlySet<string> = new Set(['so', 'that', 'where', 'when', 'whilst', 'while', 'because', 'if', 'until']);
/** Words that open a second clause only once the first has its verb ("SW to take him … and he will …"; not "Mia and her carer will …"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'then', 'but', 'or']);
/** The heads of a predicate: a modal, "to", a form of "be" or "have", a negated modal. */
const HEADS: ReadonlySet<string> = new Set([..._MODALS, 'to', 'is', 'are', 'was', 'were', 'has', 'had', 'needs', "can't", 'cannot', "won't", "doesn't", "don't", "isn't", "shouldn't"]);
/** The heads that are a form of "be" ("so she is in class on time": a state, not an act). */
const BEING: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
/** Words read past between a head and a passive's participle ("to be helped", "will not be removed", "has been arranged"). */
const BE: ReadonlySet<string> = new Set(['be', 'been', 'being', 'not', 'also', 'then', 'now', 'all']);
/**
 * Participles of what adults do to a child or a thing, besides {@link _PASSIVE_PARTICIPLES}: "Sam to be helped to …", "to be
 * kept safe", "to be dropped at breakfast club", "should be taken into account", "to be paid from PP+".
 */
const DONE_TO: ReadonlySet<string> = new Set([
  ..._PASSIVE_PARTICIPLES,
  ...'helped supported kept taken dropped collected removed assessed referred allocated assigned paired partnered placed held paid ordered differentiated screened checked encouraged reminded praised prompted monitored offered provided given put used followed tested sourced secured requested obtained'.split(' '),
]);
/**
 * Adults' acts for a child opening a clause with no subject ("Buy walking boots for Josh", "Arrange a taxi", "Monitor …"): the
 * verbs of giving and the adults' own acts read in _specific.ts (Specific rule 4), less those the child does too ("Give a
 * presentation", "Book a driving test", "Track my spending").
 */
const GIVING: ReadonlySet<string> = new Set([..._GIVING, ..._ADULT_ACTS].filter((x) => !CHILD_TOO.has(x)));
/** A clause with no subject that is a note, not an act ("Review in summer.", "Ongoing."). */
const NOTES: ReadonlySet<string> = new Set(['review', 'reviewed', 'ongoing', 'tbc', 'tba', 'continue', 'see']);
/** Participles of the child's own work done ("to be completed", "to be updated"). */
const WORK_DONE: ReadonlySet<string> = new Set(['completed', 'done', 'updated', 'finished', 'written', 'rewritten', 'revised', 'practised', 'practiced', 'handed', 'made', 'submitted']);
/** Participles of a thing of the child's kept or put in its place ("Glasses to be kept on"). */
const KEPT: ReadonlySet<string> = new Set(['kept', 'put']);
/** Words after "kept" that make the child the one kept ("to be kept safe", "kept away from older peers"). */
const SAFE: ReadonlySet<string> = new Set(['safe', 'away', 'apart', 'out']);
/** Words that open the child's stop-behaviour or a count of none ("No physical incidents", "Not to walk out"). */
const STOPS: ReadonlySet<string> = new Set(['no', 'zero', 'not', 'never', 'fewer', 'less']);
/**
 * Verbs of a standard reached in a purpose clause ({@link _ATTAINING}, less "get": "so she can get to school" is no standard),
 * and words of doing it alone ("so that she reaches book band 7", "so he passes his theory test", "so that Omar can start
 * each lesson without a reminder").
 */
const REACHING: ReadonlySet<string> = new Set([..._ATTAINING, 'without', 'independently', 'unaided', 'unprompted'].filter((x) => x !== 'get' && x !== 'gets'));
/** Nouns after a number that make it provision's quantity, not the child's figure ("20 sessions", "x3 visits", "5 hrs"). */
const PROVISION_COUNTS: ReadonlySet<string> = new Set(['session', 'sessions', 'visit', 'visits', 'lesson', 'lessons', 'hour', 'hours', 'hrs', 'hr', 'mins', 'minutes', 'week', 'weeks', 'day', 'days']);
/** Determiners before a noun ("a paid job", "the agreed plan"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'this', 'that']);
/** Words that open a verb's object, not a compound noun's second word ("attending every lesson"; "Driving lessons"). */
const OBJECT_LEADS: ReadonlySet<string> = new Set([...DETERMINERS, 'every', 'each', 'all', 'both']);
/** Words that end the object of a causative "have" before any participle ("0 detentions for homework not done"). */
const OBJECT_BREAKS: ReadonlySet<string> = new Set(['for', 'not', 'no', 'of', 'in', 'at', 'on', 'and', 'or', 'with']);
/** Words after an opening "Following" that make it "after" ("Following discussion with the DT, …"), not the child's act. */
const FOLLOWED: ReadonlySet<string> = new Set(['discussion', 'discussions', 'the', 'a', 'an', 'his', 'her', 'their', 'review', 'meeting', 'advice', 'assessment']);
/** The child by role in two words ("young person"), read on its last word. */
const CHILD_SECOND: ReadonlySet<string> = new Set(['person', 'people']);

/** Whether word k names an adult, an agency or a fund ("SW", "school", "EP", "Mrs Okafor", "PP+", "Kooth"). */
function adultWord(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  // "Key person": the early years child's named adult (Statutory framework for the early years foundation stage, "Key person").
  const keyPerson = x === 'person' && doc.w[k - 1] === 'key';
  return keyPerson || _ADULT_SUBJECTS.has(x) || _ADULT_HEADS.has(x) || _ADULT_JOBS.has(x) || _FUNDS.has(x) || _AGENCIES.has(x) || _TITLES.has(x) || x === 'social' || x === 'staff';
}

/** The child's pronouns as a subject. */
const PRONOUNS: ReadonlySet<string> = new Set([..._SUBJECT_PRONOUNS, 'me']);
/** Whether word k names the child by a pronoun or a role ("she", "I", "YP", "young person"). */
function childPronoun(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  // "person" only in "young person" ("Key person" is an adult's role).
  return PRONOUNS.has(x) || (CHILD_SECOND.has(x) ? doc.w[k - 1] === 'young' : _CHILD_ROLE_WORDS.has(x));
}

/** Prepositions that end a subject's head ("Staff at the home", "Head of Year"). */
const HEAD_ENDS: ReadonlySet<string> = new Set(['at', 'of', 'from', 'in', 'for', 'with', 'on']);
/** Words that join the parts of a subject ("Mia and her carer", "SW & school"). */
const AND: ReadonlySet<string> = new Set(['and', '&', '+', 'or']);

/**
 * The doer named by a subject (the words `ks`): each part joined by "and" is read on its head noun (its last word before a
 * preposition: "Kent Virtual School adviser", "Staff at the home"): the child when any part names the child ("Mia and her
 * carer"), else an adult when any part's head is an adult's, else none (a thing).
 */
function subjectDoer(doc: _Doc, ks: readonly number[]): Doer {
  let adult = false;
  let head = -1;
  let cut = false;
  const part = (): boolean => {
    const h = head;
    head = -1;
    cut = false;
    if (h < 0) return false;
    // A resource with its price is the adults' provision ("£700 for a laptop to support learning": Specific rule 4, "Resources").
    if (adultWord(doc, h) || (_RESOURCES.has(doc.w[h] ?? '') && ks.some((k) => doc.w[k] === '£'))) adult = true;
    else if (childPronoun(doc, h) || _capitalised(doc.toks[h]?.raw ?? '')) return true;
    return false;
  };
  for (const k of ks) {
    const x = doc.w[k] ?? '';
    if (AND.has(x)) {
      if (part()) return Doer.Child;
      continue;
    }
    // A pronoun is the child wherever it stands; a role word only as the head ("pupil premium" is a fund).
    if (PRONOUNS.has(x)) return Doer.Child;
    if (HEAD_ENDS.has(x) && head >= 0) cut = true;
    if (!cut && doc.toks[k]?.kind === 'w') head = k;
  }
  if (part()) return Doer.Child;
  return adult ? Doer.Adult : Doer.None;
}

/**
 * Of the adults' participles ({@link _ADULTS_ACTS}, the one list _specific.ts and _measure.ts read), those the child's own act
 * shares, left to _specific.ts's rules: "Key words to be reviewed each lesson" (study), "looked after", "Sam to be changed into
 * his PE kit", "Transport to be sorted so that Mia can attend".
 */
const READ_IN_SPECIFIC: ReadonlySet<string> = new Set(['reviewed', 'looked', 'changed', 'sorted', 'chased']);

/** Where a passive's participle stands after the head at ks[i] ("to be helped", "will not be removed", "was agreed", "is set"), or 0. */
function passiveAt(doc: _Doc, ks: readonly number[], i: number): number {
  const head = doc.w[ks[i] as number] ?? '';
  let be = BEING.has(head);
  let j = i + 1;
  for (; j < ks.length && BE.has(doc.w[ks[j] as number] ?? ''); j++) {
    const y = doc.w[ks[j] as number];
    if (y === 'be' || y === 'been' || y === 'being') be = true;
  }
  const done = doc.w[ks[j] as number] ?? '';
  return be && j < ks.length && (DONE_TO.has(done) || (_ADULTS_ACTS.has(done) && !READ_IN_SPECIFIC.has(done))) ? j : 0;
}

/**
 * The doer of a passive clause (its participle at ks[j]): the adults', unless the child still acts in it: helped to do a thing
 * ("will be supported to write his name"), a figure of the child's ("won't be sent out more than 3 times"), or the child's
 * own work done ("CV to be updated", "Homework to be completed": _CHILD_WORK; the labelling guide, Specific).
 */
function passiveDoer(doc: _Doc, ks: readonly number[], i: number, j: number, inner: readonly number[]): Doer {
  const after = ks[j + 1] ?? -1;
  const done = doc.w[ks[j] as number] ?? '';
  // Helped with the child's own act ("supported with writing her address"), done by the child ("to be kept by Josh"), or a
  // stop ("will not be removed from lessons": a behaviour, Specific rule 5).
  if (after >= 0 && doc.w[after] === 'with' && (done === 'supported' || done === 'helped')) return Doer.Child;
  for (let m = j + 1; m < ks.length; m++) {
    const agent = ks[m + 1] ?? -1;
    // Not a date ("by Easter": a deadline the scans marked).
    if (doc.w[ks[m] as number] === 'by' && doc.used[agent] === 0 && (childPronoun(doc, agent) || (_capitalised(doc.toks[agent]?.raw ?? '') && !adultWord(doc, agent)))) return Doer.Child;
  }
  for (let m = Math.max(0, i - 1); m < j; m++) if (doc.w[ks[m] as number] === 'not') return subjectDoer(doc, ks.slice(0, Math.min(i, m))) === Doer.Child ? Doer.Child : Doer.Adult;
  // "to" and a verb, not a place or a service ("to be taken to the dentist", "to be referred to CAMHS").
  const verb = after + 1;
  if (after >= 0 && doc.w[after] === 'to' && doc.toks[verb]?.kind === 'w' && !DETERMINERS.has(doc.w[verb] ?? '') && !adultWord(doc, verb) && !_capitalised(doc.toks[verb]?.raw ?? '')) return Doer.Child;
  if (childFigure(doc, ks.slice(j)) || childFigure(doc, inner)) return Doer.Child;
  // The subject's last word ("BTEC Sport Unit 2": "unit"), or a label's before a clause with none ("Homework - to be completed").
  let h = i > 0 ? (ks[i - 1] as number) : (ks[0] as number) - 1;
  while (h >= 0 && doc.toks[h]?.kind !== 'w') h--;
  if (_CHILD_WORK.has(doc.w[h] ?? '') && WORK_DONE.has(done)) return Doer.Child;
  // A thing of the child's kept or put ("Glasses to be kept on", "Coat to be kept on the peg", "Phone to be kept in the
  // locker"): the child's act; the child kept or put somewhere ("Sam to be kept safe") or the child kept on or in provision or a
  // timetable ("Harry to be kept on the part time timetable": an article, then a word of {@link PROVISION_PLACES} within four
  // words of the clause) is the adults'.
  const placed = done === 'kept' && (doc.w[after] === 'on' || doc.w[after] === 'in') && _ARTICLES.has(doc.w[ks[j + 2] ?? -1] ?? '') && ks.slice(j + 3, j + 7).some((k) => PROVISION_PLACES.has(doc.w[k] ?? '')) && childFirst(doc, ks.slice(0, i), true);
  return KEPT.has(done) && !SAFE.has(doc.w[after] ?? '') && !placed ? Doer.Child : Doer.Adult;
}

/** Heads of a place the child is kept on or in that are provision or a timetable ("the part time timetable", "the nurture group", "the top set"). */
const PROVISION_PLACES: ReadonlySet<string> = new Set([..._PROVISION_NOUNS, ..._SESSION_NOUNS, 'timetable', 'set']);

/**
 * Whether the subject words `ks` name the child first: a pronoun or the child's role ("he", "she", "YP") or a name (capitalised,
 * not an adult, a fund, a thing or the child's work: "Harry", not "Coat", "Attendance", "Phone"); an adult named first ("Grandad
 * says he will …": "he" is Grandad) is not the child. With `lone`, a subject of one word naming no adult, thing or work of the
 * child's is a name even in lower case ("harry to be kept on the part time timetable").
 */
function childFirst(doc: _Doc, ks: readonly number[], lone = false): boolean {
  const k = ks[0] ?? -1;
  return childPronoun(doc, k) || ((lone && ks.length < 2 ? !adultWord(doc, k) : childNamedAt(doc, k)) && !_thingWord(doc, k) && !_CHILD_WORK.has(doc.w[k] ?? ''));
}

/**
 * Whether "have" at ks[i] has a thing done by others ("Theo to have his spelling homework differentiated", "have her bursary
 * paid into it"): a participle of {@link DONE_TO} after its object, not straight after it ("will have completed": the child's).
 */
function causative(doc: _Doc, ks: readonly number[], i: number): boolean {
  if (doc.w[ks[i] ?? -1] !== 'have') return false;
  // Not a participle used as an adjective after a determiner ("will have a completed application", "a paid job"), nor one
  // inside a longer object ("will have 0 detentions for homework not done": the child's count); the object is a few words.
  for (let j = i + 2; j < ks.length && j <= i + 5; j++) {
    const k = ks[j] as number;
    if (DONE_TO.has(doc.w[k] ?? '')) return !DETERMINERS.has(doc.w[ks[j - 1] as number] ?? '');
    if (doc.toks[k]?.kind !== 'w' || OBJECT_BREAKS.has(doc.w[k] ?? '')) return false;
  }
  return false;
}

/**
 * Whether the words `ks` hold a figure of the child's: a number that is no money and no count of provision; `own`: the child is
 * the subject ("so that Dan can attend school 5 days a week"), so a count of days, lessons or minutes is the child's too.
 */
function childFigure(doc: _Doc, ks: readonly number[], own = false): boolean {
  for (const k of ks) {
    // "more than twice", "no more than one": a count with no digit.
    if (doc.w[k - 1] === 'than' && (doc.w[k] === 'twice' || doc.w[k] === 'once' || _NUMBER_WORDS.has(doc.w[k] ?? ''))) return true;
    // A date or a deadline's number ("by 12th February") is when, not how much.
    if (doc.toks[k]?.kind !== 'n' || doc.used[k] === 1 || doc.used[k] === 2) continue;
    // A clock time ("collected at 3pm") is when, too.
    const t = doc.toks[k];
    if (t?.suffix === 'am' || t?.suffix === 'pm' || doc.w[k - 1] === '£' || doc.w[k - 1] === 'x' || (!own && PROVISION_COUNTS.has(doc.w[k + 1] ?? ''))) continue;
    return true;
  }
  return false;
}

/** Words after a clause's opening participle that make it the adults' provision ("Funded by PP+", "Paid from the bursary"). */
const PAID_BY: ReadonlySet<string> = new Set(['by', 'from', 'through', 'via']);

/**
 * Words that make a thing set up the child's own doing, wherever they stand in its clause ("Bus ticket bought by himself",
 * "bought with his own savings", "booked independently", "ordered by herself"): the child's act (Specific rule 4 reads only
 * what adults provide as theirs). The words of an act done without help that _specific.ts reads (its reflexives, "own",
 * "independently", "unaided"), and "alone".
 */
const OWN_DOING: ReadonlySet<string> = new Set([..._REFLEXIVES, ..._DONE_UNHELPED, 'alone']);

/**
 * Whether the words `ks` say the child did it: a word of {@link OWN_DOING}, or "by" and the child ("booked by Sam", "paid by
 * her"); not the child's adult ("by Ava's social worker": the name's "'s", then an adult).
 */
function ownDoing(doc: _Doc, ks: readonly number[]): boolean {
  for (const k of ks) if (OWN_DOING.has(doc.w[k] ?? '') || (doc.w[k] === 'by' && doc.used[k + 1] === 0 && (childPronoun(doc, k + 1) || childNamedAt(doc, k + 1)))) return true;
  return false;
}

/** Whether the agent at k after "by" is a name of the child's: capitalised, and no adult, fund, or name's "'s" before an adult. */
function childNamedAt(doc: _Doc, k: number): boolean {
  const raw = doc.toks[k]?.raw ?? '';
  return _capitalised(raw) && !adultWord(doc, k) && !_FUNDS.has(doc.w[k] ?? '') && !(POSSESSIVE_ENDS.some((e) => raw.endsWith(e)) && adultWord(doc, k + 1));
}

/** How a name's possessive ends ("Ava's", "Ava’s"). */
const POSSESSIVE_ENDS: readonly string[] = ["'s", '\u2019s'];

/**
 * Words after a participle that make it the child's skill of sorting, not a thing set up: a manner ("ordered correctly"), a
 * criterion ("arranged by size", "ordered from smallest", "in alphabetical order"). Specific rule 4 reads set-ups only.
 */
const SORT_CRITERIA: ReadonlySet<string> = new Set(['size', 'value', 'length', 'height', 'weight', 'colour', 'color', 'shape', 'type', 'date', 'number', 'place', 'order']);

/** Whether the participle at k is followed by a manner or a criterion of sorting ({@link SORT_CRITERIA}): the child's skill. */
function sortedBy(doc: _Doc, k: number): boolean {
  const x = doc.w[k + 1] ?? '';
  if (_endsLy(x) && doc.used[k + 1] === 0) return true;
  if ((x === 'by' || x === 'in') && [k + 2, k + 3, k + 4].some((j) => SORT_CRITERIA.has(doc.w[j] ?? '') && doc.used[j] === 0)) return x === 'by' ? SORT_CRITERIA.has(doc.w[k + 2] ?? '') : true;
  return (x === 'from' || x === 'to') && /est$/.test(doc.w[k + 2] ?? '');
}

/**
 * Whether word k (in a clause opening at word a) is a participle of provision after the thing provided ("Bus pass paid", "Laptop
 * ordered by school", _measure.ts's class of a thing set up or bought) or opening a clause with who pays ("funded by PP+"); not an
 * adjective ("a paid job", "Paid part-time job").
 */
function placedAt(doc: _Doc, k: number, a: number): boolean {
  if (!_SET_UP_OR_FUNDED.has(doc.w[k] ?? '') || sortedBy(doc, k)) return false;
  // Not a verb with its object ("Mia bought her bus pass", "paid the deposit").
  return k === a ? PAID_BY.has(doc.w[k + 1] ?? '') : !DETERMINERS.has(doc.w[k - 1] ?? '') && !OBJECT_LEADS.has(doc.w[k + 1] ?? '');
}

/** Words after a thing's participle that keep it a thing set up, not a verb with its object: a point, who did it, how it is paid. */
const SET_UP_AFTER: ReadonlySet<string> = new Set(['by', 'for', 'before', 'from', 'through', 'via', 'with', 'on', 'in', 'at', 'and', 'ready', 'asap', 'tbc', 'now', 'already', 'using', 'out', 'of', 'to', 'during', 'after', 'over', 'this', 'next', 'last']);

/**
 * Whether the clause of words `ks` (no subject, no modal) names a thing and then its participle of being set up or bought
 * ({@link placedAt}), with a point, who did it or nothing after it: "Laptop ordered by half term", "Room booked by May", "Work
 * placement booked by Easter", "New coat and school shoes for winter bought before October half term" (the labelling guide,
 * Settled cases, "a one-off thing adults arrange or do for the child": measurable, not specific). Read before the child's own
 * verb or name, as a capitalised thing ("Laptop", "Work") is neither; not an object after the participle ("Mia booked her test"),
 * a verb with its object before it ("Use the laptop bought with PP+"), a pronoun, or the child's own doing ({@link ownDoing}).
 */
function thingSetUp(doc: _Doc, ks: readonly number[]): boolean {
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i] as number;
    if (!placedAt(doc, k, ks[0] as number)) continue;
    const next = ks[i + 1];
    // Opening its clause, who paid or set it up follows: an adult or a fund, not a point ("ordered by school", "Paid from PP+").
    if (i === 0) {
      const j = DETERMINERS.has(doc.w[k + 2] ?? '') ? k + 3 : k + 2;
      return doc.used[j] === 0 && (adultWord(doc, j) || _FUNDS.has(doc.w[j] ?? '')) && !ownDoing(doc, ks);
    }
    // Nothing after, a point or a figure (a date, "7.45"), or a preposition: not an object.
    if (next !== undefined && doc.used[next] === 0 && doc.toks[next]?.kind === 'w' && !SET_UP_AFTER.has(doc.w[next] ?? '')) return false;
    if (OBJECT_LEADS.has(doc.w[ks[1] as number] ?? '') || ks.slice(0, i).some((j) => childPronoun(doc, j))) return false;
    return !ownDoing(doc, ks);
  }
  return false;
}

/** Words after "social" that make it an adult or a service ("social worker", "social care"). */
const SOCIAL_AFTER: ReadonlySet<string> = new Set(['worker', 'workers', 'care', 'services']);
/** Prepositions that name who gives provision in a clause with no verb ("with the TA", "from the learning mentor", "by HLTA"). */
const GIVEN_BY: ReadonlySet<string> = new Set(['with', 'from', 'by']);

/**
 * Whether word k is a preposition of {@link GIVEN_BY} and an adult follows it, after a determiner and two more words at most
 * ("with the key adult", "from Mrs Hall", "with the designated teacher"), not a point ("by the end of term").
 */
function givenBy(doc: _Doc, k: number): boolean {
  if (!GIVEN_BY.has(doc.w[k] ?? '')) return false;
  const a = DETERMINERS.has(doc.w[k + 1] ?? '') ? k + 2 : k + 1;
  // "social" only as a worker or care ("with social media" names no adult).
  for (let j = a; j < a + 3 && doc.toks[j]?.kind === 'w' && doc.used[j] === 0; j++) if (adultWord(doc, j) && (doc.w[j] !== 'social' || SOCIAL_AFTER.has(doc.w[j + 1] ?? ''))) return true;
  return false;
}

/**
 * Whether word a opens a programme's or a thing's name, not the child's imperative: it and the next word capitalised in running
 * text ("Read Write Inc daily with TA", "Toe by Toe"), not an adult ("Read with Mrs Hall") nor a text in capitals throughout.
 */
function nameRun(doc: _Doc, a: number): boolean {
  const raw = doc.toks[a + 1]?.raw ?? '';
  return _capitalised(doc.toks[a]?.raw ?? '') && doc.toks[a + 1]?.kind === 'w' && _capitalised(raw) && raw !== raw.toUpperCase() && !adultWord(doc, a + 1);
}

/**
 * The doer of a clause opened by an adult's verb of giving (the words `ks`, "Buy …", "Ensure …"): the adults', unless the
 * child follows with a verb of the child's own ("Ensure Mia reads 3 chapters a week", "Ensure I attend"; not "Ensure Jay has
 * a key adult", {@link _GIVEN_AFTER}) or the thing acted on is the child's own in the first person ("Organise my revision
 * notes": the child's voice, not an instruction to adults).
 */
function givingDoer(doc: _Doc, ks: readonly number[]): Doer {
  const k = ks[1] ?? -1;
  if (doc.w[k] === 'my') return Doer.Child;
  const person = childPronoun(doc, k) || (_capitalised(doc.toks[k]?.raw ?? '') && !adultWord(doc, k));
  const verb = doc.w[k + 1] ?? '';
  return person && !_GIVEN_AFTER.has(verb) && _childVerb(verb) ? Doer.Child : Doer.Adult;
}

/** Participles of the child's result or use that are no form of a verb of the child's ending "-ed" ("Glasses … worn in every lesson"). */
const RESULT_IRREGULAR: ReadonlySet<string> = new Set(['worn', 'swum', 'ridden', 'learnt', 'met', 'done', 'written', 'sat']);

/**
 * Whether a conjunct after "and" in the words `ks` (a clause with no verb) is the child's result or use: a participle of the
 * child's doing with no adult named before it in the conjunct ("Piano lessons booked by carer and Grade 1 passed by July",
 * "Glasses ordered and worn in every lesson", "and all homework handed in"), not a second thing set up or done to it ("and
 * taxi arranged", "and collected by SW"). Specific rule 4; the labelling guide, Settled cases (clubs): an outcome joined to
 * the provision is specific.
 */
function resultJoined(doc: _Doc, ks: readonly number[]): boolean {
  for (let i = 1; i < ks.length; i++) {
    if (doc.w[ks[i] as number] !== 'and') continue;
    for (let j = i + 1; j < ks.length && j < i + 6 && doc.w[ks[j] as number] !== 'and'; j++) {
      const k = ks[j] as number;
      const x = doc.w[k] ?? '';
      if (adultWord(doc, k) || doc.used[k] !== 0) break;
      const participle = RESULT_IRREGULAR.has(x) || (x.endsWith('ed') && _childVerb(x));
      // The child's work done ("all homework handed in") though adults' acts share the participle ("referral completed").
      const work = WORK_DONE.has(x) && ks.slice(i + 1, j).some((h) => _CHILD_WORK.has(doc.w[h] ?? ''));
      if (participle && (work || !DONE_TO.has(x)) && !_SET_UP_OR_FUNDED.has(x)) return true;
    }
  }
  return false;
}

/** The doer of a clause with no subject (the words `ks`): an imperative or a noun phrase. */
function bareDoer(doc: _Doc, ks: readonly number[], named: boolean): Doer {
  const a = ks[0] as number;
  const x = doc.w[a] ?? '';
  if (watching(doc, ks, 0)) return Doer.Adult;
  if (GIVING.has(x)) return givingDoer(doc, ks);
  if (resultJoined(doc, ks)) return Doer.Child;
  if (thingSetUp(doc, ks)) return Doer.Adult;
  // A lesson or a thing the child set up alone ("Driving lesson booked by Kai himself"): the child's own act.
  if (ownDoing(doc, ks) && ks.some((k) => _SET_UP_OR_FUNDED.has(doc.w[k] ?? ''))) return Doer.Child;
  // "Find Aaron a school place": the child is the one found for, the adults' act.
  const next = ks[1] ?? -1;
  if (foundFor(doc, a, next)) return Doer.Adult;
  if (NOTES.has(x) || (x === 'following' && FOLLOWED.has(doc.w[next] ?? ''))) return Doer.None;
  if (ks.some((k) => doc.w[k] === 'place' && doc.w[k - 1] === 'in')) return Doer.Adult;
  // A gerund naming sessions is a noun phrase, not the child's act ("Driving lessons", "Reading recovery sessions").
  // Not a verb with its object ("attending every lesson", "attending all lessons").
  const sessions = _endsIng(x) && !OBJECT_LEADS.has(doc.w[ks[1] ?? -1] ?? '') && ks.slice(1, 3).some((k) => _SESSION_NOUNS.has(doc.w[k] ?? ''));
  // Sessions or provision given by an adult, named anywhere in a clause with no verb: a gerund naming the activity ("Reading
  // catch-up every morning with the TA", "Mentoring with Mr Ali"), a programme's name ("Read Write Inc daily with TA"), how often
  // ("Daily check-in with the key adult") or a session or provision noun before the adult ("ELSA sessions once a week with Mrs
  // Hall"): Specific rule 4, the adults' provision; a figure or the doing of the child's in it keeps it the child's.
  const given = ks.findIndex((k) => givenBy(doc, k));
  const activity = (_endsIng(x) && !OBJECT_LEADS.has(doc.w[next] ?? '')) || nameRun(doc, a) || _FREQ_ADVERBS.has(x) || ks.slice(0, given).some((k) => _SESSION_NOUNS.has(doc.w[k] ?? '') || _PROVISION_NOUNS.has(doc.w[k] ?? ''));
  if (given > 0 && activity && !childFigure(doc, ks) && !ownDoing(doc, ks)) return Doer.Adult;
  // The child's own imperative, a stop ("No hitting", "not to …"), or the child named with a verb ("Leon gets no detentions").
  if ((_childVerb(x) && !sessions) || STOPS.has(x) || childPronoun(doc, a) || (next >= 0 && _capitalised(doc.toks[a]?.raw ?? '') && !adultWord(doc, a) && _childVerb(doc.w[next] ?? ''))) return Doer.Child;
  if (!ownDoing(doc, ks) && ks.some((k) => placedAt(doc, k, a) || ((doc.w[k] === 'from' || doc.w[k] === 'through') && _FUNDS.has(doc.w[k + 1] ?? '')))) return Doer.Adult;
  // The child's figure, whoever records, checks or assesses it ("95% attendance as recorded by school"): the child's result.
  if (childFigure(doc, ks)) return Doer.Child;
  for (const k of ks) {
    const y = doc.w[k] ?? '';
    // "with TA" only after sessions named ("Reading recovery sessions daily with TA"): "Update CV with PA" is the child's act.
    if ((y === 'by' || (y === 'with' && (sessions || _SESSION_NOUNS.has(x) || _PROVISION_NOUNS.has(x)))) && adultWord(doc, k + 1)) return Doer.Adult;
  }
  // A fund opening a clause with no verb ("PP+ not applicable post 16"): the adults'. A clause naming the skill or thing the
  // analyser read, with no adult's word ("Resit English language in November"), is the child's.
  return _FUNDS.has(x) ? Doer.Adult : named && !sessions ? Doer.Child : Doer.None;
}

/** Determiners opening the thing found for the child after "To find <child>" ("a school place", "some work experience", "another placement"). */
const FOUND_LEADS: ReadonlySet<string> = new Set([..._ARTICLES, 'some', 'another', 'more']);

/** Whether "find" at k has the child after it as the one found for ("Find Aaron a school place", "find him a tutor"). */
function foundFor(doc: _Doc, k: number, next: number): boolean {
  return doc.w[k] === 'find' && next >= 0 && (_capitalised(doc.toks[next]?.raw ?? '') || doc.w[next] === 'him' || doc.w[next] === 'her');
}

/**
 * Words after "monitor", "keep monitoring" or "keep an eye on" that leave it the adults' watching: the thing or the child
 * already named, by a pronoun ("to monitor it", "monitor this", "keep an eye on them", "monitor him") or "things", or a manner
 * with no object ("monitor closely", "monitor carefully").
 */
const WATCHED: ReadonlySet<string> = new Set(['it', 'this', 'that', 'things', 'him', 'them', 'closely', 'carefully']);

/**
 * Whether the words of `ks` from index v are the adults' watching with nothing the child does (Specific rule 4; the labelling
 * guide's placeholders, rule 6): "keep an eye", "keep a close eye", "keep monitoring" or "monitor" with no object or only
 * {@link WATCHED} ("Attendance is a concern – to monitor", "will keep an eye on it"); not the child's own watching of a
 * thing named ("Mia to monitor her mood on her chart", "keep an eye on her belongings").
 */
function watching(doc: _Doc, ks: readonly number[], v: number): boolean {
  // The first word is read before anything is made: most clauses open with none of the four (run for every clause).
  const first = doc.w[ks[v] ?? -1] ?? '';
  const monitor = first === 'monitor' || first === 'monitoring';
  if (!monitor && first !== 'keep' && first !== 'keeping') return false;
  // The word d after v, '' past the clause's end; nothing after, or a word of WATCHED, leaves it the adults' watching.
  const w = (d: number): string => doc.w[ks[v + d] ?? -1] ?? '';
  const free = (d: number): boolean => w(d) === '' || WATCHED.has(w(d));
  if (monitor) return free(1);
  if (w(1) === 'monitoring') return free(2);
  // "keep an eye", or with one word of manner before "eye" ("a close eye", "a careful eye", "a watchful eye"); nothing after
  // "eye", or "on" and only the thing or child already named ("on it", "on things", "on him"): not "on her belongings".
  const eye = w(1) === 'a' && w(3) === 'eye' ? 3 : 2;
  return (w(1) === 'an' || w(1) === 'a') && w(eye) === 'eye' && (w(eye + 1) === '' || (w(eye + 1) === 'on' && free(eye + 2)));
}

/** Verbs of intending before "to" besides those of a wish ({@link _WISHING}: "hopes to", "wants to"): "plans to", "aims to", "tries to". */
const INTENDING: ReadonlySet<string> = new Set(['plan', 'aim', 'try', 'tries', 'intend', 'mean']);

/** Whether word x intends an act to follow ("hopes", "plans", "aims", "tries"). */
function intends(x: string): boolean {
  const stem = x.endsWith('s') && x !== 'tries' ? x.slice(0, -1) : x;
  return INTENDING.has(stem) || (_WISHING.has(stem) && stem !== 'would' && stem !== 'feel');
}

/**
 * The verbs of applying for or getting one of the adults' papers ("Apply for 30 hours funding", "Submit the EHCP application",
 * "Sort exam entries", "To access EYPP"): only these, opening a clause, make it the adults' act on the paper; a child's use of
 * the paper ("Use access arrangements in every mock", "Sit all 8 exam entries", "Revise for all exam entries") stays the child's.
 * The labelling guide, Specific rule 4 and Settled cases, "a one-off thing adults arrange or do for the child".
 */
const PAPER_ACTS: ReadonlySet<string> = new Set(['apply', 'request', 'submit', 'send', 'sort', 'chase', 'arrange', 'secure', 'book', 'add', 'ask', 'get', 'finalise', 'finalize', 'access']);

/** Words that make a heading the child's aim, not an adults' paper ("EHCP outcome 2:", "EHCP target -"). */
const AIMS: ReadonlySet<string> = new Set(['outcome', 'outcomes', 'target', 'targets', 'aim', 'aims', 'goal', 'goals']);

/**
 * Whether word k is the child named as a subject: a name with a modal, "to" or a verb inflected in "-s" after it ("Josh will",
 * "Josh asks"; not "Exam access", whose "access" is a verb's bare form).
 */
function subjectNamed(doc: _Doc, k: number): boolean {
  const next = doc.w[k + 1] ?? '';
  return _capitalised(doc.toks[k]?.raw ?? '') && !adultWord(doc, k) && (HEADS.has(next) || (next.endsWith('s') && !_CHILD_VERBS.has(next) && _childVerb(next)));
}

/**
 * Whether the clause of words `ks` acts on one of the adults' papers ({@link _ADULTS_PAPERS}: "Apply for 30 hrs funding", "EHCP
 * application to be submitted", "To access EY PP+ funding", "referral made to SALT") with no child named in it: no pronoun or
 * possessive of the child's ("her EHCP outcomes" are the child's) and no name (a capitalised word that is neither an adult's
 * word nor written in capitals throughout, as "EHCP" and "SALT" are, nor a deadline's, "before Easter"; the first word only as a
 * subject). The adults' act, whoever is left out.
 */
function adultsPaper(doc: _Doc, ks: readonly number[]): boolean {
  if (!ks.some((k) => _paperAt(doc, k))) return false;
  // The clause's first word, past a list's number or mark and an infinitive's "to": a verb of applying or getting acts on the
  // paper ("Apply for …", "To access …"); any other verb of the child's is the child's use of it ("Use …", "Sit …", "Write a
  // report on … funding"); a noun or a passive is the paper itself ("CAMHS referral", "EHCP application to be submitted").
  let i = 0;
  while (i < ks.length && doc.toks[ks[i] as number]?.kind !== 'w') i++;
  if (doc.w[ks[i] as number] === 'to') i++;
  const verb = doc.w[ks[i] as number] ?? '';
  if (!PAPER_ACTS.has(verb) && _childVerb(verb) && !_paperAt(doc, ks[i] as number) && !_paperAt(doc, (ks[i] as number) + 1)) return false;
  for (let j = 0; j < ks.length; j++) {
    const k = ks[j] as number;
    if (childPronoun(doc, k) || _CHILD_POSSESSIVES.has(doc.w[k] ?? '')) return false;
    const raw = doc.toks[k]?.raw ?? '';
    // The first word is a name only as the clause's subject ("Josh will speak to the SENCo about an EHCP assessment"), not
    // an imperative written with its capital ("Apply for 30 hrs funding").
    if (j === 0 ? !HEADS.has(doc.w[k] ?? '') && subjectNamed(doc, k) : doc.toks[k]?.kind === 'w' && doc.used[k] === 0 && _capitalised(raw) && raw !== raw.toUpperCase() && !adultWord(doc, k)) return false;
  }
  return true;
}

/** The doer of the clause of words `ks`; `purpose`: it follows "so" ("so that"), the purpose of what comes before. */
function clauseDoer(doc: _Doc, ks: readonly number[], inner: readonly number[], purpose: boolean, named: boolean): Doer {
  if (adultsPaper(doc, ks)) return Doer.Adult;
  let i = 0;
  while (i < ks.length && i < 8 && !HEADS.has(doc.w[ks[i] as number] ?? '')) i++;
  if (i >= ks.length || i >= 8) return bareDoer(doc, ks, named);
  if (causative(doc, ks, i + 1)) return Doer.Adult;
  const passive = passiveAt(doc, ks, i);
  if (passive !== 0) return passiveDoer(doc, ks, i, passive, inner);
  // "To find Rhys a school place": the child is the one found for, the adults' act, as "Find Aaron a school place" is.
  // The thing found after the child ("a", "an", "the"), not a place found on ("To find Paris on a map": the child's skill).
  if (i === 0 && doc.w[ks[0] as number] === 'to' && foundFor(doc, ks[1] ?? -1, ks[2] ?? -1) && FOUND_LEADS.has(doc.w[ks[3] ?? -1] ?? '')) return Doer.Adult;
  // The adults' watching after "to" or a modal ("Attendance – to monitor", "School will keep an eye on it"), unless the child is
  // named first as the subject ("Mia will keep an eye on it": her own watching, read on below).
  if ((doc.w[ks[i] as number] === 'to' || _MODALS.has(doc.w[ks[i] as number] ?? '')) && watching(doc, ks, i + 1) && !childFirst(doc, ks.slice(0, i))) return Doer.Adult;
  // A subject left out ("To read …", "will read …") is the child's.
  // An adult's intent before "to" ("SW hopes to arrange …", "Carer plans to …") is the adult's act: the subject is read before it.
  const intent = i > 1 && doc.w[ks[i] as number] === 'to' && intends(doc.w[ks[i - 1] as number] ?? '');
  const who = i === 0 ? Doer.Child : subjectDoer(doc, ks.slice(0, intent ? i - 1 : i));
  // An adult's wish for the child's act is the child's outcome set ("Staff would like to see Kai use his calm box").
  if (who === Doer.Adult) return doc.w[ks[i] as number] === 'would' ? Doer.Child : Doer.AdultSubject;
  const rest = ks.slice(i);
  // A purpose of the child's is an outcome with a figure, a standard, a deadline or arriving on time by the child's own verb
  // ("so that she can get to school on time": Barnet, "arrive to school on time each day"); not a state the adults' act
  // brings about ("dropped at breakfast club so she is in class on time").
  const state = BEING.has(doc.w[ks[i] as number] ?? '') || doc.w[ks[i + 1] as number] === 'be';
  const reached = (k: number): boolean => REACHING.has(doc.w[k] ?? '') || doc.used[k] === 1 || (!state && doc.w[k] === 'time' && doc.w[k - 1] === 'on');
  if (who === Doer.Child && purpose && !childFigure(doc, rest, true) && !childFigure(doc, inner) && !rest.some(reached)) return Doer.None;
  // A thing with its own verb ("Attendance to rise to 95%", "it helps me calm down"): the child's outcome stated through it.
  return Doer.Child;
}

/**
 * Whether the child opens a clause at word k: named, with a modal, "to" or a verb of the child's after ("… for Ruby and Ruby to
 * read it", "… and Sam reads"), as after a modal a second clause opens on "and" (not "Mia and her carer").
 */
function childOpens(doc: _Doc, k: number): boolean {
  const next = doc.w[k + 1] ?? '';
  return _capitalised(doc.toks[k]?.raw ?? '') && !adultWord(doc, k) && (HEADS.has(next) || _childVerb(next));
}

/** Marks after a heading ("Uniform: …", "Transport | …", "Bedtime – …"): a heading's dash or colon, and a table row's bar. */
const HEADING_MARKS = _HEADING_OR_CELL_MARKS;
/** Words a heading has at most. */
const HEADING_WORDS = 5;

/**
 * Whether the clause of words `ks`, opening the text or a sentence, is a heading before ":", "|" or a dash that names an area or
 * a thing, not the child's act ("Reading pen - ordered by school", "Y9 options evening – carer and SW to attend", "EHCP needs
 * assessment: DT to submit the request", "Uniform: carer to buy"): a few words, no modal, "to" or form of "be" ("needs" is a
 * noun here), no figure and no pronoun of the child's; not an imperative ("Apply for college – SW to support"), a stop ("No more
 * exclusions -") nor a gerund with more than a noun after it ("Reading every night –"). The adults' clauses after it are then the target's only ones (Specific
 * rule 4; the labelling guide, Settled cases, "a one-off thing adults arrange or do for the child").
 */
function areaHeading(doc: _Doc, ks: readonly number[]): boolean {
  const end = ks[ks.length - 1] as number;
  const mark = doc.w[end + 1] ?? '';
  if (ks.length > HEADING_WORDS || !HEADING_MARKS.has(mark) || (mark !== ':' && mark !== '|' && !doc.toks[end + 1]?.gap)) return false;
  const x = doc.w[ks[0] as number] ?? '';
  if (STOPS.has(x) || (_endsIng(x) ? ks.length > 2 || _endsLy(doc.w[ks[1] as number] ?? '') : _childVerb(x))) return false;
  // Not the child named with a verb ("Kai swims a width –"): a clause, not a heading; an acronym is no name ("EHCP needs
  // assessment:", "needs" a noun there).
  const raw = doc.toks[ks[0] as number]?.raw ?? '';
  const verb = doc.w[(ks[0] as number) + 1] ?? '';
  if (ks.length > 1 && raw !== raw.toUpperCase() && verb !== 'needs' && childOpens(doc, ks[0] as number) && (HEADS.has(verb) || verb.endsWith('s'))) return false;
  return !ks.some((k) => (HEADS.has(doc.w[k] ?? '') && doc.w[k] !== 'needs') || childPronoun(doc, k)) && !childFigure(doc, ks);
}

/** The bits of {@link PARTS}: a word of {@link ENDS}, {@link DASHES}, {@link OPENERS}, {@link JOINERS}, {@link HEADS}. */
const P_END = 1, P_DASH = 2, P_OPENER = 4, P_JOINER = 8, P_HEAD = 16;
/** Each word of the clause reading's five lists with the bits of the lists it is in: one look-up a token, not five. */
const PARTS: ReadonlyMap<string, number> = ((): Map<string, number> => {
  const m = new Map<string, number>();
  const lists: [ReadonlySet<string>, number][] = [[ENDS, P_END], [DASHES, P_DASH], [OPENERS, P_OPENER], [JOINERS, P_JOINER], [HEADS, P_HEAD]];
  for (const [list, bit] of lists) for (const w of list) m.set(w, (m.get(w) ?? 0) | bit);
  return m;
})();

/** Whether token k, whose words' bits of {@link PARTS} are `p`, ends a clause (a spaced dash is one; a bracket's words are read past by the caller). */
function endsClause(doc: _Doc, k: number, p: number): boolean {
  return (p & P_END) !== 0 || ((p & P_DASH) !== 0 && doc.toks[k]?.gap === true);
}

/** Anchors read one by one for each clause; with more, a count of them by token is made once ({@link anchorCounts}). */
const FEW_ANCHORS = 8;

/**
 * How many anchors start in tokens [a, b] (at most one pass over the anchors per question when they are few, counted in
 * the steps; else one pass over the text to count them by token, then one subtraction per question): a clause reading asks
 * this for every clause, and a long text with many clauses and many anchors would otherwise read every anchor for each.
 * `before` is {@link anchorCounts}'s count by token, or null when the anchors are few.
 */
function anchorsIn(doc: _Doc, anchors: readonly (readonly [number, number])[], before: Int32Array | null, a: number, b: number): number {
  if (before !== null) return (before[Math.min(b, doc.toks.length) + 1] as number) - (before[Math.max(a, 0)] as number);
  doc.ops.n += anchors.length;
  let c = 0;
  for (let i = 0; i < anchors.length; i++) {
    const x = (anchors[i] as readonly [number, number])[0];
    if (x >= a && x <= b) c += 1;
  }
  return c;
}

/** The anchors counted by token for {@link anchorsIn} (before[k]: anchors starting before token k), or null when they are few. */
function anchorCounts(doc: _Doc, anchors: readonly (readonly [number, number])[]): Int32Array | null {
  if (anchors.length <= FEW_ANCHORS * _walkTesting.few) return null;
  const n = doc.toks.length;
  const before = new Int32Array(n + 2);
  for (const [x] of anchors) if (x >= 0 && x <= n) before[x + 1] = (before[x + 1] as number) + 1;
  for (let k = 1; k <= n + 1; k++) before[k] = (before[k] as number) + (before[k - 1] as number);
  doc.ops.n += n + anchors.length;
  return before;
}

/**
 * Whether every clause of the target that has a doer is an adult's, a service's or a fund's, and at least one is: the
 * target names only what adults provide, with no act, skill or standard of the child's (Bradford, SMART Outcomes - Annual
 * Reviews, "Goals and outcomes are not: Services … Resources"; the labelling guide, Specific rule 4).
 */
export function _adultsClausesOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  const r: ClauseRead = { doc, anchors, counts: anchorCounts(doc, anchors), adults: false, ks: [], inner: [], purpose: false, headSeen: false, last: Doer.None, joined: false, opening: true, paperHead: false };
  let depth = 0;
  for (let k = 0; k <= doc.toks.length; k++) {
    const x = doc.w[k] ?? '';
    if (x === '(' || x === '[') depth += 1;
    if (depth > 0) {
      if (x === ')' || x === ']') depth -= 1;
      else r.inner.push(k);
      continue;
    }
    // "re:" opens the topic of the clause before, not a clause ("Parenting meeting to be held with carer re: attendance").
    if (x === ':' && doc.w[k - 1] === 're') continue;
    const p = PARTS.get(x) ?? 0;
    // A list's closing bracket ("1) …") ends a clause as a stop does.
    if (k === doc.toks.length || endsClause(doc, k, p) || x === ')' || x === ']') {
      if (!closeClause(r)) return false;
      r.purpose = false;
      r.last = Doer.None;
      r.opening = _SENTENCE_ENDS.has(x);
      if (r.opening || x === ';') r.paperHead = false;
      continue;
    }
    if ((p & P_OPENER) !== 0 || ((p & P_JOINER) !== 0 && (r.headSeen || _childVerb(doc.w[k + 1] ?? '') || childOpens(doc, k + 1)))) {
      // "so that": one opener; a second clause joined to a purpose ("so she can … and she …") is a purpose too.
      const was: boolean = r.purpose, empty: boolean = r.ks.length === 0;
      if (!closeClause(r)) return false;
      r.opening = false;
      r.joined = (p & P_JOINER) !== 0;
      r.purpose = x === 'so' || (x === 'that' && was && empty) || (r.joined && was);
      continue;
    }
    r.ks.push(k);
    if ((p & P_HEAD) !== 0) r.headSeen = true;
  }
  return r.adults;
}

/**
 * The clause reading's state ({@link _adultsClausesOnly}), in one object so that closing a clause ({@link closeClause}) is a
 * plain function: a closure made for every text loses its optimised code at each full collection.
 */
interface ClauseRead {
  readonly doc: _Doc;
  readonly anchors: readonly (readonly [number, number])[];
  /** {@link anchorCounts} of the anchors. */
  readonly counts: Int32Array | null;
  /** Some clause so far is an adult's. */
  adults: boolean;
  /** The clause's tokens outside brackets, and inside them. */
  ks: number[];
  inner: number[];
  purpose: boolean;
  headSeen: boolean;
  /** The doer of the clause before. */
  last: Doer;
  joined: boolean;
  /** The clause opens the text or a sentence (where a heading stands). */
  opening: boolean;
  /** A heading naming one of the adults' papers opened this sentence ({@link _paperAt}). */
  paperHead: boolean;
}

/** Closes the clause read so far ({@link ClauseRead}): false when it is the child's (the reading stops there). */
function closeClause(r: ClauseRead): boolean {
  const { doc, ks } = r;
  // A list's number alone ("1)", "2.") is no clause.
  const one = ks[0] as number;
  if (ks.length === 0 || (ks.length === 1 && doc.toks[one]?.kind === 'n' && (doc.w[one + 1] === ')' || (doc.w[one + 1] === '.' && (one === 0 || doc.w[one - 1] === '\n'))))) {
    r.ks = [];
    return true;
  }
  // A verb joined to an adult's clause with no subject of its own is the same adult's ("DT to complete the screen … and set …").
  const first = ks[0] as number, end = ks[ks.length - 1] as number;
  // A heading of one or two words before ":" or a dash ("Exams -") names an area, not the child's act.
  const heading = ks.length <= 2 && (doc.w[end + 1] === ':' || DASHES.has(doc.w[end + 1] ?? ''));
  const named = !heading && anchorsIn(doc, r.anchors, r.counts, first, end) > 0;
  // A heading of more than two words that opens on the child's act the analyser read ("Resit GCSE maths in November -") is no area.
  const area = r.opening && (ks.length <= 2 || anchorsIn(doc, r.anchors, r.counts, first, first) === 0) && areaHeading(doc, ks);
  let d = area ? Doer.None : clauseDoer(doc, ks, r.inner, r.purpose, named);
  if (r.joined && r.last === Doer.AdultSubject && d === Doer.Child && _childVerb(doc.w[ks[0] as number] ?? '')) d = Doer.Adult;
  // An adult helping the child to do a task ("PA to help Demi fill in the bursary form"): the task is the child's act when the
  // anchors are in it (Specific rule 4: the child's outcome after the help is named).
  if (d === Doer.AdultSubject || d === Doer.Adult) {
    const act = named ? _helpedActIn(doc, first, end) : -1;
    if (act >= 0 && anchorsIn(doc, r.anchors, r.counts, act, end) > 0) d = Doer.Child;
  }
  // An imperative after a heading naming an adults' paper acts on that paper ("Exam access arrangements - apply for 25% extra
  // time", "EHCP annual review - add SEMH outcomes"): the adults' act, as "SENCo to apply for …" is.
  // Only a verb of applying or getting ({@link PAPER_ACTS}: "EHCP: write 3 sentences" is the child's), and not with the child's
  // pronoun or possessive ("EHCP - add 2 words to her spelling list").
  if (r.paperHead && d === Doer.Child && PAPER_ACTS.has(doc.w[first] ?? '') && !ks.some((k) => childPronoun(doc, k) || _CHILD_POSSESSIVES.has(doc.w[k] ?? ''))) d = Doer.Adult;
  if (r.opening && d !== Doer.Child && HEADING_MARKS.has(doc.w[end + 1] ?? '') && ks.some((k) => _paperAt(doc, k)) && !ks.some((k) => AIMS.has(doc.w[k] ?? ''))) r.paperHead = true;
  r.last = d;
  r.joined = false;
  r.ks = [];
  r.inner = [];
  r.headSeen = false;
  if (d === Doer.Adult || d === Doer.AdultSubject) r.adults = true;
  return d !== Doer.Child;
}

/**
 * Every word at which the clause reading ({@link _adultsClausesOnly}) can find an adult's, a service's or a fund's doer (Specific rule 4): an
 * adult, agency or fund by name, role or title ("SW", "Mrs", "Kooth", "PP+", "£"), an adult's verb of giving or act opening a
 * clause ("Arrange", "Monitor", "Find"), provision in place, funded, ordered or paid, the participles a passive ("to be
 * helped": {@link DONE_TO}, _ADULTS_ACTS, read by {@link passiveAt}) or a causative ("have his homework differentiated":
 * {@link DONE_TO}) needs (not "be" or "have" themselves, which open no adult's clause alone and are in half the texts), and "eye" or "monitoring" of the adults'
 * watching ({@link watching}: "keep an eye", "keep monitoring"; not "keep", which alone opens no watching and is in many more
 * texts). A text with none of them has no adult's clause, so the reading is not run (its answer, false, is known).
 */
const ADULT_DOER_WORDS: ReadonlySet<string> = new Set([
  ..._ADULT_SUBJECTS, ..._ADULT_HEADS, ..._ADULT_JOBS, ..._TITLES, ..._AGENCIES, ..._FUNDS, ..._GIVING, ..._ADULT_ACTS,
  ..._SET_UP_OR_FUNDED, ..._ADULTS_PAPERS, ..._PAPERS_AFTER.keys(), 'social', 'staff', 'key', '£', 'find', 'place', 'eye', 'monitoring', ...DONE_TO, ..._ADULTS_ACTS,
]);

/** The words of {@link ADULT_DOER_WORDS} as a flag of the second word: the reader marks them, so the test below is one mask. */
const F2_ADULT_DOER = _wordFlag2(ADULT_DOER_WORDS);
/** {@link ADULT_DOER_WORDS}'s flag of the second word (for the test that it is exactly the list's look-up). */
export const _F2_ADULT_DOER = F2_ADULT_DOER;
/** {@link ADULT_DOER_WORDS} itself, for the same test. */
export const _ADULT_DOER_WORDS = ADULT_DOER_WORDS;

/**
 * Whether the text has a word of {@link ADULT_DOER_WORDS} (the OR of its tokens' second flags against one bit, no look-up;
 * always true with the guards off for tests): the cheap test run before {@link _adultsClausesOnly}, kept here so the two
 * read the same words.
 *
 * @example _adultWordIn(doc) // false for "Mia will read 20 words by Easter."
 */
export function _adultWordIn(doc: _Doc): boolean {
  return !_lacks2(doc, F2_ADULT_DOER);
}
