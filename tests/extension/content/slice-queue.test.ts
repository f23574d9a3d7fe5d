/** Work runs in slices of at most the budget, in order, and survives an item that throws. */
import { describe, expect, it } from 'vitest';
import { createSliceQueue } from '../../../extension/content/slice-queue';

/** What a clocked queue's item gets: `record` logs a unit of work (1 ms of the fake clock), `push` queues more. */
interface Step<T> {
  readonly record: (unit: T) => void;
  readonly push: (item: T) => void;
  readonly more: () => boolean;
}

/** A queue on a fake clock with a 4 ms budget, logging each slice's units; frames are run by hand. */
function clocked<T>(run: (item: T, step: Step<T>) => unknown) {
  let clock = 0;
  const frames: (() => void)[] = [];
  const slices: T[][] = [];
  let current: T[] = [];
  const record = (unit: T) => {
    current.push(unit);
    clock += 1;
  };
  const q = createSliceQueue<T>({
    run: (item, more) => run(item, { record, push: (next) => q.push(next), more }),
    afterSlice: () => {
      slices.push(current);
      current = [];
    },
    schedule: (next) => frames.push(next),
    now: () => clock,
    budgetMs: 4,
  });
  return { q, frames, slices };
}

describe('slice queue', () => {
  it('runs items in ≤ 4 ms slices (a fake clock advancing 1 ms per item), yielding between slices', () => {
    const { q, frames, slices } = clocked<number>((n, step) => step.record(n));
    for (let i = 0; i < 10; i++) q.push(i);
    expect(frames).toHaveLength(1);
    while (frames.length) frames.shift()!();
    expect(slices).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
    expect(q.size).toBe(0);
  });

  it('reports a throwing item and goes on; clear() stops everything', () => {
    const frames: (() => void)[] = [];
    const seen: number[] = [];
    const errors: unknown[] = [];
    const q = createSliceQueue<number>({
      run: (n) => {
        if (n === 1) throw new Error('bad row');
        seen.push(n);
      },
      schedule: (next) => frames.push(next),
      onError: (e) => errors.push(e),
    });
    q.push(0);
    q.push(1);
    q.push(2);
    frames.shift()!();
    expect(seen).toEqual([0, 2]);
    expect(errors).toHaveLength(1);
    q.clear();
    q.push(3);
    expect(frames).toHaveLength(0);
  });

  it('runs beforeSlice first: what it pushes runs in the same slice, without asking for another frame', () => {
    const frames: (() => void)[] = [];
    const log: string[] = [];
    let fromHook: number[] = [];
    const q = createSliceQueue<number>({
      run: (n) => log.push(`run ${n}`),
      beforeSlice: () => {
        log.push('before');
        for (const n of fromHook) q.push(n);
        fromHook = [];
      },
      afterSlice: () => log.push('after'),
      schedule: (next) => frames.push(next),
    });
    q.push(1);
    fromHook = [2, 3];
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(log).toEqual(['before', 'run 1', 'run 2', 'run 3', 'after']);
    expect(frames).toHaveLength(0);
    q.push(4);
    expect(frames).toHaveLength(1);
  });

  it('runs what an item pushes in the same slice without asking for another frame, and asks when the budget ran out', () => {
    const { q, frames, slices } = clocked<number>((n, step) => {
      step.record(n);
      if (n < 3) step.push(n + 10); // e.g. a page node whose rows are queued as one more item
    });
    q.push(1);
    q.push(2);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    // 1, 2 and what they pushed fit the budget: no second frame (an empty slice) is asked for.
    expect(slices).toEqual([[1, 2, 11, 12]]);
    expect(frames).toHaveLength(0);
    q.push(0);
    q.push(1);
    q.push(2);
    q.push(20);
    frames.shift()!();
    expect(slices.at(-1)).toEqual([0, 1, 2, 20]);
    // Pushed while the budget was spent: the next frame takes them.
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(slices.at(-1)).toEqual([10, 11, 12]);
    expect(frames).toHaveLength(0);
  });

  it('goes on with a batch that stopped at the budget in the next slice, before later items', () => {
    let next = 0; // the batch's own cursor: 10 units of 1 ms each
    const { q, frames, slices } = clocked<string>((item, step) => {
      if (item !== 'batch') {
        step.record(item);
        return;
      }
      while (next < 10) {
        step.record(`b${next++}`);
        if (!step.more()) return next >= 10; // stopped early: false keeps it first in the queue
      }
      return true;
    });
    q.push('batch');
    q.push('after');
    while (frames.length) frames.shift()!();
    expect(slices).toEqual([
      ['b0', 'b1', 'b2', 'b3'],
      ['b4', 'b5', 'b6', 'b7'],
      ['b8', 'b9', 'after'],
    ]);
    expect(q.size).toBe(0);
  });
});
