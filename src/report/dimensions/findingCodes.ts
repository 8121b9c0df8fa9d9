/*
 * Finding codes on current PEPs. Codes are interned once for the whole cohort, so a child keeps one
 * character per code, not strings. Internal: not re-exported.
 */
import type { Severity } from '../../core/finding';
import { _byCount } from '../_cohortStats';
import type { _AssessedPep } from '../_assessRecord';
import type { CohortCodeCount } from '../types';

/** The codes of the child's current PEP: indices into the cohort's code table, one character each (compact). */
export interface CodesSlot {
  codes: string;
}

/** Counts each finding code once per current PEP. */
export function createFindingCodes() {
  const index = new Map<string, number>();
  const table: { readonly code: string; readonly severity: Severity }[] = [];
  const idOf = (code: string, severity: Severity): number => {
    let id = index.get(code);
    if (id === undefined) {
      id = table.length;
      index.set(code, id);
      table.push({ code, severity });
    }
    return id;
  };
  return {
    add(a: _AssessedPep): CodesSlot {
      const ids: number[] = [];
      for (const f of a.findings) {
        const id = idOf(f.code, f.severity);
        if (!ids.includes(id)) ids.push(id);
      }
      return { codes: String.fromCharCode(...ids) };
    },
    result(cohort: readonly CodesSlot[]): CohortCodeCount[] {
      const counts = new Map<string, { severity: Severity; count: number }>();
      for (const c of cohort) {
        for (let k = 0; k < c.codes.length; k++) {
          const { code, severity } = table[c.codes.charCodeAt(k)] as { code: string; severity: Severity };
          const e = counts.get(code);
          if (e === undefined) counts.set(code, { severity, count: 1 });
          else e.count += 1;
        }
      }
      return [...counts.entries()].map(([code, e]) => ({ code, severity: e.severity, count: e.count })).sort(_byCount);
    },
  };
}
