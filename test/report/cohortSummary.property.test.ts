import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortSummary } from '../../src/report/cohortSummary';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';
import { pep } from './_pep';

const TODAY = '2025-06-30';
const MEETINGS = ['2024-06-12', '2024-10-09', '2024-11-13', '2025-01-15', '2025-02-05', '2025-05-14', '2025-07-03'] as const;

/** A PEP of one of six children, with varied meeting, attendance, SDQ and SEN. */
const arbitraryPep = fc
  .record({
    n: fc.integer({ min: 1, max: 40 }),
    child: fc.integer({ min: 1, max: 6 }),
    meeting: fc.constantFrom(...MEETINGS),
    attendance: fc.option(fc.integer({ min: 500, max: 1000 }).map((t) => t / 10), { nil: null }),
    sdq: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    sen: fc.constantFrom('none', 'sen-support', 'ehcp', null),
  })
  .map((r) =>
    pep({
      id: `pep-${r.n}`,
      childId: `child-${r.child}`,
      meeting: r.meeting,
      dateOfBirth: '2015-03-12',
      enteredCare: '2022-06-01',
      attendance: r.attendance,
      sdq: r.sdq === null ? null : [{ informant: 'parent', completedOn: '2024-06-01', totalDifficulties: r.sdq }],
      sen: r.sen as 'none' | 'sen-support' | 'ehcp' | null,
    }),
  );

describe('cohortSummary properties', () => {
  it('never throws on arbitrary JSON records, counts every record once and renders', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }), (records) => {
        const s = cohortSummary(records, { today: TODAY });
        expect(s.records.read).toBe(records.length);
        expect(s.records.valid + s.records.invalid).toBe(records.length);
        expect(renderCohortHtml(s).startsWith('<!DOCTYPE html>')).toBe(true);
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('adds up for any mix of PEPs: one current PEP per child, every child in one status and one group per breakdown', () => {
    fc.assert(
      fc.property(fc.array(arbitraryPep, { minLength: 1, maxLength: 12 }), (peps) => {
        const s = cohortSummary(peps, { today: TODAY });
        const children = new Set(peps.map((p) => (p.child as { id: string }).id)).size;
        expect(s.records.children).toBe(children);
        expect(s.records.valid).toBe(peps.length);
        expect(s.records.superseded + s.records.duplicatePepIds + children).toBe(peps.length);
        expect(s.status.total).toBe(children);
        expect(s.upToDate.count + s.overdue.length + (s.status.rows.find((r) => r.key === 'not-known')?.count ?? 0)).toBe(children);
        expect(s.qaGrades.total).toBe(children);
        for (const b of s.breakdowns) {
          expect(b.groups.reduce((n, g) => n + g.children, 0)).toBe(children);
          for (const g of b.groups) expect(g.small).toBe(g.children < 5);
        }
        expect(s.sdq.bands.total + s.sdq.notRecorded).toBe(children);
        expect(s.sdq.concern.count).toBe(s.sdq.concernChildren.length);
        expect(s.attendance.below.count).toBe(s.attendance.belowChildren.length);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('does not depend on the order of the records', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryPep, { minLength: 1, maxLength: 10 }).chain((peps) => fc.tuple(fc.constant(peps), fc.shuffledSubarray(peps, { minLength: peps.length, maxLength: peps.length }))),
        ([peps, shuffled]) => {
          // Duplicate PEP ids make "the later record" order-dependent by design: keep ids unique here.
          const unique = new Set(peps.map((p) => p.id)).size === peps.length;
          fc.pre(unique);
          const a = cohortSummary(peps, { today: TODAY });
          const b = cohortSummary(shuffled, { today: TODAY });
          const tieFree = new Set(peps.map((p) => `${(p.child as { id: string }).id} ${(p.meeting as { date: string }).date}`)).size === peps.length;
          fc.pre(tieFree);
          expect(b).toEqual(a);
        },
      ),
      { seed: 42, numRuns: 40 },
    );
  });
});
