import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { captureMessageKey, captureNoteKey, requestCapture } from '../../lib/capture/client';
import { captureRequestSchema } from '../../lib/messages';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('requestCapture', () => {
  it('resends the same request (same key) until the background answers it', async () => {
    const seen: unknown[] = [];
    let calls = 0;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      seen.push(message);
      calls += 1;
      // 1: the worker is stopped mid-request; 2: it is starting and has no listener yet; 3: the answer.
      if (calls === 1) throw new Error('The message port closed before a response was received.');
      if (calls === 2) return undefined;
      return { ok: true, key: (message as { key: string }).key, captureId: 12, screenshot: true, note: null };
    });
    const outcome = await requestCapture({ tabId: 5, trigger: 'sidepanel', mask: false });
    expect(outcome).toMatchObject({ ok: true, captureId: 12 });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((message) => JSON.stringify(message))).size).toBe(1);
    expect(captureRequestSchema.parse(seen[0])).toMatchObject({ type: 'capture/request', tabId: 5, trigger: 'sidepanel', mask: false });
  });

  it('ignores answers that do not validate or are for another request', async () => {
    let calls = 0;
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      calls += 1;
      if (calls === 1) return { ok: true, key: 'someone-else', captureId: 1, screenshot: true, note: null };
      if (calls === 2) return { ok: 'yes' };
      return { ok: false, key: (message as { key: string }).key, error: 'not-back-office', message: 'x' };
    });
    await expect(requestCapture({ tabId: 5, trigger: 'popup' })).resolves.toMatchObject({ ok: false, error: 'not-back-office' });
    expect(calls).toBe(3);
  });

  it('gives up with a clear error when the background never answers', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(requestCapture({ tabId: 5, trigger: 'popup', timeoutMs: 300 })).resolves.toMatchObject({ ok: false, error: 'no-answer' });
  });
});

describe('messages for the seller', () => {
  it('maps outcomes and notes to i18n keys that exist in every locale', async () => {
    const keys = [
      captureMessageKey({ ok: true, key: 'k', captureId: 1, screenshot: true, note: null }),
      captureMessageKey({ ok: true, key: 'k', captureId: 1, screenshot: false, note: 'permission-needed' }),
      captureMessageKey({ ok: false, key: 'k', error: 'storage-failed', message: '' }),
      captureNoteKey('tab-hidden')!,
    ];
    expect(keys).toEqual(['captureEvidenceDone', 'captureNotePermissionNeeded', 'captureErrorStorageFailed', 'captureNoteTabHidden']);
    expect(captureNoteKey(null)).toBeNull();
    expect(captureNoteKey('not-a-note')).toBeNull();
    const { readFileSync } = await import('node:fs');
    for (const locale of ['en', 'ru', 'zh_CN']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, unknown>;
      for (const key of keys) expect(messages[key], `${locale}: ${key}`).toBeDefined();
    }
  });
});
