/**
 * A target whose act is only hedged: not decided ("Marcus could do DofE next year?", "Part-time job would be good.",
 * "Options - to discuss with carer.") or put off to an open condition ("Build up timetable when ready."). What will be
 * achieved is not yet settled, so nothing particular is named (the labelling guide, Specific: S is met when the target
 * names "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; Halton Virtual School
 * PEP Policy 2023-24, Appendix C, QA of SMART Targets: Specific means "It is clear what will be achieved"), and an act not
 * decided cannot be checked done at a deadline (Measurable: "someone could check, at the deadline, whether it happened").
 * An act put off to a condition is still the act, checked done once the condition holds: only Specific is set aside for it.
 * Read only for a text with no point (a hedge beside a date, "dry in the day by summer?", is a target with its point).
 */
import { _capitalised } from './_ends';
import { _flag2At, _lacks2, _wordFlag2, type _Doc } from './_doc';
import { _ENTERING, _enteredPlace, _F_ENDS, _returnedPlaceEnds } from './_measure';
import { _childSubject } from './_roles';
import { _childVerb } from './_specific';
import { _CONCRETE_VERBS, _MAYBE, _OBSERVABLE_VERBS, _OFFER_WORDS, _PROVISION_VERBS } from './_phrases';
import { _routineAt } from './_routine';

/** How an act is hedged: not decided (Specific and Measurable set aside), or put off to an open condition (Specific only). */
export type _Hedge = 'undecided' | 'conditional';

/**
 * A modal of a possibility after the child as subject with a bare verb ("I might go to college", "Sam might join…"). Not "might
 * be able to" nor "could": both are capability frames (Measurable rule 3, test/smart/measurableFrames.test.ts: "Sam could label
 * the parts of a flower", "Ines might be able to pour a drink"); not "may", which mostly qualifies a thing in passing ("any
 * questions they may have").
 */
const POSSIBLE = 'might';
/** The adults' encouragement before the child's act ("to be encouraged to read"). */
const ENCOURAGED = 'encouraged';
/** An offer the adults make before the child's act ("will have the opportunity to go to an open day", "be given the chance to"): _phrases.ts, shared with _specific.ts. */
const OFFERED = _OFFER_WORDS;
/** Words of having or being given before such an offer ("have the opportunity", "be given opportunities", "is offered the chance"). */
const OFFER_HOLDERS: ReadonlySet<string> = new Set(['have', 'has', 'having', 'given', 'get', 'gets', 'offered', 'provided']);
/** Adverbs of a possibility ("maybe college", "perhaps a club"): _phrases.ts, shared with _measure.ts. */
const MAYBE = _MAYBE;
/** Words of a judgement after "would be" ("would be good", "would be nice"): a thing hoped for, not set. */
const GOOD: ReadonlySet<string> = new Set(['good', 'nice', 'great', 'ideal', 'helpful', 'useful', 'beneficial', 'lovely']);
/** Verbs of deciding later, after "to" or a heading's mark ("to think about", "to discuss with carer", "Choir: consider"). */
const DELIBERATE: ReadonlySet<string> = new Set(['think', 'discuss', 'consider']);
/** Words after such a verb that leave what is decided unnamed ("think about", "discuss with carer", "consider at the next PEP"). */
const DELIBERATE_AFTER: ReadonlySet<string> = new Set(['about', 'over', 'with', 'at', 'in', 'further', 'options', 'it', 'this', 'them']);
/** Words after "when" or "if" that leave the condition open ("when ready", "when appropriate", "if possible"). */
const OPEN_CONDITIONS: ReadonlySet<string> = new Set(['ready', 'appropriate', 'possible', 'settled', 'agreed', 'confirmed', 'approved']);
/**
 * Marks of a heading after which such a verb is the whole act ("Options: think about it"); not a sentence's start ("Think about
 * a question before putting her hand up" names a strategy the child uses).
 */
const OPENERS: ReadonlySet<string> = new Set(['-', '–', ':']);
/** Words joining a second act to the first ("think about and plan"). */
const LIST_JOINS: ReadonlySet<string> = new Set(['and', 'or', 'then']);
/** Quote marks: a question inside them is quoted speech. */
const QUOTES: ReadonlySet<string> = new Set(["'", '"', '“', '”', '‘', '’']);
/** Marks that open a part of a heading or an aside ("Club - which one?", "a club (drama?)"). */
const PARTS: ReadonlySet<string> = new Set(['-', '–', ':', ';', '(']);
/** Words read after "when" for an open event ("when a place comes up", "when she is ready"). */
const WHEN_REACH = 5;

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Whether token i ends a sentence. */
function ends(doc: _Doc, i: number): boolean {
  return ((doc.flags[i] as number) & _F_ENDS) !== 0;
}

