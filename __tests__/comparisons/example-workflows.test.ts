// The comparison examples do what their comments say: the canary workflow measures the canary
// against stable with baseline-url, and the previous-release workflow hands the gate the report its
// last run uploaded, where baseline-report's glob finds it.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadBaselineReport } from "../../src/engine/baseline.js";
import { segmentRegExp } from "../../src/engine/glob.js";
import { renderJsonReport, reportFileNames } from "../../src/report/json-report.js";
import { check, gate } from "../report/fixtures.js";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = (name: string) => parse(readFileSync(`examples/workflows/${name}`, "utf8")) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const gateStep = (w: Workflow) => steps(w).find((s) => s.uses?.startsWith("deploy-gate/"))!;

describe("canary-vs-stable.yml", () => {
  it("gates the canary against stable with the canary config", () => {
    const step = gateStep(workflow("canary-vs-stable.yml"));
    expect(step.with).toMatchObject({
      "base-url": "https://canary.api.example.com",
      "baseline-url": "https://stable.api.example.com",
      config: "examples/checks/canary-vs-stable.yml",
    });
    expect(existsSync(step.with!.config!)).toBe(true);
  });
});

describe("previous-release.yml", () => {
  const w = workflow("previous-release.yml");
  const step = gateStep(w);
  const all = steps(w);
  const download = all.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
  const upload = all.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;

  it("may read other runs' artifacts, and uploads its own report whatever the verdict", () => {
    expect(w.permissions).toEqual({ contents: "read", actions: "read" });
    expect(download.with?.name).toBe(upload.with?.name);
    expect(upload.if).toBe("always()");
    expect(step.with?.config).toBe("examples/checks/previous-release.yml");
  });

  it("uploads the report file the gate writes, and baseline-report finds it where download puts it", async () => {
    const written = reportFileNames(step.with?.label ?? "").json;
    expect(segmentRegExp(path.basename(upload.with!.path!)).test(written)).toBe(true);
    const workspace = mkdtempSync(path.join(tmpdir(), "deploy-gate-previous-"));
    mkdirSync(path.join(workspace, download.with!.path!));
    writeFileSync(
      path.join(workspace, download.with!.path!, written),
      renderJsonReport(
        gate([
          check({
            name: "list tasks",
            samples: { count: 1, errors: 0, errorRate: 0, latenciesMs: [5] },
            observed: { status: 200 },
          }),
        ]),
      ),
    );
    const loaded = await loadBaselineReport(step.with!["baseline-report"]!, "", workspace);
    expect(loaded).toMatchObject({ report: { file: `previous-release/${written}` } });
  });
});
