// Fan-in: reading the legs' reports (a real temp tree), merging them, and the merged summary,
// JSON and JUnit as pure functions of fixed results.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { GateResult } from "../../src/engine/results.js";
import {
  type LegReport,
  mergedReportFileNames,
  mergeLegReports,
  qualifiedName,
  readLegReports,
  renderMergedJunit,
  requiredLegs,
} from "../../src/fan-in/merge.js";
import { describeMergedVerdict, renderMergedSummary } from "../../src/fan-in/merge-summary.js";
import { mergedStatus } from "../../src/github/status.js";
import { renderJsonReport } from "../../src/report/json-report.js";
import { renderJunit } from "../../src/report/junit.js";
import { MIN_SUMMARY_BYTES } from "../../src/report/summary.js";
import { check, gate } from "../report/fixtures.js";
import { junitSchemaErrors, readWithJunitConsumers, reportSchemaErrors } from "../support/reports.js";

const eu = gate([check({ name: "GET /health" }), check({ name: "list tasks" })], {
  label: "eu",
  baseUrl: "https://eu.example.com",
  durationMs: 1200,
});
const us = gate(
  [
    check({ name: "GET /health" }),
    check({ name: "list tasks", outcome: "errored", detail: "connection refused" }),
    check({ name: "latency", severity: "warning", outcome: "failed", detail: "slow" }),
    check({ name: "us only", outcome: "passed", flaky: true, attempts: 2 }),
  ],
  { label: "us", baseUrl: "https://us.example.com", durationMs: 3400 },
);

function legs(...results: GateResult[]): LegReport[] {
  return results.map((result) => ({ file: `legs/${result.label || "default"}/report.json`, result }));
}

describe("mergeLegReports", () => {
  it("sums the counts, qualifies failed checks by label, takes the longest leg and fails on any failed leg", () => {
    const merged = mergeLegReports(legs(eu, us), { label: "", mode: "enforce" });
    expect(merged).toMatchObject({
      version: 1,
      kind: "merge",
      verdict: "failed",
      counts: { passed: 4, failed: 1, skipped: 0, warnings: 1 },
      failedChecks: ["list tasks (us)"],
      durationMs: 3400,
    });
    expect(merged.legs.map((l) => [l.label, l.verdict, l.checks])).toEqual([
      ["eu", "passed", 2],
      ["us", "failed", 4],
    ]);
    expect(merged.checks.map((c) => c.name)).toEqual(["GET /health", "list tasks", "latency", "us only"]);
    expect(merged.checks[1]?.legs).toMatchObject({ eu: { outcome: "passed" }, us: { outcome: "errored" } });
    expect(merged.checks[3]?.legs).not.toHaveProperty("eu");
  });

  it("passes when every leg passed", () => {
    expect(mergeLegReports(legs(eu), { label: "", mode: "enforce" }).verdict).toBe("passed");
  });

  it("names checks of an unlabelled leg without a suffix", () => {
    expect(qualifiedName("GET /x", "")).toBe("GET /x");
    expect(qualifiedName("GET /x", "eu")).toBe("GET /x (eu)");
  });
});

describe("quorum", () => {
  const ap = gate([check({ name: "GET /health" })], { label: "ap" });
  const sa = gate(
    [check({ name: "GET /health", outcome: "inconclusive", detail: "no baseline: none given" })],
    {
      label: "sa",
    },
  );

  it("required legs: all, a number, a percentage rounded up, and a number past the legs refused", () => {
    expect(requiredLegs({ kind: "all" }, 3)).toBe(3);
    expect(requiredLegs({ kind: "count", count: 2 }, 3)).toBe(2);
    expect(requiredLegs({ kind: "percent", percent: 66 }, 3)).toBe(2);
    expect(requiredLegs({ kind: "percent", percent: 67 }, 3)).toBe(3);
    expect(requiredLegs({ kind: "percent", percent: 50 }, 4)).toBe(2);
    expect(requiredLegs({ kind: "percent", percent: 1 }, 3)).toBe(1);
    expect(requiredLegs({ kind: "percent", percent: 100 }, 7)).toBe(7);
    expect(() => requiredLegs({ kind: "count", count: 4 }, 3)).toThrow(
      "quorum: 4 legs must pass, but merge-reports found 3 leg reports",
    );
  });

  it("passes when the quorum is met, else fails when a leg failed, else is inconclusive", () => {
    const merge = (quorum: Parameters<typeof requiredLegs>[0], ...results: GateResult[]) =>
      mergeLegReports(legs(...results), { label: "", mode: "enforce", quorum });
    expect(merge({ kind: "count", count: 2 }, eu, us, ap).verdict).toBe("passed");
    expect(merge({ kind: "count", count: 3 }, eu, us, ap).verdict).toBe("failed");
    expect(merge({ kind: "all" }, eu, us, ap).verdict).toBe("failed");
    expect(merge({ kind: "count", count: 3 }, eu, ap, sa).verdict).toBe("inconclusive");
    expect(merge({ kind: "count", count: 2 }, eu, ap, sa)).toMatchObject({
      verdict: "passed",
      quorum: { given: "2", required: 2, legs: 3, passed: 2, met: true },
    });
  });

  it("the commit status follows blocksDeploy: a met quorum succeeds, an inconclusive fan-in held succeeds", () => {
    const met = mergeLegReports(legs(eu, us, ap), {
      label: "",
      mode: "enforce",
      quorum: { kind: "count", count: 2 },
    });
    expect(mergedStatus(met)).toMatchObject({ state: "success" });
    expect(mergedStatus(met).description).toBe("passed — 2 of 3 legs passed, quorum 2; us failed");
    const unsure = { label: "", mode: "enforce" as const, quorum: { kind: "all" as const } };
    expect(mergedStatus(mergeLegReports(legs(eu, sa), unsure)).state).toBe("failure");
    expect(mergedStatus(mergeLegReports(legs(eu, sa), { ...unsure, onInconclusive: "hold" })).state).toBe(
      "success",
    );
  });
});

