// The runner protocol as @actions/core 3 writes it (the expected strings are its output for the same
// calls): inputs, GITHUB_OUTPUT heredoc records, masks, annotations and their escaping, groups, the failed
// state and the step summary. The end-to-end tests read the same files back from the bundled action.
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  createWorkflowCommands,
  escapeData,
  escapeProperty,
  formatCommand,
  outputRecord,
} from "../../src/action/workflow-commands.js";
import { parseOutputFile } from "../support/run-action.js";

const DELIMITER = /^ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function runnerWith(env: Record<string, string> = {}) {
  let stdout = "";
  const commands = createWorkflowCommands({
    env,
    write: (text) => {
      stdout += text;
    },
  });
  return { commands, stdout: () => stdout };
}

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "deploy-gate-commands-"));
}

describe("escaping", () => {
  it("escapes %, CR and LF in data, so a message cannot end its own line or fake an escape", () => {
    expect(escapeData("100% done\r\nnext line")).toBe("100%25 done%0D%0Anext line");
    expect(escapeData("%0A is not a newline")).toBe("%250A is not a newline");
    expect(escapeData("a: b, c")).toBe("a: b, c");
  });

  it("also escapes : and , in property values, which separate properties", () => {
    expect(escapeProperty("deploy-gate: list tasks, eu")).toBe("deploy-gate%3A list tasks%2C eu");
    expect(escapeProperty("50%\n")).toBe("50%25%0A");
  });
});

describe("formatCommand", () => {
  it("writes ::name::message without properties", () => {
    expect(formatCommand("warning", {}, "careful")).toBe("::warning::careful");
    expect(formatCommand("endgroup", {}, "")).toBe("::endgroup::");
  });

  it("writes properties as key=value, escaped, and leaves out empty ones", () => {
    expect(formatCommand("error", { title: "deploy-gate: a, b", file: undefined }, "x")).toBe(
      "::error title=deploy-gate%3A a%2C b::x",
    );
    expect(formatCommand("set-output", { name: "result" }, "passed")).toBe(
      "::set-output name=result::passed",
    );
  });

  it("keeps @actions/core's space after the name when every property is empty", () => {
    expect(formatCommand("error", { title: "" }, "x")).toBe("::error ::x");
  });

  it("cannot be broken out of by a message that contains a command", () => {
    expect(formatCommand("notice", {}, "ok\n::error::forged")).toBe("::notice::ok%0A::error::forged");
  });
});

describe("inputs", () => {
  it("reads INPUT_<NAME> upper-cased with spaces as _, hyphens kept, trimmed", () => {
    const { commands } = runnerWith({
      "INPUT_BASE-URL": "  https://shop.example.com \n",
      INPUT_MY_INPUT: "spaced",
      INPUT_BASE_URL: "not this one",
    });
    expect(commands.getInput("base-url")).toBe("https://shop.example.com");
    expect(commands.getInput("my input")).toBe("spaced");
    expect(commands.getInput("missing")).toBe("");
  });
});

describe("outputs", () => {
  it("appends one heredoc record per output to GITHUB_OUTPUT, each with its own delimiter", () => {
    const file = path.join(tempDir(), "output.txt");
    writeFileSync(file, "earlier=1\n");
    const { commands, stdout } = runnerWith({ GITHUB_OUTPUT: file });
    commands.setOutput("result", "passed");
    commands.setOutput("failed-checks", '["a","b"]');
    commands.setOutput("passed", 3);
    commands.setOutput("detail", "line one\nline two");
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");
    expect(lines[1]).toMatch(/^result<<ghadelimiter_/);
    const delimiters = lines.filter((l) => DELIMITER.test(l));
    expect(delimiters).toHaveLength(4);
    expect(new Set(delimiters).size).toBe(4);
    expect(lines.slice(1, 4)).toEqual([`result<<${delimiters[0]}`, "passed", delimiters[0]]);
    expect(text.endsWith(`${delimiters[3]}\n`)).toBe(true);
    expect(parseOutputFile(text)).toEqual({
      earlier: "1",
      result: "passed",
      "failed-checks": '["a","b"]',
      passed: "3",
      detail: "line one\nline two",
    });
    expect(stdout()).toBe("");
  });

  it("refuses a name or value that contains the delimiter", () => {
    expect(outputRecord("a", "b", "D")).toBe("a<<D\nb\nD");
    expect(() => outputRecord("aD", "b", "D")).toThrow('name should not contain the delimiter "D"');
    expect(() => outputRecord("a", "xDx", "D")).toThrow('value should not contain the delimiter "D"');
  });

  it("fails when GITHUB_OUTPUT names a missing file", () => {
    const file = path.join(tempDir(), "missing.txt");
    const { commands } = runnerWith({ GITHUB_OUTPUT: file });
    expect(() => commands.setOutput("result", "passed")).toThrow(`Missing file at path: ${file}`);
  });

  it("falls back to ::set-output after a blank line without GITHUB_OUTPUT", () => {
    const { commands, stdout } = runnerWith();
    commands.setOutput("result", "a:b\nc");
    expect(stdout()).toBe("\n::set-output name=result::a:b%0Ac\n");
  });
});

