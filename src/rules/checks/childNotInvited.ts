import { defineRule, _PASS } from '../defineRule';
import { _BARNET, _HALTON_NON_NEGOTIABLE } from './_sources';

/**
 * The child attended the meeting or was invited (a Halton non-negotiable).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CHILD-NOT-INVITED')?.severity;
 * //=> 'error'
 */
export const childNotInvited = defineRule({
  code: 'PEP-CHILD-NOT-INVITED',
  severity: 'error',
  appliesTo: {},
  qa: { nonNegotiable: 'child-attended-or-invited' },
  description: 'There is no evidence that the child attended or was invited to the PEP meeting.',
  source: `${_HALTON_NON_NEGOTIABLE}: evidence the child has attended or been invited to attend; ${_BARNET}, The PEP Meeting (inviting them to plan and attend)`,
  message: () => 'There is no evidence that the child attended or was invited to the PEP meeting (an attendee with role child, attended or invited).',
  check: (_pep, ctx) => (ctx.facts.childInvitedOrPresent ? _PASS : [{ path: ['attendees'] }]),
});
