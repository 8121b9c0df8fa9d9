import { describe, expect, it } from 'vitest';
import { measurable as m, sm } from './_judge';

/*
 * Labelling guide, Settled cases: "keep going to college", "keep going with her A Levels" are neither specific nor measurable
 * (Measurable rule 6: "continue" is a process verb alone). Staying on in education, training or work with no point to check
 * it at is the same process (labels y12-202, y14-202, y15-202, y17-113, y20-021, y21-239 settled by that row); with a point
 * it is checked then, and staying in a room or a lesson is a behaviour seen. src/smart/_measure.ts, _stayingOn. Examples
 * written here, in both directions.
 */

describe('Settled cases, "keep going to college": staying on in education with no point is a process, not measurable', () => {
  it.each(['Nadia to stay in training', 'To remain at college', 'Jordan to stay on his plumbing course', 'Keep his apprenticeship', 'Remain in employment'])('%s: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Settled cases, "keep going to college", its limits: a point, or a room or lesson stayed in, still measures', () => {
  it.each([
    'Nadia to stay in training until the end of the course in July',
    'Jordan will stay on his plumbing course until Easter',
    'Callum will stay in education after Year 11.',
    'Amir will stay in his classroom for the whole morning',
    'Stay in her seat at carpet time',
  ])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});

/*
 * Review 22c: the place stayed in must be the head of the phrase after stay/remain/keep (+ in/at/on), not a word describing
 * a noun after it, nor a place after another preposition. A point after it ("post-16", a year group) is checked then.
 * Decided here by labels: y19-194 "stay in school all day" is not measurable (school heads its phrase); a site or building of
 * the school is a place seen, as "stay in the lunchtime zone" (y18-132) and "the dinner hall" (v030) are measured.
 */
describe('Settled cases, "keep going to college", the head of the phrase: a describing word is no place stayed in', () => {
  it.each([
    'Keep his school bag tidy.',
    'Keep his school planner up to date.',
    'Keep a college diary of his placement hours.',
    'Keep a school diary of his moods.',
    'Keep his course work in his folder.',
    'Remain in school uniform all day.',
    'Keep his friends at school.',
    'Keep her school books neat and tidy.',
    'Stay on the school site at lunchtime.',
    'Stay in the school building at lunchtimes.',
  ])('%s: measurable as before', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each(['Stay in education', 'Remain at college', 'Keep his college place.', 'Stay in school all day.'])('%s: the place heads the phrase, not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Settled cases, "keep going to college", its limits: a point written after the place', () => {
  it.each(['Stay in college post-16.', 'Stay in mainstream school for the whole of Year 10.'])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Settled cases, "keep going to college": a thing kept going is a process, neither specific nor measurable', () => {
  it.each(['Keep her school friendships going.', 'Keep his college work going.', 'Keep his grades up.'])('%s: neither', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('Keep his school attendance going.: not measurable (M rule 6)', () => {
    expect(m('Keep his school attendance going.')).toBe(false);
  });

  it.each(['Keep his hands to himself.', 'Keep her desk tidy.'])('%s: a thing kept in a state is still seen: measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Settled cases, "keep going to college", its limits: staying "at" a place with a point measures, as "in" does', () => {
  it.each(['Stay at school until the end of Year 11.', 'Stay at his school until July.', 'Remain at college until June.'])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each(['Stay at school.', 'Remain at his school.'])('%s: no point, a process: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});
