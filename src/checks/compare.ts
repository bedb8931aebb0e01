// `compare`: the candidate's answers against a baseline's — the stable service answering the same
// requests in the same window (`baseline-url`), or what a previous release's report recorded
// (`baseline-report`). A slower p95 blocks only when it is past the factor AND the shift is
// significant by a one-sided Mann-Whitney U test, so two runs of one service do not block each other.
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { formatPercent } from "../judge/error-rate.js";
import { formatLatency } from "../judge/latency-label.js";
import { mannWhitney } from "../judge/mann-whitney.js";
import { type ShapeOf, shapeDifference } from "../judge/shape.js";
import { parsePercentagePoints, parseRatio } from "../judge/thresholds.js";
import { PERCENTILES } from "./sample.js";
import type { Comparison, Observed, SampleSummary } from "./types.js";

const DEFAULT_CONFIDENCE = 0.95;
/** Latencies are whole milliseconds: one under that resolution counts as 1 ms in a ratio. */
const RESOLUTION_MS = 1;
/** A Mann-Whitney test needs more than one latency on each side to say anything. */
const MIN_RANKED = 2;
const SHOWN_PATHS = 5;

function parsed<T>(
  parse: (value: string | number) => { ok: true; value: T } | { ok: false; message: string },
) {
  return z.union([z.string(), z.number()]).transform((value, ctx) => {
    const result = parse(value);
    if (result.ok) return result.value;
    ctx.issues.push({ code: "custom", message: result.message, input: value });
    return z.NEVER;
  });
}

const ratio = parsed(parseRatio).meta({
  description: 'at most this many times the baseline\'s, like "1.2x"',
});
const SAME_MESSAGE = 'expected "same"';
const same = z.literal("same", { error: SAME_MESSAGE });

export const compareField = z
  .strictObject({
    latency: z
      .strictObject({
        p50: ratio.optional(),
        p95: ratio.optional(),
        p99: ratio.optional(),
        max: ratio.optional(),
      })
      .refine(
        (limits) => PERCENTILES.some((p) => limits[p] !== undefined),
        "give at least one of p50, p95, p99, max",
      )
      .optional(),
    "error-rate": parsed(parsePercentagePoints)
      .meta({ description: 'how far the error rate may rise over the baseline\'s, like "+0.5pp"' })
      .optional(),
    status: same.optional().meta({ description: "the status must be the baseline's (the most common one)" }),
    shape: same
      .optional()
      .meta({ description: "the JSON answer must keep every field path and type the baseline's had" }),
    confidence: z
      .number({ error: "expected a confidence between 0.5 and 1, like 0.95" })
      .gt(0.5, "expected a confidence between 0.5 and 1, like 0.95")
      .lt(1, "expected a confidence between 0.5 and 1, like 0.95")
      .default(DEFAULT_CONFIDENCE)
      .meta({
        description: "of the Mann-Whitney test a slower latency must also pass to block (default 0.95)",
      }),
  })
  .refine(
    (c) =>
      c.latency !== undefined ||
      c["error-rate"] !== undefined ||
      c.status !== undefined ||
      c.shape !== undefined,
    "give at least one of latency, error-rate, status, shape",
  )
  .meta({
    description: "compare with baseline-url or baseline-report; no baseline makes the check inconclusive",
  });
export type CompareSpec = z.output<typeof compareField>;

/** One side of a comparison: its answers, and what it saw of them. */
export interface ComparedSide {
  readonly samples: SampleSummary;
  readonly observed: Observed;
  /** The shape as measured now (the candidate, a baseline URL); else the observed (recorded) one. */
  readonly shape?: ShapeOf;
}

function ratioText(ratio: number): string {
  return `${ratio.toFixed(2)}×`;
}

export function pText(p: number): string {
  return p < 0.001 ? "p < 0.001" : `p = ${Number(p.toPrecision(2))}`;
}

/** `+0.5pp`: a rise in an error rate, in percentage points. */
export function points(fraction: number): string {
  const value = Number((fraction * 100).toFixed(2));
  return `${value >= 0 ? "+" : ""}${value}pp`;
}

function assertion(target: string, expected: string, actual: string, passed: boolean, message: string) {
  return { target, expected, actual, passed, message };
}

function listed(items: readonly string[]): string {
  const shown = items.slice(0, SHOWN_PATHS).join(", ");
  return items.length > SHOWN_PATHS ? `${shown} and ${items.length - SHOWN_PATHS} more` : shown;
}

/**
 * The comparison, rule by rule, and an assertion per rule (a broken rule's message is its phrase for
 * the check's detail). The caller has made sure the baseline answered at least once.
 */
