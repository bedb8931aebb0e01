// A bad config through the bundled action and CLI: it fails before any request, as a config
// error (the action's outputs, summary and one ::error::, the CLI's exit code 2), in one
// readable line per problem naming the check and, for a file, the line.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { json, startServer, type TestServer } from "../support/gate.js";
import { type ActionRun, CLI, runAction } from "../support/run-action.js";

let server: TestServer;
let received: string[] = [];

beforeAll(async () => {
  server = await startServer((req, res) => {
    received.push(`${req.method} ${req.url}`);
    json(res, 200, { ok: true });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  received = [];
});

const CHECKS = `- GET /health
- name: list tasks
  request: GET /v1/tasks
  tags: [smoke]
`;

const cli = (args: string[]) =>
  runAction({ inputs: {}, entry: CLI, args: ["--base-url", server.url, ...args] });

/** The action failed as a config error: outputs set, summary written, one ::error:: with the message. */
function expectActionConfigError(run: ActionRun, lines: readonly string[]): void {
  expect(run.code).toBe(1);
  expect(run.outputs.result).toBe("failed");
  expect(run.summary).toContain("invalid config");
  expect(run.summary).toContain("No request was sent.");
  const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
  expect(errors).toHaveLength(1);
  const reported = errors[0]!.slice("::error::".length).split("%0A");
  expect(reported.slice(1)).toEqual(lines);
  for (const line of lines) expect(run.summary).toContain(line.replaceAll("`", "ˋ"));
  const report = JSON.parse(readFileSync(run.outputs.report!, "utf8"));
  expect(report).toMatchObject({ verdict: "failed", checks: [] });
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(received).toEqual([]);
}

function expectCliConfigError(run: ActionRun, lines: readonly string[]): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trimEnd().split("\n").slice(1)).toEqual(lines);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(received).toEqual([]);
}

describe("only names no check or tag", () => {
  const line = 'no check or tag is named "smoek" — did you mean "smoke"?';

  it("the action reports it as a config error, with its outputs and summary", async () => {
    const run = await runAction({ inputs: { "base-url": server.url, checks: CHECKS, only: "smoek" } });
    expectActionConfigError(run, [`input only: ${line}`]);
  });

  it("the CLI exits 2", async () => {
    const run = await cli(["--checks", CHECKS, "--only", "smoek,GET /health"]);
    expectCliConfigError(run, [`--only: ${line}`]);
  });

  it("a name and a tag that exist still select their checks", async () => {
    const run = await cli(["--checks", CHECKS, "--only", "smoke"]);
    expect(run.code, run.stderr).toBe(0);
    expect(received).toEqual(["GET /v1/tasks"]);
  });
});

describe("a regular expression that does not compile", () => {
  const checks = `- GET /health
- name: create task
  request: POST /v1/tasks
  expect:
    status: 201
    headers: { location: /v1/tasks }
`;
  const line =
    'checks[1] ("create task", line 6).expect.headers.location: "/v1/tasks" is read as a /regular expression/ and does not compile (unknown flags "tasks"); use { equals: "/v1/tasks" } for the literal';

  it("fails the action before any request, saying how to write the literal", async () => {
    const run = await runAction({ inputs: { "base-url": server.url, checks } });
    expectActionConfigError(run, [line]);
  });

  it("fails the CLI with exit code 2", async () => {
    expectCliConfigError(await cli(["--checks", checks]), [line]);
  });
});

describe("a config file with a hyphenated JSONPath and a misspelt field", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-config-"));
  const file = path.join(dir, "gate.yml");
  writeFileSync(
    file,
    `# yaml-language-server: $schema=../schema/deploy-gate.schema.json
version: 1

checks:
  - GET /health

  - name: echo headers
    request: GET /echo
    expect:
      json:
        $.headers.X-Api-Key: { exists: false }

  - name: create task
    request: POST /v1/tasks
    expcet:
      status: 201
`,
  );
  const lines = [
    `checks[1] ("echo headers", line 11).expect.json["$.headers.X-Api-Key"]: invalid JSONPath "$.headers.X-Api-Key": "-" cannot appear in a dotted name; use the bracket form $.headers['X-Api-Key']`,
    'checks[2] ("create task", line 15): unknown field "expcet" — did you mean "expect"?',
  ];

  it("the action names each problem on its line", async () => {
    const run = await runAction({
      inputs: { "base-url": server.url, config: path.relative(process.cwd(), file) },
    });
    expectActionConfigError(run, lines);
  });

  it("the CLI names each problem on its line and exits 2", async () => {
    const run = await cli(["--config", file]);
    expectCliConfigError(run, lines);
    expect(run.stderr.split("\n")[0]).toBe(`deploy-gate: invalid config in ${file}:`);
  });
});
