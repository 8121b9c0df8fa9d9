import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FUNDING_CODES } from '../../src/funding/codes';
import { PEP_CODES } from '../../src/pep/codes';
import type { ScheduleItemKind } from '../../src/pep/schedule/types';
import { policies, QA_CRITERION_IDS } from '../../src/policy/index';
import { rules } from '../../src/rules/index';
import { traceability } from '../../src/rules/traceability';
import type { TraceabilityDocument, TraceabilityEnforcement, TraceabilityEntry } from '../../src/rules/traceability';
import { cohortSummary } from '../../src/report/index';
import { describeEnforcement, DOCUMENTS, renderTraceabilityMarkdown, TRACEABILITY_DOC } from '../../scripts/write-traceability';

/*
 * The traceability map (src/rules/traceability.ts): every code, policy field, schedule kind, QA
 * criterion, PP+ finding and cohort figure it names exists; every quote is in its document;
 * docs/traceability.md is current, and that every enforced statement has a test titled with its
 * document and section.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../../shared/seeds/', import.meta.url));

/** The seed file of each document (the seeds' README). */
const SEED_FILE: Readonly<Record<TraceabilityDocument, string>> = {
  'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25': '000_689722b7da14880b.txt',
  'Bolton Virtual School PEP guidance 2021/22': '001_53a610482e233a0e.txt',
  'Barnet Virtual School PEP Guidance': '002_e72175a98e096d82.txt',
  'Halton Virtual School PEP Policy 2023-24': '003_b9df6f6f575de815.txt',
  'The Virtual School Handbook (NAVSH, 2014)': '004_1166dcb8b323956c.txt',
};

/** Every schedule item kind: the compiler rejects a missing or unknown key. */
const SCHEDULE_KINDS: Readonly<Record<ScheduleItemKind, true>> = {
  'initial-pep': true,
  'initial-pep-complete': true,
  'first-care-review': true,
  'care-review': true,
  'termly-pep': true,
  submission: true,
  distribution: true,
  allocation: true,
  reminder: true,
  'sdq-due': true,
  'placement-change-review': true,
  'ehcp-annual-review-pep': true,
  'school-place': true,
  'suspension-provision': true,
  'transition-pep': true,
};

/** Whitespace collapsed and bold markers dropped (the documents are converted from Word and PDF). */
const normalise = (text: string): string => text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/** Every `[id, value]` the map names under one key of `enforcedBy`. */
function all(key: keyof TraceabilityEnforcement): (readonly [string, string])[] {
  return traceability.flatMap((e) => {
    const value: unknown = e.enforcedBy?.[key];
    const list: readonly unknown[] = value === undefined ? [] : Array.isArray(value) ? value : [value];
    return list.map((v) => [e.id, String(v)] as const);
  });
}

function hasPath(root: unknown, path: string): boolean {
  let node = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, key)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return true;
}

