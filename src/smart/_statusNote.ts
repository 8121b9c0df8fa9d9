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
import { _recheckAt } from './_deadlineResolve';
import { _ARROW_MARKS, _FORECAST, _HEADING_MARKS, _PAST_WORDS, _RESULT_LEADS } from './_phrases';
import { _COMPARATORS } from './_measure';
import { _CHILD_VERBS } from './_specific';
import { _childSubject } from './_roles';

/**
 * Words of a target, an aim or the future anywhere in the text: with one of them the note is read as a target ("RAG: Red.
 * Target: …", "Chloe – Red – to attend 3 days a week").
 */
const TARGET_WORDS: ReadonlySet<string> = new Set([
  'will', "'ll", 'to', 'must', 'should', 'can', 'could', 'would', 'shall', 'aim', 'aims', 'aiming', 'target', 'targets', 'goal', 'goals', 'needs', 'need', 'want', 'wants', 'next', 'new',
  'aspirational', 'aspiration', 'desired',
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


/** Whether the figure at k is followed by another with only an arrow's marks between: the baseline's figure, then its target. */
function figureToFigure(doc: _Doc, k: number): boolean {
  if (doc.toks[k]?.kind !== 'n') return false;
  let j = k + 1;
  while (doc.toks[j]?.kind === 'p' && _ARROW_MARKS.has(doc.w[j] ?? '')) j += 1;
  return doc.toks[j]?.kind === 'n';
}

/**
 * Words that mark a figure as a forecast ({@link _FORECAST}: "Predicted grades: …", "Merit predicted", "Estimated grade 4"):
 * the school's forecast of the present course, no figure set to reach; not "expected" (a target's mark: "Expected: 5") nor
 * "due" (a point). ("Currently" is not one here: "Attendance currently 88%. 95%" sets the second figure.)
 */
const PREDICTION: ReadonlySet<string> = new Set([..._FORECAST].filter((x) => x !== 'expected' && x !== 'due'));
/**
 * Words of a target carried on after its review ("carried forward", "carry over", "rolled on"): the figure is then still the
 * target's, set again (development labels: "Met – no suspensions this term. Carried forward." measurable). The verb, not its
 * particle: "over the autumn term" carries nothing.
 */
const CARRIED_ON: ReadonlySet<string> = new Set(['carried', 'carry', 'carrying', 'rolled']);
/** Verbs of keeping a figure that are not among the child's verbs ("Attendance - 95% - maintain"). */
const HOLDING: ReadonlySet<string> = new Set(['maintain', 'sustain']);
/** Words between a part's mark and the child's verb opening it ("Met - now read …"). */
const ACT_LEADS: ReadonlySet<string> = new Set(['now', 'then', 'and']);

/**
 * Whether token k is a review's result, "met" or "achieved" standing as a status: opening the text or a part, or after a word of
 * how far ("partly met", "Target achieved"), and closing its part ("Met.", "partly met - 6/10"); not the verb with its object
 * ("met her target", "achieved in October").
 */
function reviewResultAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k];
  if (x !== 'met' && x !== 'achieved') return false;
  const lead = k === 0 || doc.toks[k - 1]?.kind === 'p' || _RESULT_LEADS.has(doc.w[k - 1] ?? '');
  const after = doc.toks[k + 1];
  return lead && (after === undefined || after.kind === 'p');
}

/** Words before "target" that make it the one reviewed ("Previous target", "Last target"). */
const PAST_LEADS = _PAST_WORDS;

/**
 * Whether "target" at k is the one reviewed, not one set: after {@link PAST_LEADS} ("Previous target partly met") or before its
 * result ("Target met", "target not met").
 */
function reviewedTarget(doc: _Doc, k: number): boolean {
  const x = doc.w[k];
  if (x !== 'target' && x !== 'targets') return false;
  const next = doc.w[k + 1] ?? '';
  return PAST_LEADS.has(doc.w[k - 1] ?? '') || next === 'met' || next === 'achieved' || (_RESULT_LEADS.has(next) && next !== 'target' && next !== 'targets');
}

