/*
 * The offline page without a browser: the export reader, the chunked cohort run, the policy
 * builder's checks, the escaping of what is shown, the page file `pep-rules web` writes (one file,
 * a Content-Security-Policy that forbids every connection, script and style allowed by hash, no
 * external URL anywhere) and the command's usage errors.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'parse5';
import { afterAll, describe, expect, it } from 'vitest';
import { policies, policyJsonSchema } from '../../src/policy/index';
import { createCohortAccumulator } from '../../src/report/index';
import { _readRecords } from '../../src/web/_records';
import { _runCohort } from '../../src/web/_run';
import { _checkPolicyForm, _fieldValue, _policyFields } from '../../src/web/_policyForm';
import { _pepRowsHtml } from '../../src/web/_view';
import { builtPage, ndjson, root, runWeb } from './_page';

const work = mkdtempSync(join(tmpdir(), 'pep-rules-web-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const TODAY = '2025-06-30';
const DIST_PAGE = join(root, 'dist/web/pep-check.html');

describe('reading a PEP export in the page', () => {
  it('reads NDJSON line by line: a line that is not JSON is one unreadable record with its line, the rest are read', () => {
    expect(_readRecords('\uFEFF{"id":"a"}\r\n\r\nnot json\n{"id":"b"}\n')).toEqual([
      { ok: true, value: { id: 'a' }, line: 1 },
      { ok: false, code: 'WEB-JSON-SYNTAX', line: 3 },
      { ok: true, value: { id: 'b' }, line: 4 },
    ]);
  });

  it('reads a JSON array (records numbered, not lined) and a pretty-printed single object', () => {
    expect(_readRecords(' [{"id":"a"},\n{"id":"b"}]')).toEqual([
      { ok: true, value: { id: 'a' }, line: null },
      { ok: true, value: { id: 'b' }, line: null },
    ]);
    expect(_readRecords('{\n  "id": "a"\n}\n')).toEqual([{ ok: true, value: { id: 'a' }, line: 1 }]);
    expect(_readRecords('[{"id":"a"},')).toEqual([{ ok: false, code: 'WEB-JSON-SYNTAX', line: 1 }]);
    expect(_readRecords(' \n ')).toEqual([]);
  });
});

describe('checking a cohort in slices', () => {
  const records = ndjson('examples/cohort.ndjson');
  // The example cohort, a record that is not a PEP (it has an id), and a line that is not JSON.
  const notPep = { schemaVersion: 1, id: 'not-a-pep-1' };
  const text = `${[...records, notPep].map((r) => JSON.stringify(r)).join('\n')}\n{broken\n`;

  it('gives the summary cohortSummary gives for the same records, and one row per record, in order', async () => {
    let pauses = 0;
    const run = await _runCohort(_readRecords(text), { today: TODAY, policy: policies.halton }, { chunk: 7, pause: async () => void (pauses += 1) });
    const expected = createExpected(records);
    expect(run.summary).toEqual(expected);
    expect(expected.invalid.records.map((r) => r.pepId)).toEqual(['not-a-pep-1', null]);
    expect(run.peps.map((p) => p.record)).toEqual([...Array(records.length + 2).keys()].map((i) => i + 1));
    expect(run.peps.at(-2)).toMatchObject({ line: records.length + 1, pepId: 'not-a-pep-1', grade: null, valid: false });
    expect(run.peps.at(-1)).toMatchObject({ line: records.length + 2, grade: null, valid: false, findings: [{ code: 'WEB-JSON-SYNTAX' }] });
    expect(pauses).toBe(Math.ceil((records.length + 2) / 7) - 1);
    // Names stay out unless asked for.
    expect(run.peps.every((p) => p.childName === null)).toBe(true);
  });

  function createExpected(rs: readonly unknown[]) {
    // The CLI's way: every readable record added, the broken line counted as unreadable with its line.
    const acc = createCohortAccumulator({ today: TODAY, policy: policies.halton });
    [...rs, notPep].forEach((r, i) => acc.add(r, { line: i + 1 }));
    acc.addUnreadable(['WEB-JSON-SYNTAX'], { line: rs.length + 2 });
    return acc.result();
  }

  it('cuts a slice when its time budget is spent, by the clock the page passes', async () => {
    let t = 0;
    const slices: number[] = [];
    await _runCohort(_readRecords(text), { today: TODAY }, { chunk: 1000, budgetMs: 10, now: () => (t += 4), pause: async () => undefined, progress: (done) => slices.push(done) });
    // The clock reads 4 ms later at each look: after 1, 2 and 3 records a slice has run 4, 8 and 12 ms,
    // so with a 10 ms budget each slice takes 3 records (the chunk of 1000 never binds).
    expect(slices.slice(0, 3)).toEqual([3, 6, 9]);
    expect(slices.at(-1)).toBe(records.length + 2);
  });

  it('carries names only when the officer asks for them', async () => {
    const run = await _runCohort(_readRecords(text), { today: TODAY, includeNames: true }, { pause: async () => undefined });
    expect(run.peps[0]?.childName).toEqual(expect.any(String));
  });
});

describe('the policy builder', () => {
  const fields = _policyFields(policyJsonSchema());
  const entries = (changes: Record<string, string | boolean>) => new Map(fields.map((f) => [f.id, changes[f.id] ?? _fieldValue(policies.halton, f)]));

  it('takes its fields, kinds, choices and bounds from the policy JSON Schema', () => {
    expect(fields.map((f) => f.id)).toContain('min-targets');
    expect(fields.find((f) => f.id === 'min-targets')).toMatchObject({ kind: 'integer', minimum: 0, path: ['targets', 'minimumCount', 'value'] });
    expect(fields.find((f) => f.id === 'pep-frequency')?.options).toEqual(expect.arrayContaining(['termly']));
    expect(fields.find((f) => f.id === 'review-on-placement-change')?.kind).toBe('boolean');
    // A path the schema does not have is not shown.
    expect(_policyFields({ properties: {} })).toEqual([]);
  });

  it('an unchanged preset is valid; an out-of-range value is reported beside its field by the policy gate', () => {
    expect(_checkPolicyForm(policies.halton, fields, entries({}), '').result.ok).toBe(true);
    const bad = _checkPolicyForm(policies.halton, fields, entries({ 'min-targets': '-1' }), 'Halton PEP Policy 2025, section 4');
    expect(bad.result.ok).toBe(false);
    expect(bad.byField.get('min-targets')?.map((f) => f.code)).toEqual(['POLICY-RANGE']);
    const text = _checkPolicyForm(policies.halton, fields, entries({ 'min-targets': 'three' }), 'Halton PEP Policy 2025, section 4');
    expect(text.byField.get('min-targets')?.map((f) => f.code)).toEqual(['POLICY-TYPE']);
  });

  it('a changed value needs a source (the finding sits beside the field); with one, the policy is valid and carries it', () => {
    const unsourced = _checkPolicyForm(policies.halton, fields, entries({ 'min-targets': '4' }), '  ');
    expect(unsourced.byField.get('min-targets')?.map((f) => f.code)).toEqual(['POLICY-SOURCE-MISSING']);
    const sourced = _checkPolicyForm(policies.halton, fields, entries({ 'min-targets': '4', 'review-on-placement-change': false }), 'Exampleshire PEP Policy 2025, section 4');
    expect(sourced.result.ok).toBe(true);
    expect(sourced.overrides).toEqual({
      targets: { minimumCount: { value: 4, source: 'Exampleshire PEP Policy 2025, section 4' } },
      ...(policies.halton.timescales.reviewOnPlacementChange.value ? { timescales: { reviewOnPlacementChange: { value: false, source: 'Exampleshire PEP Policy 2025, section 4' } } } : {}),
    });
    expect(sourced.result.ok && sourced.result.data.targets.minimumCount.value).toBe(4);
  });
});

describe('what the page shows', () => {
  it('escapes every text it shows from a record (ids are shown only when they look like identifiers)', () => {
    const html = _pepRowsHtml(
      [{ record: 1, line: 1, pepId: 'p-1', childId: null, childName: '<b>Ann</b>', grade: 'red', valid: false, errors: 1, warnings: 0, findings: [{ code: 'X-Y-Z', severity: 'error', message: 'a <script> "x"', path: ['a', 0] }] }],
      true,
    );
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;b&#62;Ann&#60;/b&#62;');
    expect(html).toContain('at a.0');
  });
});

describe('pep-rules web', () => {
  it('writes one self-contained page: a CSP that forbids every connection, the inline script and style allowed by their hashes, no external URL anywhere', async () => {
    const out = join(work, 'page.html');
    const run = await runWeb(['--out', out], work);
    expect(run).toMatchObject({ code: 0, stdout: '' });
    expect(run.stderr).toMatch(/^pep-rules web: wrote .*page\.html \([\d,]+ bytes\)\. Open it in a browser/);
    const html = readFileSync(out, 'utf8');
    expect(html).toBe(await builtPage());
    expectSelfContained(html);
    // The scan can fail: an image URL, a protocol-relative script, or a changed script is caught.
    expect(() => expectSelfContained(html.replace('</main>', '<img alt="" src="https://example.invalid/a.png"></main>'))).toThrow();
    expect(() => expectSelfContained(html.replace('</main>', '<img alt="" src="//example.invalid/a.png"></main>'))).toThrow();
    expect(() => expectSelfContained(html.replace('<script>', '<script>void 0;'))).toThrow();
  });

  it.skipIf(!existsSync(DIST_PAGE))(`the page the package build wrote (dist/web/pep-check.html, what the installed command copies) is self-contained the same way${existsSync(DIST_PAGE) ? '' : ' (SKIPPED: not built; npm test builds it first)'}`, () => {
    expectSelfContained(readFileSync(DIST_PAGE, 'utf8'));
  });
});

/** One page file: a CSP that forbids every connection, the inline script and style by hash, no URL anywhere, no style attribute. */
function expectSelfContained(html: string): void {
  // No URL with a scheme that reaches anywhere, and no protocol-relative one, anywhere in the file.
  expect(html.match(/\b(?:https?|wss?|ftp|file):\/\/[^\s"'<>)]*/gi) ?? []).toEqual([]);
  expect(html.match(/(?:src|href|action)\s*=\s*["']?\/\//gi) ?? []).toEqual([]);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
  const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
  const doc = parse(html);
  const text = (tag: string): string[] => {
    const found: string[] = [];
    const walk = (n: { nodeName: string; childNodes?: unknown[]; value?: string }): void => {
      if (n.nodeName === tag) found.push(((n.childNodes ?? []) as { value?: string }[]).map((c) => c.value ?? '').join(''));
      for (const c of (n.childNodes ?? []) as (typeof n)[]) walk(c);
      const content = (n as unknown as { content?: typeof n }).content;
      if (content !== undefined) walk(content);
    };
    walk(doc as unknown as { nodeName: string });
    return found;
  };
  const sha = (t: string) => `'sha256-${createHash('sha256').update(t, 'utf8').digest('base64')}'`;
  const scripts = text('script');
  const styles = text('style');
  expect(scripts).toHaveLength(1);
  expect(styles).toHaveLength(1);
  expect(directives).toEqual({
    'default-src': "'none'",
    'connect-src': "'none'",
    'script-src': sha(scripts[0] as string),
    'style-src': sha(styles[0] as string),
    'img-src': 'data: blob:',
    'base-uri': "'none'",
    'form-action': "'none'",
    'object-src': "'none'",
    'worker-src': "'none'",
    'frame-src': "'none'",
  });
  // No inline style attribute (the CSP forbids them).
  expect(html).not.toMatch(/\sstyle\s*=/i);
}

describe('pep-rules web, usage', () => {
  it('--today pins the page\'s default report date; usage errors exit 2', async () => {
    const out = join(work, 'dated.html');
    expect((await runWeb(['--out', out, '--today', '2025-06-30'], work)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<meta name="pep-rules-today" content="2025-06-30">');
    expect(await runWeb([], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('give --out <file.html>') as string });
    expect(await runWeb(['--out', out, '--today', '30/06/2025'], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('--today must be a date') as string });
    expect(await runWeb(['--out', out, 'cohort.ndjson'], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('takes no files') as string });
    expect(await runWeb(['--out', out], work, 'not the page')).toMatchObject({ code: 2, stderr: expect.stringContaining('npm run build') as string });
    expect(await runWeb(['--out', join(work, 'missing-dir', 'x.html')], work)).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot write') as string });
  });
});
