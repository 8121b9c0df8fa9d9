/**
 * The labelling guide, Specific (the target names "the particular skill, knowledge, behaviour, task or qualification the
 * child will achieve") and Specific rule 1 (a broad area is not specific; Barnet, "Developing your SMART Outcome", Step One
 * against Step Two): two forms the analyser granted Specific though the development labels refuse it (branch da, a census of
 * "specific, label false got true"), read by src/smart/_broadAim.ts for Specific only.
 *
 * - An understanding developed, improved or built ("develop an understanding of numbers to 5", "build her understanding of
 *   coins up to 50p"): the area named with a generic verb, whatever the detail of its topic. Development labels 19 not
 *   specific to 1 (y21-054, the one the reading makes worse). An act of the child's after it ("by paying for his own lunch",
 *   "and answer 18 of 20 correctly") is the target's own and keeps it specific.
 * - A cohort's aim, a school's, service's or authority's target for many children ("Governors' report: all 7 looked-after
 *   pupils to have a PEP …", "every child on roll receives six parcels", "The percentage of children in care with …"): no
 *   child's target. Development labels 12 not specific to 0. A cohort only in the child's object ("say good morning to every
 *   child in her class"), or bare "Children will …" of a class target bank (no "every", "all", figure "of" or group: 17
 *   development labels specific), is not read this way.
 *
 * The probes were written and labelled from the guide before the analyser was run (test/fixtures/smart/probes-da.json).
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
  'p002', 'p004', 'p007', 'p026', 'p054', 'p055', 'p056', 'p068', 'p071', 'p072', 'p077', 'p103', 'p104', 'p106', 'p116',
  // Not specific, held.
  'p001', 'p003', 'p005', 'p009', 'p051', 'p053', 'p057', 'p061', 'p063', 'p069', 'p105', 'p107', 'p111', 'p114',
  // Specific near-misses, held.
  'p027', 'p029', 'p031', 'p032', 'p034', 'p040', 'p050', 'p078', 'p079', 'p080', 'p081', 'p082', 'p086', 'p088', 'p090',
  'p091', 'p092', 'p093', 'p094', 'p096', 'p099', 'p101', 'p102', 'p117', 'p118', 'p120', 'p127', 'p128',
];

describe('probes of branch da, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development labels the readings follow', () => {
  it.each([
    // An understanding developed (y39-007, y27-042, y33-077: not specific).
    ['Poppy will develop an understanding of numbers to 5.', false],
    ['To develop his understanding of numbers to 20 by the end of EYFS.', false],
    ['Declan will develop an understanding of his emotions using the Incredible 5-Point Scale by Easter.', false],
    // A cohort's aim (y45-180, y47-092, y53-128, y57-028: not specific).
    ["Scrutiny committee paper: 'The percentage of children in care with an up-to-date PEP will rise to 95% by March 2025.'", false],
    ['Book-gifting programme aim: every child on roll receives six parcels between May and October.', false],
    ['Success criteria: Overall attendance of PP pupils is 94% or above in 2024/25, and PA falls below 12%.', false],
    ["Governors' report: all 7 looked-after pupils to have a PEP with at least one SMART attainment target reviewed by 31 March 2025.", false],
    // Near-misses the labels keep specific (x042, z001, z014: a description of developing awareness; a class target bank's "Children will").
    ['Child engages in aspects of real-world/role play. They show developing awareness of the tasks carried out by different professionals.', true],
    ['Children will be able to go to the toilet by themselves and wash their own hands (support required with some toileting needs).', true],
    ['Children will take reading books home and return without prompting.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});
