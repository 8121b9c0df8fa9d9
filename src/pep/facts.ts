import type { AttendeeRole, Phase, SdqInformant, SenStatus, Term, YearGroup } from '../core/enums';
import type { IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { DurationUnit, PolicySdqDuty } from '../policy/schema';
import type { SdqRequirement } from '../sdq/types';
import type { PepSchedule } from './pepSchedule';
import type { PpPlusEligibility } from './ppPlusEligibility';

/** A key stage of the national curriculum (EYFS for nursery and reception). */
export type KeyStage = 'EYFS' | 'KS1' | 'KS2' | 'KS3' | 'KS4' | 'KS5';

/** Why the PEP indicates an SEMH need (the SEMH criterion is not applicable without one). */
export type SemhSignal = 'sdq-concern' | 'semh-target' | 'sen-primary-need' | 'semh-needs' | 'semh-interventions';

/** One SDQ record's total difficulties, as scored or as recorded. */
export interface SdqRecordFact {
  /** Index in `pep.sdq`. */
  readonly index: number;
  readonly informant: SdqInformant;
  readonly completedOn: IsoDate;
  /** Scored from the items when they are given and scorable, else the recorded total, else null. */
  readonly total: number | null;
  /** Scored from the items (`scoreSdq`), or null. */
  readonly scored: number | null;
  /** Items were given but give no total difficulties (too many unanswered, or refused by `scoreSdq`). */
  readonly unscorable: boolean;
}

/** When the PEP must be submitted under the policy (read by the submission rules). */
export interface SubmissionFact {
  /** The last day to submit. */
  readonly due: IsoDate;
  /** Counted from the meeting (`submissionAfterMeeting`) or, for an initial PEP a policy times that way, from entering care (`completeInitialPep`). */
  readonly from: 'meeting' | 'entered-care';
  readonly n: number;
  readonly unit: DurationUnit;
  /** School days counted as working days: no school calendar covering the dates. */
  readonly approximated: boolean;
}

/** The policy's PEP age range for this child (`policy.pep.ageRange`). */
export interface PepAgeRangeFact {
  /** First day PEPs are due (`null`: no lower age). */
  readonly from: IsoDate | null;
  /** First day PEPs are no longer due (`null`: until care ends at 18). */
  readonly until: IsoDate | null;
  /** The meeting falls inside the range. */
  readonly atMeeting: boolean;
}

/** The SDQ facts of a PEP. */
export interface SdqFacts {
  /** Every record, in the PEP's order. */
  readonly records: readonly SdqRecordFact[];
  /** The most recent record with a total (latest `completedOn`; the later record on a tie). */
  readonly latest: SdqRecordFact | null;
  /** The most recent record with a total per informant. */
  readonly latestByInformant: Readonly<Partial<Record<SdqInformant, SdqRecordFact>>>;
  /** The latest total is at or above `policy.sdq.concernThreshold`. */
  readonly concern: boolean;
  /**
   * Who needed an SDQ at the meeting, counting the SDQs completed by then: the policy's duties
   * (`policy.sdq.duties`) together, in `sdqRequirement`'s shape (a duty for other PEP kinds is not required here).
   */
  readonly atMeeting: SdqRequirement;
  /** The same on `today`, counting the SDQs completed by then; null without `today`. */
  readonly atToday: SdqRequirement | null;
  /** Each duty at the meeting: required, due, missing from this PEP. */
  readonly duties: readonly SdqDutyFact[];
  /** Each duty on `today` (any PEP kind); null without `today`. */
  readonly dutiesToday: readonly SdqDutyFact[] | null;
}

/** One SDQ duty of the policy (`policy.sdq.duties[duty]`) judged on a date for this PEP. */
export interface SdqDutyFact {
  /** Index in `policy.sdq.duties`. */
  readonly duty: number;
  readonly informant: SdqInformant;
  readonly frequency: PolicySdqDuty['frequency'];
  /** The child is in the duty's ages and time in care, the duty is in force, and (at the meeting) it asks for an SDQ at this kind of PEP. */
  readonly required: boolean;
  /** The informant's latest SDQ on or before the date, or null. */
  readonly lastCompletedOn: IsoDate | null;
  /** When the informant's next SDQ is due under this duty (may be past: overdue), or null. */
  readonly due: IsoDate | null;
  /** Required, and the PEP carries no SDQ from this informant completed by the meeting. */
  readonly missing: boolean;
}

/**
 * What every module needs to know about one PEP, worked out once by {@link derivePepFacts} and read
 * by the rules, the SMART check, PP+ funding, the QA grid and the cohort report. Plain data (no
 * sets or functions), so a host can show it: it is the "why" behind each judgement.
 */
export interface PepFacts {
  readonly meetingDate: IsoDate;
  /** The date the PEP was judged on, when the host gave one. */
  readonly today: IsoDate | null;
  readonly phase: Phase;
  /** Age in whole years on the meeting date (null when the date of birth is after the meeting). */
  readonly ageAtMeeting: number | null;
  /** The recorded year group, else the national curriculum year group on the meeting date. */
  readonly yearGroup: YearGroup | null;
  /** Where the year group came from. */
  readonly yearGroupFrom: 'recorded' | 'date-of-birth' | 'unknown';
  readonly keyStage: KeyStage | null;
  /** Whole days in care from `child.enteredCare` to the meeting (null when care began after it). */
  readonly daysInCareAtMeeting: number | null;
  /** Whole calendar months in care at the meeting (null when care began after it). */
  readonly monthsInCareAtMeeting: number | null;
  /** The term of the meeting: the PEP's recorded `term` wins, else `termOfDate` (calendar, else months). */
  readonly term: { readonly term: Term; readonly half: 1 | 2; readonly academicYear: string; readonly from: 'recorded' | 'calendar' | 'months' };
  /** Roles listed among the attendees (present or not), in first-seen order. */
  readonly rolesListed: readonly AttendeeRole[];
  /** Roles of attendees who attended. */
  readonly rolesPresent: readonly AttendeeRole[];
  /** The child attended, or was invited. */
  readonly childInvitedOrPresent: boolean;
  /** Every target id, first occurrence order. */
  readonly targetIds: readonly string[];
  readonly sdq: SdqFacts;
  /** Why an SEMH need is indicated (empty: none). */
  readonly semhSignals: readonly SemhSignal[];
  readonly sen: { readonly status: SenStatus | null; readonly ehcp: boolean; readonly primaryNeedIsSemh: boolean };
  readonly attendance: {
    /** The recorded percentage, or null. */
    readonly percentage: number | null;
    /** Below `policy.attendance.concernBelowPercent`. */
    readonly belowThreshold: boolean;
  };
  readonly exclusions: { readonly suspensions: number; readonly suspensionDays: number; readonly permanent: boolean };
  /** When this PEP must be submitted (`null`: the policy sets no window). */
  readonly submission: SubmissionFact | null;
  /** The policy's PEP age range for this child. */
  readonly pepAgeRange: PepAgeRangeFact;
  /** Whether the child attracts PP+ on the meeting date, and by which route (`ppPlusEligibility`). */
  readonly ppPlus: PpPlusEligibility;
  /**
   * Every dated obligation for the child from this PEP's point of view (`pepSchedule`); null without
   * `today`, and in `assessPep`'s facts (none of its judgements reads it; `derivePepFacts` gives it).
   */
  readonly schedule: PepSchedule | null;
  /** The school calendar the host gave, for counts in school days. */
  readonly calendar: SchoolCalendar | null;
}
