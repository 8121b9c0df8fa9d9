import { defineRule, _PASS } from '../defineRule';
import { _CHILD_VIEWS_MIN_WORDS, _hasText, _wordsAtLeast } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

/**
 * The child's views are more than a brief line (at least 12 words).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CHILD-VIEWS-BRIEF')?.severity;
 * //=> 'info'
 */
export const childViewsBrief = defineRule<{ minWords: number }>({
  code: 'PEP-CHILD-VIEWS-BRIEF',
  severity: 'info',
  appliesTo: {},
  qa: { criterion: 'student-views', element: 'detail' },
  description: `The child's views are brief (fewer than ${_CHILD_VIEWS_MIN_WORDS} words).`,
  source: `${_HALTON_GRID}: student views (Amber: students views are brief)`,
  message: (p) => `The child's views are brief (fewer than ${p.minWords} words).`,
  check: (pep) =>
    _hasText(pep.views.child?.text) && !_wordsAtLeast(pep.views.child.text, _CHILD_VIEWS_MIN_WORDS)
      ? [{ path: ['views', 'child', 'text'], params: { minWords: _CHILD_VIEWS_MIN_WORDS } }]
      : _PASS,
});
