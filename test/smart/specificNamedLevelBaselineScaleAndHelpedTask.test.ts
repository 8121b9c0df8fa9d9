/**
 * The labelling guide, Specific (S is met when the target names "the particular skill, knowledge, behaviour, task or
 * qualification the child will achieve") and Specific rule 4 (adult provision with no child outcome is not specific; the
 * young person's own bursary application stays specific): three forms of published targets the analyser refused although
 * the guide and the development labels grant them, with their near-misses. The probes were written and labelled from the
 * guide before the analyser was run (test/fixtures/smart/probes-dc.json).
 *
 * Readings added for them (each counted on the development labels both ways first):
 * - a scheme's numbered stage to be on, or a book band named by its stage, is a level reached as "level 7" is ("Mason to be
 *   on Stage 7", "Reading: Stage 7 book band"): src/smart/_measure.ts, schemeStage; src/smart/_fragment.ts, bandNamed
 *   (development labels of texts naming a scheme's numbered stage, not a key stage: 19 specific to 1, "Freddie is at
 *   Stage 4", a status now, which stays not specific); a band named by its colour alone is left as read (size budget);
 * - a baseline's score naming what it counts, then a target's score on the same scale ("baseline 5/20 spellings. Plan:
 *   12/20 by 7 March"): the target reaches a score in what the baseline names (src/smart/_analyse.ts, baselineMetric;
 *   development labels of a baseline and a target with its figure: 93 specific to 1);
 * - an adult helping the child to do a named task ("PA to help Demi fill in the 16-19 Bursary form", "Tia's PA will help
 *   her apply for the bursary"): the task after the help is the child's act (src/smart/_specific.ts, helpedActAt and
 *   _helpedActIn; src/smart/_doer.ts; development labels of an adult helping or supporting the child to do a task: 7
 *   specific to 1, "PA to help Ellie find part time work", which stays not specific).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificProbe as Probe } from './_probes';
import { specific } from './_judge';
import { checkSmartTarget } from '../../src/smart/index';

const probes = probesById<Probe>('dc');

/** Probes the readings above changed (specific), and a spread of the near-misses that held (not specific). */
const SELECTED = [
  // A scheme's stage or a named book band to reach: changed.
  'p001', 'p002', 'p003', 'p005', 'p006', 'p009', 'p010', 'p019', 'p023',
  // A baseline's scale carried to the target: changed.
  'p052', 'p053', 'p055', 'p058', 'p061', 'p064', 'p069', 'p073', 'p075',
  // An adult helping the child to do a task: changed.
  'p102', 'p103', 'p104', 'p105', 'p106', 'p109', 'p113', 'p117', 'p121', 'p126',
  // Near-misses, not specific, held: key stages, phases as content, a status now.
  'p027', 'p028', 'p029', 'p031', 'p032', 'p036', 'p040', 'p050',
  // A baseline alone, a target with no figure, provision's figure.
  'p077', 'p078', 'p080', 'p081', 'p083', 'p084', 'p091',
  // The help alone, help with a field, help towards a broad state.
  'p127', 'p128', 'p129', 'p131', 'p133', 'p138', 'p139', 'p145', 'p147',
];

describe('probes of branch dc, labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development texts of the three forms (labels settled as specific)', () => {
  it.each([
    ['Mason to be on Stage 7.', true],
    ['Reading: Stage 7 book band.', true],
    ['APDR – Assess: baseline 5/20 spellings. Plan: 12/20 by 7 March 2025; review at the spring PEP.', true],
    ["Tia's PA will help her apply for the 16–19 Bursary for vulnerable groups by the end of September so that she can buy her course kit.", true],
    ['Bursary: PA to help Demi fill in the 16-19 Bursary (vulnerable group) form by 14/02/25 so she gets the £1,200 towards travel and equipment this year.', true],
    ['PA to support Kerry-Ann to open a bank account and set up a standing order for her rent (GBP 35 a week, supported lodgings) by 28/2/25.', true],
    ['Freddie is at Stage 4.', false],
    ['Baseline: 2/10 on phonics check practice.', false],
    ['PA to help Ellie find part time work.', false],
    ['Carer to support Ryan with homework.', false],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
});

/**
 * The reviewer's probes of the first version (labels from the guide): a broad screen's total is not the skill (Specific rule 7);
 * a conjunction or a word of time after the baseline's score names nothing scored; the adults' papers stay the adults' act
 * whoever is helped to do them, and an adult helped is no child (Specific rule 4); a stage of an adults' process is no level.
 */
describe('reviewed probes: broken by the first version, now held', () => {
  it.each([
    ['Baseline 42/68 Boxall developmental strand. Target 55/68 by July', false],
    ['Baseline 5/20 SDQ. Target 12/20 by June', false],
    ['Baseline 5/20 and a target of 12/20 by March', false],
    ['Baseline 4/10 yesterday. Target 8/10 by March', false],
    ['Teacher to help Jo to apply for exam access arrangements by February', false],
    ['TA to help Jo to apply for a CAMHS referral by February', false],
    ['PA to help Tom apply for his EHCP by March', false],
    ['Social worker to help Mum complete the housing form by March', false],
    ['Ali to be on Stage 2 of the Graduated Response by March', false],
    ['Tutor to help Nadia finish her coursework by the deadline on March.', true],
    ['Carer to support Ali to open a bank account by March', true],
    ['Ali to be on Stage 7 of the reading scheme by July', true],
  ] as const)('%s: %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });
  it('keeps the deadline and the measure of a helped task', () => {
    const r = checkSmartTarget('Tutor to help Nadia finish her coursework by the deadline on March.', { meetingDate: '2025-01-15' });
    expect([r.measurable.met, r.timeBound.met]).toEqual([true, true]);
  });
});

