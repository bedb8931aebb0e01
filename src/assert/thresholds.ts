// Numeric thresholds on a measured value — a metric's sum or increase, a ratio, a Prometheus
// sample: how the bounds read and which one a value breaks, said the same way by every check.

export interface Thresholds {
  readonly equals?: number;
  readonly below?: number;
  readonly above?: number;
}

/** Six significant digits; `NaN`, `+Inf` and `-Inf` as Prometheus writes them. */
export function formatNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  return String(Number(n.toPrecision(6)));
}

/** `= 5 and > 1 and < 10`: the bounds as an expectation; "" when there are none. */
export function thresholdText(t: Thresholds): string {
  const parts: string[] = [];
  if (t.equals !== undefined) parts.push(`= ${formatNumber(t.equals)}`);
  if (t.above !== undefined) parts.push(`> ${formatNumber(t.above)}`);
  if (t.below !== undefined) parts.push(`< ${formatNumber(t.below)}`);
  return parts.join(" and ");
}

/**
 * The bound `value` breaks — `not 5`, `not below 0.05`, `not above 1` — or `NaN`, which meets no
 * bound (a rate over no traffic); undefined when it meets them all.
 */
export function breach(value: number, t: Thresholds): string | undefined {
  if (Number.isNaN(value)) return "NaN";
  if (t.equals !== undefined && value !== t.equals) return `not ${formatNumber(t.equals)}`;
  if (t.below !== undefined && !(value < t.below)) return `not below ${formatNumber(t.below)}`;
  if (t.above !== undefined && !(value > t.above)) return `not above ${formatNumber(t.above)}`;
  return undefined;
}

/** `is 0.07, not below 0.05`, `is NaN`: the breach with the value in it; undefined when none. */
export function breaks(value: number, t: Thresholds): string | undefined {
  const why = breach(value, t);
  if (why === undefined) return undefined;
  return Number.isNaN(value) ? "is NaN" : `is ${formatNumber(value)}, ${why}`;
}
