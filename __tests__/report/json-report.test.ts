import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonReport, renderJsonReport, reportFileNames } from "../../src/report/json-report.js";
import { reportJsonSchema } from "../../src/report/report-schema.js";
import { reportSchemaErrors } from "../support/reports.js";
import { blockedResult, check, exchange, gate, passedResult } from "./fixtures.js";

describe("renderJsonReport / parseJsonReport", () => {
  it("writes the GateResult as pretty JSON, version first, and reads it back", () => {
    const text = renderJsonReport(blockedResult);
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseJsonReport(text, "a.json")).toEqual(blockedResult);
  });

  it("reads the example in docs/report-schema.md, which the published schema describes", () => {
    const doc = readFileSync(new URL("../../docs/report-schema.md", import.meta.url), "utf8");
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "";
    expect(parseJsonReport(example, "report-schema.md").failedChecks).toEqual(["list tasks"]);
    expect(reportSchemaErrors(JSON.parse(example))).toEqual([]);
  });

  it("keeps fields this reader does not know", () => {
    const text = JSON.stringify({ ...blockedResult, future: { x: 1 } });
    expect(parseJsonReport(text, "a.json")).toMatchObject({ future: { x: 1 } });
  });

  it("names the file and the version it cannot read", () => {
    const text = JSON.stringify({ ...blockedResult, version: 2 });
    expect(() => parseJsonReport(text, "eu/report.json")).toThrow(
      "eu/report.json: unsupported deploy-gate report version 2 (this version reads version 1)",
    );
  });

  it.each([
    ["not JSON", "{oops", /^r\.json: not a deploy-gate JSON report: /],
    ["an array", "[]", "r.json: not a deploy-gate JSON report: expected a JSON object"],
    ["no version", "{}", 'r.json: not a deploy-gate JSON report: it has no "version"'],
    [
      "a bad check outcome",
      JSON.stringify({ ...blockedResult, checks: [{ ...blockedResult.checks[0], outcome: "maybe" }] }),
      /^r\.json: not a valid deploy-gate report: checks\[0\]\.outcome: /,
    ],
    [
      "missing counts",
      JSON.stringify({ ...blockedResult, counts: undefined }),
      /^r\.json: not a valid deploy-gate report: counts: /,
    ],
  ])("rejects %s naming the file", (_case, text, message) => {
    expect(() => parseJsonReport(text, "r.json")).toThrow(message);
  });
});

describe("schema/report.schema.json", () => {
  const full = JSON.parse(
    renderJsonReport(
      gate(
        [
          check({
            name: "bake",
            bake: { runs: 10, failures: 1, failureLimit: 2 },
            log: ["waited 1s (Retry-After)"],
            exchange: exchange({
              status: undefined,
              error: "no response within 1s",
              attempts: [{ error: "no response within 1s", durationMs: 1000, waitedMs: 0 }],
            }),
          }),
        ],
        {
          interrupted: "timed-out",
          run: { id: "1", attempt: "1", sha: "abc", url: "https://github.com/o/r/actions/runs/1" },
        },
      ),
    ),
  );
  // The transient-failure model's fields (docs/report-schema.md), which the engine is gaining.
  Object.assign(full, {
    nothingChecked: false,
    unreachable: { origin: "http://127.0.0.1:9", error: "connection refused" },
    origins: [
      {
        origin: "http://127.0.0.1:9",
        answered: 0,
        unanswered: 6,
        unansweredSinceLastAnswer: 6,
        lastError: "connection refused",
        circuit: { opened: 1, heldBack: 3, reason: "5 failures in a row" },
      },
    ],
  });
  Object.assign(full.checks[0], { retries: 1, polls: 3, waitedMs: 1500, heldBack: 0 });
  full.checks[0].exchange.failure = "timeout";
  full.checks[0].exchange.attempts[0].failure = "timeout";

  it("describes every field a report can hold, the transient-failure model's included", () => {
    for (const report of [blockedResult, passedResult]) {
      expect(reportSchemaErrors(JSON.parse(renderJsonReport(report)))).toEqual([]);
    }
    expect(reportSchemaErrors(full)).toEqual([]);
  });

  it("names a field the schema does not describe, and a wrong type, with its path", () => {
    const stray = JSON.parse(renderJsonReport(blockedResult));
    stray.checks[1].exchange.attempts[0].surprise = true;
    stray.checks[2].tables[0].rows[0][1] = 42;
    expect(reportSchemaErrors(stray)).toEqual([
      '/checks/1/exchange/attempts/0: must NOT have additional properties ({"additionalProperty":"surprise"})',
      "/checks/2/tables/0/rows/0/1: must be string",
    ]);
  });

  it("names the same fields as the tables of docs/report-schema.md", () => {
    const doc = readFileSync("docs/report-schema.md", "utf8");
    const documented = (heading: string) => {
      const section = doc.split(/^#{2,3} /m).find((s) => s.startsWith(heading)) ?? "";
      return [...section.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]).sort();
    };
    const schema = reportJsonSchema() as {
      properties: Record<string, { properties?: object }>;
      $defs: Record<string, { properties: object }>;
    };
    const named = (object: object | undefined) => Object.keys(object ?? {}).sort();
    expect(documented("The gate")).toEqual(named(schema.properties));
    expect(documented("`counts`")).toEqual(named(schema.properties.counts?.properties));
    for (const [heading, def] of [
      ["A check", "Check"],
      ["An assertion", "Assertion"],
      ["An exchange", "Exchange"],
      ["An origin", "Origin"],
    ] as const) {
      expect(documented(heading), heading).toEqual(named(schema.$defs[def]?.properties));
    }
  });

  it("is what npm run schema writes from the zod schema", () => {
    const committed = JSON.parse(readFileSync("schema/report.schema.json", "utf8"));
    const { $id: _id, title: _title, ...rest } = committed;
    expect(rest).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });
});

describe("reportFileNames", () => {
  it.each([
    ["", "deploy-gate-report.json", "deploy-gate-junit.xml"],
    ["eu-west", "deploy-gate-report-eu-west.json", "deploy-gate-junit-eu-west.xml"],
    ["EU West / Prod #2", "deploy-gate-report-eu-west-prod-2.json", "deploy-gate-junit-eu-west-prod-2.xml"],
    ["../../etc", "deploy-gate-report-etc.json", "deploy-gate-junit-etc.xml"],
    ["***", "deploy-gate-report.json", "deploy-gate-junit.xml"],
  ])("%j → %s", (label, json, junit) => {
    expect(reportFileNames(label)).toEqual({ json, junit });
  });

  it("keeps a long label's file names short, and two long labels that start alike apart", () => {
    const a = reportFileNames(`${"x".repeat(300)}-eu`);
    const b = reportFileNames(`${"x".repeat(300)}-us`);
    expect(a.json).toMatch(/^deploy-gate-report-x{51}-[0-9a-f]{8}\.json$/);
    expect(a.junit.length).toBeLessThan(100);
    expect(a.json).not.toBe(b.json);
  });
});
