import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"), branch sp5: processes with no content of their own,
 * a measure going up with no figure, and resources had or got. Every wording below is written here, not a corpus text;
 * each rule is tested both ways.
 */

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

/*
 * Branch fx60 (review36d's findings on the readings above): each a guide's own exclusion or reading, both ways.
 */
describe("Labelling guide, Measurable rule 5 and Settled cases (the thing had heads its phrase, is not taken away, a reader only for an exam): the resource reading keeps the guide's exclusions", () => {
  it.each([
    'Noah to get a reader award by reading 15 books this term.',
    'Ben to have computer time on Fridays if he has 4 green days.',
    'Kim to get a passport photo taken.',
    'Ali to not have his laptop confiscated this term.',
    'Jade to get her ipad time by finishing her homework.',
    'Sam to get a new reader from the class library each week.',
  ])('%s: something else than a resource had; specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Omar to have a laptop by February.', 'Ellie will get a reader in her exams.', 'Amira to get exam access arrangements.'])('%s: a resource had; not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe("Labelling guide, Specific rule 4 (a named resource the child's action uses): the child's own act with a resource got", () => {
  it.each(['Bella to get a bike and learn to ride it by the summer.', 'Ty to get a bike for his birthday and ride it to school by June.', 'Finn to get a laptop and type his homework on it.'])(
    '%s: the child\'s act with it is specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );

  it.each(['Ty to get a bike for his birthday.', 'Finn to get a laptop from the school.'])('%s: the resource alone is not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 and "have his full kit for every PE lesson": the child\'s own kit and acts are not a resource', () => {
  it.each([
    'Marcus to get his ruler and pencil out at the start of every lesson.',
    'Hana to have her laptop with her in every lesson.',
    'Zac to have his laptop charged every morning.',
    'Mila to have a go at using a dictionary to check her spellings.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Marcus to get a ruler and a pencil.', 'Zac to have his own laptop.', 'Mila to have a dictionary.'])('%s: a resource got; not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2 (a baseline or number named): a measure going up to a named level', () => {
  it.each(['Get her reading level up to turquoise band.', 'Get his reading age up to his actual age.'])('%s: the level named is specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Get his reading age up.', 'Attendance to keep going up.'])('%s: no level named; not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1: catching up with the rest, or on what was missed', () => {
  it.each(['Zara to catch up with everyone else.', 'Zara to catch up with the rest of the class.', 'Leo to catch up with his year group.', 'Leo to catch up on what he missed when he was off sick.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it.each(['Leo to catch up on the fractions work he missed when he was off sick.', 'Mia to catch up with her friends at lunchtime.'])('%s: named content, or friends met, is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
