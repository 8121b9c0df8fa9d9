/**
 * The broad aim read as a frame (src/smart/_object.ts, _areaOnly): a verb of dealing with, doing well at, knowing about,
 * engaging with or getting into something, whose object is a broad area, a disposition, the child's timekeeping or
 * a qualification's exams as a whole, with no skill, strategy, count or standard beside it. The labelling guide, Specific
 * rule 1 ("A broad area or disposition is not specific") and rule 2 ("Vague comparatives are not specific ... A comparative
 * becomes specific only with the skill named"); Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, "Developing
 * your SMART Outcome", Step One ("Start with the broad area of need") against Step Two ("the specific skills within the area
 * of need"). Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('Labelling guide, Specific rule 1: a state or area dealt with as a whole is not specific', () => {
  it.each([
    'Ruby to sort out her sleep.',
    'Sort out his anger',
    'Sleep: Leo to sort out his sleep routine',
    'Help her with her worries.',
    'to help Oscar with his feelings',
    'Punctuality – to sort out his lateness',
    'Kai will develop his exam technique',
    'develop her number sense',
    'to learn key words',
    'Zara to make the most of her education.',
    'to know about keeping safe online',
    'Careers – to think about college courses.',
    'Year 8 options – to think about his options.',
    'Sam will engage with his learning.',
    'Get into EET by September.',
    'The YP will be in EET by 19.',
    'NEET – to be in some kind of training by the summer',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2: doing well, aiming high or a manner with no standard is not specific', () => {
  it.each([
    'I want to do well in my exams.',
    'Zain wants to do well at college.',
    'My goal is to do well in my SATs.',
    'The aim is to do well in his mocks.',
    'GCSEs – to do well',
    'aim high in her A-levels',
    'to be able to read fluently',
    'Play nicely with his friends',
    'BTEC Music – catch up.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet, Step Two, and Specific rule 2: the skill, task, count or standard named beside it is specific', () => {
  it.each([
    'use her worry box when upset',
    'read 3 books from the Year 4 list',
    'will not hit other children',
    'achieve a grade 4 in GCSE maths',
    'Kai will do well in maths and get a grade 5.',
    'Liam to sort his bus pass by March.',
    'Keisha to sort out her 16-25 railcard',
    'Help Ava to read 20 words from the Year 1 list.',
    'Amber will know her number bonds to 10.',
    'Learn 10 key words from the science topic.',
    'Punctuality - be in class by 8.50 on 19 out of 20 days',
    'Sort out her lateness: no more than 2 lates a half term',
    'Kai will read fluently from a Year 2 book.',
    'GCSEs - revise 3 topics a week',
    'Know about the Romans and name 3 of their gods.',
    'Improve punctuality to 95% by Easter',
    'Think about options and choose 3 GCSE subjects by March.',
    // Settled cases: the child's own attendance is specific, whatever it is called.
    'Jade to have good attendance at college this term.',
    // A second verb joined to the topic thought about names the act.
    'Kai will think about and write his personal statement by March.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rules 1 and 2: the same broad aim in other layouts (a wish, an aim label, a numbered label, a broad qualifier, an age reached)', () => {
  it.each([
    // The child's wish leading doing well (Settled cases, the wish row, with Specific rule 2).
    'Nadia wants to do well in sixth form this year.',
    // "My target is to …": the label of the aim leads it, as a heading does.
    'My target is to catch up on science.',
    'My aim is to know about staying safe online.',
    // "some sort of" names no particular course or post (Specific rule 1).
    'To be in some sort of training by July.',
    // A target's own number in its label is no figure (Measurable rule 6).
    'Target 3: catch up on science.',
    // An age reached after "by" is when, not a value (Time-bound: "by his 18th birthday").
    'To be in EET by his 18th birthday.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});
