import { describe, expect, it, vi } from 'vitest';
import type { PageEvent } from '../../lib/messages-page';
import { CONSOLE_READ_PER_SECOND, readErrorBody, startPageProbe } from '../../lib/page-probe/main';

describe('readErrorBody', () => {
  it('reads each platform\'s error body', () => {
    expect(readErrorBody('{"code":8,"message":"You have reached request rate limit per second"}')).toEqual({ code: '8', message: 'You have reached request rate limit per second' });
    expect(readErrorBody('{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource."}]}')).toEqual({ code: 'QuotaExceeded', message: 'You exceeded your quota for the requested resource.' });
    expect(readErrorBody('{"error":"error_auth","message":"Invalid token","request_id":"abc"}')).toEqual({ code: 'error_auth', message: 'Invalid token' });
  });

  it('ignores bodies that are not JSON, too big or without a code', () => {
    expect(readErrorBody('<html>502 Bad Gateway</html>')).toEqual({});
    expect(readErrorBody(`{"message":"${'x'.repeat(70_000)}"}`)).toEqual({});
    expect(readErrorBody('{"broken"')).toEqual({});
    expect(readErrorBody(undefined)).toEqual({});
  });
});

describe('console tap under a flood', () => {
  it('the page\'s console gets every call; the first calls a second are read, the rest counted', async () => {
    vi.useFakeTimers({ now: new Date(2026, 10, 21, 12, 0) });
    const native = vi.fn();
    console.error = native;
    const posted: PageEvent[] = [];
    vi.spyOn(window, 'postMessage').mockImplementation(((message: { events: PageEvent[] }) => void posted.push(...message.events)) as typeof window.postMessage);
    startPageProbe();
    const calls = 10_000;
    for (let index = 0; index < calls; index += 1) console.error(`row ${index} failed`, index);
    expect(native).toHaveBeenCalledTimes(calls);
    expect(native.mock.calls[calls - 1]).toEqual([`row ${calls - 1} failed`, calls - 1]);
    await vi.advanceTimersByTimeAsync(300);
    const recorded = posted.filter((event) => event.type === 'console-error');
    const read = recorded.find((event) => event.message.startsWith('row '));
    const overflow = recorded.find((event) => /counted but not recorded one by one/.test(event.message));
    expect(read && 'count' in read && read.count).toBe(CONSOLE_READ_PER_SECOND);
    expect(overflow && 'count' in overflow && overflow.count).toBe(calls - CONSOLE_READ_PER_SECOND);
    // A second later, calls are read one by one again.
    await vi.advanceTimersByTimeAsync(1_000);
    console.error('Payment widget failed');
    await vi.advanceTimersByTimeAsync(300);
    expect(posted.some((event) => event.type === 'console-error' && event.message === 'Payment widget failed')).toBe(true);
    expect(native).toHaveBeenCalledTimes(calls + 1);
    // A page that installs its own console.error keeps it, and it still reaches what it wrapped.
    const previous = console.error;
    const own = vi.fn((...values: unknown[]) => previous(...values));
    console.error = own;
    expect(console.error).toBe(own);
    console.error('own');
    expect(own).toHaveBeenCalledTimes(1);
    expect(native).toHaveBeenLastCalledWith('own');
    vi.useRealTimers();
  });
});
