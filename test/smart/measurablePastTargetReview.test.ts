/**
 * The labelling guide, Measurable (M is met when "someone could check, at the deadline, whether it happened") and rule 6 (a
 * baseline or status with no target figure): the review of a past target ("Last target: … - met. New target: to do well.",
 * "Progress since last PEP: …", "Target met? N – attendance 84% (target was 90%). New target to be set."), in which a measure
 * only in the review, before the part that sets the target now, measures nothing (src/smart/_pastTarget.ts). Development texts
 * with a past target's label: read not measurable 28 not to 1 measurable, read measurable 26 to 0; the texts the reading moved,
 * 8 not to 1 (y28-209). The probes were written and labelled from the guide before the analyser was changed
 * (test/fixtures/smart/probes-dd.json).
 *
 * The selection: the form (p001–p026) and its near-misses whose new part measures (p027–p052, p153, p154, p156), and the
 * near-misses of two more forms the branch probed (p078–p102: a checkable act or figure after "so … can"; p128–p152: "one day"
 * that counts). Left out: the two forms themselves (p053–p077, a process verb whose aim is a purpose clause, "improve his English
 * so he can go to college"; p103–p127, a wish whose only time is "one day"), read by this branch and then taken out again to keep
 * the smart bundle within its budget (they are not read: measurable, as on main); p155 ("c/f" written short, not read, for the
 * same reason); p041 (a reading age to reach written "8y4m", read neither on main); p047 ("New target: full-time timetable
 * from 3 March.": its only figure is the date, which is no measure of the new part after the review, and the analyser reads
 * that new part alone as not measurable too).
 *
 * After review (p157–p168): the new part also opens at a clause of the child's decided act ("so now Jay will ...", "Moving
 * forward, Jay will ..."), "this term", "target for ..."; "progress since/at" is a past label only before a past PEP,
 * review or target; a measure of the new part is one the measure reading finds there (with the fallback pass's "will" act,
 * "Leo will complete his maths homework"), not any number (a date, "Year 7").
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dd');

/** The probes of the review of a past target and every near-miss the branch wrote, judged as labelled. */
const SELECTED = [
  'p001', 'p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008', 'p009', 'p010', 'p011', 'p012',
  'p013', 'p014', 'p015', 'p016', 'p017', 'p018', 'p019', 'p020', 'p021', 'p022', 'p023', 'p024',
  'p025', 'p026', 'p027', 'p028', 'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036',
  'p037', 'p038', 'p039', 'p040', 'p042', 'p043', 'p044', 'p045', 'p046', 'p048', 'p049',
  'p050', 'p051', 'p052', 'p078', 'p079', 'p080', 'p081', 'p082', 'p083', 'p084', 'p085', 'p086',
  'p087', 'p088', 'p089', 'p090', 'p091', 'p092', 'p093', 'p094', 'p095', 'p096', 'p097', 'p098',
  'p099', 'p100', 'p101', 'p102', 'p128', 'p129', 'p130', 'p131', 'p132', 'p133', 'p134', 'p135',
  'p136', 'p137', 'p138', 'p139', 'p140', 'p141', 'p142', 'p143', 'p144', 'p145', 'p146', 'p147',
  'p148', 'p149', 'p150', 'p151', 'p152', 'p153', 'p154', 'p156',
  // The review of the branch (its labels follow the guide): the new part read wider, measured by the measure reading, not by a figure.
  'p157', 'p158', 'p159', 'p160', 'p161', 'p162', 'p163', 'p164', 'p165', 'p166', 'p167', 'p168',
];

describe('probes of dd: the review of a past target and near-misses', () => assertSelection(probes, SELECTED, 'measurable', measurable, 25));
