// Checks that send several requests report attempts and flakiness over all of them.
import type { Sent } from "./send.js";

export interface AttemptTally {
  /** Counts one send; returns it, so a call can wrap `await send(…)`. */
  add(sent: Sent): Sent;
  readonly attempts: number;
  /** Some request needed a retry before it got its answer. */
  readonly retried: boolean;
}

export function attemptTally(): AttemptTally {
  let attempts = 0;
  let retried = false;
  return {
    add(sent) {
      attempts += sent.exchange.attempts.length || 1;
      if (sent.exchange.attempts.length > 1) retried = true;
      return sent;
    },
    get attempts() {
      return attempts;
    },
    get retried() {
      return retried;
    },
  };
}
