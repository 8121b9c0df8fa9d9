/**
 * The labelling guide, Measurable rules 1 and 5: a score, standard or qualification reached is measurable ("achieve the expected
 * standard in reading", a score). Three shapes the analyser refused (branch de, census of "measurable, label true got false");
 * the probes were written and labelled from the guide before the analyser was run (test/fixtures/smart/probes-de.json, p101 on).
 *
 * Readings added (each counted on the development labels both ways first):
 * - "achieve / reach N+" is a score to reach, as "score 100+" and "a scaled score of 100+" are (src/smart/_measure.ts,
 *   scoreThreshold, SCORE_ATTAINED; attaining verbs before a figure 26 measurable to 1, the 1 this error y56-226); "an 11+ place",
 *   "the 11+ exam" stay the exam's name;
 * - a qualification's title written in capitals is read whole, its small words ("to", "in", "of") ending no phrase ("his FA
 *   Introduction to Coaching Football certificate": inTitle; long-named qualifications gained 100 measurable to 2);
 * - "reach" takes the Early Years standard ("reach ELG in all prime areas", "a GLD"), as "achieve the ELG" does (labels 6 to 0);
 *   "achieve his ESOL", "gain her NVQ" name the qualification as "gain his GCSEs" does (ATTAINED_EXAMS);
 * - the perfect's "have" right before a participle is an auxiliary ("to have passed the Functional Skills … test", isPredicate;
 *   "to / will have" + a participle of attaining 9 measurable to 1, the 1 this error y60-099).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('de');

/** Probes the readings changed, and near-misses that held (p113, "Bronze Medallion", is left: no reading names a medallion). */
const SELECTED = [
  // Changed.
  'p101', 'p102', 'p103', 'p104', 'p105', 'p106', 'p107', 'p110', 'p114', 'p115', 'p116', 'p118', 'p119', 'p122', 'p123', 'p124',
  // Measurable, held.
  'p108', 'p109', 'p111', 'p112', 'p117', 'p120', 'p121', 'p125',
  // Not measurable near-misses, held.
  'p126', 'p127', 'p128', 'p129', 'p130', 'p131', 'p132', 'p133', 'p134', 'p135', 'p136', 'p137', 'p138', 'p139', 'p140', 'p141',
  'p142', 'p143', 'p144', 'p145', 'p146', 'p147', 'p148', 'p149', 'p150',
  // The perfect: changed, held, and near-misses held.
  'p151', 'p152', 'p155', 'p153', 'p154', 'p156', 'p157', 'p158', 'p159', 'p160',
];

describe('probes of branch de (standards, scores and qualifications), labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'measurable', measurable);
});

describe('development labels of the shapes', () => {
  it.each([
    ['Kacper will achieve 100+ (scaled score) in the KS2 Reading SATs in May 2025.', true],
    ['Sports coaching: Elliot will gain his FA Introduction to Coaching Football certificate by the end of Summer 2.', true],
    ['Reach ELG in all prime areas', true],
    ['To reach ELG in all areas.', true],
    ['Mustafa will achieve his ESOL.', true],
    ['By next PEP (14 May 2025): Deena to have passed the Functional Skills Entry 3 English reading test at Weston College.', true],
    ['Gain an 11+ place at grammar school', true],
    ['Communication and language – working towards the ELG', false],
    ['Faith will work towards her early learning goals.', false],
    ['ESOL - ongoing.', false],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

/**
 * After review: an "N+" with a test, exam, entrance or place after it names the exam (the 11+), not a score reached, whatever
 * verb of attaining stands before it (src/smart/_measure.ts, EXAM_KINDS in scoreThreshold).
 */
describe('reviewer probe of branch de: the 11+ named by its kind', () => {
  it.each([
    ['Mia to achieve 11+ test success.', false],
    ['Mia to prepare for the 11+ exam.', false],
    ['Mia to achieve 110+ in the 11+ test by the summer term.', true],
    ['Jayden will achieve 6+ in GCSE maths by the end of the academic year.', true],
    ['To reach 100+ in her KS2 reading SATs by the end of Year 6.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

