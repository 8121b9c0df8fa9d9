import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding';
import { definePolicy, policies } from '../../src/policy/index';

/*
 * The policy gate is strict: unknown keys, blank citations, deadlines outside their academic year
 * and hostile input (deep, cyclic, throwing getters) are findings, never ignored and never a throw.
 */

const issuesOf = (overrides: unknown, base = policies.england): Finding[] => {
  const result = definePolicy(overrides, base);
  return result.success ? [] : result.issues;
};
const codesAndPaths = (issues: readonly Finding[]): [string, string | undefined][] => issues.map((f) => [f.code, f.path?.join('.')]);

describe('unknown keys', () => {
  it('names the nearest valid key at that level, never the unknown key itself', () => {
    const issues = issuesOf({ id: 'x', ppPlus: { perTermcap: { pounds: 500, source: 'Testshire §1' } } });
    expect(issues).toEqual([
      {
        code: 'POLICY-UNKNOWN-KEY',
        severity: 'error',
        message: 'Unknown policy key; did you mean `perTermCap`?',
        path: ['ppPlus', 'perTermcap'],
      },
    ]);
  });

  it.each([
    [{ timscales: {} }, 'timscales', 'timescales'], // one letter missing
    [{ ID: 'x' }, 'ID', 'id'], // case only
    [{ targets: { minimumCuont: { value: 2, source: 's' } } }, 'targets.minimumCuont', 'minimumCount'], // two letters swapped
    [{ sdq: { requiredFor: { minAge: 4, maxAge: 16, minMonthsInCare: 12, source: 's', maxage: 15 } } }, 'sdq.requiredFor.maxage', 'maxAge'],
    [{ targets: { minimumCount: { value: 2, sourse: 's' } } }, 'targets.minimumCount.sourse', 'source'],
  ])('suggests for %j', (overrides, path, suggestion) => {
    const unknown = issuesOf(overrides).filter((f) => f.code === 'POLICY-UNKNOWN-KEY');
    expect(unknown.map((f) => [f.path?.join('.'), f.message])).toEqual([[path, `Unknown policy key; did you mean \`${suggestion}\`?`]]);
  });

  it('gives no suggestion when no key is close', () => {
    expect(issuesOf({ id: 'x', notes: 'free text' })).toEqual([
      { code: 'POLICY-UNKNOWN-KEY', severity: 'error', message: 'Unknown policy key (see the policy schema).', path: ['notes'] },
    ]);
  });

  it('is checked inside arrays and inside a value that replaces null', () => {
    const issues = issuesOf({
      id: 'x',
      timescales: {
        termlyDeadlines: [{ academicYear: '2025/26', term: 'autumn', date: '2025-11-28', source: 's', dat: '2025-11-29' }],
      },
      ppPlus: { perPepCap: { pounds: 900, source: 's', pound: 900 } },
    });
    expect(issues.map((f) => [f.path?.join('.'), f.message])).toEqual([
      ['timescales.termlyDeadlines.0.dat', 'Unknown policy key; did you mean `date`?'],
      ['ppPlus.perPepCap.pound', 'Unknown policy key; did you mean `pounds`?'],
    ]);
  });

  it('reports every unknown key beside the other problems, and the message never echoes the key', () => {
    const secret = 'Jane Smith 2014-03-02';
    const issues = issuesOf({ id: 'x', [secret]: 1, targets: { minimumCount: { value: -1, source: 's' } } });
    expect(codesAndPaths(issues)).toEqual([
      ['POLICY-RANGE', 'targets.minimumCount.value'],
      ['POLICY-UNKNOWN-KEY', secret],
    ]);
    expect(issues.map((f) => f.message).join(' ')).not.toContain('Jane');
  });

  it('does not let an unknown key through the merge onto another preset, or under keys named like Object members', () => {
    expect(codesAndPaths(issuesOf({ id: 'x', qa: { criterias: { value: [], source: 's' } } }, policies.halton))).toEqual([
      ['POLICY-UNKNOWN-KEY', 'qa.criterias'],
    ]);
    expect(codesAndPaths(issuesOf({ id: 'x', constructor: 1, toString: 'x' }))).toEqual([
      ['POLICY-UNKNOWN-KEY', 'constructor'],
      ['POLICY-UNKNOWN-KEY', 'toString'],
    ]);
  });

  it('rejects an unknown key in a whole policy object given as a base', () => {
    const base = { ...JSON.parse(JSON.stringify(policies.bolton)), extra: true } as typeof policies.bolton;
    expect(codesAndPaths(issuesOf({ id: 'x' }, base))).toEqual([['POLICY-UNKNOWN-KEY', 'extra']]);
  });
});

