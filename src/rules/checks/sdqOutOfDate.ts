import type { IsoDate } from '../../core/isoDate';
import { termOfDate } from '../../deadlines/termOfDate';
import { defineRule, type RuleHit } from '../defineRule';
import { _BOLTON, _MK } from './_sources';

type Params = { informant: string; frequency: string };

/** First day of the (approximate) term containing a date: autumn 1 Sep, spring 1 Jan, summer 1 Apr. */
function termStart(date: IsoDate): IsoDate {
  const term = termOfDate(date)?.term ?? 'autumn';
  return `${date.slice(0, 4)}-${term === 'autumn' ? '09' : term === 'spring' ? '01' : '04'}-01`;
}

/**
 * The SDQ the PEP carries is current under the policy's frequency at the meeting (annual, before each core PEP, termly).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-OUT-OF-DATE')?.severity;
 * //=> 'warning'
 */
export const sdqOutOfDate = defineRule<Params>({
  code: 'PEP-SDQ-OUT-OF-DATE',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'semh', element: 'sdq', countsWhen: (_pep, ctx) => ctx.facts.sdq.atMeeting.required },
  description:
    "The latest SDQ from an informant was already due again at the meeting under the policy's frequency (policy.sdq.frequency; termly: none this term).",
  source: `The council's SDQ frequency (England: annual, DfE SSDA903 guide); ${_MK}, Appendix 3 (before each core PEP); ${_BOLTON}, SDQs (termly)`,
  message: (p) => `The ${p.informant} SDQ was out of date at the meeting under the policy's ${p.frequency} frequency.`,
  check: (pep, ctx) => {
    const req = ctx.facts.sdq.atMeeting;
    if (!req.required) return [];
    const frequency = ctx.policy.sdq.frequency.value;
    const meeting = ctx.facts.meetingDate;
    const hits: RuleHit<Params>[] = [];
    for (const due of req.dueByInformant) {
      if (due.lastCompletedOn === null) continue; // no SDQ from this informant: PEP-SDQ-MISSING / -INFORMANT-MISSING
      const stale = frequency === 'termly' ? due.lastCompletedOn < termStart(meeting) : due.due !== null && due.due <= meeting;
      if (stale) {
        const index = (pep.sdq ?? []).findIndex((r) => r.informant === due.informant && r.completedOn === due.lastCompletedOn);
        hits.push({ path: ['sdq', Math.max(0, index), 'completedOn'], params: { informant: due.informant, frequency } });
      }
    }
    return hits;
  },
});
