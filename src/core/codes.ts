import type { CodeInfo } from './finding';

/**
 * The finding codes of the core module (money amounts given in pounds), with severity, meaning and
 * source. `docs/codes.md` is generated from this and the other modules' catalogues (`npm run codes`).
 * @example
 * import { CORE_CODES } from 'pep-rules';
 * CORE_CODES['MONEY-TOO-MANY-DECIMALS'].severity;
 * //=> 'error'
 */
export const CORE_CODES = {
  'FINDINGS-LIMIT-REACHED': {
    severity: 'info',
    meaning: 'The result reached its limit of findings (maxFindings, 500 unless set): the rest, all of the same or lower severity, were left out and are counted in this finding.',
    source: 'pep-rules',
  },
  'MONEY-NEGATIVE': {
    severity: 'error',
    meaning: 'An amount of money is below zero where only a payment or a request can be given.',
    source: 'pep-rules',
  },
  'MONEY-NOT-A-NUMBER': {
    severity: 'error',
    meaning: 'An amount of money is not a number of pounds (for example text or an empty field).',
    source: 'pep-rules',
  },
  'MONEY-NOT-FINITE': {
    severity: 'error',
    meaning: 'An amount of money is not a finite number (infinity or not-a-number came from the exporting system).',
    source: 'pep-rules',
  },
  'MONEY-TOO-LARGE': {
    severity: 'error',
    meaning: 'An amount of money is above £10,000,000, far beyond any PP+ payment; it is treated as a data error.',
    source: 'pep-rules',
  },
  'MONEY-TOO-MANY-DECIMALS': {
    severity: 'error',
    meaning: 'An amount of money has more than two decimal places, so it is not a whole number of pence.',
    source: 'pep-rules',
  },
  'MONEY-ZERO': {
    severity: 'error',
    meaning: 'An amount of money is zero where a real payment or request is expected.',
    source: 'pep-rules',
  },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the core module: a key of {@link CORE_CODES}. */
export type CoreCode = keyof typeof CORE_CODES;
