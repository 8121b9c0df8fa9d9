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
import { _F_ENDS, _FREQ_ADVERBS } from './_measure';
import { _RATE_PERIODS } from './_provisionRate';
import { _childVerb } from './_specific';

/** Verbs of continuing that take a thing for their object ("continue daily phonics", "continue with …"). */
const CONTINUE = new Set(['continue', 'continues']);
/** Verbs of continuing that take a thing only through "going with/to" or "on with" ("keep going to Cadets", "carry on with"). */
const KEEP = new Set(['keep', 'keeps', 'carry', 'carries']);
/** The child's own placement, whose attendance kept up at a rate still measures (Settled cases: the child's own attendance). */
const OWN_PLACES = new Set(['school', 'college', 'nursery', 'work', 'sixth', 'class', 'lessons', 'university', 'uni', 'pru']);
/** Words that may stand between "going to" and the place ("going to his school"). */
const DETERMINERS = new Set(['the', 'his', 'her', 'their', 'my', 'your', 'a']);
/** How far back from the rate the verb of continuing is looked for: one clause of a target. */
const REACH = 14;

/** Whether the token at k ends a sentence (. ; ! ? or a line break). */
function ends(doc: _Doc, k: number): boolean {
  return ((doc.flags[k] as number) & _F_ENDS) !== 0;
}

/** Whether the span holds a word of how often or a period after "a" or "per" ("daily", "2x a week", "one day a week"). */
function rateIn(doc: _Doc, span: readonly [number, number]): boolean {
  for (let k = span[0]; k < span[1]; k++) {
    const x = doc.w[k] ?? '';
    if (_FREQ_ADVERBS.has(x) || x === 'every' || ((x === 'a' || x === 'per') && _RATE_PERIODS.has(doc.w[k + 1] ?? ''))) return true;
  }
  return false;
}

/** Whether the place after "going to" at k is the child's own school, college or lessons ({@link OWN_PLACES}). */
function ownPlaceAt(doc: _Doc, k: number): boolean {
  const at = DETERMINERS.has(doc.w[k] ?? '') ? k + 1 : k;
  return OWN_PLACES.has(doc.w[at] ?? '');
}

/**
 * Where the thing kept up starts after the verb of continuing at v ("continue [daily phonics]", "continue with [fine motor
 * …]", "keep going to [Army Cadets]", "carry on with [her lessons]"), or -1 when the verb takes an act ("continue to read",
 * "keep trying"), the child's own placement ("keep going to college") or nothing ("Continue.", "carry on, target 9").
 */
function thingAfter(doc: _Doc, v: number): number {
  const x = doc.w[v] ?? '';
  const next = doc.w[v + 1] ?? '';
  const going = next === 'going' || (next === 'on' && doc.w[v + 2] === 'going') ? (next === 'going' ? v + 2 : v + 3) : -1;
  if (going >= 0) {
    const link = doc.w[going] ?? '';
    if (link === 'with') return going + 1;
    if (link === 'to' && !ownPlaceAt(doc, going + 1)) return going + 1;
    return -1;
  }
  if (next === 'with') return v + 2;
  if (next === 'on' && doc.w[v + 2] === 'with') return v + 3;
  if (!CONTINUE.has(x)) return -1;
  // "continue daily phonics": a thing for the object, not "to", an act or a gerund ("continue attending", kept up as usual).
  const t = doc.toks[v + 1];
  if (t === undefined || t.kind !== 'w' || next === 'to' || _childVerb(next) || next.endsWith('ing') || ends(doc, v)) return -1;
  return v + 1;
}

/** Whether the token at k is a verb of the child's: a capitalised word inside the thing is part of its name ("Read Write Inc"). */
function actAt(doc: _Doc, k: number): boolean {
  const t = doc.toks[k];
  if (t === undefined || t.kind !== 'w' || !_childVerb(doc.w[k] ?? '')) return false;
  const first = t.raw.charAt(0);
  return first === first.toLowerCase();
}

/**
 * Whether the measure at span is a rate inside a thing kept up (see the file's comment): a word of how often, with a verb of
 * continuing before it in its sentence, within {@link REACH} tokens, whose object is a thing, and no verb of the child's
 * between that object's start and the rate.
 */
export function _keptRate(doc: _Doc, span: readonly [number, number]): boolean {
  if (!rateIn(doc, span)) return false;
  const stop = Math.max(0, span[0] - REACH);
  for (let k = span[0] - 1; k >= stop; k--) {
    if (ends(doc, k)) return false;
    const x = doc.w[k] ?? '';
    if (CONTINUE.has(x) || KEEP.has(x)) {
      const from = thingAfter(doc, k);
      if (from < 0 || from > span[0]) return false;
      for (let j = from; j < span[0]; j++) if (actAt(doc, j)) return false;
      return true;
    }
  }
  return false;
}
