// Type-only view of the rules, importable from page-side code without pulling zod in.
export type { OrderStage, PlatformRules } from './schema';
export const PLATFORMS = ['ozon', 'shopee', 'amazon'] as const;
export type Platform = (typeof PLATFORMS)[number];
