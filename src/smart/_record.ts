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
 * participle of a one-off act ({@link _DONE_RECORDED}: "referral made", "request submitted", "meeting held", "outcome awaited") or the
 * part waits ({@link WAITING}: "Awaiting appointment", "Await outcome", "waiting list"). A measure in such a part counts
 * nothing still to come (the referral, the date it was made, the weeks of the waiting list). Anything still to do anywhere in
 * the text ({@link stillToDo}: "DT to chase", "to be made", "Ryan will attend", "Chase in 2 weeks") keeps every measure as read:
 * the record is then background to it (development labels y21-046, y23-192, t064, y30-112, y19-172, y15-004).
 */
import { _lacks2, _wordFlag2, type _Doc } from './_doc';
import { _segmentEnd } from './_object';
import { _DONE_RECORDED, _MONTHS } from './_phrases';

/** Words of waiting for an act's result, opening a part or after a thing ("Awaiting appointment", "Await outcome", "awaiting appt"). */
const WAITING: ReadonlySet<string> = new Set(['await', 'awaiting']);
/** The words of {@link _DONE_RECORDED}, {@link WAITING} and "waiting" as a word flag: a text with none has no record ({@link _recordOnly}). */
const F_RECORD_WORD = _wordFlag2([..._DONE_RECORDED, ...WAITING, 'waiting']);
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
const GONE_TO: ReadonlySet<string> = new Set([..._DONE_RECORDED, 'referral', 'referrals', 'referred', 'request', 'application']);
/**
 * Words of a rate, a frequency, a proportion, a limit or a duration ("5 times a day", "4 out of 5 weeks", "daily", "no more than
 * once a week", "for 5 minutes"): a part holding one after the participle counts something that recurs, which the labelling
 * guide's Measurable rule 1 makes a measure ("a frequency … or a proportion … a duration"), never a record of a one-off act.
 */
const RATE_WORDS: ReadonlySet<string> = new Set(['times', 'once', 'twice', 'thrice', 'daily', 'weekly', 'nightly', 'fortnightly', 'monthly', 'termly', 'every', 'each', 'per', 'minutes', 'minute', 'mins', 'min', 'hours', 'hour', 'hrs', 'seconds', 'secs', 'least', 'most', 'fewer', 'less', 'more']);
/** Marks inside a sentence that end a record's part ("(referral made 12/12)", "Referral made, Ben attends"): the record covers only its own words. */
const PART_ENDS: ReadonlySet<string> = new Set(['(', ')', '[', ']', ',']);
/** Words naming a figure still to reach ("target 16/20", "aiming for 16/20", "aim 7y", "up to 5"): what the text is still to do. */
const AIM_WORDS: ReadonlySet<string> = new Set(['target', 'targets', 'aim', 'aims', 'aiming']);
/** Adults named as the subject of a present-tense act ("SENCo chases fortnightly", "carer attends all appointments"). */
const ADULT_SUBJECTS: ReadonlySet<string> = new Set(['senco', 'carer', 'carers', 'dt', 'sw', 'ta', 'teacher', 'mentor', 'school', 'parent', 'parents', 'mum', 'dad', 'foster', 'key', 'tutor', 'college', 'vs', 'vsh']);

/** Periods after "a" that make a rate ("5 nights a week", "5 times a day", "once a lesson"). */
const PERIODS: ReadonlySet<string> = new Set(['day', 'week', 'night', 'month', 'term', 'lesson', 'session', 'fortnight', 'year', 'half']);

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
    const opens = k === 0 || doc.toks[k - 1]?.kind === 'p';
    if (TO_DO_OPENERS.has(x) && opens) return true;
    // A figure still to reach ("target 16/20", "aiming for 16/20", "up to 5"): the guide's Measurable, a figure to check at the deadline.
    if ((AIM_WORDS.has(x) || (x === 'up' && doc.w[k + 1] === 'to')) && figureNear(doc, k + 1)) return true;
    // A present-tense act of someone named, opening a part ("SENCo chases fortnightly", "Ben attends all appointments").
    if (opens && presentAct(doc, k)) return true;
  }
  return false;
}

