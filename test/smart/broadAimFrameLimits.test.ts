/**
 * Where the broad aim read as a frame (src/smart/_object.ts, _areaOnly; src/smart/_specific.ts, broadUse) stops: a figure
 * aimed at, a named person or a frequency, an act of the child's named in what is thought about, an outcome after "so that",
 * a plan of the child's own, and a score or a named strategy beside the broad aim leave the text specific. The labelling
 * guide, Specific (a particular behaviour, skill or outcome; rule 4, a named strategy) and Measurable rules 1 and 6; Barnet
 * Virtual School PEP Guidance, 5. Setting SMART Outcomes, "Developing your SMART Outcome", Step Two. Every text here is
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

describe('Labelling guide, Measurable rule 1 against rule 6: a figure after "aim" or "target" is a measure unless it numbers the label', () => {
  it.each([
    'Sort out his punctuality - aim 3.',
    'Sort out her lateness. Target 1.',
  ])('%s: specific and measurable', (text) => {
    expect(specific(text)).toBe(true);
    expect(measurable(text)).toBe(true);
  });
  it.each([
    'Target 4: sort out his lateness.',
    'Goal 2 - sort out her punctuality.',
  ])('%s: the label number names nothing (not specific)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific: an opening manner verb with a named person or a frequency is a particular behaviour', () => {
  it.each([
    'Play nicely with Leo.',
    'Play well with Jess every Monday.',
    'Breaktimes - play nicely with Tom and Jess every day',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Play nicely with the other children.',
    'Play nicely with others.',
    'Assembly - behave well',
    'Foster carer to play nicely with Leo.',
  ])('%s: not specific (a manner with no standard, rule 2)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific: thinking about a clause that names an act of the child\'s is a particular behaviour', () => {
  it.each([
    'Mia will think about what she says before she answers back.',
    'Leo will think about how he can join in at group time.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Leo to think about what he wants to do after Year 11.',
    'Mia will think about how she feels.',
    'to think about his choices for next year',
  ])('%s: not specific (a wish, a feeling or a topic thought about)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific: an outcome the child achieves after "so that" names what the aim is for', () => {
  it.each([
    'Ravi will improve his exam technique in science so that he answers every question.',
    'Develop her exam technique so that she does not run out of time.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'Ravi will improve his exam technique so he can do better.',
    'Develop her number sense so that she feels more sure of herself.',
    'Improve his spelling so that his teachers can read his work.',
  ])('%s: not specific (an ability, a feeling or another\'s act after "so that")', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific: knowing about a plan of the child\'s own is particular knowledge', () => {
  it.each([
    'Jamal will know about his care plan.',
    'To know about her pathway plan.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each([
    'to know about staying safe near water',
    'Jamal to know about healthy eating.',
    "Jamal will know about his dad's plan.",
  ])('%s: not specific (a topic known about, Measurable rule 3, or another\'s plan)', (text) => {
    expect(specific(text)).toBe(false);
  });
});
