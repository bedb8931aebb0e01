// Fan-in (SPEC section 6) through the bundled action: two real legs (labels eu and us) write
// their reports into an artifact-like tree, then a third run merges them by glob.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeGithubApi, startFakeGithubApi } from "../github/fake-github-api.js";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { readJunit, readReport, readWithJunitConsumers } from "../support/reports.js";
import { type ActionRun, runAction } from "../support/run-action.js";

const CHECKS = `
checks:
  - GET /health
  - name: list tasks
    request: GET /v1/tasks
  - name: latency budget
    severity: warning
    request: GET /health
    expect: { max-duration: 60s }
`;

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

let service: FixtureServer;
let api: FakeGithubApi;
let receiver: FixtureServer;
/** The workspace the fan-in runs in; legs/<label>/ holds each leg's reports, as download-artifact leaves them. */
let workspace: string;
let eu: ActionRun;
let us: ActionRun;

function leg(label: string) {
  return runAction({
    inputs: {
      "base-url": `${service.url}/${label}`,
      checks: CHECKS,
      label,
      retries: "0",
      "report-dir": path.join(workspace, "legs", label),
    },
  });
}

function merge(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({ inputs, env: { GITHUB_WORKSPACE: workspace, ...env } });
}

/** A workspace with copies of the legs' reports plus whatever `extra` files a test adds. */
function workspaceWith(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-fan-in-"));
  cpSync(path.join(workspace, "legs"), path.join(dir, "legs"), { recursive: true });
  for (const [file, text] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

beforeAll(async () => {
  service = await startFixtureServer({
    "/eu/health": json({ ok: true }),
    "/eu/v1/tasks": json({ data: [] }),
    "/us/health": json({ ok: true }),
    "/us/v1/tasks": json({ error: { code: "DB_UNAVAILABLE", message: "primary down" } }, { status: 503 }),
  });
  api = await startFakeGithubApi();
  receiver = await startFixtureServer({ "/hook": json({ ok: true }, { status: 202 }) });
  workspace = mkdtempSync(path.join(tmpdir(), "deploy-gate-matrix-"));
  [eu, us] = await Promise.all([leg("eu"), leg("us")]);
});

afterAll(async () => {
  await service.close();
  await api.close();
  await receiver.close();
});

describe("the matrix legs", () => {
  it("ran for real: eu passed, us was blocked, each report named by its label", () => {
    expect(eu.code).toBe(0);
    expect(us.code).toBe(1);
    expect(path.basename(eu.outputs.report!)).toBe("deploy-gate-report-eu.json");
    expect(path.basename(us.outputs.report!)).toBe("deploy-gate-report-us.json");
    // The reports the fan-in reads are what schema/report.schema.json describes.
    expect(readReport(eu.outputs.report!).verdict).toBe("passed");
    expect(readReport(us.outputs.report!).verdict).toBe("failed");
  });
});

describe("merge-reports", () => {
  it("writes one summary with a row per label and a per-check grid, sets outputs over all, and fails", async () => {
    const run = await merge({ "merge-reports": "legs/**/deploy-gate-report-*.json" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      result: "failed",
      passed: "5",
      failed: "1",
      skipped: "0",
      warnings: "0",
      "failed-checks": JSON.stringify(["list tasks (us)"]),
    });
    expect(Number(run.outputs["duration-ms"])).toBe(
      Math.max(Number(eu.outputs["duration-ms"]), Number(us.outputs["duration-ms"])),
    );
    expect(run.stdout).toContain(
      "::error::deploy-gate blocked the deployment — 1 of 2 legs failed: us — failed checks: list tasks (us)",
    );

    const summary = run.summary;
    expect(summary).toContain("## ❌ deploy-gate: blocked — 1 of 2 legs failed: us");
    // Each leg links its own run (its report's run.url); no base URL or report path columns.
    const run4242 = "[run](https://github.com/acme/shop/actions/runs/4242)";
    expect(summary).toMatch(
      new RegExp(`^\\| ✅ passed \\| eu \\| 3 \\| 0 \\| 0 \\| 0 \\| [^|]+ \\| ${literal(run4242)} \\|$`, "m"),
    );
    expect(summary).toMatch(
      new RegExp(
        `^\\| ❌ blocked \\| us \\| 2 \\| 1 \\| 0 \\| 0 \\| [^|]+ \\| ${literal(run4242)} \\|$`,
        "m",
      ),
    );
    expect(summary).toContain("| check | eu | us |");
    expect(summary).toContain("| list tasks | ✅ passed | ❌ failed |");
    expect(summary).toContain("| GET /health | ✅ passed | ✅ passed |");
    expect(summary).toContain("| latency budget | ✅ passed | ✅ passed |");
    // The failing row leads the grid.
    expect(summary.indexOf("| list tasks |")).toBeLessThan(summary.indexOf("| GET /health |"));
    // The failed leg and its check's cause and next step come first, above the legs table.
    expect(summary).toMatch(
      /^- \*\*us\*\* — 1 of 3 checks failed · \[its run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/4242\)\n {2}- ❌ \*\*list tasks\*\* — 503 Service Unavailable \(expected 2xx\) · DB\\_UNAVAILABLE: primary down → still 503 after 1 attempt/m,
    );
    expect(summary.indexOf("DB\\_UNAVAILABLE")).toBeLessThan(summary.indexOf("### Legs"));

    const merged = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
    expect(path.basename(run.outputs.report!)).toBe("deploy-gate-merged.json");
    expect(merged).toMatchObject({ version: 1, kind: "merge", verdict: "failed" });
    expect(merged.legs.map((l: { label: string; verdict: string }) => [l.label, l.verdict])).toEqual([
      ["eu", "passed"],
      ["us", "failed"],
    ]);
    expect(merged.checks.find((c: { name: string }) => c.name === "list tasks").legs.us.outcome).toBe(
      "failed",
    );
    const junit = await readJunit(run.outputs.junit!);
    expect(junit).toMatch(/<testsuites name="deploy-gate" tests="6" failures="1" errors="0" time=/);
    expect((await readWithJunitConsumers(junit)).testResultsParser).toMatchObject({
      status: "FAIL",
      failed: 1,
    });
    expect(junit).toContain('<testsuite name="deploy-gate (eu)"');
    expect(junit).toContain('<testsuite name="deploy-gate (us)"');
  });

  it("passes when every leg passed, and accepts one glob per line", async () => {
    const run = await merge({ "merge-reports": "legs/eu/*.json\nlegs/eu/deploy-gate-report-e?.json" });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", passed: "3", failed: "0", "failed-checks": "[]" });
    expect(run.summary).toContain("## ✅ deploy-gate: passed — 1 leg, 3 checks");
  });

  it("in dry-run mode reports the failed leg without failing the job", async () => {
    const run = await merge({ "merge-reports": "legs/*/*.json", mode: "dry-run" });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toMatch(
      /::notice::dry-run: deploy-gate would have blocked \(dry run\) — 1 of 2 legs failed: us/,
    );
  });

  it("a leg whose config was invalid still counts as failed in the fan-in", async () => {
    const broken = await runAction({
      inputs: {
        "base-url": `${service.url}/eu`,
        checks: "- request: GET /health\n  expect: { status: abc }\n",
        label: "ap",
        "report-dir": path.join(workspace, "bad-legs", "ap"),
      },
    });
    expect(broken.code).toBe(1);
    const run = await merge({ "merge-reports": "legs/eu/*.json\nbad-legs/*/*.json" });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.summary).toContain("invalid config");
    expect(run.summary).toContain(
      "did not run: checks\\[0\\] (&quot;GET /health&quot;, line 2).expect.status: expected a status code",
    );
  });

  it("fails naming a glob that matches no report", async () => {
    const run = await merge({ "merge-reports": "artifacts/**/deploy-gate-report-*.json" });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(run.stdout).toContain(
      `::error::merge-reports: no report matches "artifacts/**/deploy-gate-report-*.json" (relative to ${workspace})`,
    );
    expect(run.summary).toContain("fan-in failed");
  });

  it("fails naming a report that cannot be read", async () => {
    const dir = workspaceWith({
      "legs/ap/deploy-gate-report-ap.json": '{"version": 1, "label": "ap", "checks": [',
    });
    const run = await merge({ "merge-reports": "legs/**/*.json" }, { GITHUB_WORKSPACE: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::legs\/ap\/deploy-gate-report-ap\.json: not a deploy-gate JSON report: /,
    );
  });

  it("fails naming a report with an unknown version", async () => {
    const report = JSON.parse(readFileSync(eu.outputs.report!, "utf8"));
    const dir = workspaceWith({
      "legs/ap/deploy-gate-report-ap.json": JSON.stringify({ ...report, version: 2 }),
    });
    const run = await merge({ "merge-reports": "legs/**/*.json" }, { GITHUB_WORKSPACE: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::legs/ap/deploy-gate-report-ap.json: unsupported deploy-gate report version 2",
    );
  });

  it("fails when two legs share a label, naming both files", async () => {
    const dir = workspaceWith({
      "legs/copy/deploy-gate-report-us.json": readFileSync(us.outputs.report!, "utf8"),
    });
    const run = await merge({ "merge-reports": "legs/**/*.json" }, { GITHUB_WORKSPACE: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::merge-reports: legs/copy/deploy-gate-report-us.json and legs/us/deploy-gate-report-us.json both have label "us"',
    );
  });

  it("sets one commit status for the fan-in and sends one rollback event listing the legs", async () => {
    api.reset();
    const run = await merge(
      {
        "merge-reports": "legs/**/*.json",
        "github-token": "ghs_fanInToken0123456789",
        "on-failure-url": `${receiver.url}/hook`,
        "on-failure-secret": "fan-in-secret",
      },
      { GITHUB_API_URL: api.url, GITHUB_JOB: "fan-in" },
    );
    expect(run.code).toBe(1);
    expect(api.commitStatuses().map((s) => s.body)).toEqual([
      expect.objectContaining({
        state: "failure",
        context: "deploy-gate",
        description: "blocked — 1 of 2 legs failed: us",
      }),
    ]);
    const [hook] = receiver.requestsTo("/hook");
    expect(hook?.headers["idempotency-key"]).toBe("deploy-gate-4242-1-fan-in");
    const event = JSON.parse(hook!.text);
    expect(event).toMatchObject({ event: "gate.failed", label: "", failedChecks: ["list tasks (us)"] });
    expect(event).not.toHaveProperty("baseUrl");
    expect(event.legs.map((l: { label: string; verdict: string }) => [l.label, l.verdict])).toEqual([
      ["eu", "passed"],
      ["us", "failed"],
    ]);
  });
});
