export type { Pep, PepTarget, PepPpPlusRequest, PepSdqRecord, PepAttendee, PepChild } from './schema';
export { PepSchema } from './schema';
export type { ParsePepResult } from './parsePep';
export { parsePep, pepJsonSchema } from './parsePep';
export type {
  PepSchedule,
  PepScheduleInput,
  PepScheduleMeeting,
  PlacementChange,
  ScheduleItem,
  ScheduleItemKind,
  ScheduleStatus,
} from './pepSchedule';
export { pepSchedule } from './pepSchedule';
export { isSemhNeed } from './semh';
