// Sampling and comparison through the bundled dist, as users run it: the CLI and the action against
// real loopback servers that really answer slowly or fail.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";
import { readJunit, readReport } from "../support/reports.js";
import { CLI, runAction } from "../support/run-action.js";

interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
}

function cli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout });
    });
  });
}

let service: TestServer;
const FLAKY_HITS = new Set([10, 40, 70, 100, 130, 160, 190]);
const hits = new Map<string, number>();

beforeAll(async () => {
  // /v1/tasks answers in 2–6 ms; /flaky fails 7 requests in 200 with a 500 (not retried); /slow takes
  // 60 ms on one request in four.
  service = await startServer(async (req, res: ServerResponse) => {
    const route = new URL(req.url ?? "/", "http://x").pathname;
    const hit = (hits.get(route) ?? 0) + 1;
    hits.set(route, hit);
    if (route === "/flaky" && FLAKY_HITS.has(hit))
      return json(res, 500, { error: { code: "BOOM", message: "it broke" } });
    await sleep(route === "/slow" && hit % 4 === 0 ? 60 : 2 + Math.random() * 4);
    json(res, 200, { data: [{ id: `t${hit}`, title: "a task" }], next: null });
  });
});
afterAll(async () => {
  await service.close();
});

function configFile(yaml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-sample-"));
  const file = path.join(dir, "gate.yml");
  writeFileSync(file, yaml);
  return file;
}

describe("the bundled CLI", () => {
  it("judges a sample set: a passing one and one whose error rate is past its limit", async () => {
    hits.clear();
    const config = configFile(`checks:
  - name: list tasks
    request: GET /v1/tasks
    sample: { count: 100, concurrency: 10 }
    expect: { status: 200, latency: { p95: 2s } }
  - name: flaky
    request: GET /flaky
    sample: { count: 200, concurrency: 10 }
    expect: { error-rate: 1% }
`);
    const dir = path.dirname(config);
    const report = path.join(dir, "report.json");
    const junit = path.join(dir, "junit.xml");
    const run = await cli([
      "--base-url",
      service.url,
      "--config",
      config,
      "--json",
      report,
      "--junit",
      junit,
    ]);
    expect(run.code).toBe(1);
    expect(hits.get("/v1/tasks")).toBe(100);
    expect(hits.get("/flaky")).toBe(200);
    expect(run.stdout).toMatch(
      /✔ list tasks · [\d.]+m?s · 100 samples · error rate 0% · p50 \d+ms · p95 \d+ms · p99 \d+ms/,
    );
    expect(run.stdout).toContain("✖ flaky · failed · ");
    expect(run.stdout).toContain(
      "error rate 3.5% (7/200) > 1% — first: status: expected 2xx, got 500 — BOOM: it broke",
    );
    // The Samples block: figures and the distribution as a sparkline.
    expect(run.stdout).toMatch(
      /Samples:\n {2}list tasks\n {4}100 samples · error rate 0% · [^\n]+\n {4}[\d.]+m?s [▁▂▃▄▅▆▇█ ]+ [\d.]+m?s\n/,
    );
    const written = readReport(report);
    expect(written.checks[0]?.samples).toMatchObject({ count: 100, errors: 0 });
    expect(written.checks[0]?.samples?.latenciesMs).toHaveLength(100);
    expect(written.checks[1]?.samples).toMatchObject({ count: 200, errors: 7, errorRate: 0.035 });
    expect(written.checks[0]?.observed?.shape).toMatchObject({ "$.data[*].id": "string" });
    const xml = await readJunit(junit);
    expect(xml).toContain('<failure message="error rate 3.5% (7/200) &gt; 1%');
  });

  it("fails a p95 past its limit, naming it in one phrase", async () => {
    const config = configFile(`checks:
  - name: slow
    request: GET /slow
    sample: { count: 40, concurrency: 8 }
    expect: { latency: { p95: 40ms } }
`);
    const run = await cli(["--base-url", service.url, "--config", config]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/p95 \d+ms > 40ms over 40 samples/);
  });

  it("refuses an unkeyed write with sample before sending anything", async () => {
    hits.clear();
    const config = configFile("checks:\n  - request: POST /v1/tasks\n    sample: { count: 10 }\n");
    const run = await new Promise<CliRun & { stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, "--base-url", service.url, "--config", config], {
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => {
        stderr += d;
      });
      child.on("close", (code) => resolve({ code, stdout: "", stderr }));
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "sample: sample sends the request 10 times: use a safe method (GET, HEAD, OPTIONS) or give it an Idempotency-Key header",
    );
    expect(hits.size).toBe(0);
  });

  it("records what a later run compares with; that run reads the report back as its baseline", async () => {
    const config = configFile(`checks:
  - name: list tasks
    request: GET /v1/tasks
    sample: { count: 30, concurrency: 5 }
    compare: { latency: { p95: 10x }, status: same, shape: same }
`);
    // The two runs are minutes apart on a shared machine: the latency factor is wide on purpose,
    // so this test is about reading the report back, not about the machine's load (the A/A
    // suite in __tests__/comparisons measures false blocks).
    const report = path.join(path.dirname(config), "previous-release.json");
    // The previous release: no baseline of its own, so its comparison is inconclusive, but it records.
    await cli(["--base-url", service.url, "--config", config, "--json", report]);
    const previous = readReport(report);
    expect(previous.verdict).toBe("inconclusive");
    expect(previous.checks[0]).toMatchObject({
      outcome: "inconclusive",
      samples: { count: 30 },
      observed: { status: 200, shape: { "$.data[*].title": "string" } },
    });
    // This release, against what the bundled CLI recorded (the adapters pass baseline-report to the engine).
    const { check } = await runChecks(readFileSync(config, "utf8"), service.url, {
      gate: { baselineReport: report },
    });
    expect(check.outcome).toBe("passed");
    expect(check.comparison).toMatchObject({
      against: "baseline-report",
      baselineSamples: { count: 30 },
      status: { passed: true },
      shape: { passed: true },
    });
    expect(check.comparison?.latency?.[0]?.p).toBeDefined();
  });
});

describe("the bundled action", () => {
  it("shows the sample set in the step summary: figures and a histogram table", async () => {
    const run = await runAction({
      inputs: {
        "base-url": service.url,
        checks: `- name: list tasks
  request: GET /v1/tasks
  sample: { count: 60, concurrency: 6 }
  expect: { latency: { p99: 2s }, error-rate: 0% }`,
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("passed");
    expect(run.summary).toMatch(
      /\*\*Samples:\*\* 60 samples · error rate 0% · p50 \d+ms · p95 \d+ms · p99 \d+ms/,
    );
    expect(run.summary).toContain("| Latency | Samples | |");
    const report = readReport(run.outputs.report!);
    expect(report.checks[0]?.samples?.latenciesMs).toHaveLength(60);
  });
});
