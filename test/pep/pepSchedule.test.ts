import { describe, expect, it } from 'vitest';
import { pepSchedule, type PepSchedule } from '../../src/pep/pepSchedule';
import { definePolicy, policies } from '../../src/policy/index';
import { calendars } from '../deadlines/_calendars';

/** Items as [kind, due, status, completedOn, meeting index]. */
const rows = (s: PepSchedule) => s.items.map((i) => [i.kind, i.due, i.status, i.completedOn ?? null, i.meeting ?? null]);
const codes = (s: PepSchedule) => s.findings.map((f) => f.code);
const kindsOf = (s: PepSchedule, kind: string) => s.items.filter((i) => i.kind === kind);

const NAVSH =
  'practice default, not statutory: The Virtual School Handbook (NAVSH, 2014) Appendix 2 (all participants receive the updated PEP within 5 working days); the policy sets no figure';
const PRACTICE_DEFAULT = {
  code: 'DEADLINE-SCHEDULE-PRACTICE-DEFAULT',
  severity: 'info',
  message: 'The policy sets no timescale for distributing the updated PEP; the NAVSH practice default of 5 working days was used.',
  source: NAVSH,
};
const HALTON = 'Halton Virtual School PEP Policy 2023-24 (updated January 2025)';

describe('pepSchedule: Halton (school days, termly deadline dates, EHCP alignment)', () => {
  const input = {
    enteredCare: '2024-10-14',
    dateOfBirth: '2015-03-02',
    today: '2025-02-20',
    calendar: calendars.halton,
    meetings: [{ date: '2024-10-24', kind: 'initial' as const, submittedOn: '2024-11-12' }, { date: '2025-01-22' }, { date: '2025-03-10' }],
    careReviews: ['2024-11-08'],
    ehcpAnnualReview: '2025-03-03',
  };

  it('counts the initial PEP in school days over the October half-term, and every other item', () => {
    const s = pepSchedule(input, policies.halton);
    expect(rows(s)).toEqual([
      ['distribution', '2024-10-31', 'overdue', null, 0],
      ['initial-pep', '2024-11-04', 'done', '2024-10-24', 0],
      ['first-care-review', '2024-11-11', 'done', '2024-11-08', null],
      // No `submission` for the initial PEP: Halton times it by completion within 20 school days of entering
      // care; "Following the initial PEP, termly PEPs should be ... submitted ... within 10 schools days".
      ['initial-pep-complete', '2024-11-18', 'done', '2024-11-12', 0],
      ['distribution', '2025-01-29', 'overdue', null, 1],
      ['submission', '2025-02-05', 'overdue', null, 1],
      ['care-review', '2025-02-08', 'overdue', null, null],
      ['termly-pep', '2025-02-28', 'done', '2025-01-22', 1],
      ['ehcp-annual-review-pep', '2025-03-03', 'done', '2025-01-22', 1],
      ['distribution', '2025-03-17', 'upcoming', null, 2],
      ['submission', '2025-03-24', 'upcoming', null, 2],
      ['termly-pep', '2025-06-27', 'upcoming', null, null],
      ['care-review', '2025-08-08', 'upcoming', null, null],
      ['sdq-due', '2025-10-14', 'upcoming', null, null],
    ]);
    // Halton's 20 school days (18 November, over half-term) run past the first care review at 20 working days
    // (11 November), and the initial PEP was submitted on 12 November: the finding names both timescales.
    expect(s.findings.map((f) => [f.code, f.severity, f.source])).toEqual([
      [
        'DEADLINE-SCHEDULE-INITIAL-AFTER-FIRST-REVIEW',
        'warning',
        `${HALTON}, Information and Guidance (completed within 20 school days); Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1)`,
      ],
      [PRACTICE_DEFAULT.code, PRACTICE_DEFAULT.severity, PRACTICE_DEFAULT.source],
    ]);
  });

  it('cites the rule and the Halton source in each basis', () => {
    const s = pepSchedule(input, policies.halton);
    expect(kindsOf(s, 'initial-pep')[0]?.basis).toBe(
      `Initial PEP initiated within 10 school days of entering care (${HALTON}, Information and Guidance (initiated within 10 school days))`,
    );
    expect(kindsOf(s, 'termly-pep')[0]?.basis).toBe(`Termly PEP deadline for the spring term 2024/25 (${HALTON}, PEP deadline dates)`);
    expect(kindsOf(s, 'termly-pep')[0]?.term).toEqual({ academicYear: '2024/25', term: 'spring' });
  });

  it('without a calendar counts school days as working days (earlier, never later) and says so', () => {
    const { calendar: _omit, ...rest } = input;
    const s = pepSchedule(rest, policies.halton);
    expect(kindsOf(s, 'initial-pep').map((i) => [i.due, i.basis.endsWith('; school days counted as working days (no school calendar given)')])).toEqual([
      ['2024-10-28', true],
    ]);
    expect(s.findings).toContainEqual({
      code: 'DEADLINE-SCHEDULE-CALENDAR-MISSING',
      severity: 'warning',
      message:
        'A timescale is in school days but no school calendar was given: school days were counted as working days, which can only make the deadline earlier.',
      path: ['calendar'],
      source: `${HALTON}, Information and Guidance (initiated within 10 school days)`,
    });
  });

  it('flags school days that run past the calendar', () => {
    const s = pepSchedule({ ...input, today: '2025-07-10', meetings: [{ date: '2025-07-15', kind: 'termly' as const }] }, policies.halton);
    expect(kindsOf(s, 'submission').map((i) => i.due)).toEqual(['2025-07-29']);
    expect(codes(s)).toContain('DEADLINE-SCHEDULE-CALENDAR-NOT-COVERED');
  });
});

