// "Debug it locally" (README) works: GitHub's @github/local-action imports src/action/main.ts,
// stands in for @actions/core, calls the exported run() with the inputs of .env.example, and
// shows the outputs the action set — for a gate that passes and for one that blocks.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../../examples/demo/server.mjs";

const BIN = path.resolve("node_modules/@github/local-action/bin/local-action.js");

interface LocalRun {
  readonly code: number | null;
  readonly stdout: string;
  /** The "Action Outputs" table local-action printed, by output name. */
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/** `│ 0 │ 'result' │ 'passed' │` rows of the table local-action prints after the run. */
function outputsTable(stdout: string): Record<string, string> {
  const section = stdout.slice(stdout.lastIndexOf("Action Outputs"));
  const rows = [...section.matchAll(/^│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│$/gm)];
  return Object.fromEntries(rows.map((m) => [m[1], m[2]]));
}

/** .env.example as shipped, pointed at `baseUrl`, with its summary and reports in a fresh directory. */
function envFile(baseUrl: string, extra: Record<string, string> = {}): { file: string; summary: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-local-action-"));
  const summary = path.join(dir, "summary.md");
  const replaced: Record<string, string> = {
    "INPUT_BASE-URL": baseUrl,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: dir,
    ...extra,
  };
  const lines = readFileSync(".env.example", "utf8")
    .split("\n")
    .map((line) => {
      const name = /^([\w.-]+)=/.exec(line)?.[1];
      return name !== undefined && name in replaced ? `${name}=${replaced[name]}` : line;
    });
  for (const [name, value] of Object.entries(extra))
    if (!lines.some((l) => l.startsWith(`${name}=`))) lines.push(`${name}=${value}`);
  const file = path.join(dir, ".env");
  writeFileSync(file, lines.join("\n"));
  return { file, summary };
}

function localAction(env: { file: string; summary: string }): Promise<LocalRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "run", ".", "src/action/main.ts", env.file], {
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir(), NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stdout += d;
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 110_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      let summary = "";
      try {
        summary = readFileSync(env.summary, "utf8");
      } catch {
        // Left empty: the assertions say what is missing.
      }
      resolve({ code, stdout, outputs: outputsTable(stdout), summary });
    });
  });
}

let healthy: Awaited<ReturnType<typeof startDemoServer>>;
let broken: Awaited<ReturnType<typeof startDemoServer>>;
let passing: LocalRun;
let blocking: LocalRun;
let timedOut: LocalRun;
/** Answers /health and never answers anything else: the gate's deadline abandons that request. */
let hanging: Server;

beforeAll(async () => {
  healthy = await startDemoServer({ completeAfterMs: 100, lifetimeMs: 240_000 });
  broken = await startDemoServer({ broken: true, completeAfterMs: 100, lifetimeMs: 240_000 });
  hanging = createServer((req, res) => {
    if (req.url === "/health") res.end("ok");
  });
  await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
  const { port } = hanging.address() as { port: number };
  const hangs = path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-hangs-")), "checks.yml");
  writeFileSync(
    hangs,
    "version: 1\nchecks:\n  - GET /health\n  - name: hangs\n    request: GET /hang\n    timeout: 30s\n",
  );
  [passing, blocking, timedOut] = await Promise.all([
    localAction(envFile(healthy.url)),
    localAction(envFile(broken.url, { INPUT_RETRIES: "0" })),
    localAction(envFile(`http://127.0.0.1:${port}`, { INPUT_CONFIG: hangs, INPUT_TIMEOUT: "2s" })),
  ]);
}, 240_000);

afterAll(async () => {
  await healthy?.close();
  await broken?.close();
  hanging?.closeAllConnections();
  await new Promise((resolve) => hanging?.close(resolve));
});

describe("npx @github/local-action run . src/action/main.ts .env.example", () => {
  it("runs the action's run() on a passing gate and shows its outputs", () => {
    expect(passing.stdout).toContain("Running Action");
    expect(passing.outputs, passing.stdout.slice(-3000)).toMatchObject({
      result: "passed",
      passed: "7",
      failed: "0",
      "failed-checks": "[]",
    });
    expect(passing.outputs.report).toMatch(/deploy-gate-report-local\.json$/);
    expect(passing.summary).toContain("deploy-gate (local): passed — 7 checks");
  });

  it("shows result=failed and the failed checks for a blocking gate", () => {
    expect(blocking.outputs, blocking.stdout.slice(-3000)).toMatchObject({ result: "failed", failed: "3" });
    expect(JSON.parse(blocking.outputs["failed-checks"] ?? "[]")).toHaveLength(3);
    expect(blocking.stdout).toMatch(
      /::error::deploy-gate \(local\) blocked the deployment — 3 critical checks failed/,
    );
    expect(blocking.summary).toContain("deploy-gate (local): blocked");
  });

  it("still shows the outputs when the gate's deadline abandoned a request that never answers", () => {
    // The abandoned socket must not hold the process open, and ending it must not cut the table.
    expect(timedOut.outputs, timedOut.stdout.slice(-3000)).toMatchObject({
      result: "failed",
      passed: "1",
      failed: "1",
      "failed-checks": '["hangs"]',
    });
    expect(timedOut.summary).toContain("hangs");
  });
});
