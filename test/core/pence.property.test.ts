import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _penceOrNull, poundsToPence } from '../../src/core/money';

// The funding step reads amounts through _penceOrNull and asks poundsToPence only for the refused
// ones: the two must agree on every value, or a request would be accepted or refused differently.
describe('_penceOrNull agrees with poundsToPence', () => {
  const amounts = fc.oneof(
    fc.double({ noNaN: false }),
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((p) => p / 100),
    fc.constantFrom(0, -0, 0.1 + 0.2, 10_000_000, 10_000_000.01, -10_000_000, 1e-7, Number.MAX_VALUE, Infinity, -Infinity),
    fc.anything(),
  );
  it('gives the pence poundsToPence gives, or null where it refuses, for every option', () => {
    fc.assert(
      fc.property(amounts, fc.boolean(), fc.boolean(), (value, allowZero, allowNegative) => {
        const slow = poundsToPence(value, { allowZero, allowNegative });
        const fast = _penceOrNull(value, allowZero, allowNegative);
        expect(fast).toBe(slow.ok ? slow.pence : null);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses zero and negatives by default, as poundsToPence does', () => {
    expect([_penceOrNull(0), _penceOrNull(-5), _penceOrNull(12.34), _penceOrNull('12')]).toEqual([null, null, 1234, null]);
  });
});
