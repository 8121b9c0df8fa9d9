/**
 * Going to a club on its days. The labelling guide, Measurable rule 1, counts a frequency as a figure that measures ("twice a
 * week", "every morning"), and the Settled cases keep "a stated rate or frequency of attending" as a measure for a group,
 * service or club the child goes to. The club row of the Settled cases reads the days a club, team, choir or youth
 * organisation meets ("Attend the boxing club on Thursdays", "Sea Cadets every Thursday" with no verb of going, "forest
 * school Weds afternoons") as its timetable, not how often the child is to go: with no other measure, nothing can be checked
 * at the deadline. Read only for such a group (or a heading naming an activity and its days, "boxing on fridays"), only on
 * days that recur (a plural day, a part of the day that recurs, "every"): a single day is a one-off event gone to ("the
 * careers talk on Tuesday", Measurable rule 5). Not the child's own act on its days ("go swimming on Mondays"), nor
 * provision or a placement gone to ("ELSA sessions on Tuesdays", "work placement on Wednesdays", the provision row), nor
 * going in a manner an adult can see ("independently", Measurable rule 3).
 */
import { _flag2At, _lacks2, _wordFlag2, type _Doc, type _Marks } from './_doc';
import { _goingForms, _WEEKDAYS } from './_phrases';
import { _UNAIDED } from './_object';
import { _OWN_SESSIONS } from './_provisionRate';
import { _ACTIVITY_GROUPS, _ATTENDED_CLUB, _FRAME_WORDS, _hasClause, _JOINING_WORDS, _SUBJECT_PRONOUNS } from './_specific';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** The days of the week ({@link _WEEKDAYS}) as a second-word flag: a text naming none has no timetable, known at once. */
const F2_WEEKDAY = _wordFlag2(_WEEKDAYS.keys());

/** Verbs of going or attending (the joining verbs but "join": joining once is an event checked done, Measurable rule 5). */
const GOING: ReadonlySet<string> = new Set([..._JOINING_WORDS].filter((x) => !x.startsWith('join') && x !== 'been'));
/**
 * Verbs that open what the child goes to, read for the stretch's first verb: {@link GOING} and the verbs of accessing
 * ("Access art therapy sessions on Thursdays": provision gone to on its days keeps the provision row's rate, Settled cases).
 */
const GOING_FIRST: ReadonlySet<string> = new Set([...GOING, ..._goingForms('access')]);
/** Words that stand with a day in a day's phrase ("every Thursday afternoon", "on a Monday evening", "Tues and Thurs"). */
const DAY_PHRASE: ReadonlySet<string> = new Set(['every', 'each', 'on', 'a', 'and', '&', '/', ',', 'afternoon', 'afternoons', 'morning', 'mornings', 'evening', 'evenings', 'night', 'nights', 'after', 'school']);
/** Words of the frame before a verb of going ("will attend", "she is to go"): the modals and the subject pronouns (_specific.ts). */
const FRAME: ReadonlySet<string> = new Set([..._FRAME_WORDS, ..._SUBJECT_PRONOUNS]);
/** Parts of the day that recur ("Weds afternoons", "Thurs mornings"): the day they follow is a day that recurs. */
const RECURRING_PARTS: ReadonlySet<string> = new Set(['afternoons', 'mornings', 'evenings', 'nights']);

/** Whether the word at k is a day of the week, the short forms only beside another day's word ("Weds", "thurs"). */
function dayAt(doc: _Doc, k: number): boolean {
  if (!_flag2At(doc, k, F2_WEEKDAY)) return false;
  const x = wd(doc, k);
  // "sat", "sun", "mon", "wed" are words too ("sat his exam"): a day after "on", "every", "each" or before a part of the day.
  if (x.length <= 3) return DAY_PHRASE.has(wd(doc, k - 1)) || DAY_PHRASE.has(wd(doc, k + 1));
  return true;
}

/**
 * Whether the day at k recurs: a plural day ("on Tuesdays"), a day after "every" or "each", or before a part of the day that
 * recurs ("Weds afternoons"), or joined to one that does ("Tues and Thurs afternoons"). A single day ("on Tuesday") is one
 * day, an event gone to (Measurable rule 5), not a timetable. A club named by its day ("the Tuesday football club") is the
 * club itself, gone to with no rate (the club row), read as any club gone to is, not as one day.
 */
function recurringDay(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  const prev = wd(doc, k - 1);
  if (prev === 'every' || prev === 'each' || RECURRING_PARTS.has(wd(doc, k + 1))) return true;
  if (_WEEKDAYS.has(x + 's') || x.length <= 3 || x === 'thur') {
    // A single day or its short form: recurring only when joined to a day that is ("Mon and Weds afternoons").
    const next = wd(doc, k + 1);
    return (next === 'and' || next === '&' || next === '/' || next === ',') && dayAt(doc, k + 2) && recurringDay(doc, k + 2);
  }
  return true;
}

/**
 * Whether the word at k is a club, team, choir or youth organisation ({@link _ACTIVITY_GROUPS}), forest school, or a team's
 * training ("football training": a team's own event, _activity.ts), whose days are when it meets (the club row).
 */
function groupAt(doc: _Doc, k: number): boolean {
  const x = wd(doc, k);
  return _ACTIVITY_GROUPS.has(x) || (x === 'forest' && wd(doc, k + 1) === 'school') || (x === 'training' && doc.toks[k - 1]?.kind === 'w');
}

/** Whether the span is a day's phrase ("every Thursday", "on Tuesdays"), a verb of going with its frame ("to attend"), or neither. */
function spanKind(doc: _Doc, [a, b]: readonly [number, number]): 'day' | 'every' | 'going' | null {
  let day = false;
  let going = false;
  for (let k = a; k < b; k++) {
    const x = wd(doc, k);
    if (dayAt(doc, k)) {
      if (!recurringDay(doc, k)) return null;
      day = true;
    } else if (GOING.has(x)) going = true;
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
  if (spans.length === 0 || _lacks2(doc, F2_WEEKDAY)) return false;
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
    if (first < 0 && GOING_FIRST.has(wd(doc, k))) {
      first = k;
      while (first > 0 && FRAME.has(wd(doc, first - 1))) first -= 1;
    }
    if (dayAt(doc, k)) last = k;
  }
  if (last < 0) return false;
  // Only a club, team, choir or youth organisation gone to (the club row): not the child's own act ("go swimming on
  // Mondays"), nor provision or a placement ("ELSA sessions on Tuesdays", "work placement on Wednesdays", the provision row).
  if (first >= 0) {
    let group = false;
    for (let k = first; k <= last && !group; k++) group = groupAt(doc, k);
    if (!group) return false;
  }
  // A manner an adult can see ("go to chess club on Mondays independently", Measurable rule 3): more than a timetable.
  for (let k = Math.max(first, 0); k < doc.toks.length; k++) if (_UNAIDED.has(wd(doc, k))) return false;
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
