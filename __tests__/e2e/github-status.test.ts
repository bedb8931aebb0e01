// Commit and deployment statuses through the bundled action, against a local fake of the GitHub
// REST API (GITHUB_API_URL with a GHES-style /api/v3 prefix) and a real service on 127.0.0.1.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeGithubApi, startFakeGithubApi } from "../github/fake-github-api.js";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { runAction } from "../support/run-action.js";

const TOKEN = "ghs_e2eStatusToken0123456789";
const SHA = "0123456789abcdef0123456789abcdef01234567";
const PASSING = "- GET /health\n- GET /ready\n";
const FAILING =
  "- GET /health\n- GET /broken\n- name: optional\n  severity: warning\n  request: GET /broken\n";

let api: FakeGithubApi;
let service: FixtureServer;

beforeAll(async () => {
  api = await startFakeGithubApi();
  service = await startFixtureServer({
    "/health": json({ ok: true }),
    "/ready": json({ ok: true }),
    "/broken": json({ error: { code: "DOWN", message: "down" } }, { status: 500 }),
  });
});

afterAll(async () => {
  await api.close();
  await service.close();
});

beforeEach(() => api.reset());

function gate(inputs: Record<string, string>, env: Record<string, string> = {}) {
  return runAction({
    inputs: { "base-url": service.url, "github-token": TOKEN, retries: "0", ...inputs },
    env: { GITHUB_API_URL: api.url, ...env },
  });
}

/** The log without the `::add-mask::` commands, which hand the secret to the runner to mask. */
function log(run: { stdout: string; stderr: string }): string {
  return `${run.stdout}\n${run.stderr}`
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}

