// HTTP behaviour as a check sees it, through the real engine and client, against the fixture
// server's switchable faults: what the verdict is and what the report says.
import { afterEach, describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { createHttpClient } from "../../src/http/client.js";
import {
  closeReusedConnection,
  compressed,
  destroyMidBody,
  type FixtureServer,
  flaky,
  hang,
  json,
  malformedJson,
  redirect,
  startFixtureServer,
  streamBytes,
  text,
  tooManyRequests,
  withBom,
} from "../support/fixture-server.js";
import { runChecks } from "../support/gate.js";

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(
  routes: Parameters<typeof startFixtureServer>[0],
  host?: string,
): Promise<FixtureServer> {
  const server = await startFixtureServer(routes, host ? { host } : {});
  servers.push(server);
  return server;
}

async function gate(
  baseUrl: string,
  yaml: string,
  secrets: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<GateResult> {
  // The built-in retries (2), with short backoff so retry tests stay quick.
  const http = createHttpClient({ backoff: { baseMs: 5, maxMs: 20 } });
  return (await runChecks(yaml, baseUrl, { secrets, timeoutMs, gate: { retries: undefined, http } })).gate;
}

describe("transient failures", () => {
  it("two 503s then 200 is a pass marked flaky, with its attempts", async () => {
    const s = await serve({ "/ok": flaky(2) });
    const r = await gate(s.url, "- GET /ok");
    const c = r.checks[0]!;
    expect(c.outcome).toBe("passed");
    expect(c.flaky).toBe(true);
    expect(c.attempts).toBe(3);
    expect(c.exchange?.attempts.map((a) => a.status)).toEqual([503, 503, 200]);
  });

  it("a keep-alive connection the server closed is sent again at once: not a retry, not flaky", async () => {
    const s = await serve({ "/warm": json({ ok: true }), "/stale": closeReusedConnection() });
    const r = await runChecks(
      "- GET /warm\n- { name: stale, request: GET /stale, needs: [GET /warm], retries: 0 }",
      s.url,
      { gate: { concurrency: 1 } },
    );
    const c = r.gate.checks.find((x) => x.name === "stale")!;
    expect(c.outcome).toBe("passed");
    expect(c.flaky).toBe(false);
    expect(c).toMatchObject({ attempts: 2, retries: 0 });
    expect(c.exchange?.attempts.map((a) => a.staleConnection)).toEqual([true, undefined]);
    const [first, second] = s.requestsTo("/stale");
    expect(second!.connection).not.toBe(first!.connection);
  });

  it("more 503s than retries fails, saying what the service said and how often it was tried", async () => {
    const s = await serve({ "/ok": flaky(5) });
    const r = await gate(s.url, "- { request: GET /ok, retries: 1 }");
    const c = r.checks[0]!;
    expect(c.outcome).toBe("failed");
    expect(c.attempts).toBe(2);
    expect(c.hint).toMatch(/after 2 attempts/);
  });

  it("a POST without an idempotency key is not retried; with one it is, with the same key", async () => {
    const s = await serve({
      "/plain": flaky(1, { after: json({ id: 1 }) }),
      "/keyed": flaky(1, { after: json({ id: 1 }) }),
    });
    const r = await gate(
      s.url,
      `
- { name: plain, request: { method: POST, path: /plain, json: {} } }
- { name: keyed, request: { method: POST, path: /keyed, json: {}, headers: { Idempotency-Key: "k-{{ run.id }}" } } }
`,
    );
    expect(r.checks.map((c) => c.outcome)).toEqual(["failed", "passed"]);
    expect(s.requestsTo("/plain")).toHaveLength(1);
    const keys = s.requestsTo("/keyed").map((q) => q.headers["idempotency-key"]);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^k-local-/);
    expect(keys[1]).toBe(keys[0]);
  });

  it("429 with Retry-After waits and retries; a wait past the deadline fails at once", async () => {
    const s = await serve({ "/limited": tooManyRequests(1), "/long": tooManyRequests(30) });
    const ok = await gate(s.url, "- GET /limited");
    expect(ok.checks[0]?.outcome).toBe("passed");
    expect(ok.checks[0]?.exchange?.attempts[1]?.waitedMs).toBeGreaterThanOrEqual(900);
    const started = Date.now();
    const late = await gate(s.url, "- GET /long", {}, 3000);
    expect(Date.now() - started).toBeLessThan(2500);
    expect(late.checks[0]?.outcome).toBe("errored");
    expect(late.checks[0]?.detail).toMatch(/Retry-After asks for 30s/);
  });

  it("a hanging endpoint times out at the per-request timeout; a socket reset mid-body errors", async () => {
    const s = await serve({ "/hang": hang(), "/reset": destroyMidBody() });
    const r = await gate(
      s.url,
      "- { request: GET /hang, timeout: 200ms, retries: 0 }\n- { request: GET /reset, retries: 0 }",
    );
    expect(r.checks.map((c) => c.outcome)).toEqual(["timed-out", "errored"]);
    expect(r.checks[0]?.detail).toBe("GET /hang: timed out: no response within the 200ms request timeout");
  });

  it("consecutive 5xx open the host's circuit: later checks are held back, and the report says so", async () => {
    const s = await serve({ "/down": json({ error: "down" }, { status: 500 }) });
    const list = Array.from(
      { length: 8 },
      (_, i) => `- { name: c${i}, request: GET /down, retries: 0 }`,
    ).join("\n");
    // The client's own circuit, not a test client: this is what the action runs with.
    const { gate: r } = await runChecks(list, s.url, { gate: { concurrency: 1 } });
    // Five failures open it; after the 5 s cool-down one probe goes through and fails too,
    // which confirms the failure: every request after that is held back at once.
    expect(s.requestsTo("/down")).toHaveLength(6);
    expect(r.checks[5]?.detail).toBe("status: expected 2xx, got 500 — down");
    expect(r.checks.at(-1)?.outcome).toBe("errored");
    expect(r.checks.at(-1)?.detail).toMatch(
      /^GET \/down: held back: the circuit for 127\.0\.0\.1:\d+ is open after 5 consecutive failures \(last: 500 Internal Server Error\)$/,
    );
    expect(r.checks.at(-1)?.heldBack).toBe(1);
    expect(r.checks.at(-1)?.attempts).toBe(0);
    expect(r.origins).toEqual([
      expect.objectContaining({
        answered: 6,
        circuit: expect.objectContaining({ opened: 1, heldBack: 3, failedProbes: 1 }),
      }),
    ]);
  });
});

describe("bodies", () => {
  it("gzip, br and BOM-prefixed JSON bodies are decoded and asserted", async () => {
    const body = JSON.stringify({ ok: true });
    const s = await serve({
      "/gz": compressed("gzip", body),
      "/br": compressed("br", body),
      "/bom": withBom(body),
    });
    const expect_ = "expect: { json: { $.ok: true } }";
    const r = await gate(
      s.url,
      `- { request: GET /gz, ${expect_} }\n- { request: GET /br, ${expect_} }\n- { request: GET /bom, ${expect_} }`,
    );
    expect(r.checks.map((c) => c.outcome)).toEqual(["passed", "passed", "passed"]);
  });

  it("fails closed on malformed JSON, an empty body and a body cut at the size limit", async () => {
    const s = await serve({
      "/bad": malformedJson(),
      "/empty": text("", { status: 200, headers: { "content-type": "application/json" } }),
      "/huge": streamBytes(200 * 1024 * 1024),
    });
    const r = await gate(
      s.url,
      "- { request: GET /bad, expect: { json: { $.ok: true } } }\n- { request: GET /empty, expect: { json: { $.ok: true } } }\n- { request: GET /huge, expect: { json: { $.ok: true } } }",
    );
    expect(r.checks.map((c) => c.outcome)).toEqual(["failed", "failed", "failed"]);
    expect(r.checks[0]?.detail).toMatch(/not JSON/);
    expect(r.checks[1]?.detail).toMatch(/empty/);
    expect(r.checks[2]?.detail).toMatch(/cut|truncated|limit/i);
  });
});

describe("redirects", () => {
  it("a redirect to another host never carries the credentials; the same host keeps them", async () => {
    const other = await serve({ "/landing": json({ ok: true }) }, "127.0.0.2");
    const s = await serve({
      "/away": redirect(`${other.url}/landing`),
      "/here": redirect("/landing"),
      "/landing": json({ ok: true }),
    });
    const r = await gate(
      s.url,
      `
defaults: { headers: { Authorization: "Bearer {{ secrets.T }}", X-Tenant: "{{ secrets.T }}" } }
checks: [GET /away, GET /here]
`,
      { T: "s3cret-value" },
    );
    expect(r.checks.map((c) => c.outcome)).toEqual(["passed", "passed"]);
    const [landedAway] = other.requestsTo("/landing");
    expect(landedAway?.headers.authorization).toBeUndefined();
    expect(landedAway?.headers["x-tenant"]).toBeUndefined();
    expect(s.requestsTo("/landing")[0]?.headers.authorization).toBe("Bearer s3cret-value");
  });

  it("default headers go only to the base URL's origin; a request's own headers go where it is sent", async () => {
    const other = await serve({ "/x": json({ ok: true }) }, "127.0.0.2");
    const s = await serve({ "/x": json({ ok: true }) });
    await gate(
      s.url,
      `
defaults: { headers: { Authorization: "Bearer {{ secrets.T }}" } }
checks:
  - { name: same, request: { url: "${s.url}/x" } }
  - { name: other, request: { url: "${other.url}/x" } }
  - { name: explicit, request: { url: "${other.url}/x", headers: { X-Key: "{{ secrets.T }}" } } }
`,
      { T: "s3cret-value" },
    );
    expect(s.requestsTo("/x")[0]?.headers.authorization).toBe("Bearer s3cret-value");
    const received = other.requestsTo("/x");
    expect(received).toHaveLength(2);
    expect(received.map((r) => r.headers.authorization)).toEqual([undefined, undefined]);
    expect(received.map((r) => r.headers["x-key"]).sort()).toEqual(["s3cret-value", undefined]);
  });
});
