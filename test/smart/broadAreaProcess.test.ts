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
import { measurable, specific } from './_judge';

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

describe('Barnet Step Two and the labelling guide, Specific rule 1: a whole set of skills for a named act ("so that he can …") names the skill', () => {
  it.each([
    'Develop her speech skills so that she can say the /g/ sound at the start of words.',
    'Develop his fine motor skills so he can fasten the buttons on his coat.',
    'Improve his motor skills so that he can catch a large ball by the summer.',
    'Develop his life skills so he can make toast on his own.',
    'Strengthen his gross motor skills so that he could climb the frame in the hall.',
  ])('%s: specific, read as "to" + the act is', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Develop his fine motor skills so he can do better.',
    'Develop her social skills so that she can be happier.',
    'Develop his fine motor skills through play so he can do better.',
  ])('%s: not specific (a broad aim after "so")', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1 and Measurable rule 1: "by" + a means names the behaviour; only "by" + a deadline is a time', () => {
  it.each([
    'Ava will follow instructions first time by stopping what she is doing and looking at the adult.',
    'Ben will comply with his order by being in his flat by 10pm each night.',
    'Ben will comply with his order by going to every appointment with his YOT worker.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Ben will comply with his order by going to every YOT appointment.',
    'Sam will follow the school rules by being in his tutor room on time.',
  ])('%s: measurable (every appointment; a behaviour seen)', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    'Ava will follow instructions first time by the end of the spring term.',
    'Ava will follow instructions first time by half term.',
    'Ben will comply with his order by the end of June.',
  ])('%s: not specific (a deadline after "by")', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Ben will comply with his order by the end of June.',
    'Sam will follow the school rules by Easter.',
  ])('%s: not measurable (rules in general, then a deadline)', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1: a fact learnt with its examples given is named', () => {
  it.each([
    'Learn that some letters are silent, such as the k in knot.',
    'Learn that some words hide silent letters, e.g. gnome and wrist.',
    'Learn that some animals sleep through winter, like hedgehogs and bats.',
    'Learn that some words sound the same but are spelt differently, for example their and there.',
  ])('%s: specific (the examples name the knowledge)', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Learn that actions have consequences.',
    'Jay needs to learn that rules keep us safe.',
  ])('%s: not specific (a general truth, no example)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet, Examples of SMART Outcomes: any order complied with as a whole, and a heading cell before the target', () => {
  it.each([
    'Ben will comply with his court order.',
    'Ben will comply with his youth rehabilitation order.',
    'Ben will comply with the terms of his order.',
    'Ben will comply with the conditions of his order.',
    'Ben will comply with his bail conditions.',
    'Ben is complying with his order.',
    'Target | Jay will develop his fine motor skills through play',
    'Aim | Mia will develop her social skills through Lego club.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Ben will comply with his curfew conditions of 8pm every night.',
    'Target | Jay will thread 10 beads on a lace by Easter.',
    'Ben will comply with his order by reporting to the YOT office every Monday.',
  ])('%s: still specific (a time, an act or a means named)', (text) => {
    expect(specific(text)).toBe(true);
  });
});
