/**
 * The policy builder of the offline page, without the DOM: which fields it shows (each found in
 * the policy JSON Schema, so a field the schema drops is not shown), the value of each in a policy,
 * the overrides the officer's entries make on the preset they started from, and the checking of
 * those overrides with `definePolicy` (the policy gate, which validates against the same schema that
 * `policyJsonSchema` exports), each finding placed next to the field it is about.
 */
import type { Finding } from '../core/finding';
import { definePolicy, type PolicyResult } from '../policy/definePolicy';
import type { Policy } from '../policy/schema';

/** How a field is entered. */
export type _FieldKind = 'text' | 'integer' | 'number' | 'boolean' | 'choice';

/** One field of the policy builder. */
export interface _PolicyField {
  /** The form control's id. */
  readonly id: string;
  readonly label: string;
  /** Where the value sits in a policy. */
  readonly path: readonly string[];
  readonly kind: _FieldKind;
  /** The allowed values of a `choice` field, from the schema. */
  readonly options: readonly string[];
  /** The schema's bounds, for a hint beside the field. */
  readonly minimum: number | null;
  readonly maximum: number | null;
}

/** The fields, in form order: the numbers that differ most between councils. */
const FIELDS: readonly { readonly id: string; readonly label: string; readonly path: readonly string[] }[] = [
  { id: 'policy-id', label: 'Policy id (letters, digits and dashes)', path: ['id'] },
  { id: 'policy-name', label: 'Name of the virtual school or council', path: ['name'] },
  { id: 'policy-version', label: 'Version of the policy', path: ['version'] },
  { id: 'policy-source', label: 'The council document this policy comes from', path: ['source'] },
  { id: 'initiate-pep-n', label: 'Initial PEP held within (number)', path: ['timescales', 'initiatePep', 'n'] },
  { id: 'initiate-pep-unit', label: 'Initial PEP held within (unit)', path: ['timescales', 'initiatePep', 'unit'] },
  { id: 'pep-frequency', label: 'How often a PEP is reviewed', path: ['timescales', 'pepFrequency', 'value'] },
  { id: 'review-on-placement-change', label: 'Review the PEP after a placement change', path: ['timescales', 'reviewOnPlacementChange', 'value'] },
  { id: 'min-targets', label: 'Fewest targets in a PEP', path: ['targets', 'minimumCount', 'value'] },
  { id: 'smart-pass', label: 'SMART score a target must reach', path: ['targets', 'smartPassScore', 'value'] },
  { id: 'sdq-concern', label: 'SDQ total difficulties of concern (at or above)', path: ['sdq', 'concernThreshold', 'totalDifficulties'] },
  { id: 'attendance-below', label: 'Attendance of concern (below this percentage)', path: ['attendance', 'concernBelowPercent', 'value'] },
];

type SchemaNode = { type?: unknown; enum?: unknown; minimum?: unknown; maximum?: unknown; properties?: Record<string, SchemaNode>; anyOf?: SchemaNode[] };

/** The schema node at `path`, looking through `anyOf` (nullable values). */
function nodeAt(schema: SchemaNode, path: readonly string[]): SchemaNode | null {
  let node: SchemaNode | undefined = schema;
  for (const key of path) {
    const holder: SchemaNode | undefined = node?.properties !== undefined ? node : node?.anyOf?.find((n) => n.properties !== undefined);
    node = holder?.properties?.[key];
    if (node === undefined) return null;
  }
  const concrete = node.type === undefined && node.enum === undefined ? node.anyOf?.find((n) => n.type !== 'null') : node;
  return concrete ?? null;
}

const kindOf = (node: SchemaNode): _FieldKind | null =>
  Array.isArray(node.enum) ? 'choice' : node.type === 'integer' ? 'integer' : node.type === 'number' ? 'number' : node.type === 'boolean' ? 'boolean' : node.type === 'string' ? 'text' : null;

/**
 * The builder's fields that the policy schema has, with kind, choices and bounds read from it.
 * @param schema - `policyJsonSchema()`.
 * @returns The fields, in form order.
 * @example
 * _policyFields(policyJsonSchema()).find((f) => f.id === 'min-targets')?.kind; // 'integer'
 */
