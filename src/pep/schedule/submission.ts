import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry, _ScheduleMeeting } from './types';

/**
 * `submission` after a meeting: the completed PEP submitted within
 * `timescales.submissionAfterMeeting` (none when the policy sets no figure), done by `submittedOn`.
 * @internal
 */
export function _submission(ctx: _ScheduleContext, m: _ScheduleMeeting): _ScheduleEntry[] {
  const d = ctx.timescales.submissionAfterMeeting;
  if (d === null) return [];
  const due = _due(ctx.env, d, m.date);
  if (due.date === null) return [...due.notes];
  const completedOn = _doneOn(ctx.today, m.submittedOn);
  const basis = `PEP submitted within ${_describe(d)} of the meeting (${d.source})${due.suffix}`;
  const evidence = completedOn !== undefined ? ['meetings', m.index, 'submittedOn'] : null;
  return [...due.notes, _item({ kind: 'submission', due: due.date, basis, meeting: m.index, ...(completedOn !== undefined ? { completedOn } : {}) }, evidence)];
}
