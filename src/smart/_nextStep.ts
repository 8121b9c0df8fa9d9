/**
 * A next step in education or work named only by its kind, as the whole target: work experience or a course gained or found
 * with nothing saying which ("Nadia to gain work experience", "Work experience - to find a placement", "Find a course for
 * September"), and going to college or school with nothing saying how ("Travel to college.", "Needs help to travel to
 * college"). The labelling guide, Specific: the target names "the particular skill, knowledge, behaviour, task or
 * qualification the child will achieve", and rule 1 (nothing particular is named); Halton PEP Policy 2023-24, Appendix C, "QA
 * of SMART Targets": Specific means "It is clear what will be achieved".
 *
 * Read from the structure, for Specific only (Measurable and Time-bound are left as they are), when every anchor the
 * specificity scan found lies in such a stretch (the verb with its frame and its object) or in a heading naming the same kind
 * with nothing after it but a verb of finding or exploring and a time ({@link kindHeadingEnd}: "Work experience - …"):
 * - a verb of gaining or finding ({@link GAINING}) whose object is work experience, a (work) placement or a course
 *   ({@link KINDS}) after nothing but a determiner ({@link LEADS}), then only the sentence's end or a time ("for September",
 *   "in Year 10", "by March", "by the end of Year 10");
 * - "travel to" the child's own college or school ({@link PLACES}), then the sentence's end: where, not how (travelling on
 *   his own, by bus, without being upset names the skill, and is left as read).
 * Development labels: work experience gained or found with nothing named 4 not specific to 0 (with a place, "at the vets",
 * "in childcare", 5 and more specific, left as read), "find a course for September" 2 to 0, travel to college or school alone
 * 3 to 0 (with a manner 28 specific). Every development text read here, recounted: 12 not specific to 0.
 */
import type { _Doc } from './_doc';
import { _nextStepAt } from './_activity';
import { _CHILD_POSSESSIVES, _FINDING, _HEADING_MARKS, _MONTHS, _PART_ENDS, _TERM_WORDS } from './_phrases';
import { _childVerb } from './_specific';
import { _capitalised } from './_ends';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Verbs of gaining or finding a next step ("gain", "get", "find": {@link _FINDING}). */
const GAINING: ReadonlySet<string> = new Set(['gain', 'gains', 'get', 'gets', ..._FINDING]);
/** Words that may stand before the kind and say nothing of which one ("a", "some", "her": {@link _CHILD_POSSESSIVES}). */
const LEADS: ReadonlySet<string> = new Set(['a', 'an', 'some', 'any', 'more', 'further', ..._CHILD_POSSESSIVES]);
/** Kinds of next step named by one word; "work experience" and "work placement" are read as two ({@link kindEnd}). */
const KINDS: ReadonlySet<string> = new Set(['placement', 'course']);
/** Words of a frame before the verb, read with it ("to", "will", "help to"). */
const FRAME: ReadonlySet<string> = new Set(['to', 'will', "'ll", 'must', 'should', 'can']);
/** The child's own college or school gone to ("travel to college", "to her school"). */
const PLACES: ReadonlySet<string> = new Set(['college', 'school', 'nursery', 'sixth']);
/** Words that may open a time after the kind ("for September", "in Year 10", "by Easter", "by the end of Year 10"). */
const TIME_LEADS: ReadonlySet<string> = new Set(['for', 'in', 'by', 'before', 'after', 'from', 'this', 'next']);
/**
 * Words of a time after its opening word besides months ({@link _MONTHS}) and terms ({@link _TERM_WORDS}): "the end of Year
 * 10", "next term", "Easter", "Y10".
 */
const TIME_WORDS: ReadonlySet<string> = new Set(['the', 'this', 'next', 'end', 'of', 'year', 'term', 'half', 'easter', 'christmas']);
/** Words a time after the kind has at most after its opening word ("the end of Year 10"). */
const TIME_REACH = 5;

/** Whether the text ends, or its sentence, at k. */
function endsAt(doc: _Doc, k: number): boolean {
  return k >= doc.toks.length || _PART_ENDS.has(wd(doc, k));
}

/** Where the kind of next step at k ends ("work experience", "a work experience placement", "work placement", "course"), or -1. */
function kindEnd(doc: _Doc, k: number): number {
  if (wd(doc, k) === 'work' && wd(doc, k + 1) === 'experience') return wd(doc, k + 2) === 'placement' ? k + 3 : k + 2;
  if (wd(doc, k) === 'work' && wd(doc, k + 1) === 'placement') return k + 2;
  return KINDS.has(wd(doc, k)) ? k + 1 : -1;
}

