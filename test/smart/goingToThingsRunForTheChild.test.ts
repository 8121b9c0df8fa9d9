/**
 * The labelling guide, Specific rule 4 ("Adult provision with no child outcome is not specific") and Settled cases,
 * "attending a group, service, club run for the child or tuition: not specific (S rule 4: provision); a stated rate or
 * frequency of attending still measures" and "joining or going to a club … with nothing the child achieves there: not
 * specific". The readings extended (src/smart/_serviceSessions.ts, _specific.ts receivedProvision, _activity.ts) read, from
 * the structure: a check of the child gone to ("attend his dental check-up"), the days and visits of a transition gone to or
 * had ("attend the Year 7 transition days", "have a transition visit"), an early years setting gone to for its funded hours
 * ("attend nursery for her 15 hrs"), a service's own measure after it ("and rate her mood 6/10", "and complete the SDQ
 * self-report"), a club gone to with only an adult's check after it (", carer to confirm"), and an activity's name ended by a
 * day of the week ("forest school Weds afternoons"). Specific changes;
 * Measurable and Time-bound are pinned beside it as they were, except an early years setting's hours, which the status-figures
 * reading (measurableStatusFiguresNoTarget.test.ts) reads as not measurable too (development labels 4 to 1). Texts are written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

describe('Specific rule 4 and Settled cases, going to things run for the child: not specific, Measurable and Time-bound as before', () => {
  it.each([
    // A check of the child gone to: adults book it (development labels 3 to 0).
    ['Noah will attend his dental check-up before Easter.', [false, true, true]],
    ['Leo will attend his eye check and his hearing check this term.', [false, true, true]],
    // The days and visits of a transition, gone to or had (4 to 0 each).
    ['Jay will attend the Year 6 transition days in July.', [false, true, true]],
    ['Kian to attend three transition visits at his new high school before the summer holidays.', [false, true, true]],
    ['Ellie will go on 2 transition mornings at the academy in June.', [false, true, true]],
    ['Teddy to have a transition visit to Year 1.', [false, true, false]],
    // An early years setting gone to for its funded hours (4 to 1), and "Attendance." alone beside it (Specific rule 6).
    ['Alfie will attend Sunflower nursery for his 30 funded hours.', [false, false, false]],
    ['Rosie to attend pre-school 15 hrs a week.', [false, false, false]],
    ['Attend nursery 15 hrs. Attendance.', [false, false, false]],
    // A service's own measure after it: a feeling rated in its sessions, a broad screen filled in or scored (7 to 0).
    ['Lola will attend her counselling sessions and, in her own words, rate her mood 7/10 or above by the next PEP.', [false, true, true]],
    ['Finn will attend 6 sessions with the school counsellor and complete the SDQ self-report again in May.', [false, true, true]],
    ['Finn will attend 6 of his 8 counselling sessions and score 3 points lower on his CORE-10 by the last session.', [false, true, false]],
    ['Finn will go to his Place2Be sessions and rate his mood on the session scale each week.', [false, true, false]],
    // A club gone to at a rate, with only an adult's check after it: the rate still measures.
    ['Dev will go to Saturday football club every week, carer to confirm at the next PEP.', [false, true, true]],
    ['Dev will go to chess club every Tuesday, coach to record it.', [false, true, false]],
    // An activity's name ended by a day of the week after it, as "on Wednesdays" ends it.
    ['Maya to attend forest school Weds afternoons.', [false, false, false]],
    ['Maya will go to chess club Tuesdays after school.', [false, false, false]],
  ] as const)('%s', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Specific rule 4 and Settled cases, near misses: the child\'s own act, a share of the hours, a test sat, stays specific', () => {
  it.each([
    // A test the child sits, or an act after the check.
    'Sam will attend his phonics check and score 32 out of 40.',
    'Mia will attend her reading assessment and read 40 words a minute.',
    'Ruby will attend her dental check-up and brush her teeth twice a day.',
    // Something done on the transition days or visits.
    'Kian will attend the transition days in July and find his form room on his own.',
    'Ollie will have 2 visits to his new classroom and find his peg on his own.',
    'Teddy will have a transition visit and say the name of his new teacher.',
    'Sam will visit his new school twice and find the toilets on his own.',
    // A one-off event of the child's choosing is not a transition's day. (Gone to alone it is a next step named only by its
    // kind, not specific since the next-steps reading: nextStepsNamedOnlyByKind.test.ts; with the child's act it stays specific.)
    'Ava will attend the taster day at the college in March and ask the tutor two questions about the course.',
    // A share of the setting's hours, all of them, or days: the child's own attendance.
    'Poppy to attend nursery for 12 of her 15 funded hours each week.',
    'Poppy to attend nursery for her full 15 hours a week.',
    'Alfie to attend nursery 3 days a week.',
    'Rosie will attend nursery for 15 hours and say 20 words by Easter.',
    'Attend nursery 15 hrs. Attendance 95%.',
    // An outcome after the service's measure, or a result that is no measure of the service.
    'Lola will attend her weekly counselling and name 3 coping strategies by Easter.',
    'Lola will attend her weekly counselling and rate her mood 6/10 and name 2 things that help.',
    'Finn will attend maths tutoring sessions and score 60% on the March mock.',
    'Finn will attend 6 sessions with the school counsellor and score 4 in the maths mock.',
    // The child's own act after the club, or the child as the one who records.
    'Dev will go to chess club every Tuesday, and win 2 games by Easter.',
    'Dev will go to chess club every Tuesday, Dev to record his scores.',
    'Maya to attend forest school Weds afternoons and light a fire safely by Easter.',
  ])('%s: specific', (text) => {
    expect(smt(text)[0]).toBe(true);
  });
});

describe('Specific rule 4 and Settled cases, after review: a check gone to is one of the child\'s health, a visit had a transition\'s, the act joined after them stays the child\'s', () => {
  it.each([
    // A test or assessment the child sits, gone to: the child's own (only a check of the child's health or development is read in).
    ['Attend all her BTEC assessments this term.', [true, true, true]],
    ['Attend the Year 6 SATs assessments in May.', [true, true, true]],
    ['Attend her forklift driving assessment in April.', [true, true, true]],
    ['Attend her NVQ assessment at the training centre in May.', [true, true, true]],
    ['Attend the selection day assessment for the apprenticeship on 4 April.', [true, true, true]],
    // The child's act after a check gone to, in a bare imperative, whatever its verb: Specific and Measurable as after "will".
    ['Attend her dental check-up and floss her teeth every evening by herself.', [true, true, false]],
    ['Attend his health assessment and tell the nurse three foods he likes.', [true, true, false]],
    // Visits that are no transition's, had: the child's act after them stands.
    ['Have a visit to the fire station and write three facts about it by Easter.', [true, true, true]],
    ['Have 2 visits to the swimming pool each week and swim a width unaided.', [true, true, false]],
    // After a transition's visit, the child's act whatever its verb.
    ['Have a transition visit and sketch the new playground by July.', [true, false, true]],
    // A further act after the service's own measure, joined by "then" or "so".
    ['Attend ELSA sessions weekly and complete the SDQ self-report, then name one thing that has helped to her carer.', [true, true, false]],
    ['Attend counselling sessions weekly and complete the SDQ self-report so he can tell his mum one strategy that works.', [true, true, false]],
    // A bare imperative's outcome after a club named with its weekday.
    ['Attend drama club Thursdays and learn the lines for his part by March.', [true, true, true]],
    ['Attend art club Mondays and glaze a clay pot by half term.', [true, true, true]],
  ] as const)('%s', (text, want) => {
    expect(smt(text)).toEqual(want);
  });

  it.each([
    // Checks of the child's health or development gone to, with nothing after them: still read in.
    ['Attend her eye check and her hearing check before Easter.', [false, true, true]],
    ['Attend the 2 year check with the health visitor in March.', [false, true, true]],
    ['Attend his check up before half term.', [false, true, true]],
    // The service's own measure, with nothing after it: still the service's.
    ['Attend ELSA sessions weekly and complete the SDQ self-report again in April.', [false, true, true]],
    // A setting's bare hours (labels 3 to 0, "funded" or not), and meeting an adult on a transition visit (labels 2 to 0).
    ['Attend nursery for 15 hours a week.', [false, false, false]],
    ['Poppy will have a transition visit and meet her new key worker.', [false, true, false]],
  ] as const)('%s: not specific', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});
