/** Back-office match patterns per platform and all together, defined at build time by wxt.config.ts from rules/. */
declare const __BACK_OFFICE_MATCHES__: Record<'ozon' | 'shopee' | 'amazon' | 'all', string[]>;
/** Each platform's rules as its content script reads them, defined at build time by wxt.config.ts (lib/rules/page-rules.ts). */
declare const __PAGE_RULES__: Record<'ozon' | 'shopee' | 'amazon', import('./rules/page-rules').PageRules>;
