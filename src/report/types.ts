import type { QaGrade } from '../core/enums';
import type { Finding, Severity } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { Policy } from '../policy/schema';
import type { Roster } from './ssda903/types';



/** QA grades, best first (Halton QA grid, Halton PEP Policy 2023-24 Appendix C). */
export type CohortQaGrade = QaGrade;
/** SMART ratings of targets (Halton SMART QA, Halton PEP Policy 2023-24 Appendix C). */
export type CohortSmartRating = 'outstanding' | 'good' | 'requires-improvement';
/** A child's PEP position on the report date. */
export type CohortPepStatus = 'up-to-date' | 'due-soon' | 'overdue' | 'not-known';
/** The "performance profile" dimensions the report breaks the cohort down by (The Virtual School Handbook (NAVSH, 2014) §3h). */
export type CohortDimension = 'year-group' | 'phase' | 'sen' | 'education-area' | 'care-area';

/** A count out of a total. */
export interface CohortProportion {
  readonly count: number;
  readonly of: number;
  /** `count / of × 100` to one decimal place; `null` when `of` is 0. */
  readonly percent: number | null;
  /**
   * `true` when `of` is at least 1 and below the small-cohort threshold (default 5): one or two
   * children swing the percentage (The Virtual School Handbook (NAVSH, 2014) §5c iii), so the HTML report does not print it.
   */
  readonly small: boolean;
}

/** One row of a distribution. */
export interface CohortDistributionRow<K extends string = string> {
  readonly key: K;
  /** Plain-English label for tables and charts. */
  readonly label: string;
  readonly count: number;
  /** Of the distribution's total, one decimal place; `null` when the total is 0. */
  readonly percent: number | null;
}

/** Counts over fixed categories, in a fixed order. */
export interface CohortDistribution<K extends string = string> {
  readonly total: number;
  /** `true` when `total` is at least 1 and below the small-cohort threshold. */
  readonly small: boolean;
  readonly rows: readonly CohortDistributionRow<K>[];
}

/** A child's current PEP, by identifiers only. */
export interface CohortPepRef {
  /** The PEP's `id`, or `'#<record>'` when the id does not look like an identifier. */
  readonly pepId: string;
  /** The child's `id`, or `'#<record>'` when the id does not look like an identifier. */
  readonly childId: string;
}

/** A PEP that is overdue or due soon. */
export interface CohortDueItem extends CohortPepRef {
  /** What is due: `'next-meeting'` (the date the PEP itself set) or a `pepSchedule` kind. */
  readonly kind: string;
  readonly due: IsoDate;
  /** Overdue: calendar days past `due`; due soon: calendar days left. */
  readonly days: number;
  /** The rule the due date comes from. */
  readonly basis: string;
  /** The child's name: only with `includeNames: true`, and only in the overdue list. */
  readonly childName?: string;
}

/** One group of a breakdown. */
export interface CohortGroup {
  readonly key: string;
  readonly label: string;
  /** Children whose current PEP falls in this group. */
  readonly children: number;
  /** `true` when the group has 1 to 4 children (below the small-cohort threshold). */
  readonly small: boolean;
  readonly upToDate: CohortProportion;
  readonly overdue: number;
  /** Current PEPs graded gold or green. */
  readonly goodQa: CohortProportion;
  /** SDQ total at or above the concern threshold, of the children with an SDQ total. */
  readonly sdqConcern: CohortProportion;
  /** Attendance below the policy threshold, of the children with attendance recorded. */
  readonly attendanceBelow: CohortProportion;
}

/** The cohort broken down by one dimension of the performance profile. */
export interface CohortBreakdown {
  readonly dimension: CohortDimension;
  readonly label: string;
  readonly groups: readonly CohortGroup[];
  /** Groups flagged `small`. */
  readonly smallGroups: number;
}

