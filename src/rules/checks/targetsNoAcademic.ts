import { defineRule, _PASS } from '../defineRule';
import { _HALTON } from './_sources';

/**
 * When the policy asks for it (Halton), at least one target of a school-age or post-16 PEP is academic (given or
 * inferred area, checkTargetSet). Not applied to early years: Halton's own Early Years target examples (Appendix B)
 * are social and emotional.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGETS-NO-ACADEMIC')?.appliesTo;
 * //=> { phases: ['school-age', 'post-16'] }
 */
export const targetsNoAcademic = defineRule({
  code: 'PEP-TARGETS-NO-ACADEMIC',
  severity: 'warning',
  appliesTo: { phases: ['school-age', 'post-16'] },
  qa: { criterion: 'academic-and-smart', element: 'set' },
  description: 'No target is academic (when policy.targets.academicTargetRequired; Halton: at least one academic target).',
  source: `${_HALTON}, Appendix B (PEP targets should always include at least one academic target)`,
  message: () => 'No target is academic, and the policy asks for at least one.',
  check: (pep, ctx) =>
    ctx.policy.targets.academicTargetRequired.value && pep.targets.length > 0 && !(ctx.targets.areas.academic ?? 0)
      ? [{ path: ['targets'] }]
      : _PASS,
});
