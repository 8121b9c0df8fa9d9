import type { PepKind, SdqInformant, Term, YearGroup } from '../../core/enums';
import type { Finding, PathSegment } from '../../core/finding';
import type { IsoDate } from '../../core/isoDate';
import type { Policy, PolicyDuration, TransitionMove, TransitionPurpose } from '../../policy/schema';
import type { _DurationEnv } from '../../deadlines/_addDuration';
import type { SchoolCalendar } from '../../deadlines/createSchoolCalendar';
import type { InjectedHolidays } from '../../deadlines/types';

/** A PEP meeting, held (on or before `today`) or planned (after it). */
export interface PepScheduleMeeting {
  readonly date: IsoDate;
  readonly kind?: PepKind;
  /** A core PEP (Milton Keynes: SDQ before each core PEP). */
  readonly core?: boolean;
  /** When the PEP was allocated to the designated teacher. */
  readonly allocatedOn?: IsoDate;
  /** When the completed PEP was submitted. */
  readonly submittedOn?: IsoDate;
  /** When the updated PEP reached every participant. */
  readonly distributedOn?: IsoDate;
}

/** A change of school or care placement. */
export interface PlacementChange {
  readonly date: IsoDate;
  readonly kind: 'school' | 'care';
}

/** A time the child was without a school place (from the date it was lost or the child arrived without one). */
export interface SchoolPlaceNeed {
  /** The first day without a school place. */
  readonly from: IsoDate;
  /** The day a school place was secured, when it has been. */
  readonly securedOn?: IsoDate;
}

/** A suspension (fixed-term exclusion), as the PEP's `exclusions.suspensions` records it. */
export interface ScheduleSuspension {
  /** The first day of the suspension. */
  readonly startDate: IsoDate;
  /** Its length in school days. */
  readonly days: number;
  /** The first day full-time education was provided, when it was. */
  readonly provisionFrom?: IsoDate;
}

/** Input of `pepSchedule`. */
export interface PepScheduleInput {
  /** The day the child became looked after. */
  readonly enteredCare: IsoDate;
  readonly dateOfBirth: IsoDate;
  /** The date statuses are judged on. Always explicit: the library never reads the clock. */
  readonly today: IsoDate;
  readonly meetings?: readonly PepScheduleMeeting[];
  /** Dates of statutory care-plan reviews already held (CPPCR 2010 reg 33). */
  readonly careReviews?: readonly IsoDate[];
  /** Completed SDQs. */
  readonly sdqs?: readonly { readonly informant: SdqInformant; readonly completedOn: IsoDate }[];
  readonly placementChanges?: readonly PlacementChange[];
  /** Date of an EHCP annual review (the last held or the next planned). */
  readonly ehcpAnnualReview?: IsoDate;
  /** Times the child was without a school place (`school-place` items). */
  readonly schoolPlaces?: readonly SchoolPlaceNeed[];
  /** Suspensions (`suspension-provision` items). */
  readonly suspensions?: readonly ScheduleSuspension[];
  /** The child's school calendar, for school-day timescales and term ends. */
  readonly calendar?: SchoolCalendar;
  /** An injected GOV.UK feed (from `bankHolidaysFromGovUk`). */
  readonly holidays?: InjectedHolidays;
  /** Window for `'due-soon'`, in working days after `today`. Default 10. */
  readonly dueSoonWorkingDays?: number;
}

/** Kinds of scheduled item. */
export type ScheduleItemKind =
  | 'initial-pep'
  | 'initial-pep-complete'
  | 'first-care-review'
  | 'care-review'
  | 'termly-pep'
  | 'submission'
  | 'distribution'
  | 'allocation'
  | 'reminder'
  | 'sdq-due'
  | 'placement-change-review'
  | 'ehcp-annual-review-pep'
  | 'school-place'
  | 'suspension-provision'
  | 'transition-pep';

/** Status of an item against `today`. */
export type ScheduleStatus = 'done' | 'upcoming' | 'due-soon' | 'overdue';

