import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomBatch } from '../../lib/content/define-detector';
import { DomWatch } from '../../lib/content/dom-watch';

/**
 * The DOM watch hands added subtrees to the detectors in time slices. A fake clock makes every
 * added root "cost" 1 ms, so a tick of 100 rows cannot go in one slice.
 */
function watchWithClock() {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const batches: { added: Node[]; texts: string[]; removed: boolean; changed: Element[] }[] = [];
  const controller = new AbortController();
  const watch = new DomWatch((batch: DomBatch) => {
    batches.push({ added: [...batch.added], texts: batch.texts().map((text) => text.nodeValue ?? ''), removed: batch.removed, changed: [...batch.changed] });
    clock += batch.added.length;
  }, controller.signal);
  watch.start(document);
  batches.length = 0;
  return { watch, batches, controller };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
async function until(condition: () => boolean, ms = 5_000) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > ms) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('DomWatch time slicing', () => {
  it('hands every added row to the detectors, in chunks, the banner added last in the last chunk', async () => {
    document.body.innerHTML = '<table><tbody></tbody></table><div id="top"></div>';
    const { batches, controller } = watchWithClock();
    const tbody = document.querySelector('tbody')!;
    const rows: Element[] = [];
    for (let tick = 0; tick < 5; tick += 1) {
      for (let index = 0; index < 100; index += 1) {
        const row = document.createElement('tr');
        row.textContent = `order ${tick * 100 + index}`;
        tbody.append(row);
        rows.push(row);
      }
      await settle();
    }
    const banner = document.createElement('div');
    banner.setAttribute('role', 'alert');
    banner.textContent = 'Ошибка сервера';
    document.getElementById('top')!.append(banner);
    await until(() => batches.some((batch) => batch.added.includes(banner)));
    const handed = batches.flatMap((batch) => batch.added);
    expect(new Set(handed).size).toBe(handed.length);
    expect(handed).toEqual([...rows, banner]);
    expect(batches.length).toBeGreaterThan(5);
    expect(Math.max(...batches.map((batch) => batch.added.length))).toBeLessThan(100);
    expect(batches.at(-1)!.added.at(-1)).toBe(banner);
    expect(batches.at(-1)!.texts).toContain('Ошибка сервера');
    controller.abort();
  });

  it('skips nodes removed before their chunk and walks a subtree once when its parent was added too', async () => {
    document.body.innerHTML = '<ul></ul>';
    const { watch, batches, controller } = watchWithClock();
    const list = document.querySelector('ul')!;
    const gone = document.createElement('li');
    const kept = document.createElement('li');
    list.append(gone, kept);
    await settle();
    gone.remove();
    const section = document.createElement('section');
    document.body.append(section);
    await settle();
    const inner = document.createElement('p');
    inner.textContent = 'inside';
    section.append(inner);
    await settle();
    watch.flush();
    const handed = batches.flatMap((batch) => batch.added);
    expect(handed).not.toContain(gone);
    expect(handed).not.toContain(inner);
    expect(handed).toEqual(expect.arrayContaining([kept, section]));
    expect(batches.flatMap((batch) => batch.texts).filter((text) => text === 'inside')).toHaveLength(1);
    expect(batches.some((batch) => batch.removed)).toBe(true);
    controller.abort();
  });

  it('stops when the page session ends', async () => {
    document.body.innerHTML = '<div></div>';
    const { batches, controller } = watchWithClock();
    for (let index = 0; index < 200; index += 1) document.body.append(document.createElement('p'));
    await settle();
    controller.abort();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(batches).toEqual([]);
  });
});
