import { describe, expect, it } from 'vitest';
import { guideDeadline } from './_deadlineLabel';

// Rows of the labelling guide (docs/smart.md, "Labelling guide", Time-bound (T), school-time rules), meeting Wednesday
// 15 January 2025: "by Whitsun, by Whit Sunday, by Pentecost" (Whit Sunday, seven weeks after Easter Sunday, 8 June 2025;
// after a title the word is a person's name), the leaving-point row "by the time he leaves primary / school / college"
// (`academic-year-end~`), and the baseline-and-target row (a point before the target's mark that no "by", "before" or
// "until" introduces dates the baseline) with the row "an event the target is due by, dated by a month". The targets are
// written here for the rules, not copied from a corpus.

describe('school-time table, "by Whitsun, by Whit Sunday, by Pentecost": "Whit" alone after by/before/until, closing its clause, is Whit Sunday', () => {
  it.each([
    'Kai will count to 20 by Whit.',
    'Ella to learn her spellings before Whit.',
    'By Whit, Jo will swim 10 metres unaided.',
    'read 5 books by whit',
    'Use the calm box every day until Whit.',
    'Tia - 3 sentences with full stops - by Whit',
    'Kai will read fluently by Whit.',
    'Kai will count to 20 by Whit 2025.',
  ])('%s → date:2025-06-08', (text) => {
    expect(guideDeadline(text)).toBe('date:2025-06-08');
  });

  it.each([
    // A child or adult named Whit: beside whom, by whom, or a name that goes on.
    ['Sam will sit by Whit.', 'none'],
    ['Sam will sit by Whit at carpet time.', 'none'],
    ['Reading to be supported by Whit.', 'none'],
    ['Sam will wait until Whit arrives.', 'none'],
    ['Sam will work by Whit Jones in class.', 'none'],
    // After a participle, irregular or with its particle, "by" names who does it (the row: not after a participle).
    ['Phonics will be taught by Whit.', 'none'],
    ['Phonics was taught by Whit.', 'none'],
    ['He will be driven by Whit.', 'none'],
    ['He will be picked up by Whit.', 'none'],
    // A verb of place with an adverb between it and "by": beside whom (the row: not after a verb of place).
    ['Sam will stand quietly by Whit.', 'none'],
    ['Sam will wait calmly by Whit.', 'none'],
    // A place, not the feast.
    ['Sam will visit Whitby by Easter.', 'date:2025-04-20'],
    ['Sam will read 3 books by Whitby.', 'none'],
  ])('%s → %s (no feast)', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });
});

describe('school-time table, leaving point: "by the end of his first year" of the child\'s own course is the end of an academic year, inferred', () => {
  it.each([
    'Pass 4 units by the end of his first year.',
    'Before the end of her second year at college, Mia will pass Level 2 maths.',
    'Keep my training log up to date until the end of my 1st year.',
    'Pass her theory test by the end of her first year of sixth form.',
    'Pass 4 units by the end of the first year of his apprenticeship.',
    'Pass 4 modules by the end of the first year of her course.',
    'Pass his theory test by the end of his 1st year of sixth form.',
  ])('%s → academic-year-end~', (text) => {
    expect(guideDeadline(text)).toBe('academic-year-end~');
  });

  it('a date with its year after it restates when that year ends: the date', () => {
    expect(guideDeadline('Jo will pass Level 1 maths by the end of his first year at college (June 2025).')).toBe('date:2025-06-30');
  });

  it.each([
    'In his first year he struggled with maths.',
    'Read 10 books by the end of the first year.',
    'He had 3 suspensions at the end of his first year.',
    'His first year at college went well.',
    // A first year of something that is not the child's own course: none (the row limits it to a course, apprenticeship or sixth form).
    'Read 5 books by the end of his first year in care.',
    'Make 2 friends by the end of her first year in placement.',
    'Join 1 club by the end of his first year with his foster family.',
    'Keep a diary by the end of her first year as his foster carer.',
    'Gain 2 kg by the end of the first year of life.',
  ])('%s → none (a span, a year group\'s year, or the past)', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });
});

describe('baseline-and-target row: an event "by", "before" or "until" governs, dated by its month, is the target\'s point even before a target\'s mark', () => {
  it.each([
    ['Revise 5 topics before her mocks in March. Success criteria: 5 mind maps.', 'date:2025-03-31'],
    ['Learn 20 spellings by the spelling bee in May. Target: 18/20', 'date:2025-05-31'],
    ['Practise 3 pieces before the concert on 12th March. Success criteria: plays all 3.', 'date:2025-03-12'],
    ['Make 10 flashcards / By when: before his Year 11 mocks in March / Success criteria: 6 sets', 'date:2025-03-31'],
    // The event's place after "to" is part of the event, not a new act.
    ['Read 10 books before the trip to France in June. Target: 10 books.', 'date:2025-06-30'],
  ])('%s → %s', (text, label) => {
    expect(guideDeadline(text)).toBe(label);
  });

  it.each([
    // "Until" or "before" leads a sentence in the past: the baseline's span, and the move only a fact (background).
    'Until the move in October, attendance was 60%. Target: 95%',
    'Up until the move in October he attended 60%. Target 95%',
    'Before the exclusion in November he read 4 books a week. Target: 6 books a week.',
    'Before the trip in June she had 2 friends. Target: 4 friends.',
    'Attendance was 60% until the move in October. Target: 95%',
  ])('%s → none (a past sentence: the cue dates the baseline, not the target)', (text) => {
    expect(guideDeadline(text)).toBe('none');
  });

  it('a past event in a month stays background, and the target\'s own point is read', () => {
    expect(guideDeadline('Mocks in March went badly. Target: grade 4 by the summer.')).toBe('term:summer:end');
  });
});
