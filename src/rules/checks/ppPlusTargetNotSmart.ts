import type { Pep } from '../../pep/schema';
import { _PASS, defineRule, type RuleHit } from '../defineRule';
import { _HALTON_GRID } from './_sources';

/** Whether a target with this id passes the policy's SMART score. */
function anyPassing(pep: Pep, smartPass: readonly boolean[], id: string): boolean {
  for (let t = 0; t < pep.targets.length; t++) if (smartPass[t] === true && pep.targets[t]!.id === id) return true;
  return false;
}

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
    const requests = pep.ppPlus?.requests;
    if (requests === undefined || requests.length === 0) return _PASS;
    let hits: RuleHit[] | undefined;
    for (let i = 0; i < requests.length; i++) {
      // Linked to at least one known target, and none of its known targets passes.
      let known = false;
      let passes = false;
      for (const id of requests[i]!.targetIds) {
        if (!ctx.facts.targetIds.includes(id)) continue;
        known = true;
        if (anyPassing(pep, ctx.smartPass, id)) {
          passes = true;
          break;
        }
      }
      if (known && !passes) (hits ??= []).push({ path: ['ppPlus', 'requests', i, 'targetIds'] });
    }
    return hits ?? _PASS;
  },
});
