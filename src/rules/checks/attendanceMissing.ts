import { defineRule, _PASS } from '../defineRule';
import { _CPPCR_SCH1, _HALTON_GRID } from './_sources';

/**
 * The child's attendance is recorded (part of the statutory education history).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTENDANCE-MISSING')?.severity;
 * //=> 'error'
 */
export const attendanceMissing = defineRule({
  code: 'PEP-ATTENDANCE-MISSING',
  severity: 'error',
  appliesTo: {},
  qa: { criterion: 'profile', element: 'attendance' },
  description: "The child's attendance is not recorded.",
  source: `${_CPPCR_SCH1} (attendance and conduct record); ${_HALTON_GRID}: profile including attendance`,
  message: () => "The child's attendance is not recorded.",
  check: (pep) => (pep.attendance ? _PASS : [{ path: ['attendance'] }]),
});
