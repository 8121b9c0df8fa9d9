/**
 * The object of an outcome: whether the clauses the specificity anchors sit in name only a broad area, a destination or a
 * process ("catch up on English", "apply for university", "stay in education", "manage his money", "read for pleasure"),
 * not the particular skill, knowledge, task or qualification within it. Barnet Virtual School PEP Guidance, 5. Setting SMART
 * Outcomes, "Developing your SMART Outcome": Step One, "Start with the broad area of need", is not yet specific; Step Two,
 * "Think about the specific skills within the area of need", is (the labelling guide, Specific, and its rules 1 and 3: "improve
 * his literacy", "reach his potential in KS4" are not specific).
 *
 * The reading is narrow on purpose: a clause is area-only when, after its subject and modal, it is one verb of this list with
 * its particles and then only determiners, possessives, a few broad qualifiers and nouns that name an area, a destination or
 * a process, with no figure. Any other word (a named task, "homework", "coursework", "an apprenticeship", a stop-behaviour, a
 * figure, a name of a course, a frequency) leaves the clause as it was read.
 */
import { _childSubject } from './_roles';
import { _F3_NUMBER_OR_PLURAL, _flag2At, _flag3At, _lacks2, _numAt, _wordFlag2, _wordFlag3, type _Doc } from './_doc';
import { _endsIng } from './_ends';
import { _heldThingEnd, _knownPermission, conditionWord } from './_measure';
import { _ADULT_HEADS, _ADULT_JOBS, _ADULT_SUBJECTS, _AREA_NOUNS, _AREA_PROCESSES, _BECOMING, _CHILD_POSSESSIVES, _QUOTE_MARKS, _CONCRETE_VERBS, _EVENT_VERBS, _FEELINGS, _OBSERVABLE_VERBS, _OCCASIONS, _RESOURCES, _SUBJECTS, _TIMEKEEPING, _TITLES, _VAGUE_WHEN, _WEEKDAYS, _WISHING } from './_phrases';
import { _routineAt } from './_routine';
import { _CHILD_OBJECTS, _GOOD_EXAMS, _HELPED, _SETTING_HEADS } from './_specific';

/** Verbs whose object decides: a verb of progress, of staying or going, of applying or finding, of learning or managing. */
const AREA_VERBS: ReadonlySet<string> = new Set([
  'catch', 'stay', 'remain', 'keep', 'be', 'go', 'move', 'attend', 'apply', 'find', 'learn', 'manage', 'improve', 'develop', 'read', 'practise', 'practice', 'work', 'reach', 'understand', 'make', 'revise', 'finish',
  // Looking for a kind of post ("look for apprenticeships", "look for work"): a search, not a post gained (development labels:
  // "look for" an apprenticeship or work with nothing applied for 9 not specific to 0).
  'look',
  // Doing a subject ("Jordan to do English", "do my maths and english"): the subject as a whole, not a task in it (the labelling
  // guide, Specific rule 1); "do his English homework" names the task and is left as read.
  'do',
  // Communicating or expressing needs, wants or feelings as a whole: read only with such an object ({@link COMMUNICATED}).
  'communicate', 'express',
  // Becoming aware ("to become aware of his triggers"), read as being aware is (areaObject): an awareness cannot be seen.
  'become', 'becomes', 'becoming',
  // Aiming high ("to aim high in his GCSEs"): read only with "high" ({@link doingWell}).
  'aim',
  // Trying, putting in effort, giving it a go: read only as an effort with no standard ({@link mannerLength}).
  'try', 'put', 'give',
  // Calming down: read only as "calm down" with no strategy ({@link calmedDown}).
  'calm',
  // Engaging with an area ("engage with her course"), knowing or thinking about one ("know about staying safe", "to think about
  // options"), getting into EET: {@link BROAD_LEADS}.
  'engage', 'know', 'think', 'get',
]);
/**
 * What must follow "know", "think", "get" and "aim" for the area reading: knowing or thinking about a topic is an
 * understanding, which cannot be seen (the labelling guide, Measurable rule 3; development labels "know about", "think about"
 * with no act 2 not specific to 0; "know his number bonds", "know her address" name the knowledge and are left as read);
 * getting into EET (education, employment or training) is any of the three, no post named (development labels: 3 not
 * specific to 0; "get into college" is entering a place, _measure.ts); aiming is read only as "aim high" ({@link doingWell}).
 * "Have good attendance" is left as read: the child's own attendance is specific (Settled cases).
 */
const BROAD_LEADS: ReadonlyMap<string, string> = new Map([['know', 'about'], ['think', 'about'], ['get', 'into'], ['aim', 'high']]);
/** Heads of a skill named only as a whole ("number sense", "his exam technique"): the area's own skill, no part named. */
const WHOLE_SKILLS: ReadonlySet<string> = new Set(['sense', 'technique']);
/**
 * The length of a manner or an effort with no standard at the verb v (0 when there is none): "do well", "aim high", "do
 * better", "do (try) his best", "try her hardest", "try harder", "put (in) more effort", "make more of an effort", "give it a
 * go". The labelling guide, Specific rule 2: "try harder in maths", "do better at school" name no baseline, no number and no
 * skill, so the exams or the setting it is done in are the area read ("do well in her SATs", "try his best at college").
 * Development labels: 0 specific of 36 "do well" texts, 0 of 8 "aim high", 0 of 13 "do (try) his best", 0 of 2 "put more
 * effort" with nothing named. A grade named ("do well in maths, a grade 5"), an act after it ("try his best to read 10 words")
 * or a stop-behaviour joined ("and stop rushing") leaves the clause as read.
 */
function mannerLength(doc: _Doc, v: number): number {
  const verb = doc.w[v] ?? '';
  const x = doc.w[v + 1] ?? '';
  if ((verb === 'do' && (x === 'well' || x === 'better')) || (verb === 'aim' && x === 'high') || (verb === 'try' && (x === 'harder' || x === 'hard'))) return 2;
  if (verb === 'do' || verb === 'try') {
    let j = _CHILD_POSSESSIVES.has(x) ? v + 2 : v + 1;
    if (doc.w[j] === 'very') j++;
    return doc.w[j] === 'best' || doc.w[j] === 'hardest' ? j + 1 - v : 0;
  }
  // "put more effort into", "put in extra effort", "make an effort", "make more of an effort": effort named with no act.
  if (verb === 'put' || verb === 'make') {
    let j = v + 1;
    while (j < v + 5 && (EFFORT_DEGREE.has(doc.w[j] ?? '') || _CHILD_POSSESSIVES.has(doc.w[j] ?? ''))) j++;
    return doc.w[j] === 'effort' ? j + 1 - v : 0;
  }
  // "give it a go", "give things a try", "give it his all".
  if (verb !== 'give' || !(x === 'it' || x === 'things' || x === 'everything')) return 0;
  if (doc.w[v + 2] === 'a' && (doc.w[v + 3] === 'go' || doc.w[v + 3] === 'try')) return 4;
  return _CHILD_POSSESSIVES.has(doc.w[v + 2] ?? '') && doc.w[v + 3] === 'all' ? 4 : 0;
}
/**
 * Words of degree between "put" or "make" and "effort" ("put in more", "make more of an", "a real", "a lot of", "his best"),
 * beside the owner's word ({@link _CHILD_POSSESSIVES}).
 */
const EFFORT_DEGREE: ReadonlySet<string> = new Set(['in', 'more', 'extra', 'some', 'an', 'a', 'of', 'real', 'bigger', 'greater', 'full', 'maximum', 'lot', 'best', 'every']);
/** Verbs read only with an effort after them ({@link mannerLength}): with any other object the clause is left as read. */
const EFFORT_ONLY: ReadonlySet<string> = new Set(['try', 'put', 'give']);
/** Whether the verb at v is a manner or an effort with no standard ({@link mannerLength}). */
function doingWell(doc: _Doc, v: number): boolean {
  return mannerLength(doc, v) > 0;
}
/** Particles and prepositions after such a verb or inside its object ("catch up on", "keep on top of", "in his books"). */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'on', 'in', 'at', 'to', 'into', 'for', 'of', 'with', 'top', 'how', 'about', 'across']);
/** Determiners, possessives and broad qualifiers that name nothing particular ("his", "a wider range of", "missed"). */
const QUALIFIERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'its', 'the', 'a', 'an', 'some', 'all', 'more', 'new', 'missed', 'wider', 'range', 'own', 'fluently', 'well', 'and', 'or', ',', '&', 'same', 'current', 'existing', 'present', 'full', 'most', 'sort', 'kind', 'whole']);
/**
 * Set tasks ("his assignments", "her CV"): an area only for a verb of process ("keep on top of assignments", "work on CV");
 * finished or made they are a task named, like "complete his homework" (the labelling guide, Settled cases; Measurable rule 5,
 * a one-off event). Development labels: finished or completed 16 specific to 1; "work on", "keep on top of", "catching up" 3 not.
 */
const SET_TASKS: ReadonlySet<string> = new Set(['assignments', 'cv']);
/**
 * Post-16 destinations ("college", "university", "sixth form"): with no habit of attending (no rate, figure, "every day" or
 * "on time", each of which leaves the clause as read) going to, being in, staying in or attending one names a destination,
 * not the child's attendance (development labels: "go to college", "stay in college", "attend college" alone not specific,
 * 6 to 1; "keep going to college" is neither, Settled cases). School is attendance (Settled cases: "the child's own
 * attendance or punctuality at school or lessons": specific), so "school" is a setting, never a head.
 */
const DESTINATIONS: ReadonlySet<string> = new Set(['college', 'university', 'uni']);
/**
 * Catching up is a process, whatever is caught up on or with (the labelling guide, Specific rule 1, and Measurable rule 6;
 * development labels: "catch up" with no figure and no named content 22 not specific to 0): "catch up" alone ("Maisie to
 * catch up."), with the peers or class caught up with ("catch up with her peers"), on coursework, or on work missed with the
 * reason it was missed ("the work he missed while he was at home", "missed learning from when he was out of school"). A
 * figure ("2 practicals outstanding") or named content ("Unit 4", "the phonics she missed …, phase 3") leaves it as read.
 */
const CATCH_SCOPE: ReadonlySet<string> = new Set(['peers', 'classmates', 'coursework', 'everyone', 'others', 'lessons', 'else', 'rest', 'year', 'group', 'what',
  // The gaps, or every subject or the curriculum at once ("catch up on gaps from missed schooling", "missed work in all
  // subjects", "across the whole curriculum"): no content named either (development labels: 2 not specific to 0). Content
  // named after a colon ("her science subjects: biology and chemistry practicals") leaves it as read ({@link areaClause}).
  // A vague time ("Ava will catch up on coursework soon", _phrases.ts {@link _VAGUE_WHEN}, read beside this list) says when,
  // with no point, not what (the labelling guide, Time-bound: a vague timing is none; 1 not specific to 0). Help after it
  // ("with the help of her tutor", "with help", {@link listenerWord}) says who helps, not what is caught up on (Specific rule
  // 1: help makes no process specific). How far it spreads ("across the whole curriculum") is a particle and a qualifier.
  'gaps', 'subjects', 'curriculum']);
/** Words opening the reason work was missed, after what is caught up on ("he missed", "from when", "while he was away", "gaps left by", "caused by"). */
const MISSED_REASON: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'from', 'when', 'while', 'whilst', 'due', 'because', 'left', 'caused']);

