// Templates in expectation values through the bundled action, with GITHUB_SHA set as the runner
// sets it: a version endpoint that serves the commit being deployed passes (examples/checks/
// version.yml, as shipped); one still serving the old commit fails with "the new build is not the
// one serving", expected vs actual; and an expectation on an empty {{ sha }} (outside Actions) is
// refused before any request, never a comparison with "".
import { spawn } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { json, startServer, type TestServer } from "../support/gate.js";
import { readReport } from "../support/reports.js";
import { CLI, runAction } from "../support/run-action.js";

const NEW_SHA = "0123456789abcdef0123456789abcdef01234567";
const OLD_SHA = "fedcba9876543210fedcba9876543210fedcba98";

let service: TestServer | undefined;
let versionRequests = 0;
afterEach(async () => {
  await service?.close();
  service = undefined;
});

/** A service whose /version reports `commit` (a share of the answers from `stale` instances). */
async function serving(commit: string, stale?: { commit: string; every: number }): Promise<string> {
  versionRequests = 0;
  service = await startServer((req, res) => {
    if (req.url !== "/version") return json(res, 404, { error: "no route" });
    versionRequests++;
    const sha = stale && versionRequests % stale.every === 0 ? stale.commit : commit;
    json(
      res,
      200,
      { commit: sha, build: { tags: ["release", sha], number: 4242 } },
      { "x-served-by-commit": sha },
    );
  });
  return service.url;
}

const STRICT = `- name: new build is serving
  request: GET /version
  expect:
    json:
      $.commit: "{{ sha }}"
      $.build.tags: { contains: "{{ sha }}" }
      $.commit ~ in: { in: ["{{ vars.HOTFIX_SHA }}", "{{ sha }}"] }
    headers:
      x-served-by-commit: "{{ sha }}"
    body: { contains: "{{ sha }}" }
`.replace("$.commit ~ in", "$['commit']");

