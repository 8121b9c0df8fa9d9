import { describe, expect, it } from 'vitest';
import { definePolicy, policies } from '../../src/policy/index';
import type { Pep } from '../../src/pep/schema';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';

const MEETING = '2025-01-15';
// Three SMART targets from smart-dev.json (d003 communication, d016 academic, d034 attendance).
const SIGNS = { text: 'Ayaan will use 10 Makaton signs functionally across the school day by end of Summer term.', area: 'communication' } as const;
const SPANISH = { text: 'Ruby-Mae (Y10) will get a grade 6 or above in her Spanish mock in December.', area: 'academic' } as const;
const LATES = { text: 'Ellis will have 0 lates to registration over the next 6 weeks (he had 12 lates in Autumn 2).', area: 'attendance' } as const;

describe('checkTargetSet', () => {
  it('asks for at least three outcomes under the Barnet policy (seed 002: a robust Action Plan with at least three outcomes)', () => {
    const set = checkTargetSet([SIGNS, SPANISH], { meetingDate: MEETING, policy: policies.barnet });
    expect(set.findings).toEqual([
      {
        code: 'SMART-SET-TOO-FEW',
        severity: 'error',
        message: 'The plan has 2 target(s); the policy asks for at least 3.',
        path: [],
        source: policies.barnet.targets.minimumCount.source,
      },
    ]);
    expect(checkTargetSet([SIGNS, SPANISH, LATES], { meetingDate: MEETING, policy: policies.barnet }).findings).toEqual([]);
  });

  it('asks for at least one academic target under the Halton policy (seed 003 Appendix B)', () => {
    const set = checkTargetSet([SIGNS, LATES], { meetingDate: MEETING, policy: policies.halton });
    expect(set.findings.map((f) => [f.code, f.severity])).toEqual([['SMART-SET-NO-ACADEMIC', 'error']]);
  });

  it('asks for a balance of academic and personal targets when the policy says so', () => {
    const policy = definePolicy({ targets: { balanceRequired: { value: true, source: 'test council' } } });
    if (!policy.success) throw new Error('policy');
    const set = checkTargetSet([SPANISH, { text: 'Kyle will get a grade 4 in his GCSE Maths mock in March.', area: 'academic' }], { meetingDate: MEETING, policy: policy.data });
    expect(set.findings).toEqual([
      { code: 'SMART-SET-UNBALANCED', severity: 'warning', message: 'The plan has 2 academic and 0 personal target(s); the policy asks for a balance of both.', path: [], source: 'test council' },
    ]);
  });

  it('finds duplicates once case, spacing, markup and punctuation are ignored', () => {
    const set = checkTargetSet([SPANISH.text, `<p>${SPANISH.text.toUpperCase()}</p>`, SIGNS, `  ${SPANISH.text.replace(/ /g, '  ')}!`], { meetingDate: MEETING });
    expect(set.duplicates).toEqual([[0, 1, 3]]);
    expect(set.findings.filter((f) => f.code === 'SMART-SET-DUPLICATE').map((f) => f.path)).toEqual([[1], [3]]);
  });

  it('returns each target’s report, with its findings under the target’s index', () => {
    const set = checkTargetSet([SPANISH, 'Dan to be a positive role model'], { meetingDate: MEETING });
    expect(set.reports[0]).toEqual(checkSmartTarget(SPANISH, { meetingDate: MEETING }));
    expect(set.findings.map((f) => [f.code, f.path])).toEqual([
      ['SMART-NOT-SPECIFIC', [1]],
      ['SMART-NOT-MEASURABLE', [1]],
      ['SMART-NO-DEADLINE', [1]],
    ]);
    expect([set.count, set.passing, set.areas]).toEqual([2, 1, { academic: 1, semh: 1 }]);
  });

  it('counts targets per area in the order of each area\'s first target, with unknown for a target with no area', () => {
    const targets = [
      { text: 'Sam will attend 95% of sessions by July.', area: 'attendance' as const },
      SPANISH,
      { text: 'Sam will attend 96% of sessions by June.', area: 'attendance' as const },
      42 as unknown as string,
      { text: 'Sam will name 3 feelings by Easter.', area: 'semh' as const },
      SPANISH,
    ];
    const set = checkTargetSet(targets, { meetingDate: MEETING });
    expect(JSON.stringify(set.areas)).toBe(JSON.stringify({ attendance: 2, academic: 2, unknown: 1, semh: 1 }));
  });

  it('with the PEP, expects a SEMH target when the SDQ is high and an attendance target when attendance is below the threshold', () => {
    const pep = {
      phase: 'school-age',
      meeting: { date: MEETING },
      attendance: { percentage: 86.5 },
      sdq: [{ informant: 'teacher', completedOn: '2024-11-20', totalDifficulties: 17 }],
      sen: { status: 'sen-support', primaryNeed: 'SLCN' },
      targets: [],
    } as unknown as Pep;
    const set = checkTargetSet([SPANISH], { pep, policy: policies.bolton });
    expect(set.findings.map((f) => [f.code, f.severity])).toEqual([
      // Bolton asks for "a balance of academic and personal development targets" (smart targets, step-by-step guide).
      ['SMART-SET-UNBALANCED', 'warning'],
      ['SMART-SET-SEMH-TARGET-MISSING', policies.bolton.sdq.concernNeedsSemhTarget.value ? 'error' : 'warning'],
      ['SMART-SET-ATTENDANCE-TARGET-MISSING', 'warning'],
      ['SMART-SET-SEN-NEED-NOT-ADDRESSED', 'info'],
    ]);
    expect(checkTargetSet([SPANISH, SIGNS, LATES, { text: 'Jacob will share toys with a friend at free flow on 3 out of 5 days by Easter.', area: 'semh' }], { pep, policy: policies.bolton }).findings).toEqual([]);
  });

  it('never throws on input that is not an array, and reports it', () => {
    expect(checkTargetSet('three targets' as never)).toEqual({
      reports: [],
      count: 0,
      passing: 0,
      areas: {},
      duplicates: [],
      findings: [{ code: 'SMART-SET-INVALID', severity: 'error', message: 'The targets are not an array.', path: [] }],
    });
  });

  it('reports unusable elements under their index and still counts them', () => {
    const set = checkTargetSet([SPANISH, 17 as never, { text: '' }], { meetingDate: MEETING });
    expect(set.count).toBe(3);
    expect(set.findings.map((f) => [f.code, f.path])).toEqual([
      ['SMART-INPUT-INVALID', [1]],
      ['SMART-TEXT-EMPTY', [2, 'text']],
    ]);
  });
});
