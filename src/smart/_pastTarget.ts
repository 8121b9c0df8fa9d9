/**
 * The review of a past target ("Last target: to join in with singing at circle time - met. New target: to join in with more
 * activities.", "Progress since last PEP: some improvement in reading, still below ARE.", "Target met? N - attendance 84%
 * (target was 90%). New target to be set."): what the last target asked and how far it got is how things went, not what
 * will be checked at this deadline (the labelling guide, Measurable: "someone could check, at the deadline, whether it
 * happened"; rule 6, a baseline with no target figure). Only the part after it that sets the target now ("New target: ...",
 * "Next steps: ...", "This term: ...", "so now", "Moving forward, ...", or a clause of the child's decided act, "Alfie will ...") measures; a review with no
 * such part, or one whose new part measures nothing ("New target: to do well"), measures nothing. A past target carried
 * forward ("Carry forward.") is the target now.
 */
import type { _Doc } from './_doc';
import { _F_ENDS, _willMeasures } from './_measure';
import { _CARRIED, _HEADING_MARKS, _PAST_WORDS as PAST, _RESULT_LEADS, _REVIEW_STATUS } from './_phrases';
import { _childSubject } from './_roles';

/** The target's own word. */
const TARGETS: ReadonlySet<string> = new Set(['target', 'targets']);
/**
 * Words opening a sentence that still reviews the past target ("Outcome: achieved", "Yes - ...", "Partly - 6 of the 10 learnt"),
 * with {@link _REVIEW_STATUS} and {@link _RESULT_LEADS}.
 */
const REVIEW_WORDS: ReadonlySet<string> = new Set(['outcome', 'review', 'yes', 'no', 'y', 'n']);

/** Whether token k ends a sentence (. ; ! ? or a line break). */
function endsAt(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/** Whether word k is one of a review ({@link REVIEW_WORDS}, {@link _REVIEW_STATUS}, {@link _RESULT_LEADS} but "target"). */
function reviewWord(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  return REVIEW_WORDS.has(x) || _REVIEW_STATUS.has(x) || (_RESULT_LEADS.has(x) && !TARGETS.has(x));
}

/**
 * Whether a past target's label starts at k: "last" or "previous" and "target" within two more words, then a mark or a
 * review's word ("Last target:", "Previous PEP target met", "Last term's target -"; not "Last target will ..."); "review of
 * (the) last", "progress since / at", "targets from (the) last", "target met?".
 */
function labelAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  const next = doc.w[k + 1] ?? '';
  if (PAST.has(x)) {
    for (let j = k + 1; j < k + 4 && doc.toks[j]?.kind === 'w'; j++) if (TARGETS.has(doc.w[j] ?? '')) return doc.toks[j + 1]?.kind === 'p' || reviewWord(doc, j + 1);
    return false;
  }
  const later = doc.w[k + 2] === 'the' ? doc.w[k + 3] : doc.w[k + 2];
  if ((x === 'review' && next === 'of') || (TARGETS.has(x) && next === 'from')) return PAST.has(later ?? '');
  // "Progress since last PEP", "Progress at review", "Progress since the previous target": a past PEP, review or target after it,
  // not "Progress at school: ..." (nothing past named).
  if (x === 'progress' && (next === 'since' || next === 'at')) return PAST.has(later ?? '') || later === 'pep' || later === 'review' || TARGETS.has(later ?? '');
  return TARGETS.has(x) && next === 'met' && doc.w[k + 2] === '?';
}

/** Two words opening a clause that sets the target now ("…, so now Jay will …", "Moving forward, …", "This term, …", "Target for this term is …"). */
const OPENERS: ReadonlySet<string> = new Set(['so now', 'moving forward', 'going forward', 'this term', 'target for']);

/**
 * Whether the part that sets the target now starts at k: "New target" (not "to be set" nor "TBC"), "now:", "so now", or a
 * clause opened by the child named and "will" or "to" ("Alfie will bring ...", "Moving forward, Jay will ..."; not "Sam
 * wrote ...", "Mia now reads ...", "Owen can name ..."), by "moving / going forward", "this term", "target for ...", or a sentence opened by a label of its own of at
 * most three words before a mark ("Next steps:", "Continue:", "This term:", "Target 2:"; not a review's, "Outcome: achieved").
 */
function newPartAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  const next = doc.w[k + 1] ?? '';
  const two = `${x} ${next}`;
  if (x === 'new' && TARGETS.has(next)) return doc.w[k + 2] !== 'tbc' && !(doc.w[k + 2] === 'to' && doc.w[k + 3] === 'be');
  if ((x === 'now' && _HEADING_MARKS.has(next)) || two === 'so now') return true;
  if (k === 0 || doc.clause[k] === doc.clause[k - 1]) return false;
  if ((_childSubject(doc, k) && (next === 'will' || next === 'to')) || OPENERS.has(two)) return true;
  if (!endsAt(doc, k - 1)) return false;
  for (let j = k + 1; j <= k + 3; j++) if (doc.toks[j]?.kind === 'p') return _HEADING_MARKS.has(doc.w[j] ?? '') && !reviewWord(doc, k);
  return false;
}

/**
 * Whether every measure lies in the review of a past target, the label of which opens the text within its first 8 tokens:
 * from the label up to the part that sets the target now ({@link newPartAt}), or the text's end. A measure before the label
 * or in the new part (the scan's, or the act after "will" its fallback pass reads; not a date or "Year 7" alone), or the past
 * target carried forward keeps the text measured.
 * @example
 * _pastTargetOnly(doc('Last target: to read 3 times a week - met. New target: to read more.'), spans); // true
 */
export function _pastTargetOnly(doc: _Doc, spans: readonly (readonly [number, number])[]): boolean {
  const n = doc.toks.length;
  let label = 0;
  while (label < n && label < 8 && !labelAt(doc, label)) label += 1;
  if (label >= n || label >= 8 || spans.length === 0) return false;
  let end = label + 2;
  while (end < n && !newPartAt(doc, end)) end += 1;
  // "Moving forward," opens the new part and measures nothing of its own (the scan reads "moving" as a move).
  if (doc.w[end + 1] === 'forward') end += 2;
  // "Carry forward.", "carried over": the past target is the target now.
  for (let k = label + 2; k < end; k++) if ((doc.w[k] === 'carry' || doc.w[k] === 'carried') && _CARRIED.has(doc.w[k + 1] ?? '')) return false;
  // A measure in the new part is its own: one the scan read, or the act "will" decides there that the scan's fallback pass reads
  // when no figure is found ("New target: Leo will complete his maths homework."; not "to stay positive", which the analysis
  // overrules); a date or a year group alone is none ("... by 14/03/25", "... in Year 7").
  const inReview = ([a, b]: readonly [number, number]): boolean => a >= label && b <= end;
  return spans.every(inReview) && (end >= n || _willMeasures(doc).spans.every((m) => inReview(m) || doc.w[m[0]] !== 'will'));
}
