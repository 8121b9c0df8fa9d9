import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Labelling guide, Specific rule 4 (what adults provide is not the child's outcome), and its Settled cases row "a one-off thing
 * adults arrange or do for the child": measurable, not specific. The clause reading (src/smart/_doer.ts) widened to three more
 * forms of an adults'-only target: a thing named, then its participle of being set up or bought, with a point or who did it
 * after it; sessions with an adult named after "with", "from" or "by" anywhere in a clause with no verb; a heading that names
 * an area or a thing, then only adults' clauses. A clause or conjunct of the child's own (an act, a result, a figure, the child
 * doing the buying or booking) keeps the target specific. Examples written here, in both directions.
 */

describe('Specific rule 4; Settled cases, "a one-off thing adults arrange or do for the child": a thing set up or bought, with its point', () => {
  it.each([
    'Laptop ordered by half term.',
    'Work placement booked by Easter.',
    'New school uniform bought before September',
    'Bike helmet purchased by the end of March.',
    'Calculator and revision guides bought by Christmas.',
    'New coat and school shoes for winter bought by October half term.',
    'School bag and PE kit purchased by September.',
    'Glasses ordered from the optician by Feb half term',
    'Bus pass paid for by SW by 1st March',
    'Exam access arrangements booked with the exams officer by March',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The child's own set-ups: by the child, with the child's own money, alone, with the child as its object's buyer.
    'Bus ticket bought by himself by Easter',
    'Bus ticket bought with his own savings by Easter.',
    'Work placement booked independently by Easter.',
    'Laptop case ordered it herself by March.',
    'Mia bought her bus pass by half term.',
    'Jay booked his own driving test by April.',
    'Bike bought by himself with savings by summer.',
    // The child's own work done, not a thing set up.
    'Homework handed in by Monday',
    'College application submitted by 31st January.',
    'Revision timetable written by half term.',
    // A verb with its object before the participle, and a clause of the child's beside the thing bought.
    'Use the laptop bought with PP+ for homework every night.',
    'Laptop bought with PP+: Sam to complete 3 Seneca tasks a week.',
  ])('%s: still specific (the child acts)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Specific rule 4: sessions or provision with an adult named after "with", "from" or "by", anywhere in a clause with no verb', () => {
  it.each([
    'Reading catch-up every morning with the TA.',
    'Daily check-in with the key adult.',
    'Literacy - Read Write Inc sessions daily with TA. Review in spring.',
    'Weekly catch-up with the designated teacher.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // A result or act of the child's joined to the provision keeps the target the child's.
    'Spelling intervention with the TA and 15/20 spellings by Easter',
    'Phonics with the HLTA: read 20 words',
    'Reading with the TA daily and read 3 books by Easter.',
    'Reading 3 books with the TA by Easter.',
    'Read with the TA every morning and move up 2 book bands by July.',
    'Swimming lessons with the coach until he can swim 25m.',
    'Mentoring with Mr Ali; Jay to keep a planner and hand in all homework.',
    'Talk to the key adult when worried, at least once a week.',
  ])('%s: still specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Specific rule 4: a heading naming an area or a thing, then only adults\' clauses', () => {
  it.each([
    'Reading pen - ordered by school.',
    'Y10 options evening – carer and SW to attend.',
    'SEN needs assessment: DT to send the request by 28 Feb and EP to see Kim by Easter.',
    'Glasses – carer to book an eye test.',
    'School trip | PP+ to pay the deposit.',
    'Parents\' evening: SW and carer to attend in March.',
    'Uniform – bought by foster carer before the start of term.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The heading is the child's act (an imperative, a figure), or a clause of the child's follows it.
    'Apply for a Saturday job – carer to help with the form.',
    'Swim 25m: carer to take her weekly.',
    'Learn to ride a bike – carer to practise with him.',
    'Attend school every day - carer to drop him off.',
    'Homework: Sam to hand in all homework on time; carer to check planner.',
    'Reading: Sam will read for 20 minutes each night.',
  ])('%s: still specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
