import { describe, expect, it } from 'vitest';
import { measurable, specific } from './_judge';

/*
 * Aims that name an area, a subject as a whole, a process or provision, and no skill, level or outcome: the labelling guide's
 * Specific rows (docs/smart.md, "Specific (S)"), on wordings written here (none taken from a corpus file). Meeting on
 * Wednesday 15 January 2025, no school calendar, no next-review date.
 */

describe('Labelling guide, Specific rule 1: a school subject as a whole is a broad area ("improve his literacy")', () => {
  it.each([
    'Ruby to catch up on history.',
    'Ruby will catch up on her geography.',
    'Ruby to do science.',
    'do my maths and history',
    'Ruby to learn German vocabulary.',
    'Ruby to revise her Spanish vocab',
    'Geography – catch up',
    'Coursework – catch up.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Ruby to catch up on the 2 history essays she missed.',
    'Ruby will learn 12 German vocabulary words for the topic test by half term.',
    'Ruby to do her science homework every Tuesday.',
    'Ruby will do up her coat on her own.',
    'Geography – finish the river case study by half term',
    'Ruby to revise for her Spanish test by completing 2 past papers by 3 March.',
  ])('%s: still specific (a task, a figure or a named act in the subject)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 2: "get better at" or "get quicker at" a skill with no figure is a vague comparative', () => {
  it.each([
    'Nico needs to get better at his number bonds.',
    'Nico will get quicker at his number bonds.',
    'Nico to be faster at his times tables.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Nico will get better at his number bonds, scoring 18/20 on the Friday check by Easter.',
    'Nico will be quicker at getting changed for PE, taking under 5 minutes.',
  ])('%s: specific (a figure sets the comparative)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4: help received with a thing is provision, no child outcome', () => {
  it.each(['Omar to be supported with homework by his carers.', 'To be helped with her coursework by the DT.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Omar to be supported with homework by his carers and hand in 4 of 5 pieces on time.',
    'Omar will be supported to write his full name.',
  ])('%s: specific (the child act joined, or "supported to" with the child verb)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 6: a programme or provision "to continue" alone is a placeholder', () => {
  it.each(['Nessy to continue', 'Speech therapy input to continue.', 'Precision teaching to continue.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('a target joined after it is read as usual', () => {
    expect(specific('Nessy to continue; Ben to reach level 4 by Easter.')).toBe(true);
  });
});

describe('Object rows (docs/smart.md, Specific rule 1; Measurable rule 3): destinations and awareness', () => {
  it.each([
    'Post-16 PEP: Aisha to go to college next year.',
    'Aisha will go to college after Year 11.',
    'Aisha to stay in sixth form this year.',
    'To be aware of his handwriting errors',
    'Dev to be more aware of road safety.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Aisha will go to college 4 days a week next year.',
    'Dev to be aware of his triggers and use his calm card when he feels angry.',
  ])('%s: specific (a rate of attending, or an act joined)', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific: a quoted target in a handout row is judged on the quote', () => {
  it.each([
    "Handout – a target to avoid: 'Ivy will work on her spellings.'",
    "Weak example: 'Ivy to catch up on maths.'",
    '"Ivy will work on her spellings."',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it("Good example: 'Ivy will spell 8 of her 10 weekly words correctly by half term.': specific", () => {
    expect(specific("Good example: 'Ivy will spell 8 of her 10 weekly words correctly by half term.'")).toBe(true);
  });
});

describe('Labelling guide, Measurable: these Specific readings leave Measurable as it was read before them', () => {
  it.each([
    // Rule 6: process verbs alone ("catch up", "learn", "revise") and an area with no figure.
    ['Ruby to catch up on history.', false],
    ['Ruby to learn German vocabulary.', false],
    ['Coursework – catch up.', false],
    ['Nico needs to get better at his number bonds.', false],
    ['Nessy to continue', false],
    ['To be aware of his handwriting errors', false],
    ["Weak example: 'Ivy to catch up on maths.'", false],
    ['Omar to be supported with homework by his carers.', false],
    // Rule 5: going to college is a one-off event, whatever Specific says of it.
    ['Post-16 PEP: Aisha to go to college next year.', true],
    ['Aisha will go to college after Year 11.', true],
    // Rules 1 and 3: a figure or an act an adult sees.
    ['Ruby to catch up on the 2 history essays she missed.', true],
    ['Nico will get better at his number bonds, scoring 18/20 on the Friday check by Easter.', true],
    ['Omar to be supported with homework by his carers and hand in 4 of 5 pieces on time.', true],
    ['Aisha will go to college 4 days a week next year.', true],
  ] as const)('%s: measurable %s', (text, expected) => {
    expect(measurable(text)).toBe(expected);
  });
});
