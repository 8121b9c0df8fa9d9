/**
 * The labelling guide, Settled cases, the wish row, and Measurable rule 5 ("a wish alone ... not"): an aspiration said by its
 * heading or as "my aspiration is to …" ("Aspiration: to go to university.") is the child's wish, what is wanted, not what
 * will be achieved; with no measure and no point of its own it measures nothing (src/smart/_specific.ts, aspirationAt).
 * Development labels: 3 not measurable (y61-249, y45-167, y58-241) to none. Near-misses: the aspiration with a target of its
 * own (a count, a grade, a dated event) and the same destinations as decided acts with a point. Probes written from the
 * guide before the analyser ran (test/fixtures/smart/probes-dk.json, p096 to p145; p120, "Aspiration: to enrol on a Level 2
 * construction course.", is still judged measurable: "Level 2" is read as a figure).
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dk');

/** The aspirations alone (not measurable) and their near-misses (measurable). */
const SELECTED = [
  'p096', 'p097', 'p098', 'p099', 'p100', 'p101', 'p102', 'p103', 'p104', 'p105', 'p106', 'p107', 'p108', 'p109',
  'p110', 'p111', 'p112', 'p113', 'p114', 'p115', 'p116', 'p117', 'p118', 'p119', 'p121', 'p122', 'p123', 'p124',
  'p125', 'p126', 'p127', 'p128', 'p129', 'p130', 'p131', 'p132', 'p133', 'p134', 'p135', 'p136', 'p137', 'p138',
  'p139', 'p140', 'p141', 'p142', 'p143', 'p144', 'p145',
];

describe('an aspiration alone is not measurable (probes of dk)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
