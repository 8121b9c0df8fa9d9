import { describe, expect, it } from 'vitest';
import { MEETING, specific } from './_judge';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Labelling guide, Specific rule 4, and Bradford Council, SMART Outcomes - Annual Reviews: "Goals and outcomes are not:
 * Services … Activities … Outputs … Resources". A target whose every clause is an adult's, a service's or a fund's act
 * (an adult or fund as subject, a passive whose subject is acted on, an adult's giving imperative, a resource bought) names
 * no outcome of the child's, however concrete its act, date or thing (src/smart/_doer.ts). A clause of the child's own
 * (a name, "I", a pronoun, the subject left out) keeps it specific; a purpose the adults' act serves counts as the
 * child's only with a figure, a standard or a deadline of its own. Examples written here, in both directions.
 */

describe('Specific rule 4 (Bradford: "Goals and outcomes are not: Services … Resources"): every clause an adult\'s, a service\'s or a fund\'s', () => {
  it.each([
    'Jayden to be kept away from older peers at the park.',
    'Buy a school coat for Ruby before winter.',
    'Find Zara a tutor near her new placement.',
    'Grandad and aunt (SGO) to attend the autumn parents\' evening.',
    'PP+ request: tablet £300 to support homework at the placement.',
    'Carer and PA to set up a savings account with Leo and have his allowance paid into it by March',
    'it was agreed that the bursary will cover his travel.',
    'Taxi to be booked so Kyle can stay at St Mary\'s. SW to chase.',
    'Driving theory lessons. Bursary not available - PA to check with leaving care team.',
    'Following the review meeting, it was agreed that PP+ will pay for 10 hours of tuition.',
    'Work placement to be secured.',
    'Foster carers and social worker to agree a contact plan so that Amira can stay at her school.',
    'OT report: his sensory needs should be considered when seating is planned.',
    'Exam access - extra time and a scribe (reader too) in place for the summer mocks',
    'Phonics catch-up sessions twice weekly with HLTA.',
    'Football boots - to be bought for Sam before the season.',
    'Evie to have her homework differentiated in maths.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('the advice asks for what the child will do, not the support adults give', () => {
    const s = checkSmartTarget('Buy a school coat for Ruby before winter.', MEETING).specific;
    expect(s.met).toBe(false);
    expect(s.advice).toMatch(/not only the support adults will give/);
  });
});

describe('Specific rule 4, near misses: a clause of the child\'s own keeps the target specific', () => {
  it.each([
    // The child as a subject beside the adult's support.
    'Mia will read 20 CVC words by Easter with TA support.',
    'Tutor to set weekly quizzes; Jade will score 8/10 or more on 4 of them by March.',
    'DT to complete the WellComm screen and set 2 language targets, and Freya will use 10 new words by June.',
    'Mum and Sam will read together every night for 10 minutes.',
    'I will tell my carer when I feel worried.',
    // A purpose with a standard to reach.
    'Carer to hear her read nightly so that she reaches book band 7 by July.',
    // A passive in which the child still acts or is counted.
    'Sam will be supported to write his name by the end of term.',
    "Sam won't be sent out of lessons more than twice this half term.",
    'Homework to be completed every week.',
    // "have" with a participle as an adjective, and a verb of the child's joined to a causative.
    'Sam will have a completed college application by the end of January.',
    'Corey will have his eyes tested and wear his glasses in all lessons by February.',
    // An imperative of the child's with an adult named, a stop, a list.
    'Update CV with PA by 14/2',
    'No hitting at playtime this half term; TA to record incidents.',
    '1) Update CV with PA by 14/2 2) Apply for 3 apprenticeships by the end of Feb',
    'Leon gets no equipment detentions this half term. Carer to check his bag each Sunday.',
    'Sam to be referred to CAMHS and will attend all appointments.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
