import { defineRule, _PASS } from '../defineRule';
import { _NAVSH } from './_sources';

/**
 * A post-16 PEP records whether a pathway plan is in place (the PEP is maintained as part of it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED')?.severity;
 * //=> 'info'
 */
export const post16PathwayPlanNotRecorded = defineRule({
  code: 'PEP-POST16-PATHWAY-PLAN-NOT-RECORDED',
  severity: 'info',
  appliesTo: { phases: ['post-16'] },
  description: 'The post-16 section does not say whether a pathway plan is in place.',
  source: `${_NAVSH}, ix) Supporting transition to adulthood (the PEP is maintained as part of the pathway plan)`,
  message: () => 'The post-16 section does not say whether a pathway plan is in place.',
  check: (pep) => (pep.post16 && pep.post16.pathwayPlan === undefined ? [{ path: ['post16', 'pathwayPlan'] }] : _PASS),
});
