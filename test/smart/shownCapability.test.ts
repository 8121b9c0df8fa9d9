import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

const met = (text: string) => {
  const r = checkSmartTarget(text, MEETING);
  return { s: r.specific.met, m: r.measurable.met };
};

describe('Measurable rule 3: an unseen state of mind shown by an act ("show understanding of …")', () => {
  it.each([
    'I can show understanding of many common words and phrases in a story.',
    'Sam will demonstrate understanding of place value.',
    'Demonstrate understanding when talking with others about a book.',
    'Demonstrate his understanding by retelling the story.',
  ])('granted: the act that shows it is seen, with named content or a named act: %s', (text) => {
    expect(met(text).m).toBe(true);
  });

  it.each([
    'Sam will develop an understanding of place value.',
    'Sam will understand place value.',
    'Sam will show understanding of it.',
    'Sam will show an understanding of his feelings.',
    'Sam will show awareness of danger.',
    'Sam will be aware of danger.',
  ])('still denied: understanding not shown, shown of nothing named, or of a broad area: %s', (text) => {
    expect(met(text).m).toBe(false);
  });
});

describe('Measurable rule 3: curriculum acts seen done in the work (compare, summarise, predict, retrieve, justify)', () => {
  it.each([
    'I can compare two characters in a story.',
    'I can summarise the main events of a chapter.',
    'To understand how settings influence events in stories and to compare and contrast settings.',
    'Sam can justify his answers using evidence from the text.',
  ])('granted: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });

  it.each([
    'To understand how settings influence events in stories.',
    'Sam will compare better.',
  ])('still denied: understanding alone, or a comparative with no figure (M rule 6): %s', (text) => {
    expect(met(text).m).toBe(false);
  });
});

describe('Specific rule 1 (a general object) narrowed by its source: "ideas with evidence from the book"', () => {
  it.each([
    'I am beginning to justify my ideas with evidence from the book.',
    'Sam will pick a strategy from his toolkit when in the yellow zone, 3 times a week.',
  ])('granted: the general word is drawn from a named source: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });

  it.each([
    'Sam will use strategies.',
    'Sam will use strategies from his key worker.',
    'Sam will access support from the SENCo.',
    'Sam will use ideas from it.',
  ])('still denied: general, or drawn from an adult or from nothing named: %s', (text) => {
    expect(met(text).s).toBe(false);
  });
});

// review24a's probes of ob2 (meeting 2025-01-15): each reading reached past its own description.
describe('Measurable rule 3 / Specific rule 1: what is understood must itself name a skill or knowledge', () => {
  it.each([
    'Kai will show understanding of things.',
    'Kai will show understanding of what is expected of him.',
    'Kai will demonstrate an understanding of consequences.',
    'Kai will show understanding of the work.',
    'Kai will show understanding of his work.',
    "Kai will show understanding of other people's feelings.",
    "Sam will show understanding of others' feelings.",
    'Sam will show understanding of the consequences of his actions.',
    'Sam will show understanding of everything.',
    'Sam will show understanding of something.',
    'Sam will show understanding of stuff.',
    'Sam will show understanding of lots.',
    'Sam will show understanding of topics.',
    'Sam will show understanding of concepts.',
    'Sam will show understanding of the concepts taught.',
    'Sam will show understanding of key concepts.',
    'Kai will show understanding of all areas.',
    'Kai will show understanding of the curriculum.',
    'Kai will show understanding of his subjects.',
    'Kai will show an understanding of the importance of attendance.',
    'I can show understanding of my targets.',
    'Sam will show understanding of phonics.',
    'Demonstrate understanding of maths.',
    'Demonstrate understanding of reading.',
    'Demonstrate understanding of English.',
    'Demonstrate understanding of number.',
    'Demonstrate understanding of the world.',
    'Show understanding of boundaries.',
    'Show understanding of safety.',
    'Show understanding of right and wrong.',
    'Show understanding of others.',
    'Show understanding of other cultures.',
    'Show understanding of phonics.',
  ])('denied: a general or broad object, or a subject alone, is not measurable: %s', (text) => {
    expect(met(text).m).toBe(false);
  });

  it.each([
    'I can show understanding of how to add two-digit numbers.',
    'I am beginning to show understanding of fractions.',
    'Child is able to show understanding of simple instructions.',
    'Maya will show her understanding of the phonics sounds taught this term.',
    'Kai will show understanding of the school rules.',
    'Kai will show understanding of how his actions affect others.',
    'Kai will show understanding of the rules of football.',
    'Kai will show understanding of the text when reading.',
    'Sam will show understanding of personal space.',
    'To show understanding of the water cycle.',
    'To demonstrate understanding of key vocabulary in science.',
    'Kai will show secure understanding of number bonds to 10 by July 2025.',
  ])('still granted: named content: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });
});

describe('Measurable rule 3 (Bolton, Step 3: "What would I see"): the act after by/when/while is seen done with its own object', () => {
  it.each([
    'Kai will show understanding by behaving well.',
    'Kai will demonstrate understanding by trying his best.',
    'Sam will show understanding by making progress.',
    'Sam will show understanding by developing his confidence.',
    'Sam will demonstrate understanding by improving his behaviour.',
    'Sam will show understanding by being kind.',
    'Sam will show understanding when learning.',
    'Kai will show understanding by listening.',
    'Kai will demonstrate understanding while working.',
    'Sam will demonstrate understanding by engaging in lessons.',
    'Kai will show understanding when talking about his feelings.',
  ])('denied: a process, a disposition, an act with no object or a general one: %s', (text) => {
    expect(met(text).m).toBe(false);
  });

  it.each([
    'Demonstrate his understanding by retelling the story.',
    'Demonstrate understanding when talking with others about a book.',
    'XX demonstrates understanding of money by paying for items in a shop.',
    'Leah demonstrates understanding of the story by answering 3 questions about it.',
    'I can show my understanding of a poem by performing it to the class.',
  ])('still granted: an observable act with its own object: %s', (text) => {
    expect(met(text).m).toBe(true);
  });
});

describe('Measurable rule 3: knowledge shown is read like understanding shown (the docs\' own example)', () => {
  it.each([
    'Sam will demonstrate her knowledge of place value.',
    'Sam will show knowledge of fractions.',
    'I can show knowledge of many common words.',
    'Jay will demonstrate his knowledge of the times tables by the end of spring term.',
    'Jay will demonstrate his knowledge of the 5 times table by the end of spring term.',
  ])('granted: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });

  it.each([
    'XX demonstrates good knowledge.',
    'Show knowledge of phonics.',
    'Sam will show knowledge when working.',
  ])('still denied: knowledge of nothing named, of a subject alone, or by no act: %s', (text) => {
    expect(met(text).m).toBe(false);
  });
});

describe('Specific rule 1: only a named text, resource or programme is a source ("ideas with evidence from the book")', () => {
  it.each([
    'Sam will use strategies from January.',
    'Sam will use strategies from September.',
    'Sam will use strategies from last year.',
    'Sam will use strategies from now on.',
    'Sam will use strategies from then on.',
    'Sam will use strategies from time to time.',
    'Sam will use strategies from the start of the spring term.',
    'Sam will use strategies from the beginning of term.',
    'Sam will use strategies from week 3.',
    'Sam will use strategies from before.',
    'Sam will use strategies from today.',
    'Sam will use strategies from Monday.',
    'Sam will use strategies from his social worker.',
    'Sam will use strategies from his family support worker.',
    'Sam will use strategies from his youth worker.',
    'Sam will use strategies from his teaching assistant.',
    'Sam will use ideas from others.',
    'Sam will use ideas from other people.',
    'Sam will use ideas from his friends.',
    'Sam will use ideas from his classmates.',
    'Sam will use ideas from somebody.',
    'Sam will use ideas from anyone.',
    'Sam will use strategies from everything.',
    'Sam will use information from different sources.',
    'Sam will use information from a range of sources.',
    'Sam will use information from lots of places.',
    'Sam will use strategies from a variety of places.',
    'Sam will use strategies from different areas.',
    'Sam will use ideas with evidence from somewhere.',
    'Sam will use strategies from sessions.',
    'Sam will use strategies from his ELSA sessions.',
    'Sam will use strategies from his sessions with the ELSA.',
    'Sam will use skills from his sessions.',
    'Sam will use strategies from home.',
    'Sam will use resources from the classroom.',
  ])('denied: a time, person, place, provision or unnamed source names nothing drawn: %s', (text) => {
    expect(met(text).m).toBe(false);
  });

  it.each([
    'Sam will justify his ideas with evidence from the book.',
    'Sam will use a strategy from the zones of regulation.',
    'Sam will use strategies from his toolkit.',
    'I can retrieve information from a non-fiction text.',
    'Sam will use ideas from the text.',
  ])('still granted: a named text, resource or programme: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });
});

describe('Specific rule 1: a curriculum act on the child himself, his behaviour, feelings or thoughts is not the curriculum\'s work', () => {
  it.each([
    'Sam will justify himself.',
    'Sam will justify his actions.',
    'Sam will justify his choices.',
    'Sam will justify his behaviour.',
    'Sam will edit his behaviour.',
    'Sam will edit his attitude.',
    'Sam will predict his own behaviour.',
    'Sam will contrast his behaviour with others.',
    'Sam will sequence his thoughts.',
    'Sam will summarise his feelings.',
    'Sam will summarise his learning.',
    'Sam will compare himself to his peers.',
  ])('denied: neither specific nor measurable through the curriculum verb: %s', (text) => {
    expect(met(text)).toEqual({ s: false, m: false });
  });

  it.each([
    'Sam will justify his answers.',
    'Sam will edit his work.',
    'Liam will edit his writing.',
    'Sam will sequence the story.',
    'Sam will summarize the main events of the chapter.',
    'Sam will compare prices in a shop.',
    'Liam will compare fractions with the same denominator by the end of spring 1.',
    'Sam will predict the weather.',
  ])('still granted: the curriculum\'s work: %s', (text) => {
    expect(met(text)).toEqual({ s: true, m: true });
  });
});

/* review24e's probes of fx30 (meeting 2025-01-15). */

describe('Measurable rule 3 (Bolton, Step 3: "What would I see"): an act done with or for others is seen', () => {
  it.each(['Mia will show her understanding by teaching a friend.', 'Mia will show understanding by playing with others.', 'Mia will show understanding by helping others.', 'Mia will show understanding while playing with her friends.'])(
    '%s: specific and measurable',
    (text) => {
      expect(sm(text)).toEqual([true, true]);
    },
  );

  it('an act with no object still shows nothing ("by nodding")', () => {
    expect(sm('Mia will show understanding by nodding.')[1]).toBe(false);
  });
});

describe('Measurable rule 3 / Specific rule 1: the lesson, task, subject or question alone names no content', () => {
  it.each(['Mia will show understanding of the lesson.', 'Mia will demonstrate understanding of the lesson.', 'Mia will show understanding of the task.', 'Mia will show understanding of the tasks.', 'Mia will show understanding of the subject.', 'Mia will show understanding of the question.'])(
    '%s: not measurable',
    (text) => {
      expect(sm(text)[1]).toBe(false);
    },
  );

  it.each(['Mia will show understanding of the water cycle.', 'Mia will show understanding of GCSE English Language Paper 1 question types.'])('%s: named content, measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });
});

describe('Specific rule 1: kinds of text and named resources are sources; a place only alone', () => {
  it.each([
    'Noah will find information from non-fiction books.',
    'Noah will find information from stories.',
    'Noah will find information from his books.',
    'Noah will use information from Google Classroom.',
    'Noah will use strategies from the Zones.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['Noah will use information from home.', 'Noah will use ideas from his friends.'])('%s: no source named, not measurable', (text) => {
    expect(sm(text)[1]).toBe(false);
  });
});

describe("Specific rule 1: a curriculum act on the child's own conduct, decisions, reactions or life is not the curriculum's work", () => {
  it.each([
    'Leo will justify his decisions.',
    'Leo will predict the consequences of his own actions.',
    'Leo will edit his responses.',
    'Leo will compare his reactions.',
    'Leo will edit his conduct.',
    'Leo will summarise his week with his key adult.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });

  it.each(['Leo will summarise the plot of the story.', 'Leo will predict the consequences of the flood in the story.', 'Leo will justify his answers with evidence from the text.'])(
    '%s: still specific and measurable',
    (text) => {
      expect(sm(text)).toEqual([true, true]);
    },
  );
});

describe("Specific rule 1 (review24g): conduct words are the child's own only after his possessive; otherwise the curriculum's content", () => {
  it.each([
    'Ella will compare the reactions of the characters.',
    'Ella will justify the decisions made by Henry VIII.',
    'Ella will compare the responses to the survey.',
    'Ella will predict the reaction of the class to her speech.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each(['Ella will justify his decisions.', 'Ella will compare his reactions.', 'Leo will explain his own choices.'])('%s: still not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Specific rule 1 (review24g): a place capitalised alone is still a place; a name of two words names a resource', () => {
  it.each(['Noah will use information from Home.', 'Noah will use ideas from the Classroom.'])('%s: no source named, not measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each(['Noah will use information from Google Classroom.', 'Noah will use ideas from YouTube.', 'Noah will use ideas from the BBC Bitesize website.'])(
    '%s: still specific and measurable',
    (text) => {
      expect(sm(text)).toEqual([true, true]);
    },
  );
});
