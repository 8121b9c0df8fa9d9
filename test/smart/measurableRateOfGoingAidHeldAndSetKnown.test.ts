/**
 * The labelling guide, Measurable rules 1, 3 and 5 and the Settled cases (a stated rate of attending still measures; a one-off
 * thing arranged for the child): three forms of the census of measurable targets the analyser refused (branch dl), each
 * counted on the development labels both ways first, and their near-misses. The probes were written and labelled from the
 * guide before the analyser was run (test/fixtures/smart/probes-dl.json).
 *
 * Readings added for them:
 * - a count of occasions with its rate after a group's name is how often the child goes, not a group's number ("attend
 *   nurture group 4 afternoons a week", as "3 mornings per week" already was; "Nurture group 3 afternoons a week" alone stays
 *   the provision's timetable): src/smart/_measure.ts, occasionRateAt;
 * - a rate word straight after the child's verb of going, before the provision ("attend weekly counselling sessions", "go to
 *   weekly football training"), read as "attend counselling weekly" is; "her weekly CAMHS appointments" (the session's kind)
 *   and "Weekly counselling sessions" alone are not: src/smart/_measure.ts, goingBefore;
 * - a learning aid had or got (a reading ruler, an overlay, a dictionary, a calculator) is a thing in place or not at the
 *   deadline, as a laptop is: src/smart/_measure.ts, HELD_THINGS;
 * - colours and shapes known or learnt, bounded by an owner or article ("know her colours"), are a set asked for and named, as
 *   number bonds are: src/smart/_measure.ts, RECALLED.
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById } from './_probes';
import { measurable } from './_judge';

interface Probe {
  readonly id: string;
  readonly text: string;
  readonly measurable: boolean;
  readonly unsure?: boolean;
}

const probes = probesById<Probe>('dl');

/** Probes the readings changed (measurable), and near-misses that held (not measurable). */
const SELECTED = [
  // A rate of going: changed.
  'p001', 'p004', 'p005', 'p007', 'p009', 'p011', 'p012', 'p013', 'p016', 'p020', 'p021', 'p023',
  // A rate of going: near-misses held.
  'p027', 'p028', 'p031', 'p032', 'p033', 'p034', 'p037', 'p038', 'p043', 'p046', 'p049', 'p050',
  // An aid held: changed.
  'p051', 'p052', 'p054', 'p056', 'p057', 'p061', 'p063', 'p069', 'p071', 'p075',
  // An aid held: near-misses held.
  'p076', 'p077', 'p079', 'p082', 'p085', 'p088', 'p091', 'p094', 'p097',
  // A set known: changed.
  'p099', 'p100', 'p101', 'p102', 'p104', 'p106', 'p109', 'p113', 'p117', 'p123',
  // A set known: near-misses held.
  'p124', 'p126', 'p127', 'p130', 'p133', 'p134', 'p139', 'p142', 'p145', 'p148',
];

describe('probes of branch dl, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'measurable', measurable);
});

describe('development labels of the three forms', () => {
  const cases: readonly (readonly [string, boolean])[] = [
    // Rate of going (development labels of the child's going to provision with a rate: 78 measurable to 10).
    ['Attend weekly counselling sessions with school counsellor', true], // y11-045
    ['Nurture group: Jack to attend nurture group 4 afternoons a week.', true], // y43-050
    ['Dylan to attend breakfast club 3 mornings per week to support punctuality', true], // y9-094
    ['Nurture group 3 afternoons a week', false], // y13-170
    ['Ongoing: Keira to attend her weekly CAMHS appointments', false], // u060
    ['Tyler to attend social skills group weekly with the learning mentor', false], // t071
    // An aid held (development labels of a learning aid or device had, got or given: 10 measurable to 0).
    ['Ellis to have a reading ruler.', true], // y34-025
    ['Owen to have a laptop.', true], // y24-047
    ['Lucas to have a reading buddy.', false], // y39-061
    ['Ben to have a trusted adult.', false], // y22-211
    // A set known (colours: 3 measurable to 2; bounded sets known or learnt overall far more measurable than not).
    ['Maisie will know her colours by the next PEP.', true], // y29-096
    ['To learn his colours.', true], // y32-003
    ['Nell needs to learn her colours.', true], // y55-018
    ['Scarlett to learn spellings.', false], // y53-107
  ];
  it.each(cases)('%s: measurable %s', (text, expected) => {
    expect(measurable(text)).toBe(expected);
  });
});
