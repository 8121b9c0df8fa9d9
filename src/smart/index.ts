export { checkSmartTarget } from './checkSmartTarget';
export { checkTargetSet } from './checkTargetSet';
export type { TargetInput, SmartContext, SmartCriterion, SmartCriterionName, SmartConfidence, Deadline, SmartRating, SmartReport, TargetSetReport } from './types';
export { SMART_CODES, type SmartCode } from './codes';
