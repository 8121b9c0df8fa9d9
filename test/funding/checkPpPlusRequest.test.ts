import { describe, expect, it } from 'vitest';
import { checkPpPlusRequest, type PpPlusRequestCheck } from '../../src/funding/checkPpPlusRequest';
import { _SRC_ACROSS_SETTINGS, _SRC_FINANCIAL_YEAR, _SRC_PEP_USE, _SRC_RATES } from '../../src/funding/_sources';
import { parsePep } from '../../src/pep/parsePep';
import { barnet } from '../../src/policy/presets/barnet';
import { bolton } from '../../src/policy/presets/bolton';
import { england } from '../../src/policy/presets/england';
import { halton } from '../../src/policy/presets/halton';
import { miltonKeynes } from '../../src/policy/presets/miltonKeynes';
import type { Policy } from '../../src/policy/schema';
import { makePep } from './_pep';

const MK = miltonKeynes.ppPlus;
const BOLTON = bolton.ppPlus;

/** A costed request: one breakdown line of quantity × unit cost. */
const costed = (amount: number, targetIds: string[] = ['t1'], description = 'Maths tuition', unitCost = amount, quantity = 1) => ({
  targetIds,
  description,
  category: 'tuition',
  amount,
  breakdown: [{ item: description, quantity, unitCost, amount }],
});
const codes = (r: PpPlusRequestCheck) => r.findings.map((f) => f.code);
const summary = (r: PpPlusRequestCheck) => ({ requested: r.requested, allowed: r.allowed, caps: r.capsApplied.map((c) => [c.kind, c.available]) });

describe('the test PEP factory', () => {
  it('builds PEPs that pass parsePep (PepSchema v1)', () => {
    const peps = [
      makePep(),
      makePep({ core: false, kind: 'review', child: { previouslyLookedAfter: 'adoption', leftCare: '2024-01-01' } }),
      makePep({ ppPlus: { requests: [costed(950)] } }),
    ];
    for (const pep of peps) expect(parsePep(pep).success).toBe(true);
  });
});

describe('checkPpPlusRequest: Milton Keynes (£950 per core PEP, £1,900 per financial year; seed 000 §5 step 8, §6)', () => {
  it('pays a costed £950 request at the first core PEP of the year in full', () => {
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { requests: [costed(950, ['t1'], 'Tuition', 47.5, 20)] } }) }, miltonKeynes);
    expect(r).toMatchObject({ requested: 950, allowed: 950, requestedPence: 95_000, allowedPence: 95_000, capsApplied: [], findings: [] });
    expect(r.financialYear).toEqual({ label: '2024-25', start: '2024-04-01', end: '2025-03-31' });
    expect(r.requests).toEqual([{ index: 0, requested: 950, allowed: 950, status: 'allowed', codes: [] }]);
  });

  it('cuts a £1,100 request to £950 by the per-core-PEP cap', () => {
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { requests: [costed(600), costed(500, ['t2'], 'Circle time resources')] } }) }, miltonKeynes);
    expect(r.capsApplied).toEqual([{ kind: 'per-pep-cap', code: 'PPPLUS-CAP-PER-PEP', limit: 950, alreadyPaid: 0, available: 950, source: MK.perPepCap?.source }]);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-CAP-PER-PEP',
        severity: 'info',
        message: 'The cap per core PEP of £950.00, less £0.00 already paid, leaves £950.00 of the £1,100.00 requested.',
        path: ['pep', 'ppPlus', 'requests'],
        source: MK.perPepCap?.source,
      },
    ]);
    // Shared out in request order: the first £600 in full, £350 of the second.
    expect(r.requests.map((l) => [l.requested, l.allowed, l.status])).toEqual([
      [600, 600, 'allowed'],
      [500, 350, 'reduced'],
    ]);
  });

  it('second core PEP of the year: £950 paid in June leaves £950 of the £1,900, so £950 is paid in full', () => {
    const ledger = [{ date: '2024-06-20', amount: 950, pepId: 'pep-2024-summer', setting: '123456' }];
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { requests: [costed(950)] } }), ledger }, miltonKeynes);
    expect(summary(r)).toEqual({ requested: 950, allowed: 950, caps: [] });
  });

  it('an extra £500 paid in September leaves only £450 of the £1,900 for the autumn core PEP', () => {
    const ledger = [
      { date: '2024-06-20', amount: 950, pepId: 'pep-2024-summer' },
      { date: '2024-09-30', amount: 500, pepId: 'pep-2024-transition' },
    ];
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { requests: [costed(950)] } }), ledger }, miltonKeynes);
    expect(r.capsApplied).toEqual([
      { kind: 'per-financial-year-cap', code: 'PPPLUS-CAP-PER-FINANCIAL-YEAR', limit: 1900, alreadyPaid: 1450, available: 450, source: MK.perFinancialYearCap?.source },
    ]);
    expect([r.allowed, r.requests[0]?.status, r.requests[0]?.codes]).toEqual([450, 'reduced', ['PPPLUS-CAP-PER-FINANCIAL-YEAR']]);
  });

  it('no carry-forward: payments from the previous financial year do not reduce this year’s £1,900', () => {
    const ledger = [
      { date: '2024-01-10', amount: 950, pepId: 'pep-2023-autumn' },
      { date: '2024-03-28', amount: 950, pepId: 'pep-2024-spring' },
    ];
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-05-14' }, ppPlus: { requests: [costed(950)] } }), ledger }, miltonKeynes);
    expect(summary(r)).toEqual({ requested: 950, allowed: 950, caps: [] });
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-LEDGER-OTHER-YEARS',
        severity: 'info',
        message: '2 ledger payments are dated outside financial year 2024-25 and did not reduce its caps (no carry-forward).',
        path: ['ledger'],
        source: `${_SRC_FINANCIAL_YEAR}; ${england.ppPlus.noCarryForward.source}`,
      },
    ]);
  });

  it('a review PEP cannot request funds: finding and nothing allowed', () => {
    const r = checkPpPlusRequest({ pep: makePep({ kind: 'review', core: false, ppPlus: { requests: [costed(300)] } }) }, miltonKeynes);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-NOT-CORE-PEP',
        severity: 'error',
        message: 'This policy pays PP+ only through core PEPs, and this PEP is not a core PEP.',
        path: ['pep', 'core'],
        source: MK.capCorePepsOnly.source,
      },
    ]);
    expect(r.capsApplied).toEqual([{ kind: 'core-peps-only', code: 'PPPLUS-NOT-CORE-PEP', limit: null, alreadyPaid: null, available: 0, source: MK.capCorePepsOnly.source }]);
    expect([r.requested, r.allowed, r.requests[0]?.status]).toEqual([300, 0, 'withheld']);
  });

  it('a PEP not marked core is treated as not core', () => {
    const pep = { ...makePep({ ppPlus: { requests: [costed(300)] } }) };
    delete (pep as { core?: boolean }).core;
    const r = checkPpPlusRequest({ pep }, miltonKeynes);
    expect([r.allowed, r.findings[0]?.message]).toEqual([0, 'This policy pays PP+ only through core PEPs, and this PEP is not marked as one (core: true).']);
  });

  it('an uncosted request is rejected: MK asks for a full breakdown', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [{ targetIds: ['t1'], description: 'Tuition', amount: 500 }] }, miltonKeynes);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-REQUEST-NOT-COSTED',
        severity: 'error',
        message: 'The request is not costed: give a breakdown, or a quantity and unit cost, that adds up to the amount.',
        path: ['requests', 0, 'breakdown'],
        source: MK.requireCosting.source,
      },
    ]);
    expect([r.requested, r.allowed, r.requests[0]?.status]).toEqual([500, 0, 'rejected']);
  });
});

