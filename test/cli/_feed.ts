import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { _RecordReader } from '../../src/cli/readers/recordReader';
import { ROOT } from './_run';

/**
 * Feeds `bytes` to a record reader in chunks cut at the given byte offsets (duplicates and out-of-range cuts
 * ignored, in ascending order), then ends it: how a stream hands the reader a file in pieces.
 */
export function feedInChunks(reader: _RecordReader, bytes: Uint8Array, cuts: readonly number[]): void {
  let at = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    reader.push(bytes.subarray(at, cut));
    at = cut;
  }
  reader.push(bytes.subarray(at));
  reader.end();
}

/**
 * `count` NDJSON records, cheap to check: small records the schema rejects, and every `every`-th (from the
 * `first`-th) a PEP of the bundled cohort taken in turn. With `damaged`, five damaged lines go in at three
 * places (a broken record, a line that is not JSON, two documents on one line, a string that goes on to the
 * next line).
 */
export function cheapRecords(count: number, every: number, first: number, damaged = false): string {
  const cohort = readFileSync(join(ROOT, 'examples', 'cohort.ndjson'), 'utf8').trim().split('\n');
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(i % every === first ? (cohort[(i / every) % cohort.length | 0] as string) : JSON.stringify({ id: `s${i}`, schemaVersion: 1 }));
  if (damaged) for (const at of [count - 10, Math.floor(count / 2), 300]) lines.splice(at, 0, '{"id": "broken", ', '{not json}', '{"id":"a"}{"id":"b"}', '{"id":"raw', 'line break"}');
  return `${lines.join('\n')}\n`;
}
