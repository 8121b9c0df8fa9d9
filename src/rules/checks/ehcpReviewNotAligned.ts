import { calendarDaysBetween } from '../../core/isoDate';
import { defineRule, _PASS } from '../defineRule';
import { _HALTON } from './_sources';

/** Days either side of a PEP meeting within which an EHCP annual review counts as coinciding with it (a library choice). */
const ALIGNMENT_DAYS = 14;

/**
 * When the policy aligns PEPs with the EHCP annual review, a review falling between this meeting and the next is flagged.
 * @example
 * import { rules } from 'pep-rules/rules';
 * rules.find((rule) => rule.code === 'PEP-EHCP-REVIEW-NOT-ALIGNED')?.severity;
 * //=> 'info'
 */
export const ehcpReviewNotAligned = defineRule<{ days: number }>({
  code: 'PEP-EHCP-REVIEW-NOT-ALIGNED',
  severity: 'info',
  appliesTo: {},
  description: `The EHCP annual review falls between this PEP meeting and the next, more than ${ALIGNMENT_DAYS} days from both (when policy.timescales.alignWithEhcpAnnualReview).`,
  source: `${_HALTON}, Process (one PEP per year should coincide with the EHCP Annual Review) (when the council's policy asks for it)`,
  message: (p) =>
    `The EHCP annual review falls between this meeting and the next, more than ${p.days} days from both: consider holding the next PEP with it.`,
  check: (pep, ctx) => {
    const review = pep.sen?.status === 'ehcp' ? pep.sen.ehcpAnnualReview : undefined;
    const next = pep.nextMeeting?.date;
    if (!ctx.policy.timescales.alignWithEhcpAnnualReview.value || !review || !next) return _PASS;
    const meeting = pep.meeting.date;
    if (!(meeting < review && review < next)) return _PASS;
    const near = calendarDaysBetween(meeting, review) <= ALIGNMENT_DAYS || calendarDaysBetween(review, next) <= ALIGNMENT_DAYS;
    return near ? _PASS : [{ path: ['sen', 'ehcpAnnualReview'], params: { days: ALIGNMENT_DAYS } }];
  },
});
