import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import type { Pep } from '../../src/pep/schema';
import { _NEED_OTHER, _NEED_SDQ, _NEED_SEN, _pepNeeds } from '../../src/smart/_context';
import { checkTargetSet } from '../../src/smart/index';

/*
 * Each need a PEP identifies carries the signal that made it, and the set's needs left without a target are read
 * by that signal (Bolton Virtual School PEP guidance 2021/22: "an SDQ of 17 or above should be addressed within the
 * Target Setting section"; Halton Virtual School PEP Policy 2023-24, Appendix B: targets informed by the EHCP or SEN
 * Support Plan). PEPs and targets below are written for this test.
 */
const pepWith = (parts: Record<string, unknown>): Pep =>
  ({ phase: 'school-age', meeting: { date: '2025-03-03' }, targets: [], ...parts }) as unknown as Pep;
const SUMS = { text: 'Kai will answer 8 of 10 times-table questions correctly by half term.', area: 'academic' } as const;
const setCodes = (pep: Pep): string[] =>
  checkTargetSet([SUMS] as never, { pep, policy: policies.bolton }).findings.map((f) => f.code).filter((c) => c.startsWith('SMART-SET-') && c !== 'SMART-SET-UNBALANCED');
const kinds = (pep: Pep): [string, number][] => _pepNeeds(pep, policies.bolton).map((n) => [n.area, n.kind]);

describe('Bolton guidance, Target Setting: an SDQ need is known by its signal', () => {
  it('an SDQ total at or above the concern threshold makes an SDQ need', () => {
    expect(kinds(pepWith({ sdq: [{ informant: 'parent', completedOn: '2025-02-01', totalDifficulties: 18 }] }))).toEqual([['semh', _NEED_SDQ]]);
    expect(setCodes(pepWith({ sdq: [{ informant: 'parent', completedOn: '2025-02-01', totalDifficulties: 18 }] }))).toEqual(['SMART-SET-SEMH-TARGET-MISSING']);
  });

  it('near misses: SEMH needs written, suspensions and an SEMH primary need are SEMH needs but not SDQ needs', () => {
    const pep = pepWith({ semh: { needs: 'Struggles to settle after break.' }, exclusions: { suspensions: [{ startDate: '2025-01-13', days: 2 }] } });
    expect(kinds(pep)).toEqual([['semh', _NEED_OTHER], ['semh', _NEED_OTHER]]);
    expect(setCodes(pep)).toEqual([]);
    const sen = pepWith({ sen: { status: 'ehcp', primaryNeed: 'Social, emotional and mental health' } });
    expect(kinds(sen)).toEqual([['semh', _NEED_SEN]]);
    expect(setCodes(sen)).toEqual(['SMART-SET-SEN-NEED-NOT-ADDRESSED']);
  });

  it('an SDQ total below the concern threshold makes no need at all', () => {
    expect(kinds(pepWith({ sdq: [{ informant: 'teacher', completedOn: '2025-02-01', totalDifficulties: 8 }] }))).toEqual([]);
  });
});

describe('Halton Appendix B: the SEN primary need is known by its signal', () => {
  it('the SEN primary need is a SEN need; attendance below the threshold is not', () => {
    const pep = pepWith({ sen: { status: 'sen-support', primaryNeed: 'Speech, language and communication needs' }, attendance: { percentage: 82 } });
    expect(kinds(pep)).toEqual([['attendance', _NEED_OTHER], ['communication', _NEED_SEN]]);
    expect(setCodes(pep)).toEqual(['SMART-SET-ATTENDANCE-TARGET-MISSING', 'SMART-SET-SEN-NEED-NOT-ADDRESSED']);
  });

  it('subjects behind and a post-16 PEP are other needs, never the SEN one', () => {
    const pep = pepWith({ phase: 'post-16' });
    expect(kinds(pep)).toEqual([['post-16', _NEED_OTHER]]);
    expect(setCodes(pep)).toEqual([]);
  });
});
