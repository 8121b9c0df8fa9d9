import { describe, expect, it } from 'vitest';
import { checkPpPlusRequest } from '../../src/funding/checkPpPlusRequest';
import { definePolicy } from '../../src/policy/definePolicy';
import { policies } from '../../src/policy/presets/index';
import type { Policy } from '../../src/policy/schema';
import { makePep } from './_pep';

/*
 * Worked examples of the PP+ release gates and release timing, one per gate per preset, named with
 * the section of the council document each comes from.
 */

const { england, halton, bolton, barnet, miltonKeynes } = policies;

/** Halton, Appendix B: "1:1 tuition for an hour each week at a cost of £55 … Ten weeks will cost £550." */
const BILLY = { targetIds: ['t1'], description: '1:1 maths tuition, an hour a week for ten weeks', category: 'tuition', amount: 550, quantity: 10, unitCost: 55 };

const codes = (r: { findings: { code: string }[] }): string[] => r.findings.map((f) => f.code);
const withoutView = (who: 'child' | 'socialWorker' | 'carer', text?: string) => {
  const pep = makePep();
  return { ...pep, views: { ...pep.views, [who]: text === undefined ? undefined : { text } } };
};

describe('Halton Virtual School PEP Policy 2023-24, Process: "Following completion of a satisfactory PEP, the amount of PPG requested for the term will be released"', () => {
  it('a Red (Inadequate) PEP does not get its £550: withheld below the minimum grade', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [BILLY], qa: { grade: 'red' } }, halton);
    expect([r.allowed, r.requests[0]?.status, r.capsApplied.map((c) => [c.kind, c.code])]).toEqual([0, 'withheld', [['withheld', 'PPPLUS-WITHHELD-QA-GRADE']]]);
    expect(r.findings.find((f) => f.code === 'PPPLUS-WITHHELD-QA-GRADE')?.source).toBe(halton.ppPlus.minimumQaGrade?.source);
    expect(r.release).toBeNull();
  });

  it.each(['amber', 'green', 'gold'] as const)('a %s PEP is satisfactory: the £550 is released on the PEP', (grade) => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [BILLY], qa: { grade } }, halton);
    expect([r.allowed, codes(r), r.release]).toEqual([550, [], { timing: 'on-pep', period: null, paidIn: null, source: halton.ppPlus.release?.source }]);
  });

  it('no grade supplied: withheld rather than guessed (PPPLUS-QA-GRADE-MISSING)', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [BILLY] }, halton);
    expect([r.allowed, codes(r)]).toEqual([0, ['PPPLUS-QA-GRADE-MISSING']]);
  });

  it("the grade read as satisfactory is the grid's Amber/RI: the preset says so and cites the grid", () => {
    expect(halton.ppPlus.minimumQaGrade?.value).toBe('amber');
    expect(halton.ppPlus.minimumQaGrade?.source).toMatch(/satisfactory PEP.*Gold\/Outstanding, Green\/Good, Amber\/RI, Red\/Inadequate/);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Process: "It is essential that PEPs include the voice of the child/young person, social worker and carer"', () => {
  it.each([
    ['child', 'child-views'],
    ['socialWorker', 'social-worker-views'],
    ['carer', 'carer-views'],
  ] as const)('without the %s view the PEP is returned before any funding is issued, even graded Green', (who, section) => {
    const r = checkPpPlusRequest({ pep: withoutView(who), requests: [BILLY], qa: { grade: 'green' } }, halton);
    expect([r.allowed, codes(r)]).toEqual([0, ['PPPLUS-WITHHELD-SECTIONS-MISSING']]);
    expect(r.capsApplied).toEqual([
      { kind: 'sections-missing', code: 'PPPLUS-WITHHELD-SECTIONS-MISSING', limit: null, alreadyPaid: null, available: 0, source: halton.ppPlus.requiredSections.source, missingSections: [section] },
    ]);
    expect(r.findings[0]?.path).toEqual(['pep', 'views']);
  });

  it('a view of spaces only is not a voice; all missing sections are listed, in the policy order', () => {
    const pep = { ...makePep(), views: { child: { text: '   ' } } };
    const r = checkPpPlusRequest({ pep, requests: [BILLY], qa: { grade: 'gold' } }, halton);
    expect(r.capsApplied[0]?.missingSections).toEqual(['child-views', 'social-worker-views', 'carer-views']);
    expect(r.findings[0]?.message).toBe('PP+ is withheld: the PEP is returned until these sections are completed: child-views, social-worker-views, carer-views.');
  });

  it('Barnet, Bolton and england require no sections: the same PEP without a carer view is paid', () => {
    for (const policy of [barnet, bolton, england]) {
      const r = checkPpPlusRequest({ pep: withoutView('carer'), requests: [{ ...BILLY, breakdown: [{ item: 'tuition', amount: 550 }] }] }, policy);
      expect(codes(r)).not.toContain('PPPLUS-WITHHELD-SECTIONS-MISSING');
      expect(r.allowed).toBe(550);
    }
  });
});

