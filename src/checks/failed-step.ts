import type { StepResult } from "./types.js";

/**
 * The step that decided a failed flow: the last one that neither passed nor was skipped. The engine
 * reads its outcome from that step's exchange (timed out or errored) and the reports show its evidence.
 */
export function failedStep(steps: readonly StepResult[] | undefined): StepResult | undefined {
  return steps?.findLast((s) => s.outcome !== "passed" && s.outcome !== "skipped");
}
