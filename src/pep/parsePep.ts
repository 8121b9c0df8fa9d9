import { toJSONSchema } from 'zod/mini';
import { _zodIssuesToFindings } from '../core/_zodIssues';
import { finding, type Finding } from '../core/finding';
import { PepSchema, type Pep } from './schema';

/** The result of {@link parsePep}. */
export type ParsePepResult = { readonly success: true; readonly data: Pep } | { readonly success: false; readonly issues: Finding[] };

const SCHEMA_SOURCE = 'pep-rules PEP interchange format v1';

/** PEPs that came out of parsePep: the facts step trusts them without parsing again. */
const PARSED = new WeakSet<object>();

/**
 * `true` for an object returned by parsePep (an O(1) check).
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
 * Messages never repeat the input's values. Unknown fields are kept. Never throws.
 * @param data - Anything, e.g. the result of `JSON.parse`.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 * @example
 * import { parsePep } from 'pep-rules/rules';
 * const result = parsePep({ schemaVersion: 1, id: 'pep-1' });
 * result.success ? [] : result.issues.slice(0, 2).map((f) => f.code + ' ' + f.path?.join('.'));
 * //=> ['PEP-SCHEMA-REQUIRED phase', 'PEP-SCHEMA-REQUIRED kind']
 */
export function parsePep(data: unknown): ParsePepResult {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      success: false,
      issues: [finding('PEP-SCHEMA-NOT-OBJECT', 'error', 'A PEP must be a JSON object.', [], SCHEMA_SOURCE)],
    };
  }
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (version !== undefined && version !== 1) {
    return {
      success: false,
      issues: [
        finding(
          'PEP-SCHEMA-VERSION',
          'error',
          'Only schemaVersion 1 is supported by this version of pep-rules.',
          ['schemaVersion'],
          SCHEMA_SOURCE,
        ),
      ],
    };
  }
  let parsed: ReturnType<typeof PepSchema.safeParse>;
  try {
    parsed = PepSchema.safeParse(data);
  } catch {
    // zod throws only on hostile objects (getters that throw, proxies); report, never rethrow.
    return {
      success: false,
      issues: [finding('PEP-SCHEMA-UNREADABLE', 'error', 'The PEP could not be read as plain JSON data.', [], SCHEMA_SOURCE)],
    };
  }
  if (parsed.success) {
    PARSED.add(parsed.data);
    return { success: true, data: parsed.data };
  }
  return { success: false, issues: _zodIssuesToFindings(parsed.error.issues, data, 'PEP-SCHEMA', SCHEMA_SOURCE) };
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
