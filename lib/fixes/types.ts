import type { Conclusion, ErrorMeaning, FeatureArea, Scope, SignalReason } from '../diagnosis/types';
import type { Platform } from '../rules/types';
import type { SignalKind } from '../signals';

/**
 * The knowledge base of fixes (rules/fixes.ts) as types. Plain types and constants, no zod:
 * lib/fixes/schema.ts validates the data at build time, pages only read it.
 */

/** The languages of the knowledge base and of the support report (the extension's UI languages). */
export const LANGUAGES = ['en', 'zh_CN', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export type Localised<T = string> = Readonly<Record<Language, T>>;

/** The six scenarios of the troubleshooting guide, and the login, payment, promotion, data-error and network cases. */
export const SCENARIOS = [
  'product-sync',
  'order-processing',
  'logistics-tracking',
  'inventory-sync',
  'ui-slow-error',
  'api-connection',
  'login',
  'payment',
  'promotion',
  'data-error',
  'network',
] as const;
export type Scenario = (typeof SCENARIOS)[number];

/**
 * Where a fix sits in the guides' flow: check (locate the fault), fix (remove it), stop-gap (limit
 * the damage while waiting for support), escalate (hand it to support), prevent (maintenance).
 */
export const FIX_STAGES = ['check', 'fix', 'stop-gap', 'escalate', 'prevent'] as const;
export type FixStage = (typeof FIX_STAGES)[number];

/** The three field guides in ../shared/seeds and the sections of ../shared/platform-facts.md. */
export const SEEDS = ['000_fde353b73497ec65', '001_06918e185e20043a', '002_39eb7b43ec1b43f9'] as const;
export const FACT_TOPICS = ['hosts', 'order-identifiers', 'statuses-and-time-limits', 'authorisation-lifetimes', 'rate-limits-and-server-errors', 'status-pages', 'what-breaks-tools'] as const;
export type FixSource = { seed: (typeof SEEDS)[number]; section: string } | { fact: (typeof FACT_TOPICS)[number] };

/**
 * When a fix applies: each condition looks at the incident's signals (or its diagnosis) and adds
 * its weight, scaled by the share of the incident's fault occurrences it covers, when it matches.
 */
export type FixCondition =
  | { on: 'kind'; kinds: SignalKind[]; weight: number }
  /** HTTP status of failed back-office calls. */
  | { on: 'status'; statuses: number[]; weight: number }
  | { on: 'meaning'; meanings: ErrorMeaning[]; weight: number }
  /** The platform's own error code ("8", "QuotaExceeded", "error_auth"): must exist in the platform rules. */
  | { on: 'error-code'; codes: string[]; weight: number }
  /** Why an order is stuck, or why a page failed (`details.reason`). */
  | { on: 'reason'; reasons: SignalReason[]; weight: number }
  /** An order fault about an order in one of these platform statuses (e.g. UNPAID, Pending). */
  | { on: 'order-status'; statuses: string[]; weight: number }
  /** The part of the back-office the failures are about (rules/diagnosis.ts areas). */
  | { on: 'area'; areas: FeatureArea[]; weight: number }
  | { on: 'conclusion'; conclusions: Conclusion[]; weight: number }
  | { on: 'scope'; scopes: Scope[]; weight: number }
  | { on: 'incident'; status: 'open' | 'resolved'; weight: number }
  /** Any fault at all: general advice that stays at the bottom of the list. */
  | { on: 'any-fault'; weight: number };

export type ConditionKind = FixCondition['on'];

export interface Fix {
  /** Stable kebab-case id: the UI and saved checklist state refer to it. */
  id: string;
  scenario: Scenario;
  stage: FixStage;
  platforms: 'all' | Platform[];
  appliesWhen: FixCondition[];
  title: Localised;
  /** Concrete steps, in order; the same number in every language. */
  steps: Localised<string[]>;
  why: Localised;
  sources: FixSource[];
}
