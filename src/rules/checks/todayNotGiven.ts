import { defineRule, _PASS } from '../defineRule';

/**
 * Raised by the engine when rules that compare with today were skipped because no `today` was given.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TODAY-NOT-GIVEN')?.severity;
 * //=> 'info'
 */
export const todayNotGiven = defineRule<{ codes: string; count: number }>({
  code: 'PEP-TODAY-NOT-GIVEN',
  severity: 'info',
  appliesTo: {},
  raisedBy: 'engine',
  description: "Rules that compare with today's date were skipped because no `today` was given.",
  source: 'pep-rules input conventions (today is always given, never read from a clock)',
  message: (p) =>
    `${p.count} ${p.count === 1 ? 'rule that compares' : 'rules that compare'} with today's date ${p.count === 1 ? 'was' : 'were'} skipped because no today was given: ${p.codes}.`,
  check: () => _PASS,
});
