import { addCalendarDays, addCalendarMonths, type IsoDate } from '../../core/isoDate';
import { addSchoolDays } from '../../deadlines/addSchoolDays';
import { addWorkingDays } from '../../deadlines/addWorkingDays';
import type { RuleContext } from '../defineRule';

/** The submission deadline and how it was counted. */
export interface _SubmissionDeadline {
  readonly date: IsoDate;
  readonly n: number;
  readonly unit: string;
  /** School days counted as working days: no school calendar, or the calendar does not cover the meeting. */
  readonly approximated: boolean;
}

/**
 * The date by which the PEP must be submitted: the meeting date plus
 * `policy.timescales.submissionAfterMeeting` in its own unit. School days need the host's calendar;
 * without one (or beyond it) they are counted as working days (weekdays less bank holidays), which
 * is never later than the true school-day deadline, and the finding says so.
 * @param meetingDate - The meeting date.
 * @param ctx - The rule context.
 * @returns The deadline, or `null` when the policy sets no submission window or the date is out of range.
 */
export function _submissionDeadline(meetingDate: IsoDate, ctx: RuleContext): _SubmissionDeadline | null {
  const window = ctx.policy.timescales.submissionAfterMeeting;
  if (window === null) return null;
  const { n, unit } = window;
  const working = (): IsoDate | null => addWorkingDays(meetingDate, n, { region: ctx.policy.region });
  let date: IsoDate | null;
  let approximated = false;
  switch (unit) {
    case 'working-days':
      date = working();
      break;
    case 'school-days': {
      const calendar = ctx.facts.calendar;
      date = calendar === null ? null : addSchoolDays(meetingDate, n, calendar);
      if (date === null) {
        approximated = true;
        date = working();
      }
      break;
    }
    case 'calendar-days':
      date = addCalendarDays(meetingDate, n);
      break;
    case 'weeks':
      date = addCalendarDays(meetingDate, 7 * n);
      break;
    case 'months':
      date = addCalendarMonths(meetingDate, n);
      break;
  }
  return date === null ? null : { date, n, unit, approximated };
}
