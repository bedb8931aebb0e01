// Ordered steps sharing captures: create → poll until terminal → validate evidence.
import { z } from "zod";
import { requestLine } from "./send.js";
import { runStep, stepFields } from "./step.js";
import type { CheckType, StepResult } from "./types.js";

const step = z.strictObject({ name: z.string().min(1).optional(), ...stepFields });
const fields = { steps: z.array(step).min(1, "a flow needs at least one step") };

export const flowCheck: CheckType<typeof fields> = {
  type: "flow",
  fields,
  async run(ctx) {
    const captured: Record<string, string> = {};
    const steps: StepResult[] = [];
    for (const [i, spec] of ctx.check.steps.entries()) {
      const name = spec.name ?? requestLine(spec.request);
      const run = await runStep(ctx, spec, name, captured);
      steps.push(run.result);
      Object.assign(captured, run.captured);
      if (run.result.outcome !== "passed") {
        // The steps after the one that decided are listed too, so the report shows the whole flow.
        for (const later of ctx.check.steps.slice(i + 1)) {
          steps.push({
            name: later.name ?? requestLine(later.request),
            outcome: "skipped",
            detail: `not run: step ${i + 1} ${run.result.outcome === "failed" ? "failed" : run.result.outcome}`,
            durationMs: 0,
            assertions: [],
          });
        }
        return {
          outcome: run.result.outcome === "failed" ? "failed" : "errored",
          detail: `step ${i + 1}/${ctx.check.steps.length} (${name}): ${run.result.detail}`,
          ...(run.hint ? { hint: run.hint } : {}),
          assertions: run.result.assertions,
          ...(run.result.exchange ? { exchange: run.result.exchange } : {}),
          steps,
        };
      }
    }
    return {
      outcome: "passed",
      detail: `${steps.length} steps passed`,
      assertions: [],
      steps,
    };
  },
};
