import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON, _STAT_GUIDANCE } from './_sources';

/**
 * The child's views are recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CHILD-VIEWS-MISSING')?.severity;
 * //=> 'error'
 */
export const childViewsMissing = defineRule({
  code: 'PEP-CHILD-VIEWS-MISSING',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'student-views', element: 'missing' },
  description: "The child's views are not recorded.",
  source: `${_STAT_GUIDANCE}: the child's views; ${_HALTON}, Process (it is essential that PEPs include the voice of the child; PEPs without it are returned)`,
  message: () => "The child's views are not recorded.",
  check: (pep) => (_hasText(pep.views.child?.text) ? _PASS : [{ path: ['views', 'child', 'text'] }]),
});