/** Whether "when" or "if" at i opens an open condition: "when ready", "if appropriate", "when a place comes up", "when she is ready". */
function openCondition(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  if (x !== 'when' && x !== 'if') return false;
  for (let k = i + 1; k <= i + WHEN_REACH && k < doc.toks.length && !ends(doc, k); k++) {
    const y = wd(doc, k);
    if (OPEN_CONDITIONS.has(y)) return true;
    // "when a place comes up", "when a space becomes available".
    if ((y === 'comes' || y === 'becomes') && (wd(doc, k + 1) === 'up' || wd(doc, k + 1) === 'available')) return true;
  }
  return false;
}

/**
 * Whether token i hedges the act undecided: "might" after the child, "maybe", "would be good", "to think about", "be
 * encouraged to". Encouraging is the adults' act (the labelling guide, Specific rule 4: adult provision with no child
 * outcome), and whether the child then does what is encouraged is left open ("Poppy will be encouraged to read at home"):
 * not "supported to" or "helped to", after which the act is the child's, done with help ("will be supported to write his
 * name"). Development labels: "be encouraged to" with no point 3 not specific to 0.
 */
function undecidedAt(doc: _Doc, i: number): boolean {
  const x = wd(doc, i);
  if (MAYBE.has(x)) return true;
  if (x === ENCOURAGED) return (wd(doc, i - 1) === 'be' || wd(doc, i - 1) === 'being') && wd(doc, i + 1) === 'to' && !oftenAfter(doc, i);
  // "have the opportunity to …", "be given the chance to …": the adults' offer, like being encouraged; whether the child takes
  // it is left open (the brief's settled "have the opportunity to"; development label x074 not specific).
  if (OFFERED.has(x)) return wd(doc, i + 1) === 'to' && offerHeld(doc, i) && !oftenAfter(doc, i);
  if (x === POSSIBLE) return i > 0 && _childSubject(doc, i - 1) && doc.toks[i + 1]?.kind === 'w' && wd(doc, i + 1) !== 'be';
  // "would be good", or "would be a good idea" (a thing proposed: "Work experience would be a good idea").
  if (x === 'would') return wd(doc, i + 1) === 'be' && (GOOD.has(wd(doc, i + 2)) || (wd(doc, i + 2) === 'a' && GOOD.has(wd(doc, i + 3)) && wd(doc, i + 4) === 'idea'));
  if (!DELIBERATE.has(x)) return false;
  // "to think about", "to discuss with carer", or the verb after a heading's mark ("Options: think about it"), with nothing
  // decided after it: not "to discuss words and phrases", "discuss if and why…" (a skill of talk, its object named), nor
  // "think about and plan work experience" (a decided act joined to it).
  const after = i + 1 >= doc.toks.length || ends(doc, i + 1) || (DELIBERATE_AFTER.has(wd(doc, i + 1)) && !LIST_JOINS.has(wd(doc, i + 2)));
  return after && (wd(doc, i - 1) === 'to' || OPENERS.has(wd(doc, i - 1))) && !joinedAct(doc, i);
}

/**
 * Whether every hedge of deciding in the text is the adults' offer ("will have the opportunity to attend a taster day"): what
 * the offer arranges is one thing ({@link oneOffAfter}) someone can check happened, so it leaves Measurable met (the labelling guide, Settled
 * cases: a one-off thing adults arrange is measurable), though Specific stays hedged. False at once with no trigger word.
 */
export function _offersOnly(doc: _Doc): boolean {
  let offer = false;
  for (let k = 0; k < doc.toks.length; k++) {
    if (!_flag2At(doc, k, F_TRIGGER) || !undecidedAt(doc, k)) continue;
    if (!OFFERED.has(wd(doc, k)) || !oneOffAfter(doc, k + 2)) return false;
    offer = true;
  }
  return offer;
}

