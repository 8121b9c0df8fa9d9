import { defineRule, _PASS } from '../defineRule';

/**
 * Raised by the engine if a rule throws: the other rules still run. Always a bug in pep-rules; please report it with the code.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-RULE-FAILED')?.severity;
 * //=> 'error'
 */
export const ruleFailed = defineRule<{ code: string }>({
  code: 'PEP-RULE-FAILED',
  severity: 'error',
  appliesTo: {},
  raisedBy: 'engine',
  description: 'A rule failed to run (a bug in pep-rules: please report it); the other rules still ran.',
  source: 'pep-rules engine',
  message: (p) => `Rule ${p.code} failed to run; this is a bug in pep-rules.`,
  check: () => _PASS,
});
