import { describe, expect, it } from 'vitest';
import { _buildDoc } from '../../src/smart/_doc';
import { _provisionClauses } from '../../src/smart/_specific';
import { _anyOutcome, _outcomeParts } from '../../src/smart/_roles';

/*
 * The described-only check (src/smart/_analyse.ts) asks the role reading one thing first: does some part state an outcome
 * (Halton Virtual School PEP Policy 2023-24, Appendix C, "QA of SMART Targets": Specific — "It is clear what will be
 * achieved")? `_anyOutcome` answers as `_outcomeParts` does, reading no further than the word that settles it. Wordings
 * written here (none from a corpus file).
 */
const read = (text: string): { full: ReturnType<typeof _outcomeParts>; any: ReturnType<typeof _anyOutcome>; steps: number; toks: number } => {
  const doc = _buildDoc(text, { n: 0 });
  const provision = _provisionClauses(doc);
  const full = _outcomeParts(doc, provision);
  const before = doc.ops.n;
  const any = _anyOutcome(doc, provision);
  return { full, any, steps: doc.ops.n - before, toks: doc.toks.length };
};

/** Parts that state an outcome somewhere (a modal, an infinitive, an imperative, a stated point), first or later. */
const STATING = [
  'Priya will spell 15 of the Year 4 words correctly by Easter.',
  'To swim 25 metres unaided by the end of the summer term',
  'Attendance is 82% this term. Leon will attend 95% of sessions by Easter',
  'Tidy his bedroom every Saturday morning',
  'Mr Patel (SENCo) will set up a reading group. Amir will read to an adult 4 times a week',
  'Needs to stop swearing at staff',
];

/** Parts that state none: how things are now, a need, a report, adults' provision, a heading (near misses kept whole). */
const NOT_STATING = [
  'Attendance at college is 79% this term',
  'Maths - is slow recalling the 6, 7 and 8 times tables',
  'Social worker reports he is sleeping badly most nights',
  'TA support in class 3 mornings a week',
  'Handwriting: needs lots of practice',
  'Reading age 6y4m',
  'Mum says homework is going well',
  'Phonics -',
];

/** Texts either way (a point read before this reading, a figure's step, a note of provision): the answer is the same. */
const EITHER = [
  'Reading age 6y4m (March). Reading age to rise to 7y by July',
  'Jo is on time every day this half term',
  'Key worker to meet carers every fortnight. Sleep is poor',
  'Behaviour points: 14 this half term, up from 9',
  'Swimming - 10m. To reach 25m',
  '',
];

describe('Halton Appendix C, QA of SMART Targets, Specific ("It is clear what will be achieved"): whether any part states an outcome', () => {
  it.each(STATING)('%s: some part states one, as the whole reading says', (text) => {
    const r = read(text);
    expect(r.full.any).toBe(true);
    expect(r.any.any).toBe(true);
  });

  it.each(NOT_STATING)('%s: no part states one, and every field is the whole reading\'s', (text) => {
    const r = read(text);
    expect(r.full.any).toBe(false);
    expect(r.any).toEqual(r.full);
    // Read whole: one step per token and one for the end, as _outcomeParts counts.
    expect(r.steps).toBe(r.toks + 1);
  });

  it.each([...STATING, ...NOT_STATING, ...EITHER])('%s: the same answer as the whole reading', (text) => {
    const r = read(text);
    expect(r.any.any).toBe(r.full.any);
    if (!r.full.any) expect(r.any).toEqual(r.full);
  });

  it('stops at the word that states the outcome, not at the end of the text', () => {
    const r = read('Ella will read a chapter book to her carer every night, with a reading record signed each week, until the summer half term');
    expect(r.any.any).toBe(true);
    expect(r.steps).toBeLessThanOrEqual(3);
    expect(r.steps).toBeLessThan(r.toks);
  });

  it('an outcome in a later part is still found after a part that only describes', () => {
    const r = read('Spelling age is 7y2m. Sam will learn 10 new spellings each week');
    expect(r.any.any).toBe(true);
    expect(r.steps).toBeGreaterThan(6);
  });
});
