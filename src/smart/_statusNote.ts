/**
 * Notes that say how things are now and set no target: a RAG rating with its state ("– Red – not attending"), a problem the
 * child has in an unnamed amount ("has a number of late assignments"), a figure that dips now and then ("his attendance dips
 * when he is away"). Halton PEP Policy 2023-24, Appendix C (QA of SMART Targets): Specific means "It is clear what will be
 * achieved"; a statement of the present state says nothing will be (the labelling guide, Specific: "the particular skill …
 * the child will achieve"; Measurable rule 6: "a baseline with no target figure").
 */
import type { _Doc } from './_doc';
import type { _Tok } from './_text';
import { _targetMarkAt } from './_deadlinePrefix';
import { _HEADING_MARKS } from './_phrases';
import { _childSubject } from './_roles';

/**
 * Words of a target, an aim or the future anywhere in the text: with one of them the note is read as a target ("RAG: Red.
 * Target: …", "Chloe – Red – to attend 3 days a week").
 */
const TARGET_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'to', 'must', 'should', 'can', 'could', 'would', 'shall', 'aim', 'aims', 'aiming', 'target', 'targets', 'goal', 'goals', 'needs', 'need', 'want', 'wants', 'next', 'new',
]);
/** {@link TARGET_WORDS}, for the test that each is read as a word (so that {@link _statusNote} may skip marks and numbers). */
export const _TARGET_WORDS = TARGET_WORDS;
/** The colours of a RAG rating. */
const RAG_COLOURS: ReadonlySet<string> = new Set(['red', 'amber', 'green']);
/** Colours a list of colours may hold beside a RAG one, across one mark ("red, yellow and blue", "– red – yellow –"). */
const COLOURS: ReadonlySet<string> = new Set([...RAG_COLOURS, 'yellow', 'blue', 'orange', 'purple', 'pink', 'white', 'black', 'brown', 'grey', 'gray']);
/** Marks around a rating standing alone ("– Red –", "RAG: Green -", "(RAG): Amber"). */
const PART_MARKS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '|', '(', ')', '.', ';', '\n', ',']);
/** Words of an amount with no number ("a number of", "lots of", "several", "big gaps"), after "has". */
const UNNAMED_AMOUNTS: ReadonlySet<string> = new Set(['number', 'lot', 'lots', 'loads', 'several', 'some', 'many', 'few', 'big', 'large', 'various']);
/** Verbs of a figure falling or dipping now and then ("dips", "drops", "falls"): how it goes now, not where it will be. */
const FALLING: ReadonlySet<string> = new Set(['dips', 'drops', 'falls', 'slips', 'worsens', 'declines', 'suffers']);
/** Possessives before the thing that falls ("his attendance"). */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Whether token k owns the thing after it: a possessive, or the child's name (its "'s" is not kept as a word: "Tyler's"). */
function owner(doc: _Doc, k: number): boolean {
  return OWNERS.has(doc.w[k] ?? '') || _childSubject(doc, k);
}

/** Whether token k is a mark around a part, or outside the text. */
function partMark(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t === undefined || (t.kind === 'p' && PART_MARKS.has(doc.w[k] ?? ''));
}

/** Whether token k is one word standing alone as a part ("– Red –"). */
function alonePart(doc: _Doc, k: number): boolean {
  return doc.toks[k]?.kind === 'w' && k > 0 && doc.toks[k - 1]?.kind === 'p' && partMark(doc, k - 1) && partMark(doc, k + 1);
}

/**
 * Whether a RAG colour stands alone as a part after the first ("Chloe – Red – not attending", "RAG: Green - doing well"): one
 * colour, not one of a list of colours ("names colours – red – yellow – blue": the colours named are the skill).
 */
function ragRating(doc: _Doc): boolean {
  for (let k = 1; k < doc.toks.length; k++) {
    if (RAG_COLOURS.has(doc.w[k] ?? '') && alonePart(doc, k) && !COLOURS.has(doc.w[k + 2] ?? '') && !COLOURS.has(doc.w[k - 2] ?? '')) return true;
  }
  return false;
}

