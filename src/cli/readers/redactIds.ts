/**
 * `--redact-ids <salt>`: every PEP `id` and child `id` is replaced, as records are read, by a salted
 * hash, so that every output (every format, the report's HTML, JSON and CSV) can leave the council
 * without them. The hash is HMAC-SHA-256 keyed with the salt, the first 16 hex digits, prefixed `h-`
 * (`h-3f9a2c51d07e4b86`): the same id and salt always give the same hash (so repeated PEP ids and a
 * child's PEPs are still matched), and without the salt the ids cannot be tried one by one. The salt
 * comes from the user, never from the environment: on the command line, or `@file` for the first line
 * of a file (keep it out of shell history). It must be at least 8 characters.
 */
import { createHmac } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { _RawRecord } from './recordBytes';

/** Hex digits of the hash kept in a redacted id. */
export const _REDACTED_HEX_DIGITS = 16;
const MIN_SALT = 8;
const MAX_SALT_FILE_BYTES = 4096;

/** Replaces one id. */
export type _Redact = (id: string) => string;

/**
 * The redaction of `--redact-ids`, or none.
 * @param arg - The option's value: the salt, or `@path` to read it from a file; `undefined` for none.
 * @param cwd - Where a relative `@path` is found.
 * @returns The id replacer (`null` without the option), or a usage message.
 * @example
 * const r = await _redactor('council-salt-2025', '/');
 * r.ok && r.redact !== null && r.redact('pep-1').startsWith('h-'); // true
 */
export async function _redactor(arg: string | undefined, cwd: string): Promise<{ ok: true; redact: _Redact | null } | { ok: false; message: string }> {
  if (arg === undefined) return { ok: true, redact: null };
  let salt = arg;
  if (arg.startsWith('@')) {
    try {
      const text = await readFile(resolve(cwd, arg.slice(1)), 'utf8');
      if (text.length > MAX_SALT_FILE_BYTES) return { ok: false, message: `--redact-ids @file: the salt file is larger than ${MAX_SALT_FILE_BYTES} bytes` };
      salt = (text.split(/\r?\n/)[0] ?? '').trim();
    } catch (error) {
      return { ok: false, message: `--redact-ids @file: the salt file cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})` };
    }
  }
  if (salt.length < MIN_SALT) return { ok: false, message: `--redact-ids needs a salt of at least ${MIN_SALT} characters (or @file)` };
  return { ok: true, redact: (id) => `h-${createHmac('sha256', salt).update(id, 'utf8').digest('hex').slice(0, _REDACTED_HEX_DIGITS)}` };
}

/**
 * The record with its PEP `id` and `child.id` redacted (copies; the input is not changed). Ids that
 * are not strings are left as they are (the checks report them).
 * @param raw - A record as read.
 * @param redact - The replacer.
 * @returns The record to hand on.
 * @example
 * _redactRecord({ ok: true, line: 1, offset: 0, value: { id: 'p', child: { id: 'c' } } }, (s) => `#${s}`);
 * // value: { id: '#p', child: { id: '#c' } }
 */
export function _redactRecord(raw: _RawRecord, redact: _Redact): _RawRecord {
  if (!raw.ok || typeof raw.value !== 'object' || raw.value === null || Array.isArray(raw.value)) return raw;
  const value: Record<string, unknown> = { ...(raw.value as Record<string, unknown>) };
  if (typeof value['id'] === 'string') value['id'] = redact(value['id']);
  const child = value['child'];
  if (typeof child === 'object' && child !== null && !Array.isArray(child) && typeof (child as Record<string, unknown>)['id'] === 'string') {
    value['child'] = { ...(child as Record<string, unknown>), id: redact((child as Record<string, string>)['id'] as string) };
  }
  return { ...raw, value };
}
