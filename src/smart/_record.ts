/**
 * A **record of what is already done or awaited** ("SALT referral made.", "EP assessment requested. Await outcome.",
 * "Referral made to SALT (waiting list approx 18 weeks).", "Age assessment outcome awaited."): a part that states a one-off act
 * adults have done, or the wait for its result, with nothing still to do in the text. It is not a target to check: the labelling
 * guide, Measurable, "M is met when someone could check, at the deadline, whether it happened" (what was done before the meeting
 * is not to happen by a deadline), and its settled row on a one-off thing adults arrange or do ("visits to be arranged", "CAMHS
 * referral": measurable because someone can check it *is* done; settled labels y16-217 and y14-242, "a statement of what has
 * happened sets no target"). Halton Virtual School PEP Policy 2023-24, Appendix C, QA of SMART Targets, Specific: "It is clear
 * what will be achieved" (a record states what was).
 *
 * The reading is narrow: a part (between a sentence's end and a heading's mark) is a record when a thing named is followed by a
 * participle of a one-off act ({@link DONE}: "referral made", "request submitted", "meeting held", "outcome awaited") or the
 * part waits ({@link WAITING}: "Awaiting appointment", "Await outcome", "waiting list"). A measure in such a part counts
 * nothing still to come (the referral, the date it was made, the weeks of the waiting list). Anything still to do anywhere in
 * the text ({@link stillToDo}: "DT to chase", "to be made", "Ryan will attend", "Chase in 2 weeks") keeps every measure as read:
 * the record is then background to it (development labels y21-046, y23-192, t064, y30-112, y19-172, y15-004).
 */
import { type _Doc } from './_doc';
import { _segmentEnd } from './_object';

/**
 * Participles of a one-off act adults do, stated as done after the thing ("referral made", "assessment requested", "application
 * submitted", "letter sent", "screener done", "form completed", "meeting held", "outcome awaited").
 */
const DONE: ReadonlySet<string> = new Set(['made', 'requested', 'submitted', 'sent', 'done', 'completed', 'held', 'awaited']);
/** Words of waiting for an act's result, opening a part or after a thing ("Awaiting appointment", "Await outcome", "awaiting appt"). */
const WAITING: ReadonlySet<string> = new Set(['await', 'awaiting']);
/**
 * Words before a participle that make it no record of a thing done: a verb form ("to be made", "has been sent", "is
 * completed", "will have completed", "get sent out"), a negation, or praise ("well done").
 */
const NOT_A_THING: ReadonlySet<string> = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'having', 'get', 'gets', 'got', 'getting', 'not', 'never', 'well', 'to', 'will']);
/** Modals that say something is still to come or wished for ("will", "must", "'ll", "would"): the act is then not a record. */
const STILL_MODALS: ReadonlySet<string> = new Set(['will', "'ll", 'shall', 'must', 'should', 'would', 'could', 'can']);
/**
 * Words a participle of a thing done is followed by in a record: when, by whom, where it went ("referral made by the HV",
 * "made to SALT", "submitted in December", "held on 8/1", "requested via the SENCo"). A word naming an object after it makes
 * the participle an active verb of someone's ("Tom completed his homework"), no record.
 */
const RECORD_AFTER: ReadonlySet<string> = new Set(['by', 'to', 'in', 'on', 'at', 'via', 'through', 'with', 'for', 'from', 'last', 'this', 'earlier', 'today', 'yesterday', 'already', 'and', 'but', 'so']);
/**
 * Words a "to" after is a place or a person the act went to, not an infinitive ("referral made to SALT", "referred to CAMHS",
 * "sent to the LA").
 */
const GONE_TO: ReadonlySet<string> = new Set([...DONE, 'referral', 'referrals', 'referred', 'request', 'application']);
/** Verbs of a thing still to do when they open a part ("Chase in 2 weeks.", "Follow up with SENCo.", "Review in 6 weeks."). */
const TO_DO_OPENERS: ReadonlySet<string> = new Set(['chase', 'follow', 'book', 'arrange', 'check', 'contact', 'ring', 'phone', 'email', 'request', 'submit', 'send', 'apply', 'review', 'complete']);

/**
 * Whether the text has anything still to do: a modal ("will", "must"), "to" before a verb ("DT to chase", "to be made"; not
 * "made to SALT", "referred to CAMHS"), or a part opening with a verb of an act to do ("Chase in 2 weeks").
 */
function stillToDo(doc: _Doc): boolean {
  const n = doc.toks.length;
  for (let k = 0; k < n; k++) {
    const x = doc.w[k] ?? '';
    if (STILL_MODALS.has(x)) return true;
    if (x === 'to' && doc.toks[k + 1]?.kind === 'w' && (doc.w[k + 1] === 'be' || !GONE_TO.has(doc.w[k - 1] ?? ''))) return true;
    if (TO_DO_OPENERS.has(x) && (k === 0 || doc.toks[k - 1]?.kind === 'p')) return true;
  }
  return false;
}

/** Whether the part [s, e) records an act done or awaited (a thing, then a participle of {@link DONE}; or a word of {@link WAITING}). */
function recordPart(doc: _Doc, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (WAITING.has(x)) return true;
    if (x === 'waiting' && doc.w[k + 1] === 'list') return true;
    if (DONE.has(x) && k > s && doc.toks[k - 1]?.kind === 'w' && !NOT_A_THING.has(doc.w[k - 1] ?? '') && recordTail(doc, k + 1)) return true;
  }
  return false;
}

/** Whether the token at j may follow a record's participle: none, a mark, a number or a word of {@link RECORD_AFTER}. */
function recordTail(doc: _Doc, j: number): boolean {
  const t = doc.toks[j];
  return t === undefined || t.kind !== 'w' || RECORD_AFTER.has(doc.w[j] ?? '');
}

/**
 * Whether every measure lies in a part that records an act done or awaited, and nothing in the text is still to do: the
 * measures then count nothing to check at the deadline.
 * @param doc - The target's document.
 * @param spans - The measures read (token spans).
 * @param point - Whether the text has a point (a deadline chosen).
 * @returns Whether the measures are a record's only.
 * @example
 * // "SALT referral made. Awaiting appointment." → true; "EP assessment requested. DT to chase." → false (the chase is to do).
 */
export function _recordOnly(doc: _Doc, spans: readonly (readonly [number, number])[], point: boolean): boolean {
  // A point by which it is done makes it a target ("Application submitted by 31 January": the labelling guide, Time-bound, "a
  // point by which the target is achieved"); a record's own date is past, background, and gives none.
  if (spans.length === 0 || point) return false;
  let any = false;
  for (const x of doc.w) if (DONE.has(x) || WAITING.has(x) || x === 'waiting') any = true;
  if (!any || stillToDo(doc)) return false;
  // Each part read once, in one pass (linear whatever the number of measures).
  const n = doc.toks.length;
  const record = new Uint8Array(n);
  for (let s = 0; s < n; ) {
    const e = _segmentEnd(doc, s);
    if (recordPart(doc, s, e)) record.fill(1, s, e);
    s = e + 1;
  }
  for (const [a] of spans) if (record[a] !== 1) return false;
  return true;
}
