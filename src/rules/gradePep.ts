import type { PepInput } from '../pep/schema';
import { _evaluate } from './_evaluate';
import type { GradePepOptions, GradePepResult } from './types';

/**
 * Grades a PEP on the Halton QA grid (Halton PEP Policy 2023-24 Appendix C): the three non-negotiables and the
 * criteria the policy switches on (`policy.qa.*`), each with the rule findings that decided it,
 * aggregated into Gold, Green, Amber or Red (see docs/rules.md "How a PEP is graded"). Anything
 * `parsePep` rejects returns `{ ok: false, findings }` and no grade. Never throws.
 * @param pep - A PEP (parsed or not).
 * @param options - `{ policy?, today?, calendar? }`; the policy defaults to `policies.england`.
 * @returns `{ ok: true, grade, nonNegotiables, criteria, personalised, targets, robustPlan, summary }` or `{ ok: false, findings }`.
 * @example
 * import { gradePep } from 'pep-rules/rules';
 * const result = gradePep({ schemaVersion: 1 });
 * result.ok ? result.grade : result.findings.length;
 * //=> 9
 */
export function gradePep(pep: PepInput, options?: GradePepOptions): GradePepResult;
export function gradePep(pep: unknown, options?: GradePepOptions): GradePepResult;
export function gradePep(pep: unknown, options?: GradePepOptions): GradePepResult {
  const run = _evaluate(pep, options, false);
  return run.grade ?? { ok: false, findings: run.findings };
}
