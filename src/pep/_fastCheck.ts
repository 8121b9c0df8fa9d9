import type * as z from 'zod/mini';
import { config as zodConfig } from 'zod/mini';
import { PepSchema, _ISO_DATE } from './schema';

/*
 * The fast path of parsePep: a structural check compiled once, at first use, from the zod definition of
 * PepSchema itself (its shape, enums, literals, lengths, bounds and regular expressions), so there is
 * one source of truth. It answers only "would zod accept this, and give back the same data?"; it copies
 * nothing and allocates nothing. `false` is always safe: parsePep then runs zod, which explains the
 * mistakes. A node or check this compiler does not know compiles to `false` (the document goes to zod).
 *
 * "The same data" is why an object must be plain (prototype Object.prototype, no own `__proto__` key, which
 * zod drops) and an array a real Array: zod copies every object and array, so for anything else its
 * copy would differ from the input. Key order is the one difference: zod's copy lists the schema's keys
 * first; the input keeps its own order.
 */

/** A compiled check: `true` when zod would accept the value unchanged. */
type Check = (value: unknown) => boolean;

/** What the compiler reads of a zod node's definition (zod/mini keeps it on `_zod.def`). */
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Record<string, Node>;
  readonly catchall?: Node;
  readonly innerType?: Node;
  readonly element?: Node;
  readonly options?: readonly Node[];
  readonly entries?: Record<string, string | number>;
  readonly values?: readonly unknown[];
  readonly coerce?: boolean;
  readonly check?: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: (value: unknown) => boolean;
}
interface CheckDef {
  readonly check: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly length?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  /** A custom string format's test (`z.stringFormat(name, fn or regex)`). */
  readonly fn?: (value: unknown) => boolean;
}
type Node = { readonly _zod: { readonly def: Def } };

const NEVER: Check = () => false;
const ANYTHING: Check = () => true;
const hasOwn = Object.prototype.hasOwnProperty;
const OBJECT_PROTO = Object.prototype;
const ARRAY_PROTO = Array.prototype;

/**
 * What `_ISO_DATE.test(s)` answers, without the regular expression: 'YYYY-MM-DD' in ASCII digits, year
 * 0001-9999, month 01-12, a day the month has (29 February in Gregorian leap years only). A test
 * compares the two on every year, month and day and on fuzzed strings.
 * @internal
 */
export function _isoDateText(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return false;
    year = year * 10 + c;
  }
  const m1 = s.charCodeAt(5) - 48;
  const m2 = s.charCodeAt(6) - 48;
  const d1 = s.charCodeAt(8) - 48;
  const d2 = s.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return false;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year === 0 || month < 1 || month > 12 || day < 1) return false;
  if (month === 2) return day <= (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28);
  return day <= (month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31);
}

/** A pattern's test: the date pattern by hand (it is on every date of a PEP), any other by its regular expression. */
function patternTest(pattern: RegExp): ((s: string) => boolean) | null {
  return pattern === _ISO_DATE ? _isoDateText : null;
}

/** One length, bound or pattern check (zod's `checks` entries, or a format node's own check). */
function refinement(def: CheckDef): Check {
  const { minimum, maximum, length, value, pattern, fn } = def;
  switch (def.check) {
    case 'meta':
    case 'describe':
      // Annotations for the JSON Schema: zod's check is a no-op.
      return ANYTHING;
    case 'min_length':
      return (v) => (v as { length: number }).length >= (minimum as number);
    case 'max_length':
      return (v) => (v as { length: number }).length <= (maximum as number);
    case 'length_equals':
      return (v) => (v as { length: number }).length === length;
    case 'greater_than':
      return def.inclusive === true ? (v) => (v as number) >= (value as number) : (v) => (v as number) > (value as number);
    case 'less_than':
      return def.inclusive === true ? (v) => (v as number) <= (value as number) : (v) => (v as number) < (value as number);
    case 'number_format':
      return def.format === 'safeint' ? (v) => Number.isSafeInteger(v) : NEVER;
    case 'string_format':
      // A custom format runs its own test; otherwise zod resets lastIndex and tests the pattern (a named
      // format such as `date` carries its own).
      // zod's `fn` for a pattern format is `(v) => pattern.test(v)`: the date pattern is answered by hand.
      if (pattern instanceof RegExp && patternTest(pattern) !== null) return patternTest(pattern) as Check;
      if (typeof fn === 'function') return (v) => fn(v);
      return pattern instanceof RegExp
        ? (v) => {
            pattern.lastIndex = 0;
            return pattern.test(v as string);
          }
        : NEVER;
    default:
      return NEVER;
  }
}

