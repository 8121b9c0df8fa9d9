/**
 * The whole-text guards switch the SMART tests share: a guard (a word the text must hold, a mark a reading needs) only
 * skips work whose answer it already knows, so a test runs the same thing with the guards on and off and compares.
 */
import { _flagTesting } from '../../src/smart/_doc';

/**
 * Runs `run` with the whole-text guards on, then off (`_flagTesting.noGuards`: every scan reads the whole text), and
 * leaves them on.
 * @param run - What to run twice.
 * @returns The result with the guards on, then off.
 * @example
 * const [guarded, full] = withAndWithoutGuards(() => checkSmartTarget('Read 3 books by Easter.', { meetingDate: '2025-01-15' }));
 */
export function withAndWithoutGuards<T>(run: () => T): [T, T] {
  _flagTesting.noGuards = false;
  const guarded = run();
  _flagTesting.noGuards = true;
  try {
    return [guarded, run()];
  } finally {
    _flagTesting.noGuards = false;
  }
}
