import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, specific } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): general rules written against the kinds of target
 * the analyser judged wrongly (issue 15), each tested both ways on examples written here, not corpus texts.
 */

describe('Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific" ("What specific skills or knowledge need to be acquired"): knowledge of a named topic', () => {
  it.each([
    // Two verbs sharing one topic.
    'Tia understands and follows the fire drill procedure.',
    'Sami knows and can describe the dangers of vaping.',
    // A subject's name after a describing word is a compound topic, not the school subject.
    'Omar understands the risks associated with social media.',
    // A general head shares the phrase with a particular one: the second names the topic.
    'Omar has an awareness and understanding of strategies and precautions for crossing roads safely.',
    'Kayla knows the strategies and routines for a fire drill.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    'Tia knows and understands her feelings.',
    'Omar has an awareness and understanding of strategies and approaches.',
    'Omar understands the importance of English.',
    'Kayla understands and accepts boundaries.',
  ])('%s: a broad area, a general word or a school subject is not (Specific rule 1)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Barnet Virtual School PEP Guidance, 5. Setting SMART Outcomes, Step Two ("Think about the specific skills within the area of need"): a focusing phrase', () => {
  it.each([
    'Lily will widen the foods she eats: particularly soft fruit and yoghurt.',
    'Zac will learn written methods by Easter, in particular, column subtraction.',
    'Ana will practise her handwriting, specifically joining ascenders.',
    // A comparative with no figure is not set aside when the skill is named (Specific rule 2).
    'Zac will get better at written methods, in particular column subtraction.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    'Lily will be more settled, particularly at lunchtime.',
    'Zac will improve his behaviour, especially with his peers.',
    'Ana will try harder, particularly in maths.',
  ])('%s: focusing on a setting, a subject or a broad word names no skill (Specific rule 1)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 6 (placeholders are not specific): a template\'s blank', () => {
  it.each([
    'Growing vocabulary by a set number of words each half term.',
    'Ravi will enrol on a specific course.',
    'Ravi will achieve a qualification.',
    'Ravi will look for a job.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    'Ravi will learn 20 new words from his topic list each half term.',
    'Ravi will enrol on a Level 2 course in plumbing.',
    'Ravi will achieve a qualification in food hygiene.',
    // An open day alone is a next step named only by its kind (not specific: nextStepsNamedOnlyByKind.test.ts); named, it is.
    'Ravi will attend the Level 2 Plumbing open day at Hull College.',
  ])('%s: a named thing is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 5 ("A stop-behaviour names a behaviour and is specific"): not being removed', () => {
  it.each([
    'Mason will not be sent out of class more than once a week by half term.',
    'Mason will not be removed from lessons this term.',
    'Mason will not be excluded from school this year.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Mason will not be upset this term.', 'Mason will not be worried at school.'])('%s: a feeling is not a behaviour (Specific rule 1)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 (Bradford, "SMART Outcomes - Annual Reviews": outcomes are not services or resources): provision received', () => {
  it.each([
    'Leon will have 1:1 direct weekly occupational therapy to help his handwriting.',
    'Leon will receive twice weekly small group speech therapy to improve his language.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  // A service's sessions gone to, however many are counted, are provision (Settled cases, "attending a group, service, club
  // run for the child or tuition": not specific, a rate of attending still measuring; development labels t010, x004, y13-147,
  // y53-243 not specific, w171 the other way); the child's own attendance at a school place is specific.
  it.each(['Leon will attend 4 of the 5 weekly small group mentoring sessions this term.'])('%s: not specific, a service attended', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Leon will attend 19/20 mornings at his alternative provision each month.'])(
    '%s: attendance counted is specific',
    (text) => {
      expect(specific(text)).toBe(true);
    },
  );
});

describe('The 7 times table, written with "x"', () => {
  it('learn the 8 x table: specific', () => {
    expect(specific('Learn the 8 x table by the end of term.')).toBe(true);
  });
  it('learn more: not specific', () => {
    expect(specific('Learn more by the end of term.')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 ("Adult provision with no child outcome is not specific"): an adult\'s subordinate clause runs to the main clause', () => {
  it('a list inside the adult\'s clause is the adult\'s: not specific', () => {
    expect(specific('When the teacher is asking the class to read, discuss, share their answers, Priya will be paired with a TA.')).toBe(false);
  });
  it('the main clause after it is the child\'s: specific', () => {
    expect(specific('When the teacher is modelling, Priya will copy the date and title from the board.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 2 ("Vague comparatives are not specific"): a thing named only through a comparative', () => {
  it.each(['Jack will write longer sentences.', 'Jack will use bigger words in his writing.', 'Kim will reach higher levels in reading.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each(['Jack will write longer sentences of at least 12 words.', 'Jack will write sentences of at least 12 words.'])('%s: with a figure, specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific (S): "the particular skill ... the child will achieve", not what it leads to', () => {
  it.each(['Ellie can get on with her peers. This enables her to join lunchtime clubs and games.', 'Ellie will make friends. This will help her to join the chess club.'])(
    '%s: a sentence of consequences names nothing the child will achieve',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
  it('the outcome itself named: specific', () => {
    expect(specific('Ellie will join the lunchtime chess club and play in the school tournament. This helps her make friends.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 (Barnet, Examples of SMART Outcomes: not "vague, generic"): taking part in everything', () => {
  it.each(['Sam will take part in all aspects of school life.', 'Sam will take part in every area of the curriculum.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  // An activity taken part in is not an outcome (Settled cases: joining a club, team or choir with nothing achieved there).
  it('Sam will take part in the school choir and sing a solo: specific', () => {
    expect(specific('Sam will take part in the school choir and sing a solo at the summer concert.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 5 and Bolton, smart targets, Step 3 ("What would I see/measure/count"): an activity named as it is measured', () => {
  it.each([
    // A duration that describes a thing.
    'Rory will maintain a three-minute back-and-forth chat with his sister.',
    // A subject done for a time.
    'Rory will do reading for 10 minutes every evening.',
    // An action done without help.
    'Rory should be toileting independently by the end of KS1.',
    'Rory will be able to toilet independently by the summer.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    'Rory will maintain a ten-minute focus in class.',
    'Rory will maintain a two-minute period of calm.',
    'Rory will work independently.',
    'Rory will be able to manage independently.',
    'Rory will be happy for 10 minutes.',
  ])('%s: a broad word, a process or an occasion is not named (Specific rule 1)', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Halton PEP Policy 2023-24, Appendix C, Post-16 ("\'working at a Grade 4 in algebra\'"): a level in a named subject', () => {
  it('Move up one reading level by Easter: specific', () => {
    expect(specific('Move up one reading level by Easter.')).toBe(true);
  });
  it('Improve her reading: not specific', () => {
    expect(specific('Improve her reading.')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1 ("A broad area or disposition is not specific"): progress, and the place of a disposition', () => {
  it.each([
    'Nadia will make expected progress in English.',
    'Noah will feel safe and secure in his foster placement.',
    'Amy will be settled in her new class.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it.each([
    'Nadia will reach the expected standard in English.',
    'Amy will be calm in the calm box.',
    'Amy will be calm in class and use her fidget toy.',
  ])('%s: a standard in a subject, or a thing named, is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4 (Bradford: not "Services ... Resources"): sessions and access given to the child', () => {
  it.each(['Amy will have weekly sessions with the school counsellor.', 'Ben will have access to a laptop in lessons.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it('Ben will use a laptop to type his English homework: specific', () => {
    expect(specific('Ben will use a laptop to type his English homework.')).toBe(true);
  });
});

describe('Milton Keynes Appendix 1, "Specific" ("What specific skills or knowledge"): a subject\'s name describing the topic', () => {
  it('To learn Spanish vocabulary for food and drink: specific', () => {
    expect(specific('To learn Spanish vocabulary for food and drink.')).toBe(true);
  });
  it.each(['To learn maths skills.', 'To know her maths targets.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 5: the behaviour counted in "the number of times"', () => {
  it.each(['Reduce the number of times he walks out of the classroom to once a week.', 'Reduce the number of times she is sent out to 1 a week.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it.each(['Reduce the number of times he behaves badly to once a week.', 'Reduce the number of times he is upset to once a week.'])('%s: a broad verb or a feeling is not', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('More of the same rules', () => {
  it.each(["Nia's teacher will give her extra time to finish tasks.", 'Her class teacher will check her planner each Friday.'])(
    '%s: an adult with a possessive is still the subject (Specific rule 4): not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
  it('Her attendance will rise to 95% by July: the child\'s own measure, specific', () => {
    expect(specific('Her attendance will rise to 95% by July.')).toBe(true);
  });
  it('an activity done for a time (Specific rule 5): specific', () => {
    expect(specific('Jess will practise calm breathing for 5 minutes each morning.')).toBe(true);
  });
  it('a process done for a time: not specific', () => {
    expect(specific('Jess will be working for 10 minutes.')).toBe(false);
  });
  it('awareness of strengths and weaknesses is a broad area (Specific rule 1): not specific', () => {
    expect(specific('Jess will be aware of her strengths and weaknesses.')).toBe(false);
  });
});

describe('Labelling guide, Specific ("the particular skill ... task ... the child will achieve") and Bolton Step 3 ("What would I see"): an action and its object in words no list knows', () => {
  it.each([
    'Ava will iron her school shirt.',
    'Ava will hoover her bedroom every Saturday.',
    'Ava will round numbers to the nearest 10.',
    'Ava will balance on one leg for 10 seconds.',
    'To climb the stairs using alternate feet.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    'Ava will broaden her horizons.',
    'Ava will grow her vocabulary.',
    'Ava will decode a range of social situations.',
    'Ava will lay the foundations of later learning.',
    'Ava will demonstrate resilience.',
    'Ava will strengthen her friendships.',
  ])('%s: a verb of change, a broad or abstract object is not (Specific rule 1)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('"to" that is not an infinitive starts no action ("in relation to")', () => {
    expect(specific('Ava will make safe choices in relation to sexual health.')).toBe(false);
  });
});

describe('Knowledge and people (Specific rules 1 and 4)', () => {
  it.each(['Jo will know how to keep himself well.', 'Jo will understand how to be a good friend.', 'Jo will learn to manage his behaviour.'])(
    '%s: knowing how to do something broad is not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
  it('Jo will know how to use a calculator to find percentages: specific', () => {
    expect(specific('Jo will know how to use a calculator to find percentages.')).toBe(true);
  });
  it('a key adult is a person, not a skill: "Jo will work with his key worker on his goals" is not specific', () => {
    expect(specific('Jo will work with his key worker on his goals.')).toBe(false);
  });
  it('Jo will check in with his key adult every morning: the check-in is named, specific', () => {
    expect(specific('Jo will check in with his key adult every morning.')).toBe(true);
  });
});

describe('A duration before a noun phrase describes its last word', () => {
  it('Rory will have a 30-minute social skills group each week: a group is an occasion of provision, not specific', () => {
    expect(specific('Rory will have a 30-minute social skills group each week.')).toBe(false);
  });
  it('the evidence names the whole thing ("assembly" is no adverb)', () => {
    expect(checkSmartTarget('Rory will stay for a 30-minute school assembly.', MEETING).specific.evidence).toContain('minute school assembly');
  });
});

describe('Labelling guide, Specific rule 4 ("use a now and next board at the start of each lesson"): an instruction after a label', () => {
  it.each(['Next step: use conjunctions to join two ideas.', 'Next step: eat a piece of fruit at snack time.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
  it('Next step: use strategies: a general object is not', () => {
    expect(specific('Next step: use strategies.')).toBe(false);
  });
});

describe('Labelling guide, Specific rule 1: a broad manner with nothing named', () => {
  it.each(['Lola will play well with others.', 'Lola will play well.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
  it('Lola will play a board game with two friends: specific', () => {
    expect(specific('Lola will play a board game with two friends.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1: an abstract object names no particular thing', () => {
  it.each(['Amara will celebrate her achievements.', 'Amara will embrace new challenges.', 'Amara will pursue her passions.', 'Amara will recognise her worth.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
  it.each(['Amara will knit a scarf in textiles club.', 'Amara will sew a button onto her shirt.', 'Sam will complete her work in every lesson.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Issue 15, item 3 ("Say when it is unsure"): an action read from the grammar alone', () => {
  it('is met with low confidence and advice to check it', () => {
    const r = checkSmartTarget('Ava will iron her school shirt.', MEETING).specific;
    expect([r.met, r.confidence]).toEqual([true, 'low']);
    expect(r.advice).toMatch(/^The skill or task was read from the sentence alone/);
  });
  it('a known word keeps high confidence', () => {
    expect(checkSmartTarget('Ava will use a ruler to underline the date.', MEETING).specific.confidence).toBe('high');
  });
});
