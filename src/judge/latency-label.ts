// Histogram labels name latencies the way people read them: 0.4ms on a local run, 87ms, 1.25s.

export function formatLatency(ms: number): string {
  if (ms < 9.95) return `${Number(ms.toFixed(1))}ms`;
  if (ms < 999.5) return `${Math.round(ms)}ms`;
  return `${Number((ms / 1000).toFixed(2))}s`;
}
