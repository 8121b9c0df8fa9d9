/**
 * The labelling guide, Settled cases: "attending a group, service, club run for the child or tuition: not specific (S rule 4:
 * provision); a stated rate or frequency of attending still measures", and "joining or going to a club, team, choir or youth
 * organisation for its activity … with nothing the child achieves there: not specific … a rate of going still measures; an
 * outcome joined to it … is specific". Two forms that escaped them: a count of all the sessions before the provision they
 * are of ("all 10 sessions of the … intervention", src/smart/_specific.ts, rateOfEnd), and revision sessions named by two
 * school subjects ("maths and science revision sessions", src/smart/_activity.ts, subjectsJoined).
 */
import { describe, expect, it } from 'vitest';
import { checkSmartTarget } from '../../src/smart/index';

const MEETING = { meetingDate: '2025-01-15' };
const sm = (text: string): [boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met];
};

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
