/**
 * Writes the bundled examples: `examples/peps/*.json` (six hand-written PEPs) and
 * `examples/cohort.ndjson` (fictional PEPs of mixed quality from a seeded generator: each record's
 * skeleton from the first generator's stream, scripts/examples/cohortSkeleton.ts, its content by
 * quality tier from a second stream, scripts/examples/cohortRecord.ts; the mix is in examples/README.md).
 * Deterministic: the same seed always writes the same bytes. Run `npm run examples:generate`.
 *
 * Usage: tsx scripts/generate-examples.ts [--count N] [--seed S] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cohortRecords } from './examples/cohortRecord';
import { skeletons } from './examples/cohortSkeleton';
import { examplePeps } from './examples/peps';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
}

const count = Number(arg('--count', '60'));
const seed = Number(arg('--seed', '20250115'));
const out = arg('--out', join(root, 'examples', 'cohort.ndjson'));

if (!process.argv.includes('--cohort-only')) {
  const pepDir = join(root, 'examples', 'peps');
  mkdirSync(pepDir, { recursive: true });
  for (const [name, pep] of Object.entries(examplePeps)) writeFileSync(join(pepDir, name), `${JSON.stringify(pep, null, 2)}\n`);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${cohortRecords(skeletons(count, seed), seed).map((p) => JSON.stringify(p)).join('\n')}\n`);
process.stdout.write(`wrote ${count} PEPs to ${out}\n`);
