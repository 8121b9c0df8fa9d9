/**
 * A rate of a thing kept up: "Ivy to continue daily phonics.", "continue with fine motor activities as part of her daily
 * routine", "keep going to Army Cadets 2x a week", "keep going with his ESOL lessons one day a week". The rate is how the
 * provision, club or activity already runs on, not a rate the target sets for the child's going or doing (the labelling
 * guide, Measurable rule 6: "continue" is a process verb alone; Settled cases, "keep going to college" is not measurable).
 * The development labels of the shape, a verb of continuing with a thing for its object and a rate in it, count 11 not
 * measurable (u075, v018, x024, y18-043, y22-207, y31-189, y33-010, y11-169, y20-046, y43-078, y63-242) against none.
 *
 * Not read: the child's own attendance kept up ("continue going to college 4 days a week", "keep going to school every
 * day": the settled row of the child's attendance, y13-060 and y50-230 measurable), a verb of the child's between the verb
 * of continuing and the rate ("continue with her tutoring and read 3 times a week"), "keep" with a thing of its own ("keep a
 * diary daily", a record the child keeps), and a figure that is no rate ("continue attending 100%", "carry on to 6").
 */
import type { _Doc } from './_doc';
import { _F_ENDS } from './_measure';
import { _OWNING_DETERMINERS, _SCHOOL_PLACES, _STOP } from './_phrases';
import { _childVerb } from './_specific';

/** How far back from the rate the verb of continuing is looked for: one clause of a target. */
const REACH = 14;

/** Whether the token at k ends a sentence (. ; ! ? or a line break). */
function ends(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/**
 * Where the thing kept up starts after the verb of continuing at v ("continue [daily phonics]", "continue with [fine motor
 * …]", "keep going to [Army Cadets]", "carry on with [her lessons]"), or -1 when the verb takes an act ("continue to read",
 * "keep trying"), the child's own school, college, nursery or lessons (_SCHOOL_PLACES: "keep going to college", whose
 * attendance kept up at a rate still measures, Settled cases) or nothing ("Continue.", "carry on, target 9"); -2 when
 * v is no verb of continuing. "keep" and "carry" take a thing only through "going" or "on with".
 */
function thingAfter(doc: _Doc, v: number): number {
  const x = doc.w[v] ?? '';
  const cont = x === 'continue' || x === 'continues';
  if (!cont && x !== 'keep' && x !== 'keeps' && x !== 'carry' && x !== 'carries') return -2;
  let k = v + 1;
  if (doc.w[k] === 'on') k += 1;
  const going = doc.w[k] === 'going';
  if (going) k += 1;
  if (doc.w[k] === 'with') return k + 1;
  if (going) return doc.w[k] === 'to' && !_SCHOOL_PLACES.has(doc.w[_OWNING_DETERMINERS.has(doc.w[k + 1] ?? '') ? k + 2 : k + 1] ?? '') ? k + 1 : -1;
  // "continue daily phonics": a thing for the object, not "to", an act or a gerund ("continue attending", kept up as usual).
  const next = doc.w[v + 1] ?? '';
  return cont && k === v + 1 && doc.toks[k]?.kind === 'w' && next !== 'to' && !_childVerb(next) && !next.endsWith('ing') && !ends(doc, v) ? k : -1;
}

/** Whether the token at k is a verb of the child's: a capitalised word inside the thing is part of its name ("Read Write Inc"). */
function actAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  return t?.kind === 'w' && _childVerb(doc.w[k] ?? '') && !/^[A-Z]/.test(t.raw);
}

/**
 * Whether the measure at span, a rate (the caller's test: a word of how often), is inside a thing kept up (see the file's
 * comment): a verb of continuing before it in its sentence, within {@link REACH} tokens, whose object is a thing, and no verb of the child's
 * between that object's start and the rate. A rate right after the verb is kept up only as a word describing the thing
 * after it ("continue daily [phonics]"); "Home reading to continue daily", "Attendance to continue every day" keep up the
 * child's own act or attendance, named before.
 */
export function _keptRate(doc: _Doc, span: readonly [number, number]): boolean {
  for (let k = span[0] - 1; k >= 0 && k >= span[0] - REACH && !ends(doc, k); k--) {
    const from = thingAfter(doc, k);
    if (from === -2) continue;
    if (from < 0 || from > span[0]) return false;
    if (from === span[0] && (doc.toks[span[1]]?.kind !== 'w' || ends(doc, span[1] - 1) || _STOP.has(doc.w[span[1]] ?? ''))) return false;
    for (let j = from; j < span[0]; j++) if (actAt(doc, j)) return false;
    return true;
  }
  return false;
}
