import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { _redactor, _redactRecord } from '../../src/cli/readers/redactIds';
import { COHORT } from './_pep';
import { Fixtures, ndjson, ROOT, runCli } from './_run';

vi.setConfig({ testTimeout: 120_000 });
const fx = new Fixtures();
afterAll(() => fx.cleanup());

const SALT = 'council-salt-2025';
const ids = COHORT.slice(0, 5).map((p) => p.id as string);
const body = `${COHORT.slice(0, 5)
  .map((p) => JSON.stringify(p))
  .join('\n')}\n`;

describe('--redact-ids', () => {
  it('hashes ids with the salt: h- and 16 hex digits, stable, different per salt, never the id', async () => {
    const a = await _redactor(SALT, '/');
    const b = await _redactor('another-salt-xyz', '/');
    if (!a.ok || !b.ok || a.redact === null || b.redact === null) throw new Error('no redactor');
    expect(a.redact('pep-1')).toMatch(/^h-[0-9a-f]{16}$/);
    expect(a.redact('pep-1')).toBe(a.redact('pep-1'));
    expect(a.redact('pep-1')).not.toBe(b.redact('pep-1'));
    expect(a.redact('pep-1')).not.toBe(a.redact('pep-2'));
  });

  it('refuses a short salt, reads a salt file, and changes copies only (the record read is not mutated)', async () => {
    expect(await _redactor('short', '/')).toEqual({ ok: false, message: '--redact-ids needs a salt of at least 8 characters (or @file)' });
    const file = fx.file('salt.txt', `${SALT}\nsecond line ignored\n`);
    const fromFile = await _redactor(`@${file}`, '/');
    const direct = await _redactor(SALT, '/');
    if (!fromFile.ok || !direct.ok || fromFile.redact === null || direct.redact === null) throw new Error('no redactor');
    expect(fromFile.redact('x')).toBe(direct.redact('x'));
    const value = { id: 'p1', child: { id: 'c1', forename: 'A' } };
    const out = _redactRecord({ ok: true, line: 1, offset: 0, value }, direct.redact);
    expect(value).toEqual({ id: 'p1', child: { id: 'c1', forename: 'A' } });
    expect(out.ok && out.value).toEqual({ id: direct.redact('p1'), child: { id: direct.redact('c1'), forename: 'A' } });
  });

  it.each(['text', 'json', 'ndjson', 'junit', 'github', 'csv'])('no PEP or child id reaches the %s output', (format) => {
    const file = fx.file(`cohort-${format}.ndjson`, body);
    const r = runCli(['grade', '--format', format, '--today', '2025-06-30', '--redact-ids', SALT, file]);
    const all = r.stdout + r.stderr;
    for (const id of ids) expect(all).not.toContain(id);
    for (const p of COHORT.slice(0, 5)) expect(all).not.toContain((p.child as { id: string }).id);
    expect(all).toMatch(/h-[0-9a-f]{16}/);
    expect([0, 1]).toContain(r.code);
  });

  it('gives the same hash for the same id in two runs, and usage error 2 for a short salt', () => {
    const file = fx.file('cohort-twice.ndjson', body);
    const run = () => (ndjson(runCli(['validate', '--format', 'ndjson', '--today', '2025-06-30', '--redact-ids', SALT, file]).stdout).filter((o) => o.type === 'record').map((o) => o.id));
    const first = run();
    expect(first).toEqual(run());
    expect(first.every((id) => typeof id === 'string' && /^h-[0-9a-f]{16}$/.test(id))).toBe(true);
    expect(runCli(['validate', '--redact-ids', 'short', file]).code).toBe(2);
  });

  it('report with the SSDA903 roster: no PEP or child id in the JSON, HTML or CSV, and the roster counts are those of the plain run (the roster ids get the same hash)', () => {
    const cohort = join(ROOT, 'examples/cohort.ndjson');
    const roster = [join(ROOT, 'examples/ssda903/header.csv'), join(ROOT, 'examples/ssda903/episodes.csv')];
    const html = fx.file('report.html', '');
    const plain = JSON.parse(runCli(['report', cohort, '--roster', ...roster, '--today', '2025-06-30', '--json', '-']).stdout) as { roster: Record<string, unknown> };
    const run = runCli(['report', cohort, '--roster', ...roster, '--today', '2025-06-30', '--json', '-', '--html', html, '--redact-ids', SALT]);
    const csv = runCli(['report', cohort, '--roster', ...roster, '--today', '2025-06-30', '--format', 'csv', '--redact-ids', SALT]);
    const all = run.stdout + run.stderr + readFileSync(html, 'utf8') + csv.stdout;
    expect(all).not.toMatch(/child-1\d{3}|cohort-\d{4}/);
    expect(all).toMatch(/h-[0-9a-f]{16}/);
    const redacted = JSON.parse(run.stdout) as { roster: Record<string, unknown> };
    const counts = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null && typeof v === 'object' && 'count' in (v as object)).map(([k, v]) => [k, (v as { count: number }).count]));
    expect(counts(redacted.roster)).toEqual(counts(plain.roster));
    expect(counts(redacted.roster).children).toBeGreaterThan(0);
  });

  it('summary takes --redact-ids too, and report refuses it with --include-names', () => {
    const cohort = join(ROOT, 'examples/cohort.ndjson');
    const s = runCli(['summary', cohort, '--today', '2025-06-30', '--redact-ids', SALT]);
    expect(s.stdout).not.toMatch(/child-1\d{3}|cohort-\d{4}/);
    expect(s.stdout).toMatch(/h-[0-9a-f]{16}/);
    const r = runCli(['report', cohort, '--today', '2025-06-30', '--json', '-', '--include-names', '--redact-ids', SALT]);
    expect(r.code).toBe(2);
  });
});