/** Whether the word at j may be a word of a time after its opening word ({@link TIME_WORDS}, a month, a term, a number, "Y10"). */
function timeWord(doc: _Doc, j: number): boolean {
  const y = wd(doc, j);
  return TIME_WORDS.has(y) || _MONTHS.has(y) || _TERM_WORDS.has(y) || doc.toks[j]?.kind === 'n' || /^y\d{1,2}$/.test(y);
}

/** Where the sentence ends from k when only a time comes first ("for September", "in Y10"), or -1. */
function timeThenEnd(doc: _Doc, k: number): number {
  if (endsAt(doc, k)) return k;
  if (!TIME_LEADS.has(wd(doc, k))) return -1;
  let j = k + 1;
  while (j <= k + TIME_REACH && timeWord(doc, j)) j += 1;
  return j > k + 1 && endsAt(doc, j) ? j : -1;
}

/**
 * The first characters (ASCII codes) of the verbs {@link stepEnd} reads ({@link GAINING}, "travel"), worked out from the lists
 * at load: a word opening with any other is passed over without a look-up (one per word of every text).
 */
const STEP_FIRSTS: Uint8Array = ((): Uint8Array => {
  const firsts = new Uint8Array(128);
  for (const x of [...GAINING, 'travel', 'travels']) firsts[x.charCodeAt(0) & 127] = 1;
  return firsts;
})();

/** Where the object of the verb at i, a next step named only by its kind, ends with its sentence (see the module's comment), or -1. */
function stepEnd(doc: _Doc, i: number): number {
  const x = wd(doc, i);
  if (STEP_FIRSTS[x.charCodeAt(0) & 127] !== 1) return -1;
  if (GAINING.has(x)) {
    let k = i + 1;
    while (k < i + 3 && LEADS.has(wd(doc, k))) k += 1;
    const e = kindEnd(doc, k);
    return e < 0 ? -1 : timeThenEnd(doc, e);
  }
  if ((x === 'travel' || x === 'travels') && wd(doc, i + 1) === 'to') {
    let k = i + 2;
    if (LEADS.has(wd(doc, k)) || wd(doc, k) === 'the') k += 1;
    if (!PLACES.has(wd(doc, k))) return -1;
    k += wd(doc, k) === 'sixth' && wd(doc, k + 1) === 'form' ? 2 : 1;
    return endsAt(doc, k) ? k : -1;
  }
  return -1;
}

/**
 * Kinds of next step that head a target in one word ("Apprenticeship - …", "Traineeship: …"); "Work experience" and "Work
 * placement" are read as two ({@link kindEnd}). Development labels of such a heading over a verb of finding or exploring
 * alone 3 not specific to 0 ("Apprenticeship - explore options", "Work experience - to find a placement"); "Careers",
 * "College", "University" and "Sixth form" head no such text in development and are not read (what follows them is read as
 * usual).
 */
const KIND_HEADINGS: ReadonlySet<string> = new Set(['apprenticeship', 'apprenticeships', 'traineeship', 'traineeships']);

/** Verbs of finding or exploring a kind of next step after its heading ("explore options", "research", "find"). */
const EXPLORING: ReadonlySet<string> = new Set(['explore', 'explores', 'research', 'researches', ...GAINING]);
/** Words after such a verb that say nothing of which step ("options", "opportunities", "a", "her"). */
const OPTIONS: ReadonlySet<string> = new Set(['options', 'opportunities', 'the', ...LEADS]);

/**
 * Where a heading opens when a year group heads the text with its own mark ("Year 11 - careers interview - …", "Y10: work
 * experience - …"): the heading's first word, else 0.
 */
function headingStart(doc: _Doc): number {
  const y = wd(doc, 0);
  const k = y === 'year' && doc.toks[1]?.kind === 'n' ? 2 : /^y\d{1,2}$/.test(y) ? 1 : 0;
  return k > 0 && _HEADING_MARKS.has(wd(doc, k)) ? k + 1 : 0;
}

/** Words saying a step's time is yet to be settled ("TBC"). */
const UNSETTLED: ReadonlySet<string> = new Set(['tbc', 'tba', 'tbd']);

/**
 * Whether from k the sentence says only that the step's time is yet to be settled ("TBC", "start date TBC"): the kind named
 * and nothing else (development labels of such a heading 3 not specific to 0: "Work experience - TBC").
 */
function unsettled(doc: _Doc, k: number): boolean {
  const j = wd(doc, k) === 'start' && wd(doc, k + 1) === 'date' ? k + 2 : k;
  return UNSETTLED.has(wd(doc, j)) && endsAt(doc, j + 1);
}

