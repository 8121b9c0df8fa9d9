/**
 * The limits of the vague-aims reading (src/smart/_object.ts, _areaOnly): what it must leave as read. A thing the child sorts
 * out names a task, not an area; whom the child turns to named after a dash or a colon is named as it is in brackets. And the
 * other wordings of the same vague aims: an effort put in or given with no act, calming down or knowing whom to ask in a
 * setting. The labelling guide, Specific rule 1 ("A broad area or disposition is not specific"), rule 2 ("Vague comparatives
 * are not specific": "try harder in maths" names no skill) and the Settled cases (a task the child carries out is specific);
 * Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, "Developing your SMART Outcome", Step One against Step Two.
 * Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('Labelling guide, Specific: a thing the child sorts out (a document, a choice, the child\'s own work) is a task named', () => {
  it.each([
    'Tom will sort out his CV.',
    'Aisha to sort out her books for the new term.',
    'Ravi to sort out his options by March.',
    'Jade to sort out her placement by half term.',
    'Sort out his CV with the PA by March.',
    'Nia to sort out her college application.',
    'Kai to sort out his bus pass.',
    'Tegan to sort her passport.',
    'Jay will sort his bank account before he turns 18.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: a whole sorted out (a destination, a route, the future, next steps) is still an area', () => {
  it.each(['Sort out college.', 'Josh to sort out his future.', 'Leo to sort out his next steps.', 'Sort out sixth form by June.', 'sort out uni'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
});

describe('Barnet, Step Two: the adult turned to, named after a dash or a colon as in brackets, is specific', () => {
  it.each([
    'Zara will know who to talk to - her key worker.',
    'Zara will know who to speak to: Mrs Khan.',
    'Zara will know who to talk to (her key worker).',
    'Finn to know who to talk to – Miss Patel.',
    'Know who to speak to: her social worker.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Barnet, Step One: knowing whom to ask with only a setting, a feeling or a help sought is not specific', () => {
  it.each([
    'Zara will know who to talk to.',
    'Zara will know who to talk to in school.',
    'Zara will know who to talk to - at school.',
    'Zara will know who to talk to - when she is sad.',
    'Zara will know who to go to for support in school.',
    'Know who to ask for help.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet, Step One: calming down in a common setting, with no strategy, is not specific', () => {
  it.each(['Ben will calm down at home.', 'Ben will calm down on the playground.', 'Ben to calm down at school.', 'calm down in the classroom'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Specific rule 2: an effort put in or given in other words, with no act, is not specific', () => {
  it.each(['Ben to put a lot of effort into his maths.', 'Ben to give it his all.', 'Ben to give it his all in PE.', 'Ben to put in a lot of effort.', 'Ben to give things a try.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Specific rule 2 and Settled cases: an act, a figure or a strategy beside the effort or the calming is specific', () => {
  it.each([
    'Ben will put his effort into finishing 3 pieces of homework a week.',
    'Ben to put more effort in and hand in 3 pieces of homework a week.',
    'Ben will calm down by counting to 10.',
    'Ben will calm down within 5 minutes.',
    'Ben will calm down in the calm corner using his breathing.',
    'Ben will give the book back to the library.',
    'Ben to put his books away at the end of each lesson.',
    'Zara will know who to talk to and tell them when she is worried twice a week.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
