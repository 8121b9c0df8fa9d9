import type { QaGrade } from '../core/enums';
import { finding, type Finding, type PathSegment } from '../core/finding';
import { isIsoDate, type IsoDate } from '../core/isoDate';
import { formatPence, penceToPounds, poundsToPence } from '../core/money';
import type { Policy } from '../policy/schema';
import { _checkCosting } from './_costing';
import { _termOfDate, _windowContaining, type _TermKey } from './_periods';
import { _readLedger, type _LedgerRow } from './_readLedger';
import { _get, _QA_GRADES, _readPolicy, type _FundingPolicy, type _QaGrade } from './_readPolicy';
import { _SRC_ACROSS_SETTINGS, _SRC_FINANCIAL_YEAR, _SRC_FORMAT, _SRC_PEP_USE, _SRC_RATES } from './_sources';
import { financialYearOf, type FinancialYear } from '../deadlines/financialYearOf';
import { ppPlusEligibility, type PpPlusEligibility } from './ppPlusEligibility';
import { ppPlusRateFor } from './ppPlusRates';
import type { PpPlusLedgerEntry } from './totalLedgerByFinancialYear';

/** A QA grade, best first: gold, green, amber, red. */
export type PpPlusQaGrade = QaGrade;

/**
 * The QA judgement of the PEP, filled by the rules module (`gradePep`) when a host has it.
 * Without `robustPlan`, the funding module judges the action plan itself (see {@link checkPpPlusRequest}).
 */
export interface PpPlusQaHook {
  readonly grade?: PpPlusQaGrade;
  readonly robustPlan?: boolean;
}

/** One PP+ request, as in a PEP's `ppPlus.requests` (pounds, at most 2 decimal places). */
export interface PpPlusRequestItem {
  readonly targetIds: readonly string[];
  readonly description: string;
  readonly category?: string;
  readonly amount: number;
  /** Costing lines: `amount` each, optionally `quantity × unitCost`, optionally the `date` the cost falls on. */
  readonly breakdown?: readonly { readonly item: string; readonly amount: number; readonly quantity?: number; readonly unitCost?: number; readonly date?: IsoDate }[];
  /** Request-level costing, instead of a breakdown. */
  readonly quantity?: number;
  readonly unitCost?: number;
}

/** The input of {@link checkPpPlusRequest}. */
export interface PpPlusRequestInput {
  /** The PEP (interchange format v1, or anything with `id`, `core`, `meeting.date`, `child`, `targets`, `education`). */
  readonly pep: unknown;
  /** The requests to check; default `pep.ppPlus.requests`. */
  readonly requests?: readonly PpPlusRequestItem[] | unknown;
  /** Payments already made for this child (any setting, any year). */
  readonly ledger?: readonly PpPlusLedgerEntry[] | unknown;
  /** QA judgement from the rules module. */
  readonly qa?: PpPlusQaHook | unknown;
}

/** What limited the allowance. */
export type PpPlusCapKind =
  | 'per-pep-cap'
  | 'per-financial-year-cap'
  | 'instalment-window'
  | 'per-term-cap'
  | 'not-eligible'
  | 'core-peps-only'
  | 'withheld'
  | 'no-instalment-window'
  | 'unreadable';

/** A cap or rule that reduced the allowance (pounds). */
export interface PpPlusCapApplied {
  readonly kind: PpPlusCapKind;
  /** The finding code that explains it. */
  readonly code: string;
  /** The instalment window's or term's label, when there is one. */
  readonly label?: string;
  /** The cap in pounds; `null` for a rule that stops funding outright. */
  readonly limit: number | null;
  /** Payments from the ledger counted against the cap, pounds; `null` for a rule. */
  readonly alreadyPaid: number | null;
  /** What the cap leaves, pounds (never below 0). */
  readonly available: number;
  readonly source: string;
}

/** The outcome for one request. */
export interface PpPlusRequestLine {
  /** Position in the requests list. */
  readonly index: number;
  /** Pounds asked for; `null` when the amount could not be read. */
  readonly requested: number | null;
  /** Pounds allowed. */
  readonly allowed: number;
  /**
   * `'allowed'` in full; `'reduced'` by a cap (possibly to 0); `'rejected'` for a problem with this
   * request; `'withheld'` because a rule stopped the whole PEP's funding.
   */
  readonly status: 'allowed' | 'reduced' | 'rejected' | 'withheld';
  /** Codes of the findings about this request. */
  readonly codes: string[];
}

