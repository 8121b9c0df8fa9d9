import { _at } from './_columns';
import { readSsda903 } from './readSsda903';
import type { ReadSsda903Options, Ssda903File, Ssda903Finding, Ssda903Result, Ssda903Source, Ssda903StreamInput } from './types';

/** Joins a source's text chunks; `null` when it is not text or reading it failed. */
async function textOf(source: unknown): Promise<string | null> {
  if (typeof source === 'string') return source;
  if (source === null || typeof source !== 'object') return null;
  const parts: string[] = [];
  try {
    if (Symbol.asyncIterator in source) {
      for await (const chunk of source as AsyncIterable<unknown>) {
        if (typeof chunk !== 'string') return null;
        parts.push(chunk);
      }
    } else if (Symbol.iterator in source) {
      for (const chunk of source as Iterable<unknown>) {
        if (typeof chunk !== 'string') return null;
        parts.push(chunk);
      }
    } else return null;
  } catch {
    return null;
  }
  return parts.join('');
}

/**
 * {@link readSsda903} for text that arrives in chunks: a Node stream read with `setEncoding('utf8')`,
 * a browser `file.stream().pipeThrough(new TextDecoderStream())`, or any iterable of strings. The
 * chunks of each table are joined (an SSDA903 return is a few megabytes at most) and read as
 * `readSsda903` reads text, so the result is the same. A source that is not text, or fails while it is
 * read, gives `ROSTER-INPUT-INVALID` for that table. Never rejects.
 * @param input - `{ header, episodes }`, each a string, an iterable or an async iterable of strings.
 * @param options - As for {@link readSsda903}.
 * @returns A promise of `{ roster, findings }`.
 * @example
 * import { readSsda903Stream } from 'pep-rules/report';
 * const { roster } = await readSsda903Stream({
 *   header: ['CHILD,DOB,UPN\n', '101,01/09/2014,\n'],
 *   episodes: ['CHILD,DECOM,RNE,LS,PLACE,DEC,REC\n101,03/02', '/2025,S,C2,U1,,\n'],
 * });
 * roster.children[0]?.episodes[0]?.start;
 * //=> '2025-02-03'
 */
export async function readSsda903Stream(input: Ssda903StreamInput, options?: ReadSsda903Options): Promise<Ssda903Result> {
  const given = (input !== null && typeof input === 'object' ? input : {}) as Partial<Record<Ssda903File, Ssda903Source>>;
  const [header, episodes] = await Promise.all([textOf(given.header), textOf(given.episodes)]);
  const failed: Ssda903Finding[] = [];
  for (const [file, text] of [['header', header], ['episodes', episodes]] as const) {
    if (text === null) failed.push(_at(file, 0, 'ROSTER-INPUT-INVALID', 'error', `The ${file} table could not be read as CSV text.`));
  }
  const read = readSsda903({ header: header ?? '', episodes: episodes ?? '' }, options);
  if (failed.length === 0) return read;
  // An unreadable table also reads as empty: keep only the one finding that says why.
  const empty = new Set(failed.map((f) => f.file));
  return { roster: read.roster, findings: [...failed, ...read.findings.filter((f) => !(empty.has(f.file) && f.code === 'ROSTER-FILE-EMPTY'))] };
}
