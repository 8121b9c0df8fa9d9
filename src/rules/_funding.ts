import type { CollapsedFinding } from '../core/collapse';
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
  return { ...f, path: inPepPath(f) };
}
function inPepPath(f: Finding): readonly PathSegment[] {
  const path = f.path ?? [];
  return path[0] === 'pep' ? path.slice(1) : ['ppPlus'];
}

/*
 * At detail 'codes' (assessPep) a funding finding keeps code, severity and path (`message: ''`, no source), and a
 * collapsed one its count and first places: made so here in one object, not re-pointed with its explanation and
 * then copied again without it (what assessPep's 'codes' reduction gives for the re-pointed finding).
 */
function repathBare(f: Finding): Finding {
  if (f.message === '' && f.source === undefined) return repath(f);
  const b: Finding = { code: f.code, severity: f.severity, message: '', path: inPepPath(f) };
  return 'count' in f ? ({ ...b, count: (f as CollapsedFinding).count, paths: (f as CollapsedFinding).paths } as CollapsedFinding) : b;
}

/**
 * PP+ funding as a step after grading: councils release PP+ only for a PEP of a given quality
 * (`policy.ppPlus.minimumQaGrade`) or with a robust action plan (`withholdWithoutRobustPlan`), so the
 * request is checked with the grade the QA grid gave.
 * @param pep - The parsed PEP.
 * @param policy - The trusted policy.
 * @param facts - The PEP's facts (its PP+ eligibility is not worked out again).
 * @param grade - The PEP's grade.
 * @param codes - `detail: 'codes'`: the findings re-pointed without message or source (the check itself is left whole).
 * @returns `null` when the PEP requests no PP+; else the funding check and its findings, re-pointed into the PEP.
 * @internal
 */
export function _fundingStep(
  pep: Pep,
  policy: Policy,
  facts: PepFacts,
  grade: GradeReport,
  codes = false,
): { check: PpPlusRequestCheck; findings: Finding[] } | null {
  // Most PEPs request nothing: known without an empty list per PEP.
  const requests = pep.ppPlus?.requests;
  if (requests === undefined || requests.length === 0) return null;
  const check = _checkPpPlusRequest({ pep, qa: { grade: grade.grade, robustPlan: grade.robustPlan } }, policy, facts.ppPlus);
  const findings: Finding[] = [];
  for (const f of check.findings) if (!COVERED.has(f.code)) findings.push(codes ? repathBare(f) : repath(f));
  return { check, findings };
}
