import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * A PEP cannot be submitted before its meeting.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-SUBMITTED-BEFORE-MEETING')?.severity;
 * //=> 'error'
 */
export const datesSubmittedBeforeMeeting = defineRule({
  code: 'PEP-DATES-SUBMITTED-BEFORE-MEETING',
  severity: 'error',
  appliesTo: {},
  description: 'The submission date is before the meeting date.',
  source: _CONSISTENCY,
  message: () => 'The submission date is before the meeting date.',
  check: (pep) => (pep.signOff?.submitted && pep.signOff.submitted < pep.meeting.date ? [{ path: ['signOff', 'submitted'] }] : _PASS),
});
