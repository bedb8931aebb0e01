// Status states and descriptions as pure functions, and StatusPoster in-process against the
// local fake GitHub API: retries, refusals remembered, timeouts, all as warnings.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { mergeLegReports } from "../../src/fan-in/merge.js";
import {
  configErrorStatus,
  deploymentDescription,
  gateStatus,
  MAX_DESCRIPTION,
  mergedStatus,
  pendingStatus,
  StatusPoster,
  type StatusTarget,
  statusContext,
} from "../../src/github/status.js";
import { check, gate } from "../report/fixtures.js";
import { type FakeGithubApi, startFakeGithubApi } from "./fake-github-api.js";

const passed = gate([check({ name: "a" }), check({ name: "b" })]);
const blocked = gate([
  check({ name: "a" }),
  check({ name: "list tasks", outcome: "failed" }),
  check({ name: "slow", severity: "warning", outcome: "failed" }),
]);

describe("statusContext", () => {
  it("is deploy-gate, or deploy-gate (<label>) for a matrix leg", () => {
    expect(statusContext("")).toBe("deploy-gate");
    expect(statusContext("eu-west")).toBe("deploy-gate (eu-west)");
  });
});

describe("gateStatus", () => {
  it("maps the verdict: success, failure with counts and names", () => {
    expect(gateStatus(passed)).toEqual({ state: "success", description: "passed — 2 checks" });
    expect(gateStatus(blocked)).toEqual({
      state: "failure",
      description: "blocked — 1 of 3 checks failed, 1 warning: list tasks",
    });
  });

  it("is a success in a dry run, which never blocks, saying what would have", () => {
    expect(gateStatus({ ...blocked, mode: "dry-run" })).toEqual({
      state: "success",
      description: "would have blocked (dry run) — 1 of 3 checks failed, 1 warning: list tasks",
    });
  });

  it("is an error when the gate could not finish: cancelled (any mode) or timed out", () => {
    const cut = gate([check({ name: "a", outcome: "timed-out" })], { interrupted: "timed-out" });
    expect(gateStatus(cut).state).toBe("error");
    expect(gateStatus({ ...cut, interrupted: "cancelled" }).state).toBe("error");
    expect(gateStatus({ ...cut, interrupted: "cancelled", mode: "dry-run" }).state).toBe("error");
    expect(gateStatus({ ...cut, mode: "dry-run" }).state).toBe("success");
  });

  it("keeps descriptions within GitHub's 140 characters", () => {
    const many = gate(Array.from({ length: 30 }, (_, i) => check({ name: `check ${i}`, outcome: "failed" })));
    const { description } = gateStatus(many);
    expect(description.length).toBe(MAX_DESCRIPTION);
    expect(description.endsWith("…")).toBe(true);
    expect(deploymentDescription("a-very-long-region-label", gateStatus(many)).length).toBe(MAX_DESCRIPTION);
    for (const s of [pendingStatus, configErrorStatus]) expect(s.description.length).toBeLessThanOrEqual(140);
  });

  it("prefixes a deployment status's description with the context", () => {
    expect(deploymentDescription("eu", gateStatus(passed))).toBe("deploy-gate (eu): passed — 2 checks");
  });
});

describe("mergedStatus", () => {
  const legs = [
    { file: "eu.json", result: { ...passed, label: "eu" } },
    { file: "us.json", result: { ...blocked, label: "us" } },
  ];
  it("fails when a leg failed, except in a dry-run fan-in", () => {
    expect(mergedStatus(mergeLegReports(legs, { label: "", mode: "enforce" }))).toEqual({
      state: "failure",
      description: "blocked — 1 of 2 legs failed: us",
    });
    expect(mergedStatus(mergeLegReports(legs, { label: "", mode: "dry-run" })).state).toBe("success");
    expect(mergedStatus(mergeLegReports(legs.slice(0, 1), { label: "", mode: "enforce" })).state).toBe(
      "success",
    );
  });
});

describe("StatusPoster", () => {
  let api: FakeGithubApi;
  const warnings: string[] = [];
  const infos: string[] = [];

  function poster(overrides: Partial<StatusTarget> = {}): StatusPoster {
    return new StatusPoster({
      token: "ghs_unit0123456789",
      repository: "acme/shop",
      sha: "0123456789abcdef0123456789abcdef01234567",
      context: "deploy-gate (eu)",
      runUrl: "https://github.com/acme/shop/actions/runs/1",
      log: { info: (m) => infos.push(m), warning: (m) => warnings.push(m) },
      redact: (t) => t.replaceAll("ghs_unit0123456789", "***"),
      retryDelayMs: 0,
      ...overrides,
    });
  }

  beforeAll(async () => {
    api = await startFakeGithubApi();
    // Read by @actions/github when it is first imported, which StatusPoster does lazily.
    process.env.GITHUB_API_URL = api.url;
  });
  afterAll(() => api.close());
  beforeEach(() => {
    api.reset();
    warnings.length = 0;
    infos.length = 0;
  });

  it("posts through GITHUB_API_URL (a GHES path prefix included)", async () => {
    expect(await poster().commit(pendingStatus)).toBe(true);
    expect(api.commitStatuses()).toHaveLength(1);
    expect(api.requests[0]?.headers["user-agent"]).toMatch(/^deploy-gate\//);
    expect(infos).toEqual(['commit status "deploy-gate (eu)": pending — checks are running']);
  });

  it("retries a 502 once, quietly", async () => {
    api.fail("commit-status", 502, 1);
    expect(await poster().commit(gateStatus(passed))).toBe(true);
    expect(api.commitStatuses()).toHaveLength(2);
    expect(warnings).toEqual([]);
  });

  it("does not retry a 422, and warns naming the permission", async () => {
    api.fail("commit-status", 422);
    expect(await poster().commit(gateStatus(passed))).toBe(false);
    expect(api.commitStatuses()).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("GitHub answered 422 (Validation Failed");
    expect(warnings[0]).toContain("`statuses: write`");
  });

  it("remembers a 403: later statuses of that kind are not tried", async () => {
    api.fail("commit-status", 403);
    const p = poster();
    expect(await p.commit(pendingStatus)).toBe(false);
    expect(await p.commit(gateStatus(passed))).toBe(false);
    expect(api.commitStatuses()).toHaveLength(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain("add `permissions: { statuses: write }` to the job");
    // A deployment status is a different permission: still tried.
    expect(await p.deployment("5", "success", "ok")).toBe(true);
  });

  it("gives up on an API that does not answer", async () => {
    api.hang("commit-status");
    const started = Date.now();
    expect(await poster({ timeoutMs: 200 }).commit(pendingStatus, { attempts: 1 })).toBe(false);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(warnings[0]).toMatch(
      /the request to the GitHub API failed: .*\. The gate's verdict is unchanged\./,
    );
  });

  it("refuses a deployment id that is not a number, without a request", async () => {
    expect(await poster().deployment("abc", "success", "ok")).toBe(false);
    expect(api.requests).toHaveLength(0);
    expect(warnings[0]).toContain("a deployment id is a positive whole number");
  });

  it("posts a deployment status even when reading the latest one fails", async () => {
    api.fail("list-deployment-statuses", 500);
    expect(await poster().deployment("12", "failure", "deploy-gate (eu): blocked")).toBe(true);
    expect(api.deploymentStatuses()[0]?.body).toEqual({
      state: "failure",
      description: "deploy-gate (eu): blocked",
      log_url: "https://github.com/acme/shop/actions/runs/1",
    });
    expect(warnings).toEqual([]);
  });
});
