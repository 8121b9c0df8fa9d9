import { defineRule, type RuleHit } from '../defineRule';
import { _MK } from './_sources';

/**
 * The PEP carries an SDQ from each informant the policy names (e.g. the teacher SDQ in Milton Keynes and Bolton).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-INFORMANT-MISSING')?.severity;
 * //=> 'info'
 */
export const sdqInformantMissing = defineRule<{ informant: string }>({
  code: 'PEP-SDQ-INFORMANT-MISSING',
  severity: 'info',
  appliesTo: {},
  description: 'The PEP carries SDQs, but none from an informant a duty of the policy asks for at this PEP (policy.sdq.duties).',
  source: `The council's SDQ informants (England: the carer SDQ of the DfE SSDA903 return); ${_MK}, Appendix 3`,
  message: (p) => `The policy asks for a ${p.informant} SDQ and the PEP carries none from that informant.`,
  check: (pep, ctx) => {
    const records = pep.sdq ?? [];
    if (!ctx.facts.sdq.atMeeting.required || records.length === 0) return [];
    const hits: RuleHit<{ informant: string }>[] = [];
    for (const informant of ctx.facts.sdq.atMeeting.informants) {
      if (!records.some((r) => r.informant === informant)) hits.push({ path: ['sdq'], params: { informant } });
    }
    return hits;
  },
});
