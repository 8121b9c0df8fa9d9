/** Picks the reporter of a `--format`. */
import { _githubReporter } from './github';
import { _jsonReporter } from './json';
import { _junitReporter } from './junit';
import type { _Format, _Reporter, _ReporterOptions } from './reporter';
import { _textReporter } from './text';

/**
 * The reporter for an output format.
 * @param format - `text`, `json`, `ndjson`, `junit` or `github`.
 * @param options - Outputs, style, verbosity and command.
 * @returns The reporter.
 */
export function _createReporter(format: _Format, options: _ReporterOptions): _Reporter {
  switch (format) {
    case 'text':
      return _textReporter(options);
    case 'github':
      return _githubReporter(options);
    case 'junit':
      return _junitReporter(options);
    default:
      return _jsonReporter(options, format);
  }
}
