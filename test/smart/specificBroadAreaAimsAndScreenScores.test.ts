/**
 * The labelling guide, Specific rule 1 (a broad area is not specific; Barnet, "Developing your SMART Outcome", Step One) and
 * rule 7 (a score on a broad screen as the whole aim is not specific): three forms in which the analyser granted Specific
 * where the development labels refuse it, and their near-misses. The probes were written and labelled from the guide before
 * the analyser was run (test/fixtures/smart/probes-ds.json: p001–p051 catching up, p052–p101 broad area aims, p102–p151
 * screen scores; in each block the first half is not specific, the second its specific near-misses).
 *
 * Readings added (src/smart/_object.ts and src/smart/_screening.ts; each counted on the development labels both ways first):
 * - catching up, helped or not, on the gaps, on every subject at once, or with a vague time ("To help Jayden catch up in
 *   maths", "Gracie will be helped to catch up", "catch up on missed work in all subjects", "catch up on coursework soon"):
 *   the process with nothing named or counted (development labels of "catch up" 51 not specific to 8, each of the 8 with a
 *   figure, named content or another act of the child's);
 * - communicating or expressing needs, wants or feelings with no way named ("Mia will communicate her needs"; 4 not specific to
 *   0; with a way named, "using PECS", 3 specific to 0);
 * - two area-only aims joined by "and" ("To do well in my GCSEs and go to college"; 4 not specific to 0);
 * - a broad screen filled in, used or followed up as the way its score is taken ("Using the Strengths and Difficulties
 *   Questionnaire, … score to reduce from 22 to below 17", "complete his Boxall Profile re-assessment and … rise by 10
 *   points"; 7 not specific to 1 with no skill beside the score).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, readProbes, type SpecificProbe as Probe } from './_probes';
import { specific } from './_judge';

const probes = new Map(readProbes<Probe>('ds').map((p) => [p.id, p]));

/** Probes these readings changed (not specific), and near-misses that must stay specific. */
const SELECTED = [
  // Catching up: not specific (changed), then specific near-misses.
  'p001', 'p003', 'p004', 'p005', 'p006', 'p007', 'p012', 'p016', 'p019', 'p022', 'p025',
  'p027', 'p028', 'p030', 'p033', 'p035', 'p039', 'p041', 'p044', 'p049',
  // Broad area aims: not specific (changed), then specific near-misses.
  'p052', 'p053', 'p054', 'p058', 'p061', 'p064', 'p065', 'p066', 'p068', 'p074', 'p076',
  'p077', 'p078', 'p079', 'p083', 'p086', 'p088', 'p090', 'p094', 'p096', 'p099',
  // Screen scores: not specific (changed), then specific near-misses.
  'p102', 'p104', 'p105', 'p106', 'p107', 'p110', 'p113', 'p117', 'p122',
  'p127', 'p128', 'p129', 'p132', 'p138', 'p144', 'p145', 'p148', 'p151',
];

describe('probes of branch ds, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development texts of the three forms (their settled labels)', () => {
  it.each([
    ['Ava will catch up on coursework soon.', false],
    ['PP+ request. What will the funding achieve? To help Jayden catch up in maths.', false],
    ['Catch up on missed work in all subjects.', false],
    ['Maths – catch up on gaps from missed schooling.', false],
    ['Gracie will be helped to catch up with the learning she missed while out of school.', false],
    ['Catch up on the science practicals missed when excluded - 6 to do', true],
    ['Mia will communicate her needs.', false],
    ['EHCP outcome: By the end of KS3 Ava will be able to communicate her needs to adults.', false],
    ['To do well in my GCSEs and go to college.', false],
    ['Using the Strengths and Difficulties Questionnaire completed by her carer, Darcy\'s total difficulties score to reduce from 22 to below 17 at the next SDQ (due June 2025).', false],
    ['Imogen will complete the SDQ with her DT before the next core PEP and use her worry box to tell an adult when she is upset, with her SDQ total below 17 by July.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});

/**
 * The review's probes of branch ds (labelled from the guide by the reviewer), each with its label: the one the first change
 * broke (content named after a colon), those it left wrong (help written after the catch-up, "across the whole curriculum",
 * a listener named by role or name, how the child is feeling, a screen's follow-up written as a verb before it) and those it
 * fixed; then near-misses written for the fix (a way named, named content, a figure) that must stay specific.
 */
describe('review probes of branch ds and near-misses of the fix', () => {
  it.each([
    ['Catch up on her science subjects: biology and chemistry practicals by Easter.', true], // review d11
    ['Mia will catch up with the help of her tutor by the end of the summer term.', false], // review c01
    ['Freya to catch up in maths with help by the summer term.', false], // review c25
    ['Mia will catch up on the gaps in her learning with help.', false], // review d12
    ['Catch up across the whole curriculum by the end of the academic year.', false], // review c04
    ['Ellie will communicate her needs to an adult by the end of the spring term.', false], // review c07
    ['Leo will communicate his needs to his key worker by Easter.', false], // review c10
    ['Sophie to communicate how she is feeling with her foster carer.', false], // review c11
    ['To communicate his wants to staff in the classroom by Feb half term.', false], // review c22
    ['Follow up his SDQ score at the next PEP.', false], // review c18
    ['To catch up on the gaps in his learning by Easter.', false], // review c02
    ['Jayden to catch up in all subjects by July.', false], // review c03
    ['Do well at school and go to college.', false], // review c14
    ['Complete the Boxall Profile and improve her scores by Easter.', false], // review c20
    ['Jack will catch up with his peers soon.', false], // review c21
    ['Aiden will do well in his exams and go to sixth form.', false], // review c23
    ['Mia will catch up on the phase 3 phonics sounds with help from Mrs Khan by Easter.', true], // near-miss f01
    ['Catch up on his science subjects: cells, forces and atoms by Easter.', true], // near-miss f02
    ['Mia will communicate her needs to her key worker using PECS by Easter.', true], // near-miss f03
    ['Leo will communicate his needs to staff by pointing to a symbol board.', true], // near-miss f04
    ['Ellie will communicate how she is feeling using the zones of regulation board at morning check-in.', true], // near-miss f05
    ['Jo will catch up on Unit 4 of her coursework with support from her tutor by Easter.', true], // near-miss f06
    ['Catch up on missed work across all subjects by the end of term.', false], // near-miss f07
    ['Catch up on his maths soon.', false], // near-miss f08
    ['Leo will communicate his needs to Sarah, his key worker.', false], // near-miss f09
    ['Ellie will communicate her needs to an adult by pointing to a symbol card.', true], // near-miss f10
    ['Sam will catch up on his coursework with the support of his mentor by the summer term.', false], // near-miss f11
    ['Ava will communicate her feelings with trusted adults in school.', false], // near-miss f12
    ['Follow the SDQ action plan: use his calm box when he feels cross, 3 times a week.', true], // near-miss f13
    ["To communicate his wants to staff by saying 'more' or 'finished' at snack time.", true], // near-miss f14
    ['Catch up on his English coursework: finish the Macbeth essay by Easter.', true], // near-miss f15
    ['Mia will catch up eventually.', false], // near-miss f16
    ['Leo will communicate his needs by telling staff.', true], // near-miss g1 (a way named: a verb in -ing before the adult)
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});
