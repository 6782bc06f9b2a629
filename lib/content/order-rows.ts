import { findDates, firstDateAfter } from '../dates';
import type { PageRules } from '../rules/page-rules';
import type { OrderStage } from '../rules/types';
import { shownText, TABLE_ROW } from './dom';

/**
 * Reads orders from whatever the page shows — table rows, grid cells or cards — starting from
 * the order ids and status words in the text, never from class names.
 */

const WORD = '[\\p{L}\\p{N}_]';
/** Scripts that separate words with spaces; Chinese, Japanese and Thai labels have no edges. */
const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hangul}\p{N}]/u;

function labelPattern(labels: readonly string[], flags = 'iu'): RegExp {
  const sources = [...labels]
    .sort((a, b) => b.length - a.length)
    .map((label) => {
      const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const before = SPACED.test(label[0] ?? '') ? `(?<!${WORD})` : '';
      const after = SPACED.test(label.at(-1) ?? '') ? `(?!${WORD})` : '';
      return `${before}${escaped}${after}`;
    });
  return new RegExp(sources.join('|'), flags);
}

export interface OrderReader {
  /** Finds order ids in a piece of text (global regex: reset lastIndex before use). */
  orderIds: RegExp;
  /**
   * The order a row of a list shows, read from its text content alone (no walk of the row):
   * undefined when that text cannot tell (the row must be walked), null when it shows none.
   */
  orderOfRow(row: Element, textContent: string): string | null | undefined;
  /** `textContent`: the row's text in one piece, when orderOfRow could tell from it. */
  read(row: Element, orderId: string, textContent?: string): OrderRow;
  /** Starts a DOM batch: what was read of large containers may have changed since. */
  beginBatch(): void;
  /** The row, card or page section that shows one order; null when the text is not in one. */
  rowOf(start: Element, orderId: string): Element | null;
}

export interface OrderRow {
  orderId: string;
  statusId: string | null;
  statusLabel: string | null;
  stage: OrderStage | null;
  deadline: number | null;
  orderedAt: number | null;
}

/**
 * Text content runs the texts of neighbouring elements together: "30.10.2026" and "00:35" in
 * two cells read "30.10.202600:35", a date with a wrong time. Such text is read node by node.
 */
const GLUED_TIME = /\d{3}:\d{2}/;
/** Lookarounds cut out of an order id pattern: it then finds ids in text run together too. */
export const LOOKAROUND = /\(\?<?[=!](?:[^()\\]|\\.)*\)/g;

/**
 * A table cell's text: in one call for a row of a plain list (no custom element in it) unless a
 * date ran into a time in it, node by node otherwise.
 */
function cellText(cell: Element, plainRow: boolean): string {
  if (plainRow) {
    const text = cell.textContent ?? '';
    if (!GLUED_TIME.test(text)) return text;
  }
  return shownText(cell, 200);
}

/** Elements that are rows by their nature in lists, tables and grids. */
const ROW_LIKE = 'tr,[role="row"],li,[role="listitem"],article';
const MAX_CLIMB = 10;

