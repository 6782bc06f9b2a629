import { describe, expect, it } from 'vitest';
import { findDates, firstDateAfter } from '../../lib/dates';

const local = (...parts: [number, number, number, number?, number?, number?, number?]) => new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0).getTime();

describe('findDates', () => {
  it('reads every back-office format', () => {
    expect(findDates('Собрать до 21.11.2026 14:00', ['DD.MM.YYYY HH:mm'])[0]?.time).toBe(local(2026, 11, 21, 14, 0));
    expect(findDates('Ship by 21/11/2026', ['DD/MM/YYYY'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('Ship by: Sat, Nov 21, 2026', ['ddd, MMM D, YYYY'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('due 2026-11-21', ['YYYY-MM-DD'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('2026-11-21 08:30', ['YYYY-MM-DD HH:mm'])[0]).toMatchObject({ time: local(2026, 11, 21, 8, 30), hasTime: true });
  });

  it('refuses dates that do not exist', () => {
    expect(findDates('31.02.2026', ['DD.MM.YYYY'])).toEqual([]);
    expect(findDates('45/13/2026', ['DD/MM/YYYY'])).toEqual([]);
    expect(findDates('Foo 12, 2026', ['MMM D, YYYY'])).toEqual([]);
  });

  it('does not read order ids or amounts as dates', () => {
    expect(findDates('23713478-0018-3 · 1 290,00 ₽', ['DD.MM.YYYY HH:mm', 'YYYY-MM-DD'])).toEqual([]);
  });

  it('finds the first date after a label', () => {
    const text = 'Создан 18.11.2026 10:00 · Собрать до 21.11.2026 14:00';
    expect(firstDateAfter(text, text.indexOf('Собрать до'), ['DD.MM.YYYY HH:mm'])?.time).toBe(local(2026, 11, 21, 14, 0));
  });
});