/** The result of {@link checkPpPlusRequest}. */
export interface PpPlusRequestCheck {
  /** Pounds asked for: the sum of every request whose amount could be read. */
  readonly requested: number;
  /** Pounds that may be paid: never more than `requested` or any cap. */
  readonly allowed: number;
  /** `requested` in integer pence. */
  readonly requestedPence: number;
  /** `allowed` in integer pence. */
  readonly allowedPence: number;
  /** The financial year of the PEP meeting; `null` without a valid meeting date. */
  readonly financialYear: FinancialYear | null;
  /** Every cap or rule that reduced the allowance, with its source. */
  readonly capsApplied: PpPlusCapApplied[];
  /** One line per request, in order. */
  readonly requests: PpPlusRequestLine[];
  /** Eligibility on the meeting date; `null` when the PEP has no usable child or meeting date. */
  readonly eligibility: PpPlusEligibility | null;
  readonly findings: Finding[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const normalise = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

interface Line {
  readonly index: number;
  readonly at: readonly PathSegment[];
  readonly pence: number | null;
  rejected: boolean;
  readonly codes: string[];
  allowedPence: number;
}

/**
 * Checks a PEP's Pupil Premium Plus requests against a council policy and the child's ledger of
 * payments, and works out how much may be paid. Pounds at the boundary (at most 2 decimal places),
 * integer pence inside: no penny is ever rounded away, and a bad amount is a finding, never a throw.
 *
 * In order:
 * 1. Each request: amount (`MONEY-*`), disallowed category (`policy.ppPlus.disallowedCategories`),
 *    link to existing targets in `pep.targets` (`requireTargetLink`), costing (`requireCosting`: a
 *    breakdown, or quantity × unit cost, adding up to the amount exactly), duplicates (same
 *    description and amount, or same targets and amount, as an earlier request). A request with a
 *    problem is rejected (allowed 0); the others go on.
 * 2. The whole PEP: eligible on the meeting date (route `'virtual-school'`), a core PEP when
 *    `capCorePepsOnly`, a robust action plan when `withholdWithoutRobustPlan`, at least
 *    `minimumQaGrade`. The QA judgement comes from `qa` (filled by the rules module); without
 *    `qa.robustPlan`, a robust plan means at least `policy.targets.minimumCount` targets (at least
 *    one) each with text, responsible and deadline. A failed rule withholds everything.
 * 3. Caps, on what is left: per PEP (less ledger payments with this `pepId`), per financial year of
 *    the meeting (less ledger payments dated in that year, whatever the setting), the instalment
 *    window containing the meeting date (less ledger payments dated in that window), per term (less
 *    ledger payments dated in that term). The allowance is shared out in request order.
 *
 * Ledger payments count by their date: payments from another financial year never reduce this
 * year's caps (no carry-forward). A request is charged to the financial year of its meeting; cost
 * lines dated after 31 March of that year are flagged (`PPPLUS-REQUEST-STRADDLES-YEAR-END`).
 * @param input - `{ pep, requests?, ledger?, qa? }`; `requests` default to `pep.ppPlus.requests`.
 * @param policy - Council policy; default the `england` preset (no caps).
 * @returns `{ requested, allowed, requestedPence, allowedPence, financialYear, capsApplied, requests, eligibility, findings }`.
 * @example
 * import { checkPpPlusRequest } from 'pep-rules/funding';
 * import { policies } from 'pep-rules/policy';
 * const pep = {
 *   id: 'pep-1', core: true, meeting: { date: '2024-11-12' },
 *   child: { dateOfBirth: '2014-05-01', enteredCare: '2023-02-01' },
 *   targets: [{ id: 't1', text: 'Read 20 minutes a day', responsible: 'DT', deadline: 'end of autumn term' }],
 * };
 * const requests = [{ targetIds: ['t1'], description: 'Tuition', amount: 1200, breakdown: [{ item: 'Tuition', quantity: 24, unitCost: 50, amount: 1200 }] }];
 * const r = checkPpPlusRequest({ pep, requests, ledger: [{ date: '2024-05-20', amount: 950 }] }, policies.miltonKeynes);
 * [r.requested, r.allowed, r.capsApplied.map((c) => c.kind)];
 * //=> [1200, 950, ['per-pep-cap', 'per-financial-year-cap']]
 */
export function checkPpPlusRequest(input: PpPlusRequestInput, policy?: Policy): PpPlusRequestCheck {
  const findings: Finding[] = [];
  const rules = _readPolicy(policy);
  findings.push(...rules.findings);
  const capsApplied: PpPlusCapApplied[] = [];
  /** A whole-PEP rule that stops funding, or null. */
  let blocked: PpPlusCapKind | null = rules.findings.length > 0 ? 'unreadable' : null;

  if (!isRecord(input)) {
    findings.push(finding('PPPLUS-INPUT-INVALID', 'error', 'The input must be an object { pep, requests?, ledger?, qa? }.', [], _SRC_FORMAT));
    return result(0, 0, null, capsApplied, [], null, findings);
  }
  const pep = _get(input, 'pep');
  if (!isRecord(pep)) {
    findings.push(finding('PPPLUS-PEP-INVALID', 'error', 'The PEP is missing or not an object.', ['pep'], _SRC_FORMAT));
    blocked ??= 'unreadable';
  }
  const meetingDate = _get(_get(pep, 'meeting'), 'date');
  let fy: FinancialYear | null = null;
  if (isIsoDate(meetingDate)) fy = financialYearOf(meetingDate);
  else if (isRecord(pep)) {
    findings.push(
      finding('PPPLUS-MEETING-DATE-INVALID', 'error', "The PEP meeting date is missing or not a real date written 'YYYY-MM-DD'; no financial year can be charged.", ['pep', 'meeting', 'date'], _SRC_FINANCIAL_YEAR),
    );
    blocked ??= 'unreadable';
  }

  // Requests: from the input, else from the PEP.
  const own = _get(input, 'requests');
  const requestsRaw = own !== undefined ? own : _get(_get(pep, 'ppPlus'), 'requests');
  const requestsPath: PathSegment[] = own !== undefined ? ['requests'] : ['pep', 'ppPlus', 'requests'];
  let requestList: unknown[] = [];
  if (requestsRaw === undefined || requestsRaw === null) {
    findings.push(finding('PPPLUS-NO-REQUESTS', 'info', 'There are no PP+ requests to check.', requestsPath, _SRC_FORMAT));
  } else if (!Array.isArray(requestsRaw)) {
    findings.push(finding('PPPLUS-REQUESTS-INVALID', 'error', 'The requests must be a list.', requestsPath, _SRC_FORMAT));
  } else {
    requestList = requestsRaw;
    if (requestList.length === 0) findings.push(finding('PPPLUS-NO-REQUESTS', 'info', 'There are no PP+ requests to check.', requestsPath, _SRC_FORMAT));
  }

  const targetsRaw = _get(pep, 'targets');
  const targets = Array.isArray(targetsRaw) ? (targetsRaw as unknown[]) : [];
  const targetIds = new Set<string>();
  for (const t of targets) {
    const id = _get(t, 'id');
    if (typeof id === 'string') targetIds.add(id);
  }

  const lines = requestList.map((req, index) => readRequest(req, index, [...requestsPath, index], rules, targetIds, fy, findings));
  markDuplicates(requestList, lines, findings);
  const requestedPence = lines.reduce((s, l) => s + (l.pence ?? 0), 0);
  const acceptedPence = lines.reduce((s, l) => s + (l.rejected || l.pence === null ? 0 : l.pence), 0);

  // Eligibility on the meeting date.
  const child = _get(pep, 'child');
  let eligibility: PpPlusEligibility | null = null;
  if (isRecord(pep) && isIsoDate(meetingDate)) {
    eligibility = ppPlusEligibility(child, meetingDate, policy);
    for (const r of eligibility.reasons) {
      if (r.severity !== 'info' && r.code !== 'PPPLUS-POLICY-INVALID') findings.push({ ...r, path: ['pep', ...(r.path ?? [])] });
    }
    const flag = _get(_get(pep, 'ppPlus'), 'eligible');
    if (typeof flag === 'boolean' && flag !== (eligibility.route === 'virtual-school')) {
      findings.push(
        finding(
          'PPPLUS-ELIGIBLE-FLAG-DIFFERS',
          'warning',
          `The PEP's eligible flag disagrees with eligibility worked out for the meeting date (route ${eligibility.route}).`,
          ['pep', 'ppPlus', 'eligible'],
          eligibility.reasons[eligibility.reasons.length - 1]?.source ?? _SRC_PEP_USE,
        ),
      );
    }
  }

  // Ledger: counted by payment date.
  const ledger = _readLedger(_get(input, 'ledger'), ['ledger']);
  findings.push(...ledger.findings);
  const pepId = _get(pep, 'id');
  const setting = currentSetting(pep);
  if (fy !== null) ledgerNotes(ledger.rows, fy, typeof pepId === 'string' ? pepId : null, setting, rules, findings);

  // Whole-PEP rules, only when something is asked for.
  if (acceptedPence > 0 && isRecord(pep) && fy !== null) {
    const gate = (kind: PpPlusCapKind, code: string, message: string, path: PathSegment[], source: string): void => {
      findings.push(finding(code, 'error', message, path, source));
      capsApplied.push({ kind, code, limit: null, alreadyPaid: null, available: 0, source });
      blocked ??= kind;
    };
    if (eligibility !== null && eligibility.route !== 'virtual-school') {
      const last = eligibility.reasons.filter((r) => r.code.startsWith('PPPLUS-') && r.code !== 'PPPLUS-POLICY-INVALID').pop();
      gate(
        'not-eligible',
        'PPPLUS-NOT-ELIGIBLE',
        `The child is not funded through the virtual school on the meeting date (route ${eligibility.route}); see the eligibility reasons.`,
        ['pep', 'child'],
        last?.source ?? _SRC_PEP_USE,
      );
    }
    if (rules.capCorePepsOnly.value && _get(pep, 'core') !== true) {
      gate(
        'core-peps-only',
        'PPPLUS-NOT-CORE-PEP',
        _get(pep, 'core') === false
          ? 'This policy pays PP+ only through core PEPs, and this PEP is not a core PEP.'
          : 'This policy pays PP+ only through core PEPs, and this PEP is not marked as one (core: true).',
        ['pep', 'core'],
        rules.capCorePepsOnly.source,
      );
    }
    const qa = readQa(_get(input, 'qa'), findings);
    if (rules.withholdWithoutRobustPlan.value) {
      const robust = qa.robustPlan ?? simpleRobustPlan(targets, rules.minimumTargets.value);
      if (!robust) {
        gate(
          'withheld',
          'PPPLUS-WITHHELD-NO-ROBUST-PLAN',
          qa.robustPlan === undefined
            ? `PP+ is withheld: the action plan is not robust (fewer than ${Math.max(1, rules.minimumTargets.value)} targets with text, responsible person and deadline).`
            : 'PP+ is withheld: the QA judged the action plan not robust.',
          qa.robustPlan === undefined ? ['pep', 'targets'] : ['qa', 'robustPlan'],
          `${rules.withholdWithoutRobustPlan.source}; ${rules.minimumTargets.source}`,
        );
      }
    }
    if (rules.minimumQaGrade !== null) {
      const min = rules.minimumQaGrade;
      if (qa.grade === undefined) {
        gate('withheld', 'PPPLUS-QA-GRADE-MISSING', `PP+ is withheld: the policy needs a QA grade of ${min.value} or better and no grade was supplied (qa.grade).`, ['qa', 'grade'], min.source);
      } else if (_QA_GRADES.indexOf(qa.grade) > _QA_GRADES.indexOf(min.value)) {
        gate('withheld', 'PPPLUS-WITHHELD-QA-GRADE', `PP+ is withheld: the PEP's QA grade ${qa.grade} is below the policy's minimum ${min.value}.`, ['qa', 'grade'], min.source);
      }
    }
  }

  let allowedPence = 0;
  if (blocked === null && fy !== null && isIsoDate(meetingDate) && acceptedPence > 0) {
    allowedPence = applyCaps(acceptedPence, requestsPath, meetingDate, fy, pep, typeof pepId === 'string' ? pepId : null, ledger.rows, rules, capsApplied, findings);
    if (capsApplied.some((c) => c.kind === 'no-instalment-window')) blocked = 'no-instalment-window';
    // Share the allowance out in request order.
    let left = allowedPence;
    const capCodes = capsApplied.map((c) => c.code);
    for (const l of lines) {
      if (l.rejected || l.pence === null) continue;
      l.allowedPence = Math.min(l.pence, left);
      left -= l.allowedPence;
      if (l.allowedPence < l.pence) l.codes.push(...capCodes);
    }
    rateNotes(fy, ledger.rows, allowedPence, findings);
  }

  if (blocked === 'unreadable' && acceptedPence > 0) {
    const first = findings.find((f) => f.severity === 'error');
    capsApplied.push({ kind: 'unreadable', code: first?.code ?? 'PPPLUS-INPUT-INVALID', limit: null, alreadyPaid: null, available: 0, source: _SRC_FORMAT });
  }

  const requestLines: PpPlusRequestLine[] = lines.map((l) => ({
    index: l.index,
    requested: l.pence === null ? null : penceToPounds(l.pence),
    allowed: penceToPounds(l.allowedPence),
    status: l.rejected || l.pence === null ? 'rejected' : blocked !== null ? 'withheld' : l.allowedPence < l.pence ? 'reduced' : 'allowed',
    codes: [...new Set(l.codes)],
  }));
  return result(requestedPence, allowedPence, fy, capsApplied, requestLines, eligibility, findings);
}

function result(
  requestedPence: number,
  allowedPence: number,
  financialYear: FinancialYear | null,
  capsApplied: PpPlusCapApplied[],
  requests: PpPlusRequestLine[],
  eligibility: PpPlusEligibility | null,
  findings: Finding[],
): PpPlusRequestCheck {
  return {
    requested: penceToPounds(requestedPence),
    allowed: penceToPounds(allowedPence),
    requestedPence,
    allowedPence,
    financialYear,
    capsApplied,
    requests,
    eligibility,
    findings,
  };
}

function readRequest(
  req: unknown,
  index: number,
  at: readonly PathSegment[],
  rules: _FundingPolicy,
  targetIds: ReadonlySet<string>,
  fy: FinancialYear | null,
  findings: Finding[],
): Line {
  const amount = poundsToPence(_get(req, 'amount'), { path: [...at, 'amount'] });
  const line: Line = { index, at, pence: isRecord(req) && amount.ok ? amount.pence : null, rejected: false, codes: [], allowedPence: 0 };
  const add = (f: Finding, rejects: boolean): void => {
    findings.push(f);
    line.codes.push(f.code);
    if (rejects) line.rejected = true;
  };
  if (!isRecord(req)) {
    add(finding('PPPLUS-REQUEST-INVALID', 'error', 'A request must be an object { targetIds, description, amount }.', at, _SRC_FORMAT), true);
    return line;
  }
  if (!amount.ok) for (const f of amount.findings) add(f, true);

  // Category.
  const category = _get(req, 'category');
  const disallowed = rules.disallowedCategories;
  if (category !== undefined && category !== null && typeof category !== 'string') {
    add(finding('PPPLUS-CATEGORY-INVALID', 'error', 'The category must be a string.', [...at, 'category'], _SRC_FORMAT), disallowed.value.length > 0);
  } else if (typeof category === 'string' && disallowed.value.includes(normalise(category))) {
    add(finding('PPPLUS-CATEGORY-DISALLOWED', 'error', `PP+ may not be spent on the category '${normalise(category)}' under this policy.`, [...at, 'category'], disallowed.source), true);
  } else if ((category === undefined || category === null) && disallowed.value.length > 0) {
    add(
      finding('PPPLUS-CATEGORY-MISSING', 'info', `The request has no category, so it cannot be checked against the disallowed categories (${disallowed.value.join(', ')}).`, [...at, 'category'], disallowed.source),
      false,
    );
  }

  // Link to targets.
  const link = rules.requireTargetLink;
  const ids = _get(req, 'targetIds');
  if (!Array.isArray(ids) || ids.length === 0) {
    if (link.value) add(finding('PPPLUS-REQUEST-NO-TARGET', 'error', 'The request is not linked to any PEP target; this policy needs each request linked to a SMART target.', [...at, 'targetIds'], link.source), true);
    else if (ids !== undefined && !Array.isArray(ids)) add(finding('PPPLUS-REQUEST-TARGETS-INVALID', 'warning', 'targetIds must be a list of target ids.', [...at, 'targetIds'], _SRC_FORMAT), false);
  } else {
    ids.forEach((id: unknown, k) => {
      if (typeof id !== 'string' || !targetIds.has(id)) {
        add(
          finding('PPPLUS-REQUEST-TARGET-MISSING', link.value ? 'error' : 'warning', 'The request names a target id that is not among the PEP targets.', [...at, 'targetIds', k], link.value ? link.source : _SRC_PEP_USE),
          link.value,
        );
      }
    });
  }

  // Costing.
  const costing = _checkCosting(req, line.pence, at, rules.requireCosting.value ? 'error' : 'warning', rules.requireCosting.source);
  for (const f of costing.findings) add(f, rules.requireCosting.value);
  if (rules.requireCosting.value && !costing.present) {
    add(
      finding('PPPLUS-REQUEST-NOT-COSTED', 'error', 'The request is not costed: give a breakdown, or a quantity and unit cost, that adds up to the amount.', [...at, 'breakdown'], rules.requireCosting.source),
      true,
    );
  }

  // Cost lines dated outside the meeting's financial year.
  const breakdown = _get(req, 'breakdown');
  if (Array.isArray(breakdown)) {
    breakdown.forEach((item: unknown, j) => {
      const d = _get(item, 'date');
      if (d === undefined || d === null) return;
      if (!isIsoDate(d)) {
        add(finding('PPPLUS-COSTING-DATE-INVALID', 'warning', "A breakdown line's date is not a real date written 'YYYY-MM-DD'; it was ignored.", [...at, 'breakdown', j, 'date'], _SRC_FORMAT), false);
      } else if (fy !== null && (d < fy.start || d > fy.end)) {
        add(
          finding(
            'PPPLUS-REQUEST-STRADDLES-YEAR-END',
            rules.noCarryForward.value ? 'warning' : 'info',
            `A cost line falls outside financial year ${fy.label} of the meeting. The request is charged to ${fy.label}; centrally held PP+ cannot be carried forward, so pay it to the setting by 31 March ${fy.end.slice(0, 4)} or request it from the next year's funding.`,
            [...at, 'breakdown', j, 'date'],
            `${_SRC_FINANCIAL_YEAR}; ${rules.noCarryForward.source}`,
          ),
          false,
        );
      }
    });
  }
  return line;
}

function markDuplicates(requests: readonly unknown[], lines: Line[], findings: Finding[]): void {
  const seen = new Map<string, number>();
  lines.forEach((line, i) => {
    if (line.pence === null) return;
    const req = requests[i];
    const keys: [string, string][] = [];
    const description = _get(req, 'description');
    if (nonEmpty(description)) keys.push([`d|${normalise(description)}|${line.pence}`, 'description and amount']);
    const ids = _get(req, 'targetIds');
    if (Array.isArray(ids) && ids.length > 0 && ids.every((id) => typeof id === 'string')) {
      keys.push([`t|${[...new Set(ids as string[])].sort().join('\u0000')}|${line.pence}`, 'targets and amount']);
    }
    for (const [key, what] of keys) {
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        const f = finding('PPPLUS-REQUEST-DUPLICATE', 'error', `The request has the same ${what} as request ${earlier}; it was not counted twice.`, [...line.at], _SRC_PEP_USE);
        findings.push(f);
        line.codes.push(f.code);
        line.rejected = true;
        return;
      }
    }
    for (const [key] of keys) seen.set(key, line.index);
  });
}

function readQa(raw: unknown, findings: Finding[]): { grade?: _QaGrade; robustPlan?: boolean } {
  if (raw === undefined || raw === null) return {};
  if (!isRecord(raw)) {
    findings.push(finding('PPPLUS-QA-INVALID', 'error', 'qa must be an object { grade?, robustPlan? }; it was ignored.', ['qa'], _SRC_FORMAT));
    return {};
  }
  const out: { grade?: _QaGrade; robustPlan?: boolean } = {};
  const grade = _get(raw, 'grade');
  if (grade !== undefined) {
    if ((_QA_GRADES as readonly unknown[]).includes(grade)) out.grade = grade as _QaGrade;
    else findings.push(finding('PPPLUS-QA-INVALID', 'error', `qa.grade must be one of ${_QA_GRADES.join(', ')}; it was ignored.`, ['qa', 'grade'], _SRC_FORMAT));
  }
  const robust = _get(raw, 'robustPlan');
  if (robust !== undefined) {
    if (typeof robust === 'boolean') out.robustPlan = robust;
    else findings.push(finding('PPPLUS-QA-INVALID', 'error', 'qa.robustPlan must be true or false; it was ignored.', ['qa', 'robustPlan'], _SRC_FORMAT));
  }
  return out;
}

/** At least `minimum` (and at least one) targets, each with text, a responsible person and a deadline. */
function simpleRobustPlan(targets: readonly unknown[], minimum: number): boolean {
  const complete = targets.filter((t) => nonEmpty(_get(t, 'text')) && nonEmpty(_get(t, 'responsible')) && nonEmpty(_get(t, 'deadline'))).length;
  return complete >= Math.max(1, minimum);
}

function currentSetting(pep: unknown): { urn: string | null; name: string | null } {
  const s = _get(_get(pep, 'education'), 'setting');
  const urn = _get(s, 'urn');
  const name = _get(s, 'name');
  return { urn: typeof urn === 'string' ? urn : null, name: typeof name === 'string' ? name : null };
}

function ledgerNotes(
  rows: readonly _LedgerRow[],
  fy: FinancialYear,
  pepId: string | null,
  setting: { urn: string | null; name: string | null },
  rules: _FundingPolicy,
  findings: Finding[],
): void {
  const otherYears = rows.filter((r) => r.financialYear !== fy.label);
  if (otherYears.length > 0) {
    findings.push(
      finding(
        'PPPLUS-LEDGER-OTHER-YEARS',
        'info',
        `${otherYears.length} ledger ${otherYears.length === 1 ? 'payment is' : 'payments are'} dated outside financial year ${fy.label} and did not reduce its caps${rules.noCarryForward.value ? ' (no carry-forward)' : ''}.`,
        ['ledger'],
        `${_SRC_FINANCIAL_YEAR}; ${rules.noCarryForward.source}`,
      ),
    );
  }
  if (pepId !== null) {
    for (const r of otherYears) {
      if (r.pepId !== pepId) continue;
      findings.push(
        finding(
          'PPPLUS-PAYMENT-STRADDLES-YEAR-END',
          'warning',
          `A payment for this PEP is dated in financial year ${r.financialYear}, not ${fy.label} of the meeting: it counts toward ${r.financialYear}'s caps and this PEP's cap.`,
          ['ledger', r.index, 'date'],
          _SRC_FINANCIAL_YEAR,
        ),
      );
    }
  }
  if (setting.urn === null && setting.name === null) return;
  for (const r of rows) {
    if (r.financialYear !== fy.label || r.setting === null) continue;
    if (r.setting === setting.urn || r.setting === setting.name) continue;
    findings.push(
      finding(
        'PPPLUS-LEDGER-OTHER-SETTING',
        'info',
        `A payment in financial year ${fy.label} went to another setting; it still counts toward the child's caps for the year.`,
        ['ledger', r.index, 'setting'],
        _SRC_ACROSS_SETTINGS,
      ),
    );
  }
}

function applyCaps(
  acceptedPence: number,
  requestsPath: readonly PathSegment[],
  meetingDate: IsoDate,
  fy: FinancialYear,
  pep: unknown,
  pepId: string | null,
  rows: readonly _LedgerRow[],
  rules: _FundingPolicy,
  capsApplied: PpPlusCapApplied[],
  findings: Finding[],
): number {
  const sum = (filter: (r: _LedgerRow) => boolean): number => rows.filter(filter).reduce((s, r) => s + r.pence, 0);
  let allowed = acceptedPence;
  const cap = (kind: PpPlusCapKind, code: string, limitPence: number, paidPence: number, what: string, path: readonly PathSegment[], source: string, label?: string): void => {
    // A refund never lifts a cap above its limit.
    const paid = Math.max(0, paidPence);
    const available = Math.max(0, limitPence - paid);
    if (available >= acceptedPence) return;
    allowed = Math.min(allowed, available);
    const entry: PpPlusCapApplied = {
      kind,
      code,
      limit: penceToPounds(limitPence),
      alreadyPaid: penceToPounds(paid),
      available: penceToPounds(available),
      source,
      ...(label === undefined ? {} : { label }),
    };
    capsApplied.push(entry);
    findings.push(
      finding(
        code,
        'info',
        `The ${what} of ${formatPence(limitPence)}, less ${formatPence(paid)} already paid, leaves ${formatPence(available)} of the ${formatPence(acceptedPence)} requested.`,
        [...path],
        source,
      ),
    );
  };

  if (rules.perPepCap !== null) {
    const paid = pepId === null ? 0 : sum((r) => r.pepId === pepId);
    cap('per-pep-cap', 'PPPLUS-CAP-PER-PEP', rules.perPepCap.pence, paid, rules.capCorePepsOnly.value ? 'cap per core PEP' : 'cap per PEP', requestsPath, rules.perPepCap.source);
  }
  if (rules.perFinancialYearCap !== null) {
    const paid = sum((r) => r.financialYear === fy.label);
    cap(
      'per-financial-year-cap',
      'PPPLUS-CAP-PER-FINANCIAL-YEAR',
      rules.perFinancialYearCap.pence,
      paid,
      `cap for financial year ${fy.label}`,
      ['ledger'],
      rules.perFinancialYearCap.source,
    );
  }
  if (rules.instalments.length > 0) {
    const w = _windowContaining(meetingDate, rules.instalments);
    if (w === null) {
      const source = rules.instalments.map((i) => i.source).join('; ');
      findings.push(finding('PPPLUS-NO-INSTALMENT-WINDOW', 'error', "The meeting date falls in none of the policy's instalment windows, so no payment can be scheduled.", ['pep', 'meeting', 'date'], source));
      capsApplied.push({ kind: 'no-instalment-window', code: 'PPPLUS-NO-INSTALMENT-WINDOW', limit: null, alreadyPaid: null, available: 0, source });
      allowed = 0;
    } else {
      const paid = sum((r) => r.date >= w.start && r.date <= w.end);
      cap('instalment-window', 'PPPLUS-CAP-INSTALMENT', w.window.pence, paid, `instalment for ${w.window.label}`, ['pep', 'meeting', 'date'], w.window.source, w.window.label);
    }
  }
  if (rules.perTermCap !== null) {
    const term = pepTerm(pep, meetingDate);
    const same = (k: _TermKey): boolean => k.academicYear === term.academicYear && k.term === term.term;
    const paid = sum((r) => same(_termOfDate(r.date)));
    cap('per-term-cap', 'PPPLUS-CAP-PER-TERM', rules.perTermCap.pence, paid, `cap for the ${term.term} term ${term.academicYear}`, ['pep', 'term'], rules.perTermCap.source, `${term.term} ${term.academicYear}`);
  }
  return allowed;
}

function pepTerm(pep: unknown, meetingDate: IsoDate): _TermKey {
  const t = _get(pep, 'term');
  const academicYear = _get(t, 'academicYear');
  const term = _get(t, 'term');
  if (typeof academicYear === 'string' && /^\d{4}\/\d{2}$/.test(academicYear) && (term === 'autumn' || term === 'spring' || term === 'summer')) {
    return { academicYear, term };
  }
  return _termOfDate(meetingDate);
}

function rateNotes(fy: FinancialYear, rows: readonly _LedgerRow[], allowedPence: number, findings: Finding[]): void {
  if (allowedPence <= 0) return;
  const rate = ppPlusRateFor(fy.label);
  if (rate === null) return;
  if (rate.lacPence === null) {
    findings.push(finding('PPPLUS-RATE-NOT-CONFIRMED', 'info', `The national PP+ rate for ${fy.label} is not recorded in this library; the host should supply it.`, [], `${_SRC_RATES}: ${rate.source}`));
    return;
  }
  const paid = rows.filter((r) => r.financialYear === fy.label).reduce((s, r) => s + r.pence, 0);
  if (paid + allowedPence > rate.lacPence) {
    findings.push(
      finding(
        'PPPLUS-ABOVE-GRANT-RATE',
        'info',
        `Payments for ${fy.label} would total ${formatPence(paid + allowedPence)}, above the national per-child rate of ${formatPence(rate.lacPence)}. The grant need not be shared out per child, so this is allowed; it is noted for the finance officer.`,
        ['ledger'],
        `${_SRC_RATES}: ${rate.source}`,
      ),
    );
  }
}
