/*
 * Pupil Premium Plus per financial year: every PEP with requests (not only current ones), checked
 * with the child's other PEPs as the ledger, summed in integer pence. Internal: not re-exported.
 */
import { _bump, _compare } from '../_cohortStats';
import type { _LedgerEntry, _PpPlusOutcome } from '../_assessRecord';
import type { CohortPpPlusYear, CohortSummary } from '../types';

/** One PEP's PP+ outcome (pence), with whose it is. */
interface Contribution extends _PpPlusOutcome {
  readonly childKey: string;
  readonly pepId: string;
}

/** Totals of one financial year, in pence. */
interface YearTotals {
  peps: number;
  readonly children: Set<string>;
  requested: number;
  allowed: number;
  capped: number;
  refused: number;
  readonly caps: Map<string, number>;
}

type Amount = 'requested' | 'allowed' | 'capped' | 'refused';
const AMOUNTS: readonly Amount[] = ['requested', 'allowed', 'capped', 'refused'];

function yearsOf(contributions: Iterable<Contribution>): Map<string, YearTotals> {
  const years = new Map<string, YearTotals>();
  for (const c of contributions) {
    const y = years.get(c.year) ?? { peps: 0, children: new Set<string>(), requested: 0, allowed: 0, capped: 0, refused: 0, caps: new Map<string, number>() };
    y.peps += 1;
    y.children.add(c.childKey);
    for (const k of AMOUNTS) y[k] += c[k];
    for (const k of c.caps) _bump(y.caps, k);
    years.set(c.year, y);
  }
  return years;
}

const yearRow = ([label, y]: [string, YearTotals]): CohortPpPlusYear => ({
  financialYear: label,
  peps: y.peps,
  children: y.children.size,
  requested: y.requested / 100,
  allowed: y.allowed / 100,
  capped: y.capped / 100,
  refused: y.refused / 100,
  capsApplied: Object.fromEntries([...y.caps.entries()].sort(([a], [b]) => _compare(a, b))),
});

/** PP+ over every PEP of the cohort; a repeated PEP id replaces its earlier outcome. */
export function createPpPlus() {
  const contributions = new Map<string, Contribution>();
  /** Each child's contributions, by key, in the order they were added. */
  const byChild = new Map<string, string[]>();
  const keyOf = (childKey: string, pepId: string): string => `${childKey}\u0000${pepId}`;

  return {
    /** What the child's other PEPs were allowed: the ledger for checking this PEP's requests. */
    ledger(childKey: string, pepId: string): _LedgerEntry[] {
      const own = keyOf(childKey, pepId);
      const ledger: _LedgerEntry[] = [];
      for (const key of byChild.get(childKey) ?? []) {
        const c = contributions.get(key);
        if (key !== own && c !== undefined && c.allowed > 0) ledger.push({ date: c.date, amount: c.allowed / 100, pepId: c.pepId });
      }
      return ledger;
    },
    /** Records a PEP's outcome (`null`: no requests), replacing any earlier one of the same PEP id. */
    add(childKey: string, pepId: string, outcome: _PpPlusOutcome | null): void {
      const key = keyOf(childKey, pepId);
      contributions.delete(key);
      const held = byChild.get(childKey) ?? [];
      if (held.includes(key)) held.splice(held.indexOf(key), 1);
      if (outcome === null) return;
      // A literal, not `{ ...outcome, childKey, pepId }`: the spread copy takes about 300 bytes more per PEP.
      const { date, year, requested, allowed, capped, refused, caps } = outcome;
      contributions.set(key, { childKey, pepId, date, year, requested, allowed, capped, refused, caps });
      held.push(key);
      byChild.set(childKey, held);
    },
    result(): CohortSummary['ppPlus'] {
      const years = yearsOf(contributions.values());
      const sum = (k: Amount): number => [...years.values()].reduce((n, y) => n + y[k], 0) / 100;
      return {
        years: [...years.entries()].sort(([a], [b]) => _compare(a, b)).map(yearRow),
        total: { requested: sum('requested'), allowed: sum('allowed'), capped: sum('capped'), refused: sum('refused') },
      };
    },
  };
}
