import { defineRule, _PASS } from '../defineRule';
import { _BARNET, _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * The date of the next PEP meeting is recorded (a Halton non-negotiable).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-NEXT-MEETING-MISSING')?.severity;
 * //=> 'error'
 */
export const nextMeetingMissing = defineRule({
  code: 'PEP-NEXT-MEETING-MISSING',
  severity: 'error',
  appliesTo: {},
  qa: { nonNegotiable: 'next-meeting-details' },
  description: 'The date of the next PEP meeting is not recorded.',
  source: `${_HALTON_NON_NEGOTIABLE}: date, venue and time of the next meeting; ${_BARNET}, The PEP Meeting (establishing and recording the date of the next PEP meeting)`,
  message: () => 'The date of the next PEP meeting is not recorded.',
  check: (pep) => (pep.nextMeeting?.date ? _PASS : [{ path: ['nextMeeting', 'date'] }]),
});
