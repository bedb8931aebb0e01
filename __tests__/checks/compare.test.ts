// `compare`: the candidate against a baseline — the stable service answering the same requests in the
// same window (baseline-url), or what a previous run's report recorded (baseline-report) — through the
// real engine against real loopback servers that really answer slowly, fail or change their answer.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { renderJsonReport } from "../../src/report/json-report.js";
import { closedPort, json, runChecks, startServer, type TestServer } from "../support/gate.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

interface Behaviour {
  readonly delayMs?: (hit: number) => number;
  readonly status?: (hit: number) => number;
  readonly body?: (hit: number) => unknown;
}

const arrivals: { side: string; at: number }[] = [];

/** A tasks endpoint that really sleeps, with a request log shared by every server of a test. */
async function service(side: string, behaviour: Behaviour = {}) {
  const seen = { hits: 0, authorization: [] as (string | undefined)[] };
  const server = await startServer(async (req: IncomingMessage, res: ServerResponse) => {
    const hit = ++seen.hits;
    arrivals.push({ side, at: Date.now() });
    seen.authorization.push(req.headers.authorization);
    await sleep(behaviour.delayMs?.(hit) ?? 3);
    json(
      res,
      behaviour.status?.(hit) ?? 200,
      behaviour.body?.(hit) ?? { data: [{ id: `t${hit}`, title: "a task" }], total: 1 },
    );
  });
  servers.push(server);
  return { url: server.url, seen };
}

const jitter = (baseMs: number) => () => baseMs + Math.random() * 4;

afterEach(() => {
  arrivals.length = 0;
});

