/**
 * The labelling guide, Measurable rule 5 ("a routine or service gone to ... not") and the Settled cases club row ("a rate of
 * going still measures"): a service, provision, fund or activity the child is to "access", with no rate of going ("Ruben to
 * access community activities.", "To access EY PP+ funding.", "Target: Skye to access ELSA.", "Summer to access her early
 * years entitlement.") is received or gone to, not a thing the child is seen using; read as "attend" a club or service is
 * (measurableRoutineOrServiceGoneTo.test.ts; src/smart/_measure.ts, accessReceived). Development labels for "access" a
 * service, provision, fund or activity with no rate: 21 not measurable to 2 (x017, x085); with a rate 3 measurable to 2 (u075, x024, both "continue to access").
 * A place gone to at a time of the school day with no rate is one too ("access the library at lunchtime": Measurable rule 5,
 * "go to the library at lunch"; labels of go to, access or use a place at break or lunch alone 0 measurable to 2, y22-193,
 * t133), and a service at such a time ("Sam to access ELSA at lunchtime"). "Activities" are received only out of class
 * ("community", "holiday", "after-school"): "Ben will access the maths activities independently" is seen (Measurable rule 3).
 * A fund accessed for a purchase stays not measurable ("To access PP+ funding for a laptop by March": labels of "to access" a
 * fund 0 measurable to 6, y35-157, y27-091, y26-171, y22-171, y37-010, y38-015).
 * Near-misses: a rate of going ("at lunchtimes", "every day"), a place or account the child uses (Measurable rule 3). Probes written from the guide before the code changed (test/fixtures/smart/probes-dq.json, p001 to p052;
 * p038, "access the school website to find his homework", and p040, "attend 10 nurture group sessions", were judged not
 * measurable before and after and are left out).
 */
import { describe } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('dq');

/** Services, provision, funds and activities accessed with no rate (not measurable) and their near-misses (measurable). */
const SELECTED = [
  'p001', 'p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008', 'p009', 'p010', 'p011', 'p012', 'p013', 'p014',
  'p015', 'p016', 'p017', 'p018', 'p019', 'p020', 'p021', 'p022', 'p023', 'p024', 'p025', 'p026', 'p027', 'p028',
  'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p039', 'p041', 'p042', 'p043', 'p044',
  'p045', 'p046', 'p047', 'p048', 'p049', 'p050', 'p051', 'p052',
  // From the review: classroom activities used (p103, p104), a fund (p105), a service or place at a time of the day (p106 to p110).
  'p103', 'p104', 'p105', 'p106', 'p107', 'p108', 'p109', 'p110',
];

describe('a service, provision, fund or activity accessed with no rate is not measurable (probes of dq)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
