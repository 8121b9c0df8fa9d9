import { describe, expect, it } from 'vitest';
import { definePolicy, policies } from '../../src/policy/index';
import type { Policy } from '../../src/policy/schema';
import { _allocation } from '../../src/pep/schedule/allocation';
import { _careReviews } from '../../src/pep/schedule/careReviews';
import { _scheduleContext } from '../../src/pep/schedule/context';
import { _distribution } from '../../src/pep/schedule/distribution';
import { _ehcpReview } from '../../src/pep/schedule/ehcpReview';
import { _finishSchedule } from '../../src/pep/schedule/finish';
import { _initialPep } from '../../src/pep/schedule/initialPep';
import { _readScheduleInput } from '../../src/pep/schedule/input';
import { _reminders } from '../../src/pep/schedule/reminders';
import { _sdqDue } from '../../src/pep/schedule/sdqDue';
import { _submission } from '../../src/pep/schedule/submission';
import { _termlyPeps } from '../../src/pep/schedule/termlyPeps';
import { _transitions } from '../../src/pep/schedule/transitions';
import type { _ScheduleContext, _ScheduleEntry } from '../../src/pep/schedule/types';
import { calendars } from '../deadlines/_calendars';

/*
 * Each obligation of pepSchedule on its own, on the worked examples of pepSchedule.test.ts, so a
 * broken obligation is named by its own test. Items as [kind, due, completedOn, meeting index].
 */

function contextOf(input: unknown, policy: Policy): _ScheduleContext {
  const read = _readScheduleInput(input, policy);
  if (!read.ok) throw new Error(`input rejected: ${read.findings.map((f) => f.code).join(', ')}`);
  const built = _scheduleContext(read.data, read.policy);
  if (!built.ok) throw new Error(`context refused: ${built.findings.map((f) => f.code).join(', ')}`);
  return built.context;
}

const items = (entries: readonly _ScheduleEntry[]) =>
  entries.flatMap((e) => ('item' in e ? [[e.item.kind, e.item.due, e.item.completedOn ?? null, e.item.meeting ?? null]] : []));
const notes = (entries: readonly _ScheduleEntry[]) => entries.flatMap((e) => ('note' in e ? [e.note.code] : []));
const perMeeting = (ctx: _ScheduleContext, meetings: _ScheduleContext['inCare'], f: (c: _ScheduleContext, m: _ScheduleContext['inCare'][number]) => _ScheduleEntry[]) =>
  items(meetings.flatMap((m) => f(ctx, m)));

const halton = contextOf(
  {
    enteredCare: '2024-10-14',
    dateOfBirth: '2015-03-02',
    today: '2025-02-20',
    calendar: calendars.halton,
    meetings: [{ date: '2024-10-24', kind: 'initial', submittedOn: '2024-11-12' }, { date: '2025-01-22' }, { date: '2025-03-10' }],
    careReviews: ['2024-11-08'],
    ehcpAnnualReview: '2025-03-03',
  },
  policies.halton,
);

const miltonKeynes = contextOf(
  {
    enteredCare: '2023-01-09',
    dateOfBirth: '2012-06-15',
    today: '2025-01-15',
    meetings: [
      { date: '2023-01-18', kind: 'initial', submittedOn: '2023-01-24', distributedOn: '2023-01-24' },
      { date: '2024-10-01', core: true, submittedOn: '2024-10-07' },
      { date: '2025-02-04', core: true },
    ],
    careReviews: ['2023-02-03', '2023-05-02', '2023-10-30', '2024-04-29', '2024-10-28'],
    sdqs: [{ informant: 'teacher', completedOn: '2024-09-20' }],
  },
  policies.miltonKeynes,
);

const boltonInput = {
  enteredCare: '2021-09-20',
  dateOfBirth: '2011-02-14',
  today: '2022-01-12',
  calendar: calendars.bolton,
  meetings: [{ date: '2021-09-29', kind: 'initial', submittedOn: '2021-10-12' }, { date: '2021-12-10' }, { date: '2022-01-20' }],
  careReviews: ['2021-10-15'],
  placementChanges: [{ date: '2022-01-10', kind: 'school' }],
};

describe('_initialPep', () => {
  it('counts 10 school days over the October half-term and is done by the initial meeting and its submission (Halton)', () => {
    expect(items(_initialPep(halton))).toEqual([
      ['initial-pep', '2024-11-04', '2024-10-24', 0],
      ['initial-pep-complete', '2024-11-18', '2024-11-12', 0],
    ]);
  });
});

