import type { Capture, ChecklistStep, EnvironmentSnapshot } from '../../../lib/db';
import { networkDetails } from '../../../lib/checklist/network';
import { concludeDiagnosis } from '../../../lib/diagnosis/conclude';
import type { ProbeResult } from '../../../lib/diagnosis/types';
import type { ReportInput } from '../../../lib/report/model';
import type { Incident, Signal } from '../../../lib/signals';

/**
 * A fixed demo incident for the report's golden files and the bundle test: an Ozon FBS orders
 * page whose posting calls fail with "Internal error" (HTTP 500, code 13) for half an hour, two
 * postings at or past their ship-by deadline, a red banner, a spinner that never ends and a
 * script error — shaped like what lib/detectors/* and the background store (see
 * tests/e2e/detection.spec.ts). Some texts carry a buyer's name, phone, e-mail and an access
 * token on purpose: none may reach the report or the bundle.
 */

export const TIME_ZONE = 'Europe/Moscow';
/** 2025-11-21 14:05:00 in Moscow (UTC+3). */
export const BASE = Date.UTC(2025, 10, 21, 11, 5, 0);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
export const NOW = BASE + 32 * MINUTE;

export const PII = {
  buyerName: 'Иван Соколов',
  phone: '+7 916 123-45-67',
  email: 'ivan.sokolov@example.com',
  token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzZWxsZXIifQ.Qk3sWk0yTUpWbGx6Z2FCc0x4',
  apiKey: '5f8d0c2e-7a41-4c3b-9e6d-2b1a0f9c8e77',
} as const;

const PAGE = 'https://seller.ozon.ru/app/postings/fbs';

function signal(id: number, draft: Omit<Signal, 'id' | 'incidentId' | 'tabId' | 'pageId' | 'platform' | 'host' | 'clearedAt' | 'url'> & { url?: string }): Signal {
  return { id, incidentId: 7, tabId: 12, pageId: 'page-1', platform: 'ozon', host: 'seller.ozon.ru', clearedAt: null, url: PAGE, ...draft };
}

export const SIGNALS: Signal[] = [
  signal(1, {
    kind: 'network-error',
    severity: 'error',
    message: 'GET /api/posting-service/seller-ui/fbs/list → 500 13: Internal error',
    fingerprint: 'network-error:1a2b3c',
    count: 9,
    firstAt: BASE + 12_000,
    lastAt: BASE + 26 * MINUTE,
    details: {
      method: 'GET',
      // The detector redacts URLs; a raw token is left here on purpose to prove the report does too.
      url: `https://seller.ozon.ru/api/posting-service/seller-ui/fbs/list?limit=50&access_token=${PII.token}`,
      path: '/api/posting-service/seller-ui/fbs/list',
      status: 500,
      reason: 'http',
      meaning: 'server-error',
      durationMs: 1840,
      errorCode: '13',
      errorMessage: 'Internal error',
      api: 'fetch',
    },
  }),
  signal(2, {
    kind: 'banner',
    severity: 'error',
    message: 'Не удалось загрузить отправления. Попробуйте обновить страницу позже.',
    fingerprint: 'banner:4d5e6f',
    count: 3,
    firstAt: BASE + 15_000,
    lastAt: BASE + 25 * MINUTE,
    details: { cue: 'alert', inShadowRoot: false, element: 'div' },
  }),
  signal(3, {
    kind: 'stuck-order',
    severity: 'error',
    message: 'Order 23713478-0018-3 (Ожидает сборки): ship-by passed 31 h ago',
    fingerprint: 'stuck-order:23713478-0018-3:9x8y7z',
    count: 1,
    firstAt: BASE + 40_000,
    lastAt: BASE + 26 * MINUTE,
    details: {
      orderId: '23713478-0018-3',
      reason: 'deadline-passed',
      hours: 31,
      statusId: 'awaiting_packaging',
      statusLabel: 'Ожидает сборки',
      deadline: BASE + 40_000 - 31 * HOUR,
      orderedAt: null,
      buyerName: PII.buyerName,
    },
  }),
  signal(4, {
    kind: 'stuck-order',
    severity: 'warning',
    message: 'Order 41250937-0007-1 (Ожидает отгрузки): ship-by in 3 h',
    fingerprint: 'stuck-order:41250937-0007-1:6w5v4u',
    count: 1,
    firstAt: BASE + 41_000,
    lastAt: BASE + 26 * MINUTE,
    details: { orderId: '41250937-0007-1', reason: 'deadline-near', hours: 3, statusId: 'awaiting_deliver', statusLabel: 'Ожидает отгрузки', deadline: BASE + 41_000 + 3 * HOUR, orderedAt: null },
  }),
  signal(5, {
    kind: 'failed-load',
    severity: 'error',
    message: 'The page is still loading after 15 s: the postings table never finished',
    fingerprint: 'failed-load:3t2s1r',
    count: 1,
    firstAt: BASE + 2 * MINUTE,
    lastAt: BASE + 2 * MINUTE,
    details: { reason: 'endless-spinner', seconds: 15, element: 'div' },
  }),
  signal(6, {
    kind: 'network-error',
    severity: 'error',
    message: 'POST /api/posting-service/seller-ui/fbs/ship → 500 13: Internal error',
    fingerprint: 'network-error:0q9p8o',
    count: 3,
    firstAt: BASE + 6 * MINUTE,
    lastAt: BASE + 18 * MINUTE,
    details: {
      method: 'POST',
      url: 'https://seller.ozon.ru/api/posting-service/seller-ui/fbs/ship',
      path: '/api/posting-service/seller-ui/fbs/ship',
      status: 500,
      reason: 'http',
      meaning: 'server-error',
      durationMs: 2210,
      errorCode: '13',
      errorMessage: `Internal error (request by ${PII.email})`,
      api: 'xhr',
    },
  }),
  signal(7, {
    kind: 'banner',
    severity: 'error',
    message: `Не удалось передать отправление 23713478-0018-3 в доставку. Получатель: ${PII.buyerName}, ${PII.phone}`,
    fingerprint: 'banner:7n6m5l',
    count: 1,
    firstAt: BASE + 7 * MINUTE,
    lastAt: BASE + 7 * MINUTE,
    details: { cue: 'alert', inShadowRoot: false, element: 'div' },
  }),
  signal(8, {
    kind: 'console-error',
    severity: 'warning',
    message: "TypeError: Cannot read properties of undefined (reading 'postings')",
    fingerprint: 'console-error:4k3j2i',
    count: 2,
    firstAt: BASE + 13_000,
    lastAt: BASE + 6 * MINUTE,
    details: { source: 'console', stack: `TypeError: Cannot read properties of undefined\n    at https://seller.ozon.ru/static/app.js?key=${PII.apiKey}:1:2345` },
  }),
];

