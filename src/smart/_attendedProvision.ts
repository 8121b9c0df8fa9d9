/**
 * Attendance at provision or an activity ("100% attendance at appointments", "attendance at the school football club to be
 * 90%", "90% attendance at the anxiety group sessions"): the rate of going to what it names, no anchor of its own (the
 * labelling guide, Settled cases: attending a group, service or club is not specific, "a stated rate or frequency of attending
 * still measures"), told from the child's own attendance at school, lessons, a course or with the child's own school staff
 * (Settled cases, specific). Read by _specific.ts (anchors) and _standard.ts (a figure reached names the child's attendance).
 */
import type { _Doc } from './_doc';
import { _KEPT_OCCASIONS, _SCHOOL_PLACES } from './_phrases';

function wd(doc: _Doc, i: number): string {
  return i < 0 ? '' : (doc.w[i] ?? '');
}

/** The child's own schooling, whose attendance is the child's (the labelling guide, Settled cases: specific). */
const OWN_SCHOOLING: ReadonlySet<string> = new Set([..._SCHOOL_PLACES, 'course', 'timetabled', 'timetable']);
/** The child's own school or college staff: time with them ("meetings with his personal tutor") is the child's own schooling. */
const SCHOOL_STAFF: ReadonlySet<string> = new Set(['tutor', 'tutors', 'teacher', 'teachers', 'senco', 'lecturer', 'lecturers']);
/** What provision or an activity is gone to in ("attendance at the sessions", "100% attendance at appointments", "at the club"). */
const ATTENDED_THINGS: ReadonlySet<string> = new Set([..._KEPT_OCCASIONS, 'meeting', 'meetings']);
/** Words that link the head of what is attended to the rest of its phrase ("meetings with his tutor at college", "sessions of the group"). */
const OBJECT_LINKS: ReadonlySet<string> = new Set(['with', 'at', 'in', 'of', 'for']);
/** Words that end the phrase of what is attended: a time, a verb or a clause after it ("to be 90%", "by March", "this term"). */
const OBJECT_ENDS: ReadonlySet<string> = new Set([
  'to', 'by', 'this', 'next', 'each', 'every', 'per', 'until', 'before', 'after', 'during', 'over', 'across', 'throughout', 'from', 'on',
  'is', 'are', 'be', 'was', 'will', 'should', 'must', 'would', 'can', 'and', 'or', 'so', 'which', 'that', 'who', 'as', 'when', 'where', 'than',
]);
/** How many words after "attendance at" the phrase of what is attended is read in. */
const OBJECT_REACH = 10;

/**
 * Where "attendance" at i ends when it is attendance at provision or an activity (the index of what is gone to, else -1)
 * ("100% attendance at appointments", "attendance at the school football club to be 90%", "attendance at ELSA sessions"): "at"
 * after it and the whole phrase of what is attended, up to a time, a verb or a clause, read before deciding. Its head (the
 * last word before "with", "at", "in", "of" or "for") is sessions, appointments, a club, a group or meetings, and the rate is
 * of going to them (the labelling guide, Settled cases: attending a group, service or club is not specific, "a stated rate or
 * frequency of attending still measures"). Not the child's own schooling (Settled cases, specific): a head that is school,
 * college, lessons or a course ("90% attendance at school", "attendance at his lessons at college"), sessions bare, of all or
 * of school ("attendance at sessions", "at all sessions", "at school sessions": the school's half-days), nor time with the
 * child's own school or college staff ("attendance at his meetings with his personal tutor at college").
 */
export function _providedAttendance(doc: _Doc, i: number): number {
  if (wd(doc, i + 1) !== 'at') return -1;
  let head = -1;
  let own = false;
  let words = 0;
  for (let k = i + 2; k < doc.toks.length && k <= i + 1 + OBJECT_REACH && doc.toks[k]?.kind === 'w'; k++) {
    const y = wd(doc, k);
    if (OBJECT_ENDS.has(y)) break;
    if (head < 0 && OBJECT_LINKS.has(y)) head = k - 1;
    else if (head < 0) {
      words += 1;
      // "at all sessions", "at school sessions", "at the school football club": own schooling unless a club or group is gone to.
      own = own || y === 'all' || OWN_SCHOOLING.has(y);
    } else if (OWN_SCHOOLING.has(y) || SCHOOL_STAFF.has(y)) own = true;
    if (head < 0 && SCHOOL_STAFF.has(y)) own = true;
    if (k === doc.toks.length - 1 || k === i + 1 + OBJECT_REACH || doc.toks[k + 1]?.kind !== 'w' || OBJECT_ENDS.has(wd(doc, k + 1))) if (head < 0) head = k;
  }
  if (head < i + 2 || words === 0) return -1;
  const x = wd(doc, head);
  if (!ATTENDED_THINGS.has(x) || OWN_SCHOOLING.has(x)) return -1;
  // A club or group is gone to wherever it is ("the school football club", "the homework club at school").
  if (x === 'club' || x === 'clubs' || x === 'group' || x === 'groups') return head;
  // Sessions, appointments and meetings: named ("ELSA sessions", "the sessions", "appointments"), not school's or its staff's.
  if (own || ((x === 'session' || x === 'sessions') && words === 1)) return -1;
  return head;
}

/** Whether the word at i names what "attendance at" gone to provision names ({@link providedAttendance}: "at the sessions", "the anxiety group sessions"). */
export function _attendedThingOf(doc: _Doc, i: number): boolean {
  if (!ATTENDED_THINGS.has(wd(doc, i))) return false;
  for (let a = i - 2; a >= 0 && a >= i - 1 - OBJECT_REACH; a--) if (wd(doc, a) === 'attendance' && _providedAttendance(doc, a) >= i) return true;
  return false;
}