/** Background dates (the deadline scan's use mark 2: a past or baseline date, "autumn term" at a January meeting). */
const BACKGROUND_DATE = 2;
/** Tokens a background date is read over for its year ("autumn term 2025"). */
const DATE_REACH = 4;
/** The month each term starts in, for a term written with its year ("autumn term 2025"). */
const TERM_STARTS: ReadonlyMap<string, number> = new Map([['autumn', 9], ['spring', 1], ['summer', 4]]);

/**
 * Whether the figure at k is followed, straight or after "in", by a background date: the period it held in ("52% autumn
 * term", "4 in the autumn term" at a January meeting), not one written with a year that puts it after the meeting ("95% autumn
 * term 2025" at a January 2025 meeting is a term still to come: {@link laterYear}). The labelling guide, Measurable rule 6: a
 * figure that "says when it held" is where the child is now.
 */
function heldAt(doc: _Doc, k: number, meeting: string | null): boolean {
  // A number of the date itself ("starts 3rd Feb") is the date's.
  if (doc.used[k] !== 0) return false;
  let j = k + 1;
  if (doc.w[j] === 'in') j += doc.w[j + 1] === 'the' ? 2 : 1;
  return doc.used[j] === BACKGROUND_DATE && !laterYear(doc, j, meeting);
}

/**
 * Whether the background date from token j is written with a year that starts it after the meeting: a later year, or the
 * meeting's year with a term that starts after the meeting's month ("autumn term 2025" at a January 2025 meeting).
 */
function laterYear(doc: _Doc, j: number, meeting: string | null): boolean {
  if (meeting === null) return false;
  const year = Number(meeting.slice(0, 4));
  const month = Number(meeting.slice(5, 7));
  let start = 1;
  for (let e = j; e < j + DATE_REACH && doc.used[e] === BACKGROUND_DATE; e++) {
    const t = doc.toks[e] as _Tok;
    start = TERM_STARTS.get(doc.w[e] ?? '') ?? start;
    if (t.kind === 'n' && t.digits[0] === 4 && t.sep === '' && (t.num > year || (t.num === year && start > month))) return true;
  }
  return false;
}

/**
 * Whether token k sets what is to be reached beside the present's figure: a word of a target, an aim or the future
 * ({@link TARGET_WORDS}, not the target reviewed: {@link reviewedTarget}), a target's mark ({@link _targetMarkAt}: "Expected
 * outcome: 85%", "Success criteria: 85%"), a bound before a figure ({@link _COMPARATORS}: "At least 85%"), a figure across an
 * arrow ("Predicted grade 4 -> 5", "52% autumn term -> 85%"), a target carried on ({@link CARRIED_ON}), or the child's act
 * opening a part ("Met - now read for 20 minutes every night", "Keep attendance at 95%", "95% autumn term - maintain").
 */
function targetSetAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k] as _Tok;
  if (t.kind === 'n') return false;
  const x = doc.w[k] as string;
  // An arrow's head before a figure ("4 -> 5", "term => 85%"); a bare dash joins a double grade ("Science 4-4").
  if (t.kind === 'p') return x === '>' && doc.toks[k + 1]?.kind === 'n';
  if ((TARGET_WORDS.has(x) && !reviewedTarget(doc, k)) || CARRIED_ON.has(x) || _targetMarkAt(doc, k)) return true;
  if (_COMPARATORS.has(x) && doc.toks[k + 1]?.kind === 'n') return true;
  return childActAt(doc, k);
}

/**
 * Whether token k is the child's verb in its base form opening a part, after at most "now" or "then" ("Partly met - keep 8/10
 * days on time", "Meet predicted grades"), or closing one ("- maintain."): the act to do, not a state ("Mia now knows");
 * "continue" alone keeps nothing new (a review note: "Partly met - 6/10. Continue.").
 */
function childActAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] as string;
  if (x === 'continue' || x === 'carry' || x.endsWith('ed') || !(_CHILD_VERBS.has(x) || HOLDING.has(x))) return false;
  const lead = ACT_LEADS.has(doc.w[k - 1] ?? '') ? k - 2 : k - 1;
  return partMark(doc, lead) || (HOLDING.has(x) && partMark(doc, k + 1));
}

