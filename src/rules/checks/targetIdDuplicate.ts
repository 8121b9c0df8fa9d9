import { defineRule, type RuleHit } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * Target ids are unique (PP+ requests and reviews refer to targets by id).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-ID-DUPLICATE')?.severity;
 * //=> 'error'
 */
export const targetIdDuplicate = defineRule<{ first: number }>({
  code: 'PEP-TARGET-ID-DUPLICATE',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'set' },
  description: 'Two targets share an id, so PP+ requests and reviews cannot tell them apart.',
  source: _CONSISTENCY,
  message: (p) => `This target's id repeats the id of target ${p.first}.`,
  check: (pep) => {
    const first = new Map<string, number>();
    const hits: RuleHit<{ first: number }>[] = [];
    pep.targets.forEach((t, i) => {
      const seen = first.get(t.id);
      if (seen === undefined) first.set(t.id, i);
      else hits.push({ path: ['targets', i, 'id'], params: { first: seen } });
    });
    return hits;
  },
});
