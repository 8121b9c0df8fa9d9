import { _describe, _doneOn, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * The initial PEP: `initial-pep` (initiated within `timescales.initiatePep` of entering care), done
 * by the initial PEP meeting, and `initial-pep-complete` (`completeInitialPep`, when the policy sets
 * one), done by that meeting's submission date.
 * @internal
 */
export function _initialPep(ctx: _ScheduleContext): _ScheduleEntry[] {
  const ts = ctx.timescales;
  const first = ctx.initialMeeting;
  const entries: _ScheduleEntry[] = [...ctx.initiate.notes];
  if (ctx.initiate.date !== null) {
    entries.push(
      _item(
        {
          kind: 'initial-pep',
          due: ctx.initiate.date,
          basis: `Initial PEP initiated within ${_describe(ts.initiatePep)} of entering care (${ts.initiatePep.source})${ctx.initiate.suffix}`,
          ...(first ? { completedOn: first.date, meeting: first.index } : {}),
        },
        first ? ['meetings', first.index, 'date'] : null,
      ),
    );
  }
  const complete = ctx.complete;
  if (ts.completeInitialPep === null || complete === null) return entries;
  entries.push(...complete.notes);
  if (complete.date === null) return entries;
  const submitted = first ? _doneOn(ctx.today, first.submittedOn) : undefined;
  entries.push(
    _item(
      {
        kind: 'initial-pep-complete',
        due: complete.date,
        basis: `Initial PEP completed within ${_describe(ts.completeInitialPep)} of entering care (${ts.completeInitialPep.source})${complete.suffix}`,
        ...(submitted !== undefined && first ? { completedOn: submitted, meeting: first.index } : {}),
      },
      first && submitted !== undefined ? ['meetings', first.index, 'submittedOn'] : null,
    ),
  );
  return entries;
}