/** A type test followed by the node's own format check and its `checks`, all of which must pass. */
function refined(isType: Check, def: Def): Check {
  const parts: Check[] = [];
  if (def.check !== undefined) parts.push(refinement(def as unknown as CheckDef));
  for (const c of def.checks ?? []) parts.push(refinement(c._zod.def));
  if (parts.length === 0) return isType;
  // Small fixed shapes without a loop (most fields have one or two checks).
  const [first, second] = parts as [Check, Check | undefined];
  if (parts.length === 1) return (v) => isType(v) && first(v);
  if (parts.length === 2) return (v) => isType(v) && first(v) && (second as Check)(v);
  const n = parts.length;
  return (v) => {
    if (!isType(v)) return false;
    for (let i = 0; i < n; i++) if (!(parts[i] as Check)(v)) return false;
    return true;
  };
}

/** Whether `new Function` may run here (not under a strict Content Security Policy or on an edge runtime that forbids it). */
let evalAllowed: boolean | undefined;
function canEval(): boolean {
  if (evalAllowed === undefined) {
    try {
      evalAllowed = new Function('return true')() === true;
    } catch {
      evalAllowed = false;
    }
  }
  return evalAllowed;
}

/** Whether a value is an object zod would copy into an equal one: a plain object, no own `__proto__` key. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === OBJECT_PROTO && !hasOwn.call(v, '__proto__');
}

/**
 * The object check with each key read by name: generated source (`o["meeting"]`, one inline cache per
 * key, as zod's own JIT and ajv do) where `new Function` is allowed, else a loop over the keys.
 */
function readKeys(keys: readonly string[], checks: readonly Check[], jitless: boolean): Check {
  if (!jitless && canEval()) {
    const body = keys.map((k, i) => `c[${i}](o[${JSON.stringify(k)}])`).join(' && ');
    const make = new Function('c', 'isPlainObject', `return function (o) { return isPlainObject(o) && ${body || 'true'}; };`);
    return make(checks, isPlainObject) as Check;
  }
  const n = keys.length;
  return (v) => {
    if (!isPlainObject(v)) return false;
    for (let i = 0; i < n; i++) if (!(checks[i] as Check)(v[keys[i] as string])) return false;
    return true;
  };
}

/** A loose object: every shape key checked on `o[key]` as zod reads it; unknown keys pass untouched. */
function objectCheck(def: Def, jitless: boolean): Check {
  const catchall = def.catchall?._zod.def.type;
  // A strict or stripping object would copy differently from its input: leave it to zod.
  if (catchall !== 'unknown' && catchall !== 'any') return NEVER;
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return NEVER;
  return readKeys(
    keys,
    keys.map((k) => compile(shape[k] as Node, jitless)),
    jitless,
  );
}

/** An array whose every element passes, with the array's own length checks. */
function arrayCheck(def: Def, jitless: boolean): Check {
  const element = compile(def.element as Node, jitless);
  const isArray: Check = (v) => {
    if (!Array.isArray(v) || Object.getPrototypeOf(v) !== ARRAY_PROTO) return false;
    // Indexed reads, as zod's: a hole reads as undefined.
    for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
    return true;
  };
  return refined(isArray, def);
}

/** A string with only length bounds (most text fields): one closure, no per-check calls. */
function lengthOnly(def: Def): Check | undefined {
  if (def.check !== undefined) return undefined;
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') min = Math.max(min, d.minimum as number);
    else if (d.check === 'max_length') max = Math.min(max, d.maximum as number);
    else if (d.check !== 'meta' && d.check !== 'describe') return undefined;
  }
  return (v) => typeof v === 'string' && v.length >= min && v.length <= max;
}

/** A union: one set lookup when every option is a literal, an enum or null (SDQ items), else any option. */
function unionCheck(options: readonly Node[], jitless: boolean): Check {
  const values: unknown[] = [];
  for (const o of options) {
    const d = o._zod.def;
    if (d.type === 'literal') values.push(...(d.values ?? []));
    else if (d.type === 'enum') values.push(...Object.values(d.entries ?? {}));
    else if (d.type === 'null') values.push(null);
    else {
      const checks = options.map((o) => compile(o, jitless));
      return (v) => checks.some((c) => c(v));
    }
  }
  return oneOf(values);
}

/** Sets of accepted values, compared as zod compares them (SameValueZero). */
function oneOf(values: readonly unknown[]): Check {
  const set = new Set(values);
  return (v) => set.has(v);
}

/**
 * Compiles a zod/mini node to a check.
 * @param node - A zod schema.
 * @param jitless - Never generate source (the loop over keys only).
 * @returns The check.
 */
