/**
 * The labelling guide, Settled cases, "a one-off thing adults arrange or do for the child" (not specific; measurable, "someone
 * can check it was done") and the Measurable definition ("someone could check, at the deadline, whether it happened"): an
 * adult's act done once with a point it is done by ("SW to re-refer Skye to CAMHS by 31 January 2025", "SENCO to hold the
 * annual review on or before 13 March", "carer to keep a sleep diary for 4 weeks and share it with the school nurse by 21
 * Feb") is measurable, whatever its verb among the verbs of a thing done once (src/smart/_measure.ts, datedAdultAct). Not a
 * strategy or provision kept up with a date beside it ("TA to work with Leo on phonics by Easter", "Staff to listen to Jo read
 * by Easter": Measurable rule 6, Specific rule 4), a rate, a hedge or condition, or a comparative with no figure.
 *
 * Counted first on the development labels: an adult opening the text (or after a heading) with "to"/"will", a verb and a
 * "by"/"before" point: 102 measurable, 7 not (v138, t172 labelled before the row; t070 of the sixth set too). The probes
 * (test/fixtures/smart/probes-ca.json) were written and labelled from the guide before the analyser ran on them.
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type MeasurableProbe as Probe } from './_probes';
import { measurable } from './_judge';

const probes = probesById<Probe>('ca');

/** Probes this reading changed (measurable), and a spread of the near-misses that hold (not measurable). */
const SELECTED = [
  // Changed by this branch: an adult's act done once by a stated point.
  // (p009 "raise the delay" and p013 "take … to get her own card" are left unmeasured since the review: asserted as known
  // failures below.)
  'p001', 'p002', 'p005', 'p006', 'p007', 'p008', 'p010', 'p012', 'p015', 'p016', 'p017', 'p021',
  'p018', 'p023', 'p024', 'p025', 'p026', 'p027',
  // Near-misses, held: provision or a strategy kept up, a rate, a hedge, a comparative.
  'p028', 'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p037', 'p039', 'p040', 'p041', 'p042', 'p043',
  'p045', 'p047', 'p048', 'p053', 'p054', 'p055', 'p056', 'p057', 'p058', 'p059', 'p060', 'p061', 'p062', 'p063', 'p064',
];

describe('probes of branch ca, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'measurable', measurable, 15);
  // Known gaps, kept as failing assertions of their labels (measurable) so that a fix shows: a generic verb counts only with
  // one thing done once as its object, and these name theirs ("the school transport delay", "her own card") in no word
  // the analyser reads so. (p018, "… mark the mock papers and return them …", is measurable again on main by another reading.)
  it.fails.each(['p009', 'p013'])('%s: as labelled (left)', (id) => {
    const p = probes.get(id) as Probe;
    expect(measurable(p.text), p.text).toBe(p.measurable);
  });
});

describe('development labels of the form (the settled labels), both ways', () => {
  it.each([
    ['SW to re-refer Skye to CAMHS by 31 January 2025 and update the DT on the outcome at the next PEP on 30 April 2025.', true],
    ["SENCO to hold Ava's EHCP annual review on or before 13 March 2025 and send the paperwork to the SEND team within 2 weeks.", true],
    ['Sleep: carer to keep a sleep diary for 4 weeks (20 Jan – 14 Feb 2025) and share it with the school nurse at a meeting by 21 Feb to agree a bedtime plan.', true],
    ['DT to share PEP with staff by next week.', true],
    ["PA to update the education section of Mikey's pathway plan with his college course and EET goals by 28 Feb 2025.", true],
    ['VS to consult with Skye, carer and SW on a move to a Harrogate secondary and reach a decision by 28 February 2025, so any move happens at Easter (start date 22 April 2025).', true],
    ['Carers to read with Amelia for 15 minutes every evening and sign her reading diary at least 5 nights a week, checked each Monday by the class teacher, until the summer PEP.', false],
    ['SALT to continue to see him. By July.', false],
    ['Virtual school to secure a school place for Harvey within 20 school days of the referral.', false],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

/**
 * The reviewer's probes of this reading (labels from the guide): a single generic verb ("take", "get", "hold", "tell", "speak",
 * "share", "plan") with a date beside it is a routine, a strategy, praise or a thing done as it arises unless it acts on one
 * thing done once (a document, referral, meeting, review, decision, appointment); a comparative with no figure ("earlier")
 * leaves it unmeasured (Measurable rule 6); a later hedge in another clause does not undo the dated act.
 */
describe('reviewer probes: generic verbs need one thing done once as their object', () => {
  it.each([
    ['Carer to take Skye to school on time by half term.', false],
    ['Teachers to speak to Leo calmly when he is upset by half term.', false],
    ['Carer to get Skye to bed earlier by Easter.', false],
    ["Carer to take an interest in Skye's homework by Easter.", false],
    ["Carer to hold Skye's hand on the way to school by Easter.", false],
    ['Staff to tell Leo when he has done well by half term.', false],
    ['Carer to share any worries with school as they arise by Easter.', false],
    ['Teacher to plan lessons with movement breaks by Easter.', false],
    ['SW to write an update for the court by 31 January and may ask school for a report.', true],
    ['SW may refer Skye to CAMHS by 31 January.', false],
    ['DSL to hold a meeting with the family before 7 February.', true],
  ] as const)('%s: %s', (text, want) => {
    expect(measurable(text)).toBe(want);
  });
});

