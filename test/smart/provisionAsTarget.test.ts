/**
 * The labelling guide, Specific rule 4: "Adult provision with no child outcome is not specific"; Settled cases: "attending a
 * group, service, club run for the child or tuition" is not specific (a rate of going still measures), and "an outcome
 * joined to it … is specific". The forms read here as provision attended (src/smart/_specific.ts, namedService): sessions
 * named by a service's own capitalised name ("Thrive sessions", "Forest School sessions"), sessions met with an adult who
 * gives them ("sessions with the school counsellor"). Near misses: the child's own
 * attendance at a school place, sessions done as the child's own work, and an outcome joined after a time phrase.
 */
import { describe, expect, it } from 'vitest';
import { sm } from './_judge';

describe('Specific rule 4 and Settled cases, attending a service: a named service\'s sessions attended are provision', () => {
  it.each([
    'Maya to attend Place2Be sessions on Mondays.',
    'Josh will go to his Youth Shed sessions every Friday.',
    'Sam to attend Thrive sessions twice a week.',
    'Noah – to attend Rainbows Bereavement sessions, fortnightly',
    'wellbeing: Erin to go to Kooth sessions weekly',
  ])('%s: not specific, its rate of going still measurable', (text) => {
    expect(sm(text)).toEqual([false, true]);
  });

  it.each([
    'Ollie to access Forest School sessions on Wednesdays.',
    'Dan will join in with Bucket Time sessions.',
    'Harvey to attend Boxing Clever sessions (PP+ funded).',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Specific rule 4 and Settled cases, attending a service: sessions with an adult who gives them are provision', () => {
  it.each([
    'Leo will go to 6 sessions with the school counsellor this term.',
    'Ava to attend her weekly sessions with the family support worker.',
  ])('%s: not specific', (text) => {
    expect(sm(text)[0]).toBe(false);
  });
});

describe('Settled cases, "an outcome joined to it … is specific", and the child\'s own attendance and work stay specific', () => {
  it.each([
    // An outcome joined after a time phrase ("and by the last session name …") is the child's.
    'Mia will attend 6 Place2Be sessions and by the last session name 3 things that help her feel calm.',
    'Ella will attend 5 sessions with the school counsellor and then write down 2 things that help.',
    'Chris will attend sessions with the careers adviser and choose 2 courses to apply for.',
    'Tom will use his worry box in Thrive sessions to name 3 feelings.',
    // The child's own attendance at a school place (Settled cases: attendance at school is specific).
    'Amy will attend her PRU sessions on 9 out of 10 days.',
    'Lucy will attend College sessions 4 days a week.',
    'Attend school 95% this term.',
    // Sessions done as the child's own work, not a service gone to.
    'Ben will complete 3 Seneca sessions a week until his mocks.',
    // A school subject's or a weekday's sessions are not a service's name.
    'Sam will attend all English sessions this term.',
    // The child's own one-off acts.
    'Jay will attend the interview at the college on 12 Feb.',
    'Complete his UCAS form by 15 January.',
    // A course's sessions named by its level are the child's own lessons.
    'Cameron will attend his Level 1 Construction sessions each week.',
  ])('%s: specific', (text) => {
    expect(sm(text)[0]).toBe(true);
  });
});