describe("log commands", () => {
  it("masks a value with ::add-mask::", () => {
    const { commands, stdout } = runnerWith();
    commands.setSecret("s3cr3t");
    commands.setSecret("two\nlines");
    expect(stdout()).toBe("::add-mask::s3cr3t\n::add-mask::two%0Alines\n");
  });

  it("writes info lines as they are, commands included", () => {
    const { commands, stdout } = runnerWith();
    commands.info("GET /health → 200\nsecond line");
    expect(stdout()).toBe("GET /health → 200\nsecond line\n");
  });

  it("writes error, warning and notice annotations with an escaped title", () => {
    const { commands, stdout } = runnerWith();
    commands.error("2 checks failed\nsee the summary", { title: "deploy-gate: list tasks" });
    commands.warning("slow, but passed");
    commands.notice("dry-run: 100% would block", { title: "deploy-gate (eu, us)" });
    expect(stdout().split("\n")).toEqual([
      "::error title=deploy-gate%3A list tasks::2 checks failed%0Asee the summary",
      "::warning::slow, but passed",
      "::notice title=deploy-gate (eu%2C us)::dry-run: 100%25 would block",
      "",
    ]);
  });

  it("opens and closes a group", () => {
    const { commands, stdout } = runnerWith();
    commands.startGroup("✅ health — passed in 12ms");
    commands.info("GET /health → 200");
    commands.endGroup();
    expect(stdout()).toBe("::group::✅ health — passed in 12ms\nGET /health → 200\n::endgroup::\n");
  });
});

describe("setFailed", () => {
  afterEach(() => {
    process.exitCode = undefined;
  });

  it("writes an error annotation and sets exit code 1", () => {
    const { commands, stdout } = runnerWith();
    expect(process.exitCode).toBeUndefined();
    commands.setFailed("deploy-gate blocked the deployment — 1 critical check failed: health");
    expect(stdout()).toBe("::error::deploy-gate blocked the deployment — 1 critical check failed: health\n");
    expect(process.exitCode).toBe(1);
  });
});

describe("step summary", () => {
  it("appends the markdown and a newline to GITHUB_STEP_SUMMARY", async () => {
    const file = path.join(tempDir(), "summary.md");
    writeFileSync(file, "# from an earlier step\n");
    const { commands } = runnerWith({ GITHUB_STEP_SUMMARY: file });
    await commands.appendSummary("## ✅ deploy-gate passed");
    expect(readFileSync(file, "utf8")).toBe("# from an earlier step\n## ✅ deploy-gate passed\n");
  });

  it("rejects with a clear message when GITHUB_STEP_SUMMARY is unset", async () => {
    const { commands } = runnerWith();
    await expect(commands.appendSummary("x")).rejects.toThrow(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY",
    );
  });

  it("rejects with a clear message when the file is missing or not writable", async () => {
    const dir = tempDir();
    const missing = path.join(dir, "missing.md");
    await expect(runnerWith({ GITHUB_STEP_SUMMARY: missing }).commands.appendSummary("x")).rejects.toThrow(
      `Unable to access summary file: '${missing}'`,
    );
    const readOnly = path.join(dir, "read-only.md");
    writeFileSync(readOnly, "");
    chmodSync(readOnly, 0o444);
    // root may write anyway; the check is only meaningful for an ordinary user.
    if (process.getuid?.() !== 0) {
      await expect(runnerWith({ GITHUB_STEP_SUMMARY: readOnly }).commands.appendSummary("x")).rejects.toThrow(
        `Unable to access summary file: '${readOnly}'`,
      );
    }
  });
});
