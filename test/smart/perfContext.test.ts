import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkSmartTarget } from '../../src/smart/index';
import { _checkTarget, _readContext } from '../../src/smart/checkSmartTarget';
import { policies } from '../../src/policy/index';

/*
 * checkSmartTarget keeps the last context it read when the next one has the same dates, detail and policy (and no
 * PEP, calendar or facts). Whatever the order of contexts, each report must be what a fresh reading gives.
 */

/** checkSmartTarget as it is without a kept context: the context read afresh, its findings first. */
function fresh(text: string, context: Record<string, unknown>): unknown {
  const ctx = _readContext(context);
  const report = _checkTarget(text, ctx, { n: 0 });
  return ctx.findings.length === 0 ? report : { ...report, findings: [...ctx.findings, ...report.findings] };
}

describe('a kept context gives what a fresh reading gives', () => {
  it('any sequence of contexts (valid, invalid and missing dates and details, three policies, a bad policy) (fast-check)', () => {
    const text = fc.constantFrom('Ben will read 20 words by Easter.', 'Tom to attend 95% of sessions by 31st October.', 'Be happier.', 'by next PEP', '');
    const date = fc.constantFrom(undefined, '2025-01-15', '2025-09-02', '15/01/2025', 20250115, null);
    const detail = fc.constantFrom(undefined, 'full', 'codes', 'all');
    const policy = fc.constantFrom(undefined, policies.england, policies.halton, policies.barnet, { targets: {} });
    const context = fc.record({ meetingDate: date, nextReviewDate: date, detail, policy }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, context), { minLength: 1, maxLength: 12 }), (calls) => {
        for (const [t, c] of calls) expect(checkSmartTarget(t, c as never)).toEqual(fresh(t, c));
      }),
      { numRuns: 300, seed: 29 },
    );
  });

  it('a context changed in place between calls is read again', () => {
    const context: { meetingDate: string; detail?: 'codes' } = { meetingDate: '2025-01-15' };
    const a = checkSmartTarget('Ben will read 20 words by 31st October.', context);
    context.meetingDate = '2025-11-20';
    const b = checkSmartTarget('Ben will read 20 words by 31st October.', context);
    expect(a.deadline).toEqual({ kind: 'date', date: '2025-10-31' });
    expect(b.deadline).toEqual({ kind: 'date', date: '2026-10-31' });
    expect(b.specific.evidence).toEqual(['read 20 words']);
    context.detail = 'codes';
    expect(checkSmartTarget('Ben will read 20 words by 31st October.', context).specific.evidence).toEqual([]);
  });
});
