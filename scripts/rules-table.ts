/**
 * Writes the rules table (code | severity | applies to | description | source), generated from the
 * registry, into README.md and docs/rules.md between `<!-- rules-table:start -->` and
 * `<!-- rules-table:end -->`. Run `npx tsx scripts/rules-table.ts`; test/rules/registry.test.ts fails
 * when either file is out of date (after zod's locale parity test).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rules } from '../src/rules/registry';

export const START = '<!-- rules-table:start -->';
export const END = '<!-- rules-table:end -->';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The markdown table of every registered rule, in registry order. */
export function rulesTable(): string {
  const rows = rules.map((r) => {
    const { phases, kinds } = r.appliesTo;
    const applies =
      phases === undefined && kinds === undefined
        ? 'all PEPs'
        : [phases?.join(', ') ?? 'all phases', kinds ? `${kinds.join(', ')} PEPs` : null].filter((x) => x !== null).join('; ');
    return `| \`${r.code}\` | ${r.severity} | ${cell(applies)} | ${cell(r.description)} | ${cell(r.source)} |`;
  });
  return ['| code | severity | applies to | description | source |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * Replaces the text between the markers (keeping the markers).
 * @returns The new text, or `null` when the markers are missing.
 */
export function replaceRegion(text: string, table: string): string | null {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return null;
  return `${text.slice(0, start + START.length)}\n${table}\n${text.slice(end)}`;
}

/** The text between the markers, trimmed, or `null`. */
export function readRegion(text: string): string | null {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return null;
  return text.slice(start + START.length, end).trim();
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const table = rulesTable();
  for (const file of ['README.md', 'docs/rules.md']) {
    const url = new URL(`../${file}`, import.meta.url);
    const next = replaceRegion(readFileSync(url, 'utf8'), table);
    if (next === null) throw new Error(`${file}: rules-table markers not found`);
    writeFileSync(url, next);
    process.stdout.write(`wrote the rules table (${rules.length} rules) into ${file}\n`);
  }
}
