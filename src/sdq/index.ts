export { scoreSdq } from './scoreSdq';
export { compareSdq } from './compareSdq';
export { sdqRequirement } from './sdqRequirement';
export { sdqBand, SDQ_BAND_TABLES, SDQ_BAND_LABELS } from './bands';
export type { SdqBandTable, SdqBandOptions, SdqRange } from './bands';
export { SDQ_ITEMS } from './items';
export type { SdqItem } from './items';
export type { SdqInformant } from '../core/enums';
export type {
  SdqAgeBand,
  SdqItemValue,
  SdqImpactValue,
  SdqImpactAnswers,
  SdqInput,
  ScoreSdqOptions,
  SdqScale,
  SdqBandedMeasure,
  SdqFourBandLabel,
  SdqProsocialFourBandLabel,
  SdqThreeBandLabel,
  SdqBandScheme,
  SdqBand,
  SdqFourBands,
  SdqThreeBands,
  SdqScales,
  SdqConcern,
  SdqScored,
  SdqNotScored,
  SdqResult,
  SdqCompareMeasure,
  SdqMovement,
  SdqBandMove,
  SdqFourBandMove,
  SdqMeasureChange,
  SdqChanges,
  SdqComparison,
  SdqCompleted,
  SdqRequirementInput,
  SdqInformantDue,
  SdqRequirement,
} from './types';
export { SDQ_CODES, type SdqCode } from './codes';
