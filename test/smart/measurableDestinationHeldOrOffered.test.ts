import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measurable as m } from './_judge';

/*
 * Measurable rule 5 (docs/smart.md, Labelling guide): "A standard reached or a one-off event is measurable … So is one named
 * event the child goes to or a destination reached once: … 'have a place at college'". Rule 1: a figure that measures is
 * measurable (the young person's own money saved or earned). Rule 6: a sum that is funding, a wish, a place that is no
 * school or course ("a place in the choir") and provision offered are not. The probes are test/fixtures/smart/probes-ms1.json
 * (branch ms1), written and labelled from the guide before the analyser was run; a PEP meeting on Wednesday 15 January 2025.
 */

interface Probe { id: string; text: string; measurable: boolean; unsure?: boolean }
const probes = JSON.parse(readFileSync(new URL('../fixtures/smart/probes-ms1.json', import.meta.url), 'utf8')) as Probe[];
const byId = new Map(probes.map((p) => [p.id, p]));

/** Probes the readings of this branch changed (all failed before it), and near-misses on the other side of each. */
const MEASURED = ['p034', 'p123', 'p124', 'p143', 'p146', 'p157', 'p161', 'p324', 'p325', 'p326', 'p333', 'p414', 'p418',
  'p568', 'p569', 'p570', 'p571', 'p572', 'p573', 'p574', 'p575', 'p576', 'p577', 'p578', 'p579', 'p580', 'p581', 'p582', 'p362', 'p595', 'p596', 'p597'];
const NEAR_MISSES = ['p583', 'p584', 'p585', 'p586', 'p587', 'p588', 'p589', 'p590', 'p591', 'p592', 'p593', 'p594',
  'p228', 'p230', 'p231', 'p311', 'p475', 'p477', 'p598', 'p599', 'p600'];

describe('Measurable rule 5: a place of education or a post held, offered or found; rule 1: money the young person saves, a time of day kept', () => {
  it.each(MEASURED.map((id) => [id, byId.get(id)?.text ?? '']))('%s %s: measurable', (id, text) => {
    expect(byId.get(id)?.measurable).toBe(true);
    expect(m(text)).toBe(true);
  });
});

describe('Near misses: a job to do, a safe place, provision offered, a wish or purpose, funding, a state now', () => {
  it.each(NEAR_MISSES.map((id) => [id, byId.get(id)?.text ?? '']))('%s %s: not measurable', (id, text) => {
    expect(byId.get(id)?.measurable).toBe(false);
    expect(m(text)).toBe(false);
  });
});

describe('The probe set as a whole', () => {
  it('keeps the measurable judgement of every labelled probe but the few left (listed by id)', () => {
    // Left for later (see the ms1 report): pre-existing near-miss errors and forms the labels do not settle.
    const left = new Set(['p229', 'p245', 'p291', 'p303', 'p351', 'p377', 'p383', 'p413', 'p419', 'p421', 'p428', 'p468', 'p474', 'p507']);
    const wrong = probes.filter((p) => p.unsure !== true && !left.has(p.id) && m(p.text) !== p.measurable).map((p) => p.id);
    expect(wrong).toEqual([]);
  });
});