export const INCIDENT: Incident = {
  id: 7,
  tabId: 12,
  platform: 'ozon',
  host: 'seller.ozon.ru',
  region: 'RU',
  shopId: '1234567',
  openedAt: BASE + 12_000,
  lastAt: BASE + 26 * MINUTE,
  status: 'open',
  severity: 'error',
  signalCount: SIGNALS.length,
  title: 'GET /api/posting-service/seller-ui/fbs/list → 500 13: Internal error',
  pinned: false,
  resolvedAt: null,
};

export const ENVIRONMENT: EnvironmentSnapshot = {
  browser: 'Google Chrome',
  browserVersion: '131.0.6778.86',
  os: 'Windows · 10.0.0 · x86-64',
  extensionVersion: '0.1.0',
  language: 'ru',
  online: true,
  connectionType: '4g',
};

/** The smallest valid PNG (1 × 1, transparent), standing in for a screenshot. */
export const PNG_BYTES = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), (character) => character.charCodeAt(0));

export function captures(): Capture[] {
  const base = { incidentId: 7, tabId: 12, platform: 'ozon' as const, host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', trigger: 'popup' as const, environment: ENVIRONMENT, signalIds: [1, 2, 3], originalScreenshot: null, thumbnail: null, pinned: false };
  return [
    {
      ...base,
      id: 21,
      key: 'capture-21',
      at: BASE + 3 * MINUTE,
      url: `${PAGE}?search=${encodeURIComponent(PII.email)}`,
      title: 'Отправления FBS — Ozon Seller',
      bannerTexts: ['Не удалось загрузить отправления. Попробуйте обновить страницу позже.'],
      masked: true,
      screenshot: new Blob([PNG_BYTES], { type: 'image/png' }),
      width: 1,
      height: 1,
      bytes: PNG_BYTES.length,
      note: null,
    },
    {
      ...base,
      id: 22,
      key: 'capture-22',
      at: BASE + 20 * MINUTE,
      url: PAGE,
      title: 'Отправления FBS — Ozon Seller',
      bannerTexts: [],
      masked: false,
      screenshot: null,
      width: 0,
      height: 0,
      bytes: 0,
      note: 'tab-hidden',
    },
  ];
}

export const PROBES: ProbeResult[] = [
  { host: 'seller.ozon.ru', url: 'https://seller.ozon.ru/', role: 'platform', reachable: true, latencyMs: 640, status: null, failure: null },
  { host: 'connectivitycheck.gstatic.com', url: 'https://connectivitycheck.gstatic.com/generate_204', role: 'neutral', reachable: true, latencyMs: 38, status: null, failure: null },
  { host: 'detectportal.firefox.com', url: 'https://detectportal.firefox.com/success.txt', role: 'neutral', reachable: true, latencyMs: 52, status: null, failure: null },
];

function step(id: number, minutes: number, name: string, outcome: ChecklistStep['outcome'], details: ChecklistStep['details'] = {}): ChecklistStep {
  return { id, incidentId: 7, tabId: 12, platform: 'ozon', host: 'seller.ozon.ru', at: BASE + minutes * MINUTE, step: name, outcome, details };
}

export const STEPS: ChecklistStep[] = [
  step(31, 4, 'refresh', 'done'),
  step(32, 5, 'hard-reload', 'done'),
  step(33, 8, 'network-check', 'done', networkDetails({ online: true, probes: PROBES, at: BASE + 8 * MINUTE })),
  step(34, 10, 'sign-in-again', 'did-not-help'),
  step(35, 14, 'other-network', 'did-not-help'),
];

export function demoReportInput(language: ReportInput['language']): ReportInput {
  const diagnosis = concludeDiagnosis({ platform: 'ozon', online: true, probes: PROBES, signals: SIGNALS, now: BASE + 8 * MINUTE });
  return { incident: INCIDENT, signals: SIGNALS, captures: captures(), steps: STEPS, environment: ENVIRONMENT, diagnosis, language, timeZone: TIME_ZONE, now: NOW };
}
