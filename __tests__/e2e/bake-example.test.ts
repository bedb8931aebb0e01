// examples/checks/bake.yml through the bundled action, every duration in its bake windows scaled
// down 100× (5m → 3s, 15s → 150ms, 1m → 600ms …) and nothing else changed, against a service whose
// answers really change over time: the example does what its comments promise. A canary that
// fails only while warming up passes, early (pass-after), long before the window ends; one still
// broken after its warm-up blocks at once (fail-after), and a guard that still says no after its
// warm-up blocks on the first counted run.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { readReport } from "../support/reports.js";
import { runAction } from "../support/run-action.js";
import {
  ok,
  respond,
  startTimelineServer,
  type TimelineScript,
  type TimelineServer,
} from "../support/timeline-server.js";

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** The example, with each duration on a `bake:` line divided by 100. */
function scaledExample(): string {
  const text = readFileSync("examples/checks/bake.yml", "utf8");
  let scaled = 0;
  const out = text.replace(/^(\s*bake: \{.*\})$/gm, (line) =>
    line.replace(
      /(\b(?:for|every|warm-up): )(\d+)(ms|s|m)\b/g,
      (_m, key: string, n: string, unit: string) => {
        scaled++;
        return `${key}${(Number(n) * (UNIT_MS[unit] ?? 0)) / 100}ms`;
      },
    ),
  );
  // Two bakes, three durations each: the example still has the shape this test scales.
  expect(scaled).toBe(6);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bake-example-")), "bake.yml");
  writeFileSync(file, out);
  return file;
}

const GUARD_NO = respond(503, {
  pass: false,
  violations: [{ reason: "canary-error-rate", route: "GET /v1/checkout" }],
});
const GUARD_YES = ok({ pass: true, violations: [] });
const WARMING = respond(503, { status: "warming up" });

let server: TimelineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function bake(script: TimelineScript) {
  server = await startTimelineServer(script);
  await server.start();
  const run = await runAction({ inputs: { "base-url": server.url, config: scaledExample(), retries: "0" } });
  const report = readReport(run.outputs.report!);
  const byName = (name: string) => report.checks.find((c) => c.name === name)!;
  return { run, checkout: byName("checkout stays up"), guard: byName("guard holds"), server };
}

describe("examples/checks/bake.yml, scaled down 100×, through dist", () => {
  it("passes a canary that fails only in its warm-up, each bake ending early once five or six runs in a row pass", async () => {
    const {
      run,
      checkout,
      guard,
      server: s,
    } = await bake({
      routes: {
        "/health": [{ answer: ok() }],
        // 503 through the first 400ms of a 600ms warm-up; the guard says no through 900ms of 1.2s.
        "/v1/checkout/health": {
          clock: "first-request",
          phases: [{ forMs: 400, answer: WARMING }, { answer: ok() }],
        },
        "/ops/release-guard": {
          clock: "first-request",
          phases: [{ forMs: 900, answer: GUARD_NO }, { answer: GUARD_YES }],
        },
      },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("passed");
    expect(checkout.bake).toMatchObject({ decidedBy: "pass-after", stoppedEarly: "passed", failures: 0 });
    expect(checkout.bake!.marks!.filter((m) => m === "pass")).toHaveLength(5);
    expect(checkout.bake!.marks).toContain("warm-up-fail");
    expect(guard.bake).toMatchObject({ decidedBy: "pass-after", stoppedEarly: "passed", failures: 0 });
    expect(guard.bake!.marks!.filter((m) => m === "pass")).toHaveLength(6);
    expect(guard.bake!.marks).toContain("warm-up-fail");
    // Early: the checkout window holds 20 runs and the guard's 20; far fewer reached the service.
    expect(s.requestsTo("/v1/checkout/health").length).toBeLessThan(15);
    expect(s.requestsTo("/ops/release-guard").length).toBeLessThan(15);
  });

  it("blocks a canary still failing after its warm-up: three failures in a row end the bake at once", async () => {
    const {
      run,
      checkout,
      server: s,
    } = await bake({
      routes: {
        "/health": [{ answer: ok() }],
        "/v1/checkout/health": [
          { answer: respond(503, { error: { code: "UPSTREAM", message: "payments down" } }) },
        ],
        "/ops/release-guard": [{ answer: GUARD_YES }],
      },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(checkout.outcome).toBe("failed");
    expect(checkout.bake!.marks!.filter((m) => m === "fail")).toHaveLength(3);
    expect(checkout.bake).toMatchObject({ stoppedEarly: "failed" });
    expect(["fail-after", "failure-limit"]).toContain(checkout.bake!.decidedBy);
    // Four warm-up runs (0–450ms of 600ms) and three counted: the 3s window's other runs were never sent.
    expect(s.requestsTo("/v1/checkout/health").length).toBeLessThanOrEqual(8);
  });

  it("blocks when the guard still says no after its warm-up: one counted no is enough (failure-limit 0)", async () => {
    const { run, guard } = await bake({
      routes: {
        "/health": [{ answer: ok() }],
        "/v1/checkout/health": [{ answer: ok() }],
        "/ops/release-guard": [{ answer: GUARD_NO }],
      },
    });
    expect(run.code).toBe(1);
    expect(guard.outcome).toBe("failed");
    expect(guard.bake!.marks!.filter((m) => m === "fail")).toHaveLength(1);
    expect(guard.bake!.marks!.filter((m) => m === "warm-up-fail").length).toBeGreaterThanOrEqual(1);
  });
});
