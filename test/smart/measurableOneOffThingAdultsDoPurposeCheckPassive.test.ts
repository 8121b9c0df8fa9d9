/**
 * The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child" (not specific; measurable), in three
 * shapes the analyser refused (branch de, census of "measurable, label true got false"). The probes were written and labelled
 * from the guide before the analyser was run (test/fixtures/smart/probes-de.json).
 *
 * Readings added (each counted on the development labels both ways first):
 * - a negative inside the act's purpose ("SW to arrange contact so that it does not clash with school hours") is the aim's, not
 *   the act left undone (src/smart/_measure.ts, PURPOSE_OPENERS in leftUndone; labels y49-070, y54-066 measurable, none against;
 *   adult acts with one-off verbs, 177 measurable to 32 not);
 * - "check" and "observe" are an adult's check done once, as "review" and "assess" are ("IRO to check progress at next LAC
 *   review"; labels y46-237, y55-248), not contact or a watch kept up ("check in with", "check on", "observe closely", a record
 *   checked: labels y21-176, y45-217, y15-157, y59-027 not measurable);
 * - "will be" and "is being" with the adult named after "by" read as "to be" ("Amelia's targets will be looked at by the IRO",
 *   "Callum's lateness is being looked at by school"; labels y43-064, y53-097; passives of adults' one-off acts 206 measurable
 *   to 35 not).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('de');

/** Probes the readings changed, and near-misses that held (the probes failing on main too are left out: p028, p081, p087, p088, p095, p098). */
const SELECTED = [
  // Changed: purpose with a negative.
  'p001', 'p002', 'p003', 'p004', 'p006', 'p007', 'p008', 'p009', 'p010', 'p011', 'p013',
  // Changed: check / observe.
  'p014', 'p015', 'p016', 'p017', 'p018', 'p019', 'p020', 'p022', 'p023', 'p024',
  // Changed: will be / is being ... by an adult.
  'p051', 'p052', 'p053', 'p054', 'p055', 'p057', 'p058', 'p060', 'p061', 'p062', 'p064', 'p066', 'p069', 'p070', 'p074',
  // Not measurable near-misses, held.
  'p026', 'p027', 'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p038', 'p039', 'p040', 'p041', 'p042',
  'p043', 'p044', 'p045', 'p046', 'p047', 'p048', 'p049', 'p050',
  'p076', 'p077', 'p078', 'p079', 'p080', 'p082', 'p083', 'p084', 'p085', 'p086', 'p089', 'p090', 'p091', 'p092', 'p093', 'p094',
  'p096', 'p097', 'p099', 'p100',
];

describe('probes of branch de, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'measurable', measurable);
});

describe('development labels of the three shapes', () => {
  it.each([
    ['Social worker to arrange contact so that it does not clash with school hours.', true],
    ['SW to arrange sibling contact on a Saturday so it does not affect school.', true],
    ['IRO to check progress at next LAC review', true],
    ["Callum's lateness is being looked at by school.", true],
    ["Amelia's targets will be looked at by the IRO.", true],
    ['PA to check in with college.', false],
    ['Ashley - friendships in tutor group. Group work with named peers in Drama. SW to check next PEP', false],
    ['Mentor to meet Priyanka weekly', false],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

/**
 * The reviewer's probes of branch de (labelled from the guide: Settled cases, "a one-off thing adults arrange or do for the
 * child"), broken or left wrong by the first version and fixed after review: a record kept up is read to its head noun past
 * possessives and modifiers; only a purpose clause (the shared test of src/smart/_purpose.ts: "so that", "so it does not",
 * "in order that") stops the look for "not", never "so far"; a capitalised name in "-ly" is the person watched, not a manner.
 */
describe('reviewer probes of branch de, fixed after review', () => {
  it.each([
    // Broken by the branch.
    ['Carer to check his reading diary.', false],
    ["Carer to check Jamal's planner.", false],
    ['SW to arrange contact so far not possible due to placement move.', false],
    // Left wrong, fixed.
    ['SENCo to observe Emily in class by half term.', true],
    ["Class teacher to check Holly's reading age by the end of term.", true],
    ['SW to arrange contact in order that it does not clash with school, by half term.', true],
    // Near-misses held.
    ['Carer to check his homework diary.', false],
    ['Carer to check his planner.', false],
    ['Teacher to observe closely.', false],
    ['CAMHS referral - SENCo to submit, not done so far.', false],
    ["Carer to book the optician so he doesn't miss lessons, by half term.", true],
    ['SW to arrange contact so that it does not clash with school by half term.', true],
    ['Class teacher to check his reading age by half term.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