/**
 * Whether a heading's one word names an area ({@link _areaOnly}): an area noun, a school subject, the coursework caught up on,
 * the child's timekeeping or a qualification's exams as a whole ("BTEC Sport – catch up", "GCSEs - do well").
 */
function headingArea(x: string): boolean {
  return _AREA_NOUNS.has(x) || _SUBJECTS.has(x) || x === 'coursework' || _TIMEKEEPING.has(x) || _GOOD_EXAMS.has(x);
}

/** Verbs that finish a set task ("finish his assignments", "make her CV"). */
const TASK_VERBS: ReadonlySet<string> = new Set(['finish', 'make']);
/**
 * Lessons, after a verb of going or staying ({@link GOING_VERBS}): the child's attendance at lessons, wherever they are ("attend
 * all her college lessons", "go to his lessons at college"; Settled cases: "the child's own attendance or punctuality at school
 * or lessons": specific). After any other verb they are a setting ("make friends in his lessons").
 */
const LESSONS: ReadonlySet<string> = new Set(['lessons', 'lesson']);
/** Verbs of going or staying, after which lessons are attended, not a setting. */
const GOING_VERBS: ReadonlySet<string> = new Set(['attend', 'go', 'be', 'stay', 'remain']);
/** Settings an area may be placed in ("make friends in his new school", "in sixth form", "reach his potential in KS4"): no head alone. */
const SETTINGS: ReadonlySet<string> = new Set(['school', 'class', 'lessons', 'lesson', 'form', 'sixth', 'nursery', '#']);
/**
 * Inner states, feelings and their areas of need ("his confidence", "her resilience", "sensory regulation", "sleep", "trauma",
 * "attachment with carer"): a disposition or a broad area of need, which cannot be seen done. The labelling guide, Specific rule
 * 1 ("be more confident", "be happier", "settle" are not specific), and Barnet Virtual School PEP Guidance, 5. Setting SMART
 * Outcomes, "Developing your SMART Outcome", Step One ("XX will be able to manage their emotions") against Step Two ("identify
 * their emotions using the Incredible five point scale"); SEND Code of Practice 2015, chapter 6, "Broad areas of need":
 * social, emotional and mental health. Read only after a verb of {@link STATE_VERBS}.
 */
const STATE_NOUNS: ReadonlySet<string> = new Set([
  'confidence', 'self-confidence', 'resilience', 'regulation', 'self-regulation', 'wellbeing', 'well-being', 'self-esteem', 'esteem', 'sleep', 'trauma', 'emotions',
  'feelings', 'attachment', 'attachments', 'anxiety', 'anxieties', 'anger', 'mood', 'moods', 'trust', 'worries',
]);
/** Words describing an inner state before its noun ("sensory regulation", "emotional wellbeing", "self regulation", "mental health"). */
const STATE_DESCRIBERS: ReadonlySet<string> = new Set(['sensory', 'emotional', 'self', 'mental', 'own', 'inner']);
/** Verbs of growing a state, a skill or knowledge ("build his confidence", "improve his motor skills"): the first of {@link STATE_VERBS}. */
const GROWING_VERBS: readonly string[] = ['build', 'develop', 'improve', 'boost', 'grow', 'strengthen', 'increase'];
/** Verbs of building up, working on or dealing with a state: a process, not an act seen ("build his confidence", "address sleep"). */
const STATE_VERBS: ReadonlySet<string> = new Set([
  ...GROWING_VERBS, 'work', 'address', 'raise', 'manage',
  // Dealing with it as a whole ("sort out his sleep", "tackle her anger", "help Jack with his anger"): the state named is the
  // broad area, not a skill within it (Barnet, "Developing your SMART Outcome", Step One; development labels: "sort out" or
  // "help with" a state or its lateness 4 not specific to 0; "sort out" a thing, "sort his bus pass", names a task and is
  // left as read, 5 specific to 0).
  'sort', 'tackle', 'help',
]);
/**
 * The object after a verb of {@link BROAD_LEADS} at i, read whole: `AREA` or 0, or -1 when the verb takes no lead (read on as
 * usual) or is "get into" EET (read on from the verb).
 */
function leadObject(doc: _Doc, i: number, e: number, verb: string): number {
  const lead = BROAD_LEADS.get(verb);
  if (lead === undefined) return -1;
  // "know who to talk to", "know where to go when upset": whom to turn to, no act or person named ({@link turnedTo}).
  if (verb === 'know' && (doc.w[i + 1] === 'who' || doc.w[i + 1] === 'where') && doc.w[i + 2] === 'to') return turnedTo(doc, i + 3, e);
  // "She will know she can talk to her key adult": a permission or support known is an inner state, whoever is named (_knownPermission).
  if (verb === 'know' && _knownPermission(doc, i)) return STATE;
  if (doc.w[i + 1] !== lead) return 0;
  // Knowing or thinking about a topic: the topic names no content (a figure or a name leaves it as read), as an understanding's
  // does; a second verb joined to it ("think about and plan his application") is an act named, read as usual.
  if (lead === 'about') return doc.w[i + 2] !== 'and' && doc.w[i + 2] !== 'or' && !actThought(doc, i + 2) && !ownPlan(doc, i + 2, e) && topicOnly(doc, i + 2, e) ? AREA : 0;
  return lead === 'high' || doc.w[i + 2] === 'eet' ? -1 : 0;
}

/** Words opening what is thought about as a clause ("what he says", "how she can join in"). */
const WH_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'when', 'where', 'why', 'which', 'whether']);
/** Pronouns the child is named by as a subject inside that clause. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we']);
/** Documents of the child's own known about ("her care plan", "his pathway plan", "my PEP"). */
const PLAN_NOUNS: ReadonlySet<string> = new Set(['plan', 'pep', 'ehcp']);

/**
 * Whether what is known about at k is a plan or document of the child's own ("know about her care plan"): particular knowledge,
 * the child's own plan named (the labelling guide, Specific), unlike a topic ("know about the Romans", "about staying safe").
 */
function ownPlan(doc: _Doc, k: number, e: number): boolean {
  if (!_CHILD_POSSESSIVES.has(doc.w[k] ?? '')) return false;
  // "her care plan", "his pathway plan"; another's plan ("her mum's plan") is not the child's own.
  for (let j = k + 1; j < e && j <= k + 3; j++) {
    if (PLAN_NOUNS.has(doc.w[j] ?? '')) return true;
    if (/['\u2019]s$/.test(doc.toks[j]?.raw ?? '') || doc.toks[j]?.kind !== 'w') return false;
  }
  return false;
}

/** Modal verbs passed over before the clause's own verb ("how he can contribute"). */
const CLAUSE_MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'should', 'might', 'may']);
/** Verbs of being, having or knowing: a state in the clause, no act ("how he is doing", "so she knows where to go"). */
const CLAUSE_STATES: ReadonlySet<string> = new Set(['is', 'are', 'am', 'was', 'be', 'has', 'have', 'know', 'knows', 'understand', 'understands']);

/**
 * Whether what is thought about at k is a clause naming an act of the child's ("think about what he says before he speaks",
 * "how he can contribute in class"): a particular behaviour (the labelling guide, Specific), not a topic; a wish in it ("what he
 * wants to do after Year 11", "what she would like to do") names no act (Settled cases, the wish row).
 */
function actThought(doc: _Doc, k: number): boolean {
  return WH_WORDS.has(doc.w[k] ?? '') && childAct(doc, k + 1, CLAUSE_MODALS);
}

/**
 * Whether a purpose clause at the "so" at k names an outcome the child achieves ("so that he finishes all questions", "so
 * she does not miss the bus"): what the child will do (the labelling guide, Specific: a particular outcome), not what he
 * may then do ("so he can access lessons": an ability, development labels not specific) nor a state ("so she feels ready").
 */
function outcomeAfter(doc: _Doc, k: number): boolean {
  return childAct(doc, doc.w[k + 1] === 'that' ? k + 2 : k + 1, WILL);
}
/** "will" alone, as the modal of an outcome ({@link outcomeAfter}). */
const WILL: ReadonlySet<string> = new Set(['will']);

/** Whether the child as a pronoun or a name at k is followed by a verb of an act (after one of `modals`), not a wish or a state. */
function childAct(doc: _Doc, k: number, modals: ReadonlySet<string>): boolean {
  if (!(SUBJECT_PRONOUNS.has(doc.w[k] ?? '') || _childSubject(doc, k))) return false;
  const v = modals.has(doc.w[k + 1] ?? '') ? k + 2 : k + 1;
  const x = doc.w[v] ?? '';
  if (doc.toks[v]?.kind !== 'w' || CLAUSE_MODALS.has(x) || CLAUSE_STATES.has(x)) return false;
  return !(_WISHING.has(x) || _WISHING.has(x.replace(/e?s$/, '')) || _WISHING.has(x.replace(/s$/, '')));
}

/** Words passed over after a verb of dealing with a state: its particle and whom it is done for ("sort out", "help Jack with"). */
function dealtWith(doc: _Doc, verb: string, i: number): number {
  if (verb === 'sort' && doc.w[i] === 'out') return i + 1;
  if (verb !== 'help') return i;
  // "help Jack with his anger", "help him with", "help with his anger": the child named or a pronoun, then "with".
  const j = doc.w[i] === 'him' || doc.w[i] === 'her' || doc.w[i] === 'them' || doc.w[i] === 'me' || _childSubject(doc, i) ? i + 1 : i;
  return doc.w[j] === 'with' ? j + 1 : -1;
}
/**
 * {@link STATE_VERBS} as a second-word flag, with the verbs of the states read whole ("calm down", "know who to talk to":
 * {@link calmedDown}, {@link turnedTo}): the scan for a state built up asks one array a word.
 */
const F2_STATE_VERB = _wordFlag2([...STATE_VERBS, 'calm', 'know']);
/**
 * Verbs of a feeling after "learn to" ("learn to trust adults", "learn to relax"): an inner state learnt, not a skill seen done
 * (the labelling guide, Specific rule 1; Measurable rule 3 names observable capabilities, not feelings). Not "accept": accepting
 * a consequence, "no" or help is compliance seen (review36b).
 */
const FEELING_VERBS: ReadonlySet<string> = new Set(['trust', 'relax', 'love', 'like', 'enjoy', 'value', 'believe', 'feel']);
/** Words opening the clause before its verb: an infinitive, a modal, "be able to". */
const FRAME: ReadonlySet<string> = new Set(['to', 'will', 'must', 'should', 'can', 'shall', "'ll", 'able']);
const F_FRAME = _wordFlag2(FRAME);
/** Words before a number that make it a stage, not a figure ("Year 9", "Post 16", "key stage 4"). */
const STAGE_WORDS: ReadonlySet<string> = new Set(['year', 'yr', 'stage', 'post', 'ks', 'y']);
/** Marks that end a clause read here. */
const ENDS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '?', ':', '-', '–', '•', '*']);
/** {@link ENDS} as a third-word flag ({@link _flag3At}): {@link _segmentEnd} reads one bit per mark. */
const F3_SEGMENT_END = _wordFlag3(ENDS);

/** The end (exclusive) of the segment holding token k (segments end at a sentence's end, a heading's mark, a bullet). */
export function _segmentEnd(doc: _Doc, k: number): number {
  let e = k;
  while (e < doc.toks.length && !(doc.toks[e]?.kind === 'p' && _flag3At(doc, e, F3_SEGMENT_END))) e++;
  return e;
}

