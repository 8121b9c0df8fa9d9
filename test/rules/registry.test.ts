import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PEP_KINDS, PHASES } from '../../src/core/enums';
import { rules } from '../../src/rules/registry';
import { _RULES } from '../../src/rules/registry';
import { readRegion, replaceRegion, rulesTable, START, END } from '../../scripts/rules-table';

const CODE = /^PEP-[A-Z0-9]+(-[A-Z0-9]+)*$/;
const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('rule registry', () => {
  it('has unique codes', () => {
    const codes = rules.map((r) => r.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
  });
  it('has well-formed codes (PEP-UPPER-KEBAB)', () => {
    expect(rules.map((r) => r.code).filter((c) => !CODE.test(c))).toEqual([]);
  });
  it('gives every rule a description, a source and a known phase and kind list', () => {
    const bad = rules.filter(
      (r) =>
        r.description.trim().length < 10 ||
        r.source.trim().length < 5 ||
        !['error', 'warning', 'info'].includes(r.severity) ||
        (r.appliesTo.phases ?? []).some((p) => !PHASES.includes(p)) ||
        (r.appliesTo.kinds ?? []).some((k) => !PEP_KINDS.includes(k)),
    );
    expect(bad.map((r) => r.code)).toEqual([]);
  });
  it('exposes only the public fields, frozen', () => {
    for (const r of rules) {
      expect(Object.keys(r).sort()).toEqual(['appliesTo', 'code', 'description', 'severity', 'source']);
      expect(Object.isFrozen(r)).toBe(true);
    }
    expect(Object.isFrozen(rules)).toBe(true);
  });
  it('lists the internal rules in the same order as the public registry', () => {
    expect(_RULES.map((r) => r.code)).toEqual(rules.map((r) => r.code));
  });
  it('cites a council document, a statute, DfE guidance, the policy or the library for every rule', () => {
    const cited = /Virtual School|Handbook|Regulations|Act \d{4}|DfE|pep-rules|GOV\.UK|EYFS|SDQ|Youthinmind|council/;
    expect(rules.filter((r) => !cited.test(r.source)).map((r) => r.code)).toEqual([]);
  });
});

describe('rules table parity (README.md and docs/rules.md)', () => {
  it('README.md carries the current table (run `npx tsx scripts/rules-table.ts`)', () => {
    expect(readRegion(read('README.md'))).toEqual(rulesTable());
  });
  it('docs/rules.md carries the current table', () => {
    expect(readRegion(read('docs/rules.md'))).toEqual(rulesTable());
  });
  it('the table has one row per rule, each naming its code', () => {
    const lines = rulesTable().split('\n');
    expect(lines.length).toBe(rules.length + 2);
    rules.forEach((r, i) => expect(lines[i + 2]!.startsWith(`| \`${r.code}\` | ${r.severity} |`)).toBe(true));
  });
  it('replaces only the region between the markers', () => {
    const text = `before\n${START}\nold\n${END}\nafter\n`;
    expect(replaceRegion(text, 'new')).toBe(`before\n${START}\nnew\n${END}\nafter\n`);
    expect(replaceRegion('no markers', 'new')).toBeNull();
  });
});
