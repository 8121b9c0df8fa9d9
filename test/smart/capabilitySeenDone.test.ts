import { describe, expect, it } from 'vitest';
import { measurable as m, specific as sp } from './_judge';

/*
 * Measurable: "someone could check, at the deadline, whether it happened" (docs/smart.md, Labelling guide, Measurable).
 * Rule 3: "An observable capability is measurable when an adult can see it done"; "understand", "be aware of" are not.
 * Rule 6: process verbs alone and a comparative or a frequency with no figure are not measurable. The boundary between the
 * two: what the child handles or uses is seen done when what is handled is a thing of the child's own and the occasion is
 * one an adult can name; "sort out" a state, or an occasion the child judges ("when she needs it", "where possible"),
 * leaves nothing to see. Wordings written here in the style of PEP targets,
 * none taken from a corpus file; a PEP meeting on Wednesday 15 January 2025.
 */

describe('Labelling guide, Measurable rule 3: managing a thing of the child\'s own is seen done (money, allowance)', () => {
  it.each([
    'Zac will be able to manage his own allowance',
    'To be able to manage her money',
    'Independence - Kyle to manage his money from his Saturday job',
  ])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each([
    'Zac to manage his money better',
    'Zac will manage his feelings',
    'Zac to manage his anger',
    'Budgeting - to manage money',
    'Ellis will manage his money, health and friendships by July.',
    'Ellis will manage his cash, college work and friendships by July.',
  ])('%s: near miss (rule 6: a comparative with no figure; rule 3: nothing seen; an area heading; a list of areas): not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1: money or medicine managed is seen done but names no behaviour', () => {
  it.each(['Ellis will manage his savings by July.', 'Ellis will manage his cash by July.', 'Ellis to manage his wages by the summer.', 'Ellis will manage his finances by July.', 'Ellis will manage his medication by July.'])(
    '%s: measurable (rule 3), not specific',
    (text) => {
      expect(m(text)).toBe(true);
      expect(sp(text)).toBe(false);
    },
  );
});

describe('Labelling guide, Measurable rules 6 and 5: "sort out" puts a state right, unless a thing is got once', () => {
  it.each(['Zac to sort out his attitude', 'sort out my sleep', 'Sort out her punctuality', 'Post-16 - sort out next steps', 'Aimee to sort her head out', 'Zac will sort out his behaviour by Easter.', 'Zac to sort out his uniform by Easter.', 'Zac to sort out his money'])(
    '%s: a process like "work on" (rule 6): not measurable',
    (text) => {
      expect(m(text)).toBe(false);
    },
  );

  it.each([
    'Zac to sort out his provisional licence',
    'this term - sort out a bus pass',
    'Sort out her 16-25 railcard before college starts',
    'Nadia will sort out her CV by Easter.',
    'Nadia will sort out her college application by Easter.',
    'Nadia will sort out her art coursework by Easter.',
    'Nadia will sort out her work experience placement by Easter.',
  ])(
    '%s: a thing got once (rule 5): measurable',
    (text) => {
      expect(m(text)).toBe(true);
    },
  );
});

describe('Labelling guide, Measurable rule 6: an occasion the child judges is no frequency (when she needs it, where possible)', () => {
  it.each([
    'Mia will ask for help when she needs it',
    'use my calm card when i need it',
    'Mia to stay in class where possible',
    'Mia will put her hand up wherever possible',
    'Mia to use her feelings fan if needed',
    'Nadia will ask a teacher for help when she needs it by Easter.',
    'Nadia will ask a teacher for help when she needs it, by Easter.',
    'Nadia will ask a teacher for help when she needs it. By Easter.',
    'Nadia will stay in her lessons where possible by Easter.',
    'Nadia will stay in her lessons where possible. By Easter.',
    'Nadia will wear her hearing aids when she needs them.',
    'Where possible, Nadia will stay in her lessons.',
    'If needed, Nadia will use her exit card by Easter.',
    'Wherever possible, Nadia will put her hand up in class.',
  ])('%s: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });

  it.each([
    'Mia will ask for help when she needs it, on 4 out of 5 occasions',
    'Mia will use her time-out pass when she needs it and return within 10 minutes',
    'Mia will tell an adult when she needs to go',
    'Ben will not hit other children',
    'Ben will be able to write his name unaided',
    'Mia will read to her carer every night if possible',
    'Nadia will hand in her homework on time and ask for help if needed.',
    'Nadia will blend CVC words by Easter, using her sound mat when she needs it.',
    'Nadia will read 3 books by Easter and ask for help where possible.',
  ])('%s: near miss (a figure, a need named, a stop-behaviour, a capability done alone, the occasion of a second act only): measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 3: a named strategy used on a named occasion is seen used', () => {
  it.each([
    'Mia will use the breathing strategy before her SATs',
    'Mia will use the calming strategy in maths lessons',
    'Kacey to use the box-breathing technique during tests',
    'Handwriting - use the joining strategies taught in his group in all his written work',
    'Theo will use the breathing strategy in PE by Easter.',
    'Theo will use the breathing strategy at break time by Easter.',
  ])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each(['Mia will use her coping strategies', 'Mia will use the CBT strategies from CAMHS', 'Mia will use strategies in lessons', 'Mia will use the breathing strategy'])(
    '%s: near miss (rule 6: a general object, a source not an occasion, no strategy named, no occasion): not measurable',
    (text) => {
      expect(m(text)).toBe(false);
    },
  );

  it.each(['Theo will use his calming strategies at work by Easter.', 'Theo will use his calming strategies in work by Easter.'])(
    '%s: near miss (a job is no occasion named): neither specific nor measurable',
    (text) => {
      expect(m(text)).toBe(false);
      expect(sp(text)).toBe(false);
    },
  );
});
