import { hasErrors } from '../core/finding';
import { _evaluate } from './_evaluate';
import type { AssessPepResult, ValidatePepOptions } from './types';

/**
 * Validates and grades a PEP in one pass (parsed once, every rule run once): what the CLI uses.
 * The same results as {@link validatePep} and {@link gradePep}. Never throws.
 * @param data - Anything.
 * @param options - `{ policy?, today?, calendar? }`; the policy defaults to `policies.england`.
 * @returns `{ validation: { valid, pep?, findings }, grading: report | { ok: false, findings } }`.
 * @example
 * import { assessPep } from 'pep-rules/rules';
 * const { validation, grading } = assessPep('not a PEP');
 * [validation.valid, grading.ok, validation.findings[0]?.code];
 * //=> [false, false, 'PEP-SCHEMA-NOT-OBJECT']
 */
export function assessPep(data: unknown, options?: ValidatePepOptions): AssessPepResult {
  const run = _evaluate(data, options, true);
  if (!run.ok) return { validation: { valid: false, findings: run.findings }, grading: { ok: false, findings: run.findings } };
  return {
    validation: { valid: !hasErrors(run.findings), pep: run.pep, findings: run.findings },
    grading: run.grade!,
  };
}