/** Words opening one thing ("a taster day", "an open day", "one visit"): a one-off, not a kind of thing ("join clubs"). */
const ONE_OFF: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** Whether one thing is named within the three words after the verb at v of an offer ("to attend a taster day", "to take part in a trip"). */
function oneOffAfter(doc: _Doc, v: number): boolean {
  // "the college", "the role": one thing; not "the clubs" (a word in -s after it).
  for (let j = v + 1; j <= v + 3; j++) if (ONE_OFF.has(wd(doc, j)) || (wd(doc, j) === 'the' && doc.toks[j + 1]?.kind === 'w' && !wd(doc, j + 1).endsWith('s'))) return true;
  return false;
}

/** Whether a word of having or being given stands up to three words before the offer at i ("have the opportunity", "be given more opportunities"). */
function offerHeld(doc: _Doc, i: number): boolean {
  for (let k = i - 1; k >= i - 3 && k >= 0 && doc.toks[k]?.kind === 'w'; k--) if (OFFER_HOLDERS.has(wd(doc, k))) return true;
  return false;
}

/**
 * Whether a frequency follows the encouraged act in its sentence ("encouraged to read at home 3 times a week", "… daily"):
 * how often the child does it is the child's measure (the labelling guide, Measurable rule 1), decided like "supported to".
 */
function oftenAfter(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k < doc.toks.length && !ends(doc, k); k++) if (doc.toks[k]?.kind === 'n' || _routineAt(doc, k) || wd(doc, k) === 'once' || wd(doc, k) === 'twice') return true;
  return false;
}

/**
 * Whether a decided act of the child's is joined after the verb of deciding at i in its part ("think about his behaviour and
 * say sorry", "discuss with carer and sign up", "think about college options and choose 3"): the act after the join is decided
 * (the labelling guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve").
 */
function joinedAct(doc: _Doc, i: number): boolean {
  for (let k = i + 1; k < doc.toks.length && !ends(doc, k) && !PARTS.has(wd(doc, k)); k++) {
    if (LIST_JOINS.has(wd(doc, k)) && _childVerb(wd(doc, k + 1))) return true;
  }
  return false;
}

/**
 * Where a hedge at i of the sentence [s, e] starts to reach: at i itself when a decided act of the child's comes before it and
 * a detail after it ("Sam to read daily, maybe with carer", "Read every night - to discuss with carer": the detail or the
 * note is hedged, the act before is not), else at the sentence's start ("Maybe join a club", "Perhaps Sam will pass his
 * theory test", "Sam to learn to swim 25m - maybe": a hedge before the act, or closing it alone, governs it). The labelling
 * guide, Specific: S is met when the target names "the particular skill, knowledge, behaviour, task or qualification the
 * child will achieve"; a hedge on a detail leaves that named.
 */
function reachFrom(doc: _Doc, s: number, e: number, i: number): number {
  let detail = false;
  for (let k = i + 1; k <= e && !detail; k++) detail = doc.toks[k]?.kind !== 'p' && !GOOD.has(wd(doc, k)) && !GOOD_FRAME.has(wd(doc, k));
  if (!detail) return s;
  let act = false;
  for (let k = s; k < i; k++) {
    // An act only wished is no decided act ("I want to go to college, maybe at…": the Settled cases wish row).
    if (WISHED.has(wd(doc, k))) return s;
    act = act || (_childVerb(wd(doc, k)) && (k === s || ACT_OPENERS.has(wd(doc, k - 1))));
  }
  return act ? i : s;
}

/** Words before a verb that open the child's act ("Sam to read", "Sam will join"); a verb opening the sentence does too. */
const ACT_OPENERS: ReadonlySet<string> = new Set(['to', 'will', 'must', 'should']);
/** The other words of a thing called good ("would be good", "would be a good idea"): no detail after the hedge. */
const GOOD_FRAME: ReadonlySet<string> = new Set(['be', 'a', 'idea']);
/** Words of a wish before an act ("I want to go…", "hopes to join…", "would like to…"): the act after them is not decided. */
const WISHED: ReadonlySet<string> = new Set(['want', 'wants', 'wish', 'wishes', 'hope', 'hopes', 'like', 'love']);

/**
 * The last token a hedge reaching from i (after a decided act) governs: its detail, up to a comma or the join of a further act
 * ("Sam will join a club, perhaps football, and attend weekly": "football" is hedged, "attend weekly" is not).
 */