describe('sources', () => {
  it('rejects a blank source as missing, and an empty one as required', () => {
    const issues = issuesOf({ id: 'x', targets: { minimumCount: { value: 2, source: '  \t' }, smartPassScore: { value: 3, source: '' } } });
    expect(issues).toEqual([
      {
        code: 'POLICY-SOURCE-MISSING',
        severity: 'error',
        message: '`targets.minimumCount.source` is blank: cite the council document and section, or the statute, the value comes from.',
        path: ['targets', 'minimumCount', 'source'],
      },
      { code: 'POLICY-REQUIRED', severity: 'error', message: '`targets.smartPassScore.source` must not be empty.', path: ['targets', 'smartPassScore', 'source'] },
    ]);
  });

  it('rejects a blank source for the whole policy', () => {
    expect(codesAndPaths(issuesOf({ id: 'x', source: ' ' }))).toEqual([['POLICY-SOURCE-MISSING', 'source']]);
  });
});

describe('termly deadlines', () => {
  const deadline = (academicYear: string, date: string) => ({ academicYear, term: 'autumn', date, source: 'Testshire §2' });
  const withDeadlines = (...termlyDeadlines: unknown[]) => issuesOf({ id: 'x', timescales: { termlyDeadlines } });

  it('accepts dates from 1 September to 31 August of the year named', () => {
    expect(withDeadlines(deadline('2024/25', '2024-09-01'), { ...deadline('2024/25', '2025-08-31'), term: 'summer' })).toEqual([]);
  });

  it.each([
    ['2024-08-31', '2024/25'],
    ['2025-09-01', '2024/25'],
    ['2025-11-08', '2024/25'],
    ['2023-11-08', '2024/25'],
  ])('rejects %s for %s', (date, year) => {
    expect(withDeadlines(deadline(year, date))).toEqual([
      {
        code: 'POLICY-DEADLINE-YEAR',
        severity: 'error',
        message: 'The deadline date is outside the academic year it names (1 September to 31 August).',
        path: ['timescales', 'termlyDeadlines', 0, 'date'],
      },
    ]);
  });

  it('rejects an academic year that does not name consecutive years', () => {
    expect(withDeadlines(deadline('2024/26', '2024-11-08'))).toEqual([
      {
        code: 'POLICY-FORMAT',
        severity: 'error',
        message: "`timescales.termlyDeadlines[0].academicYear` must name two consecutive years, written '2024/25'.",
        path: ['timescales', 'termlyDeadlines', 0, 'academicYear'],
      },
    ]);
    expect(codesAndPaths(withDeadlines(deadline('1999/00', '1999-11-08')))).toEqual([]);
    expect(codesAndPaths(withDeadlines(deadline('24/25', '2024-11-08')))).toEqual([['POLICY-FORMAT', 'timescales.termlyDeadlines.0.academicYear']]);
  });

  it('accepts every preset and the example policy with the same check', () => {
    for (const preset of Object.values(policies)) expect(issuesOf(JSON.parse(JSON.stringify(preset)))).toEqual([]);
  });
});

