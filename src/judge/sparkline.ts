// The terminal report draws the latency distribution on one line, next to its percentiles.
import { histogram } from "./histogram.js";
import { formatLatency } from "./latency-label.js";

const BARS = "▁▂▃▄▅▆▇█";

/**
 * `10ms ▁▃█▅▂ ▁ 90ms`: the samples in equal-width buckets from the fastest to the slowest, bar height
 * relative to the fullest bucket, an empty bucket left blank; undefined for no samples.
 */
export function sparkline(samples: readonly number[], buckets = 8): string | undefined {
  const counted = histogram(samples, buckets);
  if (counted === undefined) return undefined;
  const fullest = Math.max(...counted.map((bucket) => bucket.count));
  const bars = counted
    .map(({ count }) => (count === 0 ? " " : BARS[Math.ceil((count / fullest) * BARS.length) - 1]))
    .join("");
  return `${formatLatency(counted[0]!.from)} ${bars} ${formatLatency(counted[counted.length - 1]!.to)}`;
}
