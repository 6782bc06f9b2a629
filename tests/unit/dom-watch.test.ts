import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DomBatch } from '../../lib/content/define-detector';
import { domBatch, listShapes, watchDom } from '../../lib/content/dom-watch';

/**
 * The DOM watch hands added subtrees to the detectors in time slices. A fake clock makes every
 * added root "cost" 1 ms, so a tick of 100 rows cannot go in one slice.
 */
function watchWithClock() {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const batches: { added: Node[]; texts: string[]; removed: boolean; changed: Element[] }[] = [];
  const controller = new AbortController();
  const watch = watchDom((batch: DomBatch) => {
    batches.push({ added: [...batch.added], texts: batch.texts().map((text) => text.nodeValue ?? ''), removed: batch.removed, changed: [...batch.changed] });
    clock += batch.added.length;
  }, controller.signal);
  watch.start(document);
  batches.length = 0;
  return { watch, batches, controller, advance: (ms: number) => void (clock += ms) };
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

describe('rows of a list, read from their text once their siblings proved plain', () => {
  const row = (index: number, inner = '') => {
    const element = document.createElement('tr');
    element.className = 'posting-row';
    element.innerHTML = `<td><a href="#">2371347${index % 10}-0018-3</a></td><td><span class="badge">Ожидает сборки</span></td><td>${inner}</td>`;
    return element;
  };
  const table = (rows: number, inner = '') => {
    document.body.innerHTML = '<table><tbody></tbody></table>';
    const tbody = document.querySelector('tbody')!;
    for (let index = 0; index < rows; index += 1) tbody.append(row(index, inner));
    return tbody;
  };

  it('walks the first rows of a shape, then hands the next ones over unwalked, one in 16 still walked', () => {
    const tbody = table(40);
    const batch = domBatch([...tbody.children], { shapes: listShapes() });
    const walkedRows = new Set(batch.elements().filter((element) => element.localName === 'tr'));
    expect([...walkedRows]).toEqual([tbody.children[0], tbody.children[1], tbody.children[2], tbody.children[18], tbody.children[34]]);
    expect(batch.plain()).toEqual([...tbody.children].filter((child) => !walkedRows.has(child)));
    expect(batch.texts().map((text) => text.nodeValue)).not.toContain('23713475-0018-3');
    expect(batch.textOf(batch.plain()[0]!)).toBe('23713473-0018-3Ожидает сборки');
    expect(batch.textsIn(batch.plain()[0]!).map((text) => text.nodeValue)).toEqual(['23713473-0018-3', 'Ожидает сборки']);
  });

  it('keeps what it learned across batches: rows appended one at a time to a long list', () => {
    const tbody = table(10);
    const shapes = listShapes();
    const plain: Element[] = [];
    for (let index = 0; index < 20; index += 1) {
      const added = tbody.appendChild(row(index));
      plain.push(...domBatch([added], { shapes }).plain());
    }
    expect(plain).toHaveLength(16);
  });

  it('never trusts rows with a loading indicator or a custom element in them: they are always walked', () => {
    for (const inner of ['<progress></progress>', '<span class="spinner"></span>', '<span aria-busy="true"></span>', '<kat-badge>1</kat-badge>']) {
      const tbody = table(30, inner);
      const batch = domBatch([...tbody.children], { shapes: listShapes() });
      expect(batch.plain(), inner).toEqual([]);
      expect(batch.elements().filter((element) => element.localName === 'tr'), inner).toHaveLength(30);
    }
  });

  it('a row that starts to differ is caught by the next walked one, and the shape is not trusted again until rows prove plain', () => {
    const tbody = table(20);
    const shapes = listShapes();
    domBatch([...tbody.children], { shapes }).elements();
    // The next rows carry a spinner: the first of them trusted by shape, the recheck walks one.
    const busy = Array.from({ length: 20 }, (_, index) => tbody.appendChild(row(index, '<span class="loader"></span>')));
    const batch = domBatch(busy, { shapes });
    const walked = busy.filter((element) => batch.elements().includes(element));
    expect(walked.length).toBeGreaterThan(1);
    // From the first walked busy row on, every row is walked.
    expect(busy.slice(busy.indexOf(walked[0]!))).toEqual(walked);
  });

  it('walks everything without shapes (what the detector tests compare with)', () => {
    const tbody = table(40);
    const batch = domBatch([...tbody.children], { shapes: null });
    expect(batch.plain()).toEqual([]);
    expect(batch.elements().filter((element) => element.localName === 'tr')).toHaveLength(40);
  });

  it('past 500 rows a list\'s rows are not read any more; a notice at its end still is, and a list back to a page\'s size is read again', async () => {
    const tbody = table(495);
    const { watch, batches, controller, advance } = watchWithClock();
    const more: Element[] = Array.from({ length: 20 }, (_, index) => tbody.appendChild(row(index)));
    await settle();
    watch.flush();
    // Rows 496 to 501 are read (the 501st makes the list crowded); the ones after are not.
    expect(batches.flatMap((batch) => batch.added).filter((node) => more.includes(node as Element))).toEqual(more.slice(0, 6));
    const notice = document.createElement('tr');
    notice.innerHTML = '<td colspan="3">Не удалось загрузить следующие заказы</td>';
    tbody.append(notice);
    await settle();
    watch.flush();
    expect(batches.flatMap((batch) => batch.added)).not.toContain(notice);
    // About once a second the crowded list is counted and its last child looked at.
    advance(1_000);
    watch.flush();
    expect(batches.flatMap((batch) => batch.added)).toContain(notice);
    // Paged back down to a short list: what it shows is read again, and so are its new rows.
    batches.length = 0;
    for (const element of [...tbody.children].slice(0, 400)) element.remove();
    await settle();
    advance(1_000);
    watch.flush();
    expect(batches.flatMap((batch) => batch.added)).toEqual(expect.arrayContaining([...tbody.children]));
    expect(batches.some((batch) => batch.removed)).toBe(true);
    const later = tbody.appendChild(row(7));
    await settle();
    watch.flush();
    expect(batches.flatMap((batch) => batch.added)).toContain(later);
    controller.abort();
  });
});

