// Results are data: gate → check → attempt → assertion. Every reporter is a pure function
// of these types, so the JSON report (docs/report-schema.md) mirrors them closely.
import type { AssertionResult } from "../assert/assertion-result.js";
import type {
  CheckOutcome,
  Comparison,
  Observed,
  ResultTable,
  SampleSummary,
  StepResult,
} from "../checks/types.js";
import type { Exchange, OriginRecord } from "../http/types.js";
import { clipText, MAX_RESULT_TEXT } from "../text/bounded.js";

export type Severity = "critical" | "warning";
/** `inconclusive`: no critical check failed, but one could not reach a judgement. */
export type Verdict = "passed" | "failed" | "inconclusive";

export interface CheckResult {
  readonly name: string;
  readonly type: string;
  readonly severity: Severity;
  readonly tags: readonly string[];
  readonly outcome: CheckOutcome;
  /** One line: why it failed, or what it saw when it passed. */
  readonly detail: string;
  /** What the response status calls for (401 → check or rotate the credential, …). */
  readonly hint?: string;
  /** Passed, with a warning (a certificate under `warn-days`): counted in `warnings` too, never blocking. */
  readonly warning?: string;
  readonly durationMs: number;
  /** HTTP attempts the check sent (requests held back by an open circuit are not among them). */
  readonly attempts: number;
  /** Attempts that repeated a request after a transient failure. */
  readonly retries: number;
  /** Polls sent while waiting for `until` (0 when the check does not poll). */
  readonly polls: number;
  /** Time spent waiting for readiness, from the first poll to the one that decided; not retry backoff. */
  readonly waitedMs: number;
  /** Requests an open circuit held back. */
  readonly heldBack: number;
  /** Passed, but only after a retry. Polling never makes a check flaky. */
  readonly flaky: boolean;
  /** Assertions that were evaluated on the deciding response (failed ones first). */
  readonly assertions: readonly AssertionResult[];
  /** The exchange that decided the outcome. */
  readonly exchange?: Exchange;
  readonly steps?: readonly StepResult[];
  readonly tables?: readonly ResultTable[];
  /** What the check noted while it ran (a rate-limit wait, …), for its log group. */
  readonly log?: readonly string[];
  /** Bake windows: the runs, one mark each, and what settled the verdict. */
  readonly bake?: BakeRecord;
  /** A check with `sample` or `compare`: its answers as a set (one answer without `sample`). */
  readonly samples?: SampleSummary;
  /** A check with `sample` or `compare`: the status and JSON shape a later run's `compare` measures against. */
  readonly observed?: Observed;
  /** A check with `compare` that had a baseline: both sides, rule by rule. */
  readonly comparison?: Comparison;
}

/** One run of a bake: passed or failed, inside the warm-up (shown, not counted) or after it. */
export type BakeMark = "warm-up-pass" | "warm-up-fail" | "pass" | "fail";

/**
 * A bake's timeline and how its verdict was reached. `runs`, `failures` and `failureLimit` are in
 * every report; the rest came with the bake rules, so a report written before them lacks them.
 */
export interface BakeRecord {
  readonly runs: number;
  /** Failed runs after the warm-up: the ones counted against `failureLimit`. */
  readonly failures: number;
  readonly failureLimit: number;
  /** The window, from the bake's start. */
  readonly forMs?: number;
  readonly everyMs?: number;
  readonly warmUpMs?: number;
  readonly passAfter?: number;
  readonly failAfter?: number;
  /** Runs the window holds: one every `every` from its start. */
  readonly plannedRuns?: number;
  /** One mark per run, in order. */
  readonly marks?: readonly BakeMark[];
  /**
   * What settled the verdict: the window ran out, the runs left could not change it (`certain`),
   * failures passed the limit, `fail-after` or `pass-after` runs in a row. Absent when `cut`.
   */
  readonly decidedBy?: "window" | "certain" | "failure-limit" | "fail-after" | "pass-after";
  /** Stopped before the window ended, its verdict certain. */
  readonly stoppedEarly?: "passed" | "failed";
  /** The gate's deadline, or the job's cancellation, ended the bake before its verdict was certain. */
  readonly cut?: "deadline" | "cancelled";
}

export interface GateCounts {
  readonly passed: number;
  /** Failed critical checks (failed, errored, timed out or cancelled). */
  readonly failed: number;
  readonly skipped: number;
  /**
   * Failed warning checks, warning checks that ended inconclusive, and checks that passed with a
   * warning (those also count in `passed`).
   */
  readonly warnings: number;
  /** Critical checks that could not reach a judgement (a comparison with no baseline). */
  readonly inconclusive: number;
}