/** One dated obligation. */
export interface ScheduleItem {
  readonly kind: ScheduleItemKind;
  readonly due: IsoDate;
  /** The rule and its source (from the policy value's `source`). */
  readonly basis: string;
  readonly status: ScheduleStatus;
  /** When it was done, from the input (a meeting, a review, a submission date). */
  readonly completedOn?: IsoDate;
  /** Index into `input.meetings` for items that belong to a meeting. */
  readonly meeting?: number;
  /** Index into `input.placementChanges`. */
  readonly placementChange?: number;
  /** The term, for termly PEPs. */
  readonly term?: { readonly academicYear: string; readonly term: Term };
  /** Index into `input.schoolPlaces`. */
  readonly schoolPlace?: number;
  /** Index into `input.suspensions`. */
  readonly suspension?: number;
  /** After this day the obligation can no longer be met (the suspension is over). */
  readonly lapsesOn?: IsoDate;
  /** The earliest day that does it (Barnet: the Year 7 autumn PEP from the fifth week of term). */
  readonly notBefore?: IsoDate;
  /** What a transition PEP prepares, for `transition-pep` items. */
  readonly transition?: { readonly move: TransitionMove; readonly purpose: TransitionPurpose; readonly yearGroup: YearGroup };
}

/** The result of `pepSchedule`. */
export interface PepSchedule {
  /** Items sorted by due date. Empty when the input or policy is unusable. */
  readonly items: readonly ScheduleItem[];
  readonly findings: readonly Finding[];
}

/** A meeting of this care episode, with its index in `input.meetings`. @internal */
export interface _ScheduleMeeting {
  readonly date: IsoDate;
  readonly index: number;
  readonly kind?: PepKind | null | undefined;
  readonly core?: boolean | null | undefined;
  readonly allocatedOn?: IsoDate | null | undefined;
  readonly submittedOn?: IsoDate | null | undefined;
  readonly distributedOn?: IsoDate | null | undefined;
}

/** A due date worked out from a policy duration. @internal */
export interface _Due {
  /** `null` only outside years 1000–9999. */
  readonly date: IsoDate | null;
  /** Appended to the basis when school days were counted as working days. */
  readonly suffix: string;
  /** The note saying so (once per code in the result), or none. */
  readonly notes: readonly _ScheduleEntry[];
}

/**
 * The shared, already-validated context every obligation reads: the input read once, the policy
 * gated once, the meetings and reviews of this care episode, and the initial PEP's due dates.
 * @internal
 */
export interface _ScheduleContext {
  readonly policy: Policy;
  readonly timescales: Policy['timescales'];
  readonly enteredCare: IsoDate;
  readonly dateOfBirth: IsoDate;
  readonly today: IsoDate;
  /** The 18th birthday: care (and every obligation) ends the day before. */
  readonly adult: IsoDate;
  /** Last day of the `'due-soon'` window. */
  readonly soon: IsoDate;
  /** Working days (region, bank holidays, injected feed) and the school calendar, if any. */
  readonly env: _DurationEnv;
  /** Meetings on or after entering care, by date. */
  readonly inCare: readonly _ScheduleMeeting[];
  /** `inCare` on or before today. */
  readonly held: readonly _ScheduleMeeting[];
  /** `inCare` after today. */
  readonly planned: readonly _ScheduleMeeting[];
  /** Care reviews held in this episode, on or before today, sorted. */
  readonly reviews: readonly IsoDate[];
  readonly sdqs: readonly { readonly informant: SdqInformant; readonly completedOn: IsoDate }[];
  readonly placementChanges: readonly PlacementChange[];
  readonly ehcpAnnualReview: IsoDate | null;
  readonly schoolPlaces: readonly { readonly from: IsoDate; readonly securedOn?: IsoDate | null | undefined }[];
  readonly suspensions: readonly { readonly startDate: IsoDate; readonly days: number; readonly provisionFrom?: IsoDate | null | undefined }[];
  /** The initial PEP meeting: the one marked `initial`, else the first held in care (none if an `initial` one is planned). */
  readonly initialMeeting: _ScheduleMeeting | undefined;
  /** `initiatePep` from entering care. */
  readonly initiate: _Due;
  /** `completeInitialPep` from entering care, or `null` when the policy sets none. */
  readonly complete: _Due | null;
  /**
   * The distribution timescale in force: the policy's, or the NAVSH practice default of 5 working
   * days, with the note that says so (raised once, before the paperwork of the first meeting).
   */
  readonly distribution: { readonly duration: PolicyDuration; readonly notes: readonly _ScheduleEntry[] };
}

/** An item before its status is judged. @internal */
export type _ScheduleDraft = Omit<ScheduleItem, 'status'>;

/**
 * What an obligation yields, in order: an item (with the input path that shows it done, for the
 * late finding), a finding about the input, or a note (kept once per code, after the findings).
 * @internal
 */
export type _ScheduleEntry =
  | { readonly item: _ScheduleDraft; readonly evidence: readonly PathSegment[] | null }
  | { readonly finding: Finding }
  | { readonly note: Finding };
