import { existsSync, readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index';
import * as coreEntry from '../../src/core/index';
import * as deadlinesEntry from '../../src/deadlines/index';
import * as fundingEntry from '../../src/funding/index';
import * as pepEntry from '../../src/pep/index';
import * as policyEntry from '../../src/policy/index';
import * as reportEntry from '../../src/report/index';
import * as rulesEntry from '../../src/rules/index';
import * as sdqEntry from '../../src/sdq/index';
import * as smartEntry from '../../src/smart/index';

/*
 * Words for people (issue 17 §5): every `source` the library hands out is a document's title and
 * section, and no `source` or `message` speaks the project's internal language: no seed file
 * numbers, no internal paths, no function names, no issue numbers. The test walks the public
 * surface (registry, presets, catalogues, rate tables) and the results of the main functions over
 * the bundled examples and some broken inputs, then checks every string found under `source`,
 * `message` or `description`.
 */

/** What must never reach a person, with a name for the failure list. */
const FORBIDDEN: readonly (readonly [string, RegExp])[] = [
  ['seed file number', /\bseed\s*0?\d{1,3}\b/i],
  ['internal path', /\bdomain\/|\bsrc\/|\bdocs\/|\btest\/|\b[\w-]+\.(md|ts|json)\b/],
  ['issue number', /\bissues?\s*#?\d/i],
  ['function call', /\b[a-z]+[A-Z][A-Za-z0-9]*\(/],
  ['identifier in brackets', /\(\s*[a-z]+[A-Z][A-Za-z0-9]*\s*[;)]/],
];

/** The library's exported functions, as words (`scoreSdq`, `pepSchedule`, …): a message or source never names one. */
const FUNCTION_NAMES = new Set(
  Object.entries(api)
    .filter(([name, value]) => typeof value === 'function' && /^[a-z]+[A-Z]/.test(name))
    .map(([name]) => name),
);

/** A policy field path (`policy.sdq.requiredFor`): developers' words, allowed in a rule's description only. */
const POLICY_PATH = /\bpolicy\.[a-z]+\.[a-zA-Z]+/;

/*
 * Messages for a developer who passed the wrong kind of object, which name the builder to use. They
 * never come from a PEP, a policy file or a cohort; their tests (test/deadlines, test/pep, test/sdq)
 * hold the wording. Listed by code so that a new message naming a function fails.
 */
const DEVELOPER_ARGUMENT_CODES = new Set([
  'DEADLINE-CALENDAR-INVALID',
  'DEADLINE-OPTIONS-INVALID',
  'DEADLINE-SCHEDULE-CALENDAR-INVALID',
  'DEADLINE-SCHEDULE-HOLIDAYS-INVALID',
  'SDQ-COMPARE-INPUT-TYPE',
  'SDQ-COMPARE-NOT-SCORED',
]);

type Found = { readonly text: string; readonly key: string; readonly where: string; readonly code?: string };

function collect(value: unknown, where: string, out: Found[]): void {
  const seen = new Set<unknown>();
  const walk = (v: unknown, key: string, code: string | undefined): void => {
    if (typeof v === 'string') {
      if (/^(source|message|description|basis|note|summary)$|Source$/.test(key)) out.push(code === undefined ? { text: v, key, where } : { text: v, key, where, code });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x, key, code);
      return;
    }
    const own = (v as { code?: unknown }).code;
    const here = typeof own === 'string' ? own : code;
    for (const [k, x] of Object.entries(v)) walk(x, k, here);
  };
  walk(value, '', undefined);
}

function problems(found: readonly Found[]): string[] {
  const bad: string[] = [];
  for (const f of found) {
    for (const [name, pattern] of FORBIDDEN) if (pattern.test(f.text)) bad.push(`${f.where} ${f.key} (${name}): ${f.text}`);
    const developerArgument = f.key === 'message' && f.code !== undefined && DEVELOPER_ARGUMENT_CODES.has(f.code);
    if (!developerArgument) {
      const named = [...FUNCTION_NAMES].filter((fn) => new RegExp(`\\b${fn}\\b`).test(f.text));
      if (named.length > 0) bad.push(`${f.where} ${f.key} (names ${named.join(', ')}): ${f.text}`);
    }
    if (/source$/i.test(f.key) && POLICY_PATH.test(f.text)) bad.push(`${f.where} source (policy field path): ${f.text}`);
    if (/source$/i.test(f.key) && f.text.trim().length < 5) bad.push(`${f.where} source (empty): ${f.text}`);
  }
  return [...new Set(bad)];
}

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const exampleNames = readdirSync(new URL('../../examples/peps/', import.meta.url)).filter((n) => n.endsWith('.json'));
const peps = exampleNames.map((n) => read(`examples/peps/${n}`) as Record<string, unknown>);
const cohort = readFileSync(new URL('../../examples/cohort.ndjson', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as unknown);
const calendars = readdirSync(new URL('../../examples/calendars/', import.meta.url))
  .filter((n) => n.endsWith('.json'))
  .map((n) => api.createSchoolCalendar(read(`examples/calendars/${n}`)))
  .flatMap((r) => (r.ok ? [r.calendar] : []));
const presets = Object.entries(api.policies);

/** A PEP with its dates and numbers broken, so the input-error messages are seen too. */
function broken(pep: Record<string, unknown>): Record<string, unknown> {
  return {
    ...pep,
    meeting: { date: '2025-02-30' },
    child: { ...(pep.child as object), enteredCare: 'soon', dateOfBirth: 17 },
    sdq: [{ informant: 'nobody', completedOn: 'x', totalDifficulties: 99, items: [9, 9] }],
    ppPlus: { requests: [{ amount: -3, targetIds: ['nope'] }] },
    unknownKey: true,
  };
}

describe('words for people: sources and messages', () => {
  it('the public surface (rule registry, presets, code catalogues, rate tables) has no internal words', () => {
    const found: Found[] = [];
    const entries = { api, coreEntry, policyEntry, deadlinesEntry, sdqEntry, pepEntry, smartEntry, fundingEntry, rulesEntry, reportEntry };
    for (const [entry, module] of Object.entries(entries)) {
      for (const [name, value] of Object.entries(module)) if (typeof value !== 'function') collect(value, `${entry}.${name}`, found);
    }
    // Enough is seen: every rule, every preset, every catalogued code.
    expect(found.filter((f) => f.where === 'api.rules' && f.key === 'source').length).toBe(api.rules.length);
    expect(found.filter((f) => f.where === 'api.policies' && f.key === 'source').length).toBeGreaterThan(80);
    expect(found.filter((f) => f.where.endsWith('_CODES') && f.key === 'source').length).toBeGreaterThan(300);
    expect(problems(found)).toEqual([]);
  });

  it('the rule catalogue cites the same source as the rule registry, for every rule', () => {
    const differ = api.rules.filter((r) => (api.RULE_CODES as Record<string, { source: string }>)[r.code]?.source !== r.source);
    expect(differ.map((r) => r.code)).toEqual([]);
  });

  it('assessPep, checkPpPlusRequest, pepSchedule and scoreSdq over the examples, good and broken, under every preset', () => {
    const found: Found[] = [];
    for (const [name, policy] of presets) {
      for (const [i, pep] of peps.entries()) {
        const where = `${exampleNames[i]} (${name})`;
        for (const input of [pep, broken(pep)]) {
          collect(api.assessPep(input, { policy, today: '2025-03-01' }), `assessPep ${where}`, found);
          collect(api.assessPep(input, { policy }), `assessPep ${where}, no today`, found);
          collect(api.checkPpPlusRequest({ pep: input }, policy), `checkPpPlusRequest ${where}`, found);
          const child = input.child as Record<string, unknown>;
          collect(api.pepSchedule({ enteredCare: child.enteredCare, dateOfBirth: child.dateOfBirth, today: '2025-03-01' } as never, policy), `pepSchedule ${where}`, found);
        }
        for (const calendar of calendars) collect(api.assessPep(pep, { policy, today: '2025-03-01', calendar }), `assessPep ${where}, calendar`, found);
      }
    }
    for (const pep of peps) for (const record of (pep.sdq as unknown[] | undefined) ?? []) collect(api.scoreSdq(record), 'scoreSdq', found);
    collect(api.scoreSdq({ informant: 'teacher', ageBand: '2-4', items: Array.from({ length: 25 }, () => 1) }), 'scoreSdq 2-4', found);
    for (const odd of [{}, null, 'x', { informant: 'parent', items: [] }]) collect(api.scoreSdq(odd), 'scoreSdq (broken)', found);
    collect(api.assessPep('not a PEP', { today: '2025-03-01' }), 'assessPep (not a PEP)', found);
    collect(api.assessPep(peps[0], { policy: { id: 'x' } as never, today: '2025-03-01' }), 'assessPep (bad policy)', found);
    collect(api.pepSchedule({} as never, api.policies.england), 'pepSchedule (empty)', found);
    // The runs give many sources and messages, and sources of every kind (rules, presets, funding, schedule).
    expect(found.filter((f) => f.key === 'message').length).toBeGreaterThan(1000);
    expect(new Set(found.filter((f) => f.key === 'source').map((f) => f.text)).size).toBeGreaterThan(60);
    expect(problems(found)).toEqual([]);
  });

  it('cohortSummary over the example PEPs and the bundled cohort, under every preset', () => {
    const found: Found[] = [];
    for (const [name, policy] of presets) {
      collect(api.cohortSummary([...peps, ...cohort, 'not a PEP', { schemaVersion: 1 }], { today: '2025-03-01', policy }), `cohortSummary (${name})`, found);
    }
    collect(api.cohortSummary(cohort, { today: '2025-03-01', policy: { id: 'x' } as never }), 'cohortSummary (bad policy)', found);
    expect(found.filter((f) => f.key === 'smallCohortSource').length).toBe(presets.length + 1);
    expect(found.filter((f) => f.key === 'message').length).toBeGreaterThan(0);
    expect(problems(found)).toEqual([]);
  });

  it('the check itself catches what it is meant to catch, and lets real titles pass', () => {
    const caught = (text: string, key = 'source'): boolean => problems([{ text, key, where: 'sample' }]).length > 0;
    expect(caught('seed 003 Halton PEP Policy 2023-24')).toBe(true);
    expect(caught('DfE conditions of grant (domain/statutory.md §2.2)')).toBe(true);
    expect(caught('pep-rules DESIGN.md Principles')).toBe(true);
    expect(caught('threshold of 5 from issue 9')).toBe(true);
    expect(caught('policy.sdq.frequency (sdqRequirement)')).toBe(true);
    expect(caught('score them with scoreSdq to see which scale', 'message')).toBe(true);
    expect(caught('call checkPpPlusRequest() first', 'message')).toBe(true);
    expect(caught('policy.timescales.submissionAfterMeeting')).toBe(true);
    expect(caught('Halton Virtual School PEP Policy 2023-24, Appendix C PEP QA Criteria')).toBe(false);
    expect(caught('Care Planning, Placement and Case Review (England) Regulations 2010, reg 33(1)')).toBe(false);
    expect(caught('The Virtual School Handbook (NAVSH, 2014), Appendix 2')).toBe(false);
    expect(caught('"onDate" must be a real date written YYYY-MM-DD.', 'message')).toBe(false);
    expect(caught('The attendance is below 90% (pep-rules)', 'message')).toBe(false);
  });
});

/** String literals (and template pieces) of a TypeScript or JavaScript file, comments left out. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      out.push(node.text);
    }
    node.forEachChild(visit);
  };
  visit(source);
  return out;
}

const INTERNAL_LITERAL = /seed 0|domain\/|issue \d/i;

function filesUnder(dir: URL, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && ext.test(d.name))
    .map((d) => `${d.parentPath}/${d.name}`);
}

describe('words for people: no internal words in the shipped strings', () => {
  it('no string literal in src/ says "seed 0", "domain/" or "issue N"', () => {
    const files = filesUnder(new URL('../../src/', import.meta.url), /\.ts$/);
    expect(files.length).toBeGreaterThan(100);
    const bad = files.flatMap((f) => literals(f).filter((s) => INTERNAL_LITERAL.test(s)).map((s) => `${f.replace(/.*\/src\//, 'src/')}: ${s}`));
    expect(bad).toEqual([]);
  }, 60_000);

  // dist/ is what users install; it is built from src/ (above) but checked too when present.
  it.runIf(existsSync(new URL('../../dist/index.js', import.meta.url)))('no string literal in the built dist/ says "seed 0", "domain/" or "issue N"', () => {
    const files = filesUnder(new URL('../../dist/', import.meta.url), /\.(c?js)$/);
    const bad = files.flatMap((f) => literals(f).filter((s) => INTERNAL_LITERAL.test(s)).map((s) => `${f.replace(/.*\/dist\//, 'dist/')}: ${s.slice(0, 160)}`));
    expect(bad).toEqual([]);
  }, 60_000);
});
