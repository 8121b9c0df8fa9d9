import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import type { Policy } from '../../src/policy/schema';
import { assessPep } from '../../src/rules/assessPep';
import type { PepLifecycleEvent } from '../../src/rules/lifecycle';
import { nextPepActions, type PepAction } from '../../src/rules/nextPepActions';
import { calendars } from '../deadlines/_calendars';

/*
 * When the virtual school quality-assures a submitted PEP and releases its PP+. The five documents were
 * searched for a timescale: none gives one for QA (Halton "runs regular reports"; Barnet "Quality assure
 * the completed PEPs on a termly basis"; Milton Keynes "Once submitted the PEP will be reviewed"; the
 * Handbook "it is the duty of the VSH to quality assure the PEP"), and only Barnet gives one for the
 * release: "The PPG will normally be sent at the beginning of the term following the term that the PEP
 * took place" (What is Pupil Premium funding?). Bolton's payment months belong to instalment windows,
 * not to a time after the PEP ("April to August = £750 . . . schools should see these amounts in July").
 */

// Meeting 2025-01-15 (spring 2024/25), submitted 2025-01-20, PP+ £825 requested and allowed under each preset.
const good = JSON.parse(readFileSync(new URL('../../examples/peps/school-age-good.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const QA_DONE: readonly PepLifecycleEvent[] = [{ stage: 'quality-assured', date: '2025-01-27', grade: 'green' }];

function lifecycle(policy: Policy, today: string | undefined, extra: { events?: typeof QA_DONE; calendar?: typeof calendars.halton } = {}): PepAction[] {
  const calendar = extra.calendar;
  const a = assessPep(good, { policy, ...(today !== undefined ? { today } : {}), ...(calendar ? { calendar } : {}) });
  return nextPepActions(a, { policy, ...(extra.events ? { events: extra.events } : {}), ...(calendar ? { calendar } : {}) }).actions.filter((x) => x.from === 'lifecycle');
}
const row = (a: PepAction | undefined) => (a === undefined ? null : [a.role, a.action, a.due, a.status, a.reason === undefined ? null : 'reason']);

describe('Barnet Virtual School PEP Guidance, What is Pupil Premium funding?: "normally sent at the beginning of the term following the term that the PEP took place"', () => {
  it('a quality-assured spring-term PEP has its PP+ released on the first day of the summer term (by the months without a calendar)', () => {
    const [release] = lifecycle(policies.barnet, '2025-01-28', { events: QA_DONE });
    expect(row(release)).toEqual(['virtual-school', 'release-ppplus', '2025-04-01', 'upcoming', null]);
    expect(release?.basis).toContain('the beginning of the summer 2024/25 term');
    expect(release?.basis).toContain('approximated as 2025-04-01');
  });

  it('with a school calendar, the first day of the summer term in it (22 April 2025, after Easter)', () => {
    const [release] = lifecycle(policies.barnet, '2025-01-28', { events: QA_DONE, calendar: calendars.halton });
    expect(row(release)).toEqual(['virtual-school', 'release-ppplus', '2025-04-22', 'upcoming', null]);
    expect(release?.basis).toContain('its first day in the school calendar');
  });

  it('is overdue once the next term has begun and it has not been released; a release event ends it', () => {
    expect(row(lifecycle(policies.barnet, '2025-04-23', { events: QA_DONE, calendar: calendars.halton })[0])).toEqual(['virtual-school', 'release-ppplus', '2025-04-22', 'overdue', null]);
    const released = lifecycle(policies.barnet, '2025-04-23', { events: [...QA_DONE, { stage: 'ppplus-released', date: '2025-04-22' }] });
    expect(released.map((a) => a.action)).toEqual(['spend-ppplus-as-planned']);
  });
});

describe('Halton Virtual School PEP Policy 2023-24, Process; Milton Keynes, 6. Pupil Premium Plus Funding; Bolton, Frequency Asked Questions: no time after QA', () => {
  it.each([
    ['halton', policies.halton],
    ['miltonKeynes', policies.miltonKeynes],
    ['bolton', policies.bolton],
    ['england', policies.england],
  ] as const)('%s: release-ppplus is undated, with the reason', (_id, policy) => {
    const [release] = lifecycle(policy, '2025-01-28', { events: QA_DONE });
    expect(row(release)).toEqual(['virtual-school', 'release-ppplus', null, 'open', 'reason']);
    expect(release?.reason).toContain('No document sets a time for releasing PP+ after QA');
    expect(release?.reason).toContain('schools should see these amounts in July');
  });
});

describe('QA of a submitted PEP (Halton, Process; Barnet, The role of Barnet Virtual School; Milton Keynes, Additional areas to note; the Handbook, iv) The quality of PEPs)', () => {
  it.each(['england', 'halton', 'barnet', 'bolton', 'miltonKeynes'] as const)('%s: quality-assure-pep is undated, with the reason naming each document', (id) => {
    const [qa] = lifecycle(policies[id], '2025-01-28');
    expect(row(qa)).toEqual(['virtual-school', 'quality-assure-pep', null, 'open', 'reason']);
    for (const needle of ['Halton', 'Barnet', 'Milton Keynes', 'The Virtual School Handbook', 'on a termly basis']) expect(qa?.reason).toContain(needle);
  });

  it('without today a termly release is open and undated, as every lifecycle action, and says no "no document" reason', () => {
    const [release] = lifecycle(policies.barnet, undefined, { events: QA_DONE });
    expect(row(release)).toEqual(['virtual-school', 'release-ppplus', null, 'open', null]);
  });
});
