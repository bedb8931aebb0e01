// The action's outputs (SPEC section 2), set the same way for a gate, a refused gate and a
// matrix fan-in. A runner whose output file is missing or unwritable gets one warning and the
// rest of the run goes on: the verdict and the exit code do not depend on the outputs.
import * as core from "@actions/core";
import type { GateCounts, Verdict } from "../engine/results.js";
import { Outputs } from "./io-names.js";

export interface OutputValues {
  readonly verdict: Verdict;
  readonly onInconclusive?: "fail" | "pass" | "hold";
  readonly counts: GateCounts;
  readonly failedChecks: readonly string[];
  readonly durationMs: number;
}

export function setOutputs(
  values: OutputValues,
  files: { readonly json?: string; readonly junit?: string },
): void {
  const all: [string, string | number][] = [
    // `on-inconclusive: pass` lets an inconclusive gate through as passed; `hold` keeps the word,
    // so the workflow can route the release through an environment with required reviewers.
    [
      Outputs.Result,
      values.verdict === "inconclusive" && values.onInconclusive === "pass" ? "passed" : values.verdict,
    ],
    [Outputs.Passed, values.counts.passed],
    [Outputs.Failed, values.counts.failed],
    [Outputs.Skipped, values.counts.skipped],
    [Outputs.Warnings, values.counts.warnings],
    [Outputs.Inconclusive, values.counts.inconclusive],
    [Outputs.FailedChecks, JSON.stringify(values.failedChecks)],
    [Outputs.DurationMs, values.durationMs],
    [Outputs.Report, files.json ?? ""],
    [Outputs.Junit, files.junit ?? ""],
  ];
  for (const [name, value] of all) {
    try {
      core.setOutput(name, value);
    } catch (error) {
      // The same file for every output: once it fails, say so once.
      core.warning(`deploy-gate could not set its outputs: ${(error as Error).message}`);
      return;
    }
  }
}
