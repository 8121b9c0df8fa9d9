import { defineRule, _PASS } from '../defineRule';
import { _HALTON_GRID } from './_sources';

/**
 * Whether the child attends alternative provision is recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ALTERNATIVE-PROVISION-NOT-RECORDED')?.severity;
 * //=> 'warning'
 */
export const alternativeProvisionNotRecorded = defineRule({
  code: 'PEP-ALTERNATIVE-PROVISION-NOT-RECORDED',
  severity: 'warning',
  appliesTo: { phases: ['school-age'] },
  qa: { criterion: 'profile', element: 'alternative-provision' },
  description: 'Whether the child attends alternative provision is not recorded.',
  source: `${_HALTON_GRID}: profile including alternative provision`,
  message: () => 'Whether the child attends alternative provision is not recorded.',
  check: (pep) => (pep.education.alternativeProvision ? _PASS : [{ path: ['education', 'alternativeProvision'] }]),
});
