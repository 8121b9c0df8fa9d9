import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { date, deadlineOf, term } from './_deadlineLabel';
import { MEETING } from './_judge';

// Background notes in brackets, a week commencing in brackets, the last weeks of a term and a term or month alone in a
// pasted table row (docs/smart.md, "Labelling guide": "Deadline labels", "Time-bound (T)", its school-time table and "Not
// deadlines"), meeting Wednesday 15 January 2025. The targets are written here for the rules, not copied from a data set.

describe('Time-bound (T), "Not deadlines": background dates and baselines; a bracketed note dated by a point over at the meeting', () => {
  it.each([
    ['Priya will reach grade 5 in the May science mock (currently a 4, 48% on the December paper).', date('2025-05-31')],
    ['Owen will score 20/25 on the times tables check in March (scored 14/25 in October).', date('2025-03-31')],
    ['Keeping this target (not met: 2 of 5 mornings on time in Dec). Leon will be on time 5 of 5 mornings by the end of February.', date('2025-02-28')],
    ['Rosie (moved to her new placement in November) will join one lunchtime club by the end of April.', date('2025-04-30')],
    ['Jay will attend 95% of sessions in the summer term (82% in the autumn term).', term('summer', 'end')],
    ['Ellis will read 12 books by Easter (read 4 books Sept-Dec).', date('2025-04-20')],
    ['Noor will get 70% in the June maths exam (Nov test: 41%).', date('2025-06-30')],
    ['Attendance: 81% (Sep-Nov) to 92% by the spring half term.', term('spring', 'half-term')],
    ['Callum will pass his theory test by the end of March (failed it in December).', date('2025-03-31')],
    ['Mia (EHCP issued in October) will use her visual timetable every morning until the next PEP in May.', date('2025-05-31')],
    ['Femi will get a grade 4 in the March mock (grade 2 in November, grade 3 in December).', date('2025-03-31')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('keeps a bracketed point that is still to come, or the only point written', () => {
    // The bracket restates a review still to come in the meeting's school year (row "a review with its month … in brackets").
    expect(deadlineOf('Ava will read 10 minutes a night by the next PEP (June).')).toEqual(date('2025-06-30'));
    // A year written makes the point the one to come: not over at the meeting.
    expect(deadlineOf('Ava will sit her GCSE maths resit in June (next attempt November 2025).')).toEqual(date('2025-11-30'));
    // With no point of the target's own outside the brackets, the bracket's month stays (nothing else to give way to).
    expect(deadlineOf('Ava will sit her maths resit (in November).')).toEqual(date('2025-11-30'));
    // Not in brackets: a later month stays the latest point.
    expect(deadlineOf('Ava will apply by March and go to the taster day in November.')).toEqual(date('2025-11-30'));
  });
});

describe('Deadline labels, row "in the week of 3 March, w/c 3rd March": a week commencing in brackets dates the week named before it', () => {
  it.each([
    ['Target: grade 4 in the summer assessment week (w/c 9/6).', '2025-06-09'],
    ['Jake will score 15/20 in the spring test week (w/c 24/3).', '2025-03-24'],
    ['Amira will complete both papers in mocks week (w/c 3/2).', '2025-02-03'],
    ['Sol will hand in his project in the spring deadline week (w/c 10th March).', '2025-03-10'],
    ['Reading age of 9 years in the summer testing week (w/c 16 June).', '2025-06-16'],
    ['Tom will sit the practice paper in the spring assessment week (w/c 31/3) with his access arrangements.', '2025-03-31'],
    ['Grace will perform her piece in the summer concert week (w/c 7/7).', '2025-07-07'],
    ['Ben will read his poem aloud in the spring poetry week (w/c 3/3).', '2025-03-03'],
    ['Lily will reach 80% in the summer data week (w/c 2/6).', '2025-06-02'],
    ['Omar will get a 5 in the spring maths assessment week (w/c 17 March).', '2025-03-17'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a week commencing not in brackets, or a bracket that is not a week commencing, leaves the point before it', () => {
    // "by the end of the spring term (31/3)": a day alone, not a week commencing, in brackets is not this reading.
    expect(deadlineOf('Tom will read 20 books in the summer term, starting w/c 3/3.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Tom will sit the paper in the summer assessment week (Hall 2).')).toEqual(term('summer', 'end'));
  });
});

describe('Deadline labels, "last" of a series, not the past: "the last N weeks of" a term is that term\'s end', () => {
  it.each([
    ['Mason will have no removals from class in the last 4 weeks of the summer term.', term('summer', 'end')],
    ['From 5 lates a week in the autumn term to none in the last 3 weeks of the spring term.', term('spring', 'end')],
    ['Isla will attend every day in the last two weeks of the summer term.', term('summer', 'end')],
    ['No detentions in the last fortnight of the spring term.', term('spring', 'end')],
    ['Zero incidents in the last week of the summer term.', term('summer', 'end')],
    ['Ryan will hand in all homework in the last 6 weeks of the summer term.', term('summer', 'end')],
    ['From 4 fights a term in the autumn term to none in the last 5 weeks of the summer term.', term('summer', 'end')],
    ['Daisy will read nightly in the last 2 weeks of the spring term.', term('spring', 'end')],
    ['Kai will be on time every day in the last 10 days of the spring term.', term('spring', 'end')],
    ['No phone confiscations in the last month of the summer term.', term('summer', 'end')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('"in the last 6 weeks" with no period after it stays the past', () => {
    expect(deadlineOf('Kai has had 3 exclusions in the last 6 weeks.')).toBeNull();
    expect(deadlineOf('Kai had 2 detentions last term.')).toBeNull();
  });
});

describe('School-time table, a "Timescale" cell read as "by" what it names: a term or month alone in a cell of a row pasted with pipes', () => {
  it.each([
    ['Reading | Daily reading with carer | FC / DT | Summer | Reading age up 6 months', term('summer', 'end')],
    ['Maths | Tutor sessions | Tutor | Spring | Grade 4 in mock', term('spring', 'end')],
    ['Friendships | Lunch club | Pastoral | Autumn | Two named friends', term('autumn', 'end')],
    ['Attendance | Morning check-in | DT | Summer', term('summer', 'end')],
    ['Careers | Apply for college | PA / YP | Feb | Application sent', date('2025-02-28')],
    ['Bursary | Apply for bursary | PA | Sept', date('2025-09-30')],
    ['Swimming | Lessons | FC | July | 25 metres', date('2025-07-31')],
    ['Wellbeing | ELSA | ELSA / DT | Spring | Names 4 feelings', term('spring', 'end')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('a term or month that is not alone in its cell, or not in a row, is not read this way', () => {
    expect(deadlineOf('Reading | Summer reading challenge books | Carer')).toBeNull();
    expect(deadlineOf('Summer will read every night with her carer')).toBeNull();
  });
});

// review26c's findings on dl26 (fx39), meeting 15 January 2025.
describe('Time-bound (T): a bracket that looks ahead ("by", "due", a future or modal verb, "next", a review, a target\'s mark) is not a background note', () => {
  it.each([
    ['Jess will finish her personal statement draft by March (final version due by October).', date('2025-10-31')],
    ['Leah will attend 3 taster days by Easter (to be reviewed in October).', date('2025-10-31')],
    ['Leah will keep her reading log daily by half term (next review in September).', date('2025-09-30')],
    ['Leah will use her reading pen in class by the end of March (will use it in her November mocks).', date('2025-11-30')],
    ['Leah will revise 30 minutes a night by Easter (target: grade 5 in the November resit).', date('2025-11-30')],
    ['Ava will sit her GCSE maths resit in June (next attempt in November).', date('2025-11-30')],
    ['Ava will sit her GCSE maths resit in June (next resit in November).', date('2025-11-30')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('a bracket of what was, with none of those words, stays background', () => {
    expect(deadlineOf('Ava will sit her GCSE maths resit in June (failed in November with a 3).')).toEqual(date('2025-06-30'));
    // A review that was: its word after the month, not before the point.
    expect(deadlineOf('Ava will learn her 7 times table (not secure in Dec, Nov review: 4/12) by the spring half term.')).toEqual(term('spring', 'half-term'));
    expect(deadlineOf('Rosie (moved to her new placement in November) will join one lunchtime club by the end of April.')).toEqual(date('2025-04-30'));
  });
});

describe('Deadline labels: a week commencing in brackets dates only a point that names a week', () => {
  it.each([
    ['Tom will read 10 books by the end of term (w/c 7/4).', term('spring', 'end')],
    ['Tom will use his planner daily until the Easter holidays (w/c 7/4).', term('spring', 'end')],
    ['Tom will read 10 books by the end of the spring term (w/c 7/4).', term('spring', 'end')],
    ['Tom will read 10 books in the spring term (w/c 7/4).', term('spring', 'end')],
    ['Tom will be reading at ARE by the end of the summer term (w/c 14/7).', term('summer', 'end')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('still dates a week named before it', () => {
    expect(deadlineOf('Josh will take part in the school play in the summer show week (w/c 30/6).')).toEqual(date('2025-06-30'));
  });
});

describe('Time-bound (T), settled row on a count of none: "the last N weeks of" a period over at the meeting is background unless a future or modal verb or a target\'s mark makes it the target\'s own', () => {
  const smt = (text: string): string => {
    const r = checkSmartTarget(text, MEETING);
    return `S${Number(r.specific.met)} M${Number(r.measurable.met)} T${Number(r.timeBound.met)}`;
  };
  it.each([
    '3 exclusions in the last 6 weeks of the autumn term.',
    'Exclusions: 3 in the last 6 weeks of Autumn 2.',
    'Attendance 88% in the last month of the autumn term.',
  ])('%s is background (S0 M0 T0)', (text) => {
    expect(smt(text)).toBe('S0 M0 T0');
    expect(deadlineOf(text)).toBeNull();
  });

  it('the target\'s own point is read beside it', () => {
    expect(deadlineOf('Attendance 78% in the last 4 weeks of the autumn term; 95% by Easter.')).toEqual(date('2025-04-20'));
  });

  it('after a future verb or a target\'s mark, or in a period still to come, it is the period\'s end', () => {
    expect(deadlineOf('Ben will have no removals in the last 6 weeks of Spring 2.')).toEqual(term('spring', 'end'));
    expect(deadlineOf('Target: 0 exclusions in the last 6 weeks of the autumn term.')).toEqual(term('autumn', 'end'));
    expect(deadlineOf('No detentions in the last fortnight of the spring term.')).toEqual(term('spring', 'end'));
  });
});

describe('Deadline labels, near neighbours of "the last N weeks of": "of term" is this term, "few" is a count', () => {
  it.each([
    ['Ben will attend every day in the last week of term.', term('spring', 'end')],
    ['Ben will attend every session for the last 3 weeks of term.', term('spring', 'end')],
    ['Ben will have 0 exclusions in the last 4 weeks of term.', term('spring', 'end')],
    ['Ben will have no removals in the last few weeks of the summer term.', term('summer', 'end')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('"last term" and a past count in the last weeks of term stay background', () => {
    expect(deadlineOf('Kai had 2 detentions last term.')).toBeNull();
    expect(deadlineOf('Ben has had 4 removals in the last 2 weeks of term; target fewer than 2 a week by half term.')).toEqual(term('spring', 'half-term'));
  });
});

describe('School-time table, "Not deadlines": header, record and name cells are not Timescale cells; a month that is also a word or name keeps its guard', () => {
  it.each([
    'Subject | Autumn | Spring | Summer',
    'Maths target grade | 3 | 4 | 5\nSubject | Autumn | Spring | Summer',
    'Reading with carer | Autumn | Spring | Summer',
    'Previous target | Reading 10 books | December | Not met',
    'Maths | Previous target | December | not met',
    'Reviewed | Dec | Met | 8/10 spellings',
    'Date set | Sept | Target | Read 10 books',
    'Pupil | Summer | Reading | 20 mins daily',
    'Carer | April | Y5 | reads nightly',
    'Careers | May | interview practice with Mrs Jones',
    'Swimming | Ongoing | May | 10m',
    'Phonics | Daily RWI | TA | March | Phase 5 secure',
    '| March | review',
  ])('%s has no deadline', (text) => {
    expect(deadlineOf(text)).toBeNull();
  });

  it('a lone term or unambiguous month in a row\'s when column still is one', () => {
    expect(deadlineOf('Maths | last review | Sept | 3/10 | Target | July | 8/10')).toEqual(date('2025-07-31'));
    expect(deadlineOf('Emotional wellbeing | VS EP consultation | EP / DT | Summer | Improved wellbeing')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Target | By when | Who\nRead 10 books | Summer | Carer')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Spelling | July |')).toEqual(date('2025-07-31'));
  });
});
