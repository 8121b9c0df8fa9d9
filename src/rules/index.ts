export type { Pep, PepTarget, PepPpPlusRequest, PepSdqRecord, PepAttendee, PepChild } from '../pep/schema';
export { PepSchema } from '../pep/schema';
export type { ParsePepResult } from '../pep/parsePep';
export { parsePep, pepJsonSchema } from '../pep/parsePep';
export type {
  PepSchedule,
  PepScheduleInput,
  PepScheduleMeeting,
  PlacementChange,
  ScheduleItem,
  ScheduleItemKind,
  ScheduleStatus,
} from '../pep/pepSchedule';
export { pepSchedule } from '../pep/pepSchedule';
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
export { isSemhNeed } from '../pep/semh';
export type { KeyStage, PepFacts, SdqFacts, SdqRecordFact, SemhSignal } from '../pep/facts';
export type { DerivePepFactsOptions, DerivePepFactsResult } from '../pep/derivePepFacts';
export { derivePepFacts } from '../pep/derivePepFacts';
export { RULE_CODES, type RuleCode } from './codes';
export { RULE_CODES, type RuleCode } from './codes';
