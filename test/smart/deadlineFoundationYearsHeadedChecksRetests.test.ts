import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { sm as figures, MEETING } from './_judge';

/*
 * Rows of the labelling guide's school-time table (docs/smart.md, "Time-bound (T)"), meeting 15 January 2025:
 * - "by the end of EYFS, by the end of the Foundation Stage" (`academic-year-end~`), extended to the Foundation Stage's
 *   years written short, FS1/F1 (Nursery) and FS2/F2 (Reception), read as "by the end of Reception" is;
 * - "Year 6 SATs, … Year 11 mocks (a year group heading the text before any of its assessments …)", with one word naming
 *   the assessment between ("Y4 multiplication check");
 * - "a named assessment with a month" (the month's last day), a month that is also a name closing the clause after it
 *   ("Multiplication check June.");
 * - "reading age 7y 6m when retested in March … a re-check … is to come": the figure before a term or month naming a
 *   re-check ("at the summer term retest") is what the re-check is to show, not a figure stated as now.
 * Examples written here, not corpus texts.
 */
const label = (text: string): string => {
  const d = checkSmartTarget(text, MEETING).deadline as { kind: string; date?: string; term?: string; part?: string; days?: number; approximate?: boolean } | null;
  if (d === null) return 'none';
  const tilde = d.approximate === true ? '~' : '';
  if (d.kind === 'date') return `date:${d.date}${tilde}`;
  if (d.kind === 'term') return `term:${d.term}:${d.part}${tilde}`;
  if (d.kind === 'relative') return `relative:${d.days}${tilde}`;
  return `${d.kind}${tilde}`;
};

