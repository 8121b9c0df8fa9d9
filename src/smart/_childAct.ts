/**
 * The child's everyday act with its own measure: "Mia will eat her breakfast at the table on 4 of 5 mornings", "Sam to walk
 * to the shop and back unaided", "YP manages his weekly allowance of £30". The labelling guide, Specific: S is met when the
 * target names "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; a concrete act of
 * the child's, with a count, a time limit, a frequency, a threshold or "unaided" set on that act, is a particular behaviour
 * (rule 5: a behaviour named as it is measured), whether or not a word list knows its verb. Read only when nothing else named
 * a skill. Not read: adults' acts (rule 4), provision and going to clubs (rule 4 and the club row of Settled cases), feelings,
 * states and broad areas (rule 1), comparatives (rule 2), processes ("work on", "practise": Measurable rule 6); a broad verb
 * with no concrete object ("manage transitions", "socialise"), a general object ("a range of strategies", "work"), listening
 * with no task named (Barnet, 5. Setting SMART Outcomes), "be in/at/on" anything but a place at a clock time or for a share of
 * lessons, and letting an adult act.
 */
import { _abstractNoun, _capitalised, _endsIng, _endsLy, _endsSs } from './_ends';
import type { _Doc, _Marks } from './_doc';
import { _ACCESSING, _ADULT_SUBJECTS, _CHILD_ROLE_WORDS, _FEELINGS, _GENERIC_OBJECTS, _NUMBER_WORDS, _PROCESS, _PROVISION_NOUNS, _RECEIVING, _SANCTION_NOUNS, _SESSION_NOUNS, _TITLES, _VAGUE, _WISHING } from './_phrases';
import { _childBeforeTo, _FREQ_ADVERBS } from './_measure';
import { _ABSTRACT_NOUNS, _ACTIVITY_GROUPS, _BROAD_ACTIONS, _JOINING_WORDS, _KNOWING, _SCOPE_NOUNS } from './_specific';

type Span = readonly [number, number];

/** The modals of the child's decided act ("will", "shall"; "'ll" is read off "I'll", "she'll"). */
const LEADS: ReadonlySet<string> = new Set(['will', 'shall']);
/** The child as a subject: a pronoun, the child's role, a placeholder for the name ("XX will…"). */
const CHILD_WORDS: ReadonlySet<string> = new Set(['i', 'he', 'she', 'they', ..._CHILD_ROLE_WORDS]);
/** The child's role words that carry a present-tense target of their own ("YP manages his allowance"). */
const ROLE_SUBJECTS: ReadonlySet<string> = new Set(['yp', 'cyp', 'child', 'pupil', 'student', 'learner', 'he', 'she']);
/**
 * Verbs that are no act of the child's seen done: wanting and liking (the wish row of Settled cases), feeling, receiving or
 * meeting a service (Specific rule 4), taking part (the activity row).
 */
const NOT_ACTS: ReadonlySet<string> = new Set([
  // Having and attaining: given to the child (Specific rule 4: "Resources"), or a standard, read by _standard.ts when named.
  ..._RECEIVING, ..._ACCESSING, 'achieve', 'achieves', 'reach', 'reaches', 'attain', 'gain', 'obtain',
  // Studying for hours is a process, as revising is (Measurable rule 6; the occasion of a process is no anchor, _object.ts).
  'study', 'studies', 'revise', 'revises',
  ..._WISHING, 'feels', 'wants', 'needs', 'enjoy', 'engage', 'engages', 'participate', 'participates', 'see', 'sees', 'meet', 'meets', 'is', 'are', 'am', 'was', 'does']);
/**
 * Verbs of attending: listening or concentrating is no particular act unless the task is named (Barnet, 5. Setting SMART
 * Outcomes: "Emma will listen to all instructions" is vague; "focus on her reading book for 10 minutes" names the task).
 */
