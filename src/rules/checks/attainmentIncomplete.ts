import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

const CURRENT = Object.freeze({ field: 'current level' });
const TARGET = Object.freeze({ field: 'target' });

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
    // A loop, and a list only when something is missing.
    const list = pep.attainment;
    if (list === undefined) return _PASS;
    let hits: RuleHit<{ field: string }>[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      if (!_hasText(a.current)) (hits ??= []).push({ path: ['attainment', i, 'current'], params: CURRENT });
      if (!_hasText(a.target)) (hits ??= []).push({ path: ['attainment', i, 'target'], params: TARGET });
    }
    return hits ?? _PASS;
  },
});