describe('pepSchedule: Milton Keynes (5 working days, allocation 2 weeks before, SDQ before each core PEP)', () => {
  const s = pepSchedule(
    {
      enteredCare: '2023-01-09',
      dateOfBirth: '2012-06-15',
      today: '2025-01-15',
      meetings: [
        { date: '2023-01-18', kind: 'initial' as const, submittedOn: '2023-01-24', distributedOn: '2023-01-24' },
        { date: '2024-10-01', core: true, submittedOn: '2024-10-07' },
        { date: '2025-02-04', core: true },
      ],
      careReviews: ['2023-02-03', '2023-05-02', '2023-10-30', '2024-04-29', '2024-10-28'],
      sdqs: [{ informant: 'teacher' as const, completedOn: '2024-09-20' }],
    },
    policies.miltonKeynes,
  );

  it('gives the submission 5 working days after each meeting', () => {
    expect(kindsOf(s, 'submission').map((i) => [i.due, i.status])).toEqual([
      ['2023-01-25', 'done'],
      ['2024-10-08', 'done'],
      ['2025-02-11', 'upcoming'],
    ]);
  });

  it('allocates the PEP 2 weeks before the planned meeting', () => {
    expect(kindsOf(s, 'allocation').map((i) => [i.due, i.status, i.meeting])).toEqual([['2025-01-21', 'due-soon', 2]]);
  });

  it('asks for the carer SDQ yearly and the teacher SDQ before the next core PEP (Appendix 3, Context)', () => {
    // "must have an SDQ completed on them by: Their carers ... A teacher": no carer SDQ was given, so it is
    // overdue since 12 months in care; the teacher's is due before the core PEP.
    expect(kindsOf(s, 'sdq-due').map((i) => [i.due, i.status, i.basis.split(' (')[0]])).toEqual([
      ['2024-01-09', 'overdue', 'Carer'],
      ['2025-02-04', 'upcoming', 'Teacher SDQ before each core PEP, ages 4 to 16 after 12 months in care'],
    ]);
    expect(kindsOf(s, 'sdq-due')[0]?.basis.startsWith('Carer (parent/carer form) SDQ yearly, ages 4 to 16 after 12 months in care (Milton Keynes')).toBe(true);
  });

  it('chains the care reviews from the dates actually held', () => {
    expect(kindsOf(s, 'care-review').map((i) => [i.due, i.status, i.completedOn ?? null])).toEqual([
      ['2023-05-03', 'done', '2023-05-02'],
      ['2023-11-02', 'done', '2023-10-30'],
      ['2024-04-30', 'done', '2024-04-29'],
      ['2024-10-29', 'done', '2024-10-28'],
      ['2025-04-28', 'upcoming', null],
    ]);
  });

  it('approximates term ends without a calendar or deadline, and says so', () => {
    expect(kindsOf(s, 'termly-pep').map((i) => [i.due, i.status])).toEqual([
      ['2023-07-20', 'overdue'],
      ['2023-12-20', 'overdue'],
      ['2024-03-28', 'overdue'],
      ['2024-07-19', 'overdue'],
      ['2024-12-20', 'done'],
      ['2025-03-31', 'upcoming'],
    ]);
    expect(codes(s)).toEqual(['SDQ-REQUIREMENT-OVERDUE', 'DEADLINE-SCHEDULE-TERM-DATES-APPROXIMATE', 'DEADLINE-SCHEDULE-PRACTICE-DEFAULT']);
  });
});

