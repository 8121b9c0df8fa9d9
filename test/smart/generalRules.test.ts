import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

/*
 * General rules for the kinds of target the analyser got wrong on published outcome banks (issue 15):
 * each rule is a grammatical or semantic pattern, tested on examples written here, not corpus texts.
 */

describe('Labelling guide, Measurable rule 3 (Barnet, 5. Setting SMART Outcomes: "What will the child ... be able to do that they cannot do now?"): the skills or ability to do something seen', () => {
  it.each([
    'Poppy has the skills needed to order a drink at the café counter.',
    'Reuben demonstrates the ability to fasten the buttons on his coat.',
    'Isla shows the communication skills required to greet a visitor at reception.',
    'Theo has the skills to pack his school bag for the next day.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    'Poppy has the skills needed to interact with her classmates.',
    'Reuben demonstrates the ability to manage his feelings.',
    'Isla shows the skills required to develop friendships.',
    'Theo has the skills to function in a busy classroom.',
  ])('%s: a broad area or a process is neither (Barnet Step One, "Start with the broad area of need")', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });
});

describe('Bolton Virtual School PEP guidance, smart targets, Step 3 ("What would I see/measure/count etc. that would tell me?"): a verb seen done, with its object', () => {
  it.each([
    'Ruby will eat her packed lunch at the table with her group.',
    'Kofi will use a writing slope in handwriting lessons.',
    'Nia will line up at the classroom door after the bell.',
    'Alfie will carry his tray to the hatch.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it('the verb alone, with nothing after it, is not a capability', () => {
    expect(sm('Ruby will eat.')[1]).toBe(false);
  });
});

