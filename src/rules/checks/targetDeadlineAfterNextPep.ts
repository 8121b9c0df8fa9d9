import { addCalendarDays, type IsoDate } from '../../core/isoDate';
import type { Deadline } from '../../smart/types';
import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _MK } from './_sources';

/**
 * The date a resolved deadline stands for, when it has one: a date, a term or the end of this school year with a
 * calendar date, or days after the meeting.
 */
function deadlineDate(deadline: Deadline | null, meetingDate: IsoDate): IsoDate | null {
  if (deadline === null) return null;
  if (deadline.kind === 'date') return deadline.date;
  if (deadline.kind === 'term' || deadline.kind === 'academic-year-end') return deadline.date ?? null;
  if (deadline.kind === 'relative') return addCalendarDays(meetingDate, deadline.days);
  return null;
}

/**
 * When the policy asks for it (`policy.targets.deadlineByNextPep`; Milton Keynes), each target is due by
 * the next PEP meeting (Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Appendix 1:
 * "Will this target be achieved in time for the next PEP meeting?"). Reads the deadline the SMART check
 * resolved for each target (a date, a term or the end of this school year with a school calendar, or days
 * after the meeting); a deadline with no date (a term or school year without a calendar, a year group's end) is
 * not judged. A warning per target.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-DEADLINE-AFTER-NEXT-PEP')?.severity;
 * //=> 'warning'
 */
export const targetDeadlineAfterNextPep = defineRule({
  code: 'PEP-TARGET-DEADLINE-AFTER-NEXT-PEP',
  severity: 'warning',
  appliesTo: {},
  description: "A target's deadline falls after the next PEP meeting (when policy.targets.deadlineByNextPep; Milton Keynes).",
  source: `${_MK}, Appendix 1 (Time-bound: will this target be achieved in time for the next PEP meeting?)`,
  message: () => "This target's deadline falls after the next PEP meeting, and the policy asks that targets are achieved by then.",
  check: (pep, ctx) => {
    const next = pep.nextMeeting?.date;
    if (ctx.policy.targets.deadlineByNextPep?.value !== true || next === undefined) return _PASS;
    const reports = ctx.targets.reports;
    let hits: RuleHit[] | null = null;
    for (let i = 0; i < reports.length; i++) {
      const due = deadlineDate(reports[i]!.deadline, pep.meeting.date);
      if (due !== null && due > next) (hits ??= []).push({ path: ['targets', i, 'deadline'] });
    }
    return hits ?? _PASS;
  },
});
