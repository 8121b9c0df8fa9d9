import { describe, expect, it } from 'vitest';
import { derivePepFacts } from '../../src/pep/derivePepFacts';
import { parsePep } from '../../src/pep/parsePep';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import { assessPep } from '../../src/rules/assessPep';
import { example } from '../rules/_helpers';

function facts(pep: unknown, options?: Parameters<typeof derivePepFacts>[1]) {
  const r = derivePepFacts(pep, options);
  if (!r.ok) throw new Error(`not derived: ${r.findings.map((f) => f.code).join(', ')}`);
  return r.facts;
}

describe('derivePepFacts: what every module reads, worked out once', () => {
  it('the good school-age example: year group, key stage, time in care, term, SDQ, SEN, attendance', () => {
    const f = facts(example('school-age-good'), { policy: policies.halton, today: '2025-03-01' });
    expect(f.meetingDate).toBe('2025-01-15');
    expect([f.yearGroup, f.yearGroupFrom, f.keyStage, f.ageAtMeeting]).toEqual(['4', 'recorded', 'KS2', 9]);
    // In care from 1 June 2022 to 15 January 2025: 31 whole months.
    expect([f.monthsInCareAtMeeting, f.daysInCareAtMeeting]).toEqual([31, 959]);
    expect(f.term).toEqual({ term: 'spring', half: 1, academicYear: '2024/25', from: 'recorded' });
    expect(f.sdq.records.map((r) => [r.informant, r.completedOn, r.total !== null])).toEqual([['teacher', '2025-01-06', true]]);
    expect(f.sdq.latestByInformant.teacher).toBe(f.sdq.latest);
    expect(f.sen).toEqual({ status: 'sen-support', ehcp: false, primaryNeedIsSemh: true });
    expect(f.semhSignals).toContain('sen-primary-need');
    expect(f.attendance).toEqual({ percentage: 96.4, belowThreshold: false });
    expect(f.exclusions).toEqual({ suspensions: 0, suspensionDays: 0, permanent: false });
    expect([f.ppPlus.eligible, f.ppPlus.route, f.ppPlus.yearGroup]).toEqual([true, 'virtual-school', '4']);
    expect(f.schedule?.items.length).toBeGreaterThan(0);
  });

  it('the term of a meeting on 2 April 2026 is the summer term when the PEP records none (one answer for every module)', () => {
    const pep = example('school-age-good');
    delete pep['term'];
    pep['meeting']['date'] = '2026-04-02';
    const f = facts(pep);
    expect(f.term).toEqual({ term: 'summer', half: 1, academicYear: '2025/26', from: 'months' });
  });

  it('year group and key stage from the date of birth when none is recorded; no schedule or SDQ-today without today', () => {
    const pep = example('school-age-good');
    delete pep['child']['yearGroup'];
    const f = facts(pep);
    // Born 12 March 2015 (academic year 2014/15 of birth): Reception in 2019/20, so Year 5 in 2024/25.
    expect([f.yearGroup, f.yearGroupFrom, f.keyStage]).toEqual(['5', 'date-of-birth', 'KS2']);
    expect(f.schedule).toBeNull();
    expect(f.sdq.atToday).toBeNull();
  });

  it("SDQ concern follows the policy's threshold, not a literal", () => {
    const pep = example('school-age-good');
    pep['sdq'] = [{ informant: 'parent', completedOn: '2025-01-06', totalDifficulties: 15 }];
    const low = definePolicy({ sdq: { concernThreshold: { totalDifficulties: 14, source: 'Test council policy, §1' } } });
    if (!low.success) throw new Error('policy');
    expect(facts(pep).sdq.concern).toBe(false); // england: 17
    expect(facts(pep, { policy: low.data }).sdq.concern).toBe(true);
    expect(facts(pep, { policy: low.data }).semhSignals).toContain('sdq-concern');
  });

  it('a PEP that came out of parsePep is used as it is; anything else is parsed first', () => {
    const parsed = parsePep(example('school-age-good'));
    if (!parsed.success) throw new Error('example');
    expect(facts(parsed.data)).toEqual(facts(example('school-age-good')));
    const bad = derivePepFacts({ schemaVersion: 1 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.findings[0]?.code).toBe('PEP-SCHEMA-REQUIRED');
  });

  it('refuses a policy that does not pass the gate, with its findings', () => {
    const r = derivePepFacts(example('school-age-good'), { policy: { targets: { minimumCount: { value: -1 } } } as never });
    expect(r.ok).toBe(false);
  });

  it('assessPep returns the same facts it judged from (all but the schedule, which no judgement reads)', () => {
    for (const name of ['school-age-good', 'early-years-poor', 'post-16-good'] as const) {
      const options = { policy: policies.halton, today: '2025-03-01' };
      const assessed = assessPep(example(name), options).facts;
      expect(assessed?.schedule).toBeNull();
      expect(assessed).toEqual(facts(example(name), { ...options, schedule: false }));
      expect(facts(example(name), options).schedule?.items.length).toBeGreaterThan(0);
    }
  });

  it('facts are plain data a host can serialise (no sets, maps or functions)', () => {
    const f = facts(example('school-age-poor'), { policy: policies.bolton, today: '2025-03-01' });
    const { calendar: _calendar, ...rest } = f;
    expect(JSON.parse(JSON.stringify(rest))).toEqual(rest);
  });
});
