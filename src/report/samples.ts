// A sampled or compared check's numbers, as the step summary and the console show them: count, error
// rate and percentiles, the comparison with both sides and the ratio, and the latency distribution as
// a picture (a histogram table in the summary, a sparkline on a terminal) where it reads faster.

import { points, pText } from "../checks/compare.js";
import { sampleLine } from "../checks/sample.js";
import type { Comparison, SampleSummary } from "../checks/types.js";
import type { CheckResult } from "../engine/results.js";
import { formatPercent } from "../judge/error-rate.js";
import { histogramTable } from "../judge/histogram-table.js";
import { formatLatency } from "../judge/latency-label.js";
import { sparkline } from "../judge/sparkline.js";
import { inline } from "./markdown.js";

/** More than one answer: a set worth percentiles and a picture. */
function isSet(samples: SampleSummary): boolean {
  return samples.count > 1;
}

/** `p95 31ms vs 28ms baseline (1.11×, p = 0.21)`, one line per rule. */
function comparisonLines(comparison: Comparison): string[] {
  const lines: string[] = [];
  for (const l of comparison.latency ?? []) {
    const p = l.p === undefined ? "" : `, ${pText(l.p)}`;
    lines.push(
      `${l.percentile} ${formatLatency(l.candidateMs)} vs ${formatLatency(l.baselineMs)} baseline (${l.ratio.toFixed(2)}×${p}; limit ${l.limit}×)`,
    );
  }
  const { errorRate, status, shape } = comparison;
  if (errorRate) {
    lines.push(
      `error rate ${formatPercent(errorRate.candidate)} vs ${formatPercent(errorRate.baseline)} baseline (${points(errorRate.candidate - errorRate.baseline)}; limit ${points(errorRate.limit)})`,
    );
  }
  if (status) lines.push(`status ${status.candidate ?? "none"} vs ${status.baseline ?? "none"} baseline`);
  if (shape) {
    const lost = shape.missing.length + shape.changed.length;
    lines.push(
      shape.passed
        ? "shape: every field of the baseline's answer, same types"
        : `shape: ${lost} fields lost or changed`,
    );
  }
  return lines;
}

function baselineLine(comparison: Comparison): string {
  const { baselineSamples: samples } = comparison;
  const what = isSet(samples) ? sampleLine(samples) : formatLatency(samples.latenciesMs[0] ?? 0);
  return `baseline (${comparison.against} ${comparison.baseline}): ${what}`;
}

/** The step summary's block: the figures, the comparison, and the small histogram table. */
export function sampleMarkdown(check: CheckResult): string | undefined {
  const { samples, comparison } = check;
  if (!samples) return undefined;
  const parts: string[] = [];
  if (isSet(samples)) parts.push(`**Samples:** ${inline(sampleLine(samples))}`);
  if (comparison) {
    parts.push(`**Baseline:** ${inline(baselineLine(comparison), 400)}`);
    parts.push(
      `**Compared:** ${comparisonLines(comparison)
        .map((l) => inline(l))
        .join(" · ")}`,
    );
  }
  const picture = isSet(samples) ? histogramTable(samples.latenciesMs) : undefined;
  if (picture) parts.push(picture);
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}

/** The console's lines, to be indented under the check: figures, sparkline, comparison. */
export function sampleConsoleLines(check: CheckResult): string[] {
  const { samples, comparison } = check;
  if (!samples) return [];
  const lines: string[] = [];
  if (isSet(samples)) {
    lines.push(sampleLine(samples));
    const picture = sparkline(samples.latenciesMs);
    if (picture) lines.push(picture);
  }
  if (comparison) lines.push(baselineLine(comparison), ...comparisonLines(comparison));
  return lines;
}
