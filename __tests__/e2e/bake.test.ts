// Bake rules through the bundled action (`node dist/index.js`) against a loopback service whose
// answers really change over time (__tests__/support/timeline-server.ts): failures in the warm-up
// do not count, pass-after and fail-after stop the bake as soon as its verdict is certain (the
// service then gets fewer requests than the window would have sent, and the gate ends early), and
// a bake the gate's deadline cuts is inconclusive — with on-inconclusive: hold the step succeeds
// with result=inconclusive.
import { afterEach, describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import { readReport } from "../support/reports.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import {
  ok,
  respond,
  slow,
  startTimelineServer,
  type TimelineScript,
  type TimelineServer,
} from "../support/timeline-server.js";

const WARMING = respond(503, { status: "warming up" });
const BROKEN = respond(503, { error: { code: "DB_UNAVAILABLE", message: "primary down" } });

let server: TimelineServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function gate(
  script: TimelineScript,
  checks: string,
  inputs: Record<string, string> = {},
): Promise<{ run: ActionRun; report: GateResult; head: string; server: TimelineServer }> {
  server = await startTimelineServer(script);
  await server.start();
  const run = await runAction({ inputs: { "base-url": server.url, retries: "0", checks, ...inputs } });
  const report = readReport(run.outputs.report!);
  const head = run.summary.split("### Checks")[0] ?? "";
  return { run, report, head, server };
}

/** A route that answers 503 from its first request for `forMs`, then 200. */
const warmsUp = (forMs: number): TimelineScript => ({
  routes: {
    "/v1/orders": { clock: "first-request", phases: [{ forMs, answer: WARMING }, { answer: ok() }] },
  },
});

