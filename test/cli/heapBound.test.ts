/**
 * When the main thread looks at its young generation (docs/cli.md, "Worker threads: --jobs", memory
 * paragraph): every 64 records normally, and after every record while workers set up their heaps,
 * because each worker starting sets V8's growth factor back to 2 for the whole process.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { _HeapBound, _youngAtLastRunEnd } from '../../src/cli/jobs/heap';

let bound: _HeapBound | undefined;
afterEach(() => {
  bound?.release();
  bound = undefined;
  vi.restoreAllMocks();
});

/** A bound whose looks are counted: `forced` after every record, `plain` every 64 records. */
function counted(): { heap: _HeapBound; calls: boolean[] } {
  const heap = new _HeapBound();
  bound = heap;
  const calls: boolean[] = [];
  vi.spyOn(heap, 'check').mockImplementation((force = false) => {
    calls.push(force);
  });
  return { heap, calls };
}

describe('the young generation is looked at', () => {
  it('every 64 records while no worker is starting', () => {
    const { heap, calls } = counted();
    for (let i = 0; i < 640; i++) heap.tick();
    expect(calls).toEqual(Array.from({ length: 10 }, () => false));
  });

  it('after every record, forced, while workers are starting', () => {
    const { heap, calls } = counted();
    heap.workersStarting(2);
    for (let i = 0; i < 100; i++) heap.tick();
    expect(calls.length).toBe(100);
    expect(calls.every((force) => force)).toBe(true);
  });

  it('back to every 64 records once every worker is online, with a forced look at each', () => {
    const { heap, calls } = counted();
    heap.workersStarting(2);
    for (let i = 0; i < 10; i++) heap.tick();
    heap.workerOnline();
    for (let i = 0; i < 10; i++) heap.tick();
    expect(calls.length).toBe(21); // one worker still starting: every record, plus the look at online
    heap.workerOnline();
    calls.length = 0;
    for (let i = 0; i < 128; i++) heap.tick();
    expect(calls).toEqual([false, false]); // records 21 to 148: the 64th and the 128th
  });

  it('after every record however long a worker takes to start (a loaded machine: more than 1,024 records)', () => {
    const { heap, calls } = counted();
    heap.workersStarting(1);
    for (let i = 0; i < 3000; i++) heap.tick();
    expect(calls.length).toBe(3000);
    expect(calls.every((force) => force)).toBe(true);
  });

  it('back to every 64 records when a worker stops before it was running', () => {
    const { heap, calls } = counted();
    heap.workersStarting(2);
    heap.workerOnline();
    heap.workerLostBeforeOnline();
    calls.length = 0;
    for (let i = 0; i < 128; i++) heap.tick();
    expect(calls).toEqual([false, false]);
  });
});

describe('the young generation reported at the end of a run', () => {
  it('is the size taken when the bound is released, before the defaults are set back', () => {
    const heap = new _HeapBound();
    heap.release();
    const atEnd = _youngAtLastRunEnd();
    expect(atEnd).not.toBeNull();
    expect(atEnd as number).toBeGreaterThan(0);
  });
});
