import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberOrders } from '../../lib/background/order-memory';
import { recordPageTiming } from '../../lib/background/page-timings';
import { redactIncoming } from '../../lib/background/redact-incoming';
import { storeSignals, type PageOrigin } from '../../lib/background/signal-store';
import { SellerSosDatabase } from '../../lib/db';
import { contentToBackgroundSchema, type ContentToBackground, type ContentToBackgroundInput } from '../../lib/messages';
import { matchHost } from '../../lib/rules/catalog';

// The content script sends what it sees, unredacted (it stays small on every page). The
// background's redactIncoming() is the only thing between that and storage: every message
// type that carries page text must come out of it without a credential or personal datum.

const TOKEN = 'a8F3kQ9zL2mN7pR4sT6vX1yB5cD0eG8hJ3kM9nP2';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
const EMAIL = 'anna.buyer@example.com';
const PHONE = '+7 912 345-67-89';
const SECRETS = [TOKEN, JWT, EMAIL, PHONE, 'anna.buyer%40example.com', '912 345-67-89', '9123456789'];
const dirty = `Bearer ${TOKEN}; jwt ${JWT}; write to ${EMAIL} or call ${PHONE}`;
const dirtyUrl = `https://seller.ozon.ru/app/postings/${encodeURIComponent(EMAIL)}?access_token=${TOKEN}&q=${encodeURIComponent(PHONE)}#id_token=${JWT}`;

/** As the background does it: zod first, then the full redaction. */
function received(message: ContentToBackgroundInput): ContentToBackground {
  const parsed = contentToBackgroundSchema.safeParse(message);
  if (!parsed.success) throw new Error(parsed.error.message);
  return redactIncoming(parsed.data);
}

function expectClean(value: unknown): void {
  const text = JSON.stringify(value);
  for (const secret of SECRETS) expect(text).not.toContain(secret);
}

let db: SellerSosDatabase;
let counter = 0;
const origin: PageOrigin = { tabId: 3, pageId: 'page-1', host: 'seller.ozon.ru', match: matchHost('seller.ozon.ru')!, shopId: null };

beforeEach(async () => {
  db = new SellerSosDatabase(`redact-incoming-${(counter += 1)}`);
  await db.open();
});

async function everythingStored(): Promise<unknown[]> {
  return Promise.all(db.tables.map((table) => table.toArray()));
}

describe('content script → storage redaction', () => {
  it('the messages themselves carry the secrets before redaction (the test can fail)', () => {
    const parsed = contentToBackgroundSchema.parse({ type: 'page/hello', pageId: 'page-1', url: dirtyUrl, title: dirty, shopId: null });
    expect(JSON.stringify(parsed)).toContain(TOKEN);
  });

  it('page/hello: URL and title', () => {
    const message = received({ type: 'page/hello', pageId: 'page-1', url: dirtyUrl, title: dirty.slice(0, 300), shopId: '1234567' });
    expectClean(message);
    expect(message).toMatchObject({ url: expect.stringMatching(/^https:\/\/seller\.ozon\.ru\/app\/postings\//), shopId: '1234567' });
  });

  it('signals/report: message, URL and every detail field, as stored', async () => {
    const message = received({
      type: 'signals/report',
      pageId: 'page-1',
      signals: [
        { kind: 'console-error', severity: 'error', message: dirty, fingerprint: 'console-error:abc', url: dirtyUrl, at: 1_000, details: { source: 'error', stack: `Error: ${dirty}\n    at ${dirtyUrl}` } },
        {
          kind: 'network-error', severity: 'error', message: `GET /api/buyer/${EMAIL}/phone/${PHONE} → 500: ${dirty}`, fingerprint: 'network-error:def', url: dirtyUrl, at: 1_000,
          details: { method: 'GET', url: dirtyUrl, path: `/api/buyer/${EMAIL}/${TOKEN}`, errorCode: TOKEN, errorMessage: dirty, status: 500 },
        },
        { kind: 'banner', severity: 'error', message: `Buyer ${EMAIL}, phone ${PHONE}: payment failed`, fingerprint: 'banner:ghi', url: dirtyUrl, at: 1_000, live: true },
        { kind: 'failed-load', severity: 'error', message: `A script failed to load: ${dirtyUrl}`, fingerprint: 'failed-load:jkl', url: dirtyUrl, at: 1_000, details: { reason: 'asset-failed', asset: 'script', url: dirtyUrl } },
      ],
    });
    expectClean(message);
    if (message.type !== 'signals/report') throw new Error('type');
    await storeSignals(db, origin, message.signals);
    const stored = await everythingStored();
    expect(JSON.stringify(stored)).toContain('payment failed');
    expectClean(stored);
  });

  it('orders/seen: URL and status labels, as remembered', async () => {
    const message = received({ type: 'orders/seen', pageId: 'page-1', url: dirtyUrl, at: 1_000, orders: [{ orderId: '0123456789-0001-1', statusId: 'awaiting_packaging', statusLabel: `Awaiting packaging (${EMAIL}, ${PHONE})`, view: 'list' }] });
    expectClean(message);
    if (message.type !== 'orders/seen') throw new Error('type');
    await rememberOrders(db, origin.match.rules, message.orders, message.url, message.at);
    const stored = await everythingStored();
    expect(JSON.stringify(stored)).toContain('0123456789-0001-1');
    expectClean(stored);
  });

  it('page/timing: URL and path key, as recorded', async () => {
    const message = received({ type: 'page/timing', pageId: 'page-1', url: dirtyUrl, pathKey: `/app/buyer/${EMAIL}/${TOKEN}`, loadMs: 900, at: 1_000 });
    expectClean(message);
    if (message.type !== 'page/timing') throw new Error('type');
    await recordPageTiming(db, 'ozon', origin.host, message.pathKey, message.loadMs, message.url, message.at);
    const stored = await everythingStored();
    expect(JSON.stringify(stored)).toContain('/app/buyer/');
    expectClean(stored);
  });

  it('the other message types carry no page text: ids, fingerprints, numbers only', () => {
    const others: ContentToBackgroundInput[] = [
      { type: 'signals/cleared', pageId: 'page-1', fingerprints: ['banner:ghi'], at: 1_000 },
      { type: 'overlay/load', pageId: 'page-1' },
      { type: 'overlay/open-side-panel', pageId: 'page-1' },
      { type: 'overlay/capture', pageId: 'page-1', key: 'abcd-1234-efgh' },
      { type: 'page/rules', languages: ['ru-RU', 'en'] },
    ];
    for (const message of others) {
      expect(received(message)).toEqual(contentToBackgroundSchema.parse(message));
    }
    // Every type of the union is covered by this file: a new one has to be added here.
    const covered = ['page/hello', 'signals/report', 'orders/seen', 'page/timing', 'signals/cleared', 'overlay/load', 'overlay/open-side-panel', 'overlay/capture', 'page/rules'];
    const union = contentToBackgroundSchema._zod.def.options.map((option) => (option._zod.def.shape.type._zod.def as { values: string[] }).values[0]);
    expect([...union].sort()).toEqual([...covered].sort());
  });
});
