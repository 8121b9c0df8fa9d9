import { describe, expect, it } from 'vitest';
import { spring2025AndSummer } from './_calendars';
import { createSchoolCalendar } from '../../src/deadlines/index';
import { checkSmartTarget } from '../../src/smart/index';
import { date, relative, term, yearEndApprox } from './_deadlineLabel';
import { MEETING } from './_judge';

// School-time rules of the labelling guide (docs/smart.md, "Labelling guide": "Deadline labels", "Time-bound (T)",
// "Settled cases"), meeting Wednesday 15 January 2025 (spring term, first half) unless a test says otherwise. The
// targets are written here for the rule, not copied from a corpus.
const deadlineOf = (text: string, context: Parameters<typeof checkSmartTarget>[1] = MEETING): unknown => checkSmartTarget(text, context).deadline;

describe('Labelling guide, Deadline labels: a month is its last day, also before "and" (a month that is a first name only as a name)', () => {
  it.each([
    ['Priya will send 2 college applications by the end of March and visit one open evening.', '2025-03-31'],
    ['Priya will learn her 7 times table by April and use it in her division work.', '2025-04-30'],
    ['Priya will read 3 chapter books before May and talk about them with her carer.', '2025-05-31'],
    ['Priya will swim 25 metres by the end of June and join the club.', '2025-06-30'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('"by" naming who helped, and a month word used as a name, are still no deadline', () => {
    expect(deadlineOf('Priya was supported by June and her key worker to read 10 books.')).toBeNull();
    expect(deadlineOf('Priya will share a reading book with April and Sam.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "once a day" is a frequency, not a "once …" condition', () => {
  it.each([
    ['Reggie will use his calm box at least once a day this half term.', term('spring', 'half-term')],
    ['Reggie will put his hand up once per lesson this term.', term('spring', 'end')],
    ['Reggie will read aloud at least once in every English lesson by Easter.', date('2025-04-20')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"once" starting a clause is still a condition ("when we return to school Sept 2020")', () => {
    expect(deadlineOf('Reggie will rejoin the maths set once he has settled back in September.')).toBeNull();
  });
});

describe('Labelling guide, Deadline labels: "by Christmas" is the end of the autumn term, and a December day names it exactly', () => {
  it.each([
    ['Lola will play two carols on the recorder at the Christmas fair on 6th December.', date('2025-12-06')],
    ['Lola will say her 3 lines in the Christmas play on Thursday 11th December.', date('2025-12-11')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('Christmas alone keeps the end of the autumn term; a later date than December still wins', () => {
    expect(deadlineOf('Lola will play two carols on the recorder by Christmas.')).toEqual(term('autumn', 'end'));
    expect(deadlineOf('Lola will play two carols by Christmas and a whole song by 20th January 2026.')).toEqual(date('2026-01-20'));
  });
});

describe('Labelling guide, Time-bound (T): start points ("starting …", "commencing …") are not deadlines', () => {
  it.each([
    'Femi will finish the 6-week social skills group, starting 10th March.',
    'Femi will text his mentor when he is running late, every time, starting this week.',
    'Femi will go to the homework club on Tuesdays, commencing in February.',
    'Femi will do 20 minutes of reading each night, beginning next Monday.',
  ])('%s → no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('"week commencing" and "by the beginning of" keep their dates', () => {
    expect(deadlineOf('Femi will hand in his history project in the week commencing 10th March.')).toEqual(date('2025-03-10'));
    expect(deadlineOf('Femi will hand in his history project by the beginning of March.')).toEqual(date('2025-03-01'));
  });
});

describe('Labelling guide, Time-bound (T): when the child arrived or joined is a background date', () => {
  it.each([
    ['Amir (arrived in the UK in October) will read 40 English words by Easter.', date('2025-04-20')],
    ['Amir joined the school in November and will write 3 sentences in English by the end of March.', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('an arrival date alone gives no deadline', () => {
    expect(deadlineOf('Amir (Year 9, came to the school in September) will read 40 English words.')).toBeNull();
  });
});

describe('Labelling guide, Settled cases: a term named alone is its end ("this summer", "next spring", "…, autumn 1")', () => {
  it.each([
    ['Grace will take her Grade 2 flute exam this summer.', term('summer', 'end')],
    ['Grace will sit her Functional Skills maths test next summer.', term('summer', 'end')],
    ['Grace will learn to use a number line to 20 – checked in the class assessment, spring 1', term('spring', 'half-term')],
    ['Grace will learn to use a number line to 20 – checked in the class assessment, summer 2', term('summer', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in Spring 1" is still the half itself, and "last summer" is a past date', () => {
    expect(deadlineOf('Grace will learn to use a number line to 20 in Spring 1.')).toEqual(term('spring', 'first-half'));
    expect(deadlineOf('Grace will take her Grade 2 flute exam, as she missed it last summer.')).toBeNull();
  });

  it('"next summer" at a meeting in the summer term is the summer after (the calendar dates it)', () => {
    const cal = createSchoolCalendar({
      terms: [
        { term: 'summer', start: '2025-04-22', end: '2025-07-22', halfTerms: [{ start: '2025-05-26', end: '2025-05-30' }] },
        { term: 'summer', start: '2026-04-13', end: '2026-07-21', halfTerms: [{ start: '2026-05-25', end: '2026-05-29' }] },
      ],
    });
    if (!cal.ok) throw new Error('calendar');
    const context = { meetingDate: '2025-05-07', calendar: cal.calendar };
    expect(deadlineOf('Grace will sit her Functional Skills maths test next summer.', context)).toEqual({ kind: 'term', term: 'summer', part: 'end', date: '2026-07-21' });
    expect(deadlineOf('Grace will take her Grade 2 flute exam this summer.', context)).toEqual({ kind: 'term', term: 'summer', part: 'end', date: '2025-07-22' });
  });
});

describe('Labelling guide, Deadline labels: "by the end of the summer" (the season) is 31 August', () => {
  it.each([
    ['Jay will pass his moped CBT by the end of the summer.', date('2025-08-31')],
    ['Jay will pass his moped CBT by the end of summer 2026.', date('2026-08-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('the summer term and the summer holidays keep the end of the summer term', () => {
    expect(deadlineOf('Jay will pass his moped CBT by the end of the summer term.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Jay will pass his moped CBT by the summer holidays.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Jay will pass his moped CBT by the summer.')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): a day/month before a counted noun is a score ("8/10 spellings"), not a date', () => {
  it.each([
    'Mia will have her reading record signed each week: target 9/10 signatures over the half term.',
    'Mia will be on time to registration; target 5/5 mornings.',
    'Mia will answer on 4/5 quizzes without help.',
  ])('%s → no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a date before another word keeps its reading', () => {
    expect(deadlineOf('Mia will return her signed form by 3/2 unless she is absent.')).toEqual(date('2025-02-03'));
    expect(deadlineOf('Mia will read her book to a TA on 4/3 as agreed.')).toEqual(date('2025-03-04'));
  });
});

describe('Labelling guide, Deadline labels: "by the time we next meet" is the next review', () => {
  it.each([
    'I hope Kian will be sleeping better and going to bed by 9pm by the time we next meet.',
    'Kian will be able to name 3 feelings on his chart when we next meet.',
    'Kian will have joined a Saturday club by the next time we meet.',
  ])('%s → next-review', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'next-review' });
  });

  it('a sports "meet" is not a meeting', () => {
    expect(deadlineOf('Kian will swim 50 metres at the next gala meet.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): going back to school after a holiday is dated by the holiday', () => {
  it.each([
    ['Esme to be back in lessons full time after the spring bank holiday.', date('2025-05-26')],
    ['Esme will return to her mainstream class after Easter.', date('2025-04-20')],
    ['Esme will come back to school full days after half term.', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('other things "after" a holiday are start points', () => {
    expect(deadlineOf('Esme will have a maths tutor, to start after Easter.')).toBeNull();
    expect(deadlineOf('Esme will read 10 minutes a night after half term.')).toBeNull();
  });
});

// School-time rows that both labellers of a batch chose the same way where the guide was silent, now rules
// (docs/smart.md, "Labelling guide", "Time-bound (T)", school-time rules).
describe('Labelling guide, Time-bound (T): "in 3 months" is relative:90 (a month is 30 days from the meeting)', () => {
  it.each([
    'Theo will use the bar model to solve 2-step problems, 4 out of 5 correct, in 3 months.',
    'Theo will use the bar model to solve 2-step problems, 4 out of 5 correct, within 3 months.',
    'Theo will use the bar model to solve 2-step problems, 4 out of 5 correct, within three months.',
  ])('%s → relative:90', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days: 90 });
  });

  it('"for 3 months" with no anchor is a duration, not a deadline', () => {
    expect(deadlineOf('Theo will use the bar model in his maths lessons for 3 months.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a review or PEP named with a month is dated by the month', () => {
  it.each([
    ['Theo will read 20 books from the class library before the next PEP in May.', '2025-05-31'],
    ['Theo will read 20 books from the class library by the May review.', '2025-05-31'],
    ['Theo will read 20 books from the class library, checked at the review in March.', '2025-03-31'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('the month or date dates the review even when it is earlier than a review would be (not only when later)', () => {
    expect(deadlineOf('Theo will read 20 books from the class library by the next LAC review in March.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Theo will read 20 books from the class library by the next PEP on 3rd April.')).toEqual(date('2025-04-03'));
    expect(deadlineOf('Theo will read 20 books from the class library by the next PEP in the summer term.')).toEqual(term('summer', 'end'));
  });

  it('the next PEP with no month stays next-review', () => {
    expect(deadlineOf('Theo will read 20 books from the class library before the next PEP.')).toEqual({ kind: 'next-review' });
    expect(deadlineOf('Theo will read 20 books from the class library before the next PEP in school.')).toEqual({ kind: 'next-review' });
  });
});

describe('Labelling guide, Time-bound (T): "before the Easter holidays" is the end of the spring term', () => {
  it.each([
    'Theo will learn his 6, 7 and 8 times tables before the Easter holidays.',
    'Theo will learn his 6, 7 and 8 times tables by the Easter break.',
    'Theo will learn his 6, 7 and 8 times tables by the end of the Easter term.',
    'Theo will be back in school full time after the Easter holidays.',
  ])('%s → term:spring:end', (text) => {
    expect(deadlineOf(text)).toEqual(term('spring', 'end'));
  });

  it('Easter alone is still Easter Sunday, and the holidays of a named year end that year\'s spring term', () => {
    expect(deadlineOf('Theo will learn his 6, 7 and 8 times tables by Easter.')).toEqual(date('2025-04-20'));
    const cal = createSchoolCalendar({
      terms: [
        { term: 'spring', start: '2025-01-06', end: '2025-04-04', halfTerms: [{ start: '2025-02-17', end: '2025-02-21' }] },
        { term: 'spring', start: '2026-01-05', end: '2026-03-27', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] },
      ],
    });
    if (!cal.ok) throw new Error('calendar');
    const context = { ...MEETING, calendar: cal.calendar };
    expect(deadlineOf('Theo will learn his 6, 7 and 8 times tables before the Easter holidays.', context)).toEqual({ kind: 'term', term: 'spring', part: 'end', date: '2025-04-04' });
    expect(deadlineOf('Theo will learn his 12 times table before the Easter holidays 2026.', context)).toEqual({ kind: 'term', term: 'spring', part: 'end', date: '2026-03-27' });
  });
});

describe('Labelling guide, Time-bound (T): "for the next 6 weeks" is anchored at the meeting', () => {
  it.each([
    ['Theo will stay in his seat in science lessons, with no removals, for the next 6 weeks.', 42],
    ['Theo will get 3 green ratings a day on his report card over the next 4 weeks.', 28],
  ])('%s → relative:%i', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it('"for 6 weeks" with no "next" is an unanchored duration', () => {
    expect(deadlineOf('Theo will stay in his seat in science lessons for 6 weeks.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "until X" is X', () => {
  it.each([
    ['Theo will tell his mentor one thing that went well each Friday until Easter.', date('2025-04-20')],
    ['Theo will hand in his homework on time every week until the end of term.', term('spring', 'end')],
    ['Theo will attend the ESOL class 3 mornings a week until the end of the summer term.', term('summer', 'end')],
    ['Theo will log on to 4 of his 5 online lessons each week until the next PEP.', { kind: 'next-review' }],
    ['Theo will arrive on time, no more than 2 lates per half term, until July.', date('2025-07-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): a term named as a review or meeting is that term\'s end', () => {
  it.each([
    ['Noor will write a paragraph with 3 linked sentences by the summer review.', term('summer', 'end')],
    ['Noor will write a paragraph with 3 linked sentences, checked at the spring PEP.', term('spring', 'end')],
    ['Noor will write a paragraph with 3 linked sentences before the autumn term PEP.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): "this year", "for the rest of the year" are the academic year\'s end', () => {
  it.each([
    'Noor will read 20 books from the Year 5 list this year.',
    'Noor will read 20 books from the Year 5 list by the end of this year.',
    'Noor will read for 20 minutes every night for the rest of the year.',
    'Noor will stay in her mainstream class for the remainder of the school year.',
  ])('%s → academic-year-end', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'academic-year-end' });
  });

  it('the calendar year and a year number stay dates; "for the rest of the week" is no year', () => {
    expect(deadlineOf('Noor will read 20 books by the end of the calendar year.')).toEqual(date('2025-12-31'));
    expect(deadlineOf('Noor will read 20 books by 2026.')).toEqual(date('2026-12-31'));
    expect(deadlineOf('Noor will read every night for the rest of the week.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "this summer" is the summer term (a term named alone); "the end of the summer" is 31 August', () => {
  it.each([
    ['Noor will take her Grade 1 piano exam this summer.', term('summer', 'end')],
    ['Noor will sit her Entry Level maths test in summer 2025.', term('summer', 'end')],
    ['Noor will swim 25 metres by the end of the summer.', date('2025-08-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): "in the week of 3 March" is the day written, as "by Friday" is that day', () => {
  it.each([
    ['Noor will hand in her science project in the week of 3 March.', date('2025-03-03')],
    ['Noor will hand in her science project w/c 3rd March.', date('2025-03-03')],
    ['Noor will hand in her science project in the week beginning 3 March.', date('2025-03-03')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Deadline labels: the final point, "after results day in August"', () => {
  it.each([
    ['Kai will enrol at college after results day in August.', date('2025-08-31')],
    ['Kai will collect his GCSE results in August and enrol at college in September.', date('2025-09-30')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('start points stay none: "from September", "a course for September"', () => {
    expect(deadlineOf('Kai will go to a bricklaying course at college from September.')).toBeNull();
    expect(deadlineOf('Kai will have a place on a bricklaying course for September.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): back full time after half term is achieved at the half-term', () => {
  it.each([
    ['Kai will be back in school full time after half term.', term('spring', 'half-term')],
    ['Kai will return to his mainstream class full time after the February half term.', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): "for the rest of the half term" is the end of that period', () => {
  it.each([
    ['Jamal will stay out of isolation for the rest of the half term.', term('spring', 'half-term')],
    ['Jamal will attend every lesson for the rest of Spring 1.', term('spring', 'half-term')],
    ['Jamal will attend every lesson for the rest of this term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in Spring 1" is still the half itself', () => {
    expect(deadlineOf('Jamal will attend every lesson in Spring 1.')).toEqual(term('spring', 'first-half'));
  });
});

describe('Labelling guide, Time-bound (T), Not deadlines: a term in brackets after a baseline ("from 78% (autumn term)") is background', () => {
  it('the final point is the deadline the text sets, not the baseline\'s term', () => {
    expect(deadlineOf('Rosie will improve her attendance from 78% (autumn term) to above 90% by the end of Summer 1.')).toEqual(term('summer', 'half-term'));
    expect(deadlineOf('Rosie will improve her attendance from 78% (autumn term) to above 90% by Easter.')).toEqual(date('2025-04-20'));
  });

  it('a bracket that is not after a baseline still dates the target', () => {
    expect(deadlineOf('Rosie will read 3 chapter books (by the end of the spring term).')).toEqual(term('spring', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): "by the start of next term" is the end of the term before', () => {
  it.each([
    ['Ivy will know her number bonds to 20 by the start of next term.', term('spring', 'end')],
    ['Ivy will know her number bonds to 20 by the start of the summer term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"from the start of next term" is a start point', () => {
    expect(deadlineOf('Ivy will go to the homework club from the start of next term.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "by the February holidays" is that half-term', () => {
  it.each([
    ['Ivy will know her number bonds to 20 by the February holidays.', term('spring', 'half-term')],
    ['Ivy will know her number bonds to 20 before the October break.', term('autumn', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a month alone is still its last day', () => {
    expect(deadlineOf('Ivy will know her number bonds to 20 by February.')).toEqual(date('2025-02-28'));
  });
});

describe('Labelling guide, Time-bound (T): "by the time of the summer review" is read as "by"', () => {
  it.each([
    ['Ivy will know her number bonds to 20 by the time of the summer review.', term('summer', 'end')],
    ['Ivy will know her number bonds to 20 by the time of the Easter holidays.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): "by the late May bank holiday" is the spring bank holiday', () => {
  it.each([
    ['Nina will go to 2 job interviews before the late May bank holiday.', date('2025-05-26')],
    ['Nina will go to 2 job interviews by the early May bank holiday.', date('2025-05-05')],
    ['Nina will go to 2 job interviews by the late May bank holiday 2026.', date('2026-05-25')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a month alone is still its last day', () => {
    expect(deadlineOf('Nina will go to 2 job interviews by the end of May.')).toEqual(date('2025-05-31'));
  });
});

describe('Labelling guide, Time-bound (T): by the end of Key Stage 1/2/3/4 … (a phase: "by the end of EYFS", "the Foundation Stage")', () => {
  it.each([
    ['Rhea will count 10 objects one by one by the end of EYFS.'],
    ['Rhea will write her first name by the end of the Foundation Stage.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('"foundation" naming a course is no phase', () => {
    expect(deadlineOf('Rhea will pass her foundation maths unit by the end of foundation maths.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the end of the (academic, school) year (also "the college year")', () => {
  it.each([
    ['Kai will pass his Entry Level 3 English by the end of the college year.'],
    ['Kai will pass his Entry Level 3 English by end of college year'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'academic-year-end' });
  });
});

describe('Labelling guide, Time-bound (T): a range of days in a month ("23-27 June") is its last day', () => {
  it.each([
    ['Kai will complete his work experience week (9-13 June) and get a good report.', date('2025-06-13')],
    ['Kai will sit all his mock papers 3-7 March 2025.', date('2025-03-07')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a range with no month after it is no date ("numbers 0-10")', () => {
    expect(deadlineOf('Kai will order the numbers 0-10 by Easter.')).toEqual(date('2025-04-20'));
    expect(deadlineOf('Kai will order the numbers 0-10 correctly.')).toBeNull();
  });
});

describe('Labelling guide, Deadline labels: an event the target is due by, dated by a month ("before her birthday in June")', () => {
  it.each([
    ['Zara wants to pass her theory test before her 17th birthday in June.', date('2025-06-30')],
    ['Zara will learn to ride her bike by her birthday in July.', date('2025-07-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a birthday that is only a fact about the child stays background', () => {
    expect(deadlineOf('Zara, whose birthday is in August, will read 5 books by Easter.')).toEqual(date('2025-04-20'));
    expect(deadlineOf('Zara had her birthday in October and will write 3 thank-you cards.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a review or PEP named with a month (also "when reassessed in May")', () => {
  it.each([
    ['Omar will read 60 words a minute when he is reassessed in March.', date('2025-03-31')],
    ['Omar\'s SDQ score will fall from 18 to 14 when rescored in May.', date('2025-05-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"when we return to school Sept 2020" stays a condition', () => {
    expect(deadlineOf('Omar will rejoin his maths set when we return to school in September.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "in reception" (also the front desk) gives way; "Reception term 2" is that term', () => {
  it.each([
    ['Ivy will be handed over at the classroom door rather than in reception by the end of Spring 1.', term('spring', 'half-term')],
    ['Ivy will write her name by the end of Reception term 2.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"by the end of Reception" alone is still the end of an academic year, approximate', () => {
    expect(deadlineOf('Ivy will write her name by the end of Reception.')).toEqual(yearEndApprox);
    expect(deadlineOf('Ivy will write her name in Reception.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): a baseline and a target each with a point ("82 in September, target 90 in June")', () => {
  it.each([
    ['Leon to improve his reading age. Standardised score 84 in September, target 92 in June.', date('2025-06-30')],
    ['Leon to reduce his removals from class. Baseline: 9 in autumn term. Target: 3 or fewer in summer term.', term('summer', 'end')],
    ['Leon to reduce his removals from class. Baseline: 9 in the autumn term.  Target: 3 or fewer in the spring term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a point introduced by "by" before the target mark still counts, and the final one is the deadline', () => {
    expect(deadlineOf('Leon will apply to 3 colleges by March. Target: 2 interviews.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Leon will apply to 3 colleges by the end of June. Target: 2 interviews in April.')).toEqual(date('2025-06-30'));
  });
});

describe('Labelling guide, Time-bound (T): by the end of next academic year (an academic year after the meeting\'s)', () => {
  it.each([
    ['Noah will pass his Level 2 English by the end of next academic year.'],
    ['Noah will pass his Level 2 English by the end of next year.'],
    ['Noah will pass his Level 2 English by the end of the next school year.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('comes after the end of this academic year when both are named (the final point)', () => {
    expect(deadlineOf('Noah will pass Level 2 by the end of next academic year and Level 1 by the end of the summer term.')).toEqual(yearEndApprox);
    expect(deadlineOf('Noah will pass Level 1 by the end of the academic year.')).toEqual({ kind: 'academic-year-end' });
  });

  it('"next year" with no end or span named is no point', () => {
    expect(deadlineOf('Noah will go to college next year.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by his GCSEs, by the time he sits his GCSEs (the exams of Year 11 / Year 13)', () => {
  it.each([
    ['Noah will revise for 30 minutes 4 evenings a week by his GCSEs.'],
    ['Noah will write a timed essay in 45 minutes by the time he sits his GCSEs.'],
    ['Noah will finish his coursework portfolio before his A levels.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a month written after the exams dates them (the exam row: a named assessment with a month)', () => {
    expect(deadlineOf('Noah will revise 3 evenings a week until his GCSE exams in May.')).toEqual(date('2025-05-31'));
  });

  it('GCSEs named as what is achieved are no point', () => {
    expect(deadlineOf('Noah will get a grade 5 in his GCSEs.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): within two terms, over the next two terms (the second term after the meeting\'s)', () => {
  it.each([
    ['Ezra will read 30 words a minute within two terms.', term('autumn', 'end')],
    ['Ezra will read 30 words a minute over the next two terms.', term('autumn', 'end')],
    ['Ezra will read 30 words a minute in the next 2 terms.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('from a meeting in the autumn term, two terms are the spring and summer terms', () => {
    expect(deadlineOf('Ezra will read 30 words a minute within two terms.', { meetingDate: '2025-10-01' })).toEqual(term('summer', 'end'));
  });

  it('two terms with no anchor are a duration, as "for 6 weeks" is', () => {
    expect(deadlineOf('Ezra will have reading tuition for 2 terms.')).toBeNull();
    expect(deadlineOf('Ezra will read with an adult every day for two terms.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a term with its year ("in the summer 2027 exam series")', () => {
  it('the term of the year written is the final point, later than a date before it', () => {
    expect(deadlineOf('Noah will sit GCSE Polish in the summer 2026 exam series (entry to be made by 21 February 2026).')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): after a "by" point, a start point or a purpose is not the target\'s point', () => {
  it.each([
    ['Mira will pass her Entry 3 maths by June 2025 and move on to the Level 1 course in September.', date('2025-06-30')],
    ['Mira will visit 2 colleges by the end of April to help her choose what to study in September.', date('2025-04-30')],
    ['Mira will finish her CV by the end of February so that she can apply for jobs in April.', date('2025-02-28')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"before she starts in September" is the point she starts by; with no "by" point, a purpose clause still dates the target', () => {
    expect(deadlineOf('Mira will walk the new school route 3 times before she starts in September.')).toEqual(date('2025-09-30'));
    expect(deadlineOf('Mira will go to homework club so that she hands in all her homework this half term.')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('Mira will get her results in August and enrol at college in September.')).toEqual(date('2025-09-30'));
  });
});

describe('Labelling guide, Deadline labels: a month that is also a name, dated by "in" before "and" or by a position before "to"', () => {
  it.each([
    ['Jay will complete his work placement at the garden centre in June and get a signed reference.', date('2025-06-30')],
    ['Jay will try 3 taster days by the end of March to decide on his course.', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a month word that names someone stays a name', () => {
    expect(deadlineOf('Jay will read with April to practise his sounds.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a review or PEP named with a month (also a term\'s PEP: "at the spring PEP in March")', () => {
  it('the month dates the review', () => {
    expect(deadlineOf('Jay will have no detentions; this will be reviewed at the spring PEP in March.')).toEqual(date('2025-03-31'));
  });

  it('a term\'s PEP with no month is that term\'s end', () => {
    expect(deadlineOf('Jay will have no detentions; this will be reviewed at the spring PEP.')).toEqual(term('spring', 'end'));
  });
});

describe('Labelling guide, Deadline labels: the final point ("by" keeps a tie with a span that only says when)', () => {
  it('"By the end of Year 6, … every Thursday in the summer term" is the end of Year 6', () => {
    expect(deadlineOf('By the end of Year 6, Ben will name 2 adults he trusts at his new school and go to the transition club every Thursday in the summer term.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): "Expected outcome:" marks the target, like "Target:"', () => {
  it('a span of provision before the mark is not the target\'s point', () => {
    expect(deadlineOf('Tuition 1 hour a week over the autumn and spring terms. Expected outcome: Ben will move from grade 2 to grade 3 in maths by the end of KS3.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): the first term, the first half term (ordinals of the school year)', () => {
  it.each([
    ['Attendance at college to be 90% or above by the end of the first term.', term('autumn', 'end')],
    ['Ben will say the sounds s, a, t, p by the end of the first half term in Reception.', term('autumn', 'half-term')],
    ['Ben will read 40 tricky words by the end of the second term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in his first term" with nothing dating it is no point', () => {
    expect(deadlineOf('Ben found it hard to settle in his first term.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the time he leaves primary (also "in July": when in the year, not which year)', () => {
  it.each([
    ['Ben\'s attendance will be 96% or above by the time he leaves primary in July.'],
    ['Ben will travel to school on his own by the time he leaves primary school in July.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a month with its year after the leaving point is a date', () => {
    expect(deadlineOf('Ben will travel to school on his own by the time he leaves primary in July 2026.')).toEqual(date('2026-07-31'));
  });
});

describe('Labelling guide, Time-bound (T): a term with its year, also in brackets ("the autumn term (Dec 2026)")', () => {
  it('the term, of the year in the brackets, is the point', () => {
    expect(deadlineOf('Attendance currently 84%. Target: 92% or above by the end of the autumn term (Dec 2026).')).toEqual(term('autumn', 'end'));
    expect(deadlineOf('Attendance 92% or above by the end of the autumn term (Dec 2026), and 95% by the end of the summer term 2026.')).toEqual(term('autumn', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): within 6 weeks (also "within his first 6 weeks")', () => {
  it.each([
    ['Sami will tell his key adult how he feels each morning within his first 6 weeks in school.', { kind: 'relative', days: 42 }],
    ['Sami will learn the names of 5 classmates in the first two weeks.', { kind: 'relative', days: 14 }],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): the summer of a year group ("the summer holidays after Year 11") is that year group\'s end', () => {
  it.each([
    ['Lola will sign up for a summer sports camp in the summer holidays after Year 11.'],
    ['Lola will pass her phonics screening check by the end of the summer term of Year 1.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a year group before the term only names a thing ("her Year 11 coursework … by the summer holidays")', () => {
    expect(deadlineOf('Lola will complete her Year 11 coursework folder by the beginning of the summer holidays.')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): not deadlines — start points (also what comes first: "after practising … over the summer holidays")', () => {
  it('a point inside an "after …ing" clause is no deadline', () => {
    expect(deadlineOf('Theo to walk to school on his own from the start of Year 7 after practising the route with his carer over the summer holidays.')).toBeNull();
  });

  it('a "by" point in the same text still counts', () => {
    expect(deadlineOf('Theo will walk to school on his own by half term, after practising the route with his carer over the Christmas holidays.')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('Theo will walk to school on his own by the summer holidays.')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): by the end of Year 9 (also written "yr 9" apart from its number)', () => {
  it.each([['Kai will have a reading age of 11 by end of yr 8.'], ['Kai will know his 12 times table by the end of yr 4 (currently up to 5s).'], ['Kai will use paragraphs in 3 pieces of writing by Yr 9.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('"yr" with no number is no year group', () => {
    expect(deadlineOf('Kai is 12 yrs old and will read 3 books.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by next academic year, by the start of next year', () => {
  it.each([
    ['Nadia will move from ESOL Entry 1 to Entry 2 by next academic year.'],
    ['Nadia will read 20 words by the start of next year.'],
    ['Nadia will join a club before the new school year.'],
  ])('%s → the end of this academic year', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'academic-year-end' });
  });

  it('"by the end of next academic year" stays the one after, approximate', () => {
    expect(deadlineOf('Nadia will pass ESOL Entry 3 by the end of next academic year.')).toEqual(yearEndApprox);
  });

  it('"in the new school year" is a start point, no deadline', () => {
    expect(deadlineOf('Nadia will join the school choir in the new school year.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a school event named by a term, with its day or month ("the spring concert on 27th March")', () => {
  it.each([
    ['Omar will play two pieces on the keyboard at the spring concert on 27th March.', date('2025-03-27')],
    ['Omar will run a stall at the summer fair in July with his carer.', date('2025-07-31')],
    ['Omar will take part in 2 races at the summer sports day on 2nd July.', date('2025-07-02')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('with no day or month the term stays the point', () => {
    expect(deadlineOf('Omar will play two pieces at the spring concert.')).toEqual(term('spring', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): before transition day (a leaving point)', () => {
  it.each([
    ['Evie will write a letter about herself to her new form tutor before transition day.'],
    ['Evie will know the names of 2 teachers at her new school by the transition days.'],
    ['Evie will visit twice, ready for her transition to secondary in September.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): before she moves up, by the time he moves up to the juniors', () => {
  it.each([
    ['Rosa will learn her new class routine before she moves up.'],
    ['Rosa will practise the bus route by the time she moves up to Year 7 in September.'],
    ['Rosa will read 20 words by the time she moves up to the juniors.'],
    ['Rosa will read 20 words before she starts junior school.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('moving up a level is no leaving point', () => {
    expect(deadlineOf('Rosa will move up a reading level by Easter.')).toEqual(date('2025-04-20'));
  });
});

describe('Labelling guide, Time-bound (T): not deadlines — a transition named with a month, a document\'s date', () => {
  it('"Transition to Reception in September" with no "by" is when the child starts', () => {
    expect(deadlineOf('Transition to Year 1 in September - visits to be arranged with the new class teacher.')).toBeNull();
  });

  it('a document dated in brackets ("the SALT report (Oct 26)") is background; the review after it dates the target', () => {
    expect(deadlineOf('From the EP report (Nov 24): Ali will name 6 emotions by Easter.')).toEqual(date('2025-04-20'));
    expect(deadlineOf('Target from SALT report (Oct 26) - Ali will use 4 position words with 80% accuracy by the next SALT review (spring 2).')).toEqual(
      term('spring', 'second-half'),
    );
  });
});

describe('Labelling guide, Time-bound (T): a review or PEP named with a month, also in brackets', () => {
  it.each([
    ['Ali will read 30 words a minute by the next PEP (June).', date('2025-06-30')],
    ['Ali will read 30 words a minute by the next PEP (summer 1).', term('summer', 'first-half')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): by his annual review, by the next LAC (CLA, IRO) review', () => {
  it.each([
    ['Finn will share 3 things he wants for his future at his EHCP annual review.'],
    ['Finn will read 20 words by his annual review.'],
    ['Finn will read 20 words by his next LAC review.'],
    ['Finn will read 20 words by the next CLA review.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'next-review' });
  });

  it('an annual review with a month is the month; one named with no "by", "before", "until" or "at" is no point', () => {
    expect(deadlineOf('Finn will read 20 words by the annual review in March.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Social worker to chase the EHCP annual review paperwork.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): ahead of the Year 9 options evening, by his SATs (a year group\'s event)', () => {
  it.each([
    ['Zak will talk to 3 subject teachers ahead of the Year 9 options evening.'],
    ['Zak will know his times tables to 12 x 12 by his SATs.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('SATs with a month are the month; SATs as what is done are no point', () => {
    expect(deadlineOf('Zak will complete 5 arithmetic papers before his SATs in May.')).toEqual(date('2025-05-31'));
    expect(deadlineOf('Zak will do well in his SATs.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the October half term, by the end of the autumn 1 half term, by the time of the Christmas play', () => {
  it.each([
    ['Mo will read 20 words by the October half term.', term('autumn', 'half-term')],
    ['Mo will read 20 words by the end of the autumn 1 half term.', term('autumn', 'half-term')],
    ['Mo will learn his 10 lines by the time of the Christmas play.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): by the new year; in the new year', () => {
  it('"by the new year" is the end of the autumn term (the new year falls in the Christmas holidays)', () => {
    expect(deadlineOf('Mo will swim 10 metres by the new year.')).toEqual(term('autumn', 'end'));
  });

  it('"in the new year" names no point', () => {
    expect(deadlineOf('Mo will join the football club in the new year.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the end of the summer (Christmas) holidays', () => {
  it.each([
    ['Mo will practise the walk to his new school by the end of the summer holidays.', term('summer', 'end')],
    ['Mo will read 2 books by the end of the Christmas holidays.', term('autumn', 'end')],
  ])('%s (before the next term begins: the end of the term before)', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): the first (second) half of term (the meeting\'s term)', () => {
  it.each([
    ['Mo will read 20 words by the end of the first half of term.', term('spring', 'half-term')],
    ['Mo will read 20 words in the second half of this term.', term('spring', 'second-half')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('from a meeting in the autumn term, the autumn term', () => {
    expect(deadlineOf('Mo will read 20 words by the end of the first half of term.', { meetingDate: '2025-09-20' })).toEqual(term('autumn', 'half-term'));
  });
});

describe('Labelling guide, Time-bound (T): in time for the Year 6 residential (as "by")', () => {
  it.each([
    ['Ella will learn to swim 25 metres in time for the Year 6 residential.', yearEndApprox],
    ['Ella will revise 3 topics a week in time for her GCSEs.', yearEndApprox],
    ['Ella will learn her 10 lines in time for the Christmas play.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in time for" a lesson is no point', () => {
    expect(deadlineOf('Ella will arrive in time for registration every day.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by transition, before secondary school (a leaving point, its place unsaid or with no verb)', () => {
  it.each([
    ['Ella will know the names of 3 adults at her new school by transition.'],
    ['Ella will use a visual timetable, ready for transition in July.'],
    ['Ella will travel on the bus with her carer before secondary school.'],
    ['Ella will learn 3 times tables before the juniors.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('transitions between lessons, staff of a phase and pupils of one are no point', () => {
    expect(deadlineOf('Ella will manage transitions between lessons calmly.')).toBeNull();
    expect(deadlineOf('Ella will be supported by secondary school staff.')).toBeNull();
    expect(deadlineOf('Ella will be helped with reading by the juniors.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the end of the 6 week holidays', () => {
  it.each([['Ella will read 6 books by the end of the 6 week holidays.'], ['Ella will practise her bus route over the six weeks holidays.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(term('summer', 'end'));
  });

  it('six weeks with no holidays stays a window from the meeting', () => {
    expect(deadlineOf('Ella will read 6 books within 6 weeks.')).toEqual({ kind: 'relative', days: 42 });
  });
});

describe('Labelling guide, Time-bound (T): by the next Personal Education Plan meeting, the next child in care (TAC) review', () => {
  it.each([
    ['Ella will read 20 words by the next Personal Education Plan meeting.'],
    ['Ella will read 20 words by her next child in care review.'],
    ['Ella will read 20 words by the next TAC meeting.'],
    ['Ella will read 20 words by the next core group meeting.'],
    ['Ella will read 20 words by her next statutory review.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'next-review' });
  });
});

describe('Labelling guide, Time-bound (T): by his 18th birthday (no month)', () => {
  it('needs the date of birth: no point', () => {
    expect(deadlineOf('Ella will open a bank account by her 18th birthday.')).toBeNull();
  });

  it('with a month, the month', () => {
    expect(deadlineOf('Ella will open a bank account before her 18th birthday in June.')).toEqual(date('2025-06-30'));
  });
});

describe('Labelling guide, Time-bound (T): by the end of the 2025-26 academic year (a later academic year than the meeting\'s)', () => {
  it.each([['Ola will pass Entry 3 maths by the end of the 2025-26 academic year.'], ['Ola will pass Entry 3 maths by the end of the academic year 2025/26.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('the meeting\'s own academic year stays its end', () => {
    expect(deadlineOf('Ola will pass Entry 3 maths by the end of the academic year 2024/25.')).toEqual({ kind: 'academic-year-end' });
  });

  it('is ordered after this year\'s points: a later term in the text does not replace it', () => {
    expect(deadlineOf('Ola will pass Entry 2 by the summer term and Entry 3 by the end of the 2025-26 academic year.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): during Year 10, throughout Year 9 (a year group\'s span)', () => {
  it.each([['Ravi will read 2 books a term during Year 10.'], ['Ravi will keep his attendance above 95% throughout Year 9.'], ['Ravi will use a reading ruler in every lesson during KS3.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a year group naming the exams gives way to their month', () => {
    expect(deadlineOf('Ravi will sit 3 papers during the Year 10 mock exams in June.')).toEqual(date('2025-06-30'));
  });
});

describe('Labelling guide, Time-bound (T): before he goes up to secondary (a leaving point)', () => {
  it.each([['Ravi will pack his own bag before he goes up to secondary.'], ['Ravi will read a bus timetable by the time he goes into Y7.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('going to school or college is every day, no point', () => {
    expect(deadlineOf('Ravi will eat breakfast before he goes to school.')).toBeNull();
    expect(deadlineOf('Ravi will check his timetable before going to college.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): an outcome stated as achieved, with a point in a later year', () => {
  it('the past tense does not make a later year a background date', () => {
    expect(deadlineOf('Outcome for Year 11: Mia has visited 2 colleges, had her interview and has her place confirmed on results day in August 2026.')).toEqual(
      date('2026-08-31'),
    );
  });

  it('a past year stays background', () => {
    expect(deadlineOf('Mia had her interview in March 2024 and will visit 2 colleges.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a named half with its year ("Spring 1 2026")', () => {
  it.each([
    ['Ava will read 20 words by the end of Spring 1 2026.', term('spring', 'half-term')],
    ['Ava will read 20 words in Summer 1 2026.', term('summer', 'first-half')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('in a "Timescale" cell the year is the half\'s, not a calendar year', () => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'Spring 1 2026' }, MEETING).deadline).toEqual(term('spring', 'half-term'));
  });

  it('the year orders it after a point in the meeting\'s year', () => {
    expect(deadlineOf('Ava will read 20 words by Spring 1 2026 and 30 words by Easter 2025.')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('Ava will read 20 words by Spring 1 2025 and 30 words by Easter 2025.')).toEqual(date('2025-04-20'));
  });
});

describe('Labelling guide, Time-bound (T): by her LAC (CLA, IRO) review, by the PEP (a review with no date of its own)', () => {
  it.each([['Ava will read 20 words by her LAC review.'], ['Ava will read 20 words at the IRO review.'], ['Ava will read 20 words by the PEP review.'], ['Ava will read 20 words by the PEP.']])(
    '%s',
    (text) => {
      expect(deadlineOf(text)).toEqual({ kind: 'next-review' });
    },
  );

  it('the meeting that set the target, and a review named in the past, are no point', () => {
    expect(deadlineOf('At the PEP on 12/11 Ava said she wants to be a vet.')).toBeNull();
    expect(deadlineOf('Ava said at her LAC review that she likes art.')).toBeNull();
  });

  it('in a "Timescale" cell', () => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'LAC review' }, MEETING).deadline).toEqual({ kind: 'next-review' });
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'PEP' }, MEETING).deadline).toEqual({ kind: 'next-review' });
  });
});

describe('Labelling guide, Time-bound (T): a "Timescale" cell of "Transition", "New year"', () => {
  it.each([
    ['Transition', yearEndApprox],
    ['New year', term('autumn', 'end')],
  ])('%s', (cell, want) => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: cell }, MEETING).deadline).toEqual(want);
  });

  it('"transition visits" names no point', () => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'transition visits' }, MEETING).deadline).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the end of the first term, the first half term — written in figures ("1st", "2nd")', () => {
  it.each([
    ['Ava will read 20 words by the end of the 2nd half term.', term('autumn', 'end')],
    ['Ava will read 20 words by the end of the 1st term.', term('autumn', 'end')],
    ['Ava will read 20 words by the end of the 3rd term.', term('summer', 'end')],
    ['Ava will read 20 words by the end of the 4th half term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });
});

describe('Labelling guide, Time-bound (T): by the end of this key stage (the one the child is in)', () => {
  it.each([['Ava will read 20 words by the end of this key stage.'], ['Ava will read 20 words by the end of her current key stage.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a key stage naming a thing is no point', () => {
    expect(deadlineOf('Ava will learn this key stage vocabulary.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by review, before the review (no "next")', () => {
  it.each([['Ava will read 20 words by review.'], ['Ava will read 20 words before the review.'], ['Ava will read 20 words until review.']])('%s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'next-review' });
  });

  it('"by review of" is a means, and "by review date …" the date', () => {
    expect(deadlineOf('Ava\'s reading will be checked by review of her log.')).toBeNull();
    expect(deadlineOf('Ava will read 20 words, reviewed by review date 3/4/25.')).toEqual(date('2025-04-03'));
    expect(deadlineOf('Ava will read 20 words by the review in 3 months.')).toEqual({ kind: 'relative', days: 90 });
  });
});

describe('Labelling guide, Time-bound (T): a school-time point restated with a term and year in brackets', () => {
  it('"by the end of Year 11 (summer 2026)" is the summer term of 2026', () => {
    expect(deadlineOf('Ava will pass 5 GCSEs by the end of Year 11 (summer 2026).')).toEqual(term('summer', 'end'));
  });

  it('a past year in brackets is a note', () => {
    expect(deadlineOf('Ava read 10 words (summer 2024) and will read 20 by Easter.')).toEqual(date('2025-04-20'));
  });

  it('with a calendar, the year picks that year\'s term', () => {
    const cal = createSchoolCalendar({
      terms: [
        { term: 'spring', start: '2025-01-06', end: '2025-04-04', halfTerms: [{ start: '2025-02-17', end: '2025-02-21' }] },
        { term: 'summer', start: '2025-04-22', end: '2025-07-22', halfTerms: [{ start: '2025-05-26', end: '2025-05-30' }] },
        { term: 'spring', start: '2026-01-05', end: '2026-03-27', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] },
        { term: 'summer', start: '2026-04-13', end: '2026-07-21', halfTerms: [{ start: '2026-05-25', end: '2026-05-29' }] },
      ],
    });
    if (!cal.ok) throw new Error('calendar');
    const context = { meetingDate: '2025-01-15', calendar: cal.calendar };
    expect(deadlineOf('Ava will pass 5 GCSEs by the end of Year 11 (summer 2026).', context)).toEqual({ kind: 'term', term: 'summer', part: 'end', date: '2026-07-21' });
    expect(deadlineOf('Ava will read 20 words by the end of Spring 1 2026.', context)).toEqual({ kind: 'term', term: 'spring', part: 'half-term', date: '2026-02-13' });
  });
});

describe('Labelling guide, Time-bound (T): within 6-8 weeks (a range of counts: the later bound)', () => {
  it.each([
    ['Ava will read 20 words within 6-8 weeks.', { kind: 'relative', days: 56 }],
    ['Ava will read 20 words in 4-6 weeks.', { kind: 'relative', days: 42 }],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"for 6-8 weeks" stays a duration, a score range no point', () => {
    expect(deadlineOf('Ava will read 20 words for 6-8 weeks.')).toBeNull();
    expect(deadlineOf('Ava will score 6-8 in her weekly spelling tests.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): by the next LAC (its noun left out); a cell of "Spring review"', () => {
  it('"by the next LAC" is the next review', () => {
    expect(deadlineOf('Ava will read 20 words by the next LAC.')).toEqual({ kind: 'next-review' });
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'Next LAC' }, MEETING).deadline).toEqual({ kind: 'next-review' });
  });

  it('a term named as the review stays the term\'s end, in a cell as in the text', () => {
    expect(checkSmartTarget({ text: 'Ava will read 20 tricky words.', deadline: 'Spring review' }, MEETING).deadline).toEqual(term('spring', 'end'));
    expect(deadlineOf('Ava will read 20 words by the spring review.')).toEqual(term('spring', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): "by" naming who did something, and things the PEP names, are no review point', () => {
  it.each([['Tutoring for 10 weeks, funded by PEP money.'], ['Laptop paid for by the PEP.'], ['Targets were agreed by the LAC review.'], ['Ava will read 20 words, as agreed by the review.']])(
    '%s',
    (text) => {
      expect(deadlineOf(text)).toBeNull();
    },
  );

  it('a review named with its month after "by" or "before" is the month', () => {
    expect(deadlineOf('Ava will read 20 words by the PEP in March.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Ava will read 20 words before the review in May.')).toEqual(date('2025-05-31'));
  });
});

describe('Labelling guide, Time-bound (T): a named assessment with a month, also in brackets, after "by" ("by his next assessment (June)")', () => {
  it.each([
    ['Ben will read 20 books by his next assessment (June).', date('2025-06-30')],
    ['Ben will read 20 books by the reading assessment (March).', date('2025-03-31')],
    ['Ben will read 20 books by the time of the EP assessment (March 2025).', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a document\'s own date in brackets stays background ("as in the SALT report (Oct 24)")', () => {
    expect(deadlineOf('Ben will read 20 books, as in the SALT report (Oct 24).')).toBeNull();
    expect(deadlineOf('Ben will use 3 new signs from the EHCP (May 2024).')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a school-time point restated with a term and year in brackets — a past term, or a baseline\'s, is a note', () => {
  const AUTUMN = { meetingDate: '2025-09-05' };
  it('a term whose end in the year written is before the meeting is no point', () => {
    expect(deadlineOf('Ben will read 20 books (summer 2025).', AUTUMN)).toBeNull();
    expect(deadlineOf('Ben read 12 books (summer 2025). He will read 20 books by Christmas.', AUTUMN)).toEqual(term('autumn', 'end'));
  });

  it('a bracket after a baseline statement, before the target\'s sentence, dates the baseline', () => {
    expect(deadlineOf('Reading: 12 books (spring 2025). Ben will read 20 books by half term.')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('Ben finished 12 books (spring 2025) and will read 20 books by half term.')).toEqual(term('spring', 'half-term'));
  });

  it('a term of the meeting\'s year or later, in the target\'s own clause, still dates it', () => {
    expect(deadlineOf('Ben will read 20 books (summer 2025).')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Ben will read 20 books (autumn 2025).', AUTUMN)).toEqual(term('autumn', 'end'));
    expect(deadlineOf('Reading 20 books (summer 2025)')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): before he goes up to secondary (a leaving point) — going there each morning is every day', () => {
  it.each([
    ['Ben will pack his bag before he goes to sixth form each morning.'],
    ['Ben will eat breakfast before he goes to secondary school each day.'],
    ['Ben will eat breakfast before going to high school every morning.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('going up to a phase once, also with a month that says when in the year, stays a leaving point', () => {
    expect(deadlineOf('Ben will pack his own bag before he goes up to secondary.')).toEqual(yearEndApprox);
    expect(deadlineOf('Ben will visit his new school before he goes to secondary school in September.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, Time-bound (T): by his annual review, at her LAC review — a review where something was done is no point', () => {
  it.each([
    ['Tutoring discussed at her annual review.'],
    ['As discussed at her LAC review, Ben will read 20 books.'],
    ['Tutoring put in place at his annual review.'],
    ['Ben will read 20 books, as set out by his annual review.'],
    ['Books sent by the PEP.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a review the target is due at or by stays the next review, also when it is checked there', () => {
    expect(deadlineOf('Finn will share 3 things he wants for his future at his EHCP annual review.')).toEqual({ kind: 'next-review' });
    expect(deadlineOf('Ben\'s reading will be checked at his annual review.')).toEqual({ kind: 'next-review' });
    expect(deadlineOf('Ben will read 20 books by the annual review, as agreed at the LAC review.')).toEqual({ kind: 'next-review' });
  });
});

describe('Labelling guide, Time-bound (T): within 6-8 weeks (a range of counts: the later bound) — of days or months too', () => {
  it.each([
    ['Ava will read 20 words in 60-90 days.', { kind: 'relative', days: 90 }],
    ['Ava will read 20 words within 60-70 school days.', { kind: 'relative', days: 98 }],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a count beyond the relative reading\'s own bounds is no point', () => {
    expect(deadlineOf('Ava will read 20 words in 5-600 days.')).toBeNull();
    expect(deadlineOf('Ava will read 20 words in 5-12 years.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a year group before a thing only names it ("her Year 11 coursework folder by the summer holidays")', () => {
  it.each([
    ['Ruby will be secure in Year 4 fractions work by the end of the spring term.', term('spring', 'end')],
    ['Ruby will float on her back by the end of her Year 5 swimming sessions in the summer term.', term('summer', 'end')],
    ['Ruby will join the Year 6 enterprise week and present her stall to her class by the end of May.', date('2025-05-31')],
    ['Ruby will learn the KS2 spelling words for her class by Easter.', date('2025-04-20')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('alone it still dates the target; a clause or a name after the year group leaves it a point of its own', () => {
    expect(deadlineOf('Ruby will be secure in Year 4 fractions work.')).toEqual(yearEndApprox);
    expect(deadlineOf('By the end of Year 6 Ruby will read 20 books, checked in May.')).toEqual(yearEndApprox);
    expect(deadlineOf('By the end of Year 6 she will read 20 books, starting in May.')).toEqual(yearEndApprox);
  });
});

describe('Labelling guide, school-time rules: by the end of EYFS, with the target\'s words straight after the phase', () => {
  it.each([
    ['By the end of EYFS to be counting to 20.'],
    ['By the end of EYFS she will write her name.'],
    ['By the end of primary he will swim 25 metres.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a phase word naming a course is still no point', () => {
    expect(deadlineOf('Ruby will finish the end of primary maths booklet.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a baseline in brackets labels only the bracket ("(baseline 22/48) … at the next PEP")', () => {
  it.each([
    ['Leo will know 40 tricky words (baseline 12/40) and be checked again at the next PEP.', { kind: 'next-review' }],
    ['Leo will read 60 words a minute (baseline 35) by the end of the spring term.', term('spring', 'end')],
    ['Leo will know his number bonds (baseline: 6/20) and be tested again at the next review.', { kind: 'next-review' }],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a point in the baseline\'s own sentence is still the baseline\'s', () => {
    expect(deadlineOf('Baseline: 12 lates in the autumn term.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: background dates — what has happened so far ("has been late 14 times this half term")', () => {
  it.each([
    ['Mia to improve her punctuality - she has been late 9 times this term.'],
    ['Reading has improved from 70 to 85 words a minute this half term. Keep reading daily.'],
    ['Arrive on time every day. Lates so far this term: 7'],
    ['Mia has missed 12 sessions this term.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('an obligation, a target set after "to", or "will" is still the target\'s point', () => {
    expect(deadlineOf('Mia has to be on time every day this term.')).toEqual(term('spring', 'end'));
    expect(deadlineOf('Mia has been set a goal to read 5 books this term.')).toEqual(term('spring', 'end'));
    expect(deadlineOf('Mia has settled and will read 5 books this term.')).toEqual(term('spring', 'end'));
  });
});

describe('Labelling guide, Time-bound (T): a baseline and a target — the point before the target\'s mark is the baseline\'s, also when the target has none', () => {
  it.each([
    ['Attendance 81% spring term. Target 90%'],
    ['Lates: 14 in the autumn term. Target: 4 or fewer.'],
    ['Reading age 7.2 in September - aim 8.0'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a term heading the target\'s mark with no baseline figure, or a point after "by", stays the target\'s', () => {
    expect(deadlineOf('Summer term target: 95% attendance')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Attendance 95% by the summer term. Target 97%')).toEqual(term('summer', 'end'));
  });
});

describe('Phrase table, numeric-date: the figure after the target\'s mark is a score, not a date ("Target 8/10")', () => {
  it.each([
    ['Times tables test average 5/10. Target 9/10'],
    ['Spelling quiz scores 3/10. Aim: 7/10'],
    ['Weekly mental maths 4/12, goal 10/12'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a date after "by" or a target date stays a date', () => {
    expect(deadlineOf('Target: hand in the form by 8/10')).toEqual(date('2025-10-08'));
    expect(deadlineOf('Target date 8/10: hand in the form')).toEqual(date('2025-10-08'));
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: the point of a figure after "from" ("up from 78% in the autumn")', () => {
  it.each([
    ['Zac\'s attendance will be 92% by the end of the spring term, up from 80% in the autumn.', term('spring', 'end')],
    ['Zac will be late no more than twice by Easter, down from 9 times in the autumn term.', date('2025-04-20')],
    ['Zac will read 70 words a minute by the May half term, from 45 in December.', term('summer', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a point after the target\'s "to" figure is still the target\'s', () => {
    expect(deadlineOf('Zac will improve his attendance from 80% to 92% in the summer term.')).toEqual(term('summer', 'end'));
  });
});

describe('Labelling guide, school-time rules: when reassessed in March — an assessment done or sat in a month ("when it is next completed in June")', () => {
  it.each([
    ['SDQ score to fall from 20 to 15 when it is next completed in May.', date('2025-05-31')],
    ['Ella will pass her Entry Level 3 maths when she sits it in March.', date('2025-03-31')],
    ['Ella will gain a grade 4 in English when she resits it in June.', date('2025-06-30')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a "when" condition with no check is still no point', () => {
    expect(deadlineOf('Ella will rejoin her maths set when she feels ready in March.')).toBeNull();
  });
});

describe('Labelling guide, school-time rules: an event the target is due by, dated by a month — the last of a series ("by her last session in March")', () => {
  it.each([
    ['Ella will rate her worry at 3/10 or lower by her last session in March.', date('2025-03-31')],
    ['Ella will bake 3 dishes on her own before the final lesson in June.', date('2025-06-30')],
    ['Ella will use 2 calming strategies by the last group session in May.', date('2025-05-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"last" as the past, with no "by" or "before", stays background', () => {
    expect(deadlineOf('Ella was excluded last term in March.')).toBeNull();
  });
});

describe('Labelling guide, school-time rules: within 20 school days of the move (the move the plan is made around, counted from the meeting)', () => {
  it.each([
    ['Kai will be in school full time within 10 school days of the move.', { kind: 'relative', days: 14 }],
    ['Kai will join a local football club within 4 weeks of moving in.', { kind: 'relative', days: 28 }],
    ['Kai will be registered with a dentist within a month of his move.', { kind: 'relative', days: 30 }],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a window after every such event, or a start the school year dates, is no point', () => {
    expect(deadlineOf('Kai will repair with an adult within 2 days of any fall-out.')).toBeNull();
    expect(deadlineOf('Kai will find his classes on his own within 3 weeks of starting Year 7.')).toBeNull();
  });
});

describe('Labelling guide, school-time rules: for the year — the year of the meeting, as "over the year" is', () => {
  it.each([
    ['PP+ to pay for a weekly music lesson for the year (£300).'],
    ['Mentoring for the school year, one session a week.'],
    ['Sam will keep a reading diary for the year.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'academic-year-end' });
  });

  it('"for a year" is a duration, and a year group is no year', () => {
    expect(deadlineOf('Sam will keep a reading diary for a year.')).toBeNull();
    expect(deadlineOf('Sam will read the book for the year group assembly.')).toBeNull();
  });
});

describe('School-time table: in the new term — the term to come, as "during the next term"', () => {
  it.each([
    ['Nia will attend 95% of her lessons in the new term.', term('summer', 'end')],
    ['Nia will join the choir during the new term.', term('summer', 'end')],
    ['Nia will have her own timetable by the new term.', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in the new year" stays no point, and "the new term" naming a thing is none', () => {
    expect(deadlineOf('Nia will read with her carer in the new year.')).toBeNull();
    expect(deadlineOf('Nia likes the new term timetable.')).toBeNull();
  });
});

describe('Phrase table, named-term: a term named alone heading the text ("Summer - Year 6 transition - extra visits")', () => {
  it.each([
    ['Summer - transition visits to Oak Academy paid through PP+', term('summer', 'end')],
    ['Autumn: tutoring in maths, 10 sessions', term('autumn', 'end')],
    ['Spring - reading intervention three times a week', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a child named Summer before her verb is no term', () => {
    expect(deadlineOf('Summer - to read 20 tricky words')).toBeNull();
    expect(deadlineOf('Summer will read 20 tricky words')).toBeNull();
  });
});

describe('Labelling guide, school-time rules: the same point twice, one with "by" — a month and the end of the term that ends in it', () => {
  it.each([
    ['Kit will go on 2 visits to his new school in June and July, and by the end of the summer term he will name 2 staff he can ask for help.', term('summer', 'end')],
    ['Kit will practise the bus route with his carer in July and travel on his own by the end of the summer term.', term('summer', 'end')],
    ['Kit will finish his model in December and present it to his class by the end of the autumn term.', term('autumn', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a month after the end of the term named with "by" is still the final point', () => {
    expect(deadlineOf('Kit will finish his reading log by the end of the spring term and read 3 more books in July.')).toEqual(date('2025-07-31'));
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: background dates are what happened — a past word in a quoted name is no past', () => {
  it.each([
    ["Jay will join the 'Get Started' cooking course and cook a meal for his carer on 5th April.", date('2025-04-05')],
    ["Jay will perform in the 'Last Night' show at the youth club on 20th March.", date('2025-03-20')],
    ['Jay will join the "We Were Young" drama project and perform his piece on 14th May.', date('2025-05-14')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a past word outside the quotation marks is still the past', () => {
    expect(deadlineOf("Jay started the 'Reading Stars' club in March.")).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: frequencies — a week day in a sentence of a weekly habit is every week\'s', () => {
  it.each([
    ['Kira will budget her weekly pocket money so she still has some left before Friday.'],
    ['Kira will hand in her weekly reading record by Friday.'],
    ['Each week Kira will pack her PE kit on Sunday evening before Monday.'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a week day with no weekly habit in its sentence is still the next such day', () => {
    expect(deadlineOf('Kira will hand in her reading record by Friday.')).toEqual(date('2025-01-17'));
    expect(deadlineOf('Kira will hand in her form by Friday. She has weekly tutoring.')).toEqual(date('2025-01-17'));
  });
});

describe('Review of 4 December 2026 (late)', () => {
  // Labelling guide, Time-bound (T): baselines are not deadlines — a figure stated as now is dated when it was taken.
  it.each([
    'SDQ score 18 in September.',
    'Spelling age is 7 years 2 months in September.',
    "Kai's attendance has risen from 71% to 85% this half term",
    "Kai's attendance has grown from 71% to 85% this half term",
  ])('Time-bound (T), baselines are not deadlines: %s → no deadline (the figure stated now)', (text) => {
    expect(deadlineOf(text)).toBeNull();
    expect(checkSmartTarget(text, MEETING).measurable.met).toBe(false);
  });

  it('a figure still to reach keeps its point: "will raise his attendance from 71% to 85% this half term"', () => {
    expect(deadlineOf('Kai will raise his attendance from 71% to 85% this half term')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('SDQ score 18 in September, target 12 by July')).toEqual(date('2025-07-31'));
  });
});

describe('School-time table, "0 incidents in the next 6 weeks": a window "next" anchors looks forward, after an event noun too', () => {
  it.each([
    ['Zero exclusions in the next 6 weeks', relative(42)],
    ['No fights in the next 4 weeks', relative(28)],
    ['0 suspensions in the next 8 weeks', relative(56)],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"in the last 6 weeks" after an event noun is still when it happened', () => {
    expect(deadlineOf('3 exclusions in the last 6 weeks')).toBeNull();
  });
});

describe('School-time table, "within 6 weeks of starting": the start the plan is made for is at the meeting (labels y12-183, y13-204)', () => {
  it.each([
    ['Within 3 weeks of starting at Oakfield, Zara will know her timetable', relative(21)],
    ['Zara will attend every lesson within 6 weeks of starting.', relative(42)],
    ['Within 10 school days of joining the new class, Zara will sit with a friend', relative(14)],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a start the school year or its month dates, or a start of each task, is not counted from the meeting (row "within 3 weeks of starting Year 7", label t223)', () => {
    expect(deadlineOf('Zara will know her timetable within 3 weeks of starting Year 7')).toBeNull();
    // Review item: the weeks run from the move in September, not from the meeting; the move's day is not written.
    expect(deadlineOf('Within 4 weeks of the move to Year 7 in September Zara will find her classes')).toBeNull();
    expect(deadlineOf('Zara will ask for help within 2 days of starting any new task')).toBeNull();
  });
});

describe('School-time table, "by the end of the 6 week course": a plan of weeks runs from the meeting (labels y12-176, y12-244, y13-055, y13-109)', () => {
  it.each([
    ['Amir will name 3 calming strategies by the end of the 8 week social skills course', relative(56)],
    ["Amir will complete the 6-week 'Get Ready' programme", relative(42)],
    ['Lego therapy 4 wks, then review', relative(28)],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a plan with its own start, or a span after "for", is no point', () => {
    expect(deadlineOf('Amir will attend a 6 week course starting 10th March')).toBeNull();
    expect(deadlineOf('Amir will swim for 6 weeks')).toBeNull();
  });
});

describe('Time-bound (T), not deadlines: start points written with a verb, "starts 3rd Feb", "starting w/c 24/2" (labels y13-043, y13-247)', () => {
  it.each([
    ['Work placement - 2 weeks, starts 10th March'],
    ['Phased return, starting w/c 3/3'],
    ['The homework club begins 5th February'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a start the target is due by, and a week commencing after "by", keep their points', () => {
    expect(deadlineOf('Amir will finish the course before the placement starts in May')).toEqual(date('2025-05-31'));
    expect(deadlineOf('Amir will be back full time by w/c 3/3')).toEqual(date('2025-03-03'));
  });
});

describe('School-time table, "in May/June": two months written as alternatives are the later, the final point (label y13-234)', () => {
  it.each([
    ['Amir will sit his exam in May/June', '2025-06-30'],
    ['Amir will finish the course in June/July', '2025-07-31'],
    ['Amir will go to the open evening in Oct/Nov', '2025-11-30'],
  ])('%s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('one month stays that month', () => {
    expect(deadlineOf('Amir will sit his exam in May')).toEqual(date('2025-05-31'));
  });
});

describe('Deadline labels: a figure closing a bracket no "(" opened numbers a list\'s item, not a day (label y13-010)', () => {
  it.each([
    ['1) apply by the end of March 2) update CV', '2025-03-31'],
    ['Apply for 3 jobs - end of May 3) mock interview', '2025-05-31'],
    ['a) visit the college by April 4) enrol', '2025-04-30'],
  ])('%s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a day after a month with no bracket is still the day', () => {
    expect(deadlineOf('Amir will hand in his form by March 2')).toEqual(date('2025-03-02'));
  });
});

describe('School-time table, "from February to July": the end of a span from a start point is the point it is kept up to, as "until July" (label y12-200)', () => {
  it.each([
    ['Amir will read to his carer once a week from February to April', date('2025-04-30')],
    ['Amir will go to the homework club from September to December', date('2025-12-31')],
    ['Amir will help at the club from Easter to the summer half term', term('summer', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('a start point alone is still no point', () => {
    expect(deadlineOf('Amir will go to football from September')).toBeNull();
  });
});

describe('School-time table, "by the end of EYFS": a name after the phase starts the clause (label y12-036)', () => {
  it.each([
    ['By the end of EYFS Lily will write her name'],
    ['By the end of primary Tom will read fluently'],
    ['By the end of the Foundation Stage Maya will count to 20'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a subject after the phase is a course, not a name', () => {
    expect(deadlineOf('by the end of EYFS Maths he will count to 20')).toBeNull();
  });
});

describe('School-time table, "Year 6 SATs", "ready for KS2", "(Summer, Y9)": a year group\'s exams heading the text, the move to a stage, its summer (labels y12-092, y12-082, y13-003, y13-159)', () => {
  it.each([
    ['Year 11 mocks'],
    ['Year 6 residential'],
    ['Year 9 options'],
    ['Sam to be ready for KS3'],
    ['Sam to be ready for Year 7'],
    ['Sam to be ready for Key Stage 2'],
    ['Attend every lesson (Summer, Year 10)'],
    ['Attend every lesson (summer, Yr 8)'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('a year group or key stage heading anything else, another term, a key stage\'s summer: no point (labels t001, t182, y11-074)', () => {
    expect(deadlineOf('Year 8 - Ellie to learn 10 new words')).toBeNull();
    expect(deadlineOf('KS2 SATs - working towards')).toBeNull();
    expect(deadlineOf('Sam to be ready for school every morning')).toBeNull();
    expect(deadlineOf('Attend every lesson (Autumn, Y9)')).toBeNull();
    expect(deadlineOf('Attend every lesson (Summer, KS3)')).toBeNull();
  });

  it('a year group heading gives way to any other point', () => {
    expect(deadlineOf('Year 11 mocks - a grade 5 in maths by Easter')).toEqual(date('2025-04-20'));
  });
});

describe('School-time table, "for the year" row: "for the year" before a noun it names is no year (review item)', () => {
  it.each([
    ['Mia will run for the year council'],
    ['Mia will stand for the year 7 council'],
    ['Mia will be the rep for the year team'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('"for the year" ending its phrase is still the academic year', () => {
    expect(deadlineOf('PP+ to fund drama club for the year')).toEqual({ kind: 'academic-year-end' });
    expect(deadlineOf('PP+ to fund tutoring for the year ahead')).toEqual({ kind: 'academic-year-end' });
    expect(deadlineOf('Mia will go to the club for the year and read daily')).toEqual({ kind: 'academic-year-end' });
  });
});

describe('School-time table, "then move onto Level 1 in September 2025": a next step of the target is its final point, not a past move (label y13-187)', () => {
  it.each([
    ['Jo will pass Entry 3 reading then move onto Level 1 in September 2025', '2025-09-30'],
    ['Jo will pass Entry 3 maths and move up to the Level 1 class in April', '2025-04-30'],
    ['Jo will finish the course, then move to the main site in June', '2025-06-30'],
  ])('%s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a move that is only a fact, or a transition named with its month, stays no point', () => {
    expect(deadlineOf('Jo moved in October')).toBeNull();
    expect(deadlineOf('Jo will settle after the move in May')).toBeNull();
    expect(deadlineOf('Transition to Year 7 in September')).toBeNull();
  });
});

describe('School-time table, purpose clause after a "by" point: "so Sam can progress … in September" is "so that" (label y13-221)', () => {
  it.each([
    ['When: 28 March 2025. Expected outcome: both units handed in at Pass or above so Jo can move on to Level 3 in September', '2025-03-28'],
    ['Jo will finish her portfolio by 14th March so she can apply for the course in May', '2025-03-14'],
    ['Jo will pass Level 1 by June so he will be ready for Level 2 in September', '2025-06-30'],
  ])('%s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('with no "by" point a purpose clause still dates the target', () => {
    expect(deadlineOf('Jo will read daily so she can sit the test in May')).toEqual(date('2025-05-31'));
  });
});

describe('School-time table, "In Y9, … by the end of the spring term": the year a target is set in gives way to its other point (label y12-190)', () => {
  it.each([
    ['In Year 5, Ava will learn her 8 times table by Easter', date('2025-04-20')],
    ['In Y10, Jo will hand in his coursework by the end of the summer term', term('summer', 'end')],
    ['In Year 8, Jo will read 3 books by half term', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('alone it still dates the target approximately', () => {
    expect(deadlineOf('In Year 6, Ava will read 20 books')).toEqual(yearEndApprox);
  });
});

describe('Time-bound (T), background dates: fixed-term exclusions in a term are when they happened (label y12-138)', () => {
  it.each([
    ['Zero suspensions between now and the end of the academic year (3 fixed-term in spring term).', { kind: 'academic-year-end' }],
    ['No exclusions by Easter (3 fixed-terms in the autumn term)', date('2025-04-20')],
    ['No exclusions by Easter (1 fixed term in December)', date('2025-04-20')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('"no fixed-term exclusions this term" keeps the term', () => {
    expect(deadlineOf('No fixed-term exclusions this term')).toEqual(term('spring', 'end'));
  });
});

describe('Time-bound: `academic-year-end` carries the summer term\'s last day when a school calendar is given, as a term does (review item)', () => {
  const calendar = spring2025AndSummer();
  const context = { meetingDate: '2025-01-15', calendar };

  it.each([
    ['Jo will read 20 books by the end of the academic year.'],
    ['Jo will go to the chess club for the rest of the school year.'],
    ['Jo will be on time every day this year.'],
  ])('%s', (text) => {
    expect(deadlineOf(text, context)).toEqual({ kind: 'academic-year-end', date: '2025-07-22' });
  });

  it('an inferred year (a year group) names no year, so no date; without a calendar there is none either', () => {
    expect(deadlineOf('Jo will read 20 books by the end of Year 6.', context)).toEqual(yearEndApprox);
    expect(deadlineOf('Jo will read 20 books by the end of the academic year.')).toEqual({ kind: 'academic-year-end' });
  });
});

describe('Labelling guide, school-time table (baseline and target row): "aiming for", "expected outcome" and "success criteria:" mark the target\'s figure as "Target" does (review item)', () => {
  it.each([
    ['Punctuality 78% in the autumn term. Aiming for 90%'],
    ['Attendance 81% in the autumn term. Expected outcome 95%'],
    ['Homework returned 4 times in the autumn term. Success criteria: 10 times'],
  ])('a point before the mark dates the baseline\'s figure: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Spelling test scores 4/10. Aiming for 8/10'],
    ['Times tables check 5/12. Aim for 11/12'],
    ['Reading comprehension 3/10; aiming for 7/10'],
  ])('the figure after the mark is a score, not a date: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variants: a point after "by", or after the mark, stays the target\'s; "aiming for" with no figure is no mark', () => {
    expect(deadlineOf('Punctuality 78% by the spring term. Aiming for 90%')).toEqual(term('spring', 'end'));
    expect(deadlineOf('Punctuality 78% in the autumn term. Aiming for 90% in the summer term')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Maya is aiming for college in September and will hand in her form by 8/10')).toEqual(date('2025-10-08'));
  });
});

describe('Labelling guide, school-time table (a week day in a sentence of a weekly habit): how often support runs is not the child\'s weekly habit (review item)', () => {
  it.each([
    ['With weekly TA support, Ben will finish his Lego model by Friday.', date('2025-01-17')],
    ['TA support weekly, Ben to return his signed trip form by Friday.', date('2025-01-17')],
    ['Mentoring sessions every week, and Ben will email his careers adviser by Monday.', date('2025-01-20')],
  ])('a "weekly" of provision after "with" or before a comma leaves the day a date: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Each week, with TA support, Ben will hand in his spelling log by Friday.'],
    ['Ben will hand in his weekly spelling log by Friday.'],
    ['Ben will go to ELSA sessions weekly and hand in his feelings diary by Friday.'],
  ])('near-variants: a weekly in the child\'s own clause still makes the day a frequency: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: start points ("a course for September") — a thing the target has arranged or booked for a point happens then (review item)', () => {
  it.each([
    ['Have a college taster day arranged for the week of 3rd March'],
    ['Sam to have his careers interview booked for 12th February'],
    ['A visit to the sixth form to be organised for 20/03/2025'],
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variants: "by" the point, the child\'s own act at the arranged point, and a week with no arranging stay dates', () => {
    expect(deadlineOf('Have a college taster day arranged by 3rd March')).toEqual(date('2025-03-03'));
    expect(deadlineOf('Sam to attend the careers interview arranged for 12th February')).toEqual(date('2025-02-12'));
    expect(deadlineOf('Sam will hand in his form in the week of 9th June')).toEqual(date('2025-06-09'));
  });
});

describe('Labelling guide, Deadline labels: a day/month with no year is a date only where it is used as one — a letter before it is a part or section, not "w/c" (review item)', () => {
  it.each([
    ['Ben will get Part B 3/5 right in his maths paper.'],
    ['Ben will get section b 4/5 right in his reading test.'],
    ['Ben will get part c 3/4 right on the arithmetic paper.'],
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variants: "w/c", "w/b" and "week commencing" before a day/month still date the week', () => {
    expect(deadlineOf('Ben will hand in his project w/c 3/3.')).toEqual(date('2025-03-03'));
    expect(deadlineOf('Ben will hand in his project w/b 10/3.')).toEqual(date('2025-03-10'));
    expect(deadlineOf('Ben will hand in his project week commencing 17/3.')).toEqual(date('2025-03-17'));
  });
});

describe('Time-bound: `academic-year-end` dates only the meeting\'s own academic year — its summer term, not the next one (review item)', () => {
  const cal = createSchoolCalendar({
    terms: [
      { term: 'summer', start: '2025-04-22', end: '2025-07-22', halfTerms: [{ start: '2025-05-26', end: '2025-05-30' }] },
      { term: 'autumn', start: '2025-09-03', end: '2025-12-19', halfTerms: [{ start: '2025-10-27', end: '2025-10-31' }] },
      { term: 'spring', start: '2026-01-05', end: '2026-03-27', halfTerms: [{ start: '2026-02-16', end: '2026-02-20' }] },
      { term: 'summer', start: '2026-04-13', end: '2026-07-21', halfTerms: [{ start: '2026-05-25', end: '2026-05-29' }] },
    ],
  });
  if (!cal.ok) throw new Error('calendar');
  const late = { meetingDate: '2025-07-28', calendar: cal.calendar };
  const autumn = { meetingDate: '2025-10-01', calendar: cal.calendar };

  it.each([
    ['Jo will read 20 books by the end of the academic year.'],
    ['Jo will go to the chess club for the rest of the school year.'],
    ['Jo will be on time every day this year.'],
  ])('a meeting after its year\'s summer term has ended gives no date: %s', (text) => {
    expect(deadlineOf(text, late)).toEqual({ kind: 'academic-year-end' });
  });

  it('near-variant: a meeting in the autumn dates its own year\'s summer term; a calendar without it gives no date', () => {
    expect(deadlineOf('Jo will read 20 books by the end of the academic year.', autumn)).toEqual({ kind: 'academic-year-end', date: '2026-07-21' });
    const short = createSchoolCalendar({ terms: [{ term: 'autumn', start: '2025-09-03', end: '2025-12-19', halfTerms: [] }] });
    if (!short.ok) throw new Error('calendar');
    expect(deadlineOf('Jo will read 20 books by the end of the academic year.', { meetingDate: '2025-10-01', calendar: short.calendar })).toEqual({ kind: 'academic-year-end' });
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: start points — the arranging is the start point only when have/get/be governs the participle, not the child\'s own act at it (review item)', () => {
  it.each([
    ['Sam will be ready to attend the interview arranged for 12th February.', date('2025-02-12')],
    ['Sam is to attend the college interview booked for 12th February.', date('2025-02-12')],
    ['Sam will be going to the taster session scheduled for 12th February.', date('2025-02-12')],
  ])('the child\'s verb between them keeps the date: %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each([
    ['Sam will have the college visit arranged for 12th February.'],
    ['The careers interview is to be booked for 12th February.'],
    ['Sam to get a visit to the sixth form organised for 12th February.'],
  ])('near-variants: have/get/be governing the participle is the start point: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a start the target is due by ("by the time", "before", "ahead of" it) is a deadline, read across the clause (review item)', () => {
  it.each([
    ['Sam will complete his kit list by the time the college course starts on 3rd March.'],
    ['Sam will complete his kit list before his new college course in catering starts on 3rd March.'],
    ['Sam will complete his kit list ahead of the course, which starts on 3rd March.'],
  ])('%s → 3 March', (text) => {
    expect(deadlineOf(text)).toEqual(date('2025-03-03'));
  });

  it('near-variants: a start with no "by", "before" or "ahead of" before it is a start point, not a deadline', () => {
    expect(deadlineOf('Sam will go to the catering course, which starts on 3rd March.')).toBeNull();
    expect(deadlineOf('Sam will complete his kit list and the college course starts on 3rd March.')).toBeNull();
    expect(deadlineOf('Sam will join the new college course in catering that starts on 3rd March.')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T), not deadlines: start points — a plan of so many weeks given a later start ("after half term") does not run from the meeting (review item)', () => {
  it.each([
    ['Sam will finish a 10 week reading programme after half term.'],
    ['Sam will finish a 6 week course after Easter.'],
    ['Sam will finish an 8 week plan after the holidays.'],
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variants: a plan with no later start runs from the meeting; one in a named term or month ends with it', () => {
    expect(deadlineOf('Sam will complete the 6 week anger management course.')).toEqual({ kind: 'relative', days: 42 });
    expect(deadlineOf('Sam will complete a 6 week anger management course in the summer term.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Sam will finish an 8 week social skills programme in March.')).toEqual(date('2025-03-31'));
  });
});

describe('School-time table, "Year 6 SATs" and "(Summer, Y9)" rows: any of the year group\'s exams or options heading the text, and the summer term named either way round (review item)', () => {
  it.each([
    ['Year 6 tests - Sam to read 20 words a minute faster'],
    ['Year 11 GCSEs - Sam to revise with a planner'],
    ['Year 11 mock exams - Sam to revise with a planner'],
    ['Year 9 option choices - Sam to talk to 2 teachers'],
    ['Attend every lesson (Y9, Summer)'],
    ['Attend every lesson (Summer term, Y9)'],
    ['Attend every lesson (Year 10, summer)'],
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('near-variants: a year group heading something else, or another term after it, is no point', () => {
    expect(deadlineOf('Year 9 maths - Sam to learn 10 new words')).toBeNull();
    expect(deadlineOf('Attend every lesson (Y9, Autumn)')).toBeNull();
    expect(deadlineOf('Attend every lesson (Yr 8, spring)')).toBeNull();
  });
});

describe('School-time table, "weekly" row: a "weekly" of any provision, sessions or adult helping the child is how often it runs, and leaves the day a date (review item)', () => {
  it.each([
    ['With weekly help from his TA, Ben will hand in his spelling log by Friday.'],
    ['With his key worker weekly, Ben will hand in his spelling log by Friday.'],
    ['With weekly tuition, Ben will hand in his spelling log by Friday.'],
  ])('%s → Friday', (text) => {
    expect(deadlineOf(text)).toEqual(date('2025-01-17'));
  });

  it('near-variant: a weekly in the child\'s own clause is still a frequency', () => {
    expect(deadlineOf('With his key worker, Ben will hand in his spelling log weekly by Friday.')).toBeNull();
  });
});

describe('School-time table, purpose clause after a "by" point: "so Sam could", "so he is able to", "so she is ready to" are "so that" as "so Sam can" is (review item)', () => {
  it.each([
    ['Jo will finish her portfolio by 14th March so she could apply for the course in May', '2025-03-14'],
    ['Jo will finish her portfolio by 14th March so he is able to apply for the course in May', '2025-03-14'],
    ['Jo will finish her portfolio by 14th March so Jo is ready to start the course in May', '2025-03-14'],
  ])('%s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('near-variant: "so" not opening a purpose ("and so is") leaves the later month the point', () => {
    expect(deadlineOf('Jo will finish her portfolio by 14th March and her CV in May')).toEqual(date('2025-05-31'));
  });
});

describe('School-time table, phase-end row: a name with an accented capital after the phase starts the clause as any name does (review item)', () => {
  it.each([
    ['By the end of EYFS Émile will count to 20.'],
    ['By the end of EYFS Łucja will count to 20.'],
    ['By the end of EYFS Zoë will count to 20.'],
  ])('%s → as "Harrison"', (text) => {
    expect(deadlineOf(text)).toEqual(deadlineOf('By the end of EYFS Harrison will count to 20.'));
    expect(deadlineOf(text)).not.toBeNull();
  });

  it('near-variant: a lower-case word after the phase, accented or not, is a thing it names, no point', () => {
    expect(deadlineOf('By the end of EYFS émile will count to 20.')).toBeNull();
    expect(deadlineOf('By the end of EYFS harrison will count to 20.')).toBeNull();
  });
});

describe('School-time table, lists read as their natural variants: "May or June" as "May/June", "the coming / following 6 weeks" as "the next", "FTE(s)" as fixed-term exclusions (review item)', () => {
  it.each([
    ['Sam will sit his exams in May or June.', date('2025-06-30')],
    ['Sam will hand in his coursework by April or May.', date('2025-05-31')],
    ['Zero incidents in the coming 6 weeks.', { kind: 'relative', days: 42 }],
    ['0 incidents in the following 6 weeks.', { kind: 'relative', days: 42 }],
    ['No exclusions by Easter (1 FTE in December)', date('2025-04-20')],
    ['No exclusions by Easter (2 FTEs in the autumn term)', date('2025-04-20')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variants: a month or alone, incidents in a past stretch, and a fixed-term count with no "by" point stay as they were', () => {
    expect(deadlineOf('Sam will sit his exams in June or later.')).toEqual(date('2025-06-30'));
    expect(deadlineOf('0 incidents in the last 6 weeks.')).toBeNull();
    expect(deadlineOf('No exclusions by Easter (1 fixed term in December)')).toEqual(date('2025-04-20'));
  });
});

describe('School-time table, within his first 6 weeks: "by the end of his first 4 weeks" is the end of the first weeks', () => {
  it.each([
    ['Amir will know the names of 3 adults in his new school by the end of his first 4 weeks.', 28],
    ['Nia will make one friend in her class by the end of her first three weeks at Oakfield.', 21],
    ['Ben will find his way to each lesson without help by the end of the first 2 weeks.', 14],
  ])('%s', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it('near-variant: the end of the first weeks of each term is a frequency, no point from the meeting', () => {
    expect(deadlineOf('Ben will sit with a friend at the end of the first 2 weeks of each term.')).toBeNull();
  });
});

describe('School-time table, a figure dated by its term on a status line ("Attendance 73% autumn term") is no point', () => {
  it.each([
    'Attendance at the PRU - 61% autumn term',
    'Reading test score 48% spring term - keep going with Lexia',
    'I will be in class before the bell every morning (lates this term: 9)',
    'Be ready with my kit for PE. Missed kit this term: 4',
  ])('%s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variants: the target\'s own figure with its term, or a "by" point, keeps the term', () => {
    expect(deadlineOf('Attendance - aim 90% summer term')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Attendance to reach 95% by the summer term')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Ellie will read 5 books this term.')).toEqual(term('spring', 'end'));
  });
});

describe('School-time table, a month and year, then a later sentence with a figure: only the point\'s own sentence dates a baseline', () => {
  it.each([
    ['Maths GCSE resit Nov 2025. Currently grade 3. Aim 4', date('2025-11-30')],
    ['Functional Skills English exam June 2025. Now working at Entry 3. Target Level 1', date('2025-06-30')],
    ['Driving theory test March 2025. Practice score 38. Target 43', date('2025-03-31')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variant: a figure in the point\'s own sentence before the mark still dates the baseline', () => {
    expect(deadlineOf('Attendance 73% autumn term. Target 85%')).toBeNull();
    expect(deadlineOf('Maths mock 38% Nov 2025. Target 50%')).toBeNull();
  });
});

describe('School-time table, "by the end of the 6 week course": a count of weeks of sessions ends with "by the last (final) session"', () => {
  it.each([
    ['Zara will go to 8 weekly Lego therapy sessions and by the last session take turns with 2 children.', 56],
    ['PP+ £240 for 6 weeks of swimming lessons. Outcome: Zara will swim 10 metres unaided by the final lesson.', 42],
    ['Zara will attend the nurture group for 4 weeks and, before the final session, name one thing she enjoys.', 28],
  ])('%s', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it('near-variants: a month after the last session dates it, and weeks of sessions with no last session are no point', () => {
    expect(deadlineOf('Zara will go to drama club for 6 weeks and by the last session in March say her lines.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Zara will go to 8 weekly Lego therapy sessions.')).toBeNull();
    expect(deadlineOf('Zara will go to drama club for 6 weeks and say her lines by the last session of the term.')).toBeNull();
  });
});

describe('School-time table, before the Year 11 mocks: a year group\'s exams after "for" are its academic year\'s end, approximate', () => {
  it.each([
    'Reader pen and a separate room in place for Y11 mocks',
    'Kai will have a revision plan for the Year 11 mocks, made with his tutor.',
    'Extra reading practice at home for the Year 6 SATs',
  ])('%s', (text) => {
    expect(deadlineOf(text)).toEqual(yearEndApprox);
  });

  it('near-variants: a month dates the exams, and a year group with no exams after "for" is no point', () => {
    expect(deadlineOf('Kai will have a revision plan for the Year 11 mocks in November.')).toEqual(date('2025-11-30'));
    expect(deadlineOf('PP+ tuition for Year 11 maths')).toBeNull();
  });
});

describe('School-time table, a status line\'s figure is one already taken: a later term, or a figure still to come, keeps the target\'s own term', () => {
  it.each([
    ['Attendance 95% summer term.', term('summer', 'end')],
    ["Kai's attendance will be 95% summer term.", term('summer', 'end')],
    ['Attendance to reach 95% summer term.', term('summer', 'end')],
    ['Attendance 90% Summer 2.', term('summer', 'end')],
    ['Lates this term: 3 or fewer', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each(['Attendance at PRU - 52% autumn term', 'Attendance 52% Autumn 1', 'Lates this term: 11'])('near-variant: a past or the current term\'s figure is still background: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('School-time table, "by the last (final) session" after "N weekly": only a count of weekly sessions set at the meeting, not "6-weekly" or a schedule the child has', () => {
  it.each([
    'Kai has 2 weekly sessions with the ELSA; by the last session he will name 3 feelings.',
    'Kai will have 6-weekly meetings with his mentor and by the last meeting say 2 worries.',
    'Sam has 3 weekly sessions of Lego therapy and by the final session will take turns with 2 children.',
  ])('%s: no count of weeks', (text) => {
    const d = deadlineOf(text) as { kind?: string } | null;
    expect(d?.kind).not.toBe('relative');
  });

  it('near-variant: "attend 6 weekly ELSA sessions and by the final session" still counts 6 weeks', () => {
    expect(deadlineOf('Kai will attend 6 weekly ELSA sessions and by the final session name 3 feelings.')).toEqual({ kind: 'relative', days: 42 });
  });
});

describe('Labelling guide, Time-bound (T): "by the end of the 6 week anger management course, attend the 6-week \'Moving On\' course" — a plan of weeks runs from the meeting unless it has its own start', () => {
  it.each([
    ['PP+ £250 for Talk Boost group – 8 week programme – Mia to join in and answer who/what questions', 56],
    ['Lego therapy, 6 week intervention, Kai to join in with turn taking', 42],
    ['Nurture group - 10 week programme - Ruby to join in with circle time and share one idea', 70],
  ])('%s → relative:%i (joining in is taking part, not a start of the plan)', (text, days) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days });
  });

  it.each([
    "Ellis will complete the 12-week Prince's Trust Team programme and gain the Level 1 certificate, starting 3 March",
    'Mia will finish the 8 week Talk Boost programme and answer simple questions in class, starting after half term',
    'Ruby will attend the 10 week nurture programme and share one idea at circle time, which begins in April',
  ])('near-variant: a start of the plan\'s own later in the sentence is no point from the meeting: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    'Jaxon will complete the 6 week anger management course with his mentor at school and start using 2 strategies in class.',
    'Jaxon will complete the 6 week anger management course with his mentor at school and begin to use 3 calming strategies.',
    'Jaxon will complete the 6 week anger management course with his mentor at school and start this in his lessons.',
  ])('a count or "this" after a start verb is no start of the plan (a number only as a date, "this" only before a period): %s', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days: 42 });
  });

  it.each([
    'Jaxon will complete the 6 week anger management course with his mentor, starting 3rd Feb.',
    'Jaxon will complete the 6 week anger management course with his mentor, starting this term.',
  ])('near-variant: an ordinal day or "this term" after a start verb is the plan\'s own start: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "from February to July" — the span\'s end, also with "from" left out ("Feb to April", as "Feb-April")', () => {
  it.each([
    ['Work experience at the stables - March to May', '2025-05-31'],
    ['Kai to help at the food bank on Saturdays, Feb to June', '2025-06-30'],
    ['Library monitor every Friday lunchtime, January to April', '2025-04-30'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('near-variants: a span dating a baseline before the target\'s mark, or a past span, is background; "to" before a name is no span', () => {
    expect(deadlineOf('Spelling scores Sept to Dec average 4/10. Target 8/10')).toBeNull();
    expect(deadlineOf('Attendance Sept to Dec was 82%')).toBeNull();
    expect(deadlineOf('Mia will give the card to April and Sam.')).toBeNull();
  });
});

describe('School-time table, "between now and half term": up to the point, as "until half term"', () => {
  it.each([
    ['Mia will attend her mentoring sessions between now and half term', term('spring', 'half-term')],
    ['No detentions between now and half term', term('spring', 'half-term')],
    ['Sam will read 3 books between now and the Easter holidays', term('spring', 'end')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variants: "between" a pair of counts or "between now and later" is no point', () => {
    expect(deadlineOf('Sam will read between 3 and 5 books')).toBeNull();
    expect(deadlineOf('Ali will choose a club between now and later')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "an event the target is due by, dated by a month: by the move in May" — also across a word of planning ("before his planned move in April")', () => {
  it.each([
    ['Jordan will sit the exam before his planned move in April.', '2025-04-30'],
    ['Mia will finish her life story book by the proposed move in June.', '2025-06-30'],
    ['Sam will visit the new school twice before his expected move in March.', '2025-03-31'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('near-variants: a planned move that is only a fact, or a past start, is background', () => {
    expect(deadlineOf('Sam planned his move in March and will read daily')).toBeNull();
    expect(deadlineOf('Sam will read daily since his planned move in October')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): "by his GCSEs, before her A levels" — "up to" and "prior to" read as "by" (as the prefix reads them)', () => {
  it.each([
    'Keira will keep her attendance at 95% or above every half term up to her A level exams',
    'Kai will revise 3 evenings a week up to his GCSEs',
    'Mia will attend every tutoring session prior to her GCSE exams',
  ])('%s → academic-year-end~', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'academic-year-end', approximate: true });
  });

  it('near-variants: GCSEs as what is achieved, or a standard "up to GCSE", are no point', () => {
    expect(deadlineOf('Kai will get a grade 5 in his GCSEs')).toBeNull();
    expect(deadlineOf('Kai will sit 3 papers up to GCSE standard')).toBeNull();
  });
});

describe('Labelling guide, Time-bound (T): a point alone closing the text after a dash is read as a "Timescale" cell, as "by" what it names ("… - Spring 2", "- Summer 1", "- Easter")', () => {
  it.each([
    ['Spelling - Y3 common exception words - TA to check - Easter', date('2025-04-20')],
    ['Times tables to 6 - check weekly - Christmas', term('autumn', 'end')],
    ['Handwriting - joined letters - 10 mins daily - half term', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it.each(['Art - Christmas cards', 'Reading - Easter egg hunt clues', 'Easter - to read 20 words'])('near-variant: a point naming a thing, or heading the text, is no closing cell: %s', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it.each([
    ['Maya will reach 95% attendance by Easter. Baseline 85% - autumn 2', date('2025-04-20')],
    ['Maya will reach 95% attendance by Easter. Baseline 85% - September', date('2025-04-20')],
    ['Maya will read 3 books by Easter. Reading age 7.2 - September', date('2025-04-20')],
    ['Maya\'s attendance was 82% last year - Year 8', null],
  ])('a point after a baseline\'s dash (labelled, stated as now, or past) is when it was taken, never over the target\'s "by": %s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variant: a target\'s own figure before the dash keeps the closing point', () => {
    expect(deadlineOf('Maya will reach 95% attendance - September')).toEqual(date('2025-09-30'));
  });
});

describe('Labelling guide, Time-bound (T): "for the next 6 weeks, over the next 4 weeks" — also "for (over) the next month", a month of 30 days from the meeting', () => {
  it.each([
    'Jerome will cook a hot meal 3 times a week for the next month',
    'Kai will read every night over the next month',
    'Mia will use her calm card for the next month and tell her TA when she has',
  ])('%s → relative:30', (text) => {
    expect(deadlineOf(text)).toEqual({ kind: 'relative', days: 30 });
  });

  it('near-variants: "next month" alone, or "by the end of next month", is the calendar month', () => {
    expect(deadlineOf('Harley will arrive at school before 8:45 every day next month.')).toEqual(date('2025-02-28'));
    expect(deadlineOf('Sean will send his CV to 5 employers by the end of next month')).toEqual(date('2025-02-28'));
  });

  it('near-variant: a possessive "the next month\'s review" is the month of the review, not a window of 30 days', () => {
    expect(deadlineOf("Maya will prepare a reading for the next month's review.")).toEqual(date('2025-02-28'));
    expect(deadlineOf("Maya will practise her speech for the next month's assembly.")).toEqual(date('2025-02-28'));
  });
});

describe('Labelling guide, Time-bound (T): "(2 fixed-term in autumn term)" — a count opening a bracket before "in" and a term dates a baseline, a background date', () => {
  it.each([
    ['Tia will have no more than 2 detentions a half term by Easter (6 detentions in autumn 1)', date('2025-04-20')],
    ['By the end of the summer term Kai will have no more than 1 removal a half term (3 in autumn 1, 5 in autumn 2).', term('summer', 'end')],
    ['Ella will arrive by 8.50 every day with 0 lates this half term (9 lates in Autumn 2)', term('spring', 'half-term')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variants: a bracket closed before the point, or a target word before the count, keeps the point', () => {
    expect(deadlineOf('Sam will swim at the district gala (50m) in June')).toEqual(date('2025-06-30'));
    expect(deadlineOf('No more than 1 red card a week this term (target 1 in summer 2)')).toEqual(term('summer', 'second-half'));
  });

  it('a bracket of the target\'s own plan, later in the year, is its point: only a past term or a count of what has happened is a baseline', () => {
    expect(deadlineOf('Maya will sit 3 mocks (1 in spring 2, 2 in summer 1) and get a grade 5.')).toEqual(term('summer', 'first-half'));
    expect(deadlineOf('Maya will sit 2 mock exams (1 in March).')).toEqual(date('2025-03-31'));
    expect(deadlineOf('Maya will attend 6 sessions (3 in March, 3 in May).')).toEqual(date('2025-05-31'));
    expect(deadlineOf('Maya will read 2 books (1 in February).')).toEqual(date('2025-02-28'));
    expect(deadlineOf('Maya will complete 4 assessments (2 in spring 1, 2 in spring 2).')).toEqual(term('spring', 'second-half'));
  });

  it('near-variant: a count of lates in a month is still a baseline ("(9 lates in December)")', () => {
    expect(deadlineOf('Ella will have 0 lates by Easter (9 lates in December)')).toEqual(date('2025-04-20'));
  });
});

describe('Labelling guide, Time-bound (T): frequencies ("every Tuesday") — a list of week days is a timetable, "Weds" as a short form too', () => {
  it.each([
    'Organisation - bring PE kit every day. Tutor check on Mon and Weds',
    'Tutor to check his planner on Mon and Weds',
    'Reading record signed on Tues and Weds',
  ])('%s → none', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('near-variant: one week day after "on" is still the next such day', () => {
    expect(deadlineOf('Kai will hand in the signed form on Monday')).toEqual(date('2025-01-20'));
  });

  it.each(['Kai will hand in his homework by Weds', 'Kai will hand in the signed form on Weds', 'Kai will bring his PE kit by Weds.'])(
    '"Weds" alone is a week day as Wednesday is, the next such day: %s',
    (text) => {
      expect(deadlineOf(text)).toEqual(date('2025-01-22'));
    },
  );

  it('"Weds" first in a list is a timetable too ("on Weds and Fri")', () => {
    expect(deadlineOf('Tutor to check his planner on Weds and Fri')).toBeNull();
  });
});

describe('School-time table, "has been late 14 times this half term": a perfect participle ("having attended … in autumn") is what has happened up to now, a background date', () => {
  it.each([
    ['Kacey will attend all her sessions for 6 weeks in a row by the February half term, having attended 2 of 3 days in autumn.', term('spring', 'half-term')],
    ['Sam will read 10 books by Easter, having read 4 in the autumn term', date('2025-04-20')],
    ['Mia will attend 9 of 10 days by half term, having missed 12 days in the autumn term', term('spring', 'half-term')],
    ['Having attended 2 of 3 days in autumn, Jaxon will attend 3 of 3 days by Easter.', date('2025-04-20')],
  ])('%s', (text, want) => {
    expect(deadlineOf(text)).toEqual(want);
  });

  it('near-variant: "having" as a verb of its own ("be having lessons") keeps the point', () => {
    expect(deadlineOf('Sam will be having swimming lessons in the summer term')).toEqual(term('summer', 'end'));
  });
});
