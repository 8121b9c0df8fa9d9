import { defineRule, type RuleHit } from '../defineRule';
import { _CONSISTENCY, _SDQ_SCORING } from './_sources';

/**
 * A recorded SDQ total agrees with the total scored from the items.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-TOTAL-MISMATCH')?.severity;
 * //=> 'warning'
 */
export const sdqTotalMismatch = defineRule<{ scored: number }>({
  code: 'PEP-SDQ-TOTAL-MISMATCH',
  severity: 'warning',
  appliesTo: {},
  description: 'The recorded SDQ total difficulties differs from the total scored from the 25 items by the SDQ scoring rules.',
  source: `${_CONSISTENCY}; ${_SDQ_SCORING}`,
  message: (p) => `The recorded total difficulties differs from the total scored from the items (${p.scored}).`,
  check: (pep, ctx) => {
    const hits: RuleHit<{ scored: number }>[] = [];
    for (const fact of ctx.facts.sdq.records) {
      const recorded = pep.sdq![fact.index]!.totalDifficulties;
      if (fact.scored !== null && recorded !== undefined && recorded !== fact.scored) {
        hits.push({ path: ['sdq', fact.index, 'totalDifficulties'], params: { scored: fact.scored } });
      }
    }
    return hits;
  },
});
