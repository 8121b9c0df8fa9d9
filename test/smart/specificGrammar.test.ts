import { describe, expect, it } from 'vitest';
import { specific } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): rules about grammar, applied the same way in every
 * frame (a name, "I", "we", "the pupil", an instruction, another subject and tense), each tested both ways on examples
 * written here, not corpus texts.
 */

describe('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Step Two ("Think about the specific skills within the area of need"): the skill a verb of change works on', () => {
  it.each([
    'To improve in long multiplication.',
    'Mr Ali wants Rhys to improve his knowledge of the Tudors.',
    'The pupil will develop her use of fronted adverbials in story writing.',
    'Tomasz is to work on French verb endings before his mock.',
    'We hope Imani will strengthen her recall of chemical symbols.',
  ])('%s: specific (rule 2: "A comparative becomes specific only with the skill named")', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // One word, a school subject or a broad area: rule 2 ("get better at spelling") and rule 1.
    'I would like to get better at spelling.',
    // "Get better at" with no figure, however narrow the skill and with a point beside it: rule 2 ("get better at spelling"
    // names no baseline, no number); development labels 0 specific of 46, with a deadline 0 of 3 (test/smart/areaNamedOnly.test.ts).
    'Bea will get better at chess openings by the summer.',
    'I would like to get better at long division by Easter.',
    'To improve in maths.',
    'Rhys will improve his peer relationships.',
    'Imani will develop her emotional regulation.',
    'Tomasz is to work on his time management.',
    'Bea will develop her social skills.',
    // A measure is not a skill.
    'To improve my reading age.',
    // One topic word is like "get better at spelling".
    'Maths: to improve her understanding of decimals.',
    'Kofi will improve his test scores.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('The labelling guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve": a sentence about the outcome names no other outcome', () => {
  it.each([
    // What follows "This is / includes / shows" describes the outcome before it; the broad outcome decides.
    'Dev will manage his feelings at home. This includes shopping and swimming.',
    'The young person manages her feelings well. This is within the context of her work experience.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The outcome itself is named before the sentence about it.
    'Dev will make his own packed lunch on Sundays. This includes buttering bread.',
    'The young person will open a bank account. This is so she can be paid by her employer.',
  ])('%s: specific on the outcome named before it', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Barnet, 5. Setting SMART Outcomes, Step Two ("identify their emotions using the Incredible five point scale"): a strategy used, not the channel of a broad verb', () => {
  it.each([
    'Sam will interact appropriately via online platforms.',
    'Tom will engage appropriately via the class chat.',
    'Mia will behave well using her sticker chart.',
    'Jo will participate fully via the class tablet.',
  ])('%s: the channel of a broad verb (rule 1) is not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Sam will check his answers using a calculator.',
    'I can find the meaning of new words via an online dictionary.',
  ])('%s: a named resource the child uses is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Bradford Council, "SMART Outcomes - Annual Reviews" ("Goals and outcomes are not: Services ... Activities"): one session the child attends, read past a bracketed aside', () => {
  it.each([
    'Amy will attend a weekly 30 minute (small group) session with the learning mentor.',
    'The pupil will join a weekly (after school) session with the youth worker.',
    'I will participate in a daily 10 minute (1:1) session.',
  ])('%s: provision, not specific (rule 4)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Amy will attend a swimming club (on Tuesdays) and swim 25 metres.',
    'The pupil will attend all of his (Year 10) science lessons.',
  ])('%s: a club or lessons named are not one session of provision', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific rule 1: a quality as the object of a verb seen done is no particular thing (as for an action no list knows)', () => {
  it.each([
    'To build trust with adults in school.',
    'We would like Shay to show kindness to the younger children.',
    'Our aim is for the pupil to build her self-belief.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'To build a model of the solar system.',
    'We would like Shay to build a den in the garden.',
  ])('%s: a thing as the object is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific rule 1 (Barnet, Examples of SMART Outcomes: not "vague, generic"): parts of something taken together name no particular activity', () => {
  it.each([
    'Rosa will explore all aspects of messy and imaginative play.',
    'We want Finn to engage in different areas of the sports programme, including swimming.',
    'I will try hard in various aspects of cooking and baking.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Rosa will calculate the area of a rectangle.',
    'Finn will name the areas of a football pitch and swim 10 metres.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific rules 1 and 3: examples of where a broad skill is shown are settings, not skills', () => {
  it.each([
    'Nico will show his social skills in different situations such as the lunch queue, the bus and football club.',
    'The pupil is confident in a range of contexts including assemblies, trips and swimming lessons.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The skill is named before the setting.
    'Nico will say please and thank you in different situations such as the lunch queue and the bus.',
    'The pupil will read aloud to the class in a range of contexts including assemblies.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Bradford Council, "SMART Outcomes - Annual Reviews" ("Goals and outcomes are not: Services ... Resources"): what a fund buys', () => {
  it.each([
    'PP+ to pay for a maths tutor twice a week.',
    'Pupil premium plus for a tablet so he can practise spellings at home.',
    'Targets agreed. PP+ funds swimming lessons (10 weeks).',
  ])('%s: provision, not specific (rule 4)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'PP+ for a tutor. Jade will learn her 6 times table by Easter.',
    'Pupil will use her bursary to buy her own college kit.',
  ])('%s: the child outcome beside it is still specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific rule 1: a broad area as the head of the object of a verb seen done', () => {
  it.each(['Continue to build trusting relationships with staff in school.', 'I will keep making lasting friendships at my new school.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['We would like Ty to build a bird box with his carer.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific: a quoted object names what the child does, after any verb seen done ("sign \'please\'")', () => {
  it.each([
    "Mo will use 'because' and 'so' to join two ideas.",
    'We would like Ellie to ask "can I have a go?" first.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Mo will use strategies.', 'We would like Ellie to use appropriate strategies.'])('%s: a general object is not', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('The labelling guide, Specific rule 1 ("be more confident", "be happier"): what a feeling is about names no skill', () => {
  it.each([
    'Omar is anxious about swimming lessons - reassurance from staff.',
    'I want to be less worried about my spelling tests.',
    'The pupil will not be scared of the school bus.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Omar is anxious about swimming lessons; he will swim 10 metres with a float by Easter.'])('%s: the next predicate names a skill', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('The labelling guide, Specific rule 2 ("no baseline, no number and no skill") and rule 6: a statement of how things are now, with no outcome after it', () => {
  it.each(["Jonah's punctuality is good - keep it up!", 'Homework completion is excellent. Well done.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(["Jonah's punctuality is good; he will arrive by 8.45 every day.", 'Homework is 60% complete. Target: all homework by the end of term.'])('%s: an outcome after it is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});
