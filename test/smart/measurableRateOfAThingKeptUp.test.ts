/**
 * The labelling guide, Measurable rule 6 ("continue" is a process verb alone) and the Settled cases row "keep going to
 * college" (not measurable): a rate of a provision, club or activity kept up ("Ivy to continue daily phonics.", "keep going to
 * Army Cadets 2x a week", "continue with fine motor activities as part of daily routine") is how the thing already runs on,
 * not a rate the target sets (src/smart/_keptRate.ts). The development labels of the shape count 11 not measurable to none.
 * Near-misses: the child's own attendance kept up at a rate ("continue going to college 4 days a week": the attendance row),
 * a rate of going not kept up ("go to Brownies once a week": the club row), a figure that is no rate, and an act of the
 * child's with its own rate after the thing kept up. Probes written from the guide before the analyser ran
 * (test/fixtures/smart/probes-dk.json, p001 to p053).
 */
import { describe } from 'vitest';
import { assertSelection, probesById } from './_probes';
import { measurable } from './_judge';

interface Probe {
  readonly id: string;
  readonly text: string;
  readonly measurable: boolean;
}

const probes = probesById<Probe>('dk');

/** Every probe of the form (not measurable) and its near-misses (both ways). */
const SELECTED = [
  'p001', 'p002', 'p003', 'p004', 'p005', 'p006', 'p007', 'p008', 'p009', 'p010', 'p011', 'p012', 'p013', 'p014',
  'p015', 'p016', 'p017', 'p018', 'p019', 'p020', 'p021', 'p022', 'p023', 'p024', 'p025', 'p026', 'p027', 'p028',
  'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p038', 'p039', 'p040', 'p041', 'p042',
  'p043', 'p044', 'p045', 'p046', 'p047', 'p048', 'p049', 'p050', 'p051', 'p052', 'p053',
];

describe('a rate of a thing kept up is not measurable (probes of dk)', () => assertSelection(probes, SELECTED, 'measurable', measurable));
