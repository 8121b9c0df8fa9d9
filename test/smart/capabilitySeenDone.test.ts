import { describe, expect, it } from 'vitest';
import { measurable as m } from './_judge';

/*
 * Measurable: "someone could check, at the deadline, whether it happened" (docs/smart.md, Labelling guide, Measurable).
 * Rule 3: "An observable capability is measurable when an adult can see it done"; "understand", "be aware of" are not.
 * Rule 6: process verbs alone and a comparative or a frequency with no figure are not measurable. The boundary between the
 * two: what the child handles or uses is seen done when what is handled is a thing of the child's own and the occasion is
 * one an adult can name; "sort out" a state, or an occasion the child judges ("when she needs it", "where possible"),
 * leaves nothing to see. Wordings written here in the style of PEP targets,
 * none taken from a corpus file; a PEP meeting on Wednesday 15 January 2025.
 */

describe('Labelling guide, Measurable rule 3: near misses that stay as they were (cannot be seen, provision, a heading)', () => {
  it.each([
    'Ava will understand her routine for the day',
    'Leon will be aware of the risks online',
    'Colours',
    'Leon to have a now and next board on his table',
  ])('%s: not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

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
  ])('%s: near miss (rule 6: a comparative with no figure; rule 3: nothing seen; an area heading): not measurable', (text) => {
    expect(m(text)).toBe(false);
  });
});

describe('Labelling guide, Measurable rules 6 and 5: "sort out" puts a state right, unless a thing is got once', () => {
  it.each(['Zac to sort out his attitude', 'sort out my sleep', 'Sort out her punctuality', 'Post-16 - sort out next steps', 'Aimee to sort her head out'])(
    '%s: a process like "work on" (rule 6): not measurable',
    (text) => {
      expect(m(text)).toBe(false);
    },
  );

  it.each(['Zac to sort out his provisional licence', 'this term - sort out a bus pass', 'Sort out her 16-25 railcard before college starts'])(
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
  ])('%s: near miss (a figure, a need named, a stop-behaviour, a capability done alone): measurable', (text) => {
    expect(m(text)).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 3: a named strategy used on a named occasion is seen used', () => {
  it.each([
    'Mia will use the breathing strategy before her SATs',
    'Mia will use the calming strategy in maths lessons',
    'Kacey to use the box-breathing technique during tests',
    'Handwriting - use the joining strategies taught in his group in all his written work',
  ])('%s: measurable', (text) => {
    expect(m(text)).toBe(true);
  });

  it.each(['Mia will use her coping strategies', 'Mia will use the CBT strategies from CAMHS', 'Mia will use strategies in lessons', 'Mia will use the breathing strategy'])(
    '%s: near miss (rule 6: a general object, a source not an occasion, no strategy named, no occasion): not measurable',
    (text) => {
      expect(m(text)).toBe(false);
    },
  );
});