const ATTENDING: ReadonlySet<string> = new Set(['listen', 'listens', 'concentrate', 'concentrates', 'focus', 'focuses', 'focusses']);
/** Verbs of letting another do a thing ("let an adult help him"): the act is the other person's (Specific rule 4). */
const LETTING: ReadonlySet<string> = new Set(['let', 'lets', 'allow', 'allows']);
/** Words before a person or thing ("an adult", "his teacher"). */
const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'my', 'your', 'any', 'all', 'other']);
/** Adverbs between the modal and the act ("will also", "will then", "will independently"); the frames of ability are read in {@link verbAfter}. */
const LEAD_INS: ReadonlySet<string> = new Set(['also', 'then', 'now', 'always', 'independently']);
/** Where "be" is a place the child is in at a time ("be in bed by 8pm", "be at the gate at 3:15"), not a state. */
const BE_PLACES: ReadonlySet<string> = new Set(['in', 'at', 'on']);
/** Marks that end the sentence the act and its measure are read in. */
const STOPS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '\n', ':']);
/** Words that end the act's object: a preposition or a join, after which comes where, with whom or the measure. */
const OBJECT_ENDS: ReadonlySet<string> = new Set(['at', 'in', 'on', 'with', 'for', 'by', 'before', 'after', 'without', 'within', 'to', 'from', 'and', 'or', 'every', 'each']);
/** How far back from a measure its act is looked for, in tokens. */
const ACT_REACH = 24;

/**
 * The child's act a measure is set on, as an anchor span from its verb to the measure, or null: the first measure whose
 * nearest predicate back in its sentence is the child's ("Name will", "I'll", "Name to", "YP manages") and whose verb is a
 * concrete act, not a feeling, state, process, comparative, provision or a club gone to (see the file's comment).
 * @example
 * _measuredChildAct(doc('Mia will eat her lunch on 4 days a week.'), provision, [[7, 11]], []); // [2, 7]
 * _measuredChildAct(doc('Carer will read with him 5 nights a week.'), provision, [[5, 9]], []); // null: an adult's act
 */
export function _measuredChildAct(doc: _Doc, provision: _Marks, spans: readonly Span[], comparatives: readonly Span[]): Span | null {
  for (const m of spans) {
    if (!ownMeasure(doc, m)) continue;
    const first = actBefore(doc, m[0]);
    if (first < 0 || !tiedClause(doc, first, m[0])) continue;
    // "manage separation at drop-off, settling within 5 minutes": the measure is set on the act of the clause it closes.
    const v = concreteAct(doc, first, m[0]) ? first : ingOpener(doc, first, m[0]);
    if (v < 0 || provision[v] !== 0 || doc.bg[v] !== 0) continue;
    if (comparatives.some(([c]) => c >= v && c < m[0]) || adultBetween(doc, v, m[0])) continue;
    return [v, objectEnd(doc, v, m[0])];
  }
  return null;
}

/** The "-ing" verb opening the last clause between v and the measure at `at`, when it is a concrete act, or -1. */
function ingOpener(doc: _Doc, v: number, at: number): number {
  for (let k = at - 1; k > v; k--) {
    if (doc.clause[k] === doc.clause[k - 1]) continue;
    let j = k;
    while (doc.toks[j]?.kind === 'p' && j < at) j += 1;
    const x = doc.w[j] ?? '';
    return x.length > 5 && _endsIng(x) && concreteAct(doc, j, at) ? j : -1;
  }
  return -1;
}

/** Words that set a measure on an act with no figure: how often, or done alone ("every morning", "unaided"). */
const MEASURE_WORDS: ReadonlySet<string> = new Set([..._FREQ_ADVERBS, 'every', 'each', 'unaided', 'unprompted', 'independently', 'half']);

/**
 * Whether a measure span is a figure, a frequency, a duration or "unaided" (Measurable rule 1), not a capability or an event
 * read as measurable with no figure (rules 3 and 5: those say the act can be seen done, not how much of it), nor a count of
 * progress or a broad thing ("20% progress", Specific rule 1).
 */
