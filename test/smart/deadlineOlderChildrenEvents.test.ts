import { describe, expect, it } from 'vitest';
import { date, deadlineOf } from './_deadlineLabel';

// Points in the lives of older children at risk: a release dated in brackets, a window after a dated event, a pathway
// plan review, the ePEP, a baby's due date, the start of September, a purpose with "so she gets", the last weeks of a
// month (docs/smart.md, "Labelling guide": "Deadline labels", "Time-bound (T)", its school-time table and "Not
// deadlines"), meeting Wednesday 15 January 2025. The targets are written here for the rules, not copied from a data set.
const NEXT_REVIEW = { kind: 'next-review' };
const YEAR_END = { kind: 'academic-year-end' };

describe('Time-bound (T) row "an event the target is due by, dated by a month": a forecast day after the event dates it', () => {
  it.each([
    ['Before his release date (expected 21/04/25) Jordan will pass Entry 3 maths at the YOI.', date('2025-04-21')],
    ['Mason will have a college place confirmed before his release (estimated 02/05/25).', date('2025-05-02')],
    ['Tia will finish her CV before her court hearing (anticipated 14/03/25).', date('2025-03-14')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('still reads a day after a verb of what happened, before the meeting, as background', () => {
    // "ended 6th Jan": a thing done before the meeting (pastDone), not a forecast; the target's own point is read.
    expect(deadlineOf('Part-time timetable ended 6/1/25. Kai will attend full days by half term.')).toEqual({ kind: 'term', term: 'spring', part: 'half-term' });
  });
});

describe('Deadline labels: a window after a one-off event whose day is written in brackets ends that many days after it', () => {
  it.each([
    ['Kyle to start the Level 1 Bricklaying course within 2 weeks of release (03/03/25), with his YOT worker.', date('2025-03-17')],
    ['Reece to enrol at college within 10 days of his release (on 04/03/25).', date('2025-03-14')],
    ['Nia to register with a GP within a fortnight of her move (10/02/25).', date('2025-02-24')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('leaves a window after each event, or one with no date, as before', () => {
    // "of any fall-out": a window after every such event, a measure (the guide's conditional windows); a date in brackets
    // after it is read alone as before, not as the day the window counts from.
    expect(deadlineOf('Jay will apologise within 2 days of any fall-out.')).toBeNull();
    expect(deadlineOf('Jay will apologise within 2 days of any fall-out (03/03/25).')).toEqual(date('2025-03-03'));
    // No date in brackets: the one move is counted from the meeting; a kind of move before "move" is the same move.
    expect(deadlineOf('Reece will attend full time within 20 school days of his placement move.')).toEqual({ kind: 'relative', days: 28 });
    expect(deadlineOf('Ellie will be on roll within 4 weeks of the house move.')).toEqual({ kind: 'relative', days: 28 });
  });

  it('reads the event as a short noun phrase of words and ordinals, up to a clause mark or a joining word (review36c)', () => {
    expect(deadlineOf('Tom will settle at school within 2 weeks of the move to care (03/02/25).')).toEqual(date('2025-02-17'));
    expect(deadlineOf('Amy will attend full days within 4 weeks of the start of term (6/1/25).')).toEqual(date('2025-02-03'));
    expect(deadlineOf('Leah will open a bank account within 2 weeks of her 17th birthday (12/03/25).')).toEqual(date('2025-03-26'));
    // "and" opens another part: the bracket dates that part, not the event the window counts from.
    expect(deadlineOf('Tyler will enrol within 4 weeks of release and attend the course induction (12/03/25).')).toEqual(date('2025-03-12'));
  });

  it('counts months and years as calendar months from the day, not 30 days each (review36c)', () => {
    expect(deadlineOf('Tyler will enrol on a Level 1 course within 6 months of release (14/02/25).')).toEqual(date('2025-08-14'));
    expect(deadlineOf('Tyler will enrol on a Level 1 course within 1 month of release (31/01/25).')).toEqual(date('2025-02-28'));
    // Weeks and school days stay days: 4 weeks is 28 days.
    expect(deadlineOf('Tyler will enrol on a Level 1 course within 4 weeks of release (12/03/25).')).toEqual(date('2025-04-09'));
  });
});

describe('Time-bound table "by his annual review, by her LAC review": a pathway plan review and the ePEP are the next review', () => {
  it.each([
    ['Kyle will open a bank account, checked by his PA at the pathway plan review.', NEXT_REVIEW],
    ['Demi will book her own GP appointment by the pathway plan review.', NEXT_REVIEW],
    ['Harry will point to 5 body parts when named by the next ePEP review.', NEXT_REVIEW],
    ['Ruby will sign "more" at snack time every day by the next ePEP.', NEXT_REVIEW],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('does not make a pathway plan or an ePEP alone a point', () => {
    // The plan named as a document, with no review: no point.
    expect(deadlineOf('Kyle will read his pathway plan with his PA.')).toBeNull();
    // "uploaded to ePEP": the system, not a meeting.
    expect(deadlineOf('Reading test result uploaded to ePEP.')).toBeNull();
    // A pathway plan review with its month is the month (the row "a review … with a month").
    expect(deadlineOf('Demi will open a bank account by the pathway plan review in May.')).toEqual(date('2025-05-31'));
  });
});

describe('"Not deadlines": background dates; when a baby is due is a fact, not a point', () => {
  it.each([
    ['Sasha (pregnant, due in June) will sit her GCSE papers in May and attend 3 days a week until Easter.', date('2025-05-31')],
    ['Tia (pregnant, due in May) will hand in unit 7 by the Easter holidays.', { kind: 'term', term: 'spring', part: 'end' }],
    ["Kayleigh's baby is due in April; she will finish her Level 1 course by the end of March.", date('2025-03-31')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('keeps other things due in a month', () => {
    expect(deadlineOf('Coursework due in May: Jade will hand in all 3 units.')).toEqual(date('2025-05-31'));
    expect(deadlineOf('Ben will send his application, due in March.')).toEqual(date('2025-03-31'));
    expect(deadlineOf('The payment due date is in May; Ryan will save £20 a week.')).toEqual(date('2025-05-31'));
    expect(deadlineOf('Results expected in August. Amira will revise 3 evenings a week for her GCSE maths.')).toEqual(date('2025-08-31'));
  });

  it('reads other wordings of a baby\'s due date as background too (review36c)', () => {
    expect(deadlineOf('Her due date is in June; she will complete Level 1 English by May.')).toEqual(date('2025-05-31'));
    expect(deadlineOf("Kayleigh's due date is in June; she will finish unit 3 by May.")).toEqual(date('2025-05-31'));
    expect(deadlineOf('Baby expected in June. Leah will complete her CV by April.')).toEqual(date('2025-04-30'));
    expect(deadlineOf('Her baby is expected in June; she will finish unit 3 by May.')).toEqual(date('2025-05-31'));
  });
});

describe('school-time table "by next academic year, by the start of next year": by the start of September', () => {
  it.each([
    ['Isla will find her peg and name her new teacher by the start of September.', YEAR_END],
    ['Ben will know his tutor group by the beginning of September.', YEAR_END],
    ['Ben will go to the summer school in August and know his timetable before the start of September.', YEAR_END],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('keeps another month\'s start, and September with its year, as dates', () => {
    expect(deadlineOf('Ben will know his tutor group by the beginning of June.')).toEqual(date('2025-06-01'));
    expect(deadlineOf('Ben will know his tutor group by the start of September 2025.')).toEqual(date('2025-09-01'));
    expect(deadlineOf('Ben will know his tutor group by the end of September.')).toEqual(date('2025-09-30'));
  });
});

describe('Time-bound: a purpose clause after the target\'s own "by" point gives way ("so she gets …")', () => {
  it.each([
    ['PA to help Demi fill in the bursary form by 14/02/25 so she gets the money for travel this year.', date('2025-02-14')],
    ['Jay to hand in his ID by 7 February so he receives his pay this year.', date('2025-02-07')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('still reads a state after "so" as the point it names', () => {
    // "so he is …": a state (maybe the result), not read as a purpose here; the last point stays.
    expect(deadlineOf('Kai will get the 7.40 bus so he is at school for registration on 95% of days by the end of this term.')).toEqual({ kind: 'term', term: 'spring', part: 'end' });
  });

  it('reads past an adverb to the verb, and not an adverb in -s as the verb (review36c)', () => {
    // "always" is not the verb: "so she always hands in" is a purpose by "hands", "so she always has" a state.
    expect(deadlineOf('Jay will use a planner by half term so she always hands in her homework on time by Easter.')).toEqual({ kind: 'term', term: 'spring', part: 'half-term' });
    expect(deadlineOf('Jay will get the bus by half term so he always arrives on time by Easter.')).toEqual({ kind: 'term', term: 'spring', part: 'half-term' });
    expect(deadlineOf('Jay will use a planner by half term so she always has her kit by Easter.')).toEqual(date('2025-04-20'));
  });

  it('reads "so" after a main clause in the past as a result, not a purpose (review36c)', () => {
    expect(deadlineOf('Jay was told by half term so he gets a place by Easter.')).toEqual(date('2025-04-20'));
    // A plan's own main clause ("PA to check …") with a past verb inside it still has "so" as its purpose.
    expect(deadlineOf('PA to check the form was sent by 14/02/25 so she gets the money by Easter.')).toEqual(date('2025-02-14'));
  });
});

describe('Time-bound row "the last N weeks of a term": the last weeks of a month are its end', () => {
  it.each([
    ['Leon to have no removals from lessons in the last 2 weeks of March.', date('2025-03-31')],
    ['Leon will have no detentions in the last week of February.', date('2025-02-28')],
  ])('%s', (text, expected) => {
    expect(deadlineOf(text)).toEqual(expected);
  });

  it('keeps the last weeks of a month over at the meeting, stated as what happened, background', () => {
    expect(deadlineOf('Leon had 3 removals in the last 2 weeks of December.')).toBeNull();
    expect(deadlineOf('Leon had 3 removals in the last 2 weeks of December; no removals by Easter.')).toEqual(date('2025-04-20'));
  });
});
