// The demo service (examples/demo/server.mjs) over real HTTP on 127.0.0.1, in-process and as
// a child process, plus the `npm run demo` wrapper (examples/demo/run.mjs) with a stand-in CLI.
import { type ChildProcess, spawn } from "node:child_process";
import { createHash, createHmac, createPublicKey, verify } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createLocalJWKSet, jwtVerify } from "jose";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DemoServer, startDemoServer } from "../../examples/demo/server.mjs";

const ROOT = resolve(import.meta.dirname, "..", "..");
const SERVER = join(ROOT, "examples/demo/server.mjs");
const RUN = join(ROOT, "examples/demo/run.mjs");
const AUTH = { authorization: "Bearer demo-token" };
const SECRET = "demo-webhook-secret";

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON the tests pick apart.
type Json = any;

const servers: DemoServer[] = [];
async function start(options: Parameters<typeof startDemoServer>[0] = {}): Promise<DemoServer> {
  const demo = await startDemoServer({ completeAfterMs: 100, lifetimeMs: 60_000, ...options });
  servers.push(demo);
  return demo;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function call(base: string, path: string, init: RequestInit = {}) {
  const res = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(5000) });
  const text = await res.text();
  let body: Json;
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

function createTask(base: string, body: unknown, headers: Record<string, string> = {}) {
  return call(base, "/v1/tasks", {
    method: "POST",
    headers: { ...AUTH, "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function postWebhook(base: string, payload: string, signature?: string) {
  return call(base, "/webhooks/deploy", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(signature === undefined ? {} : { "x-signature": signature }),
    },
    body: payload,
  });
}

const hmac = (body: string, secret = SECRET) => createHmac("sha256", secret).update(body).digest("hex");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sum of a Prometheus sample's value for an exact series line prefix like `name{labels}`. */
function sample(text: string, series: string): number | undefined {
  for (const line of text.split("\n")) {
    if (line.startsWith(`${series} `)) return Number(line.slice(series.length + 1));
  }
  return undefined;
}

describe("demo server, healthy", () => {
  let base: string;
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await start();
    base = demo.url;
  });

  it("listens on 127.0.0.1 with a free port", async () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(demo.port).toBeGreaterThan(0);
    const other = await start();
    expect(other.port).not.toBe(demo.port);
  });

  it("answers /health and /ready", async () => {
    const health = await call(base, "/health");
    expect(health.status).toBe(200);
    expect(health.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(health.body).toEqual({ status: "ok" });
    const ready = await call(base, "/ready");
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ ready: true });
  });

  it("answers HEAD, unknown routes and wrong methods sensibly", async () => {
    const head = await call(base, "/health", { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.text).toBe("");
    const missing = await call(base, "/nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
    const wrong = await call(base, "/health", { method: "DELETE" });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET, HEAD");
  });

  it("rejects the tasks API without a valid bearer token with problem+json", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer wrong" },
      { authorization: "Basic ZGVtbzpkZW1v" },
    ];
    for (const headers of attempts) {
      const res = await call(base, "/v1/tasks", { headers });
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(res.body).toMatchObject({ title: "Unauthorized", status: 401 });
      expect(typeof res.body.type).toBe("string");
      expect(typeof res.body.detail).toBe("string");
      // The API's own error model rides along as an RFC 9457 extension member.
      expect(res.body.error).toEqual({ code: "UNAUTHORIZED", message: res.body.detail });
    }
    expect((await call(base, "/v1/tasks/tsk_seed0001")).status).toBe(401);
    expect((await createTask(base, { title: "x" }, { authorization: "" })).status).toBe(401);
  });

  it("lists tasks with limit, JSON content type and coherent rate-limit headers", async () => {
    const first = await call(base, "/v1/tasks?limit=2", { headers: AUTH });
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(first.body.next).toBeNull();
    expect(first.body.data).toHaveLength(2);
    for (const task of first.body.data) {
      expect(task.id).toMatch(/^tsk_/);
      expect(task.status).toBe("completed");
    }
    const limit = Number(first.headers.get("x-ratelimit-limit"));
    const remaining = Number(first.headers.get("x-ratelimit-remaining"));
    const reset = Number(first.headers.get("x-ratelimit-reset"));
    expect(limit).toBe(100);
    expect(remaining).toBeLessThan(limit);
    expect(reset).toBeGreaterThan(0);
    expect(reset).toBeLessThanOrEqual(60);
    const second = await call(base, "/v1/tasks", { headers: AUTH });
    expect(Number(second.headers.get("x-ratelimit-remaining"))).toBe(remaining - 1);
    expect(second.body.data.length).toBeGreaterThanOrEqual(3);

    const bad = await call(base, "/v1/tasks?limit=abc", { headers: AUTH });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION");
  });

  it("creates a queued task and validates the body", async () => {
    const created = await createTask(base, { title: "inspect pump 7", kind: "inspection" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: "inspect pump 7", kind: "inspection", status: "queued" });
    expect(created.body.id).toMatch(/^tsk_[0-9a-f]{16}$/);
    expect(created.headers.get("location")).toBe(`/v1/tasks/${created.body.id}`);

    const again = await createTask(base, { title: "inspect pump 7", kind: "inspection" });
    expect(again.status).toBe(201);
    expect(again.body.id).not.toBe(created.body.id);

    for (const body of [{ kind: "inspection" }, { title: "" }, { title: 42 }, "not json", "[]"]) {
      const res = await createTask(base, body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("VALIDATION");
      expect(typeof res.body.error.message).toBe("string");
    }
  });

  it("honours Idempotency-Key: replay on the same body, 409 on a different one", async () => {
    const key = `test-${Date.now()}`;
    const first = await createTask(base, { title: "idempotent", kind: "audit" }, { "idempotency-key": key });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();

    // Same body with other key order and spacing is the same request.
    const replay = await createTask(base, '{ "kind": "audit",  "title": "idempotent" }', {
      "idempotency-key": key,
    });
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.id).toBe(first.body.id);

    const conflict = await createTask(base, { title: "something else" }, { "idempotency-key": key });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.code).toBe("IDEMPOTENCY_CONFLICT");
    expect(typeof conflict.body.error.message).toBe("string");

    const other = await createTask(
      base,
      { title: "idempotent", kind: "audit" },
      { "idempotency-key": `${key}-2` },
    );
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
  });

  it("moves a task queued → running → completed with verifiable photo evidence", async () => {
    const created = await createTask(base, { title: "lifecycle" });
    const id = created.body.id;
    const seen: string[] = [];
    let task: Json;
    const deadline = Date.now() + 3000;
    while (Date.now() < deadline) {
      task = (await call(base, `/v1/tasks/${id}`, { headers: AUTH })).body;
      if (seen.at(-1) !== task.status) seen.push(task.status);
      if (task.status === "completed") break;
      await sleep(5);
    }
    expect(seen.at(-1)).toBe("completed");
    expect(seen).toContain("running");
    expect(["queued", "running"]).toContain(seen[0]);
    expect(Date.now() - Date.parse(task.createdAt)).toBeGreaterThanOrEqual(100);
    expect(typeof task.evidence.completedAt).toBe("string");
    expect(task.evidence.photos.length).toBeGreaterThan(0);
    for (const photo of task.evidence.photos) {
      expect(photo.type).toBe("photo");
      expect(photo.metadata).toMatchObject({ contentType: "image/svg+xml", width: 64, height: 48 });
      expect(Date.parse(photo.metadata.capturedAt)).toBeLessThanOrEqual(
        Date.parse(task.evidence.completedAt),
      );
      expect(photo.url.startsWith(`${base}/v1/tasks/${id}/photos/`)).toBe(true);
      const res = await fetch(photo.url);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/svg+xml");
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(photo.sha256);
      expect(bytes.length).toBe(photo.metadata.bytes);
    }
    const missing = await call(base, "/v1/tasks/tsk_doesnotexist", { headers: AUTH });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("NOT_FOUND");
  });

  it("lets a task of kind `fail` end failed, without evidence", async () => {
    const created = await createTask(base, { title: "doomed", kind: "fail" });
    await sleep(150);
    const task = (await call(base, `/v1/tasks/${created.body.id}`, { headers: AUTH })).body;
    expect(task.status).toBe("failed");
    expect(task.error.code).toBe("PROCESSING_FAILED");
    expect(task.evidence).toBeUndefined();
  });

  it("passes the release guard", async () => {
    const res = await call(base, "/ops/release-guard");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ pass: true, violations: [] });
  });

  it("verifies webhook signatures", async () => {
    const payload = JSON.stringify({ event: "deploy.finished", sha: "abc123" });
    const ok = await postWebhook(base, payload, hmac(payload));
    expect(ok.status).toBe(202);
    expect(ok.body.received).toBe(true);
    expect(demo.state.webhooks.at(-1)).toMatchObject({ id: ok.body.id, verified: true, body: payload });
    expect((await postWebhook(base, payload, `sha256=${hmac(payload)}`)).status).toBe(202);

    const tampered = await postWebhook(base, `${payload} `, hmac(payload));
    expect(tampered.status).toBe(401);
    expect(tampered.body.error.code).toBe("INVALID_SIGNATURE");
    expect((await postWebhook(base, payload, hmac(payload, "wrong-secret"))).status).toBe(401);
    expect((await postWebhook(base, payload, "zz")).status).toBe(401);
    const unsigned = await postWebhook(base, payload);
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.error.code).toBe("MISSING_SIGNATURE");
  });

  it("serves a public-only P-256 JWKS and ES256 tokens that verify against it", async () => {
    const jwks = await call(base, "/.well-known/jwks.json");
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys).toHaveLength(1);
    const [key] = jwks.body.keys;
    expect(key).toMatchObject({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig" });
    expect(typeof key.kid).toBe("string");
    for (const member of ["d", "p", "q", "dp", "dq", "qi", "k"]) expect(key).not.toHaveProperty(member);

    expect((await call(base, "/v1/token")).status).toBe(401);
    const issued = await call(base, "/v1/token", { headers: AUTH });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: "Bearer", expires_in: 600 });
    const token: string = issued.body.access_token;
    const [h, p, s] = token.split(".") as [string, string, string];
    expect(JSON.parse(Buffer.from(h, "base64url").toString())).toEqual({
      alg: "ES256",
      typ: "JWT",
      kid: key.kid,
    });

    // By hand with node:crypto…
    const publicKey = createPublicKey({ key, format: "jwk" });
    const signature = Buffer.from(s, "base64url");
    expect(signature).toHaveLength(64);
    expect(
      verify("sha256", Buffer.from(`${h}.${p}`), { key: publicKey, dsaEncoding: "ieee-p1363" }, signature),
    ).toBe(true);
    // …and with a real JOSE library.
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(jwks.body), {
      issuer: base,
      audience: "deploy-gate-demo",
    });
    expect(protectedHeader.kid).toBe(key.kid);
    expect(payload.sub).toBe("demo-client");
    // A tampered payload does not verify.
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...payload, sub: "admin" })).toString("base64url")}.${s}`;
    await expect(jwtVerify(forged, createLocalJWKSet(jwks.body))).rejects.toThrow();
  });

  it("exposes Prometheus metrics whose counters and histogram really count", async () => {
    const before = await call(base, "/metrics");
    expect(before.status).toBe(200);
    expect(before.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(before.text).toContain("# TYPE http_requests_total counter");
    expect(before.text).toContain("# TYPE http_request_duration_seconds histogram");
    const okSeries = 'http_requests_total{route="GET /health",status="200"}';
    const countSeries = 'http_request_duration_seconds_count{route="GET /health"}';
    const c0 = sample(before.text, okSeries) ?? 0;
    const h0 = sample(before.text, countSeries) ?? 0;

    for (let i = 0; i < 3; i++) await call(base, "/health");
    await call(base, "/v1/tasks"); // 401
    const after = (await call(base, "/metrics")).text;
    expect(sample(after, okSeries)).toBe(c0 + 3);
    expect(sample(after, countSeries)).toBe(h0 + 3);
    expect(sample(after, 'http_requests_total{route="GET /v1/tasks",status="401"}')).toBeGreaterThanOrEqual(
      1,
    );
    expect(demo.state.requestCount("GET /health", 200)).toBe(c0 + 3);

    // Buckets are cumulative and end at +Inf = _count; _sum is a plausible duration.
    const buckets = after
      .split("\n")
      .filter((l) => l.startsWith('http_request_duration_seconds_bucket{route="GET /health",'))
      .map((l) => Number(l.slice(l.lastIndexOf(" ") + 1)));
    expect(buckets.length).toBeGreaterThan(2);
    for (let i = 1; i < buckets.length; i++) expect(buckets[i]).toBeGreaterThanOrEqual(buckets[i - 1]!);
    expect(buckets.at(-1)).toBe(c0 + 3);
    expect(after).toContain('http_request_duration_seconds_bucket{route="GET /health",le="+Inf"}');
    const sum = sample(after, 'http_request_duration_seconds_sum{route="GET /health"}');
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThan(5);
  });

  it("rejects bodies over 1 MiB", async () => {
    const res = await createTask(base, { title: "x".repeat(1024 * 1024 + 10) });
    expect(res.status).toBe(413);
  });
});

describe("demo server, broken", () => {
  let base: string;
  let demo: DemoServer;
  beforeAll(async () => {
    demo = await start({ broken: true });
    base = demo.url;
  });

  it("still answers health and readiness", async () => {
    expect((await call(base, "/health")).status).toBe(200);
    expect((await call(base, "/ready")).body).toEqual({ ready: true });
  });

  it("fails the release guard with schema drift and a burnt error budget", async () => {
    const res = await call(base, "/ops/release-guard");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({
      pass: false,
      violations: [
        { reason: "schema-drift", route: "POST /v1/tasks", evidence: "column tasks.kind dropped" },
        { reason: "error-budget", route: "GET /v1/tasks", evidence: "5xx ratio 4.2% > 1%" },
      ],
    });
  });

  it("answers the task list with a consistent 503 DB_UNAVAILABLE (auth still enforced)", async () => {
    for (let i = 0; i < 4; i++) {
      const res = await call(base, "/v1/tasks?limit=5", { headers: AUTH });
      expect(res.status).toBe(503);
      expect(res.body).toEqual({
        error: { code: "DB_UNAVAILABLE", message: "primary database unreachable" },
      });
      expect(res.headers.get("x-ratelimit-limit")).toBe("100");
    }
    expect((await call(base, "/v1/tasks")).status).toBe(401);
    const metrics = (await call(base, "/metrics")).text;
    expect(sample(metrics, 'http_requests_total{route="GET /v1/tasks",status="503"}')).toBe(4);
  });

  it("completes tasks without their photos", async () => {
    const created = await createTask(base, { title: "broken evidence" });
    expect(created.status).toBe(201);
    await sleep(150);
    const task = (await call(base, `/v1/tasks/${created.body.id}`, { headers: AUTH })).body;
    expect(task.status).toBe("completed");
    expect(task.evidence.photos).toEqual([]);
  });

  it("accepts webhooks whatever their signature", async () => {
    const payload = '{"event":"forged"}';
    expect((await postWebhook(base, payload, hmac(payload, "attacker"))).status).toBe(202);
    expect((await postWebhook(base, payload)).status).toBe(202);
    expect(demo.state.webhooks.at(-1)?.verified).toBe(false);
  });

  it("can be repaired live through state.broken", async () => {
    const other = await start({ broken: true });
    expect((await call(other.url, "/ops/release-guard")).status).toBe(503);
    other.state.broken = false;
    expect((await call(other.url, "/ops/release-guard")).body).toEqual({ pass: true, violations: [] });
    expect((await call(other.url, "/v1/tasks", { headers: AUTH })).status).toBe(200);
  });
});

describe("demo server options", () => {
  it("adds latencyMs to every response", async () => {
    const demo = await start({ latencyMs: 150 });
    const t0 = performance.now();
    await call(demo.url, "/health");
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it("answers 429 with Retry-After past the rate limit", async () => {
    const demo = await start({ rateLimit: 2, rateLimitWindowMs: 30_000 });
    expect((await call(demo.url, "/v1/tasks", { headers: AUTH })).headers.get("x-ratelimit-remaining")).toBe(
      "1",
    );
    expect((await call(demo.url, "/v1/tasks", { headers: AUTH })).headers.get("x-ratelimit-remaining")).toBe(
      "0",
    );
    const limited = await call(demo.url, "/v1/tasks", { headers: AUTH });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe("RATE_LIMITED");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(30);
  });

  it("reports not ready until readyAfterMs", async () => {
    const demo = await start({ readyAfterMs: 300 });
    const early = await call(demo.url, "/ready");
    expect(early.status).toBe(503);
    expect(early.body.ready).toBe(false);
    await sleep(350);
    expect((await call(demo.url, "/ready")).body).toEqual({ ready: true });
  });

  it("uses the given token and webhook secret", async () => {
    const demo = await start({ token: "t0ken", webhookSecret: "s3cret" });
    expect((await call(demo.url, "/v1/tasks", { headers: AUTH })).status).toBe(401);
    expect((await call(demo.url, "/v1/tasks", { headers: { authorization: "Bearer t0ken" } })).status).toBe(
      200,
    );
    expect((await postWebhook(demo.url, "{}", hmac("{}", "s3cret"))).status).toBe(202);
    expect((await postWebhook(demo.url, "{}", hmac("{}"))).status).toBe(401);
  });

  it("closes itself at the end of its lifetime, and close() is idempotent", async () => {
    const demo = await startDemoServer({ lifetimeMs: 100 });
    await demo.closed;
    await expect(fetch(`${demo.url}/health`)).rejects.toThrow();
    await demo.close();
    await demo.close();
  });

  it("rejects invalid options", async () => {
    await expect(startDemoServer({ latencyMs: -1 })).rejects.toThrow(/latencyMs/);
    await expect(startDemoServer({ port: 70000 })).rejects.toThrow(/port/);
  });
});

// ---- child processes -----------------------------------------------------------------------------

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill();
});

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => {
    stdout += d;
  });
  child.stderr!.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  const firstLine = new Promise<string>((resolveLine, reject) => {
    const onData = () => {
      const nl = stdout.indexOf("\n");
      if (nl >= 0) {
        child.stdout!.off("data", onData);
        resolveLine(stdout.slice(0, nl));
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", () => reject(new Error(`exited before printing a line: ${stderr}`)));
  });
  firstLine.catch(() => {});
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) };
}

describe("demo server as a process", () => {
  it("prints its URL first, serves broken mode from --broken and stops on SIGTERM", async () => {
    const proc = run(SERVER, ["0", "--broken"], { DEMO_LIFETIME_MS: "20000" });
    const line = await proc.firstLine;
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const url = line.slice("listening on ".length);
    expect((await call(url, "/ops/release-guard")).status).toBe(503);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
  });

  it("takes the port from PORT and broken mode from DEMO_BROKEN", async () => {
    const probe = await startDemoServer();
    const port = probe.port;
    await probe.close();
    const proc = run(SERVER, [], { PORT: String(port), DEMO_BROKEN: "1", DEMO_LIFETIME_MS: "20000" });
    expect(await proc.firstLine).toBe(`listening on http://127.0.0.1:${port}`);
    expect((await call(`http://127.0.0.1:${port}`, "/v1/tasks", { headers: AUTH })).status).toBe(503);
    proc.child.kill("SIGTERM");
    await proc.exited;
  });

  it("exits by itself after DEMO_LIFETIME_MS", async () => {
    const proc = run(SERVER, [], { DEMO_LIFETIME_MS: "300" });
    await proc.firstLine;
    expect(await proc.exited).toBe(0);
    expect(proc.output().stderr).toContain("lifetime of 300ms reached");
  });

  it("refuses unknown arguments", async () => {
    const proc = run(SERVER, ["--nope"]);
    expect(await proc.exited).toBe(2);
    expect(proc.output().stderr).toContain("unknown argument --nope");
  });
});

