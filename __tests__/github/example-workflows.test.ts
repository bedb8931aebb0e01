// The GitHub-facing example workflows do what docs/github.md says they do: the permissions each
// feature needs, the rollback job's condition, and a fan-in glob that matches the layout
// download-artifact leaves for the matrix legs' artifacts.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readLegReports } from "../../src/fan-in/merge.js";
import { renderJsonReport, reportFileNames } from "../../src/report/json-report.js";
import { check, gate } from "../report/fixtures.js";

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  strategy?: { matrix: Record<string, string[]> };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A GitHub expression as written in a workflow: `${{ <expr> }}`. */
const expr = (inner: string) => ["$", "{{ ", inner, " }}"].join("");

function workflow(name: string): Workflow {
  return parse(readFileSync(`examples/workflows/${name}`, "utf8")) as Workflow;
}

function gateSteps(w: Workflow): Step[] {
  return Object.values(w.jobs).flatMap((j) => j.steps.filter((s) => s.uses?.startsWith("deploy-gate/")));
}

describe("required-status.yml", () => {
  const w = workflow("required-status.yml");
  it("gates pull requests with statuses: write and a token", () => {
    expect(w.on).toHaveProperty("pull_request");
    expect(w.permissions).toEqual({ contents: "read", statuses: "write" });
    const [step] = gateSteps(w);
    expect(step?.with).toMatchObject({ "github-token": expr("github.token"), label: "preview" });
  });
});

describe("rollback.yml", () => {
  const w = workflow("rollback.yml");
  it("has the permissions for both statuses and passes the hook's URL and secret from secrets", () => {
    expect(w.permissions).toEqual({ contents: "read", statuses: "write", deployments: "write" });
    const [step] = gateSteps(w);
    expect(step?.with?.["on-failure-url"]).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(step?.with?.["on-failure-secret"]).toMatch(/^\$\{\{ secrets\.\w+ \}\}$/);
    expect(step?.with?.["deployment-id"]).toBe(expr("needs.deploy.outputs.deployment-id"));
  });

  it("rolls back only when the gate failed, not when the run was cancelled", () => {
    expect(w.jobs.rollback?.needs).toContain("gate");
    expect(w.jobs.rollback?.if).toBe("failure() && needs.gate.result == 'failure'");
  });
});

describe("matrix-fan-in.yml", () => {
  const w = workflow("matrix-fan-in.yml");
  const legs = w.jobs.gate!;
  const fanIn = w.jobs.verdict!;
  const regions = legs.strategy!.matrix.region!;

  it("labels every leg, uploads its reports even when it failed, and merges them after a guard", () => {
    const [leg] = gateSteps({ ...w, jobs: { gate: legs } });
    expect(leg?.with?.label).toBe(expr("matrix.region"));
    const upload = legs.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"));
    expect(upload?.if).toBe("always()");
    expect(upload?.with?.path).toBe(`${expr("runner.temp")}/deploy-gate/`);
    expect(fanIn.needs).toBe("gate");
    expect(fanIn.steps[0]?.if).toBe("needs.gate.result != 'success'");
    const merge = fanIn.steps.find((s) => s.with?.["merge-reports"]);
    expect(merge?.with).not.toHaveProperty("base-url");
  });

  it("its glob matches the reports as download-artifact lays them out, one per leg", async () => {
    const download = fanIn.steps.find((s) => s.uses?.startsWith("actions/download-artifact@"))!;
    const upload = legs.steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))!;
    const workspace = mkdtempSync(path.join(tmpdir(), "deploy-gate-artifacts-"));
    for (const region of regions) {
      // download-artifact without merge-multiple: <path>/<artifact name>/<the uploaded folder's files>
      const artifact = upload.with!.name!.replace(expr("matrix.region"), region);
      expect(artifact).toMatch(new RegExp(`^${download.with!.pattern!.replace("*", ".*")}$`));
      const dir = path.join(workspace, download.with!.path!, artifact);
      mkdirSync(dir, { recursive: true });
      const names = reportFileNames(region);
      writeFileSync(
        path.join(dir, names.json),
        renderJsonReport(gate([check({ name: "a" })], { label: region })),
      );
      writeFileSync(path.join(dir, names.junit), "<testsuites/>");
    }
    const merge = fanIn.steps.find((s) => s.with?.["merge-reports"])!;
    const read = await readLegReports(merge.with!["merge-reports"]!, workspace);
    expect(read.map((l) => l.result.label)).toEqual([...regions].sort());
  });
});

describe("docs/github.md", () => {
  const docs = readFileSync("docs/github.md", "utf8");
  it("has YAML examples that parse and JSON examples that are JSON", () => {
    for (const [, block] of docs.matchAll(/```yaml\n([\s\S]*?)```/g))
      expect(() => parse(block!)).not.toThrow();
    const json = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map(([, b]) => b!);
    expect(json.length).toBeGreaterThanOrEqual(2);
    for (const block of json) expect(() => JSON.parse(block)).not.toThrow();
  });

  it("links every example workflow it names", () => {
    for (const [, file] of docs.matchAll(/\(\.\.\/examples\/workflows\/([\w-]+\.yml)\)/g)) {
      expect(() => readFileSync(`examples/workflows/${file}`)).not.toThrow();
    }
  });
});

describe("oidc.yml", () => {
  const w = workflow("oidc.yml");
  it("gives the job id-token: write and uses the token only through oidc-audience and the template", () => {
    expect(w.permissions).toEqual({ contents: "read", "id-token": "write" });
    const [step] = gateSteps(w);
    expect(step?.with?.["oidc-audience"]).toBe("https://staging.example.com");
    expect(step?.with?.checks).toContain("Bearer {{ github.oidc-token }}");
    // No stored credential: the only secret the gate gets is the one GitHub issues for the job.
    expect(JSON.stringify(step?.with)).not.toContain("secrets.");
  });
});
