import { defineRule, type RuleHit } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

/**
 * Each attainment entry records both the current level and the target.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTAINMENT-INCOMPLETE')?.severity;
 * //=> 'info'
 */
export const attainmentIncomplete = defineRule<{ field: string }>({
  code: 'PEP-ATTAINMENT-INCOMPLETE',
  severity: 'info',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'data-partial' },
  description: 'An attainment entry lacks its current level or its target.',
  source: `${_HALTON_GRID}: all academic data has been recorded`,
  message: (p) => `An attainment entry has no ${p.field} recorded.`,
  check: (pep) => {
    const hits: RuleHit<{ field: string }>[] = [];
    (pep.attainment ?? []).forEach((a, i) => {
      if (!_hasText(a.current)) hits.push({ path: ['attainment', i, 'current'], params: { field: 'current level' } });
      if (!_hasText(a.target)) hits.push({ path: ['attainment', i, 'target'], params: { field: 'target' } });
    });
    return hits;
  },
});