describe('checkPpPlusRequest: Bolton (£750 April–August, £1,045 September–March, £1,795 a year; seed 001 Pupil Premium)', () => {
  it('an April meeting is capped by the April–August instalment of £750', () => {
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-04-25' }, term: { academicYear: '2023/24', term: 'summer' } }), requests: [costed(900)] }, bolton);
    expect(r.capsApplied).toEqual([
      { kind: 'instalment-window', code: 'PPPLUS-CAP-INSTALMENT', label: 'April to August', limit: 750, alreadyPaid: 0, available: 750, source: BOLTON.instalments[0]?.source },
    ]);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-CAP-INSTALMENT',
        severity: 'info',
        message: 'The instalment for April to August of £750.00, less £0.00 already paid, leaves £750.00 of the £900.00 requested.',
        path: ['pep', 'meeting', 'date'],
        source: BOLTON.instalments[0]?.source,
      },
    ]);
    expect(r.allowed).toBe(750);
  });

  it('an October meeting after £750 was paid in July: £1,045 left in both the window and the year, so £1,200 becomes £1,045', () => {
    const ledger = [{ date: '2024-07-15', amount: 750 }];
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-10-15' } }), requests: [costed(1200)], ledger }, bolton);
    expect(summary(r)).toEqual({
      requested: 1200,
      allowed: 1045,
      caps: [
        ['per-financial-year-cap', 1045],
        ['instalment-window', 1045],
      ],
    });
  });

  it('an October request of exactly £1,045 is paid in full: no cap bites', () => {
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-10-15' } }), requests: [costed(1045)], ledger: [{ date: '2024-07-15', amount: 750 }] }, bolton);
    expect(summary(r)).toEqual({ requested: 1045, allowed: 1045, caps: [] });
  });

  it('a second request in the same window only gets what the window has left', () => {
    const ledger = [
      { date: '2024-07-15', amount: 750 },
      { date: '2024-12-10', amount: 1000 },
    ];
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2025-02-04' } }), requests: [costed(200)], ledger }, bolton);
    expect(summary(r)).toEqual({
      requested: 200,
      allowed: 45,
      caps: [
        ['per-financial-year-cap', 45],
        ['instalment-window', 45],
      ],
    });
  });

  it('PP+ cannot pay for transport, clothing or administration', () => {
    const r = checkPpPlusRequest(
      {
        pep: makePep({ meeting: { date: '2024-10-15' } }),
        requests: [
          { ...costed(120, ['t3'], 'Taxi to school'), category: 'Transport' },
          { ...costed(300, ['t1'], 'Maths tuition'), category: 'tuition' },
        ],
      },
      bolton,
    );
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-CATEGORY-DISALLOWED',
        severity: 'error',
        message: "PP+ may not be spent on the category 'transport' under this policy.",
        path: ['requests', 0, 'category'],
        source: BOLTON.disallowedCategories.source,
      },
    ]);
    expect(r.requests.map((l) => [l.allowed, l.status])).toEqual([
      [0, 'rejected'],
      [300, 'allowed'],
    ]);
  });

  it('a request without a category cannot be checked against the list and says so (info)', () => {
    const { category: _omit, ...uncategorised } = costed(100);
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2024-10-15' } }), requests: [uncategorised] }, bolton);
    expect(r.findings.map((f) => [f.code, f.severity, f.message])).toEqual([
      ['PPPLUS-CATEGORY-MISSING', 'info', 'The request has no category, so it cannot be checked against the disallowed categories (administration, clothing-uniform, transport).'],
    ]);
    expect(r.allowed).toBe(100);
  });

  it('a child who changes school in September: July’s £750 to the old school still counts toward the year', () => {
    const ledger = [{ date: '2024-07-15', amount: 750, setting: '100001' }];
    const pep = makePep({ meeting: { date: '2024-10-15' }, education: { setting: { name: 'Elm Academy', urn: '123456' } } });
    const r = checkPpPlusRequest({ pep, requests: [costed(1300)], ledger }, bolton);
    expect(summary(r)).toEqual({
      requested: 1300,
      allowed: 1045,
      caps: [
        ['per-financial-year-cap', 1045],
        ['instalment-window', 1045],
      ],
    });
    expect(r.findings[0]).toEqual({
      code: 'PPPLUS-LEDGER-OTHER-SETTING',
      severity: 'info',
      message: "A payment in financial year 2024-25 went to another setting; it still counts toward the child's caps for the year.",
      path: ['ledger', 0, 'setting'],
      source: _SRC_ACROSS_SETTINGS,
    });
  });
});

