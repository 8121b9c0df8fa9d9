import { _item } from './due';
import { _sdqDuties } from './sdqDuties';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/**
 * `sdq-due`: the next SDQ each of the policy's duties asks for (`policy.sdq.duties`, judged as the
 * PEP's facts judge them: `sdqRequirement` per duty, from the SDQs completed and the core PEPs of
 * this episode), one item per duty with a due date, after the duties' findings (each once).
 * @internal
 */
export function _sdqDue(ctx: _ScheduleContext): _ScheduleEntry[] {
  const results = _sdqDuties(
    {
      dateOfBirth: ctx.dateOfBirth,
      enteredCare: ctx.enteredCare,
      onDate: ctx.today,
      sdqs: ctx.sdqs.map((s) => ({ informant: s.informant, completedOn: s.completedOn })),
      corePepDates: ctx.inCare.filter((m) => m.core === true).map((m) => m.date),
    },
    ctx.policy,
  );
  const seen = new Set<string>();
  const entries: _ScheduleEntry[] = [];
  for (const r of results) {
    for (const finding of r.requirement.findings) {
      const key = `${finding.code}|${finding.message}`;
      if (!seen.has(key)) entries.push({ finding });
      seen.add(key);
    }
  }
  for (const r of results) {
    if (r.requirement.nextDue !== null) entries.push(_item({ kind: 'sdq-due', due: r.requirement.nextDue, basis: `${r.duty.informant} SDQ: ${r.requirement.basis}` }));
  }
  return entries;
}
