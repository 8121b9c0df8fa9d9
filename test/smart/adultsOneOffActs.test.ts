import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * A one-off thing adults arrange, ask for, refer to or share, in the frames read by src/smart/_measure.ts: a check or referral
 * named by its noun and wanted "asap" (`urgentCheck`), an assessment the child has with its kind named (`checkHad`, "EP
 * assessment"), an adult referring to a service named by its own name (`adultRefers`), a professional asked about a thing
 * (`roleAsked`), a named kind of strategies or information shared once (`passiveOneOff`). The labelling guide, Settled cases:
 * "a one-off thing adults arrange or do for the child ("visits to be arranged", "CAMHS referral")": not specific, measurable
 * (someone can check it was done); Measurable rule 6, a quantity of provision is not; Measurable, a process with no single act
 * is not. Every wording is written here, none a data set's text.
 */

describe('Labelling guide, Settled cases, "a one-off thing adults arrange or do for the child": a check or referral wanted asap', () => {
  it.each([
    'Psychology assessment – asap',
    'OT assessment - asap.',
    'Hearing test asap',
    'speech and language assessment asap',
    'Speech unclear. Referral asap.',
    'Paediatric referral: asap',
  ])('%s: measurable, not specific', (text) => {
    expect(measurable(text)).toBe(true);
    expect(specific(text)).toBe(false);
  });

  it.each(['Noah to have a sight test asap', 'Maya to have OT assessment asap', 'Rosie to have a SALT assessment asap', 'EP assessment asap', 'Referral asap.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A need or a status, not an act; hedged; a question; a place or provision, no check; kept up.
    'OT assessment needed',
    'Hearing assessment - on the waiting list',
    'Referral might be needed asap',
    'Paediatric assessment asap?',
    'College application - asap',
    'Mentor ASAP',
    'Maths 1:1 tuition asap',
    'Awaiting OT assessment asap',
    // A need, a wish, a request already made or a feeling stated before the check: a sentence of its own, not a heading naming
    // the adults' act (Settled cases, the wish row).
    'Sam needs an EP assessment asap',
    'Mum would like an EP assessment asap',
    'School has requested EP assessment asap',
    'Sam is worried about his hearing test asap',
    'Sam enjoyed his SALT assessment asap',
    // An assessment of no kind named.
    'Full assessment asap',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: an assessment the child has once, its kind named', () => {
  it.each([
    'To have a paediatric assessment.',
    'Kai will have an OT assessment this term.',
    'Mia to have a SALT assessment by Easter.',
    'Sam to have a dyslexia assessment',
    'Sam to have a hearing assessment',
    'Sam to have an ADHD assessment',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // No kind named (the settled label of such a text is not measurable); one kept up.
    'Ollie to have an assessment for dyslexia by July',
    'Mia to have an assessment every half term.',
    // A word saying how the assessment goes is no service or specialism making it.
    'Sam to have a better assessment',
    'Sam to have a full assessment',
    'Sam to have a proper assessment',
    'Sam to have an updated assessment',
    'Sam to have a fair assessment',
    'Sam to have a quick assessment',
    'Sam to have an online assessment',
    'Sam to have a written assessment',
    'Sam to have a successful assessment',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: an adult refers to a service named by its own name', () => {
  it.each([
    "NEET. PA to refer to Prince's Trust.",
    "PA to refer to Prince's Trust",
    'Low mood - SW to refer to Kooth.',
    "PA to refer to Prince's Trust by Easter.",
    "SW to refer to Barnardo's",
    'SW to refer to Action for Children',
    "SW to refer to The Children's Society",
    'PA to refer to the Youth Offending Team',
    'SW to refer to NSPCC',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A thing looked at or used, someone's own thing, or the child's own reference.
    'Teacher to refer to the Success Criteria.',
    "TA to refer to Sam's visual timetable.",
    'TA to refer to Maths Mastery resources every lesson.',
    'Sam to refer to his word mat.',
    // A person or a resource named by its own name: referring to it is mentioning or using it, no service named.
    'Teacher to refer to Sam.',
    'Staff to refer to Mum.',
    'TA to refer to Numicon.',
    'Staff to refer to Boxall.',
    'Teacher to refer to Literacy Plan',
    'Teacher to refer to Read Write Inc.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: a professional asked once about a thing', () => {
  it.each(['Ask SENCo about a laptop.', 'Housing - ask PA regarding a deposit.', 'Ask VSH re: tutoring funding', 'Ask SW re: funding', 'Ask IRO about respite'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    'Ask SW about contact every week.',
    'Ask SW re: funding if needed',
    'Ask teacher about homework.',
    // At vague times, as "if needed" is.
    'Ask SW re: funding when needed',
    'Ask SW re: funding as needed',
    // An adult the child asks in class or at home: the child's skill of asking for help.
    'Ask TA about homework',
    'Ask ELSA about a worry when she feels sad',
    'Ask MUM about contact',
    // Nothing named.
    'Ask SENCo about it.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: strategies of a named kind shared once with staff', () => {
  it.each(['Calming strategies to be shared with all staff.', 'EP strategies to be shared with class staff.', 'Reading strategies to be shared with all staff'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Strategies to be shared.', 'More strategies to be shared.', 'Sensory resources to be bought.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable: a process, a status or a quantity of provision stays not measurable', () => {
  it.each([
    'PA to keep checking in',
    'Support from TA ongoing',
    '5 hours of TA support',
    'Key person will continue to model words',
    'SW aware',
    'CAMHS waiting list',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