describe("against baseline-url", () => {
  it("sends the same requests to both, interleaved in one window, and passes when they match", async () => {
    const candidate = await service("candidate", { delayMs: jitter(4) });
    const stable = await service("stable", { delayMs: jitter(4) });
    const { check, gate } = await runChecks(
      `
      defaults:
        headers: { Authorization: "Bearer {{ secrets.TOKEN }}" }
      checks:
        - name: list tasks
          request: GET /v1/tasks?limit=5
          sample: { count: 40, concurrency: 4 }
          compare: { latency: { p95: 2x }, error-rate: +0.5pp, status: same, shape: same }`,
      candidate.url,
      { secrets: { TOKEN: "tok-compare-123" }, gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("passed");
    expect(gate.verdict).toBe("passed");
    expect(candidate.seen.hits).toBe(40);
    expect(stable.seen.hits).toBe(40);
    // The user named the baseline, so the default headers (credentials) go to it too.
    expect(stable.seen.authorization.every((a) => a === "Bearer tok-compare-123")).toBe(true);
    // Interleaved: neither side's requests all come before the other's.
    const sides = arrivals.map((a) => a.side);
    expect(sides.slice(0, 20)).toContain("stable");
    expect(sides.slice(0, 20)).toContain("candidate");
    expect(sides.slice(-20)).toContain("stable");
    expect(sides.slice(-20)).toContain("candidate");
    const comparison = check.comparison!;
    expect(comparison).toMatchObject({
      against: "baseline-url",
      baseline: stable.url,
      confidence: 0.95,
      baselineSamples: { count: 40, errors: 0 },
      errorRate: { candidate: 0, baseline: 0, limit: 0.005, passed: true },
      status: { candidate: 200, baseline: 200, passed: true },
      shape: { missing: [], changed: [], passed: true },
    });
    expect(comparison.baselineSamples.latenciesMs).toHaveLength(40);
    expect(comparison.latency?.[0]).toMatchObject({ percentile: "p95", limit: 2, passed: true });
    expect(comparison.latency?.[0]?.p).toBeGreaterThan(0);
    expect(check.detail).toMatch(
      /^40 samples · error rate 0% · p50 \d+ms · p95 \d+ms · p99 \d+ms · vs baseline: p95 \d\.\d\d× \(p (= [\d.]+|< 0\.001)\), error rate \+0pp, same status 200, same shape$/,
    );
  });

  it("blocks a candidate that is slower past the factor, and significantly so", async () => {
    const candidate = await service("candidate", { delayMs: jitter(80) });
    const stable = await service("stable", { delayMs: jitter(8) });
    const { check, gate } = await runChecks(
      `checks:
        - name: list tasks
          request: GET /v1/tasks
          sample: { count: 30, concurrency: 5 }
          compare: { latency: { p95: 1.2x } }`,
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("failed");
    expect(gate.verdict).toBe("failed");
    expect(check.detail).toMatch(
      /^p95 \d+ms vs \d+ms baseline \(\d\.\d\d× > 1\.2×, p < 0\.001, significant at 95%\)$/,
    );
    expect(check.comparison?.latency?.[0]).toMatchObject({ passed: false });
    expect(check.assertions[0]).toMatchObject({ target: "compare latency p95", passed: false });
  });

  it("lets a slower candidate pass when it stays within the factor", async () => {
    const candidate = await service("candidate", { delayMs: jitter(12) });
    const stable = await service("stable", { delayMs: jitter(8) });
    const { check } = await runChecks(
      `checks:
        - request: GET /v1/tasks
          sample: { count: 20, concurrency: 5 }
          compare: { latency: { p95: 10x } }`,
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("passed");
    expect(check.comparison?.latency?.[0]?.ratio).toBeLessThan(10);
  });

  it("blocks an error rate that rose past the allowed points", async () => {
    const candidate = await service("candidate", { status: (hit) => (hit % 10 === 0 ? 500 : 200) });
    const stable = await service("stable");
    const { check } = await runChecks(
      `checks:
        - request: GET /v1/tasks
          sample: { count: 40, concurrency: 4 }
          expect: { error-rate: 20% }
          compare: { error-rate: +0.5pp }`,
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe("error rate 10% vs 0% baseline (+10pp > +0.5pp)");
    expect(check.comparison?.errorRate).toEqual({ candidate: 0.1, baseline: 0, limit: 0.005, passed: false });
  });

  it("blocks a changed status and a JSON answer that lost a field or changed a type", async () => {
    const candidate = await service("candidate", {
      status: () => 201,
      body: (hit) => ({ data: [{ id: hit }], total: "1" }),
    });
    const stable = await service("stable");
    const { check } = await runChecks(
      `checks:
        - request: GET /v1/tasks
          compare: { status: same, shape: same }`,
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe("status 201, the baseline answered 200 (+1 more)");
    expect(check.comparison?.shape).toEqual({
      missing: ["$.data[*].title"],
      changed: [
        { path: "$.data[*].id", baseline: "string", candidate: "number" },
        { path: "$.total", baseline: "number", candidate: "string" },
      ],
      passed: false,
    });
    const shape = check.assertions.find((a) => a.target === "compare shape");
    expect(shape?.message).toBe(
      "shape: $.data[*].title missing, $.data[*].id is number (was string), $.total is string (was number)",
    );
  });

  it("without sample sends one request to each side: the ratio alone, no significance test", async () => {
    const candidate = await service("candidate", { delayMs: () => 150 });
    const stable = await service("stable", { delayMs: () => 5 });
    const { check } = await runChecks(
      "checks:\n  - request: GET /v1/tasks\n    compare: { latency: { p95: 2x } }",
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(candidate.seen.hits).toBe(1);
    expect(stable.seen.hits).toBe(1);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(
      /^p95 \d+ms vs \d+ms baseline \(\d+\.\d\d× > 2×, one answer a side, no significance test\)$/,
    );
    expect(check.comparison?.latency?.[0]).not.toHaveProperty("p");
    expect(check.samples).toMatchObject({ count: 1, errors: 0 });
  });

  it("fails on the candidate's own expectations first, whatever the baseline did", async () => {
    const candidate = await service("candidate", { status: () => 503 });
    const stable = await service("stable", { status: () => 503 });
    const { check } = await runChecks(
      "checks:\n  - request: GET /v1/tasks\n    retries: 0\n    sample: { count: 4 }\n    compare: { status: same }",
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(/^error rate 100% \(4\/4\) > 0% — first: status: expected 2xx, got 503/);
  });

  it("is inconclusive when the baseline never answers, saying so", async () => {
    const candidate = await service("candidate");
    const port = await closedPort();
    const { check, gate } = await runChecks(
      "checks:\n  - request: GET /v1/tasks\n    retries: 0\n    sample: { count: 3 }\n    compare: { status: same }",
      candidate.url,
      { gate: { baselineUrl: `http://127.0.0.1:${port}` } },
    );
    expect(check.outcome).toBe("inconclusive");
    expect(gate.verdict).toBe("inconclusive");
    expect(check.detail).toMatch(
      new RegExp(
        `^no baseline: baseline-url http://127\\.0\\.0\\.1:${port} gave no answer to 3 requests: connection refused`,
      ),
    );
  });

  it("is inconclusive for a request that names an absolute url, which has no counterpart under baseline-url", async () => {
    const candidate = await service("candidate");
    const stable = await service("stable");
    const { check } = await runChecks(
      `checks:\n  - name: tasks\n    request: { method: GET, url: "${candidate.url}/v1/tasks" }\n    compare: { status: same }`,
      candidate.url,
      { gate: { baselineUrl: stable.url } },
    );
    expect(check.outcome).toBe("inconclusive");
    expect(check.detail).toBe(
      `no baseline: the request names an absolute url, so it has no counterpart under baseline-url (${stable.url}); give a path`,
    );
    expect(stable.seen.hits).toBe(0);
  });
});

describe("with no baseline at all", () => {
  it("is inconclusive with the reason; the gate is inconclusive and a check that needs it is skipped", async () => {
    const candidate = await service("candidate");
    const { gate } = await runChecks(
      `checks:
        - GET /health
        - name: vs stable
          request: GET /v1/tasks
          compare: { status: same }
        - name: after
          request: GET /v1/tasks
          needs: vs stable`,
      candidate.url,
    );
    const [health, compared, after] = gate.checks;
    expect(health?.outcome).toBe("passed");
    expect(compared).toMatchObject({
      outcome: "inconclusive",
      detail:
        'no baseline: baseline-url is not set and baseline-report is not set, so "vs stable" has nothing to compare with',
      observed: { status: 200 },
    });
    expect(compared).not.toHaveProperty("comparison");
    expect(after).toMatchObject({ outcome: "skipped", detail: 'needs "vs stable", which was inconclusive' });
    expect(gate.verdict).toBe("inconclusive");
    expect(gate.counts).toEqual({ passed: 1, failed: 0, skipped: 1, warnings: 0, inconclusive: 1 });
    expect(gate.failedChecks).toEqual([]);
  });
});

describe("against baseline-report", () => {
  const config = (compare: string) => `checks:
        - name: list tasks
          request: GET /v1/tasks
          sample: { count: 30, concurrency: 5 }
          compare: ${compare}`;

  /** A previous release's run, through the engine, written as its JSON report. */
  async function previousRelease(dir: string, label: string, behaviour: Behaviour): Promise<GateResult> {
    const previous = await service("previous", behaviour);
    const { gate } = await runChecks(config("{ status: same }"), previous.url, {
      gate: { label, baselineUrl: previous.url },
    });
    writeFileSync(
      path.join(dir, `deploy-gate-report${label ? `-${label}` : ""}.json`),
      renderJsonReport(gate),
    );
    return gate;
  }

  it("compares with what the previous release recorded: percentiles, latencies, status and shape", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-baseline-"));
    const before = await previousRelease(dir, "", { delayMs: jitter(5) });
    expect(before.checks[0]?.samples?.latenciesMs).toHaveLength(30);

    const fast = await service("candidate", { delayMs: jitter(5) });
    const { check } = await runChecks(
      config("{ latency: { p95: 1.5x }, status: same, shape: same }"),
      fast.url,
      {
        gate: { baselineReport: "*.json", workspace: dir },
      },
    );
    expect(check.outcome).toBe("passed");
    expect(check.comparison).toMatchObject({
      against: "baseline-report",
      baseline: "deploy-gate-report.json",
      baselineSamples: { count: 30 },
      status: { candidate: 200, baseline: 200, passed: true },
      shape: { passed: true },
    });
    // Samples on both sides: the latency rule also ran the Mann-Whitney test.
    expect(check.comparison?.latency?.[0]?.p).toBeDefined();

    // Far slower than any tail the previous run can have had on a busy machine.
    const slow = await service("candidate", { delayMs: jitter(120), body: () => ({ data: [] }) });
    const blocked = await runChecks(config("{ latency: { p95: 1.5x }, shape: same }"), slow.url, {
      gate: { baselineReport: path.join(dir, "deploy-gate-report.json") },
    });
    expect(blocked.check.outcome).toBe("failed");
    expect(blocked.check.detail).toMatch(/^p95 \d+ms vs \d+ms baseline .*significant at 95%\) \(\+1 more\)$/);
    // The list came back empty: its elements' fields are not missing, the dropped `total` is.
    expect(blocked.check.comparison?.shape?.missing).toEqual(["$.total"]);
  });

  it("takes the report with this run's label among several", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-baseline-"));
    await previousRelease(dir, "eu", { status: () => 200 });
    await previousRelease(dir, "us", { status: () => 202 });
    const candidate = await service("candidate", { status: () => 202 });
    const run = (label: string) =>
      runChecks(config("{ status: same }"), candidate.url, {
        gate: { label, baselineReport: "deploy-gate-report-*.json", workspace: dir },
      });
    expect((await run("us")).check.outcome).toBe("passed");
    const eu = (await run("eu")).check;
    expect(eu.outcome).toBe("failed");
    expect(eu.comparison?.baseline).toBe("deploy-gate-report-eu.json");
    const ap = (await run("ap")).check;
    expect(ap).toMatchObject({
      outcome: "inconclusive",
      detail:
        'no baseline: baseline-url is not set and baseline-report "deploy-gate-report-*.json" matched 2 reports, none labelled "ap"',
    });
  });

  it.each([
    [
      "a glob that matches nothing",
      "missing/*.json",
      () => undefined,
      /baseline-report "missing\/\*\.json" matched no file/,
    ],
    [
      "a file that is not a report",
      "broken.json",
      (dir: string) => writeFileSync(path.join(dir, "broken.json"), "{ not json"),
      /baseline-report broken\.json is not JSON$/,
    ],
    [
      "a report with another check list",
      "other.json",
      (dir: string) =>
        writeFileSync(
          path.join(dir, "other.json"),
          JSON.stringify({
            version: 1,
            label: "",
            startedAt: "2025-01-01T00:00:00Z",
            checks: [{ name: "GET /health" }],
          }),
        ),
      /baseline-report other\.json has no check named "list tasks"$/,
    ],
    [
      "a report whose check ran without sample or compare",
      "old.json",
      (dir: string) =>
        writeFileSync(
          path.join(dir, "old.json"),
          JSON.stringify({
            version: 1,
            label: "",
            startedAt: "2025-01-01T00:00:00Z",
            checks: [{ name: "list tasks" }],
          }),
        ),
      /old\.json recorded no samples for "list tasks" \(it ran without sample or compare there\)$/,
    ],
    [
      "a JSON file that is not a deploy-gate report",
      "package.json",
      (dir: string) =>
        writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "shop", version: "1.0.0" })),
      /baseline-report package\.json is not a deploy-gate report/,
    ],
    [
      "a report whose check got no answer",
      "down.json",
      (dir: string) =>
        writeFileSync(
          path.join(dir, "down.json"),
          JSON.stringify({
            version: 1,
            label: "",
            startedAt: "2025-01-01T00:00:00Z",
            checks: [
              {
                name: "list tasks",
                samples: { count: 30, errors: 30, errorRate: 1, latenciesMs: [] },
                observed: {},
              },
            ],
          }),
        ),
      /down\.json recorded no answer for "list tasks"$/,
    ],
  ])("is inconclusive for %s, naming it", async (_what, pattern, make, reason) => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-baseline-"));
    mkdirSync(path.join(dir, "sub"));
    make(dir);
    const candidate = await service("candidate");
    const { check } = await runChecks(config("{ status: same }"), candidate.url, {
      gate: { baselineReport: pattern, workspace: dir },
    });
    expect(check.outcome).toBe("inconclusive");
    expect(check.detail).toMatch(/^no baseline: /);
    expect(check.detail).toMatch(reason);
  });
});