/** Whether the child, named as subject, has a problem in an amount with no number ("Jamal has a number of late assignments"). */
function unnamedAmountHeld(doc: _Doc): boolean {
  for (let k = 1; k < doc.toks.length; k++) {
    const x = doc.w[k];
    if ((x !== 'has' && x !== 'have') || !_childSubject(doc, k - 1)) continue;
    const y = doc.w[k + 1] === 'a' ? doc.w[k + 2] : doc.w[k + 1];
    if (UNNAMED_AMOUNTS.has(y ?? '')) return true;
  }
  return false;
}

/** Whether a thing of the child's falls now and then ("Tyler's attendance dips when he is away"). */
function fallingNow(doc: _Doc): boolean {
  for (let k = 2; k < doc.toks.length; k++) if (FALLING.has(doc.w[k] ?? '') && owner(doc, k - 2) && doc.toks[k - 1]?.kind === 'w') return true;
  return false;
}

/**
 * Whether the text is a note of how things are now, with no word of a target, an aim or the future in it: a RAG rating
 * standing alone, a problem held in an unnamed amount, or a figure that falls now and then. Read only when the text has no
 * point in time (a point makes it a target's).
 * @param doc - The target's document.
 * @param rate - Whether some measure says how often ("reading 3 books a term"): a rate set on the child's act, which a RAG
 *   rating beside it does not make a note of the state now (Measurable rule 1: a frequency measures).
 * @returns True when the text only notes the present state.
 */
export function _statusNote(doc: _Doc, rate: boolean): boolean {
  let figure = false;
  for (let k = 0; k < doc.toks.length; k++) {
    // Every word of TARGET_WORDS is a word (a mark or a number is none), and the two most common are told without a look-up.
    const kind = (doc.toks[k] as _Tok).kind;
    if (kind === 'w') {
      const x = doc.w[k] as string;
      if (x === 'will' || x === 'to' || TARGET_WORDS.has(x)) return false;
    } else if (kind === 'n') figure = true;
  }
  // A rating's figure is the state rated ("Amber - still below 90%"); elsewhere a figure may be the target itself.
  return (!rate && ragRating(doc)) || (!figure && (unnamedAmountHeld(doc) || fallingNow(doc)));
}

/** Whether the mark after "Baseline" makes it a label for the figure after it ("Baseline:", "Baseline -", "Baseline (Sept obs)"). */
function labelMark(x: string): boolean {
  return _HEADING_MARKS.has(x) || x === '(';
}

/**
 * Whether the text is only a baseline: it opens with "Baseline" as a label and has no word of a target, an aim or the future
 * ({@link TARGET_WORDS}) anywhere: "Baseline: 2/10 on phonics check practice." states where the child starts and no figure to
 * reach (the labelling guide, Measurable rule 6: "a baseline with no target figure"; Barnet Virtual School PEP Guidance,
 * Examples of SMART Outcomes: "use a baseline for the outcome so you can measure it", a baseline beside an outcome, not one).
 * A baseline with its target is read as a target: the word "target", a target's mark ({@link _targetMarkAt}: "Expected: 8/10",
 * "Intended outcome: 95%", "Success criteria: 95%", "Success: writes it unaided"), or a second figure after the baseline's
 * across an arrow ("Baseline: 3/10 -> 8/10"). Specific reads it too: where the child starts is no outcome to achieve (Halton
 * Appendix C, QA of SMART Targets, Specific: "It is clear what will be achieved").
 * @param doc - The target's document.
 * @returns True when the text only states a baseline.
 */
export function _baselineAlone(doc: _Doc): boolean {
  if (doc.w[0] !== 'baseline' || !labelMark(doc.w[1] ?? '')) return false;
  for (let k = 2; k < doc.toks.length; k++) if (TARGET_WORDS.has(doc.w[k] ?? '') || _targetMarkAt(doc, k) || figureToFigure(doc, k)) return false;
  return true;
}

/** Marks that may stand between a baseline's figure and its target's ("3/10 -> 8/10", "2/10 => 7/10"; "→" is dropped when read). */
const ARROW_MARKS: ReadonlySet<string> = new Set(['-', '>', '=', '–']);

/** Whether the figure at k is followed by another with only an arrow's marks between: the baseline's figure, then its target. */
function figureToFigure(doc: _Doc, k: number): boolean {
  if (doc.toks[k]?.kind !== 'n') return false;
  let j = k + 1;
  while (doc.toks[j]?.kind === 'p' && ARROW_MARKS.has(doc.w[j] ?? '')) j += 1;
  return doc.toks[j]?.kind === 'n';
}
