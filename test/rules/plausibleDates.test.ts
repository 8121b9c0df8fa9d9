import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../src/rules/codes';
import { assessPep } from '../../src/rules/assessPep';
import { _RULES, rules } from '../../src/rules/registry';
import { codePath, diff, example, EXAMPLE_NAMES, type CodePath } from './_helpers';

/*
 * Plausibility of a PEP's dates, as findings of assessPep (never exceptions): a date of birth after the
 * meeting or more than 25 years before it, an SDQ or attendance period dated after today, an attendance
 * period that ends before it starts. Each row changes one example PEP and compares the findings whole
 * (code and path added) with the unchanged example's, so a rule that fires too often or not at all fails.
 * The school-age example: meeting 15 Jan 2025, born 12 Mar 2015, SDQ 6 Jan 2025, attendance 4 Sep 2024 – 10 Jan 2025.
 */

const TODAY = '2025-03-01';
const NEW_CODES = [
  'PEP-DATES-BIRTH-AFTER-MEETING',
  'PEP-DATES-BIRTH-TOO-EARLY',
  'PEP-DATES-SDQ-AFTER-TODAY',
  'PEP-DATES-ATTENDANCE-AFTER-TODAY',
  'PEP-DATES-ATTENDANCE-REVERSED',
  'PEP-DATES-EVENT-BEFORE-BIRTH',
] as const;

type Pep = ReturnType<typeof example>;

function added(change: (p: Pep) => void, today: string | null = TODAY): CodePath[] {
  const options = today === null ? {} : { today };
  const base = assessPep(example('school-age-good'), options);
  const p = example('school-age-good');
  change(p);
  const after = assessPep(p, options);
  // A changed date of birth also moves age-based findings (which SDQ informants are due, PP+ age): only what is added is compared.
  return diff(base.findings, after.findings).added;
}

describe('date of birth', () => {
  it('typed 1015 for 2015 (1,010 years before the meeting): PEP-DATES-BIRTH-TOO-EARLY, an error', () => {
    const p = example('school-age-good');
    p.child.dateOfBirth = '1015-03-12';
    const r = assessPep(p, { today: TODAY });
    expect(r.findings.filter((f) => f.code === 'PEP-DATES-BIRTH-TOO-EARLY').map(codePath)).toEqual([['PEP-DATES-BIRTH-TOO-EARLY', ['child', 'dateOfBirth']]]);
    expect(r.valid).toBe(false);
  });

  it('the 25-year line is exact: born 15 Jan 2000 for a meeting on 15 Jan 2025 passes, 14 Jan 2000 does not', () => {
    const atLine = added((p) => (p.child.dateOfBirth = '2000-01-15'));
    expect(atLine.filter(([c]) => c === 'PEP-DATES-BIRTH-TOO-EARLY')).toEqual([]);
    const before = added((p) => (p.child.dateOfBirth = '2000-01-14'));
    expect(before.filter(([c]) => c === 'PEP-DATES-BIRTH-TOO-EARLY')).toEqual([['PEP-DATES-BIRTH-TOO-EARLY', ['child', 'dateOfBirth']]]);
  });

  it('a meeting on 29 February: born 1 March 1999 passes, 28 February 1999 is more than 25 years before', () => {
    const at = (dob: string): CodePath[] =>
      added((p) => {
        p.meeting.date = '2024-02-29';
        p.child.dateOfBirth = dob;
      }).filter(([c]) => c === 'PEP-DATES-BIRTH-TOO-EARLY');
    expect(at('1999-03-01')).toEqual([]);
    expect(at('1999-02-28')).toEqual([['PEP-DATES-BIRTH-TOO-EARLY', ['child', 'dateOfBirth']]]);
  });

  it('after the meeting (2105 for 2015): PEP-DATES-BIRTH-AFTER-MEETING, with entering care before birth', () => {
    expect(added((p) => (p.child.dateOfBirth = '2105-03-12')).filter(([c]) => c.startsWith('PEP-DATES'))).toEqual([
      ['PEP-DATES-CARE-BEFORE-BIRTH', ['child', 'enteredCare']],
      ['PEP-DATES-BIRTH-AFTER-MEETING', ['child', 'dateOfBirth']],
    ]);
  });

  it('on the day of the meeting is not after it', () => {
    expect(added((p) => (p.child.dateOfBirth = '2025-01-15')).map(([c]) => c)).not.toContain('PEP-DATES-BIRTH-AFTER-MEETING');
  });

  it('the year compared as a number agrees with comparing the whole date string 25 years back (any years 0000-9999, any days)', () => {
    const rule = _RULES.find((r) => r.code === 'PEP-DATES-BIRTH-TOO-EARLY')!;
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 })).map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    // The rule's earlier form: the same month and day 25 years back, as a string, none before year 0.
    const stringForm = (dob: string, meeting: string): boolean => {
      const year = Number(meeting.slice(0, 4)) - 25;
      return year >= 0 && dob < `${pad(year, 4)}${meeting.slice(4)}`;
    };
    let hits = 0;
    fc.assert(
      fc.property(date, date, fc.boolean(), (dob, meeting, sameYear) => {
        // Half the runs put the birth exactly 25 years back, where the month and day decide.
        const back = Number(meeting.slice(0, 4)) - 25;
        const born = sameYear && back >= 0 ? `${pad(back, 4)}${dob.slice(4)}` : dob;
        const pep = { child: { dateOfBirth: born }, meeting: { date: meeting } } as unknown as Parameters<typeof rule.check>[0];
        const found = rule.check(pep, {} as Parameters<typeof rule.check>[1]).length > 0;
        expect(found).toBe(stringForm(born, meeting));
        if (found) hits++;
      }),
      { numRuns: 3000, seed: 25 },
    );
    expect(hits).toBeGreaterThan(300);
  });
});

