import { requestLine } from "./send.js";
import { runStep, stepFields } from "./step.js";
import type { CheckType } from "./types.js";

const { capture: _capture, ...fields } = stepFields;

export const httpCheck: CheckType<typeof fields> = {
  type: "http",
  fields,
  defaultName: (check) => requestLine(check.request),
  async run(ctx) {
    const { result, hint } = await runStep(ctx, ctx.check, ctx.check.request.method);
    return {
      outcome: result.outcome === "passed" ? "passed" : result.outcome === "failed" ? "failed" : "errored",
      detail: result.detail,
      ...(hint ? { hint } : {}),
      assertions: result.assertions,
      ...(result.exchange ? { exchange: result.exchange } : {}),
    };
  },
};
