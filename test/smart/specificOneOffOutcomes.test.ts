import { describe, expect, it } from 'vitest';
import { _buildDoc } from '../../src/smart/_doc';
import { _postGained } from '../../src/smart/_measure';
import { measurable, judge as result, specific } from './_judge';

/*
 * One-off outcomes in education, employment and training (issue 15, brief sp3). The labelling guide in docs/smart.md:
 * Specific, "the particular skill, knowledge, behaviour, task or qualification the child will achieve"; Measurable rule 5,
 * "A standard reached or a one-off event is measurable: ... complete her UCAS application, enrol on a Level 1 course".
 * Every wording here is written for this file, not taken from a data set.
 */

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

  // Measurable rule 5 reads every post and verb Specific grants (one reading, _measure.ts _postGained).
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
/** The word index of the post gained after the verb at v, as _measure.ts reads it (-1: none). */
const post = (text: string, v: number): number => _postGained(_buildDoc(text, { n: 0 }), v);

describe("Settled cases, the child's wish row: a wish with its own point or measure is a target", () => {
  it.each(['Kai wants to get a job by the summer.', 'I want to get a job by September.', 'I would like to find work by July.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['I want to get a job.', 'I would like to get an apprenticeship.', 'Kai wants to find work.'])('%s: the wish alone, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Measurable rule 5 (a one-off event): Specific and Measurable agree on every post gained', () => {
  it.each([
    'Jordan will land a job.',
    'Jo will gain employment.',
    'Jo to gain an apprenticeship.',
    'Get an internship.',
    'Nathan to gain employment by July 2025.',
    'Katie to get work as a hairdresser.',
    'Nadia to get a traineeship.',
    'Sam to get work for the summer.',
  ])('%s: specific and measurable, no advice asking how it will be checked', (text) => {
    const r = result(text);
    expect(r.specific.met).toBe(true);
    expect(r.measurable.met).toBe(true);
    expect(r.measurable.advice ?? '').not.toContain('4 out of 5 occasions');
  });

  it.each(['Jordan will look for a job.', 'Jo will think about employment.'])('%s: neither (a process, no post gained)', (text) => {
    const r = result(text);
    expect(r.specific.met).toBe(false);
    expect(r.measurable.met).toBe(false);
  });
});

describe('Specific, "the particular ... task or qualification the child will achieve": the verbs of gaining in every sentence shape', () => {
  it.each(['Jo to land a job.', 'Land an apprenticeship.', 'Find work.', 'Gain employment.', 'Obtain employment.', 'Secure employment.'])(
    '%s: specific and measurable (a two-word target or heading with a verb of gaining is a clause)',
    (text) => {
      expect(specific(text)).toBe(true);
      expect(measurable(text)).toBe(true);
    },
  );

  // The two-word heading rule still reads a heading with no verb of gaining (Specific rule 6).
  it.each(['Employment.', 'Find courses.', 'Work experience.', 'Look for work.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Specific: "work" after "get" is classwork unless what a post takes follows', () => {
  it.each([
    'Noah to get work in by the deadline.',
    'Leo to get work in his book every lesson.',
    'Ella to get work on display this term.',
    'Jay to get work by the end of each lesson.',
    'Ben to get work on the board copied into his book.',
    'Get work with a partner.',
    'He will get work.',
  ])('%s: no post gained, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Katie to get work as a hairdresser.', 'Sam to find work at Tesco.', 'Sam to get paid work.', 'Sam to get work with a local builder.', 'Jo to get work in a garage.', 'Jo to find work in retail.', 'Jo to get work experience at the vets.'])(
    '%s: a post gained, specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );
});

describe('Specific: "a job" followed by a noun it modifies or a purpose is no post', () => {
  it('a job in the classroom is a class job: not specific', () => {
    expect(specific('Get a job in the classroom each week.')).toBe(false);
  });

  // The post reading does not take them (they may name a task by another reading: "find a job advert" is a thing found).
  it.each([
    ['Find a job to do when he finishes early.', 0],
    ['Find a job advert.', 0],
    ['Find a job fair.', 0],
    ['Find employment advice.', 0],
    ['Get a job in the classroom each week.', 0],
  ] as const)('%s: no post gained', (text, v) => {
    expect(post(text, v)).toBe(-1);
  });

  it.each([
    ['Get a job in a garage.', 0, 2],
    ['Get a job lined up.', 0, 2],
    ['Find employment by July.', 0, 1],
    ['Get a job and keep it.', 0, 2],
    ['Find work.', 0, 1],
  ] as const)('%s: the post gained', (text, v, at) => {
    expect(post(text, v)).toBe(at);
  });
});

describe('Specific (the placement the child achieves) and Measurable rule 5: entering education or employment', () => {
  it.each([
    'Get back into college by September.',
    'Get back into school.',
    'Get into college.',
    'Jo to get into employment by September.',
    'Jo to go into employment by September.',
    'Jo to be in full time employment by September.',
    'Be in full time work by September.',
    'Be in full time training.',
  ])('%s: specific and measurable', (text) => {
    expect(specific(text)).toBe(true);
    expect(measurable(text)).toBe(true);
  });

  // "EET" named alone is the area (Not specific: "broad areas ... EET"; development labels y9-220, y19-207, y25-181).
  it.each(['Be in education, employment or training.', 'To be in EET.', 'Jo will be in employment.', 'Jo to go into trouble.', 'Get into trouble.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});