describe('SDQ and attendance dated after today', () => {
  it('an SDQ dated 2030: PEP-DATES-SDQ-AFTER-TODAY at that SDQ, and only with today', () => {
    const change = (p: Pep): void => {
      p.sdq.push({ ...p.sdq[0], completedOn: '2030-01-06' });
    };
    expect(added(change).filter(([c]) => c.startsWith('PEP-DATES'))).toEqual([['PEP-DATES-SDQ-AFTER-TODAY', ['sdq', 1, 'completedOn']]]);
    expect(added(change, null).filter(([c]) => c.startsWith('PEP-DATES'))).toEqual([]);
  });

  it('an SDQ dated today is not after it', () => {
    expect(added((p) => (p.sdq[0].completedOn = TODAY)).map(([c]) => c)).not.toContain('PEP-DATES-SDQ-AFTER-TODAY');
  });

  it('attendance measured to 31 March when today is 1 March: one finding, at the end of the period', () => {
    expect(added((p) => (p.attendance.periodEnd = '2025-03-31'))).toEqual([['PEP-DATES-ATTENDANCE-AFTER-TODAY', ['attendance', 'periodEnd']]]);
  });

  it('a whole period after today: one finding, at its start', () => {
    const a = added((p) => {
      p.attendance.periodStart = '2025-04-01';
      p.attendance.periodEnd = '2025-05-01';
    });
    expect(a).toEqual([['PEP-DATES-ATTENDANCE-AFTER-TODAY', ['attendance', 'periodStart']]]);
  });

  it('names the two new rules among those skipped without today', () => {
    const r = assessPep(example('school-age-good'));
    const skipped = r.findings.find((f) => f.code === 'PEP-TODAY-NOT-GIVEN');
    expect(skipped?.message).toContain('PEP-DATES-SDQ-AFTER-TODAY');
    expect(skipped?.message).toContain('PEP-DATES-ATTENDANCE-AFTER-TODAY');
  });
});