function ownMeasure(doc: _Doc, m: Span): boolean {
  let figure = false;
  for (let k = m[0]; k < m[1]; k++) {
    const x = doc.w[k] ?? '';
    if (doc.toks[k]?.kind === 'n' || doc.used[k] === 3 || _NUMBER_WORDS.has(x) || MEASURE_WORDS.has(x)) figure = true;
  }
  if (!figure) return false;
  // The thing counted, in the span or right after it, is no broad word ("at least 20% progress").
  for (let k = m[0]; k <= m[1]; k++) if (_VAGUE.has(doc.w[k] ?? '')) return false;
  return true;
}

/**
 * Whether the measure at `at` is set on the act at v: in its clause, or in a clause after it that opens with the measure or
 * with the act going on ("…, scoring 5/5", "…, settling within 5 minutes", "…, 5 nights a week"), not another act
 * ("…, having had 3 visits": the past, what was done before).
 */
function tiedClause(doc: _Doc, v: number, at: number): boolean {
  for (let k = v + 1; k <= at; k++) {
    if (doc.clause[k] === doc.clause[k - 1]) continue;
    let first = k;
    while (doc.toks[first]?.kind === 'p' && first < at) first += 1;
    const x = doc.w[first] ?? '';
    const ing = x.length > 5 && x.endsWith('ing') && x !== 'having' && x !== 'being';
    if (first !== at && !ing && doc.toks[first]?.kind !== 'n' && !MEASURE_WORDS.has(x) && !_NUMBER_WORDS.has(x)) return false;
  }
  return true;
}

/** The verb of the child's predicate nearest before token `at` in its sentence, or -1 (another person's, or none). */
function actBefore(doc: _Doc, at: number): number {
  for (let k = at - 1; k >= 0 && k >= at - ACT_REACH; k--) {
    const x = doc.w[k] ?? '';
    if (STOPS.has(x)) return -1;
    if (LEADS.has(x)) return childSubject(doc, k - 1) ? verbAfter(doc, k + 1) : -1;
    if (x.endsWith("'ll")) return CHILD_WORDS.has(x.slice(0, -3)) ? verbAfter(doc, k + 1) : -1;
    if (x === 'to' && _childBeforeTo(doc, k)) return verbAfter(doc, k + 1);
    if (presentAct(doc, k)) return k;
  }
  return -1;
}

/** Whether token k is the child as a subject: a pronoun or role word, or a name (capitalised, no title before it, no adult's role). */
function childSubject(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  // A word of a deadline is no subject ("… in June will show …").
  if (t === undefined || t.kind !== 'w' || doc.used[k] !== 0) return false;
  const x = doc.w[k] ?? '';
  if (CHILD_WORDS.has(x)) return true;
  if (_ADULT_SUBJECTS.has(x) || _TITLES.has(doc.w[k - 1] ?? '') || !_capitalised(t.raw)) return false;
  // An acronym names a service or a measure ("SDQ", "CAMHS", "SENCO"), not the child ("XX" and "YP" are read above).
  return t.raw.length < 2 || t.raw !== t.raw.toUpperCase();
}

/** Whether token k is a present-tense verb after the child's role word ("YP manages", "Child (YP) keeps"). */
function presentAct(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  if (x.length < 4 || !x.endsWith('s') || _endsSs(x) || doc.toks[k]?.kind !== 'w') return false;
  const before = doc.w[k - 1] === ')' ? doc.w[k - 2] : doc.w[k - 1];
  return ROLE_SUBJECTS.has(before ?? '');
}

/** The act's verb from token j, after any adverbs of time or manner ("also", "then", "now", "always", "independently") and the frames "be able to", "learn (how) to". */
function verbAfter(doc: _Doc, j: number): number {
  let v = j;
  while (LEAD_INS.has(doc.w[v] ?? '')) v += 1;
  if (doc.w[v] === 'be' && doc.w[v + 1] === 'able' && doc.w[v + 2] === 'to') v += 3;
  else if (doc.w[v] === 'learn' && (doc.w[v + 1] === 'to' || (doc.w[v + 1] === 'how' && doc.w[v + 2] === 'to'))) v += doc.w[v + 1] === 'to' ? 2 : 3;
  return doc.toks[v]?.kind === 'w' ? v : -1;
}

