const HOUR = 3_600_000;

/** "30 h" under two days, "3 days" beyond: how sellers talk about order ages. */
export function describeAge(ms: number): string {
  const hours = Math.round(Math.abs(ms) / HOUR);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(hours / 24)} days`;
}
