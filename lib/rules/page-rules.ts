import type { PlatformRules } from './schema';

/**
 * What the content script reads of a platform's rules. The background sends it to the page at
 * start (page/rules, lib/background/page-rules-answer.ts) for the page's host, without the
 * fields only the background, side panel and report use (status page, sign-in pages,
 * authorisation notes, notes on error codes).
 */
type HostRule = PlatformRules['hosts'][number];
type ErrorCodeRule = PlatformRules['errorCodes'][number];

export type PageRules = Pick<
  PlatformRules,
  'platform' | 'orderId' | 'statuses' | 'deadlineLabels' | 'orderDateLabels' | 'orderIdStartsWithDate' | 'dateFormats' | 'paymentWindowHours' | 'apiPaths' | 'orderPages' | 'shopIdLabels' | 'piiLabels'
> & {
  hosts: Pick<HostRule, 'host' | 'region' | 'language' | 'dateFormats'>[];
  errorCodes: Pick<ErrorCodeRule, 'code' | 'meaning'>[];
};

export function pageRulesOf(rules: PlatformRules): PageRules {
  return {
    platform: rules.platform,
    hosts: rules.hosts.map(({ host, region, language, dateFormats }) => ({ host, region, language, ...(dateFormats ? { dateFormats } : {}) })),
    orderId: rules.orderId,
    statuses: rules.statuses,
    deadlineLabels: rules.deadlineLabels,
    orderDateLabels: rules.orderDateLabels,
    orderIdStartsWithDate: rules.orderIdStartsWithDate,
    dateFormats: rules.dateFormats,
    paymentWindowHours: rules.paymentWindowHours,
    apiPaths: rules.apiPaths,
    orderPages: rules.orderPages,
    errorCodes: rules.errorCodes.map(({ code, meaning }) => ({ code, meaning })),
    shopIdLabels: rules.shopIdLabels,
    piiLabels: rules.piiLabels,
  };
}