describe('checkPpPlusRequest: Barnet (termly, fully costed, withheld without a robust action plan; seed 002)', () => {
  const pep = makePep({ meeting: { date: '2025-01-21' }, term: { academicYear: '2024/25', term: 'spring' } });

  it('a fully costed request (breakdown adds up to the penny) is allowed', () => {
    const requests = [
      {
        targetIds: ['t1'],
        description: 'Maths tuition and revision guides',
        amount: 587.97,
        breakdown: [
          { item: 'Tuition', quantity: 10, unitCost: 55, amount: 550 },
          { item: 'Revision guides', quantity: 3, unitCost: 12.99, amount: 38.97 },
        ],
      },
    ];
    const r = checkPpPlusRequest({ pep, requests }, barnet);
    expect([r.requested, r.allowed, r.requestedPence, r.findings]).toEqual([587.97, 0, 58_797, expect.any(Array)]);
    expect(codes(r)).toEqual(['PPPLUS-COSTING-MISMATCH']);
  });

  it('a breakdown that adds up exactly is allowed in full', () => {
    const requests = [
      {
        targetIds: ['t1'],
        description: 'Maths tuition and revision guides',
        amount: 588.97,
        breakdown: [
          { item: 'Tuition', quantity: 10, unitCost: 55, amount: 550 },
          { item: 'Revision guides', quantity: 3, unitCost: 12.99, amount: 38.97 },
        ],
      },
    ];
    const r = checkPpPlusRequest({ pep, requests }, barnet);
    expect([r.allowed, r.allowedPence, r.findings]).toEqual([588.97, 58_897, []]);
  });

  it('an uncosted request is rejected', () => {
    const r = checkPpPlusRequest({ pep, requests: [{ targetIds: ['t1'], description: 'Support', amount: 600 }] }, barnet);
    expect([r.allowed, codes(r)]).toEqual([0, ['PPPLUS-REQUEST-NOT-COSTED']]);
  });

  it('a line whose quantity × unit cost is a penny out is rejected', () => {
    const requests = [{ targetIds: ['t1'], description: 'Tuition', amount: 550.01, breakdown: [{ item: 'Tuition', quantity: 10, unitCost: 55, amount: 550.01 }] }];
    const r = checkPpPlusRequest({ pep, requests }, barnet);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-COSTING-LINE-MISMATCH',
        severity: 'error',
        message: 'Quantity × unit cost does not equal the amount to the penny.',
        path: ['requests', 0, 'breakdown', 0, 'amount'],
        source: barnet.ppPlus.requireCosting.source,
      },
    ]);
    expect(r.allowed).toBe(0);
  });

  it('a request-level quantity × unit cost counts as costed (Halton: "1:1 tuition … £55 … Ten weeks will cost £550")', () => {
    const r = checkPpPlusRequest({ pep, requests: [{ targetIds: ['t1'], description: 'Maths tuition', amount: 550, quantity: 10, unitCost: 55 }] }, barnet);
    expect([r.allowed, r.findings]).toEqual([550, []]);
  });

  it('withholds everything when the action plan has fewer than three complete outcomes', () => {
    const thin = makePep({ meeting: { date: '2025-01-21' }, targets: makePep().targets.slice(0, 2) });
    const r = checkPpPlusRequest({ pep: thin, requests: [costed(550, ['t1'], 'Tuition', 55, 10)] }, barnet);
    const source = `${barnet.ppPlus.withholdWithoutRobustPlan.source}; ${barnet.targets.minimumCount.source}`;
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-WITHHELD-NO-ROBUST-PLAN',
        severity: 'error',
        message: 'PP+ is withheld: the action plan is not robust (fewer than 3 targets with text, responsible person and deadline).',
        path: ['pep', 'targets'],
        source,
      },
    ]);
    expect(r.capsApplied).toEqual([{ kind: 'withheld', code: 'PPPLUS-WITHHELD-NO-ROBUST-PLAN', limit: null, alreadyPaid: null, available: 0, source }]);
    expect([r.requested, r.allowed, r.requests[0]?.status]).toEqual([550, 0, 'withheld']);
  });

  it('a target without a responsible person does not count toward a robust plan', () => {
    const targets = makePep().targets.map((t, i) => (i === 2 ? { ...t, responsible: '  ' } : t));
    const r = checkPpPlusRequest({ pep: makePep({ targets }), requests: [costed(100)] }, barnet);
    expect(codes(r)).toEqual(['PPPLUS-WITHHELD-NO-ROBUST-PLAN']);
  });

  it('the QA hook from the rules module decides when given: robustPlan true releases a thin plan', () => {
    const thin = makePep({ targets: makePep().targets.slice(0, 1) });
    expect(checkPpPlusRequest({ pep: thin, requests: [costed(100)], qa: { robustPlan: true } }, barnet).allowed).toBe(100);
  });

  it('the QA hook from the rules module decides when given: robustPlan false withholds a full plan', () => {
    const r = checkPpPlusRequest({ pep, requests: [costed(100)], qa: { robustPlan: false, grade: 'green' } }, barnet);
    expect([r.allowed, r.findings[0]?.message, r.findings[0]?.path]).toEqual([0, 'PP+ is withheld: the QA judged the action plan not robust.', ['qa', 'robustPlan']]);
  });
});