describe('Barnet, Examples of SMART Outcomes (not "vague, generic"): a capability whose object is a general word names no particular skill', () => {
  it.each([
    'Jonah can use strategies to stay calm.',
    'Jonah will be able to use his coping strategies.',
    'Jonah has the skills to access support when he needs it.',
  ])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it('a preposition before a general word does not make the object general ("ask for help")', () => {
    expect(sm('Jonah will be able to ask for help when he is stuck in maths.')[1]).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 3: a next step written as a gerund is a capability when the verb is seen done', () => {
  it.each(['copying the shapes on the board', 'spelling his address', 'using a number line to add two numbers'])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['learning the colours', 'developing his handwriting', 'improving her reading'])('%s: a process verb is not measurable (Measurable rule 6)', (text) => {
    expect(sm(text)[1]).toBe(false);
  });

  it('an -ing word inside a sentence is not read as a next step', () => {
    expect(sm('Maya enjoys drawing pictures with her friends.')[1]).toBe(false);
  });
});

describe('Milton Keynes DT Handbook 2024/25, Appendix 1, "Measurable" ("How are you going to be able to demonstrate success?"): "make" with a thing made is seen, "make progress" is not', () => {
  it('"be able to make a sandwich" is measurable', () => {
    expect(sm('Kayla will be able to make a sandwich for her lunch.')).toEqual([true, true]);
  });

  it.each(['Kayla will be able to make progress in maths.', 'Kayla will be able to make positive choices.', 'Kayla will be able to make friends.'])('%s is not', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 ("A child using a named strategy is specific") and rule 1 (dispositions)', () => {
  it.each([
    'Harvey will use his visual timetable in every maths lesson.',
    'Harvey will speak to his key adult each morning.',
    'Harvey will hold the door open for visitors each day.',
  ])('%s: a verb seen done with its object is specific, beside other measures', (text) => {
    expect(sm(text)[0]).toBe(true);
  });

  it.each(['Harvey will feel safe at school.', 'Harvey will be calm in class.', 'Harvey will use a range of strategies every day.'])(
    '%s: a disposition or a general object is not specific',
    (text) => {
      expect(sm(text)[0]).toBe(false);
    },
  );

  it('a calm box or a safe space is still a named strategy', () => {
    expect(sm('Harvey will go to his calm box when he feels angry.')[0]).toBe(true);
    expect(sm('Harvey will use the safe space when he feels angry.')[0]).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 2: "Fractions taught as content ... are neither" a score nor a date', () => {
  it('the fractions of a stated fact name content: specific, not measurable', () => {
    const r = checkSmartTarget('Ivy will know that 2/3 is bigger than 1/3.', MEETING);
    expect([r.specific.met, r.measurable.met, r.deadline]).toEqual([true, false, null]);
  });

  it('"fractions such as" lists content', () => {
    expect(sm('Ivy will understand fractions such as 2/5, 3/5 and 4/5.')[1]).toBe(false);
  });

  it('a score with a slash is still a measure', () => {
    expect(sm('Ivy will score 8/10 in her weekly spelling test.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Measurable rule 5 ("achieve the expected standard in reading"): a named standard', () => {
  it.each(['Leon will achieve GLD.', 'Leon will achieve a Good Level of Development.'])('%s is specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Labelling guide, Measurable rule 3: a target written as "To …" with a verb seen done', () => {
  it('"To remain in his seat during assembly" is measurable', () => {
    expect(sm('To remain in his seat during assembly.')).toEqual([true, true]);
  });

  it('"To remain calm" names a disposition, not something seen done', () => {
    expect(sm('To remain calm.')).toEqual([false, false]);
  });
});

describe('Outcome banks in the present tense (Bolton, smart targets, Step 3: "What would I see/measure/count etc."): a verb seen done, with its object', () => {
  it('"Child orders a drink at the counter" is specific and measurable', () => {
    expect(sm('Child orders a drink at the café counter.')).toEqual([true, true]);
  });

  it.each(['Child interacts with peers.', 'They make and maintain friendships.', 'YP uses strategies to stay calm.'])('%s is not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Labelling guide, Specific rule 2: a comparative with no baseline, no number and no skill named is not specific', () => {
  it.each(['Child shows increased attention and task focus.', 'Lily will show reduced anxiety in class.'])('%s', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it('with a figure the comparative is measured and the behaviour named', () => {
    expect(sm('Lily will get reduced to 2 or fewer late marks a week.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Specific rule 1 (broad areas and dispositions): the occasion or place of a broad verb is not what the child will achieve', () => {
  it.each(['Zara will revise for her mocks.', 'Zara will prepare for her exams.', 'Zara will settle into her new school.', 'Zara will cope in the dining hall.'])(
    '%s is not specific',
    (text) => {
      expect(sm(text)[0]).toBe(false);
    },
  );

  it('a named task after the occasion still counts', () => {
    expect(sm('Zara will revise for her mocks by completing 3 past papers by Easter.')[0]).toBe(true);
  });
});

describe('Labelling guide, Measurable rule 3 ("tie his shoelaces independently", "write his full name without a model"): with or without adult support as the criterion', () => {
  it.each(['Mia will put her shoes on with no adult help.', 'Mia will put her shoes on with no prompts.', 'Mia will put her shoes on without adult support.'])(
    '%s is measurable',
    (text) => {
      expect(sm(text)[1]).toBe(true);
    },
  );

  it('"with adult support" alone is provision, not a criterion', () => {
    expect(sm('Mia will learn about shoes with adult support.')[1]).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 4 ("A stop-behaviour is measurable with or without how often"): not being removed from learning', () => {
  it.each(['Ollie will not be sent out of class.', 'Ollie will not be removed from lessons.', 'Ollie will not be excluded.'])('%s is measurable', (text) => {
    expect(sm(text)[1]).toBe(true);
  });
});

describe('Barnet, Examples of SMART Outcomes (not "vague, generic"): pronouns and general objects after a second verb', () => {
  it('"identify and use appropriate strategies" names no particular skill', () => {
    expect(sm('With support, Kai will identify and use appropriate strategies.')).toEqual([false, false]);
  });

  it('"be able to handle these" (a pronoun alone) is no capability', () => {
    expect(sm('Kai will be able to handle these when he is in town.')[1]).toBe(false);
  });

  it('a disposition word used as an adjective is not a disposition ("recognise potential dangers")', () => {
    expect(sm('Kai will be able to recognise potential dangers when crossing roads.')[0]).toBe(true);
  });
});

describe('Labelling guide, Specific: a quoted word names what the child will say or sign', () => {
  it('"will sign \'hello\'" is specific; "will sign" alone is not', () => {
    expect(sm("Tom will sign 'hello' each morning.")[0]).toBe(true);
    expect(sm('Tom will sign.')[0]).toBe(false);
  });
});

describe('Bolton, smart targets, Step 3 ("What would I see"): more ways a verb seen done is written', () => {
  it.each(['Priya uses a ruler to underline her titles.', 'Priya will make a cheese sandwich.', 'Priya will tell an adult when she feels unwell.'])(
    '%s: specific and measurable',
    (text) => {
      expect(sm(text)).toEqual([true, true]);
    },
  );

  it.each(['Priya will make expected progress in science.', 'Priya will make a successful transition to secondary school.'])('%s: not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe('Labelling guide, Measurable ("Recurring tasks need a quantity") and Specific rule 2: a verb with only a setting after it', () => {
  it('"will read at home" is not measurable; "will read his reading book at home every night" is', () => {
    expect(sm('Tom will read at home.')[1]).toBe(false);
    expect(sm('Tom will read his reading book at home every night.')[1]).toBe(true);
  });

  it('"stay in her seat" names where the behaviour is seen', () => {
    expect(sm('Imani will stay in her seat during the register.')).toEqual([true, true]);
  });
});

describe('Labelling guide, Measurable rule 4 ("will stop climbing on the furniture"): a behaviour that stops, after "without"', () => {
  it.each(['Ali will move between activities without distress.', 'Ali will queue for lunch without pushing.'])('%s is measurable', (text) => {
    expect(sm(text)[1]).toBe(true);
  });

  it('"without developing" is a process, not a stopped behaviour', () => {
    expect(sm('Ali will think about his work without developing it.')[1]).toBe(false);
  });
});

describe('Labelling guide, Measurable rules 3 and 5: early-years capabilities and states that can be checked', () => {
  it.each(['Ali will respond to his name when called.', 'Ali will communicate his needs using his symbol board.', 'Ali will be toilet trained.'])(
    '%s is measurable',
    (text) => {
      expect(sm(text)[1]).toBe(true);
    },
  );

  it('"communicate appropriately" is vague manner', () => {
    expect(sm('Ali will communicate appropriately with his peers.')[1]).toBe(false);
  });
});

describe('Labelling guide, Measurable rule 6 (numbers that only name things): a phase named by a number', () => {
  it('"post-16 options" is not a count of 16 options', () => {
    const r = checkSmartTarget('Kira will meet her careers adviser to discuss post-16 options.', MEETING);
    expect(r.measurable.met).toBe(false);
  });
});

describe('Milton Keynes Appendix 1, "Measurable" ("How are you going to be able to demonstrate success?"): a choice between things offered is seen made', () => {
  it('"makes choices between the fruit offered" is measurable; "make positive choices" is not', () => {
    expect(sm('Child makes choices between the fruit offered at snack time.')[1]).toBe(true);
    expect(sm('Child will make positive choices at break time.')[1]).toBe(false);
  });
});

describe('Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific" ("What specific skills or knowledge need to be acquired"): knowledge of a named topic', () => {
  it.each(['Leah understands the purpose of a bank account.', 'Leah knows the risks associated with vaping.', 'Leah has an awareness of the dangers of sharing photos online.'])(
    '%s: specific, not measurable (an understanding cannot be seen, Measurable rule 3)',
    (text) => {
      expect(sm(text)).toEqual([true, false]);
    },
  );

  it.each([
    'Leah understands her feelings and emotions.',
    'Leah has an awareness of social boundaries.',
    'Leah will know what to do.',
    'Leah uses this knowledge to help her.',
  ])('%s: a broad area is not a named topic (Specific rule 1)', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Halton Appendix C, Post-16 ("The target must detail specific skills or knowledge"): learning a named topic', () => {
  it('"learn the main events of the Battle of Hastings" is specific; "learn new skills" and "learn more" are not', () => {
    expect(sm('To learn the main events of the Battle of Hastings.')[0]).toBe(true);
    expect(sm('Tom will learn new skills.')[0]).toBe(false);
    expect(sm('Tom will learn more.')[0]).toBe(false);
  });
});

describe('Labelling guide, Time-bound ("template alternatives left unchosen") read for measures too: a blank figure is no measure', () => {
  it('"reach a target of XXXX" is not measurable; "reach a target of 95%" is', () => {
    expect(sm('Ben will be able to reach a target of XXXX in reading.')[1]).toBe(false);
    expect(sm('Ben will reach a target of 95% attendance.')[1]).toBe(true);
  });
});