describe('School-time table, "by the end of EYFS, by the end of the Foundation Stage": FS1, FS2, F1, F2 are its years', () => {
  it.each([
    'By the end of FS2, Ruby will write her first name without a model.',
    'Mia will count 10 objects accurately by the end of FS1.',
    'Jay will put on his own coat by the end of F2.',
    'By the end of F1 Oscar will join in with 5 action songs.',
    'Before FS2, Ava will use the toilet on her own with one reminder.',
    'Ellis will recognise the numerals 0-10 by the end of FS2 (checked by his teacher).',
    'Zara to say the sounds of all Phase 2 graphemes by the end of FS2.',
    'Kai will hold a pencil with a tripod grip by the end of F1 year.',
    'Harley will take turns in a small group game by the end of FS1, observed by her key person.',
    'By the end of F2, Theo will blend 3-sound words and read 8 of 10 correctly.',
  ])('%s → academic-year-end~', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });

  it.each([
    ['In FS2, Noah will blend CVC words by the end of the spring term.', 'term:spring:end'],
    ['Leo will press F2 to rename the file.', 'none'],
    ['Sam will finish level FS2 of the game.', 'none'],
    ['Amy will use the F1 key to get help on the laptop.', 'none'],
    ['Ben will read FS2 books at home every night.', 'none'],
  ])('%s → %s (a name or a class the point gives way to)', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, a year group heading the text before its assessments: one word may name the assessment', () => {
  it.each([
    'Y4 multiplication check',
    'Year 10 science mocks',
    'Y1 phonics screening.',
    'Year 6 reading SATs - aim for expected.',
    'Yr 11 maths exams',
    'Year 6 arithmetic test: working towards.',
    'Y2 phonics resit',
    'Year 11 English mocks - grade 5.',
    'Y8 spelling test',
    'Year 13 chemistry exams.',
  ])('%s → academic-year-end~', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });

  it.each([
    ['Year 11 science mocks - grade 5 by the end of the spring term.', 'term:spring:end'],
    ['Year 9 students check their planners each morning.', 'none'],
    ['Year 8 - Niamh to learn her times tables.', 'none'],
    ['Y5 spelling check every Friday with her TA', 'none'],
    ['Year 7 maths', 'none'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, "a named assessment with a month": a month that is also a name, closing the clause after it', () => {
  it.each([
    ['Multiplication check June.', 'date:2025-06-30'],
    ['Spelling test March', 'date:2025-03-31'],
    ['Phonics screening check May.', 'date:2025-05-31'],
    ['Times tables check June - aim 20/25.', 'date:2025-06-30'],
    ['Resit exam August; aim grade 4.', 'date:2025-08-31'],
    ['Maths mock March, target grade 5', 'date:2025-03-31'],
    ['Reading test April.', 'date:2025-04-30'],
    ['Science assessment June (end of unit).', 'date:2025-06-30'],
    ['Arithmetic quiz March: 15/20.', 'date:2025-03-31'],
    ['Multiplication check in June.', 'date:2025-06-30'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });

  it.each([
    'The maths test may be hard for him.',
    'He will do the spelling test June set him.',
    'Practise for the test with April.',
    'The reading test April gave him was too hard.',
    'Spelling test, May will help him learn the words.',
  ])('%s → none (a name or a word going on)', (text) => {
    expect(label(text)).toBe('none');
  });
});

describe('School-time table, "when retested in March … a re-check is to come": a term or month naming a re-check', () => {
  it.each([
    ['Spelling age 6y 1m (Dec). Aim: spelling age 7y at the summer term retest, with Nessy 3 x a week.', 'term:summer:end'],
    ['Reading age 8y 0m at the summer retest.', 'term:summer:end'],
    ['Boxall score of 40 at the spring term reassessment.', 'term:spring:end'],
    ['Reading age 9y 6m at the June re-test.', 'date:2025-06-30'],
    ['WellComm score 12 at the February rescreen.', 'date:2025-02-28'],
    ['Spelling age of 8 years at the summer re-screening, with Nessy 3 times a week.', 'term:summer:end'],
    ['NGRT standard score 95 at the summer term re-test.', 'term:summer:end'],
    ['Salford reading age 7y 6m at the July retest.', 'date:2025-07-31'],
    ['A scaled score of 100 in the summer term resit.', 'term:summer:end'],
    ['Reading age 10y at the spring reassessment, Lexia 3 x weekly.', 'term:spring:end'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });

  it.each([
    // A re-check over at the meeting dates the figure taken then; a point with no re-check stays the baseline's.
    ['Spelling age 6y 2m in the autumn term retest.', 'none'],
    ['Reading age 7y 2m in the summer term, spelling age 6y.', 'none'],
    ['Reading age 7y 2m in the November retest; target 8y in June.', 'date:2025-06-30'],
    ['Reading age 6y 9m in the autumn term reassessment.', 'none'],
    ['Boxall score 22 in the December rescreen.', 'none'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, "when retested in March": a re-check with a year before its next occurrence is over (review32a)', () => {
  it.each([
    'Reading age 6y 2m at the summer 2024 retest.',
    'Reading age 6y 2m in the summer 2024 retest.',
    'Reading age 7y at the summer term retest in 2024.',
    'Boxall score 30 at the autumn 2024 reassessment.',
  ])('%s → none, the figure a baseline (neither specific nor measurable alone)', (text) => {
    expect(label(text)).toBe('none');
    expect(figures(text)).toEqual([false, false]);
  });

  it.each([
    ['Reading age 7y at the summer 2025 retest.', 'term:summer:end'],
    ['Reading age 7y at the summer term retest in 2025.', 'term:summer:end'],
    ['Boxall score 40 at the autumn 2025 reassessment.', 'term:autumn:end'],
    ['Reading age 7y at the spring 2025 retest.', 'term:spring:end'],
  ])('%s → %s (a year of the re-check still to come)', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, a year group heading its assessments: a frequency or a verb between is no heading (review32a)', () => {
  it.each([
    'Year 5 termly assessments',
    'Year 8 monthly quizzes',
    'Year 5 fortnightly tests',
    'Year 11 missed mocks.',
    'Year 10 failed mocks: to resit.',
    'Year 11 sat mocks.',
    'Year 6 passed SATs',
    'Year 9 took mocks',
    'Year 10 retake mocks',
    'Year 7 completed assessments',
  ])('%s → none', (text) => {
    expect(label(text)).toBe('none');
  });

  it.each(['Year 6 practice SATs', 'Year 6 mini SATs', 'Y10 trial exams', 'Year 4 multiplication check', 'Year 10 science mocks: grade 5.'])(
    '%s → academic-year-end~ (a word naming the assessment)',
    (text) => {
      expect(label(text)).toBe('academic-year-end~');
    },
  );

  it.each(['Year 11 sat mocks.', 'Year 6 passed SATs'])('%s → not specific (no heading read as a point to reach)', (text) => {
    expect(checkSmartTarget(text, MEETING).specific.met).toBe(false);
  });
});

describe('School-time table, "a named assessment with a month": a month-name with a role in brackets is a person (review32a)', () => {
  it.each([
    'Reading assessment April (SENCo) to complete.',
    'Boxall assessment June (TA) to complete with carer.',
    'Spelling test June (TA) to mark each week.',
    'Reading test May (teacher) to complete.',
    'Maths test June (key worker) to run.',
  ])('%s → none', (text) => {
    expect(label(text)).toBe('none');
  });

  it.each([
    ['Science assessment June (end of unit).', 'date:2025-06-30'],
    ['Multiplication check June.', 'date:2025-06-30'],
    ['Spelling test March (Miss Patel).', 'date:2025-03-31'],
    ['Phonics screening check June (Y1).', 'date:2025-06-30'],
  ])('%s → %s (a bracket naming no role closes the clause)', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, "by the end of EYFS": F1/F2 in a paper series or before "paper" are exam papers (review32a)', () => {
  it.each(['Aim 40 marks in F2 and F3 papers.', 'Aim 40 marks in F2 papers.', 'Aim 40 marks in the F2 paper.', 'Score 30 in F1, F2 and F3.'])(
    '%s → none',
    (text) => {
      expect(label(text)).toBe('none');
    },
  );

  it.each([
    'By the end of F2 Jay will read 20 words.',
    'Mia will count 10 objects accurately by the end of FS1 and FS2.',
    'By the end of FS2 Ruby will write her name.',
  ])('%s → academic-year-end~ (the Foundation Stage years)', (text) => {
    expect(label(text)).toBe('academic-year-end~');
  });
});

describe('School-time table, "when retested in March": a month naming a re-check, "retest", "re-screen", "recheck" (review32a)', () => {
  it.each([
    ['Reading age 9y 6m at the June retest.', 'date:2025-06-30'],
    ['WellComm score 12 at the June retest.', 'date:2025-06-30'],
    ['Spelling age 8y at the June re-screen.', 'date:2025-06-30'],
    ['Reading age 9y at the March retest.', 'date:2025-03-31'],
    ['Reading age 7y at the spring re-check.', 'term:spring:end'],
    ['Reading age 7y at the summer recheck.', 'term:summer:end'],
    ['Reading age 8y at the May recheck.', 'date:2025-05-31'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });

  it.each([
    // Over at the meeting: the figure is the baseline's.
    ['Reading age 7y 3m at the December retest.', 'none'],
    ['Reading age 7y 3m at the November re-check.', 'none'],
    ['Reading age 6y 2m at the June 2024 retest.', 'none'],
    ['Reading age 7y 3m at the December retest; target 8y by July.', 'date:2025-07-31'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, "In Y9, Nathan will …": a Foundation Stage year after "in" dates alone and gives way (review32a 5)', () => {
  // The guide has no row for "in Nursery" (nursery is also a setting: "at nursery" is a place, settled case "Dominic will
  // not bite other children at nursery."); F1 is only a year, read as "In Year 6, Ava will read 20 books" is.
  it.each([
    ['Eva will attend 95% of sessions in F1', 'academic-year-end~'],
    ['Eva will attend 95% of sessions in F1 this term.', 'term:spring:end'],
    ['Eva will attend 95% of sessions in Reception', 'academic-year-end~'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });
});

describe('School-time table, "a named assessment with a month": a comma before a month closing the clause (review32a 8)', () => {
  it.each([
    ['Multiplication check, June.', 'date:2025-06-30'],
    ['Year 4 multiplication check, June.', 'date:2025-06-30'],
    ['Spelling test, March.', 'date:2025-03-31'],
  ])('%s → %s', (text, want) => {
    expect(label(text)).toBe(want);
  });

  it.each(['Spelling test, May will help him learn the words.', 'Reading test, April (SENCo) to complete.', 'Spelling test, June (TA) to mark.'])(
    '%s → none (a name going on after the comma)',
    (text) => {
      expect(label(text)).toBe('none');
    },
  );
});
