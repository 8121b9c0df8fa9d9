import { describe, expect, it } from 'vitest';
import { sm as judged } from './_judge';

/*
 * A thing used with no tool or skill named, the whole curriculum accessed, and a subject only "to improve": the labelling
 * guide's Specific rules 1 and 4 and Measurable rule 6 (docs/smart.md), on wordings written here (none taken from a corpus
 * file). Meeting on Wednesday 15 January 2025, no school calendar, no next-review date.
 */

describe('Labelling guide, Specific rule 4: a generic "use X to help" names no strategy (a named tool with when or how does)', () => {
  it.each([
    'Noah will use technology to help with his learning.',
    'Target: Noah will use technology to help with his learning.',
    'Noah will use technology.',
    'Noah to use his mobile phone responsibly.',
    'Noah will use his tablet sensibly.',
  ])('%s: neither specific nor measurable', (text) => {
    expect(judged(text)).toEqual([false, false]);
  });

  it.each([
    'Noah will use his laptop with speech-to-text to write 150 words in science lessons.',
    'Noah will use assistive technology to produce his written work independently by Easter.',
    'Noah will use his reading ruler to help with his reading in every lesson.',
    'Noah to use his time out card appropriately.',
    'Noah will not use his phone in lessons.',
    'Noah will use his phone to text his carer when he gets to school every day.',
    'Noah to use his phone responsibly: no confiscations this half term.',
  ])('%s: specific and measurable (a named tool, an act, a stop-behaviour or a figure)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 4: a manner of disposition makes a use broad only when the thing used is itself general', () => {
  it.each([
    'Leah will use commas properly in her writing.',
    'Leah will use her asthma pump properly.',
    'Leah will use the school toilets properly.',
    'Leah will use the climbing frame sensibly.',
    'Leah to use her spoon and fork properly at teatime.',
  ])('%s: specific and measurable (a named skill, tool or place, seen used)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });

  it.each([
    'Leah will use her laptop properly.',
    'Leah to use the internet sensibly.',
    'Leah will use technology properly.',
    'Leah to use her pocket money sensibly.',
  ])('%s: neither (a general thing used well is a disposition, Specific rule 1)', (text) => {
    expect(judged(text)).toEqual([false, false]);
  });
});

describe('Labelling guide, Specific rule 1: a deadline or a second manner does not make a disposition specific', () => {
  it.each(['Leah will use her mobile responsibly by Easter.', 'Leah to use social media responsibly and safely.', 'Leah will use her tablet sensibly, and safely, by 28 February.'])(
    '%s: neither specific nor measurable',
    (text) => {
      expect(judged(text)).toEqual([false, false]);
    },
  );

  it.each(['Leah to use her phone responsibly and hand it to her carer at 9pm each night.'])('%s: specific and measurable (an act of her own beside it)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 1: a generic tool "to help with" a subject names the area, not a skill', () => {
  it.each(['Leah will use technology to help with her spelling.', 'Leah will use technology to support her maths.'])('%s: neither', (text) => {
    expect(judged(text)).toEqual([false, false]);
  });
});

describe('Labelling guide, Specific rule 1 and Measurable rule 3: "access the curriculum" is broad, whole or not', () => {
  it.each(['Priya will access the full curriculum.', 'Outcome: Priya to access the whole curriculum by July.'])('%s: neither', (text) => {
    expect(judged(text)).toEqual([false, false]);
  });

  it.each([
    'Priya will access the library at lunch twice a week.',
    'Priya will access the full Year 8 timetable by half term.',
    'Priya will access the whole school day 4 days a week by half term.',
  ])(
    '%s: specific and measurable (a place or a timetable)',
    (text) => {
      expect(judged(text)).toEqual([true, true]);
    },
  );
});

describe('Labelling guide, Specific rule 1 and Measurable rule 6: a subject only "to improve" is a broad area with a process verb', () => {
  it.each([
    'Year 4 | Reading | Reading to improve | TA | ongoing',
    'Writing to improve',
    'Spelling needs to improve by Easter.',
  ])('%s: neither', (text) => {
    expect(judged(text)).toEqual([false, false]);
  });

  it.each([
    'Year 4 | Writing | Zara will write 3 paragraphs with topic sentences | CT | by Easter',
    'Reading to improve - read 10 minutes a night with her carer.',
    'Writing: use full stops in 3 out of 4 sentences.',
  ])('%s: specific and measurable (the skill named in another cell or clause)', (text) => {
    expect(judged(text)).toEqual([true, true]);
  });
});