describe('checkPpPlusRequest: england (no caps) and Halton (linked to targets; seed 003)', () => {
  it('england: no caps, so £3,000 is allowed in full, with a note that it is above the £2,570 per-child rate for 2024-25', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [{ targetIds: ['t1'], description: 'Tuition and mentoring', amount: 3000 }] });
    expect([r.requested, r.allowed, r.capsApplied]).toEqual([3000, 3000, []]);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-ABOVE-GRANT-RATE',
        severity: 'info',
        message:
          'Payments for 2024-25 would total £3,000.00, above the national per-child rate of £2,570.00. The grant need not be shared out per child, so this is allowed; it is noted for the finance officer.',
        path: ['ledger'],
        source: `${_SRC_RATES}: Lincolnshire, West Berkshire and Sutton VS policies; Norfolk schools bulletin`,
      },
    ]);
  });

  it('england: a meeting in 2026-27 notes that the national rate is not confirmed', () => {
    const r = checkPpPlusRequest({ pep: makePep({ meeting: { date: '2026-05-12' } }), requests: [{ targetIds: ['t1'], description: 'Tuition', amount: 400 }] }, england);
    expect([r.allowed, codes(r)]).toEqual([400, ['PPPLUS-RATE-NOT-CONFIRMED']]);
  });

  // Halton requests are costed and categorised (seed 003 Process and FAQ), so only the link rule speaks here.
  it('Halton: a request for a target that is not in the PEP is rejected', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [{ targetIds: ['t1', 't9'], description: 'Team building resources', amount: 600, category: 'tuition', breakdown: [{ item: 'sessions', amount: 600 }] }] }, halton);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-REQUEST-TARGET-MISSING',
        severity: 'error',
        message: 'The request names a target id that is not among the PEP targets.',
        path: ['requests', 0, 'targetIds', 1],
        source: halton.ppPlus.requireTargetLink.source,
      },
    ]);
    expect([r.requested, r.allowed]).toEqual([600, 0]);
  });

  it('Halton: a request linked to no target is rejected', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [{ targetIds: [], description: 'Funding for 1:1 support', amount: 400, category: 'tuition', breakdown: [{ item: 'sessions', amount: 400 }] }] }, halton);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-REQUEST-NO-TARGET',
        severity: 'error',
        message: 'The request is not linked to any PEP target; this policy needs each request linked to a SMART target.',
        path: ['requests', 0, 'targetIds'],
        source: halton.ppPlus.requireTargetLink.source,
      },
    ]);
  });

  it('Halton: the same "6 x £50 sessions = £300" listed against two targets is paid once (link one request to both targets)', () => {
    const requests = [
      { targetIds: ['t1'], description: '6 x £50 sessions = £300', amount: 300, category: 'tuition', breakdown: [{ item: 'sessions', amount: 300 }] },
      { targetIds: ['t2'], description: '6 x £50 sessions = £300', amount: 300, category: 'tuition', breakdown: [{ item: 'sessions', amount: 300 }] },
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests, qa: { grade: 'green' } }, halton);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-REQUEST-DUPLICATE',
        severity: 'error',
        message: 'The request has the same description and amount as request 0; it was not counted twice.',
        path: ['requests', 1],
        source: _SRC_PEP_USE,
      },
    ]);
    expect([r.requested, r.allowed]).toEqual([600, 300]);
  });

  it('a duplicate by targets and amount is caught even with different wording', () => {
    const requests = [
      { targetIds: ['t1', 't2'], description: 'Tutor', amount: 250, category: 'tuition', breakdown: [{ item: 'sessions', amount: 250 }] },
      { targetIds: ['t2', 't1'], description: 'Tutoring sessions', amount: 250, category: 'tuition', breakdown: [{ item: 'sessions', amount: 250 }] },
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests, qa: { grade: 'green' } }, halton);
    expect(r.findings.map((f) => f.message)).toEqual(['The request has the same targets and amount as request 0; it was not counted twice.']);
  });

  it('reads the requests from the PEP when none are passed, with paths into the PEP', () => {
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { requests: [{ targetIds: ['t7'], description: 'x', amount: 5, category: 'tuition', breakdown: [{ item: 'sessions', amount: 5 }] }] } }) }, halton);
    expect(r.findings.map((f) => f.path)).toEqual([['pep', 'ppPlus', 'requests', 0, 'targetIds', 0]]);
  });
});

