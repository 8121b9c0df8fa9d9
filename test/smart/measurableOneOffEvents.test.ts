/**
 * One-off events and destinations of the child's own, read as measurable (src/smart/_measure.ts: eventGoneToEnd, startedEnd,
 * placeHeldEnd, perfectEvent, and "be on roll at"): the labelling guide (docs/smart.md), Measurable: "someone could check, at
 * the deadline, whether it happened"; Measurable rule 5 ("A standard reached or a one-off event is measurable": "enrol on a
 * Level 1 course"); Settled cases, the club row ("a single day ... is an event gone to"). Ongoing states, vague participation,
 * clubs gone to with no rate and wishes alone stay as they were. Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

describe('Measurable (M) rule 5, one-off events and destinations of the child: one named, bounded event happens or not', () => {
  it.each([
    'Priya will go to the open evening at Hilltop Academy on 4 March.',
    'Dylan will go to the Bristol and Bath sixth form open mornings in November.',
    'Kofi to go to the Level 3 Animal Care taster day at the college on 9 May.',
    'Marta to go to the Year 11 careers fair at the town hall before Easter.',
    'Shay will start a Level 2 bricklaying course at the college in September.',
    'Nia will begin her traineeship with the council by the end of April.',
    'Jordan will start an apprenticeship or a pre-apprenticeship course by September 2025.',
    'By the summer holidays Cara will have started a part time job at the bakery.',
    'Amira will be on roll at her new primary school by 10 March.',
    'Tia will have a confirmed place on a Level 1 hair and beauty course by July.',
    'Finn will have a place at Hillside Academy by half term.',
    'By July Noah will have had 2 visits to his new secondary school with his carer.',
    'Ruby to take part in DofE this year.',
    'Kim will start her course in September.',
    'Ben will be on roll at Oakfield Primary by May.',
    'Jo will go to two taster days at the college in June.',
    'Rhian will have her school place in Cardiff confirmed by March.',
  ])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });
});

describe('Measurable (M) rule 5 and rule 6, limits: routines, provision, processes, states and wishes are no one-off event', () => {
  it.each([
    // A place gone to as a routine, or a service, is no event (the club row: "go to the Youth Club" is not measurable).
    'Leah will go to the library at lunchtimes.',
    'Omar will go to the day centre.',
    'Kai will go to his appointments.',
    'Josh will go to Brownies.',
    'Sophie to go to the Tuesday football club.',
    // Starting a process, a course of provision, or classwork is no course started.
    'Jess to start to read at home.',
    'Jess will start revising for her exams.',
    'Sami to start work on his art project.',
    'Mo will start a course of counselling.',
    // A place that is no school, college or course.
    'Ava will have a safe place to go when she is upset.',
    'Jake will have a place to put his things.',
    // Ongoing states and vague participation (Measurable rule 6).
    'Toby will settle into his new school.',
    'Grace will engage with college.',
    'Harry to take part in more activities.',
    // A wish alone (Settled cases, the wish row), as "I want to get a job" is.
    'Lily would like to start a traineeship.',
    'I want to start an apprenticeship.',
  ])('%s: not measurable', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

/**
 * Texts a review of the reading found broken: each judged as before the reading (Measurable rule 5's limits and rule 6; the
 * wish row of Settled cases). Measurable must stay false, and Specific as it was before the reading (written for this test).
 */
describe('Measurable (M) rule 5 and rule 6, limits: routines, things inside other phrases, and destinations as a condition, purpose or aim', () => {
  it.each([
    // Plural days, visits or events neither named nor counted: a routine or an amount (Measurable rule 6).
    ['Tia will go to her contact visits with Mum.', false],
    ['Kelsey will go to school more days.', false],
    ['Jo will go to more events at the youth centre.', false],
    ['Jo will go to school most days.', true],
    ['By half term Jo will have had regular visits from her SW.', false],
    // A course or job word inside another thing.
    ['Sami to start his course work for BTEC Sport.', true],
    ['Tom will start a job search with his PA.', false],
    ['Ellie to start job club.', true],
    ['Mia will start her job coach sessions.', true],
    ['Start the course materials at home.', true],
    // A destination as the purpose, condition, occasion of a feeling, aim of a process, or an aim named.
    ['Improve her maths so she can start an apprenticeship.', false],
    ['When Tia starts her apprenticeship she will feel more confident.', false],
    ['Leo will feel confident to start his new course.', false],
    ['Prepare to start her new job.', false],
    ['My goal is to start an apprenticeship.', false],
    // A wish alone (Settled cases, the wish row).
    ['Ruby would like to take part in DofE.', false],
    // A place that is no school or course, or an owner's.
    ['Lucy will have a place in the school choir.', true],
    ['Noah will have a place at Tom\'s table at lunch.', false],
  ] as const)('%s: not measurable, specific %s as before', (text, s) => {
    expect(measurable(text)).toBe(false);
    expect(specific(text)).toBe(s);
  });
});
