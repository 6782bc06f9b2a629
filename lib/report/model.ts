import type { Capture, ChecklistStep, EnvironmentSnapshot } from '../db';
import { CHECKLIST_STEP_IDS, type ChecklistStepId, type StepOutcome } from '../checklist/steps';
import { probesFromDetails } from '../checklist/network';
import { AREA_NAMES, describeFact, statusPageLabel } from '../diagnosis/describe';
import { errorCodeOf, isFault, meaningOf, occurrencesOf, orderIdOf, reasonOf, statusOf, summariseSignals, type SignalSummary } from '../diagnosis/summary';
import { AUTH_MEANINGS, NO_ANSWER_MEANINGS, SERVER_MEANINGS, type Diagnosis, type ErrorMeaning, type SignalReason } from '../diagnosis/types';
import { fill } from '../fixes/language';
import { rankFixes, type RankedFix } from '../fixes/rank';
import { describeReason } from '../fixes/reasons';
import { redactDetails, redactText, redactUrl } from '../redact';
import { PLATFORM_RULES } from '../rules/catalog';
import type { Incident, Signal } from '../signals';
import type { Block, Line, ReportDocument, ReportSection } from './document';
import { BUNDLE_FILES, orderedCaptures, screenshotFileName } from './files';
import { formatDateTime, formatDuration, formatRange, formatRegion, utcOffset } from './format';
import { reportLabels, type Ask, type Problem, type ReportLabels } from './labels';
import type { ReportLanguage } from './language';

/**
 * Builds the support report's structure from one incident: what happened and since when, the
 * shop, the affected orders, the error texts and codes, the environment, the checklist steps
 * already tried, the evidence, the outside-in diagnosis and the request to support. Every page-
 * derived string passes through lib/redact.ts here; the renderers only arrange it.
 */

export type ReportCapture = Pick<Capture, 'at' | 'url' | 'title' | 'screenshot' | 'masked' | 'note'> & Partial<Pick<Capture, 'id' | 'environment'>>;

export interface ReportInput {
  incident: Incident;
  /** The incident's signals. */
  signals: readonly Signal[];
  captures: readonly ReportCapture[];
  /** Checklist steps of the incident (lib/checklist). */
  steps: readonly ChecklistStep[];
  /** The seller's machine; the newest capture's snapshot when null. */
  environment: EnvironmentSnapshot | null;
  diagnosis: Diagnosis | null;
  /** Ranked fixes (lib/fixes/rank.ts); ranked here when left out. They choose what support is asked. */
  fixes?: readonly RankedFix[];
  language: ReportLanguage;
  /** IANA time zone of the dates; default the browser's. */
  timeZone?: string;
  /** When the report is made; default now. */
  now?: number;
}

const LIST_LIMITS = { orders: 30, calls: 15, banners: 10, page: 10, console: 5, notes: 5, steps: 40, captures: 30, facts: 12, ids: 20 } as const;
const MAX_TEXT = 300;

const ORDER_REASONS: readonly SignalReason[] = ['deadline-passed', 'deadline-near', 'unpaid-too-long', 'list-detail-mismatch', 'duplicate', 'status-unchanged'];

/** Which request to support each fix leads to (ids of rules/fixes.ts). */
const FIX_ASKS: Readonly<Record<string, Ask>> = {
  'manual-shipment-log': 'protect-deadlines',
  'payment-check-account': 'confirm-payment',
  'settlement-refund-anomaly': 'settlement',
  'data-compare-raw': 'confirm-status',
  'duplicate-order-shown': 'confirm-status',
  'order-sync-interrupted': 'confirm-status',
  'do-not-act-blindly': 'confirm-status',
  'reauthorise-amazon': 'check-access',
  'reauthorise-shopee': 'check-access',
  'check-api-key-ozon': 'check-access',
  'sub-account-permissions': 'check-access',
  'login-problem': 'check-access',
  'rate-limit-amazon': 'limits',
  'rate-limit-shopee': 'limits',
  'rate-limit-ozon': 'limits',
  'logistics-tracking-stale': 'tracking',
  'product-sync-failed': 'products',
  'inventory-out-of-sync': 'stock',
  'promotion-misbehaving': 'promotion',
};
/** A fix must score this much for its request to be made (weaker ones are general advice). */
const ASK_MIN_SCORE = 20;

