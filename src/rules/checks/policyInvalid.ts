import { defineRule, _PASS } from '../defineRule';

/**
 * Raised by the engine when the `policy` option is not a council policy (build one with `definePolicy`); nothing else is checked.
 * @example
 * import { validatePep } from 'pep-rules/rules';
 * validatePep({}, { policy: 'halton' }).findings.map((f) => f.code);
 * //=> ['PEP-POLICY-INVALID']
 */
export const policyInvalid = defineRule({
  code: 'PEP-POLICY-INVALID',
  severity: 'error',
  appliesTo: {},
  raisedBy: 'engine',
  description: 'The policy option is not a council policy (use a preset from policies or a policy checked by the policy gate); the PEP was not checked.',
  source: 'pep-rules policy format (a council policy as data)',
  message: () => 'The policy given is not a valid council policy (use one of the council presets or a checked policy); the PEP was not checked.',
  check: () => _PASS,
});
