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

/*
 * Review 22c. Standing provision is a frequency of occasions ("every/each <occasion>", "all meetings", "weekly", "per term"),
 * not a week inside a deadline nor "all" counting things. The adult must be the subject of the act. An act done with the
 * child, whenever it is needed, is a strategy (Specific rule 4: "Key person to model language during play" is provision),
 * not a one-off thing arranged; adults' talk with no thing talked of is their own, nothing checked done for the child; travel
 * a fund pays for is provision (labels v054, y10-176, y14-213). Measurable definition: "someone could check, at the
 * deadline, whether it happened".
 */
describe('Settled cases, the one-off row read with its word one-off: a week in a deadline and "all" counting things are not standing', () => {
  it.each([
    'Application form to be completed in the next two weeks.',
    'Personal statement to be drafted and shared with all her teachers.',
    'Coursework to be completed in each unit by Easter.',
    'Taxi to be booked for the first week of term.',
    'SW to chase the CAMHS referral within 2 weeks',
    'SW to chase the CAMHS referral this week',
    'Carer to book the dentist in the next 4 weeks',
    'SW to contact all three colleges about open days',
    "School to request all of Leo's records",
  ])('%s: measurable', (text) => {
    expect(sm(text)[1]).toBe(true);
  });

  it.each(['Escort to be arranged for all school trips.', 'Carer to chase the school once a week.'])('%s: every occasion, standing: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Settled cases, "a one-off thing adults arrange or do for the child": strategies, an adult as object and adults\' own talk are not one-off', () => {
  it.each([
    'Teacher to ask Maya to read aloud in class.',
    'Staff to ask Jake to repeat instructions back to check he has understood.',
    'TA to ask Sam what he has learnt at the end of the lesson.',
    'Adults to speak to Ellie calmly when she is upset.',
    'Staff to discuss feelings with Jay using the zones of regulation.',
    'TA to complete reading records with Noah.',
    'Teacher to phone home with good news.',
    'We will ask Leo to choose a reward at the end of the week.',
  ])('%s: a strategy, not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it.each(['Develop trust so that he allows his carer to discuss school with him.', 'Become more confident and allow staff to speak to him about his feelings.'])(
    '%s: the adult is an object, not measurable',
    (text) => {
      expect(sm(text)[1]).toBe(false);
    },
  );

  it.each(['Carer to discuss with Mia.', 'Carer to speak to school.', 'Designated teacher to speak to the head of year.', 'SW to arrange contact with birth mum.', 'Bursary to pay for bus travel to college.'])(
    '%s: no thing done once, not measurable',
    (text) => {
      expect(sm(text)[1]).toBe(false);
    },
  );

  it.each([
    'Mentor to speak to Riley about his options.',
    'SW to discuss the plan with Ethan at the next visit.',
    'Carer to ring the dentist.',
    'SW to ask for a copy of the report.',
    'Kai will email his tutor to ask for help with his essay.',
  ])('%s: a thing talked of, or the child\'s own act: measurable', (text) => {
    expect(sm(text)[1]).toBe(true);
  });
});

describe('Settled cases, the one-off row: the point of an adult act beside a describing text is its deadline, with advice of its own', () => {
  it('"Jamie needs a laptop for school - SW to ask VS by Friday." is measurable and time-bound', () => {
    const r = checkSmartTarget('Jamie needs a laptop for school - SW to ask VS by Friday.', MEETING);
    expect([r.measurable.met, r.timeBound.met]).toEqual([true, true]);
    expect(r.deadline).toEqual({ kind: 'date', date: '2025-01-17' });
    expect(r.timeBound.advice ?? '').not.toMatch(/no outcome is stated/);
    expect(r.measurable.advice).toMatch(/adults' one-off act can be checked done/);
    expect(r.measurable.advice).not.toMatch(/figure or frequency/);
  });
});
