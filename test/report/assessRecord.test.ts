import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { _assessRecord, type _AssessContext, type _LedgerEntry } from '../../src/report/_assessRecord';
import { pep } from './_pep';

/*
 * The adapter between assessPep (and the funding check) and the report's dimensions: what it gives
 * for a record that is not a PEP, for a PEP, and how it asks for a child's PP+ ledger.
 */

const TODAY = '2025-06-30';
const SCHOOL = { dateOfBirth: '2015-03-12', enteredCare: '2022-06-01' } as const;

function context(ledger: readonly _LedgerEntry[] = [], asked: string[] = []): _AssessContext {
  return {
    policy: policies.miltonKeynes,
    today: TODAY,
    calendar: undefined,
    ledger: (childId, pepId) => {
      asked.push(`${childId}/${pepId}`);
      return ledger;
    },
  };
}

describe('_assessRecord', () => {
  it('gives the codes of a record that is not a PEP', () => {
    expect(_assessRecord('not a PEP', context())).toEqual({ ok: false, codes: ['PEP-SCHEMA-NOT-OBJECT'] });
  });

  it('gives a PEP its grade, target ratings, SDQ band, attendance and year group; no ledger without PP+ requests', () => {
    const asked: string[] = [];
    const record = pep({
      id: 'p1',
      childId: 'c1',
      meeting: '2025-05-14',
      ...SCHOOL,
      attendance: 88.5,
      sdq: [
        { informant: 'parent', completedOn: '2024-06-01', totalDifficulties: 12 },
        { informant: 'teacher', completedOn: '2025-01-10', totalDifficulties: 19 },
      ],
    });
    const a = _assessRecord(record, context([], asked));
    if (!a.ok) throw new Error('expected a PEP');
    expect(a.pep.id).toBe('p1');
    expect(a.grade).not.toBeNull();
    expect(a.targetRatings.length).toBe(a.pep.targets.length);
    expect([a.sdq?.concern, a.attendance, a.ppPlus]).toEqual([true, 88.5, null]);
    expect(a.yearGroup).not.toBeNull();
    expect(asked).toEqual([]);
  });

  it("asks for the child's ledger only for a PEP with PP+ requests, and checks the requests against it", () => {
    const asked: string[] = [];
    const record = pep({ id: 'p2', childId: 'c1', meeting: '2025-05-14', ...SCHOOL, ppPlus: [{ amount: 300 }] });
    const fresh = _assessRecord(record, context([], asked));
    // Milton Keynes caps PP+ at £1,900 per financial year: £1,900 already paid in 2025-26 leaves nothing.
    const paid = _assessRecord(record, context([{ date: '2025-04-20', amount: 1900, pepId: 'p1' }]));
    if (!fresh.ok || !paid.ok) throw new Error('expected a PEP');
    expect(asked).toEqual(['c1/p2']);
    expect(fresh.ppPlus).toEqual({ date: '2025-05-14', year: '2025-26', requested: 30000, allowed: 30000, capped: 0, refused: 0, caps: [] });
    expect(paid.ppPlus).toEqual({ date: '2025-05-14', year: '2025-26', requested: 30000, allowed: 0, capped: 30000, refused: 0, caps: ['per-financial-year-cap'] });
  });
});
