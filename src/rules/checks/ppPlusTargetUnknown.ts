import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _CONSISTENCY, _HALTON_GRID } from './_sources';

/**
 * Every target id a PP+ request names exists among the PEP's targets.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PPPLUS-TARGET-UNKNOWN')?.severity;
 * //=> 'error'
 */
export const ppPlusTargetUnknown = defineRule({
  code: 'PEP-PPPLUS-TARGET-UNKNOWN',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'ppplus-linked', element: 'link' },
  description: 'A PP+ request names a target id that is not among the PEP targets.',
  source: `${_CONSISTENCY}; ${_HALTON_GRID}: PP+ spending directly linked to SMART targets`,
  message: () => 'A PP+ request names a target id that is not among the PEP targets.',
  check: (pep, ctx) => {
    const requests = pep.ppPlus?.requests;
    if (requests === undefined) return _PASS;
    const known = ctx.facts.targetIds;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < requests.length; i++) {
      const ids = requests[i]!.targetIds;
      for (let k = 0; k < ids.length; k++) if (!known.includes(ids[k]!)) (hits ??= []).push({ path: ['ppPlus', 'requests', i, 'targetIds', k] });
    }
    return hits ?? _PASS;
  },
});
