import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The child cannot have left care before entering it.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-LEFT-CARE-BEFORE-ENTERED')?.severity;
 * //=> 'error'
 */
export const datesLeftCareBeforeEntered = defineRule({
  code: 'PEP-DATES-LEFT-CARE-BEFORE-ENTERED',
  severity: 'error',
  appliesTo: {},
  description: 'The date the child left care is before the date the child entered care.',
  source: _CONSISTENCY,
  message: () => 'The date the child left care is before the date the child entered care.',
  check: (pep) => (pep.child.leftCare && pep.child.leftCare < pep.child.enteredCare ? [{ path: ['child', 'leftCare'] }] : _PASS),
});
