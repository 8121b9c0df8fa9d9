import { _guarded } from '../../core/_guarded';
import { _isRecord } from '../../core/guards';
import { _at } from './_columns';
import { readSsda903 } from './readSsda903';
import type { ReadSsda903Options, Ssda903File, Ssda903Result } from './types';

/** Reads an SSDA903 return chunk by chunk: see {@link createSsda903Reader}. */
export interface Ssda903Reader {
  /**
   * Adds a chunk of one table's text. Chunks may split a row, a quoted field or a line break anywhere.
   * A chunk that is not a string is ignored and reported (`ROSTER-INPUT-INVALID`) in the result.
   */
  add(file: Ssda903File, chunk: string): void;
  /** The roster and findings of everything added so far, as {@link readSsda903} reads it. Can be called more than once. */
  result(): Ssda903Result;
}

/**
 * Reads an SSDA903 return that arrives in chunks (a Node stream read with `setEncoding('utf8')`, a
 * browser `file.stream().pipeThrough(new TextDecoderStream())`): `add('header', chunk)` and
 * `add('episodes', chunk)` as the chunks come, then `result()`, which gives exactly what
 * {@link readSsda903} gives for the whole texts. Synchronous, like every function of the library: the
 * caller awaits its own stream (`for await (const chunk of stream) reader.add('episodes', chunk)`). The
 * chunks of each table are kept until `result()` (an SSDA903 return is a few megabytes at most). Never throws.
 * @param options - As for {@link readSsda903}.
 * @returns `{ add, result }`.
 * @example
 * import { createSsda903Reader } from 'pep-rules/report';
 * const reader = createSsda903Reader();
 * for (const chunk of ['CHILD,DOB,UPN\n', '101,01/09/2014,\n']) reader.add('header', chunk);
 * for (const chunk of ['CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n101,03/02', '/2025,S,C2,U1,,\n']) reader.add('episodes', chunk);
 * reader.result().roster.children[0]?.episodes[0]?.start;
 * //=> '2025-02-03'
 */
export function createSsda903Reader(options?: ReadSsda903Options): Ssda903Reader {
  return _guarded(unguardedCreateSsda903Reader, [options]);
}

function unguardedCreateSsda903Reader(options?: ReadSsda903Options): Ssda903Reader {
  const chunks: Record<Ssda903File, string[]> = { header: [], episodes: [] };
  const bad = new Set<Ssda903File>();
  const opts = _isRecord(options) ? options : undefined;
  return {
    add(file: Ssda903File, chunk: string): void {
      if (file !== 'header' && file !== 'episodes') return;
      if (typeof chunk === 'string') chunks[file].push(chunk);
      else bad.add(file);
    },
    result(): Ssda903Result {
      const read = readSsda903({ header: chunks.header.join(''), episodes: chunks.episodes.join('') }, opts);
      if (bad.size === 0) return read;
      const findings = [...bad].map((file) => _at(file, 0, 'ROSTER-INPUT-INVALID', 'error', `A chunk of the ${file} table was not text; it was left out.`));
      return { roster: read.roster, findings: [...findings, ...read.findings] };
    },
  };
}
