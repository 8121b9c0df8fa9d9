import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { gradePep } from '../../src/rules/gradePep';
import { cohortSummary, createCohortAccumulator } from '../../src/report/cohortSummary';
import type { CohortSummary } from '../../src/report/types';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';
import { NAME_MARKERS, pep } from './_pep';

const TODAY = '2025-06-30'; // summer term 2024/25: the spring PEP was due by Monday 31 March 2025
const SCHOOL = { dateOfBirth: '2015-03-12', enteredCare: '2022-06-01' } as const;

/*
 * A hand-made cohort (England policy, no termly deadlines: term ends approximated as the last working
 * day on or before 20 Dec / 31 Mar / 20 Jul):
 *  A  summer PEP (14 May), recorded Year 4, SEN support, in area, attendance 95, teacher SDQ 20 → up to date
 *  B  spring PEP (5 Feb), no recorded year → Year 5, EHCP, out of area, attendance 88.5, parent SDQ 15 → up to date
 *  C  last PEP 12 June 2024 (recorded Year 3, stale → Year 5), no SEN, attendance 90, no SDQ
 *     → the autumn 2024 PEP (due Fri 20 Dec 2024) was missed: overdue 192 days
 *  D  two PEPs (13 Nov, 14 May): the May one is current; SEN not recorded; no attendance; parent SDQ 17 → up to date
 *  E  entered care 20 June 2025, early years (born 1 Sep 2021: aged 2 on 31 Aug 2024 → Nursery 1), initial PEP planned 3 July
 *     → initial PEP due Fri 4 July 2025 (10 working days): due soon
 *  F  left care 1 April 2025 → left out
 *  G  not a PEP; H  a string
 */
function handmade(): unknown[] {
  return [
    pep({ id: 'pep-a', childId: 'child-a', meeting: '2025-05-14', ...SCHOOL, yearGroup: '4', sen: 'sen-support', educationOutOfArea: false, careOutOfArea: false, attendance: 95, sdq: [{ informant: 'teacher', completedOn: '2025-05-01', totalDifficulties: 20 }] }),
    pep({ id: 'pep-b', childId: 'child-b', meeting: '2025-02-05', ...SCHOOL, yearGroup: null, sen: 'ehcp', educationOutOfArea: true, careOutOfArea: true, attendance: 88.5, sdq: [{ informant: 'parent', completedOn: '2025-01-20', totalDifficulties: 15 }] }),
    pep({ id: 'pep-c', childId: 'child-c', meeting: '2024-06-12', ...SCHOOL, yearGroup: '3', sen: 'none', educationOutOfArea: null, careOutOfArea: null, attendance: 90, sdq: null }),
    pep({ id: 'pep-d1', childId: 'child-d', meeting: '2024-11-13', ...SCHOOL, sen: 'ehcp', attendance: 70, sdq: null }),
    pep({ id: 'pep-d2', childId: 'child-d', meeting: '2025-05-14', ...SCHOOL, yearGroup: '4', sen: null, attendance: null, sdq: [{ informant: 'parent', completedOn: '2025-05-02', totalDifficulties: 17 }] }),
    pep({ id: 'pep-e', childId: 'child-e', meeting: '2025-07-03', kind: 'initial', phase: 'early-years', dateOfBirth: '2021-09-01', enteredCare: '2025-06-20', yearGroup: null, sen: null, attendance: null, sdq: null }),
    pep({ id: 'pep-f', childId: 'child-f', meeting: '2025-02-05', ...SCHOOL, leftCare: '2025-04-01' }),
    { schemaVersion: 1, id: 'bad-1' },
    'not a PEP',
  ];
}

