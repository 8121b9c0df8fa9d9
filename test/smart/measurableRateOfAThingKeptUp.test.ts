/**
 * The labelling guide, Measurable rule 6 ("continue" is a process verb alone; a quantity of provision is not the child's
 * success): a rate of provision or an intervention kept up ("Ivy to continue daily phonics.", "Continue weekly counselling.",
 * "continue with fine motor activities as part of daily routine") is how what adults run
 * for the child already runs on, not a rate the target sets (src/smart/_keptRate.ts; p151, provision named before the verb,
 * "1:1 reading to continue 3x a week", is left out: not read). Development labels of the shape: 9 not
 * measurable to none. Near-misses, measurable by the Settled cases' club row ("a rate of going still measures") and
 * Measurable rule 1 (the days of the child's own activity are a frequency): the child's own club, sport, activity, lessons,
 * job or attendance kept up at a rate ("Keep going to Army Cadets 2x a week.", "Keep going to the gym 3 times a week.", "I will
 * keep going to boxing 3 times a week.", "Continue with his part-time job 2 evenings a week.": the reviewer's broken probes,
 * p146 to p149), the child's own act kept up ("Home reading to continue daily."), a figure that is no rate, and an act of the
 * child's with its own rate after the thing kept up. Probes in test/fixtures/smart/probes-dk.json, p001 to p053 and p146 to
 * p154 (p012, Forest School on its days, left out: provision by Specific rule 4, yet days of provision gone to keep their rate).
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dk');

/** Every probe of the form (not measurable) and its near-misses (both ways). */
const SELECTED = [
  'p001', 'p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008', 'p009', 'p010', 'p011', 'p013', 'p014',
  'p015', 'p016', 'p017', 'p018', 'p019', 'p020', 'p021', 'p022', 'p023', 'p024', 'p025', 'p026', 'p027', 'p028',
  'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p038', 'p039', 'p040', 'p041', 'p042',
  'p043', 'p044', 'p045', 'p046', 'p047', 'p048', 'p049', 'p050', 'p051', 'p052', 'p053',
  'p146', 'p147', 'p148', 'p149', 'p150', 'p152', 'p153', 'p154',
];

describe('a rate of provision kept up is not measurable, the child\'s own club, activity or job kept up at a rate is (probes of dk)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