function reachTo(doc: _Doc, i: number, e: number): number {
  for (let k = i + 1; k < e; k++) if (wd(doc, k) === ',' || (LIST_JOINS.has(wd(doc, k)) && _childVerb(wd(doc, k + 1)))) return k;
  return e;
}

/**
 * The last mark of a part in the sentence [s, e] if it is a question with no question word opening it and nothing quoted: a
 * thing asked about ("Lunchtime club?", "Marcus could do DofE next year?"), asked of what follows that mark; -2 when it is
 * no such question. Not a check asked of the child ("Can Jessie recognise her sounds?": a capitalised modal, form of be or
 * question word opening it), nor a question quoted ("ask using the phrase 'can I have help please?'"); a heading's question
 * after the act ("join a club - netball or drama?": which one, the act decided) asks nothing about the act before its mark.
 */
function askedFrom(doc: _Doc, s: number, e: number): number {
  if (wd(doc, e) !== '?') return NOT_ASKED;
  let part = s - 1;
  for (let k = s; k < e; k++) {
    const x = wd(doc, k);
    if (QUOTES.has(x)) return NOT_ASKED;
    if (PARTS.has(x)) part = k;
  }
  // The question's first word after its heading's last mark ("Maths - Can Sam count to 20?", "Planner: can she use it every
  // day?"): after a mark a check question opens in either case.
  const first = doc.toks[part + 1];
  if (first !== undefined && first.kind === 'w' && QUESTION_OPENERS.has(wd(doc, part + 1)) && (part >= s || _capitalised(first.raw))) return NOT_ASKED;
  return part;
}

/** {@link askedFrom} of a sentence that is no question asked about. */
const NOT_ASKED = -2;

/** Words opening a question that checks or asks (the target's own question, not a thing asked about). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['can', 'is', 'are', 'does', 'do', 'did', 'will', 'would', 'has', 'have', 'what', 'why', 'how', 'where', 'who', 'when', 'which']);

/**
 * How a sentence's words hedge it: 1 put off to an open condition, 0 not; and the first token a hedge of deciding reaches
 * ({@link reachFrom}), or {@link NO_REACH} when none does.
 */
function wordsHedge(doc: _Doc, s: number, e: number, from: number[], upto: number[]): number {
  let conditional = false;
  let reach = NO_REACH;
  let to = e;
  for (let k = s; k <= e && reach !== s; k++) {
    if (!_flag2At(doc, k, F_TRIGGER)) continue;
    if (undecidedAt(doc, k)) {
      const r = reachFrom(doc, s, e, k);
      to = r === s ? e : reach === NO_REACH ? reachTo(doc, k, e) : e;
      reach = Math.min(reach, r);
    }
    conditional = conditional || (openCondition(doc, k) && !skillBefore(doc, s, k));
  }
  from.push(reach);
  upto.push(to);
  return conditional ? 1 : 0;
}

/**
 * Whether the child's skill is named before an open condition at i ("Sam will walk to school independently when ready", "Sam
 * to join scouts if possible"): a verb of a thing done or seen done after "will" or "to", not provision ("attend", "do"). The
 * skill is named (the labelling guide, Specific: "the particular skill … the child will achieve"); its open timing is
 * Time-bound's matter, not Specific's.
 */
function skillBefore(doc: _Doc, s: number, i: number): boolean {
  // The return opening the sentence, an imperative ("Go back to mainstream when ready.", "Do full days when ready.").
  if (returnAt(doc, s, i)) return true;
  for (let k = s + 1; k < i; k++) {
    const x = wd(doc, k);
    if (ACT_OPENERS.has(wd(doc, k - 1)) && (_CONCRETE_VERBS.has(x) || _OBSERVABLE_VERBS.has(x)) && !_PROVISION_VERBS.has(x)) return true;
    // The child's return named ("Leon will go back to mainstream when he is ready", "Kian to do full days when ready"): the
    // placement the child achieves, its timing left open (development labels of such a return with an open condition, 6
    // specific to 1, the one "be reintegrated", the adults' act).
    if (ACT_OPENERS.has(wd(doc, k - 1)) && returnAt(doc, k, i)) return true;
  }
  return false;
}

