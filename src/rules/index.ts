// The PEP layer (schema, parsePep, derivePepFacts, pepSchedule, isSemhNeed, PEP codes) is part of this entry point.
export * from '../pep/index';
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
  AssessPepOptions,
} from './types';
export { RULE_CODES, type RuleCode } from './codes';
export { nextPepActions, PEP_ACTIONS } from './nextPepActions';
export type { NextPepActions, NextPepActionsOptions, PepAction, PepActionStatus } from './nextPepActions';
export { pepLifecycle, PEP_LIFECYCLE, PEP_LIFECYCLE_STAGES, PEP_ROLES } from './lifecycle';
export type { PepLifecycleEvent, PepLifecycleStage, PepLifecycleStageInfo, PepLifecycleState, PepRole } from './lifecycle';
