import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The child's date of birth is not after the PEP meeting (a mistyped year, say 2105 for 2015).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-BIRTH-AFTER-MEETING')?.severity;
 * //=> 'error'
 */
export const datesImplausibleBirthAfterMeeting = defineRule({
  code: 'PEP-DATES-BIRTH-AFTER-MEETING',
  severity: 'error',
  appliesTo: {},
  description: 'The date of birth is after the PEP meeting date.',
  source: _CONSISTENCY,
  message: () => 'The date of birth is after the meeting date.',
  check: (pep) => (pep.child.dateOfBirth > pep.meeting.date ? [{ path: ['child', 'dateOfBirth'] }] : _PASS),
});
