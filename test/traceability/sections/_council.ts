import { expect } from 'vitest';
import type { Finding } from '../../../src/core/finding';
import { assessPep, pepSchedule } from '../../../src/index';
import type { Policy, ScheduleItem, ScheduleItemKind, SchoolCalendar } from '../../../src/index';
import { example, type ExampleName } from '../../rules/_helpers';

/*
 * Helpers of the Halton, Bolton and Barnet worked examples (halton.test.ts, bolton.test.ts,
 * barnet.test.ts): an example PEP with one thing changed, assessed under a council preset, and
 * the schedule items of one kind.
 */

/** `[code, path]` of every finding of one of `codes`, in order. */
export function hits(findings: readonly Finding[], ...codes: string[]): [string, (string | number)[]][] {
  return findings.filter((f) => codes.includes(f.code)).map((f) => [f.code, [...(f.path ?? [])]]);
}

/** The findings of an example PEP after `change`, assessed under `policy` (the PEP must still parse). */
export function assessWith(
  policy: Policy,
  today: string,
  name: ExampleName,
  change: (pep: Record<string, any>) => void = () => {},
  calendar?: SchoolCalendar,
): readonly Finding[] {
  const pep = example(name);
  change(pep);
  const r = assessPep(pep, { policy, today, ...(calendar ? { calendar } : {}) });
  expect(r.pep, 'the changed PEP still parses').not.toBeNull();
  return r.findings;
}

/** Schedule items of one kind as `[due, status, completedOn]`. */
export function itemsOf(items: readonly ScheduleItem[], kind: ScheduleItemKind): [string, string, string | null][] {
  return items.filter((i) => i.kind === kind).map((i) => [i.due, i.status, i.completedOn ?? null]);
}

/** The `termly-pep` item of one term, as `[due, status, completedOn]`, or `null`. */
export function termlyItem(input: Parameters<typeof pepSchedule>[0], policy: Policy, academicYear: string, term: string): [string, string, string | null] | null {
  const item = pepSchedule(input, policy).items.find((i) => i.kind === 'termly-pep' && i.term?.academicYear === academicYear && i.term.term === term);
  return item ? [item.due, item.status, item.completedOn ?? null] : null;
}
