import { defineRule, _PASS } from '../defineRule';
import { _BARNET } from './_sources';

/**
 * The time of the PEP meeting is recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-MEETING-TIME-MISSING')?.severity;
 * //=> 'warning'
 */
export const meetingTimeMissing = defineRule({
  code: 'PEP-MEETING-TIME-MISSING',
  severity: 'warning',
  appliesTo: {},
  description: 'The time of the PEP meeting is not recorded.',
  source: `${_BARNET}, §3 The role of the Social Worker (organise the date and time of the meeting)`,
  message: () => 'The time of the PEP meeting is not recorded.',
  check: (pep) => (pep.meeting.time ? _PASS : [{ path: ['meeting', 'time'] }]),
});
