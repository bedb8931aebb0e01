// Runs the bundled action exactly as the runner does: `node dist/index.js` with INPUT_*
// variables (hyphens kept), GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkWrittenReports } from "./reports.js";

export const NODE20 = process.execPath;
export const NODE24 = path.resolve(".tmp/node24/node_modules/node/bin/node");
export const ACTION = path.resolve("dist/index.js");
export const CLI = path.resolve("dist/cli/index.js");

export interface ActionRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly dir: string;
  readonly reportDir: string;
  /** Every file the action wrote (summary, outputs, reports), by path relative to `dir`. */
  readonly files: Record<string, string>;
  readonly elapsedMs: number;
}

/** Parses `name<<delimiter` records (and plain `name=value` lines) of GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i] ?? "");
      out[name] = value.join("\n");
    } else if (line.includes("=")) {
      out[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return out;
}

export interface RunOptions {
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly node?: string;
  readonly entry?: string;
  readonly args?: readonly string[];
  /** Called once when the accumulated stdout first matches `when` (e.g. to send a signal). */
  readonly onOutput?: { readonly when: RegExp; readonly act: (child: ChildProcess) => void };
}

function readAll(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = readFileSync(p, "utf8");
    }
  };
  walk(dir);
  return files;
}

export function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), "deploy-gate-e2e-"));
  const outputFile = path.join(dir, "output.txt");
  const summaryFile = path.join(dir, "summary.md");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: path.join(dir, "runner-temp"),
    GITHUB_WORKSPACE: process.cwd(),
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_SERVER_URL: "https://github.com",
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(options.node ?? NODE20, [options.entry ?? ACTION, ...(options.args ?? [])], {
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    let hook = options.onOutput;
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
      if (hook?.when.test(stdout)) {
        const { act } = hook;
        hook = undefined;
        act(child);
      }
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    const guard = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(guard);
      const outputs = parseOutputFile(readFileSync(outputFile, "utf8"));
      const run: ActionRun = {
        code,
        signal,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(summaryFile, "utf8"),
        dir,
        reportDir: path.join(env.RUNNER_TEMP ?? dir, "deploy-gate"),
        files: existsSync(dir) ? readAll(dir) : {},
        elapsedMs: Date.now() - started,
      };
      // Whatever the scenario, the reports the action wrote must be what readers are promised.
      checkWrittenReports(outputs).then(() => resolve(run), reject);
    });
  });
}