/** The start of the segment holding token k. */
export function _segmentStart(doc: _Doc, k: number): number {
  let s = k;
  while (s > 0 && !(doc.toks[s - 1]?.kind === 'p' && _flag3At(doc, s - 1, F3_SEGMENT_END))) s--;
  return s;
}

/** Units of a vague time after "next" or "this" ("next year"), read by {@link destinationTime}. */
const VAGUE_TIME_UNITS: ReadonlySet<string> = new Set(['year', 'term', 'month', 'week']);

/**
 * The end of a vague time at k right after a destination ("go to college next year", "go to college after Year 11", "do
 * English and maths at college next year"), or k when there is none: it says when, not what, no point and no value to reach
 * (the labelling guide, Time-bound: vague timing is none; Measurable rule 6, "Year 7" only names), whatever the clause's verb
 * does there. After any other area ("stay in education after Year 11") the figure is read as before.
 */
function destinationTime(doc: _Doc, k: number): number {
  if (doc.used[k] !== 0 || !(DESTINATIONS.has(doc.w[k - 1] ?? '') || (doc.w[k - 1] === 'form' && sixthForm(doc, k - 2)))) return k;
  const x = doc.w[k];
  if ((x === 'next' || x === 'this') && VAGUE_TIME_UNITS.has(doc.w[k + 1] ?? '')) return k + 2;
  if (x === 'after' && doc.w[k + 1] === 'year' && doc.toks[k + 2]?.kind === 'n') return k + 3;
  return k;
}

/** Whether token k lies inside a vague time right after a destination ({@link destinationTime}). */
function inDestinationTime(doc: _Doc, k: number): boolean {
  for (let s = k; s >= Math.max(1, k - 2); s--) if (destinationTime(doc, s) > k) return true;
  return false;
}

/** Whether token k opens "sixth form" or "6th form", a destination. */
function sixthForm(doc: _Doc, k: number): boolean {
  return (doc.w[k] === 'sixth' || /^6th$/i.test(doc.toks[k]?.raw ?? '')) && doc.w[k + 1] === 'form';
}

/** "once", "twice", "thrice": a number of times in a word ("no more than twice a half term" is "2 times a half term"). */
const TIMES_WORDS: ReadonlySet<string> = new Set(['once', 'twice', 'thrice']);
/** Words after "one" that make it a pronoun, not a figure ("one another", "one of them"; "no one" is read before it). */
const ONE_PRONOUN: ReadonlySet<string> = new Set(['another', 'of', 'to', '-', 'day']);

/**
 * Whether word k is a figure written in words, counted exactly as its digits are (the labelling guide, Measurable rules 1 and
 * 4, and Settled cases, sanctions below a figure: "no more than two times a half term" counts as "no more than 2 times"): a
 * number word ({@link _numAt}: "four out of five sessions", "ten out of ten"), or "once", "twice", "thrice" before a period
 * ("twice a half term", "once a week"). Not "one" as a pronoun ("no one", "one another", "one-to-one", "one day").
 */
function figureWord(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  if (TIMES_WORDS.has(x)) return TIMES_AFTER.has(doc.w[k + 1] ?? '');
  if (Number.isNaN(_numAt(doc, k))) return false;
  return x !== 'one' || !(ONE_PRONOUN.has(doc.w[k + 1] ?? '') || doc.w[k - 1] === 'no' || doc.w[k - 1] === 'any' || doc.w[k - 1] === 'every');
}
/** Words after "once" or "twice" that make it a number of times in a period ("twice a week", "once per lesson"). */
const TIMES_AFTER: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every', 'in', 'during', 'this']);

/**
 * Whether the figure at k, after "to", closes a range of content ("numbers to 10", "number bonds to twenty", "to one
 * hundred"), not a step between two figures ("Entry 2 to Entry 3", "from 6y to 7y"), which is a value.
 */
export function _rangeTo(doc: _Doc, k: number): boolean {
  const w = doc.w;
  const at = w[k - 1] === 'to' ? k - 1 : _flag3At(doc, k - 1, _F3_NUMBER_OR_PLURAL) && w[k - 2] === 'to' ? k - 2 : -1;
  if (at < 0) return false;
  for (let j = at - 1; j >= 0 && j >= at - 5; j--) if (doc.toks[j]?.kind === 'n' || _flag3At(doc, j, _F3_NUMBER_OR_PLURAL) || w[j] === 'from') return false;
  return true;
}

/** Whether token k is a figure of the child's (not a key stage or year group setting, not a deadline or background). */
function figureAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind === 'p' || doc.used[k] !== 0 || doc.bg[k] !== 0 || sixthForm(doc, k)) return false;
  // A figure closing a range of content names the content, in words or digits ("number bonds to ten", "to 10" closing its
  // part): no value to reach (the labelling guide, Measurable rule 6, "numbers that only name things"; review24e). Not a
  // count after a verb's "to" ("Apply to 3 apprenticeships"), nor a level reached "up to" ("knows up to 6x6").
  if (doc.toks[k + 1]?.kind !== 'w' && doc.w[k - 2] !== 'up' && _rangeTo(doc, k)) return false;
  if (t.kind !== 'n') return figureWord(doc, k) && !STAGE_WORDS.has(doc.w[k - 1] ?? '');
  if (ageReached(doc, k) || targetNumber(doc, k)) return false;
  return !/^(ks|y|yr)\d/i.test(t.raw) && !STAGE_WORDS.has(doc.w[k - 1] ?? '');
}

/**
 * Whether the number at k is an age reached after "by" ("in EET by 18", "by his 18th"): when, not a value (the labelling
 * guide, Time-bound: "by his 18th birthday (no month)" names no point the text gives, and no figure the child reaches).
 */
function ageReached(doc: _Doc, k: number): boolean {
  const j = doc.w[k - 1] === 'his' || doc.w[k - 1] === 'her' || doc.w[k - 1] === 'their' ? k - 2 : k - 1;
  return doc.w[j] === 'by' && /^(1[6-9]|2[0-5])(th)?$/i.test(doc.toks[k]?.raw ?? '');
}

/** Nouns labelling what follows as the aim ("my target is to", "the goal is to"). */
const AIM_LABELS: ReadonlySet<string> = new Set(['target', 'aim', 'goal']);
/** Words a target is numbered by ("Target 2:", "Outcome 3 -"): the aim's labels and a step or outcome's. */
const NUMBERED: ReadonlySet<string> = new Set([...AIM_LABELS, 'outcome', 'step']);

/**
 * Whether the number at k numbers the target in its label ("Target 2: …", "Outcome 3 - …" opening the text): a label, not a
 * value (Measurable rule 6). Only a colon after it or the label opening the text ("Target 2 (last PEP): …") makes it one: a figure after "aim" or
 * "target" elsewhere ("Sort out his lateness - aim 2.") is the figure aimed at, a measure (Measurable rule 1).
 */
function targetNumber(doc: _Doc, k: number): boolean {
  if (!NUMBERED.has(doc.w[k - 1] ?? '')) return false;
  const next = doc.w[k + 1] ?? '';
  if (next === ':') return true;
  let s = 0;
  while (s < k - 1 && _QUOTE_MARKS.has(doc.w[s] ?? '')) s++;
  return s === k - 1 && (next === '-' || next === '–' || next === ')' || next === '.' || next === '(');
}

/** Whether token k is part of an age reached after "by" ("by 18", "by his 18th birthday"): its "by", possessive, number or "birthday". */
function inAge(doc: _Doc, k: number): boolean {
  if (ageReached(doc, k)) return true;
  const x = doc.w[k];
  if (x === 'by') return ageReached(doc, k + 1) || ageReached(doc, k + 2);
  if (x === 'birthday') return ageReached(doc, k - 1);
  return doc.w[k - 1] === 'by' && ageReached(doc, k + 1);
}

/**
 * Nouns of knowing after "develop" ("develop an understanding of fractions", "develop her awareness of turn-taking"): what is
 * developed is an understanding, which cannot be seen (the labelling guide, Measurable rule 3: "develop an understanding"), of
 * a topic named as an area, not the particular skill or knowledge within it (Barnet Virtual School PEP Guidance, 5. Setting
 * SMART Outcomes, "Developing your SMART Outcome", Step One "Start with the broad area of need" against Step Two).
 */
const KNOWING_NOUNS: ReadonlySet<string> = new Set(['understanding', 'awareness', 'knowledge']);

/** Verbs of knowing's own growth besides "develop" ("build an understanding of fractions", "deepen his knowledge of"): read alike. */
const KNOWING_VERBS: ReadonlySet<string> = new Set(['develop', 'build', 'deepen', 'gain']);
/** AREA_VERBS with {@link KNOWING_VERBS} and {@link STATE_VERBS} as a third-word flag ({@link _flag3At}): {@link areaClause} reads one bit. */
const F3_AREA_OR_KNOWING = _wordFlag3([...AREA_VERBS, ...KNOWING_VERBS, ...STATE_VERBS]);
/** Words of degree before the noun of knowing ("a secure understanding of", "a good knowledge of"): they name no topic. */
const KNOWING_DEGREE: ReadonlySet<string> = new Set(['secure', 'good', 'better', 'greater', 'deeper', 'clear', 'clearer', 'basic', 'sound', 'strong', 'stronger', 'firm', 'broader', 'wider', 'increased', 'improved', 'full', 'fuller']);
/** Words that are no name when written with a capital ("Maths vocabulary", "Phase 3 sounds", "Year 7"): subjects and stages. */
const NOT_NAMES: ReadonlySet<string> = new Set([..._SUBJECTS, 'year', 'phase', 'level', 'stage', 'key', 'step', 'unit', 'term', 'i']);
/** Marks that end a sentence inside a segment (a capital after one opens a sentence, no sign of a name). */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', '\n', ':', ';']);

/** Whether word k is a verb the child does ("use", "travel", "name", "recall"): an act, after which a topic ends. */
function actVerb(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  return doc.toks[k]?.kind === 'w' && (_CONCRETE_VERBS.has(x) || _OBSERVABLE_VERBS.has(x) || _EVENT_VERBS.has(x));
}

/** Nouns of occasions a frequency counts ("every Monday", "each lesson"), with the week days. */
const OCCASION: ReadonlySet<string> = new Set([..._OCCASIONS, ..._WEEKDAYS.keys()]);
/** Adverbs of frequency ("daily", "weekly"). */
const FREQUENT: ReadonlySet<string> = new Set(['daily', 'weekly', 'nightly', 'fortnightly', 'everyday']);

/** Whether a frequency ("every Monday", "in every lesson", "each morning", "daily") lies in [k, e): it counts like a figure. */
export function _frequency(doc: _Doc, k: number, e: number): boolean {
  for (; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (FREQUENT.has(x)) return true;
    if ((x === 'every' || x === 'each') && (OCCASION.has(doc.w[k + 1] ?? '') || OCCASION.has(doc.w[k + 2] ?? ''))) return true;
  }
  return false;
}

/**
 * Whether token j ends a topic with an act or a purpose: "so" ("… so he can travel on his own"), "by" + a word in -ing ("by
 * growing a sunflower"), "and", "to", a comma or a dash (with "then" or not) before a verb of the child's ("and use it to name
 * how he feels").
 */
function topicEnd(doc: _Doc, j: number): boolean {
  const x = doc.w[j] ?? '';
  if (x === 'so') return true;
  if (x === 'by') return doc.toks[j + 1]?.kind === 'w' && _endsIng(doc.w[j + 1] ?? '');
  // ", then halve a pizza": "then" after a mark passes to the verb.
  const v = x !== 'and' && x !== 'to' && doc.w[j + 1] === 'then' ? j + 2 : j + 1;
  return (x === 'and' || x === 'to' || x === ',' || x === '-' || x === '–' || x === '—') && actVerb(doc, v);
}

