// The words every reporter uses for a gate and its checks, so the summary, the console,
// annotations and JUnit never disagree about what happened.
import { type CheckResult, type GateResult, isFailing, isWarned } from "../engine/results.js";
import { plural } from "../text/plural.js";
import { type GateState, outcomeWord } from "./outcomes.js";

/** `deploy-gate` or `deploy-gate (eu-west)`: the heading, status context and annotation titles. */
export function gateTitle(label: string): string {
  return label ? `deploy-gate (${label})` : "deploy-gate";
}

/** Lowercase, every run of non-alphanumerics one `-`, no `-` at the ends; `""` for an empty label. */
export function labelSlug(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** What an inconclusive gate does, by the `on-inconclusive` input. */
/** What an inconclusive verdict does to the job, as the gate's and the fan-in's verdict lines say it. */
export const INCONCLUSIVE_DOES = {
  fail: "failing closed (on-inconclusive: fail)",
  pass: "let through (on-inconclusive: pass)",
  hold: "held for approval (on-inconclusive: hold)",
} as const;

export function gateState(result: GateResult): GateState {
  if (result.verdict === "inconclusive") return "inconclusive";
  const failing = result.verdict === "failed" || result.counts.failed > 0 || result.interrupted !== undefined;
  if (result.mode === "dry-run") return failing ? "would-block" : "passed";
  return result.verdict === "failed" ? "blocked" : "passed";
}

/** `blocked — 2 of 9 checks failed, 1 warning` / `passed — 9 checks`. */
export function describeVerdict(result: GateResult): string {
  const { passed, failed, skipped, warnings } = result.counts;
  const total = result.checks.length;
  const extras: string[] = [];
  if (warnings) extras.push(plural(warnings, "warning"));
  if (skipped) extras.push(`${skipped} skipped`);
  const state = gateState(result);
  if (state === "inconclusive") {
    const { inconclusive } = result.counts;
    const what = INCONCLUSIVE_DOES[result.onInconclusive ?? "fail"];
    return `inconclusive — ${inconclusive} of ${plural(total, "check")} could not reach a judgement${extras.map((e) => `, ${e}`).join("")}; ${what}`;
  }
  if (state === "passed") {
    const main = passed === total ? plural(total, "check") : `${passed} of ${plural(total, "check")} passed`;
    return `passed — ${[main, ...extras].join(", ")}`;
  }
  const interrupted =
    result.interrupted === "cancelled"
      ? "gate cancelled"
      : result.interrupted === "timed-out"
        ? "gate timed out"
        : "";
  const main =
    failed > 0
      ? `${failed} of ${plural(total, "check")} failed`
      : interrupted || (result.nothingChecked ? "nothing was checked" : "the gate failed");
  if (failed > 0 && interrupted) extras.unshift(interrupted);
  const prefix = state === "blocked" ? "blocked" : "would have blocked (dry run)";
  return `${prefix} — ${[main, ...extras].join(", ")}`;
}

/** `passed (flaky: 2 retries)`, `failed (warning)`, `timed out`, … */
export function describeOutcome(check: CheckResult): string {
  if (check.outcome === "passed") {
    if (check.warning !== undefined) return "passed, with a warning";
    if (!check.flaky) return "passed";
    return check.retries > 0
      ? `passed (flaky: ${plural(check.retries, "retry", "retries")})`
      : "passed (flaky)";
  }
  const word = outcomeWord(check.outcome);
  return isFailing(check.outcome) && check.severity === "warning" ? `${word} (warning)` : word;
}

/** Critical checks that could not reach a judgement, in config order: they decide an inconclusive verdict. */
export function inconclusiveChecks(result: GateResult): CheckResult[] {
  return result.checks.filter((c) => c.severity === "critical" && c.outcome === "inconclusive");
}

/**
 * In config order: failing critical checks (which block), and warnings (which do not) — failing
 * warning checks and checks that passed with a warning.
 */
export function failingChecks(result: GateResult): { critical: CheckResult[]; warnings: CheckResult[] } {
  return {
    critical: result.checks.filter((c) => c.severity === "critical" && isFailing(c.outcome)),
    warnings: result.checks.filter(isWarned),
  };
}