/** Whether the child's verb at k returns to a place before i ({@link _enteredPlace}), or is "do full days", "do full time". */
function returnAt(doc: _Doc, k: number, i: number): boolean {
  if (wd(doc, k) === 'do') return wd(doc, k + 1) === 'full' && k + 2 < i && _returnedPlaceEnds(doc, k + 2);
  if (!_ENTERING.has(wd(doc, k)) || (wd(doc, k + 1) !== 'back' && wd(doc, k) !== 'return' && wd(doc, k) !== 'returns')) return false;
  const e = _enteredPlace(doc, k);
  return e > 0 && e <= i;
}

/** {@link wordsHedge}'s reach of a sentence no hedge of deciding reaches. */
const NO_REACH = Number.MAX_SAFE_INTEGER;

/** Every word a hedge can start at ({@link undecidedAt}, {@link openCondition}) and the question mark: a text with none has no hedge. */
const TRIGGERS: ReadonlySet<string> = new Set([...MAYBE, POSSIBLE, ENCOURAGED, ...OFFERED, 'would', ...DELIBERATE, 'when', 'if', '?']);
/** The word flag of {@link TRIGGERS} (one array read a word, and none at all in a text without one). */
const F_TRIGGER = _wordFlag2(TRIGGERS);

/** How each sentence of a text is hedged, read once for Specific and Measurable: its last token, its words' hedge, where it asks from. */
export interface _Hedges {
  readonly last: readonly number[];
  readonly words: readonly number[];
  readonly from: readonly number[];
  readonly upto: readonly number[];
  readonly asked: readonly number[];
}

/**
 * How each sentence of the text is hedged ({@link _hedgedAct} reads it), or null when no word of the text can start a hedge
 * (most texts: one look-up a word, nothing kept).
 * @param doc - The target's document.
 * @returns The sentences' hedges, or null.
 */
export function _sentenceHedges(doc: _Doc): _Hedges | null {
  const n = doc.toks.length;
  let any = false;
  if (_lacks2(doc, F_TRIGGER)) return null;
  for (let i = 0; i < n && !any; i++) any = _flag2At(doc, i, F_TRIGGER);
  if (!any) return null;
  const last: number[] = [];
  const words: number[] = [];
  const from: number[] = [];
  const upto: number[] = [];
  const asked: number[] = [];
  let s = 0;
  for (let e = 0; e < n; e++) {
    if (e < n - 1 && !ends(doc, e)) continue;
    last.push(e);
    words.push(wordsHedge(doc, s, e, from, upto));
    asked.push(askedFrom(doc, s, e));
    s = e + 1;
  }
  return { last, words, from, upto, asked };
}

/**
 * How the act of every anchor's sentence is hedged: 'undecided' when each sentence holding an anchor has a hedge of
 * deciding ({@link undecidedAt}) or asks about the anchor ({@link askedFrom}), 'conditional' when each has such a hedge or
 * an open condition ("when ready", "when a place comes up"), else null. Each sentence was read once ({@link _sentenceHedges});
 * an anchor's is found by halving.
 * @param hedges - The text's sentences' hedges.
 * @param anchors - The spans that would make it specific (or the measures).
 * @returns The hedge, or null.
 * @example
 * _hedgedAct(_sentenceHedges(doc('Silver DofE - to think about.')), anchors); // 'undecided'
 * _hedgedAct(_sentenceHedges(doc('Build up timetable when ready.')), anchors); // 'conditional'
 * _hedgedAct(_sentenceHedges(doc('Marcus could do DofE next year?')), anchors); // 'undecided': a thing asked about
 * _sentenceHedges(doc('Sam could label the parts of a flower.')); // null: a capability frame, no hedge
 */
export function _hedgedAct(hedges: _Hedges, anchors: readonly (readonly [number, number])[]): _Hedge | null {
  const { last, words, from, upto, asked } = hedges;
  if (anchors.length === 0) return null;
  let hedge: _Hedge = 'undecided';
  for (const [a] of anchors) {
    let lo = 0;
    let hi = last.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((last[mid] as number) < a) lo = mid + 1;
      else hi = mid;
    }
    const decided = (a < (from[lo] as number) || a > (upto[lo] as number)) && ((asked[lo] as number) === NOT_ASKED || a <= (asked[lo] as number));
    const kind = decided ? (words[lo] as number) : 2;
    if (kind === 0) return null;
    if (kind === 1) hedge = 'conditional';
  }
  return hedge;
}
