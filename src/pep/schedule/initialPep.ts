import { finding } from '../../core/finding';
import { _pepAgeWindow } from './ageRange';
import { _describe, _doneOn, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW` when the policy's initial PEP completion date for
 * this child falls after the first statutory care review (Halton's 20 school days against 20 working
 * days across a holiday), unless the initial PEP was submitted by the review's due date. A warning:
 * the statutory duty (the PEP available for the first review) stands whatever the council's
 * timescale, and a PEP finished on the council's last day misses it.
 */
function laterThanStatutory(ctx: _ScheduleContext, completeDue: string, submitted: string | undefined): _ScheduleEntry[] {
  const ts = ctx.timescales;
  const review = _due(ctx.env, ts.firstCareReview, ctx.enteredCare).date;
  if (review === null || completeDue <= review || (submitted !== undefined && submitted <= review) || ts.completeInitialPep === null) return [];
  const message =
    `The policy's initial PEP deadline (${_describe(ts.completeInitialPep)} of entering care) falls after the first care review ` +
    `(${_describe(ts.firstCareReview)} of entering care), for which the PEP must be available: plan to complete it by the review.`;
  return [{ finding: finding('DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW', 'warning', message, ['enteredCare'], `${ts.completeInitialPep.source}; ${ts.firstCareReview.source}`) }];
}

/**
 * The initial PEP: `initial-pep` (initiated within `timescales.initiatePep` of entering care), done
 * by the initial PEP meeting, and `initial-pep-complete` (`completeInitialPep`, when the policy sets
 * one), done by that meeting's submission date. None for a child who entered care younger than the
 * policy's `pep.ageRange` start (its first PEP is then the termly PEP once the range starts).
 * @internal
 */
export function _initialPep(ctx: _ScheduleContext): _ScheduleEntry[] {
  const ts = ctx.timescales;
  const ages = _pepAgeWindow(ctx.dateOfBirth, ctx.policy.pep.ageRange, ctx.env.calendar?.calendar ?? null);
  if (ages.from !== null && ctx.enteredCare < ages.from) return [];
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
  entries.push(...laterThanStatutory(ctx, complete.date, submitted));
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
