// How many of a request's attempts were sent, and how many of those were retries: one rule for
// the engine's tally, the reports and the explanations alike.
import type { AttemptRecord } from "./types.js";

/** Attempts that went on the wire: one held back by an open circuit never did. */
export function sentAttempts(attempts: readonly AttemptRecord[]): number {
  return attempts.filter((a) => a.failure !== "held-back").length;
}

/**
 * Sent attempts after the first that repeated the request after a failure. The immediate resend
 * on a fresh connection, when the server had closed a reused keep-alive one, is not a retry: the
 * request never reached the service, and the check is not flaky for it.
 */
export function retriesIn(attempts: readonly AttemptRecord[]): number {
  const resends = attempts.filter((a) => a.staleConnection).length;
  return Math.max(0, sentAttempts(attempts) - 1 - resends);
}
