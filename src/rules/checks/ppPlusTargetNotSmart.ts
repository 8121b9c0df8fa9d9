import { defineRule, type RuleHit } from '../defineRule';
import { _HALTON_GRID } from './_sources';

/**
 * A PP+ request pays for at least one target that passes the SMART check.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PPPLUS-TARGET-NOT-SMART')?.severity;
 * //=> 'warning'
 */
export const ppPlusTargetNotSmart = defineRule({
  code: 'PEP-PPPLUS-TARGET-NOT-SMART',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'ppplus-linked', element: 'link' },
  description: "A PP+ request is linked only to targets that do not reach the policy's SMART pass score.",
  source: `${_HALTON_GRID}: PP+ spending directly linked to SMART targets`,
  message: () => "A PP+ request is linked only to targets that do not reach the policy's SMART pass score.",
  check: (pep, ctx) => {
    const hits: RuleHit[] = [];
    const passing = new Set<string>();
    pep.targets.forEach((t, i) => {
      if (ctx.smartPass[i]) passing.add(t.id);
    });
    (pep.ppPlus?.requests ?? []).forEach((r, i) => {
      const known = r.targetIds.filter((id) => ctx.facts.targetIds.includes(id));
      if (known.length > 0 && !known.some((id) => passing.has(id))) hits.push({ path: ['ppPlus', 'requests', i, 'targetIds'] });
    });
    return hits;
  },
});
