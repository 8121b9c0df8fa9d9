import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const COHORT = 'The Virtual School Handbook (NAVSH, 2014), the cohort data a virtual school needs';

/**
 * The finding codes of the cohort report (`cohortSummary`), with severity, meaning and source.
 * `docs/codes.md` is generated from this and the other modules' catalogues (`npm run codes`).
 * @example
 * import { REPORT_CODES } from 'pep-rules/report';
 * REPORT_CODES['COHORT-PEP-ID-REUSED'].severity;
 * //=> 'warning'
 */
export const REPORT_CODES = {
  'COHORT-ID-NOT-IDENTIFIER': { severity: 'info', meaning: 'Some PEP or child ids look like names or free text, so the report shows them by record number instead.', source: 'pep-rules design: no personal data in messages or reports' },
  'COHORT-INPUT-ITERATION-FAILED': { severity: 'error', meaning: 'Reading the cohort stopped part-way; the summary covers only the records read before that.', source: LIB },
  'COHORT-INPUT-NOT-ITERABLE': { severity: 'error', meaning: 'The cohort is not a list of PEP records.', source: LIB },
  'COHORT-PEP-FUTURE-DATED': { severity: 'warning', meaning: "PEPs are dated after the report date: they are not taken as held, never make a child's earlier PEPs overdue, and a child whose PEPs are all dated after it has position not known.", source: COHORT },
  'COHORT-PEP-ID-REUSED': { severity: 'warning', meaning: 'Two records for different children share a PEP id; both are kept.', source: COHORT },
  'COHORT-POLICY-INVALID': { severity: 'error', meaning: 'The policy given for the cohort is not a valid council policy, so no figures were worked out.', source: LIB },
  'COHORT-RECORD-INVALID': { severity: 'error', meaning: 'A record could not be read as a PEP and is listed among the unreadable records.', source: LIB },
  'COHORT-RECORD-UNASSESSABLE': { severity: 'error', meaning: 'A record could not be assessed and is listed among the unreadable records.', source: LIB },
  'COHORT-RECORD-UNREADABLE': { severity: 'error', meaning: 'A line of the cohort file could not be read and is listed among the unreadable records.', source: LIB },
  'COHORT-SCHEDULE-UNAVAILABLE': { severity: 'warning', meaning: "A child's dates are unusable (for example entering care before birth), so their PEP position is not known.", source: COHORT },
  'COHORT-TODAY-INVALID': { severity: 'error', meaning: "The report date is not a real date written YYYY-MM-DD, so no figures were worked out.", source: LIB },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the report module: a key of {@link REPORT_CODES}. */
export type ReportCode = keyof typeof REPORT_CODES;
