import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _BOLTON, _HALTON_GRID } from './_sources';

/**
 * Every PP+ request names at least one PEP target it pays for.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PPPLUS-REQUEST-UNLINKED')?.severity;
 * //=> 'error'
 */
export const ppPlusRequestUnlinked = defineRule({
  code: 'PEP-PPPLUS-REQUEST-UNLINKED',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'ppplus-linked', element: 'link' },
  description: 'A PP+ request is not linked to any PEP target.',
  source: `DfE PP+ conditions of grant (used for the child's needs as described in the PEP); ${_HALTON_GRID}: PP+ spending directly linked to SMART targets; ${_BOLTON}, Pupil Premium`,
  message: () => 'A PP+ request is not linked to any PEP target.',
  check: (pep) => {
    const requests = pep.ppPlus?.requests;
    if (requests === undefined) return _PASS;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < requests.length; i++) if (requests[i]!.targetIds.length === 0) (hits ??= []).push({ path: ['ppPlus', 'requests', i, 'targetIds'] });
    return hits ?? _PASS;
  },
});
