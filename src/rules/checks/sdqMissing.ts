import { defineRule, _PASS } from '../defineRule';
import { _BOLTON, _MK } from './_sources';

/**
 * The PEP carries an SDQ when the policy requires one for this child (`sdqRequirement`: age range and months in care).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-MISSING')?.severity;
 * //=> 'warning'
 */
export const sdqMissing = defineRule({
  code: 'PEP-SDQ-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'semh', element: 'sdq', countsWhen: (_pep, ctx) => ctx.facts.sdq.atMeeting.required },
  description: 'A duty of the policy requires an SDQ for this child at this PEP (policy.sdq.duties: ages, time in care, PEP kinds) and the PEP carries none.',
  source: `The council's SDQ requirement (England: DfE SSDA903 guide, validation rule 186: aged 4–16 and in care 12 months); ${_MK}, §5 PEPs; ${_BOLTON}, SDQs`,
  message: () => 'The policy requires an SDQ for this child and the PEP carries none.',
  check: (pep, ctx) => (ctx.facts.sdq.atMeeting.required && (pep.sdq ?? []).length === 0 ? [{ path: ['sdq'] }] : _PASS),
});
