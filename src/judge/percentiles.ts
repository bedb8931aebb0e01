// Latency budgets (`expect.latency`, `compare.latency`) are judged on exact percentiles of the samples taken.
import { sortedSamples } from "./samples.js";

export interface LatencyPercentiles {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

// Nearest-rank: the smallest sample with at least p% of the samples at or below it, so every figure is
// a latency that was actually observed. The epsilon keeps float error (7 * 100 / 100) off the next rank.
function nearestRank(sorted: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`a percentile must be in (0, 100], got ${p}`);
  const rank = Math.max(1, Math.ceil((p * sorted.length) / 100 - 1e-9));
  return sorted[rank - 1]!;
}

/** The p-th percentile (nearest-rank) of the samples; undefined when there are none. */
export function percentile(samples: readonly number[], p: number): number | undefined {
  const sorted = sortedSamples(samples);
  return sorted.length === 0 ? undefined : nearestRank(sorted, p);
}

/** p50, p95, p99 and max (nearest-rank) of the samples; undefined when there are none. */
export function percentiles(samples: readonly number[]): LatencyPercentiles | undefined {
  const sorted = sortedSamples(samples);
  if (sorted.length === 0) return undefined;
  return {
    count: sorted.length,
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
    p99: nearestRank(sorted, 99),
    max: sorted[sorted.length - 1]!,
  };
}
