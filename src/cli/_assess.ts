import type { Finding } from '../core/finding';
import type { IsoDate } from '../core/isoDate';
import type { SchoolCalendar } from '../deadlines/createSchoolCalendar';
import type { Policy } from '../policy/schema';
import { assessPep } from '../rules/assessPep';
import type { QaGrade } from '../rules/types';
import { validatePep } from '../rules/validatePep';

/** A Halton-style QA grade. */
export type _Grade = QaGrade;

/** What the CLI keeps of one record's validation and grade: structural values only, no free text. */
export interface _Assessment {
  /** No error findings. */
  readonly valid: boolean;
  /** Every finding of the schema and the rules (the grade's criteria are decided by these same findings). */
  readonly findings: readonly Finding[];
  /** The grade (`grade` command), `null` when the record cannot be graded (the schema rejects it). */
  readonly grade: _Grade | null;
  /** Per-criterion ratings (`grade` command). */
  readonly criteria: readonly { readonly id: string; readonly rating: string }[];
  /** Non-negotiables and whether each is met (`grade` command). */
  readonly nonNegotiables: readonly { readonly id: string; readonly met: boolean }[];
}

/** Options passed on to the library. */
export interface _AssessOptions {
  readonly policy: Policy;
  readonly today: IsoDate;
  readonly calendar?: SchoolCalendar;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Validates (`validatePep`) or validates and grades (`assessPep`, one parse) one parsed JSON value.
 * Only codes, ids, ratings and the library's findings are kept: the SMART reports' evidence and
 * anything else that could quote the PEP's text are dropped here.
 * @param command - `'validate'` or `'grade'`.
 * @param value - The record, straight from `JSON.parse`.
 * @param options - Policy, the date to judge on, and the school calendar if any.
 * @returns The assessment.
 */
export function _assess(command: 'validate' | 'grade', value: unknown, options: _AssessOptions): _Assessment {
  if (command === 'validate') {
    const v = validatePep(value, options);
    return { valid: v.valid, findings: v.findings, grade: null, criteria: NONE, nonNegotiables: NONE };
  }
  const a = assessPep(value, options);
  if (a.grade === null) return { valid: a.valid, findings: a.findings, grade: null, criteria: NONE, nonNegotiables: NONE };
  return {
    valid: a.valid,
    findings: a.findings,
    grade: a.grade.grade,
    criteria: a.grade.criteria.map((c) => ({ id: c.id, rating: c.rating })),
    nonNegotiables: a.grade.nonNegotiables.map((n) => ({ id: n.id, met: n.met })),
  };
}