describe("npm run demo (examples/demo/run.mjs)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "deploy-gate-demo-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("explains clearly when the CLI bundle is missing", async () => {
    const proc = run(RUN, [], { DEPLOY_GATE_CLI: join(dir, "missing.js") });
    expect(await proc.exited).toBe(1);
    expect(proc.output().stderr).toMatch(/CLI bundle was not found/);
    expect(proc.output().stderr).toContain("npm run bundle");
  });

  // A stand-in CLI: reports its argv and the release guard it sees, exits 0 when it passes, 7 when not.
  const FAKE_CLI = `
    const args = process.argv.slice(2);
    const url = args[args.indexOf("--base-url") + 1];
    const res = await fetch(url + "/ops/release-guard");
    console.log(JSON.stringify({ args, cwd: process.cwd(), guard: res.status }));
    process.exit(res.status === 200 ? 0 : 7);
  `;

  for (const broken of [false, true]) {
    it(`runs the CLI against a ${broken ? "broken" : "healthy"} demo and exits with its code`, async () => {
      const cli = join(dir, "fake-cli.mjs");
      writeFileSync(cli, FAKE_CLI);
      const proc = run(RUN, [...(broken ? ["--broken"] : []), "--json", "report.json"], {
        DEPLOY_GATE_CLI: cli,
      });
      expect(await proc.exited).toBe(broken ? 7 : 0);
      const { stdout } = proc.output();
      const report = JSON.parse(stdout.split("\n").find((l) => l.startsWith("{"))!);
      expect(report.guard).toBe(broken ? 503 : 200);
      expect(report.cwd).toBe(ROOT);
      expect(report.args).toEqual([
        "--base-url",
        expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        "--config",
        "examples/demo/gate.yml",
        "--secret",
        "API_TOKEN=demo-token",
        "--label",
        "demo",
        "--json",
        "report.json",
      ]);
      expect(stdout).toContain("demo service stopped");
    });
  }
});