export function compareSides(
  spec: CompareSpec,
  candidate: ComparedSide,
  baseline: ComparedSide,
  source: Pick<Comparison, "against" | "baseline">,
): { comparison: Comparison; assertions: AssertionResult[] } {
  const assertions: AssertionResult[] = [];
  const alpha = 1 - spec.confidence;
  const confidence = `${Number((spec.confidence * 100).toFixed(2))}%`;

  const latency: NonNullable<Comparison["latency"]>[number][] = [];
  const ranked =
    candidate.samples.latenciesMs.length >= MIN_RANKED && baseline.samples.latenciesMs.length >= MIN_RANKED;
  // One test for every percentile: it ranks the two sets of latencies, whichever figure is limited
  // (and none when no latency rule is given).
  const test =
    ranked && spec.latency
      ? mannWhitney(candidate.samples.latenciesMs, baseline.samples.latenciesMs, { alternative: "greater" })
      : undefined;
  for (const percentile of PERCENTILES) {
    const limit = spec.latency?.[percentile];
    if (limit === undefined) continue;
    const candidateMs = candidate.samples[percentile];
    const baselineMs = baseline.samples[percentile];
    const target = `compare latency ${percentile}`;
    if (candidateMs === undefined || baselineMs === undefined) {
      const side = candidateMs === undefined ? "the candidate" : "the baseline";
      assertions.push(
        assertion(
          target,
          `≤ ${limit}× the baseline's`,
          "no answer",
          false,
          `${percentile}: ${side} has no answer to measure`,
        ),
      );
      continue;
    }
    const ratio = Math.max(candidateMs, RESOLUTION_MS) / Math.max(baselineMs, RESOLUTION_MS);
    const withinFactor = ratio <= limit;
    const significant = test !== undefined && test.p < alpha;
    // Both must be broken to block: past the factor, and (with samples on both sides) significant.
    const passed = withinFactor || (test !== undefined && !significant);
    latency.push({
      percentile,
      candidateMs,
      baselineMs,
      ratio,
      limit,
      ...(test ? { p: test.p } : {}),
      passed,
    });
    const why = test
      ? `${pText(test.p)}, ${significant ? "significant" : "not significant"} at ${confidence}`
      : "one answer a side, no significance test";
    const vs = `${percentile} ${formatLatency(candidateMs)} vs ${formatLatency(baselineMs)} baseline`;
    assertions.push(
      assertion(
        target,
        `≤ ${limit}× the baseline's ${formatLatency(baselineMs)}${test ? `, or a difference not significant at ${confidence}` : ""}`,
        `${formatLatency(candidateMs)} (${ratioText(ratio)}${test ? `, ${pText(test.p)}` : ""})`,
        passed,
        `${vs} (${ratioText(ratio)}${withinFactor ? "" : ` > ${limit}×`}, ${why})`,
      ),
    );
  }

  let errorRate: Comparison["errorRate"];
  const rise = spec["error-rate"];
  if (rise !== undefined) {
    const c = candidate.samples.errorRate;
    const b = baseline.samples.errorRate;
    // A rise exactly at the limit passes; the epsilon keeps float error (0.035 - 0.03) from blocking it.
    const passed = c - b <= rise + 1e-12;
    errorRate = { candidate: c, baseline: b, limit: rise, passed };
    assertions.push(
      assertion(
        "compare error rate",
        `≤ the baseline's ${formatPercent(b)} ${points(rise)}`,
        formatPercent(c),
        passed,
        `error rate ${formatPercent(c)} vs ${formatPercent(b)} baseline (${points(c - b)}${passed ? "" : ` > ${points(rise)}`})`,
      ),
    );
  }

  let status: Comparison["status"];
  if (spec.status) {
    const c = candidate.observed.status;
    const b = baseline.observed.status;
    const passed = c !== undefined && c === b;
    status = {
      ...(c !== undefined ? { candidate: c } : {}),
      ...(b !== undefined ? { baseline: b } : {}),
      passed,
    };
    const got = c === undefined ? "no answer" : String(c);
    assertions.push(
      assertion(
        "compare status",
        `${b} (the baseline's)`,
        got,
        passed,
        passed ? `status ${got}, as the baseline` : `status ${got}, the baseline answered ${b}`,
      ),
    );
  }

  let shape: Comparison["shape"];
  if (spec.shape) {
    const was = baseline.observed.shape;
    const now = candidate.shape;
    const { missing, changed } =
      was === undefined
        ? { missing: [], changed: [] }
        : now === undefined
          ? { missing: [], changed: [{ path: "$", baseline: was.$ ?? "JSON", candidate: "not JSON" }] }
          : shapeDifference(was, now);
    const passed = missing.length === 0 && changed.length === 0;
    shape = { missing, changed, passed };
    const found = [
      ...missing.map((path) => `${path} missing`),
      ...changed.map((c) => `${c.path} is ${c.candidate} (was ${c.baseline})`),
    ];
    assertions.push(
      assertion(
        "compare shape",
        was === undefined
          ? "anything (the baseline's answer was not JSON)"
          : "every field path and type of the baseline's answer",
        passed ? "the same fields" : listed(found),
        passed,
        passed ? "shape: every field of the baseline's answer, same types" : `shape: ${listed(found)}`,
      ),
    );
  }

  return {
    comparison: {
      ...source,
      confidence: spec.confidence,
      baselineSamples: baseline.samples,
      ...(latency.length > 0 ? { latency } : {}),
      ...(errorRate ? { errorRate } : {}),
      ...(status ? { status } : {}),
      ...(shape ? { shape } : {}),
    },
    assertions,
  };
}

/** `vs baseline: p95 1.11× (p = 0.21), error rate +0pp, same status 200, same shape`: a passed comparison. */
export function comparisonLine(comparison: Comparison): string {
  const parts: string[] = [];
  for (const l of comparison.latency ?? []) {
    parts.push(`${l.percentile} ${ratioText(l.ratio)}${l.p === undefined ? "" : ` (${pText(l.p)})`}`);
  }
  const { errorRate, status, shape } = comparison;
  if (errorRate) parts.push(`error rate ${points(errorRate.candidate - errorRate.baseline)}`);
  if (status) parts.push(`same status ${status.candidate}`);
  if (shape) parts.push("same shape");
  return `vs baseline: ${parts.join(", ")}`;
}
