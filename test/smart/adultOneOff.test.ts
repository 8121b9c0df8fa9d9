import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Labelling guide, Settled cases: "a one-off thing adults arrange or do for the child" is not specific (Specific rule 4:
 * provision) and measurable (someone can check it was done), read with its word one-off (y20-002: "Interpreter to be booked
 * for all meetings" is standing provision, Measurable rule 6). The guide's Measurable definition: "someone could check, at the
 * deadline, whether it happened". The adults' one-off acts (src/smart/_measure.ts, _adultOneOff and passiveOneOff): an adult
 * before "to"/"will" and a verb of a thing done once, a fund buying a thing, or a thing named "to be" done by adults.
 * Examples written here, in words the development sets do not use, in both directions.
 */
const MEETING = { meetingDate: '2025-01-15' };
const sm = (text: string): [boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met];
};

describe('Settled cases, "a one-off thing adults arrange or do for the child": an adult\'s one-off act is measurable, not specific', () => {
  it.each([
    'Foster carer to chase the speech therapy referral by the end of February.',
    'Key worker to ask the virtual school about a tablet',
    'SENCo to request a reading assessment before half term.',
    'Designated teacher to submit the bursary form.',
    'Sixth form taster day - PA to attend',
    'Residential trip - carer to discuss',
    'Drama club near home - SW to look into',
    'Laptop - social worker to sort',
    'Social worker to speak to the college about transport',
    'Mum to arrange a dentist appointment.',
    'Designated teacher to arrange a visit to the sixth form.',
    'Foster carer to book an optician appointment for Leo',
    'Eye test needed. Carer to chase.',
  ])('%s: not specific, measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each(['PP+ to pay for a calculator and a set of revision cards.', 'PP+ to fund a tablet.', 'Leaving care grant to buy a desk for his room'])(
    '%s: a fund buying a thing for the child is measurable',
    (text) => {
      expect(sm(text)[1]).toBe(true);
    },
  );

  it.each(['Bus pass to be sorted before the new term.', 'Speech and language assessment to be requested by the SENCo', 'Tablet - to be ordered', 'Grant to be applied for by the PA.'])(
    '%s: a thing named and to be done once by adults is measurable',
    (text) => {
      expect(sm(text)[1]).toBe(true);
    },
  );

  it('the evidence is the act with its object', () => {
    expect(checkSmartTarget('SW to chase the housing application.', MEETING).measurable.evidence).toEqual(['chase the housing application']);
  });
});

describe('Settled cases, the one-off row read with its word one-off: standing provision, quantities and adults\' meetings are not measured', () => {
  it.each([
    'Interpreter to be booked for every review.',
    'Signer to be arranged for all parents evenings',
    'Mentor to speak to Jayden weekly',
    'SW to attend 2 contact sessions.',
    'Carer to book 4 sessions.',
    'Designated teacher to arrange a meeting with the SENCo.',
    'School to consider asking for an EP assessment',
    'Carer to book.',
    'Carer to ask?',
    'PP+ to pay for 1:1 tuition.',
    'PP+ to fund extra sessions with the TA.',
    'PP+ to buy resources.',
    'Pupil premium to buy a sensory tent for the setting.',
    'Use the bursary to buy a rail card.',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});
