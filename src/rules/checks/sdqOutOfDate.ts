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
    "The latest SDQ from an informant was already due again at the meeting under the frequency of the policy's duty for that informant (policy.sdq.duties; termly: none this term).",
  source: `The council's SDQ frequency (England: annual, DfE SSDA903 guide); ${_MK}, Appendix 3 (before each core PEP); ${_BOLTON}, SDQs (termly)`,
  message: (p) => `The ${p.informant} SDQ was out of date at the meeting under the policy's ${p.frequency} frequency.`,
  check: (pep, ctx) => {
    if (!ctx.facts.sdq.atMeeting.required) return [];
    const meeting = ctx.facts.meetingDate;
    const hits: RuleHit<Params>[] = [];
    // The informants reported so far: at most three, so a short list rather than a Set per PEP.
    const reported: string[] = [];
    const duties = ctx.facts.sdq.duties;
    for (let d = 0; d < duties.length; d++) {
      const duty = duties[d]!;
      // Not asked at this PEP, or no SDQ from this informant (PEP-SDQ-MISSING / -INFORMANT-MISSING).
      if (!duty.required || duty.lastCompletedOn === null || reported.includes(duty.informant)) continue;
      const { frequency } = duty;
      const stale = frequency === 'termly' ? duty.lastCompletedOn < termStart(meeting) : duty.due !== null && duty.due <= meeting;
      if (stale) {
        reported.push(duty.informant);
        const index = (pep.sdq ?? []).findIndex((r) => r.informant === duty.informant && r.completedOn === duty.lastCompletedOn);
        hits.push({ path: ['sdq', Math.max(0, index), 'completedOn'], params: { informant: duty.informant, frequency } });
      }
    }
    return hits;
  },
});
