import type { CodeInfo } from '../core/finding';

const SCHEMA = 'pep-rules policy format (a council policy as data)';

/**
 * The finding codes of `definePolicy` (the policy gate), with severity, meaning and source.
 * `docs/codes.md` is generated from this and the other modules' catalogues (`npm run codes`).
 * @example
 * import { POLICY_CODES } from 'pep-rules/policy';
 * POLICY_CODES['POLICY-SOURCE-MISSING'].severity;
 * //=> 'error'
 */
export const POLICY_CODES = {
  'POLICY-DATE': { severity: 'error', meaning: 'A date in the policy is not a real date written YYYY-MM-DD.', source: SCHEMA },
  'POLICY-DEADLINE-DUPLICATE': {
    severity: 'error',
    meaning: 'The policy gives two termly PEP deadlines for the same term of the same academic year.',
    source: 'Halton Virtual School PEP Policy 2023-24, PEP deadline dates (one deadline a term)',
  },
  'POLICY-DEADLINE-YEAR': {
    severity: 'error',
    meaning: 'A termly PEP deadline date does not fall in the academic year it is given for.',
    source: 'Halton Virtual School PEP Policy 2023-24, PEP deadline dates (one deadline a term)',
  },
  'POLICY-FORMAT': { severity: 'error', meaning: 'A value in the policy is not in the expected format (for example an academic year not written 2024/25).', source: SCHEMA },
  'POLICY-INVALID': { severity: 'error', meaning: 'A value in the policy breaks one of its rules (for example money with more than two decimal places).', source: SCHEMA },
  'POLICY-NOT-OBJECT': { severity: 'error', meaning: 'The policy is not a JSON object, so it cannot be read.', source: SCHEMA },
  'POLICY-PPPLUS-CAP-ORDER': {
    severity: 'error',
    meaning: 'The PP+ cap per PEP is larger than the cap for the whole financial year, which cannot both hold.',
    source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, Pupil Premium Plus (up to £950 per core PEP, £1,900 a financial year)',
  },
  'POLICY-PPPLUS-INSTALMENTS-MISSING': {
    severity: 'error',
    meaning:
      "The policy says PP+ is allocated in instalments (ppPlus.allocationBasis 'instalments') but gives no instalment windows (ppPlus.instalments) and no release timing, so it does not say when or how much each instalment pays.",
    source: 'The Virtual School Handbook (NAVSH, 2014), iv) VSH Strategy for Pupil Premium Plus (whether the funding will be transferred as a single allocation or in instalments, and when)',
  },
  'POLICY-PEP-AGE-RANGE': {
    severity: 'error',
    meaning: 'The policy\'s PEP age range starts at or after the age it ends, so no child would have a PEP.',
    source: 'Halton Virtual School PEP Policy 2023-24, Process (all PEP documents from Early Years (aged 3) to Post-16)',
  },
  'POLICY-RANGE': { severity: 'error', meaning: 'A number in the policy is outside its allowed range (for example a percentage over 100).', source: SCHEMA },
  'POLICY-REQUIRED': { severity: 'error', meaning: 'A value the policy must give is missing or empty.', source: SCHEMA },
  'POLICY-SDQ-AGE-RANGE': {
    severity: 'error',
    meaning: 'The policy\'s lowest age for an SDQ is above its highest age, so no child would need one.',
    source: 'Milton Keynes Virtual School, Designated Teacher Handbook 2024/25, PEPs (SDQ for children aged 4 to 16)',
  },
  'POLICY-NOT-CHECKED': {
    severity: 'error',
    meaning:
      'A plain object was given as the policy where the policy module was never loaded to check it; build the policy with definePolicy, or use a preset.',
    source: 'pep-rules design: a policy passes the policy gate once and is trusted after',
  },
  'POLICY-SOURCE-MISSING': {
    severity: 'error',
    meaning: 'A council changed a policy value without saying which council document and section it comes from, or gave a blank source.',
    source: 'pep-rules design: council policy is data, and every value cites its source',
  },
  'POLICY-TOO-DEEP': { severity: 'error', meaning: 'The policy is nested far deeper than any real policy, so it was not read.', source: SCHEMA },
  'POLICY-TYPE': { severity: 'error', meaning: 'A value in the policy has the wrong type (for example text where a number is expected).', source: SCHEMA },
  'POLICY-UNKNOWN-KEY': {
    severity: 'error',
    meaning: 'The policy has a setting the library does not know, often a typo; the finding names the nearest valid setting.',
    source: SCHEMA,
  },
  'POLICY-UNREADABLE': { severity: 'error', meaning: 'The policy could not be read as plain JSON data (for example it refers back to itself, or a getter or proxy in it throws).', source: SCHEMA },
  'POLICY-VALUE': { severity: 'error', meaning: 'A value in the policy is not one of the allowed choices (for example an unknown region or QA grade).', source: SCHEMA },
} as const satisfies Record<string, CodeInfo>;

/** A finding code of the policy module: a key of {@link POLICY_CODES}. */
export type PolicyCode = keyof typeof POLICY_CODES;
