import { alternativeProvisionNotRecorded } from './checks/alternativeProvisionNotRecorded';
import { aspirationsMissing } from './checks/aspirationsMissing';
import { attainmentIncomplete } from './checks/attainmentIncomplete';
import { attainmentMissing } from './checks/attainmentMissing';
import { attendanceBelowThreshold } from './checks/attendanceBelowThreshold';
import { attendanceMissing } from './checks/attendanceMissing';
import { attendeeNameMissing } from './checks/attendeeNameMissing';
import { attendeesMissing } from './checks/attendeesMissing';
import { attendeesRoleMissing } from './checks/attendeesRoleMissing';
import { carerViewsMissing } from './checks/carerViewsMissing';
import { childNotInvited } from './checks/childNotInvited';
import { childViewsBrief } from './checks/childViewsBrief';
import { childViewsHowGatheredMissing } from './checks/childViewsHowGatheredMissing';
import { childViewsMissing } from './checks/childViewsMissing';
import { contributionBrief } from './checks/contributionBrief';
import { datesCareBeforeBirth } from './checks/datesCareBeforeBirth';
import { datesImplausibleBirthAfterMeeting } from './checks/datesImplausibleBirthAfterMeeting';
import { datesImplausibleBirthTooEarly } from './checks/datesImplausibleBirthTooEarly';
import { datesImplausibleSdqAfterToday } from './checks/datesImplausibleSdqAfterToday';
import { datesEventBeforeBirth } from './checks/datesEventBeforeBirth';
import { datesImplausibleAttendanceAfterToday } from './checks/datesImplausibleAttendanceAfterToday';
import { datesImplausibleAttendanceReversed } from './checks/datesImplausibleAttendanceReversed';
import { datesLeftCareBeforeEntered } from './checks/datesLeftCareBeforeEntered';
import { datesMeetingAfterLeftCare } from './checks/datesMeetingAfterLeftCare';
import { datesMeetingAfterToday } from './checks/datesMeetingAfterToday';
import { datesMeetingBeforeCare } from './checks/datesMeetingBeforeCare';
import { datesNextMeetingNotAfter } from './checks/datesNextMeetingNotAfter';
import { datesSubmittedBeforeMeeting } from './checks/datesSubmittedBeforeMeeting';
import { designatedTeacherNotPresent } from './checks/designatedTeacherNotPresent';
import { designatedTeacherViewsMissing } from './checks/designatedTeacherViewsMissing';
import { earlyYearsEyppNotRecorded } from './checks/earlyYearsEyppNotRecorded';
import { earlyYearsFundedHoursMissing } from './checks/earlyYearsFundedHoursMissing';
import { earlyYearsKeyPersonNotRecorded } from './checks/earlyYearsKeyPersonNotRecorded';
import { earlyYearsSectionMissing } from './checks/earlyYearsSectionMissing';
import { educationHoursBelowFullTime } from './checks/educationHoursBelowFullTime';
import { educationHoursMissing } from './checks/educationHoursMissing';
import { ehcpReviewDateMissing } from './checks/ehcpReviewDateMissing';
import { ehcpReviewNotAligned } from './checks/ehcpReviewNotAligned';
import { exclusionsMissing } from './checks/exclusionsMissing';
import { meetingTimeMissing } from './checks/meetingTimeMissing';
import { meetingVenueMissing } from './checks/meetingVenueMissing';
import { nextMeetingMissing } from './checks/nextMeetingMissing';
import { nextMeetingOverdue } from './checks/nextMeetingOverdue';
import { nextMeetingTimeMissing } from './checks/nextMeetingTimeMissing';
import { nextMeetingVenueMissing } from './checks/nextMeetingVenueMissing';
import { phaseYearGroupMismatch } from './checks/phaseYearGroupMismatch';
import { policyInvalid } from './checks/policyInvalid';
import { post16BursaryNotRecorded } from './checks/post16BursaryNotRecorded';
import { post16CareersGuidanceNotRecorded } from './checks/post16CareersGuidanceNotRecorded';
import { post16DestinationMissing } from './checks/post16DestinationMissing';
import { post16NeetNoPlan } from './checks/post16NeetNoPlan';
import { post16PathwayPlanNotRecorded } from './checks/post16PathwayPlanNotRecorded';
import { post16SectionMissing } from './checks/post16SectionMissing';
import { ppPlusRequestUnlinked } from './checks/ppPlusRequestUnlinked';
import { ppPlusTargetNotSmart } from './checks/ppPlusTargetNotSmart';
import { ppPlusTargetUnknown } from './checks/ppPlusTargetUnknown';
import { previousTargetNotEvidenced } from './checks/previousTargetNotEvidenced';
import { previousTargetsMissing } from './checks/previousTargetsMissing';
import { progressMissing } from './checks/progressMissing';
import { ruleFailed } from './checks/ruleFailed';
import { schoolChangeKeyStage4 } from './checks/schoolChangeKeyStage4';
import { sdqConcernNoSemhTarget } from './checks/sdqConcernNoSemhTarget';
import { sdqInformantMissing } from './checks/sdqInformantMissing';
import { sdqMissing } from './checks/sdqMissing';
import { sdqOutOfDate } from './checks/sdqOutOfDate';
import { sdqStale } from './checks/sdqStale';
import { sdqTotalMismatch } from './checks/sdqTotalMismatch';
import { sdqUnscorable } from './checks/sdqUnscorable';
import { semhInterventionsMissing } from './checks/semhInterventionsMissing';
import { semhNeedsMissing } from './checks/semhNeedsMissing';
import { senStatusMissing } from './checks/senStatusMissing';
import { settingOfstedInadequate } from './checks/settingOfstedInadequate';
import { socialWorkerAbsent } from './checks/socialWorkerAbsent';
import { socialWorkerViewsMissing } from './checks/socialWorkerViewsMissing';
import { submissionLate } from './checks/submissionLate';
import { submissionOverdue } from './checks/submissionOverdue';
import { targetBaselineMissing } from './checks/targetBaselineMissing';
import { targetDeadlineAfterNextPep } from './checks/targetDeadlineAfterNextPep';
import { targetDuplicate } from './checks/targetDuplicate';
import { targetIdDuplicate } from './checks/targetIdDuplicate';
import { targetResponsibleMissing } from './checks/targetResponsibleMissing';
import { targetNotSmart } from './checks/targetNotSmart';
import { targetsMissing } from './checks/targetsMissing';
import { targetsNoAcademic } from './checks/targetsNoAcademic';
import { targetsTooFew } from './checks/targetsTooFew';
import { targetsUnbalanced } from './checks/targetsUnbalanced';
import { todayInvalid } from './checks/todayInvalid';
import { todayNotGiven } from './checks/todayNotGiven';
import { transitionMissing } from './checks/transitionMissing';
import type { Rule, RuleInfo } from './defineRule';

