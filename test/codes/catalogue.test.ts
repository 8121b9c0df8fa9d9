import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CodeInfo } from '../../src/core/finding';
import { rules } from '../../src/rules/registry';
import { CATALOGUES, CODES_DOC, renderCodesMarkdown } from '../../scripts/write-codes';
import { collectEmitted } from './_emitted';
import { appearsIn, CODE_SHAPE, literalPieces, sourceLiterals } from './_source';

/*
 * The typed catalogue of finding codes (issue 14 item 7): docs/codes.md is current, every code the
 * library emits is catalogued, every code-shaped literal in src/ is catalogued, and no catalogued
 * code is dead. Findings from src/cli (CLI-*) are the CLI's own and are not catalogued here.
 */

const all = new Map<string, CodeInfo>();
const owner = new Map<string, string>();
const twice: string[] = [];
for (const c of CATALOGUES) {
  for (const [code, info] of Object.entries(c.codes)) {
    if (owner.has(code)) twice.push(`${code} (${owner.get(code) ?? '?'} and ${c.constName})`);
    owner.set(code, c.constName);
    all.set(code, info);
  }
}
const prefixes = new Set([...all.keys()].map((code) => code.split('-')[0]));
/** A literal that is a catalogued code, or the prefix a helper builds catalogued codes from (`'PEP-SCHEMA'`). */
const known = (text: string) => all.has(text) || [...all.keys()].some((code) => code.startsWith(`${text}-`));
let literals: ReturnType<typeof sourceLiterals> | undefined;
const srcLiterals = () => (literals ??= sourceLiterals());

describe('finding-code catalogues', () => {
  it('docs/codes.md is what scripts/write-codes.ts writes now', () => {
    const written = readFileSync(CODES_DOC, 'utf8');
    expect(written === renderCodesMarkdown(), 'docs/codes.md is stale: run `npm run codes` and commit docs/codes.md').toBe(true);
  });

  it('lists each code once, in code shape, with a meaning and a document source (no seed numbers, paths or function names)', () => {
    expect(twice, 'codes in two catalogues').toEqual([]);
    const bad: string[] = [];
    for (const [code, info] of all) {
      if (!CODE_SHAPE.test(code)) bad.push(`${code}: not PREFIX-SUBJECT-PROBLEM`);
      if (!['error', 'warning', 'info'].includes(info.severity)) bad.push(`${code}: severity ${info.severity}`);
      if (info.meaning.trim().length < 10 || !/[.!?]$/.test(info.meaning)) bad.push(`${code}: meaning is not a sentence`);
      if (info.source.trim().length === 0) bad.push(`${code}: no source`);
      if (/\bseed \d|\.(ts|md|json)\b|domain\/|src\/|\b[a-z]+[A-Z][A-Za-z]*\(|\bpolicy\.[a-z]/.test(info.source)) bad.push(`${code}: source "${info.source}"`);
    }
    expect(bad).toEqual([]);
  });

  it('every rule in the registry is in RULE_CODES with the same severity, and RULE_CODES lists no other code', () => {
    const ruleCodes = CATALOGUES.find((c) => c.constName === 'RULE_CODES')?.codes ?? {};
    const registry = new Map(rules.map((r) => [r.code, r.severity]));
    const differ = [...registry].filter(([code, severity]) => ruleCodes[code]?.severity !== severity).map(([code, s]) => `${code}: registry ${s}, catalogue ${ruleCodes[code]?.severity ?? 'missing'}`);
    expect(differ).toEqual([]);
    expect(Object.keys(ruleCodes).filter((code) => !registry.has(code)), 'RULE_CODES entries with no rule').toEqual([]);
  });

  it('every code emitted over the examples, bad inputs and seeded fuzzing is catalogued', () => {
    const emitted = collectEmitted(120);
    const missing = [...emitted]
      .filter(([code]) => !code.startsWith('CLI-') && !all.has(code))
      .map(([code, severities]) => `${code} (${[...severities].join(', ')})`)
      .sort();
    expect(missing, 'codes emitted but not in any src/<module>/codes.ts catalogue').toEqual([]);
    // The inputs reach most of the catalogue, so a silent failure of the collector shows here.
    expect(emitted.size).toBeGreaterThan(all.size / 2);
  }, 120_000);

  it('every code-shaped string literal in src/ with a catalogued prefix is a catalogued code (or the prefix a helper builds codes from)', () => {
    const unknown = srcLiterals()
      .filter((l) => CODE_SHAPE.test(l.text) && prefixes.has(l.text.split('-')[0]) && !known(l.text))
      .map((l) => `${l.text} (src/${l.file})`);
    expect([...new Set(unknown)].sort(), 'codes in src/ missing from the catalogues').toEqual([]);
  });

  it('every catalogued code appears in src/ (no dead entries)', () => {
    const pieces = literalPieces(srcLiterals());
    const dead = [...all.keys()].filter((code) => !appearsIn(code, pieces)).sort();
    expect(dead, 'catalogued codes that no source file writes').toEqual([]);
  });
});
