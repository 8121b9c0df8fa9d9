import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"), branch sp5: processes with no content of their own,
 * a measure going up with no figure, and resources had or got. Every wording below is written here, not a corpus text;
 * each rule is tested both ways.
 */
const MEETING = { meetingDate: '2025-01-15' };
const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;

describe('Labelling guide, Specific rule 1 (a broad area or process is not specific): catching up', () => {
  it.each([
    'Rosa to catch up.',
    'Dev will catch up with his classmates.',
    'Tilly to catch up on her coursework by half term.',
    'Arun will catch up on the lessons he missed when he was in hospital.',
    'To catch up on missed work from while she was moving placement.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Rosa to catch up on the 3 science practicals she missed.',
    'Dev will catch up on Unit 6 of his BTEC.',
    'Arun will catch up on the fractions work he missed, he is now on step 4 and his class are on step 7.',
  ])('%s: a figure or named content is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: remaining in a destination, as staying in one', () => {
  it.each(['Kofi to remain in education.', 'Tia will remain in EET.', 'Mya will remain in her college placement.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Mya will remain in her seat for the whole of assembly.', 'Kofi will remain on task for 10 minutes in 4 out of 5 maths lessons.'])('%s: a behaviour where it is seen is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 2 ("Vague comparatives are not specific"): a measure going up with no figure', () => {
  it.each(['Spelling age to go up.', "Zara's attendance will go up.", 'get my maths score up', 'Theo to push his grades up this year.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Spelling age to go up from 7y 1m to 8y 0m by June.', "Zara's attendance to go up from 82% to 92% by Easter."])('%s: with its figure it is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: a heading\'s topic only practised or revised, with no object of its own', () => {
  it.each(['Number bonds - keep practising at home.', 'Tests - to revise', 'Key words - practise with carer.', 'Phonics - to keep practising sounds at home.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it.each(['Number bonds - practise bonds to 10 at home until he knows them all.', 'History - revise the causes of WW1 and score 7/10 on the quiz.'])(
    '%s: a named object or a figure is specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );
});

describe('Labelling guide, Specific rule 4 (Bradford, "SMART Outcomes - Annual Reviews": outcomes are not "Resources"): a resource had or got', () => {
  it.each(['Kai to have a laptop for home learning.', 'Esme will get a scribe in her mocks.', 'Jo to get a bike from PP+.', 'Leo to have a coloured overlay.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Leo will use his coloured overlay in every reading lesson.',
    'Jo will get her bike out and ride to school on her own 3 days a week.',
    'Esme will get 20 out of 25 on her spelling check in March.',
  ])('%s: the resource used, or the child\'s own act, is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
