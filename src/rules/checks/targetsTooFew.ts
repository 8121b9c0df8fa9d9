import { defineRule, _PASS } from '../defineRule';
import { _BARNET } from './_sources';

/**
 * The action plan has at least the policy's minimum number of targets (`policy.targets.minimumCount`; Barnet: three).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGETS-TOO-FEW')?.severity;
 * //=> 'warning'
 */
export const targetsTooFew = defineRule<{ minimum: number }>({
  code: 'PEP-TARGETS-TOO-FEW',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'set' },
  description: "The PEP has fewer targets than the policy's minimum (policy.targets.minimumCount; Barnet: at least three outcomes).",
  source: `The council's minimum number of targets: ${_BARNET}, The PEP Meeting (a robust Action Plan with at least three outcomes)`,
  message: (p) => `The PEP has fewer targets than the policy's minimum of ${p.minimum}.`,
  check: (pep, ctx) => {
    const minimum = ctx.policy.targets.minimumCount.value;
    return pep.targets.length > 0 && pep.targets.length < minimum ? [{ path: ['targets'], params: { minimum } }] : _PASS;
  },
});