describe('_careReviews', () => {
  it('chains from the actual first review and clamps to the end of February (england)', () => {
    const ctx = contextOf({ enteredCare: '2024-10-03', dateOfBirth: '2012-01-01', today: '2025-03-10', careReviews: ['2024-11-29'] }, policies.england);
    expect(items(_careReviews(ctx))).toEqual([
      ['first-care-review', '2024-10-31', '2024-11-29', null],
      ['care-review', '2025-02-28', null, null],
      ['care-review', '2025-08-28', null, null],
    ]);
  });

  it('chains from the dates actually held (Milton Keynes)', () => {
    expect(items(_careReviews(miltonKeynes)).slice(1)).toEqual([
      ['care-review', '2023-05-03', '2023-05-02', null],
      ['care-review', '2023-11-02', '2023-10-30', null],
      ['care-review', '2024-04-30', '2024-04-29', null],
      ['care-review', '2024-10-29', '2024-10-28', null],
      ['care-review', '2025-04-28', null, null],
    ]);
  });
});

describe('_termlyPeps', () => {
  it('uses the policy deadline, then the school calendar term end, done by a meeting in the term (Halton)', () => {
    const entries = _termlyPeps(halton);
    expect(items(entries)).toEqual([
      ['termly-pep', '2025-02-28', '2025-01-22', 1],
      ['termly-pep', '2025-06-27', null, null],
    ]);
    expect(notes(entries)).toEqual([]);
  });

  it('approximates term ends without a calendar or deadline, and notes it (Milton Keynes)', () => {
    const entries = _termlyPeps(miltonKeynes);
    expect(items(entries).map(([, due, done]) => [due, done])).toEqual([
      ['2023-07-20', null],
      ['2023-12-20', null],
      ['2024-03-28', null],
      ['2024-07-19', null],
      ['2024-12-20', '2024-10-01'],
      ['2025-03-31', null],
    ]);
    expect(notes(entries)).toEqual(['DEADLINE-SCHEDULE-TERM-DATES-APPROXIMATE']);
  });

  it('counts a meeting for the term termOfDate gives: 30 March 2026, in the Easter holidays, prepares for (and counts for) the summer term', () => {
    const ctx = contextOf(
      {
        enteredCare: '2025-09-01',
        dateOfBirth: '2014-05-01',
        today: '2026-04-10',
        calendar: calendars.england,
        meetings: [{ date: '2025-09-10', kind: 'initial' }, { date: '2025-12-01' }, { date: '2026-03-30' }],
      },
      policies.england,
    );
    // The spring PEP (due at the end of the spring term, 27 March) was not held in term; the meeting in
    // the holidays is the summer term's PEP, and the next one falls due at the end of the autumn term.
    expect(items(_termlyPeps(ctx))).toEqual([
      ['termly-pep', '2026-03-27', null, null],
      ['termly-pep', '2026-07-21', '2026-03-30', 2],
      ['termly-pep', '2026-12-18', null, null],
    ]);
  });
});

describe('_submission', () => {
  it('gives 5 working days after each meeting (Milton Keynes)', () => {
    expect(perMeeting(miltonKeynes, miltonKeynes.inCare, _submission)).toEqual([
      ['submission', '2023-01-25', '2023-01-24', 0],
      ['submission', '2024-10-08', '2024-10-07', 1],
      ['submission', '2025-02-11', null, 2],
    ]);
  });

  it('counts 10 school days across Christmas (Bolton)', () => {
    const bolton = contextOf(boltonInput, policies.bolton);
    expect(perMeeting(bolton, bolton.inCare, _submission).map(([, due]) => due)).toEqual(['2021-10-13', '2022-01-11', '2022-02-03']);
  });
});

describe('_distribution', () => {
  it('falls back to the NAVSH practice default of 5 working days, noted once in the context (Halton)', () => {
    expect(perMeeting(halton, halton.inCare, _distribution)).toEqual([
      ['distribution', '2024-10-31', null, 0],
      ['distribution', '2025-01-29', null, 1],
      ['distribution', '2025-03-17', null, 2],
    ]);
    expect(notes(halton.distribution.notes)).toEqual(['DEADLINE-SCHEDULE-PRACTICE-DEFAULT']);
  });

  it("uses a council's own timescale, without the note", () => {
    const policy = definePolicy({ timescales: { distributionAfterMeeting: { n: 3, unit: 'working-days', source: 'test council' } } }, policies.england);
    if (!policy.success) throw new Error('policy rejected');
    const ctx = contextOf(
      { enteredCare: '2023-01-09', dateOfBirth: '2012-06-15', today: '2024-09-15', meetings: [{ date: '2023-01-19', kind: 'initial' }, { date: '2024-06-12', distributedOn: '2024-06-14' }] },
      policy.data,
    );
    expect(perMeeting(ctx, ctx.inCare, _distribution)).toEqual([
      ['distribution', '2023-01-24', null, 0],
      ['distribution', '2024-06-17', '2024-06-14', 1],
    ]);
    expect(ctx.distribution.notes).toEqual([]);
  });
});

