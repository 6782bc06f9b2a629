import type { BoardFault } from './fault-board';
import { fill, type OverlayStrings } from './strings';

/** The short label a marker shows next to what it marks ("ship-by passed 2 days ago"). */
export function markerLabel(fault: BoardFault, strings: OverlayStrings): string {
  const { details } = fault;
  const hours = Number(details.hours ?? 0);
  const age = hours >= 48 ? fill(strings.unitDays, Math.round(hours / 24)) : fill(strings.unitHours, Math.abs(hours));
  switch (details.reason) {
    case 'deadline-passed':
      return fill(strings.markerDeadlinePassed, age);
    case 'deadline-near':
      return fill(strings.markerDeadlineNear, age);
    case 'unpaid-too-long':
      return fill(strings.markerUnpaid, age);
    case 'duplicate':
      return fill(strings.markerDuplicate, Number(details.times ?? 2));
    case 'status-unchanged':
      return fill(strings.markerStatusUnchanged, age);
    case 'list-detail-mismatch':
      return strings.markerMismatch;
    case 'endless-spinner':
      return fill(strings.markerSpinner, Number(details.seconds ?? 0));
    case 'blank-main-area':
      return strings.markerBlank;
  }
  if (fault.kind === 'banner') return strings.markerBanner;
  if (fault.kind === 'network-error') {
    const meaning = String(details.meaning ?? '');
    const text =
      meaning === 'rate-limited'
        ? strings.meaningRateLimited
        : /^auth|permission/.test(meaning)
          ? strings.meaningAuth
          : meaning === 'server-error' || meaning === 'maintenance'
            ? strings.meaningServer
            : meaning === 'network' || meaning === 'timeout'
              ? strings.meaningNetwork
              : strings.meaningOther;
    const status = Number(details.status ?? 0) || String(details.reason ?? '');
    return fill(strings.markerRequest, String(details.path ?? ''), status, text);
  }
  return fault.message;
}
