import type { $ZodIssue } from 'zod/v4/core';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { PolicySchema } from './schema';

/**
 * Turns the policy schema's issues into findings, in the schema's order. An unknown key (the schema
 * is strict at every level) becomes `POLICY-UNKNOWN-KEY` at the key's path, naming the nearest valid
 * key at that level when one is close; the message never repeats the unknown key itself.
 * @param issues - Issues from `PolicySchema.safeParse`.
 * @param input - The value that was parsed (to tell a missing value from a wrong one).
 * @returns Findings with codes `POLICY-*`.
 * @internal
 */
export function _policySchemaFindings(issues: readonly $ZodIssue[], input: unknown): Finding[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => unknownKeyFinding([...(issue.path as PathSegment[]), key], key))
      : _zodIssuesToFindings([issue], input, 'POLICY'),
  );
}

function unknownKeyFinding(path: readonly PathSegment[], key: string): Finding {
  const near = nearestKey(key, keysAt(path.slice(0, -1)));
  const message = near === null ? 'Unknown policy key (see the policy schema).' : `Unknown policy key; did you mean \`${near}\`?`;
  return finding('POLICY-UNKNOWN-KEY', 'error', message, path);
}

/** The part of a zod schema the walk below reads: `_zod.def` is zod's documented introspection point. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly type: string;
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly element?: SchemaNode;
      readonly innerType?: SchemaNode;
    };
  };
}

/** The keys the policy schema allows in the object at `path` (numbers step into arrays), in schema order. */
function keysAt(path: readonly PathSegment[]): readonly string[] {
  let node: SchemaNode | undefined = PolicySchema as unknown as SchemaNode;
  for (const segment of path) {
    const def: SchemaNode['_zod']['def'] = unwrap(node)._zod.def;
    node = typeof segment === 'number' ? def.element : def.shape?.[segment];
    if (node === undefined) return [];
  }
  return Object.keys(unwrap(node)._zod.def.shape ?? {});
}

function unwrap(node: SchemaNode): SchemaNode {
  let current = node;
  while (current._zod.def.innerType !== undefined) current = current._zod.def.innerType;
  return current;
}

/**
 * The valid key a mistyped one most likely meant: equal ignoring case, or at most two edits away
 * (insert, delete, change, or swap two neighbouring letters); the nearest wins, then schema order.
 */
function nearestKey(key: string, valid: readonly string[]): string | null {
  const lower = key.toLowerCase();
  const sameCase = valid.find((v) => v.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of valid) {
    if (Math.abs(candidate.length - key.length) >= bestDistance) continue;
    const distance = editDistance(key, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Optimal-string-alignment (restricted Damerau-Levenshtein) distance. */
function editDistance(a: string, b: string): number {
  let twoBack: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (twoBack[j - 2] ?? 0) + 1);
      current.push(d);
    }
    [twoBack, previous] = [previous, current];
  }
  return previous[b.length] ?? 0;
}
