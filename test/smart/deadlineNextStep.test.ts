import { describe, expect, it } from 'vitest';
import { date, deadlineOf, term, yearEndApprox as leaving } from './_deadlineLabel';

// What comes after the target (a next course, a later start, a deposit date, a move to the next school) does not date
// it (docs/smart.md, "Labelling guide", Time-bound (T): the row "after a point with 'by', 'before' or 'until' …" — a
// start point is not a deadline and a purpose says what the target is for — and the school-time rows on leaving
// points), meeting Wednesday 15 January 2025. The targets are written here for the rules, not copied from a data set.

describe('Time-bound (T), row "after a point with by, before or until …": a next step\'s start in a purpose clause after the target\'s own point', () => {
  it.each([
    ['Leah will sit her Entry 2 maths test in April, so she can join the Entry 3 group in June.', '2025-04-30'],
    ['Omar will finish the first aid course in March so that he can start the lifeguard job in July.', '2025-03-31'],
  ])('%s → %s (the later month is a next step\'s start: what the target is for)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('the summer term of the target stays its point when a purpose clause names September', () => {
    expect(deadlineOf('Nadia will take her GCSE science exams this summer and get a grade 4 so that she can begin the nursing course in September.')).toEqual(term('summer', 'end'));
  });

  it('a purpose clause that holds the only point still dates the target', () => {
    expect(deadlineOf('Carer to set up a homework corner so that Leo hands in all his homework this half term.')).toEqual(term('spring', 'half-term'));
  });
});

describe('Time-bound (T), row "after a point with by, before or until …": a "by" or "due" point inside the purpose clause', () => {
  it.each([
    ['PA to send the bursary form by 7 February so that Zoe has her laptop by the end of March.', '2025-02-07'],
    ['Carer to book the passport photos by 21 February so Ellis can go on the ski trip (balance due 30.04.25).', '2025-02-21'],
  ])('%s → %s (the target\'s own "by" point)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('two "by" points with no purpose clause between them: the final one', () => {
    expect(deadlineOf('PA to send the bursary form by 7 February and Zoe to have her laptop by the end of March.')).toEqual(date('2025-03-31'));
  });
});

describe('Time-bound (T), row "after a point with by, before or until …": a next step\'s start written before the target\'s "by" point', () => {
  it.each([
    ['I want to start my plumbing course in September - finish the Level 1 maths by the end of May.', '2025-05-31'],
    ['Kian will go on to the Level 3 course in September - he needs all his coursework marked by June.', '2025-06-30'],
    ['Ruby will pass her Entry 3 reading by the end of March and enrol on the childcare course in September.', '2025-03-31'],
  ])('%s → %s', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('with no "by" point, a next step after "then" or "and" stays the final point (row "pass ESOL E3 reading then move onto level 1 in september")', () => {
    expect(deadlineOf('Sara will pass Entry 2 writing then move on to the Entry 3 class in April.')).toEqual(date('2025-04-30'));
    expect(deadlineOf('Sara will get her results in March and start the Level 1 course in May.')).toEqual(date('2025-05-31'));
  });
});

describe('Time-bound (T), school-time rows "before she moves up …" and "ready for … reads as by": a leaving point with "before"', () => {
  it('a month a few words after the place says when in the year the move falls', () => {
    expect(deadlineOf('Before he starts Year 7 at his new academy in September, Noah will visit the school twice with his carer.')).toEqual(leaving);
  });

  it('a side clause\'s point gives way to the leaving point', () => {
    expect(deadlineOf('Before she moves to secondary school in September, Isla will walk the route with her carer 4 times in the summer term.')).toEqual(leaving);
  });

  it('a month with its year written, or in a later clause, is not the move\'s month', () => {
    expect(deadlineOf('Noah will visit his new academy twice with his carer. He starts in September.')).not.toEqual(leaving);
  });

  it('without "before", a month after a start stays a start point, not a leaving point', () => {
    expect(deadlineOf('Transition to Year 7 in September - Noah will visit the school twice with his carer.')).toBeNull();
  });
});