describe("renderMergedSummary", () => {
  it("heads with the verdict over legs, a row per leg and a grid with a dash where a leg lacks a check", () => {
    const md = renderMergedSummary(mergeLegReports(legs(eu, us), { label: "prod", mode: "enforce" }));
    expect(md).toContain("## ❌ deploy-gate (prod): blocked — 1 of 2 legs failed: us");
    expect(md).toContain(
      "- **us** — 1 of 4 checks failed\n  - 💥 **list tasks** — connection refused → see the check's evidence",
    );
    expect(md).toContain("| ✅ passed | eu | 2 | 0 | 0 | 0 | 1.2s | — |");
    expect(md).toContain("| ❌ blocked | us | 2 | 1 | 0 | 1 | 3.4s | — |");
    expect(md).toContain("| check | eu | us |");
    expect(md).toContain("| list tasks | ✅ passed | 💥 errored |");
    expect(md).toContain("| latency | — | ⚠️ failed (warning) |");
    expect(md).toContain("| us only | — | ✅ passed (flaky) |");
    expect(md).toContain("**Warnings (not blocking):**\n\n- ⚠️ **latency (us)** — slow");
    // The failures are on the first screen, above the tables: no list repeats them below.
    expect(md.indexOf("list tasks** —")).toBeLessThan(md.indexOf("### Legs"));
    expect(md).not.toContain("### Failures");
  });

  it("links each leg's own run, and only a plain http(s) URL", () => {
    const linked = { ...us, run: { id: "7", url: "https://github.com/acme/shop/actions/runs/7" } };
    const hostile = { ...eu, run: { url: "javascript:alert(1)" } };
    const md = renderMergedSummary(mergeLegReports(legs(hostile, linked), { label: "", mode: "enforce" }));
    expect(md).toContain(
      "- **us** — 1 of 4 checks failed · [its run](https://github.com/acme/shop/actions/runs/7)",
    );
    expect(md).toContain("| 3.4s | [run](https://github.com/acme/shop/actions/runs/7) |");
    expect(md).not.toContain("javascript:");
  });

  it("says would-block in a dry-run fan-in and marks dry-run legs", () => {
    const dry = { ...us, mode: "dry-run" as const };
    const merged = mergeLegReports(legs(eu, dry), { label: "", mode: "dry-run" });
    expect(describeMergedVerdict(merged)).toBe("would have blocked (dry run) — 1 of 2 legs failed: us");
    const md = renderMergedSummary(merged);
    expect(md).toMatch(/^## ⚠️ deploy-gate: would have blocked/);
    expect(md).toContain("| ⚠️ would block | us |");
    expect(md).toContain("- **us** (dry run) — 1 of 4 checks failed");
  });

  it("shows an unlabelled leg and an interrupted one", () => {
    const cut = gate([check({ name: "a", outcome: "timed-out" })], { label: "", interrupted: "timed-out" });
    const md = renderMergedSummary(mergeLegReports(legs(cut), { label: "", mode: "enforce" }));
    expect(md).toContain("| ⏱️ timed out | (no label) |");
    expect(md).toContain("- **(no label)** — timed out: a");
  });

  it("escapes labels and check names that try to inject markdown or HTML", () => {
    const evil = gate([check({ name: "<img src=x> | *bold*", outcome: "failed" })], { label: "e|u" });
    const md = renderMergedSummary(mergeLegReports(legs(evil), { label: "", mode: "enforce" }));
    expect(md).not.toContain("<img");
    expect(md).toContain("&lt;img src=x&gt; \\| \\*bold\\*");
    expect(md).toContain("| check | e\\|u |");
  });

  it("stays under the byte budget on a huge matrix, cutting with a note", () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      gate(
        Array.from({ length: 60 }, (_, j) =>
          check({
            name: `check number ${j} with a long name`,
            outcome: j % 7 ? "passed" : "failed",
            detail: "x".repeat(200),
          }),
        ),
        { label: `region-${String(i).padStart(2, "0")}` },
      ),
    );
    const md = renderMergedSummary(mergeLegReports(legs(...many), { label: "", mode: "enforce" }), {
      maxBytes: MIN_SUMMARY_BYTES,
    });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MIN_SUMMARY_BYTES);
    expect(md).toMatch(/> Summary truncated: .*omitted \(see the merged JSON report\)/);
    expect(md).toContain("## ❌ deploy-gate: blocked — 40 of 40 legs failed");
  });

  it("refuses a budget below the minimum", () => {
    expect(() =>
      renderMergedSummary(mergeLegReports(legs(eu), { label: "", mode: "enforce" }), { maxBytes: 10 }),
    ).toThrow(RangeError);
  });
});

