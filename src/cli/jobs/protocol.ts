/** The messages between the main thread and a `--jobs` worker thread. */
import type { _RawRecord } from '../readers/recordReader';
import type { _Format, _FailOn, _Tally } from '../reporters/reporter';

/** What a worker is started with: enough to build the same record spec as the main thread. */
export interface _WorkerSetup {
  readonly command: 'validate' | 'grade';
  readonly format: _Format;
  readonly failOn: _FailOn;
  readonly verbose: boolean;
  /** Whether the output is coloured. */
  readonly color: boolean;
  readonly today: string;
  /** `--policy` as given, loaded again by the worker (a preset name or a file). */
  readonly policy: string | undefined;
  /** `--calendar` as given. */
  readonly calendar: string | undefined;
  readonly cwd: string;
}

/** A batch of records of one input, in order. */
export interface _BatchRequest {
  readonly id: number;
  readonly file: string;
  readonly raws: readonly _RawRecord[];
}

/** A batch's finished text and counts, or why it failed. */
export type _BatchReply =
  | { readonly id: number; readonly ok: true; readonly text: string; readonly tally: _Tally }
  | { readonly id: number; readonly ok: false; readonly message: string };
