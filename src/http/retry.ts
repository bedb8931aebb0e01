// Pure retry policy: how long to wait before another try, and which requests are safe to repeat.
// Which outcomes are worth another try is src/http/transient.ts.
import type { AttemptOutcome } from "./transient.js";

export interface BackoffOptions {
  /** Ceiling of the first retry's wait; doubles on each retry. */
  readonly baseMs?: number;
  /** Largest ceiling any retry waits for. */
  readonly maxMs?: number;
}

const SAFE_METHODS: ReadonlySet<string> = new Set(["GET", "HEAD", "OPTIONS"]);
const IDEMPOTENCY_HEADERS: ReadonlySet<string> = new Set(["idempotency-key", "x-idempotency-key"]);
// What a keep-alive socket the server already closed fails with.
const STALE_SOCKET_CODES: ReadonlySet<string> = new Set(["ECONNRESET", "EPIPE"]);

/**
 * Wait before retry number `retry` (1 for the first retry): exponential with full jitter
 * (a uniform draw below the exponential ceiling), so retrying clients spread out.
 */
export function backoffMs(
  retry: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  const baseMs = options.baseMs ?? 200;
  const maxMs = options.maxMs ?? 5000;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/** `Retry-After` as milliseconds from `now`: delta-seconds or an HTTP date; undefined when unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Date.parse also accepts bare numbers and ISO fragments; an HTTP date always names its weekday or month.
  if (!/[a-z]/i.test(trimmed)) return undefined;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** Sending the request twice does no harm: a safe method, or the caller gave it an idempotency key. */
export function isIdempotent(method: string, headers: Readonly<Record<string, string>>): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  return Object.keys(headers).some((name) => IDEMPOTENCY_HEADERS.has(name.toLowerCase()));
}

/** The error a keep-alive socket closed by the server gives when a request is written to it. */
export function isStaleSocketError(outcome: AttemptOutcome): boolean {
  if (outcome.kind !== "connection") return false;
  return (
    (outcome.code !== undefined && STALE_SOCKET_CODES.has(outcome.code)) ||
    /socket hang up/i.test(outcome.message)
  );
}

/** A Retry-After wait plus a little jitter (up to one backoff base), so clients told the same time spread out. */
export function retryAfterWaitMs(
  retryAfterMs: number,
  options: BackoffOptions = {},
  random: () => number = Math.random,
): number {
  return retryAfterMs + Math.floor(random() * (options.baseMs ?? 200));
}
