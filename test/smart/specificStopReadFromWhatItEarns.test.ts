/**
 * The labelling guide, Settled cases, "no exclusions, suspensions or sanctions; behaviour points or detentions below a figure"
 * (specific and measurable: Specific rule 5, a stop-behaviour read from what it earns), in two forms the analyser refused
 * (branch dj, a census of the "specific, label true got false" disagreements):
 * - logged behaviour events cut to a level ("reduce recorded physical incidents from 6 per week to 2 or fewer", "reduce
 *   accidents from daily to 2 or less a week"): incidents, fights, outbursts and toileting accidents counted below a figure,
 *   as points and detentions already were (src/smart/_analyse.ts, sanctionCounted; development labels of a cut to a level:
 *   15 specific, 0 not; a cut with no figure stays a comparative, Specific rule 2);
 * - what the behaviour earns, avoided ("avoid further exclusions", "Avoid suspensions."): none of it, as "no further
 *   exclusions" is (src/smart/_measure.ts, stopBehaviour; src/smart/_specific.ts, _twoWordOutcome; a broad area avoided,
 *   "avoid trouble", stays broad, Specific rule 1).
 * The probes were written and labelled from the guide before the analyser was run (test/fixtures/smart/probes-dj.json).
 */
import { describe, expect, it } from 'vitest';
import { assertSelection, probesById, type SpecificAndMeasurableProbe as Probe } from './_probes';
import { measurable, specific } from './_judge';

const probes = probesById<Probe>('dj');

/** Probes this branch's readings changed (specific), and a spread that held both ways. */
const SELECTED = [
  // A cut to a level, changed.
  'p001', 'p002', 'p003', 'p005', 'p008', 'p010', 'p013', 'p015', 'p017', 'p018', 'p019', 'p022', 'p025',
  // A sanction avoided, changed.
  'p105', 'p106', 'p107', 'p108', 'p110', 'p113', 'p117', 'p120', 'p125', 'p128',
  // Relabelled after review, held: the adults' papers and placements avoided (not a sanction the child earns).
  'p109', 'p115', 'p122',
  // Held: a cut to a level already read.
  'p004', 'p011', 'p016',
  // Not specific, held: a cut with no figure or with a baseline only.
  'p027', 'p028', 'p029', 'p030', 'p031', 'p032', 'p033', 'p034', 'p035', 'p036', 'p040', 'p041', 'p044', 'p047', 'p050',
  // Not specific, held: a broad area avoided, a comparative, the adults' act.
  'p131', 'p132', 'p133', 'p134', 'p135', 'p136', 'p137', 'p138', 'p141', 'p144', 'p148', 'p149', 'p155',
];

describe('probes of branch dj (a stop read from what it earns), labelled from the guide before the analyser was run', () => {
  assertSelection(probes, SELECTED, 'specific', specific);
});

describe('development labels of the two forms, both ways', () => {
  it.each([
    // y59-017, y58-021, y13-225, y59-114 (specific), their shapes' near-misses (not).
    ['Behaviour support plan: reduce recorded physical incidents from 6 per week (baseline w/c 6 Jan 2025) to 2 or fewer per week by the start of the Easter holidays, tracked on CPOMS by the pastoral lead.', true],
    ['Reduce behaviour incidents logged on CPOMS from 12 per half term (Aut 2) to 5 or fewer during Spring 2, which ends 4 April 2025.', true],
    ['Toilet training - reduce accidents from daily to 2 or less a week', true],
    ['Exclusions: avoid further exclusions.', true],
    ['Reduce number of incidents at lunchtime (currently 6 per week)', false],
    ['Reduce incidents.', false],
    ['Behaviour support plan – reduce incidents.', false],
    ['Reduce the number of incidents of hitting.', false],
  ] as const)('%s: specific %s', (text, want) => {
    expect(specific(text)).toBe(want);
  });

  it('a sanction avoided measures as "no further exclusions" does (the settled row: specific and measurable)', () => {
    expect(measurable('Exclusions: avoid further exclusions.')).toBe(true);
    expect(measurable('Avoid trouble.')).toBe(false);
  });
});

/**
 * The reviewer's probes of branch dj (/tmp/wt/rev-dj-scratch, labelled from the guide), the broken ones first, with their
 * labels: a baseline alone is no level ("from 3 a week": Specific rule 2, a cut with no target figure); an avoiding inside a
 * purpose is what the act is for, not the act (rule 4: the provision attended is the act); a figure counts the noun of its
 * own phrase, not one after a comma ("SDQ below 17, with fewer incidents": rule 7 and rule 2); the adults' papers and
 * placements are no sanction the child earns ("Avoid referrals.": rule 4).
 */
describe('review probes of branch dj, both ways', () => {
  it.each([
    // Broken by the branch, now right.
    ['Reduce fights (from 3 a week).', false, null],
    ['Reduce accidents in the playground (from 4 a week).', false, null],
    ['To avoid exclusion, Sam will attend his counselling sessions.', false, false],
    ['In order to avoid exclusion, Sam will attend ELSA sessions.', false, false],
    ['So as to avoid exclusion, Sam will attend ELSA.', false, null],
    ['SDQ total from 22 to below 17 by June, with fewer incidents at home.', false, true],
    ['Be happier at school, from 3 to 5 on her wellbeing wheel, with fewer arguments.', false, null],
    ['Avoid referrals.', false, null],
    ['Avoid removals.', false, null],
    ['Avoid isolations.', false, null],
    ['Avoid FTEs.', true, true],
    ['Avoid a permanent exclusion this year.', true, true],
    // The same flaws on main, for sanctions.
    ['SDQ total from 22 to below 17 by June, with fewer detentions.', false, null],
    ['Reduce detentions (from 3 a week).', false, null],
    // Near-misses that hold.
    ['Reduce physical incidents from 6 a week to 2 or fewer by Easter.', true, true],
    ['Reduce toileting accidents to 1 a week by half term.', true, true],
    ['Toileting – to have fewer than 2 accidents a week by half term.', true, true],
    ['Reduce incidents to below 3 a week, as logged on CPOMS.', true, true],
    ['Reduce exclusions from 4 last term to 0 this term.', true, true],
    ['Reduce fights from 3 a week to 1 a week.', true, null],
    ['Avoid further exclusions.', true, true],
    ['Avoid further fixed term exclusions.', true, null],
    ['Kai will avoid any detentions this half term.', true, true],
    ['To avoid further fixed-term exclusions by the end of the academic year.', true, true],
    ['Avoid further exclusions this year by working with his mentor.', true, true],
    ['Avoid any incidents this term.', true, null],
    ['Avoid isolation.', false, false],
    ['Avoid trouble.', false, false],
    ['Avoid conflict with peers.', false, false],
    ['Reduce incidents of physical aggression (currently 4 a week).', false, false],
    ['Reduce the number of outbursts (10 last week).', false, false],
    // A figure after "Target" counts the noun named before it (development labels x218, y26-014, y30-161: specific).
    ['Reduce suspensions. He had 3 fixed term suspensions in autumn, target 0 in spring.', true, null],
    ['Behaviour points – Kieran is averaging 12 negative points a week. Target: fewer than 5 a week for 4 weeks in a row by the end of Spring 1.', true, null],
  ] as const)('%s: specific %s, measurable %s', (text, s, m) => {
    expect(specific(text)).toBe(s);
    if (m !== null) expect(measurable(text)).toBe(m);
  });
});

