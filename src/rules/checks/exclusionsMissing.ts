import { defineRule, _PASS } from '../defineRule';
import { _CPPCR_SCH1, _HALTON_GRID } from './_sources';

/**
 * Exclusions (suspensions and any permanent exclusion) are recorded, even when there are none.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EXCLUSIONS-MISSING')?.severity;
 * //=> 'warning'
 */
export const exclusionsMissing = defineRule({
  code: 'PEP-EXCLUSIONS-MISSING',
  severity: 'warning',
  appliesTo: { phases: ['school-age'] },
  qa: { criterion: 'profile', element: 'exclusions' },
  description: 'Exclusions are not recorded (record an empty list when there are none).',
  source: `${_CPPCR_SCH1} (conduct record); ${_HALTON_GRID}: profile including exclusions`,
  message: () => 'Exclusions are not recorded (record an empty list when there are none).',
  check: (pep) => (pep.exclusions ? _PASS : [{ path: ['exclusions'] }]),
});
