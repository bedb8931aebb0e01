import { describe, expect, it } from "vitest";
import type { CheckResult } from "../../src/engine/results.js";
import { planAnnotations } from "../../src/report/annotations.js";
import { blockedResult, check, gate } from "./fixtures.js";

function failing(n: number, severity: CheckResult["severity"]): CheckResult[] {
  return Array.from({ length: n }, (_, i) =>
    check({ name: `${severity} ${i}`, outcome: "failed", severity, detail: "bad" }),
  );
}

describe("planAnnotations", () => {
  it("plans an error per failed critical check and a warning per failed warning check", () => {
    const annotations = planAnnotations(blockedResult);
    expect(annotations.map((a) => [a.level, a.title])).toEqual([
      ["error", "deploy-gate (eu-west): list tasks"],
      ["error", "deploy-gate (eu-west): release-guard"],
      ["error", "deploy-gate (eu-west): task lifecycle"],
      ["warning", "deploy-gate (eu-west): error rate"],
    ]);
    expect(annotations[0]?.message).toBe(
      [
        "failed: 401 Unauthorized (expected 200) · INVALID_TOKEN: the access token expired at 2025-03-01T09:00:00Z",
        "what to do: check or rotate the credential",
        "status: expected 200, got 401",
      ].join("\n"),
    );
    expect(annotations[3]?.message).toContain("(warning: does not block the deployment)");
  });

  it("plans nothing for a gate without failures", () => {
    expect(planAnnotations(gate([check({ name: "ok" }), check({ name: "s", outcome: "skipped" })]))).toEqual(
      [],
    );
  });

  it("stays within the caps, the last slot saying how many more failed", () => {
    const annotations = planAnnotations(gate([...failing(25, "critical"), ...failing(12, "warning")]));
    const errors = annotations.filter((a) => a.level === "error");
    const warnings = annotations.filter((a) => a.level === "warning");
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(10);
    expect(errors[8]?.title).toBe("deploy-gate: critical 8");
    expect(errors[9]).toEqual({
      level: "error",
      title: "deploy-gate",
      message: "16 more checks failed — see the step summary",
    });
    expect(warnings[9]?.message).toBe("3 more checks failed — see the step summary");
  });

  it("uses every slot when the failures exactly fill the cap", () => {
    const annotations = planAnnotations(gate(failing(3, "critical")), { maxErrors: 3 });
    expect(annotations.map((a) => a.title)).toEqual([
      "deploy-gate: critical 0",
      "deploy-gate: critical 1",
      "deploy-gate: critical 2",
    ]);
  });

  it("honours custom caps, down to a single summary annotation", () => {
    expect(planAnnotations(gate(failing(5, "critical")), { maxErrors: 1 })).toEqual([
      { level: "error", title: "deploy-gate", message: "5 checks failed — see the step summary" },
    ]);
    expect(planAnnotations(gate(failing(5, "warning")), { maxWarnings: 0 })).toEqual([]);
  });

  it("says a dry run would have blocked", () => {
    const [first] = planAnnotations({ ...blockedResult, mode: "dry-run", verdict: "passed" });
    expect(first?.message).toContain("(dry run: would have blocked the deployment)");
  });
});