describe("renderMergedJunit", () => {
  it("holds every leg's testsuite with summed totals, valid against the JUnit XSD", async () => {
    const xml = renderMergedJunit(legs(eu, us));
    expect(await junitSchemaErrors(xml)).toEqual([]);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="deploy-gate" tests="6" failures="0" errors="1" time="4\.600">/,
    );
    // The warning check in us does not count; the errored critical one does.
    expect((await readWithJunitConsumers(xml)).junit2json).toEqual({
      failures: 0,
      errors: 1,
      failedCases: ["list tasks"],
    });
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuite name="deploy-gate (eu)"');
    expect(xml).toContain('<testsuite name="deploy-gate (us)"');
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
    expect(xml.match(/<\/testsuites>/g)).toHaveLength(1);
  });

  it("renders each leg's testsuite from the leg's result, exactly as the leg's own JUnit report has it", () => {
    // Rendered from data, not cut out of the legs' XML and parsed back: a leg report carries its
    // GateResult, and the same renderer writes the leg's suite in both documents.
    const suite = (xml: string) => /\n {2}<testsuite [\s\S]*?\n {2}<\/testsuite>/.exec(xml)?.[0];
    const merged = renderMergedJunit(legs(eu, us));
    for (const leg of [eu, us]) {
      const own = suite(renderJunit(leg));
      expect(own).toBeDefined();
      expect(merged).toContain(own);
    }
  });

  it("names the merged files by the fan-in's label", () => {
    expect(mergedReportFileNames("")).toEqual({
      json: "deploy-gate-merged.json",
      junit: "deploy-gate-merged-junit.xml",
    });
    expect(mergedReportFileNames("Prod EU").json).toBe("deploy-gate-merged-prod-eu.json");
  });
});

describe("readLegReports", () => {
  function tree(files: Record<string, string>): string {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-merge-"));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), text);
    }
    return dir;
  }

  it("reads every match, sorted by label, with paths relative to the workspace", async () => {
    const dir = tree({
      "a/us.json": renderJsonReport(us),
      "b/eu.json": renderJsonReport(eu),
    });
    const read = await readLegReports("**/*.json", dir);
    for (const leg of read) expect(reportSchemaErrors(leg.result), leg.file).toEqual([]);
    expect(read.map((l) => [l.file, l.result.label])).toEqual([
      ["b/eu.json", "eu"],
      ["a/us.json", "us"],
    ]);
  });

  it("fails on a glob matching nothing, naming the glob", async () => {
    const dir = tree({ "a/eu.json": renderJsonReport(eu) });
    await expect(readLegReports("a/eu.json\nb/*.json", dir)).rejects.toThrow(
      `merge-reports: no report matches "b/*.json" (relative to ${dir})`,
    );
    await expect(readLegReports("  \n", dir)).rejects.toThrow("merge-reports: give a glob");
  });

  it("fails naming an unreadable, a non-report and a wrong-version file", async () => {
    const cases: [string, string | RegExp][] = [
      ["{ truncated", /^x\/r\.json: not a deploy-gate JSON report: /],
      ['{"hello": 1}', 'x/r.json: not a deploy-gate JSON report: it has no "version"'],
      [
        renderJsonReport(eu).replace('"version": 1', '"version": 7'),
        "x/r.json: unsupported deploy-gate report version 7",
      ],
    ];
    for (const [text, message] of cases) {
      const dir = tree({ "x/r.json": text });
      await expect(readLegReports("x/*.json", dir)).rejects.toThrow(message);
    }
  });

  it("fails when two reports share a label", async () => {
    const dir = tree({ "a/eu.json": renderJsonReport(eu), "b/eu.json": renderJsonReport(eu) });
    await expect(readLegReports("*/*.json", dir)).rejects.toThrow(
      'merge-reports: a/eu.json and b/eu.json both have label "eu"; give every matrix leg its own `label`',
    );
  });
});
