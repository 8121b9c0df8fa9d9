import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';
const COHORT = 'The Virtual School Handbook (NAVSH, 2014), the cohort data a virtual school needs';
const SSDA903 = 'DfE, Children looked after by local authorities in England: guide to the SSDA903 collection, episode data items and code sets';
const ROLL = 'The Virtual School Handbook (NAVSH, 2014) §3c, information on every looked after child on the virtual school roll';

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
  'COHORT-ROSTER-INVALID': { severity: 'error', meaning: 'The roster given to the cohort report is not one read from SSDA903 files, so the summary has no roster section.', source: LIB },
  'COHORT-SCHEDULE-UNAVAILABLE': { severity: 'warning', meaning: "A child's dates are unusable (for example entering care before birth), so their PEP position is not known.", source: COHORT },
  'COHORT-TODAY-INVALID': { severity: 'error', meaning: "The report date is not a real date written YYYY-MM-DD, so no figures were worked out.", source: LIB },
  'ROSTER-CHILD-DUPLICATE': { severity: 'error', meaning: 'A CHILD id appears on more than one row of the SSDA903 header table; the later row is skipped.', source: SSDA903 },
  'ROSTER-CHILD-MISSING': { severity: 'error', meaning: 'A row of an SSDA903 table has no CHILD id and is skipped.', source: SSDA903 },
  'ROSTER-CODE-UNKNOWN': { severity: 'warning', meaning: 'An episode has an RNE, LS, PLACE, REC or REASON_PLACE_CHANGE code outside the SSDA903 code set; it is kept as given.', source: SSDA903 },
  'ROSTER-COLUMN-MISSING': { severity: 'error', meaning: 'An SSDA903 table lacks a column the roster reads; without CHILD (or DECOM for episodes) none of its rows can be read. A missing column other than those is a warning.', source: SSDA903 },
  'ROSTER-CSV-MALFORMED': { severity: 'error', meaning: 'A row of an SSDA903 table has malformed quotes and is skipped; reading resumes on the next line.', source: 'RFC 4180, Common Format and MIME Type for Comma-Separated Values (CSV) Files, §2' },
  'ROSTER-DATE-INVALID': { severity: 'error', meaning: 'A DOB, DECOM or DEC is not a date written dd/mm/yyyy. An episode with a bad DECOM or DEC is skipped; a child with a bad DOB is kept with no age (a warning).', source: SSDA903 },
  'ROSTER-EPISODE-END-BEFORE-START': { severity: 'error', meaning: 'An episode ceased (DEC) before it started (DECOM) and is skipped.', source: SSDA903 },
  'ROSTER-EPISODE-END-INCOMPLETE': { severity: 'warning', meaning: 'An episode has only one of DEC and REC: both are coded or both left blank.', source: SSDA903 },
  'ROSTER-EPISODE-NO-HEADER': { severity: 'warning', meaning: 'Episodes are for a CHILD with no row in the header table; the child is kept with no date of birth or UPN.', source: SSDA903 },
  'ROSTER-EPISODE-OVERLAP': { severity: 'warning', meaning: "An episode starts before the child's previous episode ceased; on a date both cover, the later-starting one is read.", source: SSDA903 },
  'ROSTER-FILE-EMPTY': { severity: 'error', meaning: 'An SSDA903 table has no row of column names.', source: SSDA903 },
  'ROSTER-FINDINGS-LIMITED': { severity: 'info', meaning: 'More findings about an SSDA903 table were counted than are listed.', source: LIB },
  'ROSTER-INPUT-INVALID': { severity: 'error', meaning: 'An SSDA903 table was not given as CSV text (or its stream failed).', source: LIB },
  'ROSTER-ROW-FIELDS': { severity: 'warning', meaning: 'A row of an SSDA903 table has a different number of fields from its column row; it is read by position.', source: 'RFC 4180, Common Format and MIME Type for Comma-Separated Values (CSV) Files, §2' },
  'ROSTER-CHILD-NO-PEP': { severity: 'warning', meaning: 'A child looked after on the report date (SSDA903 roster) has no PEP held by then.', source: ROLL },
  'ROSTER-PEP-OVERDUE': { severity: 'warning', meaning: "A child on the roster has a PEP, but the next one is overdue under the policy's timescales.", source: COHORT },
  'ROSTER-INITIAL-PEP-LATE': { severity: 'warning', meaning: "The initial PEP was not held within the policy's timescale from the start of the child's current period of care (SSDA903 DECOM).", source: 'The Virtual School Handbook (NAVSH, 2014) Appendix 2, the PEP initiated within 10 working days of becoming looked after (each council preset sets and cites its own timescale)' },
  'ROSTER-PLACEMENT-CHANGE-NO-REVIEW': { severity: 'warning', meaning: 'The SSDA903 episodes show a change of placement in the current period of care with no PEP meeting on or after it.', source: 'Bolton Virtual School PEP guidance (2021/22), a review initiated when a school or care placement changes (each council preset sets and cites its own rule)' },
  'ROSTER-PEP-NOT-ON-ROSTER': { severity: 'warning', meaning: 'A PEP is held for a child who is not looked after on the report date according to the SSDA903 roster.', source: ROLL },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the report module: a key of {@link REPORT_CODES}. */
export type ReportCode = keyof typeof REPORT_CODES;
