import { afterAll, describe, expect, it, vi } from 'vitest';
import { derivePepFacts } from '../../src/pep/derivePepFacts';
import { assessPep } from '../../src/rules/assessPep';
import { nextPepActions } from '../../src/rules/nextPepActions';
import { Fixtures, runCli } from './_run';
import { pepWithSuspensions as pepWith } from '../_helpers/suspensionPep';

// Runs the built CLI (`npx tsup --silent` first when running this file alone).
vi.setConfig({ testTimeout: 120_000 });

const fx = new Fixtures();
afterAll(() => fx.cleanup());

/*
 * The Virtual School Handbook (NAVSH, 2014), 3e(i) 6th day/1st day provision: "Schools must provide
 * a full-time offer of learning to children from the 6th day of a fixed term exclusion".
 */

const TODAY = '2025-01-28';

interface JsonItem {
  readonly kind: string;
  readonly due: string;
  readonly status: string;
  readonly suspension?: number;
  readonly completedOn?: string;
}

describe('pep-rules deadlines: The Virtual School Handbook, 3e(i) 6th day/1st day provision', () => {
  it('a PEP file with a suspension of 10 days from 2025-01-27 gets the sixth-school-day item, on the date derivePepFacts and nextPepActions give', () => {
    const pep = pepWith([{ startDate: '2025-01-27', days: 10 }]);
    const r = runCli(['deadlines', fx.file('suspended.json', JSON.stringify(pep)), '--today', TODAY, '-f', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const items = (JSON.parse(r.stdout) as { items: JsonItem[] }).items.filter((i) => i.kind === 'suspension-provision');
    expect(items.map((i) => [i.suspension, i.due, i.status])).toEqual([[0, '2025-02-03', 'due-soon']]);
    const facts = derivePepFacts(pep, { today: TODAY });
    const fromFacts = facts.ok ? facts.facts.schedule?.items.filter((i) => i.kind === 'suspension-provision').map((i) => i.due) : null;
    const fromActions = nextPepActions(assessPep(pep, { today: TODAY })).actions.filter((a) => a.from === 'suspension-provision').map((a) => a.due);
    expect([fromFacts, fromActions]).toEqual([['2025-02-03'], ['2025-02-03']]);
  });

  it('prints the item in text with the Handbook as its source', () => {
    const r = runCli(['deadlines', fx.file('suspended-text.json', JSON.stringify(pepWith([{ startDate: '2025-01-27', days: 10 }]))), '--today', TODAY]);
    const line = r.stdout.split('\n').find((l) => l.includes('suspension-provision'));
    expect(line).toMatch(/^ {2}2025-02-03 {2}due-soon {2}suspension-provision +Full-time education from school day 6 /);
    expect(line).toContain('3e(i) 6th day/1st day provision');
  });

  it('a provisionFrom recorded on the suspension marks it done; options given for other dates keep the suspensions of the file', () => {
    const file = fx.file('provided.json', JSON.stringify(pepWith([{ startDate: '2025-01-27', days: 10, provisionFrom: '2025-01-28' }])));
    const r = runCli(['deadlines', file, '--today', TODAY, '--meeting', '2025-01-20', '-f', 'json']);
    const items = (JSON.parse(r.stdout) as { items: JsonItem[] }).items.filter((i) => i.kind === 'suspension-provision');
    expect(items.map((i) => [i.due, i.status, i.completedOn])).toEqual([['2025-02-03', 'done', '2025-01-28']]);
  });
});
