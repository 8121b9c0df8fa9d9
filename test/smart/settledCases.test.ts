import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

/*
 * The labelling guide's "Settled cases" (docs/smart.md): each row of the table, judged on wordings written here (names,
 * verbs, frames and deadlines varied; none taken from a corpus file), as the guide labels them: a PEP meeting on
 * Wednesday 15 January 2025, no school calendar, no next-review date.
 */

describe('Labelling guide, Settled cases: no exclusions, suspensions or sanctions; behaviour points or detentions below a figure', () => {
  it.each([
    'Mia will receive fewer than 3 behaviour points each week by the end of the spring term.',
    'Mia will have fewer than 3 behaviour points each week by the end of the spring term.',
    'I will get fewer than 5 behaviour points a week.',
    'Sophie will get under 4 behaviour points each week.',
    'Theo will bring his behaviour points down from 15 a week to fewer than 6 by Easter.',
    'Jacob will have no exclusions this term.',
    'Amira will receive no suspensions by the end of the summer term.',
    'To get no more than 2 detentions per half term.',
    'Kian will earn no more than one detention a fortnight by half term.',
    'Zero sanctions by Easter.',
    'I will not get any detentions this term.',
    'Ruby will not receive any sanctions before the summer holidays.',
    'No suspensions this academic year.',
  ])('%s: specific and measurable (S rule 5, a stop-behaviour read from what it earns)', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('"behaviour" inside the count is part of the thing named, not a broad word beside it (high confidence)', () => {
    expect(checkSmartTarget('Layla will get fewer than 4 behaviour points a week by half term.', MEETING).specific.confidence).toBe('high');
  });
});

describe('Labelling guide, Settled cases: fewer sanctions or detentions with no figure', () => {
  it.each([
    'Mia will receive fewer sanctions.',
    'Jack will get fewer detentions this term.',
    'To have less detentions.',
    'I will get fewer behaviour points.',
    'Fewer sanctions by Easter.',
  ])('%s: neither (S rule 2, M rule 6: a comparative)', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});

describe('Labelling guide, Settled cases: attending a group, service, club or tuition', () => {
  it.each([
    'Ryan will go to the homework club.',
    'Priya will join the nurture group.',
    'To attend the lunchtime social skills group.',
    'Attend the Young Carers group.',
    'Callum will attend his one-to-one tuition.',
    'I will go to my maths tutoring.',
    'Esme to attend the booster club after school.',
  ])('%s: not specific (S rule 4: provision), and nothing measures it', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    'Ben will attend the nurture group every week this term.',
    'Maya will attend 90% of her maths tuition sessions by Easter.',
    'Zara will attend all of her counselling sessions this term.',
    'Leo will go to the homework club every Thursday.',
    'I will go to my tutoring sessions every Tuesday.',
    'Oscar will attend 4 out of 5 of his reading intervention sessions.',
    'Attend the nurture group every week.',
    'Ryan will attend 3 out of 4 homework club sessions each week.',
  ])('%s: not specific, but a stated rate of attending still measures', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it('an outcome of the child joined after the provision attended still counts', () => {
    expect(sm('Freddie will attend the social skills group and use 2 greetings with a peer.')).toEqual([true, true]);
    expect(sm('Sam will attend his tuition and complete 3 past papers by May.')).toEqual([true, true]);
  });

  it('a club the child takes up for its activity is an activity, not an outcome (Bradford, SMART Outcomes: "Goals and outcomes are not: ... Activities"); how often the child goes still measures', () => {
    expect(sm('Bradley will go to chess club every Friday.')).toEqual([false, true]);
  });
});

describe("Labelling guide, Settled cases: the child's own attendance or punctuality at school or lessons", () => {
  it.each([
    'Noah will be punctual to his lessons.',
    'Noah will arrive on time to his lessons.',
    'Jayden will be on time to lessons.',
    'To be punctual to school.',
    'Ruby will be punctual.',
    'Be on time for school.',
    'I will be on time for registration every morning.',
    'I will be on time.',
    'Noah will arrive at his lessons on time.',
  ])('%s: specific, and "be on time" is a habit an adult records (measurable)', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    'Ava will improve her attendance to 95% by July.',
    'Attendance to be above 96% by the end of the summer term.',
    'Freya will have no more than 2 lates this half term.',
    'Kacey will attend school on 19 out of 20 days.',
    'My attendance will be at least 97% by Easter.',
  ])('%s: specific and measurable with a figure', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Settled cases: "keep going to college", "keep going with her A Levels"', () => {
  it.each([
    'Keep going to college.',
    'Kyle will keep going to college.',
    'I will keep going with my apprenticeship.',
    'To keep going to sixth form.',
    'Carry on going to college.',
    'Keep going with his GCSE courses.',
    'Amber will keep on going with her BTEC.',
  ])('%s: neither (M rule 6: "continue" is a process verb alone)', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});

describe('Labelling guide, Settled cases: "complete his homework", "do her homework"', () => {
  it.each([
    'Do her homework.',
    'Complete his homework.',
    'I will do my homework.',
    'Jake will complete his homework.',
    'To do his maths homework.',
    'Nadia will do her French homework on time.',
    'Complete and hand in her science homework.',
  ])('%s: specific and measurable (a task named; an adult can check it)', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Settled cases: a term named alone ("by the summer term")', () => {
  it.each([
    ['Sam will read 20 books by the summer term.', 'summer'],
    ['Isla will swim 25 metres by summer term.', 'summer'],
    ['I will know my 8 times table by the spring term.', 'spring'],
    ['To complete her Duke of Edinburgh bronze award by the Summer Term.', 'summer'],
    ['Omar will write his name without a model by the autumn term.', 'autumn'],
  ])('%s: that term\'s end, like a month alone', (text, term) => {
    const r = checkSmartTarget(text, MEETING);
    expect(r.timeBound.met).toBe(true);
    expect(r.deadline).toEqual({ kind: 'term', term, part: 'end' });
  });
});

describe('Labelling guide, Settled cases: cases both labellers chose where the guide is silent (current behaviour)', () => {
  it.each([
    ['Jack will read 15 books in 3 months.', { kind: 'relative', days: 90 }],
    ['Amy will learn her 6 times table before the next PEP in May.', { kind: 'date', date: '2025-05-31' }],
    ['Maddie will read to an adult for 10 minutes every evening for the next 6 weeks.', { kind: 'relative', days: 42 }],
    ['Kofi will use his exit card rather than leave the room until February half term.', { kind: 'term', term: 'spring', part: 'half-term' }],
  ])('%s', (text, deadline) => {
    expect(checkSmartTarget(text, MEETING).deadline).toEqual(deadline);
  });
});
