// `sample: { count, concurrency }`: one request sent `count` times, `concurrency` at once, and judged
// as a set. `expect` applies to each answer; `expect.latency` to the distribution of their latencies
// (exact nearest-rank percentiles: at these sizes there is nothing to approximate) and
// `expect.error-rate` to the share of samples that failed `expect` or got no answer.
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { evaluateExpect } from "../assert/expect.js";
import { duration, type Expect, expect } from "../assert/expect-schema.js";
import { parseJsonBody } from "../assert/jsonpath.js";
import { errorRate, formatPercent } from "../judge/error-rate.js";
import { formatLatency } from "../judge/latency-label.js";
import { percentiles } from "../judge/percentiles.js";
import { jsonShape, type ShapeOf } from "../judge/shape.js";
import { parseRate } from "../judge/thresholds.js";
import { plural } from "../text/plural.js";
import type { Sent } from "./send.js";
import type { Observed, Percentile, SampleSummary } from "./types.js";

export const MAX_SAMPLES = 10_000;
const DEFAULT_CONCURRENCY = 10;
export const PERCENTILES: readonly Percentile[] = ["p50", "p95", "p99", "max"];
/** Paths of an answer's shape kept in the report; a comparison made now sees up to `COMPARED_PATHS`. */
const RECORDED_PATHS = 200;
const COMPARED_PATHS = 5000;

const COUNT_MESSAGE = `expected a whole number of samples from 1 to ${MAX_SAMPLES}`;
const CONCURRENCY_MESSAGE = "expected a whole number from 1 to the count";

export const sampleField = z
  .strictObject({
    count: z
      .number({ error: COUNT_MESSAGE })
      .int(COUNT_MESSAGE)
      .min(1, COUNT_MESSAGE)
      .max(MAX_SAMPLES, COUNT_MESSAGE),
    concurrency: z
      .number({ error: CONCURRENCY_MESSAGE })
      .int(CONCURRENCY_MESSAGE)
      .min(1, CONCURRENCY_MESSAGE)
      .optional(),
  })
  .superRefine(({ count, concurrency }, ctx) => {
    // Against a count that is itself wrong there is nothing to say about the concurrency.
    if (concurrency !== undefined && Number.isInteger(count) && count >= 1 && concurrency > count) {
      ctx.addIssue({
        code: "custom",
        path: ["concurrency"],
        message: `expected a whole number from 1 to the count (${count})`,
        input: concurrency,
      });
    }
  })
  .transform(({ count, concurrency }) => ({
    count,
    concurrency: concurrency ?? Math.min(count, DEFAULT_CONCURRENCY),
  }))
  .meta({
    description: `send the request count times (1 to ${MAX_SAMPLES}), concurrency at once (default: min(count, ${DEFAULT_CONCURRENCY})), and judge the set`,
  });
export type SampleSpec = z.output<typeof sampleField>;

const latencyLimits = z
  .strictObject({
    p50: duration.optional(),
    p95: duration.optional(),
    p99: duration.optional(),
    max: duration.optional(),
  })
  .refine(
    (limits) => PERCENTILES.some((p) => limits[p] !== undefined),
    "give at least one of p50, p95, p99, max",
  )
  .meta({ description: "latency limits over the samples (nearest-rank percentiles); needs `sample`" });

const errorRateLimit = z
  .union([z.string(), z.number()], { error: 'expected a percentage like "1%"' })
  .transform((value, ctx) => {
    const parsed = parseRate(value);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: "custom", message: parsed.message, input: value });
    return z.NEVER;
  })
  .meta({
    description: 'the share of samples that may fail `expect`, like "1%" (default 0%); needs `sample`',
  });

/** An http check's `expect`: the one-answer expectations plus the limits on a sample set. */
export const sampledExpect = expect.extend({
  latency: latencyLimits.optional(),
  "error-rate": errorRateLimit.optional(),
});
export type SampledExpect = z.output<typeof sampledExpect>;

/** The answer (or failure) of one sample and what `expect` found of it. */
export interface SampleEvidence {
  readonly sent: Sent;
  readonly assertions: readonly AssertionResult[];
}

/**
 * The samples of one side (the candidate, or the baseline URL), recorded as their answers come:
 * latencies in the order sent, error count, statuses, the first failure and the first pass as
 * evidence, and the shape of an answer that met `expect`.
 */
export class SampleRecorder {
  private readonly latencies: (number | undefined)[] = [];
  private readonly statuses = new Map<number, number>();
  private sent = 0;
  private errors = 0;
  private failure: { index: number; evidence: SampleEvidence } | undefined;
  private pass: { index: number; evidence: SampleEvidence } | undefined;
  private shapeOf: { index: number; passed: boolean; shape: ShapeOf | undefined } | undefined;

  constructor(private readonly expectation: Expect | undefined) {}

