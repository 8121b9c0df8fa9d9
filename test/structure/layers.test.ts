import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/*
 * The README's architecture diagram and the layer check's configuration (.dependency-cruiser.cjs)
 * must say the same: for every module, the modules it may not import.
 */
const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as {
  forbidden: { name: string; from: { path: string }; to: { path?: string } }[];
};

function fromConfig(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of config.forbidden) {
    const m = /^layer-([a-z]+)-imports-only-below$/.exec(rule.name);
    if (m === null) continue;
    const targets = /^\^src\/\(([a-z|]+)\)\/$/.exec(rule.to.path ?? '');
    out.set(m[1]!, (targets?.[1] ?? '').split('|').sort());
  }
  return out;
}

function fromDiagram(): Map<string, string[]> {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const block = /```mermaid\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const below = new Map<string, Set<string>>();
  const edges: [string, string][] = [];
  for (const line of block.split('\n')) {
    const m = /^\s*([a-z]+) --> ([a-z]+)\s*$/.exec(line);
    if (m) edges.push([m[1]!, m[2]!]);
  }
  const nodes = [...new Set(edges.flat())];
  for (const n of nodes) below.set(n, new Set());
  // Everything reachable downwards from a node (following edges backwards) is below it.
  let changed = true;
  while (changed) {
    changed = false;
    for (const [lower, upper] of edges) {
      const set = below.get(upper)!;
      for (const x of [lower, ...below.get(lower)!]) {
        if (!set.has(x)) {
          set.add(x);
          changed = true;
        }
      }
    }
  }
  return new Map(nodes.map((n) => [n, nodes.filter((o) => o !== n && !below.get(n)!.has(o)).sort()]));
}

describe('architecture', () => {
  it('the README diagram matches the layer check: every module may import exactly the modules below it', () => {
    const diagram = fromDiagram();
    const cruiser = fromConfig();
    expect(diagram.size).toBe(11);
    // A module with nothing forbidden (the CLI, on top) has no rule.
    const forbidden = new Map([...diagram].filter(([, v]) => v.length > 0));
    expect(Object.fromEntries(cruiser)).toEqual(Object.fromEntries(forbidden));
  });

  it('puts the offline page (web) above report and below the CLI, which may use it only as a built asset', () => {
    const cruiser = fromConfig();
    // web may import every library module; only the CLI is above it.
    expect(cruiser.get('web')).toEqual(['cli']);
    expect(cruiser.get('report')).toContain('web');
    const asset = config.forbidden.find((r) => r.name === 'cli-uses-web-only-as-built-asset');
    expect(asset?.from.path).toBe('^src/cli/');
    expect(asset?.to.path).toBe('^src/web/');
  });

  it('forbids cycles and Node built-ins outside the CLI', () => {
    const names = config.forbidden.map((r) => r.name);
    expect(names).toContain('no-cycles');
    expect(names).toContain('no-node-builtins-outside-cli');
  });
});
