export type { IsoDate } from './isoDate';
export { isIsoDate } from './isoDate';
export type { CodeInfo, Finding, Severity, PathSegment } from './finding';
export { finding, hasErrors, countBySeverity, sortFindings, atLeast } from './finding';
export type { CollapsedFinding } from './collapse';
export { collapseRepeatedFindings, DEFAULT_FINDINGS_PER_CODE, limitFindings, DEFAULT_MAX_FINDINGS } from './collapse';
export type { Pence, PenceResult, PoundsToPenceOptions } from './money';
export { poundsToPence, penceToPounds, formatPence } from './money';
export type {
  Region,
  Phase,
  PepKind,
  Term,
  QaGrade,
  AttendeeRole,
  YearGroup,
  TargetArea,
  TargetOutcome,
  ProgressLevel,
  SenStatus,
  SdqInformant,
  PreviouslyLookedAfterRoute,
  LegalStatusCode,
} from './enums';
export {
  REGIONS,
  PHASES,
  PEP_KINDS,
  TERMS,
  QA_GRADES,
  ATTENDEE_ROLES,
  YEAR_GROUPS,
  TARGET_AREAS,
  TARGET_OUTCOMES,
  PROGRESS_LEVELS,
  SEN_STATUSES,
  SDQ_INFORMANTS,
  PREVIOUSLY_LOOKED_AFTER_ROUTES,
  LEGAL_STATUS_CODES,
  LEGAL_STATUS_CODE_LIST,
} from './enums';

export { CORE_CODES, type CoreCode } from './codes';
