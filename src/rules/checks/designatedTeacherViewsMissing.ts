import { defineRule, _PASS } from '../defineRule';
import { _hasText } from '../../core/_text';
import { _HALTON_GRID } from './_sources';

/**
 * The designated teacher's (school's) contribution is recorded.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DT-VIEWS-MISSING')?.severity;
 * //=> 'warning'
 */
export const designatedTeacherViewsMissing = defineRule({
  code: 'PEP-DT-VIEWS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'contributors', element: 'missing' },
  description: "The designated teacher's contribution is not recorded.",
  source: `${_HALTON_GRID}: contributor comments have been fully recorded`,
  message: () => "The designated teacher's contribution is not recorded.",
  check: (pep) => (_hasText(pep.views.designatedTeacher?.text) ? _PASS : [{ path: ['views', 'designatedTeacher', 'text'] }]),
});
