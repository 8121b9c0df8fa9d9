/**
 * A frequency in words ("daily", "every night", "each school day"), read by the object, role and hedge readings alike.
 * Its own module so that those readings, which import one another's subjects and objects, share it without a cycle.
 * @module
 */
import type { _Doc } from './_doc';
import { _RELATIVE_UNITS } from './_deadlineResolve';
import { _DURATION_UNITS, _OCCASIONS, _ROUTINE, _WEEKDAYS } from './_phrases';

/**
 * Whether the word at k says how often an act is done ({@link _ROUTINE}): "daily", or "every" / "each" before a time noun,
 * with a count or one word between ("every night", "each morning", "every maths lesson", "every 2 weeks", "every Monday"): a
 * frequency, the child's measure (the labelling guide, Measurable rule 1). "Every" or "each" before what is worked on counts
 * the object, not the occasions ("work on every sound in Phase 3"): no frequency, the process still (Measurable rule 6).
 * @param doc - The target's document.
 * @param k - Token index.
 * @returns Whether a frequency in words starts at k.
 * @example
 * _routineAt(doc('read every night'), 1); // true
 */
export function _routineAt(doc: _Doc, k: number): boolean {
  const x = doc.w[k] ?? '';
  if (!_ROUTINE.has(x)) return false;
  if (x !== 'every' && x !== 'each') return true;
  for (let j = k + 1; j <= k + 2; j++) {
    const y = doc.w[j] ?? '';
    if (_OCCASIONS.has(y) || _WEEKDAYS.has(y) || _RELATIVE_UNITS.has(y) || _DURATION_UNITS.has(y)) return true;
    if (y === 'other' || doc.toks[j]?.kind === 'n') continue;
    // One word may name the kind of occasion ("every maths lesson", "each school day").
    if (j > k + 1 || doc.toks[j]?.kind !== 'w') return false;
  }
  return false;
}
