import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import type { Pep } from '../../src/pep/schema';
import { checkTargetSet } from '../../src/smart/index';

/*
 * The needs a PEP identifies that no target addresses, read by checkTargetSet in one pass over the
 * PEP's needs: an SDQ at a level of concern (Bolton Virtual School PEP guidance 2021/22: "an SDQ of 17 or
 * above should be addressed within the Target Setting section"), attendance below the policy threshold,
 * and the SEN primary need (Halton Virtual School PEP Policy 2023-24, Appendix B: targets informed by the
 * EHCP or SEN Support Plan). Targets and PEPs below are written for this test.
 */
const MEETING = '2025-02-10';
const READING = { text: 'Mia will read 40 words a minute from a Year 3 book by the end of the spring term.', area: 'academic' } as const;
const FEELINGS = { text: 'Mia will name 3 calming strategies to her key adult by Easter.', area: 'semh' } as const;
const SPEECH = { text: 'Mia will use 5 new topic words in a sentence with her SALT by half term.', area: 'communication' } as const;

function pepWith(parts: Record<string, unknown>): Pep {
  return { phase: 'school-age', meeting: { date: MEETING }, targets: [], ...parts } as unknown as Pep;
}
const codesOf = (targets: readonly object[], pep: Pep): string[] =>
  checkTargetSet(targets as never, { pep, policy: policies.bolton }).findings.map((f) => f.code).filter((c) => c.startsWith('SMART-SET-') && c !== 'SMART-SET-UNBALANCED');

describe('checkTargetSet with the PEP: needs left without a target (Bolton guidance, Target Setting; Halton Appendix B)', () => {
  it('an SDQ of concern with no SEMH target is reported; a SEMH target answers it', () => {
    const pep = pepWith({ sdq: [{ informant: 'parent', completedOn: '2025-01-20', totalDifficulties: 19 }] });
    expect(codesOf([READING], pep)).toEqual(['SMART-SET-SEMH-TARGET-MISSING']);
    expect(codesOf([READING, FEELINGS], pep)).toEqual([]);
  });

  it('a SEMH need recorded without an SDQ (needs written, suspensions) is not an SDQ need: no SDQ finding', () => {
    const pep = pepWith({ semh: { needs: 'Finds transitions between lessons hard.' }, exclusions: { suspensions: [{ startDate: '2024-12-02', days: 1 }] } });
    expect(codesOf([READING], pep)).toEqual([]);
  });

  it('an SDQ below the concern level is not a need', () => {
    const pep = pepWith({ sdq: [{ informant: 'teacher', completedOn: '2025-01-20', totalDifficulties: 9 }] });
    expect(codesOf([READING], pep)).toEqual([]);
  });

  it('attendance below the threshold with no attendance target is reported once, whatever else is needed', () => {
    const pep = pepWith({ attendance: { percentage: 84 }, sdq: [{ informant: 'parent', completedOn: '2025-01-20', totalDifficulties: 21 }] });
    expect(codesOf([READING], pep)).toEqual(['SMART-SET-SEMH-TARGET-MISSING', 'SMART-SET-ATTENDANCE-TARGET-MISSING']);
    expect(codesOf([READING, FEELINGS], pep)).toEqual(['SMART-SET-ATTENDANCE-TARGET-MISSING']);
  });

  it('attendance at or above the threshold is not a need', () => {
    expect(codesOf([READING], pepWith({ attendance: { percentage: 97.5 } }))).toEqual([]);
  });

  it('the SEN primary need is answered by a target in its area, and a need in another area does not answer it', () => {
    const pep = pepWith({ sen: { status: 'sen-support', primaryNeed: 'Speech, language and communication needs' } });
    const sen = checkTargetSet([READING] as never, { pep, policy: policies.bolton }).findings.find((f) => f.code === 'SMART-SET-SEN-NEED-NOT-ADDRESSED');
    expect(sen?.message).toBe('No target addresses the SEN primary need (area communication).');
    expect(codesOf([READING, FEELINGS], pep)).toEqual(['SMART-SET-SEN-NEED-NOT-ADDRESSED']);
    expect(codesOf([READING, SPEECH], pep)).toEqual([]);
  });

  it('a SEN status of none is not a need, whatever primary need is written', () => {
    expect(codesOf([READING], pepWith({ sen: { status: 'none', primaryNeed: 'Speech, language and communication needs' } }))).toEqual([]);
  });

  it('a SEMH primary need is answered by a SEMH target, and with an SDQ of concern one SEMH target answers both', () => {
    const pep = pepWith({ sen: { status: 'ehcp', primaryNeed: 'SEMH' }, sdq: [{ informant: 'parent', completedOn: '2025-01-20', totalDifficulties: 18 }] });
    expect(codesOf([READING], pep)).toEqual(['SMART-SET-SEMH-TARGET-MISSING', 'SMART-SET-SEN-NEED-NOT-ADDRESSED']);
    expect(codesOf([READING, FEELINGS], pep)).toEqual([]);
  });
});
