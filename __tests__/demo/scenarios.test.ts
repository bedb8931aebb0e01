// Every team's scenario, run as a user runs it (`node examples/demo/run.mjs --scenario NAME`),
// through the committed bundle: healthy it passes (exit 0); broken by each of its faults it
// blocks (exit 1) for that fault's own reason and no other, since a gate that blocks for the
// wrong reason would teach the wrong lesson.
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { NOT_RUNNABLE, SCENARIOS } from "../../examples/demo/scenarios.mjs";
import { FAULTS } from "../../examples/demo/server.mjs";

const ROOT = resolve(import.meta.dirname, "..", "..");
const RUN = join(ROOT, "examples/demo/run.mjs");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function demo(args: string[]): Promise<Run> {
  const started = Date.now();
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [RUN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 90_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(guard);
      resolveRun({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/**
 * The names of the checks the CLI reported failed as they finished: its live lines, which carry
 * only `✖ name · failed · 132ms` (the details come after, once every secret is known).
 */
function failedChecks(stdout: string): string[] {
  const live = stdout.matchAll(
    /^(?:\[\d+\/\d+\] )?✖ (.+?) · (?:failed|errored) · [\d.]+(?:ms|s|m|h)[\dms]*$/gm,
  );
  return [...new Set([...live].map((m) => m[1] ?? ""))].sort();
}

const TIMEOUT = 90_000;

describe.concurrent("scenarios, healthy: the gate passes", () => {
  it(
    "tasks: every contract holds, and the create that met the 429 came back with its key",
    async () => {
      const run = await demo(["--scenario", "tasks"]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/deploy-gate \(tasks\): passed — 12 checks/);
      expect(run.stdout).toMatch(/✔ write rate limit · .*429 after \d+ of 15 requests with Retry-After/);
      expect(run.stdout).toMatch(/✔ error model: 429 /);
      expect(run.stdout).toMatch(/✔ task events webhook .*forged event rejected/);
      expect(run.stdout).toMatch(
        /had answered 429 RATE_LIMITED to Idempotency-Key "smoke-local-[^"]+-tasks"; the client came back [\d.]+s later with the same key → 201 tsk_/,
      );
    },
    TIMEOUT,
  );

  it(
    "streams: through the action, green passes its SLOs and no rollback is sent",
    async () => {
      const run = await demo(["--scenario", "streams"]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toContain("▸ ✅ settlement error SLO");
      expect(run.stdout).toContain("▸ ✅ synthetic stream settles");
      expect(run.stdout).toContain("step outputs: result=passed passed=6 failed=0 failed-checks=[]");
      expect(run.stdout).not.toContain("::add-mask::");
      expect(run.stdout).not.toContain("rollback hook sent");
      expect(run.stdout).not.toContain("rollback hook:");
    },
    TIMEOUT,
  );

  it(
    "release-guard: the acknowledged violation does not block",
    async () => {
      const run = await demo(["--scenario", "release-guard"]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/✔ api release guard · .*every violation is acknowledged \(1 ignored\)/);
    },
    TIMEOUT,
  );

  it(
    "saas: optional surfaces are skipped with their reason, each check's exchanges are shown, well under 2 minutes",
    async () => {
      const run = await demo(["--scenario", "saas"]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/passed — 8 of 10 checks passed, 2 skipped/);
      expect(run.stdout).toContain(
        "↷ billing subscription · skipped · if: {{ vars.ENABLE_BILLING }} is false",
      );
      expect(run.stdout).toContain("↷ AI summaries · skipped · if: {{ vars.ENABLE_AI }} is false");
      expect(run.stdout).toMatch(/✔ signing keys · .*the token \(ES256, kid "[^"]+"\) verifies/);
      expect(run.stdout).toContain("a refresh token works only once: POST /auth/refresh → 401");
      expect(run.stdout).toContain("GET /v1/tenants/globex/projects → 403");
      // The secrets and tokens never show, not even in the request digest.
      expect(run.stdout).not.toContain("demo-smoke-password");
      expect(run.stdout).not.toMatch(/eyJ[\w-]+\.eyJ/);
      expect(run.ms).toBeLessThan(30_000);
    },
    TIMEOUT,
  );

  it(
    "saas: switched on by variables, billing and AI run",
    async () => {
      const run = await demo(["--scenario", "saas", "--var", "ENABLE_BILLING=true", "--var", "ENABLE_AI=1"]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(/✔ billing subscription/);
      expect(run.stdout).toMatch(/✔ AI summaries/);
      expect(run.stdout).toMatch(/passed — 10 checks/);
    },
    TIMEOUT,
  );
});

describe.concurrent("scenarios, broken: the gate blocks for the scenario's own reason", () => {
  it(
    "tasks (capture-failed): the task ends failed and its own error is the reason",
    async () => {
      const run = await demo(["--scenario", "tasks", "--broken"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["task lifecycle"]);
      expect(run.stdout).toContain(
        'step 3/4 (poll to a terminal state): $.error: expected not to exist, got {"code":"capture_failed","message":"camera offline"}',
      );
      expect(run.stdout).toMatch(/blocked — 1 of 12 checks failed/);
    },
    TIMEOUT,
  );

  it(
    "tasks (idempotency-ignored): the replay made a second task",
    async () => {
      const run = await demo(["--scenario", "tasks", "--broken=idempotency-ignored"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["idempotent create"]);
      expect(run.stdout).toMatch(
        /replay with the same Idempotency-Key created a new resource \(tsk_\w+ ≠ tsk_\w+\): the service ignores the key/,
      );
      // The writes queued behind it are not piled onto a misbehaving service.
      expect(run.stdout).toContain('↷ write rate limit · skipped · needs "error model: 409 conflict"');
    },
    TIMEOUT,
  );

  it(
    "tasks (webhook-unverified): the receiver accepted a forged event",
    async () => {
      const run = await demo(["--scenario", "tasks", "--broken=webhook-unverified"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["task events webhook"]);
      expect(run.stdout).toContain("SECURITY: receiver accepted a forged signature (202)");
      expect(run.stdout).toContain("ACCEPTED an event whose signature does not verify");
    },
    TIMEOUT,
  );

  it(
    "streams (settlement-slo): the SLO is breached, the job fails and the rollback hook switches back to blue",
    async () => {
      const run = await demo(["--scenario", "streams", "--broken"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain("▸ ❌ settlement error SLO");
      expect(run.stdout).toMatch(
        /stream_settlements_total\{outcome="failed"\} \/ stream_settlements_total over 2s is 0\.1\d*, not below 0\.01/,
      );
      expect(run.stdout).toContain('failed-checks=["settlement error SLO"]');
      expect(run.stdout).toMatch(/rollback hook sent to http:\/\/127\.0\.0\.1:\d+: HTTP 200/);
      expect(run.stdout).toContain(
        'rollback hook: deploy-gate says gate.failed (label "green", failed: settlement error SLO); signature verified → traffic switched green 2.8.0 → blue 2.7.3',
      );
      expect(run.stdout).toMatch(
        /Error: deploy-gate \(green\) blocked the deployment — 1 critical check failed/,
      );
    },
    TIMEOUT,
  );

  it(
    "release-guard (migration-missing): one violation blocks, the acknowledged one is still ignored",
    async () => {
      const run = await demo(["--scenario", "release-guard", "--broken"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["api release guard"]);
      expect(run.stdout).toContain("1 blocking violation: schema-drift on POST /v1/orders (1 ignored)");
      expect(run.stdout).toMatch(
        /schema-drift {2,}POST \/v1\/orders {2,}migration 0042[^\n]* {2,}blocking$/m,
      );
      expect(run.stdout).toMatch(/error-budget {2,}GET \/v0\/orders[^\n]* {2,}ignored$/m);
    },
    TIMEOUT,
  );

  it(
    "saas (signing-drift): the issued token does not verify against the published keys",
    async () => {
      const run = await demo(["--scenario", "saas", "--broken"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["signing keys"]);
      expect(run.stdout).toMatch(/signing drift: the token's kid "[^"]+" \(ES256\) is not in the key set/);
    },
    TIMEOUT,
  );

  it(
    "saas (tenant-leak): another tenant's data is served",
    async () => {
      const run = await demo(["--scenario", "saas", "--broken=tenant-leak"]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(failedChecks(run.stdout)).toEqual(["tenant isolation"]);
      expect(run.stdout).toContain("status: expected 403, got 200");
      expect(run.stdout).toContain("served tenant globex's data to a token of tenant acme");
    },
    TIMEOUT,
  );
});

describe("the scenario table", () => {
  it("breaks each scenario only with faults the service knows, and tests every one of them above", () => {
    const tested = new Set([
      "capture-failed",
      "idempotency-ignored",
      "webhook-unverified",
      "settlement-slo",
      "migration-missing",
      "signing-drift",
      "tenant-leak",
    ]);
    for (const scenario of Object.values(SCENARIOS)) {
      expect(scenario.faults.length).toBeGreaterThan(0);
      for (const fault of scenario.faults) {
        expect(FAULTS[fault], fault).toBeTruthy();
        expect(tested.has(fault), fault).toBe(true);
      }
    }
  });

  it("refuses what is not a runnable scenario, saying where to look", async () => {
    expect(Object.keys(NOT_RUNNABLE)).toEqual(["pipeline"]);
    const pipeline = await demo(["--scenario", "pipeline"]);
    expect(pipeline.code).toBe(2);
    expect(pipeline.stderr).toContain("examples/workflows/release-pipeline.yml");
    const unknown = await demo(["--scenario", "nope"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("runnable: tasks, streams, release-guard, saas");
    const wrongFault = await demo(["--scenario", "tasks", "--broken=tenant-leak"]);
    expect(wrongFault.code).toBe(2);
    const help = await demo(["--help"]);
    expect(help.code).toBe(0);
    for (const fault of Object.values(SCENARIOS).flatMap((s) => s.faults)) {
      expect(help.stdout).toContain(`--broken=${fault}`);
    }
  });
});
