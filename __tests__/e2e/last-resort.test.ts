// Nothing the bundled action or CLI meets ends in an uncaught error (issue #11, SPEC §5). A broken
// runner (no outputs file, a summary path that is a directory, a report directory under a file)
// costs warnings, never the verdict; a refused input still writes the outputs, the summary and a
// failed report and sends nothing; and an error nothing expected — here a runtime whose clock
// cannot format a date, loaded from outside with `node --import` — ends in one readable line, a
// stack that points at readable lines of dist/, the outputs, a summary, an `error` commit status in
// place of the pending one, and a failed step.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeGithubApi, startFakeGithubApi } from "../github/fake-github-api.js";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { readReport } from "../support/reports.js";
import { ACTION, type ActionRun, CLI, runAction } from "../support/run-action.js";

const BROKEN_CLOCK = {
  NODE_OPTIONS: `--import=${pathToFileURL(path.resolve("__tests__/support/broken-clock.mjs"))}`,
};
const CHECKS = "- GET /health\n- name: list tasks\n  request: GET /v1/tasks\n";
const STACK_FRAME = /^\s+at /m;

let service: FixtureServer;
let api: FakeGithubApi;

beforeAll(async () => {
  service = await startFixtureServer({ "/health": json({ ok: true }), "/v1/tasks": json({ data: [] }) });
  api = await startFakeGithubApi();
});
afterAll(async () => {
  await service?.close();
  await api?.close();
});
let before = 0;
beforeEach(() => {
  before = service.requests.length;
  api.reset();
});
/** What the service received during this test. */
const sent = () => service.requests.slice(before);

const tmp = () => mkdtempSync(path.join(tmpdir(), "deploy-gate-last-resort-"));
const errors = (run: ActionRun) => run.stdout.split("\n").filter((l) => l.startsWith("::error"));

describe("a broken runner costs warnings, never the verdict", () => {
  it("a missing GITHUB_OUTPUT file, a summary path that is a directory and a report dir under a file", async () => {
    const dir = tmp();
    writeFileSync(path.join(dir, "a-file"), "");
    mkdirSync(path.join(dir, "summary-dir"));
    const run = await runAction({
      inputs: { "base-url": service.url, checks: CHECKS, "report-dir": path.join(dir, "a-file", "reports") },
      env: {
        GITHUB_OUTPUT: path.join(dir, "gone", "output.txt"),
        GITHUB_STEP_SUMMARY: path.join(dir, "summary-dir"),
      },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).not.toMatch(STACK_FRAME);
    const warnings = run.stdout.split("\n").filter((l) => l.startsWith("::warning::"));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::deploy-gate could not write the JSON report to .*a-file\/reports\/deploy-gate-report\.json: /,
      ),
      expect.stringMatching(/^::warning::deploy-gate could not write the JUnit XML to /),
      expect.stringMatching(/^::warning::deploy-gate could not write the step summary: .*EISDIR/),
      `::warning::deploy-gate could not set its outputs: Missing file at path: ${path.join(dir, "gone", "output.txt")}`,
    ]);
    expect(run.stdout).toContain("deploy-gate passed — 2 checks");
    expect(sent()).toHaveLength(2);
  });
});

describe("a refused input still reports, and sends nothing", () => {
  it("a base-url without a scheme: outputs, a summary, a failed report; the CLI exits 2", async () => {
    const run = await runAction({
      inputs: { "base-url": "staging.example.com/api", checks: CHECKS, label: "eu" },
    });
    const message = 'input base-url: expected an http:// or https:// URL; got "staging.example.com/api"';
    expect(run.code).toBe(1);
    expect(errors(run)).toEqual([`::error::${message}`]);
    expect(run.summary).toContain("## ❌ deploy-gate (eu): invalid input");
    expect(run.summary).toContain("No request was sent.");
    expect(run.summary).toContain(message);
    expect(run.outputs).toMatchObject({ result: "failed", passed: "0", failed: "0", "failed-checks": "[]" });
    expect(readReport(run.outputs.report!)).toMatchObject({ verdict: "failed", label: "eu", error: message });
    expect(run.outputs.junit).toMatch(/deploy-gate-junit-eu\.xml$/);

    const cli = await runAction({
      inputs: {},
      entry: CLI,
      args: ["--base-url", "staging.example.com", "--checks", CHECKS],
    });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(
      'deploy-gate: --base-url: expected an http:// or https:// URL; got "staging.example.com"\nTry --help.\n',
    );
    expect(sent()).toEqual([]);
  });

  it("a base-url that does not parse is refused with the other inputs, every one named", async () => {
    const run = await runAction({
      inputs: { "base-url": "http://[::1", checks: CHECKS, concurrency: "0", "on-inconclusive": "maybe" },
    });
    expect(run.code).toBe(1);
    expect(run.summary).toContain('input base-url: "http://[::1" is not a valid URL');
    expect(run.summary).toContain('input concurrency: expected a whole number from 1 to 256; got "0"');
    expect(run.summary).toContain('input on-inconclusive: expected fail, pass or hold; got "maybe"');
    expect(sent()).toEqual([]);
  });

  it("a config file that does not exist, in the CLI: exit 2, one readable line", async () => {
    const cli = await runAction({
      inputs: {},
      entry: CLI,
      args: ["--base-url", service.url, "--config", "no/such.yml"],
    });
    expect(cli.code).toBe(2);
    expect(cli.stderr).toBe(
      `deploy-gate: --config: cannot read "no/such.yml": there is no such file (looked for ${path.resolve("no/such.yml")})\nTry --help.\n`,
    );
    expect(sent()).toEqual([]);
  });
});

