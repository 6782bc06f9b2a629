import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignalSink, type SignalSink } from '../../lib/content/signal-sink';
import type { ContentToBackgroundInput } from '../../lib/messages';
import type { SignalDraftInput } from '../../lib/signals';

const draft = (fingerprint: string, extra: Partial<SignalDraftInput> = {}): SignalDraftInput => ({
  kind: 'console-error',
  severity: 'warning',
  message: `message ${fingerprint}`,
  fingerprint,
  url: 'https://seller.ozon.ru/app/postings/fbs',
  at: 1,
  ...extra,
});

describe('SignalSink', () => {
  let sent: ContentToBackgroundInput[];
  let sink: SignalSink;

  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    sink = createSignalSink('page-1', async (message) => {
      sent.push(message);
      return { ok: true };
    }, () => 'https://seller.ozon.ru/app');
  });
  afterEach(() => vi.useRealTimers());

  const reports = () => sent.flatMap((message) => (message.type === 'signals/report' ? message.signals : []));

  it('sends a new fault almost at once', async () => {
    sink.report(draft('a'));
    await vi.advanceTimersByTimeAsync(20);
    expect(reports().map((signal) => signal.fingerprint)).toEqual(['a']);
  });

  it('coalesces a flood of the same fault into one signal with a count', async () => {
    for (let index = 0; index < 10_000; index += 1) sink.report(draft('flood'));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.count).toBe(10_000);
  });

  it('bounds distinct faults per page and says so once', async () => {
    for (let index = 0; index < 1_000; index += 1) sink.report(draft(`f${index}`));
    await vi.advanceTimersByTimeAsync(2_000);
    const fingerprints = reports().map((signal) => signal.fingerprint);
    expect(fingerprints.length).toBe(301);
    expect(fingerprints).toContain('diagnostic:flood');
    expect(reports().find((signal) => signal.fingerprint === 'diagnostic:flood')?.details).toEqual({ reason: 'too-many-signals', dropped: 700 });
  });

  it('reports a live fault once and clears it once', async () => {
    sink.report(draft('banner', { live: true }));
    sink.report(draft('banner', { live: true }));
    await vi.advanceTimersByTimeAsync(20);
    sink.report(draft('banner', { live: true }));
    sink.clear('banner');
    sink.clear('banner');
    await vi.advanceTimersByTimeAsync(1_100);
    expect(reports()).toHaveLength(1);
    expect(sent.filter((message) => message.type === 'signals/cleared')).toEqual([{ type: 'signals/cleared', pageId: 'page-1', fingerprints: ['banner'], at: expect.any(Number) }]);
  });

  it('a clear followed by the same live fault (a re-render) sends nothing', async () => {
    sink.report(draft('row', { live: true }));
    await vi.advanceTimersByTimeAsync(20);
    sink.clear('row');
    sink.report(draft('row', { live: true }));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(reports()).toHaveLength(1);
    expect(sent.some((message) => message.type === 'signals/cleared')).toBe(false);
  });

  it('retries while the background is away, and delivers in order', async () => {
    let failures = 3;
    const delivered: string[] = [];
    const flaky = createSignalSink('page-2', async (message) => {
      if (failures-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      delivered.push(message.type);
      return { ok: true };
    }, () => '');
    flaky.report(draft('x', { live: true }));
    await vi.advanceTimersByTimeAsync(20);
    flaky.clear('x');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(delivered).toEqual(['signals/report', 'signals/cleared']);
  });

  describe('acknowledgement', () => {
    const attemptsOf = (answers: unknown[]) => {
      const tries: string[] = [];
      const sink = createSignalSink('page-3', async (message) => {
        tries.push(message.type);
        return answers.length > 1 ? answers.shift() : answers[0];
      }, () => '');
      return { sink, tries };
    };

    it('a report the background says it stored is sent once', async () => {
      const { sink, tries } = attemptsOf([{ ok: true }]);
      sink.report(draft('a'));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(tries).toEqual(['signals/report']);
    });

    it('no answer (undefined) is not a delivery: the report is sent again until stored', async () => {
      const { sink, tries } = attemptsOf([undefined, undefined, { ok: true }]);
      sink.report(draft('a'));
      await vi.advanceTimersByTimeAsync(30_000);
      expect(tries).toEqual(['signals/report', 'signals/report', 'signals/report']);
    });

    it('a transient refusal (storage full) is retried, and the report kept until stored', async () => {
      const { sink, tries } = attemptsOf([{ ok: false, reason: 'storage-full' }, { ok: true }]);
      sink.report(draft('a'));
      sink.clear('a');
      sink.report(draft('b', { live: true }));
      await vi.advanceTimersByTimeAsync(1_100);
      sink.clear('b');
      await vi.advanceTimersByTimeAsync(30_000);
      // The clear waits for the report it follows.
      expect(tries).toEqual(['signals/report', 'signals/report', 'signals/cleared']);
    });

    it('a permanent refusal is dropped at once with a warning, and what follows still goes', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { sink, tries } = attemptsOf([{ ok: false, reason: 'invalid' }, { ok: true }]);
      sink.report(draft('a', { live: true }));
      await vi.advanceTimersByTimeAsync(20);
      sink.clear('a');
      await vi.advanceTimersByTimeAsync(30_000);
      expect(tries).toEqual(['signals/report', 'signals/cleared']);
      expect(warn).toHaveBeenCalledWith('Seller SOS: a report was not stored:', 'signals/report', 'invalid');
      warn.mockRestore();
    });

    it('gives up after a bounded number of tries when the background never stores it', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
      const { sink, tries } = attemptsOf([{ ok: false, reason: 'storage-full' }]);
      sink.report(draft('a'));
      await vi.advanceTimersByTimeAsync(120_000);
      expect(tries).toHaveLength(8);
      expect(warn).toHaveBeenCalledTimes(1);
      warn.mockRestore();
    });
  });
});