describe('events before the child was born', () => {
  it('an SDQ, a suspension and an education start typed in 2005 for a child born in 2015: one error at each, nothing else', () => {
    const a = added((p) => {
      p.sdq[0].completedOn = '2005-01-06';
      p.exclusions = { suspensions: [{ startDate: '2005-02-03', days: 1 }] };
      p.education.startDate = '2005-09-04';
    }).filter(([c]) => c === 'PEP-DATES-EVENT-BEFORE-BIRTH');
    expect(a).toEqual([
      ['PEP-DATES-EVENT-BEFORE-BIRTH', ['sdq', 0, 'completedOn']],
      ['PEP-DATES-EVENT-BEFORE-BIRTH', ['exclusions', 'suspensions', 0, 'startDate']],
      ['PEP-DATES-EVENT-BEFORE-BIRTH', ['education', 'startDate']],
    ]);
  });

  it('attendance measured from 2014 for a child born 12 March 2015: at the start only; the day of birth itself passes', () => {
    expect(added((p) => (p.attendance.periodStart = '2014-09-04')).filter(([c]) => c === 'PEP-DATES-EVENT-BEFORE-BIRTH')).toEqual([
      ['PEP-DATES-EVENT-BEFORE-BIRTH', ['attendance', 'periodStart']],
    ]);
    expect(added((p) => (p.sdq[0].completedOn = '2015-03-12')).map(([c]) => c)).not.toContain('PEP-DATES-EVENT-BEFORE-BIRTH');
  });

  it('a birth date after the meeting is reported once, by PEP-DATES-BIRTH-AFTER-MEETING, not once per event', () => {
    expect(added((p) => (p.child.dateOfBirth = '2105-03-12')).map(([c]) => c)).not.toContain('PEP-DATES-EVENT-BEFORE-BIRTH');
  });

  it('makes the PEP invalid (an error) and needs no today', () => {
    const p = example('school-age-good');
    p.sdq[0].completedOn = '2001-01-01';
    const r = assessPep(p);
    expect(r.findings.some((f) => f.code === 'PEP-DATES-EVENT-BEFORE-BIRTH')).toBe(true);
    expect(r.valid).toBe(false);
  });
});

describe('attendance period that ends before it starts', () => {
  it('10 January to 4 September 2024 (the years swapped): PEP-DATES-ATTENDANCE-REVERSED, an error', () => {
    const a = added((p) => {
      p.attendance.periodStart = '2025-01-10';
      p.attendance.periodEnd = '2024-09-04';
    });
    expect(a).toEqual([['PEP-DATES-ATTENDANCE-REVERSED', ['attendance', 'periodEnd']]]);
  });

  it('a one-day period, or one with no end, is not reversed', () => {
    expect(added((p) => (p.attendance.periodEnd = p.attendance.periodStart))).toEqual([]);
    expect(added((p) => delete p.attendance.periodEnd)).toEqual([]);
  });
});

describe('the new rules in the registry and the catalogue', () => {
  it.each(NEW_CODES)('%s is registered with the catalogue severity, a document source, and no echo of the PEP', (code) => {
    const rule = rules.find((r) => r.code === code);
    expect(rule).toBeDefined();
    expect(RULE_CODES[code].severity).toBe(rule!.severity);
    expect(rule!.source).toMatch(/^pep-rules data consistency \(PEP interchange format v1\)/);
  });

  it('no example PEP trips them on the day after its meeting', () => {
    for (const name of EXAMPLE_NAMES) {
      const p = example(name);
      const day = p.meeting.date as string;
      const codes = assessPep(p, { today: day }).findings.map((f) => f.code);
      expect(codes.filter((c) => (NEW_CODES as readonly string[]).includes(c))).toEqual([]);
    }
  });

  it('messages carry no date of birth or other value from the PEP', () => {
    const p = example('school-age-good');
    p.child.dateOfBirth = '1015-03-12';
    p.sdq[0].completedOn = '2030-01-06';
    p.attendance.periodStart = '2031-01-10';
    p.attendance.periodEnd = '2030-09-04';
    const messages = assessPep(p, { today: TODAY })
      .findings.filter((f) => (NEW_CODES as readonly string[]).includes(f.code))
      .map((f) => f.message);
    expect(messages).toHaveLength(4);
    for (const m of messages) expect(m).not.toMatch(/1015|2030|2031/);
  });
});
