/**
 * The occasion the child judges (src/smart/_measure.ts, ownOccasion; the labelling guide, Measurable rule 6, vague frequency;
 * Bolton Virtual School PEP guidance (2021/22), Step 3, "What would I see/measure/count"): an act done only "when needed" or
 * "as needed" ("Use the calm corner when needed.", "Ellie to access sensory breaks as needed.") has nothing someone could
 * count at the deadline, as "when she needs it" has not. Development labels: 2 not measurable (y60-191, y63-046) to none, 4 to
 * none with "when she needs it"; "as required" is left (5 to 3). Near-misses: the same acts with a figure, a frequency, a
 * named event or a need named ("when he needs the toilet"). Probes written from the guide before the analyser ran
 * (test/fixtures/smart/probes-dk.json, p054 to p095; p075, p077 and p081 are still judged against their label, see the
 * report of branch dk).
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dk');

/** The probes of the form (not measurable) and its near-misses (measurable). */
const SELECTED = [
  'p054', 'p055', 'p056', 'p057', 'p058', 'p059', 'p060', 'p061', 'p062', 'p063', 'p064', 'p065', 'p066', 'p067',
  'p068', 'p069', 'p070', 'p071', 'p072', 'p073', 'p074', 'p076', 'p078', 'p079', 'p080', 'p082', 'p083', 'p084',
  'p085', 'p086', 'p087', 'p088', 'p089', 'p090', 'p091', 'p092', 'p093', 'p094', 'p095',
];

describe('an act only when needed is not measurable (probes of dk)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
