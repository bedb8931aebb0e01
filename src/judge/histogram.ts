// Four percentiles hide the shape of a latency distribution; buckets show a second mode or a long tail.
import { sortedSamples } from "./samples.js";

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

/**
 * Equal-width buckets from the fastest sample to the slowest (the last bucket includes it); a single
 * bucket when every sample is the same; undefined for no samples.
 */
export function histogram(samples: readonly number[], buckets: number): Bucket[] | undefined {
  if (!Number.isInteger(buckets) || buckets < 1) {
    throw new RangeError(`a histogram needs a whole number of buckets, got ${buckets}`);
  }
  const sorted = sortedSamples(samples);
  if (sorted.length === 0) return undefined;
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [{ from: min, to: max, count: sorted.length }];

  const width = (max - min) / buckets;
  const result = Array.from({ length: buckets }, (_, i) => ({
    from: min + i * width,
    to: i === buckets - 1 ? max : min + (i + 1) * width,
    count: 0,
  }));
  for (const value of sorted) result[Math.min(buckets - 1, Math.floor((value - min) / width))]!.count++;
  return result;
}
