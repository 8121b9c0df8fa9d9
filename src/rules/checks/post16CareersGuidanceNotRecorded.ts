import { defineRule, _PASS } from '../defineRule';
import { _STAT_GUIDANCE } from './_sources';

/**
 * A post-16 PEP records whether the young person has had careers guidance.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-CAREERS-GUIDANCE-NOT-RECORDED')?.severity;
 * //=> 'warning'
 */
export const post16CareersGuidanceNotRecorded = defineRule({
  code: 'PEP-POST16-CAREERS-GUIDANCE-NOT-RECORDED',
  severity: 'warning',
  appliesTo: { phases: ['post-16'] },
  qa: { criterion: 'profile', element: 'post-16-guidance' },
  description: 'The post-16 section does not say whether the young person has had careers advice and guidance.',
  source: `${_STAT_GUIDANCE}: careers advice and guidance`,
  message: () => 'The post-16 section does not say whether the young person has had careers advice and guidance.',
  check: (pep) => (pep.post16 && pep.post16.careersGuidance === undefined ? [{ path: ['post16', 'careersGuidance'] }] : _PASS),
});
