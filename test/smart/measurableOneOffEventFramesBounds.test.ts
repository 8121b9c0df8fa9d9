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

describe('Labelling guide, Measurable rule 6 and Time-bound "Not deadlines" (vague timing): visits or appointments at no set point', () => {
  it.each([
    'Transition to Year 7 - visits as needed.',
    'Transition to college - visits when needed.',
    'Induction to the new school - visits as appropriate.',
    'Transition to high school - visits (when ready).',
    'Leo to have appointments as needed.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Transition to Year 7 - visits before the summer.', 'Leo to have a careers appointment by Easter.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a visit with family or from an adult is contact or their act, not a one-off event of the child', () => {
  it.each([
    'Leo to have contact visits with his dad.',
    'Leo to have a visit to his grandad.',
    'Leo to have a visit to his birth family.',
    'Leo to have a visit from his social worker.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Leo to have a visit to the sixth form college.', 'Leo to have a taster visit at the new school.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable: the visits belong to a move that heads their part, not to a sentence about the child', () => {
  it.each(['Leo is finding the transition hard. Visits.', 'Settling in - the visits.', 'Worried about transition; visits.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Y6 transition - visits in June.', 'Induction: 2 visits before September.', 'Settling in visits to the new nursery by Easter.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 6: a membership or fees paid buy time at a club or setting, provision, not a thing set up once', () => {
  it.each(['Swimming club membership paid.', 'Breakfast club fees paid.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Football boots ordered.', 'Prom ticket paid.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): exam access arrangements hedged or conditional are not settled', () => {
  it.each([
    'Leo to have access arrangements to be investigated.',
    'Leo to have access arrangements if he is eligible.',
    'Leo to have access arrangements, to be considered by the SENCo.',
    'Possibly Leo to have access arrangements for his GCSEs.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Leo to have access arrangements in place for his mocks.', 'Leo to get access arrangements by the end of Year 10.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe("Labelling guide, Settled cases (a one-off thing adults arrange or do for the child): the child's own PEP or review, not any meeting", () => {
  it.each(['Dad to join the meeting.', 'Social worker to attend the meeting.', 'Foster carer to join the meeting with the SENCo.', 'SW to attend the next meeting.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Social worker to attend the review meeting.', 'Foster carer to attend the next CLA review.', 'IRO to join the LAC review.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Labelling guide, Settled cases (a one-off thing adults arrange or do for the child): adults named by title and name to do a named screen', () => {
  it.each(['Year 8 - Mr Doyle to do the Boxall.', 'Mrs P Osei to do the SDQ.', 'Mr Doyle and Miss Hart to do the Boxall by Easter.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Leo and Mr Doyle to do the Boxall.', 'Mr Doyle to do the SDQ every half term.', 'Leo asked Mrs Osei to do the SDQ.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Time-bound "Not deadlines" (vague timing): a screen done, a thing set up or a meeting attended only as needed is at no point', () => {
  it.each(['Miss Hart to do the Boxall when ready.', 'SENCo to do the SDQ as needed.', 'Tablet ordered when needed.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });

  it.each(['Miss Hart to do the Boxall by half term.', 'Tablet ordered by the end of term.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