/** Pupil Premium Plus for one financial year, in pounds (summed in integer pence). */
export interface CohortPpPlusYear {
  /** `'2024-25'`. */
  readonly financialYear: string;
  /** PEPs with at least one request. */
  readonly peps: number;
  readonly children: number;
  readonly requested: number;
  readonly allowed: number;
  /** Taken off by caps (per PEP, per financial year, per term, instalment windows). */
  readonly capped: number;
  /** Refused: requests rejected (e.g. no target link, disallowed category) or withheld (e.g. not eligible). */
  readonly refused: number;
  /** How many times each cap or rule reduced a PEP's allowance, by `PpPlusCapKind`. */
  readonly capsApplied: Readonly<Record<string, number>>;
}

/**
 * A child whose PEP position is not known, and why: `dates-unusable` (their dates give no schedule, e.g.
 * entering care before birth; `COHORT-SCHEDULE-UNAVAILABLE`) or `future-dated` (every PEP of theirs is
 * dated after the report date and without one held they would be overdue; `COHORT-PEP-FUTURE-DATED`).
 */
export interface CohortNotKnownItem extends CohortPepRef {
  readonly reason: 'dates-unusable' | 'future-dated';
}

/** A finding code and how many current PEPs (or invalid records) carry it. */
export interface CohortCodeCount {
  readonly code: string;
  readonly severity: Severity;
  readonly count: number;
}

/** A record that could not be read as a PEP. */
export interface CohortInvalidRecord {
  /** The record's position (1-based), or the line number the caller gave. */
  readonly record: number;
  /** The record's `id` when it looks like an identifier, else `null`. */
  readonly pepId: string | null;
  readonly codes: readonly string[];
}

/** How the report's figures are defined, so a reader can check them. */
export interface CohortDefinitions {
  readonly upToDate: string;
  readonly dueSoonDays: number;
  readonly currentPep: string;
  readonly smallCohortBelow: number;
  readonly smallCohortSource: string;
  readonly sdqConcernThreshold: number;
  readonly sdqConcernSource: string;
  readonly sdqBandScheme: 'four-band' | 'three-band';
  readonly attendanceBelowPercent: number;
  readonly attendanceSource: string;
  readonly yearGroup: string;
}

