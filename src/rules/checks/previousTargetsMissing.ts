import { defineRule, _PASS } from '../defineRule';
import { _BARNET, _HALTON, _HALTON_GRID } from './_sources';

/**
 * Every PEP after the initial one reviews the previous PEP's targets.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PREVIOUS-TARGETS-MISSING')?.appliesTo;
 * //=> { kinds: ['termly', 'review', 'transition', 'placement-change'] }
 */
export const previousTargetsMissing = defineRule({
  code: 'PEP-PREVIOUS-TARGETS-MISSING',
  severity: 'warning',
  appliesTo: { kinds: ['termly', 'review', 'transition', 'placement-change'] },
  qa: { criterion: 'previous-targets', element: 'missing' },
  description: "The previous PEP's targets are not reviewed (every PEP but the initial one).",
  source: `${_HALTON_GRID}: previous targets have been fully reviewed (n/a for an initial PEP); ${_HALTON}, Information and Guidance (the previous PEP is the starting point); ${_BARNET}, The PEP Meeting`,
  message: () => "The previous PEP's targets are not reviewed.",
  check: (pep) => ((pep.previousTargets ?? []).length > 0 ? _PASS : [{ path: ['previousTargets'] }]),
});