function compile(node: Node, jitless: boolean): Check {
  const def = node._zod.def;
  if (def.coerce === true) return NEVER;
  switch (def.type) {
    case 'object':
      return objectCheck(def, jitless);
    case 'array':
      return arrayCheck(def, jitless);
    case 'optional': {
      const inner = compile(def.innerType as Node, jitless);
      return (v) => v === undefined || inner(v);
    }
    case 'union':
      return unionCheck(def.options ?? [], jitless);
    case 'string':
      return lengthOnly(def) ?? refined((v) => typeof v === 'string', def);
    case 'number':
      return refined((v) => typeof v === 'number' && Number.isFinite(v), def);
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'null':
      return (v) => v === null;
    case 'enum':
      return oneOf(Object.values(def.entries ?? {}));
    case 'literal':
      return oneOf(def.values ?? []);
    case 'unknown':
    case 'any':
      return ANYTHING;
    default:
      return NEVER;
  }
}

/*
 * Generated source (where `new Function` may run): the whole check as one function, the same tests as the
 * closures above in the same order, each field read once into a local (`const v3 = v2["meeting"]`), so a
 * document is checked without a call per field. Regular expressions, format tests and value sets are
 * passed in `r`; numbers and lengths are written in. A node this generator does not know fails the
 * check (`return false`), as `compile` does.
 */
interface Gen {
  readonly refs: unknown[];
  n: number;
}

/** A value the generated code reads from `r`. */
function ref(g: Gen, value: unknown): string {
  g.refs.push(value);
  return `r[${g.refs.length - 1}]`;
}

/** A number written into the source when it reads back the same (a finite number), else from `r`. */
function num(g: Gen, x: unknown): string {
  return typeof x === 'number' && Number.isFinite(x) && !Object.is(x, -0) ? String(x) : ref(g, x);
}

const FAIL = 'return false;';

/** Statements that return false unless `v` passes one length, bound or pattern check (as `refinement`). */
function emitRefinement(g: Gen, def: CheckDef, v: string): string {
  const { minimum, maximum, length, value, pattern, fn } = def;
  switch (def.check) {
    case 'meta':
    case 'describe':
      return '';
    case 'min_length':
      return `if (!(${v}.length >= ${num(g, minimum)})) return false;`;
    case 'max_length':
      return `if (!(${v}.length <= ${num(g, maximum)})) return false;`;
    case 'length_equals':
      return `if (${v}.length !== ${num(g, length)}) return false;`;
    case 'greater_than':
      return `if (!(${v} ${def.inclusive === true ? '>=' : '>'} ${num(g, value)})) return false;`;
    case 'less_than':
      return `if (!(${v} ${def.inclusive === true ? '<=' : '<'} ${num(g, value)})) return false;`;
    case 'number_format':
      return def.format === 'safeint' ? `if (!Number.isSafeInteger(${v})) return false;` : FAIL;
    case 'string_format': {
      // zod's `fn` for a pattern format is `(v) => pattern.test(v)`: the date pattern is answered by hand.
      const byHand = pattern instanceof RegExp ? patternTest(pattern) : null;
      if (byHand !== null) return `if (!${ref(g, byHand)}(${v})) return false;`;
      if (typeof fn === 'function') return `if (!${ref(g, fn)}(${v})) return false;`;
      if (!(pattern instanceof RegExp)) return FAIL;
      const p = ref(g, pattern);
      return `${p}.lastIndex = 0; if (!${p}.test(${v})) return false;`;
    }
    default:
      return FAIL;
  }
}

/** The type test's statement, `inner` (an array's elements), then the node's own format check and its `checks` (as `refined`). */
function emitRefined(g: Gen, typeTest: string, def: Def, v: string, inner = ''): string {
  let out = `if (!(${typeTest})) return false;${inner}`;
  if (def.check !== undefined) out += emitRefinement(g, def as unknown as CheckDef, v);
  for (const c of def.checks ?? []) out += emitRefinement(g, c._zod.def, v);
  return out;
}

/** A value among a few literals: `===` for strings, finite numbers, booleans and null (SameValueZero agrees there), else a set. */
function emitOneOf(g: Gen, values: readonly unknown[], v: string): string {
  const simple = values.every((x) => typeof x === 'string' || typeof x === 'boolean' || x === null || (typeof x === 'number' && Number.isFinite(x)));
  if (!simple || values.length === 0 || values.length > 8) return `if (!${ref(g, new Set(values))}.has(${v})) return false;`;
  return `if (!(${values.map((x) => `${v} === ${typeof x === 'number' ? num(g, x) : JSON.stringify(x)}`).join(' || ')})) return false;`;
}

