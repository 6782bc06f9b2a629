import { z } from 'zod';
import { browser } from 'wxt/browser';

/**
 * The seller's settings, in storage.local under `settings`. Validated on read and on write:
 * a bad value is refused with a message naming the field, and a stored value that no longer
 * parses falls back field by field to the default instead of losing the rest.
 */
export const UI_LANGUAGES = ['auto', 'en', 'zh_CN', 'ru'] as const;

/**
 * The version of the stored shape. v1 (no `version` field) had no shops and no reminders; a
 * stored shape older than this one is migrated on read (migrateSettings), never thrown away.
 */
export const SETTINGS_VERSION = 2;

/**
 * One of the seller's shops. The id is what the back-office shows after "Shop ID", "Merchant
 * Token", "ID компании"… — lib/background/shop-id.ts reads it with the same pattern, so any id the
 * page can show can be entered here.
 */
export const SHOP_ID_PATTERN = /^[A-Z0-9][A-Z0-9-]{3,30}$/i;
export const shopSchema = z.object({
  id: z.string().trim().regex(SHOP_ID_PATTERN, 'shop-id'),
  name: z.string().trim().min(1, 'shop-name').max(60, 'shop-name'),
});
export type Shop = z.infer<typeof shopSchema>;
const shopListSchema = z
  .array(shopSchema)
  .max(50)
  .refine((shops) => new Set(shops.map((shop) => shop.id.toLowerCase())).size === shops.length, 'shop-duplicate');
export const shopsSchema = z.object({
  ozon: shopListSchema.default([]),
  shopee: shopListSchema.default([]),
  amazon: shopListSchema.default([]),
});
export type Shops = z.infer<typeof shopsSchema>;

/** The seller's name for a shop id read on a page ("Main store (123456)"), or the id alone. */
export function shopLabel(shops: Shops | undefined, platform: keyof Shops, shopId: string): string {
  const named = shops?.[platform].find((shop) => shop.id.toLowerCase() === shopId.toLowerCase());
  return named ? `${named.name} (${shopId})` : shopId;
}

/** How often the backup reminder may be set to come back, in days; 0 is off. */
export const BACKUP_REMINDER_DAYS = [0, 7, 14, 30] as const;

export const settingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  language: z.enum(UI_LANGUAGES).default('auto'),
  /** A spinner, skeleton or aria-busy region still busy after this long is a failed load. */
  spinnerTimeoutSeconds: z.number().int().min(3).max(300).default(15),
  /** Warn about pre-shipment orders this many hours before their ship-by deadline. */
  deadlineWarningHours: z.number().min(0).max(168).default(4),
  /** Detection can be paused without uninstalling. */
  detectionEnabled: z.boolean().default(true),
  /** The on-page overlay per back-office host; hosts not listed show it. */
  overlayPerSite: z.record(z.string().regex(/^[a-z0-9.-]+$/), z.enum(['shown', 'minimised', 'hidden'])).default({}),
  /**
   * Evidence capture: take a capture by itself when a new fault of severity error or critical is
   * detected (at most one per incident per minute). Screenshots without a click need the optional
   * `<all_urls>` host permission; the options page asks for it when this is switched on.
   */
  autoCapture: z.boolean().default(false),
  /** Hide buyer names, phones, addresses and e-mails on the page while a screenshot is taken. */
  captureMaskByDefault: z.boolean().default(true),
  /** Evidence retention: captures beyond this total size are pruned, oldest unpinned first. */
  captureRetentionMb: z.number().int().min(50).max(20_000).default(500),
  /** Evidence retention: unpinned captures and incidents older than this are pruned. */
  captureRetentionDays: z.number().int().min(1).max(3650).default(60),
  /** The seller's shops per platform, to name the shop a page belongs to. */
  shops: shopsSchema.default({ ozon: [], shopee: [], amazon: [] }),
  /** A weekly reminder to check authorisations, sync logs and announcements (the guides' routine). */
  weeklyCheckReminder: z.boolean().default(false),
  /** A reminder to export a backup every this many days; 0 is off. */
  backupReminderDays: z
    .number()
    .int()
    .refine((days) => (BACKUP_REMINDER_DAYS as readonly number[]).includes(days))
    .default(0),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** The storage.local key of the settings (a backup's import restores them under it). */
export const SETTINGS_STORAGE_KEY = 'settings';
const STORAGE_KEY = SETTINGS_STORAGE_KEY;

// No code generation: the extension's CSP forbids eval, and a refused eval leaves a console error.
z.config({ jitless: true });

type StoredShape = Record<string, unknown>;

/**
 * One step per stored version, from that version to the next. v1 → v2: shops and reminders
 * arrive (defaults); v1's numbers were sometimes stored as text by an early options page, so a
 * numeric string is read as its number rather than reset.
 */
const MIGRATIONS: Record<number, (stored: StoredShape) => StoredShape> = {
  1: (stored) => {
    const next: StoredShape = { ...stored, version: 2 };
    for (const key of ['spinnerTimeoutSeconds', 'deadlineWarningHours', 'captureRetentionMb', 'captureRetentionDays']) {
      const value = next[key];
      if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) next[key] = Number(value);
    }
    return next;
  },
};

function storedVersion(stored: StoredShape): number {
  const version = stored.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Brings a stored shape of any earlier version up to SETTINGS_VERSION; never throws. */
export function migrateSettings(stored: unknown): StoredShape {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  let shape: StoredShape = { ...(stored as StoredShape) };
  for (let version = storedVersion(shape); version < SETTINGS_VERSION; version += 1) {
    shape = MIGRATIONS[version]?.(shape) ?? { ...shape, version: version + 1 };
  }
  // A newer version (the extension was downgraded) keeps what still parses.
  return { ...shape, version: SETTINGS_VERSION };
}

/** Migrates, then keeps every field that parses; a field that does not falls back to its default. */
export function repairSettings(stored: unknown): Settings {
  const migrated = migrateSettings(stored);
  const repaired: Record<string, unknown> = {};
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    const field = shape[key].safeParse(migrated[key]);
    repaired[key] = field.success ? field.data : key === 'shops' ? repairShops(migrated[key]) : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return repaired as Settings;
}

/** One bad shop loses only itself (and a repeated id its repeat), never the seller's other shops. */
function repairShops(stored: unknown): Shops {
  const shops: Shops = { ozon: [], shopee: [], amazon: [] };
  if (!stored || typeof stored !== 'object') return shops;
  for (const platform of Object.keys(shops) as (keyof Shops)[]) {
    const list = (stored as Record<string, unknown>)[platform];
    if (!Array.isArray(list)) continue;
    for (const entry of list.slice(0, 50)) {
      const shop = shopSchema.safeParse(entry);
      if (shop.success && !shops[platform].some((kept) => kept.id.toLowerCase() === shop.data.id.toLowerCase())) shops[platform].push(shop.data);
    }
  }
  return shops;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  return repairSettings(stored[STORAGE_KEY]);
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Saves a change; throws a SettingsError naming each refused field. */
export async function saveSettings(change: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.safeParse({ ...(await loadSettings()), ...change });
  if (!next.success) {
    throw new SettingsError(next.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  await browser.storage.local.set({ [STORAGE_KEY]: next.data });
  return next.data;
}

export function onSettingsChanged(listener: (settings: Settings) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes[STORAGE_KEY]) listener(repairSettings(changes[STORAGE_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