/*
 * The rule registry: every rule imported by name (no file globbing, so bundlers can follow it),
 * after the SSDA903 validator's one-rule-per-file layout. Order is the README table's order.
 * Codes are stable: never renamed, never reused (a retired code stays listed in docs/rules.md).
 */

/** Every registered rule, with its check (internal: the engine runs these). */
export const _RULES: readonly Rule[] = Object.freeze([
  meetingTimeMissing,
  meetingVenueMissing,
  nextMeetingMissing,
  nextMeetingTimeMissing,
  nextMeetingVenueMissing,
  nextMeetingOverdue,
  attendeesMissing,
  attendeeNameMissing,
  attendeesRoleMissing,
  designatedTeacherNotPresent,
  socialWorkerAbsent,
  childNotInvited,
  childViewsMissing,
  childViewsHowGatheredMissing,
  childViewsBrief,
  carerViewsMissing,
  socialWorkerViewsMissing,
  designatedTeacherViewsMissing,
  contributionBrief,
  attendanceMissing,
  attendanceBelowThreshold,
  exclusionsMissing,
  alternativeProvisionNotRecorded,
  educationHoursMissing,
  educationHoursBelowFullTime,
  settingOfstedInadequate,
  schoolChangeKeyStage4,
  senStatusMissing,
  attainmentMissing,
  progressMissing,
  attainmentIncomplete,
  sdqMissing,
  sdqInformantMissing,
  sdqOutOfDate,
  sdqStale,
  sdqTotalMismatch,
  sdqUnscorable,
  sdqConcernNoSemhTarget,
  semhNeedsMissing,
  semhInterventionsMissing,
  aspirationsMissing,
  previousTargetsMissing,
  previousTargetNotEvidenced,
  targetsMissing,
  targetsTooFew,
  targetsNoAcademic,
  targetsUnbalanced,
  targetNotSmart,
  targetDuplicate,
  targetIdDuplicate,
  targetResponsibleMissing,
  targetBaselineMissing,
  targetDeadlineAfterNextPep,
  ppPlusRequestUnlinked,
  ppPlusTargetUnknown,
  ppPlusTargetNotSmart,
  earlyYearsSectionMissing,
  earlyYearsEyppNotRecorded,
  earlyYearsKeyPersonNotRecorded,
  earlyYearsFundedHoursMissing,
  post16SectionMissing,
  post16DestinationMissing,
  post16CareersGuidanceNotRecorded,
  post16BursaryNotRecorded,
  post16PathwayPlanNotRecorded,
  post16NeetNoPlan,
  ehcpReviewDateMissing,
  ehcpReviewNotAligned,
  transitionMissing,
  submissionLate,
  submissionOverdue,
  datesCareBeforeBirth,
  datesLeftCareBeforeEntered,
  datesMeetingBeforeCare,
  datesMeetingAfterLeftCare,
  datesNextMeetingNotAfter,
  datesSubmittedBeforeMeeting,
  datesMeetingAfterToday,
  datesImplausibleBirthAfterMeeting,
  datesImplausibleBirthTooEarly,
  datesImplausibleSdqAfterToday,
  datesEventBeforeBirth,
  datesImplausibleAttendanceAfterToday,
  datesImplausibleAttendanceReversed,
  phaseYearGroupMismatch,
  todayNotGiven,
  todayInvalid,
  policyInvalid,
  ruleFailed,
]);

/**
 * The rule registry: `{ code, severity, description, source, appliesTo }` for every rule
 * `validatePep` runs, in the order of the README rules table.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGETS-TOO-FEW')?.description;
 * //=> "The PEP has fewer targets than the policy's minimum (policy.targets.minimumCount; Barnet: at least three outcomes)."
 */
export const rules: readonly RuleInfo[] = Object.freeze(
  _RULES.map((r) => Object.freeze({ code: r.code, severity: r.severity, description: r.description, source: r.source, appliesTo: r.appliesTo })),
);
