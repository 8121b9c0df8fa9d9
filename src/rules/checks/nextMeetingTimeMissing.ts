import { defineRule, _PASS } from '../defineRule';
import { _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * The time of the next PEP meeting is recorded (part of a Halton non-negotiable).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-NEXT-MEETING-TIME-MISSING')?.severity;
 * //=> 'warning'
 */
export const nextMeetingTimeMissing = defineRule({
  code: 'PEP-NEXT-MEETING-TIME-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { nonNegotiable: 'next-meeting-details' },
  description: 'The time of the next PEP meeting is not recorded.',
  source: `${_HALTON_NON_NEGOTIABLE}: date, venue and time of the next meeting`,
  message: () => 'The time of the next PEP meeting is not recorded.',
  check: (pep) => (pep.nextMeeting?.time ? _PASS : [{ path: ['nextMeeting', 'time'] }]),
});
