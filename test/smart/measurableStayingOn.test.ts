import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Labelling guide, Settled cases: "keep going to college", "keep going with her A Levels" are neither specific nor measurable
 * (Measurable rule 6: "continue" is a process verb alone). Staying on in education, training or work with no point to check
 * it at is the same process (labels y12-202, y14-202, y15-202, y17-113, y20-021, y21-239 settled by that row); with a point
 * it is checked then, and staying in a room or a lesson is a behaviour seen. src/smart/_measure.ts, _stayingOn. Examples
 * written here, in both directions.
 */
const MEETING = { meetingDate: '2025-01-15' };
const m = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

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
