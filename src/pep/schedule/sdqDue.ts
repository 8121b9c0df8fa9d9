import type { PolicySdqDuty } from '../../policy/schema';
import { _item } from './due';
import { _sdqDuties } from './sdqDuties';

const WHO: Readonly<Record<PolicySdqDuty['informant'], string>> = { parent: 'Carer (parent/carer form)', teacher: 'Teacher', self: 'Self-report' };
const HOW: Readonly<Record<PolicySdqDuty['frequency'], string>> = { annual: 'yearly', 'before-each-core-pep': 'before each core PEP', termly: 'each term' };

/** The duty in words, with its source: `'Teacher SDQ each term, ages 4 to 17, at termly PEPs, from 2021-09-01 (source)'`. */
function dutyBasis(d: PolicySdqDuty, required: boolean): string {
  const inCare = d.minMonthsInCare > 0 ? ` after ${d.minMonthsInCare} months in care` : '';
  const kinds = d.pepKinds === null ? '' : `, at ${d.pepKinds.join(' or ')} PEPs`;
  const from = d.from === null ? '' : `, from ${d.from}`;
  return `${WHO[d.informant]} SDQ ${HOW[d.frequency]}, ages ${d.minAge} to ${d.maxAge}${inCare}${kinds}${from} (${d.source})${required ? '' : '; not required yet on this date'}`;
}
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
    if (r.requirement.nextDue !== null) entries.push(_item({ kind: 'sdq-due', due: r.requirement.nextDue, basis: dutyBasis(r.duty, r.requirement.required) }));
  }
  return entries;
}
