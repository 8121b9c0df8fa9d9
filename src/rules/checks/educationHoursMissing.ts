import { defineRule, _PASS } from '../defineRule';
import { _CPPCR_SCH1, _NAVSH } from './_sources';

/**
 * The PEP says whether education is full-time, and the hours when it is not.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EDUCATION-HOURS-MISSING')?.severity;
 * //=> 'warning'
 */
export const educationHoursMissing = defineRule({
  code: 'PEP-EDUCATION-HOURS-MISSING',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'profile', element: 'education-hours' },
  description: 'The PEP does not say whether education is full-time, or gives no hours for part-time education.',
  source: `${_CPPCR_SCH1} (existing arrangements for education); ${_NAVSH}, Quality Assuring the PEP (provision where a child is not in school)`,
  message: () => 'The PEP does not say whether education is full-time, or gives no weekly hours for part-time education.',
  check: (pep) =>
    pep.education.fullTime === true || pep.education.hoursPerWeek !== undefined ? _PASS : [{ path: ['education', 'hoursPerWeek'] }],
});
