import { defineRule, _PASS } from '../defineRule';
import { _HALTON_GRID, _STAT_GUIDANCE } from './_sources';

/**
 * The PEP sets at least one target.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGETS-MISSING')?.severity;
 * //=> 'error'
 */
export const targetsMissing = defineRule({
  code: 'PEP-TARGETS-MISSING',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'targets-missing' },
  description: 'The PEP sets no targets.',
  source: `${_STAT_GUIDANCE}: SMART targets; ${_HALTON_GRID}: targets are missing (Red)`,
  message: () => 'The PEP sets no targets.',
  check: (pep) => (pep.targets.length > 0 ? _PASS : [{ path: ['targets'] }]),
});
