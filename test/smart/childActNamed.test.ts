import { describe, expect, it } from 'vitest';
import { _tokenise } from '../../src/smart/_text';
import { judge as report } from './_judge';

/*
 * Labelling guide, Specific: S is met when the target names "the particular skill, knowledge, behaviour, task or qualification
 * the child will achieve". Three ways of writing that thing were missed: a child named by a double-barrelled first name (read
 * as two words, so the readings that need the child as the subject did not find it), an award named with its level under a
 * heading ("DofE - Bronze award"), and knowledge named with a count before it ("learn 10 ... greetings"). Feelings, areas,
 * processes and wishes with no measure stay not specific. Examples written here.
 */
const judged = (text: string): string => {
  const r = report(text);
  return `${r.specific.met ? 'S' : '-'}${r.measurable.met ? 'M' : '-'}${r.timeBound.met ? 'T' : '-'}`;
};

describe('Labelling guide, Specific: the child named as subject, a double-barrelled first name read as one name', () => {
  it('keeps "Ellie-Mae", "Jean-Luc", "Zoë-Mae" and "Ellie-May" as one word', () => {
    expect(_tokenise('Ellie-Mae will read').map((t) => t.raw)).toEqual(['Ellie-Mae', 'will', 'read']);
    expect(_tokenise('Jean-Luc to count').map((t) => t.raw)).toEqual(['Jean-Luc', 'to', 'count']);
    expect(_tokenise('Zoë-Mae to swim').map((t) => t.raw)).toEqual(['Zoë-Mae', 'to', 'swim']);
    // A month after the hyphen that is also a first name.
    expect(_tokenise('Ellie-May to swim').map((t) => t.raw)).toEqual(['Ellie-May', 'to', 'swim']);
  });

  it.each([
    ['By Mid-March', ['By', 'Mid', 'March']],
    ['Sept-Dec average', ['Sept', 'Dec', 'average']],
    ['Mon-Wed', ['Mon', 'Wed']],
    ['Non-Negotiable', ['Non', 'Negotiable']],
    ['Target-Setting', ['Target', 'Setting']],
    ['Maths-Phase 3', ['Maths', 'Phase', '3']],
    ['Self-Esteem', ['Self', 'Esteem']],
    ['self-esteem', ['self', 'esteem']],
    ['on-task', ['on', 'task']],
    ['Maths - Phase 3', ['Maths', '-', 'Phase', '3']],
    ['5-10 words', ['5-10', 'words']],
    ['14-03-25', ['14-03-25']],
    ['Year 7-8', ['Year', '7-8']],
    ['1-1 sessions', ['1-1', 'sessions']],
  ])('%s: a compound, a date span, a heading or a range is split as before', (text, raws) => {
    expect(_tokenise(text).map((t) => t.raw)).toEqual(raws);
  });

  it.each([
    ['Ellie-Mae will learn her phonics sounds.', 'Ellie will learn her phonics sounds.'],
    ['Lily-Rose to keep her room tidy.', 'Lily to keep her room tidy.'],
    ['Jean-Luc will apply for apprenticeships.', 'Jean will apply for apprenticeships.'],
    ['Kerry-Ann to catch up in maths.', 'Kerry to catch up in maths.'],
    ['Ruby-Mae will join in a story session of 4 children for 10 minutes, 3 times a week by Easter.', 'Ruby will join in a story session of 4 children for 10 minutes, 3 times a week by Easter.'],
    ['Mary-Jane will use full stops in 4 out of 5 pieces of writing by Easter.', 'Mary will use full stops in 4 out of 5 pieces of writing by Easter.'],
  ])('%s is judged as the same target with a one-word name', (hyphenated, plain) => {
    expect(judged(hyphenated)).toBe(judged(plain));
  });

  it.each(['Ellie-Mae to catch up.', 'Lily-Rose will feel happier at school.', 'Jean-Luc needs to be more confident.', 'Riley-James will improve his reading.'])(
    '%s: broad or a feeling, not specific (as with a one-word name)',
    (text) => {
      expect(report(text).specific.met).toBe(false);
    },
  );
});

