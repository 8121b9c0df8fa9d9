export type { Pep, PepInput, PepTarget, PepPpPlusRequest, PepSdqRecord, PepAttendee, PepChild } from './schema';
export { PepSchema } from './schema';
export type { ParsePepFailure, ParsePepOk, ParsePepResult } from './parsePep';
export { parsePep, pepJsonSchema } from './parsePep';
export type {
  PepSchedule,
  PepScheduleInput,
  PepScheduleMeeting,
  PlacementChange,
  ScheduleItem,
  ScheduleItemKind,
  ScheduleStatus,
  SchoolPlaceNeed,
  ScheduleSuspension,
} from './pepSchedule';
export { pepSchedule } from './pepSchedule';
export { isSemhNeed } from './semh';
export type { KeyStage, PepAgeRangeFact, PepFacts, SdqDutyFact, SdqFacts, SdqRecordFact, SemhSignal, SubmissionFact } from './facts';
export type { DerivePepFactsOptions, DerivePepFactsResult } from './derivePepFacts';
export { derivePepFacts } from './derivePepFacts';
export { PEP_CODES, type PepCode } from './codes';
