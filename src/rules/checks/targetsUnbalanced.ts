import { defineRule, _PASS } from '../defineRule';
import { _HALTON } from './_sources';

/**
 * When the policy asks for it (Halton, Bolton), the targets of a school-age or post-16 PEP balance academic and
 * personal development. Not applied to early years, as PEP-TARGETS-NO-ACADEMIC: Halton's own Early Years/KS1
 * target examples (Appendix B) are both social and emotional.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGETS-UNBALANCED')?.severity;
 * //=> 'warning'
 */
export const targetsUnbalanced = defineRule<{ missing: string }>({
  code: 'PEP-TARGETS-UNBALANCED',
  severity: 'warning',
  appliesTo: { phases: ['school-age', 'post-16'] },
  qa: { criterion: 'academic-and-smart', element: 'set' },
  description: 'The targets of a school-age or post-16 PEP are all academic or all personal (when policy.targets.balanceRequired).',
  source: `${_HALTON}, Appendix B (targets should present a balance of academic and personal development targets)`,
  message: (p) => `The targets include no ${p.missing} target, and the policy asks for a balance.`,
  check: (pep, ctx) => {
    if (!ctx.policy.targets.balanceRequired.value || pep.targets.length === 0) return _PASS;
    const academic = ctx.targets.areas.academic ?? 0;
    if (academic === 0) return [{ path: ['targets'], params: { missing: 'academic' } }];
    if (academic === pep.targets.length) return [{ path: ['targets'], params: { missing: 'personal development' } }];
    return _PASS;
  },
});
