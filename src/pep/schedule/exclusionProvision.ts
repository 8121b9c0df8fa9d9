import { _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `suspension-provision`: for each suspension (`input.suspensions`, the PEP's
 * `exclusions.suspensions`) long enough to reach it, full-time education from school day
 * `timescales.suspensionProvisionFromDay.day` of the suspension, the first day counted as day 1
 * (The Virtual School Handbook: "Schools must provide a full-time offer of learning to children
 * from the 6th day of a fixed term exclusion"); done by `provisionFrom`, and lapsing on the
 * suspension's last school day. Nothing when the policy sets no day; suspensions before care are ignored.
 * @internal
 */
export function _exclusionProvision(ctx: _ScheduleContext): _ScheduleEntry[] {
  const rule = ctx.timescales.suspensionProvisionFromDay;
  if (rule === null || rule === undefined) return [];
  const fromDay = { n: rule.day - 1, unit: 'school-days' as const, source: rule.source };
  return ctx.suspensions.flatMap((s, i): _ScheduleEntry[] => {
    if (s.days < rule.day || s.startDate < ctx.enteredCare || s.startDate >= ctx.adult) return [];
    const due = _due(ctx.env, fromDay, s.startDate);
    const last = _due(ctx.env, { ...fromDay, n: Math.ceil(s.days) - 1 }, s.startDate);
    if (due.date === null) return [...due.notes];
    const provided = _doneOn(ctx.today, s.provisionFrom);
    const basis = `Full-time education from school day ${rule.day} of a suspension of ${s.days} school days (${rule.source})${due.suffix}`;
    const item = {
      kind: 'suspension-provision' as const,
      due: due.date,
      basis,
      suspension: i,
      ...(last.date !== null ? { lapsesOn: last.date } : {}),
      ...(provided !== undefined ? { completedOn: provided } : {}),
    };
    return [...due.notes, _item(item, provided !== undefined ? ['suspensions', i, 'provisionFrom'] : null)];
  });
}
