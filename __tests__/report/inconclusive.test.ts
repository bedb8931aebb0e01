// `inconclusive` at data level: a check that could not reach a judgement (a comparison with no
// baseline) is neither a pass nor a failure. The gate's verdict says so unless a critical check
// failed, every report carries it in its own terms, and no JUnit consumer reads it as a failure.
import { describe, expect, it } from "vitest";
import { countResults, gateVerdict, isFailing, isWarned } from "../../src/engine/results.js";
import { mergeLegReports } from "../../src/fan-in/merge.js";
import { describeMergedVerdict, renderMergedSummary } from "../../src/fan-in/merge-summary.js";
import { renderConsoleReport } from "../../src/report/console.js";
import { describeVerdict, gateState } from "../../src/report/describe.js";
import { renderJsonReport } from "../../src/report/json-report.js";
import { renderJunit } from "../../src/report/junit.js";
import { renderSummary } from "../../src/report/summary.js";
import { junitSchemaErrors, readWithJunitConsumers, reportSchemaErrors } from "../support/reports.js";
import { check, gate } from "./fixtures.js";

const NO_BASELINE =
  'no baseline: baseline-url is not set and baseline-report is not set, so "latency vs stable" has nothing to compare with';
const unsure = check({ name: "latency vs stable", outcome: "inconclusive", detail: NO_BASELINE });
const healthy = check({ name: "GET /health" });
const broken = check({ name: "list tasks", outcome: "failed", detail: "status: expected 200, got 500" });

describe("the verdict", () => {
  const stopped = { interrupted: false, nothingChecked: false };

  it("is inconclusive when a critical check is and none failed", () => {
    expect(gateVerdict([healthy, unsure], stopped)).toBe("inconclusive");
    expect(isFailing("inconclusive")).toBe(false);
  });

  it("is failed when a critical check failed, whatever else was inconclusive", () => {
    expect(gateVerdict([broken, unsure], stopped)).toBe("failed");
    expect(gateVerdict([healthy, unsure], { interrupted: true, nothingChecked: false })).toBe("failed");
    expect(gateVerdict([unsure], { interrupted: false, nothingChecked: true })).toBe("failed");
  });

  it("ignores a warning check that was inconclusive: it counts as a warning", () => {
    const warning = { ...unsure, severity: "warning" as const };
    expect(gateVerdict([healthy, warning], stopped)).toBe("passed");
    expect(countResults([healthy, warning])).toEqual({
      passed: 1,
      failed: 0,
      skipped: 0,
      warnings: 1,
      inconclusive: 0,
    });
    // Counted as a warning, and listed as one: the summary's warnings name it with its reason.
    expect(isWarned(warning)).toBe(true);
    const summary = renderSummary(gate([healthy, warning]));
    const warnings = summary.slice(
      summary.indexOf("**Warnings (not blocking):**"),
      summary.indexOf("**Mode:**"),
    );
    expect(warnings).toContain("**latency vs stable**");
    expect(countResults([healthy, unsure, broken])).toEqual({
      passed: 1,
      failed: 1,
      skipped: 0,
      warnings: 0,
      inconclusive: 1,
    });
  });
});

