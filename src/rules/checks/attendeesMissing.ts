import { defineRule, _PASS } from '../defineRule';
import { _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * At least one attendee of the PEP meeting is recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTENDEES-MISSING')?.severity;
 * //=> 'error'
 */
export const attendeesMissing = defineRule({
  code: 'PEP-ATTENDEES-MISSING',
  severity: 'error',
  appliesTo: {},
  qa: { nonNegotiable: 'attendees-recorded' },
  description: 'No attendees of the PEP meeting are recorded.',
  source: `${_HALTON_NON_NEGOTIABLE}: attendees of the meeting have been recorded fully`,
  message: () => 'No attendees of the PEP meeting are recorded.',
  check: (pep) => (pep.attendees.length > 0 ? _PASS : [{ path: ['attendees'] }]),
});
