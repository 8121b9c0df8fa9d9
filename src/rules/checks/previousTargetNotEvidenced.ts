import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _BARNET, _HALTON_GRID } from './_sources';

/**
 * Each reviewed target carries evidence beyond its outcome: a comment or a progress scale (Barnet's five-point scale).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PREVIOUS-TARGET-NOT-EVIDENCED')?.severity;
 * //=> 'info'
 */
export const previousTargetNotEvidenced = defineRule({
  code: 'PEP-PREVIOUS-TARGET-NOT-EVIDENCED',
  severity: 'info',
  appliesTo: {},
  qa: { criterion: 'previous-targets', element: 'evidence' },
  description: 'A reviewed previous target has an outcome but neither a comment nor a progress scale.',
  source: `${_HALTON_GRID}: previous targets fully reviewed and recorded (Amber: some evidence); ${_BARNET}, five-point progress scale`,
  message: () => 'A reviewed previous target has an outcome but neither a comment nor a progress scale.',
  check: (pep) => {
    const list = pep.previousTargets;
    if (list === undefined) return _PASS;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      if (!_hasText(t.comment) && t.progressScale === undefined) (hits ??= []).push({ path: ['previousTargets', i] });
    }
    return hits ?? _PASS;
  },
});
