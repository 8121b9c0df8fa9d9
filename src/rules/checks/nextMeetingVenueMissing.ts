import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * The venue of the next PEP meeting is recorded (part of a Halton non-negotiable).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-NEXT-MEETING-VENUE-MISSING')?.severity;
 * //=> 'warning'
 */
export const nextMeetingVenueMissing = defineRule({
  code: 'PEP-NEXT-MEETING-VENUE-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { nonNegotiable: 'next-meeting-details' },
  description: 'The venue of the next PEP meeting is not recorded.',
  source: `${_HALTON_NON_NEGOTIABLE}: date, venue and time of the next meeting`,
  message: () => 'The venue of the next PEP meeting is not recorded.',
  check: (pep) => (_hasText(pep.nextMeeting?.venue) ? _PASS : [{ path: ['nextMeeting', 'venue'] }]),
});
