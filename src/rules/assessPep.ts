import type { PepInput } from '../pep/schema';
import { _evaluate } from './_evaluate';
import type { AssessPepOptions, AssessPepResult } from './types';

/**
 * Assesses a PEP in one pass: the policy through its gate, the PEP parsed once, its facts derived
 * once, its targets checked once, every rule run once, the Halton QA grid built from what each rule
 * declares it feeds, then PP+ funding as a step after grading. {@link validatePep} and
 * {@link gradePep} are views of this result. Never throws.
 * @param data - Anything, e.g. one record of an NDJSON export.
 * @param options - `{ policy?, today?, calendar?, detail? }`; the policy defaults to `policies.england`;
 *   `detail: 'codes'` leaves out messages, sources and SMART evidence (and never builds rule messages).
 * @returns `{ valid, pep, facts, findings, targets, grade, funding }`.
 * @example
 * import { assessPep } from 'pep-rules/rules';
 * const { valid, pep, grade, findings } = assessPep('not a PEP');
 * [valid, pep, grade, findings[0]?.code];
 * //=> [false, null, null, 'PEP-SCHEMA-NOT-OBJECT']
 * @example
 * import { assessPep } from 'pep-rules/rules';
 * assessPep({ schemaVersion: 1 }, { detail: 'codes' }).findings[0];
 * //=> { code: 'PEP-SCHEMA-REQUIRED', severity: 'error', message: '', path: ['id'] }
 */
export function assessPep(data: PepInput, options?: AssessPepOptions): AssessPepResult;
export function assessPep(data: unknown, options?: AssessPepOptions): AssessPepResult;
export function assessPep(data: unknown, options?: AssessPepOptions): AssessPepResult {
  return _evaluate(data, options, true);
}
