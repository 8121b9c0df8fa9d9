import { _hasText } from '../../core/_text';
import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _BARNET } from './_sources';

/**
 * When the policy asks for it (`policy.targets.baselineRequired`; Barnet), each target records its
 * baseline (Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes: "Make sure you use a baseline
 * for the outcome so you can measure it"; Allocation of Pupil Premium Funding: "The PEP Action Plan should
 * show the baseline data"). A warning per target with text and no baseline.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-BASELINE-MISSING')?.severity;
 * //=> 'warning'
 */
export const targetBaselineMissing = defineRule({
  code: 'PEP-TARGET-BASELINE-MISSING',
  severity: 'warning',
  appliesTo: {},
  description: 'A target records no baseline to measure it from (when policy.targets.baselineRequired; Barnet).',
  source: `${_BARNET}, 5. Setting SMART Outcomes (use a baseline for the outcome so you can measure it); Allocation of Pupil Premium Funding (the action plan shows the baseline data)`,
  message: () => 'This target records no baseline to measure progress from, and the policy asks for one.',
  check: (pep, ctx) => {
    if (ctx.policy.targets.baselineRequired?.value !== true) return _PASS;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < pep.targets.length; i++) {
      const t = pep.targets[i]!;
      if (_hasText(t.text) && !_hasText(t.baseline)) (hits ??= []).push({ path: ['targets', i, 'baseline'] });
    }
    return hits ?? _PASS;
  },
});
