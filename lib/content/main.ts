import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { DETECTORS } from '../detectors';
import type { ContentToBackgroundInput, PageEvent, PageSettings } from '../messages';
import { createFaultBoard } from '../overlay/fault-board';
import { mountOverlay, type Overlay } from '../overlay/overlay';
import type { OverlayStrings } from '../overlay/strings';
import { classifierOf, type MessageClassifier } from '../vocabulary';
import type { AssetFailure, DetectorHooks } from './define-detector';
import { watchDom } from './dom-watch';
import { answerCaptureRequests } from './mask-channel';
import { checkOrdersSeenAnswer, checkPageRulesAnswer, checkPageSettings, type PageRulesAnswer } from './message-checks';
import { listenToPageProbe } from './page-channel';
import { sendToBackground as send } from './runtime';
import { createSignalSink } from './signal-sink';

/**
 * The content script: one page session per page load or SPA navigation. Each session runs the
 * detectors on what changes in the page and on what the page probe sees, and reports through a
 * SignalSink to the background.
 */

const FALLBACK_SETTINGS: PageSettings = { spinnerTimeoutMs: 15_000, deadlineWarningHours: 4, enabled: true };


/**
 * Each platform has its own content-script entrypoint (its match patterns); they share this
 * code. The page's rules and words come from the background at start (page/rules), not in the
 * bundle: the background answers for the sender's real host, with that marketplace's languages.
 */
export function startContentScript(ctx: ContentScriptContext): void {
  if (location.protocol !== 'https:') return;
  const languages = [document.documentElement?.lang, ...navigator.languages].filter(Boolean).slice(0, 20) as string[];
  const setup = askForRules(languages);
  let words: MessageClassifier | undefined;
  let session: AbortController | undefined;
  let sessionHooks: DetectorHooks[] = [];
  let currentUrl = location.href;
  /** Probe events and asset failures that arrive before the detectors start (page load). */
  let early: PageEvent[] | null = [];
  let earlyAssets: AssetFailure[] | null = [];
  /** What is wrong on the page now, with the elements concerned: the overlay draws it. */
  const board = createFaultBoard();
  let overlay: Promise<Overlay | null> | undefined;

  /** Hands a page event or an asset failure to every detector of the session. */
  const dispatch = <K extends 'onPageEvent' | 'onAssetFailure'>(hook: K, payload: Parameters<NonNullable<DetectorHooks[K]>>[0]) => {
    for (const hooks of sessionHooks) (hooks[hook] as ((value: typeof payload) => void) | undefined)?.(payload);
  };

  const startSession = async (): Promise<void> => {
    session?.abort();
    const controller = new AbortController();
    session = controller;
    ctx.signal.addEventListener('abort', () => controller.abort(), { once: true });
    currentUrl = location.href;
    const pageId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    sessionHooks = [];
    early ??= [];
    earlyAssets ??= [];
    if (document.readyState === 'loading') await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    const setupAnswer = await setup;
    // No rules, no detection: the background does not know this host, or never answered.
    if (!setupAnswer) return;
    const { rules } = setupAnswer;
    const classifier = (words ??= classifierOf(setupAnswer.words));
    const settings = await hello(pageId);
    board.reset();
    if (controller.signal.aborted || !settings.enabled) return;
    // The overlay speaks the seller's language, which only the background knows: no words, no overlay.
    if (settings.strings) overlay ??= mountOverlay(ctx, {
      platform: rules.platform,
      mode: settings.overlay ?? 'shown',
      strings: settings.strings as OverlayStrings,
      style: setupAnswer.overlayStyle,
      board,
      pageId,
    }).catch(() => null);
    // Faults the background judges from its memory of orders are marked on their rows too.
    const sendAndNote = async (message: ContentToBackgroundInput) => {
      const answer = await send(message);
      if (message.type === 'orders/seen') {
        for (const fault of checkOrdersSeenAnswer(answer)?.derived ?? []) board.report({ ...fault, url: pageUrl(), at: Date.now(), live: true }, null);
      }
      return answer;
    };
    const sink = createSignalSink(pageId, sendAndNote, pageUrl);
    const orderPaths = rules.orderPages.map((source) => new RegExp(source, 'u'));
    sessionHooks = DETECTORS.map((detector) =>
      detector.start({
        rules,
        settings,
        words: classifier,
        pageUrl,
        onOrdersPage: () => orderPaths.some((path) => path.test(location.pathname)),
        report: ({ element, ...draft }) => {
          const signal = { ...draft, url: pageUrl(), at: draft.at ?? Date.now() };
          board.report(signal, element ?? null);
          sink.report(signal);
        },
        clear: (fingerprint) => {
          board.clear(fingerprint);
          sink.clear(fingerprint);
        },
        // Closures, not classes: their methods can be handed on as they are.
        reportOrders: sink.reportOrders,
        showsOrder: board.noteOrderRow,
        now: Date.now,
        signal: controller.signal,
        setTimeout: (callback, ms) => {
          const timer = setTimeout(() => !controller.signal.aborted && callback(), ms);
          controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
        },
      }),
    );
    const watch = watchDom((batch) => {
      // A client-side navigation starts a new page session.
      if (location.href !== currentUrl && isNewPage(currentUrl)) {
        void startSession();
        return;
      }
      for (const hooks of sessionHooks) hooks.onDom?.(batch);
      void overlay?.then((shown) => shown?.pageChanged());
    }, controller.signal);
    for (const event of early ?? []) dispatch('onPageEvent', event);
    for (const failure of earlyAssets ?? []) dispatch('onAssetFailure', failure);
    early = earlyAssets = null;
    watch.start(document);
    reportTiming(pageId);
    // Whatever is pending is sent before the page goes away.
    window.addEventListener('pagehide', () => void sink.flush(), { signal: controller.signal });
  };

  const hello = async (pageId: string): Promise<PageSettings> => {
    try {
      // The shop id is read by the background (lib/background/shop-id.ts).
      const answer = await send({ type: 'page/hello', pageId, url: pageUrl(), title: document.title.slice(0, 300), shopId: null });
      return checkPageSettings(answer) ?? FALLBACK_SETTINGS;
    } catch {
      return FALLBACK_SETTINGS;
    }
  };

  const onPageEvent = (event: PageEvent) => {
    if (event.type === 'navigation') {
      if (isNewPage(currentUrl)) void startSession();
      return;
    }
    if (!early) dispatch('onPageEvent', event);
    else if (early.length < 500) early.push(event);
  };

  const onAssetFailure = (failure: AssetFailure) => {
    if (!earlyAssets) dispatch('onAssetFailure', failure);
    else if (earlyAssets.length < 50) earlyAssets.push(failure);
  };

  listenToPageProbe(onPageEvent, ctx.signal);
  // Evidence capture: hide personal data and the overlay while the background takes a screenshot.
  answerCaptureRequests(ctx, async () => (await setup)?.rules.piiLabels ?? [], (capturing) => void overlay?.then((shown) => shown?.setCapturing(capturing)));
  listenForAssetFailures(onAssetFailure, ctx.signal);
  addEventListener('popstate', () => isNewPage(currentUrl) && void startSession(), { signal: ctx.signal });
  void startSession();
}

