import { describe, expect, it } from 'vitest';
import { guideDeadline } from './_deadlineLabel';

// A point standing alone in a cell, a bracket or a line of its own, and which of several points is the deadline
// (docs/smart.md, "Labelling guide", Deadline labels: a term named alone is its end, a month alone its last day, "When a
// target gives several points, the final one is the deadline"; Time-bound (T), "Not deadlines": background dates, start
// points, a date of an event). Meeting Wednesday 15 January 2025. The targets are written here, not copied from a data set.

describe('Deadline labels, a month or term alone: in brackets closing the text, it is the point (a cell of when)', () => {
  it.each([
    ['Mia will go to the college open evening with her carer (March)', 'date:2025-03-31'],
    ['Tom to visit two sixth forms with his SW (June).', 'date:2025-06-30'],
    ['Open day - go with foster carer (Feb)', 'date:2025-02-28'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), "Not deadlines": a month in closing brackets after what happened or a date of its own stays none', () => {
  it.each([
    'Sam joined Year 7 at Oakfield (Sept)',
    'Sam moved to his new placement (Nov)',
    'Previous target: read 20 words (Dec)',
    'Court date (Mar)',
    'Review date (June)',
    'Date set (Sept)',
    'Sam got a 3 in the mocks (Nov)',
    'Sam attended 9 of 10 sessions (Dec)',
    'Reading age 6y 2m (Sept)',
    'Maths: fractions (Dec).',
  ])('%s → none', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
});

describe('Deadline labels, a term named alone is its end: the answer to a "By when?" question, on its line or after it', () => {
  it.each([
    ['Target: Ava to bake a cake on her own. By when? Easter.', 'date:2025-04-20'],
    ['What does success look like? Noah reads his book to his carer. When? April.', 'date:2025-04-30'],
    ['Who will help? TA. By when? Spring.', 'term:spring:end'],
    ['What will success look like?\nPip sounds out 3-letter words.\nBy when?\nSummer.', 'term:summer:end'],
    ['Target: write a CV.\nBy when:\nSummer.', 'term:summer:end'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each(['Target: read 20 words.\nWho will help?\nJune.', 'What went well? Sam read. When? Last week.'])('%s → none (no question of when, or no point)', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
});

describe('School-time table, "this month" / "by the end of the month": "by end of month" with no article is the same point', () => {
  it.each([
    ['Ruby to open a bank account - PA to support by end of month', 'date:2025-01-31'],
    ['Kai will hand in his college form by end of month.', 'date:2025-01-31'],
    ['Finish the coursework plan before end of month', 'date:2025-01-31'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each(['Sam will finish his CV by end of month 2 of the course.', 'Sam will read at the end of each month.'])('%s → none (a month of a plan, or a habit)', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
});

describe('Deadline labels, several points: a point and a bracket restating it name one time, the day written says it', () => {
  it.each([
    ['Liam will pass Unit 2 by the Easter hand-in deadline (11 April).', 'date:2025-04-11'],
    ['Sara will reach 95% attendance by 28 March 2025 (end of spring 2).', 'date:2025-03-28'],
    ["Deon's attendance will rise to 95% by 11 April 2025 (end of the spring term).", 'date:2025-04-11'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Sam will read 20 words by the end of the spring term (review 17/3).', 'term:spring:end'],
    ['Sam will read 20 words by the end of the spring term (31 January).', 'term:spring:end'],
  ])('%s → %s (a review in the bracket, or a day far from the term end: not a restatement)', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Deadline labels, several points: the next review named once and dated elsewhere is that date', () => {
  it.each([
    ['Finn will name 3 worries before his review and tell his IRO by the review on 20/03/25.', 'date:2025-03-20'],
    ['Maya will write her views before her LAC review and read them out at the review on 4 March.', 'date:2025-03-04'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe("Time-bound (T): the target's own point first; a later sentence sending the evidence to the next PEP is no point", () => {
  it.each([
    ['Ben will read 10 minutes a night by 14 March 2025. His reading record will go to the next PEP.', 'date:2025-03-14'],
    ["Amy will use her fidget toy in 4 of 5 lessons by 28 February. Her TA's notes will be shared at the next PEP.", 'date:2025-02-28'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Sam will write 3 sentences by 14 February. Next step at the next PEP: 5 sentences.', 'next-review'],
    ['Sam will bring his folder to the next PEP and finish by 14 Feb.', 'next-review'],
  ])('%s → %s (a later step, or the review in the same sentence: read as before)', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), "Not deadlines", start points: a season a job or placement is for gives way to the target\'s own point', () => {
  it.each([
    ['Dan will look for work for the summer and send his CV to 4 employers by 31 March.', 'date:2025-03-31'],
    ['Orla will find a placement for the summer and apply to 3 farms by the end of April.', 'date:2025-04-30'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
  it.each([
    ['Sam will attend 95% for the spring term and pass his test by 14 February.', 'term:spring:end'],
    ['Sam will find a job for the summer.', 'term:summer:end'],
  ])('%s → %s ("for the spring term" is a span; a season alone still dates the target)', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), "Not deadlines": background dates. A month closing the text in brackets is a point only when its part holds the child\'s act to come', () => {
  it.each([
    'Attendance 85% (Dec)',
    'Spelling 12/20 (Dec)',
    'Ella is anxious about school (Dec)',
    'Ella lives with her nan (Dec)',
    'Ella will keep a diary. Attendance 85% (Dec)',
  ])('%s → none (a figure stated as now, or a state: the baseline row)', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
  it.each([
    ['Ella will read 5 books (June)', 'date:2025-06-30'],
    ['Ella will cook a meal unaided (June)', 'date:2025-06-30'],
  ])('%s → %s (a "will" clause: a word like a past form after it is part of the act)', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Time-bound (T), "Not deadlines": the answer to "When?" is no point when hedged, past or asked of what happened', () => {
  it.each(['When? Summer?', 'When? Summer (TBC).', 'When? Summer 2024.', 'When? Last June.', 'Since when? June.', 'Ava cooked pasta. When? June.'])('%s → none', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
});

describe('School-time table, "this month": "end of month" naming a thing, a habit or a month of a plan is no point', () => {
  it.each([
    ['Sam will hand in his end-of-month report by Friday', 'date:2025-01-17'],
    ['Sam will keep an end of month diary', 'none'],
    ['Sam will meet his end of month target of 95%', 'none'],
    ['Sam will tidy his room at end of month, every month', 'none'],
    ['Sam will pay his phone bill by end of month each time', 'none'],
    ['Sam will finish his CV by end of month three of his placement', 'none'],
    ['Sam will finish his CV by end of month two of his placement', 'none'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('Deadline labels, several points: a review dated in another sentence, a past review or the verb "review" dates no next review', () => {
  it.each([
    'Ella will read 3 books by the next PEP; last review on 12/12/24.',
    'Ella will read 3 books by her annual review. CLA review on 12/02/25.',
    'Ella will read 3 books by her next PEP and the social worker will review on 12/02/25 whether she has.',
  ])('%s → next-review', (text) => {
    expect(guideDeadline(text)).toBe('next-review');
  });
});

describe('Deadline labels, "When a target gives several points, the final one is the deadline": a later measured target at the next PEP', () => {
  it('a second figure to reach by the next PEP → next-review', () => {
    expect(guideDeadline('Ella will read 5 books by 14 February. She will read 10 books at the next PEP.')).toBe('next-review');
  });
});

describe('Deadline labels, several points: "for the summer" as the span a measured habit is kept over ends at its end', () => {
  it('a span with a figure, and a later "by" point → the span\'s end, the final point', () => {
    expect(guideDeadline('Ella will keep her attendance above 95% for the summer and return her college form by 14/03')).toBe('term:summer:end');
  });
});
