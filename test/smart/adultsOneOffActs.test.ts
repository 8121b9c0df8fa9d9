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

  it.each(['Noah to have a sight test asap', 'Maya to have OT assessment asap'])('%s: measurable', (text) => {
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
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: an assessment the child has once, its kind named', () => {
  it.each(['To have a paediatric assessment.', 'Kai will have an OT assessment this term.', 'Mia to have a SALT assessment by Easter.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // No kind named (the settled label of such a text is not measurable); one kept up.
    'Ollie to have an assessment for dyslexia by July',
    'Mia to have an assessment every half term.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: an adult refers to a service named by its own name', () => {
  it.each(["NEET. PA to refer to Prince's Trust.", 'Low mood - SW to refer to Kooth.', "PA to refer to Prince's Trust by Easter."])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A thing looked at or used, someone's own thing, or the child's own reference.
    'Teacher to refer to the Success Criteria.',
    "TA to refer to Sam's visual timetable.",
    'TA to refer to Maths Mastery resources every lesson.',
    'Sam to refer to his word mat.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: a professional asked once about a thing', () => {
  it.each(['Ask SENCo about a laptop.', 'Housing - ask PA regarding a deposit.', 'Ask VSH re: tutoring funding'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each(['Ask SW about contact every week.', 'Ask SW re: funding if needed', 'Ask teacher about homework.'])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases: strategies of a named kind shared once with staff', () => {
  it.each(['Calming strategies to be shared with all staff.', 'EP strategies to be shared with class staff.'])('%s: measurable', (text) => {
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
