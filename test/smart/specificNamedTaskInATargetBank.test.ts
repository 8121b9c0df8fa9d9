/**
 * The labelling guide, Specific: "the particular skill, knowledge, behaviour, task or qualification the child will achieve",
 * in the forms published target banks and EHCP outcomes write it with no subject, read by src/smart/_specific.ts:
 * - a bare imperative whose verb no list knows, before an article or owner ("Plan a story using a story mountain",
 *   "Writing - plan a story", "Iron his school shirt"; `_imperativeAction`), as "will plan a story" is read; a noun heading
 *   ("Transition to secondary school", "Book band - ongoing"), an adult's act ("Reassure her about the move") and a title
 *   ("Team Around the Family: …") are not;
 * - a two-word outcome (`_twoWordOutcome`): "No exclusions." (Specific rule 5; Settled cases, no exclusions, suspensions or
 *   sanctions), "Pass GCSEs", "Achieve GLD", "Do homework." (Settled cases, "do her homework"); a two-word heading or
 *   comparative ("Maths resit", "Fewer exclusions.", "Homework club") stays not specific (rules 1, 2, 6).
 * The labelled probes are test/fixtures/smart/probes-sp1.json, labelled from the guide before the analyser was run.
 */
import { describe, expect, it } from 'vitest';
import { readProbes } from './_probes';
import { specific } from './_judge';

interface Probe { id: string; text: string; rule: string; specific: boolean; unsure?: boolean }
const probes = readProbes<Probe>('sp1');
const byId = new Map(probes.map((p) => [p.id, p]));
/** A labelled selection, both ways: the two readings' own probes and their near-misses. */
const SELECTED = [
  'p338', 'p340', 'p341', 'p342', 'p343', 'p344', 'p345', 'p346', 'p347', 'p348', 'p349', 'p350', 'p351', 'p353', 'p354', 'p355', 'p356',
  'p357', 'p358', 'p359', 'p360', 'p361', 'p362', 'p363', 'p364', 'p365', 'p366', 'p367', 'p368', 'p370', 'p372', 'p374', 'p376', 'p377',
  'p379', 'p380', 'p382', 'p383', 'p384', 'p387', 'p388', 'p389', 'p390', 'p391', 'p392', 'p393', 'p395', 'p397', 'p398', 'p399', 'p402',
  'p405', 'p406', 'p407', 'p408', 'p409', 'p411', 'p412', 'p414', 'p415', 'p418', 'p419', 'p420', 'p421', 'p422', 'p423', 'p425', 'p426',
  'p428', 'p429', 'p430', 'p431', 'p432', 'p433', 'p434', 'p435', 'p436', 'p437', 'p439', 'p441', 'p446', 'p447', 'p448', 'p449', 'p450',
  'p457', 'p520', 'p521', 'p522', 'p523', 'p524', 'p525', 'p526', 'p527', 'p528', 'p529', 'p530', 'p531', 'p532', 'p533', 'p534', 'p535',
  'p536', 'p537', 'p538', 'p539', 'p540', 'p541', 'p542', 'p543', 'p544', 'p545', 'p546', 'p547', 'p548', 'p549', 'p550', 'p551', 'p553',
  'p554', 'p555', 'p556', 'p557', 'p558', 'p559', 'p560', 'p561', 'p562', 'p563', 'p564', 'p565', 'p566', 'p567', 'p568', 'p569', 'p570',
  'p571', 'p573',
].map((id) => byId.get(id) as Probe);

describe('Specific: a named task in a target bank (bare imperative, two-word outcome) and its near-misses', () => {
  it('the selection is labelled both ways and not unsure', () => {
    expect(SELECTED.every((p) => p !== undefined && p.unsure !== true)).toBe(true);
    expect(SELECTED.filter((p) => p.specific).length).toBeGreaterThanOrEqual(30);
    expect(SELECTED.filter((p) => !p.specific).length).toBeGreaterThanOrEqual(30);
  });
  it.each(SELECTED.map((p) => [p.id, p.text, p.specific] as const))('%s %s: specific %s', (_id, text, label) => {
    expect(specific(text)).toBe(label);
  });
  it.each([
    ['Plan a story using a story mountain.', true],
    ['Writing - plan a story using a story mountain', true],
    ['Iron his school shirt.', true],
    ['Top up his gas and electric meter.', true],
    ['No exclusions.', true],
    ['Pass GCSEs', true],
    ['Do homework.', true],
    ['Team Around the Family: Outcome – improve family relationships.', false],
    ['Job interview coming up – wish her luck!', false],
    ['Reassure her about the move.', false],
    ['Fewer exclusions.', false],
    ['Maths resit', false],
    // Review of branch sp1: the adults' act on a resource made for the child (Specific rule 4), a noun heading before a
    // preposition, every sanction singular or plural, exams as GCSEs are, and a verb in "-us".
    ['Laminate her visual timetable.', false],
    ['Print her timetable in large font.', false],
    ['Handover on the first morning with her carer.', false],
    ['Transition on the first day.', false],
    ['Renew her passport.', true],
    ['Tidy her room.', true],
    ['No sanction.', true],
    ['No isolation.', true],
    ['Zero FTEs.', true],
    ['No referral.', false],
    ['Fewer sanctions.', false],
    ['Pass exams.', true],
    ['Pass maths', false],
    ['Homework club', false],
  ] as const)('%s: specific %s', (text, label) => {
    expect(specific(text)).toBe(label);
  });
});