/**
 * Whether the text's figures state where the child is now, with no target set: a prediction ("Predicted grades: Eng 4, Maths
 * 3"), a figure with the past period it held in ("Attendance - 52% autumn term", {@link heldAt}) or a review's result
 * ("Previous target partly met - 6/10. Continue.", "Met. Now knows his 2s, 5s and 10s.": the result before the figure), and
 * nothing anywhere that sets what is to be reached ({@link targetSetAt}: a word of a target, a target's mark, a bound, a
 * figure across an arrow, a target carried on, the child's act). The labelling guide, Measurable rule 6: "a baseline with no
 * target figure" does not measure; a review note says how the last target went, not what the child will achieve (Specific
 * rule 6). The caller reads it only when every measure is a figure alone and the text has no point; a baseline with its
 * target ("Predicted 4, target 5", "Partly met. New target: 8/10", "Predicted 4. Expected: 5.") is a target.
 * @param doc - The target's document.
 * @param meeting - The meeting's date, YYYY-MM-DD (a period written with a year after it is still to come), or null.
 * @returns True when a prediction, a past period or a review's result stands in a text that sets nothing to reach.
 */
export function _statusFigures(doc: _Doc, meeting: string | null): boolean {
  let status = false;
  let figure = false;
  for (let k = 0; k < doc.toks.length; k++) {
    if (targetSetAt(doc, k)) return false;
    const kind = (doc.toks[k] as _Tok).kind;
    if (kind === 'n') {
      status = status || heldAt(doc, k, meeting);
      figure = true;
    }
    if (kind !== 'w') continue;
    const x = doc.w[k] as string;
    // A result after the figure reviews it ("on time 9/10 days | Partly met": the target's row and its result); before it, the
    // figure is the result.
    status = status || PREDICTION.has(x) || (!figure && reviewResultAt(doc, k));
  }
  return status;
}

/** Words of a review or check taken again, besides the re-check nouns ({@link _recheckAt}: "retest", "re-test", "recheck"). */
const RECHECK_VERBS: ReadonlySet<string> = new Set(['reassess', 'review', 'reviewed']);
/** Words between a re-check and its point ("Retest in July", "Review at the end of term"). */
const RECHECK_JOINS: ReadonlySet<string> = new Set(['in', 'at', 'by', 'on', 'the']);
/** Marks that close the part of a re-check ("Retest in July.", "; review at Easter", "- review at Easter", a line's end). */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '\n', ';', '!', '-', '–', '—', ',']);

/**
 * Whether the point from token `start` to `end` is only when a check or review is taken again, in a part of its own after
 * the first ("Reading age 9.4 (Y8). Lexia 3x a week. Retest in July", "Lexia 3x a week - review at Easter"): a re-check's word
 * ({@link RECHECK_VERBS}, {@link _recheckAt}) opening the part, at most a few joining words, the point, and the text's end.
 * The point dates the re-check (Time-bound: "reviewed"), but sets no figure to reach: the caller reads a provision fragment
 * before it as with no point (the labelling guide, Measurable rule 6, "a quantity of provision"; a re-check with its figure,
 * "Reading age 10y by the June retest", names the figure and is a target; a figure of the child's before it, "Spelling
 * 12/20. Review in July." or "Reading age 8y 2m. Review in July.", is a figure to reach reviewed then, as "Attendance 97% -
 * review at next PEP" is labelled measurable).
 * @param doc - The target's document.
 * @param start - The point's first token.
 * @param end - The token after the point.
 * @returns True when the point's part is only a re-check at it.
 */
export function _recheckPointAlone(doc: _Doc, start: number, end: number): boolean {
  let k = start - 1;
  while (k > 0 && RECHECK_JOINS.has(doc.w[k] ?? '')) k--;
  // "Re-test", "re-assess": read as "re", "test" (the hyphen is not kept), the re-check starts a token back.
  const whole = RECHECK_VERBS.has(doc.w[k] ?? '') || _recheckAt(doc, k);
  const open = whole ? k : doc.w[k - 1] === 're' && (_recheckAt(doc, k - 1) || RECHECK_VERBS.has(`re${doc.w[k] ?? ''}`)) ? k - 1 : -1;
  if (open < 1 || !SENTENCE_MARKS.has(doc.w[open - 1] ?? '')) return false;
  return end >= doc.toks.length || (SENTENCE_MARKS.has(doc.w[end] ?? '') && end + 1 >= doc.toks.length);
}
