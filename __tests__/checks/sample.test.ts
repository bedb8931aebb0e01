// `sample`: one request sent many times and judged as a set, through the real engine against real
// loopback servers that really answer slowly or fail — no mocked timing.
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { prepareGate } from "../../src/engine/prepare.js";
import { closedPort, json, runChecks, startServer, type TestServer } from "../support/gate.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that answers after `delayMs(hit)` with `status(hit)`, counting requests and the most in flight. */
async function service(delayMs: (hit: number) => number, status: (hit: number) => number = () => 200) {
  const seen = { hits: 0, inFlight: 0, peak: 0, methods: new Set<string>() };
  const server = await startServer(async (req, res: ServerResponse) => {
    const hit = ++seen.hits;
    seen.methods.add(req.method ?? "");
    seen.inFlight++;
    seen.peak = Math.max(seen.peak, seen.inFlight);
    await sleep(delayMs(hit));
    seen.inFlight--;
    const code = status(hit);
    json(
      res,
      code,
      code < 400
        ? { data: [{ id: `t${hit}` }], next: null }
        : { error: { code: "BOOM", message: "it broke" } },
    );
  });
  servers.push(server);
  return { url: server.url, seen };
}

describe("a sample set that meets its limits", () => {
  it("sends count requests, at most concurrency at once, and records exact percentiles", async () => {
    // 40 answers: 36 after ~5 ms, 4 after ~60 ms, so p50 is fast and p95 is a slow one.
    const { url, seen } = await service((hit) => (hit % 10 === 0 ? 60 : 5));
    const { check } = await runChecks(
      `checks:
        - name: list
          request: GET /v1/tasks
          sample: { count: 40, concurrency: 4 }
          expect:
            status: 200
            latency: { p50: 50ms, p99: 500ms }
            error-rate: 0%`,
      url,
    );
    expect(check.outcome).toBe("passed");
    expect(seen.hits).toBe(40);
    expect(seen.peak).toBeLessThanOrEqual(4);
    const samples = check.samples!;
    expect(samples).toMatchObject({ count: 40, errors: 0, errorRate: 0 });
    expect(samples.latenciesMs).toHaveLength(40);
    const sorted = [...samples.latenciesMs].sort((a, b) => a - b);
    // Nearest rank: p50 is the 20th fastest, p95 the 38th: one of the four slow answers.
    expect(samples.p50).toBe(sorted[19]);
    expect(samples.p95).toBe(sorted[37]);
    expect(samples.max).toBe(sorted[39]);
    expect(samples.p50!).toBeLessThan(40);
    expect(samples.p95!).toBeGreaterThanOrEqual(55);
    expect(check.detail).toMatch(/^40 samples · error rate 0% · p50 \d+ms · p95 \d+ms · p99 \d+ms$/);
    expect(check.observed).toEqual({
      status: 200,
      shape: {
        $: "object",
        "$.data": "array",
        "$.data[*]": "object",
        "$.data[*].id": "string",
        "$.next": "null",
      },
    });
    expect(check.attempts).toBe(40);
    expect(check.assertions.filter((a) => !a.passed)).toEqual([]);
  });

  it("defaults the concurrency to min(count, 10)", async () => {
    const { url, seen } = await service(() => 20);
    const { check } = await runChecks("checks:\n  - request: GET /\n    sample: { count: 30 }", url);
    expect(check.outcome).toBe("passed");
    expect(seen.peak).toBe(10);
  });
});

describe("the shape a sample set records", () => {
  it("is the lowest-numbered passing answer's, whichever arrives first", async () => {
    // The first request answers last, in another shape: a later run's `shape: same` compares with
    // the recorded shape, so it must not depend on which answer happened to come back first.
    let hits = 0;
    const server = await startServer(async (_req, res) => {
      const hit = ++hits;
      if (hit === 1) {
        await sleep(150);
        return json(res, 200, { id: "t-1", owner: "team-a" });
      }
      json(res, 200, { id: hit });
    });
    servers.push(server);
    const { check } = await runChecks(
      `checks:
        - name: list
          request: GET /v1/tasks/1
          sample: { count: 4, concurrency: 4 }
          expect: { status: 200 }`,
      server.url,
    );
    expect(check.outcome).toBe("passed");
    expect(check.observed?.shape).toEqual({ $: "object", "$.id": "string", "$.owner": "string" });
  });
});

