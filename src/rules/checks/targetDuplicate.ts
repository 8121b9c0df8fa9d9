import { defineRule, type RuleHit } from '../defineRule';
import { _HALTON } from './_sources';

/**
 * No two targets say the same thing (ignoring case, spacing and punctuation; checkTargetSet).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-DUPLICATE')?.severity;
 * //=> 'warning'
 */
export const targetDuplicate = defineRule<{ first: number }>({
  code: 'PEP-TARGET-DUPLICATE',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'set' },
  description: 'A target repeats the text of an earlier target (ignoring case, spacing and punctuation).',
  source: `${_HALTON}, Appendix B (targets driven by the outcomes for each identified need)`,
  message: (p) => `This target repeats the text of target ${p.first}.`,
  check: (_pep, ctx) => {
    const hits: RuleHit<{ first: number }>[] = [];
    for (const group of ctx.targets.duplicates) {
      const first = group[0];
      if (first === undefined) continue;
      for (const index of group.slice(1)) hits.push({ path: ['targets', index, 'text'], params: { first } });
    }
    return hits;
  },
});