describe('Labelling guide, Specific: "the particular ... qualification the child will achieve": an award with its level', () => {
  it.each(['DofE - Bronze award', 'DofE – Silver award', 'DofE - Gold.', 'Duke of Edinburgh: Bronze'])('%s: the award and its level named, specific', (text) => {
    expect(report(text).specific.met).toBe(true);
  });

  it.each([
    // No level: which award is not named.
    'Duke of Edinburgh - interested.',
    'DofE.',
    // Not decided, or provision.
    'Silver DofE - to think about.',
    'Sam might do DofE Bronze next year?',
    'DofE - to start.',
    'Carer to look into DofE Bronze for Sam.',
    // A feeling about it.
    'Jo will enjoy DofE Bronze.',
    // A level of no award.
    'Gold star chart.',
  ])('%s: not specific', (text) => {
    expect(report(text).specific.met).toBe(false);
  });
});

describe('Labelling guide, Specific: knowledge of a named topic, with a count of the things known before it', () => {
  it.each(['Leo will learn 10 Spanish colours by Easter.', 'Mia to know 5 facts about the Tudors.', 'Kai will learn 12 key words for his science topic.'])('%s: specific', (text) => {
    expect(report(text).specific.met).toBe(true);
  });

  it.each([
    // A count of broad things, or of how often, names no topic.
    'Leo will learn about 3 feelings.',
    'Leo will know 5 times.',
  ])('%s: not specific', (text) => {
    expect(report(text).specific.met).toBe(false);
  });
});

describe('Labelling guide, Specific: a double-barrelled first name is two name-like parts, neither a word the analyser knows', () => {
  it.each([
    // A festival or school-time word a deadline reads, a number word, a particle, provision, an abstract noun.
    ['by Whitsun-Time', ['by', 'Whitsun', 'Time']],
    ['Half-Term', ['Half', 'Term']],
    ['Thirty-Two', ['Thirty', 'Two']],
    ['Drumming-Therapy', ['Drumming', 'Therapy']],
    ['Lego-Club', ['Lego', 'Club']],
    ['Follow-Up', ['Follow', 'Up']],
    ['Check-In', ['Check', 'In']],
    ['Sixth-Form', ['Sixth', 'Form']],
    ['Anger-Management', ['Anger', 'Management']],
  ])('"%s" is two words', (text, words) => {
    expect(_tokenise(text).map((t) => t.raw)).toEqual(words);
  });

  it.each(['Lily-Rose', 'Tyler-Jay', 'Millie-Grace', 'Evie-Mae', 'Ruby-Jo'])('near miss: "%s" stays one name', (name) => {
    expect(_tokenise(`${name} will swim`).map((t) => t.raw)).toEqual([name, 'will', 'swim']);
  });

  it('a festival joined to "Time" is still the deadline (Easter 2025, the end of the autumn term)', () => {
    const easter = report('Jo will swim 50 metres by Easter-Time.');
    expect(easter.deadline).toEqual({ kind: 'date', date: '2025-04-20' });
    const christmas = report('By Christmas-Time Jo will tie his laces.');
    expect(christmas.deadline).toEqual({ kind: 'term', term: 'autumn', part: 'end' });
  });

  it('Specific rule 4: "attend Drama-Therapy once a week" is provision, as "attend Lego therapy once a week" is', () => {
    expect(judged('Jo will attend Drama-Therapy once a week.')).toBe(judged('Jo will attend Drama therapy once a week.'));
    expect(report('Jo will attend Drama-Therapy once a week.').specific.met).toBe(false);
  });

  it('Measurable rule 1: a number word in two parts is still how long ("Thirty-Five minutes of reading every night")', () => {
    expect(judged('Thirty-Five minutes of reading every night.')).toBe(judged('Thirty five minutes of reading every night.'));
    expect(report('Thirty-Five minutes of reading every night.').measurable.met).toBe(true);
  });

  it('a key worker\'s daily Check-In reads as "check in daily" does', () => {
    expect(judged('Key Worker - Check-In daily.')).toBe(judged('Key Worker - check in daily.'));
  });
});

describe('Labelling guide, Specific: an award with its level is a qualification only when the award is named', () => {
  it.each(['Silver award on the house points chart.', 'Bronze award in Friday assembly.'])('%s: a school reward, not specific', (text) => {
    expect(report(text).specific.met).toBe(false);
  });

  it.each(['DofE - Silver award.', 'Mia will complete her Silver Arts Award.', 'Arts Award - Bronze'])('near miss: %s names the award, specific', (text) => {
    expect(report(text).specific.met).toBe(true);
  });
});
