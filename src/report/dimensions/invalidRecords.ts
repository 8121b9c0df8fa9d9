/*
 * Records that are not PEPs: counted with their codes, the first `listLimit` listed.
 * Internal: not re-exported.
 */
import { _bump, _byCount } from '../_cohortStats';
import type { CohortInvalidRecord, CohortSummary } from '../types';

const CODE = /^[A-Z0-9-]{1,80}$/;

/** Counts unreadable records and their codes. */
export function createInvalidRecords(listLimit: number) {
  let count = 0;
  const codes = new Map<string, number>();
  const records: CohortInvalidRecord[] = [];

  /** Counts a record that is not a PEP: where it was, its id when that is an identifier, and why. */
  function add(record: number, pepId: string | null, why: readonly string[]): void {
    count += 1;
    for (const c of why) _bump(codes, c);
    if (records.length < listLimit) records.push({ record, pepId, codes: [...why] });
  }

  return {
    add,
    /** Counts a record the caller could not parse, under the codes given that look like codes (else COHORT-RECORD-UNREADABLE). */
    addUnreadable(record: number, why: unknown): void {
      const list = Array.isArray(why) ? why.filter((c): c is string => typeof c === 'string' && CODE.test(c)) : [];
      add(record, null, list.length > 0 ? list : ['COHORT-RECORD-UNREADABLE']);
    },
    count: (): number => count,
    result(): CohortSummary['invalid'] {
      const byCode = [...codes.entries()].map(([code, n]) => ({ code, severity: 'error' as const, count: n })).sort(_byCount);
      return { count, byCode, records: [...records] };
    },
  };
}
