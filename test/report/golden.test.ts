import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/presets/index';
import { cohortSummary } from '../../src/report/cohortSummary';
import { renderCohortHtml } from '../../src/report/renderCohortHtml';

/*
 * The whole cohort summary of the bundled 60-PEP example on 30 June 2025, under the England defaults
 * and under Halton, and the HTML page of the England one, byte for byte. They pin the report's output
 * while its inside changes (one piece per dimension, one adapter to assessPep). Regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/report/golden.test.ts`, then read the diff: a changed figure is
 * a changed judgement, to be explained with the source that decides it.
 */

const TODAY = '2025-06-30';
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const peps = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as unknown);

function golden(name: string, actual: string): string {
  const file = new URL(`golden/${name}`, import.meta.url);
  if (UPDATE || !existsSync(file)) writeFileSync(file, actual);
  return readFileSync(file, 'utf8');
}

describe('golden cohort report of the example cohort', () => {
  it.each(['england', 'halton'] as const)('summary under %s', (policy) => {
    const summary = cohortSummary(peps, { today: TODAY, policy: policies[policy] });
    const actual = `${JSON.stringify(summary, null, 2)}\n`;
    expect(JSON.parse(actual)).toEqual(JSON.parse(golden(`cohort-${policy}.json`, actual)));
  });

  it('HTML page under england, byte for byte', () => {
    const html = renderCohortHtml(cohortSummary(peps, { today: TODAY }), { title: 'Summer term PEP report' });
    expect(html === golden('cohort-england.html', html)).toBe(true);
  });
});