describe("templates in expectation values through dist", () => {
  it("passes when the version endpoint serves the commit being deployed (examples/checks/version.yml)", async () => {
    const url = await serving(NEW_SHA);
    const run = await runAction({
      inputs: { "base-url": url, config: "examples/checks/version.yml" },
      env: { GITHUB_SHA: NEW_SHA },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs).toMatchObject({ result: "passed", passed: "3", failed: "0" });
    // The rollout poll, the strict check and 20 samples all reached the service.
    expect(versionRequests).toBeGreaterThanOrEqual(22);
  });

  it("every expectation form compares with the rendered value", async () => {
    const url = await serving(NEW_SHA);
    const run = await runAction({
      inputs: { "base-url": url, checks: STRICT, vars: "HOTFIX_SHA=ffff" },
      env: { GITHUB_SHA: NEW_SHA },
    });
    expect(run.code, run.stdout).toBe(0);
    const check = readReport(run.outputs.report!).checks[0]!;
    expect(check.assertions.filter((a) => a.expectedFrom).map((a) => [a.target, a.expectedFrom])).toEqual([
      ["header x-served-by-commit", "{{ sha }}"],
      ["$.commit", "{{ sha }}"],
      ["$.build.tags", "{{ sha }}"],
      ["$['commit']", "{{ vars.HOTFIX_SHA }}, {{ sha }}"],
      ["body", "{{ sha }}"],
    ]);
    expect(check.assertions.every((a) => a.passed)).toBe(true);
  });

  it("fails when the old build is still serving, saying so with the expected and the actual commit", async () => {
    const url = await serving(OLD_SHA);
    const run = await runAction({
      inputs: { "base-url": url, checks: STRICT, vars: "HOTFIX_SHA=ffff" },
      env: { GITHUB_SHA: NEW_SHA },
    });
    expect(run.code).toBe(1);
    expect(run.outputs.result).toBe("failed");
    const head = run.summary.split("### Checks")[0] ?? "";
    expect(head).toContain(
      `- **new build is serving** — header x-served-by-commit: another build is serving · the new build is not the one serving: header x-served-by-commit is ${OLD_SHA}, expected ${NEW_SHA} ({{ sha }}, the commit this run deploys); 4 more expectations on {{ sha }} fail alike →`,
    );
    expect(head).toContain(
      "→ the deployment has not rolled out, was rolled back, or the base URL points at the old version",
    );
    const check = readReport(run.outputs.report!).checks[0]!;
    const commit = check.assertions.find((a) => a.target === "$.commit")!;
    expect(commit).toMatchObject({
      passed: false,
      actual: `"${OLD_SHA}"`,
      expected: `"${NEW_SHA}"`,
      expectedFrom: "{{ sha }}",
    });
    // The annotation says it too.
    expect(run.stdout).toMatch(
      /::error title=deploy-gate%3A new build is serving::.*the new build is not the one serving/,
    );
  });

  it("a sample set catches one old instance left in the pool", async () => {
    const url = await serving(NEW_SHA, { commit: OLD_SHA, every: 5 });
    const run = await runAction({
      inputs: {
        "base-url": url,
        checks: `- name: no old instance left
  request: GET /version
  sample: { count: 20, concurrency: 4 }
  expect:
    json:
      $.commit: "{{ sha }}"
`,
      },
      env: { GITHUB_SHA: NEW_SHA },
    });
    expect(run.code).toBe(1);
    const check = readReport(run.outputs.report!).checks[0]!;
    expect(check.samples).toMatchObject({ count: 20, errors: 4 });
    expect(check.detail).toBe(
      `error rate 20% (4/20) > 0% — first: $.commit: expected "${NEW_SHA}", got "${OLD_SHA}"`,
    );
    // (The summary escapes markdown: \$ and &quot;.)
    expect(run.summary).toContain(
      `- **no old instance left** — error rate: another build answered some requests · 4 of 20 answers (20%) failed, and the new build is not the only one serving: \\$.commit was &quot;${OLD_SHA}&quot;, expected &quot;${NEW_SHA}&quot; ({{ sha }}, the commit this run deploys) → an old instance is still taking traffic`,
    );
  });

  it("refuses an expectation on an empty {{ sha }} before any request (outside Actions)", async () => {
    const url = await serving(NEW_SHA);
    const run = await runAction({
      inputs: { "base-url": url, config: "examples/checks/version.yml" },
      env: { GITHUB_SHA: "" },
    });
    expect(run.code).toBe(1);
    expect(versionRequests).toBe(0);
    expect(run.summary).toContain("invalid config");
    expect(run.summary).toContain(
      'checks[0] ("rollout reached the service", line 17).until.json["$.commit"]: {{ sha }} is empty here, so this expectation would compare the answer with an empty value and prove nothing: GITHUB_SHA is not set: run inside GitHub Actions, or set it (GITHUB_SHA=$(git rev-parse HEAD) npx deploy-gate …)',
    );
    // Every expectation form is caught, a header value included (named by its header).
    expect(run.summary).toMatch(/\.expect\.headers\.x-served-by-commit: \{\{ sha \}\} is empty here/);
    expect(run.summary).toMatch(/\.expect\.json\["\$\.build\.tags"\]\.contains: \{\{ sha \}\} is empty here/);
  });

  it("the CLI outside Actions says the same, and GITHUB_SHA makes it work", async () => {
    const url = await serving(NEW_SHA);
    const cli = (env: Record<string, string>) =>
      new Promise<{ code: number | null; out: string }>((resolve, reject) => {
        const child = spawn(
          process.execPath,
          [
            CLI,
            "--base-url",
            url,
            "--config",
            "examples/checks/version.yml",
            "--only",
            "new build is serving",
          ],
          { env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", ...env }, stdio: ["ignore", "pipe", "pipe"] },
        );
        let out = "";
        child.stdout.on("data", (d: Buffer) => {
          out += d;
        });
        child.stderr.on("data", (d: Buffer) => {
          out += d;
        });
        child.on("error", reject);
        child.on("close", (code) => resolve({ code, out }));
      });
    const refused = await cli({});
    expect(refused.code).not.toBe(0);
    expect(refused.out).toContain("{{ sha }} is empty here");
    expect(refused.out).toContain("GITHUB_SHA=$(git rev-parse HEAD) npx deploy-gate");
    expect(versionRequests).toBe(0);
    const ran = await cli({ GITHUB_SHA: NEW_SHA });
    expect(ran.code, ran.out).toBe(0);
  });

  it("a template inside `matches` is matched literally: another release's 1x2x3 does not pass for 1.2.3", async () => {
    const release = (name: string) =>
      startServer((req, res) => json(res, req.url === "/release" ? 200 : 404, { name }));
    const checks = `- name: release is serving
  request: GET /release
  expect:
    json: { $.name: { matches: "^release-{{ vars.RELEASE }}$" } }
`;
    for (const [served, code] of [
      ["release-1.2.3", 0],
      ["release-1x2x3", 1],
    ] as const) {
      service = await release(served);
      const run = await runAction({ inputs: { "base-url": service.url, checks, vars: "RELEASE=1.2.3" } });
      expect(run.code, `${served}: ${run.stdout}`).toBe(code);
      await service.close();
      service = undefined;
    }
  });
});
