import { addCalendarMonths } from '../../core/isoDate';
import { _item } from './due';
import { _termNumber } from './terms';
import type { _ScheduleContext, _ScheduleEntry } from './types';

const EHCP_SOURCE = 'Children and Families Act 2014 s44 (EHC plan reviewed at least every 12 months)';

/**
 * `ehcp-annual-review-pep` when the policy aligns one PEP a year with the EHCP annual review: a PEP
 * in the same term (`termOfDate`) as the review given, and as the next one 12 months on when the
 * review given is past; done by a meeting held in that term.
 * @internal
 */
export function _ehcpReview(ctx: _ScheduleContext): _ScheduleEntry[] {
  const review = ctx.ehcpAnnualReview;
  const align = ctx.timescales.alignWithEhcpAnnualReview;
  if (!align.value || review === null) return [];
  const dates = review <= ctx.today ? [review, addCalendarMonths(review, 12)] : [review];
  const basis = `One PEP a year coincides with the EHCP annual review: a PEP in the same term (${align.source}); annual reviews every 12 months (${EHCP_SOURCE})`;
  return dates
    .filter((d) => d >= ctx.enteredCare && d < ctx.adult)
    .map((d) => {
      const term = _termNumber(ctx, d);
      const met = ctx.held.find((m) => _termNumber(ctx, m.date) === term);
      return _item({ kind: 'ehcp-annual-review-pep', due: d, basis, ...(met ? { completedOn: met.date, meeting: met.index } : {}) });
    });
}
