import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pageRulesAnswer, pageRulesAnswerSchema, vocabularyFor, vocabularyKey } from '../../lib/background/page-rules-answer';
import { checkPageRulesAnswer } from '../../lib/content/message-checks';
import { matchHost, PLATFORM_RULES } from '../../lib/rules/catalog';
import vocabulary from '../../rules/vocabulary';
import { OVERLAY_CSS } from '../../lib/overlay/style';

/**
 * A back-office page's rules and words come from the background (page/rules), for the page's
 * host and that marketplace's languages, not from the content-script bundle (issue #8).
 */

const match = (host: string) => matchHost(host)!;

describe('page/rules: what the background answers', () => {
  it('every host of every platform gets an answer that parses and passes the page-side check', () => {
    for (const rules of Object.values(PLATFORM_RULES)) {
      for (const { host } of rules.hosts) {
        const answer = pageRulesAnswer(match(host), []);
        expect(pageRulesAnswerSchema.safeParse(answer).success, host).toBe(true);
        expect(checkPageRulesAnswer(structuredClone(answer)), host).toStrictEqual(answer);
        expect(answer.rules.platform).toBe(rules.platform);
      }
    }
  });

  it('carries the host\'s own date formats and none of the fields only the background uses', () => {
    const { rules } = pageRulesAnswer(match('sellercentral.amazon.de'), []);
    expect(rules.dateFormats).toEqual(['DD.MM.YYYY']);
    for (const field of ['signInPages', 'statusPage', 'authorisation', 'displayName', 'normalStatusHours']) expect(rules).not.toHaveProperty(field);
    expect(rules.errorCodes.every((code) => !('note' in code))).toBe(true);
  });

  it('sends the marketplace\'s language and English only: Shopee Thailand gets th and en, not eleven languages', () => {
    expect(Object.keys(vocabularyFor(match('seller.shopee.co.th'), []))).toEqual(['th', 'en']);
    expect(Object.keys(vocabularyFor(match('seller.shopee.com.br'), []))).toEqual(['pt', 'en']);
    expect(Object.keys(vocabularyFor(match('seller.ozon.ru'), ['en-US']))).toEqual(['ru', 'en']);
    expect(vocabularyFor(match('seller.shopee.co.th'), []).th).toBe(vocabulary.th);
  });

  it('adds the languages the page and the browser name, when the platform has words for them', () => {
    // A Chinese cross-border seller on Amazon.com reads Seller Central in Chinese.
    expect(Object.keys(vocabularyFor(match('sellercentral.amazon.com'), ['zh-CN', 'zh', 'en-US']))).toEqual(['en', 'zh-CN']);
    expect(Object.keys(vocabularyFor(match('seller.shopee.co.th'), ['zh-Hant-TW']))).toEqual(['th', 'en', 'zh-TW']);
    // Ozon has no German words: a German browser adds nothing there.
    expect(Object.keys(vocabularyFor(match('seller.ozon.ru'), ['de-DE', 'x-bogus', '']))).toEqual(['ru', 'en']);
  });

  it('maps BCP 47 tags to vocabulary keys', () => {
    expect(vocabularyKey('pt-BR')).toBe('pt');
    expect(vocabularyKey('ZH-tw')).toBe('zh-TW');
    expect(vocabularyKey('zh-HK')).toBe('zh-TW');
    expect(vocabularyKey('zh')).toBe('zh-CN');
    expect(vocabularyKey('ar')).toBeUndefined();
  });

  it('the page refuses an answer of the wrong shape instead of running detectors on it', () => {
    const answer = pageRulesAnswer(match('seller.ozon.ru'), []);
    expect(checkPageRulesAnswer(undefined)).toBeNull();
    expect(checkPageRulesAnswer({ ok: false, reason: 'not-back-office' })).toBeNull();
    expect(checkPageRulesAnswer({ ...answer, rules: { ...answer.rules, statuses: 'x' } })).toBeNull();
    expect(checkPageRulesAnswer({ ...answer, words: { ...answer.words, error: ['ошибк'] } })).toBeNull();
    expect(checkPageRulesAnswer({ ...answer, words: undefined })).toBeNull();
    expect(checkPageRulesAnswer({ ...answer, overlayStyle: undefined })).toBeNull();
  });

  it('carries the SOS control\'s stylesheet, which the content-script bundle does not', () => {
    expect(pageRulesAnswer(match('seller.ozon.ru'), []).overlayStyle).toBe(OVERLAY_CSS);
    expect(OVERLAY_CSS).toMatch(/^:host\{all:initial !important;position:fixed/);
  });
});

describe('the content script waits for its rules without losing the page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('a banner already on the page before the rules arrive is still detected and reported', async () => {
    vi.resetModules();
    const sent: { type: string; [key: string]: unknown }[] = [];
    let answerRules: (answer: unknown) => void = () => undefined;
    const sendMessage = vi.fn(async (message: { type: string }) => {
      sent.push(message);
      if (message.type === 'page/rules') return new Promise((resolve) => (answerRules = resolve));
      if (message.type === 'page/hello') return { spinnerTimeoutMs: 15_000, deadlineWarningHours: 4, enabled: true };
      return { ok: true };
    });
    vi.stubGlobal('browser', { runtime: { id: 'seller-sos', sendMessage, onMessage: { addListener: () => undefined, removeListener: () => undefined } } });
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://seller.ozon.ru/app/postings/fbs');
    // happy-dom lays nothing out: give elements a size so they count as visible.
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, left: 0, top: 0, right: 400, bottom: 40, width: 400, height: 40, toJSON: () => ({}) } as DOMRect);
    document.body.innerHTML = '<main><h1>Заказы</h1></main>';
    const controller = new AbortController();
    const ctx = { signal: controller.signal, addEventListener: () => undefined, onInvalidated: () => undefined } as unknown as ContentScriptContext;
    const { startContentScript } = await import('../../lib/content/main');
    startContentScript(ctx);
    expect(sent.map((message) => message.type)).toEqual(['page/rules']);

    // The banner appears while the background has not answered yet.
    const banner = document.createElement('div');
    banner.setAttribute('role', 'alert');
    banner.textContent = 'Не удалось загрузить заказы. Попробуйте позже.';
    document.querySelector('main')!.append(banner);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.some((message) => message.type === 'signals/report')).toBe(false);

    answerRules(pageRulesAnswer(match('seller.ozon.ru'), ['ru']));
    await vi.waitFor(() => expect(sent.some((message) => message.type === 'signals/report')).toBe(true), { timeout: 3_000 });
    await vi.waitFor(() => expect(sent.filter((message) => message.type === 'signals/report').flatMap((message) => message.signals as { kind: string; message: string }[]).map((s) => [s.kind, s.message])).toContainEqual(['banner', expect.stringContaining('Не удалось загрузить заказы')]), { timeout: 3_000 });
    controller.abort();
  });
});
