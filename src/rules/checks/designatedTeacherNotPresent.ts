import { defineRule, _PASS } from '../defineRule';
import { _HALTON, _STAT_GUIDANCE } from './_sources';

/**
 * The designated teacher (or the setting's lead for early years and post-16) attended the meeting.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DT-NOT-PRESENT')?.severity;
 * //=> 'error'
 */
export const designatedTeacherNotPresent = defineRule({
  code: 'PEP-DT-NOT-PRESENT',
  severity: 'error',
  appliesTo: {},
  qa: { nonNegotiable: 'attendees-recorded' },
  description: 'No designated teacher (or setting lead) is recorded as attending the PEP meeting.',
  source: `${_HALTON}, Information and Guidance (the DT should take the lead with chairing the PEP meeting); ${_STAT_GUIDANCE}`,
  message: () => 'No designated teacher is recorded as attending the PEP meeting.',
  check: (_pep, ctx) => (ctx.facts.rolesPresent.includes('designated-teacher') ? _PASS : [{ path: ['attendees'] }]),
});
