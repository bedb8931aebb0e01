// A sampled check is judged on the share of its answers that failed `expect`, and reports show that share.

/** failures / total; undefined when nothing was answered, since no answers is no evidence, not 0%. */
export function errorRate(failures: number, total: number): number | undefined {
  if (!Number.isInteger(failures) || !Number.isInteger(total) || failures < 0 || failures > total) {
    throw new RangeError(`failures must be a whole number from 0 to the total, got ${failures} of ${total}`);
  }
  return total === 0 ? undefined : failures / total;
}

/** A rate as a percent with at most two decimals; a failure is never rounded away to 0%, nor to 100%. */
export function formatPercent(rate: number): string {
  if (!(rate >= 0 && rate <= 1)) throw new RangeError(`a rate must be from 0 to 1, got ${rate}`);
  const percent = rate * 100;
  if (rate > 0 && percent < 0.01) return "<0.01%";
  if (rate < 1 && percent > 99.99) return ">99.99%";
  return `${Number(percent.toFixed(2))}%`;
}