/**
 * Whether token j in a topic is a figure naming its content ("the 3 times table", "phase 3 sounds", "level 1 maths", "numbers
 * to 20"), counted whether or not a scan took it as a naming number; not a year group or key stage ("the Year 7 timetable":
 * the labelling guide, Specific rule 3) nor a background figure.
 */
function topicFigure(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t === undefined || doc.bg[j] !== 0) return false;
  if (t.kind !== 'n' && Number.isNaN(_numAt(doc, j))) return false;
  const before = doc.w[j - 1] ?? '';
  if (/^(ks|y|yr)\d/i.test(t.raw) || before === 'year' || before === 'yr' || before === 'ks' || before === 'y' || before === 'post') return false;
  return !(before === 'stage' && doc.w[j - 2] === 'key');
}

/**
 * Whether token j is a sign of a name: a word written with a capital, not opening a sentence, not a subject or stage word
 * ("the Tudors", "the Great Fire of London", "British Sign Language"; not "Maths vocabulary", "Phase 3", "Year 7").
 */
function nameSign(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  if (t?.kind !== 'w' || !/^[A-Z][a-z]/.test(t.raw) || NOT_NAMES.has(doc.w[j] ?? '')) return false;
  return j > 0 && !SENTENCE_MARKS.has(doc.w[j - 1] ?? '');
}

/** Words opening a particular object after a verb ("put his hand up", "swim a width", "order his own lunch", "say no"). */
const OBJECT_STARTS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'its', 'this', 'that', 'these', 'those', 'one', 'no']);
/** Words of an act done without help ("on his own", "unaided", "independently"): the labelling guide, "An action done without help". */
const UNAIDED: ReadonlySet<string> = new Set(['own', 'unaided', 'independently', 'alone', 'himself', 'herself', 'themselves', 'unprompted']);
/** {@link UNAIDED} for the timetable reading (_timetable.ts): a manner the adult can see ("go to chess club independently"). */
export const _UNAIDED: ReadonlySet<string> = UNAIDED;
/** Verbs of going somewhere ("to go to school", "to come to the club"): the place after "to" is where, not an object. */
const MOVING: ReadonlySet<string> = new Set(['go', 'come', 'get', 'move', 'walk', 'travel', 'return', 'stay', 'wait', 'look', 'be']);
/** What is not a behaviour after "without" or "using" ("without support", "using help"): help, an adult, a prompt. */
const HELP: ReadonlySet<string> = new Set(['help', 'support', 'adult', 'adults', 'prompt', 'prompts', 'prompting', 'being']);

/**
 * Whether token j of a state's field (`topicOnly` with `state`) joins an act to the state, so the act is read as usual
 * (review34d): "to" + a verb with a particular object, done without help or with a frequency (the labelling guide, "A verb a
 * child is seen doing, as the child's predicate and with a particular object, is an anchor", "An action done without help";
 * Measurable rule 1: a frequency); "without" + a behaviour or "and not" + a verb (Specific rule 5: a stop-behaviour names a
 * behaviour); "using" or "through" + a named strategy, like "by" + -ing (Barnet, Step Two: "using the Incredible five point
 * scale"). "to speak in class", "without adult support", "using support" stay the state's field.
 */
function stateAct(doc: _Doc, j: number, e: number): boolean {
  const x = doc.w[j] ?? '';
  const y = doc.w[j + 1] ?? '';
  if (doc.toks[j + 1]?.kind !== 'w') return false;
  if (x === 'to') {
    if (FEELING_VERBS.has(y) || y === 'be') return false;
    if (OBJECT_STARTS.has(doc.w[j + 2] ?? '') || _frequency(doc, j + 2, e)) return true;
    // "to read aloud", "to ask for help", "to present to the class": the act's manner or its object after a preposition, a task
    // an adult sees done (Specific: "the particular … behaviour, task"; Measurable rule 3); "to speak in class", "to go on the
    // trip" keep only a setting (development label y25-054: "build confidence to speak in class" is not specific; review36b).
    const z = doc.w[j + 2] ?? '';
    if (z === 'aloud' || ((z === 'for' || z === 'to') && !MOVING.has(y) && doc.toks[j + 3]?.kind === 'w' && doc.used[j + 3] === 0)) return true;
    for (let k = j + 2; k < e; k++) if (UNAIDED.has(doc.w[k] ?? '')) return true;
    return false;
  }
  if (x === 'without') return !HELP.has(y === 'a' || y === 'any' ? (doc.w[j + 2] ?? 'help') : y);
  if (x === 'and' && (y === 'not' || y === 'never')) return doc.toks[j + 2]?.kind === 'w';
  if (x === 'using') return !HELP.has(y);
  return x === 'through' && (_endsIng(y) || !(y === 'the' || y === 'out' || _OCCASIONS.has(y)));
}

/** How {@link topicOnly} reads a field: an understanding's topic (0), a state's field (1), a feeling's (2: whom it is for). */
const TOPIC = 0;
const FIELD = 1;
const FELT = 2;

/**
 * Whether the topic [k, e) of an understanding developed names only an area: no figure naming its content and no name,
 * passing over deadline spans. A topic ended by an act or a purpose ("by telling the time to the hour", "and use it to name
 * how he feels", "so he can travel on his own") is not area-only: the act is read as usual (review32b). A state's field
 * (`state` 1 or 2) ends only at an act joined to it ({@link stateAct}); a name after a feeling ("learn to trust Mrs Patel")
 * is whom it is felt for, not an act (review34d).
 */
function topicOnly(doc: _Doc, k: number, e: number, state = TOPIC): boolean {
  for (let j = k; j < e; j++) {
    const used = doc.used[j] ?? 0;
    if (used !== 0 && used !== 4) continue;
    if (state !== TOPIC && stateAct(doc, j, e)) return false;
    // What a state is for ("confidence to speak in class") is the state's own field, not an act done; "and", "by" and "so"
    // with an act still end it ("build her confidence by reading aloud to the class").
    if (topicEnd(doc, j) && !(state !== TOPIC && doc.w[j] === 'to')) return false;
    if (topicFigure(doc, j) || (state !== FELT && nameSign(doc, j))) return false;
  }
  return true;
}

/** Whether token i is a capitalised name with a possessive ending ("Kai's", "Mia’s"). */
function possessiveName(doc: _Doc, i: number): boolean {
  const raw = doc.toks[i]?.raw ?? '';
  const c = raw.charCodeAt(0);
  return doc.toks[i]?.kind === 'w' && c >= 65 && c <= 90 && (raw.endsWith("'s") || raw.endsWith('\u2019s'));
}

/** What {@link areaClause} read: an area, a destination or a process (1), or an inner state (2; 0: neither). */
const AREA = 1;
const STATE = 2;

/** Whether the reason [k, e) that work was missed names no content: no figure (a stage read as content too) and no name. */
function reasonOnly(doc: _Doc, k: number, e: number): boolean {
  for (let j = k; j < e; j++) if (doc.toks[j]?.kind === 'n' || nameSign(doc, j)) return false;
  return true;
}

/**
 * Whether the segment [s, e) is an area-only clause (`AREA`, or `STATE` for an inner state or feeling, 0 if neither): an optional subject and frame, a verb of {@link AREA_VERBS} ("learn to"
 * and "how to" take a second verb), then only particles, qualifiers, settings and at least one area noun; deadline spans,
 * an aside in brackets and a purpose clause ("so he can…") are passed over.
 */
function areaClause(doc: _Doc, s: number, e: number): number {
  const v = clauseVerb(doc, s, e);
  // Content named after a colon ("Catch up on her science subjects: biology and chemistry practicals"): left as read.
  if (doc.w[v] === 'catch' && doc.w[e] === ':' && doc.toks[e + 1]?.kind === 'w') return 0;
  return areaObject(doc, v, e) || workedOn(doc, v, e) || caughtUp(doc, s, e);
}

/** Words between what is caught up and "caught up" in the passive ("to be", "needs to be", "will be", "is"). */
const PASSIVE_LINKS: ReadonlySet<string> = new Set(['to', 'be', 'needs', 'need', 'must', 'will', 'should', 'is', 'are', 'being', 'get', 'gets']);

/**
 * Whether the segment [s, e) is catching up said in the passive, with an area or the coursework as its subject and nothing
 * else named (`AREA`; 0 if not): "Coursework to be caught up", "English coursework needs to be caught up by Easter". Catching
 * up is a process whatever voice it is in ({@link CATCH_SCOPE}; development labels: in the passive 2 not specific to 0). A
 * figure, a name ("Unit 4") or a word no class knows leaves it as read.
 */
function caughtUp(doc: _Doc, s: number, e: number): number {
  // With no "caught" in the segment and no "up" after its end, the reading below finds nothing: skipped with no look-up.
  let c = s;
  while (c < e && doc.w[c] !== 'caught') c++;
  if (c >= e && doc.w[e + 1] !== 'up') return 0;
  let i = s;
  let heads = 0;
  for (; i < e && doc.w[i] !== 'caught'; i++) {
    const x = doc.w[i] ?? '';
    if (_AREA_NOUNS.has(x) || _SUBJECTS.has(x) || x === 'coursework') heads++;
    else if (!(QUALIFIERS.has(x) || PASSIVE_LINKS.has(x) || MISSED_WORDS.has(x))) return 0;
  }
  if (heads === 0 || doc.w[i + 1] !== 'up') return 0;
  for (let j = i + 2; j < e; j++) if (doc.used[j] === 0 && doc.w[j] !== '.' && doc.w[j] !== '!' && !PARTICLES.has(doc.w[j] ?? '')) return 0;
  return AREA;
}
/** Words of what was missed before it ("missed work", "outstanding coursework"). */
const MISSED_WORDS: ReadonlySet<string> = new Set(['missed', 'outstanding', 'any', 'late', 'unfinished']);

