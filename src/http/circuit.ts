// A host that keeps answering 5xx is broken: stop sending it requests instead of hammering it.

export interface CircuitOptions {
  /** Consecutive 5xx responses (every attempt counts) that open the circuit for a host. */
  readonly threshold?: number;
}

/**
 * Per-origin breaker. Once open it stays open: a gate lasts minutes, and a host that failed
 * this often is not worth probing again within them.
 */
export class CircuitBreaker {
  private readonly threshold: number;
  private readonly consecutive = new Map<string, number>();

  constructor(options: CircuitOptions = {}) {
    this.threshold = Math.max(1, options.threshold ?? 5);
  }

  /** Why requests to the URL's origin must not be sent, or undefined while the circuit is closed. */
  openReason(url: URL): string | undefined {
    if ((this.consecutive.get(url.origin) ?? 0) < this.threshold) return undefined;
    return `circuit open: ${this.threshold} consecutive 5xx from ${url.host}; not sending more requests`;
  }

  record(url: URL, status: number): void {
    const count = this.consecutive.get(url.origin) ?? 0;
    // Open is final: an answer still in flight when it opened does not close it again.
    if (count >= this.threshold) return;
    if (status >= 500 && status <= 599) this.consecutive.set(url.origin, count + 1);
    else this.consecutive.delete(url.origin);
  }
}
