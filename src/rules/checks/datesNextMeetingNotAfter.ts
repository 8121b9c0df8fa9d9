import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The next meeting is after this one.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-NEXT-MEETING-NOT-AFTER')?.severity;
 * //=> 'error'
 */
export const datesNextMeetingNotAfter = defineRule({
  code: 'PEP-DATES-NEXT-MEETING-NOT-AFTER',
  severity: 'error',
  appliesTo: {},
  qa: { nonNegotiable: 'next-meeting-details' },
  description: 'The next meeting date is on or before this meeting date.',
  source: _CONSISTENCY,
  message: () => 'The next meeting date is on or before this meeting date.',
  check: (pep) => (pep.nextMeeting?.date && pep.nextMeeting.date <= pep.meeting.date ? [{ path: ['nextMeeting', 'date'] }] : _PASS),
});
