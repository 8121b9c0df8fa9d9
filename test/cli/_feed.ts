import type { _RecordReader } from '../../src/cli/readers/recordReader';

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
