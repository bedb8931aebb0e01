// The CLI's live lines and a secret captured late, through the BUNDLED CLI. Check A fails with an
// error document that holds two values; check B, which starts only after A has finished and its
// line is printed, captures those same values as secrets. A's line went to the terminal before
// anyone knew they were secret, so a live line may carry nothing a service said: only the name,
// the outcome and the duration. The details come in the report at the end, after the final
// redaction. Scanned like the action's run in secret-hygiene.test.ts: every form of both values in
// stdout, stderr, the JSON report and the JUnit XML.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, json, startFixtureServer } from "../support/fixture-server.js";
import { type ActionRun, CLI, runAction } from "../support/run-action.js";
import { distinctForms } from "./forms.js";
import { LATE, LATE_SECRET_CHECKS, LATE_TOKEN, lateSecretRoutes } from "./late-secrets.js";

let service: FixtureServer;
let run: ActionRun;
let files: { json: string; junit: string };

beforeAll(async () => {
  service = await startFixtureServer(lateSecretRoutes(json({ ok: true })));
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-late-"));
  files = { json: path.join(dir, "report.json"), junit: path.join(dir, "junit.xml") };
  run = await runAction({
    inputs: {},
    entry: CLI,
    args: [
      ...["--base-url", service.url, "--concurrency", "1", "--label", "late secrets"],
      ...["--json", files.json, "--junit", files.junit],
      "--checks",
      LATE_SECRET_CHECKS,
    ],
  });
}, 60_000);

afterAll(async () => {
  await service?.close();
});

describe("the CLI's live lines and a secret captured late", () => {
  it("ran A to its failure before B captured the values, and reported both", () => {
    expect(service.requests.map((r) => r.path)).toEqual(["/account", "/health", "/login", "/me"]);
    expect(service.requestsTo("/me")[0]?.headers["x-session"]).toBe(LATE_TOKEN);
    expect(run.code).toBe(1);
    // A's live line: name, outcome, duration — nothing the service said.
    expect(run.stdout.split("\n")[0]).toMatch(/^✖ account · failed · \d+ms$/);
    // Not a vacuous scan: A's error document is in the report at the end, masked.
    const report = run.stdout.slice(run.stdout.indexOf("Failures"));
    expect(report).toContain("SESSION_EXPIRED");
    expect(report).toContain("***");
    expect(readFileSync(files.json, "utf8")).toContain("SESSION_EXPIRED");
  });

  it("no form of either value appears in anything the CLI wrote", () => {
    const written: Record<string, string> = {
      stdout: run.stdout,
      stderr: run.stderr,
      "JSON report": readFileSync(files.json, "utf8"),
      "JUnit XML": readFileSync(files.junit, "utf8"),
    };
    const leaks: string[] = [];
    for (const [secret, value] of Object.entries(LATE)) {
      for (const [form, text] of [
        ...distinctForms(value),
        ["prefix before a cut", value.slice(0, 10)] as const,
      ]) {
        for (const [artifact, content] of Object.entries(written)) {
          if (content.includes(text)) leaks.push(`${secret}, ${form}, in ${artifact}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });
});
