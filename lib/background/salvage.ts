import { signalsReportSchema } from '../messages';
import { signalDraftSchema } from '../signals';

/**
 * A fault report refused whole because some of its signals do not parse. The page feeds the
 * content script's detectors (a page can post a console error whose count or time is not a whole
 * number, for one), so one bad signal must not take the genuine faults of the same batch with it:
 * the signals that parse are kept, the others left out. Anything else about the message (its
 * type, page id, batch size) must still be right.
 */
export type SignalsReport = ReturnType<typeof signalsReportSchema.parse>;

export function salvageSignalsReport(message: unknown): { report: SignalsReport; dropped: number } | null {
  if (!message || typeof message !== 'object') return null;
  const { type, pageId, signals } = message as Record<string, unknown>;
  if (type !== 'signals/report' || !Array.isArray(signals) || signals.length > 200) return null;
  const kept = signals.flatMap((signal: unknown) => {
    const parsed = signalDraftSchema.safeParse(signal);
    return parsed.success ? [parsed.data] : [];
  });
  if (kept.length === 0) return null;
  const parsed = signalsReportSchema.safeParse({ type, pageId, signals: kept });
  return parsed.success ? { report: parsed.data, dropped: signals.length - kept.length } : null;
}
