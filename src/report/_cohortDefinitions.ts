/*
 * How the summary's figures are defined, in words, with the policy's values and sources, so a reader
 * can check them. Internal: not re-exported.
 */
import type { Policy } from '../policy/schema';
import { DUE_SOON_WORKING_DAYS } from './dimensions/pepStatus';
import type { _CohortRun } from './_cohortRun';
import type { CohortDefinitions, CohortSummary } from './types';

const SMALL_COHORT_SOURCE =
  'The Virtual School Handbook (NAVSH, 2014), §5c iii "Small cohorts" (statistics on small groups mislead); fewer than 5 children is the library default';

/**
 * The head of the summary: its format, the report date, the policy, the definitions and whether it carries names.
 * @param run - The run's settings.
 * @returns The summary's first fields, in order.
 */
export function _cohortHeader(run: _CohortRun): Pick<CohortSummary, 'format' | 'version' | 'today' | 'policy' | 'definitions' | 'includesNames'> {
  const { policy } = run;
  return {
    format: 'pep-rules-cohort-summary',
    version: 1,
    today: run.day,
    policy: { id: policy.id, name: policy.name, version: policy.version },
    definitions: _cohortDefinitions(policy, run.smallBelow),
    includesNames: run.includeNames,
  };
}

/**
 * The definitions block of the summary.
 * @param policy - The run's policy.
 * @param smallBelow - The small-cohort threshold.
 * @returns The definitions, in the summary's order.
 */
function _cohortDefinitions(policy: Policy, smallBelow: number): CohortDefinitions {
  const t = policy.timescales;
  return {
    upToDate:
      `A child's PEP is up to date when no PEP obligation in their PEP schedule under the policy (initial PEP within ${t.initiatePep.n} ${t.initiatePep.unit.replace('-', ' ')}, ` +
      `${t.pepFrequency.value} PEP by each term's deadline, review after a placement change, PEP with the EHCP annual review) is overdue on the report date. ` +
      'An obligation missed before the child’s latest PEP meeting held by the report date is history, not the current position. Due soon counts as up to date; a child whose dates are unusable does not, nor does a child whose PEPs are all dated after the report date and who would otherwise be overdue (not known).',
    dueSoonDays: DUE_SOON_WORKING_DAYS,
    currentPep: 'Each child (by child id) counts once, with their PEP with the latest meeting date on or before the report date; on a tie, the later record. A PEP dated after the report date was not held by then: it is current only for a child with no PEP held by then (the earliest such PEP), and it is never a meeting of the schedule. Every PEP counts for PP+.',
    smallCohortBelow: smallBelow,
    smallCohortSource: SMALL_COHORT_SOURCE,
    sdqConcernThreshold: policy.sdq.concernThreshold.totalDifficulties,
    sdqConcernSource: policy.sdq.concernThreshold.source,
    sdqBandScheme: policy.sdq.bandScheme.value,
    attendanceBelowPercent: policy.attendance.concernBelowPercent.value,
    attendanceSource: policy.attendance.concernBelowPercent.source,
    yearGroup: "The PEP's recorded year group when its meeting is in the current academic year, else the national curriculum year group for the date of birth on the report date.",
  };
}
