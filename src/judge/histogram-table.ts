// The step summary shows the latency distribution as a small markdown table, readable without a terminal.
import { histogram } from "./histogram.js";
import { formatLatency } from "./latency-label.js";

const BAR_WIDTH = 20;

/** A markdown table of equal-width latency buckets with counts and bars; undefined for no samples. */
export function histogramTable(samples: readonly number[], buckets = 6): string | undefined {
  const counted = histogram(samples, buckets);
  if (counted === undefined) return undefined;
  const fullest = Math.max(...counted.map((bucket) => bucket.count));
  const rows = counted.map(({ from, to, count }) => {
    const range = from === to ? formatLatency(from) : `${formatLatency(from)} – ${formatLatency(to)}`;
    return `| ${range} | ${count} | ${"█".repeat(Math.ceil((count / fullest) * BAR_WIDTH))} |`;
  });
  return ["| Latency | Samples | |", "| --- | ---: | --- |", ...rows].join("\n");
}
