// The demo service's scenario surfaces and named faults, over real HTTP on 127.0.0.1: what the
// scenario gates rely on, and what they cannot see from outside (a refused rollback event, a
// synthetic user kept off real networks, a token that other verifiers would refuse).
import { createHmac } from "node:crypto";
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { afterAll, describe, expect, it } from "vitest";
import { BROKEN_FAULTS, FAULTS, startDemoServer } from "../../examples/demo/server.mjs";

const AUTH = { authorization: "Bearer demo-token" };

// biome-ignore lint/suspicious/noExplicitAny: response bodies are JSON the tests pick apart.
type Json = any;

const servers: { close(): Promise<void> }[] = [];
async function start(options: Parameters<typeof startDemoServer>[0] = {}) {
  const demo = await startDemoServer({
    completeAfterMs: 100,
    settleAfterMs: 100,
    lifetimeMs: 60_000,
    ...options,
  });
  servers.push(demo);
  return demo;
}
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

async function call(base: string, path: string, init: RequestInit & { json?: unknown } = {}) {
  const { json, ...rest } = init;
  const res = await fetch(`${base}${path}`, {
    ...rest,
    ...(json !== undefined
      ? { body: JSON.stringify(json), headers: { "content-type": "application/json", ...rest.headers } }
      : {}),
    signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  let body: Json;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, headers: res.headers, body, text };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("faults", () => {
  it("are named, described, and refused when unknown", async () => {
    for (const fault of BROKEN_FAULTS) expect(FAULTS[fault]).toBeTruthy();
    // biome-ignore lint/suspicious/noExplicitAny: a name the types rightly refuse.
    await expect(startDemoServer({ faults: ["nope" as any] })).rejects.toThrow(/unknown fault "nope"/);
  });

  it("capture-failed: new tasks end failed with the worker's own error", async () => {
    const demo = await start({ faults: ["capture-failed"] });
    const created = await call(demo.url, "/v1/tasks", {
      method: "POST",
      headers: AUTH,
      json: { title: "t" },
    });
    await sleep(150);
    const task = (await call(demo.url, `/v1/tasks/${created.body.id}`, { headers: AUTH })).body;
    expect(task.status).toBe("failed");
    expect(task.error).toEqual({ code: "capture_failed", message: "camera offline" });
  });

  it("idempotency-ignored: a replay makes a second task, and the service says so", async () => {
    const demo = await start({ faults: ["idempotency-ignored"] });
    const send = () =>
      call(demo.url, "/v1/tasks", {
        method: "POST",
        headers: { ...AUTH, "idempotency-key": "k1" },
        json: { title: "t" },
      });
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
    expect(demo.state.notes.join("\n")).toContain('Idempotency-Key "k1" was used before');
  });
});

describe("tasks: write rate limit and the error model", () => {
  it("answers 429 with Retry-After past the bucket, and notes a client that came back with the same key", async () => {
    const demo = await start({ writeRateLimit: { burst: 2, perSecond: 1 } });
    const send = (key: string) =>
      call(demo.url, "/v1/tasks", {
        method: "POST",
        headers: { ...AUTH, "idempotency-key": key },
        json: { title: "t" },
      });
    const first = await send("a");
    expect(first.headers.get("x-ratelimit-limit")).toBe("2");
    expect(first.headers.get("x-ratelimit-remaining")).toBe("1");
    expect((await send("b")).status).toBe(201);
    const limited = await send("c");
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: { code: "RATE_LIMITED", message: expect.any(String) } });
    expect(limited.headers.get("retry-after")).toBe("1");
    await sleep(1100);
    expect((await send("c")).status).toBe(201);
    expect(demo.state.notes.at(-1)).toMatch(/429 RATE_LIMITED to Idempotency-Key "c".*same key → 201 tsk_/);
    // Honouring Retry-After buys exactly one write: the bucket is empty again at once.
    const again = await send("d");
    expect(again.status).toBe(429);
    expect(again.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("answers X-Simulate-Error with a 5xx in the error model, only to token holders", async () => {
    const demo = await start();
    const res = await call(demo.url, "/v1/tasks", { headers: { ...AUTH, "x-simulate-error": "500" } });
    expect(res.status).toBe(500);
    expect(Object.keys(res.body.error).sort()).toEqual(["code", "message"]);
    expect((await call(demo.url, "/v1/tasks", { headers: { "x-simulate-error": "500" } })).status).toBe(401);
    expect(
      (await call(demo.url, "/v1/tasks", { headers: { ...AUTH, "x-simulate-error": "200" } })).status,
    ).toBe(400);
  });
});

describe("release guard", () => {
  it("answers 503 with the notices it always reports, and the missing migration on top", async () => {
    const notice = { reason: "error-budget", route: "GET /v0/orders", evidence: "legacy" };
    const healthy = await start({ guardNotices: [notice] });
    const ok = await call(healthy.url, "/ops/release-guard");
    expect(ok.status).toBe(503);
    expect(ok.body).toEqual({ pass: false, violations: [notice] });
    const broken = await start({ guardNotices: [notice], faults: ["migration-missing"] });
    const res = await call(broken.url, "/ops/release-guard");
    expect(res.status).toBe(503);
    expect(res.body.violations).toEqual([notice, expect.objectContaining({ reason: "schema-drift" })]);
  });
});

describe("streams", () => {
  it("serves the live colour, and settles a synthetic stream on the mock chain only", async () => {
    const demo = await start();
    expect((await call(demo.url, "/readyz")).body).toEqual({ ready: true, color: "green", version: "2.8.0" });
    expect((await call(demo.url, "/streams")).status).toBe(401);
    const user = await call(demo.url, "/synthetic-users/smoke", { method: "PUT", headers: AUTH, json: {} });
    expect(user.status).toBe(201);
    expect(user.body).toMatchObject({ id: "usr_syn_smoke", synthetic: true, wallet: { network: "mock" } });
    expect(
      (await call(demo.url, "/synthetic-users/smoke", { method: "PUT", headers: AUTH, json: {} })).status,
    ).toBe(200);
    const body = { sender: user.body.id, recipient: user.body.id, amount: "0.01", currency: "USDC" };
    const create = (network: string, key?: string) =>
      call(demo.url, "/streams", {
        method: "POST",
        headers: { ...AUTH, ...(key ? { "idempotency-key": key } : {}) },
        json: { ...body, network },
      });
    expect((await create("mock")).body.error.code).toBe("IDEMPOTENCY_KEY_REQUIRED");
    const real = await create("mainnet", "k-real");
    expect(real.status).toBe(422);
    expect(real.body.error.code).toBe("SYNTHETIC_REAL_NETWORK");
    const created = await create("mock", "k1");
    expect(created.status).toBe(201);
    expect((await create("mock", "k1")).body.id).toBe(created.body.id);
    await sleep(150);
    const settled = (await call(demo.url, `/streams/${created.body.id}`, { headers: AUTH })).body;
    expect(settled.state).toBe("settled");
    expect(settled.settlement).toMatchObject({ network: "mock", confirmations: 1 });
    expect(settled.settlement.txHash).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it("settlement-slo: one real settlement in eight fails while green is live", async () => {
    const demo = await start({ faults: ["settlement-slo"] });
    await sleep(500);
    const text = (await call(demo.url, "/metrics")).text;
    const value = (outcome: string) =>
      Number(
        new RegExp(`stream_settlements_total\\{network="mainnet",outcome="${outcome}"\\} (\\d+)`).exec(
          text,
        )?.[1],
      );
    expect(value("failed")).toBeGreaterThan(0);
    expect(value("failed") / (value("failed") + value("settled"))).toBeCloseTo(1 / 8, 1);
    expect(text).toContain('deployment_info{color="green",version="2.8.0"} 1');
  });

  it("rolls back on a verified gate.failed event, once per Idempotency-Key, and refuses a forged one", async () => {
    const demo = await start();
    const event = JSON.stringify({ event: "gate.failed", version: 1, label: "green", failedChecks: ["slo"] });
    const post = (signature: string, key = "run-1") =>
      call(demo.url, "/deploy/rollback", {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-deploy-gate-signature": signature,
          "idempotency-key": key,
        },
        body: event,
      });
    const sign = (secret: string) => `sha256=${createHmac("sha256", secret).update(event).digest("hex")}`;
    expect((await post(sign("attacker"))).status).toBe(401);
    expect(demo.state.deployment.live.color).toBe("green");
    const done = await post(sign("demo-rollback-secret"));
    expect(done.body).toMatchObject({ rolledBack: true, from: { color: "green" }, to: { color: "blue" } });
    expect((await post(sign("demo-rollback-secret"))).body.replayed).toBe(true);
    expect(demo.state.deployment.rollbacks).toHaveLength(1);
    expect((await call(demo.url, "/readyz")).body.color).toBe("blue");
    expect(demo.state.notes.at(-1)).toMatch(
      /signature verified → traffic switched green 2\.8\.0 → blue 2\.7\.3/,
    );
  });
});

describe("saas", () => {
  const login = (base: string, password = "demo-smoke-password") =>
    call(base, "/auth/login", { method: "POST", json: { email: "smoke@acme.example", password } });

  it("issues tokens that verify against the JWKS, refreshes once, and gates tenants", async () => {
    const demo = await start();
    expect((await login(demo.url, "wrong")).body.error.code).toBe("INVALID_CREDENTIALS");
    const tokens = (await login(demo.url)).body;
    const jwks = (await call(demo.url, "/.well-known/jwks.json")).body;
    const { payload } = await jwtVerify(tokens.access_token, createLocalJWKSet(jwks), {
      issuer: demo.url,
      audience: "saas-api",
    });
    expect(payload).toMatchObject({ tenant: "acme", email: "smoke@acme.example" });
    const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
    expect((await call(demo.url, "/v1/me", { headers: bearer(tokens.access_token) })).body.tenant).toBe(
      "acme",
    );

    const refresh = () =>
      call(demo.url, "/auth/refresh", { method: "POST", json: { refresh_token: tokens.refresh_token } });
    expect((await refresh()).status).toBe(200);
    expect((await refresh()).body.error.code).toBe("INVALID_REFRESH_TOKEN");

    const own = await call(demo.url, "/v1/tenants/acme/projects", { headers: bearer(tokens.access_token) });
    expect(own.status).toBe(200);
    const other = await call(demo.url, "/v1/tenants/globex/projects", {
      headers: bearer(tokens.access_token),
    });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe("TENANT_FORBIDDEN");
    expect((await call(demo.url, "/v1/tenants/acme/projects", { headers: AUTH })).status).toBe(401);
  });

  it("signing-drift: the service accepts its tokens, a JWKS verifier does not", async () => {
    const demo = await start({ faults: ["signing-drift"] });
    const token = (await login(demo.url)).body.access_token;
    const jwks = (await call(demo.url, "/.well-known/jwks.json")).body;
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).not.toContain(decodeProtectedHeader(token).kid);
    await expect(jwtVerify(token, createLocalJWKSet(jwks))).rejects.toThrow();
    expect((await call(demo.url, "/v1/me", { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      200,
    );
  });

  it("tenant-leak: another tenant's projects are served, and the service says so", async () => {
    const demo = await start({ faults: ["tenant-leak"] });
    const token = (await login(demo.url)).body.access_token;
    const other = await call(demo.url, "/v1/tenants/globex/projects", {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(other.status).toBe(200);
    expect(other.body.data[0].id).toBe("payroll-2026");
    expect(demo.state.notes.at(-1)).toBe(
      "tenant gate: served tenant globex's data to a token of tenant acme",
    );
  });
});
