import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import type { Policy } from '../../src/policy/index';
import { sdqRequirement } from '../../src/sdq/index';
import type { SdqInformant } from '../../src/sdq/index';

const { england, miltonKeynes, bolton } = policies;
const ENGLAND_FREQUENCY = england.sdq.frequency.source;

/** A policy like `base` with SDQ overrides (test-only; a council would use definePolicy). */
const withSdq = (base: Policy, sdq: Partial<Policy['sdq']>): Policy => ({ ...base, sdq: { ...base.sdq, ...sdq } });

describe('sdqRequirement: who needs an SDQ (england: ages 4–16, in care 12 months, annual, carer)', () => {
  it('is required and due 12 months after the last carer SDQ', () => {
    const r = sdqRequirement(
      { dateOfBirth: '2015-05-10', enteredCare: '2023-09-01', onDate: '2025-01-15', sdqs: [{ informant: 'parent', completedOn: '2024-09-20' }] },
      england,
    );
    expect(r).toEqual({
      required: true,
      informants: ['parent'],
      nextDue: '2025-09-20',
      basis:
        `england: an SDQ is needed from age 4 to 16 after 12 months in care (${england.sdq.requiredFor.source}); ` +
        `frequency annual (${ENGLAND_FREQUENCY}). Required on this date for parent.`,
      dueByInformant: [{ informant: 'parent', lastCompletedOn: '2024-09-20', due: '2025-09-20' }],
      findings: [],
    });
  });

  it('is overdue from the day 12 months in care are reached when there is no SDQ', () => {
    const r = sdqRequirement({ dateOfBirth: '2015-05-10', enteredCare: '2023-09-01', onDate: '2025-01-15' }, england);
    expect([r.required, r.nextDue]).toEqual([true, '2024-09-01']);
    expect(r.findings).toEqual([
      { code: 'SDQ-REQUIREMENT-OVERDUE', severity: 'warning', message: 'The parent SDQ is overdue under the annual rule.', path: ['sdqs'], source: ENGLAND_FREQUENCY },
    ]);
  });

  it('ignores SDQs by an informant the policy does not ask for', () => {
    const r = sdqRequirement(
      { dateOfBirth: '2015-05-10', enteredCare: '2023-09-01', onDate: '2025-01-15', sdqs: [{ informant: 'teacher', completedOn: '2024-12-01' }] },
      england,
    );
    expect([r.nextDue, r.dueByInformant]).toEqual(['2024-09-01', [{ informant: 'parent', lastCompletedOn: null, due: '2024-09-01' }]]);
  });

  it('is not required yet before 12 months in care, and gives the date the duty starts', () => {
    const r = sdqRequirement({ dateOfBirth: '2015-05-10', enteredCare: '2024-06-15', onDate: '2025-01-15' }, england);
    expect([r.required, r.informants, r.nextDue, r.findings]).toEqual([false, ['parent'], '2025-06-15', []]);
    expect(r.basis).toMatch(/Not required yet: the duty starts when the child reaches age 4 and 12 months in care\.$/);
  });

  it('is not required for a 3 year old; due on the 4th birthday', () => {
    const r = sdqRequirement({ dateOfBirth: '2021-03-01', enteredCare: '2022-01-10', onDate: '2024-06-01' }, england);
    expect([r.required, r.nextDue]).toEqual([false, '2025-03-01']);
  });

  it('counts the maximum age inclusively: required on the last day aged 16, not the next day', () => {
    const base = { dateOfBirth: '2008-06-01', enteredCare: '2015-01-01', sdqs: [{ informant: 'parent' as SdqInformant, completedOn: '2024-09-01' }] };
    const last = sdqRequirement({ ...base, onDate: '2025-05-31' }, england);
    // The next annual SDQ (2025-09-01) would fall after the 17th birthday: nothing more is due.
    expect([last.required, last.informants, last.nextDue]).toEqual([true, ['parent'], null]);
    const after = sdqRequirement({ ...base, onDate: '2025-06-01' }, england);
    expect([after.required, after.informants, after.nextDue, after.dueByInformant]).toEqual([false, [], null, []]);
    expect(after.basis).toMatch(/Not required: the child is past age 16/);
  });

  it('reads 29 February birthdays as 1 March in common years (as ageOn does)', () => {
    const base = { dateOfBirth: '2012-02-29', enteredCare: '2016-01-01' };
    expect(sdqRequirement({ ...base, onDate: '2029-02-28' }, england).required).toBe(true);
    expect(sdqRequirement({ ...base, onDate: '2029-03-01' }, england).required).toBe(false);
    const five = withSdq(england, { requiredFor: { minAge: 5, maxAge: 16, minMonthsInCare: 12, source: 'test' } });
    const young = sdqRequirement({ dateOfBirth: '2020-02-29', enteredCare: '2021-01-01', onDate: '2025-02-28' }, five);
    expect([young.required, young.nextDue]).toEqual([false, '2025-03-01']);
  });

  it('clamps "12 months in care" from 29 February to 28 February', () => {
    const r = sdqRequirement({ dateOfBirth: '2015-05-10', enteredCare: '2024-02-29', onDate: '2025-02-28' }, england);
    expect([r.required, r.nextDue]).toEqual([true, '2025-02-28']);
  });
});