/** Whether a number comes within three tokens from j ("for 16/20", "16/20", "to 5", ": grade 5"). */
function figureNear(doc: _Doc, j: number): boolean {
  for (let i = j; i < j + 3 && i < doc.toks.length; i++) if (doc.toks[i]?.kind === 'n') return true;
  return false;
}

/**
 * Whether the part opening at k is a present-tense act of a named subject: an adult ({@link ADULT_SUBJECTS}) or a capitalised
 * name, then (after "now", "also" or "still") a verb in -s ("SENCo chases", "carer attends", "Mia now attends").
 */
function presentAct(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t?.kind !== 'w' || k === 0) return false;
  const x = doc.w[k] ?? '';
  if (!ADULT_SUBJECTS.has(x) && !(/^[A-Z][a-z]+$/.test(t.raw) && !_DONE_RECORDED.has(x))) return false;
  let v = k + 1;
  if (doc.w[v] === 'now' || doc.w[v] === 'also' || doc.w[v] === 'still') v++;
  const y = doc.w[v] ?? '';
  return doc.toks[v]?.kind === 'w' && /^[a-z]{3,}[^s]s$/.test(doc.toks[v]?.raw ?? '') && !_DONE_RECORDED.has(y);
}

/** Whether the part [s, e) records an act done or awaited (a thing, then a participle of {@link _DONE_RECORDED}; or a word of {@link WAITING}). */
function recordPart(doc: _Doc, s: number, e: number, month: number): boolean {
  for (let k = s; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (WAITING.has(x)) return true;
    if (x === 'waiting' && doc.w[k + 1] === 'list') return true;
    if (_DONE_RECORDED.has(x) && k > s && doc.toks[k - 1]?.kind === 'w' && !NOT_A_THING.has(doc.w[k - 1] ?? '') && recordTail(doc, k + 1, month) && !rateIn(doc, k + 1, e)) return true;
  }
  return false;
}

/**
 * Whether the token at j may follow a record's participle: none, a mark, a date, a month ending its part that is already past
 * ({@link monthPast}) or a word of {@link RECORD_AFTER}. A number then a noun is the act's object ("completed 3 job
 * applications"), someone's act, not a record. `month` is the meeting's month (1-12), or 0 when no meeting date is given.
 */
function recordTail(doc: _Doc, j: number, month: number): boolean {
  const t = doc.toks[j];
  if (t?.kind === 'n') return doc.toks[j + 1]?.kind !== 'w' || RECORD_AFTER.has(doc.w[j + 1] ?? '') || _MONTHS.has(doc.w[j + 1] ?? '');
  // A month alone after it is when it was done ("EHCNA submitted Nov." at a January meeting): the record's own date.
  const named = _MONTHS.get(doc.w[j] ?? '');
  return t === undefined || t.kind !== 'w' || RECORD_AFTER.has(doc.w[j] ?? '') || (named !== undefined && doc.toks[j + 1]?.kind !== 'w' && monthPast(named, month));
}

/**
 * Whether a month named alone (1-12) is not later than the meeting's month in the meeting's school year (September to August):
 * "submitted Nov." at a January meeting is a record of what was done; "Referral made March" at the same meeting is a month still
 * to come, when it is to be done (the labelling guide, Time-bound: "a point by which the target is achieved"; Measurable: "someone
 * could check, at the deadline, whether it happened"). With no meeting date (0) a month alone reads as the record's own date.
 */
function monthPast(named: number, month: number): boolean {
  return month === 0 || (named + 3) % 12 <= (month + 3) % 12;
}

