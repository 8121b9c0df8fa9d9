export type { Policy, PolicyDuration, PolicyInput, PolicyOverrides, DurationUnit, QaCriterionId, NonNegotiableId, PolicyPepAgeRange, PolicySdqDuty } from './schema';
export { PolicySchema, DURATION_UNITS, QA_CRITERION_IDS, NON_NEGOTIABLE_IDS } from './schema';
export type { PolicyResult } from './definePolicy';
export { definePolicy, policyJsonSchema } from './definePolicy';
export type { PolicyPresetName } from './presets/index';
export { policies } from './presets/index';
export { POLICY_CODES, type PolicyCode } from './codes';
