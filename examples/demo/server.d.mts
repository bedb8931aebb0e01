// Types for examples/demo/server.mjs (plain JavaScript so it runs with no npm install).

export interface DemoServerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Start in broken mode (can be flipped later through `state.broken`). */
  broken?: boolean;
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
  /** Receives one line per request (and lifecycle notes); silent when not given. */
  log?: (line: string) => void;
}

export interface DemoTask {
  readonly id: string;
  readonly title: string;
  /** `kind: "fail"` makes the task end `failed` instead of `completed`. */
  readonly kind: string;
  readonly createdMs: number;
  readonly idempotencyKey?: string;
}

export interface DemoWebhook {
  readonly id: string;
  readonly receivedAt: number;
  /** false when accepted in broken mode without a valid signature. */
  readonly verified: boolean;
  readonly body: string;
}

export interface DemoState {
  /** Live switch: read on every request. */
  broken: boolean;
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