describe('pepSchedule: Bolton (10 school days to return the PEP, review on placement change)', () => {
  const s = pepSchedule(
    {
      enteredCare: '2021-09-20',
      dateOfBirth: '2011-02-14',
      today: '2022-01-12',
      calendar: calendars.bolton,
      meetings: [{ date: '2021-09-29', kind: 'initial' as const, submittedOn: '2021-10-12' }, { date: '2021-12-10' }, { date: '2022-01-20' }],
      careReviews: ['2021-10-15'],
      placementChanges: [{ date: '2022-01-10', kind: 'school' as const }],
    },
    policies.bolton,
  );

  it('lists every item', () => {
    expect(rows(s)).toEqual([
      ['initial-pep', '2021-10-04', 'done', '2021-09-29', 0],
      ['initial-pep-complete', '2021-10-04', 'done', '2021-10-12', 0],
      ['distribution', '2021-10-06', 'overdue', null, 0],
      ['submission', '2021-10-13', 'done', '2021-10-12', 0],
      ['first-care-review', '2021-10-18', 'done', '2021-10-15', null],
      ['distribution', '2021-12-17', 'overdue', null, 1],
      ['submission', '2022-01-11', 'overdue', null, 1],
      ['care-review', '2022-01-15', 'due-soon', null, null],
      ['placement-change-review', '2022-01-24', 'due-soon', null, null],
      ['distribution', '2022-01-27', 'upcoming', null, 2],
      ['submission', '2022-02-03', 'upcoming', null, 2],
      // The teacher SDQ in every termly PEP, with no time-in-care condition (Bolton, SDQs): due by the spring deadline.
      ['sdq-due', '2022-03-25', 'upcoming', null, null],
      ['termly-pep', '2022-03-25', 'upcoming', null, null],
      // Year 6 summer term: the transition to secondary school (The Virtual School Handbook, Appendix 2, via the england preset).
      ['transition-pep', '2022-07-15', 'upcoming', null, null],
    ]);
  });

  it('returns the PEP 10 school days after the December meeting, across Christmas', () => {
    expect(kindsOf(s, 'submission')[1]?.basis).toBe(
      'PEP submitted within 10 school days of the meeting (Bolton Virtual School PEP guidance 2021/22, Process (DT returns the completed PEP within 10 school days))',
    );
  });

  it('reports the late completion of the initial PEP', () => {
    expect(s.findings).toEqual([
      {
        code: 'DEADLINE-SCHEDULE-LATE',
        severity: 'warning',
        message: 'The initial-pep-complete item was done after its due date.',
        path: ['meetings', 0, 'submittedOn'],
        source: 'Initial PEP completed within 10 working days of entering care (Bolton Virtual School PEP guidance 2021/22, Information and Guidance)',
      },
      PRACTICE_DEFAULT,
    ]);
  });

  it('marks the placement-change review done once a meeting is held after the change', () => {
    const later = pepSchedule(
      { enteredCare: '2021-09-20', dateOfBirth: '2011-02-14', today: '2022-01-21', calendar: calendars.bolton, meetings: [{ date: '2022-01-20' }], placementChanges: [{ date: '2022-01-10', kind: 'care' as const }] },
      policies.bolton,
    );
    expect(kindsOf(later, 'placement-change-review').map((i) => [i.due, i.status, i.completedOn, i.placementChange])).toEqual([
      ['2022-01-24', 'done', '2022-01-20', 0],
    ]);
  });
});

describe('pepSchedule: Barnet reminders', () => {
  it('sends reminders 4 weeks, 2 weeks, 1 week and 2 days before a planned meeting', () => {
    const s = pepSchedule(
      { enteredCare: '2025-01-06', dateOfBirth: '2018-01-01', today: '2025-02-03', meetings: [{ date: '2025-01-15', kind: 'initial' as const }, { date: '2025-03-06' }] },
      policies.barnet,
    );
    expect(kindsOf(s, 'reminder').map((i) => [i.due, i.status, i.meeting])).toEqual([
      ['2025-02-06', 'due-soon', 1],
      ['2025-02-20', 'upcoming', 1],
      ['2025-02-27', 'upcoming', 1],
      ['2025-03-04', 'upcoming', 1],
    ]);
    expect(kindsOf(s, 'reminder')[3]?.basis).toBe('Reminder 2 days before the meeting (Barnet Virtual School PEP Guidance, §3 (emails 2 days before))');
  });
});

