// The gate and the fan-in write their step summary through one function (src/action/step-summary.ts):
// appended when the runner gives a writable file, a warning — never a failed job — when it does not.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSummary } from "../../src/action/step-summary.js";
import { createWorkflowCommands } from "../../src/action/workflow-commands.js";

function commandsWith(env: Record<string, string>) {
  let stdout = "";
  const commands = createWorkflowCommands({
    env,
    write: (text) => {
      stdout += text;
    },
  });
  return { commands, stdout: () => stdout };
}

describe("writeSummary", () => {
  it("appends the markdown to GITHUB_STEP_SUMMARY", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-summary-")), "summary.md");
    writeFileSync(file, "before\n");
    const { commands, stdout } = commandsWith({ GITHUB_STEP_SUMMARY: file });
    await writeSummary("## ✅ deploy-gate: passed", commands);
    expect(readFileSync(file, "utf8")).toBe("before\n## ✅ deploy-gate: passed\n");
    expect(stdout()).toBe("");
  });

  it("warns, without failing the job, when the runner gives no summary file", async () => {
    const { commands, stdout } = commandsWith({});
    const exitCode = process.exitCode;
    await writeSummary("## ✅ deploy-gate: passed", commands);
    expect(stdout()).toMatch(/^::warning::deploy-gate could not write the step summary: Unable to find/);
    expect(process.exitCode).toBe(exitCode);
  });

  it("is the one writer: the gate and the fan-in define none of their own", () => {
    for (const file of ["src/action/main.ts", "src/action/fan-in.ts"]) {
      const source = readFileSync(file, "utf8");
      expect(source).toContain('import { writeSummary } from "./step-summary.js"');
      expect(source).not.toMatch(/function writeSummary\b|appendSummary/);
    }
  });
});
