/**
 * A **what's-working note** ("What's working: nurture group. What's not: lunchtimes. Next steps: SENCo to consider a
 * lunchtime club.", "Working well: enjoys football club. Not working: homework. Next steps: review."): a PEP page's review
 * boxes, each opened by its label. What is working or not working (and "Strengths", "Concerns") describes
 * how things are now; a "Next steps" box holding only adults' acts or a placeholder ("review", "carry on", "as before")
 * names nothing the child will achieve. The labelling guide, Specific rules 4 and 6 (adult provision with no child outcome;
 * placeholders are not specific); Halton PEP Policy 2023-24, Appendix C "QA of SMART Targets": Specific, "It is clear what
 * will be achieved". A next step of the child's ("Next steps: Tia to write down her homework in her planner") is an outcome
 * part (_roles.ts) and the note is then read as usual.
 */
import { type _Doc, type _Marks } from './_doc';
import { _segmentEnd } from './_object';
import { _PLACEHOLDER_START, _STOP, _TO_BE_DONE } from './_phrases';
import { _childSubject, _HEADINGS, _outcomeParts } from './_roles';

/**
 * The labels of the boxes that describe ("what's working", "what is not working well", "strengths"), as their words
 * joined by spaces ("What's" is read as "what": the tokens drop the "'s").
 */
const DESCRIBING_LABELS: ReadonlySet<string> = new Set([
  'what working', 'what working well', 'whats working', 'whats working well', 'what is working', 'what is working well',
  'what not', 'whats not', 'what not working', 'whats not working', 'what is not working', 'what is not working well',
  'what not working well', 'whats not working well', 'working', 'working well', 'not working', 'not working well',
  'going well', 'what going well', 'whats going well', 'what is going well', 'not going well', 'what went well',
  'strengths', 'difficulties', 'concerns', 'worries', 'progress since last pep',
]);
/** The labels of a next-steps box ("Even better if" says what to do next, as a next step does). */
const NEXT_LABELS: ReadonlySet<string> = new Set(['next steps', 'next step', 'next steps agreed', 'even better if']);
/** The most words a label has ("what is not working well"). */
const LABEL_WORDS = 5;
/**
 * Words of a next step left as a placeholder besides a placeholder's opening, a word saying nothing but timing or review, or
 * a thing still to be done (_phrases.ts, _PLACEHOLDER_START, _STOP, _TO_BE_DONE): "carry on", "as before", "keep an eye on it".
 */
const PLACEHOLDER_WORDS: ReadonlySet<string> = new Set(['carry', 'continue', 'before', 'above', 'keep', 'eye', 'ongoing', 'monitor', 'nothing']);

/** The first words of the labels ({@link DESCRIBING_LABELS}, {@link NEXT_LABELS}): a part opening with another is no box's label. */
const LABEL_FIRSTS: ReadonlySet<string> = new Set([...DESCRIBING_LABELS, ...NEXT_LABELS].map((label) => label.split(' ')[0] as string));
/** What {@link labelOf} gives for words that open no label: not '' and in neither list (the words are not joined). */
const NO_LABEL = ' ';

/** The words of [s, e) joined by spaces ({@link NO_LABEL} when the first opens no label), or null past {@link LABEL_WORDS} words. */
function labelOf(doc: _Doc, s: number, e: number): string | null {
  let out = '';
  let words = 0;
  for (let k = s; k < e; k++) {
    if (doc.toks[k]?.kind === 'p') continue;
    if (++words > LABEL_WORDS) return null;
    if (words === 1 && !LABEL_FIRSTS.has(doc.w[k] ?? '')) out = NO_LABEL;
    if (out !== NO_LABEL) out = out === '' ? (doc.w[k] ?? '') : `${out} ${doc.w[k] ?? ''}`;
  }
  return out;
}

/** Whether every word of [s, e) is a placeholder's ({@link PLACEHOLDER_WORDS}). */
function placeholderPart(doc: _Doc, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (doc.toks[k]?.kind !== 'p' && !PLACEHOLDER_WORDS.has(x) && !_PLACEHOLDER_START.has(x) && !_STOP.has(x) && !_TO_BE_DONE.has(x)) return false;
  }
  return true;
}

/**
 * Whether the part [s, e) opens with the child's own clause still to come: the child named ("Jay", "he", "I") and "will" or
 * "to" ("Jay to attend 95% of sessions", "I will use my worry box"), outside adults' provision.
 */
function childClause(doc: _Doc, provision: _Marks, s: number, e: number): boolean {
  let k = s;
  while (k < e && doc.toks[k]?.kind === 'p') k += 1;
  if (k + 1 >= e || provision[k] !== 0) return false;
  const subject = doc.w[k] === 'i' || _childSubject(doc, k);
  const next = doc.w[k + 1] ?? '';
  return subject && (next === 'will' || next === 'to') && doc.toks[k + 2]?.kind === 'w';
}

/** Whether [s, e) holds "will" or "to" outside adults' provision. */
function futureIn(doc: _Doc, provision: _Marks, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (provision[k] === 0 && (doc.w[k] === 'will' || doc.w[k] === 'to')) return true;
  return false;
}

/**
 * Whether the text is a what's-working note with no outcome of the child's: it opens with a box's label, holds at least one
 * describing label, and every part after a describing label describes while every part after a next-steps label is a
 * placeholder, states no outcome or names no skill or task (_roles.ts, {@link _outcomeParts}).
 * @param doc - The target's document.
 * @param provision - Provision marks (_specific.ts, _provisionClauses): adults' acts are no outcome.
 * @param anchors - The specificity anchors: a next step names the child's skill or task only with one in it.
 * @example
 * // "What's working: Forest School. What's not: nothing raised." → true
 * // "What's working: mentor. Next steps: Tia to write down her homework in her planner every lesson." → false
 */
export function _workingNote(doc: _Doc, provision: _Marks, anchors: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  // The box the parts are in: 0 none yet, 1 describing, 2 next steps.
  let box = 0;
  let described = false;
  let roles: _Marks | null = null;
  for (let s = 0; s < n; ) {
    const e = _segmentEnd(doc, s);
    const label = e < n ? labelOf(doc, s, e) : null;
    if (label !== null && DESCRIBING_LABELS.has(label)) {
      box = 1;
      described = true;
    } else if (label !== null && NEXT_LABELS.has(label)) {
      box = 2;
    } else if (label === '') {
      // A mark alone (a bullet, a stop after a stop): no part.
    } else if (box === 0 || (label !== null && (_HEADINGS.has(doc.w[e] ?? '') || doc.w[e] === '?'))) {
      // Text before any box, or another box's label ("Target:", "Carried forward:", "Barriers -"): read as usual.
      return false;
    } else if (!placeholderPart(doc, s, e)) {
      // In either box, a part of the child's still to come ("Concerns: Jay to attend 95% of sessions by July", "Next steps: Tia
      // to write down her homework"): an outcome part of the child's that names a skill or task (an anchor in it), or the
      // child's own "will"/"to" clause; the note is then read as usual. "More confidence in class" names none.
      roles = roles ?? _outcomeParts(doc, provision).marks;
      let outcome = false;
      for (let k = s; k < e && !outcome; k++) outcome = roles[k] === 1 && provision[k] === 0;
      // A describing box's outcome part must also say what is still to come ("will", "to"): "Forest School" names a thing only.
      if (outcome && anchors.some(([a]) => a >= s && a < e) && (box === 2 || futureIn(doc, provision, s, e))) return false;
      if (childClause(doc, provision, s, e)) return false;
    }
    s = e + 1;
  }
  return described;
}
