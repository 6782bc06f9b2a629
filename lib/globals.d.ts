/** Every back-office match pattern, defined at build time by wxt.config.ts from rules/. */
declare const __BACK_OFFICE_MATCHES__: string[];
