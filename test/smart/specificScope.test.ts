import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, specific } from './_judge';

/*
 * Specific (the labelling guide in docs/smart.md, "Specific (S)"): what a broad predicate or a disposition is about does
 * not make it particular. Examples written here (other subjects, tenses and word orders than the corpus), both ways.
 */

describe('Labelling guide, Specific rules 1 and 3 ("reach his potential in KS4" names no skill): the setting of a broad predicate', () => {
  it.each([
    // A place, an exam, a qualification or a subject after a disposition or a broad manner is where it is shown.
    'Ayo will achieve his potential in his GCSE maths.',
    'To do well in her end of year exams.',
    'Sara did well in her Year 6 SATs and will do well again.',
    'I want to be happy at my new college.',
    'Kian must be confident in his science tests.',
    'Kai should try his best in his spelling tests.',
    'Be calm and focused during assessments.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // An action after the disposition is what is achieved, not a setting.
    'Jess will be confident in using a protractor to measure angles.',
    // Content after a broad word is not a setting.
    'Mo will use his skills in algebra to solve two-step equations.',
    // Equipment is not a setting (docs/smart.md: "safe" and "calm" anchor in "calm box").
    'Lucy will stay calm in the calm box when the bell rings.',
    // A particular skill named beside the setting.
    'Kai will spell 8 of his 10 weekly words correctly in his spelling tests.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 ("be more confident", "be happier"): what a disposition is about', () => {
  it.each([
    'Tyler will show a real interest in dinosaurs and fossils.',
    'Nia will have a better attitude towards practising her spellings.',
    'Harry will enjoy building models with Lego bricks.',
    'Develop a love of poetry and rhyme.',
    'Her approach to group work with her peers is to be more positive.',
    'We would like Ravi to show enthusiasm for swimming lessons and football training.',
  ])('%s: not specific (an attitude, an interest or a liking)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The next predicate names what the child will do.
    'Tyler will show an interest in dinosaurs and will name 5 of them by Easter.',
    'Nia will enjoy reading, and will read 3 chapters of her book each night.',
    // "like" as a preposition, or after "would" (a wish): what is named before it still counts.
    'Callum will write a letter to someone he would like to thank.',
    'Amy will use joining words like because and so in her sentences.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Barnet, 5. Setting SMART Outcomes, Step Two, and the labelling guide, Specific rule 4 ("A child using a named strategy is specific"): what the child uses', () => {
  it.each([
    'Cara will be able to handle her anger using the Incredible five point scale.',
    'Sophie is beginning to justify her opinions with evidence from the poem.',
    'Dev should locate the answers from the glossary.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each([
    // A person, help, a setting, a general or broad word, or a compared phrase is not a thing used.
    'Tom will manage his feelings using strategies from his mentor.',
    'Cara will handle her anger with adult prompts.',
    'Cara will handle her anger using increasing independence.',
    'Cara will handle her anger using support from home.',
    // "with" joins people and parts, not things used.
    'Sian will interact with employers.',
    'Jude will have a transition book with photos.',
  ])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('The child\'s predicate after the progressive of a verb that takes "to" ("is beginning to", "are trying to")', () => {
  it.each([
    'Sophie is beginning to justify her opinions with evidence from the poem.',
    'Ali is starting to floss his teeth before bed.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Ali is beginning to develop his independence.', 'Ali is trying to manage his behaviour.'])('%s: a broad action is not', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4 (provision the child receives is not a child outcome): provision nouns written with a hyphen', () => {
  it.each(['Bella to attend the Young Minds drop-in when needed.', 'Sam will access the Tuesday drop-in.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('a verb written apart is no provision noun: "drop in to the library to borrow a book" is specific', () => {
    expect(specific('Sam will drop in to the library to borrow a book.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 and Measurable rule 6 (process verbs alone): a process aimed at a goal', () => {
  it.each(['Work towards GCSEs.', 'Kofi is working towards exams.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each(['Kofi will work towards a grade 5 in maths.', 'Kofi is working towards his Bronze Arts Award.'])('%s: a grade in a named subject or a named award is', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4, and Bradford Council, "SMART Outcomes - Annual Reviews" ("Goals and outcomes are not: Services ... Resources"): an instruction to give or arrange something for the child', () => {
  it.each([
    'Provide Tom with a laptop by half term.',
    'Ensure that XX has a key adult to check in with.',
    'Give her extra time in tests.',
    'Targets: Ensure Jay has a movement break every lesson.',
  ])('%s: not specific (provision, no child outcome)', (text) => {
    expect(specific(text)).toBe(false);
  });

  it.each([
    // The child carries out the imperative.
    'Give a presentation to the class about volcanoes.',
    'Provide evidence of three sources in his essay.',
    // A later sentence with the child's outcome is not provision.
    'Provide Tom with a laptop. Tom will type his English homework on it each week.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 1 ("settle", "engage more"): the circumstance of a broad verb of fitting in, and an object with no thing in it', () => {
  it.each(['Jay will be able to cope with changes to routine.', 'Mia will adapt to new situations.', 'To close the gap in maths.', 'Zac will get back on track.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it.each(['Mia will cope with the change from Year 6 to Year 7 by using her visual timetable.', 'Mia will settle to a task for 10 minutes.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('Labelling guide, Specific rule 5 ("an action done without help"): the child\'s predicate done alone, also when words come between', () => {
  it.each([
    'Archie will change for PE without help.',
    'Archie will be able to button his coat without adult help.',
    'Nell can wash up her plate and cup without any prompting.',
    'To tidy away the Lego independently.',
  ])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  it.each(['Archie will work without support.', 'Archie will manage independently.', 'Archie will improve his behaviour without reminders.', 'To feel calm without adult help.'])(
    '%s: a process, a broad verb or a disposition done alone is not',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );
});

describe('Milton Keynes DT Handbook 2024/25, Appendix 1, "Specific" ("What specific skills or knowledge need to be acquired"): the content practised', () => {
  it('"practise her scales on the violin" names what is practised (read from the sentence, low confidence)', () => {
    const r = checkSmartTarget('Priya will practise her scales on the violin for 15 minutes a day.', MEETING).specific;
    expect([r.met, r.confidence]).toEqual([true, 'low']);
  });

  it.each(['Priya will practise her strategies.', 'Priya will practise more.', 'Priya will practise her skills.'])('%s: a general word or a comparative is not', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('docs/smart.md, Specific ("a grade or standard in a named subject"): age-related expectations are a standard', () => {
  it('"achieve age-related expectations" with no subject names no skill', () => {
    expect(specific('To achieve age-related expectations.')).toBe(false);
  });

  it('"working at age-related expectations in maths" names a standard in a subject', () => {
    expect(specific('Ali will be working at age-related expectations in maths.')).toBe(true);
  });
});

describe('Labelling guide, Specific rule 4 ("attend Lego therapy once a week" is provision): going to or joining provision is attending it', () => {
  it.each(['Jay will go to the nurture group every lunchtime.', 'Jay will join the social skills group on Tuesdays.', 'Ruby goes to the Young Carers drop-in after school.'])(
    '%s: not specific',
    (text) => {
      expect(specific(text)).toBe(false);
    },
  );

  it.each(['Jay will go to school every day.', 'Ruby goes to college 4 days a week.', 'Jay will go to the library to borrow a book.'])('%s: attendance or a task is specific', (text) => {
    expect(specific(text)).toBe(true);
  });
});

describe('docs/smart.md, Specific ("content named by a number ... the 7 times table"): a range of numbers as content', () => {
  it.each(['Numbers to 100 - say them in order', 'Numerals between 10 and 20 in order.', 'Digits up to 9 – read them aloud.'])('%s: specific', (text) => {
    expect(specific(text)).toBe(true);
  });

  // The range alone, with no clause of the child's and nothing to reach, is a topic (settled labels y11-111, y11-250:
  // test/smart/fragmentNoOutcome.test.ts).
  it('Numbers to 100: a range alone is a topic, not specific', () => {
    expect(specific('Numbers to 100')).toBe(false);
  });

  it.each(['Improve his numbers.', 'Get his numbers up.'])('%s: no range, not specific', (text) => {
    expect(specific(text)).toBe(false);
  });
});

describe('Labelling guide, Specific rule 4: a group session the child takes part in is provision', () => {
  it.each(['Mohammed will participate in a daily group session.', 'Mohammed will attend group sessions twice a week.'])('%s: not specific', (text) => {
    expect(specific(text)).toBe(false);
  });

  it('"attend 90% of sessions" is attendance, specific', () => {
    expect(specific('Mohammed will attend 90% of sessions.')).toBe(true);
  });
});
