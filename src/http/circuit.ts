// A service that keeps failing is not hammered: consecutive failures from one origin open its
// circuit, requests to it are held back for a cool-down, then one probe decides whether it
// closes again. Only failures the check neither expected nor is waiting through count
// (src/http/transient.ts), so a warming-up `/ready` or a guard's 503 verdict never opens it.
import type { AttemptJudgement } from "./transient.js";

export interface CircuitOptions {
  /** Consecutive counted failures that open an origin's circuit. */
  readonly threshold?: number;
  /** How long an open circuit holds requests back before it lets one probe through. */
  readonly cooldownMs?: number;
}

/** What the circuit did to one origin during the gate, for the reports. */
export interface CircuitRecord {
  /** Times it opened. */
  readonly opened: number;
  /** Requests it held back (not sent). */
  readonly heldBack: number;
  /** Probes after a cool-down that failed too. */
  readonly failedProbes: number;
  /** What opened it: `5 consecutive failures (last: 503 Service Unavailable)`. */
  readonly reason: string;
}

/**
 * Whether a request may go: `go` (closed, or this request is the probe), or held back until the
 * circuit decides: the cool-down ends in `retryInMs`, or `decided` resolves (the probe in flight
 * has its answer, or another answer closed the circuit). `confirmed`: a probe has already failed
 * since the circuit opened, so waiting for the next one is pointless.
 */
export type Admission =
  | { readonly go: true; readonly probe: boolean }
  | {
      readonly go: false;
      readonly reason: string;
      readonly retryInMs: number;
      readonly probing: boolean;
      readonly decided: Promise<void>;
      readonly confirmed: boolean;
    };

/** A promise that the circuit resolves, and replaces, each time it decides. */
interface Signal {
  readonly promise: Promise<void>;
  readonly fire: () => void;
}

function signal(): Signal {
  let fire: () => void = () => {};
  const promise = new Promise<void>((resolve) => {
    fire = resolve;
  });
  return { promise, fire };
}

interface OriginState {
  consecutive: number;
  open: boolean;
  /** While open: epoch ms until which requests are held back. */
  openUntil: number;
  probing: boolean;
  decided: Signal;
  opened: number;
  heldBack: number;
  failedProbes: number;
  /** A probe failed since the circuit last opened. */
  confirmed: boolean;
  reason: string;
}

export class CircuitBreaker {
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly origins = new Map<string, OriginState>();

  constructor(options: CircuitOptions = {}) {
    this.threshold = Math.max(1, options.threshold ?? 5);
    this.cooldownMs = Math.max(0, options.cooldownMs ?? 5000);
  }

  private state(origin: string): OriginState {
    let s = this.origins.get(origin);
    if (!s) {
      s = {
        consecutive: 0,
        open: false,
        openUntil: 0,
        probing: false,
        decided: signal(),
        opened: 0,
        heldBack: 0,
        failedProbes: 0,
        confirmed: false,
        reason: "",
      };
      this.origins.set(origin, s);
    }
    return s;
  }

  /** Asks to send a request to the URL's origin now. */
  admit(url: URL, now = Date.now()): Admission {
    const s = this.origins.get(url.origin);
    if (!s?.open) return { go: true, probe: false };
    if (now >= s.openUntil && !s.probing) {
      s.probing = true;
      return { go: true, probe: true };
    }
    s.heldBack++;
    return {
      go: false,
      reason: `held back: the circuit for ${url.host} is open after ${s.reason}`,
      retryInMs: Math.max(0, s.openUntil - now),
      probing: s.probing,
      decided: s.decided.promise,
      confirmed: s.confirmed,
    };
  }

  /** Records what an attempt that was sent came to. `what` says the failure in a few words. */
  record(url: URL, judgement: AttemptJudgement, what: string, probe: boolean, now = Date.now()): void {
    const s = this.state(url.origin);
    if (probe) s.probing = false;
    if (!judgement.serviceFailed) {
      // Any answer shows the service is there — the probe's, or one that was already in flight
      // when the circuit opened: it closes the circuit and wakes what it held back.
      s.consecutive = 0;
      if (s.open) {
        s.open = false;
        s.confirmed = false;
        this.decide(s);
      }
      return;
    }
    if (s.open) {
      if (probe) {
        s.openUntil = now + this.cooldownMs;
        s.failedProbes++;
        s.confirmed = true;
        this.decide(s);
      }
      return;
    }
    if (judgement.excused) return;
    s.consecutive++;
    if (s.consecutive >= this.threshold) {
      s.open = true;
      s.openUntil = now + this.cooldownMs;
      s.opened++;
      s.reason = `${this.threshold} consecutive failures (last: ${what})`;
    }
  }

  /** A probe that was cut (deadline, cancellation) learned nothing: the next request probes instead. */
  abandonProbe(url: URL): void {
    const s = this.origins.get(url.origin);
    if (s?.probing) {
      s.probing = false;
      this.decide(s);
    }
  }

  private decide(s: OriginState): void {
    s.decided.fire();
    s.decided = signal();
  }

  /** Every origin whose circuit opened during the gate. */
  records(): ReadonlyMap<string, CircuitRecord> {
    const out = new Map<string, CircuitRecord>();
    for (const [origin, s] of this.origins) {
      if (s.opened > 0) {
        out.set(origin, {
          opened: s.opened,
          heldBack: s.heldBack,
          failedProbes: s.failedProbes,
          reason: s.reason,
        });
      }
    }
    return out;
  }
}
