/**
 * The labelling guide, Settled cases: "attending a group, service, club run for the child or tuition: not specific (S rule 4:
 * provision); a stated rate or frequency of attending still measures", and "joining or going to a club, team, choir or youth
 * organisation for its activity … with nothing the child achieves there: not specific … a rate of going still measures; an
 * outcome joined to it … is specific". Two forms that escaped them: a count of all the sessions before the provision they
 * are of ("all 10 sessions of the … intervention", src/smart/_specific.ts, rateOfEnd), and revision sessions named by two
 * school subjects ("maths and science revision sessions", src/smart/_activity.ts, subjectsJoined).
 */
import { describe, expect, it } from 'vitest';
import { sm } from './_judge';

describe('Settled cases, attending a group, service or tuition: "all N sessions of" the provision is provision attended', () => {
  it.each([
    'Maya will attend all 12 sessions of the Lego and Drama therapy group (Thursdays).',
    'Ben to attend all 6 sessions of the Zones of Regulation intervention with the ELSA.',
  ])('%s: not specific, its rate of attending still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    // An outcome joined to the provision is the child's and specific.
    'Maya will attend all 12 sessions of the Lego and Drama therapy group and use 2 greetings with a peer each session.',
    // All the sessions of a course or of lessons are the child's own attendance (Settled cases: specific).
    'Ava will attend all 10 sessions of her college maths course this term.',
  ])('%s: still specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Settled cases, activities joined: revision sessions named by two school subjects are still the activity', () => {
  it.each([
    'Omar will go to the Year 11 English and maths revision sessions on Mondays, at least 75% of them.',
    'Isla will attend the history and geography revision sessions after school, at least 8 of the 10.',
  ])('%s: not specific, the rate of going still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    // An outcome joined after "and" with a verb of the child's is not a list of subjects: it is read on its own anchors.
    'Omar will go to the Year 11 English revision sessions on Mondays and score a grade 5 in his March mock.',
    // Two subjects of the child's own lessons, no activity named: the child's attendance (Settled cases: specific).
    'Omar will attend all of his maths and science lessons this half term.',
  ])('%s: still specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Settled cases, attending a group, service or tuition: an outcome joined by "and" with a verb of attaining a value or result ends the provision', () => {
  it.each([
    // docs/smart.md: "A second predicate of the child's joined by 'and' or 'then', with a verb seen done, ends the provision".
    'Josh will attend all 6 sessions of his maths tuition and score 6/10 on his times tables test by Easter.',
    'Josh will attend his maths tuition and score 6/10 on his times tables test by Easter.',
    'Kian will attend all 8 sessions of the nurture group and earn 20 house points by half term.',
    'Kian will attend all 8 sessions of his tuition and pass his Year 6 SATs in May.',
  ])('%s: specific and measurable', (text) => {
    expect(sm(text)).toEqual([true, true]);
  });

  it.each([
    // A verb of attaining with no value or named result after it adds no outcome: the provision still.
    'Kian will attend all 8 sessions of the nurture group and get support with his feelings by half term.',
    'Josh will attend all 6 sessions of his maths tuition by Easter.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Settled cases, attending a group, service or tuition: sessions counted "of" the provision, after a verb of attending only', () => {
  it.each([
    'Amelia will attend all ten sessions of the Drawing and Talking intervention by Easter.',
    'Ollie will attend all 6 weekly sessions of the Decider Skills group by half term.',
    'Ruby will attend all 6 sessions of the Year 6 SATs booster group by May.',
    'Ruby will attend all of the sessions of the Zones of Regulation group by half term.',
    'Noah will attend every session of the social skills group until Easter.',
    'Isla will attend all 10 of the sessions of her play therapy by the end of term.',
  ])('%s: not specific, its rate of attending still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    // Sessions received are given to the child (S rule 4): neither specific nor measurable, as before the jump over "sessions of".
    'Daniel will receive all 10 sessions of the online maths course by the end of term.',
    'Daniel will have all 10 sessions of the online maths course by the end of term.',
  ])('%s: not specific, not measurable', (text) => {
    expect(sm(text)).toEqual([false, false]);
  });

  it.each([
    // The sessions of a course are the child's own attendance (Settled cases: specific).
    'Ethan will attend all the sessions of the anger management course by the end of March.',
    'Daniel will access all 10 sessions of the online maths course by the end of term.',
  ])('%s: still specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});

describe('Settled cases, activities joined: revision sessions named by a list of school subjects are still the activity', () => {
  it.each([
    'Jack will attend the maths, English and science revision sessions every Tuesday until May.',
    'Jack will attend the GCSE maths and GCSE science revision sessions every week until the mocks.',
    'Jack will attend the maths and computer science revision sessions every week until the mocks.',
  ])('%s: not specific, the rate of going still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    // A verb of the child's after "and" opens the child's clause, a subject after it or not.
    'Jack will attend the maths revision sessions every week and complete 3 science past papers by the mocks.',
    'Jack will attend the maths, English and science revision sessions and achieve a grade 5 in maths by the summer.',
  ])('%s: still specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});