describe('sdqRequirement: before each core PEP (Milton Keynes, seed 000 Appendix 3)', () => {
  const child = { dateOfBirth: '2014-01-01', enteredCare: '2022-01-01', onDate: '2025-01-15' };
  const corePepDates = ['2024-10-10', '2025-03-05', '2025-10-01'];

  it('is due by the next core PEP when no teacher SDQ has been done since the previous one', () => {
    const r = sdqRequirement({ ...child, corePepDates, sdqs: [{ informant: 'teacher', completedOn: '2024-09-30' }] }, miltonKeynes);
    expect([r.required, r.informants, r.nextDue, r.findings]).toEqual([true, ['teacher'], '2025-03-05', []]);
  });

  it('moves to the following core PEP once this one is covered', () => {
    const r = sdqRequirement({ ...child, corePepDates, sdqs: [{ informant: 'teacher', completedOn: '2025-01-10' }] }, miltonKeynes);
    expect(r.nextDue).toBe('2025-10-01');
  });

  it('for the first date given, counts an SDQ from the 6 months before it (12 / 2 core PEPs a year)', () => {
    const covered = sdqRequirement({ ...child, corePepDates: ['2025-03-05'], sdqs: [{ informant: 'teacher', completedOn: '2024-10-01' }] }, miltonKeynes);
    expect(covered.nextDue).toBeNull();
    expect(covered.findings).toEqual([
      {
        code: 'SDQ-REQUIREMENT-NO-CORE-PEP-DATE',
        severity: 'info',
        message: 'The SDQ is due before each core PEP, but no later core PEP date without an SDQ was given; no due date was set.',
        path: ['corePepDates'],
        source: miltonKeynes.sdq.frequency.source,
      },
    ]);
    const stale = sdqRequirement({ ...child, corePepDates: ['2025-03-05'], sdqs: [{ informant: 'teacher', completedOn: '2024-08-01' }] }, miltonKeynes);
    expect(stale.nextDue).toBe('2025-03-05');
  });

  it('does not ask for an SDQ before a core PEP held before the duty starts', () => {
    const r = sdqRequirement(
      { dateOfBirth: '2014-01-01', enteredCare: '2024-11-01', onDate: '2025-01-15', corePepDates: ['2025-03-05', '2025-10-01', '2026-03-01'] },
      miltonKeynes,
    );
    expect([r.required, r.nextDue]).toEqual([false, '2026-03-01']);
  });
});

describe('sdqRequirement: termly (Bolton, seed 001 SDQs)', () => {
  const child = { dateOfBirth: '2012-01-01', enteredCare: '2019-01-01' };

  it("uses the council's termly deadline for the current term", () => {
    expect(sdqRequirement({ ...child, onDate: '2021-10-01' }, bolton).nextDue).toBe('2021-12-17');
  });

  it('moves to the next term once this term has a teacher SDQ', () => {
    const r = sdqRequirement({ ...child, onDate: '2021-10-01', sdqs: [{ informant: 'teacher', completedOn: '2021-09-20' }] }, bolton);
    expect(r.nextDue).toBe('2022-03-25');
  });

  it('approximates the term end by month windows when the policy has no deadline for that year', () => {
    expect(sdqRequirement({ ...child, onDate: '2024-10-01' }, bolton).nextDue).toBe('2024-12-31');
    expect(sdqRequirement({ ...child, onDate: '2025-02-01' }, bolton).nextDue).toBe('2025-03-31');
    const summerDone = sdqRequirement({ ...child, onDate: '2022-05-01', sdqs: [{ informant: 'teacher', completedOn: '2022-04-20' }] }, bolton);
    expect(summerDone.nextDue).toBe('2022-12-31');
  });

  it('is overdue after the summer deadline when the summer term had no SDQ', () => {
    const r = sdqRequirement({ ...child, onDate: '2022-08-15', sdqs: [{ informant: 'teacher', completedOn: '2022-03-01' }] }, bolton);
    expect([r.nextDue, r.findings.map((f) => f.code)]).toEqual(['2022-07-15', ['SDQ-REQUIREMENT-OVERDUE']]);
  });
});

