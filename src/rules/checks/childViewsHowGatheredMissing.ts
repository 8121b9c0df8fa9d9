import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _MK } from './_sources';

/**
 * How the child's views were gathered is recorded (own words at the meeting, a views sheet, observation).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-CHILD-VIEWS-HOW-GATHERED-MISSING')?.severity;
 * //=> 'warning'
 */
export const childViewsHowGatheredMissing = defineRule({
  code: 'PEP-CHILD-VIEWS-HOW-GATHERED-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'student-views', element: 'detail' },
  description: "The child's views are recorded but not how they were gathered.",
  source: `${_MK}, Appendix 2 Facilitating Pupil Centred PEPs`,
  message: () => "The child's views are recorded but not how they were gathered.",
  check: (pep) =>
    _hasText(pep.views.child?.text) && !_hasText(pep.views.child.howGathered) ? [{ path: ['views', 'child', 'howGathered'] }] : _PASS,
});