/**
 * Whether [a, e) holds a rate, frequency, proportion, percentage, duration or limit ({@link RATE_WORDS}, "%", "4 out of 5",
 * "3 of 5", "a week"): a recurring count, never a record (the labelling guide, Measurable rule 1).
 */
function rateIn(doc: _Doc, a: number, e: number): boolean {
  for (let k = a; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (RATE_WORDS.has(x) || (doc.toks[k]?.raw ?? '').includes('%')) return true;
    if ((x === 'of' && (doc.toks[k - 1]?.kind === 'n' || doc.w[k - 1] === 'out')) || (x === 'a' && PERIODS.has(doc.w[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Words of a wait's length ("approx 2 years", "12 week wait for first appointment", "on list since 2023"). */
const WAIT_WORDS: ReadonlySet<string> = new Set(['wait', 'list', 'waiting', 'approx', 'approximately', 'about', 'around', 'roughly', 'up', 'to', 'over', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days', 'since']);

/** Whether the part [s, e) gives only a wait's length: a word of waiting ("wait", "list") or only figures and words of {@link WAIT_WORDS}. */
function waitLength(doc: _Doc, s: number, e: number): boolean {
  let only = true;
  for (let k = s; k < e; k++) {
    const x = doc.w[k] ?? '';
    if (x === 'wait' || x === 'list') return true;
    if (doc.toks[k]?.kind === 'w' && !WAIT_WORDS.has(x)) only = false;
  }
  return only;
}

/** The end of the part from s: a segment's end ({@link _segmentEnd}), a bracket or a comma ({@link PART_ENDS}). */
function partEnd(doc: _Doc, s: number): number {
  const e = _segmentEnd(doc, s);
  for (let k = s; k < e; k++) if (doc.toks[k]?.kind === 'p' && PART_ENDS.has(doc.w[k] ?? '')) return k;
  return e;
}

/**
 * Whether every measure lies in a part that records an act done or awaited, and nothing in the text is still to do: the
 * measures then count nothing to check at the deadline.
 * @param doc - The target's document.
 * @param spans - The measures read (token spans).
 * @param point - Whether the text has a point (a deadline chosen).
 * @param meeting - The meeting date (ISO), or null: a month alone after a participle is a record's date only up to its month.
 * @returns Whether the measures are a record's only.
 * @example
 * // "SALT referral made. Awaiting appointment." → true; "EP assessment requested. DT to chase." → false (the chase is to do).
 */
export function _recordOnly(doc: _Doc, spans: readonly (readonly [number, number])[], point: boolean, meeting: string | null = null): boolean {
  // A point by which it is done makes it a target ("Application submitted by 31 January": the labelling guide, Time-bound, "a
  // point by which the target is achieved"); a record's own date is past, background, and gives none.
  if (spans.length === 0 || point) return false;
  if (_lacks2(doc, F_RECORD_WORD)) return false;
  let any = false;
  for (let i = 0; i < doc.flags2.length; i++) if (((doc.flags2[i] as number) & F_RECORD_WORD) !== 0) any = true;
  if (!any || stillToDo(doc)) return false;
  // The meeting's month ("2025-01-15" → 1), 0 with none: a month alone after a participle is past only up to it (recordTail).
  const month = meeting === null ? 0 : Number(meeting.slice(5, 7)) || 0;
  // Each part read once, in one pass (linear whatever the number of measures).
  const n = doc.toks.length;
  const record = new Uint8Array(n);
  let before = false;
  for (let s = 0; s < n; ) {
    const e = partEnd(doc, s);
    // A bracket or a comma after a record giving only its wait's length ("(approx 2 years)", ", 12 week wait") is still the record.
    before = recordPart(doc, s, e, month) || (before && s > 0 && PART_ENDS.has(doc.w[s - 1] ?? '') && waitLength(doc, s, e));
    if (before) record.fill(1, s, e);
    s = e + 1;
  }
  for (const [a] of spans) if (record[a] !== 1) return false;
  return true;
}
