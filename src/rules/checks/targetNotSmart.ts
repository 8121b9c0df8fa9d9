import type { SmartReport } from '../../smart/types';
import { defineRule, _PASS, type RuleHit } from '../defineRule';
import { _HALTON } from './_sources';

type Params = { score: number; outOf: number; passScore: number; missed: string };

const CRITERIA = [
  ['specific', 'specific'],
  ['measurable', 'measurable'],
  ['achievable', 'achievable'],
  ['relevant', 'relevant'],
  ['timeBound', 'time-bound'],
] as const;

/** The SMART criteria a report shows as not met, in order (one string, no lists in between). */
function missedCriteria(report: SmartReport): string {
  let out = '';
  for (const [key, label] of CRITERIA) if (report[key].met === false) out = out === '' ? label : `${out}, ${label}`;
  return out;
}

/**
 * Each target meets at least `policy.targets.smartPassScore` of the five SMART criteria (Halton: 4/5 good, 5/5 outstanding).
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-TARGET-NOT-SMART')?.severity;
 * //=> 'warning'
 */
export const targetNotSmart = defineRule<Params>({
  code: 'PEP-TARGET-NOT-SMART',
  severity: 'warning',
  appliesTo: {},
  qa: { criterion: 'academic-and-smart', element: 'not-smart' },
  description:
    "A target meets fewer SMART criteria than the policy's pass score (the SMART check; policy.targets.smartPassScore, Halton 4 of 5).",
  source: `The council's SMART pass score: ${_HALTON}, Appendix C QA of SMART Targets (5/5 outstanding, 4/5 good); ${_HALTON}, Process (all targets are SMART)`,
  message: (p) => `The target meets ${p.score} of ${p.outOf} judged SMART criteria; the policy's pass score is ${p.passScore} of 5. Not met: ${p.missed}.`,
  check: (_pep, ctx) => {
    const passScore = ctx.policy.targets.smartPassScore.value;
    const reports = ctx.targets.reports;
    let hits: RuleHit<Params>[] | null = null;
    for (let i = 0; i < reports.length; i++) {
      if (ctx.smartPass[i]) continue;
      const report = reports[i]!;
      (hits ??= []).push({
        path: ['targets', i],
        params: { score: report.score, outOf: report.outOf, passScore, missed: missedCriteria(report) || 'none judged' },
      });
    }
    return hits ?? _PASS;
  },
});