/** The first frame in the bundle, and the line of the bundle it names. */
function bundleFrame(text: string, bundle: string): { frame: string; line: string } {
  const frame = text.split("\n").find((l) => l.includes(`${bundle}:`)) ?? "";
  const at = new RegExp(`${bundle.replace(/[.]/g, "\\.")}:(\\d+):\\d+`).exec(frame);
  const line = at ? (readFileSync(bundle, "utf8").split("\n")[Number(at[1]) - 1] ?? "") : "";
  return { frame, line };
}

describe("an error nothing expected", () => {
  it("the action: one readable line, a readable stack, outputs, summary, an error status, a failed step", async () => {
    const run = await runAction({
      inputs: { "base-url": service.url, checks: CHECKS, "github-token": "ghs_lastResortToken0123456789" },
      env: { ...BROKEN_CLOCK, GITHUB_API_URL: api.url },
    });
    expect(run.code).toBe(1);
    // Nothing escaped run(): Node printed no uncaught error.
    expect(run.stderr).toBe("");
    expect(errors(run)).toEqual(["::error::deploy-gate: internal error: Invalid time value"]);
    // The stack, in a group, names a line of dist/index.js a person can read.
    expect(run.stdout).toContain("::group::deploy-gate: where the internal error happened");
    const { frame, line } = bundleFrame(run.stdout, ACTION);
    expect(frame).toMatch(/^\s+at /);
    expect(line).toContain("toISOString()");
    expect(line.length).toBeLessThan(200);
    expect(run.outputs).toMatchObject({ result: "failed", passed: "0", failed: "0", "failed-checks": "[]" });
    expect(run.summary).toContain("## ❌ deploy-gate: internal error");
    expect(run.summary).toContain("deploy-gate: internal error: Invalid time value");
    // The pending status the gate set as the checks started is now an error.
    expect(api.commitStatuses().map((s) => s.body.state)).toEqual(["pending", "error"]);
    expect(api.commitStatuses()[1]?.body.description).toContain("internal error");
  });

  it("the CLI: one readable line and a readable stack on stderr, exit code 1", async () => {
    const run = await runAction({
      inputs: {},
      entry: CLI,
      args: ["--base-url", service.url, "--checks", CHECKS],
      env: BROKEN_CLOCK,
    });
    expect(run.code).toBe(1);
    const [first, ...frames] = run.stderr.trimEnd().split("\n");
    expect(first).toBe("deploy-gate: internal error: Invalid time value");
    expect(frames.length).toBeGreaterThan(0);
    for (const frame of frames) expect(frame).toMatch(/^\s+at /);
    const { line } = bundleFrame(run.stderr, CLI);
    expect(line).toContain("toISOString()");
    expect(line.length).toBeLessThan(200);
  });
});

describe("an input that once crashed the gate outside every check", () => {
  it("a 40 kB certificate chain among the secrets is masked, and the gate runs to its verdict", async () => {
    // V8 refused the one regular expression the redactor built for it ("Regular expression too
    // large"), outside any check: the gate hung until its deadline and then crashed.
    const chain = Array.from({ length: 4 }, (_, i) => {
      const der = Buffer.alloc(6000, i + 7).toString("base64");
      return `-----BEGIN CERTIFICATE-----\n${der.replace(/(.{64})/g, "$1\n")}\n-----END CERTIFICATE-----`;
    }).join("\n");
    expect(chain.length).toBeGreaterThan(32_000);
    const run = await runAction({
      inputs: {
        "base-url": service.url,
        checks:
          '- name: enrol\n  request:\n    method: POST\n    path: /health\n    json: { chain: "{{ secrets.CLIENT_CHAIN }}" }\n',
        secrets: JSON.stringify({ CLIENT_CHAIN: chain }),
      },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.outputs.result).toBe("passed");
    const line = chain.split("\n")[3]!;
    const written = [
      run.stdout
        .split("\n")
        .filter((l) => !l.startsWith("::add-mask::"))
        .join("\n"),
      ...Object.values(run.files),
    ];
    for (const text of written) expect(text).not.toContain(line);
  });
});