describe('pepSchedule: the statutory review clock (england preset)', () => {
  it('chains from the actual first review and clamps to the end of February', () => {
    const s = pepSchedule({ enteredCare: '2024-10-03', dateOfBirth: '2012-01-01', today: '2025-03-10', careReviews: ['2024-11-29'] }, policies.england);
    expect(rows(s)).toEqual([
      ['initial-pep', '2024-10-17', 'overdue', null, null],
      ['initial-pep-complete', '2024-10-31', 'overdue', null, null],
      ['first-care-review', '2024-10-31', 'done', '2024-11-29', null],
      ['care-review', '2025-02-28', 'overdue', null, null],
      ['termly-pep', '2025-03-31', 'upcoming', null, null],
      ['care-review', '2025-08-28', 'upcoming', null, null],
      ['sdq-due', '2025-10-03', 'upcoming', null, null],
    ]);
  });

  it('lands a 3-month review on 29 February in a leap year', () => {
    const s = pepSchedule({ enteredCare: '2023-10-02', dateOfBirth: '2012-01-01', today: '2024-01-10', careReviews: ['2023-11-30'] }, policies.england);
    expect(kindsOf(s, 'care-review')[0]?.due).toBe('2024-02-29');
  });

  it('crosses Christmas for the first review at 20 working days', () => {
    const s = pepSchedule({ enteredCare: '2024-12-02', dateOfBirth: '2014-05-01', today: '2024-12-09' }, policies.england);
    expect(kindsOf(s, 'first-care-review').map((i) => [i.due, i.status])).toEqual([['2025-01-02', 'upcoming']]);
  });

  it('stops reviews and termly PEPs at the 18th birthday', () => {
    const s = pepSchedule({ enteredCare: '2024-09-02', dateOfBirth: '2007-03-01', today: '2025-01-15' }, policies.england);
    expect(rows(s)).toEqual([
      ['initial-pep', '2024-09-16', 'overdue', null, null],
      ['initial-pep-complete', '2024-09-30', 'overdue', null, null],
      ['first-care-review', '2024-09-30', 'overdue', null, null],
      ['care-review', '2024-12-30', 'overdue', null, null],
    ]);
  });

  it('starts termly PEPs only once the child reaches a PEP phase (N1 at age 2 on 31 August)', () => {
    const s = pepSchedule({ enteredCare: '2024-10-01', dateOfBirth: '2024-06-01', today: '2025-01-15' }, policies.england);
    expect(kindsOf(s, 'termly-pep').map((i) => [i.due, i.term])).toEqual([['2026-12-18', { academicYear: '2026/27', term: 'autumn' }]]);
    expect(codes(s)).toContain('DEADLINE-BANK-HOLIDAYS-PROVISIONAL');
  });

  it('follows a twice-yearly frequency and a council distribution timescale', () => {
    const policy = definePolicy(
      { timescales: { pepFrequency: { value: 'twice-yearly', source: 'test council' }, distributionAfterMeeting: { n: 3, unit: 'working-days', source: 'test council' } } },
      policies.england,
    );
    if (!policy.success) throw new Error('policy rejected');
    const s = pepSchedule(
      { enteredCare: '2023-01-09', dateOfBirth: '2012-06-15', today: '2024-09-15', meetings: [{ date: '2023-01-19', kind: 'initial' as const }, { date: '2024-06-12', distributedOn: '2024-06-14' }] },
      policy.data,
    );
    expect(kindsOf(s, 'termly-pep').map((i) => [i.due, i.term?.term])).toEqual([
      ['2023-07-20', 'summer'],
      ['2023-12-20', 'autumn'],
      ['2024-07-19', 'summer'],
      ['2024-12-20', 'autumn'],
    ]);
    expect(kindsOf(s, 'distribution').map((i) => [i.due, i.status])).toEqual([
      ['2023-01-24', 'overdue'],
      ['2024-06-17', 'done'],
    ]);
    expect(codes(s)).not.toContain('DEADLINE-SCHEDULE-PRACTICE-DEFAULT');
  });

  it('uses a 0-day due-soon window when asked', () => {
    const s = pepSchedule({ enteredCare: '2024-12-02', dateOfBirth: '2014-05-01', today: '2024-12-09', dueSoonWorkingDays: 0 }, policies.england);
    expect(kindsOf(s, 'initial-pep')[0]?.status).toBe('upcoming');
  });
});

