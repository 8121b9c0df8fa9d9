import { defineRule, _PASS } from '../defineRule';
import { _STAT_GUIDANCE } from './_sources';

/**
 * The next PEP meeting date has passed (needs `today`; skipped without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-NEXT-MEETING-OVERDUE')?.severity;
 * //=> 'warning'
 */
export const nextMeetingOverdue = defineRule({
  code: 'PEP-NEXT-MEETING-OVERDUE',
  severity: 'warning',
  appliesTo: {},
  needsToday: true,
  description: "The next PEP meeting date is before today: if this is the child's latest PEP, the review is overdue.",
  source: `${_STAT_GUIDANCE}: the PEP is reviewed each school term`,
  message: () => "The next PEP meeting date is before today: if this is the child's latest PEP, the review is overdue.",
  check: (pep, ctx) =>
    pep.nextMeeting?.date && ctx.today !== undefined && pep.nextMeeting.date < ctx.today ? [{ path: ['nextMeeting', 'date'] }] : _PASS,
});