describe('sdqRequirement: self-report', () => {
  const policy = withSdq(england, { informants: { value: ['teacher', 'self'], source: 'test policy' } });

  it('is due from age 11 only', () => {
    const r = sdqRequirement({ dateOfBirth: '2016-03-01', enteredCare: '2020-01-01', onDate: '2025-01-15' }, policy);
    expect(r.dueByInformant).toEqual([
      { informant: 'teacher', lastCompletedOn: null, due: '2021-01-01' },
      { informant: 'self', lastCompletedOn: null, due: '2027-03-01' },
    ]);
    expect([r.informants, r.nextDue]).toEqual([['teacher', 'self'], '2021-01-01']);
  });

  it('drops the self-report when the policy age range ends before 11', () => {
    const young = withSdq(england, {
      informants: { value: ['self'], source: 'test' },
      requiredFor: { minAge: 4, maxAge: 10, minMonthsInCare: 12, source: 'test' },
    });
    const r = sdqRequirement({ dateOfBirth: '2016-03-01', enteredCare: '2020-01-01', onDate: '2025-01-15' }, young);
    expect([r.required, r.informants, r.nextDue]).toEqual([true, [], null]);
    expect(r.findings.map((f) => f.code)).toEqual(['SDQ-REQUIREMENT-SELF-REPORT-AGE']);
  });
});

describe('sdqRequirement: bad input and policy', () => {
  it('refuses invalid dates with an error per field, deciding nothing', () => {
    expect(sdqRequirement({ dateOfBirth: '2015-13-01', enteredCare: '2023-09-01', onDate: '2025-02-30' }, england)).toEqual({
      required: false,
      informants: [],
      nextDue: null,
      basis: 'Not decided: a required date is missing or invalid.',
      dueByInformant: [],
      findings: [
        { code: 'SDQ-REQUIREMENT-DATE-INVALID', severity: 'error', message: '"dateOfBirth" must be a real date written YYYY-MM-DD.', path: ['dateOfBirth'] },
        { code: 'SDQ-REQUIREMENT-DATE-INVALID', severity: 'error', message: '"onDate" must be a real date written YYYY-MM-DD.', path: ['onDate'] },
      ],
    });
    expect(sdqRequirement(null, england).findings.map((f) => f.code)).toEqual(['SDQ-REQUIREMENT-INPUT-TYPE']);
  });

  it('ignores bad and future SDQ records and bad core PEP dates, with warnings', () => {
    const r = sdqRequirement(
      {
        dateOfBirth: '2015-05-10',
        enteredCare: '2023-09-01',
        onDate: '2025-01-15',
        sdqs: [{ informant: 'carer', completedOn: '2024-10-01' }, { informant: 'parent', completedOn: '2025-03-01' }, 'x'],
        corePepDates: ['2025-13-01'],
      },
      england,
    );
    expect(r.findings).toEqual([
      {
        code: 'SDQ-REQUIREMENT-SDQ-INVALID',
        severity: 'warning',
        message: 'A completed SDQ needs an informant and a completedOn date (YYYY-MM-DD); it was ignored.',
        path: ['sdqs', 0],
      },
      {
        code: 'SDQ-REQUIREMENT-SDQ-AFTER-DATE',
        severity: 'warning',
        message: 'A completed SDQ is dated after the date judged; it was ignored.',
        path: ['sdqs', 1, 'completedOn'],
      },
      {
        code: 'SDQ-REQUIREMENT-SDQ-INVALID',
        severity: 'warning',
        message: 'A completed SDQ needs an informant and a completedOn date (YYYY-MM-DD); it was ignored.',
        path: ['sdqs', 2],
      },
      {
        code: 'SDQ-REQUIREMENT-CORE-PEP-DATE-INVALID',
        severity: 'warning',
        message: 'A core PEP date is not a real date (YYYY-MM-DD); it was ignored.',
        path: ['corePepDates', 0],
      },
      { code: 'SDQ-REQUIREMENT-OVERDUE', severity: 'warning', message: 'The parent SDQ is overdue under the annual rule.', path: ['sdqs'], source: ENGLAND_FREQUENCY },
    ]);
  });

  it('falls back to the national defaults for missing policy values, and says so', () => {
    const r = sdqRequirement({ dateOfBirth: '2015-05-10', enteredCare: '2023-09-01', onDate: '2025-01-15' }, { id: 'partial' } as unknown as Policy);
    expect([r.required, r.informants, r.nextDue]).toEqual([true, ['parent'], '2024-09-01']);
    expect(r.findings.map((f) => [f.code, f.message])).toEqual([
      ['SDQ-REQUIREMENT-POLICY-DEFAULT', 'The policy has no valid sdq.requiredFor; the national default was used.'],
      ['SDQ-REQUIREMENT-POLICY-DEFAULT', 'The policy has no valid sdq.frequency; the national default was used.'],
      ['SDQ-REQUIREMENT-POLICY-DEFAULT', 'The policy has no valid sdq.informants; the national default was used.'],
      ['SDQ-REQUIREMENT-OVERDUE', 'The parent SDQ is overdue under the annual rule.'],
    ]);
  });

  it('never puts the date of birth in the basis or a message', () => {
    const r = sdqRequirement({ dateOfBirth: '2013-07-23', enteredCare: '2023-09-01', onDate: '2025-01-15' }, england);
    expect(r.findings.length).toBe(1);
    expect(JSON.stringify([r.basis, r.findings])).not.toMatch(/2013|07-23|2017-07-23|2030-07-22/);
  });
});
