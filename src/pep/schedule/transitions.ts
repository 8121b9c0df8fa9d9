import { finding } from '../../core/finding';
import { _SOURCE_INPUT } from './checks';
import { _describe, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `placement-change-review` for each school or care placement change in care, when the policy
 * reviews the PEP on a change: due within the PEP initiation timescale (the policy sets no separate
 * figure), done by the first meeting held on or after the change. A change dated before care is
 * ignored with a warning.
 * @internal
 */
export function _transitions(ctx: _ScheduleContext): _ScheduleEntry[] {
  const ts = ctx.timescales;
  if (!ts.reviewOnPlacementChange.value) return [];
  return ctx.placementChanges.flatMap((c, i): _ScheduleEntry[] => {
    if (c.date < ctx.enteredCare) {
      const message = `Placement change ${i} is before the child entered care; it is ignored.`;
      return [{ finding: finding('DEADLINE-SCHEDULE-CHANGE-BEFORE-CARE', 'warning', message, ['placementChanges', i, 'date'], _SOURCE_INPUT) }];
    }
    const due = _due(ctx.env, ts.initiatePep, c.date);
    if (due.date === null) return [...due.notes];
    const met = ctx.held.find((m) => m.date >= c.date);
    const basis = `PEP review after a ${c.kind} placement change (${ts.reviewOnPlacementChange.source}); due within the PEP initiation timescale, ${_describe(ts.initiatePep)} (${ts.initiatePep.source}), as the policy sets no separate figure${due.suffix}`;
    const item = { kind: 'placement-change-review' as const, due: due.date, basis, placementChange: i, ...(met ? { completedOn: met.date, meeting: met.index } : {}) };
    return [...due.notes, _item(item, met ? ['meetings', met.index, 'date'] : null)];
  });
}
