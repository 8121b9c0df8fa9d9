import { defineRule, _PASS } from '../defineRule';

/**
 * Raised by the engine when the `today` option is not a real date written `'YYYY-MM-DD'`; it is then ignored.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TODAY-INVALID')?.severity;
 * //=> 'error'
 */
export const todayInvalid = defineRule({
  code: 'PEP-TODAY-INVALID',
  severity: 'error',
  appliesTo: {},
  raisedBy: 'engine',
  description: "The today option is not a real date written 'YYYY-MM-DD'; it was ignored.",
  source: 'pep-rules input conventions (dates are civil dates written YYYY-MM-DD)',
  message: () => "The today option is not a real date written 'YYYY-MM-DD'; it was ignored.",
  check: () => _PASS,
});