/** The cohort summary: what a virtual school head reports (The Virtual School Handbook (NAVSH, 2014) §3, Appendix 2, Appendix 10). */
export interface CohortSummary {
  readonly format: 'pep-rules-cohort-summary';
  readonly version: 1;
  readonly today: IsoDate;
  readonly policy: { readonly id: string; readonly name: string; readonly version: string };
  readonly definitions: CohortDefinitions;
  /** Whether the summary carries child names (only when `includeNames` was asked for). */
  readonly includesNames: boolean;
  readonly records: {
    /** Records given to the summary. */
    readonly read: number;
    /** Records read as PEPs. */
    readonly valid: number;
    /** Records that are not PEPs (see `invalid`). */
    readonly invalid: number;
    /** Valid PEPs whose `id` repeated an earlier record's (the later record replaces it). */
    readonly duplicatePepIds: number;
    /** Valid PEPs that are not their child's current PEP. */
    readonly superseded: number;
    /**
     * Valid PEPs whose meeting is after `today` (`COHORT-PEP-FUTURE-DATED`), counted also in `valid` and in
     * `superseded` or `children`. Such a PEP is never a child's current PEP while they have one held by
     * `today`, and never makes an earlier PEP overdue; a child whose PEPs are all dated after `today` has
     * position `not-known`.
     */
    readonly futureDated: number;
    /** Children left out because they had left care (`child.leftCare` on or before `today`) or were 18 or over. */
    readonly leftCare: number;
    /** Children in the cohort (by `child.id`): every figure below counts these. */
    readonly children: number;
  };
  /** Children whose current PEP is up to date (including due soon). */
  readonly upToDate: CohortProportion;
  /** Children by PEP position: up to date, due soon, overdue, not known (dates unusable for a schedule). */
  readonly status: CohortDistribution<CohortPepStatus>;
  /** Overdue PEPs, most overdue first. */
  readonly overdue: readonly CohortDueItem[];
  /** PEPs due within `definitions.dueSoonDays`, soonest first. */
  readonly dueSoon: readonly CohortDueItem[];
  /** Children whose position is not known, with the reason, by PEP id. */
  readonly notKnown: readonly CohortNotKnownItem[];
  /** QA grades of current PEPs. */
  readonly qaGrades: CohortDistribution<CohortQaGrade>;
  /** SMART ratings of the targets in current PEPs. */
  readonly smartRatings: CohortDistribution<CohortSmartRating>;
  readonly sdq: {
    /** Bands of the latest SDQ total in each current PEP (policy band scheme), of children with one. */
    readonly bands: CohortDistribution;
    /** Children with an SDQ total at or above the concern threshold. */
    readonly concern: CohortProportion;
    /** Current PEPs with no usable SDQ total. */
    readonly notRecorded: number;
    /** The children over the threshold, by identifiers only. */
    readonly concernChildren: readonly CohortPepRef[];
  };
  readonly attendance: {
    /** Attendance below / at or above the policy threshold, of current PEPs recording it. */
    readonly bands: CohortDistribution<'below' | 'at-or-above'>;
    readonly below: CohortProportion;
    readonly notRecorded: number;
    readonly belowChildren: readonly CohortPepRef[];
  };
  readonly ppPlus: {
    readonly years: readonly CohortPpPlusYear[];
    /** All years together (pounds). */
    readonly total: { readonly requested: number; readonly allowed: number; readonly capped: number; readonly refused: number };
  };
  /** The performance profile: year group, phase, SEN status, education and care placement in or out of area. */
  readonly breakdowns: readonly CohortBreakdown[];
  /** Finding codes on current PEPs (validation), errors first, then warnings, then info; most frequent first within each. */
  readonly findingsByCode: readonly CohortCodeCount[];
  readonly invalid: {
    readonly count: number;
    /** Codes across invalid records, most frequent first. */
    readonly byCode: readonly CohortCodeCount[];
    /** The first `listLimit` invalid records. */
    readonly records: readonly CohortInvalidRecord[];
  };
  /** Problems with the run itself (`COHORT-*`): an unusable `today` or policy, identifiers replaced. */
  readonly findings: readonly Finding[];
  /** The SSDA903 roster joined to the PEPs; only when a `roster` was given. */
  readonly roster?: CohortRosterSection;
}

/** A count and the child ids behind it (the first `listLimit` ids; every child is counted). */
export interface CohortIdList {
  readonly count: number;
  readonly ids: readonly string[];
}

/** Why a child on the roster (or with a PEP) needs action, most pressing first. */
export type CohortRosterStatus = 'no-pep' | 'overdue' | 'initial-late' | 'placement-change-no-review' | 'not-on-roster';

/** One child needing action: a row of the child list (`childListCsv`). */
export interface CohortRosterAction {
  /** The roster's CHILD id (the PEP's child id for `not-on-roster`), or `'#<line>'` when it does not look like an identifier. */
  readonly childId: string;
  /** The most pressing reason. */
  readonly status: CohortRosterStatus;
  /** What was due by when, for that reason; `null` when not known. */
  readonly due: IsoDate | null;
  /** Calendar days past `due` on the report date (0 when not yet due); `null` without `due`. */
  readonly daysOverdue: number | null;
  /** The child's latest PEP meeting held by the report date, `null` when none. */
  readonly latestPep: IsoDate | null;
  /** Every reason, as report codes (`ROSTER-CHILD-NO-PEP`, `ROSTER-PEP-OVERDUE`, `ROSTER-INITIAL-PEP-LATE`, `ROSTER-PLACEMENT-CHANGE-NO-REVIEW`, `ROSTER-PEP-NOT-ON-ROSTER`). */
  readonly reasons: readonly string[];
}

