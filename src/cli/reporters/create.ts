/** Picks the reporter (and the record renderer) of a `--format`. */
import { _csvRenderer, _csvReporter } from './csv';
import { _githubRenderer, _githubReporter } from './github';
import { _jsonRenderer, _jsonReporter } from './json';
import { _junitRenderer, _junitReporter } from './junit';
import type { _Format, _RecordRenderer, _RenderOptions, _Reporter, _ReporterOptions } from './reporter';
import { _textRenderer, _textReporter } from './text';

/**
 * The reporter for an output format.
 * @param format - `text`, `json`, `ndjson`, `junit`, `github` or `csv`.
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
    case 'csv':
      return _csvReporter(options);
    default:
      return _jsonReporter(options, format);
  }
}

/**
 * The record renderer of an output format: what {@link _createReporter}'s reporter writes for one
 * record, with no state, so that a worker thread renders the same bytes.
 * @param format - `text`, `json`, `ndjson`, `junit`, `github` or `csv`.
 * @param options - Style, verbosity and command.
 * @returns The renderer.
 */
export function _createRenderer(format: _Format, options: _RenderOptions): _RecordRenderer {
  switch (format) {
    case 'text':
      return _textRenderer(options);
    case 'github':
      return _githubRenderer(options);
    case 'junit':
      return _junitRenderer(options);
    case 'csv':
      return _csvRenderer(options);
    default:
      return _jsonRenderer(options, format);
  }
}