describe('checkPpPlusRequest: a request that straddles 31 March', () => {
  // Spring core PEP on 20 March 2025 (financial year 2024-25); tuition runs into April.
  const marchPep = makePep({ id: 'pep-2025-spring', meeting: { date: '2025-03-20' }, term: { academicYear: '2024/25', term: 'spring' } });
  const straddling = {
    targetIds: ['t1'],
    description: 'Maths tuition, March to April',
    amount: 900,
    breakdown: [
      { item: 'Tuition in March', quantity: 2, unitCost: 225, amount: 450, date: '2025-03-27' },
      { item: 'Tuition in April', quantity: 2, unitCost: 225, amount: 450, date: '2025-04-24' },
    ],
  };

  it('is charged to the financial year of the meeting and flags the cost line after 31 March', () => {
    const r = checkPpPlusRequest({ pep: marchPep, requests: [straddling], ledger: [{ date: '2024-10-01', amount: 950, pepId: 'pep-2024-autumn' }] }, miltonKeynes);
    expect([r.financialYear?.label, r.allowed, r.capsApplied]).toEqual(['2024-25', 900, []]);
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-REQUEST-STRADDLES-YEAR-END',
        severity: 'warning',
        message:
          "A cost line falls outside financial year 2024-25 of the meeting. The request is charged to 2024-25; centrally held PP+ cannot be carried forward, so pay it to the setting by 31 March 2025 or request it from the next year's funding.",
        path: ['requests', 0, 'breakdown', 1, 'date'],
        source: `${_SRC_FINANCIAL_YEAR}; ${MK.noCarryForward.source}`,
      },
    ]);
  });

  it('a payment for the March PEP made on 2 April counts toward 2025-26, not 2024-25', () => {
    const ledger = [
      { date: '2024-10-01', amount: 950, pepId: 'pep-2024-autumn' },
      { date: '2025-04-02', amount: 900, pepId: 'pep-2025-spring' },
      { date: '2025-06-20', amount: 950, pepId: 'pep-2025-summer' },
    ];
    const autumn = makePep({ id: 'pep-2025-autumn', meeting: { date: '2025-10-14' }, term: { academicYear: '2025/26', term: 'autumn' } });
    const r = checkPpPlusRequest({ pep: autumn, requests: [costed(950)], ledger }, miltonKeynes);
    expect(r.capsApplied).toEqual([
      { kind: 'per-financial-year-cap', code: 'PPPLUS-CAP-PER-FINANCIAL-YEAR', limit: 1900, alreadyPaid: 1850, available: 50, source: MK.perFinancialYearCap?.source },
    ]);
    expect(r.allowed).toBe(50);
  });

  it('re-checking the March PEP after the April payment: the payment counts toward its own PEP cap and is flagged', () => {
    const ledger = [{ date: '2025-04-02', amount: 900, pepId: 'pep-2025-spring', financialYear: '2024-25' }];
    const r = checkPpPlusRequest({ pep: marchPep, requests: [costed(950)], ledger }, miltonKeynes);
    expect(codes(r)).toEqual([
      'PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR',
      'PPPLUS-LEDGER-OTHER-YEARS',
      'PPPLUS-PAYMENT-STRADDLES-YEAR-END',
      'PPPLUS-CAP-PER-PEP',
    ]);
    expect(r.capsApplied.map((c) => [c.kind, c.alreadyPaid, c.available])).toEqual([['per-pep-cap', 900, 50]]);
    expect(r.findings[2]).toEqual({
      code: 'PPPLUS-PAYMENT-STRADDLES-YEAR-END',
      severity: 'warning',
      message: "A payment for this PEP is dated in financial year 2025-26, not 2024-25 of the meeting: it counts toward 2025-26's caps and this PEP's cap.",
      path: ['ledger', 0, 'date'],
      source: _SRC_FINANCIAL_YEAR,
    });
  });
});

