/*
 * The shape SDQ and attendance share: a band per child (or none recorded), and the children
 * flagged for concern, listed by identifiers. Internal: not re-exported.
 */
import { _bump, _compare, _distribution, _proportion } from '../_cohortStats';
import type { CohortDistribution, CohortPepRef, CohortProportion } from '../types';
import { refOf, type RecordsSlot } from './records';

/** How a dimension reads one child: their band (`null`: none recorded) and whether they are flagged. */
export interface FlaggedReading {
  readonly band: string | null;
  readonly flagged: boolean;
}

const byIds = (a: CohortPepRef, b: CohortPepRef): number => _compare(a.pepId, b.pepId) || _compare(a.childId, b.childId);

/**
 * Bands over the children with one recorded, the flagged children out of them, and the flagged
 * children by identifiers (in PEP id, then child id order).
 */
export function _flaggedResult<C extends RecordsSlot, K extends string>(
  cohort: readonly C[],
  read: (c: C) => FlaggedReading,
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  smallBelow: number,
): { bands: CohortDistribution<K>; flagged: CohortProportion; notRecorded: number; children: CohortPepRef[] } {
  const counts = new Map<K, number>();
  const children: CohortPepRef[] = [];
  let notRecorded = 0;
  for (const c of cohort) {
    const { band, flagged } = read(c);
    if (band === null) {
      notRecorded += 1;
      continue;
    }
    _bump(counts, band as K);
    if (flagged) children.push(refOf(c));
  }
  children.sort(byIds);
  return {
    bands: _distribution(keys, labels, counts, smallBelow),
    flagged: _proportion(children.length, cohort.length - notRecorded, smallBelow),
    notRecorded,
    children,
  };
}
