// Reading the deployment id and the commit to report on from the event payload.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eventTarget, readEventTarget } from "../../src/github/event.js";

const SHA = "fedcba9876543210fedcba9876543210fedcba98";

describe("eventTarget", () => {
  it("takes the deployment id and sha of deployment and deployment_status events", () => {
    for (const name of ["deployment", "deployment_status"]) {
      expect(eventTarget(name, { deployment: { id: 123, sha: SHA } })).toEqual({
        deploymentId: "123",
        sha: SHA,
      });
    }
  });

  it("takes the head sha of pull requests and workflow runs", () => {
    expect(eventTarget("pull_request", { pull_request: { head: { sha: SHA } } })).toEqual({ sha: SHA });
    expect(eventTarget("pull_request_target", { pull_request: { head: { sha: SHA } } })).toEqual({
      sha: SHA,
    });
    expect(eventTarget("workflow_run", { workflow_run: { head_sha: SHA } })).toEqual({ sha: SHA });
  });

  it("names nothing for other events and for odd payloads", () => {
    expect(eventTarget("push", { deployment: { id: 1 }, pull_request: { head: { sha: SHA } } })).toEqual({});
    expect(eventTarget("deployment", { deployment: { id: -1, sha: "not-a-sha" } })).toEqual({});
    expect(eventTarget("deployment", { deployment: { id: "77" } })).toEqual({ deploymentId: "77" });
    expect(eventTarget("deployment", null)).toEqual({});
    expect(eventTarget("deployment", { deployment: "x" })).toEqual({});
  });
});

describe("readEventTarget", () => {
  it("reads GITHUB_EVENT_PATH, and treats a missing or broken file as no event", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-event-"));
    const good = path.join(dir, "event.json");
    writeFileSync(good, JSON.stringify({ deployment: { id: 9 } }));
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, "{");
    expect(readEventTarget({ GITHUB_EVENT_NAME: "deployment", GITHUB_EVENT_PATH: good })).toEqual({
      deploymentId: "9",
    });
    expect(readEventTarget({ GITHUB_EVENT_NAME: "deployment", GITHUB_EVENT_PATH: bad })).toEqual({});
    expect(
      readEventTarget({ GITHUB_EVENT_NAME: "deployment", GITHUB_EVENT_PATH: path.join(dir, "none") }),
    ).toEqual({});
    expect(readEventTarget({ GITHUB_EVENT_NAME: "deployment" })).toEqual({});
  });
});
