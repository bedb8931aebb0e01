// The bundled CLI against the demo service: its three exit codes, its report, its files.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDemoServer } from "../../examples/demo/server.mjs";
import { readJunit, readReport, readWithJunitConsumers } from "../support/reports.js";
import { CLI } from "../support/run-action.js";

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end, collecting what it printed. */
function collect(command: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { PATH: process.env.PATH ?? "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d;
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolve({ code, stdout, stderr });
    });
  });
}

const cli = (args: string[], env: Record<string, string> = {}) =>
  collect(process.execPath, [CLI, ...args], env);

let healthy: Awaited<ReturnType<typeof startDemoServer>>;
let broken: Awaited<ReturnType<typeof startDemoServer>>;

beforeAll(async () => {
  healthy = await startDemoServer({ completeAfterMs: 100, lifetimeMs: 120_000 });
  broken = await startDemoServer({ broken: true, completeAfterMs: 100, lifetimeMs: 120_000 });
});
afterAll(async () => {
  await healthy.close();
  await broken.close();
});

const gate = ["--config", "examples/demo/gate.yml", "--secret", "API_TOKEN=demo-token", "--label", "demo"];

describe("deploy-gate CLI", () => {
  it("exits 0 when the gate passes, with a line per check and a verdict", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-"));
    const json = path.join(dir, "report.json");
    const junit = path.join(dir, "junit.xml");
    const run = await cli(["--base-url", healthy.url, ...gate, "--json", json, "--junit", junit]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✔ task lifecycle/);
    expect(run.stdout).toMatch(/deploy-gate \(demo\): passed — 7 checks/);
    // Not a terminal: no colour, no counter.
    expect(run.stdout).not.toContain("\u001b[");
    const report = readReport(json);
    expect(report.verdict).toBe("passed");
    expect(report.label).toBe("demo");
    const xml = await readJunit(junit);
    expect(xml).toMatch(/<testsuite [^>]*tests="7"/);
    expect((await readWithJunitConsumers(xml)).testResultsParser.status).toBe("PASS");
  });

  it("exits 1 when the gate blocks, showing expected vs actual", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-"));
    const [json, junit] = [path.join(dir, "report.json"), path.join(dir, "junit.xml")];
    const run = await cli([
      "--base-url",
      broken.url,
      ...gate,
      "--retries",
      "0",
      "--json",
      json,
      "--junit",
      junit,
    ]);
    expect(run.code).toBe(1);
    expect(readReport(json).failedChecks).toHaveLength(3);
    expect((await readWithJunitConsumers(await readJunit(junit))).junit2json.failures).toBe(3);
    expect(run.stdout).toMatch(/✖ release-guard/);
    expect(run.stdout).toContain("schema-drift");
    // Each failed assertion once, expected vs actual in one line.
    expect(run.stdout).toMatch(/^ {4}✖ status: expected [^\n]+, got \d{3}$/m);
    expect(run.stdout).toMatch(/blocked — 3 of 7 checks failed/);
  });

  it("an inconclusive gate fails closed: exit 1, result inconclusive, the reason named", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-"));
    const json = path.join(dir, "report.json");
    // A comparison with no baseline cannot reach a judgement.
    const checks = "- { request: GET /health, compare: { status: same } }";
    const run = await cli(["--base-url", healthy.url, "--checks", checks, "--json", json]);
    expect(run.code).toBe(1);
    const report = readReport(json);
    expect(report.verdict).toBe("inconclusive");
    expect(report.checks[0]?.outcome).toBe("inconclusive");
    expect(run.stdout).toContain("no baseline");
    const held = await cli(["--base-url", healthy.url, "--checks", checks, "--on-inconclusive", "hold"]);
    expect(held.code).toBe(0);
    expect(held.stdout).toContain("held for approval");
  });

  it("--dry-run reports a blocked gate but exits 0", async () => {
    const run = await cli(["--base-url", broken.url, ...gate, "--retries", "0", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✖ release-guard/);
  });

  it("--only runs the selected checks and what they need", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-"));
    const json = path.join(dir, "r.json");
    const run = await cli(["--base-url", healthy.url, ...gate, "--only", "list tasks", "--json", json]);
    expect(run.code).toBe(0);
    const names = readReport(json).checks.map((c) => c.name);
    expect(names).toEqual(["ready", "list tasks"]);
  });

  it("--secret NAME reads the value from the environment and never prints it", async () => {
    const run = await cli(
      ["--base-url", broken.url, ...gate.slice(0, 2), "--secret", "API_TOKEN", "--retries", "0"],
      {
        API_TOKEN: "demo-token",
      },
    );
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain("demo-token");
  });

  it("exits 2 on bad usage and on a bad config, before any request", async () => {
    const before = healthy.state.requestCount();
    const usage = await cli(["--config", "examples/demo/gate.yml"]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("--base-url: is required");
    const unknownFlag = await cli(["--base-url", healthy.url, "--bogus"]);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toMatch(/Unknown option '--bogus'/);
    const config = await cli([
      "--base-url",
      healthy.url,
      "--checks",
      "- request: GET /health\n  expect: { status: abc }",
    ]);
    expect(config.code).toBe(2);
    expect(config.stderr).toContain(
      'checks[0] ("GET /health", line 2).expect.status: expected a status code, a list or a class like 2xx',
    );
    const secret = await cli(["--base-url", healthy.url, "--config", "examples/demo/gate.yml"]);
    expect(secret.code).toBe(2);
    expect(secret.stderr).toContain('unknown template name "secrets.API_TOKEN"; no secrets were given');
    expect(healthy.state.requestCount()).toBe(before);
  });

  it("uses colour and a counter only on a terminal, and never with NO_COLOR", async () => {
    const command = `${process.execPath} ${CLI} --base-url ${healthy.url} --checks 'GET /health'`;
    // `script` (util-linux) gives the CLI a pseudo-terminal.
    const onTty = (await collect("script", ["-qec", command, "/dev/null"])).stdout;
    expect(onTty).toContain("\u001b[32m");
    expect(onTty).toContain("[1/1]");
    const noColor = (await collect("script", ["-qec", command, "/dev/null"], { NO_COLOR: "1" })).stdout;
    expect(noColor).toContain("[1/1]");
    expect(noColor).not.toContain("\u001b[");
  });

  it("--help documents every flag", async () => {
    const run = await cli(["--help"]);
    expect(run.code).toBe(0);
    for (const flag of [
      "--base-url",
      "--config",
      "--checks",
      "--secret",
      "--var",
      "--label",
      "--only",
      "--json",
      "--junit",
      "--dry-run",
      "--concurrency",
      "--timeout",
      "--request-timeout",
      "--retries",
      "--fail-fast",
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });
});

describe("npm run demo", () => {
  const demo = (args: string[]) => collect(process.execPath, ["examples/demo/run.mjs", ...args]);

  it("passes against the healthy demo and blocks with --broken", async () => {
    const ok = await demo([]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/passed — 7 checks/);
    const blocked = await demo(["--broken"]);
    expect(blocked.code).toBe(1);
    expect(blocked.stdout).toMatch(/blocked — 3 of 7 checks failed/);
  });
});