/**
 * The SSDA903 roster joined to the PEPs (see docs/report.md, "The roster"). Counts reconcile:
 * `children = withCurrentPep + overdue + noPep`.
 */
export interface CohortRosterSection {
  /** How roster children were matched to PEPs: the roster's CHILD to the PEP's `child.id`, or UPN to `child.upn`. */
  readonly matchOn: 'child-id' | 'upn';
  /** Children looked after on the report date by the roster, under 18 (short-break-only children left out unless included). */
  readonly children: CohortIdList;
  /** Of `children`: a PEP held, and not overdue (up to date, due soon, or position not known for bad dates). */
  readonly withCurrentPep: CohortIdList;
  /** Of `children`: a PEP held, and overdue by the policy (the report's one `status` computation). */
  readonly overdue: CohortIdList;
  /** Of `children`: no PEP held by the report date. */
  readonly noPep: CohortIdList;
  /** Of `children`: the initial PEP not held within the policy's initial-PEP timescale from the start of the current period of care. */
  readonly initialLate: CohortIdList;
  /** PEP children in the cohort who are not looked after on the report date by the roster (PEP child ids). */
  readonly notOnRoster: CohortIdList;
  /** Of `children`: a change of placement in the current period of care with no PEP meeting on or after it (when the policy reviews on a change). */
  readonly placementChangeNoReview: CohortIdList;
  /** Children looked after on the report date only under short breaks (legal status V3 or V4), left out of `children` unless `shortBreaks: 'include'`. */
  readonly shortBreaks: CohortIdList;
  /** Every child needing action, one row each, by status then child id (not limited by `listLimit`). */
  readonly actions: readonly CohortRosterAction[];
}

/** Options for {@link cohortSummary} and {@link createCohortAccumulator}. */
export interface CohortSummaryOptions {
  /** The report date, `'YYYY-MM-DD'`. */
  readonly today: IsoDate;
  /** Council policy; default `policies.england`. */
  readonly policy?: Policy;
  /** Carry child names, for the overdue list only. Default `false`: no name is ever read. */
  readonly includeNames?: boolean;
  /** Groups with fewer children than this are flagged `small`. Default 5, the library's choice (small groups are flagged so that no child can be picked out; The Virtual School Handbook (NAVSH, 2014) §5c iii asks for the cohort's figures). */
  readonly smallCohortBelow?: number;
  /** How many invalid records to list. Default 100 (all are counted). */
  readonly listLimit?: number;
  /** A school calendar for school-day timescales and term ends (from `createSchoolCalendar`). */
  readonly calendar?: SchoolCalendar;
  /** Every child in care, from `readSsda903`: adds `summary.roster`. */
  readonly roster?: Roster;
  /** Match roster children to PEPs on the CHILD id (`'child-id'`, the default) or on the UPN (`'upn'`). */
  readonly matchOn?: 'child-id' | 'upn';
  /** Children looked after only under short breaks (V3, V4): left out of the roster's children (`'exclude'`, the default) or counted (`'include'`). */
  readonly shortBreaks?: 'exclude' | 'include';
}

/** Feeds PEPs one at a time and gives the summary at any point: flat memory for large cohorts. */
export interface CohortAccumulator {
  /**
   * Adds one record (anything: it is validated). Never throws.
   * @param record - A PEP, e.g. one parsed NDJSON line.
   * @param at - Where it came from: `line` is reported for unreadable records instead of the record count.
   */
  add(record: unknown, at?: { readonly line?: number }): void;
  /**
   * Counts a record that could not even be parsed (e.g. a malformed JSON line) as unreadable.
   * @param codes - Finding codes explaining why, e.g. `['CLI-JSON-INVALID']`.
   * @param at - Where it came from.
   */
  addUnreadable(codes: readonly string[], at?: { readonly line?: number }): void;
  /** The summary of everything added so far. Can be called more than once. */
  result(): CohortSummary;
}
