/**
 * The labelling guide, Specific rule 4: "Adult provision with no child outcome is not specific" ("attend Lego therapy once a
 * week"); Settled cases, "attending a group, service, club run for the child or tuition": not specific, "a stated rate or
 * frequency of attending still measures". The reading (src/smart/_serviceSessions.ts) is read from the structure: a verb of
 * the child's going whose object is a service's sessions (named by provision, by who gives them, or by a named programme),
 * with nothing the child achieves after it. It changes Specific only: Measurable and Time-bound are pinned beside it.
 * Texts are written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

describe('Specific rule 4 and Settled cases, attending a service: a service\'s sessions gone to are provision, their rate still measuring', () => {
  it.each([
    // Named by who gives them.
    ['Noor to attend her mentor sessions on Thursdays.', [false, true, false]],
    ['Harry will attend his weekly sessions with the family support worker.', [false, true, false]],
    ['Leo will go to 6 sessions with the school counsellor this term.', [false, true, true]],
    ['Sam will attend sessions with the school counsellor twice a week.', [false, true, false]],
    ['Zara will attend all 8 of her CAMHS sessions before Easter.', [false, true, true]],
    ['Health: Ollie to attend CAMHS.', [false, false, false]], // no rate: a service gone to (Measurable rule 5)
    ['Tom will attend his YOT worker sessions.', [false, false, false]], // no rate: a service gone to (Measurable rule 5)
    ['Ben will attend sessions with his PA.', [false, false, false]], // no rate: a service gone to (Measurable rule 5)
    // Named by provision.
    ['Erin will attend counselling sessions twice a week.', [false, true, false]],
    ['Priya will attend her 1:1 tutoring sessions at the library every Saturday.', [false, true, false]],
    ['Kai to attend his mentoring sessions every Tuesday, missing no more than one.', [false, true, false]],
    // Named by a programme of provision, whatever the capitals.
    ['Maya to attend thrive sessions on Mondays.', [false, true, false]],
    ['Ruby will join in with Forest School sessions on Wednesdays.', [false, true, false]],
    ['Freddie will attend attention autism sessions daily.', [false, true, false]],
    ['Ruby will attend Forest School sessions.', [false, false, false]], // no rate: a service gone to (Measurable rule 5)
    // A singular session with a recurring rate is still a service; a school word after "with" names the adult, not schooling.
    ['Lily to attend her ELSA session every Tuesday.', [false, true, false]],
    ['Ollie will attend his session with the school counsellor every Monday.', [false, true, false]],
    ['Omar will attend sessions with the school nurse every week.', [false, true, false]],
    // The sessions' timetable in a sentence of its own.
    ['Wellbeing - Tia to attend Place2Be. Sessions every Monday P2', [false, true, false]],
  ] as const)('%s: not specific; Measurable and Time-bound as before', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Settled cases, "an outcome joined to it … is specific": what the child achieves after the service stays the child\'s', () => {
  it.each([
    'Sam will attend Thrive sessions to learn to name 4 feelings.',
    'Mia will attend tutoring so that he reaches grade 4 in maths.',
    'Tom will attend ELSA sessions and name 3 things that help him calm down by Easter.',
    'Ella will attend 5 sessions with the school counsellor and then write down 2 things that help.',
    'Chris will attend sessions with the careers adviser and choose 2 courses to apply for.',
    'Mia will attend 6 Place2Be sessions and by the last session name 3 things that help her feel calm.',
    'Grace will attend ELSA sessions where she will learn 3 calming strategies.',
    'Lily to attend ELSA sessions on Tuesdays. She will name 3 emotions by Easter.',
    'Tia will go to her sessions with the speech therapist and use 2-word phrases at home.',
  ])('%s: specific', (text) => {
    expect(smt(text)[0]).toBe(true);
  });
});

describe('Settled cases, the child\'s own attendance, one-off events and activities: not a service\'s sessions', () => {
  it.each([
    // The child's own schooling or course (Settled cases: specific), whatever the capitals.
    'Jess will attend Sixth Form sessions 4 days a week.',
    'Holly will attend her Level 2 Hair course every week until July.',
    'Lucy will attend College sessions 4 days a week.',
    'Amy will attend her PRU sessions on 9 out of 10 days.',
    'Cameron will attend his Level 1 Construction sessions each week.',
    'Sam will attend all English sessions this term.',
    'Liam will attend 95% of sessions this half term.',
    // One-off events gone to ("the taster session at the college on 12 Feb" alone is a next step named only by its kind:
    // not specific, nextStepsNamedOnlyByKind.test.ts).
    'Jay will attend the taster session at the college on 12 Feb and fill in his application form.',
    'Dan will attend the induction session for his apprenticeship on 3 March.',
    // The child's own schooling before "sessions with …", whoever they are with (Settled cases: specific).
    'Mia will attend her college sessions with her personal tutor every week.',
    'Lucy will attend Sixth Form sessions with her form tutor 4 days a week.',
    'Jay will attend all his Year 11 sessions with his form tutor this term.',
    'Omar will attend his class sessions with the TA every morning.',
    // The child's own school staff are no giver of a service.
    'Omar will attend sessions with his form tutor every week.',
    'Omar will attend sessions with the careers adviser twice a term.',
    // A singular session on a single day, or with no rate: a one-off event gone to (Specific rule 4).
    'Kyle will attend the careers session with the careers adviser on 4 March.',
    'Lily to attend the ELSA session on Tuesday 4 March.',
    // Sessions that name no service, or time with family.
    'Ali will attend his swimming sessions every week.',
    'Ava will attend her sessions with her mum at the contact centre every Saturday.',
    'Amira will access the Thrive room at lunchtimes.',
  ])('%s: specific', (text) => {
    expect(smt(text)[0]).toBe(true);
  });
  it.each([
    ['Mia will attend her college sessions with her personal tutor every week.', [true, true, false]],
    ['Lucy will attend Sixth Form sessions with her form tutor 4 days a week.', [true, true, false]],
    ['Jay will attend all his Year 11 sessions with his form tutor this term.', [true, true, true]],
    ['Kyle will attend the careers session with the careers adviser on 4 March.', [true, true, true]],
  ] as const)('%s: specific; Measurable and Time-bound as before', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});
