/** Back-office match patterns per platform and all together, defined at build time by wxt.config.ts from rules/. */
declare const __BACK_OFFICE_MATCHES__: Record<'ozon' | 'shopee' | 'amazon' | 'all', string[]>;