describe('pepSchedule: bad input gives findings and no items, never a throw', () => {
  it('refuses a child entering care before birth', () => {
    expect(pepSchedule({ enteredCare: '2010-01-01', dateOfBirth: '2012-06-15', today: '2025-01-15' }, policies.england)).toEqual({
      items: [],
      findings: [
        {
          code: 'DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH',
          severity: 'error',
          message: 'The child cannot enter care before being born.',
          path: ['enteredCare'],
          source: 'pep-rules PEP schedule input',
        },
      ],
    });
  });

  it('reports every invalid date, and still spots care before birth', () => {
    expect(pepSchedule({ enteredCare: '2010-01-01', dateOfBirth: '2012-06-15', today: '2025-02-30', meetings: [{ date: '15/01/2025' }] }, policies.england)).toEqual({
      items: [],
      findings: [
        {
          code: 'DEADLINE-SCHEDULE-DATE',
          severity: 'error',
          message: '`today` must be a real date written YYYY-MM-DD.',
          path: ['today'],
          source: 'pep-rules PEP schedule input',
        },
        {
          code: 'DEADLINE-SCHEDULE-DATE',
          severity: 'error',
          message: '`meetings[0].date` must be a real date written YYYY-MM-DD.',
          path: ['meetings', 0, 'date'],
          source: 'pep-rules PEP schedule input',
        },
        {
          code: 'DEADLINE-SCHEDULE-CARE-BEFORE-BIRTH',
          severity: 'error',
          message: 'The child cannot enter care before being born.',
          path: ['enteredCare'],
          source: 'pep-rules PEP schedule input',
        },
      ],
    });
  });

  it('refuses missing fields, a fake calendar, a bad policy, and entering care at 18', () => {
    expect(codes(pepSchedule({ enteredCare: 20240101 }, policies.england))).toEqual([
      'DEADLINE-SCHEDULE-TYPE',
      'DEADLINE-SCHEDULE-REQUIRED',
      'DEADLINE-SCHEDULE-REQUIRED',
    ]);
    expect(pepSchedule({ enteredCare: '2024-10-01', dateOfBirth: '2015-01-01', today: '2025-01-01', calendar: { kind: 'school-calendar' } }, policies.england).findings).toEqual([
      {
        code: 'DEADLINE-SCHEDULE-CALENDAR-INVALID',
        severity: 'error',
        message: '`calendar` must be the calendar returned by createSchoolCalendar.',
        path: ['calendar'],
        source: 'pep-rules PEP schedule input',
      },
    ]);
    expect(codes(pepSchedule({ enteredCare: '2024-10-01', dateOfBirth: '2015-01-01', today: '2025-01-01' }, { id: 'x' } as never))).toContain('DEADLINE-POLICY-REQUIRED');
    expect(codes(pepSchedule({ enteredCare: '2024-10-01', dateOfBirth: '2006-09-30', today: '2025-01-01' }, policies.england))).toEqual(['DEADLINE-SCHEDULE-CARE-AFTER-18']);
    expect(pepSchedule(null, null as never).items).toEqual([]);
  });

  it('ignores meetings and reviews from before this care episode, with warnings', () => {
    const s = pepSchedule(
      { enteredCare: '2024-10-01', dateOfBirth: '2015-01-01', today: '2024-10-10', meetings: [{ date: '2024-09-01' }], careReviews: ['2024-09-15', '2024-10-20'] },
      policies.england,
    );
    expect(codes(s).slice(0, 3)).toEqual(['DEADLINE-SCHEDULE-MEETING-BEFORE-CARE', 'DEADLINE-SCHEDULE-REVIEW-BEFORE-CARE', 'DEADLINE-SCHEDULE-REVIEW-AFTER-TODAY']);
    expect(kindsOf(s, 'initial-pep')[0]?.status).toBe('due-soon');
  });
});

describe('pepSchedule with an injected GOV.UK feed', () => {
  it('moves a working-day deadline past a newly proclaimed holiday', async () => {
    const { bankHolidaysFromGovUk } = await import('../../src/deadlines/bankHolidaysFromGovUk');
    const feed = bankHolidaysFromGovUk({
      'england-and-wales': {
        division: 'england-and-wales',
        events: [
          { title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true },
          { title: 'Extra bank holiday', date: '2029-01-12', notes: '', bunting: true },
        ],
      },
    });
    if (!feed.success) throw new Error('feed rejected');
    const input = { enteredCare: '2029-01-02', dateOfBirth: '2015-01-01', today: '2029-01-03' };
    const without = pepSchedule(input, policies.england);
    const withFeed = pepSchedule({ ...input, holidays: feed.data }, policies.england);
    expect(kindsOf(without, 'initial-pep')[0]?.due).toBe('2029-01-16');
    expect(kindsOf(withFeed, 'initial-pep')[0]?.due).toBe('2029-01-17');
    expect(codes(without)).toContain('DEADLINE-BANK-HOLIDAYS-PROVISIONAL');
  });
});
