// The one decision about a failed attempt that retries, the circuit and the reports all read:
// did the service fail, did the check expect it or is it waiting through it, and is another
// try worth it. Nothing else in the gate classifies an attempt.

/** What one attempt came to, as far as this decision cares. */
export type AttemptOutcome =
  | { readonly kind: "answer"; readonly status: number }
  | { readonly kind: "timeout" }
  | { readonly kind: "connection"; readonly code: string | undefined; readonly message: string }
  | { readonly kind: "protocol" }
  /** Not sent: the origin's circuit is open. */
  | { readonly kind: "held-back" }
  /** The gate's deadline or a cancellation cut it: nothing to learn about the service. */
  | { readonly kind: "cut" };

/** What the check made of the request before it was sent. */
export interface RequestIntent {
  /**
   * The request is a poll: a not-yet answer or a failure is what the check waits through. The
   * poll loop is its retry, so a poll is never retried inside itself and never counts against
   * the service.
   */
  readonly waiting?: boolean;
  /** The answer is one the check asked for (its `expect.status` names it, a guard's verdict document). */
  readonly expected?: boolean;
}

export interface AttemptJudgement {
  /** The service failed right now: a 5xx, no connection, no answer in time, a malformed answer. */
  readonly serviceFailed: boolean;
  /** The check expected this failure or is waiting through it: it says nothing against the service. */
  readonly excused: boolean;
  /** Another try may well get a different answer. */
  readonly transient: boolean;
}

const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);
const TRANSIENT_CODES: ReadonlySet<string> = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]);

export function judgeAttempt(outcome: AttemptOutcome, intent: RequestIntent = {}): AttemptJudgement {
  const excused = Boolean(intent.waiting) || (outcome.kind === "answer" && Boolean(intent.expected));
  switch (outcome.kind) {
    case "answer": {
      const serviceFailed = outcome.status >= 500 && outcome.status <= 599;
      return { serviceFailed, excused, transient: TRANSIENT_STATUSES.has(outcome.status) };
    }
    case "timeout":
      return { serviceFailed: true, excused, transient: true };
    case "connection":
      return {
        serviceFailed: true,
        excused,
        transient:
          (outcome.code !== undefined && TRANSIENT_CODES.has(outcome.code)) ||
          /socket hang up/i.test(outcome.message),
      };
    case "protocol":
      return { serviceFailed: true, excused, transient: false };
    case "held-back":
      return { serviceFailed: false, excused, transient: true };
    case "cut":
      return { serviceFailed: false, excused, transient: false };
  }
}

/** Whether to try again: a transient failure the check did not ask for, on a request safe to repeat. */
export function shouldRetry(
  judgement: AttemptJudgement,
  intent: RequestIntent,
  idempotent: boolean,
): boolean {
  return judgement.transient && !judgement.excused && !intent.waiting && idempotent;
}
