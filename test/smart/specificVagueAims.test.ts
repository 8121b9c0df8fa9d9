import { describe, expect, it } from 'vitest';
import { specificOf as check } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)", rules 1 and 2; Barnet Virtual School PEP Guidance,
 * 5. Setting SMART Outcomes, "Developing your SMART Outcome", Step One against Step Two): process verbs with an area for
 * object, progress of a kind with no figure, and a standard with no subject or a comparative level name no skill.
 * Examples written here, not corpus texts (src/smart/_object.ts areaClause, src/smart/_specific.ts concreteAnchor and
 * standardWordAt).
 */

describe('Specific rule 1 and Barnet Step One: an understanding developed of a topic named as an area', () => {
  it.each([
    'Develop an understanding of decimals.',
    'Maya will develop an understanding of sharing by the end of term.',
    'To develop her understanding of money.',
    'Oscar to develop his understanding of time by July.',
    'Develop an awareness of road safety this term.',
    'Priya will develop her knowledge of multiplication.',
    'To develop an understanding of waiting his turn.',
    'By half term, Leo will develop his understanding of capacity.',
    'Ava will develop an understanding of measuring by Easter.',
    'To develop his awareness of personal space.',
    'Develop her knowledge of coins.',
    'Ellis will develop an understanding of rhyme by the summer.',
  ])('%s: not specific, advice names Step Two', (text) => {
    const s = check(text);
    expect(s.met).toBe(false);
    expect(s.advice).toContain('Step Two');
  });
  it.each([
    'To develop his understanding of the Romans by reading 3 books about them.',
    'Develop an understanding of the Great Fire of London.',
    'Maya will develop an understanding of fractions so she can halve 8 cubes by July.',
    'Oscar to develop his understanding of number bonds to 10 and recall them in 1 minute.',
    'Ava will count to 20 and develop her understanding of addition.',
  ])('%s: a name, a figure or an act seen keeps it specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});

describe('Specific rule 1: an area of learning or need written short (PSED, CLL, SEMH, SLCN) developed', () => {
  it.each([
    'To develop her PSED.',
    'Develop CLL.',
    'Noah will develop his PSED by the summer.',
    'To develop SEMH.',
    'Develop her SLCN this term.',
    'To develop his CLL by Easter.',
    'Isla to develop her PSED.',
    'By July, develop PSED.',
    'Develop his SEMH.',
    'Kian will develop his CLL.',
    'To develop their PSED this year.',
    'Sofia to develop CLL by half term.',
  ])('%s: not specific', (text) => {
    const s = check(text);
    expect(s.met).toBe(false);
    expect(s.advice).toBeDefined();
  });
  it.each([
    'PSED: to take turns with one friend at the sand tray 3 times a week.',
    'SEMH - Ruby will use her calm box when upset, 4 out of 5 times.',
    'CLL: say 30 words by Easter.',
    'Develop PSED by sharing toys with a friend at snack time daily.',
  ])('%s: the area heading a named act stays specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});

describe('Specific rule 1: progress of a kind ("make accelerated progress") names no skill', () => {
  it.each([
    'To make accelerated progress in maths.',
    'Ben will make accelerated progress in phonics this year.',
    'Make accelerated progress.',
    'Lily to make accelerated progress in reading by July.',
    'To make expected progress in writing.',
    'Kai will make accelerated progress across all subjects.',
    'Target: make accelerated progress in spelling.',
    'Amir is to make accelerated progress by the summer.',
    'She will be making accelerated progress in English.',
    'To make accelerated progress in science this term.',
    'Grace needs to make accelerated progress in maths.',
    'Tom to make accelerated progress in Year 5.',
  ])('%s: not specific, advice asks for the skill', (text) => {
    const s = check(text);
    expect(s.met).toBe(false);
    expect(s.advice).toContain('Name the skill');
  });
  it.each([
    'Use Accelerated Reader 3 times a week.',
    'Complete 2 Accelerated Reader quizzes a week.',
    'To make progress with her swimming - 25m without armbands.',
    'Read one Accelerated Reader book a fortnight and pass its quiz.',
  ])('%s: the programme Accelerated Reader, or progress with a figure, stays specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});

describe('Specific: a grade or standard only in a named subject; rule 2: "the next level", "a higher grade" name none', () => {
  it.each([
    'To reach the expected level.',
    'Ella to reach age related expectations by July.',
    'Reach the expected standard this year.',
    'Sam will reach age related expectations.',
    'To get to the next level.',
    'To be working at a higher grade.',
    'Finn to reach the expected standard by the end of Year 2.',
    'Reach age-related expectations.',
    'English - to be working at a higher level by Easter.',
    'To get to the next level in maths.',
    'Jo will reach the expected level this year.',
    'To achieve a higher grade in science.',
  ])('%s: not specific', (text) => {
    const s = check(text);
    expect(s.met).toBe(false);
    expect(s.advice).toBeDefined();
  });
  it.each([
    'To reach age related expectations in reading.',
    'Reach the expected standard in maths by July.',
    'To reach level 3 in reading.',
    'Reach grade 5 in GCSE English.',
    'To reach the top shelf of the library unaided.',
    'To reach 95% attendance.',
    'Ella will reach ARE in writing by July.',
  ])('%s: a standard with its subject, a level with its figure, or a thing reached stays specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});

describe('Specific rule 1 and Barnet Step Two (review32b): a topic ends at an act, which is read as usual', () => {
  it.each([
    'Oscar will develop an understanding of time by telling the time to the hour on an analogue clock.',
    'Develop her knowledge of plants by growing a sunflower.',
    'To develop an awareness of the 5-point scale and use it to name how he feels.',
    'Develop his understanding of the bus route to college and travel there on his own by Easter.',
    'Develop his understanding of the bus route to college so he can travel on his own.',
    'Develop her awareness of money, then pay for a snack in the canteen.',
  ])('%s: an act after the topic keeps it specific', (text) => {
    expect(check(text).met).toBe(true);
  });
  it.each([
    'Develop his understanding of the bus route to college.',
    'Develop her knowledge of plants by the summer.',
    'To develop an awareness of the scale and its colours.',
    'Develop an understanding of addition and subtraction.',
  ])('%s: a topic with no act stays not specific', (text) => {
    expect(check(text).met).toBe(false);
  });
});

describe('Specific, "What specific skills or knowledge" (Milton Keynes DT Handbook, Appendix 1): a figure naming the content', () => {
  it.each([
    'Develop her knowledge of the 3 times table.',
    'Layla will develop her knowledge of phase 3 sounds by half term.',
    'Develop his knowledge of phonics Phase 3 sounds.',
    'Develop an understanding of level 1 maths.',
    // Both read alike (labels y21-054 specific by both labellers; y27-042 split, settled by one): bounded content named.
    'Develop an understanding of numbers to 20.',
    'Develop an understanding of numbers to 20 by Easter.',
  ])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
  it.each([
    'Develop an understanding of the Year 7 timetable.',
    'Develop an understanding of numbers by Easter 2026.',
    'Develop her knowledge of times tables.',
  ])('%s: a year group or a deadline is no figure of the topic', (text) => {
    expect(check(text).met).toBe(false);
  });
});

describe('Specific rule 3 (a subject or year is no name): a capital as a sign of a name', () => {
  it.each(['Develop an understanding of maths vocabulary.', 'Develop an understanding of Maths vocabulary.', 'Develop his knowledge of English grammar.'])(
    '%s: a subject with a capital is no name',
    (text) => {
      expect(check(text).met).toBe(false);
    },
  );
  it.each(['Develop an understanding of the Tudors.', 'Develop an understanding of the Great Fire of London.', 'Poppy will develop her understanding of British Sign Language.'])(
    '%s: a proper noun names the topic',
    (text) => {
      expect(check(text).met).toBe(true);
    },
  );
});

describe('Specific rule 2 (review32b): "the next level" is a comparative; "the higher standard" is a standard named', () => {
  it.each(['Reach the next level.', 'Reach the next level in maths.', 'By July, Ben will reach the next level in maths.', 'To move up to the next level in maths.', 'Reach a higher grade in science.'])(
    '%s: not specific',
    (text) => {
      expect(check(text).met).toBe(false);
    },
  );
  it.each(['Reach the higher standard in maths.', 'Working at the higher standard in writing by July.', 'To reach level 4 in maths.', 'Move up to the top set in maths.'])(
    '%s: specific',
    (text) => {
      expect(check(text).met).toBe(true);
    },
  );
});

describe('Specific rules 1 and 3 (review32b): near neighbours of "develop an understanding of"', () => {
  it.each([
    'Freya will build an understanding of fractions by July.',
    'To deepen his understanding of multiplication.',
    'Gain an understanding of place value.',
    'Develop a secure understanding of column addition.',
    'Develop a good understanding of fractions.',
    'Reach the age related expectations for his year group.',
  ])('%s: not specific', (text) => {
    expect(check(text).met).toBe(false);
  });
  it.each([
    'Build a model of a Tudor house.',
    'Gain a distinction in his BTEC.',
    'To deepen his understanding of the Tudors.',
    'Build an understanding of the 4 times table.',
    'Reach the expected standard in maths for his year group.',
  ])('%s: specific', (text) => {
    expect(check(text).met).toBe(true);
  });
});