describe('_allocation', () => {
  it('allocates the PEP 2 weeks before the planned meeting (Milton Keynes)', () => {
    expect(perMeeting(miltonKeynes, miltonKeynes.planned, _allocation)).toEqual([['allocation', '2025-01-21', null, 2]]);
  });
});

describe('_reminders', () => {
  it('sends reminders 4 weeks, 2 weeks, 1 week and 2 days before a planned meeting (Barnet)', () => {
    const ctx = contextOf(
      { enteredCare: '2025-01-06', dateOfBirth: '2018-01-01', today: '2025-02-03', meetings: [{ date: '2025-01-15', kind: 'initial' }, { date: '2025-03-06' }] },
      policies.barnet,
    );
    expect(perMeeting(ctx, ctx.planned, _reminders)).toEqual([
      ['reminder', '2025-02-06', null, 1],
      ['reminder', '2025-02-20', null, 1],
      ['reminder', '2025-02-27', null, 1],
      ['reminder', '2025-03-04', null, 1],
    ]);
  });
});

describe('_sdqDue', () => {
  it('asks for the carer SDQ yearly and the teacher SDQ before the next core PEP (Milton Keynes, Appendix 3, Context)', () => {
    expect(items(_sdqDue(miltonKeynes))).toEqual([
      ['sdq-due', '2024-01-09', null, null],
      ['sdq-due', '2025-02-04', null, null],
    ]);
  });
});

describe('_transitions', () => {
  it('reviews the PEP within the initiation timescale of a school placement change (Bolton)', () => {
    expect(items(_transitions(contextOf(boltonInput, policies.bolton)))).toEqual([['placement-change-review', '2022-01-24', null, null]]);
  });

  it('is done once a meeting is held after the change, and ignores a change before care with a warning', () => {
    const ctx = contextOf(
      {
        ...boltonInput,
        today: '2022-01-21',
        meetings: [{ date: '2022-01-20' }],
        placementChanges: [{ date: '2022-01-10', kind: 'care' }, { date: '2021-01-10', kind: 'school' }],
      },
      policies.bolton,
    );
    const entries = _transitions(ctx);
    expect(items(entries)).toEqual([['placement-change-review', '2022-01-24', '2022-01-20', 0]]);
    expect(entries.flatMap((e) => ('finding' in e ? [e.finding.code] : []))).toEqual(['DEADLINE-SCHEDULE-CHANGE-BEFORE-CARE']);
  });
});

describe('_ehcpReview', () => {
  it('asks for a PEP in the term of the EHCP annual review, done by a meeting in that term (Halton)', () => {
    expect(items(_ehcpReview(halton))).toEqual([['ehcp-annual-review-pep', '2025-03-03', '2025-01-22', 1]]);
  });
});

describe('_readScheduleInput (the policy gate, once)', () => {
  it('refuses a policy that is not whole, with the DEADLINE-POLICY codes', () => {
    const input = { enteredCare: '2024-10-01', dateOfBirth: '2015-01-01', today: '2025-01-01' };
    const partial = _readScheduleInput(input, { id: 'x' });
    expect(partial.ok ? [] : partial.findings.map((f) => [f.code, f.path?.join('.')])).toContainEqual(['DEADLINE-POLICY-REQUIRED', 'timescales']);
    const none = _readScheduleInput(input, null);
    expect(none.ok ? [] : none.findings.map((f) => f.code)).toEqual(['DEADLINE-POLICY-TYPE']);
    const trusted = _readScheduleInput(input, policies.halton);
    expect(trusted.ok && trusted.policy).toBe(policies.halton);
  });
});

describe('_finishSchedule', () => {
  it('judges statuses, reports late items, and keeps each note once (Bolton)', () => {
    const ctx = contextOf(boltonInput, policies.bolton);
    const s = _finishSchedule([..._initialPep(ctx), ...ctx.distribution.notes, ...ctx.distribution.notes], ctx);
    expect(s.items.map((i) => [i.kind, i.status])).toEqual([
      ['initial-pep', 'done'],
      ['initial-pep-complete', 'done'],
    ]);
    expect(s.findings.map((f) => [f.code, f.path])).toEqual([
      ['DEADLINE-SCHEDULE-LATE', ['meetings', 0, 'submittedOn']],
      ['DEADLINE-SCHEDULE-PRACTICE-DEFAULT', undefined],
    ]);
  });
});
