import type { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import type { Exchange, HttpClient } from "../http/types.js";

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

/**
 * What a check runner decides; the engine adds name, type, severity, timing, and what the
 * check spent on HTTP (attempts, retries, polls, waits), which it records as the check sends.
 */
export interface CheckRun {
  readonly outcome: "passed" | "failed" | "errored" | "inconclusive";
  readonly detail: string;
  readonly hint?: string;
  readonly assertions: readonly AssertionResult[];
  readonly exchange?: Exchange;
  readonly steps?: readonly StepResult[];
  readonly tables?: readonly ResultTable[];
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
  /** Epoch ms: the gate's deadline (or the end of a bake window); `timeout` is per request. */
  readonly deadline: number;
  readonly signal: AbortSignal;
  /** Masks a value found at run time (a captured token) everywhere from now on. */
  addSecret(value: string): void;
  /** Masks every secret known so far (before text is cut, so no fragment survives). */
  redact(text: string): string;
  /** Whether a value holds a secret (so a header carrying it is dropped on a cross-host redirect). */
  containsSecret(value: string): boolean;
  log(line: string): void;
}

/** One file per check type exports one of these; src/checks/registry.ts maps `type` to it. */
export interface CheckType<F extends z.ZodRawShape = z.ZodRawShape> {
  readonly type: string;
  /** The check's own fields; the config schema adds `type` and the fields every check has. */
  readonly fields: F;
  /** Name when the config gives none (the request line for http checks). */
  defaultName?(check: z.output<z.ZodObject<F>>): string | undefined;
  run(ctx: CheckContext<z.output<z.ZodObject<F>>>): Promise<CheckRun>;
}
