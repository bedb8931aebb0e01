// The deploy-gate demo service: one small process serving what the runnable scenarios gate
// (`npm run demo -- --scenario <name>`, examples/demo/scenarios.mjs):
//   - a tasks API (this file): tasks with photo evidence, idempotent creates, a write rate
//     limit, a signed webhook receiver, the documented error model `{ error: { code, message } }`;
//   - a payments-streaming service after a blue/green deploy, with its rollback hook (streams.mjs);
//   - a backend release guard at /ops/release-guard (this file);
//   - a multi-tenant SaaS API with login, refresh, JWKS and tenant gating (saas.mjs);
//   - plus /health, /ready, /metrics and /.well-known/jwks.json, shared by all of them.
//
// Plain Node (node:http and node:crypto only), so it runs with no npm install:
//
//   node examples/demo/server.mjs [PORT] [--scenario NAME] [--broken[=FAULT]] [--fault NAME]...
//                                 [--latency-ms N] [--complete-after-ms N] [--ready-after-ms N] [--log]
//
// --scenario starts it as that scenario's service (so a gate can be re-run by hand against it);
// with it, --broken breaks it by the scenario's own fault.
//
// PORT comes from the argument, else the PORT environment variable, else 0 (a free port).
// The first line on stdout is always `listening on http://127.0.0.1:PORT`. The process
// shuts itself down after DEMO_LIFETIME_MS (default 10 minutes), so it never lingers.
// Environment: DEMO_BROKEN=1, DEMO_FAULTS (comma-separated), DEMO_LATENCY_MS,
// DEMO_COMPLETE_AFTER_MS, DEMO_READY_AFTER_MS, DEMO_TOKEN, DEMO_WEBHOOK_SECRET, DEMO_LIFETIME_MS,
// DEMO_LOG=1.
//
// Imported, `startDemoServer(options)` starts it in-process (tests, the benchmark, `npm run demo`).
// Each fault in FAULTS breaks one thing the way real releases break it; `broken` is the set the
// default demo gate (examples/demo/gate.yml) shows: the release guard reports schema drift and a
// blown error budget, the task list answers 503 (database down), task evidence loses its photos,
// and the webhook receiver stops verifying signatures.
import { createHash, createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";
import {
  error,
  fingerprint,
  idempotencyConflict,
  idempotencyKey,
  json,
  jsonObject,
  route,
  sleep,
} from "./answers.mjs";
import { signingKey, signJwt } from "./jwt.mjs";
import { saasSurface } from "./saas.mjs";
import { SCENARIOS } from "./scenarios.mjs";
import { streamsSurface } from "./streams.mjs";

const HOST = "127.0.0.1";
const DEFAULT_LIFETIME_MS = 10 * 60 * 1000;
const MAX_BODY_BYTES = 1024 * 1024;
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const PROBLEM_TYPE = "application/problem+json; charset=utf-8";
const PHOTOS_PER_TASK = 2;

/** Every fault the service can be started with, and what it breaks. */
export const FAULTS = {
  "db-down": "the task list answers 503 DB_UNAVAILABLE (primary database unreachable)",
  "photos-lost": "completed tasks come without their photos",
  "guard-drift": "the release guard blocks on schema drift and a blown error budget",
  "webhook-unverified": "the webhook receiver accepts events whatever their signature",
  "capture-failed": "new tasks end failed: capture_failed, camera offline",
  "idempotency-ignored": "a create replayed with the same Idempotency-Key makes a second task",
  "settlement-slo": "green's settlement worker fails one real settlement in eight",
  "migration-missing": "a migration did not run: the release guard blocks on schema drift",
  "signing-drift": "tokens are signed by a rotated key the JWKS does not publish",
  "tenant-leak": "the tenant check is gone: one tenant's token reads another tenant's projects",
};

/** What `broken: true` turns on: the breakage the default demo gate (gate.yml) shows. */
export const BROKEN_FAULTS = ["db-down", "photos-lost", "guard-drift", "webhook-unverified"];

/**
 * Starts the demo service on 127.0.0.1.
 * @param {import("./server.d.mts").DemoServerOptions} [options]
 * @returns {Promise<import("./server.d.mts").DemoServer>}
 */
export async function startDemoServer(options = {}) {
  const {
    port = 0,
    broken = false,
    latencyMs = 0,
    completeAfterMs = 1000,
    readyAfterMs = 0,
    token = "demo-token",
    webhookSecret = "demo-webhook-secret",
    lifetimeMs = lifetimeFromEnv(),
    rateLimit = 100,
    rateLimitWindowMs = 60_000,
    writeRateLimit,
    faults = [],
    guardNotices = [],
    rollbackSecret = "demo-rollback-secret",
    smokePassword = "demo-smoke-password",
    settleAfterMs = 800,
    log,
  } = options;
  for (const [name, value] of Object.entries({
    port,
    latencyMs,
    completeAfterMs,
    readyAfterMs,
    lifetimeMs,
    rateLimit,
    rateLimitWindowMs,
    settleAfterMs,
  })) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new TypeError(`startDemoServer: ${name} must be a non-negative number, got ${String(value)}`);
    }
  }
  if (!Number.isInteger(port) || port > 65535) throw new TypeError(`startDemoServer: invalid port ${port}`);
  if (typeof token !== "string" || token === "")
    throw new TypeError("startDemoServer: token must be a non-empty string");
  for (const fault of faults) {
    if (!Object.hasOwn(FAULTS, fault)) {
      throw new TypeError(
        `startDemoServer: unknown fault "${fault}"; known: ${Object.keys(FAULTS).join(", ")}`,
      );
    }
  }
  if (
    writeRateLimit !== undefined &&
    !(writeRateLimit.burst >= 1 && writeRateLimit.perSecond > 0 && Number.isFinite(writeRateLimit.perSecond))
  ) {
    throw new TypeError("startDemoServer: writeRateLimit needs burst >= 1 and perSecond > 0");
  }

  const startedAt = Date.now();
  const keys = signingKey();
  const metrics = createMetrics();

  /** @type {import("./server.d.mts").DemoState} */
  const state = {
    broken: Boolean(broken),
    latencyMs,
    completeAfterMs,
    readyAfterMs,
    startedAt,
    tasks: new Map(),
    idempotency: new Map(),
    faults: new Set(faults),
    notes: [],
    webhooks: [],
    jwk: keys.publicJwk,
    requestCount: (route, status) => metrics.count(route, status),
  };
  let origin = "";
  seedTasks(state);
  const legacy = new Set(BROKEN_FAULTS);
  /** A fault is on when it was asked for, or when the live `broken` switch includes it. */
  const fault = (name) => state.faults.has(name) || (state.broken && legacy.has(name));
  /** Notable things the service saw, for the demo to show after the gate (bounded). */
  const note = (line) => {
    state.notes.push(line);
    if (state.notes.length > 100) state.notes.shift();
    log?.(`note: ${line}`);
  };
  const streams = streamsSurface({ state, fault, note, rollbackSecret, settleAfterMs });
  const saas = saasSurface({
    state,
    fault,
    note,
    origin: () => origin,
    publishedKey: keys,
    smokePassword,
  });

  const routes = [
    route("GET", "/health", () => json(200, { status: "ok" })),
    route("GET", "/ready", () => {
      const waitMs = state.readyAfterMs - (Date.now() - startedAt);
      if (waitMs > 0) {
        return json(
          503,
          { ready: false, reason: "warming up" },
          { "retry-after": String(Math.ceil(waitMs / 1000)) },
        );
      }
      return json(200, { ready: true });
    }),
    route("GET", "/v1/tasks", listTasks, { auth: true }),
    route("POST", "/v1/tasks", createTask, { auth: true }),
    route("GET", "/v1/tasks/:id", getTask, { auth: true }),
    route("GET", "/v1/tasks/:id/photos/:photo", getPhoto),
    route("GET", "/v1/token", issueToken, { auth: true }),
    route("GET", "/ops/release-guard", releaseGuard),
    route("POST", "/webhooks/deploy", receiveWebhook),
    route("POST", "/webhooks/tasks", receiveWebhook),
    route("GET", "/.well-known/jwks.json", () =>
      json(200, { keys: [keys.publicJwk] }, { "cache-control": "public, max-age=300" }),
    ),
    route("GET", "/metrics", () => ({
      status: 200,
      headers: { "content-type": "text/plain; version=0.0.4; charset=utf-8" },
      body: metrics.render(startedAt, streams.metrics()),
    })),
    ...streams.routes,
    ...saas.routes,
  ];

  // ---- handlers ------------------------------------------------------------------------------

  /** Fixed-window rate limit per credential; the headers go on every answer, 429 past the limit. */
  const windows = new Map();
  function rateLimitHeaders(key) {
    const now = Date.now();
    let window = windows.get(key);
    if (!window || now >= window.resetAt) {
      window = { used: 0, resetAt: now + rateLimitWindowMs };
      windows.set(key, window);
    }
    window.used += 1;
    const resetSeconds = Math.max(0, Math.ceil((window.resetAt - now) / 1000));
    return {
      limited: window.used > rateLimit,
      resetSeconds,
      headers: {
        "x-ratelimit-limit": String(rateLimit),
        "x-ratelimit-remaining": String(Math.max(0, rateLimit - window.used)),
        "x-ratelimit-reset": String(resetSeconds),
      },
    };
  }

  /**
   * Token bucket per credential for creates (off unless `writeRateLimit` is given): `burst`
   * writes at once, then one more every 1/perSecond s. Whole tokens, and once the bucket is
   * empty the next one comes a full interval after the last accepted write, never before the
   * time a 429 promised: a client that honours Retry-After gets exactly one write, and the
   * limit's behaviour does not depend on how fast the earlier writes came. Validation failures
   * count, as behind a real API gateway; a refused write does not.
   */
  const buckets = new Map();
  function takeWriteToken(credential) {
    if (!writeRateLimit) return { limited: false, headers: {} };
    const { burst, perSecond } = writeRateLimit;
    const intervalMs = 1000 / perSecond;
    const now = Date.now();
    const bucket = buckets.get(credential) ?? { tokens: burst, nextAt: undefined };
    buckets.set(credential, bucket);
    while (bucket.nextAt !== undefined && now >= bucket.nextAt) {
      bucket.tokens += 1;
      bucket.nextAt = bucket.tokens < burst ? bucket.nextAt + intervalMs : undefined;
    }
    const limited = bucket.tokens < 1;
    let retryAfter;
    if (limited) {
      retryAfter = Math.max(1, Math.ceil((bucket.nextAt - now) / 1000));
      bucket.nextAt = Math.max(bucket.nextAt, now + retryAfter * 1000);
    } else {
      bucket.tokens -= 1;
      bucket.nextAt =
        bucket.nextAt === undefined
          ? now + intervalMs
          : bucket.tokens === 0
            ? Math.max(bucket.nextAt, now + intervalMs)
            : bucket.nextAt;
    }
    const untilFull =
      bucket.nextAt === undefined ? 0 : bucket.nextAt - now + (burst - bucket.tokens - 1) * intervalMs;
    const headers = {
      "x-ratelimit-limit": String(burst),
      "x-ratelimit-remaining": String(bucket.tokens),
      "x-ratelimit-reset": String(Math.max(1, Math.ceil(untilFull / 1000))),
    };
    if (limited) headers["retry-after"] = String(retryAfter);
    return { limited, headers };
  }

  function listTasks(ctx) {
    const rl = rateLimitHeaders(ctx.credential);
    if (rl.limited) {
      return json(
        429,
        error("RATE_LIMITED", `rate limit of ${rateLimit} requests exceeded; retry in ${rl.resetSeconds}s`),
        { ...rl.headers, "retry-after": String(Math.max(1, rl.resetSeconds)) },
      );
    }
    if (fault("db-down")) {
      return json(503, error("DB_UNAVAILABLE", "primary database unreachable"), rl.headers);
    }
    const raw = ctx.url.searchParams.get("limit");
    let limit = 20;
    if (raw !== null) {
      limit = Number(raw);
      if (!/^\d+$/.test(raw) || limit < 1 || limit > 100) {
        return json(400, error("VALIDATION", "limit must be an integer from 1 to 100"), rl.headers);
      }
    }
    const now = Date.now();
    const data = [...state.tasks.values()]
      .sort((a, b) => b.createdMs - a.createdMs || (a.id < b.id ? 1 : -1))
      .slice(0, limit)
      .map((task) => taskView(task, now));
    return json(200, { data, next: null }, rl.headers);
  }

  /** Idempotency keys answered 429, to tell whether the client came back with the same key. */
  const throttled = new Map();

  function createTask(ctx) {
    const rl = takeWriteToken(ctx.credential);
    const key = ctx.req.headers["idempotency-key"];
    if (rl.limited) {
      if (typeof key === "string" && !throttled.has(key)) throttled.set(key, Date.now());
      return json(
        429,
        error("RATE_LIMITED", `write rate limit exceeded; retry in ${rl.headers["retry-after"]}s`),
        rl.headers,
      );
    }
    const answer = acceptTask(ctx);
    answer.headers = { ...rl.headers, ...answer.headers };
    const since = typeof key === "string" ? throttled.get(key) : undefined;
    if (since !== undefined && answer.status < 300) {
      throttled.delete(key);
      const id = JSON.parse(answer.body).id;
      note(
        `POST /v1/tasks: had answered 429 RATE_LIMITED to Idempotency-Key "${key}"; the client came back ` +
          `${((Date.now() - since) / 1000).toFixed(1)}s later with the same key → ${answer.status} ${id}`,
      );
    }
    return answer;
  }

  function acceptTask(ctx) {
    const body = jsonObject(ctx, '{"title": "…"}');
    if (body.answer) return body.answer;
    const input = body.value;
    if (typeof input.title !== "string" || input.title.trim() === "") {
      return json(400, error("VALIDATION", "title is required and must be a non-empty string"));
    }
    if (input.title.length > 200)
      return json(400, error("VALIDATION", "title must be at most 200 characters"));
    if (input.kind !== undefined && (typeof input.kind !== "string" || input.kind === "")) {
      return json(400, error("VALIDATION", "kind must be a non-empty string when given"));
    }

    const given = idempotencyKey(ctx);
    if (given.answer) return given.answer;
    const key = given.key;
    const scopedKey = key === undefined ? undefined : `${ctx.credential}\u0000${key}`;
    const print = fingerprint(input);
    const previous = scopedKey === undefined ? undefined : state.idempotency.get(scopedKey);
    if (previous && !fault("idempotency-ignored")) {
      if (previous.fingerprint !== print) {
        return idempotencyConflict();
      }
      const task = state.tasks.get(previous.taskId);
      return json(200, taskView(task, Date.now()), {
        "idempotent-replayed": "true",
        location: `/v1/tasks/${task.id}`,
      });
    }

    const now = Date.now();
    const task = {
      id: `tsk_${randomBytes(8).toString("hex")}`,
      title: input.title,
      kind: input.kind ?? "inspection",
      createdMs: now,
      idempotencyKey: key,
      // Decided when the work is scheduled, as a worker would: a task of kind `fail` always fails.
      failure: fault("capture-failed")
        ? { code: "capture_failed", message: "camera offline" }
        : input.kind === "fail"
          ? { code: "PROCESSING_FAILED", message: "the inspection worker could not process this task" }
          : undefined,
    };
    state.tasks.set(task.id, task);
    if (previous) {
      note(
        `POST /v1/tasks: Idempotency-Key "${key}" was used before, but the key store was bypassed → second task ${task.id}`,
      );
    }
    if (scopedKey !== undefined) state.idempotency.set(scopedKey, { fingerprint: print, taskId: task.id });
    // A new task always starts queued, whatever completeAfterMs says.
    return json(201, { ...taskView(task, now), status: "queued" }, { location: `/v1/tasks/${task.id}` });
  }

  function getTask(ctx) {
    const task = state.tasks.get(ctx.params.id);
    if (!task) return json(404, error("NOT_FOUND", `task ${ctx.params.id} not found`));
    return json(200, taskView(task, Date.now()));
  }

  function getPhoto(ctx) {
    const task = state.tasks.get(ctx.params.id);
    const match = /^(\d+)\.svg$/.exec(ctx.params.photo);
    const index = match ? Number(match[1]) : 0;
    if (!task || index < 1 || index > PHOTOS_PER_TASK || taskStatus(task, Date.now()) !== "completed") {
      return json(404, error("NOT_FOUND", `photo ${ctx.params.photo} of task ${ctx.params.id} not found`));
    }
    return {
      status: 200,
      headers: { "content-type": "image/svg+xml", "cache-control": "public, max-age=3600" },
      body: photoBytes(task.id, index),
    };
  }

  /** Evidence items `{ type, url, sha256, metadata }`; public, capability-style URLs (like signed object-store links). */
  function photoList(task, finishedMs) {
    const photos = [];
    for (let i = 1; i <= PHOTOS_PER_TASK; i++) {
      const bytes = photoBytes(task.id, i);
      photos.push({
        type: "photo",
        url: `${origin}/v1/tasks/${task.id}/photos/${i}.svg`,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        metadata: {
          contentType: "image/svg+xml",
          bytes: bytes.length,
          width: 64,
          height: 48,
          capturedAt: new Date(finishedMs - (PHOTOS_PER_TASK - i + 1) * 100).toISOString(),
          device: `cam-${task.id.slice(-4)}`,
        },
      });
    }
    return photos;
  }

  function taskStatus(task, now) {
    const elapsed = now - task.createdMs;
    if (elapsed >= state.completeAfterMs) return task.failure ? "failed" : "completed";
    return elapsed >= state.completeAfterMs / 5 ? "running" : "queued";
  }

  function taskView(task, now) {
    const status = taskStatus(task, now);
    const finishedMs = task.createdMs + state.completeAfterMs;
    const view = {
      id: task.id,
      title: task.title,
      kind: task.kind,
      status,
      createdAt: new Date(task.createdMs).toISOString(),
      updatedAt: new Date(status === "completed" || status === "failed" ? finishedMs : now).toISOString(),
    };
    if (status === "completed") {
      // Fault photos-lost: the upload step silently loses the photos.
      view.evidence = {
        photos: fault("photos-lost") ? [] : photoList(task, finishedMs),
        completedAt: new Date(finishedMs).toISOString(),
      };
    } else if (status === "failed") {
      view.error = { ...task.failure };
    }
    return view;
  }

  function issueToken() {
    const now = Math.floor(Date.now() / 1000);
    const accessToken = signJwt(keys, {
      iss: origin,
      sub: "demo-client",
      aud: "deploy-gate-demo",
      scope: "tasks:read tasks:write",
      iat: now,
      nbf: now,
      exp: now + 600,
      jti: randomUUID(),
    });
    return json(200, { access_token: accessToken, token_type: "Bearer", expires_in: 600 });
  }

  /** `{ pass, violations }`, 503 while anything blocks the release (notices included: the service cannot know which are acknowledged). */
  function releaseGuard() {
    const violations = [...guardNotices];
    if (fault("guard-drift")) {
      violations.push(
        { reason: "schema-drift", route: "POST /v1/tasks", evidence: "column tasks.kind dropped" },
        { reason: "error-budget", route: "GET /v1/tasks", evidence: "5xx ratio 4.2% > 1%" },
      );
    }
    if (fault("migration-missing")) {
      violations.push({
        reason: "schema-drift",
        route: "POST /v1/orders",
        evidence: "migration 0042_orders_currency not applied: column orders.currency is missing",
      });
    }
    if (violations.length === 0) return json(200, { pass: true, violations: [] });
    return json(503, { pass: false, violations });
  }

  function receiveWebhook(ctx) {
    const header = ctx.req.headers["x-signature"];
    const signature = typeof header === "string" ? header.trim().replace(/^sha256=/i, "") : "";
    let verified = false;
    if (signature !== "" && /^[0-9a-f]{64}$/i.test(signature)) {
      const expected = createHmac("sha256", webhookSecret).update(ctx.body).digest();
      verified = timingSafeEqual(expected, Buffer.from(signature, "hex"));
    }
    const where = `webhook receiver ${ctx.url.pathname}`;
    // Fault webhook-unverified: signature verification was "temporarily" switched off.
    if (!verified && !fault("webhook-unverified")) {
      note(`${where}: refused an event with ${signature === "" ? "no" : "a forged"} signature (401)`);
      return json(
        401,
        signature === ""
          ? error("MISSING_SIGNATURE", "X-Signature header is required (hex HMAC-SHA256 of the raw body)")
          : error("INVALID_SIGNATURE", "X-Signature does not match the body"),
      );
    }
    if (!verified) note(`${where}: ACCEPTED an event whose signature does not verify (202)`);
    const id = `evt_${randomBytes(6).toString("hex")}`;
    state.webhooks.push({ id, receivedAt: Date.now(), verified, body: ctx.body.toString("utf8") });
    if (state.webhooks.length > 100) state.webhooks.shift();
    return json(202, { received: true, id });
  }

  // ---- plumbing ------------------------------------------------------------------------------

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) {
        send(res, json(500, error("INTERNAL", "unexpected error")));
      } else {
        res.destroy();
      }
      log?.(`error: ${err?.stack ?? err}`);
    });
  });

  async function handle(req, res) {
    const started = process.hrtime.bigint();
    const url = new URL(req.url ?? "/", `http://${HOST}`);
    const method = req.method === "HEAD" ? "GET" : (req.method ?? "GET");
    const found = matchRoute(routes, method, url.pathname);
    const label = found.route ? `${found.route.method} ${found.route.template}` : "unmatched";
    res.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.observe(label, res.statusCode, seconds);
      log?.(`${req.method} ${req.url} ${res.statusCode} ${(seconds * 1000).toFixed(1)}ms`);
    });

    const body = await readBody(req);
    if (state.latencyMs > 0) await sleep(state.latencyMs);

    let answer;
    if (body === undefined) {
      answer = json(413, error("PAYLOAD_TOO_LARGE", `request body exceeds ${MAX_BODY_BYTES} bytes`));
    } else if (found.allowed) {
      answer = json(405, error("METHOD_NOT_ALLOWED", `${req.method} is not allowed on ${url.pathname}`), {
        allow: found.allowed.join(", "),
      });
    } else if (!found.route) {
      answer = json(404, error("NOT_FOUND", `no route for ${req.method} ${url.pathname}`));
    } else {
      const ctx = { req, url, params: found.params, body, credential: "" };
      if (found.route.auth === "token") {
        const credential = bearer(req.headers.authorization, token);
        if (credential === undefined) {
          const detail = req.headers.authorization
            ? "the bearer token is not valid"
            : "an Authorization: Bearer <token> header is required";
          // RFC 9457 problem details, carrying the API's own error model as an extension member.
          answer = {
            status: 401,
            headers: {
              "content-type": PROBLEM_TYPE,
              "www-authenticate": 'Bearer realm="demo", error="invalid_token"',
            },
            body: JSON.stringify({
              type: "https://deploy-gate.dev/demo/problems/unauthorized",
              title: "Unauthorized",
              status: 401,
              detail,
              error: { code: "UNAUTHORIZED", message: detail },
            }),
          };
        } else {
          ctx.credential = credential;
          answer = simulatedError(req);
        }
      }
      answer ??= found.route.handler(ctx);
    }
    send(res, answer);
  }

  /**
   * `X-Simulate-Error: 500` (any 5xx) on an authenticated route: the failure path of the error
   * model, on demand, so a gate can check that a 5xx still answers `{ error: { code, message } }`
   * and leaks no stack trace. Only callers holding the API token can ask for it.
   */
  function simulatedError(req) {
    const raw = req.headers["x-simulate-error"];
    if (raw === undefined) return undefined;
    const status = Number(raw);
    if (!Number.isInteger(status) || status < 500 || status > 599) {
      return json(400, error("VALIDATION", "X-Simulate-Error must be a 5xx status code"));
    }
    return json(
      status,
      error("INTERNAL", `simulated failure (X-Simulate-Error: ${status}); no details leak`),
    );
  }

  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${HOST}:${address.port}`;
  origin = url;

  let closing;
  const lifetime = setTimeout(() => {
    log?.(`lifetime of ${lifetimeMs}ms reached, shutting down`);
    close();
  }, lifetimeMs);
  lifetime.unref();

  function close() {
    closing ??= new Promise((resolve) => {
      clearTimeout(lifetime);
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  }

  /** Resolves once the server has closed, whoever closed it (close() or the lifetime). */
  const closed = new Promise((resolve) => server.once("close", resolve));

  return { url, port: address.port, state, close, closed };
}

// ---- helpers -------------------------------------------------------------------------------------

function matchRoute(routes, method, pathname) {
  const parts = pathname.split("/").filter(Boolean);
  const allowed = new Set();
  for (const r of routes) {
    if (r.segments.length !== parts.length) continue;
    const params = {};
    let ok = true;
    for (let i = 0; i < parts.length; i++) {
      const seg = r.segments[i];
      let part;
      try {
        part = decodeURIComponent(parts[i]);
      } catch {
        ok = false;
        break;
      }
      if (seg.startsWith(":")) params[seg.slice(1)] = part;
      else if (seg !== part) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (r.method === method) return { route: r, params };
    allowed.add(r.method);
  }
  if (allowed.size > 0) {
    if (allowed.has("GET")) allowed.add("HEAD");
    return { route: undefined, params: {}, allowed: [...allowed] };
  }
  return { route: undefined, params: {} };
}

function bearer(header, token) {
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  if (!match) return undefined;
  const given = createHash("sha256").update(match[1]).digest();
  const expected = createHash("sha256").update(token).digest();
  return timingSafeEqual(given, expected) ? match[1] : undefined;
}

function send(res, { status, headers, body }) {
  if (res.destroyed || res.writableEnded) return;
  const payload = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  res.writeHead(status, {
    "cache-control": "no-store",
    "x-request-id": randomUUID(),
    ...headers,
    "content-length": String(payload.length),
  });
  res.end(payload);
}

/** The raw body, or undefined when it is larger than MAX_BODY_BYTES. */
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(tooLarge ? undefined : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** A small deterministic SVG "photo" per task and index, so each has a stable sha256. */
function photoBytes(taskId, index) {
  const hue =
    Number.parseInt(createHash("sha256").update(`${taskId}/${index}`).digest("hex").slice(0, 4), 16) % 360;
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="48" viewBox="0 0 64 48">` +
      `<rect width="64" height="48" fill="hsl(${hue},60%,55%)"/>` +
      `<text x="4" y="28" font-size="8" fill="#fff">${taskId} #${index}</text></svg>\n`,
    "utf8",
  );
}

