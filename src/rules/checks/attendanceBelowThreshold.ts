import { defineRule, _PASS } from '../defineRule';

/**
 * Attendance below the policy's concern threshold (`policy.attendance.concernBelowPercent`) is flagged.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-ATTENDANCE-BELOW-THRESHOLD')?.severity;
 * //=> 'warning'
 */
export const attendanceBelowThreshold = defineRule<{ threshold: number }>({
  code: 'PEP-ATTENDANCE-BELOW-THRESHOLD',
  severity: 'warning',
  appliesTo: {},
  description: "Attendance is below the policy's concern threshold (policy.attendance.concernBelowPercent; England: 90%, persistent absence).",
  source: "The council's attendance level of concern (England: below 90%, the DfE persistent absence measure)",
  message: (p) => `Attendance is below the policy's concern threshold of ${p.threshold}%.`,
  check: (pep, ctx) => {
    const threshold = ctx.policy.attendance.concernBelowPercent.value;
    return pep.attendance && pep.attendance.percentage < threshold
      ? [{ path: ['attendance', 'percentage'], params: { threshold } }]
      : _PASS;
  },
});
