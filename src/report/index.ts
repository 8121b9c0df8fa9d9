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
} from './types';
export { cohortSummary, createCohortAccumulator } from './cohortSummary';
export type { RenderCohortHtmlOptions } from './renderCohortHtml';
export { renderCohortHtml } from './renderCohortHtml';
export { REPORT_CODES, type ReportCode } from './codes';
