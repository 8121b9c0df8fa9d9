import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../core/finding';
import { definePolicy } from '../policy/definePolicy';
import { policies, type PolicyPresetName } from '../policy/presets/index';
import type { Policy } from '../policy/schema';
import { _locateJsonError } from './readers/locateJsonError';

/** What {@link _loadPolicy} returns. */
export type _LoadedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly label: string }
  | { readonly ok: false; readonly message: string; readonly findings: readonly Finding[] };

const normalise = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/** Preset names as typed on the command line: `england`, `milton-keynes`, `barnet`, `halton`, `bolton`. */
export const _PRESET_ARGS: readonly string[] = Object.keys(policies).map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Resolves `--policy`: a preset name (`halton`, `milton-keynes` or `miltonKeynes`) or a JSON file of
 * overrides on the England preset, validated with `definePolicy` (unknown keys are findings). No
 * `--policy` means `england`. A file that is not JSON is reported with the line and column where it
 * goes wrong, and why, without quoting it.
 * @param spec - The option's value, if given.
 * @param cwd - Directory relative file paths are read from.
 * @returns The policy and a label for reports, or a message and the policy's findings.
 */
export async function _loadPolicy(spec: string | undefined, cwd: string): Promise<_LoadedPolicy> {
  if (spec === undefined) return { ok: true, policy: policies.england, label: 'england' };
  const preset = (Object.keys(policies) as PolicyPresetName[]).find((k) => normalise(k) === normalise(spec));
  if (preset !== undefined) return { ok: true, policy: policies[preset], label: preset };
  const read = await _readTextFile(resolve(cwd, spec), _MAX_POLICY_FILE_BYTES);
  if (!read.ok) {
    if (read.code === 'too-large') return { ok: false, message: `--policy ${spec}: ${read.why}.`, findings: [] };
    const why = read.code === 'ENOENT' ? 'no such preset or file' : read.why;
    return {
      ok: false,
      message: `--policy ${spec}: ${why} (presets: ${_PRESET_ARGS.join(', ')}; or a JSON file).`,
      findings: [],
    };
  }
  const text = read.text;
  const json = parsePolicyJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  if (!json.ok) return { ok: false, message: `--policy ${spec}: ${json.problem}`, findings: [] };
  const result = definePolicy(json.value);
  if (!result.success) {
    return { ok: false, message: `--policy ${spec}: the policy is not valid (${result.issues.length} problem(s)):`, findings: result.issues };
  }
  return { ok: true, policy: result.data, label: spec };
}

/** Parses the policy file; a syntax error says where (line, column in characters) and why, never quoting the text. */
function parsePolicyJson(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    const at = _locateJsonError(text);
    if (at === null) return { ok: false, problem: 'the policy file is not valid JSON.' };
    const before = text.slice(0, at.offset);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    return { ok: false, problem: `the policy file is not valid JSON at line ${line}, column ${column}: ${at.reason}.` };
  }
}

/** The largest policy file read: 1 MiB (a council's policy is a few KiB). */
export const _MAX_POLICY_FILE_BYTES = 1024 * 1024;

/** What {@link _readTextFile} returns. */
export type _ReadText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly code: string; readonly why: string };

const READ_CHUNK = 64 * 1024;

/**
 * Reads a small text file (a policy or a calendar) as UTF-8, at most `limit` bytes: a larger file
 * is refused before more than the limit is read, whatever its size claims (a pipe or a device has
 * none). A missing file, a directory or one that cannot be read is a reason in words, never an
 * exception.
 * @param path - Absolute path.
 * @param limit - The most bytes accepted.
 * @returns The text, or the error code (`ENOENT`, `EISDIR`, `EACCES`, `too-large`, …) and why.
 * @example
 * await _readTextFile('/etc/hostname', 1024); // { ok: true, text: 'box\n' }
 */
export async function _readTextFile(path: string, limit: number): Promise<_ReadText> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) return { ok: false, code: 'EISDIR', why: 'it is a directory' };
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(Math.min(READ_CHUNK, limit + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      parts.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { ok: false, code: 'too-large', why: `the file is larger than ${formatBytes(limit)}, the limit for this file` };
    }
    return { ok: true, text: Buffer.concat(parts, total).toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory' : `the file cannot be read (${code})`;
    return { ok: false, code: code === 'ENOTDIR' ? 'ENOENT' : code, why };
  } finally {
    await handle?.close();
  }
}

function formatBytes(n: number): string {
  return n % (1024 * 1024) === 0 ? `${n / (1024 * 1024)} MiB` : n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}
