/*
 * SDQ: the band of the latest total difficulties score in each current PEP (the policy's band
 * scheme) and the children at or over the concern threshold (The Virtual School Handbook (NAVSH, 2014) §3g). Internal: not re-exported.
 */
import type { Policy } from '../../policy/schema';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortSummary } from '../types';
import { _flaggedResult, type FlaggedReading } from './_flagged';
import type { RecordsSlot } from './records';

const SDQ_KEYS = {
  'three-band': ['normal', 'borderline', 'abnormal', 'not-banded'],
  'four-band': ['close-to-average', 'slightly-raised', 'high', 'very-high', 'not-banded'],
} as const;
const SDQ_LABELS: Readonly<Record<string, string>> = {
  normal: 'Normal',
  borderline: 'Borderline',
  abnormal: 'Abnormal (raised)',
  'close-to-average': 'Close to average',
  'slightly-raised': 'Slightly raised',
  high: 'High',
  'very-high': 'Very high',
  'not-banded': 'Not banded (no verified table)',
};

/** The band of the child's latest SDQ total (`null`: none usable) and whether it is at or over the threshold. */
export interface SdqSlot {
  sdqBand: string | null;
  sdqConcern: boolean;
}

/** How the performance profile and the SDQ figures read a child. */
export const sdqReading = (c: SdqSlot): FlaggedReading => ({ band: c.sdqBand, flagged: c.sdqConcern });

/** SDQ bands and concerns under the policy. */
export function createSdq(policy: Policy) {
  const keys = SDQ_KEYS[policy.sdq.bandScheme.value];
  return {
    add: (a: _AssessedPep): SdqSlot => ({ sdqBand: a.sdq?.band ?? null, sdqConcern: a.sdq?.concern ?? false }),
    result(cohort: readonly (SdqSlot & RecordsSlot)[], smallBelow: number): CohortSummary['sdq'] {
      const r = _flaggedResult(cohort, sdqReading, keys, SDQ_LABELS as Record<(typeof keys)[number], string>, smallBelow);
      return { bands: r.bands, concern: r.flagged, notRecorded: r.notRecorded, concernChildren: r.children };
    },
  };
}
