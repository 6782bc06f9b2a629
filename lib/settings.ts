import { z } from 'zod';
import { browser } from 'wxt/browser';

/**
 * The seller's settings, in storage.local under `settings`. Validated on read and on write:
 * a bad value is refused with a message naming the field, and a stored value that no longer
 * parses falls back field by field to the default instead of losing the rest.
 */
export const UI_LANGUAGES = ['auto', 'en', 'zh_CN', 'ru'] as const;

export const settingsSchema = z.object({
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
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

const STORAGE_KEY = 'settings';

// No code generation: the extension's CSP forbids eval, and a refused eval leaves a console error.
z.config({ jitless: true });

/** Keeps every field that parses; a field that does not falls back to its default. */
export function repairSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return { ...DEFAULT_SETTINGS };
  const repaired: Record<string, unknown> = {};
  const shape = settingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    const field = shape[key].safeParse((stored as Record<string, unknown>)[key]);
    repaired[key] = field.success ? field.data : DEFAULT_SETTINGS[key];
  }
  return repaired as Settings;
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
