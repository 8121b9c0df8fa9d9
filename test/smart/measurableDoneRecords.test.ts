import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * A record of what is already done or awaited is not a target (issue 15, brief st3; src/smart/_record.ts). The labelling
 * guide, Measurable: "M is met when someone could check, at the deadline, whether it happened"; its Settled cases row on
 * "a one-off thing adults arrange or do for the child" makes a referral or a visit still to be made measurable, and settled
 * label y16-217 ("a statement of what has happened sets no target") one already made not. Wordings written here, none a
 * data set's text, both what the reading denies and what it leaves measured.
 */
const MEETING = { meetingDate: '2025-01-15' };
const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): an act already done or awaited, with nothing still to do, is not measurable', () => {
  it.each([
    'Hearing - audiology referral made.',
    'OT referral made 14/11. Awaiting assessment date.',
    'Early Help referral sent by the social worker.',
    'Fine motor skills. Physio referral completed by the GP.',
    'Paediatrician referral made (waiting list about 26 weeks).',
    'EHC needs assessment request submitted in December. Awaiting decision.',
    'Dyslexia screening requested. Await results.',
    'Sensory assessment awaited.',
    'Awaiting CAMHS triage appointment.',
    'Behaviour - strategy meeting held 8/1.',
    'School nurse referral made by the carer. TBC',
    'Feeding clinic referral made. Awaiting first appointment.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Settled cases ("a one-off thing adults arrange or do for the child": measurable, someone can check it was done): a record beside something still to do keeps the measure', () => {
  it.each([
    // An adult's act still to do beside the record.
    'OT referral made. SENCo to chase by half term.',
    'Dyslexia screening requested - carer to chase the school by Friday.',
    // The act itself still to be done.
    'Physio referral to be made by the GP.',
    'Early Help referral to be sent by the social worker before Easter.',
    // The child's own target after the record.
    'OT referral made. Kacie will use her writing slope in every English lesson.',
    'Awaiting autism assessment. In the meantime Reece to use his fidget toy instead of tapping, with no more than 2 reminders a lesson.',
    // A part opening with an act to do.
    'Audiology referral sent. Chase in 4 weeks if no date.',
    // A thing done by the child with a figure, not a record ("sent out" is a removal that stops).
    'Leah will not be sent out of lessons more than once a week.',
    // A point by which it is done makes it a target (Time-bound: "a point by which the target is achieved").
    'Transport request submitted by 28 February.',
    'Speech therapy referral sent before half term.',
    // A participle with an object is someone's act, not a record of a thing done.
    'It would help if Ava completed her reading log every night.',
    // Praise is no record: the figure is the child's.
    'Keep attendance above 96% - well done!',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});
