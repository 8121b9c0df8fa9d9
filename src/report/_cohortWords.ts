/*
 * Words of the cohort report page for a virtual school officer: dates as "3 March 2026", schedule
 * kinds and severities as capitalised labels, and the plain meaning of each finding code (from the
 * modules' typed catalogues). Deterministic: no locale APIs. Internal: not re-exported.
 */
import { CORE_CODES } from '../core/codes';
import type { CodeInfo } from '../core/finding';
import { DEADLINE_CODES } from '../deadlines/codes';
import { FUNDING_CODES } from '../funding/codes';
import { PEP_CODES } from '../pep/codes';
import { POLICY_CODES } from '../policy/codes';
import { RULE_CODES } from '../rules/codes';
import { SDQ_CODES } from '../sdq/codes';
import { SMART_CODES } from '../smart/codes';
import { REPORT_CODES } from './codes';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `'2026-03-03'` → `'3 March 2026'`; anything that is not a `YYYY-MM-DD` date is returned as it is. */
export function _longDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  if (m === null || month === undefined || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** What is due, as a label: the schedule's kinds and the PEP's own next meeting. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  'next-meeting': 'Next PEP meeting',
  'initial-pep': 'Initial PEP',
  'initial-pep-complete': 'Initial PEP completed',
  'first-care-review': 'First care review',
  'care-review': 'Care review',
  'termly-pep': 'Termly PEP',
  submission: 'PEP submission',
  distribution: 'PEP sent to participants',
  allocation: 'PEP allocated to the designated teacher',
  reminder: 'Reminder',
  'sdq-due': 'SDQ due',
  'placement-change-review': 'PEP review after a placement change',
  'ehcp-annual-review-pep': 'PEP with the EHCP annual review',
};

const ACRONYMS: Readonly<Record<string, string>> = { pep: 'PEP', sdq: 'SDQ', ehcp: 'EHCP', sen: 'SEN', pp: 'PP' };

/** A schedule kind as a capitalised label (`'termly-pep'` → `'Termly PEP'`); an unknown kind is spelt out the same way. */
export function _kindLabel(kind: string): string {
  const known = KIND_LABELS[kind];
  if (known !== undefined) return known;
  const words = kind.split('-').map((w) => ACRONYMS[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const SEVERITY_LABELS: Readonly<Record<string, string>> = { error: 'Error', warning: 'Warning', info: 'Info' };
/** `'error'` → `'Error'`. */
export const _severityLabel = (severity: string): string => SEVERITY_LABELS[severity] ?? severity;

/** `'three-band'` → `'three bands'`. */
export const _bandSchemeLabel = (scheme: string): string => (scheme === 'four-band' ? 'four bands' : scheme === 'three-band' ? 'three bands' : scheme);

const CATALOGUES: readonly Readonly<Record<string, CodeInfo>>[] = [
  CORE_CODES,
  POLICY_CODES,
  DEADLINE_CODES,
  SDQ_CODES,
  PEP_CODES,
  SMART_CODES,
  FUNDING_CODES,
  RULE_CODES,
  REPORT_CODES,
];

/** The plain meaning of a finding code from the typed catalogues, or `''` for a code none lists. */
export function _meaningOf(code: string): string {
  for (const catalogue of CATALOGUES) {
    if (Object.hasOwn(catalogue, code)) return catalogue[code]?.meaning ?? '';
  }
  return '';
}