describe("a sample set that breaks a limit", () => {
  it("fails on a slow p95, naming the limit in one phrase", async () => {
    // One request in four sleeps 150 ms: p95 of 40 is among them.
    const { url } = await service((hit) => (hit % 4 === 0 ? 150 : 2));
    const { check, gate } = await runChecks(
      `checks:
        - name: list
          request: GET /v1/tasks
          sample: { count: 40, concurrency: 8 }
          expect: { latency: { p95: 100ms } }`,
      url,
    );
    expect(check.outcome).toBe("failed");
    expect(gate.verdict).toBe("failed");
    expect(check.detail).toMatch(/^p95 1\d\dms > 100ms over 40 samples$/);
    expect(check.assertions[0]).toMatchObject({ target: "latency p95", expected: "≤ 100ms", passed: false });
  });

  it("fails on an error rate over its limit: the share of answers that failed expect", async () => {
    const failing = new Set([10, 40, 70, 100, 130, 160, 190]);
    const { url } = await service(
      () => 1,
      (hit) => (failing.has(hit) ? 500 : 200),
    );
    const config = (rate: string) => `checks:
        - name: list
          request: GET /v1/tasks
          sample: { count: 200, concurrency: 10 }
          expect: { status: 200, error-rate: ${rate} }`;
    const { check } = await runChecks(config("1%"), url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "error rate 3.5% (7/200) > 1% — first: status: expected 200, got 500 — BOOM: it broke",
    );
    expect(check.samples).toMatchObject({ count: 200, errors: 7, errorRate: 0.035 });
    // A 500 the check did not ask for: the hint says the service failed.
    expect(check.hint).toMatch(/the service failed/);
    expect(check.exchange?.status).toBe(500);
    // Every answer has a latency, failed ones included.
    expect(check.samples?.latenciesMs).toHaveLength(200);
  });

  it("passes the same answers under a limit they meet, exactly at it included", async () => {
    const failing = new Set([10, 40, 70, 100, 130, 160, 190]);
    const { url } = await service(
      () => 1,
      (hit) => (failing.has(hit) ? 500 : 200),
    );
    const { check } = await runChecks(
      `checks:
        - request: GET /v1/tasks
          sample: { count: 200, concurrency: 10 }
          expect: { error-rate: 3.5% }`,
      url,
    );
    expect(check.outcome).toBe("passed");
    expect(check.detail).toMatch(/^200 samples · error rate 3.5% · /);
  });

  it("is errored when no sample got an answer, saying why", async () => {
    const port = await closedPort();
    const { check } = await runChecks(
      "checks:\n  - request: GET /health\n    sample: { count: 3 }",
      `http://127.0.0.1:${port}`,
    );
    expect(check.outcome).toBe("errored");
    expect(check.detail).toMatch(/^GET \/health: no answer to any of 3 samples: connection refused/);
    expect(check.samples).toMatchObject({ count: 3, errors: 3, latenciesMs: [] });
    expect(check.samples).not.toHaveProperty("p95");
  });

  it("is timed out when the samples got no answer in time", async () => {
    const { url } = await service(() => 2000);
    const { check } = await runChecks(
      "checks:\n  - request: GET /slow\n    timeout: 200ms\n    sample: { count: 2 }",
      url,
    );
    expect(check.outcome).toBe("timed-out");
  });
});

describe("sample in the config", () => {
  const load = (yaml: string) => () =>
    prepareGate({ configText: yaml, source: "gate.yml", secrets: {}, vars: {}, label: "", env: {} });

  it("refuses an unsafe method without an idempotency key, and accepts one with it", () => {
    expect(load("checks:\n  - request: POST /v1/tasks\n    sample: { count: 50 }")).toThrow(
      'checks[0] ("POST /v1/tasks", line 3).sample: sample sends the request 50 times: use a safe method (GET, HEAD, OPTIONS) or give it an Idempotency-Key header',
    );
    expect(
      load(`checks:
  - request: { method: DELETE, path: /v1/tasks/1, headers: { Idempotency-Key: "smoke-{{ uuid }}" } }
    sample: { count: 5 }`),
    ).not.toThrow();
  });

  it.each([
    ["sample: { count: 0 }", "sample.count: expected a whole number of samples from 1 to 10000"],
    ["sample: { count: 10001 }", "sample.count: expected a whole number of samples from 1 to 10000"],
    [
      "sample: { count: 5, concurrency: 6 }",
      "sample.concurrency: expected a whole number from 1 to the count (5)",
    ],
    [
      "sample: { count: 5, concurrency: 1.5 }",
      "sample.concurrency: expected a whole number from 1 to the count",
    ],
    ["sample: { count: 5, paralel: 2 }", 'sample: unknown field "paralel"'],
    [
      "sample: { count: 5 }\n    expect: { error-rate: 0.01 }",
      'expect.error-rate: expected a percentage like "1%" or "0.5%" (with the % sign: a bare 0.01 could mean 1% or 0.01%), got 0.01',
    ],
    [
      "sample: { count: 5 }\n    expect: { error-rate: 120% }",
      'expect.error-rate: a rate cannot be over 100%, got "120%"',
    ],
    [
      "sample: { count: 5 }\n    expect: { latency: {} }",
      "expect.latency: give at least one of p50, p95, p99, max",
    ],
    [
      "sample: { count: 5 }\n    expect: { latency: { p95: fast } }",
      "expect.latency.p95: expected a duration like 250ms",
    ],
    [
      "expect: { latency: { p95: 300ms } }",
      "expect.latency: latency judges a set of answers: add sample: { count: N } (max-duration limits a single request)",
    ],
    [
      "expect: { error-rate: 1% }",
      "expect.error-rate: error-rate judges a set of answers: add sample: { count: N }",
    ],
    [
      "sample: { count: 5 }\n    until: { status: 200 }",
      "sample: sample judges a set of answers; it cannot be combined with until / fail-when polling",
    ],
    [
      "compare: { status: same }\n    fail-when: { status: 500 }",
      "compare: compare measures answers against a baseline's; it cannot be combined with until / fail-when polling",
    ],
    ["compare: {}", "compare: give at least one of latency, error-rate, status, shape"],
    ["compare: { latency: {} }", "compare.latency: give at least one of p50, p95, p99, max"],
    [
      "compare: { status: same, confidence: 0.4 }",
      "compare.confidence: expected a confidence between 0.5 and 1, like 0.95",
    ],
    [
      "compare: { status: same, confidence: 1 }",
      "compare.confidence: expected a confidence between 0.5 and 1, like 0.95",
    ],
  ])("%j is a config error naming its place", (fields, message) => {
    let error: unknown;
    try {
      load(`checks:\n  - request: GET /v1/tasks\n    ${fields}`)();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(`checks[0] ("GET /v1/tasks", line `);
    expect((error as Error).message).toContain(message);
  });

  it("keeps latency and error-rate out of flow steps and until, where there is no set", () => {
    expect(
      load(`checks:
  - type: flow
    steps:
      - request: GET /a
        expect: { latency: { p95: 1s } }`),
    ).toThrow('steps[0].expect: unknown field "latency"');
  });
});
