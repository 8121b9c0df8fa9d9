import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _BARNET, _HALTON, _NAVSH } from './_sources';

/**
 * Transition PEPs, and Year 6 and Year 11 PEPs in the spring and summer terms, record the transition (next setting or plan).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TRANSITION-MISSING')?.severity;
 * //=> 'warning'
 */
export const transitionMissing = defineRule<{ reason: string }>({
  code: 'PEP-TRANSITION-MISSING',
  severity: 'warning',
  appliesTo: {},
  description:
    'A transition PEP, or a Year 6 or Year 11 PEP in the spring or summer term, records neither the next setting nor a transition plan.',
  source: `${_BARNET}, §6 Supporting Transitions (Year 6 spring term: identify transition needs; summer term: transition PEP); ${_HALTON}, Process (key year groups such as Year 11 or Year 6); ${_NAVSH}, Quality Assuring the PEP (ensure effective transition)`,
  message: (p) => `This is ${p.reason}, and neither the next setting nor a transition plan is recorded.`,
  check: (pep, ctx) => {
    const { yearGroup, term } = ctx.derived;
    let reason: string | null = null;
    if (pep.kind === 'transition') reason = 'a transition PEP';
    else if ((yearGroup === '6' || yearGroup === '11') && term !== 'autumn') reason = `a Year ${yearGroup} PEP in the ${term} term`;
    if (reason === null) return _PASS;
    return _hasText(pep.transition?.nextSetting) || _hasText(pep.transition?.plan) ? _PASS : [{ path: ['transition'], params: { reason } }];
  },
});
