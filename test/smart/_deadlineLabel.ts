/**
 * A target's deadline written as the labelling guide writes it (docs/smart.md, "Deadline labels"), for tests that
 * compare with the guide's rows: `none`, `date:YYYY-MM-DD`, `term:<term>:<part>`, `relative:<days>`, `next-review`,
 * and `academic-year-end~` when the year's end is inferred.
 */
import { checkSmartTarget } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' };

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
