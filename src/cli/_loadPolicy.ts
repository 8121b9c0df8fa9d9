import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Finding } from '../core/finding';
import { definePolicy } from '../policy/definePolicy';
import { policies, type PolicyPresetName } from '../policy/presets/index';
import type { Policy } from '../policy/schema';

/** What {@link _loadPolicy} returns. */
export type _LoadedPolicy =
  | { readonly ok: true; readonly policy: Policy; readonly label: string }
  | { readonly ok: false; readonly message: string; readonly findings: readonly Finding[] };

const normalise = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

/** Preset names as typed on the command line: `england`, `milton-keynes`, `barnet`, `halton`, `bolton`. */
export const _PRESET_ARGS: readonly string[] = Object.keys(policies).map((k) => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Resolves `--policy`: a preset name (`halton`, `milton-keynes` or `miltonKeynes`) or a JSON file of
 * overrides on the England preset, validated with `definePolicy`. No `--policy` means `england`.
 * @param spec - The option's value, if given.
 * @param cwd - Directory relative file paths are read from.
 * @returns The policy and a label for reports, or a message and the policy's findings.
 */
export async function _loadPolicy(spec: string | undefined, cwd: string): Promise<_LoadedPolicy> {
  if (spec === undefined) return { ok: true, policy: policies.england, label: 'england' };
  const preset = (Object.keys(policies) as PolicyPresetName[]).find((k) => normalise(k) === normalise(spec));
  if (preset !== undefined) return { ok: true, policy: policies[preset], label: preset };
  let text: string;
  try {
    text = await readFile(resolve(cwd, spec), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such preset or file' : code === 'EISDIR' ? 'it is a directory' : 'the file cannot be read';
    return {
      ok: false,
      message: `--policy ${spec}: ${why} (presets: ${_PRESET_ARGS.join(', ')}; or a JSON file).`,
      findings: [],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: `--policy ${spec}: the file is not valid JSON.`, findings: [] };
  }
  const result = definePolicy(json);
  if (!result.success) {
    return { ok: false, message: `--policy ${spec}: the policy is not valid (${result.issues.length} problem(s)):`, findings: result.issues };
  }
  return { ok: true, policy: result.data, label: spec };
}
