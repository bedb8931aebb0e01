// The one model of transient failure, through the real engine and client against real servers:
// what a poll waits through, what a check expected, and what the circuit and the reports make of
// it (SPEC §5; issue "never block a healthy deploy, never pass a broken one").
import { afterEach, describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { createHttpClient } from "../../src/http/client.js";
import {
  type FixtureServer,
  flaky,
  hang,
  json,
  slow,
  startFixtureServer,
} from "../support/fixture-server.js";

const slow200 = (ms: number) => slow(ms, json({ ok: true }));

import { closedPort, runChecks } from "../support/gate.js";

const servers: FixtureServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(routes: Parameters<typeof startFixtureServer>[0]): Promise<FixtureServer> {
  const server = await startFixtureServer(routes);
  servers.push(server);
  return server;
}

async function gate(baseUrl: string, yaml: string, concurrency = 4): Promise<GateResult> {
  const http = createHttpClient({ backoff: { baseMs: 5, maxMs: 20 } });
  return (await runChecks(yaml, baseUrl, { gate: { retries: 2, http, concurrency } })).gate;
}

const GUARD_BLOCKING = {
  pass: false,
  violations: [{ reason: "error_rate_critical", route: "GET /orders", evidence: "14%" }],
};

describe("a poll waits through warm-up", () => {
  it("a /ready answering 503 many times is polled to the end, never opens the circuit, and passes", async () => {
    const s = await serve({ "/ready": flaky(8), "/ok": json({ ok: true }) });
    const r = await gate(
      s.url,
      `
- { name: ready, request: GET /ready, until: { status: 200 }, poll: { interval: 20ms, timeout: 5s } }
- { name: after, request: GET /ok, needs: ready }
`,
    );
    const [ready, after] = r.checks;
    expect(ready?.outcome).toBe("passed");
    expect(s.requestsTo("/ready")).toHaveLength(9);
    expect(ready).toMatchObject({ polls: 9, retries: 0, flaky: false, attempts: 9, heldBack: 0 });
    expect(ready?.waitedMs).toBeGreaterThanOrEqual(8 * 20 - 10);
    expect(ready?.detail).toMatch(/^200 after waiting \d+ms \(9 polls\)$/);
    expect(after?.outcome).toBe("passed");
    expect(r.origins?.[0]?.circuit).toBeUndefined();
  });

  it("a service that is not listening yet is polled through connection refused", async () => {
    const port = await closedPort();
    const r = await gate(
      `http://127.0.0.1:${port}`,
      "- { name: ready, request: GET /ready, until: { status: 200 }, poll: { interval: 20ms, timeout: 600ms } }",
    );
    const ready = r.checks[0];
    expect(ready?.outcome).toBe("errored");
    expect(ready?.detail).toMatch(
      /^GET \/ready: not ready after \d+ms \(\d+ polls\), no answer: connection refused/,
    );
    expect(ready?.polls).toBeGreaterThanOrEqual(3);
    expect(ready?.heldBack).toBe(0);
  });
});

describe("the circuit never blocks a healthy deploy", () => {
  it("failures that open it while healthy answers are still in flight: those answers close it again", async () => {
    // Two broken optional endpoints fail fast, back to back, while slow healthy requests are in
    // flight: the failures open the circuit, then the healthy answers arrive and close it, and
    // the checks it held back go through at once instead of after the cool-down.
    const slow = Object.fromEntries(["/a", "/b", "/c", "/d"].map((p) => [p, slow200(300)]));
    const s = await serve({ "/x": flaky(100), "/y": flaky(100), ...slow, "/e": json({}), "/f": json({}) });
    const started = Date.now();
    const r = await gate(
      s.url,
      `
- { name: x, request: GET /x, severity: warning }
- { name: y, request: GET /y, severity: warning }
${["a", "b", "c", "d", "e", "f"].map((n) => `- GET /${n}`).join("\n")}
`,
      6,
    );
    expect(r.verdict).toBe("passed");
    expect(r.counts).toMatchObject({ passed: 6, warnings: 2 });
    expect(r.origins?.[0]?.circuit?.opened).toBe(1);
    // Released by the healthy answers, well before the 5 s cool-down would have ended.
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe("an answer the check expected does not count against the service", () => {
  it("a release guard's 503 verdict is not retried and does not open the circuit for healthy checks", async () => {
    const s = await serve({
      "/ops/release-guard": json(GUARD_BLOCKING, { status: 503 }),
      "/flaky": flaky(2),
      ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`/ok${i}`, json({ ok: true })])),
    });
    const healthy = Array.from(
      { length: 5 },
      (_, i) => `- { name: ok${i}, request: GET /ok${i}, needs: flaky }`,
    );
    const r = await gate(
      s.url,
      ["- release-guard", "- { name: flaky, request: GET /flaky }", ...healthy].join("\n"),
      1,
    );
    expect(s.requestsTo("/ops/release-guard")).toHaveLength(1);
    expect(r.checks.map((c) => [c.name, c.outcome])).toEqual([
      ["release-guard", "failed"],
      ["flaky", "passed"],
      ...Array.from({ length: 5 }, (_, i) => [`ok${i}`, "passed"]),
    ]);
    for (let i = 0; i < 5; i++) expect(s.requestsTo(`/ok${i}`)).toHaveLength(1);
    expect(r.checks[1]?.flaky).toBe(true);
    expect(r.failedChecks).toEqual(["release-guard"]);
  });

  it("an expect.status that names a 5xx is not retried", async () => {
    const s = await serve({ "/maintenance": json({ maintenance: true }, { status: 503 }) });
    const r = await gate(s.url, "- { request: GET /maintenance, expect: { status: 503 } }");
    expect(r.checks[0]?.outcome).toBe("passed");
    expect(s.requestsTo("/maintenance")).toHaveLength(1);
  });
});

describe("what the reports are told", () => {
  it("a hang is timed out, with the timeout that applied", async () => {
    const s = await serve({ "/hang": hang() });
    const r = await gate(s.url, "- { request: GET /hang, timeout: 150ms, retries: 1 }");
    expect(r.checks[0]?.outcome).toBe("timed-out");
    expect(r.checks[0]?.detail).toBe("GET /hang: timed out: no response within the 150ms request timeout");
    expect(r.checks[0]).toMatchObject({ attempts: 2, retries: 1 });
  });

  it("a base URL nothing listens on is unreachable, said once at gate level", async () => {
    const port = await closedPort();
    const r = await gate(`http://127.0.0.1:${port}`, "- GET /a\n- GET /b\n- GET /c");
    expect(r.verdict).toBe("failed");
    expect(r.unreachable).toEqual({
      origin: `http://127.0.0.1:${port}`,
      error: `connection refused by 127.0.0.1:${port} (ECONNREFUSED)`,
    });
    expect(r.checks.every((c) => c.outcome === "errored")).toBe(true);
    expect(r.checks.map((c) => c.detail)).not.toContainEqual(expect.stringContaining("attempts"));
  });

  it("a service that answered is not called unreachable", async () => {
    const s = await serve({ "/ok": json({ ok: true }) });
    const r = await gate(s.url, "- GET /ok\n- GET /missing");
    expect(r.unreachable).toBeUndefined();
    expect(r.origins).toEqual([expect.objectContaining({ answered: 2, unanswered: 0 })]);
  });
});

describe("nothing proved is not a pass", () => {
  it("every critical check skipped by `if` fails the gate", async () => {
    const s = await serve({ "/ok": json({ ok: true }) });
    const r = await gate(s.url, '- { request: GET /ok, if: "{{ vars.ENABLED }}" }');
    expect(r.verdict).toBe("failed");
    expect(r.nothingChecked).toBe(true);
    expect(r.failedChecks).toEqual([]);
    expect(s.requestsTo("/ok")).toHaveLength(0);
  });

  it("a warning check that ran does not prove anything critical", async () => {
    const s = await serve({ "/ok": json({ ok: true }) });
    const r = await gate(
      s.url,
      '- { request: GET /ok, if: "false" }\n- { name: w, request: GET /ok, severity: warning }',
    );
    expect(r.nothingChecked).toBe(true);
    expect(r.verdict).toBe("failed");
  });

  it("one critical check that ran is a verdict", async () => {
    const s = await serve({ "/ok": json({ ok: true }) });
    const r = await gate(s.url, '- { request: GET /ok, if: "false" }\n- { name: real, request: GET /ok }');
    expect(r.nothingChecked).toBeUndefined();
    expect(r.verdict).toBe("passed");
  });
});
