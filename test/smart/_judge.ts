/**
 * The SMART judgements of a target at one meeting, for tests that compare them with the labelling guide
 * (docs/smart.md, "Labelling guide"): the whole result, Specific and Measurable alone, or both (and Time-bound) at once.
 * Every helper reads the text at a meeting on 15 January 2025 (Spring 1 of 2024/25).
 */
import { checkSmartTarget } from '../../src/smart/index';

/**
 * The meeting every helper here judges at: 15 January 2025.
 * @example
 * checkSmartTarget('Read 3 books by Easter.', MEETING).deadline; // { kind: 'date', date: '2025-04-20' }
 */
export const MEETING = { meetingDate: '2025-01-15' };

/**
 * The whole judgement of `text` at a meeting on 15 January 2025, as the analyser returns it.
 * @param text - The target.
 * @returns `checkSmartTarget(text, MEETING)`.
 * @example
 * judge('Read 3 books by Easter.').timeBound.met; // true
 */
export const judge = (text: string): ReturnType<typeof checkSmartTarget> => checkSmartTarget(text, MEETING);

/**
 * Whether `text` is specific at a meeting on 15 January 2025.
 * @param text - The target.
 * @returns `specific.met` (null when the text is judged not to be a target).
 * @example
 * specific('Sam will read 3 books by Easter.'); // true
 */
export const specific = (text: string): boolean | null => checkSmartTarget(text, MEETING).specific.met;

/**
 * Whether `text` is measurable at a meeting on 15 January 2025.
 * @param text - The target.
 * @returns `measurable.met` (null when the text is judged not to be a target).
 * @example
 * measurable('Sam will read 3 books by Easter.'); // true
 */
export const measurable = (text: string): boolean | null => checkSmartTarget(text, MEETING).measurable.met;

/**
 * Specific and Measurable of `text` at a meeting on 15 January 2025, as a pair.
 * @param text - The target.
 * @returns `[specific.met, measurable.met]`.
 * @example
 * sm('Sam will read 3 books by Easter.'); // [true, true]
 */
export const sm = (text: string): [boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met];
};

/**
 * Specific, Measurable and Time-bound of `text` at a meeting on 15 January 2025, as a triple.
 * @param text - The target.
 * @returns `[specific.met, measurable.met, timeBound.met]`.
 * @example
 * smt('Sam will read 3 books by Easter.'); // [true, true, true]
 */
export const smt = (text: string): [boolean | null, boolean | null, boolean | null] => {
  const r = checkSmartTarget(text, MEETING);
  return [r.specific.met, r.measurable.met, r.timeBound.met];
};

/**
 * The Specific judgement of `text` at a meeting on 15 January 2025, with its reasons.
 * @param text - The target.
 * @returns Its `specific` criterion.
 * @example
 * specificOf('Improve his behaviour.').met; // false
 */
export const specificOf = (text: string): ReturnType<typeof checkSmartTarget>['specific'] => checkSmartTarget(text, MEETING).specific;

/**
 * The Measurable judgement of `text` at a meeting on 15 January 2025, with its reasons.
 * @param text - The target.
 * @returns Its `measurable` criterion.
 * @example
 * measurableOf('Improve his behaviour.').met; // false
 */
export const measurableOf = (text: string): ReturnType<typeof checkSmartTarget>['measurable'] => checkSmartTarget(text, MEETING).measurable;
