import { _describe, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry, _ScheduleMeeting } from './types';

/**
 * `reminder` items before a planned meeting, one for each of `timescales.remindersBeforeMeeting`.
 * @internal
 */
export function _reminders(ctx: _ScheduleContext, m: _ScheduleMeeting): _ScheduleEntry[] {
  return ctx.timescales.remindersBeforeMeeting.flatMap((r) => {
    const due = _due(ctx.env, r, m.date, -1);
    if (due.date === null) return [...due.notes];
    return [...due.notes, _item({ kind: 'reminder', due: due.date, basis: `Reminder ${_describe(r)} before the meeting (${r.source})${due.suffix}`, meeting: m.index })];
  });
}
