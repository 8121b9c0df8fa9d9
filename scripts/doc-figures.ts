/**
 * Figures in the docs that come from the code, worked out from the code and written between markers:
 * `<!-- figure:NAME -->…<!-- /figure -->` (an HTML comment: invisible on the rendered page).
 * Run `npx tsx scripts/doc-figures.ts` after a change that moves a figure; test/docs/figures.test.ts fails
 * when a file is out of date or names a figure this script does not know.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { policies } from '../src/policy/index';
import { cohortSummary } from '../src/report/index';
import { rules } from '../src/rules/registry';

/** The files that carry figures. */
export const FIGURE_FILES = ['README.md', 'docs/rules.md', 'docs/report.md'];

const MARKER = /<!-- figure:([a-z0-9-]+) -->([\s\S]*?)<!-- \/figure -->/g;

const root = new URL('../', import.meta.url);
const REPORT_DATE = '2025-06-30';

function cohort(): unknown[] {
  return readFileSync(new URL('examples/cohort.ndjson', root), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as unknown);
}

function upToDate(policy: (typeof policies)[keyof typeof policies]): string {
  const { count, of, percent } = cohortSummary(cohort(), { today: REPORT_DATE, policy }).upToDate;
  return `${count} of ${of} (${String(percent)}%)`;
}

/** Every figure, by name, as it is printed in the docs. */
export function figures(): Record<string, string> {
  return {
    'rule-count': String(rules.length),
    'cohort-records': String(cohort().length),
    'report-up-to-date-halton': upToDate(policies.halton),
    'report-up-to-date-england': upToDate(policies.england),
  };
}

/** The figures a text names, with what it prints now. */
export function figuresIn(text: string): { name: string; printed: string }[] {
  return [...text.matchAll(MARKER)].map((m) => ({ name: m[1] ?? '', printed: m[2] ?? '' }));
}

/** The text with every figure written from `values`; throws on a figure it does not know. */
export function writeFigures(text: string, values: Record<string, string>): string {
  return text.replace(MARKER, (_all, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`unknown figure ${name}`);
    return `<!-- figure:${name} -->${value}<!-- /figure -->`;
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const values = figures();
  for (const file of FIGURE_FILES) {
    const url = new URL(file, root);
    const before = readFileSync(url, 'utf8');
    const after = writeFigures(before, values);
    if (after !== before) writeFileSync(url, after);
    process.stdout.write(`${file}: ${figuresIn(after).length} figures${after === before ? '' : ' (updated)'}\n`);
  }
}
