import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarMonths, ageOn, fromDayNumber, isIsoDate, toDayNumber } from '../../src/core/isoDate';
import { policies } from '../../src/policy/index';
import { compareSdq, scoreSdq, sdqBand, sdqRequirement } from '../../src/sdq/index';
import type { SdqBand, SdqImpactAnswers, SdqInput, SdqScale, SdqScored } from '../../src/sdq/index';
import { deepFreeze, POSITIONS, tickFor, ticksFromScores } from './_sdqHelpers';

const RUNS = { seed: 42, numRuns: 2000 } as const;
const SCALES: readonly SdqScale[] = ['emotional', 'conduct', 'hyperactivity', 'peer', 'prosocial'];

const tick = fc.constantFrom<0 | 1 | 2 | null>(0, 1, 2, null);
const impactAnswer = fc.option(fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3), { nil: undefined });
const impact = fc.option(
  fc.record({
    difficulties: impactAnswer,
    distress: impactAnswer,
    homeLife: impactAnswer,
    friendships: impactAnswer,
    classroomLearning: impactAnswer,
    leisure: impactAnswer,
  }),
  { nil: undefined },
);
/** Any valid SDQ input (every informant and version, any pattern of unanswered items). */
const validInput: fc.Arbitrary<SdqInput> = fc
  .record({
    informant: fc.constantFrom('parent' as const, 'teacher' as const, 'self' as const),
    ageBand: fc.constantFrom('4-17' as const, '2-4' as const, undefined),
    items: fc.array(tick, { minLength: 25, maxLength: 25 }),
    impact,
  })
  .map((r) => {
    const input: { -readonly [K in keyof SdqInput]: SdqInput[K] } = { informant: r.informant, items: r.items };
    if (r.ageBand !== undefined && !(r.ageBand === '2-4' && r.informant === 'self')) input.ageBand = r.ageBand;
    if (r.impact !== undefined) input.impact = r.impact as SdqImpactAnswers; // undefined answers are unanswered
    return input;
  });

const scoredOf = (input: unknown): SdqScored => {
  const r = scoreSdq(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
};

/** Every number anywhere in a value. */
const numbersIn = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v !== null && typeof v === 'object' ? Object.values(v).flatMap(numbersIn) : [];
const inRange = (v: number | null, max: number): boolean => v === null || (Number.isInteger(v) && v >= 0 && v <= max);
const bandHolds = (band: SdqBand | null, score: number | null): boolean =>
  band === null || (score !== null && band.range[0] <= score && score <= band.range[1]);

describe('scoreSdq properties', () => {
  it('scores every valid input: each score in its range, never NaN, total = sum of the four scales (0–40)', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = scoredOf(input);
        const { emotional, conduct, hyperactivity, peer, prosocial } = r.scales;
        expect(SCALES.every((s) => inRange(r.scales[s], 10))).toBe(true);
        expect(inRange(r.totalDifficulties, 40) && inRange(r.externalising, 20) && inRange(r.internalising, 20)).toBe(true);
        expect(inRange(r.impact, input.informant === 'teacher' ? 6 : 10)).toBe(true);
        const four = [emotional, conduct, hyperactivity, peer];
        expect(r.totalDifficulties).toBe(four.includes(null) ? null : four.reduce<number>((a, b) => a + (b ?? 0), 0));
        expect(r.externalising).toBe(conduct === null || hyperactivity === null ? null : conduct + hyperactivity);
        expect(r.internalising).toBe(emotional === null || peer === null ? null : emotional + peer);
        expect(numbersIn(r).every((n) => Number.isFinite(n))).toBe(true);
        expect(prosocial === null || prosocial >= 0).toBe(true);
        expect(r.concern.flagged).toBe(r.totalDifficulties === null ? null : r.totalDifficulties >= 17);
      }),
      RUNS,
    );
  });

  it('puts every banded score inside its band range, and bands only scores that exist', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = scoredOf(input);
        for (const bands of [r.bands.fourBand, r.bands.threeBand]) {
          for (const s of SCALES) expect(bandHolds(bands[s], r.scales[s])).toBe(true);
          expect(bandHolds(bands.total, r.totalDifficulties)).toBe(true);
          expect(bandHolds(bands.impact, r.impact)).toBe(true);
        }
        if ((input.ageBand ?? '4-17') === '4-17') {
          // Every 4–17 table is complete: a score that exists always has both bands.
          for (const s of SCALES) expect(r.bands.fourBand[s] === null).toBe(r.scales[s] === null);
          expect(r.bands.threeBand.total === null).toBe(r.totalDifficulties === null);
        }
      }),
      RUNS,
    );
  });

  it('a scale is scored iff at least 3 of its 5 items are answered, as mean × 5 rounded half up', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const r = scoredOf(input);
        for (const s of SCALES) {
          const scores = POSITIONS[s].map((p) => {
            const t = input.items[p - 1] ?? null;
            return t === null ? null : [7, 11, 14, 21, 25].includes(p) ? 2 - t : t;
          });
          const answered = scores.filter((v): v is 0 | 1 | 2 => v !== null);
          const sum = answered.reduce<number>((a, b) => a + b, 0);
          // Independent oracle: floating mean × 5 with Math.round (half up for non-negatives;
          // the .5 cases, 2.5 and 7.5, are exact in binary).
          expect(r.scales[s]).toBe(answered.length < 3 ? null : Math.round((sum * 5) / answered.length));
        }
      }),
      RUNS,
    );
  });

  it('a prorated scale equals the full score when the missing items take the mean of the answered ones', () => {
    const scaleCase = fc
      .record({
        scale: fc.constantFrom(...SCALES),
        mean: fc.constantFrom(0, 1, 2),
        missing: fc.constantFrom(1, 2),
        order: fc.shuffledSubarray([0, 1, 2, 3, 4], { minLength: 5, maxLength: 5 }),
        deviations: fc.array(fc.constantFrom(-1, 0, 1), { minLength: 3, maxLength: 3 }),
      })
      .map(({ scale, mean, missing, order, deviations }) => {
        // Answered scores with the given mean: pair deviations +d/−d so the sum stays n × mean.
        const n = 5 - missing;
        const answered = new Array<number>(n).fill(mean);
        const d = deviations[0] ?? 0;
        if (mean + d >= 0 && mean + d <= 2 && mean - d >= 0 && mean - d <= 2 && n >= 2) {
          answered[0] = mean + d;
          answered[1] = mean - d;
        }
        const full = new Array<number>(5).fill(mean);
        const partial = new Array<number | null>(5).fill(null);
        order.slice(0, n).forEach((slot, k) => {
          full[slot] = answered[k] ?? mean;
          partial[slot] = answered[k] ?? mean;
        });
        return { scale, full, partial };
      });
    fc.assert(
      fc.property(scaleCase, ({ scale, full, partial }) => {
        const a = scoredOf({ informant: 'parent', items: ticksFromScores({ [scale]: full }) }).scales[scale];
        const b = scoredOf({ informant: 'parent', items: ticksFromScores({ [scale]: partial }) }).scales[scale];
        expect(b).toBe(a);
        expect(a).toBe(full.reduce((x, y) => x + y, 0));
      }),
      RUNS,
    );
  });

  it('reverse scoring: flipping every tick (0↔2) turns each scale score s into 10 − s when complete', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom<0 | 1 | 2>(0, 1, 2), { minLength: 25, maxLength: 25 }), (items) => {
        const a = scoredOf({ informant: 'parent', items });
        const b = scoredOf({ informant: 'parent', items: items.map((t) => (2 - t) as 0 | 1 | 2) });
        for (const s of SCALES) expect((a.scales[s] ?? 0) + (b.scales[s] ?? 0)).toBe(10);
      }),
      RUNS,
    );
  });

  it('never throws on any JSON value, and refuses what it cannot score with at least one issue', () => {
    const anyInput = fc.oneof(
      fc.jsonValue(),
      fc.record({ informant: fc.jsonValue(), ageBand: fc.jsonValue(), items: fc.array(fc.jsonValue(), { maxLength: 30 }), impact: fc.jsonValue() }),
      fc.record({ informant: fc.constantFrom('parent', 'teacher'), items: fc.array(fc.oneof(tick, fc.jsonValue()), { minLength: 25, maxLength: 25 }) }),
    );
    fc.assert(
      fc.property(anyInput, fc.jsonValue(), (input, options) => {
        const r = scoreSdq(input, options as never);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          expect(r.issues.every((i) => /^SDQ-[A-Z0-9-]+$/.test(i.code) && i.severity === 'error')).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('never mutates its input (deep-frozen input, unchanged after)', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const copy = structuredClone(input);
        scoreSdq(deepFreeze(input));
        expect(input).toEqual(copy);
      }),
      RUNS,
    );
  });
});

