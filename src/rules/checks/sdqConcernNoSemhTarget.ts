import { defineRule, _PASS } from '../defineRule';
import { _BOLTON } from './_sources';

/**
 * When the policy asks for it (Bolton), an SDQ at or above the concern threshold is answered by an SEMH target.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-CONCERN-NO-SEMH-TARGET')?.severity;
 * //=> 'warning'
 */
export const sdqConcernNoSemhTarget = defineRule<{ threshold: number }>({
  code: 'PEP-SDQ-CONCERN-NO-SEMH-TARGET',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'semh', element: 'semh-target', countsWhen: (_pep, ctx) => ctx.policy.sdq.concernNeedsSemhTarget.value && ctx.facts.sdq.concern },
  description:
    'The latest SDQ total is at or above the concern threshold and no target addresses SEMH (when policy.sdq.concernNeedsSemhTarget).',
  source: `${_BOLTON}, SDQs (a score of 17 or above should be addressed within the target setting section) (when the council's policy asks for it)`,
  message: (p) => `The latest SDQ total is at or above the concern threshold (${p.threshold}) and no target has area semh.`,
  check: (pep, ctx) =>
    ctx.policy.sdq.concernNeedsSemhTarget.value && ctx.facts.sdq.concern && !pep.targets.some((t) => t.area === 'semh')
      ? [{ path: ['targets'], params: { threshold: ctx.policy.sdq.concernThreshold.totalDifficulties } }]
      : _PASS,
});