/** The index of a clause's verb in [s, e): after a deadline opening it, the child named as subject and the frame ("to", "will"). */
function clauseVerb(doc: _Doc, s: number, e: number): number {
  let i = s;
  // A quoted target ("Weak target: 'Finley will work on his spellings.'") is read on the quote (the labelling guide judges
  // the target quoted): its opening mark is passed over.
  while (i < e && _QUOTE_MARKS.has(doc.w[i] ?? '')) i++;
  i = headingCell(doc, i, e);
  // A deadline opening the clause ("By Easter, Rio will…") is passed over, as it is inside the clause.
  while (i < e && (doc.used[i] !== 0 || (i > s && doc.w[i] === ','))) i++;
  // "My target is to …", "The aim is to …": the label of the aim leads it, as a heading does.
  i = aimLead(doc, i);
  // "For Mia to catch up", "For Leo to do his best": the aim stated as what is wanted for the child, read as "Mia to …" is.
  if (doc.w[i] === 'for' && doc.w[i + 2] === 'to' && _childSubject(doc, i + 1)) i++;
  // "The YP will…", "The pupil will…": the article before the child's noun.
  if (doc.w[i] === 'the' && _childSubject(doc, i + 1) && _flag2At(doc, i + 2, F_FRAME)) i++;
  // A template's blank for the child's name as subject ("[Name] will…", "(Name) to…"): read as the child named (the labelling
  // guide, Specific rule 6: the blank itself names nothing).
  if (OPEN_BRACKETS.has(doc.w[i] ?? '') && doc.toks[i + 1]?.kind === 'w' && (doc.w[i + 2] === ']' || doc.w[i + 2] === ')') && _flag2At(doc, i + 3, F_FRAME)) i += 3;
  // The child named as subject ("Ethan will…", "Kai to…", "I will…").
  if (i < e && doc.toks[i]?.kind === 'w' && !(_flag3At(doc, i, F3_AREA_OR_KNOWING) && AREA_VERBS.has(doc.w[i] ?? '')) && (_flag2At(doc, i + 1, F_FRAME) || becomingAt(doc, i + 1) || wantsTo(doc, i + 1) || needsTo(doc, i + 1)) && (_childSubject(doc, i) || doc.w[i] === 'i')) i++;
  // "He needs to calm down", "Needs to learn that…": the need stated is the aim, read as "to" is (the frame's own verb follows).
  if (needsTo(doc, i)) i++;
  // "I want to do well in my GCSEs": the child's wish leads doing well, as the frame does (a wish alone is not specific either:
  // the labelling guide, Settled cases, "the child's wish alone"); a wish to do a subject is an option chosen, left as read.
  if (wantsTo(doc, i) && doingWell(doc, i + 2)) i++;
  while (i < e && (_flag2At(doc, i, F_FRAME) || (doc.w[i] === 'be' && doc.w[i + 1] === 'able'))) i++;
  i = helpedToCatchUp(doc, i);
  // "Kian is becoming aware of …": the verb of becoming after "is" or "are", read as "to become" is.
  if ((doc.w[i] === 'is' || doc.w[i] === 'are') && doc.w[i + 1] === 'becoming') i++;
  return i;
}

/**
 * How many further aims joined by "and" an area-only clause may hold ("To do well in my GCSEs and go to college", "catch up on
 * his coursework and do well in his exams"): each names only an area, a destination or a process, so together they name no
 * skill either (the labelling guide, Specific rule 1; development labels of two such aims joined: 4 not specific to 0). Any
 * joined aim that names more leaves the clause as read. Bounded, so a long list is read in constant depth.
 */
const JOINED_AIMS = 2;

/**
 * The index of "catch" when catching up is what the child is helped to do at i ("To help Jayden catch up in maths", "help
 * him to catch up", "Gracie will be helped to catch up", "be supported to catch up"), else i. Catching up is the process
 * whoever helps (the labelling guide, Specific rule 1; {@link CATCH_SCOPE}): the help names no content either (development
 * labels: 3 not specific to 0). Read only before "catch up": any other act helped is left as read.
 */
function helpedToCatchUp(doc: _Doc, i: number): number {
  let j = i;
  if (doc.w[j] === 'be' && _HELPED.has(doc.w[j + 1] ?? '')) j += 2;
  else if (doc.w[j] === 'help' && (_childSubject(doc, j + 1) || _CHILD_OBJECTS.has(doc.w[j + 1] ?? ''))) j += 2;
  else return i;
  if (doc.w[j] === 'to') j++;
  return doc.w[j] === 'catch' && doc.w[j + 1] === 'up' ? j : i;
}

/**
 * The index after a table's heading cell of up to three words at i ("Target | Jay will…", "Communication | …"), else i: the
 * heading labels the target, as a heading ended by a colon does in a clause of its own.
 */
function headingCell(doc: _Doc, i: number, e: number): number {
  for (let j = i; j < e && j < i + 4; j++) {
    if (doc.w[j] === '|') return j > i ? j + 1 : i;
    if (doc.toks[j]?.kind !== 'w') return i;
  }
  return i;
}

/** Marks that open a template's blank ("[Name]", "(Name)"). */
const OPEN_BRACKETS: ReadonlySet<string> = new Set(['[', '(']);

/** The index after a lead "my target is" or "the aim is" at k before "to" (k itself if there is none). */
function aimLead(doc: _Doc, k: number): number {
  const j = doc.w[k] === 'my' || doc.w[k] === 'the' || doc.w[k] === 'his' || doc.w[k] === 'her' ? k + 1 : k;
  // "The aim is for Josh to …": the child after "for" is read by the caller, as "For Josh to …" is.
  return AIM_LABELS.has(doc.w[j] ?? '') && doc.w[j + 1] === 'is' && (doc.w[j + 2] === 'to' || doc.w[j + 2] === 'for') ? j + 2 : k;
}

/** Whether "need to" or "needs to" stands at k. */
function needsTo(doc: _Doc, k: number): boolean {
  return (doc.w[k] === 'need' || doc.w[k] === 'needs') && doc.w[k + 1] === 'to';
}

/** Whether "want to" or "wants to" stands at k. */
function wantsTo(doc: _Doc, k: number): boolean {
  return (doc.w[k] === 'want' || doc.w[k] === 'wants') && doc.w[k + 1] === 'to';
}

/** Whether the verb of becoming stands at k after the child named ("Kian becomes", "Kian is becoming"), with no frame before it. */
function becomingAt(doc: _Doc, k: number): boolean {
  return doc.w[k] === 'becomes' || ((doc.w[k] === 'is' || doc.w[k] === 'are') && doc.w[k + 1] === 'becoming');
}

/**
 * What is sorted out as a whole: the child's head, life, future, plans, next steps or money. The labelling guide, Specific rule 1 (a
 * broad area is not specific) and Barnet, "Developing your SMART Outcome", Step One; development labels: "sort" a destination,
 * "my head" or "next steps" 0 specific of 3.
 */
const SORTED_WHOLES: ReadonlySet<string> = new Set(['head', 'life', 'future', 'plans', 'steps', 'money', 'finances']);
/** Post-16 routes sorted out as a whole, beside the destinations ({@link DESTINATIONS}): "sort out his education". */
const SORTED_ROUTES: ReadonlySet<string> = new Set(['education', 'employment', 'training', 'eet']);

/**
 * The word x at i after "sort" ({@link areaObject}): 2 for what is sorted out as a whole ({@link SORTED_WHOLES}, a destination,
 * a post-16 route, a school subject), 1 for a word passed over ("out", the "next" of "next steps", the "form" of "sixth form",
 * a possessive), 0 otherwise. Only these read as an area: a thing the child sorts ("his CV", "his books", "his options", "a
 * placement", "a bus pass", "ID") names a task and leaves the clause as read (development labels: 7 specific to 1), though
 * a CV, books, options or a placement are areas after a verb of process ("work on his CV": {@link _AREA_NOUNS}).
 */
function sortedWord(doc: _Doc, i: number, x: string): number {
  if (SORTED_WHOLES.has(x) || DESTINATIONS.has(x) || SORTED_ROUTES.has(x) || _SUBJECTS.has(x) || sixthForm(doc, i)) return 2;
  if (x === 'form' && sixthForm(doc, i - 1)) return 1;
  return x === 'out' || (x === 'next' && doc.w[i + 1] === 'steps') || QUALIFIERS.has(x) || PARTICLES.has(x) ? 1 : 0;
}

/** Verbs of turning to someone for help ("talk to", "go to", "ask"): after "know who to" or "know where to". */
const TURNING: ReadonlySet<string> = new Set(['talk', 'speak', 'go', 'ask', 'turn', 'get', 'find']);
/** What is sought from whom one turns to ("for help", "for support", "to for advice"). */
const SOUGHT: ReadonlySet<string> = new Set(['help', 'support', 'advice']);

/**
 * Whether knowing whom or where to turn to, from the verb at k to e, names no one and nothing done (`STATE`; 0 if not): "know
 * who to talk to", "know where to go for help when she is worried"; a setting ({@link _SETTING_HEADS}: "in school") or a
 * feeling says where or when, not whom. Knowing cannot be seen (the labelling guide, Measurable
 * rule 3) and no person, place or act is named: the broad area of feeling safe (Barnet, "Developing your SMART Outcome", Step
 * One; development labels: alone 1 not specific to 0, named with an act of telling 1 specific). An adult or place named ("his
 * key worker", "the quiet room"), a figure, or an act joined ("and name 2 trusted adults") leaves it as read.
 */
function turnedTo(doc: _Doc, k: number, e: number): number {
  if (!TURNING.has(doc.w[k] ?? '')) return 0;
  let felt = false;
  for (let j = k + 1; j < e; j++) {
    const x = doc.w[j] ?? '';
    if (doc.used[j] !== 0 || x === '.' || x === '!') continue;
    if (conditionWord(x)) felt = true;
    else if (!(felt ? FELT_LINKS.has(x) || _FEELINGS.has(x) : SOUGHT.has(x) || PARTICLES.has(x) || QUALIFIERS.has(x) || _SETTING_HEADS.has(x) || _FEELINGS.has(x))) return 0;
  }
  return APPOSITION_MARKS.has(doc.w[e] ?? '') && namedAfter(doc, e + 1) ? 0 : STATE;
}

/** Marks after which the one turned to is named in apposition ("know who to talk to - her key worker", "…: Mrs Khan"). */
const APPOSITION_MARKS: ReadonlySet<string> = new Set([':', '-', '–']);

/**
 * Whether the segment from k names an adult or a place to go (read after {@link APPOSITION_MARKS} by {@link turnedTo}): an
 * adult's word ("her key worker", "the SENCo", "a trusted adult"), a title ("Mrs Khan"), a name written with a capital, or a
 * room ("the quiet room"). Named so, whom the child turns to is named, as it is in brackets, and the clause is left as read.
 */
function namedAfter(doc: _Doc, k: number): boolean {
  const e = _segmentEnd(doc, k);
  for (let j = k; j < e; j++) {
    const x = doc.w[j] ?? '';
    // A setting says where, not whom ("- at school": the school as an adult is read by the caller's own clause).
    if (_SETTING_HEADS.has(x)) continue;
    if (adultWord(x) || x === 'room') return true;
    const raw = doc.toks[j]?.raw ?? '';
    if (doc.toks[j]?.kind === 'w' && /^[A-Z][a-z]/.test(raw) && !conditionWord(x) && !FELT_LINKS.has(x)) return true;
  }
  return false;
}

/** Whether x is an adult's word by role or title ("her key worker", "the SENCo", "Mrs Khan"). */
function adultWord(x: string): boolean {
  return _ADULT_SUBJECTS.has(x) || _ADULT_HEADS.has(x) || _ADULT_JOBS.has(x) || _TITLES.has(x);
}

/** Words placing a state in the day before an occasion ("after break", "before lessons", "during carpet time"). */
const WHEN_IN_DAY: ReadonlySet<string> = new Set(['after', 'before', 'during', 'time', 'times']);
/** Words between "when" and the feeling ("when he is", "when she feels", "if I get"). */
const FELT_LINKS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'is', 'are', 'am', 'feels', 'feel', 'gets', 'get', 'becomes', 'become', 'starts', 'to', 'feeling', 'getting', 'very', 'really', 'a', 'bit', 'or', 'and', ',']);

/**
 * Whether the clause from "calm" at v is "calm down" as the whole aim (`STATE`; 0 if not): with nothing after it but a setting
 * ("in class", "at lunch") or when the feeling comes ("when upset", "if she is angry"). Calming down names an inner state to
 * reach, not how: Barnet, "Developing your SMART Outcome", Step One ("XX will be able to manage their emotions") against Step
 * Two ("identify their emotions using the Incredible five point scale"); the labelling guide, Specific rule 1 ("be more
 * confident", "settle"). Development labels: every "calm down" labelled specific names a strategy or a count ("use his calm
 * down box", "name 3 things that help him calm down"), "Needs to calm down" alone not. A strategy ("using his breathing",
 * "by going to the quiet room", "with his fidget"), a figure or any other word leaves the clause as read.
 */
