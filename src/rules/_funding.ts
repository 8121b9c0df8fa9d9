import type { Finding, PathSegment } from '../core/finding';
import { _checkPpPlusRequest } from '../funding/checkPpPlusRequest';
import type { PpPlusRequestCheck } from '../funding/index';
import type { PepFacts } from '../pep/facts';
import type { Pep } from '../pep/schema';
import type { Policy } from '../policy/schema';
import type { GradeReport } from './types';

/**
 * Funding findings that the rules already report at the same place with their own codes
 * (PEP-PPPLUS-REQUEST-UNLINKED, PEP-PPPLUS-TARGET-UNKNOWN), or that cannot arise here.
 */
const COVERED: ReadonlySet<string> = new Set(['PPPLUS-NO-REQUESTS', 'PPPLUS-REQUEST-NO-TARGET', 'PPPLUS-REQUEST-TARGET-MISSING']);

/** A funding finding's path points into `{ pep, qa, ledger }`; point it into the PEP. */
function repath(f: Finding): Finding {
  const path = f.path ?? [];
  const inPep: readonly PathSegment[] = path[0] === 'pep' ? path.slice(1) : ['ppPlus'];
  return { ...f, path: inPep };
}

/**
 * PP+ funding as a step after grading: councils release PP+ only for a PEP of a given quality
 * (`policy.ppPlus.minimumQaGrade`) or with a robust action plan (`withholdWithoutRobustPlan`), so the
 * request is checked with the grade the QA grid gave.
 * @param pep - The parsed PEP.
 * @param policy - The trusted policy.
 * @param facts - The PEP's facts (its PP+ eligibility is not worked out again).
 * @param grade - The PEP's grade.
 * @returns `null` when the PEP requests no PP+; else the funding check and its findings, re-pointed into the PEP.
 * @internal
 */
export function _fundingStep(pep: Pep, policy: Policy, facts: PepFacts, grade: GradeReport): { check: PpPlusRequestCheck; findings: Finding[] } | null {
  // Most PEPs request nothing: known without an empty list per PEP.
  const requests = pep.ppPlus?.requests;
  if (requests === undefined || requests.length === 0) return null;
  const check = _checkPpPlusRequest({ pep, qa: { grade: grade.grade, robustPlan: grade.robustPlan } }, policy, facts.ppPlus);
  const findings: Finding[] = [];
  for (const f of check.findings) if (!COVERED.has(f.code)) findings.push(repath(f));
  return { check, findings };
}
