import { sdqRequirement } from '../../sdq/sdqRequirement';
import { _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `sdq-due`: the next SDQ the policy asks for (`sdqRequirement`, from the SDQs completed and the
 * core PEPs of this episode), after its findings.
 * @internal
 */
export function _sdqDue(ctx: _ScheduleContext): _ScheduleEntry[] {
  const sdq = sdqRequirement(
    {
      dateOfBirth: ctx.dateOfBirth,
      enteredCare: ctx.enteredCare,
      onDate: ctx.today,
      sdqs: ctx.sdqs.map((s) => ({ informant: s.informant, completedOn: s.completedOn })),
      corePepDates: ctx.inCare.filter((m) => m.core === true).map((m) => m.date),
    },
    ctx.policy,
  );
  const entries: _ScheduleEntry[] = sdq.findings.map((finding) => ({ finding }));
  if (sdq.nextDue !== null) entries.push(_item({ kind: 'sdq-due', due: sdq.nextDue, basis: sdq.basis }));
  return entries;
}
