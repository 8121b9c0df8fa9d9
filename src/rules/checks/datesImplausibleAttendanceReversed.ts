import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The attendance period does not end before it starts.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-ATTENDANCE-REVERSED')?.severity;
 * //=> 'error'
 */
export const datesImplausibleAttendanceReversed = defineRule({
  code: 'PEP-DATES-ATTENDANCE-REVERSED',
  severity: 'error',
  appliesTo: {},
  description: 'The attendance period ends before it starts.',
  source: _CONSISTENCY,
  message: () => 'The attendance period ends before it starts.',
  check: (pep) => {
    const start = pep.attendance?.periodStart;
    const end = pep.attendance?.periodEnd;
    return start !== undefined && end !== undefined && end < start ? [{ path: ['attendance', 'periodEnd'] }] : _PASS;
  },
});