describe("bake rules through dist", () => {
  it("does not count failures in the warm-up: a service warming up for 1.5s passes", async () => {
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 5s, every: 1s, warm-up: 1.5s }
`;
    const { run, report, server: s } = await gate(warmsUp(1500), checks);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("passed");
    const bake = report.checks[0]!.bake!;
    expect(bake.marks).toEqual(["warm-up-fail", "warm-up-fail", "pass", "pass", "pass"]);
    expect(bake).toMatchObject({ failures: 0, decidedBy: "window", warmUpMs: 1500 });
    expect(s.requestsTo("/v1/orders").filter((r) => r.status === 503)).toHaveLength(2);
    // The summary draws the timeline, one mark per run.
    expect(run.summary).toContain("| ⭕⭕✅✅✅ (warm-up: 2 · 5 of 5 runs, 0 failed (limit 0)) |");
    expect(run.summary).toContain(
      "_Bake timelines: one mark per run — ⚪⭕ warm-up (passed, failed; not counted), ✅❌ counted._",
    );
  });

  it("the same service without warm-up fails: the warm-up is what lets it through", async () => {
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 5s, every: 1s }
`;
    const { run, report, head } = await gate(warmsUp(1500), checks);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(report.checks[0]!.bake).toMatchObject({ runs: 1, failures: 1, decidedBy: "failure-limit" });
    expect(head).toContain(
      "- **orders bake** — ❌ · 1 of 1 bake run failed (limit 0); the last: 503 Service Unavailable",
    );
  });

  it("pass-after stops the bake early: fewer requests than the window holds, and the gate ends early", async () => {
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 20s, every: 600ms, warm-up: 1s, pass-after: 3 }
`;
    const { run, report, server: s } = await gate(warmsUp(300), checks);
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.result).toBe("passed");
    const bake = report.checks[0]!.bake!;
    // Two warm-up runs (one of them failed), then three passes in a row: 5 of the window's 34.
    expect(bake).toMatchObject({
      runs: 5,
      plannedRuns: 34,
      decidedBy: "pass-after",
      stoppedEarly: "passed",
    });
    expect(bake.marks).toEqual(["warm-up-fail", "warm-up-pass", "pass", "pass", "pass"]);
    expect(s.requestsTo("/v1/orders")).toHaveLength(5);
    expect(run.elapsedMs, "the gate ended long before the 20s window").toBeLessThan(8000);
    expect(report.checks[0]!.detail).toBe(
      "bake: passed early after 3 passes in a row (pass-after 3): 5 of 34 runs, 0 failed (limit 0), 2 in warm-up not counted",
    );
    expect(run.summary).toContain("| ⭕⚪✅✅✅ (warm-up: 2 · passed early after 3 in a row) |");
  });

  it("fail-after stops the bake early, failed, and the first screen shows the timeline", async () => {
    const script: TimelineScript = {
      routes: {
        "/v1/orders": { clock: "first-request", phases: [{ forMs: 1250, answer: ok() }, { answer: BROKEN }] },
      },
    };
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 20s, every: 500ms, failure-limit: 5, fail-after: 3 }
`;
    const { run, report, head, server: s } = await gate(script, checks);
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    expect(JSON.parse(run.outputs["failed-checks"]!)).toEqual(["orders bake"]);
    const bake = report.checks[0]!.bake!;
    expect(bake).toMatchObject({ failures: 3, decidedBy: "fail-after", stoppedEarly: "failed" });
    expect(bake.marks).toEqual(["pass", "pass", "pass", "fail", "fail", "fail"]);
    expect(s.requestsTo("/v1/orders")).toHaveLength(6);
    expect(run.elapsedMs).toBeLessThan(8000);
    expect(head).toContain(
      "- **orders bake** — ✅✅✅❌❌❌ · 3 bake runs failed in a row (fail-after 3); the last: 503 Service Unavailable (expected 2xx) · DB\\_UNAVAILABLE: primary down → ",
    );
    // The console (the action's log) draws it with glyphs.
    expect(run.stdout).toContain("✔✔✔✖✖✖");
  });

  it("a bake the gate deadline cuts is inconclusive, and fails closed by default", async () => {
    const script: TimelineScript = {
      routes: { "/v1/orders": [{ answer: ok() }], "/health": [{ answer: ok() }] },
    };
    const checks = `- GET /health
- name: orders bake
  request: GET /v1/orders
  bake: { for: 20s, every: 500ms }
`;
    const { run, report, head, server: s } = await gate(script, checks, { timeout: "3s" });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({
      result: "inconclusive",
      inconclusive: "1",
      failed: "0",
      passed: "1",
    });
    expect(report.verdict).toBe("inconclusive");
    // The deadline cut only the bake: that is not an interrupted gate, it is one that could not judge.
    expect(report.interrupted).toBeUndefined();
    const bake = report.checks[1]!;
    expect(bake.outcome).toBe("inconclusive");
    expect(bake.bake).toMatchObject({ cut: "deadline", failures: 0, plannedRuns: 40 });
    const runs = bake.bake!.runs;
    expect(runs).toBeGreaterThanOrEqual(4);
    expect(runs).toBeLessThanOrEqual(7);
    expect(s.requestsTo("/v1/orders")).toHaveLength(runs);
    expect(bake.detail).toBe(
      `bake cut by the gate deadline after ${runs} of 40 runs, 0 failed (limit 0): not enough to judge`,
    );
    expect(head).toMatch(
      /^## ❔ deploy-gate: inconclusive — 1 of 2 checks could not reach a judgement; failing closed/,
    );
    expect(head).toContain("**Could not reach a judgement:**");
    expect(head).toContain("give the gate a longer timeout, or a shorter bake");
    expect(run.stdout).toMatch(
      /::error::deploy-gate blocked the deployment — 1 critical check could not reach a judgement/,
    );
  });

  it("a run in flight when the deadline passes is cut with the bake: the slow answer is not counted as a failure", async () => {
    const script: TimelineScript = {
      routes: {
        "/v1/orders": {
          clock: "first-request",
          phases: [{ forMs: 1000, answer: ok() }, { answer: slow(5000, ok()) }],
        },
      },
    };
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 20s, every: 400ms }
`;
    const { run, report, server: s } = await gate(script, checks, { timeout: "2s" });
    expect(run.outputs.result).toBe("inconclusive");
    expect(report.interrupted).toBeUndefined();
    const bake = report.checks[0]!.bake!;
    expect(bake).toMatchObject({ cut: "deadline", failures: 0 });
    // The runs before the service slowed down passed; the slow one the deadline cut is not among them.
    expect(bake.marks!.every((m) => m === "pass")).toBe(true);
    expect(s.requestsTo("/v1/orders").length).toBe(bake.runs + 1);
    expect(run.elapsedMs).toBeLessThan(6000);
  });

  it("with on-inconclusive: hold the cut bake lets the step succeed with result=inconclusive", async () => {
    const script: TimelineScript = { routes: { "/v1/orders": [{ answer: ok() }] } };
    const checks = `- name: orders bake
  request: GET /v1/orders
  bake: { for: 20s, every: 500ms, pass-after: 100 }
`;
    // pass-after 100 can never be met in 40 runs: refused at load, before any request.
    const refused = await gate(script, checks, { timeout: "3s", "on-inconclusive": "hold" });
    expect(refused.run.code).toBe(1);
    expect(refused.run.summary).toContain("pass-after 100 can never be reached");
    expect(refused.server.requests).toHaveLength(0);
    await server?.close();

    const held = await gate(script, checks.replace("pass-after: 100", "pass-after: 30"), {
      timeout: "2s",
      "on-inconclusive": "hold",
    });
    expect(held.run.code, held.run.stdout).toBe(0);
    expect(held.run.outputs.result).toBe("inconclusive");
    expect(held.report.checks[0]!.bake).toMatchObject({ cut: "deadline" });
    expect(held.head).toMatch(/held for approval \(on-inconclusive: hold\)/);
  });
});
