import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { assessPep } from '../src/rules/assessPep';
import { cohortSummary } from '../src/report/cohortSummary';
import { renderCohortHtml } from '../src/report/renderCohortHtml';

/*
 * The cohort report on the bundled 60-PEP example. Baselines: JSON.parse of the same NDJSON (the
 * floor for reading it), assessPep of every PEP (validate + grade: the per-record work the summary
 * cannot avoid), and JSON.stringify of the summary for the renderer.
 */
const text = readFileSync(new URL('../examples/cohort.ndjson', import.meta.url), 'utf8');
const lines = text.trim().split('\n');
const peps = lines.map((l) => JSON.parse(l) as unknown);
const TODAY = '2025-06-30';
const summary = cohortSummary(peps, { today: TODAY });
let sink: unknown;

describe('cohortSummary, 60 PEPs', () => {
  bench('cohortSummary(60 PEPs)', () => {
    sink = cohortSummary(peps, { today: TODAY });
  });
  bench('baseline: assessPep × 60', () => {
    for (const p of peps) sink = assessPep(p, { today: TODAY });
  });
  bench('baseline: JSON.parse × 60 lines', () => {
    for (const l of lines) sink = JSON.parse(l);
  });
});

describe('renderCohortHtml', () => {
  bench('renderCohortHtml(summary of 60)', () => {
    sink = renderCohortHtml(summary);
  });
  bench('baseline: JSON.stringify(summary, null, 2)', () => {
    sink = JSON.stringify(summary, null, 2);
  });
});

export { sink };
