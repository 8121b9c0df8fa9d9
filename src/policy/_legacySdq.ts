import { _isRecord } from '../core/guards';
import type { Policy, PolicySdqDuty } from './schema';

/** The older single SDQ rule (deprecated by `sdq.duties`). */
const LEGACY = ['requiredFor', 'frequency', 'informants'] as const;

/** Whether the overrides set any of the older single SDQ rule's fields. */
function legacyGiven(overrides: unknown): boolean {
  const sdq = _isRecord(overrides) ? overrides['sdq'] : undefined;
  return _isRecord(sdq) && LEGACY.some((key) => sdq[key] !== undefined && sdq[key] !== null);
}

/** Whether the overrides set `sdq.duties`. */
function dutiesGiven(overrides: unknown): boolean {
  const sdq = _isRecord(overrides) ? overrides['sdq'] : undefined;
  return _isRecord(sdq) && sdq['duties'] !== undefined;
}

/** The older fields' values, as JSON, to see whether the overrides changed them. */
function legacyOf(sdq: Policy['sdq']): string {
  return JSON.stringify([sdq.requiredFor, sdq.frequency, sdq.informants]);
}

/**
 * The duties the older single rule says: one per informant, each with the one frequency, age range
 * and months in care, for any PEP, citing the three fields' sources.
 * @param sdq - A validated `sdq` section.
 * @returns The duties.
 * @internal
 */
export function _dutiesFromLegacy(sdq: Policy['sdq']): PolicySdqDuty[] {
  const { requiredFor, frequency, informants } = sdq;
  const source = [...new Set([requiredFor.source, frequency.source, informants.source])].join('; ');
  return [...new Set(informants.value)].map((informant) => ({
    informant,
    frequency: frequency.value,
    minAge: requiredFor.minAge,
    maxAge: requiredFor.maxAge,
    minMonthsInCare: requiredFor.minMonthsInCare,
    pepKinds: null,
    from: null,
    source,
  }));
}

/**
 * Reads the older SDQ fields into the duties, so nothing a user wrote is ignored: overrides that
 * change `sdq.requiredFor`, `frequency` or `informants` and do not give `sdq.duties` get the duties
 * those fields say. Overrides that give `sdq.duties` keep them (a full policy written back out
 * carries both); the older fields then still drive `sdqRequirement` called on its own.
 * @param base - The base policy.
 * @param overrides - The overrides (plain JSON).
 * @param parsed - The merged policy after the schema.
 * @returns The policy with its duties.
 * @internal
 */
export function _applyLegacySdq(base: Policy, overrides: unknown, parsed: Policy): Policy {
  if (!legacyGiven(overrides) || dutiesGiven(overrides) || legacyOf(parsed.sdq) === legacyOf(base.sdq)) return parsed;
  return { ...parsed, sdq: { ...parsed.sdq, duties: _dutiesFromLegacy(parsed.sdq) } };
}
