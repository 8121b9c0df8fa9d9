import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSmartTarget, checkTargetSet } from '../../src/smart/index';
import type { SmartReport } from '../../src/smart/index';

const SEED = 42;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** Words and phrases PEP targets are made of, including the tricky ones, for realistic random targets. */
const pieces = fc.constantFrom(
  'Tom', 'will', 'read', '20', 'words', 'by', 'Easter', 'the end of', 'Spring 1', 'Feb half term', 'w/c', '3rd March', '24/07/2020',
  'within', '6 weeks', 'of', 'the next PEP', 'every day', '4 out of 5', 'days', 'currently', '71%', 'from', 'to', 'since', 'September',
  'Year 7', 'Unit 10', 'grade 5', 'in', 'English', 'ongoing', 'soon', '(', ')', ',', '.', '<p>', '</p>', '&nbsp;', '😊', 'half term',
  'termly', 'last', 'this', 'term', 'Key person will', 'attend', 'school', 'no lates', 'Summer', 'May', 'mid-March', 'Febuary', '-',
);
const target = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(' '));
const date = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2040, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function consistent(r: SmartReport): void {
  const list = [r.specific, r.measurable, r.achievable, r.relevant, r.timeBound];
  const judged = list.filter((c) => c.met !== null);
  const met = judged.filter((c) => c.met === true).length;
  expect(r.score).toBe(met);
  expect(r.outOf).toBe(judged.length);
  const missed = r.outOf - r.score;
  expect(r.rating).toBe(missed === 0 ? 'outstanding' : missed === 1 ? 'good' : 'requires-improvement');
  const names = ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const;
  expect(r.notJudged).toEqual(names.filter((k) => r[k].met === null));
  for (const c of list) {
    expect(c.evidence.length).toBeLessThanOrEqual(8);
    for (const e of c.evidence) expect(e.length).toBeLessThanOrEqual(120);
    // A judged criterion says how sure it is; advice is left out only when it is met with high confidence.
    expect(c.confidence === undefined).toBe(c.met === null);
    if (c.met === true) expect(c.advice === undefined).toBe(c.confidence === 'high');
    if (c.met === false) expect(c.advice).toBeDefined();
  }
}

describe('checkSmartTarget properties', () => {
  it('never throws and never mutates its input, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (t, c) => {
        const frozenT = deepFreeze(structuredClone(t));
        const frozenC = deepFreeze(structuredClone(c));
        const before = JSON.stringify([frozenT, frozenC]);
        const r = checkSmartTarget(frozenT as string, frozenC as never);
        consistent(r);
        expect(JSON.stringify([frozenT, frozenC])).toBe(before);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('keeps score, rating and evidence consistent on realistic random targets', () => {
    fc.assert(
      fc.property(target, date, (text, meetingDate) => {
        consistent(checkSmartTarget(text, { meetingDate }));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('is time-bound exactly when a deadline is found, given a meeting date', () => {
    fc.assert(
      fc.property(target, date, (text, meetingDate) => {
        const r = checkSmartTarget(text, { meetingDate });
        expect(r.timeBound.met).toBe(r.deadline !== null);
        if (r.deadline?.kind === 'date') expect(r.deadline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('resolves partial dates on or after the meeting date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), date, (day, month, meetingDate) => {
        const r = checkSmartTarget(`Tom will read 20 words by ${day}/${month}.`, { meetingDate });
        expect(r.deadline?.kind).toBe('date');
        if (r.deadline?.kind === 'date') {
          expect(r.deadline.date >= meetingDate).toBe(true);
          expect(r.deadline.date.slice(5)).toBe(`${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('never puts any of the target’s words in a finding message', () => {
    const name = fc.stringMatching(/^[A-Z][a-z]{6,10}q$/);
    fc.assert(
      fc.property(name, target, (who, rest) => {
        const r = checkSmartTarget(`${who} ${rest} ${who}`, { meetingDate: '2025-01-15' });
        for (const f of r.findings) expect(f.message).not.toContain(who);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('checkTargetSet never throws and returns one report per array element', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(target, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }), (targets) => {
        const set = checkTargetSet(deepFreeze(targets) as string[], { meetingDate: '2025-01-15' });
        expect(set.reports.length).toBe(targets.length);
        expect(set.count).toBe(targets.length);
        for (const r of set.reports) consistent(r);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
