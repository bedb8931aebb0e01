// The bundled action, run the way the runner runs it, against a real service on 127.0.0.1.
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { readJunit, readReport, readWithJunitConsumers } from "../support/reports.js";
import { NODE20, NODE24, runAction } from "../support/run-action.js";

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
}

const TOKEN = "tok-e2e-7f3a9c";
const seen: Seen[] = [];
let mode: "healthy" | "broken" = "healthy";
let server: Server;
let baseUrl: string;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function handle(req: IncomingMessage, res: ServerResponse) {
  seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === "/api/health") return json(res, 200, { status: "ok" });
  if (url.pathname === "/api/v1/tasks") {
    if (req.headers.authorization !== `Bearer ${TOKEN}`) {
      return json(res, 401, { type: "about:blank", title: "Unauthorized", status: 401, detail: "bad token" });
    }
    if (mode === "broken") {
      return json(res, 503, { error: { code: "DB_UNAVAILABLE", message: "primary database unreachable" } });
    }
    return json(res, 200, { data: [{ id: "t1", status: "completed" }] });
  }
  if (url.pathname === "/api/ops/release-guard") {
    return mode === "broken"
      ? json(res, 409, {
          pass: false,
          violations: [
            { reason: "schema-drift", route: "POST /v1/tasks", evidence: "column tasks.kind dropped" },
          ],
        })
      : json(res, 200, { pass: true, violations: [] });
  }
  if (url.pathname === "/api/echo") {
    // A careless service that reflects credentials back: the gate must not repeat them.
    res.setHeader("x-echo-auth", String(req.headers.authorization ?? ""));
    res.setHeader("set-cookie", `session=${TOKEN}`);
    return json(res, 500, {
      error: { code: "ECHO", message: `you sent ${req.headers.authorization} and ${url.search}` },
    });
  }
  if (url.pathname === "/api/hang") return; // never answers
  json(res, 404, { message: "no such route" });
}

const CHECKS = `
defaults:
  headers: { Authorization: "Bearer {{ secrets.API_TOKEN }}" }
checks:
  - GET /health
  - name: list tasks
    request: GET /v1/tasks
    expect:
      status: 200
      json: { "$.data[0].id": { exists: true } }
  - release-guard
`;

beforeAll(async () => {
  server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  seen.length = 0;
  mode = "healthy";
});

