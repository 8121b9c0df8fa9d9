import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import { cohortSummary, createCohortAccumulator, readSsda903, renderCohortHtml, type CohortRosterSection } from '../../src/report/index';
import { assessPep } from '../../src/rules/index';
import { pep } from './_pep';

const TODAY = '2025-06-30';
const HEADER = 'CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB';
const EPISODES = 'CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN';
const rosterOf = (header: string[], episodes: string[]) => readSsda903({ header: [HEADER, ...header].join('\n'), episodes: [EPISODES, ...episodes].join('\n') }).roster;
const counts = (r: CohortRosterSection | undefined) =>
  r === undefined
    ? null
    : Object.fromEntries((['children', 'withCurrentPep', 'overdue', 'noPep', 'initialLate', 'notOnRoster', 'placementChangeNoReview', 'shortBreaks'] as const).map((k) => [k, r[k].ids.join(' ')]));

const examples = () => {
  const text = (f: string) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8');
  const records = text('cohort.ndjson').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
  return { records, roster: readSsda903({ header: text('ssda903/header.csv'), episodes: text('ssda903/episodes.csv') }).roster };
};

describe('cohortSummary with a roster: every child in care, not only those with a PEP', () => {
  // 601 has a current PEP; 602 an overdue one; 603 none; 604 came into care with no PEP yet due;
  // 605 a placement change after their PEP; 606 short breaks only; 607 left care but has a PEP.
  const roster = rosterOf(
    ['601,1,01/09/2014,WBRI,,,', '602,1,01/09/2014,WBRI,,,', '603,1,01/09/2014,WBRI,,,', '604,1,01/09/2014,WBRI,,,', '605,1,01/09/2014,WBRI,,,', '606,1,01/09/2014,WBRI,,,', '607,1,01/09/2014,WBRI,,,'],
    [
      '601,01/06/2022,S,C2,N1,U1,PR1,,,,,,',
      '602,01/06/2022,S,C2,N1,U1,PR1,,,,,,',
      '603,01/06/2022,S,C2,N1,U1,PR1,,,,,,',
      '604,24/06/2025,S,V2,N1,U1,PR1,,,,,,',
      '605,01/06/2022,S,C2,N1,U1,PR1,02/06/2025,X1,CARPL,,,',
      '605,02/06/2025,P,C2,N1,U3,PR1,,,,,,',
      '606,01/09/2024,S,V4,N2,U4,PR1,,,,,,',
      '607,01/06/2022,S,C2,N1,U1,PR1,31/05/2025,E8,,,,',
    ],
  );
  const peps = [
    pep({ id: 'p601', childId: '601', meeting: '2025-05-14', enteredCare: '2022-06-01' }),
    pep({ id: 'p602', childId: '602', meeting: '2024-10-09', enteredCare: '2022-06-01' }),
    pep({ id: 'p605', childId: '605', meeting: '2025-05-14', enteredCare: '2022-06-01' }),
    pep({ id: 'p607', childId: '607', meeting: '2025-05-14', enteredCare: '2022-06-01' }),
  ];

  it('counts the roster children and what each needs, by CHILD id', () => {
    const s = cohortSummary(peps, { today: TODAY, roster });
    expect(counts(s.roster)).toEqual({
      children: '601 602 603 604 605',
      withCurrentPep: '601 605',
      overdue: '602',
      noPep: '603 604',
      initialLate: '603',
      notOnRoster: '607',
      placementChangeNoReview: '605',
      shortBreaks: '606',
    });
    expect(s.roster?.matchOn).toBe('child-id');
  });

  it('takes "overdue" from the report\'s own PEP position (one computation)', () => {
    const s = cohortSummary(peps, { today: TODAY, roster });
    expect(s.roster?.overdue.ids).toEqual(s.overdue.map((o) => o.childId).filter((id) => id !== '607'));
  });

  it('lists one action row per child, most pressing reason first, with due dates from the policy', () => {
    const s = cohortSummary(peps, { today: TODAY, roster });
    expect(s.roster?.actions.map((a) => [a.childId, a.status, a.reasons.join(' ')])).toEqual([
      ['603', 'no-pep', 'ROSTER-CHILD-NO-PEP ROSTER-INITIAL-PEP-LATE'],
      ['604', 'no-pep', 'ROSTER-CHILD-NO-PEP'],
      ['602', 'overdue', 'ROSTER-PEP-OVERDUE'],
      ['605', 'placement-change-no-review', 'ROSTER-PLACEMENT-CHANGE-NO-REVIEW'],
      ['607', 'not-on-roster', 'ROSTER-PEP-NOT-ON-ROSTER'],
    ]);
    // 604 came into care on Tuesday 24/06/2025: 10 working days (england) runs to Tuesday 08/07/2025.
    expect(s.roster?.actions[1]).toMatchObject({ due: '2025-07-08', daysOverdue: 0, latestPep: null });
    // 605's move on 02/06/2025: a review within 10 working days, by 16/06/2025; 14 days past on 30/06.
    expect(s.roster?.actions[3]).toMatchObject({ due: '2025-06-16', daysOverdue: 14, latestPep: '2025-05-14' });
  });

  it('counts a short-breaks-only child among the children with shortBreaks: include', () => {
    const s = cohortSummary(peps, { today: TODAY, roster, shortBreaks: 'include' });
    expect(s.roster?.children.ids).toEqual(['601', '602', '603', '604', '605', '606']);
    expect(s.roster?.noPep.ids).toEqual(['603', '604', '606']);
  });

  it('does not ask for a placement-change review when the policy does not review on a change', () => {
    const policy = { ...policies.england, timescales: { ...policies.england.timescales, reviewOnPlacementChange: { value: false, source: 'test' } } };
    const s = cohortSummary(peps, { today: TODAY, roster, policy });
    expect(s.roster?.placementChangeNoReview.count).toBe(0);
  });

  it('judges a late initial PEP only from a PEP marked initial (an export may hold only recent PEPs)', () => {
    const late = rosterOf(['611,1,01/09/2014,WBRI,,,', '612,1,01/09/2014,WBRI,,,'], ['611,02/01/2025,S,C2,N1,U1,PR1,,,,,,', '612,02/01/2025,S,C2,N1,U1,PR1,,,,,,']);
    const s = cohortSummary(
      [pep({ id: 'a', childId: '611', meeting: '2025-03-12', kind: 'initial', enteredCare: '2025-01-02' }), pep({ id: 'b', childId: '612', meeting: '2025-03-12', enteredCare: '2025-01-02' })],
      { today: TODAY, roster: late },
    );
    expect(s.roster?.initialLate.ids).toEqual(['611']);
    expect(s.roster?.actions.find((a) => a.childId === '611')).toMatchObject({ status: 'initial-late', due: '2025-01-16', daysOverdue: 55 });
  });

  it('matches on UPN when asked', () => {
    const byUpn = rosterOf(['R1,1,01/09/2014,WBRI,A123456789012,,'], ['R1,01/06/2022,S,C2,N1,U1,PR1,,,,,,']);
    const p = pep({ id: 'p', childId: 'other-id', meeting: '2025-05-14', enteredCare: '2022-06-01' });
    (p.child as Record<string, unknown>).upn = 'A123456789012';
    expect(counts(cohortSummary([p], { today: TODAY, roster: byUpn, matchOn: 'upn' }).roster)).toMatchObject({ children: 'R1', withCurrentPep: 'R1', notOnRoster: '' });
    expect(counts(cohortSummary([p], { today: TODAY, roster: byUpn }).roster)).toMatchObject({ noPep: 'R1', notOnRoster: 'other-id' });
  });

  it('leaves out a child aged 18 or over on the report date', () => {
    const adult = rosterOf(['621,1,01/06/2007,WBRI,,,'], ['621,01/06/2022,S,C2,N1,U1,PR1,,,,,,']);
    expect(cohortSummary([], { today: TODAY, roster: adult }).roster?.children.count).toBe(0);
  });

  it('lists at most listLimit ids but counts every child', () => {
    const s = cohortSummary(peps, { today: TODAY, roster, listLimit: 1 });
    expect(s.roster?.children).toEqual({ count: 5, ids: ['601'] });
    expect(s.roster?.actions).toHaveLength(5);
  });

  it('reports a roster that is not one readSsda903 made, and adds no roster section', () => {
    const s = cohortSummary(peps, { today: TODAY, roster: { children: 'nope' } as never });
    expect(s.roster).toBeUndefined();
    expect(s.findings.map((f) => f.code)).toContain('COHORT-ROSTER-INVALID');
  });

  it('has no roster section without a roster (the summary and the HTML page are unchanged)', () => {
    const s = cohortSummary(peps, { today: TODAY });
    expect('roster' in s).toBe(false);
    expect(renderCohortHtml(s)).not.toContain('id="roster"');
  });

  it('prints the roster section in the HTML page, escaping ids, and never a name even with includeNames', () => {
    const hostile = rosterOf(['"<b>x</b>",1,01/09/2014,WBRI,,,'], ['"<b>x</b>",01/06/2022,S,C2,N1,U1,PR1,,,,,,']);
    const html = renderCohortHtml(cohortSummary(peps, { today: TODAY, roster: hostile, includeNames: true }), { includeNames: true });
    expect(html).toContain('id="roster"');
    expect(html).not.toContain('<b>x</b>');
    const section = html.slice(html.indexOf('id="roster"'), html.indexOf('</section>', html.indexOf('id="roster"')));
    expect(section).not.toMatch(/Qzforename|Vvsurname/);
    // An id that is not a plain identifier (it could be a name) is shown by its header line instead.
    expect(section).toContain('<th scope="row">#2</th>');
  });

  it('uses an assessPep result as it is, without assessing the PEP again', () => {
    const assessed = assessPep(peps[0], { today: TODAY });
    const marked = { ...assessed, findings: [...assessed.findings, { code: 'TEST-MARKER-ONLY', severity: 'warning' as const, message: 'Marker.' }] };
    expect(cohortSummary([marked], { today: TODAY }).findingsByCode.map((c) => c.code)).toContain('TEST-MARKER-ONLY');
  });

  it('gives the same summary from assessPep results as from raw records, and the accumulator the same as cohortSummary', () => {
    const { records, roster: r } = examples();
    const raw = cohortSummary(records, { today: TODAY, roster: r });
    expect(cohortSummary(records.map((x) => assessPep(x, { today: TODAY })), { today: TODAY, roster: r })).toEqual(raw);
    const acc = createCohortAccumulator({ today: TODAY, roster: r });
    for (const x of records) acc.add(x);
    expect(acc.result()).toEqual(raw);
  });
});

