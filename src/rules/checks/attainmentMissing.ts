import { defineRule, _PASS } from '../defineRule';
import { _CPPCR_SCH1, _HALTON_GRID } from './_sources';

/**
 * A school-age PEP records current attainment.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTAINMENT-MISSING')?.appliesTo;
 * //=> { phases: ['school-age'] }
 */
export const attainmentMissing = defineRule({
  code: 'PEP-ATTAINMENT-MISSING',
  severity: 'error',
  appliesTo: { phases: ['school-age'] },
  qa: { criterion: 'academic-and-smart', element: 'data-missing' },
  description: 'No attainment data is recorded.',
  source: `${_CPPCR_SCH1} (academic achievements); ${_HALTON_GRID}: all academic data has been recorded`,
  message: () => 'No attainment data is recorded.',
  check: (pep) => ((pep.attainment ?? []).length > 0 ? _PASS : [{ path: ['attainment'] }]),
});
