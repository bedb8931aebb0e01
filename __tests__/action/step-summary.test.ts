// The gate, a refused gate, the fan-in and the last resort write their step summary through one
// function (src/action/step-summary.ts, over @actions/core's summary): appended when the runner
// gives a writable file, a warning — never a failed job, never a crash — when it does not.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import * as core from "@actions/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeSummary } from "../../src/action/step-summary.js";

let stdout = "";
beforeEach(() => {
  stdout = "";
  // @actions/core's summary remembers the first file it found; each test is a fresh runner.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("writeSummary", () => {
  it("appends the markdown to GITHUB_STEP_SUMMARY", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "deploy-gate-summary-")), "summary.md");
    writeFileSync(file, "before\n");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    await writeSummary("## ✅ deploy-gate: passed");
    expect(readFileSync(file, "utf8")).toBe("before\n## ✅ deploy-gate: passed\n");
    expect(stdout).toBe("");
  });

  it("warns, without failing the job, when the runner gives no summary file", async () => {
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    const exitCode = process.exitCode;
    await writeSummary("## ✅ deploy-gate: passed");
    expect(stdout).toMatch(/^::warning::deploy-gate could not write the step summary: Unable to find/);
    expect(process.exitCode).toBe(exitCode);
  });

  it("warns when the summary path is a directory, and keeps nothing to write twice later", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-summary-"));
    vi.stubEnv("GITHUB_STEP_SUMMARY", dir);
    await writeSummary("first");
    expect(stdout).toMatch(/^::warning::deploy-gate could not write the step summary: .*EISDIR/);
    // Nothing is left in core's buffer to be written again by a later summary.
    expect(core.summary.stringify()).toBe("");
  });

  it("is the one writer: no other module of the action writes the summary itself", () => {
    for (const file of ["src/action/main.ts", "src/action/fan-in.ts"]) {
      const source = readFileSync(file, "utf8");
      expect(source).toContain('import { writeSummary } from "./step-summary.js"');
      expect(source).not.toMatch(/core\.summary|function writeSummary\b/);
    }
  });
});
