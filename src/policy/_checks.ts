import { finding, type Finding, type PathSegment } from '../core/finding';
import { _isRecord } from '../core/guards';
import type { Policy } from './schema';

/**
 * A changed value must bring its own citation: an override object that replaces a sourced value
 * without a `source` would otherwise inherit the base policy's citation for a number it never said.
 * @param base - The policy the overrides go onto.
 * @param overrides - The overrides (a plain JSON copy, see `_readPolicyInput`).
 * @param path - Where `overrides` sits in the policy.
 * @returns `POLICY-SOURCE-MISSING` findings.
 * @internal
 */
export function _findUnsourcedOverrides(base: unknown, overrides: unknown, path: PathSegment[]): Finding[] {
  if (Array.isArray(overrides)) {
    return overrides.flatMap((item: unknown, i) => (_isRecord(item) && !('source' in item) && 'n' in item ? [unsourcedFinding([...path, i])] : []));
  }
  if (!_isRecord(overrides)) return [];
  const baseObj = _isRecord(base) ? base : {};
  if (path.length > 0 && typeof baseObj.source === 'string' && !Object.prototype.hasOwnProperty.call(overrides, 'source')) {
    return [unsourcedFinding(path)];
  }
  return Object.keys(overrides).flatMap((key) =>
    key === '__proto__' ? [] : _findUnsourcedOverrides(baseObj[key], overrides[key], [...path, key]),
  );
}

function unsourcedFinding(path: PathSegment[]): Finding {
  return finding(
    'POLICY-SOURCE-MISSING',
    'error',
    'A changed policy value needs its own `source` (the council document and section it comes from).',
    path,
  );
}

/**
 * Checks a policy that passed the schema for values that contradict each other.
 * @param policy - A policy that passed `PolicySchema`.
 * @returns `POLICY-SDQ-AGE-RANGE`, `POLICY-PEP-AGE-RANGE`, `POLICY-PPPLUS-CAP-ORDER`, `POLICY-PPPLUS-INSTALMENTS-MISSING`, `POLICY-DEADLINE-DUPLICATE`, `POLICY-DEADLINE-YEAR` findings.
 * @internal
 */
export function _checkPolicyConsistency(policy: Policy): Finding[] {
  const out: Finding[] = [];
  const { requiredFor } = policy.sdq;
  if (requiredFor.minAge > requiredFor.maxAge) {
    out.push(finding('POLICY-SDQ-AGE-RANGE', 'error', 'The SDQ minimum age is above the maximum age.', ['sdq', 'requiredFor']));
  }
  policy.sdq.duties.forEach((duty, i) => {
    if (duty.minAge > duty.maxAge) {
      out.push(finding('POLICY-SDQ-AGE-RANGE', 'error', 'The SDQ minimum age is above the maximum age.', ['sdq', 'duties', i]));
    }
  });
  const { startAge, endAge } = policy.pep.ageRange;
  if (startAge !== null && endAge !== null && startAge >= endAge) {
    out.push(finding('POLICY-PEP-AGE-RANGE', 'error', 'PEPs would start at or after the age they end.', ['pep', 'ageRange']));
  }
  const { perPepCap, perFinancialYearCap } = policy.ppPlus;
  if (perPepCap !== null && perFinancialYearCap !== null && perPepCap.pounds > perFinancialYearCap.pounds) {
    out.push(
      finding('POLICY-PPPLUS-CAP-ORDER', 'error', 'The per-PEP cap is larger than the per-financial-year cap.', ['ppPlus', 'perPepCap']),
    );
  }
  return [...out, ...instalmentsMissing(policy.ppPlus), ...checkTermlyDeadlines(policy.timescales.termlyDeadlines)];
}

const INSTALMENTS_SOURCE =
  'The Virtual School Handbook (NAVSH, 2014), iv) VSH Strategy for Pupil Premium Plus ("whether the funding will be transferred as a single allocation or in instalment\'s and when they will be transferred")';

/**
 * An instalment basis with no windows and no release timing says PP+ goes out in instalments but not
 * when or how much (The Virtual School Handbook, iv) VSH Strategy for Pupil Premium Plus: the strategy
 * makes clear "whether the funding will be transferred as a single allocation or in instalment's and
 * when they will be transferred"). Read as before it would pay everything on the PEP, against the
 * basis the policy states: an error, so no payment is worked out from a policy that cannot say when.
 */
function instalmentsMissing(pp: Policy['ppPlus']): Finding[] {
  if (pp.release !== null || pp.allocationBasis.value !== 'instalments' || pp.instalments.length > 0) return [];
  const message =
    "ppPlus.allocationBasis says 'instalments' but ppPlus.instalments gives no windows, so the policy does not say when or how much each instalment pays: give the windows in ppPlus.instalments, or set ppPlus.allocationBasis to how PP+ is released.";
  return [finding('POLICY-PPPLUS-INSTALMENTS-MISSING', 'error', message, ['ppPlus', 'allocationBasis', 'value'], INSTALMENTS_SOURCE)];
}

/** One deadline per term, each dated inside the academic year it names (1 September to 31 August). */
function checkTermlyDeadlines(deadlines: Policy['timescales']['termlyDeadlines']): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  deadlines.forEach((d, i) => {
    const path = ['timescales', 'termlyDeadlines', i];
    if (!inAcademicYear(d.date, Number(d.academicYear.slice(0, 4)))) {
      const message = 'The deadline date is outside the academic year it names (1 September to 31 August).';
      out.push(finding('POLICY-DEADLINE-YEAR', 'error', message, [...path, 'date']));
    }
    const key = `${d.academicYear}/${d.term}`;
    if (seen.has(key)) {
      out.push(finding('POLICY-DEADLINE-DUPLICATE', 'error', 'Two termly deadlines are given for the same term.', path));
    }
    seen.add(key);
  });
  return out;
}

/** Whether an ISO date falls in the academic year starting 1 September of `startYear`. */
function inAcademicYear(date: string, startYear: number): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return (year === startYear && month >= 9) || (year === startYear + 1 && month <= 8);
}