function seedTasks(state) {
  const base = state.startedAt - 60 * 60 * 1000;
  const seeds = [
    ["tsk_seed0001", "Inspect north entrance", "inspection"],
    ["tsk_seed0002", "Photograph meter 42", "inspection"],
    ["tsk_seed0003", "Verify fire extinguisher tags", "audit"],
  ];
  seeds.forEach(([id, title, kind], i) => {
    state.tasks.set(id, { id, title, kind, createdMs: base + i * 60_000 });
  });
}

function lifetimeFromEnv() {
  const raw = process.env.DEMO_LIFETIME_MS;
  const value = raw === undefined || raw === "" ? Number.NaN : Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : DEFAULT_LIFETIME_MS;
}

// ---- Prometheus metrics --------------------------------------------------------------------------

function createMetrics() {
  const requests = new Map(); // `${route}\u0000${status}` → count
  const durations = new Map(); // route → { buckets, sum, count }
  return {
    observe(route, status, seconds) {
      const key = `${route}\u0000${status}`;
      requests.set(key, (requests.get(key) ?? 0) + 1);
      let h = durations.get(route);
      if (!h) {
        h = { buckets: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
        durations.set(route, h);
      }
      DURATION_BUCKETS.forEach((le, i) => {
        if (seconds <= le) h.buckets[i] += 1;
      });
      h.sum += seconds;
      h.count += 1;
    },
    count(route, status) {
      let total = 0;
      for (const [key, n] of requests) {
        const [r, s] = key.split("\u0000");
        if ((route === undefined || r === route) && (status === undefined || s === String(status)))
          total += n;
      }
      return total;
    },
    /** The exposition: these request metrics, then `extra` lines from the other surfaces. */
    render(startedAt, extra = []) {
      const lines = [
        "# HELP http_requests_total Total HTTP requests answered, by route and status code.",
        "# TYPE http_requests_total counter",
      ];
      for (const [key, n] of [...requests].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const [r, s] = key.split("\u0000");
        lines.push(`http_requests_total{route="${escapeLabel(r)}",status="${s}"} ${n}`);
      }
      lines.push(
        "# HELP http_request_duration_seconds Time from request to response, by route.",
        "# TYPE http_request_duration_seconds histogram",
      );
      for (const [r, h] of [...durations].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const labels = `route="${escapeLabel(r)}"`;
        DURATION_BUCKETS.forEach((le, i) => {
          lines.push(`http_request_duration_seconds_bucket{${labels},le="${le}"} ${h.buckets[i]}`);
        });
        lines.push(`http_request_duration_seconds_bucket{${labels},le="+Inf"} ${h.count}`);
        lines.push(`http_request_duration_seconds_sum{${labels}} ${h.sum}`);
        lines.push(`http_request_duration_seconds_count{${labels}} ${h.count}`);
      }
      lines.push(
        "# HELP process_start_time_seconds Start time of the process since unix epoch in seconds.",
        "# TYPE process_start_time_seconds gauge",
        `process_start_time_seconds ${Math.floor(startedAt / 1000)}`,
        ...extra,
      );
      return `${lines.join("\n")}\n`;
    },
  };
}

function escapeLabel(value) {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

// ---- command line --------------------------------------------------------------------------------

function parseArgs(argv, env) {
  const opts = {
    port: env.PORT,
    broken: env.DEMO_BROKEN === "1" || env.DEMO_BROKEN === "true",
    brokenWith: undefined,
    scenario: undefined,
    faults: (env.DEMO_FAULTS ?? "")
      .split(",")
      .map((f) => f.trim())
      .filter(Boolean),
    latencyMs: env.DEMO_LATENCY_MS,
    completeAfterMs: env.DEMO_COMPLETE_AFTER_MS,
    readyAfterMs: env.DEMO_READY_AFTER_MS,
    log: env.DEMO_LOG === "1" || env.DEMO_LOG === "true",
  };
  const valued = {
    "--port": "port",
    "--latency-ms": "latencyMs",
    "--complete-after-ms": "completeAfterMs",
    "--ready-after-ms": "readyAfterMs",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === "--broken") {
      opts.broken = true;
      opts.brokenWith = inline;
    } else if (arg === "--log") opts.log = true;
    else if (flag === "--fault" || flag === "--scenario") {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      if (flag === "--fault") opts.faults.push(value);
      else opts.scenario = value;
    } else if (flag in valued) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${flag} needs a value`);
      opts[valued[flag]] = value;
    } else if (/^\d+$/.test(arg)) opts.port = arg;
    else if (arg === "--help" || arg === "-h") opts.help = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  const numeric = (name, value, fallback) => {
    if (value === undefined || value === "") return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`${name} must be a non-negative integer, got ${value}`);
    return n;
  };
  // With a scenario, --broken breaks it by its own fault (the first one, or the one named).
  const scenario = opts.scenario === undefined ? undefined : SCENARIOS[opts.scenario];
  if (opts.scenario !== undefined && !scenario) {
    throw new Error(`unknown scenario ${opts.scenario}; known: ${Object.keys(SCENARIOS).join(", ")}`);
  }
  if (opts.brokenWith !== undefined && !scenario) throw new Error("--broken=FAULT needs --scenario");
  if (scenario && opts.broken) {
    const fault = opts.brokenWith ?? scenario.faults[0];
    if (!scenario.faults.includes(fault)) {
      throw new Error(`the ${opts.scenario} scenario breaks with one of ${scenario.faults.join(", ")}`);
    }
    opts.faults.push(fault);
  }
  for (const fault of opts.faults) {
    if (!Object.hasOwn(FAULTS, fault))
      throw new Error(`unknown fault ${fault}; known: ${Object.keys(FAULTS).join(", ")}`);
  }
  return {
    help: opts.help === true,
    port: numeric("port", opts.port, 0),
    broken: opts.broken && !scenario,
    faults: opts.faults,
    scenario: scenario?.server ?? {},
    latencyMs: numeric("latency", opts.latencyMs, 0),
    completeAfterMs: numeric("complete-after", opts.completeAfterMs, 1000),
    readyAfterMs: numeric("ready-after", opts.readyAfterMs, 0),
    log: opts.log,
  };
}

const USAGE = `usage: node examples/demo/server.mjs [PORT] [--scenario NAME] [--broken[=FAULT]] [--fault NAME]...
                                     [--latency-ms N] [--complete-after-ms N] [--ready-after-ms N] [--log]
  --scenario NAME   serve as that scenario's service (${Object.keys(SCENARIOS).join(", ")}); with --broken,
                    broken by its own fault (the first, or the one named)
  --fault NAME      turn on one fault (repeatable): ${Object.keys(FAULTS).join(", ")}
env: PORT, DEMO_BROKEN=1, DEMO_FAULTS=a,b, DEMO_LATENCY_MS, DEMO_COMPLETE_AFTER_MS, DEMO_READY_AFTER_MS,
     DEMO_TOKEN (default demo-token), DEMO_WEBHOOK_SECRET (default demo-webhook-secret),
     DEMO_LIFETIME_MS (default 600000), DEMO_LOG=1`;

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
  } catch (err) {
    process.stderr.write(`demo server: ${err.message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  let demo;
  try {
    demo = await startDemoServer({
      ...args.scenario,
      port: args.port,
      broken: args.broken,
      faults: args.faults,
      latencyMs: args.latencyMs,
      completeAfterMs: args.completeAfterMs,
      readyAfterMs: args.readyAfterMs,
      token: process.env.DEMO_TOKEN || "demo-token",
      webhookSecret: process.env.DEMO_WEBHOOK_SECRET || "demo-webhook-secret",
      log: (line) => {
        if (args.log || line.startsWith("lifetime")) process.stderr.write(`demo server: ${line}\n`);
      },
    });
  } catch (err) {
    process.stderr.write(`demo server: cannot start: ${err.message}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`listening on ${demo.url}\n`);
  process.stderr.write(
    `demo server: ${
      demo.state.broken
        ? "BROKEN mode"
        : demo.state.faults.size > 0
          ? `faults: ${[...demo.state.faults].join(", ")}`
          : "healthy mode"
    }; bearer token ${
      process.env.DEMO_TOKEN ? "from DEMO_TOKEN" : '"demo-token"'
    }; stops by itself after ${lifetimeFromEnv()}ms\n`,
  );
  const stop = () => demo.close();
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  await demo.closed;
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
}

function isMain() {
  if (typeof import.meta.main === "boolean") return import.meta.main;
  const entry = process.argv[1];
  if (!entry) return false;
  const self = decodeURIComponent(new URL(import.meta.url).pathname);
  return self === entry || self === `/${entry.replace(/\\/g, "/")}`;
}

if (isMain()) await main();