describe("the reports of an inconclusive gate", () => {
  const result = gate([healthy, unsure]);

  it("the JSON report says inconclusive, and the schema describes it", () => {
    const report = JSON.parse(renderJsonReport(result));
    expect(report.verdict).toBe("inconclusive");
    expect(report.counts.inconclusive).toBe(1);
    expect(report.checks[1].outcome).toBe("inconclusive");
    expect(reportSchemaErrors(report)).toEqual([]);
  });

  it("JUnit: the check is skipped with the reason, never a failure; the verdict fails only when the gate fails closed", async () => {
    const held = renderJunit({ ...result, onInconclusive: "hold" });
    expect(held).toContain(`<skipped>inconclusive: ${NO_BASELINE}</skipped>`);
    expect(held).not.toMatch(/<failure|<error/);
    expect(held).toContain('skipped="1"');
    expect(held).toContain('<property name="verdict" value="inconclusive — 1 of 2 checks');
    expect(await junitSchemaErrors(held)).toEqual([]);
    const heldRead = await readWithJunitConsumers(held);
    expect(heldRead.testResultsParser).toMatchObject({ failed: 0, errors: 0, failedCases: [] });
    expect(heldRead.junit2json).toEqual({ failures: 0, errors: 0, failedCases: [] });
    // on-inconclusive: fail (the default) blocks the deployment: a JUnit consumer must see a failed run.
    const failing = renderJunit(result);
    expect(failing).toContain(`<skipped>inconclusive: ${NO_BASELINE}</skipped>`);
    expect(await junitSchemaErrors(failing)).toEqual([]);
    expect((await readWithJunitConsumers(failing)).junit2json.failedCases).toEqual(["gate verdict"]);
  });

  it("the step summary and the console lead with ❔ / ? and say how many checks", () => {
    expect(gateState(result)).toBe("inconclusive");
    expect(describeVerdict(result)).toBe(
      "inconclusive — 1 of 2 checks could not reach a judgement; failing closed (on-inconclusive: fail)",
    );
    expect(describeVerdict({ ...result, onInconclusive: "hold" })).toMatch(
      /; held for approval \(on-inconclusive: hold\)$/,
    );
    expect(renderSummary(result)).toMatch(/^## ❔ deploy-gate: inconclusive — 1 of 2 checks/);
    expect(renderSummary(result)).toContain("| ❔ inconclusive | latency vs stable |");
    const console = renderConsoleReport(result, { color: false });
    expect(console.split("\n").at(-1)).toMatch(/^\? deploy-gate: inconclusive — /);
  });
});

describe("fan-in", () => {
  const eu = gate([healthy], { label: "eu" });
  const us = gate([healthy, unsure], { label: "us" });
  const ap = gate([healthy, broken], { label: "ap" });
  const legs = (...results: ReturnType<typeof gate>[]) =>
    results.map((result) => ({ file: `${result.label}.json`, result }));

  it("is inconclusive when no leg failed and one was inconclusive", () => {
    const merged = mergeLegReports(legs(eu, us), { label: "", mode: "enforce" });
    expect(merged.verdict).toBe("inconclusive");
    expect(merged.counts.inconclusive).toBe(1);
    expect(describeMergedVerdict(merged)).toBe(
      "inconclusive — 1 of 2 legs could not reach a judgement: us; failing closed (on-inconclusive: fail)",
    );
    const summary = renderMergedSummary(merged);
    expect(summary).toMatch(/^## ❔ /);
    expect(summary).toContain("| ❔ inconclusive | us |");
  });

  it("is failed when a leg failed, whatever another leg could not judge", () => {
    expect(mergeLegReports(legs(eu, us, ap), { label: "", mode: "enforce" }).verdict).toBe("failed");
  });

  it("reads a leg written before inconclusive was counted", () => {
    const { inconclusive: _, ...older } = eu.counts;
    const merged = mergeLegReports(legs({ ...eu, counts: older as typeof eu.counts }, us), {
      label: "",
      mode: "enforce",
    });
    expect(merged.counts.inconclusive).toBe(1);
  });
});

describe("the evidence of a check that could not judge", () => {
  it("is under its own heading, not among the passed checks'", () => {
    const table = { title: "series", columns: ["metric", "value"], rows: [["http_requests_total", "NaN"]] };
    const summary = renderSummary(
      gate([
        check({ name: "GET /health", tables: [table] }),
        { ...unsure, name: "error budget", tables: [table] },
      ]),
    );
    const at = (heading: string) => summary.indexOf(heading);
    expect(at("### Inconclusive details")).toBeGreaterThan(0);
    expect(at("### Evidence from passed checks")).toBeGreaterThan(at("### Inconclusive details"));
    const unjudged = summary.slice(at("### Inconclusive details"), at("### Evidence from passed checks"));
    const passed = summary.slice(at("### Evidence from passed checks"));
    expect(unjudged).toContain("error budget");
    expect(passed).not.toContain("error budget");
    expect(passed).toContain("GET /health");
  });
});
