// Rate, point and ratio thresholds are written as text in the config; reading them when it loads makes a
// typo a config error, not a gate judging against NaN.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const DECIMAL = String.raw`(\d+(?:\.\d+)?)`;
const PERCENT = new RegExp(String.raw`^${DECIMAL}\s*%$`);
const POINTS = new RegExp(String.raw`^\+?${DECIMAL}\s*pp$`);
const RATIO = new RegExp(String.raw`^${DECIMAL}\s*[x×]$`);

function shown(value: string | number): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/**
 * Reads `<decimal><unit>` as a fraction of one hundred. Parsed as "0.3e-2", so "0.3%" is the same double as
 * 3 failures in 1000: an error rate exactly at its threshold passes.
 */
function hundredths(pattern: RegExp, value: string | number): number | undefined {
  const decimal = typeof value === "string" ? pattern.exec(value.trim())?.[1] : undefined;
  return decimal === undefined ? undefined : Number(`${decimal}e-2`);
}

/** `1%`, `0.5%`: an error rate, as a fraction from 0 to 1. */
export function parseRate(value: string | number): Parsed<number> {
  const rate = hundredths(PERCENT, value);
  if (rate === undefined) {
    const bare = typeof value === "number" ? " (with the % sign: a bare 0.01 could mean 1% or 0.01%)" : "";
    return { ok: false, message: `expected a percentage like "1%" or "0.5%"${bare}, got ${shown(value)}` };
  }
  if (rate > 1) return { ok: false, message: `a rate cannot be over 100%, got ${shown(value)}` };
  return { ok: true, value: rate };
}

/** `+0.5pp`: how many percentage points a rate may rise over the baseline's, as a fraction (0.005). */
export function parsePercentagePoints(value: string | number): Parsed<number> {
  const points = hundredths(POINTS, value);
  if (points === undefined) {
    return { ok: false, message: `expected percentage points like "+0.5pp", got ${shown(value)}` };
  }
  if (points > 1) return { ok: false, message: `a rise cannot be over 100 points, got ${shown(value)}` };
  return { ok: true, value: points };
}

/** `1.2x`: how many times the baseline's value the candidate's may be. */
export function parseRatio(value: string | number): Parsed<number> {
  const decimal = typeof value === "string" ? RATIO.exec(value.trim())?.[1] : undefined;
  if (decimal === undefined) {
    const bare = typeof value === "number" ? " (with the x: a bare number would read as milliseconds)" : "";
    return { ok: false, message: `expected a multiplier like "1.2x"${bare}, got ${shown(value)}` };
  }
  const ratio = Number(decimal);
  if (ratio === 0) return { ok: false, message: `a multiplier must be above 0, got ${shown(value)}` };
  return { ok: true, value: ratio };
}
