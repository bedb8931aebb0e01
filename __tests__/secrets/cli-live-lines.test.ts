// The CLI's live lines and a secret captured late, through the BUNDLED CLI. Check A fails with an
// error document that holds two values; check B, which starts only after A has finished and its
// line is printed, captures those same values as secrets. A's line went to the terminal before
// anyone knew they were secret, so a live line may carry nothing a service said: only the name,
// the outcome and the duration. The details come in the report at the end, after the final
// redaction. Scanned like the action's run in secret-hygiene.test.ts: every form of both values in
// stdout, stderr, the JSON report and the JUnit XML.
import { mkdtempSync, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FixtureServer, startFixtureServer } from "../support/fixture-server.js";
import { type ActionRun, CLI, runAction } from "../support/run-action.js";
import { distinctForms } from "./forms.js";

const LATE = {
  "captured sessionToken (name says token), already in check A's error": "late-tok/Q7+w&z=<9>'k",
  "captured ref (secret: true), already in check A's body": "late-ref~M2&p<q>/8+x",
} as const;
const [token, ref] = Object.values(LATE) as [string, string];

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": status >= 400 ? "application/problem+json" : "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

let service: FixtureServer;
let run: ActionRun;
let files: { json: string; junit: string };

beforeAll(async () => {
  service = await startFixtureServer({
    // Check A: a failing answer that carries both values in its error document and a header.
    "/account": (_req, res) =>
      send(
        res,
        401,
        {
          type: "https://errors.example/expired",
          title: "Session expired",
          status: 401,
          detail: `session ${token} expired (ref ${ref})`,
          error: { code: "SESSION_EXPIRED", message: `session ${token} expired, ref ${ref}` },
        },
        { "x-request-ref": encodeURIComponent(ref) },
      ),
    "/health": (_req, res) => send(res, 200, { ok: true }),
    // Check B: issues the same values, which its flow captures as secrets.
    "/login": (_req, res) => send(res, 200, { session_token: token, data: { ref } }),
    "/me": (_req, res) => send(res, 200, { ok: true }),
  });
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-cli-late-"));
  files = { json: path.join(dir, "report.json"), junit: path.join(dir, "junit.xml") };
  run = await runAction({
    inputs: {},
    entry: CLI,
    args: [
      ...["--base-url", service.url, "--concurrency", "1", "--label", "late secrets"],
      ...["--json", files.json, "--junit", files.junit],
      "--checks",
      `
checks:
  - name: account
    request: GET /account
    retries: 0
  - name: health
    request: GET /health
  - name: log in
    type: flow
    needs: [health]
    steps:
      - name: log in
        request: POST /login
        capture:
          sessionToken: $.session_token
          ref: { json: $.data.ref, secret: true }
      - name: use the session
        request:
          path: /me
          headers: { X-Session: "{{ sessionToken }}", X-Ref: "{{ ref }}" }
        expect: { status: 200 }
`,
    ],
  });
}, 60_000);

afterAll(async () => {
  await service?.close();
});

describe("the CLI's live lines and a secret captured late", () => {
  it("ran A to its failure before B captured the values, and reported both", () => {
    expect(service.requests.map((r) => r.path)).toEqual(["/account", "/health", "/login", "/me"]);
    expect(service.requestsTo("/me")[0]?.headers["x-session"]).toBe(token);
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