/**
 * Whether the verb at v, up to the measure at `end`, is a concrete act: not a feeling, wish, process, broad word, knowing or
 * provision verb (Specific rules 1 and 4), not "be" except in a place at a time, not taking part, listening with no task or
 * letting an adult act; its object names no broad area, feeling, general or abstract thing ("manage his emotions", "use a range
 * of strategies", "get work in his book"), nor others met with ("mix with others").
 */
function concreteAct(doc: _Doc, v: number, end: number): boolean {
  const x = doc.w[v] ?? '';
  if (x === 'be') return placeAtTime(doc, v, end);
  if (NOT_ACTS.has(x) || _PROCESS.has(x) || _JOINING_WORDS.has(x) || _FEELINGS.has(x) || _KNOWING.has(x)) return false;
  // A broad verb names an act only by a concrete thing it is done to ("manage his weekly food shop"), not alone or on an area.
  if (_BROAD_ACTIONS.has(x) && !concreteObject(doc, v, end)) return false;
  if (ATTENDING.has(x) || ((x === 'pay' || x === 'pays') && doc.w[v + 1] === 'attention')) return taskNamed(doc, v, end);
  if (_VAGUE.has(x) && !timeLimited(doc, end)) return false;
  if ((x === 'take' || x === 'takes') && doc.w[v + 1] === 'part') return false;
  if (LETTING.has(x) && adultAt(doc, v + 1)) return false;
  // "get along with", "get on with": relating to others, a broad area (Specific rule 1), whoever the others are.
  if ((x === 'get' || x === 'gets') && (doc.w[v + 1] === 'along' || (doc.w[v + 1] === 'on' && doc.w[v + 2] === 'with'))) return false;
  // "get a 4", "get 5 merits": a result got, read as a standard (_standard.ts) when its subject is named; "get up" is an act.
  const next = doc.w[v + 1] ?? '';
  if ((x === 'get' || x === 'gets') && (next === 'a' || next === 'an' || doc.toks[v + 1]?.kind === 'n')) return false;
  const e = objectEnd(doc, v, end);
  // The object names a broad area, feeling, general thing or provision ("manage his emotions", "do Numicon intervention").
  for (let k = v + 1; k < e; k++) if (broadObject(doc.w[k] ?? '', k === e - 1)) return false;
  // "deal with conflict", "get on with his peers", "mix with others": what is met with is a broad area or people in general.
  let w = e;
  if ((doc.w[w] === 'on' || doc.w[w] === 'along') && doc.w[w + 1] === 'with') w += 1;
  return doc.w[w] !== 'with' || !phraseBroad(doc, w, end);
}

/**
 * Whether a word of an act's object names a broad area, feeling, general or abstract thing, or provision (Specific rules 1 and
 * 4); a word of where or with whom ("work", "others") only as the object's last word ("climb the steps of the slide" is an act).
 */
function broadObject(y: string, head: boolean): boolean {
  return _VAGUE.has(y) || _FEELINGS.has(y) || _PROVISION_NOUNS.has(y) || _SESSION_NOUNS.has(y) || _ABSTRACT_NOUNS.has(y) || _GENERIC_OBJECTS.has(y) || (head && _SCOPE_NOUNS.has(y));
}

/** Whether the verb at v has an object whose last word is a thing, not an area or manner ("his food shop", not "transitions", "badly"). */
function concreteObject(doc: _Doc, v: number, end: number): boolean {
  const e = objectEnd(doc, v, end);
  const h = doc.w[e - 1] ?? '';
  return e > v + 1 && !_abstractNoun(h) && !_endsLy(h) && !_endsIng(h);
}

/** Whether the phrase opened by the preposition at p, up to the next end of an object, names a broad or general thing. */
function phraseBroad(doc: _Doc, p: number, end: number): boolean {
  const e = objectEnd(doc, p, end);
  for (let k = p + 1; k < e; k++) if (broadObject(doc.w[k] ?? '', k === e - 1)) return true;
  return false;
}