describe('compareSdq and sdqRequirement properties', () => {
  it('compareSdq never throws on JSON values, and a result compared with itself changes nothing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(typeof compareSdq(a, b).ok).toBe('boolean');
      }),
      RUNS,
    );
    fc.assert(
      fc.property(validInput, (input) => {
        const r = scoredOf(input);
        const c = compareSdq(r, JSON.parse(JSON.stringify(r)));
        if (!c.ok) throw new Error(JSON.stringify(c.issues));
        expect(c.flagged).toBe(false);
        for (const ch of Object.values(c.changes)) expect(ch.change === null || ch.change === 0).toBe(true);
      }),
      RUNS,
    );
  });

  it('sdqBand never throws on junk', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (m, s, o) => {
        const r = sdqBand(m as never, s as never, o as never);
        expect(r === null || typeof r.band === 'string').toBe(true);
      }),
      RUNS,
    );
  });

  const day = fc.integer({ min: toDayNumber('1995-01-01'), max: toDayNumber('2035-12-31') }).map(fromDayNumber);

  it('sdqRequirement never throws, and is required exactly when age and months in care are met', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        expect(typeof sdqRequirement(input, policies.england).required).toBe('boolean');
      }),
      RUNS,
    );
    const policyList = [policies.england, policies.miltonKeynes, policies.bolton, policies.barnet, policies.halton];
    fc.assert(
      fc.property(
        day,
        day,
        day,
        fc.array(fc.record({ informant: fc.constantFrom('parent' as const, 'teacher' as const, 'self' as const), completedOn: day }), { maxLength: 4 }),
        fc.array(day, { maxLength: 4 }),
        fc.constantFrom(...policyList),
        (dateOfBirth, enteredCare, onDate, sdqs, corePepDates, policy) => {
          const r = sdqRequirement({ dateOfBirth, enteredCare, onDate, sdqs, corePepDates }, policy);
          expect(r.nextDue === null || isIsoDate(r.nextDue)).toBe(true);
          const age = ageOn(dateOfBirth, onDate);
          const { minAge, maxAge, minMonthsInCare } = policy.sdq.requiredFor;
          const inCareLongEnough = addCalendarMonths(enteredCare, minMonthsInCare) <= onDate;
          expect(r.required).toBe(age >= minAge && age <= maxAge && inCareLongEnough);
          expect(r.findings.every((f) => f.severity !== 'error')).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

describe('tick helper', () => {
  it('tickFor inverts reverse-scored positions only', () => {
    expect([tickFor(11, 2), tickFor(12, 2)]).toEqual([0, 2]);
  });
});