function eventFile(name: string, payload: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-event-")), `${name}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

describe("commit status", () => {
  it("goes pending, then success, on the run's SHA with the label's context and the run URL", async () => {
    const run = await gate({ checks: PASSING, label: "eu-west" });
    expect(run.code).toBe(0);
    const statuses = api.commitStatuses();
    expect(statuses.map((s) => s.body.state)).toEqual(["pending", "success"]);
    for (const s of statuses) {
      expect(s.path).toBe(`/repos/acme/shop/statuses/${SHA}`);
      expect(s.body.context).toBe("deploy-gate (eu-west)");
      expect(s.body.target_url).toBe("https://github.com/acme/shop/actions/runs/4242");
      expect(s.headers.authorization).toBe(`token ${TOKEN}`);
      expect(s.body.description.length).toBeLessThanOrEqual(140);
    }
    expect(statuses[1]?.body.description).toBe("passed — 2 checks");
    expect(log(run)).not.toContain(TOKEN);
    expect(run.summary).not.toContain(TOKEN);
  });

  it("is a failure naming the counts and failed checks when the gate blocks; the context has no label without one", async () => {
    const run = await gate({ checks: FAILING });
    expect(run.code).toBe(1);
    const final = api.commitStatuses().at(-1)?.body;
    expect(final).toMatchObject({ state: "failure", context: "deploy-gate" });
    expect(final.description).toBe("blocked — 1 of 3 checks failed, 1 warning: GET /broken");
  });

  it("is a success saying what would have blocked in a dry run, and the job passes", async () => {
    const run = await gate({ checks: FAILING, mode: "dry-run" });
    expect(run.code).toBe(0);
    const final = api.commitStatuses().at(-1)?.body;
    expect(final.state).toBe("success");
    expect(final.description).toMatch(/^would have blocked \(dry run\) — 1 of 3 checks failed/);
  });

  it("is an error for an invalid config, with no pending status first", async () => {
    const before = service.requests.length;
    const run = await gate({ checks: "- request: GET /x\n  expect: { status: abc }\n" });
    expect(run.code).toBe(1);
    expect(api.commitStatuses().map((s) => s.body.state)).toEqual(["error"]);
    expect(api.commitStatuses()[0]?.body.description).toBe(
      "invalid config or inputs — no request was sent (see the job log)",
    );
    expect(service.requests).toHaveLength(before);
  });

  it("is an error naming the right cause for a fan-in: refused inputs, or reports it could not read", async () => {
    const refused = await gate({ "base-url": "", "merge-reports": "legs/*.json", quorum: "most" });
    expect(refused.code).toBe(1);
    expect(api.commitStatuses().at(-1)?.body).toMatchObject({
      state: "error",
      description: "invalid config or inputs — no request was sent (see the job log)",
    });
    api.reset();
    const unread = await gate({ "base-url": "", "merge-reports": "no-such-dir/*.json" });
    expect(unread.code).toBe(1);
    expect(api.commitStatuses().at(-1)?.body).toMatchObject({
      state: "error",
      description: "fan-in could not read the matrix legs' reports (see the job log)",
    });
  });

  it("goes on the pull request's head commit, not the merge commit, on pull_request events", async () => {
    const head = "fedcba9876543210fedcba9876543210fedcba98";
    const event = eventFile("pr", { pull_request: { number: 7, head: { sha: head } } });
    await gate({ checks: PASSING }, { GITHUB_EVENT_NAME: "pull_request", GITHUB_EVENT_PATH: event });
    expect(api.commitStatuses().map((s) => s.path)).toEqual([
      `/repos/acme/shop/statuses/${head}`,
      `/repos/acme/shop/statuses/${head}`,
    ]);
  });

  it("is not posted, and octokit is not loaded, without a token", async () => {
    // A copy of dist without the chunk that holds octokit: a gate with no token must not miss it.
    const dist = mkdtempSync(path.join(tmpdir(), "deploy-gate-dist-"));
    cpSync("dist", dist, { recursive: true });
    const chunks = readdirSync(dist).filter(
      (f) =>
        f !== "index.js" &&
        f.endsWith(".js") &&
        readFileSync(path.join(dist, f), "utf8").includes("getOctokit"),
    );
    expect(chunks).toHaveLength(1);
    // octokit's own user-agent trails: in the chunk, never in the entry file (which now also holds
    // @actions/core and @actions/http-client, whose comments mention api.github.com).
    const OCTOKIT = /octokit-(?:core|endpoint|request|graphql)\.js/;
    expect(readFileSync(path.join(dist, chunks[0]!), "utf8")).toMatch(OCTOKIT);
    expect(readFileSync(path.join(dist, "index.js"), "utf8")).not.toMatch(OCTOKIT);
    rmSync(path.join(dist, chunks[0]!));
    const run = await runAction({
      entry: path.join(dist, "index.js"),
      inputs: { "base-url": service.url, checks: PASSING },
      env: { GITHUB_API_URL: api.url },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(api.requests).toHaveLength(0);
  });
});

describe("deployment status", () => {
  it("is added to the deployment named by the input, with the log URL and the carried-over environment URL", async () => {
    api.latestEnvironmentUrl = "https://eu.shop.example";
    const run = await gate({ checks: FAILING, label: "eu", "deployment-id": "9001" });
    expect(run.code).toBe(1);
    const [status, ...more] = api.deploymentStatuses();
    expect(more).toHaveLength(0);
    expect(status?.path).toBe("/repos/acme/shop/deployments/9001/statuses");
    expect(status?.body).toMatchObject({
      state: "failure",
      log_url: "https://github.com/acme/shop/actions/runs/4242",
      environment_url: "https://eu.shop.example",
    });
    expect(status?.body.description).toBe(
      "deploy-gate (eu): blocked — 1 of 3 checks failed, 1 warning: GET /broken",
    );
  });

  it.each(["deployment", "deployment_status"])(
    "is added to the deployment of a %s event payload",
    async (eventName) => {
      const event = eventFile(eventName, {
        deployment: { id: 77, sha: SHA, environment: "production" },
        ...(eventName === "deployment_status" ? { deployment_status: { state: "success" } } : {}),
      });
      const run = await gate({ checks: PASSING }, { GITHUB_EVENT_NAME: eventName, GITHUB_EVENT_PATH: event });
      expect(run.code).toBe(0);
      const statuses = api.deploymentStatuses();
      expect(statuses.map((s) => [s.path, s.body.state])).toEqual([
        ["/repos/acme/shop/deployments/77/statuses", "success"],
      ]);
      expect(statuses[0]?.body).not.toHaveProperty("environment_url");
    },
  );

  it("prefers the input's deployment id over the event's", async () => {
    const event = eventFile("deployment", { deployment: { id: 77, sha: SHA } });
    await gate(
      { checks: PASSING, "deployment-id": "78" },
      { GITHUB_EVENT_NAME: "deployment", GITHUB_EVENT_PATH: event },
    );
    expect(api.deploymentStatuses().map((s) => s.path)).toEqual(["/repos/acme/shop/deployments/78/statuses"]);
  });

  it("is not set in a dry run", async () => {
    const run = await gate({ checks: FAILING, mode: "dry-run", "deployment-id": "9001" });
    expect(run.code).toBe(0);
    expect(api.deploymentStatuses()).toHaveLength(0);
    expect(run.stdout).toContain("dry run: no deployment status is set on deployment 9001");
  });
});

describe("an API that refuses", () => {
  it.each([
    [403, "passing", PASSING, 0],
    [403, "failing", FAILING, 1],
    [500, "passing", PASSING, 0],
    [500, "failing", FAILING, 1],
  ])(
    "a %i on commit statuses is a warning naming statuses: write; a %s gate keeps its verdict",
    async (status, _kind, checks, code) => {
      api.fail("commit-status", status);
      const run = await gate({ checks, label: "us" });
      expect(run.code).toBe(code);
      expect(run.outputs.result).toBe(code === 0 ? "passed" : "failed");
      const warnings = run.stdout
        .split("\n")
        .filter((l) => l.startsWith("::warning::deploy-gate could not set the commit status"));
      expect(warnings.length).toBeGreaterThanOrEqual(1);
      for (const w of warnings) {
        expect(w).toContain("statuses: write");
        expect(w).toContain(`GitHub answered ${status}`);
        expect(w).toContain("verdict is unchanged");
      }
      if (status === 403) {
        // Refused once: the final status is not tried again, and the warning is not repeated.
        expect(warnings).toHaveLength(1);
        expect(api.commitStatuses()).toHaveLength(1);
        expect(warnings[0]).toContain("Resource not accessible by integration");
      } else {
        // One retry per status, both warned about.
        expect(api.commitStatuses()).toHaveLength(4);
        expect(warnings).toHaveLength(2);
      }
      expect(log(run)).not.toContain(TOKEN);
    },
  );

  it.each([403, 404, 500])(
    "a %i on deployment statuses is a warning naming deployments: write",
    async (status) => {
      api.fail("deployment-status", status);
      const run = await gate({ checks: FAILING, "deployment-id": "9001" });
      expect(run.code).toBe(1);
      expect(run.outputs.result).toBe("failed");
      const warning = run.stdout
        .split("\n")
        .find((l) => l.startsWith("::warning::deploy-gate could not add a deployment status"));
      expect(warning).toContain("deployments: write");
      expect(warning).toContain(`GitHub answered ${status}`);
      expect(api.commitStatuses().map((s) => s.body.state)).toEqual(["pending", "failure"]);
    },
  );

  it("an unreachable API is a warning, not a crash", async () => {
    const run = await gate({ checks: PASSING }, { GITHUB_API_URL: "http://127.0.0.1:9/api/v3" });
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("passed");
    expect(run.stdout).toMatch(
      /::warning::deploy-gate could not set the commit status "deploy-gate" on 0123456789ab: the request to the GitHub API failed/,
    );
  });
});