describe('cohortSummary on a hand-made cohort', () => {
  const s = cohortSummary(handmade(), { today: TODAY });

  it('counts records, PEPs, children, superseded PEPs and children who left care', () => {
    // E's initial PEP (3 July) is dated after the report date: counted as future-dated, E stays due soon.
    expect(s.records).toEqual({ read: 9, valid: 7, invalid: 2, duplicatePepIds: 0, superseded: 1, futureDated: 1, leftCare: 1, children: 5 });
  });

  it('judges each child on their current PEP: 3 up to date, 1 due soon, 1 overdue → 4 of 5 up to date', () => {
    expect(s.upToDate).toEqual({ count: 4, of: 5, percent: 80, small: false });
    expect(s.status.rows.map((r) => [r.key, r.count])).toEqual([
      ['up-to-date', 3],
      ['due-soon', 1],
      ['overdue', 1],
      ['not-known', 0],
    ]);
  });

  it('lists the overdue PEP by ids only: C missed the autumn 2024 termly PEP (due 20 Dec 2024, 192 days ago)', () => {
    expect(s.overdue.map(({ basis: _b, ...rest }) => rest)).toEqual([{ pepId: 'pep-c', childId: 'child-c', kind: 'termly-pep', due: '2024-12-20', days: 192 }]);
    expect(s.overdue[0]?.basis).toMatch(/^Termly PEP by the end of the autumn term 2024\/25/);
  });

  it('lists E as due soon: initial PEP within 10 working days of entering care on 20 June → Fri 4 July', () => {
    expect(s.dueSoon.map(({ basis: _b, ...rest }) => rest)).toEqual([{ pepId: 'pep-e', childId: 'child-e', kind: 'initial-pep', due: '2025-07-04', days: 4 }]);
  });

  it('bands the latest SDQ total per current PEP (three-band, informant tables) and counts 17+ as concern', () => {
    // A teacher 20 → abnormal (teacher 16–40); B parent 15 → borderline (parent 14–16); D parent 17 → abnormal.
    expect(s.sdq.bands.rows.map((r) => [r.key, r.count])).toEqual([
      ['normal', 0],
      ['borderline', 1],
      ['abnormal', 2],
      ['not-banded', 0],
    ]);
    expect(s.sdq.bands.small).toBe(true);
    expect(s.sdq.concern).toEqual({ count: 2, of: 3, percent: 66.7, small: true });
    expect(s.sdq.notRecorded).toBe(2);
    expect(s.sdq.concernChildren).toEqual([
      { pepId: 'pep-a', childId: 'child-a' },
      { pepId: 'pep-d2', childId: 'child-d' },
    ]);
  });

  it('counts attendance below the policy threshold (90%): 88.5 is below, 90 is not, D’s old 70 does not count', () => {
    expect(s.attendance.below).toEqual({ count: 1, of: 3, percent: 33.3, small: true });
    expect(s.attendance.notRecorded).toBe(2);
    expect(s.attendance.belowChildren).toEqual([{ pepId: 'pep-b', childId: 'child-b' }]);
    expect(s.attendance.bands.rows.map((r) => r.label)).toEqual(['Below 90%', '90% or more']);
  });

  it('counts QA grades and SMART ratings of the current PEPs only, as gradePep gives them', () => {
    const current = handmade().filter((p) => ['pep-a', 'pep-b', 'pep-c', 'pep-d2', 'pep-e'].includes((p as { id: string }).id));
    const grades = new Map<string, number>();
    const ratings = new Map<string, number>();
    for (const p of current) {
      const g = gradePep(p, { today: TODAY });
      if (!g.ok) throw new Error('example PEP does not grade');
      grades.set(g.grade, (grades.get(g.grade) ?? 0) + 1);
      for (const t of g.targets) ratings.set(t.rating, (ratings.get(t.rating) ?? 0) + 1);
    }
    expect(s.qaGrades.total).toBe(5);
    expect(s.qaGrades.rows.map((r) => [r.key, r.count])).toEqual(['gold', 'green', 'amber', 'red'].map((k) => [k, grades.get(k) ?? 0]));
    expect(s.smartRatings.total).toBe(15); // 5 PEPs × 3 targets
    expect(s.smartRatings.rows.map((r) => [r.key, r.count])).toEqual(['outstanding', 'good', 'requires-improvement'].map((k) => [k, ratings.get(k) ?? 0]));
  });

  it('breaks the cohort down by year group (recorded when this academic year, else from the date of birth), flagging groups under 5', () => {
    const years = s.breakdowns.find((b) => b.dimension === 'year-group');
    expect(years?.groups.map((g) => [g.key, g.label, g.children, g.overdue, g.small])).toEqual([
      ['N1', 'Nursery 1', 1, 0, true],
      ['4', 'Year 4', 2, 0, true],
      ['5', 'Year 5', 2, 1, true],
    ]);
    expect(years?.smallGroups).toBe(3);
    const year5 = years?.groups.find((g) => g.key === '5');
    expect(year5?.upToDate).toEqual({ count: 1, of: 2, percent: 50, small: true });
    expect(year5?.sdqConcern).toEqual({ count: 0, of: 1, percent: 0, small: true });
    expect(year5?.attendanceBelow).toEqual({ count: 1, of: 2, percent: 50, small: true });
  });

  it('breaks the cohort down by phase, SEN status and in or out of area', () => {
    const groups = (d: string) => s.breakdowns.find((b) => b.dimension === d)?.groups.map((g) => [g.key, g.children]);
    expect(groups('phase')).toEqual([
      ['early-years', 1],
      ['school-age', 4],
    ]);
    expect(groups('sen')).toEqual([
      ['none', 1],
      ['sen-support', 1],
      ['ehcp', 1],
      ['not-recorded', 2],
    ]);
    expect(groups('education-area')).toEqual([
      ['in-area', 3],
      ['out-of-area', 1],
      ['not-recorded', 1],
    ]);
    expect(groups('care-area')).toEqual([
      ['in-area', 3],
      ['out-of-area', 1],
      ['not-recorded', 1],
    ]);
  });

  it('counts records that are not PEPs with their codes and ids, and carries on', () => {
    expect(s.invalid.count).toBe(2);
    expect(s.invalid.records).toEqual([
      { record: 8, pepId: 'bad-1', codes: ['PEP-SCHEMA-REQUIRED'] },
      { record: 9, pepId: null, codes: ['PEP-SCHEMA-NOT-OBJECT'] },
    ]);
    expect(s.invalid.byCode).toEqual([
      { code: 'PEP-SCHEMA-NOT-OBJECT', severity: 'error', count: 1 },
      { code: 'PEP-SCHEMA-REQUIRED', severity: 'error', count: 1 },
    ]);
  });

  it('carries no name and no free text from the PEPs', () => {
    const json = JSON.stringify(s);
    for (const marker of [NAME_MARKERS.forename, NAME_MARKERS.surname, 'Jaylen', 'Examplefield', 'Pennant', 'Larkfield', '2015-03-12']) {
      expect(json).not.toContain(marker);
    }
    expect(s.includesNames).toBe(false);
    expect(s.overdue.every((o) => !('childName' in o))).toBe(true);
    const html = renderCohortHtml(s, { includeNames: true });
    for (const marker of [NAME_MARKERS.forename, NAME_MARKERS.surname, 'Jaylen', 'Examplefield']) expect(html).not.toContain(marker);
  });

  it('with includeNames, carries the names of overdue children only, in the overdue list', () => {
    const named = cohortSummary(handmade(), { today: TODAY, includeNames: true });
    expect(named.includesNames).toBe(true);
    expect(named.overdue.map((o) => o.childName)).toEqual([`${NAME_MARKERS.forename} ${NAME_MARKERS.surname}`]);
    const json = JSON.stringify(named);
    expect(json.split(NAME_MARKERS.forename).length - 1).toBe(1);
    expect(named.dueSoon.every((o) => !('childName' in o))).toBe(true);
  });

  it('does not change its input', () => {
    const input = handmade();
    const before = JSON.stringify(input);
    cohortSummary(input, { today: TODAY });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('cohortSummary under a council policy with termly deadlines (Halton 2024/25)', () => {
  it('counts a child without a summer PEP as overdue from the day after the summer deadline (27 June 2025)', () => {
    const s = cohortSummary(handmade(), { today: TODAY, policy: policies.halton });
    expect(s.overdue.map((o) => [o.pepId, o.kind, o.due, o.days])).toEqual([
      ['pep-c', 'termly-pep', '2024-11-08', 234], // autumn deadline, 8 November 2024
      ['pep-b', 'termly-pep', '2025-06-27', 3], // B's last PEP was in the spring term
    ]);
    expect(s.upToDate).toEqual({ count: 3, of: 5, percent: 60, small: false });
    const summer = policies.halton.timescales.termlyDeadlines.find((d) => d.academicYear === '2024/25' && d.term === 'summer');
    expect(s.overdue[1]?.basis).toBe(`Termly PEP deadline for the summer term 2024/25 (${summer?.source})`);
  });
});

describe('cohortSummary: current PEP, duplicates and ids', () => {
  it('takes the PEP with the latest meeting as current whatever the input order', () => {
    const forward = cohortSummary(handmade(), { today: TODAY });
    const backward = cohortSummary(handmade().reverse(), { today: TODAY });
    const strip = (x: CohortSummary) => ({ ...x, invalid: { ...x.invalid, records: [] } });
    expect(strip(backward)).toEqual(strip(forward));
  });

  it('a repeated PEP id for the same child replaces the earlier record (the later one counts)', () => {
    const s = cohortSummary(
      [
        pep({ id: 'pep-1', childId: 'child-1', meeting: '2025-05-14', ...SCHOOL, attendance: 80 }),
        pep({ id: 'pep-1', childId: 'child-1', meeting: '2025-05-14', ...SCHOOL, attendance: 97 }),
      ],
      { today: TODAY },
    );
    expect(s.records).toEqual({ read: 2, valid: 2, invalid: 0, duplicatePepIds: 1, superseded: 0, futureDated: 0, leftCare: 0, children: 1 });
    expect(s.attendance.below.count).toBe(0);
  });

  it('a PEP id reused for another child keeps both and says so', () => {
    const s = cohortSummary(
      [pep({ id: 'pep-1', childId: 'child-1', meeting: '2025-05-14', ...SCHOOL }), pep({ id: 'pep-1', childId: 'child-2', meeting: '2025-05-14', ...SCHOOL })],
      { today: TODAY },
    );
    expect(s.records.children).toBe(2);
    expect(s.findings).toEqual([
      { code: 'COHORT-PEP-ID-REUSED', severity: 'warning', message: 'Record 2 repeats the id of a PEP for another child; both are kept.', path: [2, 'id'] },
    ]);
  });

  it('replaces ids that could be names or free text with the record number', () => {
    const s = cohortSummary([pep({ id: 'PEP for Jane Doe', childId: 'Jane Doe', meeting: '2024-06-12', ...SCHOOL })], { today: TODAY });
    expect(s.overdue.map((o) => [o.pepId, o.childId])).toEqual([['#1', '#1']]);
    expect(JSON.stringify(s)).not.toContain('Jane');
    expect(s.findings.map((f) => f.code)).toEqual(['COHORT-ID-NOT-IDENTIFIER']);
  });
});

describe('cohortSummary: Pupil Premium Plus per financial year (Milton Keynes: £950 a core PEP, £1,900 a year)', () => {
  // Three core PEPs for one child in 2024-25, each asking for £1,200, fully costed and linked to t1:
  // £950 + £950 (per-PEP cap) and then nothing (year cap reached): £1,900 of £3,600, £1,700 capped.
  // A non-core PEP in 2025-26 asking for £300 is withheld (core PEPs only): £300 refused.
  const peps = [
    pep({ id: 'pep-1', childId: 'child-1', meeting: '2024-10-09', ...SCHOOL, ppPlus: [{ amount: 1200 }] }),
    pep({ id: 'pep-2', childId: 'child-1', meeting: '2025-01-15', ...SCHOOL, ppPlus: [{ amount: 1200 }] }),
    pep({ id: 'pep-3', childId: 'child-1', meeting: '2025-03-12', ...SCHOOL, ppPlus: [{ amount: 1200 }] }),
    pep({ id: 'pep-4', childId: 'child-1', meeting: '2025-05-14', ...SCHOOL, core: false, ppPlus: [{ amount: 300 }] }),
  ];

  it('sums requested, allowed, capped and refused per financial year, in pounds', () => {
    const s = cohortSummary(peps, { today: TODAY, policy: policies.miltonKeynes });
    // The year cap binds on PEP 2 (£950 left, equal to the per-PEP cap) and PEP 3 (nothing left).
    expect(s.ppPlus.years).toEqual([
      { financialYear: '2024-25', peps: 3, children: 1, requested: 3600, allowed: 1900, capped: 1700, refused: 0, capsApplied: { 'per-financial-year-cap': 2, 'per-pep-cap': 3 } },
      { financialYear: '2025-26', peps: 1, children: 1, requested: 300, allowed: 0, capped: 0, refused: 300, capsApplied: { 'core-peps-only': 1 } },
    ]);
    expect(s.ppPlus.total).toEqual({ requested: 3900, allowed: 1900, capped: 1700, refused: 300 });
  });

  it('gives the same yearly totals whatever the order of the PEPs', () => {
    const forward = cohortSummary(peps, { today: TODAY, policy: policies.miltonKeynes }).ppPlus;
    const backward = cohortSummary([...peps].reverse(), { today: TODAY, policy: policies.miltonKeynes }).ppPlus;
    expect(backward.total).toEqual(forward.total);
    expect(backward.years.map(({ capsApplied: _c, ...y }) => y)).toEqual(forward.years.map(({ capsApplied: _c, ...y }) => y));
  });

  it('keeps pence exact: £19.99 three times is £59.97', () => {
    const s = cohortSummary(
      [1, 2, 3].map((i) => pep({ id: `p${i}`, childId: `c${i}`, meeting: '2025-01-15', ...SCHOOL, ppPlus: [{ amount: 19.99 }] })).map((p) => {
        const r = ((p.ppPlus as { requests: { breakdown: unknown }[] }).requests[0] as { breakdown: unknown });
        r.breakdown = [{ item: 'Book', amount: 19.99 }];
        return p;
      }),
      { today: TODAY },
    );
    expect(s.ppPlus.total.requested).toBe(59.97);
    expect(s.ppPlus.total.allowed).toBe(59.97);
  });
});

describe('cohortSummary on the example cohort (examples/cohort.ndjson, 60 PEPs)', () => {
  const lines = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8').trim().split('\n');
  const s = cohortSummary(
    lines.map((l) => JSON.parse(l) as unknown),
    { today: TODAY },
  );

  it('reads every record as a PEP of a different child', () => {
    expect(s.records).toEqual({ read: 60, valid: 60, invalid: 0, duplicatePepIds: 0, superseded: 0, futureDated: 0, leftCare: 0, children: 60 });
  });

  it('adds up: statuses, grades and breakdown groups each cover all 60 children', () => {
    expect(s.status.total).toBe(60);
    const notKnown = s.status.rows.find((r) => r.key === 'not-known')?.count ?? -1;
    expect(s.upToDate.count).toBe(60 - s.overdue.length - notKnown);
    expect(s.status.rows.find((r) => r.key === 'due-soon')?.count).toBe(s.dueSoon.length);
    expect(s.qaGrades.total).toBe(60);
    for (const b of s.breakdowns) expect(b.groups.reduce((n, g) => n + g.children, 0), b.dimension).toBe(60);
    expect(s.sdq.bands.total + s.sdq.notRecorded).toBe(60);
    expect(s.attendance.bands.total + s.attendance.notRecorded).toBe(60);
  });

  it('places every child: the generator keeps entering care after birth', () => {
    expect(s.status.rows.find((r) => r.key === 'not-known')?.count ?? 0).toBe(0);
    expect(s.findings.filter((f) => f.code === 'COHORT-SCHEDULE-UNAVAILABLE')).toEqual([]);
  });

  it('cannot place a child whose record has them entering care before birth, and says which record', () => {
    const records = lines.slice(0, 3).map((l) => JSON.parse(l) as { child: { dateOfBirth: string; enteredCare: string } });
    const broken = records[1] as { child: { dateOfBirth: string; enteredCare: string } };
    broken.child.enteredCare = '2000-01-01'; // before any birth date the generator writes
    const t = cohortSummary(records, { today: TODAY });
    expect(t.status.rows.find((r) => r.key === 'not-known')?.count).toBe(1);
    expect(t.findings.map((f) => [f.code, f.path])).toEqual([['COHORT-SCHEDULE-UNAVAILABLE', [2]]]); // records are numbered from 1
  });

  it('flags exactly the groups with fewer than 5 children', () => {
    for (const b of s.breakdowns) {
      for (const g of b.groups) expect(g.small, `${b.dimension} ${g.key}`).toBe(g.children < 5);
      expect(b.smallGroups).toBe(b.groups.filter((g) => g.children < 5).length);
    }
    // Counted independently from the file's `phase` fields.
    const phases = lines.map((l) => (JSON.parse(l) as { phase: string }).phase);
    const count = (phase: string) => phases.filter((p) => p === phase).length;
    expect(s.breakdowns.find((b) => b.dimension === 'phase')?.groups.map((g) => [g.key, g.children, g.small])).toEqual(
      ['early-years', 'school-age', 'post-16'].filter((p) => count(p) > 0).map((p) => [p, count(p), count(p) < 5]),
    );
  });

  it('counts the SDQ concerns the cohort records (teacher totals of 17 or more)', () => {
    const expected = lines
      .map((l) => JSON.parse(l) as { id: string; sdq?: { totalDifficulties: number }[] })
      .filter((p) => (p.sdq?.[0]?.totalDifficulties ?? -1) >= 17)
      .map((p) => p.id);
    expect(s.sdq.concernChildren.map((c) => c.pepId).sort()).toEqual(expected.sort());
  });
});

describe('cohortSummary and the accumulator: bad input', () => {
  it('refuses an invalid today with a finding and no figures', () => {
    const s = cohortSummary(handmade(), { today: '30/06/2025' });
    expect(s.findings).toEqual([
      { code: 'COHORT-TODAY-INVALID', severity: 'error', message: "`today` must be a date written 'YYYY-MM-DD'; no figures were worked out.", path: ['today'] },
    ]);
    expect([s.records.read, s.records.children, s.upToDate.of]).toEqual([9, 0, 0]);
  });

  it('refuses a policy that is not one', () => {
    const s = cohortSummary([], { today: TODAY, policy: { id: 'x' } as never });
    expect(s.findings.map((f) => f.code)).toEqual(['COHORT-POLICY-INVALID']);
  });

  it('reports a cohort that is not iterable, and one whose iterator throws part-way', () => {
    expect(cohortSummary(42 as never, { today: TODAY }).findings.map((f) => f.code)).toEqual(['COHORT-INPUT-NOT-ITERABLE']);
    function* twoThenThrow(): Generator<unknown> {
      yield pep({ id: 'p1', childId: 'c1', meeting: '2025-05-14', ...SCHOOL });
      yield pep({ id: 'p2', childId: 'c2', meeting: '2025-05-14', ...SCHOOL });
      throw new Error('disk gone');
    }
    const s = cohortSummary(twoThenThrow(), { today: TODAY });
    expect(s.findings.map((f) => f.code)).toEqual(['COHORT-INPUT-ITERATION-FAILED']);
    expect(s.records.children).toBe(2);
  });

  it('counts unreadable lines from the caller with their line numbers', () => {
    const acc = createCohortAccumulator({ today: TODAY, listLimit: 1 });
    acc.add(pep({ id: 'p1', childId: 'c1', meeting: '2025-05-14', ...SCHOOL }), { line: 1 });
    acc.addUnreadable(['CLI-JSON-SYNTAX'], { line: 2 });
    acc.addUnreadable(['not a code'], { line: 3 });
    const s = acc.result();
    expect(s.records).toMatchObject({ read: 3, valid: 1, invalid: 2, children: 1 });
    expect(s.invalid.records).toEqual([{ record: 2, pepId: null, codes: ['CLI-JSON-SYNTAX'] }]);
    expect(s.invalid.byCode.map((c) => [c.code, c.count])).toEqual([
      ['CLI-JSON-SYNTAX', 1],
      ['COHORT-RECORD-UNREADABLE', 1],
    ]);
  });

  it('gives the same result when asked twice, and keeps counting after', () => {
    const acc = createCohortAccumulator({ today: TODAY });
    for (const p of handmade()) acc.add(p);
    const first = acc.result();
    expect(acc.result()).toEqual(first);
    acc.add(pep({ id: 'pep-z', childId: 'child-z', meeting: '2025-05-14', ...SCHOOL }));
    expect(acc.result().records.children).toBe(6);
  });
});
