import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The child cannot have entered care before being born.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-CARE-BEFORE-BIRTH')?.severity;
 * //=> 'error'
 */
export const datesCareBeforeBirth = defineRule({
  code: 'PEP-DATES-CARE-BEFORE-BIRTH',
  severity: 'error',
  appliesTo: {},
  description: 'The date the child entered care is before the date of birth.',
  source: _CONSISTENCY,
  message: () => 'The date the child entered care is before the date of birth.',
  check: (pep) => (pep.child.enteredCare < pep.child.dateOfBirth ? [{ path: ['child', 'enteredCare'] }] : _PASS),
});
