import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry, _ScheduleMeeting } from './types';

/**
 * `allocation` before a planned meeting: the PEP allocated to the designated teacher
 * `timescales.allocationBeforeMeeting` before it (none when the policy sets no figure), done by `allocatedOn`.
 * @internal
 */
export function _allocation(ctx: _ScheduleContext, m: _ScheduleMeeting): _ScheduleEntry[] {
  const d = ctx.timescales.allocationBeforeMeeting;
  if (d === null) return [];
  const due = _due(ctx.env, d, m.date, -1);
  if (due.date === null) return [...due.notes];
  const completedOn = _doneOn(ctx.today, m.allocatedOn);
  const basis = `PEP allocated to the designated teacher ${_describe(d)} before the meeting (${d.source})${due.suffix}`;
  const evidence = completedOn !== undefined ? ['meetings', m.index, 'allocatedOn'] : null;
  return [...due.notes, _item({ kind: 'allocation', due: due.date, basis, meeting: m.index, ...(completedOn !== undefined ? { completedOn } : {}) }, evidence)];
}
