import type { PepInput } from '../pep/schema';
import { _evaluate } from './_evaluate';
import type { ValidatePepOptions, ValidatePepResult } from './types';

/**
 * Validates a PEP from another system (a view of {@link assessPep}): the schema (`parsePep`), then every rule in the registry
 * (`rules`) for the PEP's phase and kind, under a council policy. Rules that compare with today are
 * skipped without `options.today` (one `PEP-TODAY-NOT-GIVEN` info finding lists them). Findings
 * point into the PEP with a path and never repeat its names, dates of birth, UPNs or free text.
 * Never throws.
 * @param data - Anything, e.g. one record of an NDJSON export.
 * @param options - `{ policy?, today?, calendar?, detail? }`; the policy defaults to `policies.england`;
 *   `detail: 'codes'` gives findings without messages or sources.
 * @returns `{ valid, pep?, findings }`: `valid` when no finding is an error; findings errors first.
 * @example
 * import { validatePep } from 'pep-rules/rules';
 * const result = validatePep({ schemaVersion: 1, id: 'pep-1', phase: 'school-age' });
 * [result.valid, result.findings.length, result.findings[0]?.code];
 * //=> [false, 7, 'PEP-SCHEMA-REQUIRED']
 */
export function validatePep(data: PepInput, options?: ValidatePepOptions): ValidatePepResult;
export function validatePep(data: unknown, options?: ValidatePepOptions): ValidatePepResult;
export function validatePep(data: unknown, options?: ValidatePepOptions): ValidatePepResult {
  const run = _evaluate(data, options, true);
  if (run.pep === null) return { valid: false, findings: run.findings };
  return { valid: run.valid, pep: run.pep, findings: run.findings };
}
