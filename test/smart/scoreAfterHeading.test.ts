import { describe, expect, it } from 'vitest';
import { judge as check } from './_judge';

// The labelling guide, Measurable rule 2 ("Scores written with a slash are scores ... a slash is a date only when used
// as one"), for a score after a heading and a dash or colon. Meeting Wednesday 15 January 2025. Examples written here.

describe('Measurable rule 2: a heading naming what a score counts, then the figure alone, is a score, not a date', () => {
  it.each(['Spellings - 7/10', 'Spellings: 8/10', 'Quiz - 4/5', 'Words – 9/10', 'Maths questions - 8/10', 'Attendance | Days - 9/10'])('%s', (text) => {
    const r = check(text);
    expect(r.deadline).toBeNull();
    expect(r.timeBound.met).toBe(false);
    expect(r.measurable.met).toBe(true);
  });

  it.each([
    ['Return the signed consent form. Deadline: 7/3', '2025-03-07'],
    ['Return the form - 7/3', '2025-03-07'],
    ['Spellings - 12/5', '2025-05-12'],
    ['Mocks - 3/2', '2025-02-03'],
    ['Exams - 4/6', '2025-06-04'],
    ['Assessment - 17/3', '2025-03-17'],
    ['Lessons - 2/9', '2025-09-02'],
    ['Phonics check - 9/6', '2025-06-09'],
    ['By when: 4/5', '2025-05-04'],
    ['Spellings 8/10 by 7/3', '2025-03-07'],
  ])('a heading that names a point, or a date used as one, stays a date: %s', (text, date) => {
    expect(check(text).deadline).toEqual({ kind: 'date', date });
  });
});