describe('traceability map: shape', () => {
  it('holds 150 or more statements with unique ids, from all five documents', () => {
    expect(traceability.length).toBeGreaterThanOrEqual(150);
    expect(new Set(traceability.map((e) => e.id)).size).toBe(traceability.length);
    for (const doc of DOCUMENTS) expect(traceability.filter((e) => e.document === doc).length, doc).toBeGreaterThan(20);
    expect(Object.isFrozen(traceability)).toBe(true);
  });

  it('says where each enforced statement is enforced, which field holds each policy choice, and why the others are not', () => {
    for (const e of traceability) {
      if (e.status === 'enforced') expect(describeEnforcement(e.enforcedBy), e.id).not.toBe('');
      else if (e.status === 'policy-choice') expect(e.enforcedBy?.policyFields?.length ?? 0, e.id).toBeGreaterThan(0);
      else expect(e.reason?.trim() ?? '', e.id).not.toBe('');
      expect(e.quote.trim().length, e.id).toBeGreaterThan(5);
    }
  });

  it('the age range, initial PEP window, SDQ duties per informant, target balance and EHCP alignment in england are enforced, through the policy fields that say them', () => {
    // The PP+ release gates (halton-25, halton-28) and the spending vocabulary (halton-45, bolton-24) are enforced now: see the next test.
    // The school place, sixth-day provision and transition timeline are schedule items now: see the test after it.
    const byId = new Map(traceability.map((e) => [e.id, e]));
    const field: Record<string, string> = {
      'halton-15': 'pep.ageRange',
      'barnet-02': 'pep.ageRange',
      'halton-08': 'timescales.initialPepSubmittedBy',
      'bolton-16': 'sdq.duties',
      'mk-42': 'sdq.duties',
      'halton-56': 'targets.balanceRequired',
      'bolton-14': 'targets.balanceRequired',
      'navsh-74': 'timescales.alignWithEhcpAnnualReview',
    };
    for (const [id, path] of Object.entries(field)) {
      expect([byId.get(id)?.status, byId.get(id)?.enforcedBy?.policyFields?.includes(path)], id).toEqual(['enforced', true]);
    }
  });

  it('the school place (navsh-10), sixth-day provision (navsh-17) and Barnet transition timeline (barnet-57, -58, -61) are enforced by schedule items', () => {
    const byId = new Map(traceability.map((e) => [e.id, e]));
    for (const [id, kind] of [['navsh-10', 'school-place'], ['navsh-17', 'suspension-provision'], ['barnet-57', 'transition-pep'], ['barnet-58', 'transition-pep'], ['barnet-61', 'transition-pep']] as const) {
      expect([byId.get(id)?.status, byId.get(id)?.enforcedBy?.schedule], id).toEqual(['enforced', [kind]]);
    }
    expect(byId.get('navsh-18')?.status).toBe('policy-choice');
  });

  it('the PP+ release gates, release timing and spending vocabulary are enforced through the funding check', () => {
    const byId = new Map(traceability.map((e) => [e.id, e]));
    for (const [id, gate] of [['halton-25', 'PPPLUS-WITHHELD-QA-GRADE'], ['halton-28', 'PPPLUS-WITHHELD-SECTIONS-MISSING'], ['halton-45', 'PPPLUS-CATEGORY-DISALLOWED'], ['bolton-24', 'PPPLUS-CATEGORY-DISALLOWED']] as const) {
      expect([byId.get(id)?.status, byId.get(id)?.enforcedBy?.fundingGate], id).toEqual(['enforced', gate]);
    }
    expect([byId.get('barnet-28')?.status, byId.get('barnet-28')?.enforcedBy?.policyFields]).toEqual(['enforced', ['ppPlus.release']]);
  });
});

describe('traceability map: everything it names exists', () => {
  it('every rule code is in the rule registry', () => {
    const codes = new Set(rules.map((r) => r.code));
    const missing = all('rules').filter(([, code]) => !codes.has(code));
    expect(missing).toEqual([]);
    expect(all('rules').length).toBeGreaterThan(100);
  });

  it('every policy field path exists in policies.england', () => {
    expect(all('policyFields').filter(([, path]) => !hasPath(policies.england, path))).toEqual([]);
    expect(hasPath(policies.england, 'timescales.noSuchField')).toBe(false);
  });

  it('every schedule kind is a ScheduleItemKind', () => {
    expect(all('schedule').filter(([, kind]) => !Object.prototype.hasOwnProperty.call(SCHEDULE_KINDS, kind))).toEqual([]);
  });

  it('every QA criterion is a QaCriterionId', () => {
    expect(all('qaCriterion').filter(([, id]) => !(QA_CRITERION_IDS as readonly string[]).includes(id))).toEqual([]);
  });

  it('every PP+ gate is a finding code of the funding check or of PP+ eligibility', () => {
    expect(all('fundingGate').filter(([, code]) => !(code in FUNDING_CODES) && !(code in PEP_CODES))).toEqual([]);
  });

  it('every cohort figure is a field of the cohort summary', () => {
    const summary = cohortSummary([], { today: '2025-03-01' });
    expect(all('report').filter(([, field]) => !(field in summary))).toEqual([]);
  });
});

const seedsMissing = !existsSync(SEEDS);

