import { finding } from '../../core/finding';
import { type Phase, TERMS, type Term, type YearGroup } from '../../core/enums';
import type { Policy } from '../../policy/schema';
import { academicYearOf, ncYearGroup } from '../../deadlines/academicYear';
import { _inPepAgeWindow, _pepAgeWindow } from './ageRange';
import { _birthday } from './checks';
import { _item } from './due';
import { _termNumber, _termSlot } from './terms';
import type { _ScheduleContext, _ScheduleEntry } from './types';

const MAX_CHAIN = 80;

/** The terms a PEP is due in, by `timescales.pepFrequency`. */
const WANTED: Readonly<Record<Policy['timescales']['pepFrequency']['value'], readonly Term[]>> = {
  termly: TERMS,
  'twice-yearly': ['autumn', 'summer'],
  yearly: ['summer'],
};

function phaseOf(group: YearGroup): Phase {
  if (group === 'N1' || group === 'N2') return 'early-years';
  if (group === '12' || group === '13') return 'post-16';
  return 'school-age';
}

/**
 * `termly-pep` for each term the policy's `pepFrequency` asks for, after the term of the initial PEP
 * (its completion date when the policy sets one, else its initiation date), up to the first one
 * not yet held that falls due after today (or that starts after today), while the child is under
 * 18, in a phase the policy runs PEPs for and inside the policy's `pep.ageRange` (none due before
 * its start, none from its end age). A meeting held in the term (`termOfDate`) does it.
 * @internal
 */
export function _termlyPeps(ctx: _ScheduleContext): _ScheduleEntry[] {
  const wanted = WANTED[ctx.timescales.pepFrequency.value];
  const anchor = _termNumber(ctx, ctx.complete?.date ?? ctx.initiate.date ?? ctx.enteredCare);
  const now = _termNumber(ctx, ctx.today);
  const held = ctx.held.map((m) => ({ m, term: _termNumber(ctx, m.date) }));
  const ages = _pepAgeWindow(ctx.dateOfBirth, ctx.policy.pep.ageRange, ctx.env.calendar?.calendar ?? null);
  const startYear = Number((academicYearOf(ctx.enteredCare)?.start ?? '').slice(0, 4));
  const entries: _ScheduleEntry[] = [];
  let approximated = false;
  outer: for (let y = startYear; y <= 9998; y++) {
    for (const term of wanted) {
      if (y * 3 + TERMS.indexOf(term) <= anchor) continue; // the initial PEP stands for this term
      const s = _termSlot(ctx, y, term);
      if (s.due >= ctx.adult || (ages.until !== null && s.due >= ages.until)) break outer;
      if (!_inPepAgeWindow(ages, s.due)) continue; // before the policy's PEPs start
      const group = ncYearGroup(ctx.dateOfBirth, s.due);
      if (group === null) {
        if (s.due > _birthday(ctx.dateOfBirth, 5)) break outer;
        continue; // too young for any phase yet
      }
      if (!ctx.policy.pep.phases.value.includes(phaseOf(group))) continue;
      const met = held.find((h) => h.term === s.number)?.m;
      approximated ||= s.approximate;
      entries.push(
        _item(
          {
            kind: 'termly-pep',
            due: s.due,
            basis: s.basis,
            term: { academicYear: s.academicYear, term: s.term },
            ...(met ? { completedOn: met.date, meeting: met.index } : {}),
          },
          met ? ['meetings', met.index, 'date'] : null,
        ),
      );
      if ((!met && s.due > ctx.today) || s.number > now || entries.length >= MAX_CHAIN) break outer;
    }
  }
  if (!approximated) return entries;
  const message = 'Some termly PEP dates are approximate: the policy has no deadline for that term and no school calendar covers it.';
  return [...entries, { note: finding('DEADLINE-SCHEDULE-TERM-DATES-APPROXIMATE', 'info', message, ['calendar'], ctx.timescales.pepFrequency.source) }];
}
