import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry, _ScheduleMeeting } from './types';

/**
 * `distribution` after a meeting: the updated PEP to every participant within the distribution
 * timescale in force (`timescales.distributionAfterMeeting`, or the NAVSH practice default the
 * context noted), done by `distributedOn`.
 * @internal
 */
export function _distribution(ctx: _ScheduleContext, m: _ScheduleMeeting): _ScheduleEntry[] {
  const d = ctx.distribution.duration;
  const due = _due(ctx.env, d, m.date);
  if (due.date === null) return [...due.notes];
  const completedOn = _doneOn(ctx.today, m.distributedOn);
  const basis = `Updated PEP to every participant within ${_describe(d)} of the meeting (${d.source})${due.suffix}`;
  const evidence = completedOn !== undefined ? ['meetings', m.index, 'distributedOn'] : null;
  return [...due.notes, _item({ kind: 'distribution', due: due.date, basis, meeting: m.index, ...(completedOn !== undefined ? { completedOn } : {}) }, evidence)];
}
