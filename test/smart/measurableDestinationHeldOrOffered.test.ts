import { describe, expect, it } from 'vitest';
import { readProbes } from './_probes';
import { measurable as m, specific as sp } from './_judge';

/*
 * Measurable rule 5 (docs/smart.md, Labelling guide): "A standard reached or a one-off event is measurable … So is one named
 * event the child goes to or a destination reached once: … 'have a place at college'". Rule 1: a figure that measures is
 * measurable (the young person's own money saved or earned). Rule 6: a sum that is funding, a wish, a place that is no
 * school or course ("a place in the choir") and provision offered are not. The probes are test/fixtures/smart/probes-ms1.json
 * (branch ms1), written and labelled from the guide before the analyser was run; a PEP meeting on Wednesday 15 January 2025.
 */

interface Probe { id: string; text: string; measurable: boolean; unsure?: boolean }
const probes = readProbes<Probe>('ms1');
const byId = new Map(probes.map((p) => [p.id, p]));

/** Probes the readings of this branch changed (all failed before it), and near-misses on the other side of each. */
const MEASURED = ['p034', 'p123', 'p124', 'p143', 'p146', 'p157', 'p161', 'p324', 'p325', 'p326', 'p333', 'p414', 'p418',
  'p568', 'p569', 'p570', 'p571', 'p572', 'p573', 'p574', 'p575', 'p576', 'p577', 'p578', 'p579', 'p580', 'p581', 'p582', 'p362', 'p595', 'p596', 'p597'];
const NEAR_MISSES = ['p583', 'p584', 'p585', 'p586', 'p587', 'p588', 'p589', 'p590', 'p591', 'p592', 'p593', 'p594',
  'p228', 'p230', 'p231', 'p311', 'p475', 'p477', 'p598', 'p599', 'p600'];

describe('Measurable rule 5: a place of education or a post held, offered or found; rule 1: money the young person saves, a time of day kept', () => {
  it.each(MEASURED.map((id) => [id, byId.get(id)?.text ?? '']))('%s %s: measurable', (id, text) => {
    expect(byId.get(id)?.measurable).toBe(true);
    expect(m(text)).toBe(true);
  });
});

describe('Near misses: a job to do, a safe place, provision offered, a wish or purpose, funding, a state now', () => {
  it.each(NEAR_MISSES.map((id) => [id, byId.get(id)?.text ?? '']))('%s %s: not measurable', (id, text) => {
    expect(byId.get(id)?.measurable).toBe(false);
    expect(m(text)).toBe(false);
  });
});

describe('The probe set as a whole', () => {
  it('keeps the measurable judgement of every labelled probe but the few left (listed by id)', () => {
    // Left for later (see the ms1 report): pre-existing near-miss errors and forms the labels do not settle.
    const left = new Set(['p229', 'p245', 'p291', 'p303', 'p351', 'p377', 'p383', 'p413', 'p419', 'p421', 'p428', 'p468', 'p474', 'p507']);
    const wrong = probes.filter((p) => p.unsure !== true && !left.has(p.id) && m(p.text) !== p.measurable).map((p) => p.id);
    expect(wrong).toEqual([]);
  });
});

/*
 * The reviewer's probes of branch ms1 (labelled by the guide), both ways. Measurable rule 6: a feeling or an area gained is
 * no one-off event; a timetable's clock time is not the child's act; a sum of PP+ is funding; a job in class is no post held.
 * Specific rule 4: a service gone to and a place on a programme of provision are provision.
 */
const NOT_MEASURED = [
  'Confidence gained by July.',
  'Independence gained by the summer.',
  'Self-esteem improved and confidence gained by the end of term.',
  'Taxi arrives at 8.15am.',
  'Lunch in the small hall at 12pm.',
  'Budget £300 of PP+ for a tutor.',
  'Ava will have a job as book monitor in her class.',
  'Mentor will phone home at 9am.',
];
const STILL_MEASURED = [
  'Place at college secured by July.',
  'Bronze award achieved by July.',
  'Passport obtained by March.',
  'GCSE maths passed by June.',
  'Go to bed at 10pm every night.',
  'Tom will arrive at 8.45am every day.',
  'Be home at 9pm on school nights.',
  'Get up at 7am on school days.',
  'Budget £60 a week for food by March.',
  'Save £20 a week towards a bike.',
  'Ava will have a part-time job as a waitress by July.',
  'Be offered a place at university by July.',
  'Register with a GP by March.',
];
const PROVISION = ['Visit the school nurse weekly.', 'Be offered a place at Forest School by March.', 'Be offered a place in the nurture group by March.'];
const STILL_SPECIFIC = ['Register with a GP by March.', 'Enrol at the college by July.'];