function calmedDown(doc: _Doc, v: number, e: number): number {
  if (doc.w[v + 1] !== 'down') return 0;
  let felt = false;
  for (let j = v + 2; j < e; j++) {
    const x = doc.w[j] ?? '';
    if (doc.used[j] !== 0 || x === '.' || x === '!') continue;
    if (conditionWord(x)) felt = true;
    else if (!(felt ? FELT_LINKS.has(x) || _FEELINGS.has(x) || x === 'dysregulated' : PARTICLES.has(x) || QUALIFIERS.has(x) || SETTINGS.has(x) || _SETTING_HEADS.has(x) || _OCCASIONS.has(x) || WHEN_IN_DAY.has(x))) return 0;
  }
  return STATE;
}

/** The object read by {@link areaClause} from the clause's verb at i to e: an area (`AREA`), a state (`STATE`) or 0. */
function areaObject(doc: _Doc, i: number, e: number, joined = 0): number {
  const verb = doc.w[i] ?? '';
  // One bit for the three lists: most clauses' verbs are in none.
  if (!_flag3At(doc, i, F3_AREA_OR_KNOWING)) return 0;
  const knowing = KNOWING_VERBS.has(verb);
  const stating = STATE_VERBS.has(verb);
  if (!AREA_VERBS.has(verb) && !knowing && !stating) return 0;
  const manner = mannerLength(doc, i);
  if (verb === 'calm' || (manner === 0 && EFFORT_ONLY.has(verb))) return verb === 'calm' ? calmedDown(doc, i, e) : 0;
  const well = manner > 0, led = leadObject(doc, i, e, verb);
  if (led >= 0) return led;
  i += well ? manner : 1;
  // "sort out", "help Jack with": the particle or the one helped; "help" with anything else leaves the clause as read.
  i = stating ? dealtWith(doc, verb, i) : i;
  if (i < 0) return 0;
  const catchUp = verb === 'catch' && doc.w[i] === 'up';
  // "to do well", "aim high" alone: the manner is the whole aim (Specific rule 2); "catch up": the process is the area (CATCH_SCOPE).
  let heads = well || catchUp ? 1 : 0;
  let depth = 0, fromSkills = false;
  const communicating = verb === 'communicate' || verb === 'express';
  for (; i < e; i++) {
    const x = doc.w[i] ?? '';
    if (x === '(') depth++;
    else if (x === ')') depth = Math.max(0, depth - 1);
    // A vague time after a destination ("go to college next year") says when, not what (destinationTime).
    // "by 18", "by his 18th (birthday)": when, passed over as a deadline is ({@link inAge}).
    if (depth > 0 || x === ')' || doc.used[i] !== 0 || inDestinationTime(doc, i) || inAge(doc, i)) continue;
    // A purpose clause says what the outcome is for, not what it is (the labelling guide, Time-bound: "a purpose says what the target is for").
    if (x === 'so') return outcomeAfter(doc, i) || (fromSkills && ableAfter(doc, i)) ? 0 : heads > 0 ? AREA : 0;
    if (figureAt(doc, i)) return 0;
    if (catchUp && (CATCH_SCOPE.has(x) || _VAGUE_WHEN.has(x))) {
      heads++;
      continue;
    }
    // A second aim joined by "and" ("do well in my GCSEs and go to college"): both must be area-only (JOINED_AIMS).
    if (x === 'and' && heads > 0 && joined < JOINED_AIMS && _flag3At(doc, i + 1, F3_AREA_OR_KNOWING) && AREA_VERBS.has(doc.w[i + 1] ?? '')) return areaObject(doc, i + 1, e, joined + 1);
    // The reason it was missed names no content, unless a figure or a name in it does, background too ("she is currently on
    // phase 3 and her class are on phase 5": where the content stands).
    if (catchUp && heads > 1 && MISSED_REASON.has(x)) return reasonOnly(doc, i, e) ? AREA : 0;
    // Who helps a catch-up or hears needs told, passed over ({@link listenerWord}); what is told ({@link communicatedWords}).
    if ((catchUp || communicating) && listenerWord(doc, i, x)) continue;
    if (communicating) {
      const n = communicatedWords(doc, i, x);
      if (n < 0) return 0;
      if (n > 0) [heads, i] = [heads + 1, i + n - 1];
      continue;
    }
    // "learn to cook", "understand how to revise": the second verb is the process named, read as the object.
    if (x === 'to' && (verb === 'learn' || doc.w[i - 1] === 'how') && doc.toks[i + 1]?.kind === 'w') {
      i++;
      // A feeling learnt ("learn to trust adults"): whom or what it is felt for is its field, read as a state's (stateClause).
      if (FEELING_VERBS.has(doc.w[i] ?? '') && verb === 'learn') return topicOnly(doc, i + 1, e, FELT) ? STATE : 0;
      // A skill seen done ("learn to swim", "learn to ride a bike") is named whether or not a word follows it.
      if (!_AREA_PROCESSES.has(doc.w[i] ?? '')) return 0;
      if (e === i + 1 || (doc.used[i + 1] ?? 0) !== 0) heads++;
      continue;
    }
    const understood = understoodObject(doc, verb, knowing, i, e, heads);
    if (understood >= 0) return understood;
    // "a secure understanding of", "a good knowledge of": a degree of the knowing, no topic (review32b).
    if (knowing && KNOWING_DEGREE.has(x) && KNOWING_NOUNS.has(doc.w[i + 1] ?? '')) continue;
    const st = stating ? stateWord(doc, i, e, x) : READ_ON;
    if (st === PASS) continue;
    if (st !== READ_ON) return st;
    // "sixth form" is a destination like college ("stay in sixth form"); "in his form" stays a setting.
    if (verb !== 'sort' && sixthForm(doc, i) && AREA_VERBS.has(verb) && !verbNamesMore(verb, x)) {
      heads++;
      i++;
      continue;
    }
    // "develop fine motor skills through play": the area's whole set of skills (SKILL_AREAS) a head, then its means passed over.
    if (throughMeans(doc, verb, i, heads)) return AREA;
    const skills = CHANGE_VERBS.has(verb) && heads === 0 ? areaSkillsEnd(doc, i, e) : -1;
    const added = skills > 0 ? 1 : objectWord(doc, verb, i, x, well, heads);
    if (added < 0) return 0;
    heads += added;
    if (skills > 0) [i, fromSkills] = [skills - 1, true];
  }
  return heads > 0 ? AREA : 0;
}

/**
 * The object at i read whole when it is an understanding, an awareness or a truth learnt (`AREA` or 0), else -1 (read on).
 */
function understoodObject(doc: _Doc, verb: string, knowing: boolean, i: number, e: number, heads: number): number {
  const x = doc.w[i] ?? '';
  // "learn that actions have consequences": an understanding of a general truth, which cannot be seen ({@link learntThat}).
  if (learntThat(doc, verb, i, heads)) return topicOnly(doc, i + 1, e) && !examplesAfter(doc, i + 1) ? AREA : 0;
  // "develop an understanding of fractions", "develop his knowledge of place value": an understanding being developed, its
  // topic an area named, not a skill seen (development labels: 8 not specific to 1; a name is left as read).
  if (knowing && KNOWING_NOUNS.has(x) && doc.w[i + 1] === 'of') return topicOnly(doc, i + 2, e) ? AREA : 0;
  // "understand the importance of attending school": an understanding, which cannot be seen (the labelling guide, Measurable
  // rule 3), of why, not a skill, knowledge or behaviour the child will show (development labels: 2 not specific to 0).
  // "be aware of his spelling errors", "become aware of his triggers": an awareness cannot be seen (Measurable rule 3;
  // development labels: 0 specific of 5); becoming aware is coming to be so ({@link _BECOMING}, "get" and "be" among them).
  if (((verb === 'understand' && x === 'importance') || (_BECOMING.has(verb) && x === 'aware')) && doc.w[i + 1] === 'of') return topicOnly(doc, i + 2, e) ? AREA : 0;
  return -1;
}

/**
 * One word x at i of the object after the verb ({@link areaObject}), past the knowing and state readings: the heads it adds (1
 * for an area's head, 0 for a word passed over), or -1 when it names more than an area and leaves the clause as read.
 */
function objectWord(doc: _Doc, verb: string, i: number, x: string, well: boolean, heads: number): number {
  if (verb === 'sort') {
    const sorted = sortedWord(doc, i, x);
    return sorted === 0 ? -1 : sorted - 1;
  }
  // "build", "deepen", "gain" are read only with a noun of knowing; any other object leaves the clause as read.
  if (!AREA_VERBS.has(verb) && !QUALIFIERS.has(x)) return -1;
  if ((SET_TASKS.has(x) && TASK_VERBS.has(verb)) || verbNamesMore(verb, x)) return -1;
  if (areaHead(doc, i, x, well, heads)) return 1;
  // "his exam technique", "key words": the describing word of a whole skill or of a subject's words.
  if ((x === 'exam' && WHOLE_SKILLS.has(doc.w[i + 1] ?? '')) || (x === 'key' && doc.w[i + 1] === 'words')) return 0;
  if (verb === 'make' && x === 'friends') return 1;
  return PARTICLES.has(x) || QUALIFIERS.has(x) || SETTINGS.has(x) ? 0 : -1;
}

/**
 * What is communicated or expressed as a whole ("Mia will communicate her needs", "to be able to express herself", "express
 * his feelings"): the area of need, communication, with no way of doing it named. Barnet, "Developing your SMART Outcome", Step
 * One ("XX will be able to manage their emotions") against Step Two ("identify their emotions using the Incredible five point
 * scale"); the labelling guide, Specific rule 1. Development labels of "communicate" or "express" with such an object and
 * nothing else: 4 not specific to 0; with a way named ("using Makaton and PECS", "using short sentences", "exchange a PECS
 * picture"): 3 specific to 0. A way, a figure or any other word leaves the clause as read.
 */
const COMMUNICATED: ReadonlySet<string> = new Set(['needs', 'wants', 'feelings', 'emotions']);
/**
 * The words of what is communicated at i, read as a head ({@link COMMUNICATED}: 1; how the child feels, "how she is feeling",
 * "how he feels": 3 or 4), 0 for a word passed over (a particle, a qualifier, a setting: "in the classroom"), or -1 for any
 * other word, which leaves the clause as read (a way named: "using PECS").
 */
function communicatedWords(doc: _Doc, i: number, x: string): number {
  const felt = x === 'how' ? (doc.w[i + 2] === 'feels' ? 3 : doc.w[i + 3] === 'feeling' ? 4 : 0) : 0;
  if (felt > 0 || COMMUNICATED.has(x)) return felt || 1;
  return PARTICLES.has(x) || QUALIFIERS.has(x) || _SETTING_HEADS.has(x) ? 0 : -1;
}

/**
 * Whether word x at i names an adult listening or helping ("to adults", "to an adult", "to his key worker", "with her foster
 * carer", "to staff", "to Mrs Khan", "help from Sarah"): an adult's word by role or title (_phrases.ts {@link _ADULT_SUBJECTS},
 * {@link _ADULT_HEADS}, {@link _ADULT_JOBS}, {@link _TITLES}, {@link HELP}), the word before one ("familiar", "trusted",
 * "foster"; not a verb in -ing, "by telling staff", which is a way), "from", or a name after "to" or a title. Whom it is said to or who helps is no way of saying or doing it (Barnet, Step One against Step Two).
 */
