export type { Pep, PepTarget, PepPpPlusRequest, PepSdqRecord, PepAttendee, PepChild } from './schema';
export { PepSchema } from './schema';
export type { ParsePepResult } from './parsePep';
export { parsePep, pepJsonSchema } from './parsePep';
export { validatePep } from './validatePep';
export { gradePep } from './gradePep';
export { assessPep } from './assessPep';
export { rules } from './registry';
export type { RuleInfo, RuleAppliesTo } from './defineRule';
export type {
  QaGrade,
  QaRating,
  ValidatePepOptions,
  GradePepOptions,
  ValidatePepResult,
  NonNegotiableResult,
  CriterionResult,
  PersonalisationCheck,
  GradeReport,
  GradePepResult,
  AssessPepResult,
} from './types';
export type {
  CohortSummary,
  CohortSummaryOptions,
  CohortAccumulator,
  CohortProportion,
  CohortDistribution,
  CohortDistributionRow,
  CohortPepRef,
  CohortDueItem,
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
} from './cohortSummary';
export { cohortSummary, createCohortAccumulator } from './cohortSummary';
export type { RenderCohortHtmlOptions } from './renderCohortHtml';
export { renderCohortHtml } from './renderCohortHtml';