/**
 * Whether from k the sentence holds only a verb of finding or exploring ({@link EXPLORING}), with the child's name or a frame
 * before it, and after it nothing but words saying nothing of which step ({@link OPTIONS}), the kind and a time ("to find a
 * placement", "Tanisha to find placement", "explore options by Easter"). A place, sector or anything else named after the
 * heading ("in a garage (mechanics)") keeps the target as read.
 */
function onlyExplored(doc: _Doc, k: number): boolean {
  if (unsettled(doc, k)) return true;
  const t = doc.toks[k];
  if (t?.kind === 'w' && _capitalised(t.raw) && !EXPLORING.has(wd(doc, k))) k += 1;
  while (FRAME.has(wd(doc, k))) k += 1;
  if (!EXPLORING.has(wd(doc, k))) return false;
  let j = k + 1;
  while (j < k + 4 && OPTIONS.has(wd(doc, j))) j += 1;
  const e = kindEnd(doc, j);
  return timeThenEnd(doc, e >= 0 ? e : j) >= 0;
}

/**
 * Where a heading naming only a kind of next step ends ("Work experience", "Apprenticeship" before "-" or ":", after a year
 * group's heading or none) when only a verb of finding or exploring or a time yet to be settled follows it ({@link onlyExplored}), or 0.
 */
function kindHeadingEnd(doc: _Doc): number {
  const s = headingStart(doc);
  const e = KIND_HEADINGS.has(wd(doc, s)) ? s + 1 : wd(doc, s) === 'work' ? kindEnd(doc, s) : -1;
  return e > 0 && _HEADING_MARKS.has(wd(doc, e)) && onlyExplored(doc, e + 1) ? e : 0;
}

/** Verbs of going to an event under its heading ("Options evening - attend with carer"). */
const GOING: ReadonlySet<string> = new Set(['attend', 'visit', 'go']);

/**
 * Where the sentence ends when the text opens with a heading naming a next step gone to (_activity.ts, the next steps named
 * only by their kind: "Options evening - attend with carer (Feb)", "Year 9 options evening: attend", after a year group's heading:
 * "Year 11 - careers interview - attend by Feb half term") and goes on with only a
 * verb of going and no other verb of the child's; or -1.
 */
function headedStepEnd(doc: _Doc): number {
  let h = -1;
  const s = headingStart(doc);
  for (let k = s; k < s + 3 && h < 0; k++) h = _nextStepAt(doc, k);
  if (h < 0 || !_HEADING_MARKS.has(wd(doc, h + 1))) return -1;
  let v = h + 2;
  if (wd(doc, v) === 'to') v += 1;
  if (!GOING.has(wd(doc, v))) return -1;
  let j = v + 1;
  for (; !endsAt(doc, j); j++) if (doc.toks[j]?.kind === 'w' && _childVerb(wd(doc, j))) return -1;
  return j;
}

/**
 * Whether every anchor of the specificity scan names only a next step by its kind (see the module's comment).
 * @param doc - The target's words.
 * @param anchors - The anchors found (token spans).
 * @returns True when the text names nothing particular the child will achieve besides the kind of next step.
 * @example
 * _unnamedStepOnly(doc('Nadia to gain work experience'), anchors); //=> true
 * _unnamedStepOnly(doc('Nadia to gain work experience at the garage on Mill Street'), anchors); //=> false
 */
export function _unnamedStepOnly(doc: _Doc, anchors: readonly (readonly [number, number])[]): boolean {
  if (anchors.length === 0) return false;
  const n = doc.toks.length;
  const done = new Uint8Array(anchors.length);
  let covered = 0;
  const headed = headedStepEnd(doc);
  let found = headed >= 0;
  if (found) {
    for (let a = 0; a < anchors.length; a++) {
      if ((anchors[a] as readonly [number, number])[1] > headed) continue;
      done[a] = 1;
      covered += 1;
    }
  }
  for (let i = Math.max(0, headed); i < n; i++) {
    const end = stepEnd(doc, i);
    if (end < 0) continue;
    found = true;
    let v = i;
    while (v > 0 && v > i - 2 && FRAME.has(wd(doc, v - 1))) v -= 1;
    for (let a = 0; a < anchors.length; a++) {
      const [s, e] = anchors[a] as readonly [number, number];
      if (done[a] === 1 || s < v || e > end) continue;
      done[a] = 1;
      covered += 1;
    }
    i = end;
  }
  // A heading naming only the kind of next step ("Work experience - to find a placement", "Apprenticeship - explore options").
  const heading = kindHeadingEnd(doc);
  for (let a = 0; a < anchors.length && heading > 0; a++) {
    if (done[a] === 1 || (anchors[a] as readonly [number, number])[1] > heading) continue;
    done[a] = 1;
    covered += 1;
    found = true;
  }
  return found && covered === anchors.length;
}