/** Whether an adult stands at k, after a determiner ("an adult", "his teacher", "staff"). */
function adultAt(doc: _Doc, k: number): boolean {
  let j = k;
  while (DETERMINERS.has(doc.w[j] ?? '')) j += 1;
  return _ADULT_SUBJECTS.has(doc.w[j] ?? '');
}

/**
 * Whether listening or concentrating at v names its task: "focus on her reading book", "listen to a story"; not "listen to
 * instructions", "listen in class", "focus for 10 minutes" (Barnet, 5. Setting SMART Outcomes: listening alone is vague).
 */
function taskNamed(doc: _Doc, v: number, end: number): boolean {
  const p = doc.w[v + 1] === 'attention' ? v + 2 : v + 1;
  if (doc.w[p] !== 'on' && doc.w[p] !== 'to') return false;
  const e = objectEnd(doc, p, end);
  let named = false;
  for (let k = p + 1; k < e; k++) {
    const y = doc.w[k] ?? '';
    if (broadObject(y, true) || _ADULT_SUBJECTS.has(y)) return false;
    if (!DETERMINERS.has(y)) named = true;
  }
  return named;
}

/**
 * Whether "be" at v is the child in a place at a time: "be in bed by 8pm", "be at the gate by 8:45", "be in the classroom for
 * 90% of lessons"; not provision, a session, a club, a sanction, a broad place ("be on the sensory circuit", "be at Scouts",
 * "be in isolation", "be in the right place": Specific rules 1 and 4, the club row), nor a place with no time ("be on green").
 */
function placeAtTime(doc: _Doc, v: number, end: number): boolean {
  if (!BE_PLACES.has(doc.w[v + 1] ?? '')) return false;
  const e = objectEnd(doc, v + 1, end);
  for (let k = v + 2; k < e; k++) {
    const y = doc.w[k] ?? '';
    if (_PROVISION_NOUNS.has(y) || _SESSION_NOUNS.has(y) || _ACTIVITY_GROUPS.has(y) || _SANCTION_NOUNS.has(y) || _ABSTRACT_NOUNS.has(y)) return false;
  }
  return e > v + 2 && clockOrShare(doc, e, end);
}

/** Whether a clock time ("by 8pm", "at 8:45") or a share ("90% of lessons") stands from k to the measure's end in the clause. */
function clockOrShare(doc: _Doc, k: number, end: number): boolean {
  for (let j = k; j <= end + 2 && doc.clause[j] === doc.clause[k]; j++) {
    const t = doc.toks[j];
    if (t?.kind === 'n' && (t.suffix === 'am' || t.suffix === 'pm' || t.suffix === '%' || t.sep === ':')) return true;
  }
  return false;
}

/**
 * Whether the measure at `at` is a time limit set on the act ("settle within 10 minutes", "focus for 5 minutes"): a broad verb
 * so measured names the behaviour the time is checked on (development labels: "settle at drop-off within 10 minutes on 4 of 5
 * mornings" specific, "settle into Year 7" not; the labelling guide, Specific rule 1 for the word alone).
 */
function timeLimited(doc: _Doc, at: number): boolean {
  const x = doc.w[at - 1] ?? '';
  return (x === 'within' || x === 'for') && doc.toks[at]?.kind === 'n';
}

/** Where the act's verb and object end: before a preposition, a join, the clause's end or the measure at `end`. */
function objectEnd(doc: _Doc, v: number, end: number): number {
  // "be in bed": the place is the act's object.
  let k = doc.w[v] === 'be' ? Math.min(v + 3, end) : v + 1;
  while (k < end && doc.clause[k] === doc.clause[v] && doc.toks[k]?.kind === 'w' && !OBJECT_ENDS.has(doc.w[k] ?? '')) k += 1;
  return k;
}

/** Whether an adult role word stands in a later clause than the act, before the measure ("…, checked by his teacher every Monday"). */
function adultBetween(doc: _Doc, v: number, end: number): boolean {
  for (let k = v + 1; k < end; k++) if (doc.clause[k] !== doc.clause[v] && _ADULT_SUBJECTS.has(doc.w[k] ?? '')) return true;
  return false;
}
