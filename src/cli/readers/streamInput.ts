import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { finding, type Finding } from '../../core/finding';
import type { _CliContext } from '../context';
import type { _Output } from '../reporters/output';
import type { _LazySink } from './lazyLines';
import { _RecordReader, type _RawRecord } from './recordReader';
import { _redactRecord, type _Redact } from './redactIds';

/** Chunk size for file reads. */
const READ_CHUNK_BYTES = 64 * 1024;

async function* chunksOf(arg: string, ctx: _CliContext): AsyncGenerator<Uint8Array, Finding | null> {
  if (arg === '-') {
    for await (const chunk of ctx.stdin) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    return null;
  }
  const path = resolve(ctx.cwd, arg);
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      return finding('CLI-FILE-IS-DIRECTORY', 'error', 'The input is a directory; give the PEP files inside it (e.g. dir/*.json).');
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return finding('CLI-FILE-NOT-FOUND', 'error', 'The input file does not exist.');
    return finding('CLI-FILE-UNREADABLE', 'error', `The input file cannot be read (${code ?? 'unknown error'}).`);
  }
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) yield chunk as Buffer;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return finding('CLI-FILE-UNREADABLE', 'error', `The input file cannot be read (${code ?? 'unknown error'}).`);
  }
  return null;
}

/** How reading one input ended. */
export type _InputEnd =
  | { readonly kind: 'done'; readonly records: number; readonly malformed: number }
  | { readonly kind: 'io-error'; readonly finding: Finding }
  | { readonly kind: 'stopped' };

/**
 * Streams one input (a path, or `-` for stdin) through a record reader. Records reach `onRecord`
 * synchronously; after each chunk the output is flushed and back-pressure is respected, so neither
 * input nor output piles up in memory.
 * @param arg - A path (relative to `ctx.cwd`) or `-`.
 * @param ctx - The outside world.
 * @param out - The output to settle between chunks.
 * @param maxRecordBytes - Record size limit.
 * @param onRecord - Called per record, in order.
 * @param redact - With `--redact-ids`: replaces each record's PEP and child ids before anyone sees them.
 * @param lazy - With `--jobs` (and no `redact`): where NDJSON lines may go unparsed (see lazyLines.ts).
 * @returns How the input ended: done (with the count of records, and of malformed ones among them), an I/O error, or stopped (stdout closed).
 */
export async function _streamInput(
  arg: string,
  ctx: _CliContext,
  out: _Output,
  maxRecordBytes: number,
  onRecord: (raw: _RawRecord) => void,
  redact: _Redact | null = null,
  lazy: _LazySink | null = null,
): Promise<_InputEnd> {
  let malformed = 0;
  const reader = new _RecordReader(
    (raw) => {
      if (!raw.ok) malformed++;
      onRecord(redact === null ? raw : _redactRecord(raw, redact));
    },
    maxRecordBytes,
    redact === null ? lazy : null,
  );
  const chunks = chunksOf(arg, ctx);
  for (;;) {
    const next = await chunks.next();
    if (next.done === true) {
      if (next.value !== null) return { kind: 'io-error', finding: next.value };
      break;
    }
    reader.push(next.value);
    out.flush();
    await out.settle();
    if (out.closed) {
      await chunks.return(null);
      return { kind: 'stopped' };
    }
  }
  reader.end();
  return { kind: 'done', records: reader.count, malformed };
}

/** The warning for an input with no records. */
export const _EMPTY_INPUT: Finding = finding(
  'CLI-FILE-EMPTY',
  'warning',
  'The input holds no records (it is empty, blank, or an empty array).',
);
