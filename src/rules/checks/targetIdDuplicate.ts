import type { Pep } from '../../pep/schema';
import { _PASS, defineRule, type RuleHit } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/** Each target whose id an earlier one has, with the first index of that id (one map). */
function withMap(targets: Pep['targets']): RuleHit<{ first: number }>[] {
  const first = new Map<string, number>();
  const hits: RuleHit<{ first: number }>[] = [];
  targets.forEach((t, i) => {
    const seen = first.get(t.id);
    if (seen === undefined) first.set(t.id, i);
    else hits.push({ path: ['targets', i, 'id'], params: { first: seen } });
  });
  return hits;
}

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
    const targets = pep.targets;
    // A few targets: compare with the earlier ones; many: one map.
    if (targets.length > 16) return withMap(targets);
    let hits: RuleHit<{ first: number }>[] | undefined;
    for (let i = 1; i < targets.length; i++) {
      const id = targets[i]!.id;
      let seen = 0;
      while (seen < i && targets[seen]!.id !== id) seen++;
      if (seen < i) (hits ??= []).push({ path: ['targets', i, 'id'], params: { first: seen } });
    }
    return hits ?? _PASS;
  },
});
