/**
 * The labelling guide, Specific: the target names "the particular skill, knowledge, behaviour, task or qualification the
 * child will achieve", and rule 1 (nothing particular named); Halton PEP Policy 2023-24, Appendix C, "QA of SMART Targets":
 * Specific means "It is clear what will be achieved". A next step in education or work named only by its kind names nothing
 * the child will achieve: an event of the next step gone to or had alone (a careers interview, transition visits or days, open
 * days or evenings, a taster day, the options evening: src/smart/_activity.ts), work experience, a placement or a course gained
 * or found with nothing saying which, going to college or school with nothing saying how, and a heading naming only the kind
 * (src/smart/_nextStep.ts). Each changes Specific only: Measurable and Time-bound are pinned beside it. A course, place or
 * sector named, an outcome beside the event, the guide's Settled rows on entering education, UCAS and a CV stay specific.
 * Texts are written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { smt } from './_judge';

describe('Specific rule 1 and Halton Appendix C ("It is clear what will be achieved"): a next step named only by its kind is not specific', () => {
  it.each([
    // An event of the next step gone to or had, with nothing achieved there.
    ['Callum to have a careers interview.', [false, true, false]],
    ['Careers - to have a careers guidance interview', [false, true, false]],
    ['Priya will attend the Year 7 transition days in July.', [false, true, true]],
    ['Ollie to have a transition visit to his new school.', [false, true, false]],
    ['Maisie will make 2 transition visits to her new secondary school before the summer holidays.', [false, true, true]],
    ['Reece will go to a taster day at college in the spring term.', [false, true, true]],
    ['Harvey will have been to two open days by Easter.', [false, true, true]],
    ['Jay will attend the taster session at the college on 12 Feb.', [false, true, true]],
    ['Ravi will attend the college open day.', [false, true, false]],
    // Under a heading naming the event or the kind.
    ['Sixth form - visit open evenings with her aunt.', [false, true, false]],
    ['Year 9 options evening - attend with foster carer on 12th Feb', [false, true, true]],
    // Work experience, a placement or a course gained or found with nothing saying which.
    ['Kian to gain work experience.', [false, true, false]],
    ['Jo to get work experience.', [false, true, false]],
    ['Ellie to get some work experience in Year 10.', [false, false, true]],
    ['Work experience - to find a placement.', [false, true, false]],
    ['Work experience: Amir to find a placement.', [false, true, false]],
    ['Zainab to find a course for next September.', [false, true, false]],
    // Going to college or school with nothing saying how.
    ['Travel to school.', [false, true, false]],
    ['Owen needs help to travel to his college.', [false, false, false]],
    // A heading naming only the kind, with nothing named after it.
    ['Traineeship: explore options', [false, false, false]],
    ['Work placement - explore options by the summer term.', [false, false, true]],
    ['Apprenticeship: TBC', [false, false, false]],
    // After have, make or complete only a determiner, a number or a year group stands before the event.
    ['Make 3 transition visits in June.', [false, true, true]],
    ['Have a careers appointment in the autumn term.', [false, false, true]],
    // A time after the kind read with months, terms and "the end of".
    ['Get a work placement by the end of Year 10.', [false, true, true]],
    ['Find work experience by April.', [false, true, true]],
    ['Gain a placement by the spring term.', [false, true, true]],
    // An event's heading behind a year group's own heading.
    ['Year 10 - careers appointment - attend before Easter', [false, false, true]],
    ['Y11: options evening - attend with carer', [false, true, false]],
  ] as const)('%s: not specific; Measurable and Time-bound as before', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Specific and its Settled cases: a next step named, or an outcome beside it, stays specific', () => {
  it.each([
    // An outcome of the child's beside the event, in words a list may not know.
    ['Callum to have a careers interview and write down 2 courses he wants to apply for.', [true, true, false]],
    ['Priya will attend the Year 7 transition days in July and name her form tutor.', [true, true, true]],
    ['Ollie will make 3 transition visits to his new school and meet his head of year.', [true, true, false]],
    ['Reece will go to a taster day at college and hand in his application form by March.', [true, true, true]],
    ['Dev will go to the taster day and, with his PA, fill in the enrolment form.', [true, true, false]],
    ['Mo will look at colleges and go to an open evening.', [true, true, false]],
    ['Year 9 options evening: choose 4 GCSE options and hand in the form.', [true, true, true]],
    // Something of the child's own made, had or done at or before the event: not the event alone.
    ['Make a leaflet about the taster day.', [true, true, false]],
    ['Complete her subject choices form at the options evening.', [true, true, false]],
    ['Make 2 friends during the Year 6 transition days.', [true, true, true]],
    ['Complete a reading quiz before the careers interview.', [true, true, false]],
    ['Make eye contact with the teacher at the taster session.', [true, true, false]],
    // A wish to go is the wish row's (its labels split on Measurable), read as before on every criterion.
    ['Max would like to go to an open evening at the sixth form.', [true, true, false]],
    ['Jack wants to go to a taster day.', [true, true, false]],
    // A place or sector after the kind's heading; a heading the labels do not support.
    ['Work experience: at a bakery (catering) for two weeks in July.', [true, true, true]],
    ['Sixth form: find a course.', [true, true, false]],
    // A place, sector, course or qualification named.
    ['Ravi will attend the Level 2 Plumbing open day at Hull College.', [true, true, false]],
    ['Ravi will attend a taster day for the BTEC Sport course.', [true, true, false]],
    ['Jo to get work experience at the vets.', [true, true, false]],
    ['Kian to gain work experience at the garage on Mill Street for a week in June.', [true, true, true]],
    ['Ellie to find a work experience placement in childcare.', [true, true, false]],
    ['Zainab to apply for Level 2 Plumbing at Hull College.', [true, true, false]],
    ['Work experience: Amir to find a placement at a vet\'s and hand in the form by 28 February.', [true, true, true]],
    ['Apprenticeship - level 3 engineering - finish portfolio unit 4', [true, true, false]],
    // Travelling named by how.
    ['Owen will travel to college on his own on the bus.', [true, true, false]],
    ['Travel to school independently by Easter.', [true, true, true]],
    // The guide's Settled rows and concrete words: entering education, UCAS, a CV; an event that is not a next step's kind.
    ['Jess will start college in September.', [true, true, true]],
    ['Get into college.', [true, true, false]],
    ['Finish her UCAS application by 15 January.', [true, true, true]],
    ['Write a CV.', [true, true, false]],
    ['Attend the careers fair on 4 March.', [true, true, true]],
  ] as const)('%s: as before', (text, want) => {
    expect(smt(text)).toEqual(want);
  });
});

describe('Specific rule 4: the adults\' act stays theirs', () => {
  it('SW to arrange a transition visit.: not specific, as before', () => {
    expect(smt('SW to arrange a transition visit.')).toEqual([false, true, false]);
  });
});
