/**
 * The labelling guide, Specific rule 4 (adult provision with no child outcome is not specific) and the Settled row "a one-off
 * thing adults arrange or do for the child": a thing or the child acted on by adults in the passive, and the adults' watching,
 * with nothing the child achieves. The probes were written and labelled from the guide before the analyser was run
 * (test/fixtures/smart/probes-di.json).
 *
 * Readings added (src/smart/_doer.ts; each counted on the development labels both ways first):
 * - a check or a paper confirmed, done again or looked at ("School place to be confirmed", "Boxall to be redone", "reading age
 *   to be reassessed", "Holiday activities to be explored", "to be named in the final plan"): passives of "to be <participle>"
 *   over the development sets are labelled 166 not specific to 3 specific;
 * - the child "kept on" or "kept in" a provision ("Harry to be kept on the part time timetable"): "be kept" 0 specific to 7;
 * - "re:" opens the topic of the clause before it, not a clause of the child's ("meeting to be held with carer re: attendance");
 * - the adults' watching: "keep an eye", "keep monitoring", "monitor" with no object or a pronoun's (0 specific to 48 with "keep an
 *   eye", "to monitor", "keep monitoring", "be monitored" and the like, 2 specific, both with a child's act named beside it);
 * - "To find Rhys a school place" as "Find Aaron a school place" is read (0 to 2), and "EHCNA" as the EHC needs assessment
 *   Specific rule 4 names among the adults' papers (0 to 2).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificProbe as Probe } from './_probes';
import { specific } from './_judge';

const probes = probesById<Probe>('di');

/** Probes the readings above changed (not specific), and a spread of the probes that held both ways. */
const SELECTED = [
  // Changed by this branch.
  'p009', 'p018', 'p019', 'p028', 'p029', 'p030', 'p035', 'p041', 'p106', 'p113', 'p116', 'p117', 'p118', 'p119', 'p120', 'p122', 'p123', 'p124', 'p125', 'p126',
  // Not specific, held.
  'p001', 'p002', 'p003', 'p007', 'p017', 'p020', 'p031', 'p036', 'p044', 'p107', 'p127', 'p128', 'p131', 'p133',
  // Specific near-misses, held.
  'p056', 'p057', 'p058', 'p059', 'p060', 'p061', 'p062', 'p063', 'p064', 'p066', 'p074', 'p075', 'p076', 'p083', 'p084', 'p086', 'p090', 'p097',
];

describe('probes of branch di, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development labels of the form, both ways', () => {
  it.each([
    ['Nurture group - Boxall to be redone', false],
    ['Out of county placement: Liam\'s school place in Hull to be confirmed.', false],
    ['Evidence of impact: reading age to be reassessed.', false],
    ['Holiday activities to be explored.', false],
    ['Harry to be kept on the part time timetable for now.', false],
    ['Parenting meeting to be held with carer re: attendance.', false],
    ['Attendance – will keep an eye on it.', false],
    ['Grandad says he will keep an eye on things.', false],
    ['To find Rhys a school place ASAP.', false],
    ['SENCO: apply for EHCNA.', false],
    ['Homework, PE kit and timetable to be checked by his foster carer on a Sunday evening. Success looks like: Leon gets no equipment detentions for the rest of the summer term.', true],
    ['Leon will be supported to write his name.', true],
    ['Kyle will not smoke or vape on the school site. Head of Year to monitor; if no incidents for the rest of the half term the target will be closed at the next PEP.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});

/**
 * The reviewer's probes (labelled from the guide): a thing of the child's kept in a place stays the child's act; only the child
 * kept on or in provision or a timetable is the adults'; a named child's watching stays hers; a count of times after "repeated"
 * is the child's practice.
 */
describe('review of branch di: probes broken or fixed, with their labels', () => {
  it.each([
    // Broken by the first reading ("kept on|in" + article whatever was kept), fixed.
    ['Coat to be kept on the peg at all times.', true],
    ['Phone to be kept in the locker during lessons.', true],
    ['Reading book to be kept in the book bag every day.', true],
    // The child kept on or in provision or a timetable: the adults' act.
    ['Leo will be kept on the part time timetable until February half term.', false],
    ['Maya to be kept in the nurture group for the spring term.', false],
    ['harry to be kept on the part time timetable for now.', false],
    ['coat to be kept on the peg at all times.', true],
    // The thing found after the child opens with any determiner, not only an article.
    ['To find Sam some work experience by Easter.', false],
    ['To find Paris on a map by half term.', true],
    // The watching is the adults' only when no child is named first as its subject.
    ['Mia will keep an eye on him at the bus stop after school.', true],
    ['He will keep an eye on it at break times.', true],
    ['Carers will keep a careful eye on it.', false],
    // "repeated" read from the shared list of adults' acts, but a count of times after it is the child's practice.
    ['Incorrect spellings to be repeated 3 times in his book each evening.', true],
    ['Hearing to be retested by the audiology service by March.', false],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});
