// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFaultBoard } from '../../lib/overlay/fault-board';
import type { SignalDraftInput } from '../../lib/signals';

const stuck = (orderId: string, reason = 'deadline-passed'): SignalDraftInput => ({
  kind: 'stuck-order',
  severity: 'error',
  message: `Order ${orderId}: ${reason}`,
  fingerprint: `stuck-order:${orderId}:${reason}`,
  url: 'https://seller.ozon.ru/app/postings/fbs',
  at: 1,
  live: true,
  details: { orderId, reason },
});

const changes = async (board: ReturnType<typeof createFaultBoard>, action: () => void) => {
  await Promise.resolve();
  let count = 0;
  const stop = new AbortController();
  board.subscribe(() => (count += 1), stop.signal);
  action();
  await Promise.resolve();
  stop.abort();
  return count;
};

describe('fault board: faults judged by the background find their order rows', () => {
  it('marks a fault on the row noted for its order, before or after the fault came', async () => {
    const board = createFaultBoard();
    const early = document.createElement('tr');
    board.noteOrderRow('A-1', early);
    board.report(stuck('A-1'), null);
    expect(board.faults.get('stuck-order:A-1:deadline-passed')?.element).toBe(early);

    board.report(stuck('B-2'), null);
    board.report(stuck('B-2', 'unpaid-too-long'), null);
    board.report({ ...stuck('C-3'), details: { orderId: 3 } }, null);
    const row = document.createElement('tr');
    expect(await changes(board, () => board.noteOrderRow('B-2', row))).toBe(1);
    expect(board.faults.get('stuck-order:B-2:deadline-passed')?.element).toBe(row);
    expect(board.faults.get('stuck-order:B-2:unpaid-too-long')?.element).toBe(row);
    expect(board.faults.get('stuck-order:A-1:deadline-passed')?.element).toBe(early);
    // Only text order ids are matched, as the detectors report them.
    expect(board.faults.get('stuck-order:C-3:deadline-passed')?.element).toBeNull();
    expect(await changes(board, () => board.noteOrderRow('3', row))).toBe(0);
    // The same row again moves nothing and tells no one.
    expect(await changes(board, () => board.noteOrderRow('B-2', row))).toBe(0);
  });

  it('forgets cleared faults and everything on a new page session', async () => {
    const board = createFaultBoard();
    board.report(stuck('A-1'), null);
    board.report(stuck('A-1', 'unpaid-too-long'), null);
    board.clear('stuck-order:A-1:deadline-passed');
    const row = document.createElement('tr');
    board.noteOrderRow('A-1', row);
    expect([...board.faults.keys()]).toEqual(['stuck-order:A-1:unpaid-too-long']);
    expect(board.faults.get('stuck-order:A-1:unpaid-too-long')?.element).toBe(row);

    board.reset();
    expect(board.faults.size).toBe(0);
    board.report(stuck('A-1'), null);
    // The old page's row is not the new page's.
    expect(board.faults.get('stuck-order:A-1:deadline-passed')?.element).toBeNull();
    const next = document.createElement('tr');
    board.noteOrderRow('A-1', next);
    expect(board.faults.get('stuck-order:A-1:deadline-passed')?.element).toBe(next);
    expect(await changes(board, () => board.clear('no-such-fault'))).toBe(0);
  });

  it('does not look at the faults of other orders when a row is noted', () => {
    const board = createFaultBoard();
    let reads = 0;
    for (let index = 0; index < 100; index += 1) {
      const details = new Proxy({ orderId: `O-${index}`, reason: 'deadline-passed' }, { get: (target, key) => ((reads += 1), target[key as keyof typeof target]) });
      board.report({ ...stuck(`O-${index}`), details }, null);
    }
    reads = 0;
    const row = document.createElement('tr');
    board.noteOrderRow('O-7', row);
    board.noteOrderRow('P-1', row);
    expect(board.faults.get('stuck-order:O-7:deadline-passed')?.element).toBe(row);
    expect(reads).toBe(0);
  });

  it('takes one lookup per row on a long list with many faults', () => {
    const board = createFaultBoard();
    for (let index = 0; index < 5000; index += 1) board.report(stuck(`O-${index}`), null);
    const rows = Array.from({ length: 5000 }, () => document.createElement('tr'));
    rows.forEach((row, index) => board.noteOrderRow(`O-${index}`, row));
    expect(rows.every((row, index) => board.faults.get(`stuck-order:O-${index}:deadline-passed`)?.element === row)).toBe(true);
  });
});
