/*
 * SMART ratings of every target in the current PEPs (Halton SMART QA, Halton PEP Policy 2023-24 Appendix C).
 * Internal: not re-exported.
 */
import { _bump, _distribution } from '../_cohortStats';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortDistribution, CohortSmartRating } from '../types';

const RATINGS: readonly CohortSmartRating[] = ['outstanding', 'good', 'requires-improvement'];
const RATING_LABELS: Readonly<Record<CohortSmartRating, string>> = {
  outstanding: 'Outstanding (all criteria met)',
  good: 'Good (one missed)',
  'requires-improvement': 'Requires improvement',
};

/** How many targets of the child's current PEP have each rating, in `RATINGS` order (three numbers: compact). */
export interface SmartSlot {
  smart: [number, number, number];
}

/** SMART ratings: every target of every current PEP. */
export const smartRatings = {
  add(a: _AssessedPep): SmartSlot {
    const smart: [number, number, number] = [0, 0, 0];
    for (const rating of a.targetRatings) {
      const i = RATINGS.indexOf(rating as CohortSmartRating);
      if (i >= 0) smart[i] = (smart[i] ?? 0) + 1;
    }
    return { smart };
  },
  result(cohort: readonly SmartSlot[], smallBelow: number): CohortDistribution<CohortSmartRating> {
    const counts = new Map<CohortSmartRating, number>();
    for (const c of cohort) c.smart.forEach((n, i) => _bump(counts, RATINGS[i] as CohortSmartRating, n));
    return _distribution(RATINGS, RATING_LABELS, counts, smallBelow);
  },
};
