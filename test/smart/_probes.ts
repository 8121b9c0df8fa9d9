import { expect, it } from 'vitest';
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

/** A probe labelled on Specific (the shape most probe tests read). */
export interface SpecificProbe {
  readonly id: string;
  readonly text: string;
  readonly specific: boolean;
  /** Set when the writer could not decide the label from the guide (left out of selections). */
  readonly unsure?: boolean;
}

/** A probe labelled on Measurable. */
export interface MeasurableProbe {
  readonly id: string;
  readonly text: string;
  readonly measurable: boolean;
  /** Set when the writer could not decide the label from the guide (left out of selections). */
  readonly unsure?: boolean;
}

/** A probe labelled on both Specific and Measurable. */
export type SpecificAndMeasurableProbe = SpecificProbe & MeasurableProbe;

/** A probe labelled with the guide's deadline label and time-bound (meeting Wednesday 15 January 2025), and the row it probes. */
export interface DeadlineProbe {
  readonly id: string;
  readonly text: string;
  readonly rule: string;
  readonly deadline: string;
  readonly timeBound: boolean;
}

/**
 * A regression set by id, for {@link assertSelection} and for looking probes up by id in a test.
 * @param name - The set's name, as for {@link readProbes}.
 * @returns The probes keyed by id, in file order.
 * @example
 * const probes = probesById<{ id: string; text: string; measurable: boolean }>('de');
 */
export function probesById<T extends { readonly id: string; readonly text: string }>(name: string): Map<string, T> {
  return new Map(readProbes<T>(name).map((p) => [p.id, p]));
}

/** A probe labelled on one criterion at least. */
interface Labelled {
  readonly id: string;
  readonly text: string;
  readonly specific?: boolean;
  readonly measurable?: boolean;
  readonly unsure?: boolean;
}

/**
 * The two tests a probe set's chosen selection gets (call inside a `describe`): the selection names probes that exist,
 * none unsure, at least 30 in all and at least `each` labelled either way on `criterion`; and each is judged as labelled.
 * @param probes - The set by id (from {@link readProbes}).
 * @param selected - The ids chosen.
 * @param criterion - The label asserted.
 * @param judge - The analyser's answer on that criterion for a text.
 * @param each - The fewest probes labelled true, and labelled false.
 * @example
 * describe('probes of sp2', () => assertSelection(probes, SELECTED, 'specific', specific));
 */
export function assertSelection<T extends Labelled>(probes: ReadonlyMap<string, T>, selected: readonly string[], criterion: 'specific' | 'measurable', judge: (text: string) => boolean | null, each = 10): void {
  it(`the selection has at least 30 probes, at least ${each} each way, none unsure`, () => {
    const chosen = selected.map((id) => probes.get(id));
    expect(chosen.every((p) => p !== undefined && p.unsure !== true)).toBe(true);
    expect(chosen.length).toBeGreaterThanOrEqual(30);
    expect(chosen.filter((p) => p?.[criterion] === true).length).toBeGreaterThanOrEqual(each);
    expect(chosen.filter((p) => p?.[criterion] === false).length).toBeGreaterThanOrEqual(each);
  });
  it.each(selected)(`%s: ${criterion} as labelled`, (id) => {
    const p = probes.get(id) as T;
    expect(judge(p.text), p.text).toBe(p[criterion]);
  });
}