/** A union: the values of literal, enum and null options, else any option's compiled check. */
function emitUnion(g: Gen, node: Node, v: string): string {
  const values: unknown[] = [];
  for (const o of node._zod.def.options ?? []) {
    const d = o._zod.def;
    if (d.type === 'literal') values.push(...(d.values ?? []));
    else if (d.type === 'enum') values.push(...Object.values(d.entries ?? {}));
    else if (d.type === 'null') values.push(null);
    else return `if (!${ref(g, compile(node, false))}(${v})) return false;`;
  }
  return emitOneOf(g, values, v);
}

/** A loose object: plain, then each shape key read once into a local and checked. */
function emitObject(g: Gen, def: Def, v: string): string {
  const catchall = def.catchall?._zod.def.type;
  if (catchall !== 'unknown' && catchall !== 'any') return FAIL;
  const shape = def.shape ?? {};
  const keys = Object.keys(shape);
  if (keys.includes('__proto__')) return FAIL;
  let out = `if (!isPlainObject(${v})) return false;`;
  for (const k of keys) {
    const field = `v${g.n++}`;
    out += `{const ${field} = ${v}[${JSON.stringify(k)}];${emit(g, shape[k] as Node, field)}}`;
  }
  return out;
}

/** A real array, each element checked in a loop, then the array's own length checks. */
function emitArray(g: Gen, def: Def, v: string): string {
  const i = `i${g.n}`;
  const e = `v${g.n++}`;
  const each = `for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {const ${e} = ${v}[${i}];${emit(g, def.element as Node, e)}}`;
  return emitRefined(g, `Array.isArray(${v}) && Object.getPrototypeOf(${v}) === AP`, def, v, each);
}

/** Statements that return false unless the local `v` passes `node` (the generated form of `compile`). */
function emit(g: Gen, node: Node, v: string): string {
  const def = node._zod.def;
  if (def.coerce === true) return FAIL;
  switch (def.type) {
    case 'object':
      return emitObject(g, def, v);
    case 'array':
      return emitArray(g, def, v);
    case 'optional':
      return `if (${v} !== undefined) {${emit(g, def.innerType as Node, v)}}`;
    case 'union':
      return emitUnion(g, node, v);
    case 'string':
      return emitRefined(g, `typeof ${v} === "string"`, def, v);
    case 'number':
      return emitRefined(g, `typeof ${v} === "number" && Number.isFinite(${v})`, def, v);
    case 'boolean':
      return `if (typeof ${v} !== "boolean") return false;`;
    case 'null':
      return `if (${v} !== null) return false;`;
    case 'enum':
      return emitOneOf(g, Object.values(def.entries ?? {}), v);
    case 'literal':
      return emitOneOf(g, def.values ?? [], v);
    case 'unknown':
    case 'any':
      return '';
    default:
      return FAIL;
  }
}

/** The check as one generated function (callers make sure `new Function` may run). */
function generate(node: Node): Check {
  const g: Gen = { refs: [], n: 1 };
  const body = emit(g, node, 'v0');
  const make = new Function('r', 'isPlainObject', 'AP', `return function fastCheck(v0) {${body}return true;};`);
  return make(g.refs, isPlainObject, ARRAY_PROTO) as Check;
}

/** The generated check where `new Function` may run, else the closures. */
function compileRoot(node: Node, jitless: boolean): Check {
  return !jitless && canEval() ? generate(node) : compile(node, jitless);
}

/**
 * Compiles a structural check from a zod/mini schema (exported for tests, which compile small schemas
 * and the PEP schema and compare with zod).
 * @param schema - A zod/mini schema.
 * @param options - `jitless: true` never generates source (what runs where `new Function` is forbidden).
 * @returns `true` for a value zod would accept and return as equal data.
 * @internal
 */
export function _compileFastCheck(schema: z.ZodMiniType, options?: { readonly jitless?: boolean }): (value: unknown) => boolean {
  return compileRoot(schema as unknown as Node, options?.jitless === true);
}

let pepCheck: Check | undefined;

/**
 * Whether zod would accept this PEP and return data equal to it (the fast path of parsePep). Never
 * throws: a value whose reading throws (a getter, a proxy) answers `false` and goes to zod.
 * @param value - Anything.
 * @returns `true` when the value can be returned as the parsed PEP without running zod.
 * @internal
 */
export function _fastCheckPep(value: unknown): boolean {
  // A host that set zod's `jitless` (a page whose Content-Security-Policy forbids eval) gets no `new Function` probe either.
  pepCheck ??= compileRoot(PepSchema as unknown as Node, zodConfig().jitless === true);
  try {
    return pepCheck(value);
  } catch {
    return false;
  }
}
