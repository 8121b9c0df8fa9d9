import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index';
import { traceability } from '../../src/rules/traceability';
import type { TraceabilityDocument, TraceabilityEntry, TraceabilityKind } from '../../src/rules/traceability';

/*
 * Issue 16, "What it must show": "For each council preset, a worked example per statement class as
 * a test named with the section." For each preset and its document (england ↔ the Virtual School
 * Handbook) and each statement class (the map's `kind`) with at least one enforced statement of that
 * document, some test under test/ must be titled with the document's short name and the section of
 * an enforced statement of that class, in a file that uses the preset. The same title matcher as
 * test/traceability/map.test.ts (string-literal titles of describe, it and test calls).
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

type PresetId = keyof typeof policies;

/** Each preset, the document it is written from, the short names a title uses for it, and how a test file names the preset. */
const PRESETS: readonly { preset: PresetId; document: TraceabilityDocument; short: RegExp; uses: RegExp }[] = [
  { preset: 'england', document: 'The Virtual School Handbook (NAVSH, 2014)', short: /handbook|navsh/i, uses: /\bengland\b/ },
  { preset: 'halton', document: 'Halton Virtual School PEP Policy 2023-24', short: /halton/i, uses: /\bhalton\b/ },
  { preset: 'bolton', document: 'Bolton Virtual School PEP guidance 2021/22', short: /bolton/i, uses: /\bbolton\b/ },
  { preset: 'barnet', document: 'Barnet Virtual School PEP Guidance', short: /barnet/i, uses: /\bbarnet\b/ },
  { preset: 'miltonKeynes', document: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25', short: /milton keynes|\bmk\b/i, uses: /\bmiltonKeynes\b/ },
];

const KINDS: readonly TraceabilityKind[] = ['timescale', 'content', 'funding', 'sdq', 'qa', 'target', 'process', 'eligibility', 'role'];

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every describe, it and test title under test/ (string literals only), with the text of its file. */
function titledFiles(): { file: string; text: string; titles: string[] }[] {
  return testFiles(join(ROOT, 'test')).map((file) => {
    const text = readFileSync(file, 'utf8');
    const titles = [...text.matchAll(/\b(?:describe|it|test)(?:\.\w+)*(?:\([^()]*\))?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2] ?? '');
    return { file, text, titles };
  });
}

/** The words a title must use for a section: the heading, or its part before a dash or colon, without numbering. */
function sectionLabels(section: string): string[] {
  const bare = section.replace(/^(?:\d+\.|[ivx]+\)|[a-h]\))\s+/i, '');
  const head = bare.split(/\s+[–-]\s+|:\s/)[0] ?? bare;
  return [...new Set([bare, head])].filter((s) => s.length >= 4).map((s) => s.toLowerCase());
}

/** Whether a title names the document (by its short name) and the statement's section. */
function names(title: string, short: RegExp, e: TraceabilityEntry): boolean {
  return short.test(title) && sectionLabels(e.section).some((label) => title.toLowerCase().includes(label));
}

interface Pair {
  readonly preset: PresetId;
  readonly kind: TraceabilityKind;
  /** Enforced statements of this document and kind. */
  readonly enforced: readonly string[];
  /** Statements of this document and kind, any status. */
  readonly all: number;
  /** The first enforced statement a test in a file using the preset names, or null. */
  readonly namedBy: string | null;
}

function pairs(): Pair[] {
  const files = titledFiles();
  return PRESETS.flatMap(({ preset, document, short, uses }) => {
    const usingPreset = files.filter((f) => uses.test(f.text));
    return KINDS.map((kind) => {
      const statements = traceability.filter((e) => e.document === document && e.kind === kind);
      const enforced = statements.filter((e) => e.status === 'enforced');
      const named = enforced.find((e) => usingPreset.some((f) => f.titles.some((t) => names(t, short, e))));
      return { preset, kind, enforced: enforced.map((e) => e.id), all: statements.length, namedBy: named?.id ?? null };
    });
  });
}

describe('issue 16: a worked example per statement class per council preset, named with the section', () => {
  it('every preset document names both test titles and sections the way map.test.ts does', () => {
    expect(sectionLabels('iii) How often must the PEP be reviewed?')).toEqual(['how often must the pep be reviewed?']);
    expect(sectionLabels('APPENDIX 2: Facilitating Pupil Centred PEPs')).toEqual(['appendix 2: facilitating pupil centred peps', 'appendix 2']);
    const navsh44 = traceability.find((e) => e.id === 'navsh-44');
    if (!navsh44) throw new Error('navsh-44 is in the map');
    expect(names('The Virtual School Handbook, iii) How often must the PEP be reviewed?: termly', /handbook|navsh/i, navsh44)).toBe(true);
    expect(names('Halton, iii) How often must the PEP be reviewed?', /handbook|navsh/i, navsh44)).toBe(false);
    expect(names('The Virtual School Handbook, iv) The quality of PEPs', /handbook|navsh/i, navsh44)).toBe(false);
    for (const { preset, document } of PRESETS) {
      expect(Object.prototype.hasOwnProperty.call(policies, preset), preset).toBe(true);
      expect(traceability.some((e) => e.document === document), document).toBe(true);
    }
  });

  it('for each preset and each class with an enforced statement, a test in a file using the preset is titled with the document and the section of one', async ({ annotate }) => {
    const all = pairs();
    const classes = all.filter((p) => p.enforced.length > 0);
    const missing = classes.filter((p) => p.namedBy === null);
    const noneEnforced = all.filter((p) => p.enforced.length === 0 && p.all > 0);
    await annotate(
      `${classes.length - missing.length} of ${classes.length} (preset, class) pairs have a worked example named with the section of an enforced statement; ` +
        `missing: ${missing.map((p) => `${p.preset}/${p.kind} (${p.enforced.join(', ')})`).join('; ') || 'none'}. ` +
        `Classes with statements but none enforced: ${noneEnforced.map((p) => `${p.preset}/${p.kind} (${p.all})`).join('; ') || 'none'}. ` +
        `Named by: ${classes.filter((p) => p.namedBy !== null).map((p) => `${p.preset}/${p.kind} ${p.namedBy}`).join(', ')}.`,
      'notice',
    );
    // Each of the five presets has enforced statements in at least four classes.
    for (const { preset } of PRESETS) expect(classes.filter((p) => p.preset === preset).length, preset).toBeGreaterThanOrEqual(4);
    expect(missing.map((p) => `${p.preset}/${p.kind}`)).toEqual([]);
  });
});