export interface GateResult {
  readonly version: 1;
  readonly tool: { readonly name: "deploy-gate"; readonly version: string };
  readonly label: string;
  readonly mode: "enforce" | "dry-run";
  readonly baseUrl: string;
  readonly verdict: Verdict;
  /** What an `inconclusive` verdict does to the job (the `on-inconclusive` input; `fail` when absent). */
  readonly onInconclusive?: "fail" | "pass" | "hold";
  /** Set when the whole-gate deadline passed or the job was cancelled. */
  readonly interrupted?: "timed-out" | "cancelled";
  /** Set when the gate could not run at all (an invalid config): no check ran, the verdict is failed. */
  readonly error?: string;
  /** No critical check ran (each was skipped): nothing was proved, so the verdict is failed. */
  readonly nothingChecked?: boolean;
  /** The base URL's origin never answered during the gate. */
  readonly unreachable?: { readonly origin: string; readonly error: string };
  /** Every origin the gate sent requests to, with what its circuit did. */
  readonly origins?: readonly OriginRecord[];
  readonly startedAt: string;
  readonly durationMs: number;
  readonly counts: GateCounts;
  /** Names of failed critical checks, in config order. */
  readonly failedChecks: readonly string[];
  readonly checks: readonly CheckResult[];
  readonly run?: {
    readonly id?: string;
    readonly attempt?: string;
    readonly sha?: string;
    readonly url?: string;
  };
}

const FAILING: ReadonlySet<CheckOutcome> = new Set(["failed", "errored", "timed-out", "cancelled"]);

export function isFailing(outcome: CheckOutcome): boolean {
  return FAILING.has(outcome);
}

/**
 * Reported as a warning: a check of warning severity that failed or could not reach a judgement
 * (it blocks nothing either way), or a check that passed with a warning.
 */
export function isWarned(check: Pick<CheckResult, "outcome" | "severity" | "warning">): boolean {
  if (check.outcome === "passed") return check.warning !== undefined;
  return check.severity === "warning" && (isFailing(check.outcome) || check.outcome === "inconclusive");
}

export function countResults(checks: readonly CheckResult[]): GateCounts {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let warnings = 0;
  let inconclusive = 0;
  for (const c of checks) {
    if (c.outcome === "passed") {
      passed++;
      if (isWarned(c)) warnings++;
    } else if (c.outcome === "skipped") skipped++;
    else if (isWarned(c)) warnings++;
    else if (c.outcome === "inconclusive") inconclusive++;
    else failed++;
  }
  return { passed, failed, skipped, warnings, inconclusive };
}

/**
 * `failed` when a critical check failed, nothing was checked or the gate was interrupted; else
 * `inconclusive` when a critical check could not reach a judgement; else `passed`.
 */
export function gateVerdict(
  checks: readonly CheckResult[],
  stopped: { readonly interrupted: boolean; readonly nothingChecked: boolean },
): Verdict {
  const critical = checks.filter((c) => c.severity === "critical");
  if (stopped.interrupted || stopped.nothingChecked || critical.some((c) => isFailing(c.outcome))) {
    return "failed";
  }
  return critical.some((c) => c.outcome === "inconclusive") ? "inconclusive" : "passed";
}

/**
 * Whether the gate stops the deployment (in enforce mode): a failed verdict, or an inconclusive
 * one failing closed. `on-inconclusive: pass` and `hold` let an inconclusive gate through.
 */
export function blocksDeploy(result: Pick<GateResult, "verdict" | "onInconclusive">): boolean {
  if (result.verdict === "failed") return true;
  return result.verdict === "inconclusive" && (result.onInconclusive ?? "fail") === "fail";
}

/** The report of a gate that never ran: a matrix fan-in must see this leg as failed, not missing. */
export function notRunResult(
  base: Pick<GateResult, "tool" | "label" | "mode" | "baseUrl" | "run">,
  error: string,
  startedAt: Date,
): GateResult {
  return {
    version: 1,
    ...base,
    verdict: "failed",
    // One JSON string, so one line of the report: the log and the summary keep every issue.
    error: clipText(error, MAX_RESULT_TEXT),
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    counts: { passed: 0, failed: 0, skipped: 0, warnings: 0, inconclusive: 0 },
    failedChecks: [],
    checks: [],
  };
}