describe('checkPpPlusRequest: eligibility, QA grade and per-term caps', () => {
  it('a previously looked-after child is not funded through the virtual school', () => {
    const pep = makePep({ child: { leftCare: '2024-01-01', previouslyLookedAfter: 'adoption' } });
    const r = checkPpPlusRequest({ pep, requests: [{ targetIds: ['t1'], description: 'Tuition', amount: 100 }] });
    expect(r.eligibility?.route).toBe('school');
    expect(r.findings).toEqual([
      {
        code: 'PPPLUS-NOT-ELIGIBLE',
        severity: 'error',
        message: 'The child is not funded through the virtual school on the meeting date (route school); see the eligibility reasons.',
        path: ['pep', 'child'],
        source: r.eligibility?.reasons[0]?.source,
      },
    ]);
    expect(r.allowed).toBe(0);
  });

  it("warns when the PEP's own eligible flag disagrees", () => {
    const r = checkPpPlusRequest({ pep: makePep({ ppPlus: { eligible: false, requests: [] } }) });
    expect(codes(r)).toEqual(['PPPLUS-NO-REQUESTS', 'PPPLUS-ELIGIBLE-FLAG-DIFFERS']);
  });

  const gradePolicy: Policy = { ...england, ppPlus: { ...england.ppPlus, minimumQaGrade: { value: 'green', source: 'test policy: at least green' } } };

  it('withholds below the minimum QA grade', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)], qa: { grade: 'amber' } }, gradePolicy);
    expect(r.findings).toEqual([
      { code: 'PPPLUS-WITHHELD-QA-GRADE', severity: 'error', message: "PP+ is withheld: the PEP's QA grade amber is below the policy's minimum green.", path: ['qa', 'grade'], source: 'test policy: at least green' },
    ]);
    expect(r.allowed).toBe(0);
  });

  it('pays at or above the minimum QA grade', () => {
    expect(checkPpPlusRequest({ pep: makePep(), requests: [costed(100)], qa: { grade: 'green' } }, gradePolicy).allowed).toBe(100);
    expect(checkPpPlusRequest({ pep: makePep(), requests: [costed(100)], qa: { grade: 'gold' } }, gradePolicy).allowed).toBe(100);
  });

  it('withholds when a grade is required and none was supplied', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)] }, gradePolicy);
    expect([r.allowed, codes(r)]).toEqual([0, ['PPPLUS-QA-GRADE-MISSING']]);
  });

  it('a per-term cap counts payments already made in the same term', () => {
    const termly: Policy = { ...england, ppPlus: { ...england.ppPlus, perTermCap: { pounds: 600, source: 'test policy: £600 a term' } } };
    const ledger = [
      { date: '2024-09-20', amount: 200 }, // autumn 2024/25: counts
      { date: '2024-07-01', amount: 600 }, // summer 2023/24: does not
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(550)], ledger }, termly);
    expect(r.capsApplied).toEqual([
      { kind: 'per-term-cap', code: 'PPPLUS-CAP-PER-TERM', label: 'autumn 2024/25', limit: 600, alreadyPaid: 200, available: 400, source: 'test policy: £600 a term' },
    ]);
    expect(r.allowed).toBe(400);
  });

  it('a meeting outside every instalment window cannot be paid', () => {
    const summerOnly: Policy = {
      ...england,
      ppPlus: { ...england.ppPlus, instalments: [{ label: 'April to August', fromMonth: 4, toMonth: 8, pounds: 750, source: 'test policy: one window' }] },
    };
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)] }, summerOnly);
    expect([r.allowed, codes(r), r.capsApplied.map((c) => c.kind), r.requests[0]?.status]).toEqual([0, ['PPPLUS-NO-INSTALMENT-WINDOW'], ['no-instalment-window'], 'withheld']);
  });
});