describe('hostile input never throws', () => {
  const nest = (levels: number, leaf: unknown = 1): unknown => {
    let value = leaf;
    for (let i = 0; i < levels; i++) value = { a: value };
    return value;
  };

  it('refuses input nested more deeply than any policy, with a path that stops at the limit', () => {
    const issues = issuesOf({ id: 'x', ppPlus: nest(100_000) });
    expect(issues.map((f) => [f.code, f.path?.length, f.message])).toEqual([
      ['POLICY-TOO-DEEP', 32, 'The policy is nested too deeply; a policy is a few levels of plain JSON.'],
    ]);
    expect(issues[0]?.path?.slice(0, 3)).toEqual(['ppPlus', 'a', 'a']);
  });

  it('accepts nesting up to the limit (the values are then judged by the schema)', () => {
    expect(codesAndPaths(issuesOf({ id: 'x', notes: nest(30) }))).toEqual([['POLICY-UNKNOWN-KEY', 'notes']]);
  });

  it('refuses an object that contains itself, and an array that contains itself, as unreadable', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.timescales = { self: cyclic };
    expect(issuesOf(cyclic)).toEqual([
      {
        code: 'POLICY-UNREADABLE',
        severity: 'error',
        message: 'The policy contains itself (a value refers back to an object around it); give the policy as plain JSON.',
        path: ['timescales', 'self'],
      },
    ]);
    const list: unknown[] = [];
    list.push(list);
    expect(codesAndPaths(issuesOf({ id: 'x', timescales: { termlyDeadlines: list } }))).toEqual([['POLICY-UNREADABLE', 'timescales.termlyDeadlines.0']]);
  });

  it('tells a shared object met again too deep from a cycle', () => {
    const leaf = { a: { a: {} } };
    const overrides = { id: 'x', notes: [leaf, nest(29, leaf)] };
    expect(codesAndPaths(issuesOf(overrides)).map(([code]) => code)).toEqual(['POLICY-TOO-DEEP']);
  });

  it('copes with shared (not cyclic) objects without exponential work', () => {
    let shared: unknown = { source: 's' };
    for (let i = 0; i < 25; i++) shared = [shared, shared];
    const started = Date.now();
    const issues = issuesOf({ id: 'x', notes: shared });
    expect(codesAndPaths(issues)).toEqual([['POLICY-UNKNOWN-KEY', 'notes']]);
    expect(Date.now() - started).toBeLessThan(5_000); // 2^25 visits would take far longer
  });

  it('refuses a cyclic or too-deep base', () => {
    const base: Record<string, unknown> = { ...policies.england };
    base.timescales = { loop: base };
    expect(codesAndPaths(issuesOf({ id: 'x' }, base as never))).toEqual([['POLICY-UNREADABLE', 'timescales.loop']]);
    expect(codesAndPaths(issuesOf({ id: 'x' }, { ...policies.england, notes: nest(40) } as never)).map(([code]) => code)).toEqual(['POLICY-TOO-DEEP']);
  });

  it('reports a getter or proxy that throws as unreadable', () => {
    const getter = { id: 'x', get ppPlus(): never { throw new Error('boom'); } };
    expect(codesAndPaths(issuesOf(getter))).toEqual([['POLICY-UNREADABLE', 'ppPlus']]);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); } });
    expect(codesAndPaths(issuesOf(proxy))).toEqual([['POLICY-UNREADABLE', '']]);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(codesAndPaths(issuesOf({ id: 'x', sdq: revoked.proxy }))).toEqual([['POLICY-UNREADABLE', 'sdq']]);
  });

  it('reads each getter once, so a value cannot change between the checks and the result', () => {
    let reads = 0;
    const overrides = {
      id: 'x',
      get targets() {
        reads += 1;
        return reads === 1 ? { minimumCount: { value: 2, source: 'Testshire §1' } } : { minimumCount: { value: -5 } };
      },
    };
    const result = definePolicy(overrides);
    expect(result.success && result.data.targets.minimumCount.value).toBe(2);
    expect(reads).toBe(1);
  });

  it('still ignores __proto__ keys at any level instead of polluting prototypes', () => {
    const result = definePolicy(JSON.parse('{"id":"x","ppPlus":{"__proto__":{"polluted":true}},"__proto__":{"polluted":true}}'));
    expect(result.success).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
