/**
 * Going to something on its days. The labelling guide, Measurable rule 1, counts a frequency as a figure that measures
 * ("twice a week", "every morning"), and the Settled cases keep "a stated rate or frequency of attending" as a measure for a
 * group, service or club the child goes to. A club's or a session's days ("Attend the boxing club on Thursdays", "Sea Cadets
 * every Thursday", "forest school Weds afternoons") say when it meets, not how often the child is to go: with no other
 * measure, nothing can be checked at the deadline (the settled labels of the thirty-sixth set read the club row so: "a
 * club's timetable is not a rate of attending"; development labels 16 to 5). Read only when every measure is such a day or
 * the verb of going itself, and the text goes to something or has no clause at all ("boxing on fridays").
 */
import type { _Doc, _Marks } from './_doc';
import { _WEEKDAYS } from './_phrases';
import { _OWN_SESSIONS } from './_provisionRate';
import { _ATTENDED_CLUB, _hasClause, _JOINING_WORDS } from './_specific';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** Verbs of going or attending (the joining verbs but "join": joining once is an event checked done, Measurable rule 5). */
const GOING: ReadonlySet<string> = new Set([..._JOINING_WORDS].filter((x) => !x.startsWith('join') && x !== 'been'));
/** Words that stand with a day in a day's phrase ("every Thursday afternoon", "on a Monday evening", "Tues and Thurs"). */
const DAY_PHRASE: ReadonlySet<string> = new Set(['every', 'each', 'on', 'a', 'and', '&', '/', ',', 'afternoon', 'afternoons', 'morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'after', 'school']);
/** Words of the frame before a verb of going ("will attend", "to go"). */
const FRAME: ReadonlySet<string> = new Set(['will', 'to', 'i', 'he', 'she', 'they', "'ll", 'shall', 'must', 'should']);

/** Whether the word at k is a day of the week, the short forms only beside another day's word ("Weds", "thurs"). */
function dayAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  if (!_WEEKDAYS.has(x)) return false;
  // "sat", "sun", "mon", "wed" are words too ("sat his exam"): a day after "on", "every", "each" or before a part of the day.
  if (x.length <= 3) return DAY_PHRASE.has(wd(doc, k - 1)) || DAY_PHRASE.has(wd(doc, k + 1));
  return true;
}

/** Whether the span is a day's phrase ("every Thursday", "on Tuesdays"), a verb of going with its frame ("to attend"), or neither. */
function spanKind(doc: _Doc, [a, b]: readonly [number, number]): 'day' | 'every' | 'going' | null {
  let day = false;
  let going = false;
  for (let k = a; k < b; k++) {
    const x = wd(doc, k);
    if (dayAt(doc, k)) day = true;
    else if (GOING.has(x)) going = true;
    else if (!DAY_PHRASE.has(x) && !FRAME.has(x)) return null;
  }
  if (day) return wd(doc, a) === 'every' || wd(doc, a) === 'each' ? 'every' : 'day';
  return going ? 'going' : null;
}

/**
 * Whether every measure is a day something meets on or the verb of going to it, with a day named: the timetable of what the
 * child goes to, no rate of going ("Ezra to attend Forest School on Thursdays", "Sea Cadets every Thursday"). The text goes
 * to something (a verb of going) or has no clause ("boxing on fridays"); a day of the child's own act stays measured
 * ("hand in her homework every Monday").
 *
 * @example _timetableOnly(doc('Attend the boxing club on Thursdays'), spans, marks) // true
 */
export function _timetableOnly(doc: _Doc, spans: readonly (readonly [number, number])[], provision: _Marks, naming: readonly (readonly [number, number])[], anchors: readonly (readonly [number, number])[]): boolean {
  if (spans.length === 0) return false;
  let every = false;
  for (const span of spans) {
    const kind = spanKind(doc, span);
    if (kind === null) return false;
    if (kind === 'every') every = true;
  }
  // The stretch from the first verb of going to the last day named: what the child goes to and when it meets.
  let first = -1;
  let last = -1;
  for (let k = 0; k < doc.toks.length; k++) {
    if (first < 0 && GOING.has(wd(doc, k))) {
      first = k;
      while (first > 0 && FRAME.has(wd(doc, first - 1))) first -= 1;
    }
    if (dayAt(doc, k)) last = k;
  }
  if (last < 0) return false;
  // Lessons and classes gone to ("Drum lessons every Thursday") are the child's own activity (_provisionRate.ts).
  for (let k = 0; k < doc.toks.length; k++) if (_OWN_SESSIONS.has(wd(doc, k))) return false;
  // An activity joined or played in before it ("play for the Year 8 team and go to training every Wednesday"): more than a timetable.
  for (let k = 0; k < first; k++) if (provision[k] !== 0) return false;
  // A support club gone to ("go to homework club on Tuesdays"): the child's own work done there, any frequency of going
  // measuring (the mark's own reading, _specific.ts); its heading alone ("Homework club on Tuesdays") is read as below.
  if (first >= 0) for (let k = first; k <= last; k++) if (provision[k] === _ATTENDED_CLUB) return false;
  // An act of the child's outside it ("and earn her first badge", "tell his key adult ... each Monday"): measured as usual.
  for (const [a, b] of anchors) if (a < Math.max(first, 0) || b > last + 1) return false;
  // Going "every Tuesday" is read as a rate of going (the corpus's "attend football club every Tuesday", measurable); going
  // "on Tuesdays" and a day with no verb ("Sea Cadets every Thursday") as when it meets.
  if (first >= 0) return !every;
  return !_hasClause(doc, provision, naming);
}