describe('Barnet Virtual School PEP Guidance, What is Pupil Premium funding?: "The PPG will normally be sent at the beginning of the term following the term that the PEP took place"', () => {
  const request = { ...BILLY, breakdown: [{ item: '1:1 tuition', quantity: 10, unitCost: 55, amount: 550 }] };
  it('an autumn 2024/25 PEP: funding for the autumn term, sent in the spring term', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [request] }, barnet);
    expect(r.release).toEqual({ timing: 'termly', period: 'autumn 2024/25', paidIn: 'spring 2024/25', source: barnet.ppPlus.release?.source });
  });

  it('a summer PEP is paid in the autumn of the next academic year', () => {
    const pep = makePep({ meeting: { date: '2025-06-10' }, term: { academicYear: '2024/25', term: 'summer' } });
    const r = checkPpPlusRequest({ pep, requests: [request] }, barnet);
    expect([r.release?.period, r.release?.paidIn]).toEqual(['summer 2024/25', 'autumn 2025/26']);
  });

  it('nothing allowed, nothing released', () => {
    const pep = makePep({ targets: [] });
    const r = checkPpPlusRequest({ pep, requests: [{ ...request, targetIds: [] }] }, barnet);
    expect([r.allowed, r.release]).toEqual([0, null]);
  });
});

describe('Bolton Virtual School PEP guidance 2021/22, Frequency Asked Questions: "April to August = £750" and "Sept to March = £1,045"', () => {
  const tuition = (amount: number) => ({ targetIds: ['t1'], description: 'Maths tuition', category: 'tuition', amount });
  it('an October PEP is released in the September to March instalment, capped at £1,045', () => {
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-10-15' } }), requests: [tuition(1200)] }, bolton);
    expect([r.allowed, r.release]).toEqual([1045, { timing: 'instalments', period: 'September to March', paidIn: null, source: bolton.ppPlus.instalments[1]?.source }]);
  });

  it('a May PEP is released in the April to August instalment, capped at £750', () => {
    const pep = makePep({ meeting: { date: '2025-05-12' }, term: { academicYear: '2024/25', term: 'summer' } });
    const r = checkPpPlusRequest({ pep, requests: [tuition(1200)] }, bolton);
    expect([r.allowed, r.release?.period]).toEqual([750, 'April to August']);
  });

  it("the preset's release is worked out from its instalments (ppPlus.release is null), as a policy written before the timing field", () => {
    expect([bolton.ppPlus.release, bolton.ppPlus.instalments.length]).toEqual([null, 2]);
  });
});

describe('Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, §6 Pupil Premium Plus Funding: "Up to £950 will be paid per Core PEP"', () => {
  it('released on the core PEP, up to £950', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [{ ...BILLY, amount: 1100, quantity: 20 }] }, miltonKeynes);
    expect([r.allowed, r.release?.timing, r.release?.period]).toEqual([950, 'on-pep', null]);
  });

  it('sets no QA grade of its own (the QA grid is Halton\'s): a Red grade does not stop a Milton Keynes payment', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [BILLY], qa: { grade: 'red' } }, miltonKeynes);
    expect([miltonKeynes.ppPlus.minimumQaGrade, r.allowed]).toEqual([null, 550]);
  });
});

describe('release timing: one model, older policies still read (ppPlus.release, allocationBasis, instalments)', () => {
  const window = { label: 'April to August', fromMonth: 4, toMonth: 8, pounds: 750, source: 'Exampleshire PP+ policy, §2' };

  it('a policy written before the timing field, with instalment windows, is released in instalments as before', () => {
    const old = definePolicy({ id: 'old', ppPlus: { allocationBasis: { value: 'instalments', source: 'Exampleshire PP+ policy, §2' }, instalments: [window] } });
    expect(old.ok).toBe(true);
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-06-03' } }), requests: [BILLY] }, old.ok ? old.data : undefined);
    expect([r.allowed, r.release?.timing, r.release?.period]).toEqual([550, 'instalments', 'April to August']);
  });

  it('a policy written before the timing field with allocationBasis termly is released termly', () => {
    const old = definePolicy({ id: 'old', ppPlus: { allocationBasis: { value: 'termly', source: 'Exampleshire PP+ policy, §1' } } });
    const r = checkPpPlusRequest({ pep: makePep(), requests: [BILLY] }, old.ok ? old.data : undefined);
    expect([r.release?.timing, r.release?.paidIn, r.release?.source]).toEqual(['termly', 'spring 2024/25', 'Exampleshire PP+ policy, §1']);
  });

  it('nothing a policy sets is silently ignored: windows beside a non-instalment timing, or an older basis that disagrees, are errors', () => {
    const windowsIgnored = definePolicy({ id: 'x', ppPlus: { instalments: [window] } }, barnet);
    const basisDisagrees = definePolicy({ id: 'x', ppPlus: { allocationBasis: { value: 'termly', source: 's' } } }, miltonKeynes);
    const noWindows = definePolicy({ id: 'x', ppPlus: { release: { timing: 'instalments', source: 's' } } });
    const found = (r: ReturnType<typeof definePolicy>) => (r.ok ? [] : r.findings.map((f) => [f.code, f.path]));
    expect(found(windowsIgnored)).toEqual([['POLICY-INVALID', ['ppPlus', 'instalments']]]);
    expect(found(basisDisagrees)).toEqual([['POLICY-INVALID', ['ppPlus', 'allocationBasis', 'value']]]);
    expect(found(noWindows)).toEqual([['POLICY-INVALID', ['ppPlus', 'release', 'timing']]]);
  });

  it('a timing set with what it needs is accepted and wins over the older basis', () => {
    const r = definePolicy({ id: 'x', ppPlus: { release: { timing: 'termly', source: 'Exampleshire PP+ policy, §1' } } });
    expect(r.ok && (r.data as Policy).ppPlus.release).toEqual({ timing: 'termly', source: 'Exampleshire PP+ policy, §1' });
  });
});
