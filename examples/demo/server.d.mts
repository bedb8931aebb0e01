// Types for examples/demo/server.mjs (plain JavaScript so it runs with no npm install).

export interface DemoServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Start in broken mode: the faults in BROKEN_FAULTS (can be flipped later through `state.broken`). */
  broken?: boolean;
  /** Faults to start with, by name (see FAULTS); `state.faults` can change them later. */
  faults?: readonly DemoFault[];
  /** Delay added to every response, in ms (default 0). */
  latencyMs?: number;
  /** A created task reads `queued`, then `running`, then `completed` this many ms after creation (default 1000). */
  completeAfterMs?: number;
  /** `/ready` answers 503 `{ ready: false }` until this many ms after start (default 0). */
  readyAfterMs?: number;
  /** Bearer token the `/v1` API accepts (default "demo-token"). */
  token?: string;
  /** HMAC-SHA256 secret of `POST /webhooks/deploy` (default "demo-webhook-secret"). */
  webhookSecret?: string;
  /** The server closes itself after this many ms (default env DEMO_LIFETIME_MS, else 10 minutes). */
  lifetimeMs?: number;
  /** Requests per window per credential on `GET /v1/tasks` before a 429 (default 100). */
  rateLimit?: number;
  /** Rate-limit window in ms (default 60000). */
  rateLimitWindowMs?: number;
  /** Token bucket per credential on `POST /v1/tasks`: `burst` at once, refilled at `perSecond` (default: no limit). */
  writeRateLimit?: { readonly burst: number; readonly perSecond: number };
  /** Violations the release guard always reports (acknowledged ones, in a real service's terms). */
  guardNotices?: readonly GuardViolation[];
  /** HMAC-SHA256 key of the rollback hook `POST /deploy/rollback` (default "demo-rollback-secret"). */
  rollbackSecret?: string;
  /** Password of the SaaS smoke user smoke@acme.example (default "demo-smoke-password"). */
  smokePassword?: string;
  /** A synthetic payment stream settles this many ms after creation (default 800). */
  settleAfterMs?: number;
  /** Receives one line per request (and lifecycle notes); silent when not given. */
  log?: (line: string) => void;
}

export type DemoFault =
  | "db-down"
  | "photos-lost"
  | "guard-drift"
  | "webhook-unverified"
  | "capture-failed"
  | "idempotency-ignored"
  | "settlement-slo"
  | "migration-missing"
  | "signing-drift"
  | "tenant-leak";

/** Every fault and what it breaks. */
export const FAULTS: Readonly<Record<DemoFault, string>>;
/** The faults `broken: true` turns on. */
export const BROKEN_FAULTS: readonly DemoFault[];

export interface GuardViolation {
  readonly reason: string;
  readonly route?: string;
  readonly evidence?: string;
}

export interface DemoTask {
  readonly id: string;
  readonly title: string;
  readonly kind: string;
  readonly createdMs: number;
  readonly idempotencyKey?: string;
  /** Set when the task will end `failed` (kind `fail`, or fault capture-failed): its `error`. */
  readonly failure?: { readonly code: string; readonly message: string };
}

export interface DemoWebhook {
  readonly id: string;
  readonly receivedAt: number;
  /** false when accepted in broken mode without a valid signature. */
  readonly verified: boolean;
  readonly body: string;
}

export interface DeploymentColour {
  readonly color: string;
  readonly version: string;
}

export interface DemoState {
  /** Live switch for BROKEN_FAULTS: read on every request. */
  broken: boolean;
  /** Live: the faults on, besides `broken`'s. */
  readonly faults: Set<DemoFault>;
  /** Notable things the service saw (a 429'd key coming back, a refused webhook, a rollback…), oldest first. */
  readonly notes: string[];
  /** Blue/green state of the streams surface, and the rollbacks its hook performed. */
  readonly deployment: {
    readonly live: DeploymentColour & { readonly since: number };
    readonly previous: DeploymentColour;
    readonly rollbacks: readonly {
      readonly at: number;
      readonly event: Record<string, unknown>;
      readonly from: DeploymentColour;
      readonly to: DeploymentColour;
    }[];
  };
  /** Live: delay added to every response. */
  latencyMs: number;
  /** Live: applies to every task, existing ones included. */
  completeAfterMs: number;
  /** Live: relative to startedAt. */
  readyAfterMs: number;
  readonly startedAt: number;
  readonly tasks: Map<string, DemoTask>;
  readonly idempotency: Map<string, { fingerprint: string; taskId: string }>;
  readonly webhooks: DemoWebhook[];
  /** The public signing key, as served in the JWKS. */
  readonly jwk: { kty: string; crv: string; x: string; y: string; kid: string; use: string; alg: string };
  /** Requests answered so far, optionally for one route label (`"GET /v1/tasks"`) and/or status. */
  requestCount(route?: string, status?: number): number;
}

export interface DemoServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string;
  readonly port: number;
  readonly state: DemoState;
  /** Stops listening and drops open connections; idempotent. */
  close(): Promise<void>;
  /** Resolves once the server has closed, by close() or at the end of its lifetime. */
  readonly closed: Promise<void>;
}

export function startDemoServer(options?: DemoServerOptions): Promise<DemoServer>;
