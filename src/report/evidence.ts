// The evidence every report shows for a failed check, gathered the same way for all of them.
import type { AssertionResult } from "../assert/assertion-result.js";
import { failedStep } from "../checks/failed-step.js";
import type { CheckResult } from "../engine/results.js";
import { sentAttempts } from "../http/attempts.js";
import { explainResponse } from "../http/explain.js";
import type { Exchange } from "../http/types.js";

/** What a failed check's report shows: the deciding exchange, failed assertions, service words, hint. */
export interface FailureEvidence {
  readonly exchange?: Exchange;
  readonly failedAssertions: readonly AssertionResult[];
  /** The service's own error, unless the check's detail already says it. */
  readonly serviceSaid?: string;
  readonly hint?: string;
}

/**
 * A flow check may leave the deciding exchange and assertions on its failed step only, and
 * a check runner may not have explained the status: the reports fill both in the same way.
 */
export function failureEvidence(check: CheckResult): FailureEvidence {
  const step = failedStep(check.steps);
  const exchange = check.exchange ?? step?.exchange;
  const own = check.assertions.filter((a) => !a.passed);
  const failedAssertions = own.length > 0 ? own : (step?.assertions.filter((a) => !a.passed) ?? []);
  const explained =
    exchange?.status !== undefined
      ? explainResponse(
          exchange.status,
          exchange.responseHeaders ?? {},
          exchange.bodyExcerpt ?? "",
          sentAttempts(exchange.attempts) || check.attempts,
        )
      : {};
  const serviceSaid =
    explained.detail && !check.detail.includes(explained.detail) ? explained.detail : undefined;
  // The runner decides the hint: a 409 from a release guard is not an idempotency conflict.
  const hint = check.hint;
  return {
    failedAssertions,
    ...(exchange ? { exchange } : {}),
    ...(serviceSaid ? { serviceSaid } : {}),
    ...(hint ? { hint } : {}),
  };
}
