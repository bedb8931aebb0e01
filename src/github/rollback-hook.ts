// The rollback hook: when a gate fails in enforce mode, a signed JSON event is POSTed to
// `on-failure-url` so a platform can roll back without waiting for a person. The signature is
// an HMAC-SHA256 of the exact body bytes (docs/github.md shows how a receiver checks it); the
// Idempotency-Key is stable for the run attempt, so retries and re-sent events are one event
// to the receiver. Its failure is a warning: the job already fails on the verdict.
import { createHmac, randomUUID } from "node:crypto";
import { createHttpClient } from "../http/client.js";
import { HttpFailure } from "../http/types.js";
import { labelSlug } from "../report/describe.js";
import { VERSION } from "../version.js";
import type { Log } from "./status.js";

export const SIGNATURE_HEADER = "X-Deploy-Gate-Signature";
export const EVENT_HEADER = "X-Deploy-Gate-Event";

export interface RollbackEvent {
  readonly event: "gate.failed";
  /** Of this payload's shape; a receiver can refuse versions it does not know. */
  readonly version: 1;
  readonly label: string;
  /** Without user:password, should the base URL carry any. Absent from a fan-in's event. */
  readonly baseUrl?: string;
  /** `name (label)` in a fan-in's event. */
  readonly failedChecks: readonly string[];
  /** A fan-in's event: every matrix leg and its verdict. */
  readonly legs?: readonly RollbackLeg[];
  /** Set when the whole-gate deadline passed before every check finished. */
  readonly interrupted?: "timed-out";
  readonly counts: {
    readonly passed: number;
    readonly failed: number;
    readonly skipped: number;
    readonly warnings: number;
  };
  readonly repository?: string;
  readonly ref?: string;
  readonly sha?: string;
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly runUrl?: string;
  readonly deploymentId?: string;
  /** When the event was made; retries resend the same body, so it is also within the retry window. */
  readonly timestamp: string;
  readonly tool: { readonly name: "deploy-gate"; readonly version: string };
}

export interface RollbackLeg {
  readonly label: string;
  readonly baseUrl: string;
  readonly verdict: "passed" | "failed" | "inconclusive";
  readonly failedChecks: readonly string[];
}

/** What the event is made from: the event's own fields, less what `rollbackEvent` fills in. */
export type RollbackEventInput = Omit<
  RollbackEvent,
  "event" | "version" | "interrupted" | "timestamp" | "tool"
> & {
  /** A cancelled gate sends no event; only `timed-out` is carried into it. */
  readonly interrupted?: "timed-out" | "cancelled";
  readonly now?: Date;
};

function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.toString();
  } catch {
    return url;
  }
}

export function rollbackEvent(input: RollbackEventInput): RollbackEvent {
  const optional = {
    repository: input.repository,
    ref: input.ref,
    sha: input.sha,
    runId: input.runId,
    runAttempt: input.runAttempt,
    runUrl: input.runUrl,
    deploymentId: input.deploymentId,
  };
  return {
    event: "gate.failed",
    version: 1,
    label: input.label,
    ...(input.baseUrl !== undefined ? { baseUrl: withoutCredentials(input.baseUrl) } : {}),
    failedChecks: input.failedChecks,
    ...(input.legs
      ? { legs: input.legs.map((l) => ({ ...l, baseUrl: withoutCredentials(l.baseUrl) })) }
      : {}),
    ...(input.interrupted === "timed-out" ? { interrupted: "timed-out" as const } : {}),
    // The event's documented counts (docs/github.md), whatever else the gate counted.
    counts: {
      passed: input.counts.passed,
      failed: input.counts.failed,
      skipped: input.counts.skipped,
      warnings: input.counts.warnings,
    },
    ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined && v !== "")),
    timestamp: (input.now ?? new Date()).toISOString(),
    tool: { name: "deploy-gate", version: VERSION },
  };
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as GitHub signs its own webhooks. */
export function signRollbackBody(body: string, secret: string): string {
  return `sha256=${createHmac("sha256", secret).update(body, "utf8").digest("hex")}`;
}

/**
 * `deploy-gate-<run id>-<attempt>-<job>[-<label>]`: the same for every retry within one run
 * attempt, and different for each job and matrix leg of the run, so a receiver that drops
 * repeated keys never drops another leg's event. A re-run attempt is a new event.
 */
export function rollbackIdempotencyKey(run: {
  readonly runId?: string;
  readonly runAttempt?: string;
  readonly job?: string;
  readonly label?: string;
}): string {
  const parts = run.runId
    ? [run.runId, run.runAttempt || "1", labelSlug(run.job ?? ""), labelSlug(run.label ?? "")]
    : [randomUUID(), labelSlug(run.label ?? "")];
  return ["deploy-gate", ...parts.filter(Boolean)].join("-");
}

/** Where the hook goes, for messages: the origin only, as a path or query may hold a token. */
function hookOrigin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(an invalid URL)";
  }
}

export interface SendOptions {
  readonly url: string;
  readonly secret?: string;
  readonly event: RollbackEvent;
  readonly idempotencyKey: string;
  readonly log: Log;
  readonly redact: (text: string) => string;
  readonly retries?: number;
  readonly timeoutMs?: number;
}

/** POSTs the event; true when the receiver answered 2xx. Never throws. */
export async function sendRollbackHook(options: SendOptions): Promise<boolean> {
  const where = hookOrigin(options.url);
  const unchanged = "The gate's verdict is unchanged.";
  if (!/^https?:\/\//i.test(options.url)) {
    options.log.warning(
      `deploy-gate did not send the rollback hook: on-failure-url must be an http(s) URL. ${unchanged}`,
    );
    return false;
  }
  const body = JSON.stringify(options.event);
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Idempotency-Key": options.idempotencyKey,
    [EVENT_HEADER]: options.event.event,
  };
  if (options.secret) headers[SIGNATURE_HEADER] = signRollbackBody(body, options.secret);
  else {
    options.log.warning(
      `deploy-gate sends the rollback hook to ${where} unsigned: set on-failure-secret so the receiver can verify it.`,
    );
  }
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 3;
  const client = createHttpClient({ userAgent: `deploy-gate/${VERSION}`, maxBodyBytes: 64 * 1024 });
  try {
    const response = await client.send({
      method: "POST",
      url: options.url,
      headers,
      body,
      timeoutMs,
      retries,
      // Room for every attempt and the backoff between them.
      deadline: Date.now() + timeoutMs * (retries + 1) + 15_000,
      sensitiveHeaders: [SIGNATURE_HEADER],
    });
    const attempts = response.attempts.length > 1 ? ` after ${response.attempts.length} attempts` : "";
    if (response.status >= 200 && response.status < 300) {
      options.log.info(`rollback hook sent to ${where}: HTTP ${response.status}${attempts}`);
      return true;
    }
    options.log.warning(
      options.redact(
        `deploy-gate's rollback hook was refused by ${where}: HTTP ${response.status}${attempts}. ${unchanged}`,
      ),
    );
  } catch (error) {
    const message =
      error instanceof HttpFailure ? `${error.message} (${error.attempts.length} attempts)` : String(error);
    options.log.warning(
      options.redact(`deploy-gate could not send the rollback hook to ${where}: ${message}. ${unchanged}`),
    );
  } finally {
    client.close();
  }
  return false;
}