function listenerWord(doc: _Doc, i: number, x: string): boolean {
  if (adultWord(x) || (adultWord(doc.w[i + 1] ?? '') && !_endsIng(x)) || HELP.has(x) || x === 'from') return true;
  return nameSign(doc, i) && (doc.w[i - 1] === 'to' || _TITLES.has(doc.w[i - 1] ?? ''));
}

/**
 * Broad areas a skill is named by when the whole set of skills is developed ("fine motor skills", "listening and attention
 * skills", "social skills", "independent living skills", "employability skills"): the EYFS statutory framework's areas of
 * learning and development (section 1: communication and language, physical development, personal, social and emotional
 * development) and the post-16 areas of independence and work, not a skill within them (the labelling guide, Specific rule 1;
 * Barnet, "Developing your SMART Outcome", Step One). Development labels of a verb of change with these before "skills": each
 * word's texts mostly not specific (motor 2 specific to 28, fine 1 to 25, social 0 to 8, communication 0 to 6, language 0
 * to 5, listening 0 to 3, independent 0 to 3, independence 1 to 2, gross 1 to 3, life, living, employability 0 to 2); a skill
 * named ("inference skills": 2 specific to 0) is none of them and leaves the clause as read.
 */
const SKILL_AREAS: ReadonlySet<string> = new Set(['fine', 'gross', 'motor', 'social', 'communication', 'language', 'speech', 'listening', 'attention', 'independent', 'independence', 'life', 'living', 'employability', 'functional']);
/** Verbs of change whose object may be a whole set of skills and whose means may follow after "through" ("develop", "improve"). */
const CHANGE_VERBS: ReadonlySet<string> = new Set([...GROWING_VERBS, ...[...KNOWING_VERBS].filter((v) => v !== 'gain')]);

/**
 * The index after "skills" when a whole set of skills named only by its area opens at i ("fine motor skills", "his
 * listening and attention skills"), else -1: only {@link SKILL_AREAS}, "and" and qualifiers before it. A subject's skills
 * ("reading comprehension skills": development labels 1 specific to 0, with the skill named after a dash) are left as read.
 */
function areaSkillsEnd(doc: _Doc, i: number, e: number): number {
  let areas = 0;
  for (let j = i; j < e && j < i + 6; j++) {
    const x = doc.w[j] ?? '';
    if (x === 'skills') return areas > 0 ? j + 1 : -1;
    if (SKILL_AREAS.has(x)) areas++;
    else if (!(QUALIFIERS.has(x) || possessiveName(doc, j)) || doc.toks[j]?.kind !== 'w') return -1;
  }
  return -1;
}

/**
 * Whether the means after "through" at i ends a set of skills or an area developed ("develop fine motor skills through play
 * dough and threading", "develop listening and attention skills through small group work"): the activities or provision by
 * which it is developed, not what the child will achieve (the labelling guide, Specific rule 4: activities are not outcomes;
 * development labels of a skill, language or understanding developed "through" an activity 10 not specific to 0).
 */
function throughMeans(doc: _Doc, verb: string, i: number, heads: number): boolean {
  return heads > 0 && CHANGE_VERBS.has(verb) && doc.w[i] === 'through' && doc.toks[i + 1]?.kind === 'w';
}

/**
 * Whether "that" at i opens what is learnt ("learn that actions have consequences"): an understanding, which cannot be seen
 * (the labelling guide, Measurable rule 3), of a general truth, not a skill seen (Specific rule 1; development labels 1 not
 * specific to 0). A figure or a name in it ("learn that 3/4 is greater than 1/2") names the knowledge and leaves the clause
 * as read, as an understanding's topic does ({@link topicOnly}).
 */
function learntThat(doc: _Doc, verb: string, i: number, heads: number): boolean {
  return verb === 'learn' && doc.w[i] === 'that' && heads === 0 && doc.toks[i + 1]?.kind === 'w';
}

/** Modals of a capability ("so that he can say the /k/ sound"): a purpose clause's act that the skills are for ({@link ableAfter}). */
const ABLE: ReadonlySet<string> = new Set(['can', 'could']);

/**
 * Whether "so (that) he can <act>" at k follows a whole set of skills developed: the act the skills are for names the skill,
 * as "to do up his zip" does (Barnet, "Developing your SMART Outcome", Step Two: "identify their emotions using the Incredible
 * five point scale"; the labelling guide, Specific rule 1). Development labels: a set of skills then "so they can" + an act 1
 * specific to 0; an area improved then a broad aim ("access lessons", "go on to a course") 3 not specific to 0, as the clause
 * read as usual keeps a broad aim after "so" ("so he can do better").
 */
function ableAfter(doc: _Doc, k: number): boolean {
  return childAct(doc, doc.w[k + 1] === 'that' ? k + 2 : k + 1, ABLE);
}

/** Words after which examples follow ("such as", "eg", "for example", "like"; "e.g." is read from its letters). */
const EXAMPLE_LEADS: ReadonlySet<string> = new Set(['eg', 'like', 'including']);

/**
 * Whether examples follow from k in the sentence ("learn that some words have silent letters, such as knight and knee"): the
 * items given name the knowledge learnt (the labelling guide, Specific rule 1: a named fact, not a broad area).
 */
function examplesAfter(doc: _Doc, k: number): boolean {
  for (let j = k; j < doc.w.length && j < k + 30; j++) {
    const x = doc.w[j] ?? '';
    const pair = (x === 'such' && doc.w[j + 1] === 'as') || (x === 'for' && doc.w[j + 1] === 'example');
    const abbreviated = x === 'e' && doc.w[j + 1] === '.' && doc.w[j + 2] === 'g';
    const next = pair || abbreviated ? j + (abbreviated ? 3 : 2) : j + 1;
    if ((pair || abbreviated || EXAMPLE_LEADS.has(x)) && doc.toks[next] !== undefined) return true;
    if (x === '.' || x === '!' || x === '?') return false;
  }
  return false;
}

/** What {@link stateWord} returns for a word that is neither a state nor its describer (read on) or a describer passed over. */
const READ_ON = -1;
const PASS = -2;

/**
 * The object word x at i after a verb of building up or dealing with a state ({@link areaObject}): `STATE`, `AREA` or 0 when
 * it decides the clause, {@link PASS} for a describer passed over, {@link READ_ON} otherwise.
 */
function stateWord(doc: _Doc, i: number, e: number, x: string): number {
  // "build his confidence with travel", "improve her sensory regulation", "work on her sleep routine": an inner state built
  // up or worked on; what follows is its field, unless an act or a figure is joined (topicOnly).
  if (STATE_NOUNS.has(x)) return topicOnly(doc, i + 1, e, FIELD) ? STATE : 0;
  // The child's timekeeping worked on as a whole ("improve punctuality", "sort out her lateness"): a vague comparative of an
  // area, not the behaviour ("be on time", "in class by 8.50"), unless a figure of the child's sets it (the labelling guide,
  // Specific rule 2: "improve my attendance" with no figure; development labels with no target figure 4 not specific to 0).
  if (_TIMEKEEPING.has(x)) return topicOnly(doc, i + 1, e, FIELD) ? AREA : 0;
  if (STATE_DESCRIBERS.has(x) && (STATE_NOUNS.has(doc.w[i + 1] ?? '') || doc.w[i + 1] === 'health')) return PASS;
  // "build Kai's confidence", "develop Mia's resilience": a possessive name before the state is read like "his" (review36b).
  if (possessiveName(doc, i) && (STATE_NOUNS.has(doc.w[i + 1] ?? '') || STATE_DESCRIBERS.has(doc.w[i + 1] ?? ''))) return PASS;
  return READ_ON;
}

/**
 * Whether the word x after the verb names more than an area ({@link areaObject}): a post found ("find work", "find employment":
 * a one-off outcome like "get a job", the labelling guide, Measurable rule 5; _specific.ts gainedPost), entering ("go into
 * employment", "go into college": a one-off event like "get into college", _measure.ts _enteredPlace), attending a course, a
 * placement or training (attendance, Settled cases: attending names only a destination), or lessons gone to, at college or
 * sixth form too (attendance at lessons, Settled cases).
 */
function verbNamesMore(verb: string, x: string): boolean {
  if (verb === 'find' && (x === 'work' || x === 'employment')) return true;
  if (verb === 'go' && x === 'into') return true;
  if (verb === 'attend' && _AREA_NOUNS.has(x) && !DESTINATIONS.has(x)) return true;
  return LESSONS.has(x) && GOING_VERBS.has(verb);
}

/**
 * Whether x at i heads the object as an area ({@link areaObject}): an area noun or subject; a subject's key words as a whole
 * ("learn key words", as "vocabulary" is in _AREA_NOUNS: a figure or a list named leaves it); after "do well" or "aim high",
 * the exams or the setting ({@link doingWell}); a skill named only as a whole after an area or "exam" ("number sense",
 * "exam technique").
 */
function areaHead(doc: _Doc, i: number, x: string, well: boolean, heads: number): boolean {
  if (_AREA_NOUNS.has(x) || _SUBJECTS.has(x) || (x === 'words' && doc.w[i - 1] === 'key')) return true;
  if (well && (_GOOD_EXAMS.has(x) || SETTINGS.has(x))) return true;
  return WHOLE_SKILLS.has(x) && (heads > 0 || doc.w[i - 1] === 'exam');
}

/**
 * What is worked towards as a whole framework's goals ("the Early Learning Goals", "the ELGs"): every area of the early years
 * at once (EYFS statutory framework, section 1, the early learning goals), a broad area (the labelling guide, Specific rule 1).
 */
const FRAMEWORK_GOALS: ReadonlySet<string> = new Set(['early', 'learning', 'goals', 'goal', 'elg', 'elgs']);

/**
 * Whether the clause whose verb is at i is working on something, or towards a framework's goals, with no act or result named
 * (`AREA`; 0 if not): "Work on budgeting.", "Kai to work on his times tables.", "to continue to work on fractions", "keep
 * working on Phase 3 sounds", "work towards the Early Learning Goals". Working on is a process verb alone (the labelling
 * guide, Measurable rule 6: "work on", "continue"); what is worked on, however narrow, is not what the child will achieve
 * (Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; Barnet, "Developing
 * your SMART Outcome", Step One). Development labels: "work on" + a named content with no act or result 11 not specific to 1.
 * An act named ("work on telling the time", "work on writing the letters a and e": a verb in -ing with its object), an
 * outcome ("until he can answer 10 in a minute"), an act joined ("and use it to…"), a purpose ("so he can…"), a name, or a
 * figure of the child's (read by the caller) leave the clause as read, as do how often it is done ("every night": the
 * child's measure, Measurable rule 1), a behaviour stopped and a resource worked on ({@link processObject}). Under a school
 * subject's heading it is read the same, named child or not ("Maths - work on fractions", "Maths - Kai to work on fractions"):
 * no guide row makes the heading or the name decide, and the development labels of "work on" under a heading are 5 not
 * specific to 1 (corpus w353).
 */
