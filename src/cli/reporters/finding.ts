/**
 * How a finding reads in text output: its path (`targets[0].text`), its severity label and one line
 * per finding. Shared by the `validate`/`grade` reporters and the `sdq` and `deadlines` commands.
 */
import type { Finding, PathSegment } from '../../core/finding';
import type { _Style } from './output';

/** `targets.0.text` → `targets[0].text`. */
export function _formatPath(path: readonly PathSegment[] | undefined): string {
  if (path === undefined || path.length === 0) return '';
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out === '' ? String(seg) : `.${String(seg)}`;
  return out;
}

/** The severity padded to 7 characters, red for errors, yellow for warnings, dim for info. */
function severityLabel(f: Finding, style: _Style): string {
  const label = f.severity.padEnd(7);
  return f.severity === 'error' ? style.red(label) : f.severity === 'warning' ? style.yellow(label) : style.dim(label);
}

/**
 * One finding as an indented text line: severity, code, path, message.
 * @param f - The finding.
 * @param style - Colours (or none).
 * @returns The line, ending with a newline.
 */
export function _findingLine(f: Finding, style: _Style): string {
  const path = _formatPath(f.path);
  return `  ${severityLabel(f, style)} ${style.bold(f.code)}  ${path === '' ? '' : `${style.cyan(path)}: `}${f.message}\n`;
}

/** Whether a finding is shown: `info` findings only with `--verbose`. */
export function _isShown(f: Finding, verbose: boolean): boolean {
  return verbose || f.severity !== 'info';
}
