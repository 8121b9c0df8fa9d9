import { defineRule, _PASS } from '../defineRule';
import { _HALTON, _NAVSH } from './_sources';

/**
 * A young person who is NEET has a plan: at least one post-16 target (education, employment or training) that passes the SMART check.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-POST16-NEET-NO-PLAN')?.severity;
 * //=> 'error'
 */
export const post16NeetNoPlan = defineRule({
  code: 'PEP-POST16-NEET-NO-PLAN',
  severity: 'error',
  appliesTo: { phases: ['post-16'] },
  description: "The young person is NEET and no post-16 target reaching the policy's SMART pass score plans the route back into education, employment or training.",
  source: `${_HALTON}, Appendix C Post-16 SMART targets (targets are SMART for young people who are NEET too); ${_NAVSH}, ix) Supporting transition to adulthood`,
  message: () => "The young person is NEET and no post-16 target reaching the SMART pass score plans a route into education, employment or training.",
  check: (pep, ctx) => {
    if (pep.post16?.destination !== 'neet') return _PASS;
    const { reports } = ctx.targets;
    const planned = reports.some((r, i) => r.area === 'post-16' && ctx.smartPass[i]);
    return planned ? _PASS : [{ path: ['post16', 'destination'] }];
  },
});