function workedOn(doc: _Doc, i: number, e: number): number {
  // Keeping on ("continue to", "keep", "carry on"): the words that lead practising (PRACTICE_LEAD) lead working on too.
  while (i < e && PRACTICE_LEAD.has(doc.w[i] ?? '')) i++;
  const x = doc.w[i] ?? '';
  if (x !== 'work' && x !== 'working') return 0;
  const on = doc.w[i + 1] === 'on';
  if (!on && doc.w[i + 1] !== 'towards' && doc.w[i + 1] !== 'toward') return 0;
  if (i + 2 >= e || !processObject(doc, i + 2)) return 0;
  for (let j = i + 2; j < e; j++) {
    const used = doc.used[j] ?? 0;
    // How often or how long it is done ("every night", "for 10 minutes a day"): the child's measure (Measurable rule 1).
    if (used === 3 || _routineAt(doc, j)) return 0;
    if (used !== 0 && used !== 4) continue;
    const y = doc.w[j] ?? '';
    if (!on) {
      if (FRAMEWORK_GOALS.has(y) || QUALIFIERS.has(y)) continue;
      return 0;
    }
    if (y === 'until' || y === 'so' || topicEnd(doc, j) || nameSign(doc, j)) return 0;
    if (doc.toks[j]?.kind === 'w' && _endsIng(y) && OBJECT_STARTS.has(doc.w[j + 1] ?? '')) return 0;
  }
  return AREA;
}

/**
 * Whether what follows "work on" at k can be content worked on: not a behaviour stopped ("work on not shouting out": the
 * labelling guide, Specific rule 5, a behaviour to stop is specific) nor a device or resource worked on ("work on a laptop in
 * lessons": using a resource, Specific rule 4), both the child's own act.
 */
function processObject(doc: _Doc, k: number): boolean {
  if (doc.w[k] === 'not') return false;
  const j = doc.w[k] === 'a' || doc.w[k] === 'an' || doc.w[k] === 'the' ? k + 1 : k;
  // A device heads its phrase, as a thing had does ({@link _heldThingEnd}): "the reader scheme", "a computer programme" name
  // a programme worked through, content worked on like any other.
  return !_RESOURCES.has(doc.w[j] ?? '') || _heldThingEnd(doc, j) < 0;
}

/** Whether a verb read by {@link areaClause} or a frame ("to", "will") lies in [s, a): the segment is a clause, not a heading. */
function verbBefore(doc: _Doc, s: number, a: number): boolean {
  for (let j = s; j < a; j++) if (_flag3At(doc, j, F3_AREA_OR_KNOWING) || _flag2At(doc, j, F_FRAME) || doc.w[j] === 'working') return true;
  return false;
}

/**
 * Whether every anchor lies in a clause that names only an area, a destination or a process (or is a heading's area word):
 * then the target names no particular skill within the area, and Specific is not met (Barnet, "Developing your SMART
 * Outcome", Step One against Step Two).
 * @param doc - The target's document, after the deadline and measure scans (their spans are passed over).
 * @param anchors - The specificity anchors.
 * @returns 0 when some anchor names more than an area; 2 when all are only areas and one is an inner state or feeling
 * ("build his confidence", "learn to trust adults"); 1 otherwise.
 * @example
 * // "Catch up on English" → 1; "Jamal to build his confidence with travel" → 2; "Complete his homework" → 0; "Learn to ride a bike" → 0.
 */
export function _areaOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): number {
  // "Spellings - practise at home.", "Exams - to revise": the heading's topic only practised (HEADING_PROCESS).
  if (headingProcess(doc)) return _childFigure(doc) ? 0 : AREA;
  let read = false;
  let state = false;
  // Where the clause after a heading's area word starts (-1: no such heading).
  let after = -1;
  for (let k = 0; k < anchors.length; k++) {
    const a = (anchors[k] as readonly [number, number])[0];
    const s = _segmentStart(doc, a);
    const e = _segmentEnd(doc, a);
    after = s === 0 ? e + 1 : after;
    // A heading's own area word ("Budgeting - to manage money", "Science - …"): the heading names the area, not a skill.
    // A clause with its own verb ("Work on budgeting.", "To look for apprenticeships.") is no heading: it is read below. A
    // subject or the coursework caught up on heads it as an area word does ("Coursework - catch up", "Art – catch up"): the
    // clause after it still decides.
    if (s === 0 && e < doc.toks.length && e - s <= 4 && ENDS.has(doc.w[e] ?? '') && headingArea(doc.w[a] ?? '') && (anchors[k] as readonly [number, number])[1] === a + 1 && !verbBefore(doc, s, a)) continue;
    const clause = areaClause(doc, s, e);
    if (clause === 0) return 0;
    read = true;
    state = state || clause === STATE;
  }
  // A heading's area word alone decides nothing: a clause after it must be read ("CV - to update with PA" is left as read).
  // The one clause closing the text after it is read whether or not it holds an anchor ("Year 9 options - to think about
  // options": the heading and an area-only clause, Barnet's Step One in two parts).
  if (!read && (after <= 0 || !closingArea(doc, after))) return 0;
  // A figure of the child's anywhere ("target 90 in June") is what the area is measured by: the target is left as read
  // (looked for last, as most targets have an anchor outside an area-only clause).
  // How often it is done, in words too ("every night", "daily"), is a measure named as a figure is (Measurable rule 1).
  return _childFigure(doc) ? 0 : state ? STATE : AREA;
}

/** Whether the segment from k closes the text (a full stop after it at most) and is an area-only clause ({@link areaClause}). */
function closingArea(doc: _Doc, k: number): boolean {
  const e = _segmentEnd(doc, k);
  const n = doc.toks.length;
  if (k >= e || (e < n && !(e === n - 1 && (doc.w[e] === '.' || doc.w[e] === '!')))) return false;
  return areaClause(doc, k, e) !== 0;
}

/**
 * Whether a verb of building up or working on a state is followed by a state noun in [s, e), whatever follows it ("improve
 * her emotional regulation through the nurture group", "increase his confidence in using the bus"): read only for the advice
 * of a text with no anchor, where Specific is already not met (review36b).
 */
function stateNamed(doc: _Doc, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    if (!_flag2At(doc, i, F2_STATE_VERB) || !STATE_VERBS.has(doc.w[i] ?? '')) continue;
    let j = i + 1;
    while (j < e && (QUALIFIERS.has(doc.w[j] ?? '') || STATE_DESCRIBERS.has(doc.w[j] ?? '') || possessiveName(doc, j))) j++;
    if (STATE_NOUNS.has(doc.w[j] ?? '')) return true;
  }
  return false;
}

/**
 * Whether some clause of a text with no anchor is an inner state or feeling built up, worked on or learnt ("Build his
 * confidence.", "Improve his self-regulation."): Specific is already not met, and the state's own advice is given, as for
 * the same state read over anchors by {@link _areaOnly} (review34d; Barnet, Developing your SMART Outcome, Step One).
 * @param doc - The target's document, after the deadline and measure scans.
 * @returns Whether a clause reads as a state.
 * @example
 * // "Build his confidence." → true; "Have a calm day." → false.
 */
export function _stateText(doc: _Doc): boolean {
  // A state is read only after a verb of building up or working on one (STATE_VERBS) or after "learn" (a feeling learnt):
  // a text with neither word has none (most texts).
  if (_lacks2(doc, F2_STATE_VERB) && !doc.w.includes('learn')) return false;
  for (let s = 0; s < doc.toks.length; s++) {
    const e = _segmentEnd(doc, s);
    if (e > s && (areaClause(doc, s, e) === STATE || stateNamed(doc, s, e))) return true;
    s = e;
  }
  return false;
}

/**
 * Verbs of practice or study with no object of their own after a heading ("Spellings - practise at home", "Exams - to
 * revise", "Times tables - keep practising at home"): the heading names the topic, the verb only that it is worked on. Keeping
 * on working at a named content is a process, not what will be achieved (the labelling guide, Specific rule 1, and the
 * occasion of a process, "revise for his mocks", not an anchor: docs/smart.md, Specific; development labels of this form 8
 * not specific to 0; "Science - revise cells topic using Seneca, aim 70%" names its own topic and figure and is left as read).
 */
const PRACTICE_VERBS: ReadonlySet<string> = new Set(['practise', 'practice', 'practising', 'practicing', 'revise', 'revising', 'learn']);
/**
 * Words before such a verb: the infinitive and keeping on ("to keep practising", "continue to revise"). Not reading: after a
 * heading it is the topic ("Carry over - reading", a review status, is read by _review.ts).
 */
const PRACTICE_LEAD: ReadonlySet<string> = new Set(['to', 'keep', 'continue', 'carry', 'on']);
/** Where and with whom it is practised, and how much ("at home", "in class", "with FC", "more"): no object named. */
const PRACTICE_PLACES: ReadonlySet<string> = new Set(['at', 'in', 'home', 'school', 'class', 'nursery', 'more', 'them', 'it', 'these', 'and', 'with', 'sounds']);

/**
 * Whether the text is a heading of one to four words, a mark, and a clause of practice with no object of its own
 * (PRACTICE_VERBS): "Phonics - to keep practising sounds at home with FC." The word after "with" is the adult practised
 * with. A figure anywhere is read by the caller.
 */
function headingProcess(doc: _Doc): boolean {
  const n = doc.toks.length;
  let m = 0;
  while (m < n && m < 5 && !(doc.toks[m]?.kind === 'p' && ENDS.has(doc.w[m] ?? ''))) m++;
  let i = passiveProcess(doc);
  if (i < 0) {
    if (m === 0 || m >= 5 || m >= n || doc.w[m] === '\n') return false;
    i = m + 1;
    while (i < n && PRACTICE_LEAD.has(doc.w[i] ?? '')) i++;
    if (!PRACTICE_VERBS.has(doc.w[i] ?? '')) return false;
  }
  for (i++; i < n; i++) {
    const x = doc.w[i] ?? '';
    if (doc.toks[i]?.kind === 'p') {
      if (x === '.' || x === '!') continue;
      return false;
    }
    if (PRACTICE_PLACES.has(x) || QUALIFIERS.has(x)) continue;
    // The adult it is practised with ("with FC", "with her carer"): one word after "with" or a possessive.
    if (doc.w[i - 1] === 'with' || (doc.w[i - 2] === 'with' && QUALIFIERS.has(doc.w[i - 1] ?? ''))) continue;
    return false;
  }
  return true;
}

/** Participles of a process done to a topic ("Spellings to be practised", "Times tables to be worked on"). */
const PASSIVE_PRACTICE: ReadonlySet<string> = new Set(['practised', 'practiced', 'worked', 'developed', 'improved', 'reinforced', 'consolidated']);

/**
 * The last token of "to be" and a process participle after a topic of one to three words opening the text ("Spellings to be
 * practised.", "Times tables to be worked on at home"), or -1: the topic only practised, as after a heading's mark
 * ("Spellings - practise at home"), names the area worked on, not what the child will achieve (the labelling guide,
 * Specific rule 1; development labels of a topic "to be practised", "worked on" or "developed": 3 not specific to 0).
 */
function passiveProcess(doc: _Doc): number {
  let t = 0;
  while (t < 4 && doc.toks[t]?.kind === 'w' && doc.w[t] !== 'to') t++;
  if (t === 0 || t > 3 || doc.w[t] !== 'to' || doc.w[t + 1] !== 'be' || !PASSIVE_PRACTICE.has(doc.w[t + 2] ?? '')) return -1;
  return doc.w[t + 2] === 'worked' ? (doc.w[t + 3] === 'on' ? t + 3 : -1) : t + 2;
}

/** Whether the text has a figure of the child's anywhere (not a key stage, year group, deadline or background figure). */
export function _childFigure(doc: _Doc): boolean {
  for (let k = 0; k < doc.toks.length; k++) if (figureAt(doc, k)) return true;
  return false;
}
