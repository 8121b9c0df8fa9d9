import type { IsoDate } from '../../core/isoDate';
import { _describe, _due, _item } from './due';
import type { _ScheduleContext, _ScheduleEntry } from './types';

const MAX_CHAIN = 80;

/**
 * The care-plan reviews (CPPCR 2010 reg 33): `first-care-review` within `timescales.firstCareReview`
 * of entering care, then the `care-review` chain (`secondCareReview`, then `laterCareReviews`),
 * each from the last review actually held when `careReviews` gives it, from the due date
 * otherwise, up to the first one due after today and before the 18th birthday.
 * @internal
 */
export function _careReviews(ctx: _ScheduleContext): _ScheduleEntry[] {
  const ts = ctx.timescales;
  const reviews = ctx.reviews;
  const first = _due(ctx.env, ts.firstCareReview, ctx.enteredCare);
  const entries: _ScheduleEntry[] = [...first.notes];
  if (first.date === null) return entries;
  const held0 = reviews[0];
  entries.push(
    _item(
      {
        kind: 'first-care-review',
        due: first.date,
        basis: `First review of the care plan within ${_describe(ts.firstCareReview)} of entering care; the PEP must be available for it (${ts.firstCareReview.source})${first.suffix}`,
        ...(held0 !== undefined ? { completedOn: held0 } : {}),
      },
      held0 !== undefined ? ['careReviews', 0] : null,
    ),
  );
  let anchor: IsoDate = held0 ?? first.date;
  for (let i = 1; i < MAX_CHAIN; i++) {
    const d = i === 1 ? ts.secondCareReview : ts.laterCareReviews;
    const next = _due(ctx.env, d, anchor);
    entries.push(...next.notes);
    if (next.date === null || next.date >= ctx.adult) break;
    const heldI = reviews[i];
    const from = reviews[i - 1] !== undefined ? '' : "'s due date";
    entries.push(
      _item(
        {
          kind: 'care-review',
          due: next.date,
          basis: `${i === 1 ? 'Second review' : 'Later review'} of the care plan within ${_describe(d)} of the previous review${from} (${d.source})${next.suffix}`,
          ...(heldI !== undefined ? { completedOn: heldI } : {}),
        },
        heldI !== undefined ? ['careReviews', i] : null,
      ),
    );
    if (heldI === undefined && next.date > ctx.today) break;
    anchor = heldI ?? next.date;
  }
  return entries;
}
