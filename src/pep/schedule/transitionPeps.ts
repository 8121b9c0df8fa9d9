import type { Term } from '../../core/enums';
import { addCalendarDays, addCalendarMonths, type IsoDate, isoParts } from '../../core/isoDate';
import type { PolicyTransitionPep } from '../../policy/schema';
import { ncYearGroup } from '../../deadlines/academicYear';
import { _item } from './due';
import { _termNumber, _termSlot } from './terms';
import type { _ScheduleContext, _ScheduleEntry } from './types';

/** Transition PEPs are listed from a year ahead, as a termly PEP is listed once its term comes. */
const HORIZON_MONTHS = 12;
const MOVE_WORDS = { 'primary-to-secondary': 'primary to secondary school', 'year-11-to-post-16': 'Year 11 to post-16 education, employment or training' } as const;
const PURPOSE_WORDS = { 'identify-needs': 'a PEP that begins to identify transition needs', 'transition-pep': 'a transition PEP', 'settling-in': 'the first PEP after the move' } as const;

/** The academic year (its start year) in which the child is in `yearGroup`, or null. */
function yearIn(ctx: _ScheduleContext, yearGroup: PolicyTransitionPep['yearGroup']): number | null {
  const born = isoParts(ctx.dateOfBirth).year;
  for (let y = born; y <= born + 21; y++) if (ncYearGroup(ctx.dateOfBirth, `${y}-12-01`) === yearGroup) return y;
  return null;
}

/** The first day of a term: the school calendar's, else 1 September, 1 January or 15 April (approximate). */
function termStart(ctx: _ScheduleContext, startYear: number, academicYear: string, term: Term): { date: IsoDate; approximate: boolean } {
  const parts = ctx.env.calendar?.calendar.terms.filter((t) => t.academicYear === academicYear && t.term === term) ?? [];
  if (parts.length > 0) return { date: parts.reduce((m, t) => (t.start < m ? t.start : m), parts[0]!.start), approximate: false };
  const date = term === 'autumn' ? `${startYear}-09-01` : term === 'spring' ? `${startYear + 1}-01-01` : `${startYear + 1}-04-15`;
  return { date, approximate: true };
}

/**
 * `transition-pep`: for each entry of `timescales.transitionPeps` (a year group and term, for
 * example Barnet's Year 6 spring and summer PEPs and the Year 7 autumn PEP "set for the fifth week
 * onwards"), a PEP in that term of the academic year the child is in that year group, due when a
 * termly PEP of that term is due; done by a meeting held in the term (on or after `notBefore` when
 * the entry sets a week). Only terms that end in this care episode, before the 18th birthday, and
 * at most 12 months after today (a year ahead is notice enough; later ones appear as it comes).
 * @internal
 */
export function _transitionPeps(ctx: _ScheduleContext): _ScheduleEntry[] {
  return (ctx.timescales.transitionPeps ?? []).flatMap((entry): _ScheduleEntry[] => {
    const y = yearIn(ctx, entry.yearGroup);
    if (y === null) return [];
    const slot = _termSlot(ctx, y, entry.term);
    if (slot.due < ctx.enteredCare || slot.due >= ctx.adult || slot.due > addCalendarMonths(ctx.today, HORIZON_MONTHS)) return [];
    const start = entry.notBeforeWeek === null ? null : termStart(ctx, y, slot.academicYear, entry.term);
    const notBefore = start === null ? undefined : addCalendarDays(start.date, 7 * (entry.notBeforeWeek! - 1));
    const met = ctx.held.find((m) => _termNumber(ctx, m.date) === slot.number && (notBefore === undefined || m.date >= notBefore));
    const week = start === null ? '' : `, held from week ${entry.notBeforeWeek} of the term (${notBefore}${start.approximate ? ', from an approximate term start: no school calendar covers it' : ''})`;
    const basis = `Year ${entry.yearGroup} ${entry.term} term: ${PURPOSE_WORDS[entry.purpose]}, ${MOVE_WORDS[entry.move]} (${entry.source})${week}; due as the termly PEP of that term: ${slot.basis}`;
    const item = {
      kind: 'transition-pep' as const,
      due: slot.due,
      basis,
      term: { academicYear: slot.academicYear, term: slot.term },
      transition: { move: entry.move, purpose: entry.purpose, yearGroup: entry.yearGroup },
      ...(notBefore !== undefined ? { notBefore } : {}),
      ...(met ? { completedOn: met.date, meeting: met.index } : {}),
    };
    return [_item(item, met ? ['meetings', met.index, 'date'] : null)];
  });
}
