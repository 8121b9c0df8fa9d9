/**
 * Vague aims of effort, manner, catching up, calming down, knowing whom to turn to and sorting out, read as cases of the
 * broad-aim frame (src/smart/_object.ts, _areaOnly; src/smart/_specific.ts for a manner compared): a verb of effort or of
 * dealing with something as a whole, whose object is only an area, a setting, a state or nothing, with no skill, strategy,
 * count or act beside it. The labelling guide, Specific rule 1 ("A broad area or disposition is not specific") and rule 2
 * ("Vague comparatives are not specific": "try harder in maths", "do better at school" name no baseline, no number and no
 * skill; "A comparative becomes specific only with the skill named"); Barnet Virtual School PEP Guidance, 5. Setting SMART
 * Outcomes, "Developing your SMART Outcome", Step One ("XX will be able to manage their emotions": not yet specific) against
 * Step Two ("identify their emotions using the Incredible five point scale"). Every text here is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

describe('Labelling guide, Specific rule 2: an effort with no standard is not specific, in any layout', () => {
  it.each([
    'Exams - try his best',
    'GCSEs: to do her best',
    'SATs – Leo to try his very best',
    'Reading - try harder',
    'Jaden will make more of an effort in lessons.',
    'make an effort at college',
    'Put more effort in.',
    'Kai to put in more effort.',
    'PE - give it a go',
    'for Jay to do well in his GCSEs',
    'Leah to do her best at college.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2: a manner compared with no baseline is not specific', () => {
  it.each([
    'Harvey to play more nicely with the other children.',
    'Mo to be quieter on the carpet.',
    'be calmer on the carpet',
    'Kai will be quieter in assembly.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Specific rule 1 and Measurable rule 6: catching up is a process, whatever voice it is in', () => {
  it.each([
    'For Ella to catch up.',
    'The aim is for Josh to catch up.',
    'Maths coursework to be caught up.',
    'Missed coursework needs to be caught up by Easter.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet, Step One: calming down, knowing whom to turn to or sorting out a whole, with no strategy, is not specific', () => {
  it.each([
    'calm down when he is cross',
    'Calm down when she is upset.',
    'To calm down after break.',
    'Tyler will calm down when he feels angry.',
    'Lunchtimes - calm down',
    'know who to talk to',
    'Know where to go if she is worried.',
    'Sort my head out.',
    'sort out my future',
    'Kian to sort out his life.',
    'Sort out next steps.',
    'Zoe to sort college by June.',
    'Liam to sort his money out.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet, Step Two, and Specific rule 2: a strategy, skill, count, task or act named beside it is specific', () => {
  it.each([
    // A strategy named for calming down.
    'Calm down using his breathing exercises.',
    'Calm down by going to the quiet room.',
    'Ava will name 3 things that help her calm down.',
    // A count or named content caught up.
    'Catch up on 3 missed pieces of coursework.',
    'Unit 4 coursework to be caught up by Easter.',
    // A figure for the manner.
    'Be quieter on the carpet – 3 reminders or fewer.',
    // A thing sorted is a task named (development labels: things sorted mostly specific).
    'Sort out his bank account by opening one with carer.',
    'Sort out her bus pass.',
    'Sort out his uniform.',
    // An act after the effort, or other senses of the same verbs.
    'Try his best to read 10 words from the Year 1 list.',
    'Do his best and get a grade 5 in maths.',
    'Try 3 new foods at lunch.',
    'Give his talk in assembly.',
    'Put his hand up before speaking.',
    'Put on his coat by himself.',
    'Make his own breakfast twice a week.',
    'Kai will put his reading book in his bag every morning.',
    // Knowing a named thing, or whom to turn to with an act named.
    'Know who to talk to: name 2 trusted adults by half term.',
    'Know his number bonds to 10.',
    'Know where to find his PE kit.',
    // A stop-behaviour (Specific rule 5).
    'Will not hit other children when calming down.',
    // "For" the child with an act named.
    'For Mia to read 20 words from the Year 1 list.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
