import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../lib/report/build';
import { defaultReportLanguage, REPORT_LANGUAGES, toReportLanguage } from '../../lib/report/language';
import { buildReportDocument } from '../../lib/report/model';
import { demoReportInput, INCIDENT, PII, SIGNALS } from './golden/demo-incident';

/**
 * Golden files: the support report of the demo incident in each language, as plain text and
 * Markdown. Any difference fails. After a deliberate change, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run tests/unit/report.test.ts` and read the diff before keeping it.
 */

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into an asset import.
const GOLDEN_DIR = join(dirname(fileURLToPath(import.meta.url)), 'golden');
const golden = (name: string) => join(GOLDEN_DIR, name);
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('support report: golden files of the demo incident', () => {
  for (const language of REPORT_LANGUAGES) {
    for (const [format, extension] of [
      ['text', 'txt'],
      ['markdown', 'md'],
    ] as const) {
      it(`${language} ${format} matches golden/report.${language}.${extension}`, () => {
        const report = buildReport(demoReportInput(language));
        const path = golden(`report.${language}.${extension}`);
        if (UPDATE || !existsSync(path)) writeFileSync(path, report[format]);
        expect(report[format]).toBe(readFileSync(path, 'utf8'));
      });
    }
  }
});

describe('support report: content', () => {
  it.each(REPORT_LANGUAGES)('%s: no buyer data, token or key survives, and every section is there', (language) => {
    const report = buildReport(demoReportInput(language));
    for (const output of [report.text, report.markdown, report.subject]) {
      for (const secret of Object.values(PII)) expect(output).not.toContain(secret);
      expect(output).not.toMatch(/\+7 916|916 123|ivan\.sokolov|Соколов/);
    }
    const document = buildReportDocument(demoReportInput(language));
    expect(document.sections.map((section) => section.id)).toEqual(['summary', 'shop', 'orders', 'errors', 'environment', 'steps', 'evidence', 'diagnosis', 'request']);
    // What support needs to act: shop id, order numbers, error codes, status page, file names.
    for (const needed of ['1234567', '23713478-0018-3', '41250937-0007-1', 'HTTP 500', '13', 'https://docs.ozon.ru/global/news/', '001-20251121-140800.png', 'network-log.json']) {
      expect(report.text, needed).toContain(needed);
    }
  });

  it('is written in the language asked for', () => {
    expect(buildReport(demoReportInput('en')).subject).toBe('Ozon seller account 1234567: server errors (HTTP 500) in orders since 2025-11-21 14:05 (UTC+03:00)');
    expect(buildReport(demoReportInput('ru')).subject).toBe('Ozon, кабинет продавца 1234567: ошибки сервера (HTTP 500) в разделе «заказы» с 2025-11-21 14:05 (UTC+03:00)');
    expect(buildReport(demoReportInput('zh_CN')).subject).toBe('Ozon 店铺 1234567:自 2025-11-21 14:05(UTC+03:00)起订单功能出现服务器错误(HTTP 500)');
  });

  it('is the same for the same input (pure), and Markdown escapes page text', () => {
    expect(buildReport(demoReportInput('en'))).toEqual(buildReport(demoReportInput('en')));
    const input = demoReportInput('en');
    const hostile = { ...SIGNALS[1]!, id: 99, message: 'Click [here](javascript:alert(1)) <img src=x onerror=alert(1)> *now*' };
    const markdown = buildReport({ ...input, signals: [...input.signals, hostile] }).markdown;
    expect(markdown).toContain('Click \\[here\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*now\\*');
    expect(markdown).not.toContain('[here](');
  });

  it('asks support for what the incident needs', () => {
    const unpaid = {
      ...SIGNALS[2]!,
      id: 50,
      details: { orderId: '251121ABCD1234', reason: 'unpaid-too-long', hours: 80, statusId: 'UNPAID', statusLabel: 'Unpaid' },
    };
    const input = { ...demoReportInput('en'), incident: { ...INCIDENT, platform: 'shopee' as const, host: 'seller.shopee.sg', region: 'SG', shopId: '884210' }, signals: [unpaid], captures: [], steps: [], diagnosis: null, fixes: undefined };
    const report = buildReport(input);
    expect(report.text).toContain('Please confirm whether payment has been received for these orders: 251121ABCD1234.');
    expect(report.text).toContain('We could not determine the cause yet.');
    expect(report.text).toContain('The outside-in check has not been run for this incident yet.');
    expect(report.text).toContain('No steps recorded yet.');
    expect(report.subject).toBe('Shopee seller account 884210: orders shown as unpaid since 2025-11-21 14:05 (UTC+03:00)');
  });

  it('never throws on corrupt times and figures in details', () => {
    const input = demoReportInput('en');
    const corrupt = { ...SIGNALS[2]!, id: 60, details: { ...SIGNALS[2]!.details, deadline: 1e300, hours: Number.NaN } };
    const text = buildReport({ ...input, signals: [corrupt] }).text;
    expect(text).toContain('23713478-0018-3 — past its ship-by deadline (—)');
  });

  it('says when the shop id was not found, and a resolved incident is reported as resolved', () => {
    const input = demoReportInput('ru');
    const report = buildReport({ ...input, incident: { ...INCIDENT, shopId: null, status: 'resolved', resolvedAt: INCIDENT.lastAt + 600_000 } });
    expect(report.text).toContain('ID магазина / продавца: не удалось определить на странице');
    expect(report.text).toContain('Статус: устранён 2025-11-21 14:41');
    expect(report.subject.startsWith('Ozon, кабинет продавца: ')).toBe(true);
  });
});

describe('defaultReportLanguage', () => {
  it('Ozon → Russian unless the UI is Chinese', () => {
    expect(defaultReportLanguage('ozon', 'en')).toBe('ru');
    expect(defaultReportLanguage('ozon', 'ru')).toBe('ru');
    expect(defaultReportLanguage('ozon', 'zh_CN')).toBe('zh_CN');
    expect(defaultReportLanguage('ozon', 'zh-CN')).toBe('zh_CN');
  });

  it('Shopee’s China cross-border centre → Chinese; otherwise the UI language', () => {
    expect(defaultReportLanguage('shopee', 'en', 'CN-cross-border')).toBe('zh_CN');
    expect(defaultReportLanguage('shopee', 'ru', 'CN-cross-border')).toBe('zh_CN');
    expect(defaultReportLanguage('shopee', 'ru', 'SG')).toBe('ru');
    expect(defaultReportLanguage('amazon', 'zh_CN', 'US')).toBe('zh_CN');
    expect(defaultReportLanguage('amazon', 'de', 'DE')).toBe('en');
  });

  it('normalises UI language tags', () => {
    expect(toReportLanguage('ru-RU')).toBe('ru');
    expect(toReportLanguage('zh')).toBe('zh_CN');
    expect(toReportLanguage('pt-BR')).toBe('en');
    expect(toReportLanguage(undefined)).toBe('en');
  });
});
