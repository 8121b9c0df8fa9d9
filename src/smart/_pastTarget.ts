/**
 * The review of a past target ("Last target: to join in with singing at circle time - met ✓. New target: to join in with more
 * activities.", "Progress since last PEP: some improvement in reading, still below ARE.", "Target met? N – attendance 84%
 * (target was 90%). New target to be set."): what the last target asked and how far it got is how things went, not what
 * will be checked at this deadline (the labelling guide, Measurable: "someone could check, at the deadline, whether it
 * happened"; rule 6, a baseline with no target figure). Only the part after it that sets the target now ("New target: …",
 * "Next steps: …", "Carried forward: …", or a sentence of the child's decided act, "Alfie will …") measures; a review with
 * no such part, or one whose new part measures nothing ("New target: to do well"), measures nothing.
 */
import type { _Doc } from './_doc';
import { _F_ENDS } from './_measure';
import { _childSubject } from './_roles';

/** Tokens read from the start for the label of a past target ("Target 3 - Writing. Progress since last PEP: …"). */
const LABEL_REACH = 8;
/** Words between "last"/"previous" and "target" ("last PEP target", "last term's target", "previous autumn target"). */
const LABEL_BETWEEN: ReadonlySet<string> = new Set(['pep', "pep's", 'term', "term's", "'s", 'half', 'autumn', 'spring', 'summer', 'review', 'plan']);
/** Words naming the target that is past. */
const PAST: ReadonlySet<string> = new Set(['last', 'previous']);
/** Words of a review's status straight after a past target's label ("Previous target met", "Last target not achieved"). */
const LABEL_STATUS: ReadonlySet<string> = new Set(['met', 'achieved', 'not', 'partly', 'partially', 'part', 'was', 'were', 'has', 'is', 'carried', 'from', 'reviewed', 'review', 'outcome', 'all', 'both', 'now']);
/** The target's own word. */
const TARGETS: ReadonlySet<string> = new Set(['target', 'targets']);
/** Words of a review of the target ("progress since", "progress at review"). */
const PROGRESS_LINKS: ReadonlySet<string> = new Set(['since', 'at']);
/** Marks after which a label names its part ("New target:", "Next steps –"). */
const LABEL_MARKS: ReadonlySet<string> = new Set([':', '-', '–', '—']);
/** Words of the child's decided act after the subject ("Alfie will …", "Ruby to …"). */
const DECIDED: ReadonlySet<string> = new Set(['will', "'ll", 'to', 'shall']);
/** Words that carry a target forward as the new one ("Carried forward:", "carry over:"). */
const CARRY: ReadonlySet<string> = new Set(['carry', 'carried']);
/** Their particles. */
const CARRY_ON: ReadonlySet<string> = new Set(['forward', 'forwards', 'over']);

/** Whether a past target's label starts at k ("last target", "previous PEP target", "review of last", "progress since", "target met?"). */
function labelAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  if (PAST.has(x)) {
    let j = k + 1;
    while (j < k + 3 && LABEL_BETWEEN.has(doc.w[j] ?? '')) j += 1;
    // "Last target: …", "Last target (…)", "Previous target met": a label, not a subject ("Last target will …").
    return TARGETS.has(doc.w[j] ?? '') && (doc.toks[j + 1]?.kind === 'p' || LABEL_STATUS.has(doc.w[j + 1] ?? ''));
  }
  if (x === 'review' && doc.w[k + 1] === 'of') return PAST.has(doc.w[k + 2] ?? '') || (doc.w[k + 2] === 'the' && PAST.has(doc.w[k + 3] ?? ''));
  if (x === 'progress') return PROGRESS_LINKS.has(doc.w[k + 1] ?? '') && (PAST.has(doc.w[k + 2] ?? '') || doc.w[k + 2] === 'review');
  if (TARGETS.has(x) && doc.w[k + 1] === 'from') return PAST.has(doc.w[k + 2] ?? '') || (doc.w[k + 2] === 'the' && PAST.has(doc.w[k + 3] ?? ''));
  return TARGETS.has(x) && doc.w[k + 1] === 'met' && doc.w[k + 2] === '?';
}

/** Verbs of a target still to be set ("to be set", "to be agreed at the next meeting"). */
const PENDING: ReadonlySet<string> = new Set(['set', 'agreed', 'decided', 'confirmed', 'discussed', 'written']);

/** Whether a target still to come is said at k ("to be set", "TBC"). */
function pendingAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  return x === 'tbc' || (x === 'to' && doc.w[k + 1] === 'be' && PENDING.has(doc.w[k + 2] ?? ''));
}

