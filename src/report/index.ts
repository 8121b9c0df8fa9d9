export type {
  CohortSummary,
  CohortSummaryOptions,
  CohortAccumulator,
  CohortProportion,
  CohortDistribution,
  CohortDistributionRow,
  CohortPepRef,
  CohortDueItem,
  CohortNotKnownItem,
  CohortGroup,
  CohortBreakdown,
  CohortPpPlusYear,
  CohortCodeCount,
  CohortInvalidRecord,
  CohortDefinitions,
  CohortQaGrade,
  CohortSmartRating,
  CohortPepStatus,
  CohortDimension,
  CohortIdList,
  CohortRosterStatus,
  CohortRosterAction,
  CohortRosterSection,
} from './types';
export { cohortSummary, createCohortAccumulator } from './cohortSummary';
export type { RenderCohortHtmlOptions } from './renderCohortHtml';
export { renderCohortHtml } from './renderCohortHtml';
export { REPORT_CODES, type ReportCode } from './codes';
export { readSsda903 } from './ssda903/readSsda903';
export { createSsda903Reader, type Ssda903Reader } from './ssda903/createSsda903Reader';
export { careOn } from './ssda903/careOn';
export type {
  Roster,
  RosterChild,
  RosterEpisode,
  RosterCare,
  Ssda903File,
  Ssda903Finding,
  Ssda903Input,
  Ssda903Result,
  ReadSsda903Options,
} from './ssda903/types';
export { toCsv, csvCell, type CsvCell } from './csv/toCsv';
export { childListCsv, CHILD_LIST_COLUMNS } from './csv/childListCsv';
export { findingsCsv, FINDINGS_COLUMNS, type FindingCsvRow } from './csv/findingsCsv';
