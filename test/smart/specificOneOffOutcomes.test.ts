import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * One-off outcomes in education, employment and training (issue 15, brief sp3). The labelling guide in docs/smart.md:
 * Specific, "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; Measurable rule 5,
 * "A standard reached or a one-off event is measurable: ... complete her UCAS application, enrol on a Level 1 course".
 * Every wording here is written for this file, not taken from a data set.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;
const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

describe('Specific ("the ... task or qualification the child will achieve") and Measurable rule 5 (a one-off event): a post gained', () => {
  it.each([
    'Callum to get a job.',
    'Get a job by the summer.',
    'Priya will find work.',
    'Jordan will find work in a garage.',
    'Tariq to secure an apprenticeship.',
    'Amira to gain an apprenticeship with the council.',
    'Ellis will find employment.',
    'Nadia to get a traineeship.',
    'To get an internship.',
    'Goal: get a job',
    'I will find an apprenticeship.',
    'Dan will land a job.',
    'Sian to obtain paid work.',
  ])('%s: specific (entering employment or training)', (text) => {
    expect(specific(text)).toBe(true);
  });

  // Measurable rule 5 reads these already with the common verbs (development labels agree); "gain", "land" and a
  // traineeship or internship are not read as events yet (left for a measurable brief).
  it.each(['Callum to get a job.', 'Priya will find work.', 'Tariq to secure an apprenticeship.', 'Ellis will find employment.', 'I will find an apprenticeship.'])('%s: measurable', (text) => {
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // A process: looking is not gaining (Measurable rule 6, "process verbs alone").
    'Callum to look for a job.',
    'Dan will search for work.',
    'Sian to think about getting a job.',
    // The wish alone (Settled cases: "the child's wish alone ... not specific").
    'Priya wants to get a job.',
    'I want to find work.',
    'I would like to get an apprenticeship.',
    'Ravi would like a job.',
    // Work as the child's classwork, not a post.
    'Jordan will get his work done.',
    'Jordan will get on with his work.',
    // Other classes still name none (Specific rule 1): a course, a qualification, a hobby; having is no event.
    'Tariq to find a course.',
    'Amira to get a qualification.',
    'Josh to get a hobby.',
    'Ellis will have a job.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Specific (the placement the child achieves) and Measurable rule 5: back in education, full time', () => {
  it.each([
    'Leo to get back into school.',
    'Mia to get back into nursery.',
    'Omar will get back into sixth form.',
    'Tom will get back into university.',
    'Freya to get back into education.',
    'Chloe will be in full time education.',
    'Chloe to be back in full-time education.',
    'Ruby to be back in full time school.',
    'Zane to be back in full time college.',
    'Eve will be in full time nursery.',
  ])('%s: specific and measurable (a return to education)', (text) => {
    expect(specific(text)).toBe(true);
    expect(measurable(text)).toBe(true);
  });

  it.each([
    // Staying names no outcome (the labelling guide, Settled cases: "continue" is a process verb alone).
    'Ben to stay in college.',
    'Sam to keep going to school.',
    // A comparative with no figure (Specific rule 2).
    'Leo will be in school more often.',
    'Ava to be in school more.',
    // No place of education entered.
    'Kai to get back into bad habits.',
    'Ben to get back into trouble.',
    'Ella to get into trouble.',
    'Ben will get back to work.',
    'Ava to get back on track.',
    'Ali will be in full time care.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});
