import { isIsoDate, type IsoDate } from '../../core/isoDate';
import type { Pep } from '../schema';
import type { ScheduleSuspension } from './types';

/** The schedule input one PEP gives about its child, whatever the meetings a caller adds. @internal */
export interface _PepScheduleBase {
  readonly enteredCare: IsoDate;
  readonly dateOfBirth: IsoDate;
  readonly sdqs: readonly { readonly informant: NonNullable<Pep['sdq']>[number]['informant']; readonly completedOn: IsoDate }[];
  readonly suspensions: readonly ScheduleSuspension[];
  readonly ehcpAnnualReview?: IsoDate;
}

/**
 * The PEP's suspensions as `pepSchedule` reads them (`suspension-provision`, The Virtual School
 * Handbook, 3e(i) 6th day/1st day provision): start, length and, when an export records it on the
 * suspension, the first day of full-time provision (`provisionFrom` is not in the PEP format; a
 * value that is not a real date is left out).
 * @param pep - A parsed PEP.
 * @returns One entry per suspension, in the PEP's order.
 * @internal
 */
export function _pepSuspensions(pep: Pep): ScheduleSuspension[] {
  return (pep.exclusions?.suspensions ?? []).map((s) => {
    const from: unknown = (s as { provisionFrom?: unknown }).provisionFrom;
    return { startDate: s.startDate, days: s.days, ...(isIsoDate(from) ? { provisionFrom: from } : {}) };
  });
}

/**
 * What a PEP tells `pepSchedule` about its child: entering care, date of birth, completed SDQs,
 * suspensions and the EHCP annual review. One reading for `derivePepFacts`, `nextPepActions` and
 * `pep-rules deadlines`, so a schedule has the same items whichever entry point asks; each caller
 * adds the meetings it knows.
 * @param pep - A parsed PEP.
 * @returns The child's part of a schedule input.
 * @internal
 */
export function _pepScheduleBase(pep: Pep): _PepScheduleBase {
  return {
    enteredCare: pep.child.enteredCare,
    dateOfBirth: pep.child.dateOfBirth,
    sdqs: (pep.sdq ?? []).map((r) => ({ informant: r.informant, completedOn: r.completedOn })),
    suspensions: _pepSuspensions(pep),
    ...(pep.sen?.ehcpAnnualReview !== undefined ? { ehcpAnnualReview: pep.sen.ehcpAnnualReview } : {}),
  };
}
