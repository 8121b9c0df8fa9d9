/**
 * Compliance in general: following a whole body of rules or instructions ("Jaxon will follow all instructions", "must follow
 * the school rules") names no particular behaviour. Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Examples of
 * SMART Outcomes: outcomes must not be "vague, generic or unrealistic, for example, 'Emma will listen to all instructions'"
 * (the labelling guide, Specific; its Measurable rule 6 reads such a disposition as no measure either).
 */
import type { _Doc } from './_doc';

/** Bodies of rules or directions followed as a whole, not one rule or instruction named. */
const RULE_BODIES: ReadonlySet<string> = new Set(['rules', 'instructions', 'directions', 'expectations', 'boundaries']);
/** Words that say whose rules, or which in general ("the", "all", "school", "adult", "simple"), not which rule. */
const RULE_OWNERS: ReadonlySet<string> = new Set(['the', 'all', 'his', 'her', 'their', 'my', 'any', 'school', 'class', 'classroom', 'nursery', 'home', 'house', 'adult', 'adults', 'staff', 'teacher', 'teachers', 'simple', 'basic']);
/** Marks that end the sentence the body of rules closes. */
const ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?', '\n']);

/**
 * Whether the object of "follow" at v is a body of rules or instructions in general that ends its sentence ("follow all
 * instructions.", "follow the school rules"). An instruction named ("a two-part instruction", "instructions with two key
 * words"), or anything after it (a measure, "first time", "at lunchtime without reminders"), is read as usual.
 * @param doc - The target's document.
 * @param v - The token of "follow".
 * @returns Whether only rules in general are followed.
 * @example
 * // "Rhys must follow the school rules." → true; "Kai will follow instructions with two key words" → false
 */
export function _rulesInGeneral(doc: _Doc, v: number): boolean {
  const x = doc.w[v];
  if (x !== 'follow' && x !== 'follows') return false;
  let k = v + 1;
  while (k < v + 4 && RULE_OWNERS.has(doc.w[k] ?? '')) k += 1;
  if (!RULE_BODIES.has(doc.w[k] ?? '')) return false;
  const after = doc.w[k + 1];
  return after === undefined || ENDS.has(after);
}
