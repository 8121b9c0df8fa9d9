import type { Pep } from '../../pep/schema';
import { defineRule, _PASS, type RuleContext } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _BARNET, _HALTON, _NAVSH } from './_sources';

/**
 * Why a transition plan is due at this PEP (a transition PEP, or Year 6 or Year 11 in the spring or
 * summer term), or `null` when none is.
 * @internal
 */
export function _transitionReason(pep: Pep, ctx: RuleContext): string | null {
  if (pep.kind === 'transition') return 'a transition PEP';
  const { yearGroup } = ctx.facts;
  const { term } = ctx.facts.term;
  return (yearGroup === '6' || yearGroup === '11') && term !== 'autumn' ? `a Year ${yearGroup} PEP in the ${term} term` : null;
}

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
  qa: { criterion: 'profile', element: 'transition', countsWhen: (pep, ctx) => _transitionReason(pep, ctx) !== null },
  description:
    'A transition PEP, or a Year 6 or Year 11 PEP in the spring or summer term, records neither the next setting nor a transition plan.',
  source: `${_BARNET}, §6 Supporting Transitions (Year 6 spring term: identify transition needs; summer term: transition PEP); ${_HALTON}, Process (key year groups such as Year 11 or Year 6); ${_NAVSH}, Quality Assuring the PEP (ensure effective transition)`,
  message: (p) => `This is ${p.reason}, and neither the next setting nor a transition plan is recorded.`,
  check: (pep, ctx) => {
    const reason = _transitionReason(pep, ctx);
    if (reason === null) return _PASS;
    return _hasText(pep.transition?.nextSetting) || _hasText(pep.transition?.plan) ? _PASS : [{ path: ['transition'], params: { reason } }];
  },
});