  async record(index: number, sent: Sent): Promise<void> {
    this.sent++;
    const { response } = sent;
    if (!response) {
      this.errors++;
      this.keep("failure", index, { sent, assertions: [] });
      return;
    }
    this.latencies[index] = response.durationMs;
    this.statuses.set(response.status, (this.statuses.get(response.status) ?? 0) + 1);
    const assertions = await evaluateExpect(this.expectation, response);
    const passed = assertions.every((a) => a.passed);
    if (!passed) this.errors++;
    this.keep(passed ? "pass" : "failure", index, { sent, assertions });
    // The shape of the lowest-numbered answer that met `expect` (of the lowest-numbered answer
    // while none has): a later run's `shape: same` compares with it, so it must not depend on
    // which answer happened to arrive first.
    const held = this.shapeOf;
    if (!held || (passed && !held.passed) || (passed === held.passed && index < held.index)) {
      const body = parseJsonBody(response.text);
      this.shapeOf = { index, passed, shape: body.ok ? jsonShape(body.value, COMPARED_PATHS) : undefined };
    }
  }

  /** Evidence of the lowest-numbered sample of each kind, so the report does not depend on timing. */
  private keep(kind: "failure" | "pass", index: number, evidence: SampleEvidence): void {
    const held = this[kind];
    if (!held || index < held.index) this[kind] = { index, evidence };
  }

  get count(): number {
    return this.sent;
  }

  get firstFailure(): SampleEvidence | undefined {
    return this.failure?.evidence;
  }

  get firstPass(): SampleEvidence | undefined {
    return this.pass?.evidence;
  }

  /** The shape as a comparison made now sees it (up to 5,000 paths). */
  get shape(): ShapeOf | undefined {
    return this.shapeOf?.shape;
  }

  summary(): SampleSummary {
    const latenciesMs = this.latencies.filter((ms): ms is number => ms !== undefined);
    const figures = percentiles(latenciesMs);
    return {
      count: this.sent,
      errors: this.errors,
      errorRate: errorRate(this.errors, this.sent) ?? 0,
      ...(figures ? { p50: figures.p50, p95: figures.p95, p99: figures.p99, max: figures.max } : {}),
      latenciesMs,
    };
  }

  /** The most common status (the first seen of equals) and the recorded shape. */
  observed(): Observed {
    let status: number | undefined;
    let most = 0;
    for (const [code, times] of this.statuses) {
      if (times > most) {
        status = code;
        most = times;
      }
    }
    const shape = this.shapeOf?.shape;
    const recorded = shape ? Object.entries(shape.shape).slice(0, RECORDED_PATHS) : undefined;
    return {
      ...(status !== undefined ? { status } : {}),
      ...(recorded ? { shape: Object.fromEntries(recorded) } : {}),
      ...(shape && (shape.cut || recorded!.length < Object.keys(shape.shape).length)
        ? { shapeCut: true }
        : {}),
    };
  }
}

/**
 * Runs `run(0)` … `run(tasks - 1)` in order of their numbers, at most `workers` at once; stops
 * starting new ones when the signal aborts or the deadline passes.
 */
export async function pool(
  tasks: number,
  workers: number,
  run: (index: number) => Promise<void>,
  stop: { readonly signal: AbortSignal; readonly deadline: number },
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks && !stop.signal.aborted && Date.now() < stop.deadline) await run(next++);
  };
  await Promise.all(Array.from({ length: Math.min(workers, tasks) }, worker));
}

function assertion(target: string, expected: string, actual: string, passed: boolean, message: string) {
  return { target, expected, actual, passed, message };
}

/** `3.5% (7/200)` */
export function errorRateText(samples: SampleSummary): string {
  return `${formatPercent(samples.errorRate)} (${samples.errors}/${samples.count})`;
}

/** `200 samples · error rate 0.5% · p50 12ms · p95 31ms · p99 48ms` */
export function sampleLine(samples: SampleSummary): string {
  const parts = [plural(samples.count, "sample"), `error rate ${formatPercent(samples.errorRate)}`];
  for (const p of ["p50", "p95", "p99"] as const) {
    const ms = samples[p];
    if (ms !== undefined) parts.push(`${p} ${formatLatency(ms)}`);
  }
  return parts.join(" · ");
}

/**
 * The set's own limits: `expect.error-rate` (0% unless given) and each `expect.latency` percentile.
 * A broken limit's message is its phrase for the detail: `p95 412ms > 300ms over 200 samples`.
 */
export function judgeSampleSet(
  samples: SampleSummary,
  expectation: SampledExpect | undefined,
): AssertionResult[] {
  const limit = expectation?.["error-rate"] ?? 0;
  const rate = errorRateText(samples);
  const withinRate = samples.errorRate <= limit;
  const results = [
    assertion(
      "error rate",
      `≤ ${formatPercent(limit)}`,
      rate,
      withinRate,
      withinRate ? `error rate ${rate}` : `error rate ${rate} > ${formatPercent(limit)}`,
    ),
  ];
  const answered = samples.latenciesMs.length;
  for (const p of PERCENTILES) {
    const budget = expectation?.latency?.[p];
    if (budget === undefined) continue;
    const ms = samples[p];
    const expected = `≤ ${formatLatency(budget)}`;
    if (ms === undefined) {
      results.push(
        assertion(
          `latency ${p}`,
          expected,
          "no answer",
          false,
          `${p}: no answer to measure over ${samples.count} samples`,
        ),
      );
      continue;
    }
    const over = `over ${plural(answered, "sample")}`;
    const within = ms <= budget;
    results.push(
      assertion(
        `latency ${p}`,
        expected,
        `${formatLatency(ms)} ${over}`,
        within,
        `${p} ${formatLatency(ms)} ${within ? "≤" : ">"} ${formatLatency(budget)} ${over}`,
      ),
    );
  }
  return results;
}
