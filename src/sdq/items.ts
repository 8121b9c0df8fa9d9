import type { SdqScale } from './types';

/** One SDQ item: its position, official short name (never the wording, which is copyright), scale and scoring direction. */
export interface SdqItem {
  /** Position on the form, 1–25. */
  readonly position: number;
  /** Short name from the official scoring syntax (sdqinfo.org), without the p/t/s prefix. */
  readonly name: string;
  /** Short name on the 2–4 year versions when it differs (items 18 and 22). */
  readonly name2to4?: string;
  readonly scale: SdqScale;
  /** Reverse-scored: score = 2 − tick. */
  readonly reversed: boolean;
}

const item = (position: number, name: string, scale: SdqScale, reversed = false, name2to4?: string): SdqItem =>
  Object.freeze(name2to4 === undefined ? { position, name, scale, reversed } : { position, name, name2to4, scale, reversed });

/**
 * The 25 SDQ items in questionnaire order, by official short name (sdqinfo.org scoring syntax
 * [S1]; (SDQ scoring documents, sdqinfo.org). Reverse-scored: obeys, friend, popular, reflect, attends. The 2–4
 * versions replace item 18 (`lies` → `argues`) and item 22 (`steals` → `spite`) and score
 * them the same way [S3].
 * @example
 * import { SDQ_ITEMS } from 'pep-rules/sdq';
 * SDQ_ITEMS.filter((i) => i.reversed).map((i) => i.name);
 * //=> ['obeys', 'friend', 'popular', 'reflect', 'attends']
 */
export const SDQ_ITEMS: readonly SdqItem[] = Object.freeze([
  item(1, 'consid', 'prosocial'),
  item(2, 'restles', 'hyperactivity'),
  item(3, 'somatic', 'emotional'),
  item(4, 'shares', 'prosocial'),
  item(5, 'tantrum', 'conduct'),
  item(6, 'loner', 'peer'),
  item(7, 'obeys', 'conduct', true),
  item(8, 'worries', 'emotional'),
  item(9, 'caring', 'prosocial'),
  item(10, 'fidgety', 'hyperactivity'),
  item(11, 'friend', 'peer', true),
  item(12, 'fights', 'conduct'),
  item(13, 'unhappy', 'emotional'),
  item(14, 'popular', 'peer', true),
  item(15, 'distrac', 'hyperactivity'),
  item(16, 'clingy', 'emotional'),
  item(17, 'kind', 'prosocial'),
  item(18, 'lies', 'conduct', false, 'argues'),
  item(19, 'bullied', 'peer'),
  item(20, 'helpout', 'prosocial'),
  item(21, 'reflect', 'hyperactivity', true),
  item(22, 'steals', 'conduct', false, 'spite'),
  item(23, 'oldbest', 'peer'),
  item(24, 'afraid', 'emotional'),
  item(25, 'attends', 'hyperactivity', true),
]);