interface Context {
  input: ReportInput;
  labels: ReportLabels;
  language: ReportLanguage;
  timeZone: string;
  summary: SignalSummary;
  signals: Signal[];
}

// ── Small helpers ────────────────────────────────────────────────────────────────────────────

/** Page text on one line, redacted and capped. */
function pageText(text: unknown): string {
  const value = typeof text === 'string' ? text : text === null || text === undefined ? '' : String(text);
  const single = redactText(value).replace(/\s+/g, ' ').trim();
  return single.length > MAX_TEXT ? `${single.slice(0, MAX_TEXT - 1)}…` : single;
}

function quote(text: string, language: ReportLanguage): string {
  return language === 'ru' ? `«${text}»` : `“${text}”`;
}

function separators(language: ReportLanguage): { comma: string; colon: string; semicolon: string; end: string } {
  return language === 'zh_CN' ? { comma: ',', colon: ':', semicolon: ';', end: '。' } : { comma: ', ', colon: ': ', semicolon: '; ', end: '.' };
}

/** " (text)" in English and Russian, "(text)" in Chinese. */
function parenthesised(text: string, language: ReportLanguage): string {
  return language === 'zh_CN' ? `(${text})` : ` (${text})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

function dateTime(context: Context, at: number): string {
  return formatDateTime(at, context.timeZone);
}

function withOffset(context: Context, at: number): string {
  return `${formatDateTime(at, context.timeZone)}${parenthesised(utcOffset(at, context.timeZone), context.language)}`;
}

function range(context: Context, signal: Pick<Signal, 'firstAt' | 'lastAt'>): string {
  return formatRange(signal.firstAt, Math.max(signal.firstAt, signal.lastAt), context.timeZone);
}

/** The page's path, for "on /app/postings/fbs". */
function pagePath(url: string): string {
  try {
    return new URL(redactUrl(url)).pathname;
  } catch {
    return pageText(url);
  }
}

/** An order id as the platform writes it; anything else goes through redaction. */
function safeOrderId(id: string, context: Context): string {
  const pattern = new RegExp(`^(?:${PLATFORM_RULES[context.input.incident.platform].orderId.pattern})$`, 'u');
  return pattern.test(id) ? id : pageText(id);
}

/** The seller's own shop id is for support; it is kept when it looks like an id and redacted otherwise. */
function safeShopId(shopId: string | null): string | null {
  if (!shopId) return null;
  const trimmed = shopId.trim();
  return /^[A-Za-z0-9_-]{1,40}$/.test(trimmed) ? trimmed : pageText(trimmed);
}

function idList(ids: readonly string[], language: ReportLanguage): string {
  const shown = ids.slice(0, LIST_LIMITS.ids).join(language === 'zh_CN' ? '、' : ', ');
  return ids.length > LIST_LIMITS.ids ? `${shown} …` : shown;
}

function limited<T>(items: readonly T[], limit: number, context: Context, render: (item: T) => Line): Line[] {
  const lines = items.slice(0, limit).map(render);
  if (items.length > limit) lines.push([fill(context.labels.moreNotListed, { count: items.length - limit })]);
  return lines;
}

function byTime<T extends { firstAt: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.firstAt - b.firstAt);
}

// ── What happened ────────────────────────────────────────────────────────────────────────────

interface CallGroup {
  problem: Extract<Problem, 'server' | 'auth' | 'rate' | 'no-answer' | 'failed-calls'>;
  calls: number;
  statuses: number[];
  codes: string[];
}

function callGroups(signals: readonly Signal[]): CallGroup[] {
  const groups = new Map<CallGroup['problem'], CallGroup>();
  const problemOf = (meaning: ErrorMeaning | null): CallGroup['problem'] => {
    if (meaning && SERVER_MEANINGS.includes(meaning)) return 'server';
    if (meaning && AUTH_MEANINGS.includes(meaning)) return 'auth';
    if (meaning === 'rate-limited') return 'rate';
    if (meaning && NO_ANSWER_MEANINGS.includes(meaning)) return 'no-answer';
    return 'failed-calls';
  };
  for (const signal of signals) {
    if (signal.kind !== 'network-error' || !isFault(signal)) continue;
    const problem = problemOf(meaningOf(signal));
    const group = groups.get(problem) ?? { problem, calls: 0, statuses: [], codes: [] };
    group.calls += occurrencesOf(signal);
    const status = statusOf(signal);
    if (status && !group.statuses.includes(status)) group.statuses.push(status);
    const code = errorCodeOf(signal);
    if (code && !group.codes.includes(code)) group.codes.push(code);
    groups.set(problem, group);
  }
  const order: CallGroup['problem'][] = ['server', 'auth', 'rate', 'no-answer', 'failed-calls'];
  return [...groups.values()].map((group) => ({ ...group, statuses: group.statuses.sort((a, b) => a - b), codes: group.codes.sort() })).sort((a, b) => b.calls - a.calls || order.indexOf(a.problem) - order.indexOf(b.problem));
}

function reasonCounts(signals: readonly Signal[]): Map<SignalReason, { occurrences: number; orders: string[] }> {
  const counts = new Map<SignalReason, { occurrences: number; orders: string[] }>();
  for (const signal of signals) {
    const reason = reasonOf(signal);
    if (!reason) continue;
    const entry = counts.get(reason) ?? { occurrences: 0, orders: [] };
    entry.occurrences += occurrencesOf(signal);
    const id = orderIdOf(signal);
    if (id && !entry.orders.includes(id)) entry.orders.push(id);
    counts.set(reason, entry);
  }
  return counts;
}

function kindCount(signals: readonly Signal[], kind: Signal['kind']): number {
  return signals.filter((signal) => signal.kind === kind && isFault(signal)).reduce((sum, signal) => sum + occurrencesOf(signal), 0);
}

/** The problem the subject names: failed calls first (the cause), then orders, then what the page showed. */
function mainProblem(context: Context): { problem: Problem; statuses: number[] } {
  const [calls] = callGroups(context.signals);
  if (calls) return { problem: calls.problem, statuses: calls.problem === 'rate' ? [429] : calls.statuses };
  const reasons = reasonCounts(context.signals);
  if (reasons.has('deadline-passed') || reasons.has('deadline-near')) return { problem: 'deadline', statuses: [] };
  const byReason: [SignalReason, Problem][] = [
    ['unpaid-too-long', 'unpaid'],
    ['list-detail-mismatch', 'mismatch'],
    ['duplicate', 'duplicate'],
    ['status-unchanged', 'status-unchanged'],
  ];
  for (const [reason, problem] of byReason) if (reasons.has(reason)) return { problem, statuses: [] };
  const byKind: [Signal['kind'], Problem][] = [
    ['banner', 'banner'],
    ['failed-load', 'failed-load'],
    ['slow-page', 'slow-page'],
    ['console-error', 'console'],
  ];
  for (const [kind, problem] of byKind) if (kindCount(context.signals, kind)) return { problem, statuses: [] };
  return { problem: 'other', statuses: [] };
}

function problemPhrase(context: Context): string {
  const { problem, statuses } = mainProblem(context);
  // Without a status (no answer at all) the phrase drops its "(HTTP …)".
  const template = statuses.length ? context.labels.problems[problem] : context.labels.problems[problem].replace(/\s?[(（]HTTP \{statuses\}[)）]/u, '');
  const phrase = fill(template, { statuses: statuses.join(', ') });
  const area = context.summary.areas[0];
  const orderProblem = ['deadline', 'unpaid', 'mismatch', 'duplicate', 'status-unchanged'].includes(problem);
  return area && !orderProblem ? fill(context.labels.problemInArea, { problem: phrase, area: AREA_NAMES[context.language][area] }) : phrase;
}

function whatHappens(context: Context): string {
  const { labels, language } = context;
  const parts: string[] = [];
  for (const group of callGroups(context.signals)) {
    const statuses = group.statuses.join(', ');
    if (group.problem === 'server') parts.push(labels.whatServer(group.calls, statuses));
    else if (group.problem === 'auth') parts.push(labels.whatAuth(group.calls, statuses));
    else if (group.problem === 'rate') parts.push(labels.whatRate(group.calls, group.codes.join(', ')));
    else if (group.problem === 'no-answer') parts.push(labels.whatNoAnswer(group.calls));
    else parts.push(labels.whatOtherCalls(group.calls, statuses || '0'));
  }
  const reasons = reasonCounts(context.signals.filter(isFault));
  for (const reason of ORDER_REASONS) {
    const entry = reasons.get(reason);
    if (entry) parts.push(describeReason({ on: 'reason', reason, occurrences: entry.occurrences, orders: [] }, language).replace(/ \(.*\)$/, ''));
  }
  for (const kind of ['banner', 'failed-load', 'slow-page', 'console-error'] as const) {
    const occurrences = kindCount(context.signals, kind);
    if (occurrences) parts.push(describeReason({ on: 'kind', kind, occurrences }, language));
  }
  const { semicolon, end } = separators(language);
  return parts.length ? `${capitalise(parts.join(semicolon))}${end}` : `${capitalise(labels.problems.other)}${end}`;
}

function scopeText(context: Context): string {
  const { labels, language, summary } = context;
  const areas = summary.areas.map((area) => AREA_NAMES[language][area]).join(language === 'zh_CN' ? '、' : ', ');
  const pages = summary.pages.length ? labels.scopePages(summary.pages.length) : '';
  const head = [areas, pages].filter(Boolean).join(' — ');
  const orders = summary.orders.length ? labels.scopeOrders(summary.orders.length) : '';
  const { semicolon } = separators(language);
  return capitalise([head, orders].filter(Boolean).join(semicolon)) || '—';
}

// ── Sections ─────────────────────────────────────────────────────────────────────────────────

function summarySection(context: Context): Block[] {
  const { labels, input, summary } = context;
  const firstAt = summary.firstAt ?? input.incident.openedAt;
  const lastAt = summary.lastAt ?? input.incident.lastAt;
  const status = input.incident.status === 'resolved' && input.incident.resolvedAt ? fill(labels.statusResolved, { at: dateTime(context, input.incident.resolvedAt) }) : labels.statusOpen;
  return [
    {
      type: 'fields',
      rows: [
        { label: labels.field.what, value: [whatHappens(context)] },
        { label: labels.field.since, value: [withOffset(context, firstAt)] },
        { label: labels.field.lastSeen, value: [withOffset(context, lastAt)] },
        { label: labels.field.status, value: [status] },
        { label: labels.field.frequency, value: [labels.frequency(summary.occurrences, summary.faults || context.signals.length, formatDuration(Math.max(60_000, lastAt - firstAt), context.language))] },
        { label: labels.field.scope, value: [scopeText(context)] },
      ],
    },
  ];
}

function shopSection(context: Context): Block[] {
  const { labels, input, language } = context;
  const shopId = safeShopId(input.incident.shopId);
  return [
    {
      type: 'fields',
      rows: [
        { label: labels.field.platform, value: [PLATFORM_RULES[input.incident.platform].displayName] },
        { label: labels.field.backOffice, value: [{ code: input.incident.host }] },
        { label: labels.field.region, value: [formatRegion(input.incident.region, language, labels.crossBorder)] },
        { label: labels.field.shopId, value: shopId ? [{ code: shopId }] : [labels.notDetected] },
      ],
    },
  ];
}

function orderReasonText(signal: Signal, context: Context): string {
  const { labels, language } = context;
  const reason = reasonOf(signal);
  const hours = Number(signal.details.hours);
  const age = Number.isFinite(hours) ? formatDuration(hours * 3_600_000, language) : '';
  switch (reason) {
    case 'deadline-passed':
    case 'deadline-near': {
      const deadline = Number(signal.details.deadline);
      return Number.isFinite(deadline) && deadline > 0 ? `${labels.orderReason[reason]}${parenthesised(dateTime(context, deadline), language)}` : labels.orderReason[reason];
    }
    case 'unpaid-too-long':
      return age ? `${labels.orderReason[reason]}${parenthesised(age, language)}` : labels.orderReason[reason];
    case 'duplicate':
      return fill(labels.orderReason.duplicate, { times: labels.shownTimes(Number(signal.details.times) || 2) });
    case 'status-unchanged':
      return fill(labels.orderReason['status-unchanged'], { age: age || '—' });
    case 'list-detail-mismatch':
      return fill(labels.orderReason['list-detail-mismatch'], { list: pageText(signal.details.listStatusId), detail: pageText(signal.details.detailStatusId) });
    default:
      return pageText(signal.message);
  }
}

function ordersSection(context: Context): Block[] {
  const { labels, language } = context;
  const byOrder = new Map<string, Signal[]>();
  for (const signal of byTime(context.signals)) {
    const id = orderIdOf(signal);
    if (signal.kind !== 'stuck-order' || !id) continue;
    byOrder.set(id, [...(byOrder.get(id) ?? []), signal]);
  }
  if (!byOrder.size) return [{ type: 'paragraph', line: [labels.noOrders] }];
  const { semicolon } = separators(language);
  const items = limited([...byOrder], LIST_LIMITS.orders, context, ([id, signals]) => {
    const reasons = [...new Set(signals.map((signal) => orderReasonText(signal, context)))].join(semicolon);
    const label = [...signals].reverse().map((signal) => signal.details.statusLabel).find((value) => typeof value === 'string' && value);
    const status = label ? `${semicolon}${fill(labels.pageStatus, { status: pageText(label) })}` : '';
    return [{ code: safeOrderId(id, context) }, ` — ${reasons}${status}${semicolon}${fill(labels.firstSeen, { at: dateTime(context, signals[0]!.firstAt) })}`];
  });
  return [{ type: 'list', items }];
}

function callLine(signal: Signal, context: Context): Line {
  const { labels, language } = context;
  const { comma, colon } = separators(language);
  const details = redactDetails(signal.details);
  const method = typeof details.method === 'string' ? details.method : '';
  const path = typeof details.path === 'string' && details.path ? details.path : pagePath(typeof details.url === 'string' ? details.url : signal.url);
  const status = statusOf(signal);
  const reason = details.reason === 'timeout' ? 'timeout' : 'network';
  const outcome = status ? fill(labels.callOutcome, { status }) : labels.callNoAnswer[reason];
  const code = errorCodeOf(signal);
  const message = pageText(details.errorMessage);
  return [
    { code: `${method} ${pageText(path)}`.trim() },
    ` → ${outcome}${code ? `${comma}${fill(labels.code, { code: pageText(code) })}` : ''}${message ? `${colon}${message}` : ''} — ${labels.times(occurrencesOf(signal))}${comma}${range(context, signal)}`,
  ];
}

function pageFaultText(signal: Signal, context: Context): string {
  const { labels } = context;
  const details = redactDetails(signal.details);
  if (signal.kind === 'slow-page') {
    const seconds = (ms: unknown) => (Number(ms) / 1000).toFixed(1);
    return fill(labels.pageFault['slow-page'], { load: seconds(details.loadMs), usual: seconds(details.usualMs) });
  }
  switch (details.reason) {
    case 'endless-spinner':
      return fill(labels.pageFault['endless-spinner'], { seconds: Number(details.seconds) || 0 });
    case 'blank-main-area':
      return labels.pageFault['blank-main-area'];
    case 'asset-failed':
      return fill(labels.pageFault['asset-failed'], { asset: pageText(details.asset), url: pageText(details.url) });
    default:
      return pageText(signal.message);
  }
}

function errorsSection(context: Context): Block[] {
  const { labels, language } = context;
  const { comma } = separators(language);
  const faults = byTime(context.signals);
  const calls = faults.filter((signal) => signal.kind === 'network-error').sort((a, b) => occurrencesOf(b) - occurrencesOf(a) || a.firstAt - b.firstAt);
  const banners = faults.filter((signal) => signal.kind === 'banner');
  const pageFaults = faults.filter((signal) => signal.kind === 'failed-load' || signal.kind === 'slow-page');
  const consoleErrors = faults.filter((signal) => signal.kind === 'console-error');
  const notes = faults.filter((signal) => signal.kind === 'diagnostic');
  const where = (signal: Signal) => `${comma}${fill(labels.onPage, { path: pagePath(signal.url) })}`;

  const blocks: Block[] = [];
  const group = (title: string, items: Line[]) => {
    if (items.length) blocks.push({ type: 'subheading', text: title }, { type: 'list', items });
  };
  group(labels.errorGroups.calls, limited(calls, LIST_LIMITS.calls, context, (signal) => callLine(signal, context)));
  group(
    labels.errorGroups.banners,
    limited(banners, LIST_LIMITS.banners, context, (signal) => [`${quote(pageText(signal.message), language)} — ${labels.times(occurrencesOf(signal))}${comma}${range(context, signal)}${where(signal)}`]),
  );
  group(labels.errorGroups.page, limited(pageFaults, LIST_LIMITS.page, context, (signal) => [`${capitalise(pageFaultText(signal, context))} — ${range(context, signal)}${where(signal)}`]));
  group(labels.errorGroups.console, limited(consoleErrors, LIST_LIMITS.console, context, (signal) => [{ code: pageText(signal.message) }, ` — ${labels.times(occurrencesOf(signal))}${comma}${range(context, signal)}`]));
  group(
    labels.errorGroups.notes,
    limited(notes, LIST_LIMITS.notes, context, (signal) => {
      const reason = reasonOf(signal);
      const text =
        reason === 'structure-not-found' ? labels.pageFault['structure-not-found'] : reason === 'too-many-signals' ? fill(labels.pageFault['too-many-signals'], { dropped: Number(signal.details.dropped) || 0 }) : pageText(signal.message);
      return [`${capitalise(text)} — ${range(context, signal)}${where(signal)}`];
    }),
  );
  return blocks.length ? blocks : [{ type: 'paragraph', line: [labels.noErrors] }];
}

function environmentOf(input: ReportInput): EnvironmentSnapshot | null {
  if (input.environment) return input.environment;
  return [...input.captures].sort((a, b) => b.at - a.at).find((capture) => capture.environment)?.environment ?? null;
}

function environmentSection(context: Context): Block[] {
  const { labels } = context;
  const environment = environmentOf(context.input);
  if (!environment) return [{ type: 'paragraph', line: ['—'] }];
  const { comma } = separators(context.language);
  const connection = [environment.online ? labels.online : labels.offline, environment.connectionType].filter(Boolean).join(comma);
  return [
    {
      type: 'fields',
      rows: [
        { label: labels.field.browser, value: [pageText(`${environment.browser} ${environment.browserVersion}`)] },
        { label: labels.field.os, value: [pageText(environment.os)] },
        { label: labels.field.extension, value: [pageText(environment.extensionVersion)] },
        { label: labels.field.language, value: [pageText(environment.language)] },
        { label: labels.field.connection, value: [pageText(connection)] },
      ],
    },
  ];
}

function stepLabel(step: string, labels: ReportLabels): string {
  return (CHECKLIST_STEP_IDS as readonly string[]).includes(step) ? labels.steps[step as ChecklistStepId] : capitalise(pageText(step).replace(/-/g, ' '));
}

function networkFigures(step: ChecklistStep, context: Context): string {
  const { labels, language } = context;
  const { semicolon } = separators(language);
  const figures = probesFromDetails(redactDetails(step.details)).map((probe) =>
    probe.latencyMs !== null ? `${probe.host} ${probe.latencyMs} ${labels.ms}` : fill(labels.noAnswerFrom, { host: probe.host, failure: labels.probeFailure[probe.failure === 'timeout' ? 'timeout' : 'network'] }),
  );
  const online = typeof step.details.online === 'boolean' ? [step.details.online ? labels.online : labels.offline] : [];
  const all = [...online, ...figures];
  return all.length ? parenthesised(all.join(semicolon), language) : '';
}

function stepsSection(context: Context): Block[] {
  const { labels, language } = context;
  const steps = [...context.input.steps].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
  if (!steps.length) return [{ type: 'paragraph', line: [labels.noSteps] }];
  const { colon } = separators(language);
  return [
    {
      type: 'list',
      items: limited(steps, LIST_LIMITS.steps, context, (step) => {
        const outcome = labels.outcomes[step.outcome as StepOutcome] ?? pageText(step.outcome);
        const figures = step.step === 'network-check' ? networkFigures(step, context) : '';
        return [`${dateTime(context, step.at)} — ${stepLabel(step.step, labels)}${colon}${outcome}${figures}`];
      }),
    },
  ];
}

function evidenceSection(context: Context): Block[] {
  const { labels, language } = context;
  const { comma, colon } = separators(language);
  const captures = orderedCaptures(context.input.captures);
  const items: Line[] = limited(captures, LIST_LIMITS.captures, context, (capture) => {
    const index = captures.indexOf(capture);
    const what = capture.screenshot
      ? fill(labels.screenshot, { file: screenshotFileName(index, capture, context.timeZone).slice(BUNDLE_FILES.screenshotsFolder.length + 1) })
      : fill(labels.captureWithoutScreenshot, { note: capture.note ? (labels.captureNotes[capture.note] ?? pageText(capture.note)) : '—' });
    const title = pageText(capture.title);
    const [open, close] = language === 'zh_CN' ? ['(', ')'] : [' (', ')'];
    const line: Line = [`${dateTime(context, capture.at)} — ${what}${colon}${title ? quote(title, language) : ''}${title ? open : open.trim()}`, { code: redactUrl(capture.url) }, close];
    if (capture.screenshot && capture.masked) line.push(`${comma}${labels.masked}`);
    return line;
  });
  const calls = kindCount(context.signals, 'network-error');
  if (calls) items.push([fill(labels.networkLog, { count: describeReason({ on: 'kind', kind: 'network-error', occurrences: calls }, language), files: `${BUNDLE_FILES.networkLog}${comma}${BUNDLE_FILES.har}` })]);
  const consoleErrors = kindCount(context.signals, 'console-error');
  if (consoleErrors) items.push([fill(labels.consoleLog, { count: describeReason({ on: 'kind', kind: 'console-error', occurrences: consoleErrors }, language), file: BUNDLE_FILES.consoleLog })]);
  return items.length ? [{ type: 'list', items }] : [{ type: 'paragraph', line: [labels.noEvidence] }];
}

function diagnosisSection(context: Context): Block[] {
  const { labels, language, input } = context;
  const diagnosis = input.diagnosis;
  if (!diagnosis) return [{ type: 'paragraph', line: [labels.noDiagnosis] }];
  return [
    {
      type: 'fields',
      rows: [
        { label: labels.field.conclusion, value: [labels.conclusions[diagnosis.conclusion]] },
        { label: labels.field.checkedAt, value: [withOffset(context, diagnosis.at)] },
        { label: statusPageLabel(diagnosis.statusPage.kind, language), value: [{ link: diagnosis.statusPage.url }] },
      ],
    },
    { type: 'subheading', text: labels.field.basedOn },
    { type: 'list', items: limited(diagnosis.evidence, LIST_LIMITS.facts, context, (fact) => [describeFact(fact, language)]) },
  ];
}

function ordersWith(context: Context, reasons: readonly SignalReason[]): string[] {
  const ids: string[] = [];
  for (const signal of byTime(context.signals)) {
    const id = orderIdOf(signal);
    const reason = reasonOf(signal);
    if (id && reason && reasons.includes(reason) && !ids.includes(id)) ids.push(safeOrderId(id, context));
  }
  return ids;
}

function requestSection(context: Context): Block[] {
  const { labels, language, input } = context;
  const ranked = input.fixes ?? rankFixes(input.incident, context.signals, input.diagnosis, input.incident.platform);
  const orderIds: Partial<Record<Ask, string[]>> = {
    'protect-deadlines': ordersWith(context, ['deadline-passed', 'deadline-near']),
    'confirm-payment': ordersWith(context, ['unpaid-too-long']),
    'confirm-status': ordersWith(context, ['list-detail-mismatch', 'duplicate', 'status-unchanged']),
  };
  const asks: Ask[] = [];
  const add = (ask: Ask | undefined) => {
    if (!ask || asks.includes(ask)) return;
    const ids = orderIds[ask];
    if (ids && !ids.length) return;
    asks.push(ask);
  };
  for (const { fix, score } of ranked) if (score >= ASK_MIN_SCORE) add(FIX_ASKS[fix.id]);
  // Orders at risk always get their request, whatever else ranked higher.
  for (const ask of ['protect-deadlines', 'confirm-payment', 'confirm-status'] as const) add(ask);
  const paragraphs: Block[] = [{ type: 'paragraph', line: [labels.requestByConclusion[input.diagnosis?.conclusion ?? 'not-yet-clear']] }];
  for (const ask of asks) paragraphs.push({ type: 'paragraph', line: [fill(labels.asks[ask], { ids: idList(orderIds[ask] ?? [], language) })] });
  paragraphs.push({ type: 'paragraph', line: [labels.closing] });
  return paragraphs;
}

// ── The document ─────────────────────────────────────────────────────────────────────────────

export function buildReportDocument(input: ReportInput): ReportDocument {
  const language = input.language;
  const labels = reportLabels(language);
  const timeZone = input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const signals = [...input.signals];
  const context: Context = { input, labels, language, timeZone, summary: summariseSignals(signals), signals };
  const platform = PLATFORM_RULES[input.incident.platform].displayName;
  const shopId = safeShopId(input.incident.shopId);
  const firstAt = context.summary.firstAt ?? input.incident.openedAt;
  const since = withOffset(context, firstAt);
  const subject = fill(shopId ? labels.subjectWithShop : labels.subjectWithoutShop, { platform, shop: shopId ?? '', problem: problemPhrase(context), since });

  const sections: [ReportSection['id'], () => Block[]][] = [
    ['summary', () => summarySection(context)],
    ['shop', () => shopSection(context)],
    ['orders', () => ordersSection(context)],
    ['errors', () => errorsSection(context)],
    ['environment', () => environmentSection(context)],
    ['steps', () => stepsSection(context)],
    ['evidence', () => evidenceSection(context)],
    ['diagnosis', () => diagnosisSection(context)],
    ['request', () => requestSection(context)],
  ];
  return {
    language,
    title: fill(labels.documentTitle, { platform, shop: shopId ? ` ${shopId}` : '' }),
    subject,
    intro: fill(labels.intro, { platform }),
    sections: sections.map(([id, build]) => ({ id, title: labels.sections[id], blocks: build() })),
    footer: fill(labels.footer, { at: withOffset(context, input.now ?? Date.now()) }),
  };
}
