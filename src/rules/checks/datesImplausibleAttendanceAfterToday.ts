import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * The attendance period is not dated after today (needs `today`; skipped without it): attendance on
 * record is attendance already measured. One finding, at the period's start when that is after today,
 * else at its end.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-ATTENDANCE-AFTER-TODAY')?.severity;
 * //=> 'warning'
 */
export const datesImplausibleAttendanceAfterToday = defineRule({
  code: 'PEP-DATES-ATTENDANCE-AFTER-TODAY',
  severity: 'warning',
  appliesTo: {},
  needsToday: true,
  description: 'The attendance period starts or ends after today: attendance on record is attendance already measured.',
  source: _CONSISTENCY,
  message: () => 'The attendance period is dated after today.',
  check: (pep, ctx) => {
    const { today } = ctx;
    const period = pep.attendance;
    if (today === undefined || period === undefined) return _PASS;
    if (period.periodStart !== undefined && period.periodStart > today) return [{ path: ['attendance', 'periodStart'] }];
    if (period.periodEnd !== undefined && period.periodEnd > today) return [{ path: ['attendance', 'periodEnd'] }];
    return _PASS;
  },
});
