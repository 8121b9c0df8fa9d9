import type { Finding, PathSegment } from '../../core/finding';
import { checkPpPlusRequest } from '../../funding/checkPpPlusRequest';
import { defineRule, type RulePassThrough } from '../defineRule';

/** Funding findings already reported by the rules' own codes at the same paths, or noise inside a PEP check. */
const COVERED = new Set([
  'PPPLUS-NO-REQUESTS', // the rule only runs when there are requests
  'PPPLUS-REQUEST-NO-TARGET', // PEP-PPPLUS-REQUEST-UNLINKED
  'PPPLUS-REQUEST-TARGET-MISSING', // PEP-PPPLUS-TARGET-UNKNOWN
]);

/** A funding finding's path points into `{ pep, qa, ledger }`; point it into the PEP. */
function repath(f: Finding): Finding {
  const path = f.path ?? [];
  const inPep: readonly PathSegment[] = path[0] === 'pep' ? path.slice(1) : ['ppPlus'];
  return { ...f, path: inPep };
}

/**
 * Runs the funding module's `checkPpPlusRequest` on the PEP's PP+ requests, with the QA grade and
 * robust-plan judgement filled in (the funding hook); its `PPPLUS-*` findings pass through.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-PPPLUS-FUNDING')?.source;
 * //=> 'pep-rules/funding checkPpPlusRequest (policy.ppPlus.*)'
 */
export const ppPlusFunding = defineRule({
  code: 'PEP-PPPLUS-FUNDING',
  severity: 'error',
  appliesTo: {},
  stage: 'after-grade',
  description:
    "Checks the PP+ requests with checkPpPlusRequest (eligibility, costing, disallowed categories, caps, withholding below the policy's QA grade or without a robust plan). Its findings keep their PPPLUS-* codes and severities.",
  source: 'pep-rules/funding checkPpPlusRequest (policy.ppPlus.*)',
  message: () => 'PP+ requests checked by checkPpPlusRequest.',
  check: (pep, ctx) => {
    if ((pep.ppPlus?.requests ?? []).length === 0) return [];
    const qa = ctx.qa === undefined ? {} : { qa: { grade: ctx.qa.grade, robustPlan: ctx.qa.robustPlan } };
    const result = checkPpPlusRequest({ pep, ...qa }, ctx.policy);
    const out: RulePassThrough[] = [];
    for (const f of result.findings) if (!COVERED.has(f.code)) out.push({ passThrough: repath(f) });
    return out;
  },
});
