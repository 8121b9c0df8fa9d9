import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * One-off events written as fragments, read by src/smart/_measure.ts (`nounEvent`: `checkHad`, `moveVisits`; `thingSetUp`;
 * `adultAtMeeting`; `screenDone`; exam access arrangements in `heldAt`). The labelling guide, Measurable: "M is met when
 * someone could check, at the deadline, whether it happened"; rule 5, "a one-off event is measurable"; rule 6, a quantity of
 * provision is not; Settled cases, "a one-off thing adults arrange or do for the child": measurable, not specific. Every
 * wording is written here, none a data set's text.
 */

describe('Labelling guide, Measurable rule 5 and Settled cases: the visits of a move, named as a noun, are a one-off event', () => {
  it.each([
    'Transition to Year 7 - visits.',
    'Transition to secondary: extra visits in June',
    'Settling in visits to the new childminder, w/c 10th March',
    'transition to reception - 2 visits before September',
    'Transition to college | visits',
    'Move to new nursery. Settling-in visits w/c 7th April.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Hedged, kept up, only planned, paid for, going on, the verb, or no move named.
    'Transition to secondary - visits TBC.',
    'Transition - visits fortnightly.',
    'Transition to Year 7 - extra visits paid through PP+',
    'Settling in visits planned',
    'Trips and visits - ongoing',
    'Portage visits weekly to continue.',
    'SW to visit the school termly.',
    'Transition to secondary.',
    'Visits.',
    // A settled state, or visits to a person: contact, not a setting seen.
    'Sam has settled well in placement. Visits to his grandparents.',
    'Settle in class - visits to the library',
    'Transition to Year 7 - visits to his nan.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child"): a visit or interview the child is to have', () => {
  it.each([
    'Kai to have a transition visit to his new school.',
    'To have a taster day visit at the college',
    'Leo to have a careers interview by Easter.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // An assessment had: its settled labels split, left as they were; a wish; a hedge; a thing already done.
    'Jordan to have an assessment for dyslexia.',
    'I want to have a visit to the college.',
    'May need an assessment.',
    'Had an EP assessment in May.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable and Settled cases: a thing named and then booked, arranged, ordered or paid is set up once', () => {
  it.each([
    'Dentist appointment booked for 3rd March.',
    'Work experience placement arranged for w/c 16th June.',
    'Laptop ordered.',
    'Bus pass paid.',
    'Y10 - work experience - placement booked',
    'Sensory resources ordered for home.',
  ])('%s: measurable, not specific', (text) => {
    expect(measurable(text)).toBe(true);
    expect(specific(text)).toBe(false);
  });

  it.each([
    // Provision booked or paid for (Measurable rule 6), a test booked (its labels split), a record, a disposition.
    'Swimming lessons booked for Saturday mornings',
    'Tutoring paid for by PP+.',
    'Music lessons paid through the bursary.',
    'Theory test booked for 18/3.',
    'Referral made to SALT.',
    'To be more organised.',
    'Bursary to be paid weekly.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe("Labelling guide, Settled cases: an adult to attend or join the child's next meeting once", () => {
  it.each([
    'Interpreter to attend the next PEP.',
    'Foster carer to join the PEP by video.',
    'Key worker to attend the PEP meeting.',
    'SW to attend the review on 12th March.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Every meeting or a count of them is standing provision (Measurable rule 6); a hedge; the adults' own meeting.
    'SW to attend all PEPs.',
    'SW to attend 1 PEP per term.',
    'DT to attend every review.',
    'SW may attend the next PEP.',
    'DT to arrange a meeting with the head of year.',
    'Interpreter to be booked for PEP meetings',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: an adult to do a named screen, as "complete" it, and exam access arrangements got', () => {
  it.each([
    'Mr Patel to do the SDQ.',
    'SENCo to do a WellComm screen by half term.',
    'Key person to do the Boxall by Easter.',
    'Amira to get access arrangements for her mocks.',
    'Tom to have exam access arrangements in place by the mocks.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'TA to do the SDQ every term.',
    'Carer to do homework with him.',
    'Support with exam access arrangements.',
    'Attendance.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
