import { toJSONSchema } from 'zod/mini';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import { finding, type Finding } from '../core/finding';
import { _fastCheckPep } from './_fastCheck';
import { PepSchema, type Pep, type PepInput } from './schema';

/** What {@link parsePep} returns for a PEP it accepts. */
export interface ParsePepOk {
  /** `true`: the data is a PEP. */
  readonly ok: true;
  /** @deprecated Read `ok` (the library's result convention); kept, always equal to `ok`. */
  readonly success: true;
  /** The PEP, typed. Treat it as read-only: it may be the very object passed in. */
  readonly data: Pep;
}

/** What {@link parsePep} returns for data that is not a PEP. */
export interface ParsePepFailure {
  /** `false`: see `findings`. */
  readonly ok: false;
  /** @deprecated Read `ok` (the library's result convention); kept, always equal to `ok`. */
  readonly success: false;
  /** One finding per mistake, each with a stable code and a path. */
  readonly findings: Finding[];
  /** @deprecated Read `findings`: the same array. */
  readonly issues: Finding[];
}

/** The result of {@link parsePep}. */
export type ParsePepResult = ParsePepOk | ParsePepFailure;

const SCHEMA_SOURCE = 'pep-rules PEP interchange format v1';

/**
 * PEPs that zod built in parsePep: the facts step trusts them without parsing again. The fast path's
 * result is the caller's own object, which the caller may still change, so it is not added: the facts
 * step checks it again (the fast check, a few microseconds).
 */
const PARSED = new WeakSet<object>();

function failure(findings: Finding[]): ParsePepFailure {
  return { ok: false, success: false, findings, issues: findings };
}

/**
 * `true` for a PEP object that parsePep built with zod (an O(1) check).
 * @param value - Anything.
 * @returns Whether the value is a parsed PEP.
 * @internal
 */
export function _isParsedPep(value: unknown): value is Pep {
  return typeof value === 'object' && value !== null && PARSED.has(value);
}

/**
 * Checks that data from another system is a PEP in interchange format v1 and returns it typed.
 * Every problem is reported at once, one finding per mistake, with a stable code
 * (`PEP-SCHEMA-REQUIRED`, `-TYPE`, `-VALUE`, `-DATE`, `-RANGE`, `-FORMAT`, `-VERSION`, `-NOT-OBJECT`) and a path.
 * Messages never repeat the input's values. Unknown fields are kept. Never throws, never changes its input.
 *
 * A well-formed PEP (plain JSON data, as from `JSON.parse`) is checked by a validator compiled from the
 * same zod schema, without copying: `data` is then the input itself (equal, key order aside, to what
 * zod returns). Only data that fails that check runs through zod, which writes the findings.
 * @param data - Anything, e.g. the result of `JSON.parse`.
 * @returns `{ ok: true, data }` or `{ ok: false, findings }` (also as the deprecated `success` and `issues`).
 * @example
 * import { parsePep } from 'pep-rules/rules';
 * const result = parsePep({ schemaVersion: 1, id: 'pep-1' });
 * result.ok ? [] : result.findings.slice(0, 2).map((f) => f.code + ' ' + f.path?.join('.'));
 * //=> ['PEP-SCHEMA-REQUIRED phase', 'PEP-SCHEMA-REQUIRED kind']
 */
export function parsePep(data: PepInput): ParsePepResult;
export function parsePep(data: unknown): ParsePepResult;
export function parsePep(data: unknown): ParsePepResult {
  try {
    return parseOrExplain(data);
  } catch {
    // Only hostile objects throw (getters that throw, revoked proxies); report, never rethrow.
    return failure([finding('PEP-SCHEMA-UNREADABLE', 'error', 'The PEP could not be read as plain JSON data.', [], SCHEMA_SOURCE)]);
  }
}

/** The checks in order: an object, version 1, the fast check, and zod only when that fails. */
function parseOrExplain(data: unknown): ParsePepResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return failure([finding('PEP-SCHEMA-NOT-OBJECT', 'error', 'A PEP must be a JSON object.', [], SCHEMA_SOURCE)]);
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== 1) {
    return failure([
      finding('PEP-SCHEMA-VERSION', 'error', 'Only schemaVersion 1 is supported by this version of pep-rules.', ['schemaVersion'], SCHEMA_SOURCE),
    ]);
  }
  if (_fastCheckPep(data)) return { ok: true, success: true, data: data as Pep };
  const parsed = PepSchema.safeParse(data);
  if (parsed.success) {
    PARSED.add(parsed.data);
    return { ok: true, success: true, data: parsed.data };
  }
  return failure(_zodIssuesToFindings(parsed.error.issues, data, 'PEP-SCHEMA', SCHEMA_SOURCE));
}

/**
 * The JSON Schema (draft 2020-12) of a PEP, generated from {@link PepSchema} with zod's own converter.
 * Also committed as `schema/pep.schema.json`.
 * @returns A JSON Schema object.
 * @example
 * import { pepJsonSchema } from 'pep-rules/rules';
 * pepJsonSchema().required;
 * //=> ['schemaVersion', 'id', 'phase', 'kind', 'meeting', 'attendees', 'child', 'education', 'views', 'targets']
 */
export function pepJsonSchema(): Record<string, unknown> {
  return toJSONSchema(PepSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
