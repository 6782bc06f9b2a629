// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

vi.mock('../../lib/background/capture', () => ({ captureEvidence: vi.fn(async () => ({ ok: true })) }));

const { captureEvidence } = await import('../../lib/background/capture');
const { captureOnNewFault, AUTO_CAPTURE_INTERVAL_MS } = await import('../../lib/background/capture-auto');
const { storeSignals } = await import('../../lib/background/signal-store');
const { SellerSosDatabase } = await import('../../lib/db');
const { matchHost } = await import('../../lib/rules/catalog');
const { saveSettings } = await import('../../lib/settings');
type SignalDraft = import('../../lib/signals').SignalDraft;

let counter = 0;
let db: InstanceType<typeof SellerSosDatabase>;
const origin = { tabId: 4, pageId: 'p', host: 'seller.ozon.ru', match: matchHost('seller.ozon.ru')!, shopId: null };
const draft = (fingerprint: string, at: number, severity: SignalDraft['severity'] = 'error'): SignalDraft => ({
  kind: 'network-error', severity, message: `GET /api → 500 (${fingerprint})`, fingerprint, url: 'https://seller.ozon.ru/app', at, count: 1, live: false, details: {},
});
const report = async (drafts: SignalDraft[], now: number) => captureOnNewFault(db, origin.tabId, await storeSignals(db, origin, drafts), drafts, now);

beforeEach(async () => {
  fakeBrowser.reset();
  vi.mocked(captureEvidence).mockClear();
  db = new SellerSosDatabase(`auto-${(counter += 1)}`);
  await db.open();
});

describe('automatic capture', () => {
  it('is off unless the seller switched it on', async () => {
    await report([draft('a', 1_000)], 1_000);
    expect(captureEvidence).not.toHaveBeenCalled();
  });

  it('captures a new serious fault, once per incident per minute', async () => {
    await saveSettings({ autoCapture: true });
    await report([draft('a', 1_000)], 1_000);
    expect(captureEvidence).toHaveBeenCalledTimes(1);
    expect(vi.mocked(captureEvidence).mock.calls[0]![0]).toMatchObject({ tabId: 4, trigger: 'auto' });
    // Another new serious fault within the minute, and two at once: nothing more.
    await report([draft('b', 2_000)], 2_000);
    await Promise.all([report([draft('c', 3_000)], 3_000), report([draft('d', 3_001)], 3_001)]);
    expect(captureEvidence).toHaveBeenCalledTimes(1);
    // After the minute, a new one is captured again.
    await report([draft('e', 1_000 + AUTO_CAPTURE_INTERVAL_MS)], 1_000 + AUTO_CAPTURE_INTERVAL_MS);
    expect(captureEvidence).toHaveBeenCalledTimes(2);
  });

  it('ignores repeats of a known fault and faults below error', async () => {
    await saveSettings({ autoCapture: true });
    await report([draft('w', 1_000, 'warning')], 1_000);
    expect(captureEvidence).not.toHaveBeenCalled();
    await storeSignals(db, origin, [draft('a', 1_000)]);
    await report([draft('a', 90_000)], 90_000);
    expect(captureEvidence).not.toHaveBeenCalled();
  });
});
