import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { _loadPolicy } from '../../src/cli/_loadPolicy';
import { _isTrustedPolicy } from '../../src/policy/gate';
import { policies } from '../../src/policy/index';

/*
 * `--policy <file>`: a council policy file passes the same gate as the API. Broken JSON is reported
 * with line and column (never quoting the file); unknown keys give POLICY-UNKNOWN-KEY findings
 * (the commands exit 2 on any `ok: false`).
 */

const dir = mkdtempSync(join(tmpdir(), 'pep-rules-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('_loadPolicy', () => {
  it('reports broken JSON with its line and column and the reason, without quoting the file', async () => {
    const name = file('broken.json', '{\n  "id": "testshire",\n  "name": "Jane Smith" "version": "1"\n}\n');
    expect(await _loadPolicy(name, dir)).toEqual({
      ok: false,
      message: `--policy ${name}: the policy file is not valid JSON at line 3, column 24: a missing ',' or '}'.`,
      findings: [],
    });
    expect(JSON.stringify(await _loadPolicy(name, dir))).not.toContain('Jane');
  });

  it.each([
    ['{"id": "x",}', 1, 12, 'a property is missing after a comma (a trailing comma?)'],
    ['\uFEFF{\r\n  "id": "x",\r\n  "name": ', 3, 11, 'the record ends before it is complete (truncated?)'],
    ['{"name": "Zoë 😀", oops}', 1, 19, 'a property name that is not in double quotes'],
    ['minimumCount = 3', 1, 1, 'an unexpected character where a value should be'],
  ])('locates %j', async (text, line, column, reason) => {
    const name = file(`case-${line}-${column}.json`, text);
    const loaded = await _loadPolicy(name, dir);
    expect(loaded).toEqual({
      ok: false,
      message: `--policy ${name}: the policy file is not valid JSON at line ${line}, column ${column}: ${reason}.`,
      findings: [],
    });
    expect(loaded.ok || loaded.message).not.toMatch(/Zo|oops|minimumCount|testshire/);
  });

  it('gives POLICY-UNKNOWN-KEY findings for a misspelled key in the file', async () => {
    const name = file(
      'typo.json',
      JSON.stringify({ id: 'testshire', ppPlus: { perTermcap: { pounds: 500, source: 'Testshire PP+ policy §1' } } }),
    );
    expect(await _loadPolicy(name, dir)).toEqual({
      ok: false,
      message: `--policy ${name}: the policy is not valid (1 problem(s)):`,
      findings: [
        { code: 'POLICY-UNKNOWN-KEY', severity: 'error', message: 'Unknown policy key; did you mean `perTermCap`?', path: ['ppPlus', 'perTermcap'] },
      ],
    });
  });

  it('loads a valid file as a trusted, frozen policy', async () => {
    const name = file('ok.json', JSON.stringify({ id: 'testshire', targets: { minimumCount: { value: 2, source: 'Testshire §5' } } }));
    const loaded = await _loadPolicy(name, dir);
    if (!loaded.ok) throw new Error(loaded.message);
    expect([loaded.label, loaded.policy.targets.minimumCount.value, _isTrustedPolicy(loaded.policy), Object.isFrozen(loaded.policy.targets)]).toEqual([
      name,
      2,
      true,
      true,
    ]);
  });

  it('still takes presets by name and defaults to england', async () => {
    expect(await _loadPolicy(undefined, dir)).toEqual({ ok: true, policy: policies.england, label: 'england' });
    expect(await _loadPolicy('milton-keynes', dir)).toEqual({ ok: true, policy: policies.miltonKeynes, label: 'miltonKeynes' });
  });
});
