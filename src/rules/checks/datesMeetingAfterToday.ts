import { defineRule, _PASS } from '../defineRule';
import { _CONSISTENCY } from './_sources';

/**
 * A PEP's meeting date is not after today (needs `today`; skipped without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-DATES-MEETING-AFTER-TODAY')?.severity;
 * //=> 'warning'
 */
export const datesMeetingAfterToday = defineRule({
  code: 'PEP-DATES-MEETING-AFTER-TODAY',
  severity: 'warning',
  appliesTo: {},
  needsToday: true,
  description: 'The meeting date is after today: a PEP records a meeting that has taken place.',
  source: _CONSISTENCY,
  message: () => 'The meeting date is after today.',
  check: (pep, ctx) => (ctx.today !== undefined && pep.meeting.date > ctx.today ? [{ path: ['meeting', 'date'] }] : _PASS),
});