describe.each([
  ["node 20", NODE20],
  ["node 24", NODE24],
])("the bundled action on %s", (_name, node) => {
  it("exists", () => {
    expect(existsSync(node)).toBe(true);
  });

  it("passes a healthy deploy and reports it", async () => {
    const run = await runAction({
      node,
      inputs: { "base-url": baseUrl, checks: CHECKS, secrets: `API_TOKEN=${TOKEN}`, label: "eu-west" },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({
      result: "passed",
      passed: "3",
      failed: "0",
      skipped: "0",
      warnings: "0",
      "failed-checks": "[]",
    });
    expect(Number(run.outputs["duration-ms"])).toBeGreaterThanOrEqual(0);
    expect(run.summary).toContain("deploy-gate (eu-west)");
    expect(run.summary).toContain("list tasks");
    const report = readReport(run.outputs.report!);
    expect(path.basename(run.outputs.report!)).toBe("deploy-gate-report-eu-west.json");
    expect(report.version).toBe(1);
    expect(report.checks.map((c: { outcome: string }) => c.outcome)).toEqual(["passed", "passed", "passed"]);
    const junit = await readJunit(run.outputs.junit!);
    expect(junit).toMatch(/<testsuite[^>]*tests="3"/);
    expect((await readWithJunitConsumers(junit)).testResultsParser.status).toBe("PASS");
    // What the service actually received: paths joined under /api, the bearer token sent.
    expect(seen.map((s) => `${s.method} ${s.url}`).sort()).toEqual([
      "GET /api/health",
      "GET /api/ops/release-guard",
      "GET /api/v1/tasks",
    ]);
    expect(seen.find((s) => s.url === "/api/v1/tasks")?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});

describe("a broken deploy", () => {
  it("is blocked: non-zero exit, failed outputs, reasons in the summary and annotations", async () => {
    mode = "broken";
    const run = await runAction({
      inputs: { "base-url": baseUrl, checks: CHECKS, secrets: `API_TOKEN=${TOKEN}`, retries: "0" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.outputs.failed).toBe("2");
    expect(run.outputs.passed).toBe("1");
    expect(JSON.parse(run.outputs["failed-checks"]!)).toEqual(["list tasks", "release-guard"]);
    expect(run.stdout).toMatch(/::error title=deploy-gate%3A list tasks::/);
    expect(run.stdout).toMatch(
      /::error::deploy-gate blocked the deployment — 2 critical checks failed: list tasks, release-guard/,
    );
    expect(run.summary).toContain("DB_UNAVAILABLE");
    expect(run.summary).toContain("schema-drift");
    expect(run.summary).toContain("column tasks.kind dropped");
    expect(run.summary).toMatch(/<details>/);
  });

  it("an inconclusive gate fails closed: the step fails with result inconclusive", async () => {
    const run = await runAction({
      inputs: { "base-url": baseUrl, checks: "- { request: GET /health, compare: { status: same } }\n" },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("inconclusive");
    expect(run.stdout).toMatch(
      /::error::deploy-gate blocked the deployment — 1 critical check could not reach a judgement/,
    );
  });

  it.each([
    ["pass", "passed", "let through"],
    ["hold", "inconclusive", "held for approval"],
  ])("on-inconclusive: %s lets an inconclusive gate through, result %s", async (choice, result, words) => {
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        "on-inconclusive": choice,
        checks: "- { request: GET /health, compare: { status: same } }\n",
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe(result);
    expect(run.outputs.inconclusive).toBe("1");
    expect(run.stdout).not.toContain("::error::");
    expect(run.summary).toContain(words);
    // The log says what the summary says: never "passed" for a gate held for approval.
    expect(run.stdout).toContain("deploy-gate inconclusive — 1 of 1 check could not reach a judgement");
    expect(run.stdout).toContain(words);
  });

  it("in dry-run mode is reported but does not fail the job", async () => {
    mode = "broken";
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        checks: CHECKS,
        secrets: `API_TOKEN=${TOKEN}`,
        mode: "dry-run",
        retries: "0",
      },
    });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("failed");
    expect(run.outputs.failed).toBe("2");
    expect(run.stdout).not.toMatch(/^::error::/m);
    expect(run.stdout).toMatch(
      /::notice::dry-run: deploy-gate would have blocked the deployment — 2 critical checks failed: .* \(not failing the job\)/,
    );
    expect(run.summary).toMatch(/would have blocked \(dry run\)/);
  });
});

describe("a bad config", () => {
  it("fails before any request, naming the place", async () => {
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        checks: "- GET /health\n- request: GET /v1/tasks\n  expect: { status: abc }\n",
      },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'checks[1] ("GET /v1/tasks", line 3).expect.status: expected a status code, a list or a class like 2xx',
    );
    expect(run.summary).toContain("No request was sent");
    expect(seen).toHaveLength(0);
    // A report still says the leg failed, so a matrix fan-in cannot miss it.
    expect(run.outputs.result).toBe("failed");
    const report = readReport(run.outputs.report!);
    expect(report).toMatchObject({ version: 1, verdict: "failed", checks: [] });
    expect(report.error).toContain('checks[1] ("GET /v1/tasks", line 3).expect.status');
    // And so does its JUnit XML, though no check ran.
    const reading = await readWithJunitConsumers(await readJunit(run.outputs.junit!));
    expect(reading.junit2json.failedCases).toEqual(["gate verdict"]);
    expect(reading.testResultsParser.status).toBe("FAIL");
  });

  it("fails on an unknown template name before any request", async () => {
    const run = await runAction({
      inputs: { "base-url": baseUrl, checks: "- GET /health\n- request: 'GET /x?t={{ secrets.NOPE }}'\n" },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'checks[1] ("GET /x?t={{ secrets.NOPE }}", line 2).request.path: unknown template name "secrets.NOPE"',
    );
    expect(seen).toHaveLength(0);
  });

  it.each([
    [{ mode: "yolo" }, 'input mode: expected enforce or dry-run; got "yolo"'],
    [{ concurrency: "0" }, 'input concurrency: expected a whole number from 1 to 256; got "0"'],
    [
      { timeout: "soon" },
      'input timeout: expected a duration like 250ms, 10s, 5m, 1h or a number of milliseconds; got "soon"',
    ],
    [{ timeout: "1000h" }, 'input timeout: expected a duration of at most 24 days (596h); got "1000h"'],
    [{ "fail-fast": "maybe" }, 'input fail-fast: expected true or false; got "maybe"'],
    [{ "base-url": "ftp://x" }, "input base-url: expected an http:// or https:// URL"],
    [{ secrets: "not a pair hunter2" }, "input secrets, line 1: expected NAME=value"],
    [{ config: "gate.yml" }, "input config: give either `checks` or `config`, not both"],
    [{ checks: "" }, "input checks: give the check list in `checks` or a file in `config`"],
  ])("a bad input %o fails before any request, naming the input", async (bad, message) => {
    const run = await runAction({ inputs: { "base-url": baseUrl, checks: "- GET /health", ...bad } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.stdout).not.toContain("hunter2");
    expect(run.outputs.result).toBe("failed");
    expect(seen).toHaveLength(0);
  });

  it("names a missing config file, with the outputs, the summary and a failed report", async () => {
    const run = await runAction({ inputs: { "base-url": baseUrl, config: "no/such/gate.yml" } });
    expect(run.code).toBe(1);
    const message = `input config: cannot read "no/such/gate.yml": there is no such file (looked for ${path.resolve("no/such/gate.yml")})`;
    expect(run.stdout).toContain(`::error::${message}`);
    expect(run.summary).toContain("invalid input");
    expect(run.summary).toContain("No request was sent.");
    expect(run.summary).toContain(message);
    expect(run.outputs).toMatchObject({ result: "failed", passed: "0", failed: "0", "failed-checks": "[]" });
    expect(readReport(run.outputs.report!).error).toBe(message);
    expect(seen).toHaveLength(0);
  });
});

describe("secrets", () => {
  it("a secret the service echoes back appears nowhere the action wrote", async () => {
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        checks: `
- name: echo
  request:
    path: /echo
    query: { token: "{{ secrets.API_TOKEN }}" }
    headers: { Authorization: "Bearer {{ secrets.API_TOKEN }}" }
`,
        secrets: JSON.stringify({ API_TOKEN: TOKEN }),
        retries: "0",
      },
    });
    expect(run.code).toBe(1);
    expect(seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(run.summary).toContain("ECHO");
    // `::add-mask::` commands are consumed by the runner and never shown; everything else is scanned.
    const stdout = run.stdout
      .split("\n")
      .filter((l) => !l.startsWith("::add-mask::"))
      .join("\n");
    const everything = [stdout, run.stderr, ...Object.values(run.files)].join("\n");
    expect(Object.keys(run.files).some((f) => f.endsWith(".json"))).toBe(true);
    for (const form of [TOKEN, encodeURIComponent(TOKEN), Buffer.from(TOKEN).toString("base64")]) {
      expect(everything).not.toContain(form);
    }
  });
});

describe("deadlines and cancellation", () => {
  it("the gate deadline reports unfinished checks as timed out and fails", async () => {
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        checks: "- GET /health\n- name: hangs\n  request: GET /hang\n  timeout: 30s\n",
        timeout: "1s",
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const report = readReport(run.outputs.report!);
    expect(report.interrupted).toBe("timed-out");
    expect(report.checks.map((c: { outcome: string }) => c.outcome)).toEqual(["passed", "timed-out"]);
    expect(run.elapsedMs).toBeLessThan(10_000);
  });

  it("SIGTERM writes the summary with what finished, marked cancelled, and exits non-zero", async () => {
    const run = await runAction({
      inputs: {
        "base-url": baseUrl,
        checks: "- GET /health\n- name: hangs\n  request: GET /hang\n  timeout: 30s\n  needs: GET /health\n",
      },
      onOutput: {
        when: /GET \/health — passed/,
        act: (child) => setTimeout(() => child.kill("SIGTERM"), 200),
      },
    });
    expect(run.code).not.toBe(0);
    const report = readReport(run.outputs.report!);
    expect(report.interrupted).toBe("cancelled");
    expect(report.checks.map((c: { outcome: string }) => c.outcome)).toEqual(["passed", "cancelled"]);
    expect(run.summary.toLowerCase()).toContain("cancelled");
  });
});
