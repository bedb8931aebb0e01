import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonReport, renderJsonReport, reportFileNames } from "../../src/report/json-report.js";
import { blockedResult } from "./fixtures.js";

describe("renderJsonReport / parseJsonReport", () => {
  it("writes the GateResult as pretty JSON, version first, and reads it back", () => {
    const text = renderJsonReport(blockedResult);
    expect(text.startsWith('{\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseJsonReport(text, "a.json")).toEqual(blockedResult);
  });

  it("reads the example in docs/report-schema.md", () => {
    const doc = readFileSync(new URL("../../docs/report-schema.md", import.meta.url), "utf8");
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? "";
    expect(parseJsonReport(example, "report-schema.md").failedChecks).toEqual(["list tasks"]);
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
});
