import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON } from './_sources';

/**
 * The venue of an in-person PEP meeting is recorded (not needed for a virtual or phone meeting).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-MEETING-VENUE-MISSING')?.severity;
 * //=> 'warning'
 */
export const meetingVenueMissing = defineRule({
  code: 'PEP-MEETING-VENUE-MISSING',
  severity: 'warning',
  appliesTo: {},
  description: 'The venue of the PEP meeting is not recorded (virtual and phone meetings excepted).',
  source: `${_HALTON}, Process (agree where the meeting is taking place)`,
  message: () => 'The venue of the PEP meeting is not recorded.',
  check: (pep) =>
    pep.meeting.format === 'virtual' || pep.meeting.format === 'phone' || _hasText(pep.meeting.venue)
      ? _PASS
      : [{ path: ['meeting', 'venue'] }],
});