export function createOrderReader(rules: PageRules): OrderReader {
  // Case-sensitive: status badges are written as labels ("Shipped"); prose uses the same words
  // in lower case ("Order shipped successfully") and must not be read as a status.
  const statusRegex = labelPattern(rules.statuses.flatMap((status) => status.labels), 'u');
  const statusByLabel = new Map<string, PageRules['statuses'][number]>();
  for (const status of rules.statuses) for (const label of status.labels) statusByLabel.set(label, status);
  const deadlineRegex = labelPattern(rules.deadlineLabels);
  const orderDateRegex = rules.orderDateLabels.length ? labelPattern(rules.orderDateLabels) : null;

  /** A date that follows one of the labels in the row's text, or in its table column. */
  const labelledDate = (row: Element, text: string, label: RegExp, plainRow: boolean): number | null => {
    const match = label.exec(text);
    if (match) {
      const date = firstDateAfter(text, match.index + match[0].length, rules.dateFormats);
      if (date) return date.time;
    }
    // A table keeps the label in its header: read the cell of the column it names.
    if (row.matches(TABLE_ROW)) {
      const columns = headerOf(row, label);
      if (columns) {
        const cells = row.children;
        for (const index of columns) {
          const cell = cells[index];
          const date = cell && findDates(cellText(cell, plainRow), rules.dateFormats)[0];
          if (date) return date.time;
        }
      }
    }
    return null;
  };

  /**
   * The header texts of a row's table, checked once per table per DOM batch: a list of a
   * thousand rows reads its header once, and a header the page changes (columns added, moved,
   * renamed) is read afresh in the next batch, since every change to the page comes in one.
   */
  const headers = new WeakMap<Element, { header: Element; text: string; columns: string[]; named: Map<RegExp, number[]> } | null>();
  let checkedHeaders = new WeakSet<Element>();
  let tables = new WeakMap<Node, Element | null>();
  // A table's header row first, found at once; the :has() query, which may look at every row,
  // only for grids without one.
  const headerRowOf = (table: Element): Element | null => table.querySelector('thead tr') ?? table.querySelector('[role="row"]:has([role="columnheader"])');
  /** The indexes of the columns whose header names the label (worked out once per table and label). */
  const headerOf = (row: Element, label: RegExp): number[] | null => {
    // Rows of one list share their parent: the table is looked up once per list and batch.
    const parent = row.parentNode ?? row;
    let table = tables.get(parent);
    if (table === undefined) tables.set(parent, (table = row.closest('table,[role="table"],[role="grid"]')));
    if (!table) return null;
    let known = headers.get(table);
    if (!checkedHeaders.has(table)) {
      checkedHeaders.add(table);
      const header = headerRowOf(table);
      const text = header?.textContent ?? '';
      if (!header) known = null;
      else if (!known || known.header !== header || known.text !== text) known = { header, text, columns: Array.from(header.children, (cell) => shownText(cell, 200)), named: new Map() };
      headers.set(table, known);
    }
    if (!known || known.header === row) return null;
    let indexes = known.named.get(label);
    if (!indexes) {
      indexes = [];
      for (let index = 0; index < known.columns.length; index += 1) if (label.test(known.columns[index]!)) indexes.push(index);
      known.named.set(label, indexes);
    }
    return indexes;
  };

  const orderIds = new RegExp(rules.orderId.pattern, 'gu');
  /**
   * A row shows one order: a container with two different order ids is a list, not a row.
   * The answer for a large container (the page, when a notice mentions an order) is kept for
   * the batch, so a thousand ids outside rows cost one read of the page, not a thousand.
   */
  let batchMemo = new WeakMap<Element, { ids: Set<string>; text: string }>();
  /** The text and order ids of a container, read once per batch (rowOf and read both need them). */
  const seen = (element: Element): { ids: Set<string>; text: string } => {
    let known = batchMemo.get(element);
    if (!known) {
      const ids = new Set<string>();
      const text = shownText(element, 20_000);
      orderIds.lastIndex = 0;
      for (let match = orderIds.exec(text); match && ids.size < 3; match = orderIds.exec(text)) ids.add(match[0]);
      known = { ids, text };
      batchMemo.set(element, known);
    }
    return known;
  };
  const idsIn = (element: Element): Set<string> => seen(element).ids;
  const showsOnly = (element: Element, orderId: string): boolean => {
    for (const id of idsIn(element)) if (id !== orderId) return false;
    return true;
  };

  /** Per parent element: do its children form a list of orders (cached, rows share parents)? */
  const listParents = new WeakMap<Element, Map<string, boolean>>();
  const isListOfOrders = (parent: Element, child: Element): boolean => {
    const signature = `${child.localName}.${child.getAttribute('class') ?? ''}`;
    let known = listParents.get(parent);
    if (!known) listParents.set(parent, (known = new Map()));
    const cached = known.get(signature);
    if (cached !== undefined) return cached;
    let withIds = 0;
    for (const sibling of parent.children) {
      if (`${sibling.localName}.${sibling.getAttribute('class') ?? ''}` !== signature) continue;
      orderIds.lastIndex = 0;
      if (orderIds.test(shownText(sibling, 600)) && (withIds += 1) >= 2) break;
    }
    known.set(signature, withIds >= 2);
    return withIds >= 2;
  };

  /** The id pattern without its edges finds ids in text run together too (rules.test.ts checks it cuts). */
  const idsAnywhere = new RegExp(rules.orderId.pattern.replace(LOOKAROUND, ''), 'u');

  return {
    // The same expression rowOf and read use: a caller reads its match before calling them.
    orderIds,
    orderOfRow(row, textContent) {
      // Cards and sections are found by climbing from the id's text: walk them.
      if (!row.matches(ROW_LIKE)) return undefined;
      let orderId: string | null = null;
      // orderIds is free here: rowOf and read do not run meanwhile.
      orderIds.lastIndex = 0;
      for (let match = orderIds.exec(textContent); match; match = orderIds.exec(textContent)) {
        if (orderId === null) orderId = match[0];
        // Two orders in one row: rows nested in it may show one each.
        else if (match[0] !== orderId) return undefined;
      }
      if (orderId !== null) return orderId;
      // None found: there is none, unless text run together hid one from the pattern's edges.
      return idsAnywhere.test(textContent) ? undefined : null;
    },
    beginBatch() {
      batchMemo = new WeakMap();
      checkedHeaders = new WeakSet();
      tables = new WeakMap();
    },

    rowOf(start, orderId) {
      let current: Element | null = start;
      for (let depth = 0; current && depth < MAX_CLIMB; depth += 1) {
        if (current.matches(ROW_LIKE)) return showsOnly(current, orderId) ? current : null;
        const parent: Element | null = current.parentElement;
        // A card in a grid: its parent holds several siblings built the same way, each with an
        // order id (table cells are siblings built alike too, but only one holds the id).
        // A cell of a table row is never a card: the row is met on the next step.
        if (parent && parent.childElementCount >= 2 && depth > 0 && !parent.matches(TABLE_ROW) && isListOfOrders(parent, current)) {
          return showsOnly(current, orderId) ? current : null;
        }
        current = parent;
      }
      // A detail page: the order is the main content — if no other order is on the page. A
      // notice that mentions an order above a list is not a row.
      const page = start.closest('main,[role="main"]') ?? start.ownerDocument.body;
      return showsOnly(page, orderId) ? page : null;
    },

    read(row, orderId, textContent) {
      // A row of a plain list is read from its text in one piece (a row of a table, failing
      // that, cell by cell: React renders cells with no space between them, and "…-0003-1" run
      // into "Ожидает сборки" hides the label's word edge); any other row, or one whose text
      // still does not show a status, from the text rowOf read node by node in this batch.
      const plainRow = textContent !== undefined;
      let text = plainRow && !GLUED_TIME.test(textContent) ? textContent : '';
      let statusMatch = text ? statusRegex.exec(text) : null;
      if (!statusMatch && plainRow && row.matches(TABLE_ROW)) statusMatch = statusRegex.exec((text = Array.from(row.children, (cell) => cellText(cell, true)).join(' ')));
      const inOnePiece = !!statusMatch && plainRow;
      if (!statusMatch) statusMatch = statusRegex.exec((text = seen(row).text));
      text = text.slice(0, 2500);
      const status = statusMatch ? statusByLabel.get(statusMatch[0]) : undefined;
      let orderedAt = orderDateRegex ? labelledDate(row, text, orderDateRegex, inOnePiece) : null;
      if (orderedAt === null && rules.orderIdStartsWithDate) {
        const [, yy, mm, dd] = /^(\d{2})(\d{2})(\d{2})/.exec(orderId) ?? [];
        if (yy) orderedAt = new Date(2000 + Number(yy), Number(mm) - 1, Number(dd)).getTime();
      }
      return {
        orderId,
        statusId: status?.id ?? null,
        statusLabel: statusMatch?.[0] ?? null,
        stage: status?.stage ?? null,
        deadline: labelledDate(row, text, deadlineRegex, inOnePiece),
        orderedAt,
      };
    },
  };
}
