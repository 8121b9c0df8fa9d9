import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cohortSummary } from '../../src/report/cohortSummary';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';
import { NAME_MARKERS, pep } from './_pep';

/*
 * A PEP whose meeting is after the report date was not held by then. It is counted
 * (records.futureDated, COHORT-PEP-FUTURE-DATED), is not the child's current PEP while they have one
 * held by then, and never turns a child with a PEP into one who never had one: a child whose PEPs are
 * all dated after the report date, and who would otherwise be overdue, has position "not known" with
 * the reason, and stays in the cohort.
 */

const TODAY = '2025-06-30';
const SCHOOL = { dateOfBirth: '2015-03-12', enteredCare: '2022-06-01' } as const;

type Rec = { id: string; meeting: { date: string }; child: { id: string } };

describe('the bundled cohort reported on 1 February 2025, before most of its PEPs', () => {
  const day = '2025-02-01';
  const records = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Rec);
  const s = cohortSummary(records, { today: day });
  const future = records.filter((r) => r.meeting.date > day);

  it('counts every PEP dated after the report date (36 of 60) and says so once', () => {
    expect(future.length).toBe(36);
    expect(s.records.futureDated).toBe(36);
    const found = s.findings.filter((f) => f.code === 'COHORT-PEP-FUTURE-DATED');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.message).toMatch(/^36 PEPs have a meeting dated after the report date.* 35 children have no PEP held by the report date/);
  });

  it('lists no child as overdue for an initial PEP due years ago (was 35, the oldest due 20 March 2015)', () => {
    expect(s.overdue.filter((o) => o.due < '2024-01-01')).toEqual([]);
    expect(s.overdue).toEqual([]);
  });

  it('keeps the 35 children in the cohort as not known, with the reason, by PEP id', () => {
    expect(s.records.children).toBe(60);
    expect(s.notKnown).toHaveLength(35);
    expect(s.notKnown.every((n) => n.reason === 'future-dated')).toBe(true);
    const futureIds = new Set(future.map((r) => r.id));
    expect(s.notKnown.every((n) => futureIds.has(n.pepId))).toBe(true);
    expect(s.notKnown.map((n) => n.pepId)).toEqual([...s.notKnown.map((n) => n.pepId)].sort());
  });

  it('reconciles: every child in exactly one position, not-known = the not-known list', () => {
    const count = (key: string): number => s.status.rows.find((r) => r.key === key)!.count;
    expect(s.status.rows.map((r) => [r.key, r.count])).toEqual([
      ['up-to-date', 25],
      ['due-soon', 0],
      ['overdue', 0],
      ['not-known', 35],
    ]);
    expect(count('up-to-date') + count('due-soon') + count('overdue') + count('not-known')).toBe(s.records.children);
    expect(count('not-known')).toBe(s.notKnown.length);
    expect(count('overdue')).toBe(s.overdue.length);
    expect(s.upToDate.count).toBe(count('up-to-date') + count('due-soon'));
    expect(s.records.superseded + s.records.duplicatePepIds + s.records.children).toBe(s.records.valid);
  });

  it('on 30 June 2025, after every meeting, nothing is future-dated and no child is not known', () => {
    const later = cohortSummary(records, { today: TODAY });
    expect(later.records.futureDated).toBe(0);
    expect(later.notKnown).toEqual([]);
    expect(later.findings.map((f) => f.code)).not.toContain('COHORT-PEP-FUTURE-DATED');
  });
});

describe('a child with a PEP held by the report date and one dated after it', () => {
  // Held 12 June 2024 (attendance 70); a PEP dated 3 July 2025 (attendance 99), after the report date.
  const held = pep({ id: 'pep-held', childId: 'child-1', meeting: '2024-06-12', ...SCHOOL, attendance: 70 });
  const later = pep({ id: 'pep-later', childId: 'child-1', meeting: '2025-07-03', ...SCHOOL, attendance: 99 });

  it.each([
    ['held first', [held, later]],
    ['future first', [later, held]],
  ])('takes the held PEP as current and the autumn 2024 PEP as overdue (%s)', (_, input) => {
    const s = cohortSummary(input, { today: TODAY });
    expect(s.records).toMatchObject({ valid: 2, superseded: 1, futureDated: 1, children: 1 });
    // The current PEP's attendance (70) is below the threshold; the future one's (99) would not be.
    expect(s.attendance.belowChildren).toEqual([{ pepId: 'pep-held', childId: 'child-1' }]);
    expect(s.overdue.map((o) => [o.pepId, o.kind, o.due])).toEqual([['pep-held', 'termly-pep', '2024-12-20']]);
    expect(s.notKnown).toEqual([]);
    expect(s.findings.map((f) => f.code)).toEqual(['COHORT-PEP-FUTURE-DATED']);
  });
});

describe('a child whose only PEP is dated after the report date', () => {
  it('in care for years: not known (future-dated), never overdue for the initial PEP of 2022', () => {
    const s = cohortSummary([pep({ id: 'pep-f', childId: 'child-f', meeting: '2025-07-03', ...SCHOOL })], { today: TODAY });
    expect(s.overdue).toEqual([]);
    expect(s.notKnown).toEqual([{ pepId: 'pep-f', childId: 'child-f', reason: 'future-dated' }]);
    expect(s.status.rows.find((r) => r.key === 'not-known')!.count).toBe(1);
    expect(s.upToDate.count).toBe(0);
    expect(s.records).toMatchObject({ children: 1, futureDated: 1 });
    expect(s.findings.map((f) => f.message).join(' ')).toContain('1 children have no PEP held by the report date');
  });

  it('entered care 10 days ago: the initial PEP is due soon, not unknown', () => {
    const s = cohortSummary([pep({ id: 'pep-e', childId: 'child-e', meeting: '2025-07-03', dateOfBirth: '2015-03-12', enteredCare: '2025-06-20', kind: 'initial' })], { today: TODAY });
    expect(s.notKnown).toEqual([]);
    expect(s.dueSoon.map((d) => [d.pepId, d.kind, d.due])).toEqual([['pep-e', 'initial-pep', '2025-07-04']]);
    expect(s.records.futureDated).toBe(1);
  });

  it('a repeated PEP id re-dated to a held date is no longer counted as future-dated', () => {
    const s = cohortSummary(
      [pep({ id: 'pep-r', childId: 'child-r', meeting: '2025-07-03', ...SCHOOL }), pep({ id: 'pep-r', childId: 'child-r', meeting: '2025-05-14', ...SCHOOL })],
      { today: TODAY },
    );
    expect(s.records).toMatchObject({ futureDated: 0, duplicatePepIds: 1, children: 1 });
    expect(s.notKnown).toEqual([]);
    expect(s.status.rows.find((r) => r.key === 'up-to-date')!.count).toBe(1);
  });

  it('the HTML page lists the child with the reason, by ids only', () => {
    const s = cohortSummary([pep({ id: 'pep-f', childId: 'child-f', meeting: '2025-07-03', ...SCHOOL })], { today: TODAY, includeNames: true });
    const html = renderCohortHtml(s);
    expect(html).toContain('<table id="table-not-known">');
    expect(html).toContain('Every PEP of the child is dated after the report date');
    expect(html).not.toContain(NAME_MARKERS.forename);
  });
});
