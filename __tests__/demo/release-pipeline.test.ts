// The `pipeline` scenario: examples/workflows/release-pipeline.yml is wired so that a broken
// release cannot reach production. A tag triggers it; the gate runs against staging after the
// staging deploy; every production deploy needs the gate (directly or through another
// production deploy) and nothing lets it run when the gate failed; feedback is bounded in time
// and the reports survive a failure.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { prepareGate } from "../../src/engine/prepare.js";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
  "continue-on-error"?: unknown;
}
interface Job {
  needs?: string | string[];
  if?: string;
  environment?: string | { name: string };
  "timeout-minutes"?: number;
  "continue-on-error"?: unknown;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const FILE = "examples/workflows/release-pipeline.yml";
const workflow = parse(readFileSync(FILE, "utf8")) as Workflow;
const jobs = workflow.jobs;

const needsOf = (name: string): string[] => {
  const needs = jobs[name]?.needs ?? [];
  return Array.isArray(needs) ? needs : [needs];
};
/** Every job `name` waits for, directly or through other jobs. */
function ancestors(name: string, seen = new Set<string>()): Set<string> {
  for (const need of needsOf(name)) {
    if (seen.has(need)) continue;
    seen.add(need);
    ancestors(need, seen);
  }
  return seen;
}
const environmentOf = (job: Job) =>
  typeof job.environment === "string" ? job.environment : (job.environment?.name ?? "");
const isGateStep = (step: Step) => step.uses?.startsWith("deploy-gate/deploy-gate@") ?? false;

const gateJobs = Object.entries(jobs).filter(([, job]) => job.steps.some(isGateStep));
const [gateName = "", gateJob] = gateJobs[0] ?? [];
const gateStep = gateJob?.steps.find(isGateStep);
const productionJobs = Object.entries(jobs).filter(([, job]) => environmentOf(job).startsWith("production"));

describe("release-pipeline.yml", () => {
  it("is triggered by version tags only", () => {
    expect(Object.keys(workflow.on)).toEqual(["push"]);
    const push = workflow.on.push as { tags?: string[]; branches?: string[] };
    expect(push.branches).toBeUndefined();
    expect(push.tags?.length).toBeGreaterThan(0);
    for (const pattern of push.tags ?? []) expect(pattern).toMatch(/^v/);
  });

  it("has no dangling or circular needs", () => {
    for (const name of Object.keys(jobs)) {
      for (const need of needsOf(name)) expect(Object.keys(jobs), `${name} needs ${need}`).toContain(need);
      expect(ancestors(name).has(name), `${name} needs itself`).toBe(false);
    }
  });

  it("gates once, on staging, after the staging deploy", () => {
    expect(gateJobs.map(([name]) => name)).toEqual([gateName]);
    expect(environmentOf(gateJob!)).toBe("");
    const staging = [...ancestors(gateName)].filter((n) => environmentOf(jobs[n]!) === "staging");
    expect(staging.length).toBe(1);
    expect(gateStep?.uses).toMatch(/^deploy-gate\/deploy-gate@v\d+$/);
    expect(gateStep?.with?.["base-url"]).toMatch(/^https:\/\/staging\./);
    expect(gateStep?.with?.label).toBe("staging");
  });

  it("makes every production deploy need the gate, with nothing to run it after a failed gate", () => {
    expect(productionJobs.length).toBeGreaterThanOrEqual(2);
    for (const [name, job] of productionJobs) {
      expect(ancestors(name).has(gateName), `${name} must need ${gateName}`).toBe(true);
      // always(), failure() or !cancelled() in `if` would start it after a failed need.
      expect(job.if ?? "", name).not.toMatch(/always\(\)|failure\(\)|cancelled\(\)/);
    }
    // No job in between may run after a failure either.
    for (const name of Object.keys(jobs)) {
      if (ancestors(name).has(gateName)) expect(jobs[name]?.if ?? "").not.toMatch(/always\(\)|failure\(\)/);
    }
  });

  it("lets the gate fail the job: enforce mode, no continue-on-error", () => {
    expect(gateJob?.["continue-on-error"]).toBeUndefined();
    expect(gateStep?.["continue-on-error"]).toBeUndefined();
    expect(gateStep?.if).toBeUndefined();
    expect(gateStep?.with?.mode ?? "enforce").toBe("enforce");
  });

  it("gives feedback fast and keeps the reports of a failed gate", () => {
    expect(gateJob?.["timeout-minutes"]).toBeLessThanOrEqual(10);
    expect(String(gateStep?.with?.timeout)).toMatch(/^[1-5]m$/);
    expect(String(gateStep?.with?.["fail-fast"])).toBe("true");
    const upload = gateJob?.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.if).toBe("always()");
    expect(upload?.with?.path).toContain("deploy-gate");
  });

  it("runs a config that exists and gets exactly the secrets that config uses", () => {
    const config = String(gateStep?.with?.config);
    const lines = String(gateStep?.with?.secrets).trim().split("\n");
    const secrets = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf("=")), "x"]));
    for (const line of lines) expect(line).toMatch(/^[A-Z_]+=\$\{\{ secrets\.[A-Z_]+ \}\}$/);
    const text = readFileSync(config, "utf8");
    expect(() =>
      prepareGate({ configText: text, source: config, secrets, vars: {}, label: "staging", env: {} }),
    ).not.toThrow();
    const used = new Set([...text.matchAll(/\{\{ secrets\.(\w+) \}\}/g)].map((m) => m[1]));
    expect(new Set(Object.keys(secrets))).toEqual(used);
  });
});
