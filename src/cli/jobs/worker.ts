/**
 * A `--jobs` worker thread (built to dist/cli-worker.js): loads the policy and calendar the run
 * uses, then assesses and renders each batch it is sent with the same functions as the main thread,
 * and sends back the text and counts. A failure is sent back, never dropped.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { _loadPolicy } from '../_loadPolicy';
import { _NotJsonAlone } from '../readers/lazyLines';
import { _loadCalendar } from '../readers/loadCalendar';
import { _createRenderer } from '../reporters/create';
import { _style } from '../reporters/output';
import { _emptyTally } from '../reporters/reporter';
import type { _RawRecord } from '../readers/recordReader';
import { _fromWire, type _BatchReply, type _BatchRequest, type _WireRecord, type _WorkerSetup } from './protocol';
import { _renderRecords, type _RecordSpec } from './records';

const setup = workerData as _WorkerSetup;
const port = parentPort;
/** Replies go to the port the main thread polls, else to the parent port. */
const replies = setup.replies ?? port;

/** The record spec the main thread uses, built from the setup. */
async function specOf(s: _WorkerSetup): Promise<_RecordSpec> {
  const policy = await _loadPolicy(s.policy, s.cwd);
  if (!policy.ok) throw new Error(policy.message);
  const calendar = await _loadCalendar(s.calendar, s.cwd);
  if (!calendar.ok) throw new Error(calendar.message);
  const assessOptions = calendar.calendar === undefined ? { policy: policy.policy, today: s.today } : { policy: policy.policy, today: s.today, calendar: calendar.calendar };
  const renderer = _createRenderer(s.format, { style: _style(s.color, {}, false), verbose: s.verbose, command: s.command });
  return { command: s.command, failOn: s.failOn, assessOptions, renderer };
}

/** The batch's records, each parsed only when its turn comes (one parsed record in memory at a time). */
function* parsedInTurn(raws: readonly _WireRecord[]): Generator<_RawRecord> {
  for (const w of raws) yield _fromWire(w);
}

const ready = specOf(setup);
// A failed setup is reported with the first batch; until then it must not count as unhandled.
ready.catch(() => undefined);

port?.on('message', (request: _BatchRequest) => {
  ready.then(
    (spec) => {
      let reply: _BatchReply;
      try {
        const { text, tally } = _renderRecords(spec, request.file, parsedInTurn(request.raws), _emptyTally());
        reply = { id: request.id, ok: true, text, tally };
      } catch (error) {
        // A damaged line sent unparsed: the main thread reads the batch itself, as one job would.
        if (error instanceof _NotJsonAlone) reply = { id: request.id, ok: false, message: error.message, redo: true };
        else reply = { id: request.id, ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      }
      replies?.postMessage(reply);
    },
    (error: unknown) => replies?.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) } satisfies _BatchReply),
  );
});
