import { findDates, firstDateAfter } from '../dates';
import type { OrderStage, PlatformRules } from '../rules/types';
import { shownText } from './dom';

/**
 * Reads orders from whatever the page shows — table rows, grid cells or cards — starting from
 * the order ids and status words in the text, never from class names.
 */

const WORD = '[\\p{L}\\p{N}_]';

function labelPattern(labels: readonly string[]): RegExp {
  const escaped = [...labels].sort((a, b) => b.length - a.length).map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!${WORD})(?:${escaped.join('|')})(?!${WORD})`, 'iu');
}

export interface OrderReader {
  /** Finds order ids in a piece of text (global regex: reset lastIndex before use). */
  orderIds: RegExp;
  read(row: Element, orderId: string): OrderRow;
  rowOf(start: Element): Element;
}

export interface OrderRow {
  orderId: string;
  statusId: string | null;
  statusLabel: string | null;
  stage: OrderStage | null;
  deadline: number | null;
  orderedAt: number | null;
}

/** Elements that are rows by their nature in lists, tables and grids. */
const ROW_LIKE = 'tr,[role="row"],li,[role="listitem"],article';
const MAX_CLIMB = 10;

export function createOrderReader(rules: PlatformRules): OrderReader {
  const statusRegex = labelPattern(rules.statuses.flatMap((status) => status.labels));
  const statusByLabel = new Map<string, PlatformRules['statuses'][number]>();
  for (const status of rules.statuses) for (const label of status.labels) statusByLabel.set(label.toLowerCase(), status);
  const deadlineRegex = labelPattern(rules.deadlineLabels);
  const orderDateRegex = rules.orderDateLabels.length ? labelPattern(rules.orderDateLabels) : null;

  /** A date that follows one of the labels in the row's text, or in its table column. */
  const labelledDate = (row: Element, text: string, label: RegExp): number | null => {
    const match = label.exec(text);
    if (match) {
      const date = firstDateAfter(text, match.index + match[0].length, rules.dateFormats);
      if (date) return date.time;
    }
    // A table keeps the label in its header: read the cell of the column it names.
    if (row.localName === 'tr' || row.getAttribute('role') === 'row') {
      const table = row.closest('table,[role="table"],[role="grid"]');
      const header = table?.querySelector('thead tr,[role="row"]:has([role="columnheader"])');
      if (header && header !== row) {
        const headers = [...header.children];
        const cells = [...row.children];
        for (let index = 0; index < headers.length; index += 1) {
          if (!label.test(headers[index]!.textContent ?? '')) continue;
          const date = cells[index] && findDates(cells[index]!.textContent ?? '', rules.dateFormats)[0];
          if (date) return date.time;
        }
      }
    }
    return null;
  };

  return {
    orderIds: new RegExp(rules.orderId.pattern, 'gu'),

    rowOf(start) {
      let current: Element | null = start;
      for (let depth = 0; current && depth < MAX_CLIMB; depth += 1) {
        if (current.matches(ROW_LIKE)) return current;
        const parent: Element | null = current.parentElement;
        // A card in a grid: its parent holds several siblings built the same way.
        if (parent && parent.childElementCount >= 2 && depth > 0) {
          const signature = `${current.localName}.${current.getAttribute('class') ?? ''}`;
          let alike = 0;
          for (const sibling of parent.children) if (`${sibling.localName}.${sibling.getAttribute('class') ?? ''}` === signature) alike += 1;
          if (alike >= 2) return current;
        }
        current = parent;
      }
      // A detail page: the order is the main content.
      return start.closest('main,[role="main"],section,article') ?? start.ownerDocument.body;
    },

    read(row, orderId) {
      const text = shownText(row, 2500);
      const statusMatch = statusRegex.exec(text);
      const status = statusMatch ? statusByLabel.get(statusMatch[0].toLowerCase()) : undefined;
      let orderedAt = orderDateRegex ? labelledDate(row, text, orderDateRegex) : null;
      if (orderedAt === null && rules.orderIdStartsWithDate) {
        const [, yy, mm, dd] = /^(\d{2})(\d{2})(\d{2})/.exec(orderId) ?? [];
        if (yy) orderedAt = new Date(2000 + Number(yy), Number(mm) - 1, Number(dd)).getTime();
      }
      return {
        orderId,
        statusId: status?.id ?? null,
        statusLabel: statusMatch?.[0] ?? null,
        stage: status?.stage ?? null,
        deadline: labelledDate(row, text, deadlineRegex),
        orderedAt,
      };
    },
  };
}
