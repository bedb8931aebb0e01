// How a sampled or compared check reads in the step summary and on the console: the figures, both
// sides and the ratio, and the latency distribution as a picture.
import { describe, expect, it } from "vitest";
import type { Comparison, SampleSummary } from "../../src/checks/types.js";
import { renderConsoleReport } from "../../src/report/console.js";
import { renderSummary } from "../../src/report/summary.js";
import { check, gate } from "./fixtures.js";

const latenciesMs = [
  ...Array.from({ length: 190 }, (_, i) => 10 + (i % 10)),
  ...Array.from({ length: 10 }, () => 48),
];
const samples: SampleSummary = {
  count: 200,
  errors: 1,
  errorRate: 0.005,
  p50: 14,
  p95: 31,
  p99: 48,
  max: 48,
  latenciesMs,
};
const comparison: Comparison = {
  against: "baseline-url",
  baseline: "https://stable.example.com",
  confidence: 0.95,
  baselineSamples: { ...samples, errors: 0, errorRate: 0, p95: 28 },
  latency: [
    { percentile: "p95", candidateMs: 31, baselineMs: 28, ratio: 31 / 28, limit: 1.2, p: 0.21, passed: true },
  ],
  errorRate: { candidate: 0.005, baseline: 0, limit: 0.005, passed: true },
  status: { candidate: 200, baseline: 200, passed: true },
  shape: { missing: [], changed: [], passed: true },
};
const compared = check({
  name: "list tasks",
  detail:
    "200 samples · error rate 0.5% · p50 14ms · p95 31ms · p99 48ms · vs baseline: p95 1.11× (p = 0.21)",
  samples,
  observed: { status: 200 },
  comparison,
});

describe("a compared sample set", () => {
  it("has a section among the passed checks' evidence: figures, both sides, the ratio and a histogram", () => {
    const summary = renderSummary(gate([compared]));
    expect(summary).toContain("### Evidence from passed checks");
    expect(summary).toContain("**Samples:** 200 samples · error rate 0.5% · p50 14ms · p95 31ms · p99 48ms");
    expect(summary).toContain(
      "**Baseline:** baseline (baseline-url https://stable.example.com): 200 samples · error rate 0% · p50 14ms · p95 28ms · p99 48ms",
    );
    expect(summary).toContain(
      "**Compared:** p95 31ms vs 28ms baseline (1.11×, p = 0.21; limit 1.2×) · error rate 0.5% vs 0% baseline (+0.5pp; limit +0.5pp) · status 200 vs 200 baseline · shape: every field of the baseline's answer, same types",
    );
    expect(summary).toContain("| Latency | Samples | |");
    expect(summary).toMatch(/\| 10ms – 16ms \| \d+ \| █+ \|/);
  });

  it("prints its figures, a sparkline and the comparison on the console", () => {
    const text = renderConsoleReport(gate([compared]), { color: false });
    expect(text).toContain(
      [
        "Samples:",
        "  list tasks",
        "    200 samples · error rate 0.5% · p50 14ms · p95 31ms · p99 48ms",
        "    10ms ██     ▁ 48ms",
        "    baseline (baseline-url https://stable.example.com): 200 samples · error rate 0% · p50 14ms · p95 28ms · p99 48ms",
        "    p95 31ms vs 28ms baseline (1.11×, p = 0.21; limit 1.2×)",
      ].join("\n"),
    );
  });

  it("a compare without sample shows the comparison, not a one-sample histogram", () => {
    const one = { count: 1, errors: 0, errorRate: 0, p50: 12, p95: 12, p99: 12, max: 12, latenciesMs: [12] };
    const single = check({
      name: "GET /v1/tasks",
      samples: one,
      comparison: {
        ...comparison,
        baselineSamples: { ...one, latenciesMs: [11] },
        latency: [
          { percentile: "p95", candidateMs: 12, baselineMs: 11, ratio: 12 / 11, limit: 1.2, passed: true },
        ],
      },
    });
    const summary = renderSummary(gate([single]));
    expect(summary).not.toContain("**Samples:**");
    expect(summary).not.toContain("| Latency | Samples | |");
    expect(summary).toContain("**Compared:** p95 12ms vs 11ms baseline (1.09×; limit 1.2×)");
    expect(renderConsoleReport(gate([single]), { color: false })).toContain(
      "    baseline (baseline-url https://stable.example.com): 11ms\n    p95 12ms vs 11ms baseline (1.09×; limit 1.2×)",
    );
  });
});
