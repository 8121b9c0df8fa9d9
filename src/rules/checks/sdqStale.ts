import { defineRule, type RuleHit } from '../defineRule';

type Params = { informant: string };

/**
 * A new SDQ is overdue today under the policy's frequency (needs `today`; skipped without it).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-SDQ-STALE')?.severity;
 * //=> 'info'
 */
export const sdqStale = defineRule<Params>({
  code: 'PEP-SDQ-STALE',
  severity: 'info',
  appliesTo: {},
  needsToday: true,
  description:
    "The latest SDQ in this PEP from an informant the policy names is due again before today under the policy's duty for that informant (policy.sdq.duties).",
  source: "The council's SDQ frequency and requirement (England: annual for children aged 4–16 in care 12 months, DfE SSDA903 guide)",
  message: (p) => `Counting the SDQs in this PEP, a new ${p.informant} SDQ is overdue today.`,
  check: (pep, ctx) => {
    const req = ctx.facts.sdq.atToday;
    if (ctx.today === undefined || req === null || (pep.sdq ?? []).length === 0) return [];
    if (!req.required) return [];
    const hits: RuleHit<Params>[] = [];
    for (const due of req.dueByInformant) {
      // No SDQ at all from this informant is PEP-SDQ-MISSING / PEP-SDQ-INFORMANT-MISSING, not staleness.
      if (due.lastCompletedOn !== null && due.due !== null && due.due < ctx.today) hits.push({ path: ['sdq'], params: { informant: due.informant } });
    }
    return hits;
  },
});
