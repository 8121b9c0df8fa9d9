import { describe, expect, it } from 'vitest';
import { date, deadlineOf, term, yearEndApprox as leaving } from './_deadlineLabel';

// The limits of "what comes after the target does not date it" (docs/smart.md, "Labelling guide", Time-bound (T): the row
// "after a point with 'by', 'before' or 'until' …" — it applies after a "by" point, and "with no 'by' point a purpose
// clause still dates the target"; the row "back … after half term"; the row "by the move in May"; the school-time row
// "ready for …", whose side-clause rule is for a side clause), meeting Wednesday 15 January 2025. The targets are
// written here for the rules (review of dl29), not copied from a data set.

describe('Time-bound (T), row "after a point with by, before or until …": with no "by" point first, a purpose clause still dates the target', () => {
  it.each([
    ['Attend 3 mornings a week in January so that by Easter he is in full days.', date('2025-04-20')],
    ['Attend 3 mornings a week in January, so he will be in full days by Easter.', date('2025-04-20')],
    ['Leon will attend 3 afternoon sessions in the spring term so that he will be in full days by the summer half term.', term('summer', 'half-term')],
    ['Dan will attend 4 mock interviews in February so that he is ready to apply by the end of March.', date('2025-03-31')],
    ['Weekly ELSA sessions in the spring term so that by the summer she can name 5 feelings.', term('summer', 'end')],
    ['Meet the careers adviser in February to help him apply to college by 31 March.', date('2025-03-31')],
    ['Kayden will read with his carer every night in the spring term so that he can pass the phonics check in June.', date('2025-06-30')],
  ])('%s (the child\'s outcome or an act of the target: the final point)', (text, d) => {
    expect(deadlineOf(text)).toEqual(d);
  });

  it.each([
    ['Sit the Entry 3 English exam in March, so he can start the Level 1 course in September.', '2025-03-31'],
    ['Mo will pass his Entry 2 reading in April so that he can move on to the Entry 3 class in June.', '2025-04-30'],
  ])('%s → %s (a next step\'s start, its verb and its next place, gives way)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('after a "by" point, any purpose clause gives way', () => {
    expect(deadlineOf('Agree the plan by 31 January, so that he is back full time by the end of February.')).toEqual(date('2025-01-31'));
  });
});

describe('Time-bound (T), row "back … after half term": starting full time is the target\'s goal, not a next step', () => {
  it('a start with no next place stays a point of the target', () => {
    expect(deadlineOf('Start full time in April; attend 4 days a week by half term.')).toEqual(date('2025-04-30'));
  });

  it('a start with a next place (course, college, Year N, Level N) still gives way to the "by" point', () => {
    expect(deadlineOf('Enrol on Level 2 in September; Amir to complete Level 1 by June.')).toEqual(date('2025-06-30'));
    expect(deadlineOf('Jade will start Year 7 in September; she will attend 3 transition days by the end of the summer term.')).toEqual(term('summer', 'end'));
    expect(deadlineOf('Start college in September - Tyler will visit the open day by the end of March.')).toEqual(date('2025-03-31'));
  });
});

describe('Time-bound (T), row "by the move in May": a leaving point\'s stated date dates the move', () => {
  it.each([
    ['Before she leaves primary school in July 2025, Ava will know all her times tables.', '2025-07-31'],
    ['Before she leaves primary school (July 2025), Ava will know all her times tables.', '2025-07-31'],
    ['Ava will know all her times tables before she leaves primary school in July 2025.', '2025-07-31'],
    ['Before she leaves primary school on 18 July 2025, Ava will know all her times tables.', '2025-07-18'],
    ['Before he moves to secondary on 3 September, Sam will do the bus journey twice.', '2025-09-03'],
  ])('%s → %s (stated, no "~")', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('a month with no year after the place is the move\'s month: the point stays inferred', () => {
    expect(deadlineOf('Before he starts Year 7 at his new academy in September, Noah will visit the school twice.')).toEqual(leaving);
  });
});

describe('Time-bound (T), school-time row "ready for …": the side-clause rule is for a side clause, not the target\'s main clause', () => {
  it.each([
    ['Before he leaves primary, Ben will complete a transition booklet in June and visit the new school in July.', date('2025-07-31')],
    ['Before he moves to secondary in September, Sam will do the bus journey twice in July.', date('2025-07-31')],
    ['Before he moves to secondary, in July Sam will do the bus journey twice.', date('2025-07-31')],
    ['By the time he leaves Year 6 he will walk to school on his own in the summer term 3 times a week.', term('summer', 'end')],
    ['Before she moves to secondary school, Isla will walk the route 4 times in the summer term.', term('summer', 'end')],
  ])('%s (the main clause keeps its own point)', (text, d) => {
    expect(deadlineOf(text)).toEqual(d);
  });

  it('a side clause\'s point, or a term when the move has its month (the row\'s own pair), gives way to the move', () => {
    expect(deadlineOf('Before she moves up to Year 7 in September, Mia will get to know her new school, visiting 3 times in the summer term.')).toEqual(leaving);
    expect(deadlineOf('Before she moves to secondary school in September, Isla will walk the route with her carer 4 times in the summer term.')).toEqual(leaving);
  });
});

describe('Time-bound (T), row "after a point with by, before or until …": a "due" date alone in brackets after the target\'s own "by" point', () => {
  it.each([
    ['Ava to complete her college application by 7 February (application due 14 March).', '2025-02-07'],
    ['Have the laptop set up by the end of January (bursary deadline 14 February).', '2025-01-31'],
  ])('%s → %s (the target\'s own point wins)', (text, d) => {
    expect(deadlineOf(text)).toEqual(date(d));
  });

  it('with no "by" point of its own the bracket still dates the target, and a review\'s bracket dates the review', () => {
    expect(deadlineOf('Ava to hand in her college application (due 14 March).')).toEqual(date('2025-03-14'));
    expect(deadlineOf('Kai will take a turn in 4 out of 5 group sessions by the next PEP (due 9th May).')).toEqual(date('2025-05-09'));
    expect(deadlineOf('Jo will finish his CV draft by March (final version due by October).')).toEqual(date('2025-10-31'));
  });
});
