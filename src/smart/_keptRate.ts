/**
 * A rate of provision or an intervention kept up: "Ivy to continue daily phonics.", "continue with fine motor activities as
 * part of her daily routine", "Continue with Portage visits fortnightly", "Catch Up Literacy twice weekly - continue" (read
 * elsewhere). The rate is how what adults run for the child already runs on, not a rate the target sets for the child's going
 * or doing (the labelling guide, Measurable rule 6: "continue" is a process verb alone, and a quantity of provision is not the
 * child's success). Development labels of the shape, a verb of continuing with provision or an intervention for its object
 * and a rate in it, count 9 not measurable (u075, v018, x024, y18-043, y22-207, y31-189, y33-010, y43-078, y63-242) to none.
 *
 * Never the child's own going, club, sport, activity, school, lessons or job kept up at a rate ("keep going to Army Cadets 2x
 * a week", "keep going to the gym 3 times a week", "Continue with his part-time job 2 evenings a week", "continue going to
 * college 4 days a week"): the Settled cases' club row ("a rate of going still measures") and Measurable rule 1 (the days of
 * the child's own activity are a frequency) measure them. Nor a verb of the child's between the verb of continuing and the
 * rate ("continue with her tutoring and read 3 times a week"), "keep" with a thing of its own ("keep a diary daily", a
 * record the child keeps), or a figure that is no rate ("continue attending 100%", "carry on to 6").
 */
import type { _Doc } from './_doc';
import { _endsIng } from './_ends';
import { _F_ENDS } from './_measure';
import { _SCHOOL_PLACES, _STOP } from './_phrases';
import { _ACTIVITY_GROUPS, _CONTINUING, _JOB_NOUNS, _childVerb } from './_specific';

/** How far back from the rate the verb of continuing is looked for: one clause of a target. */
const REACH = 14;

/** Whether the token at k ends a sentence (. ; ! ? or a line break). */
function ends(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/**
 * Where the thing kept up starts after the verb of continuing at v ({@link _CONTINUING}: "continue [daily phonics]",
 * "continue with [fine motor …]", "carry on with [her Portage visits]"), or -1 when the verb takes an act ("continue to
 * read", "keep trying"), a going ("keep going to Army Cadets", "carry on going to the gym": the child's own going, whose
 * rate still measures, the club row and the attendance row) or nothing ("Continue.", "carry on, target 9"); -2 when v is no
 * verb of continuing. "keep" and "carry" take a thing only through "going with" or "on with".
 */
function thingAfter(doc: _Doc, v: number): number {
  const x = doc.w[v] ?? '';
  if (!_CONTINUING.has(x)) return -2;
  const cont = x.startsWith('continu');
  let k = v + 1;
  if (doc.w[k] === 'on') k += 1;
  if (doc.w[k] === 'going') k += 1;
  if (doc.w[k] === 'with') return k + 1;
  // "continue daily phonics": a thing for the object, not "to", an act or a gerund ("continue attending", kept up as usual).
  const next = doc.w[v + 1] ?? '';
  return cont && k === v + 1 && doc.toks[k]?.kind === 'w' && next !== 'to' && !_childVerb(next) && !_endsIng(next) && !ends(doc, v) ? k : -1;
}

/**
 * Whether the token at k names the child's own club, school, course, lessons or job, not provision adults run for the child
 * ("Continue with his part-time job 2 evenings a week", "keep going with his ESOL lessons at college one day a week"): a club,
 * team or youth organisation ({@link _ACTIVITY_GROUPS}; any club gone to is a going, read before), a school place or lessons
 * ({@link _SCHOOL_PLACES}) or a job.
 */
function ownAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  return _ACTIVITY_GROUPS.has(x) || _SCHOOL_PLACES.has(x) || _JOB_NOUNS.has(x);
}

/** Whether the token at k is a verb of the child's: a capitalised word inside the thing is part of its name ("Read Write Inc"). */
function actAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t?.kind === 'w' && _childVerb(doc.w[k] ?? '') && !/^[A-Z]/.test(t.raw);
}

/**
 * Whether the measure at span, a rate (the caller's test: a word of how often), is inside provision or an intervention kept up
 * (see the file's comment): a verb of continuing before it in its sentence, within {@link REACH} tokens, whose object is a
 * thing, no verb of the child's between that object's start and the rate, and no club, school, lessons or job of the child's
 * from the object's start to the sentence's end or {@link REACH} tokens past the rate ({@link ownAt}). A rate right after the
 * verb is kept up only as a word describing the thing after it ("continue daily [phonics]"); "Home reading to continue daily",
 * "Attendance to continue every day" keep up the child's own act or attendance, named before.
 */
export function _keptRate(doc: _Doc, span: readonly [number, number]): boolean {
  for (let k = span[0] - 1; k >= 0 && k >= span[0] - REACH && !ends(doc, k); k--) {
    const from = thingAfter(doc, k);
    if (from === -2) continue;
    if (from < 0 || from > span[0]) return false;
    if (from === span[0] && (doc.toks[span[1]]?.kind !== 'w' || ends(doc, span[1] - 1) || _STOP.has(doc.w[span[1]] ?? ''))) return false;
    for (let j = from; j < span[1] + REACH && !ends(doc, j - 1); j++) if ((j < span[0] && actAt(doc, j)) || ownAt(doc, j)) return false;
    return true;
  }
  return false;
}
