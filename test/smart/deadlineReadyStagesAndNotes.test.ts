import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { guideDeadline } from './_deadlineLabel';
import { MEETING } from './_judge';

/*
 * Deadline readings checked against the labelling guide (docs/smart.md, "Labelling guide": Deadline labels and the
 * school-time table under Time-bound (T)), each with wordings written here that no data set uses. A meeting on
 * 15 January 2025, as the guide labels.
 */
const label = guideDeadline;

describe('Labelling guide, Time-bound (T): "ready for high school, ready for secondary school, ready for sixth form" is academic-year-end~', () => {
  it.each(['Be ready for secondary.', 'Noah to be ready for college.', 'Get ready for big school.', 'Mia will be ready for high school and'])(
    'the phase named bare after "ready for", ending its clause: %s',
    (text) => {
      expect(label(text)).toBe('academic-year-end~');
    },
  );
  it.each([
    'Be ready for college every morning by 8am.',
    'Get ready for college on time each day.',
    'Leah to be ready for sixth.',
    'Zoe to visit the big school with her carer.',
    'Mum wants a big school bag.',
    'He is ready for secondary maths.',
  ])('no point when the phase goes on, is daily or is no move: %s', (text) => {
    expect(label(text)).toBe('none');
  });
});

describe('Labelling guide, Deadline labels: a phase is academic-year-end~; the EYFS is a phase ending with Reception, like a key stage', () => {
  it.each(['For Ava to reach her potential in the EYFS.', 'Reach his full potential in the Early Years Foundation Stage.'])('%s', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });
  it.each(['Ava will join in the EYFS garden group.', 'Ava will use the toilet in the EYFS unit.', 'Ava will do well in EYFS maths.'])(
    'the EYFS naming a room, group or course is no point: %s',
    (text) => {
      expect(label(text)).toBe('none');
    },
  );
  it('gives way to any other point, as "in reception" does', () => {
    expect(label('Ava will count to 10 in the EYFS by Easter.')).toBe('date:2025-04-20');
  });
});

describe('Labelling guide, school-time table: "on the HT4 report … a kind of report or check" dates the half\'s end', () => {
  it('a teacher assessment is such a check', () => {
    expect(label('Tyrese to reach the expected standard on the Spring 2 teacher assessment.')).toBe('term:spring:end');
  });
  it('a half with nothing after it stays its half', () => {
    expect(label('Tyrese to reach the expected standard in Spring 2.')).toBe('term:spring:second-half');
  });
});

describe('Labelling guide, school-time table: "attend the 6-week \'Moving On\' course" runs from the meeting', () => {
  it('a traineeship of so many weeks is such a course', () => {
    expect(label('Liam to attend the 6-week traineeship and get his certificate.')).toBe('relative:42');
  });
  it.each(['Liam completed the 6-week traineeship last term.', 'Liam will start a 6-week traineeship starting 3rd March.'])(
    'not one finished or with its own start: %s',
    (text) => {
      expect(label(text)).toBe('none');
    },
  );
});

describe('Labelling guide, Deadline labels: the final point; a point in brackets restating another', () => {
  it('"(by 18 July)" after the term says by when in the term', () => {
    expect(label('Mo will do a placement in the summer term (by 18 July).')).toBe('date:2025-07-18');
  });
  it.each([
    ['Mo will do a placement in the summer term (currently 2 days).', 'term:summer:end'],
    ['Mo will do a placement by the end of the spring term (review 17/3).', 'term:spring:end'],
  ])('a bracket with no "by" keeps the term: %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
  it('a summer day in brackets after a year group\'s end dates it', () => {
    expect(label('Jordan to get a grade 3 by the end of Year 10 (summer exams w/c 9th June).')).toBe('date:2025-06-09');
  });
  it.each([
    'Jordan to get a grade 3 by the end of Year 10 (currently grade 2, tested 3 March).',
    'Jordan to score 8/10 by the end of Year 10 (7/10 in June).',
  ])('a bracket of a past check or a score keeps the year\'s end: %s', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });
});

describe('Labelling guide, Deadline labels: "a month alone is its last day" and "the end of the month" names the month just written', () => {
  it('after a day of February in the same sentence', () => {
    expect(label('Attend the taster day on 5 February and send the form by the end of the month.')).toBe('date:2025-02-28');
  });
  it.each([
    ['Send the form by the end of the month.', 'date:2025-01-31'],
    ['Attend the taster day on 5 February. Send the form by the end of the month.', 'date:2025-02-05'],
  ])('alone, or in another sentence, it stays the meeting\'s month: %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('Time-bound (T): a review note after the target\'s own point leaves the point the deadline', () => {
  it('"Review at next PEP." after "by Feb half term"', () => {
    expect(label('Ava will be in class full days by Feb half term. Review at next PEP.')).toBe('term:spring:half-term');
  });
  it.each([
    'Ava will read 10 books by half term and bring her log to the next PEP.',
    'Ava will read 10 books. Review at next PEP.',
    'Ava will share her reading log at the next PEP.',
  ])('a next PEP the child\'s act is named for, or the only point, stays: %s', (text) => {
    expect(label(text)).toBe('next-review');
  });
});

describe('Labelling guide, "Not deadlines": background dates; a note of what the family is doing', () => {
  it('"family travelling over Easter" is no point of the target', () => {
    const r = checkSmartTarget('Improve attendance – family travelling over Easter.', MEETING);
    expect(r.deadline).toBeNull();
    expect(r.timeBound.met).toBe(false);
  });
  it.each([
    ['Sam will go travelling with his family over Easter and keep a diary.', 'date:2025-04-20'],
    ['Carer reading with him every night until Easter.', 'date:2025-04-20'],
  ])('the child\'s own act, or a habit kept up until a point, stays: %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('Labelling guide, school-time table: "within 6 weeks of the meeting" is anchored; so is "of this agreement"', () => {
  it('the plan made at the meeting', () => {
    expect(label('Back full time within 6 weeks of this agreement.')).toBe('relative:42');
  });
  it('another start is no anchor', () => {
    expect(label('Back full time within 6 weeks of this placement.')).toBe('none');
  });
});
