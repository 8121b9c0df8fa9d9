/**
 * A broad area, disposition or process verb with no skill named, read by the broad-aims frame (src/smart/_object.ts,
 * _areaOnly) and the readings it leans on: the child as subject (a name, a pronoun, a template's blank "[Name]", a need
 * stated "needs to"), a verb of change, learning, calming or following, and an object that is only an area, a whole set
 * of skills, a general truth or rules in general, with any means after "through". The labelling guide, Specific rule 1
 * ("A broad area or disposition is not specific"); Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes,
 * "Developing your SMART Outcome", Step One ("Start with the broad area of need") against Step Two ("identify their
 * emotions using the Incredible five point scale"), and its Examples of SMART Outcomes ("Emma will listen to all
 * instructions" is vague). Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('Labelling guide, Specific rule 1: a template blank for the name is the subject, not the verb "name"', () => {
  it.each([
    '[Name] will settle into nursery.',
    '[Name] will be happy and make friends.',
    '(Name) will enjoy school.',
    '[name] to be ready for school.',
    '[Name] will develop an awareness of shapes.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    '[Name] will read 20 high frequency words by Easter.',
    '(Name) will use his now and next board at the start of each lesson.',
    'Name 3 feelings using the zones board.',
    'Kai will name 4 feelings by Easter.',
  ])('%s: still specific (an act or the verb "name" with its object)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 and Barnet Step One: a need stated ("needs to") frames a broad aim as "to" does', () => {
  it.each([
    'Leo needs to calm down when he is angry.',
    'She needs to calm down in class.',
    'Jay needs to learn that hitting hurts others.',
    'He needs to learn that actions have consequences by the summer.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Ben needs to calm down using his breathing strategy.',
    'He needs to learn that 3/4 is greater than 1/2.',
    'She needs to learn her 5 times table.',
    'Jack needs to be in school by 8.45 every day.',
    'Tom needs to put his hand up before speaking in 4 of 5 lessons.',
  ])('%s: still specific (a strategy, a figure or a behaviour named)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Barnet, Examples of SMART Outcomes: following instructions in general "first time", or complying with an order, names no behaviour', () => {
  it.each([
    'Mo will follow instructions first time.',
    'Should follow adult instructions first time',
    'to follow the class rules first time',
    'Kai must always follow instructions first time.',
    'Behaviour: Ava will follow instructions first time by Easter.',
    'YOT – Ben to comply with his order by March.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Kai will follow a two-step instruction with a picture.',
    'Kai will follow instructions first time in 4 out of 5 lessons.',
    'Kai will follow the fire drill instructions first time.',
    'Behaviour: Ava will follow a two-step instruction first time on 4 of 5 days.',
    'Kai will comply with his curfew of 9pm every night.',
  ])('%s: still specific (the instruction or a count named)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rules 1 and 4: a whole area of skills developed through an activity names no skill', () => {
  it.each([
    'Develop fine motor skills through play.',
    'To develop her gross motor skills through outdoor play and PE.',
    'Develop his social skills through Lego therapy and small group work.',
    'Develop independent living skills through cooking at college.',
    'develop his communication and language skills through Attention Autism sessions',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Develop fine motor skills by threading 10 beads on a lace.',
    'Kai will develop fine motor skills through threading 10 beads in a minute.',
    'Develop his fine motor skills - cut along a straight line with scissors.',
    'Develop reading comprehension skills - inference.',
    'Aaliyah to develop inference skills.',
    'Improve his typing speed through Nessy to 20 words a minute.',
  ])('%s: still specific (a skill, an act or a figure named)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Barnet Step Two: the named skills the brief keeps specific', () => {
  it.each([
    'Mia will identify her emotions using the 5-point scale.',
    'Ali will learn the 7 times table by March.',
    'Zoe will make one friend and play with her at break.',
    'Leo will communicate using his PECS book to ask for a drink.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