/** Whether token k ends a sentence (. ; ! ? or a line break). */
function endsAt(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/**
 * Whether the part that sets the target now starts at k: "New target(s)", "New:", "Next step(s)", "Target:" (not the past
 * one's), "Now:", "Carried forward:", "c/f", "Continue:", or, opening a sentence, the child's decided act ("Alfie will bring …")
 * or a label of its own ("This term: …", "Target 2: …"; not a review's, "Outcome: achieved").
 */
function newPartAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  const next = doc.w[k + 1] ?? '';
  // "New target to be set.", "New target TBC": a target still to come sets none now.
  if (x === 'new' && (TARGETS.has(next) ? !pendingAt(doc, k + 2) : LABEL_MARKS.has(next))) return true;
  if (x === 'next' && (next === 'step' || next === 'steps')) return true;
  if ((TARGETS.has(x) || x === 'now') && LABEL_MARKS.has(next) && !PAST.has(doc.w[k - 1] ?? '') && !LABEL_BETWEEN.has(doc.w[k - 1] ?? '')) return true;
  // "Continue: score 15/20 …": the past target restated as the one now.
  if ((x === 'continue' || x === 'continues') && LABEL_MARKS.has(next)) return true;
  if (CARRY.has(x) && CARRY_ON.has(next) && LABEL_MARKS.has(doc.w[k + 2] ?? '')) return true;
  // "c/f - recognise numbers to 20": carried forward, written short.
  if (x === 'c' && next === '/' && doc.w[k + 2] === 'f') return true;
  if (k === 0 || !endsAt(doc, k - 1)) return false;
  // A sentence of the child's decided act ("Alfie will bring …"), or one headed by a label of its own ("This term: …",
  // "Target 2: …", "Spring – …") that is not a review's ("Outcome: achieved", "Update: …").
  return (_childSubject(doc, k) && DECIDED.has(next)) || ownLabelAt(doc, k);
}

/** Words of a label that still reviews the past target ("Outcome: achieved", "Update: can now …", "Result – met", "Yes –"). */
const REVIEW_LABELS: ReadonlySet<string> = new Set(['outcome', 'outcomes', 'update', 'result', 'results', 'review', 'reviewed', 'status', 'progress', 'comment', 'comments', 'evidence', 'rag', 'reason',
  // A review's answer ("Target met? Yes – …", "Partly – 6 of the 10 learnt", "Not met - …").
  'yes', 'no', 'y', 'n', 'met', 'achieved', 'not', 'partly', 'partially', 'mostly', 'part', 'red', 'amber', 'green']);
/** Words read for a sentence's own label before its mark ("This term:", "Target 2:", "Spring term –"), at most. */
const OWN_LABEL_REACH = 3;

/** Whether the sentence opening at k is headed by a label of at most {@link OWN_LABEL_REACH} words and a mark, not a review's. */
function ownLabelAt(doc: _Doc, k: number): boolean {
  for (let j = k; j < k + OWN_LABEL_REACH && j < doc.toks.length; j++) {
    const t = doc.toks[j];
    if (t?.kind === 'p') return j > k && LABEL_MARKS.has(doc.w[j] ?? '') && !REVIEW_LABELS.has(doc.w[k] ?? '');
  }
  return LABEL_MARKS.has(doc.w[k + OWN_LABEL_REACH] ?? '') && !REVIEW_LABELS.has(doc.w[k] ?? '');
}

/**
 * Whether every measure lies in the review of a past target, the label of which opens the text within its first
 * {@link LABEL_REACH} tokens: from the label up to the part that sets the target now ({@link newPartAt}), or the text's end.
 * A measure before the label, or in the new part, is the target's own, and so is any figure in the new part.
 * @example
 * _pastTargetOnly(doc('Last target: to read 3 times a week - met. New target: to read more.'), spans); // true
 */
export function _pastTargetOnly(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  let label = -1;
  for (let k = 0; k < n && k < LABEL_REACH && label < 0; k++) if (labelAt(doc, k)) label = k;
  if (label < 0 || spans.length === 0) return false;
  let end = n;
  for (let k = label + 2; k < n && end === n; k++) if (newPartAt(doc, k)) end = k;
  // "Last target (to read daily) - not met. Carry forward.": the past target carried forward is the target now.
  for (let k = label + 2; k < end; k++) if (CARRY.has(doc.w[k] ?? '') && CARRY_ON.has(doc.w[k + 1] ?? '')) return false;
  // A figure in the new part is the new target's own, read as a measure or not ("New target - to count out up to 15 objects").
  for (let k = end; k < n; k++) if (doc.toks[k]?.kind === 'n') return false;
  return spans.every(([a, b]) => a >= label && b <= end);
}
