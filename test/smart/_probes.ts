import { readFileSync } from 'node:fs';

/**
 * A regression set written from the labelling guide (test/fixtures/smart/probes-<name>.json: invented targets, each
 * labelled from the guide's rows before the analyser ran; SOURCES.md, "probes-*.json"), for the test named after the
 * rows it probes. Each test declares the labels it reads as `T`.
 * @param name - The set's name, the branch that wrote it ('sp1', 'ms3', 'dl41' …).
 * @returns The probes in file order.
 * @example
 * const probes = readProbes<{ id: string; text: string; specific: boolean; unsure?: boolean }>('sp1');
 */
export function readProbes<T extends { readonly id: string; readonly text: string }>(name: string): T[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/smart/probes-${name}.json`, import.meta.url), 'utf8')) as T[];
}