describe('Review probes: no one-off event, a timetable, funding, a class job (Measurable rule 6)', () => {
  it.each(NOT_MEASURED)('%s: not measurable', (text) => expect(m(text)).toBe(false));
  it.each(STILL_MEASURED)('%s: measurable', (text) => expect(m(text)).toBe(true));
});

describe('Review probes: a service gone to, a place on a programme of provision (Specific rule 4)', () => {
  it.each(PROVISION)('%s: not specific', (text) => expect(sp(text)).toBe(false));
  it.each(STILL_SPECIFIC)('%s: specific', (text) => expect(sp(text)).toBe(true));
});

/*
 * Branch kg: the PROVISION probes were asserted only as not specific; their measure was dropped with the text marked as
 * provision. Measurable by the guide: a rate of going to a service still measures (Settled cases, the provision row: "a stated
 * rate or frequency of attending still measures"; "Visit the school nurse weekly" is read as "Ruby to attend ELSA sessions
 * weekly" is), and a place on a programme of provision offered once is a one-off thing adults do (Settled cases: not specific,
 * measurable, someone can check it was done; development labels of provision offered once, y17-149 "Catch up sessions to be
 * offered", y43-145 "Homework club to be offered to Aaliyah": 2 measurable to 0). "Be offered a place in the nurture group by
 * March" is left not measurable: the measure scan reads no place offered "in" a group, and the guide-written probe p293
 * (probes-sp2.json, "To be offered a place in the nurture group.") is labelled not measurable (branch kg's report).
 */
const PROVISION_MEASURED = ['Visit the school nurse weekly.', 'Be offered a place at Forest School by March.'];
const OFFERED_OR_VISITED = [
  'Ava will be offered a place at Forest School by March.',
  'To be offered a place at Forest School by Easter.',
  'Be offered a place at Forest School.',
  'Ava will be offered a place at Forest School.',
  'Be offered a place at Forest School by the end of term.',
  'Leo to be offered a place at Forest School by half term.',
  'Be offered a place at Forest School and learn to light a fire by June.',
  'Visit the school nurse on Tuesdays.',
  'Visit the school nurse twice a week.',
  'Ruby will visit the school nurse weekly.',
  'Ruby to visit the school nurse every Monday.',
  'Visit the school counsellor weekly.',
  'Health - visit the school nurse weekly.',
  'Visit the school nurse every week.',
  'Visit the school nurse fortnightly.',
  // Review kg (fix): a length of time, no rate ("for 6 weeks"), keeps the place offered once; visiting in the present tense.
  'Be offered a place at Forest School by March for 6 weeks.',
  'Ruby visits the school nurse weekly.',
  'Sam will visit the school nurse weekly.',
];
/** Near misses: provision offered with no place, a rate of the provision, a place that is no school or course, visits as a noun. */
const NOT_OFFERED_OR_VISITED = [
  'Tom will be offered support with his reading.',
  'Sam will be offered 1:1 tutoring.',
  'Be offered a place at Forest School every Friday.',
  'Be offered a place in the choir by March.',
  'Be offered support by March.',
  'Regular visits from the school nurse.',
  'A visit from the school nurse weekly.',
  'Visits from the school nurse weekly.',
  'School nurse weekly.',
  'Visit from the school nurse.',
  'Mentoring to be offered once a fortnight.',
  'Will continue to see the ELSA weekly',
  'Be offered 1:1 tutoring by March.',
  'Will be offered reassurance when upset.',
  'To be offered a safe space.',
  'Ava will have a place in the nurture group.',
  'To be offered a place in the nurture group.',
  // Review kg (fix): a rate of how often keeps the place standing provision; places on a programme of provision (no
  // development label of the shape either way; p293 labels it not measurable) are left as they were.
  'Be offered a place at Forest School weekly by March.',
  'Be offered a place in the nurture group every morning.',
  'Be offered a place in the nurture group by half term.',
  'Be offered a place on the ELSA programme by half term.',
];

describe('The PROVISION probes measured (branch kg)', () => {
  it.each(PROVISION_MEASURED)('%s: measurable, not specific', (text) => expect([m(text), sp(text)]).toEqual([true, false]));
  it.each(OFFERED_OR_VISITED)('%s: measurable', (text) => expect(m(text)).toBe(true));
  it.each(NOT_OFFERED_OR_VISITED)('%s: not measurable', (text) => expect(m(text)).toBe(false));
});
