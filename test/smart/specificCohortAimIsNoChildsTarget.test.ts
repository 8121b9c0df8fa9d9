/**
 * The labelling guide, Specific (the target names "the particular skill, knowledge, behaviour, task or qualification the
 * child will achieve"; Halton Appendix C, "It is clear what will be achieved"): the aim of a school, service or authority
 * for a cohort of children ("Governors' report: all 7 looked-after pupils to have a PEP …", "every child on roll receives
 * six parcels", "The percentage of children in care with …") is no child's target. Development labels of a cohort as the
 * doer: 12 not specific to 0; bare "Children will …" of a class target bank (no "every", "all", figure "of" or group) is
 * not read so (17 development labels specific), nor a cohort in the child's object or another sentence. Read by
 * src/smart/_cohortAim.ts for Specific only (branch da, a census of "specific, label false got true").
 *
 * The probes were written and labelled from the guide before the analyser was run (test/fixtures/smart/probes-da.json,
 * p051–p102; the rest of the file probes broad areas with a generic verb, a reading not kept: see docs/smart.md).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, readProbes } from './_probes';
import { specific } from './_judge';

interface Probe {
  readonly id: string;
  readonly text: string;
  readonly specific: boolean;
  readonly unsure?: boolean;
}

const probes = new Map(readProbes<Probe>('da').map((p) => [p.id, p]));

const SELECTED = [
  // Changed by this branch (not specific).
  'p054', 'p055', 'p056', 'p062', 'p065', 'p068', 'p071', 'p072', 'p074', 'p077',
  // Not specific, held.
  'p051', 'p052', 'p053', 'p057', 'p059', 'p061', 'p063', 'p064', 'p067', 'p069', 'p070', 'p073', 'p075', 'p076',
  // Specific near-misses, held: a cohort in the child's object, a possessive, bare "children", another sentence.
  'p078', 'p079', 'p080', 'p081', 'p082', 'p083', 'p084', 'p085', 'p086', 'p087', 'p088', 'p090', 'p091', 'p092', 'p093',
  'p094', 'p095', 'p096', 'p097', 'p098', 'p099', 'p101', 'p102',
];

describe('probes of branch da, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development labels the reading follows', () => {
  it.each([
    // A cohort's aim (y45-180, y47-092, y53-128, y57-028: not specific).
    ["Scrutiny committee paper: 'The percentage of children in care with an up-to-date PEP will rise to 95% by March 2025.'", false],
    ['Book-gifting programme aim: every child on roll receives six parcels between May and October.', false],
    ['Success criteria: Overall attendance of PP pupils is 94% or above in 2024/25, and PA falls below 12%.', false],
    ["Governors' report: all 7 looked-after pupils to have a PEP with at least one SMART attainment target reviewed by 31 March 2025.", false],
    // A class target bank's bare "Children will …" stays specific (z001, z014), as does a cohort in the child's object.
    ['Children will be able to go to the toilet by themselves and wash their own hands (support required with some toileting needs).', true],
    ['Children will take reading books home and return without prompting.', true],
    ['Ella will say good morning to every child in her class at register time.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});