describe('the bundled example roster (examples/ssda903) with examples/cohort.ndjson on 30/06/2025', () => {
  it('has children with no PEP, a late initial PEP, a placement change with no review, a care leaver and a short-breaks-only child', () => {
    const { records, roster } = examples();
    const r = cohortSummary(records, { today: TODAY, roster }).roster!;
    expect(r.noPep.ids).toEqual(['child-1061', 'child-1062', 'child-1063']);
    expect(r.initialLate.ids).toEqual(['child-1061', 'child-1062']);
    expect(r.placementChangeNoReview.ids).toEqual(['child-1010']);
    expect(r.notOnRoster.ids).toEqual(['child-1055', 'child-1059']);
    expect(r.shortBreaks.ids).toEqual(['child-1064']);
    expect(r.children.ids).not.toContain('child-1065');
    expect(r.children.count).toBe(r.withCurrentPep.count + r.overdue.count + r.noPep.count);
  });
});

describe('a roster changed by hand never makes cohortSummary throw', () => {
  it('reads children whose episodes or dates are anything', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), upn: fc.jsonValue(), dateOfBirth: fc.jsonValue(), episodes: fc.array(fc.oneof(fc.jsonValue(), fc.record({ start: fc.constantFrom('2024-01-01', 'x'), end: fc.constantFrom(null, '2025-01-01', 7) }))) })), (children) => {
        const s = cohortSummary([pep({ id: 'p', childId: 'c', meeting: '2025-05-14', enteredCare: '2022-06-01' })], { today: TODAY, roster: { format: 'pep-rules-ssda903-roster', children } as never });
        expect(s.roster?.children.count).toBe((s.roster?.withCurrentPep.count ?? 0) + (s.roster?.overdue.count ?? 0) + (s.roster?.noPep.count ?? 0));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('counts reconcile: children = withCurrentPep + overdue + noPep', () => {
  const day = (n: number) => `2025-0${1 + (n % 6)}-${String(1 + (n % 27)).padStart(2, '0')}`;
  const arbitrary = fc.record({
    kids: fc.array(
      fc.record({
        start: fc.integer({ min: 0, max: 60 }),
        ended: fc.boolean(),
        ls: fc.constantFrom('C2', 'V2', 'V4'),
        moves: fc.integer({ min: 0, max: 2 }),
        peps: fc.array(fc.constantFrom('2024-06-12', '2024-11-13', '2025-02-05', '2025-05-14', '2025-07-03'), { maxLength: 3 }),
        onRoster: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    shortBreaks: fc.constantFrom('exclude', 'include') as fc.Arbitrary<'exclude' | 'include'>,
  });

  it('holds for any roster and PEPs, and every id in the parts is a roster child', () => {
    fc.assert(
      fc.property(arbitrary, ({ kids, shortBreaks }) => {
        const header: string[] = [];
        const episodes: string[] = [];
        const records: unknown[] = [];
        kids.forEach((k, i) => {
          const id = `k${i}`;
          const [y, m, d] = day(k.start).split('-');
          if (k.onRoster) {
            header.push(`${id},1,01/09/2014,WBRI,,,`);
            episodes.push(`${id},${d}/${m}/${y},S,${k.ls},N1,U1,PR1,${k.ended ? '20/06/2025,E8' : ','},,,,`);
            for (let j = 0; j < k.moves; j += 1) episodes.push(`${id},0${j + 1}/06/2025,P,${k.ls},N1,U${j + 2},PR1,,,,,,`);
          }
          k.peps.forEach((date, j) => records.push(pep({ id: `${id}-${j}`, childId: id, meeting: date, enteredCare: '2023-01-01' })));
        });
        const s = cohortSummary(records, { today: TODAY, roster: rosterOf(header, episodes), shortBreaks });
        const r = s.roster!;
        expect(r.children.count).toBe(r.withCurrentPep.count + r.overdue.count + r.noPep.count);
        const parts = [...r.withCurrentPep.ids, ...r.overdue.ids, ...r.noPep.ids].sort();
        expect(parts).toEqual([...r.children.ids].sort());
        for (const id of [...r.initialLate.ids, ...r.placementChangeNoReview.ids]) expect(r.children.ids).toContain(id);
        for (const id of r.notOnRoster.ids) expect(r.children.ids).not.toContain(id);
      }),
      { numRuns: 60, seed: 20 },
    );
  });
});
