import { defineRule, type RuleHit } from '../defineRule';
import { _SDQ_SCORING } from './_sources';

/**
 * SDQ items that are given yield a total difficulties score (each difficulty scale needs at least 3 of its 5 items).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-UNSCORABLE')?.severity;
 * //=> 'warning'
 */
export const sdqUnscorable = defineRule({
  code: 'PEP-SDQ-UNSCORABLE',
  severity: 'warning',
  appliesTo: {},
  description:
    'The SDQ items give no total difficulties score (a difficulty scale has fewer than 3 of its 5 items answered), so any recorded total is used instead.',
  source: `${_SDQ_SCORING} (a scale is prorated from at least 3 of its 5 items)`,
  message: () => 'The SDQ items give no total difficulties score (too many items unanswered); score the questionnaire to see which scale is missing.',
  check: (_pep, ctx) => {
    const hits: RuleHit[] = [];
    for (const fact of ctx.facts.sdq.records) if (fact.unscorable) hits.push({ path: ['sdq', fact.index, 'items'] });
    return hits;
  },
});
