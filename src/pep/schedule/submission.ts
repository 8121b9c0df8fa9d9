import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry, _ScheduleMeeting } from './types';

/**
 * Whether the initial PEP is submitted by `completeInitialPep` from entering care rather than the
 * window after its meeting (`timescales.initialPepSubmittedBy`, Halton): then its deadline is the
 * `initial-pep-complete` item and `submissionAfterMeeting` applies to the PEPs after it.
 * @internal
 */
export function _initialByCompletion(ctx: _ScheduleContext, m: _ScheduleMeeting): boolean {
  return ctx.timescales.initialPepSubmittedBy.value === 'complete-initial-pep' && ctx.complete !== null && m === ctx.initialMeeting;
}

/**
 * `submission` after a meeting: the completed PEP submitted within
 * `timescales.submissionAfterMeeting` (none when the policy sets no figure, nor for an initial PEP
 * the policy times from entering care), done by `submittedOn`.
 * @internal
 */
export function _submission(ctx: _ScheduleContext, m: _ScheduleMeeting): _ScheduleEntry[] {
  const d = ctx.timescales.submissionAfterMeeting;
  if (d === null || _initialByCompletion(ctx, m)) return [];
  const due = _due(ctx.env, d, m.date);
  if (due.date === null) return [...due.notes];
  const completedOn = _doneOn(ctx.today, m.submittedOn);
  const basis = `PEP submitted within ${_describe(d)} of the meeting (${d.source})${due.suffix}`;
  const evidence = completedOn !== undefined ? ['meetings', m.index, 'submittedOn'] : null;
  return [...due.notes, _item({ kind: 'submission', due: due.date, basis, meeting: m.index, ...(completedOn !== undefined ? { completedOn } : {}) }, evidence)];
}