describe('traceability map: quotes', () => {
  it.skipIf(seedsMissing)(
    seedsMissing
      ? 'SKIPPED: the source documents are not at ../shared/seeds/ beside the repository, so quotes cannot be checked'
      : 'every quote and section heading occurs in its document (whitespace and bold markers aside)',
    () => {
      const text = new Map(DOCUMENTS.map((d) => [d, normalise(readFileSync(join(SEEDS, SEED_FILE[d]), 'utf8'))]));
      const missing = traceability.filter((e) => !(text.get(e.document) ?? '').includes(normalise(e.quote))).map((e) => `${e.id}: ${e.quote}`);
      expect(missing).toEqual([]);
      const sections = traceability.filter((e) => !(text.get(e.document) ?? '').includes(normalise(e.section))).map((e) => `${e.id}: ${e.section}`);
      expect(sections).toEqual([]);
    },
  );
});

describe('docs/traceability.md', () => {
  it('is what scripts/write-traceability.ts writes now', () => {
    const written = readFileSync(TRACEABILITY_DOC, 'utf8');
    expect(written === renderTraceabilityMarkdown(), 'docs/traceability.md is stale: run `npx tsx scripts/write-traceability.ts`').toBe(true);
  });

  it('counts every statement once and lists every not-enforced one', () => {
    const doc = readFileSync(TRACEABILITY_DOC, 'utf8');
    expect(doc).toContain(`| **All five** |`);
    for (const e of traceability) expect(doc.split(`| ${e.id} |`).length - 1, e.id).toBe(1);
    for (const e of traceability.filter((s) => s.status === 'not-enforced')) expect(doc, e.id).toContain(`- **${e.id}** `);
  });
});

// Short names a test title uses for each document.
const SHORT: Readonly<Record<TraceabilityDocument, RegExp>> = {
  'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25': /milton keynes|\bmk\b/i,
  'Bolton Virtual School PEP guidance 2021/22': /bolton/i,
  'Barnet Virtual School PEP Guidance': /barnet/i,
  'Halton Virtual School PEP Policy 2023-24': /halton/i,
  'The Virtual School Handbook (NAVSH, 2014)': /handbook|navsh/i,
};

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The titles of every describe, it and test call under test/ (string literals only). */
function testTitles(): string[] {
  const titles: string[] = [];
  for (const file of testFiles(join(ROOT, 'test'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\b(?:describe|it|test)(?:\.\w+)*(?:\([^()]*\))?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)) titles.push(m[2] ?? '');
  }
  return titles;
}

/** The words a title must use for a section: the heading, or its part before a dash or colon, without numbering. */
function sectionLabels(section: string): string[] {
  const bare = section.replace(/^(?:\d+\.|[ivx]+\)|[a-h]\))\s+/i, '');
  const head = bare.split(/\s+[–-]\s+|:\s/)[0] ?? bare;
  return [...new Set([bare, head])].filter((s) => s.length >= 4).map((s) => s.toLowerCase());
}

describe('enforced statements and the tests that name their sections', () => {
  it('every enforced statement has a test whose title names its document and section', () => {
    const titles = testTitles();
    expect(titles.length).toBeGreaterThan(500);
    const enforced = traceability.filter((e) => e.status === 'enforced');
    const named = (e: TraceabilityEntry): boolean =>
      titles.some((t) => SHORT[e.document].test(t) && sectionLabels(e.section).some((label) => t.toLowerCase().includes(label)));
    expect(enforced.length, 'no enforced statement at all: is the map empty?').toBeGreaterThan(150);
    expect(
      enforced.filter((e) => !named(e)).map((e) => `${e.id} (${e.document}, ${e.section})`),
      'enforced statements with no test titled with their document and section: write a worked example named after the section',
    ).toEqual([]);
  });

  it('the title matcher finds a title by document and section, and not by either alone', () => {
    const e = traceability.find((x) => x.id === 'halton-12');
    expect(e?.section).toBe('PEP deadline dates');
    const matches = (t: string): boolean => SHORT[e!.document].test(t) && sectionLabels(e!.section).some((label) => t.toLowerCase().includes(label));
    expect(matches('Halton Virtual School PEP Policy 2023-24, PEP deadline dates: the autumn PEP')).toBe(true);
    expect(matches('Bolton, PEP deadline dates: the autumn PEP')).toBe(false);
    expect(matches('Halton, Process: the autumn PEP')).toBe(false);
    expect(sectionLabels('2. Understanding the PEP Process')).toContain('understanding the pep process');
    expect(sectionLabels('h) Virtual school performance profile')).toContain('virtual school performance profile');
  });
});
