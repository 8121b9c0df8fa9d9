import { defineRule, _PASS } from '../defineRule';
import { _HALTON } from './_sources';

/**
 * An early years PEP records whether the child has a key person.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EY-KEY-PERSON-NOT-RECORDED')?.severity;
 * //=> 'warning'
 */
export const earlyYearsKeyPersonNotRecorded = defineRule({
  code: 'PEP-EY-KEY-PERSON-NOT-RECORDED',
  severity: 'warning',
  appliesTo: { phases: ['early-years'] },
  qa: { criterion: 'profile', element: 'early-years' },
  description: 'The early years section does not say whether the child has a key person.',
  source: `EYFS statutory framework (each child is assigned a key person); ${_HALTON}, Appendix B (Early Years target examples: key person)`,
  message: () => 'The early years section does not say whether the child has a key person.',
  check: (pep) => (pep.earlyYears && pep.earlyYears.keyPerson === undefined ? [{ path: ['earlyYears', 'keyPerson'] }] : _PASS),
});
