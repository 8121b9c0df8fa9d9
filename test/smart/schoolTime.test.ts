import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { deadlineOf, yearEndApprox as YEAR_END_APPROX } from './_deadlineLabel';
import { measurable, judge as r, specific } from './_judge';

// The labelling guide's school-time rules (docs/smart.md, "Labelling guide"), meeting Wednesday 15 January 2025.

describe('school-time deadlines', () => {
  it.each([
    ['Sam will use a laptop to produce written work by the end of Key Stage 3.', YEAR_END_APPROX],
    ['By KS2 Amy will read 40 words.', YEAR_END_APPROX],
    ['By year 6, X will be able to read Harry Potter books.', YEAR_END_APPROX],
    ['Riley will be able to write his full name without a model by the end of Reception.', YEAR_END_APPROX],
    ['By the time he leaves primary school, Reuben will travel to school on the bus with a peer.', YEAR_END_APPROX],
    ['Leo will work harder in Key Stage 3.', YEAR_END_APPROX],
    ['Freddie will spell 3/5 spelling words correctly by the end of term 2.', { kind: 'term', term: 'autumn', part: 'end' }],
    ['Maya will complete 4/5 homework tasks each week by the end of term 3.', { kind: 'term', term: 'spring', part: 'half-term' }],
    ['Zara will complete 3/4 of her reading log entries each week until the end of term 6.', { kind: 'term', term: 'summer', part: 'end' }],
    ['Oscar will score 7/10 in his weekly times tables check by the end of this month.', { kind: 'date', date: '2025-01-31' }],
    ['Harley will arrive at school before 8:45 every day next month.', { kind: 'date', date: '2025-02-28' }],
    ['Ava will complete her coursework folder by the beginning of the summer holidays.', { kind: 'term', term: 'summer', part: 'end' }],
    ['By the time she moves on to college, Nia will travel there on her own.', YEAR_END_APPROX],
    ['Before he transfers to secondary, Ellis will pack his own bag each morning.', YEAR_END_APPROX],
    ['Theo will read 20 high-frequency words by the end of the next key stage.', YEAR_END_APPROX],
    ['Ruby will learn her 6 times table within the term.', { kind: 'term', term: 'spring', part: 'end' }],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('does not date a key stage or year group that only names things', () => {
    expect(deadlineOf('Kian will read the 100 Year 1 common exception words accurately.')).toBeNull();
    expect(deadlineOf('Tom is working at KS2 level in maths.')).toBeNull();
    expect(deadlineOf('Mia moves to her new classroom with an adult.')).toBeNull();
    expect(deadlineOf('Jay will prepare for the next key stage with his mentor.')).toBeNull();
  });

  it('gives no deadline for template alternatives left unchosen', () => {
    const r = checkSmartTarget('XXXX is able to follow instructions for a minimum of 5 minutes on a daily basis throughout the Autumn/Spring/Summer term.', { meetingDate: '2025-01-15' });
    expect(r.deadline).toBeNull();
    expect(r.timeBound.met).toBe(false);
  });
});

describe('scores written with a slash are not dates', () => {
  it.each([
    'Freddie will spell 3/5 spelling words correctly in his Friday test.',
    'Maya will complete 4/5 homework tasks.',
    'Clive will point to a red block when asked (3/5 tries).',
  ])('%s', (text) => {
    const r = checkSmartTarget(text, { meetingDate: '2025-01-15' });
    expect(r.deadline).toBeNull();
    expect(r.measurable.met).toBe(true);
  });

  it('still reads a day/month used as a date', () => {
    expect(deadlineOf('Tom will read 20 words by 3/5.')).toEqual({ kind: 'date', date: '2025-05-03' });
    expect(deadlineOf('Tom will hand in his essay on 3/5.')).toEqual({ kind: 'date', date: '2025-05-03' });
  });
});

describe('observable capabilities and stop-behaviours are measurable (guide, Measurable rules 3 and 4)', () => {
  it.each([
    'Dylan will be able to blend CVC words.',
    'Lacey will learn to ride a bike without stabilisers.',
    'XXXX can produce letters and shapes clearly.',
    'Leah will not hit or kick other pupils.',
    'not hit and kick peers',
    'We want the young person to not lose their temper',
    'Theo will stop climbing on the furniture.',
  ])('measurable: %s', (text) => {
    expect(measurable(text)).toBe(true);
  });
  it.each([
    'Amir will be able to understand fractions.',
    'XXXX is able to interact confidently with children and adults.',
    'XXXX can contribute to his personal care needs as appropriate.',
    'Mia will not be happy.',
    'Sam will be able to develop his reading.',
  ])('not measurable: %s', (text) => {
    expect(measurable(text)).toBe(false);
  });
});

describe('specific (guide, Specific rules 2, 3 and 5)', () => {
  it('a stop-behaviour, a limit of zero or an observable capability with its object names a behaviour or skill', () => {
    expect(specific('Dominic will not bite other children at nursery.')).toBe(true);
    expect(specific('Alice will get no red cards by the end of term.')).toBe(true);
    expect(specific('Yusuf will be able to label the parts of a plant by the end of Summer 2.')).toBe(true);
  });
  it('a capability with no object, a vague comparative or a key stage alone is not specific', () => {
    expect(specific('to be able to count')).toBe(false);
    expect(specific('I will read more.')).toBe(false);
    expect(specific('To improve my attendance')).toBe(false);
    expect(specific('Tom will reach his potential in KS4.')).toBe(false);
    expect(specific('Leo will work harder in Key Stage 3.')).toBe(false);
  });
  it('a comparative with a baseline figure keeps its named behaviour', () => {
    expect(specific('Aaliyah will improve her attendance (currently 85%).')).toBe(true);
  });
});

describe('a skill verb done, when nothing else measures the target', () => {
  it('is measurable and specific with its object', () => {
    expect(r('Reggie will complete his homework.').measurable.met).toBe(true);
    expect(r('Imogen will stay in her seat for the whole of the register.').measurable.met).toBe(true);
    expect(r('Millie will have no fixed-term suspensions this term.').measurable.met).toBe(true);
  });
  it('is not measurable as a comparative, a revision process or provision', () => {
    expect(r('Tom will read more than he did last term.').measurable.met).toBe(false);
    expect(r('Luca will revise for his mocks.').measurable.met).toBe(false);
    expect(r('Kyle will attend Lego therapy once a week.').specific.met).toBe(false);
  });
});

describe('start points are not deadlines (guide, "Not deadlines")', () => {
  it('reads "a course for September" as a start, and "by September" as a deadline', () => {
    expect(deadlineOf('Ruby will enrol on a Level 1 bricklaying course for September.')).toBeNull();
    expect(deadlineOf('Ruby will enrol on a Level 1 bricklaying course by September.')).toEqual({ kind: 'date', date: '2025-09-30' });
  });
});
