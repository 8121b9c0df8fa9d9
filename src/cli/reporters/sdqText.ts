/** How `pep-rules sdq` shows a scored SDQ as text. */
import type { SdqBand, SdqResult, SdqScored } from '../../sdq/types';
import { _findingLine } from './finding';
import type { _Style } from './output';

const SCALE_ROWS: readonly { key: 'emotional' | 'conduct' | 'hyperactivity' | 'peer' | 'prosocial' | 'total' | 'impact'; label: string }[] = [
  { key: 'emotional', label: 'emotional' },
  { key: 'conduct', label: 'conduct' },
  { key: 'hyperactivity', label: 'hyperactivity' },
  { key: 'peer', label: 'peer problems' },
  { key: 'prosocial', label: 'prosocial' },
  { key: 'total', label: 'total difficulties' },
  { key: 'impact', label: 'impact' },
];

function scoreOf(r: SdqScored, key: (typeof SCALE_ROWS)[number]['key']): number | null {
  if (key === 'total') return r.totalDifficulties;
  if (key === 'impact') return r.impact;
  return r.scales[key];
}

function bandText(b: SdqBand | null, style: _Style): string {
  if (b === null) return style.dim('-');
  const text = `${b.band}${b.provisional ? ' (provisional)' : ''}`;
  return /very-high|very-low|abnormal/.test(b.band) ? style.red(text) : /high|low|borderline|raised|lowered/.test(b.band) ? style.yellow(text) : text;
}

/**
 * Text for one scored (or unscorable) SDQ: the scales with their four-band and three-band
 * categories, the concern flag and the sources.
 * @param result - What `scoreSdq` returned.
 * @param heading - A heading line (file, line and id), or `null`.
 * @param style - Colours (or none).
 * @returns The text.
 */
export function _sdqText(result: SdqResult, heading: string | null, style: _Style): string {
  let out = heading === null ? '' : `${style.dim(heading)}\n`;
  if (!result.ok) {
    out += `${style.red('not scored')}\n`;
    for (const f of result.issues) out += _findingLine(f, style);
    return out;
  }
  out += `SDQ ${result.informant}, ages ${result.ageBand}\n`;
  out += `  ${'measure'.padEnd(20)}${'score'.padStart(5)}   ${'four-band'.padEnd(22)}three-band\n`;
  const row = (label: string, score: number | null, key: (typeof SCALE_ROWS)[number]['key'] | null): string => {
    const value = (score === null ? '-' : String(score)).padStart(5);
    if (key === null) return `  ${label.padEnd(20)}${value}\n`;
    const four = bandText(result.bands.fourBand[key], style);
    const pad = 22 + (four.length - stripAnsi(four).length);
    return `  ${label.padEnd(20)}${value}   ${four.padEnd(pad)}${bandText(result.bands.threeBand[key], style)}\n`;
  };
  for (const r of SCALE_ROWS) if (r.key !== 'impact') out += row(r.label, scoreOf(result, r.key), r.key);
  out += row('externalising', result.externalising, null);
  out += row('internalising', result.internalising, null);
  out += row('impact', result.impact, 'impact');
  const c = result.concern;
  const concern =
    c.flagged === null
      ? 'not judged (total difficulties missing)'
      : c.flagged
        ? style.red(`raised: total difficulties at or above ${c.threshold}`)
        : `none: total difficulties below ${c.threshold}`;
  out += `  concern: ${concern}\n  ${style.dim(`threshold source: ${c.source}`)}\n`;
  const firstBand = result.bands.fourBand.total ?? result.bands.fourBand.emotional;
  if (firstBand !== null) out += `  ${style.dim(`bands source: ${firstBand.source}`)}\n`;
  for (const f of result.warnings) out += _findingLine(f, style);
  return out;
}

// eslint-disable-next-line no-control-regex
const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
