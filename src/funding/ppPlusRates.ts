import { financialYearOf } from '../deadlines/financialYearOf';

/**
 * How well a rate is evidenced (DfE guidance and conditions of grant): `'primary'` — checked in the DfE or
 * legislation text; `'secondary'` — consistent council, school or press copies of the DfE text;
 * `'not-confirmed'` — no figure recorded, the amount is `null`.
 */
export type RateEvidence = 'primary' | 'secondary' | 'not-confirmed';

/** The national Pupil Premium Plus rate for one financial year. */
export interface PpPlusRate {
  /** `'2024-25'`: 1 April 2024 to 31 March 2025. */
  readonly financialYear: string;
  /** Per looked-after child, in pence; `null` when not confirmed. */
  readonly lacPence: number | null;
  /** Per previously looked-after child, in pence; `null` when there was no such premium or it is not confirmed. */
  readonly placPence: number | null;
  readonly evidence: RateEvidence;
  readonly source: string;
  /** Anything that changes how the row reads. */
  readonly note?: string;
}

const row = (
  financialYear: string,
  lacPence: number | null,
  placPence: number | null,
  evidence: RateEvidence,
  source: string,
  note?: string,
): PpPlusRate => Object.freeze(note === undefined ? { financialYear, lacPence, placPence, evidence, source } : { financialYear, lacPence, placPence, evidence, source, note });

/**
 * National PP+ rates by financial year (DfE guidance and conditions of grant), oldest first. The rate has been
 * the same for looked-after and previously looked-after children every year since 2014-15.
 * Rates are always keyed by financial year: there is no "current rate" constant, and 2026-27 is
 * `null` (not confirmed) rather than 2025-26 carried forward. A host that knows a newer rate
 * passes it in its own data.
 * @example
 * import { PP_PLUS_RATES } from 'pep-rules/funding';
 * PP_PLUS_RATES.map((r) => [r.financialYear, r.lacPence]).slice(-3);
 * //=> [['2024-25', 257000], ['2025-26', 263000], ['2026-27', null]]
 */
export const PP_PLUS_RATES: readonly PpPlusRate[] = Object.freeze([
  row('2013-14', 90_000, null, 'secondary', 'Hampshire Schools Forum report (July 2014); Worcestershire PP+ note 2014-15', 'Looked after for 6 months or more only; no premium for previously looked-after children.'),
  row('2014-15', 190_000, 190_000, 'primary', 'GOV.UK Pupil premium: funding and accountability for schools (2014-15 section)'),
  row('2015-16', 190_000, 190_000, 'secondary', 'Derbyshire VS PP+ policy; DfE FAQ pages as republished (2015)'),
  row('2016-17', 190_000, 190_000, 'secondary', 'Derbyshire VS PP+ policy 2017-18, citing conditions of grant 2016-17'),
  row('2017-18', 190_000, 190_000, 'secondary', 'Pupil premium conditions of grant 2017-18 (rates table as republished by schools)'),
  row('2018-19', 230_000, 230_000, 'secondary', 'Conditions of grant 2018-19 (quoted by Surrey VS; republished by schools)'),
  row('2019-20', 230_000, 230_000, 'primary', 'GOV.UK Pupil premium: conditions of grant 2019 to 2020, section 2'),
  row('2020-21', 234_500, 234_500, 'secondary', 'Norfolk CC MI sheet 139/20; conditions of grant 2020-21 (republished)'),
  row('2021-22', 234_500, 234_500, 'secondary', 'Conditions of grant for the financial year beginning 1 April 2021 (republished); Trafford VS'),
  row('2022-23', 241_000, 241_000, 'secondary', 'The Key (citing conditions of grant 2022-23); Devon VS PP+ policy 2022/23; DfE statement to Schools Week (December 2022)'),
  row('2023-24', 253_000, 253_000, 'secondary', 'DfE statement to Schools Week (December 2022: from £2,410 to £2,530); The Key (citing technical note 2023-24 s4)'),
  row('2024-25', 257_000, 257_000, 'secondary', 'Lincolnshire, West Berkshire and Sutton VS policies; Norfolk schools bulletin'),
  row('2025-26', 263_000, 263_000, 'secondary', 'GOV.UK Pupil premium: overview table as republished by schools; Lancashire VS policy 2025-26; Dudley VS'),
  // Searched in December 2026 for "pupil premium conditions of grant 2026 to 2027" and council virtual school PP+
  // policies for 2026-27: the stored copies stop at 2025-26 (GOV.UK conditions of grant 2025 to 2026, updated 27 March
  // 2025; Lancashire VS policy 2025-26, £2,630), so the 2026-27 figure stays unrecorded rather than guessed.
  // Searched again on 3 December 2026 (docs/funding.md, National rates, lists the seven searches): the newest copies
  // found are still the 2025-26 conditions of grant and the Lancashire and Dudley 2025-26 pages; no 2026-27 figure.
  row(
    '2026-27',
    null,
    null,
    'not-confirmed',
    'GOV.UK Pupil premium: conditions of grant for the 2026 to 2027 financial year (published spring 2026; no copy of its rates table was found, so the figure is not recorded in this library)',
    'Not confirmed: supply the rate from the DfE publication; never carry 2025-26 forward.',
  ),
]);

const LABEL = /^(\d{4})-(\d{2})$/;

/**
 * The national PP+ rate row for a financial year, given its label (`'2024-25'`) or any date in it
 * (`'2024-11-12'`). Unknown years and bad input give `null`; a year in the table whose rate is not
 * confirmed gives its row with `lacPence: null`.
 * @param financialYearOrDate - `'YYYY-YY'` or `'YYYY-MM-DD'`.
 * @returns The row, or `null`.
 * @example
 * import { ppPlusRateFor } from 'pep-rules/funding';
 * [ppPlusRateFor('2025-03-31')?.lacPence, ppPlusRateFor('2026-27')?.lacPence, ppPlusRateFor('1999-00')];
 * //=> [257000, null, null]
 */
export function ppPlusRateFor(financialYearOrDate: unknown): PpPlusRate | null {
  if (typeof financialYearOrDate !== 'string') return null;
  const label = LABEL.test(financialYearOrDate) ? financialYearOrDate : financialYearOf(financialYearOrDate)?.label;
  if (label === undefined) return null;
  // A loop, not `find` with a closure: the list is frozen, and this runs for every PEP with a PP+ request.
  for (let i = 0; i < PP_PLUS_RATES.length; i++) if (PP_PLUS_RATES[i]!.financialYear === label) return PP_PLUS_RATES[i]!;
  return null;
}
