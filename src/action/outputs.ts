// The action's outputs (SPEC section 2), set the same way for a gate and for a matrix fan-in.
import type { GateCounts, Verdict } from "../engine/results.js";
import { Outputs } from "./io-names.js";
import { runner } from "./workflow-commands.js";

export interface OutputValues {
  readonly verdict: Verdict;
  readonly counts: GateCounts;
  readonly failedChecks: readonly string[];
  readonly durationMs: number;
}

export function setOutputs(
  values: OutputValues,
  files: { readonly json?: string; readonly junit?: string },
): void {
  runner.setOutput(Outputs.Result, values.verdict);
  runner.setOutput(Outputs.Passed, values.counts.passed);
  runner.setOutput(Outputs.Failed, values.counts.failed);
  runner.setOutput(Outputs.Skipped, values.counts.skipped);
  runner.setOutput(Outputs.Warnings, values.counts.warnings);
  runner.setOutput(Outputs.FailedChecks, JSON.stringify(values.failedChecks));
  runner.setOutput(Outputs.DurationMs, values.durationMs);
  runner.setOutput(Outputs.Report, files.json ?? "");
  runner.setOutput(Outputs.Junit, files.junit ?? "");
}
