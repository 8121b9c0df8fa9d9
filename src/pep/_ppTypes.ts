import type { PreviouslyLookedAfterRoute, YearGroup } from '../core/enums';
import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';

/**
 * Who manages a child's premium: `'virtual-school'` (looked after, Reception–Year 11: PP+ held by
 * the virtual school head), `'school'` (previously looked after: the school claims through the
 * census), `'early-years'` (the early years pupil premium), `'none'`.
 */
export type PpPlusRoute = 'virtual-school' | 'school' | 'early-years' | 'none';

/** The child facts eligibility depends on. A PEP's `child` section fits (extra fields are ignored). */
export interface PpPlusChild {
  readonly dateOfBirth: IsoDate;
  /** Start of the current period of care. */
  readonly enteredCare?: IsoDate;
  /** End of that period of care (the child is not looked after from this day). */
  readonly leftCare?: IsoDate;
  /** How the child left care, when previously looked after. */
  readonly previouslyLookedAfter?: PreviouslyLookedAfterRoute;
  /** Year group the child is taught in, when it differs from their age (overrides the date of birth). */
  readonly yearGroup?: YearGroup;
}

/** The result of ppPlusEligibility. */
export interface PpPlusEligibility {
  readonly eligible: boolean;
  readonly route: PpPlusRoute;
  /** The year group used: the override, else the chronological one; `null` when unknown or outside N1–13. */
  readonly yearGroup: YearGroup | null;
  /** Why, as findings with sources (codes `PPPLUS-*`). */
  readonly reasons: Finding[];
}

/** An eligibility answer before its reasons are attached. */
export type _PpVerdict = Omit<PpPlusEligibility, 'reasons'>;

/** The child's fields as read: each bad field was reported and is `null` here. */
export interface _PpChildFacts {
  readonly dob: IsoDate | null;
  readonly entered: IsoDate | null;
  readonly left: IsoDate | null;
  readonly plac: PreviouslyLookedAfterRoute | null;
  /** The recorded year group, else the chronological one. */
  readonly yearGroup: YearGroup | null;
}
