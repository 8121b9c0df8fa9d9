/**
 * A target's deadline written as the labelling guide writes it (docs/smart.md, "Deadline labels"), for tests that
 * compare with the guide's rows: `none`, `date:YYYY-MM-DD`, `term:<term>:<part>`, `relative:<days>`, `next-review`,
 * and `academic-year-end~` when the year's end is inferred.
 */
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING } from './_judge';
import type { DeadlineProbe } from './_probes';

/**
 * The deadline of `text` at a meeting on 15 January 2025, in the guide's words.
 * @param text - The target.
 * @returns The guide's label for its deadline.
 * @example
 * guideDeadline('Read 3 books by Easter.'); // 'date:2025-04-20'
 */
export function guideDeadline(text: string): string {
  const d = checkSmartTarget(text, MEETING).deadline;
  if (d === null) return 'none';
  if (d.kind === 'date') return `date:${d.date}`;
  if (d.kind === 'term') return `term:${d.term}:${d.part}`;
  if (d.kind === 'relative') return `relative:${d.days}`;
  return d.kind === 'academic-year-end' && d.approximate === true ? 'academic-year-end~' : d.kind;
}

/**
 * The deadline probes not read as labelled, deadline and time-bound both, at a meeting on 15 January 2025, leaving out
 * the ids in `skip` (probes a test lists as still failing, with why).
 * @param probes - The probes, as `readProbes` returns them.
 * @param skip - Ids to leave out.
 * @returns One line per probe read otherwise, "<id> <deadline read> | <text>" (none when all agree).
 * @example
 * expect(misreadDeadlineProbes(readProbes<DeadlineProbe>('dm'), new Set(['p103']))).toEqual([]);
 */
export function misreadDeadlineProbes(probes: readonly DeadlineProbe[], skip: ReadonlySet<string> = new Set()): string[] {
  return probes
    .filter((p) => !skip.has(p.id) && (guideDeadline(p.text) !== p.deadline || timeBoundOf(p.text) !== p.timeBound))
    .map((p) => `${p.id} ${guideDeadline(p.text)} | ${p.text}`);
}

/**
 * The rows of labelled texts whose deadline is not their label, at a meeting on 15 January 2025.
 * @param rows - Pairs of a text and its guide label.
 * @returns One line per row read otherwise, "<label> got <deadline read> | <text>" (none when all agree).
 * @example
 * expect(misreadRows([['Read 3 books by Easter.', 'date:2025-04-20']])).toEqual([]);
 */
export function misreadRows(rows: readonly (readonly [string, string])[]): string[] {
  return rows.filter(([t, d]) => guideDeadline(t) !== d).map(([t, d]) => `${d} got ${guideDeadline(t)} | ${t}`);
}

/**
 * The deadline object of `text` at a meeting on 15 January 2025, as the analyser returns it.
 * @param text - The target.
 * @returns Its `deadline` (null when there is none).
 * @example
 * deadlineOf('Read 3 books by Easter.'); // { kind: 'date', date: '2025-04-20', ... }
 */
export const deadlineOf = (text: string): unknown => checkSmartTarget(text, MEETING).deadline;

/**
 * Whether `text` is time-bound at a meeting on 15 January 2025.
 * @param text - The target.
 * @returns `timeBound.met`.
 * @example
 * timeBoundOf('Read 3 books.'); // false
 */
export const timeBoundOf = (text: string): boolean | null => checkSmartTarget(text, MEETING).timeBound.met;

/**
 * A date deadline to compare with `toEqual` or `toMatchObject`.
 * @example
 * date('2025-04-20'); // { kind: 'date', date: '2025-04-20' }
 */
export const date = (d: string): unknown => ({ kind: 'date', date: d });

/**
 * A term deadline to compare with.
 * @example
 * term('spring', 'end'); // { kind: 'term', term: 'spring', part: 'end' }
 */
export const term = (t: string, part: string): unknown => ({ kind: 'term', term: t, part });

/** The end of the academic year, inferred (the guide's `academic-year-end~`). */
export const yearEndApprox = { kind: 'academic-year-end', approximate: true };

/**
 * A relative deadline (a span of days from the meeting) to compare with.
 * @example
 * relative(42); // { kind: 'relative', days: 42 }
 */
export const relative = (days: number): unknown => ({ kind: 'relative', days });

/**
 * A feast's date, approximate because it moves with the moon or the church calendar, to compare with.
 * @example
 * feast('2025-03-31'); // { kind: 'date', date: '2025-03-31', approximate: true }
 */
export const feast = (d: string): unknown => ({ kind: 'date', date: d, approximate: true });
