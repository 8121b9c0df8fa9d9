import type { CodeInfo } from '../core/finding';

const LIB = 'pep-rules';

/**
 * The finding codes of the offline page (`pep-rules web`): records in a chosen PEP export that
 * cannot be read, and a policy file that cannot be loaded. The page counts an unreadable record
 * in the cohort report's unreadable records under its code, with its line.
 * @example
 * WEB_CODES['WEB-JSON-SYNTAX'].severity; // 'error'
 */
export const WEB_CODES = {
  'WEB-JSON-SYNTAX': { severity: 'error', meaning: 'A record (a line of an NDJSON export, or the whole JSON document) of the chosen PEP file is not valid JSON; the rest are still read.', source: LIB },
  'WEB-POLICY-FILE-INVALID': { severity: 'error', meaning: 'The chosen policy file is not valid JSON, so the preset chosen before it stays in use.', source: LIB },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the offline page: a key of {@link WEB_CODES}. */
export type WebCode = keyof typeof WEB_CODES;
