import type { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import type { Exchange, HttpClient } from "../http/types.js";
import type { Shape, ShapeChange } from "../judge/shape.js";

/**
 * `errored`: the request never got an answer; `failed`: the answer did not meet the expectation;
 * `inconclusive`: the check could not reach a judgement (a comparison with no baseline).
 */
export type CheckOutcome =
  | "passed"
  | "failed"
  | "errored"
  | "skipped"
  | "timed-out"
  | "cancelled"
  | "inconclusive";

/** A table a check type wants in the summary (release-guard violations, webhook sends, …). */
export interface ResultTable {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface StepResult {
  readonly name: string;
  readonly outcome: CheckOutcome;
  readonly detail: string;
  readonly durationMs: number;
  readonly exchange?: Exchange;
  readonly assertions: readonly AssertionResult[];
  /** For a polled step: polls sent, and the wait from the first to the one that decided. */
  readonly polls?: number;
  readonly waitedMs?: number;
}

/** A set of answers to one request sent many times (`sample`), as the reports show it and a later run compares with. */
export interface SampleSummary {
  /** Requests sent. */
  readonly count: number;
  /** Samples whose answer failed `expect`, or that got no answer. */
  readonly errors: number;
  /** errors / count, from 0 to 1. */
  readonly errorRate: number;
  /** Nearest-rank percentiles of the answered samples' latencies; absent when none was answered. */
  readonly p50?: number;
  readonly p95?: number;
  readonly p99?: number;
  readonly max?: number;
  /** Latency (ms) of each answered sample, in the order sent: what a Mann-Whitney test ranks. */
  readonly latenciesMs: readonly number[];
}

/** What a check with `sample` or `compare` saw of the answer, for a later run's `compare` to measure against. */
export interface Observed {
  /** The status of the answer (the most common one over a sample set); absent when none came. */
  readonly status?: number;
  /** The JSON shape of an answer that met `expect` (else of any answer); absent when it was not JSON. */
  readonly shape?: Shape;
  /** The shape holds only its first paths. */
  readonly shapeCut?: boolean;
}

export type Percentile = "p50" | "p95" | "p99" | "max";

/** `compare`: the candidate's answers beside the baseline's, rule by rule. */
export interface Comparison {
  readonly against: "baseline-url" | "baseline-report";
  /** The baseline URL, or the report file that was read. */
  readonly baseline: string;
  readonly confidence: number;
  /** The baseline's answers: measured now (baseline-url) or as the report recorded them. */
  readonly baselineSamples: SampleSummary;
  readonly latency?: readonly {
    readonly percentile: Percentile;
    readonly candidateMs: number;
    readonly baselineMs: number;
    /** candidate / baseline, a latency under the timer's 1 ms resolution counting as 1 ms. */
    readonly ratio: number;
    readonly limit: number;
    /** One-sided Mann-Whitney p (candidate slower), when both sides were sample sets. */
    readonly p?: number;
    readonly passed: boolean;
  }[];
  readonly errorRate?: {
    readonly candidate: number;
    readonly baseline: number;
    /** The rise allowed, as a fraction (0.005 for +0.5pp). */
    readonly limit: number;
    readonly passed: boolean;
  };
  readonly status?: { readonly candidate?: number; readonly baseline?: number; readonly passed: boolean };
  readonly shape?: {
    readonly missing: readonly string[];
    readonly changed: readonly ShapeChange[];
    readonly passed: boolean;
  };
}

/**
 * What a `compare` measures against, resolved by the engine: the stable service (`baseline-url`),
 * what a previous run's report recorded for the check of the same name (`baseline-report`), or
 * nothing, with the reason.
 */
export type Baseline =
  | { readonly kind: "url"; readonly url: string }
  | {
      readonly kind: "report";
      readonly file: string;
      readonly samples: SampleSummary;
      readonly observed: Observed;
    }
  | { readonly kind: "none"; readonly reason: string };

/**
 * What a check runner decides; the engine adds name, type, severity, timing, and what the
 * check spent on HTTP (attempts, retries, polls, waits), which it records as the check sends.
 */
export interface CheckRun {
  readonly outcome: "passed" | "failed" | "errored" | "inconclusive";
  readonly detail: string;
  readonly hint?: string;
  /**
   * A passed check that saw trouble coming (a certificate under `warn-days`): one line, counted in
   * `warnings` and annotated, never blocking.
   */
  readonly warning?: string;
  readonly assertions: readonly AssertionResult[];
  readonly exchange?: Exchange;
  readonly steps?: readonly StepResult[];
  readonly tables?: readonly ResultTable[];
  readonly samples?: SampleSummary;
  readonly observed?: Observed;
  readonly comparison?: Comparison;
}

/**
 * How this check sends its requests, resolved once by the engine: the check's own `timeout` and
 * `retries`, else the inputs, else the config's `defaults`, else the built-ins.
 */
export interface RequestSettings {
  /** Per attempt. */
  readonly timeoutMs: number;
  /** For transient failures (src/http/transient.ts). */
  readonly retries: number;
  /** The config's default headers, rendered; sent only to the base URL's origin. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface CheckContext<C> {
  /** The validated check; templates are not yet rendered: call `render`. */
  readonly check: C;
  readonly baseUrl: string;
  readonly http: HttpClient;
  /** Renders every `{{ … }}` in a value (deeply), with flow captures when given. */
  render<T>(value: T, captures?: Readonly<Record<string, string>>): T;
  readonly request: RequestSettings;
  /** What `compare` measures against. */
  readonly baseline: Baseline;
  /** Epoch ms: the gate's deadline (or the end of a bake window); `timeout` is per request. */
  readonly deadline: number;
  readonly signal: AbortSignal;
  /** Masks a value found at run time (a captured token) everywhere from now on. */
  addSecret(value: string): void;
  /** Masks every secret known so far (before text is cut, so no fragment survives). */
  redact(text: string): string;
  /** Whether a value holds a secret (so a header carrying it is dropped on a cross-host redirect). */
  containsSecret(value: string): boolean;
  /**
   * The `secrets.*`, `vars.*` and `env.*` names whose templates rendered this exact value (a
   * default header, a rendered header, path or query value); names only, never values.
   */
  namesIn(value: string): readonly string[];
  log(line: string): void;
}

/** One file per check type exports one of these; src/checks/registry.ts maps `type` to it. */
export interface CheckType<F extends z.ZodRawShape = z.ZodRawShape> {
  readonly type: string;
  /** The check's own fields; the config schema adds `type` and the fields every check has. */
  readonly fields: F;
  /** Name when the config gives none (the request line for http checks). */
  defaultName?(check: z.output<z.ZodObject<F>>): string | undefined;
  /** Rules across the check's fields, checked when the config loads; each issue names its field. */
  refine?(check: z.output<z.ZodObject<F>>, ctx: z.RefinementCtx): void;
  run(ctx: CheckContext<z.output<z.ZodObject<F>>>): Promise<CheckRun>;
}
