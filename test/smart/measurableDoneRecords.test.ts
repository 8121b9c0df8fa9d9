import { describe, expect, it } from 'vitest';
import { measurable } from './_judge';

/*
 * A record of what is already done or awaited is not a target (issue 15, brief st3; src/smart/_record.ts). The labelling
 * guide, Measurable: "M is met when someone could check, at the deadline, whether it happened"; its Settled cases row on
 * "a one-off thing adults arrange or do for the child" makes a referral or a visit still to be made measurable, and settled
 * label y16-217 ("a statement of what has happened sets no target") one already made not. Wordings written here, none a
 * data set's text, both what the reading denies and what it leaves measured.
 */

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

describe('Labelling guide, Measurable rule 1 (a frequency, a proportion, a duration or a limit is a measure): a recurring rate after the participle is never a record (review of st3, item 1)', () => {
  it.each([
    'Homework completed on time 90% of the time.',
    'Homework completed 4 out of 5 weeks.',
    'Reading log completed at home 5 nights a week.',
    'Requests made with PECS 5 times a day.',
    'Good choices made in 4 out of 5 lessons.',
    'Correct pencil grip held for 5 minutes without reminders.',
    'Kyle sent to the isolation room no more than once a week.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    // A one-off act with only a date, an agent or a place after it is still a record.
    'CAMHS referral made 12/12.',
    'Physio referral completed by the GP.',
    'Strategy meeting held at school on 8/1.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a record in brackets or before a comma covers only its own words (review of st3, item 2)', () => {
  it.each([
    'Attendance 95%+ (EWO referral made 4/11).',
    'Reads for 10 mins daily with carer (SALT referral sent).',
    'Ben attending all his appointments (referral made 12/12).',
    'Referral made, Ben attends all appointments.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    // A bracket or a comma giving only the wait's length is still the record.
    'Referral made to SALT (waiting list approx 18 weeks).',
    'On waiting list for ADHD assessment (approx 2 years).',
    'CAMHS referral made, 12 week wait for first appointment.',
    'Autism diagnosis awaited (on list since 2023, 2 year wait).',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a target figure after the record is still to do (review of st3, item 3)', () => {
  it.each([
    'Spelling test done 12/20, target 16/20.',
    'Spelling test done 12/20, aiming for 16/20',
    'Reading age assessment done, 6y 4m; aim 7y.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    // "aiming" with no figure sets nothing to check.
    'Duke of Edinburgh bronze completed; now aiming for silver.',
    'Spelling test done 12/20.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a present-tense act of someone named after the record keeps the measure (review of st3, item 4)', () => {
  it.each([
    'Referral made 12/12; SENCo chases fortnightly.',
    'Referral made 12/12; carer attends all appointments with Ben.',
    'Counselling: 6 sessions completed, Mia now attends group sessions weekly.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    // A thing named then a plural noun, or a record's own participle, is no present-tense act.
    'Referral made 12/12. Results awaited.',
    'SALT referral sent. Awaiting appointment.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable ("someone could check, at the deadline, whether it happened"): a participle followed by a number and a noun is an act with its object, not a record (review of st3, item 5)', () => {
  it.each([
    'Sam completed 3 job applications.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    // A number that is a date is the record's own.
    'Referral made 12 December.',
    'Review meeting held 8/1/25 with carer.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});
