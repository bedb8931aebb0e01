// Example workflows parse, and every step that uses deploy-gate passes only inputs action.yml
// declares, with base-url or merge-reports given.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const action = parse(readFileSync("action.yml", "utf8")) as { inputs: Record<string, unknown> };
const dir = "examples/workflows";
const files = readdirSync(dir).filter((f) => f.endsWith(".yml"));

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

describe.each(files)("%s", (file) => {
  const workflow = parse(readFileSync(`${dir}/${file}`, "utf8")) as {
    on: unknown;
    jobs: Record<string, { steps?: Step[] }>;
  };
  const gateSteps = Object.values(workflow.jobs).flatMap((job) =>
    (job.steps ?? []).filter((s) => s.uses?.startsWith("deploy-gate/deploy-gate@")),
  );

  it("is a workflow that uses deploy-gate", () => {
    expect(workflow.on).toBeDefined();
    expect(gateSteps.length).toBeGreaterThan(0);
  });

  it("passes only declared inputs, with a base URL or reports to merge", () => {
    for (const step of gateSteps) {
      expect(step.uses).toMatch(/^deploy-gate\/deploy-gate@v\d+$/);
      const given = Object.keys(step.with ?? {});
      expect(given.filter((name) => !(name in action.inputs))).toEqual([]);
      expect(given.includes("base-url") || given.includes("merge-reports")).toBe(true);
      expect(given.includes("checks") || given.includes("config") || given.includes("merge-reports")).toBe(
        true,
      );
    }
  });
});
