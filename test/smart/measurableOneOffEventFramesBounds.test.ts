import { describe, expect, it } from 'vitest';
import { judge, measurable } from './_judge';

/*
 * Bounds of the one-off event frames read by src/smart/_measure.ts (`thingSetUp`, `moveVisits`, `checkHad`, `adultAtMeeting`,
 * `screenDone`, exam access arrangements). The labelling guide, Measurable: "M is met when someone could check, at the
 * deadline, whether it happened"; rule 6, a quantity of provision is not; Settled cases, "a one-off thing adults arrange or do
 * for the child": measurable, not specific; Time-bound, "Not deadlines": vague timing. Every wording is written here.
 */

describe('Labelling guide, Measurable and Time-bound: a point in time after a thing set up is its deadline, not who pays', () => {
  it.each([
    ['Tablet ordered by half term.', { kind: 'term', term: 'spring', part: 'half-term' }],
    ['Work experience placement booked by Easter.', { kind: 'date', date: '2025-04-20' }],
    ['College taster day arranged by 28th February.', { kind: 'date', date: '2025-02-28' }],
    ['School trip paid by the end of January.', { kind: 'date', date: '2025-01-31' }],
  ])('%s: measurable, its deadline read', (text, deadline) => {
    expect(measurable(text)).toBe(true);
    expect(judge(text).deadline).toEqual(deadline);
  });

  it.each(['Music tuition paid for by the bursary.', 'Tutor paid by the virtual school.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