/**
 * The page's rules and words, asked for once per content script at document_start, while the
 * page loads. A service worker that is starting may not answer the first time: ask again.
 */
async function askForRules(languages: string[]): Promise<PageRulesAnswer | null> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      return checkPageRulesAnswer(await send({ type: 'page/rules', languages }));
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** attempt));
    }
  }
  return null;
}

/** Load errors of elements do not bubble: listen on window in the capture phase, from document_start. */
function listenForAssetFailures(onFailure: (failure: AssetFailure) => void, signal: AbortSignal): void {
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      const script = target instanceof HTMLScriptElement;
      const url = script ? target.src : target instanceof HTMLLinkElement && /stylesheet/i.test(target.rel) && target.href;
      if (url) onFailure({ asset: script ? 'script' : 'stylesheet', url, at: Date.now() });
    },
    { capture: true, signal },
  );
}

/** The page URL as sent to the background (which redacts it before storing). */
const pageUrl = () => location.href.slice(0, 2000);

/** Same path and query is the same page: hash changes and re-renders are not navigations. */
function isNewPage(previous: string): boolean {
  return previous.split('#')[0] !== location.href.split('#')[0];
}

function reportTiming(pageId: string): void {
  const sendTiming = () => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const loadMs = entry && entry.loadEventEnd > 0 ? entry.loadEventEnd : performance.now();
    const pathKey = location.pathname.replace(/\d[\dA-Za-z-]{5,}/g, ':id');
    void send({ type: 'page/timing', pageId, url: pageUrl(), pathKey, loadMs: Math.round(loadMs), at: Date.now() }).catch(() => undefined);
  };
  if (document.readyState === 'complete') setTimeout(sendTiming, 0);
  else window.addEventListener('load', () => setTimeout(sendTiming, 0), { once: true });
}