describe('checkPpPlusRequest: bad input gives findings, never a throw or a rounded-away penny', () => {
  it('refuses negative, zero, NaN, Infinity, strings and more than 2 decimal places, one finding each', () => {
    const amounts: unknown[] = [-50, 0, Number.NaN, Number.POSITIVE_INFINITY, '950', 12.345, 99.99];
    const requests = amounts.map((amount, i) => ({ targetIds: ['t1'], description: `request ${i}`, amount }));
    const r = checkPpPlusRequest({ pep: makePep(), requests });
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['MONEY-NEGATIVE', ['requests', 0, 'amount']],
      ['MONEY-ZERO', ['requests', 1, 'amount']],
      ['MONEY-NOT-FINITE', ['requests', 2, 'amount']],
      ['MONEY-NOT-FINITE', ['requests', 3, 'amount']],
      ['MONEY-NOT-A-NUMBER', ['requests', 4, 'amount']],
      ['MONEY-TOO-MANY-DECIMALS', ['requests', 5, 'amount']],
    ]);
    // Only the amount that could be read counts in `requested`.
    expect([r.requestedPence, r.allowed, r.requests.map((l) => l.status)]).toEqual([
      9999,
      99.99,
      ['rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'rejected', 'allowed'],
    ]);
  });

  it('adds many requests exactly: 0.1 + 0.2 is £0.30', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [0.1, 0.2, 0.07].map((amount, i) => ({ targetIds: ['t1'], description: `r${i}`, amount })) });
    expect([r.requested, r.requestedPence, r.allowed, r.allowedPence]).toEqual([0.37, 37, 0.37, 37]);
  });

  it('reports input that is not an object', () => {
    for (const input of [null, 42, 'pep', []]) {
      const r = checkPpPlusRequest(input as never);
      expect([r.requested, r.allowed, codes(r)]).toEqual([0, 0, ['PPPLUS-INPUT-INVALID']]);
    }
  });

  it('reports a missing PEP and still reads the amounts asked for', () => {
    const r = checkPpPlusRequest({ pep: undefined, requests: [{ targetIds: ['t1'], description: 'x', amount: 10 }] });
    // With no PEP there are no targets, so the request is rejected as well.
    expect([r.requested, r.allowed, r.requests[0]?.status]).toEqual([10, 0, 'rejected']);
    expect(codes(r)).toEqual(['PPPLUS-PEP-INVALID', 'PPPLUS-REQUEST-TARGET-MISSING']);
    const unlinked = checkPpPlusRequest({ pep: undefined, requests: [{ targetIds: ['t1'], description: 'x', amount: 10 }] }, { ...england, ppPlus: { ...england.ppPlus, requireTargetLink: { value: false, source: 'test' } } });
    expect([unlinked.allowed, unlinked.capsApplied.map((c) => [c.kind, c.code]), unlinked.requests[0]?.status]).toEqual([0, [['unreadable', 'PPPLUS-PEP-INVALID']], 'withheld']);
  });

  it('reports a missing meeting date: no financial year can be charged', () => {
    const pep = makePep({ meeting: { date: '2024-11-31' } });
    const r = checkPpPlusRequest({ pep, requests: [{ targetIds: ['t1'], description: 'x', amount: 10 }] });
    expect([r.financialYear, r.allowed, codes(r), r.eligibility]).toEqual([null, 0, ['PPPLUS-MEETING-DATE-INVALID'], null]);
  });

  it('reports requests that are not a list, and a request that is not an object', () => {
    expect(codes(checkPpPlusRequest({ pep: makePep(), requests: { amount: 5 } }))).toEqual(['PPPLUS-REQUESTS-INVALID']);
    expect(codes(checkPpPlusRequest({ pep: makePep(), requests: ['£5'] }))).toEqual(['PPPLUS-REQUEST-INVALID']);
  });

  it('reports bad costing lines under a costing policy', () => {
    const requests = [
      {
        targetIds: ['t1'],
        description: 'x',
        amount: 30,
        breakdown: [{ item: 'a', amount: 10, quantity: -1, unitCost: 10 }, { item: 'b', amount: 10.001 }, 'c', { item: 'd', amount: 10, quantity: 2 }],
      },
      { targetIds: ['t1'], description: 'y', amount: 20, breakdown: [] },
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests }, barnet);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['PPPLUS-COSTING-QUANTITY-INVALID', 'error', ['requests', 0, 'breakdown', 0, 'quantity']],
      ['MONEY-TOO-MANY-DECIMALS', 'error', ['requests', 0, 'breakdown', 1, 'amount']],
      ['PPPLUS-COSTING-INVALID', 'error', ['requests', 0, 'breakdown', 2]],
      ['PPPLUS-COSTING-LINE-INCOMPLETE', 'error', ['requests', 0, 'breakdown', 3, 'unitCost']],
      ['PPPLUS-COSTING-INVALID', 'error', ['requests', 1, 'breakdown']],
    ]);
    expect(r.allowed).toBe(0);
  });

  it('costing problems are warnings, not rejections, when the policy does not require costing', () => {
    const requests = [{ targetIds: ['t1'], description: 'x', amount: 30, breakdown: [{ item: 'a', amount: 20 }] }];
    const r = checkPpPlusRequest({ pep: makePep(), requests }, england);
    expect([r.allowed, r.findings.map((f) => [f.code, f.severity])]).toEqual([30, [['PPPLUS-COSTING-MISMATCH', 'warning']]]);
  });

  it('reports a ledger entry in the wrong financial year, and bad ledger amounts are not counted', () => {
    const ledger = [
      { date: '2024-06-20', amount: 950, financialYear: '2023-24' },
      { date: '2024-07-01', amount: '500' },
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(950)], ledger }, miltonKeynes);
    expect(codes(r)).toEqual(['PPPLUS-LEDGER-WRONG-FINANCIAL-YEAR', 'MONEY-NOT-A-NUMBER']);
    expect(r.allowed).toBe(950);
  });

  it('reports a category that is not text, targetIds that are not a list, a bad cost-line date and an amount over £10m', () => {
    const noLinks: Policy = { ...bolton, ppPlus: { ...bolton.ppPlus, requireTargetLink: { value: false, source: 'test: links not required' } } };
    const requests = [
      { targetIds: 't1', description: 'a', category: 7, amount: 10 },
      { targetIds: ['t1'], description: 'b', category: 'tuition', amount: 20, breakdown: [{ item: 'x', amount: 20, date: '2025-02-30' }] },
      { targetIds: ['t1'], description: 'c', category: 'tuition', amount: 10_000_000.01 },
    ];
    const r = checkPpPlusRequest({ pep: makePep(), requests }, noLinks);
    expect(r.findings.map((f) => [f.code, f.severity, f.path])).toEqual([
      ['PPPLUS-CATEGORY-INVALID', 'error', ['requests', 0, 'category']],
      ['PPPLUS-REQUEST-TARGETS-INVALID', 'warning', ['requests', 0, 'targetIds']],
      ['PPPLUS-COSTING-DATE-INVALID', 'warning', ['requests', 1, 'breakdown', 0, 'date']],
      ['MONEY-TOO-LARGE', 'error', ['requests', 2, 'amount']],
    ]);
    expect(r.requests.map((l) => l.status)).toEqual(['rejected', 'allowed', 'rejected']);
  });

  it('a looked-after child in nursery gets the EYPP by hours taken, not through a PP+ request', () => {
    const pep = makePep({ phase: 'early-years', child: { dateOfBirth: '2021-01-10', enteredCare: '2024-02-01' } });
    const r = checkPpPlusRequest({ pep, requests: [{ targetIds: ['t1'], description: 'Sensory resources', amount: 120 }] });
    expect([r.eligibility?.route, r.allowed, codes(r)]).toEqual(['early-years', 0, ['PPPLUS-NOT-ELIGIBLE']]);
  });

  it('reports a bad QA hook and falls back to its own robust-plan check', () => {
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)], qa: { grade: 'platinum', robustPlan: 'yes' } }, barnet);
    expect([r.allowed, codes(r)]).toEqual([100, ['PPPLUS-QA-INVALID', 'PPPLUS-QA-INVALID']]);
    expect(codes(checkPpPlusRequest({ pep: makePep(), requests: [costed(100)], qa: 'gold' }, barnet))).toEqual(['PPPLUS-QA-INVALID']);
  });

  it('a malformed policy is reported and nothing is paid', () => {
    const broken = { ...miltonKeynes, ppPlus: { ...miltonKeynes.ppPlus, perPepCap: { pounds: 950.001, source: 'x' } } } as unknown as Policy;
    const r = checkPpPlusRequest({ pep: makePep(), requests: [costed(100)] }, broken);
    expect([r.allowed, codes(r), r.capsApplied.map((c) => c.kind)]).toEqual([0, ['PPPLUS-POLICY-INVALID'], ['unreadable']]);
    expect(r.findings[0]?.path).toEqual(['policy', 'ppPlus', 'perPepCap', 'pounds']);
  });

  it('never mutates its input', () => {
    const pep = makePep({ ppPlus: { requests: [costed(1200)] } });
    const ledger = [{ date: '2024-06-20', amount: 950 }];
    const before = JSON.stringify({ pep, ledger });
    checkPpPlusRequest({ pep, ledger }, miltonKeynes);
    expect(JSON.stringify({ pep, ledger })).toBe(before);
  });

  it('messages never repeat free text from the PEP', () => {
    const r = checkPpPlusRequest(
      { pep: makePep(), requests: [{ targetIds: ['t-secret'], description: 'Counselling for Jamie', category: 'Jamie taxi', amount: 10 }] },
      bolton,
    );
    expect(JSON.stringify(r.findings.map((f) => f.message))).not.toMatch(/Jamie|t-secret|Counselling/);
    // 'Jamie taxi' names transport (whole words, Bolton: not for transport costs): rejected, and no message names Jamie.
    expect(r.findings.map((f) => f.code)).toEqual(['PPPLUS-CATEGORY-DISALLOWED', 'PPPLUS-REQUEST-TARGET-MISSING']);
  });
});
