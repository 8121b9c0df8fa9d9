import { isIsoDate, type IsoDate } from '../core/isoDate';
import type { RateEvidence } from './ppPlusRates';

/** The early years pupil premium hourly rate for a period. */
export interface EyppRate {
  /** The financial year the period sits in, `'2024-25'`. */
  readonly financialYear: string;
  /** First day the rate applies. */
  readonly from: IsoDate;
  /** Last day the rate applies. */
  readonly to: IsoDate;
  /** Pence per hour of funded early education taken; `null` when not confirmed. */
  readonly pencePerHour: number | null;
  readonly evidence: RateEvidence;
  readonly source: string;
}

/**
 * The EYPP is paid per hour taken, up to the universal 570 hours a year (15 hours × 38 weeks)
 * (DfE guidance and conditions of grant).
 * @example
 * import { EYPP_MAX_HOURS_PER_YEAR } from 'pep-rules/funding';
 * EYPP_MAX_HOURS_PER_YEAR;
 * //=> 570
 */
export const EYPP_MAX_HOURS_PER_YEAR = 570;

const rate = (financialYear: string, from: IsoDate, to: IsoDate, pencePerHour: number | null, evidence: RateEvidence, source: string): EyppRate =>
  Object.freeze({ financialYear, from, to, pencePerHour, evidence, source });

const NORFOLK = 'Norfolk CC MI sheets 2020/21 and 2021/22; council pages (53p an hour since April 2015)';

/**
 * EYPP hourly rates by period (DfE guidance and conditions of grant), oldest first. 2023-24 has two rates
 * (62p April–August, 66p September–March); 2026-27 is £1.15 an hour (a council's copy of the DfE figure,
 * published 25 February 2026). 2022-23 is not confirmed: `null`, never a neighbouring year's rate carried over.
 * @example
 * import { EYPP_RATES } from 'pep-rules/funding';
 * EYPP_RATES.filter((r) => r.financialYear === '2023-24').map((r) => r.pencePerHour);
 * //=> [62, 66]
 */
export const EYPP_RATES: readonly EyppRate[] = Object.freeze([
  rate('2015-16', '2015-04-01', '2016-03-31', 53, 'secondary', NORFOLK),
  rate('2016-17', '2016-04-01', '2017-03-31', 53, 'secondary', NORFOLK),
  rate('2017-18', '2017-04-01', '2018-03-31', 53, 'secondary', NORFOLK),
  rate('2018-19', '2018-04-01', '2019-03-31', 53, 'secondary', NORFOLK),
  rate('2019-20', '2019-04-01', '2020-03-31', 53, 'secondary', NORFOLK),
  rate('2020-21', '2020-04-01', '2021-03-31', 53, 'secondary', NORFOLK),
  rate('2021-22', '2021-04-01', '2022-03-31', 53, 'secondary', NORFOLK),
  rate('2022-23', '2022-04-01', '2023-03-31', null, 'not-confirmed', 'Not confirmed: no DfE publication of this year\'s rate was found'),
  rate('2023-24', '2023-04-01', '2023-08-31', 62, 'secondary', 'Trafford Council; DfE early years supplementary grant 2023-24 methodology (uplift from September 2023)'),
  rate('2023-24', '2023-09-01', '2024-03-31', 66, 'secondary', 'Trafford Council; DfE early years supplementary grant 2023-24 methodology (uplift from September 2023)'),
  rate('2024-25', '2024-04-01', '2025-03-31', 68, 'secondary', 'Lincolnshire VS policy 2024-25; ministerial written answer, December 2024 (68p per hour in 2024/25)'),
  rate('2025-26', '2025-04-01', '2026-03-31', 100, 'primary', 'Written statement Early Years Funding 2025-26 and written answer, 10–11 December 2024 (Hansard): £1 per hour, up to £570 a year'),
  // One council's copy of the DfE figure (the DfE's own page and the written statement of 15 December 2025 were not
  // found with the figure): recorded as secondary evidence; replace the source when the DfE text is checked.
  rate(
    '2026-27',
    '2026-04-01',
    '2027-03-31',
    115,
    'secondary',
    'Gloucestershire County Council, Early Years and Childcare Service news, 25 February 2026 (funding rates for 2026/27: "The government has also increased … Early Years Pupil Premium – EYPP (if eligible) = £1.15 per hour"); DfE written statement Early Years Funding 2026-27, 15 December 2025 (rates published; the EYPP rises)',
  ),
]);

/**
 * The EYPP rate row that applies on a date. Dates outside the table, and bad input, give `null`;
 * a period whose rate is not confirmed gives its row with `pencePerHour: null`.
 * @param date - `'YYYY-MM-DD'`.
 * @returns The row, or `null`.
 * @example
 * import { eyppRateOn } from 'pep-rules/funding';
 * [eyppRateOn('2023-08-31')?.pencePerHour, eyppRateOn('2023-09-01')?.pencePerHour, eyppRateOn('2014-01-01')];
 * //=> [62, 66, null]
 */
export function eyppRateOn(date: unknown): EyppRate | null {
  if (!isIsoDate(date)) return null;
  return EYPP_RATES.find((r) => r.from <= date && date <= r.to) ?? null;
}
