import { REGIONS, type Region } from '../core/enums';
import { _readArray, _readBoolean, _readDate, _readEnum, _readInput, _readObject, _readString, type _ReadResult } from './_read';

/** One event of the GOV.UK feed as read. */
export interface _FeedEventData {
  readonly title: string;
  readonly date: string;
  readonly notes?: string | undefined;
  readonly bunting?: boolean | undefined;
}

/** One division of the GOV.UK feed as read (its `division` not yet compared with its key). */
export interface _FeedDivisionData {
  readonly division: Region;
  readonly events: readonly _FeedEventData[];
}

/** The GOV.UK feed as read: any of the three divisions, other keys dropped. */
export type _FeedData = { readonly [R in Region]?: _FeedDivisionData | undefined };

const readEvent = /* @__PURE__ */ _readObject<_FeedEventData>([
  ['title', /* @__PURE__ */ _readString(1)],
  ['date', _readDate],
  ['notes', /* @__PURE__ */ _readString(), 'optional'],
  ['bunting', _readBoolean, 'optional'],
]);

const readDivision = /* @__PURE__ */ _readObject<_FeedDivisionData>([
  ['division', /* @__PURE__ */ _readEnum(REGIONS)],
  ['events', /* @__PURE__ */ _readArray(readEvent)],
]);

const readFeed = /* @__PURE__ */ _readObject<_FeedData>([
  ['england-and-wales', readDivision, 'optional'],
  ['scotland', readDivision, 'optional'],
  ['northern-ireland', readDivision, 'optional'],
]);

/**
 * Reads the GOV.UK bank-holidays feed (already parsed from JSON): `{ 'england-and-wales'?, scotland?,
 * 'northern-ireland'? }`, each `{ division, events: [{ title (not empty), date, notes?, bunting? }] }`.
 * Findings are `DEADLINE-FEED-*`.
 */
export const _readGovUkFeed = (input: unknown, source: string): _ReadResult<_FeedData> => _readInput(readFeed, input, 'DEADLINE-FEED', source);
