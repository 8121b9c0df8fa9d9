import { finding, type Finding, type PathSegment, type Severity } from '../core/finding';
import { _isRecord } from '../core/guards';
import { _penceOrNull, poundsToPence } from '../core/money';
import { _get } from '../pep/_ppGet';

/** The outcome of checking one request's costing. */
export interface _Costing {
  /** The request carries a breakdown or a quantity × unit cost. */
  readonly present: boolean;
  /** Present and every figure adds up exactly, in pence. */
  readonly ok: boolean;
  readonly findings: Finding[];
}

/** Quantity in hundredths, or `null` unless a positive finite number with at most 2 decimal places. */
function hundredths(q: unknown): number | null {
  if (typeof q !== 'number' || !Number.isFinite(q) || q <= 0 || q > 1_000_000) return null;
  const h = Math.round(q * 100);
  return h / 100 === q ? h : null;
}

/**
 * Checks that `quantity × unitCost` equals `amountPence` exactly, using integers only
 * (quantity in hundredths × unit cost in pence = amount in pence × 100).
 */
/** A line without quantity or unit cost: nothing to check (shared, never changed). */
const NO_LINE: { readonly ok: boolean; readonly findings: Finding[] } = Object.freeze({ ok: true, findings: Object.freeze([]) as unknown as Finding[] });

function checkLine(
  holder: Record<string, unknown>,
  amountPence: number | null,
  at: readonly PathSegment[],
  severity: Severity,
  source: string,
): { ok: boolean; findings: Finding[] } {
  const q = _get(holder, 'quantity');
  const u = _get(holder, 'unitCost');
  if (q === undefined && u === undefined) return NO_LINE;
  const findings: Finding[] = [];
  if (q === undefined || u === undefined) {
    findings.push(finding('PPPLUS-COSTING-LINE-INCOMPLETE', severity, 'A quantity needs a unit cost, and a unit cost a quantity.', [...at, q === undefined ? 'quantity' : 'unitCost'], source));
    return { ok: false, findings };
  }
  const qh = hundredths(q);
  if (qh === null) {
    findings.push(finding('PPPLUS-COSTING-QUANTITY-INVALID', severity, 'The quantity must be a positive number with at most two decimal places.', [...at, 'quantity'], source));
  }
  const fast = _penceOrNull(u);
  const unit = fast !== null ? { ok: true as const, pence: fast } : poundsToPence(u, { path: [...at, 'unitCost'] });
  if (!unit.ok) findings.push(...unit.findings.map((f) => ({ ...f, severity, source })));
  if (qh === null || !unit.ok || amountPence === null) return { ok: false, findings };
  if (qh * unit.pence !== amountPence * 100) {
    findings.push(finding('PPPLUS-COSTING-LINE-MISMATCH', severity, 'Quantity × unit cost does not equal the amount to the penny.', [...at, 'amount'], source));
    return { ok: false, findings };
  }
  return { ok: true, findings };
}

/**
 * Checks a request's costing: a `breakdown` whose item amounts add up to the request amount
 * exactly (and each item's quantity × unit cost, when given, equals its amount), or a request-level
 * `quantity` × `unitCost` equal to the amount. `severity` is `'error'` when the policy requires
 * costing and `'warning'` otherwise.
 */
export function _checkCosting(
  request: Record<string, unknown>,
  amountPence: number | null,
  at: readonly PathSegment[],
  severity: Severity,
  source: string,
): _Costing {
  const breakdown = _get(request, 'breakdown');
  const findings: Finding[] = [];
  if (breakdown !== undefined) {
    if (!Array.isArray(breakdown) || breakdown.length === 0) {
      findings.push(finding('PPPLUS-COSTING-INVALID', severity, 'The breakdown must be a non-empty list of { item, amount } lines.', [...at, 'breakdown'], source));
      return { present: true, ok: false, findings };
    }
    let ok = true;
    let sum = 0;
    let sumKnown = true;
    breakdown.forEach((item: unknown, j) => {
      const itemAt = [...at, 'breakdown', j];
      if (!_isRecord(item)) {
        findings.push(finding('PPPLUS-COSTING-INVALID', severity, 'A breakdown line must be an object { item, amount }.', itemAt, source));
        ok = false;
        sumKnown = false;
        return;
      }
      const raw = _get(item, 'amount');
      const fast = _penceOrNull(raw);
      // Refused amounts only: poundsToPence says why, with the line's path.
      const amount = fast !== null ? { ok: true as const, pence: fast } : poundsToPence(raw, { path: [...itemAt, 'amount'] });
      if (!amount.ok) {
        findings.push(...amount.findings.map((f) => ({ ...f, severity, source })));
        ok = false;
        sumKnown = false;
      } else {
        sum += amount.pence;
      }
      const line = checkLine(item, amount.ok ? amount.pence : null, itemAt, severity, source);
      findings.push(...line.findings);
      if (!line.ok) ok = false;
    });
    if (sumKnown && amountPence !== null && sum !== amountPence) {
      findings.push(finding('PPPLUS-COSTING-MISMATCH', severity, 'The breakdown lines do not add up to the amount requested, to the penny.', [...at, 'breakdown'], source));
      ok = false;
    }
    return { present: true, ok, findings };
  }
  if (_get(request, 'quantity') !== undefined || _get(request, 'unitCost') !== undefined) {
    const line = checkLine(request, amountPence, at, severity, source);
    return { present: true, ok: line.ok, findings: line.findings };
  }
  return { present: false, ok: false, findings };
}
