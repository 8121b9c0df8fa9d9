/*
 * QA grades of current PEPs (Halton QA grid, Halton PEP Policy 2023-24 Appendix C). Internal: not re-exported.
 */
import { QA_GRADES, type QaGrade } from '../../core/enums';
import { _bump, _distribution } from '../_cohortStats';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortDistribution } from '../types';

const GRADE_LABELS: Readonly<Record<QaGrade, string>> = {
  gold: 'Gold (outstanding)',
  green: 'Green (good)',
  amber: 'Amber (requires improvement)',
  red: 'Red (inadequate)',
};

/** The QA grade of a child's current PEP, `null` when it could not be graded. */
export interface QaSlot {
  grade: QaGrade | null;
}

/** `true` for a grade the performance profile counts as good (gold or green). */
export const isGoodGrade = (grade: QaGrade): boolean => grade === 'gold' || grade === 'green';

/** QA grades: one per child, of their current PEP. */
export const qaGrades = {
  add: (a: _AssessedPep): QaSlot => ({ grade: a.grade }),
  result(cohort: readonly QaSlot[], smallBelow: number): CohortDistribution<QaGrade> {
    const counts = new Map<QaGrade, number>();
    for (const c of cohort) if (c.grade !== null) _bump(counts, c.grade);
    return _distribution(QA_GRADES, GRADE_LABELS, counts, smallBelow);
  },
};
