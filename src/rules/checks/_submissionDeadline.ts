import type { IsoDate } from '../../core/isoDate';
import type { RuleContext } from '../defineRule';

/** The submission deadline and how it was counted. */
export interface _SubmissionDeadline {
  readonly date: IsoDate;
  readonly n: number;
  readonly unit: string;
  /** What the window runs from, in words: `'the meeting'` or `'entering care'`. */
  readonly from: string;
  /** School days counted as working days: no school calendar, or the calendar does not cover the dates. */
  readonly approximated: boolean;
}

/**
 * The date by which the PEP must be submitted, as the PEP's facts worked it out (`facts.submission`):
 * the meeting plus `policy.timescales.submissionAfterMeeting`, or for an initial PEP that the policy
 * times from entering care (`initialPepSubmittedBy: 'complete-initial-pep'`, Halton) entering care
 * plus `completeInitialPep`. School days without a covering calendar are counted as working days,
 * which is never later than the true school-day deadline, and the finding says so.
 * @param ctx - The rule context.
 * @returns The deadline, or `null` when the policy sets no submission window or the date is out of range.
 */
export function _submissionDeadline(ctx: RuleContext): _SubmissionDeadline | null {
  const s = ctx.facts.submission;
  if (s === null) return null;
  return { date: s.due, n: s.n, unit: s.unit, from: s.from === 'meeting' ? 'the meeting' : 'entering care', approximated: s.approximated };
}