export function _policyFields(schema: unknown): _PolicyField[] {
  const out: _PolicyField[] = [];
  for (const f of FIELDS) {
    const node = nodeAt(schema as SchemaNode, f.path);
    const kind = node === null ? null : kindOf(node);
    if (node === null || kind === null) continue;
    const options = Array.isArray(node.enum) ? node.enum.filter((v): v is string => typeof v === 'string') : [];
    const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
    out.push({ ...f, kind, options, minimum: num(node.minimum), maximum: num(node.maximum) });
  }
  return out;
}

/** The value at `path` of a policy (or of any object). */
const valueAt = (from: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), from);

/**
 * A field's value in a policy, as the form holds it: text for inputs, a boolean for a checkbox.
 * @param policy - The policy the form starts from.
 * @param field - The field.
 * @returns Its value; `''` when the policy has none.
 * @example
 * _fieldValue(policies.england, minTargetsField); // '2', a string for the text input
 */
export function _fieldValue(policy: unknown, field: _PolicyField): string | boolean {
  const v = valueAt(policy, field.path);
  if (field.kind === 'boolean') return v === true;
  return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
}

/** The form's entry read as the value the policy holds: numbers as numbers when they are written as numbers. */
function entryValue(field: _PolicyField, entry: string | boolean): unknown {
  if (field.kind === 'boolean') return entry === true;
  const text = String(entry).trim();
  if ((field.kind === 'integer' || field.kind === 'number') && /^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

/** Sets `value` at `path` in a plain object, creating objects on the way. */
function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = target;
  path.slice(0, -1).forEach((k) => {
    if (typeof o[k] !== 'object' || o[k] === null) o[k] = {};
    o = o[k] as Record<string, unknown>;
  });
  o[path[path.length - 1] as string] = value;
}

/** The builder's check: the policy result and each finding beside its field. */
export interface _PolicyFormCheck {
  readonly result: PolicyResult;
  /** The overrides on the starting preset that the entries make. */
  readonly overrides: Readonly<Record<string, unknown>>;
  /** Findings by field id. */
  readonly byField: ReadonlyMap<string, readonly Finding[]>;
  /** Findings about no field of the form. */
  readonly other: readonly Finding[];
}

const isPrefix = (a: readonly (string | number)[], b: readonly (string | number)[]): boolean => a.length <= b.length && a.every((k, i) => b[i] === k);

/** The field a finding is about: its path is inside the field's, or names the field's sourced object. */
function fieldFor(fields: readonly _PolicyField[], f: Finding): _PolicyField | undefined {
  const path = f.path ?? [];
  if (path.length === 0) return undefined;
  return fields.find((field) => isPrefix(field.path, path)) ?? fields.find((field) => field.path.length > 1 && isPrefix(path, field.path));
}

/**
 * Checks the builder's entries: every entry that differs from the starting policy becomes an
 * override (a sourced value gets `changesSource` as its source), and `definePolicy` checks the
 * overrides on the starting policy. Pure; never throws.
 * @param base - The policy the form started from (a preset or a loaded policy).
 * @param fields - From `_policyFields`.
 * @param entries - The form's entries by field id.
 * @param changesSource - The council document and section the changed values come from.
 * @returns The result, the overrides, and the findings by field.
 * @example
 * _checkPolicyForm(policies.halton, fields, new Map([['min-targets', '-1']]), 'Halton PEP Policy 2024, §4').byField.get('min-targets');
 * // [{ code: 'POLICY-RANGE', … }]
 */
export function _checkPolicyForm(base: Policy, fields: readonly _PolicyField[], entries: ReadonlyMap<string, string | boolean>, changesSource: string): _PolicyFormCheck {
  const overrides: Record<string, unknown> = {};
  for (const field of fields) {
    const entry = entries.get(field.id);
    if (entry === undefined || entry === _fieldValue(base, field)) continue;
    setAt(overrides, field.path, entryValue(field, entry));
    if (field.path.length > 1 && changesSource.trim() !== '') setAt(overrides, [...field.path.slice(0, -1), 'source'], changesSource.trim());
  }
  const result = definePolicy(overrides, base);
  const byField = new Map<string, Finding[]>();
  const other: Finding[] = [];
  for (const f of result.ok ? [] : result.findings) {
    const field = fieldFor(fields, f);
    if (field === undefined) other.push(f);
    else byField.set(field.id, [...(byField.get(field.id) ?? []), f]);
  }
  return { result, overrides, byField, other };
}
