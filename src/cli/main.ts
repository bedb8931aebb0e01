// The CLI adapter: argv → one gate run (src/run/run-gate.ts) → terminal report → exit code.
// It never loads @actions/core: nothing here or below it imports the runner's toolkit.
import { parseArgs } from "node:util";
import { blocksDeploy } from "../engine/results.js";
import type { SettingName } from "../engine/settings.js";
import { readGateSettings } from "../engine/settings.js";
import { renderCheckLine, renderConsoleReport } from "../report/console.js";
import { runGate } from "../run/run-gate.js";
import { createRedactor, type Redactor } from "../secrets/redact.js";
import { oneLine } from "../text/display-text.js";
import { VERSION } from "../version.js";

/** What each exit code means; --help and the README say the same. */
export const EXIT = { passed: 0, blocked: 1, usage: 2 } as const;

const HELP = `deploy-gate ${VERSION} — gate a deployment on live evidence

Usage: deploy-gate --base-url URL --config FILE [options]

  --base-url URL          base URL of the deployed service (required)
  --config FILE           check list file, YAML or JSON (or --checks TEXT)
  --checks TEXT           the check list inline, YAML or JSON
  --secret NAME=VALUE     a secret for {{ secrets.NAME }}; repeatable. --secret NAME alone
                          reads the value from the environment variable NAME (keeps it out
                          of shell history)
  --var NAME=VALUE        a variable for {{ vars.NAME }}; repeatable
  --label LABEL           names this run (a region, an environment)
  --only LIST             comma-separated check names or tags (plus what they need)
  --json FILE             write the JSON report
  --junit FILE            write the JUnit XML report
  --dry-run               report everything, always exit 0 unless the config is bad
  --concurrency N         checks run at once (default 8, 1 to 256)
  --timeout DURATION      deadline for the whole gate (default 10m)
  --request-timeout D     default per-request timeout (default 10s)
  --retries N             default retries for transient failures (default 2, 0 to 10)
  --fail-fast             stop starting checks after the first critical failure
  --baseline-url URL      the stable service compare checks measure against
  --baseline-report FILE  a previous release's JSON report (a path or a glob)
  --on-inconclusive WHAT  fail (default), pass or hold
  --help                  show this help
  --version               print the version

{{ github.oidc-token }} exists only inside GitHub Actions (the action's oidc-audience input).

Exit codes:
  0  the gate passed (or --dry-run)
  1  the gate blocked the deployment, or deploy-gate stopped on an internal error
  2  bad usage, settings or config: nothing was sent
Colour is used on a terminal unless NO_COLOR is set.`;

const OPTIONS = {
  "base-url": { type: "string" },
  config: { type: "string" },
  checks: { type: "string" },
  secret: { type: "string", multiple: true },
  var: { type: "string", multiple: true },
  label: { type: "string" },
  only: { type: "string" },
  json: { type: "string" },
  junit: { type: "string" },
  "dry-run": { type: "boolean" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  "request-timeout": { type: "string" },
  retries: { type: "string" },
  "fail-fast": { type: "boolean" },
  "baseline-url": { type: "string" },
  "baseline-report": { type: "string" },
  "on-inconclusive": { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** Which flag carries each setting; the CLI has none for the action's fan-in and OIDC. */
const FLAG_OF: Readonly<Partial<Record<SettingName, string>>> = {
  baseUrl: "--base-url",
  checks: "--checks",
  configFile: "--config",
  secrets: "--secret",
  vars: "--var",
  label: "--label",
  mode: "--dry-run",
  concurrency: "--concurrency",
  timeout: "--timeout",
  requestTimeout: "--request-timeout",
  retries: "--retries",
  failFast: "--fail-fast",
  only: "--only",
  reportJson: "--json",
  reportJunit: "--junit",
  baselineUrl: "--baseline-url",
  baselineReport: "--baseline-report",
  onInconclusive: "--on-inconclusive",
};

const flagOf = (setting: SettingName) => FLAG_OF[setting] ?? setting;

class UsageError extends Error {}

function pairs(values: readonly string[], flag: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of values) {
    const eq = item.indexOf("=");
    const name = eq === -1 ? item : item.slice(0, eq);
    if (!/^[A-Za-z_][\w.-]*$/.test(name))
      throw new UsageError(`${flag}: expected NAME=VALUE, got a bad name`);
    if (eq === -1) {
      const fromEnv = env[name];
      if (fromEnv === undefined)
        throw new UsageError(`${flag} ${name}: no value given and $${name} is not set`);
      out[name] = fromEnv;
    } else out[name] = item.slice(eq + 1);
  }
  return out;
}

const VALUE_FLAGS = new Set(
  Object.entries(OPTIONS)
    .filter(([, o]) => o.type === "string")
    .map(([name]) => `--${name}`),
);
const KNOWN_FLAG = /^--?([a-z][a-z-]*)(=.*)?$/s;

/**
 * `--checks "- GET /health"` or `--checks "---\nversion: 1"`: after a flag that takes a value,
 * the next argument is that value unless it is itself one of the CLI's flags.
 */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    const flag = next === undefined ? undefined : KNOWN_FLAG.exec(next)?.[1];
    const isFlag = flag !== undefined && (flag in OPTIONS || flag === "h");
    if (VALUE_FLAGS.has(arg) && next?.startsWith("-") && !isFlag) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

async function gate(argv: readonly string[], env: NodeJS.ProcessEnv, redactor: Redactor): Promise<number> {
  const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
  let values: ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>["values"];
  let secrets: Record<string, string>;
  let vars: Record<string, string>;
  try {
    ({ values } = parseArgs({
      args: joinDashValues(argv),
      strict: true,
      allowPositionals: false,
      options: OPTIONS,
    }));
    if (values.help || values.version) {
      process.stdout.write(`${values.help ? HELP : VERSION}\n`);
      return EXIT.passed;
    }
    secrets = pairs(values.secret ?? [], "--secret", env);
    vars = pairs(values.var ?? [], "--var", env);
  } catch (error) {
    const known =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (!known) throw error;
    process.stderr.write(`deploy-gate: ${oneLine((error as Error).message, 500)}\nTry --help.\n`);
    return EXIT.usage;
  }
  const read = readGateSettings(
    {
      baseUrl: values["base-url"],
      checks: values.checks,
      configFile: values.config,
      secrets,
      vars,
      label: values.label,
      ...(values["dry-run"] ? { mode: "dry-run" } : {}),
      concurrency: values.concurrency,
      timeout: values.timeout,
      requestTimeout: values["request-timeout"],
      retries: values.retries,
      ...(values["fail-fast"] ? { failFast: "true" } : {}),
      only: values.only,
      reportJson: values.json,
      reportJunit: values.junit,
      baselineUrl: values["baseline-url"],
      baselineReport: values["baseline-report"],
      onInconclusive: values["on-inconclusive"],
    },
    { nameOf: flagOf, placeOf: flagOf, cwd: process.cwd() },
  );

  let total = 0;
  let done = 0;
  const gateRun = await runGate(read, {
    redactor,
    env,
    onlyPlace: "--only",
    oidc: {
      unavailable:
        "{{ github.oidc-token }} exists only inside GitHub Actions (with oidc-audience and permissions: id-token: write)",
    },
    started: (checks) => {
      total = checks;
    },
    // Name, outcome and duration only: a later check may capture as a secret a value this check's
    // details hold, and a line on a terminal cannot be masked once written. The details come in
    // the report at the end, after the last secret is known.
    checkDone: (r) => {
      done++;
      const counter = process.stdout.isTTY ? `[${done}/${total}] ` : "";
      process.stdout.write(`${counter}${redactor.text(renderCheckLine({ ...r, detail: "" }, { color }))}\n`);
    },
    warn: (message) => process.stderr.write(`${message}\n`),
  });

  if (gateRun.refused) {
    process.stderr.write(`deploy-gate: ${gateRun.refused.message}\n`);
    if (gateRun.refused.kind === "input") process.stderr.write("Try --help.\n");
    return EXIT.usage;
  }
  const { result } = gateRun;
  // Now that every secret is known: each check's line with its details, then the report.
  const lines = result.checks.map((r) => renderCheckLine(r, { color }));
  process.stdout.write(
    `\n${redactor.text(lines.join("\n"))}\n\n${redactor.text(renderConsoleReport(result, { color }))}\n`,
  );
  if (result.interrupted === "cancelled") return EXIT.blocked;
  return blocksDeploy(result) && result.mode === "enforce" ? EXIT.blocked : EXIT.passed;
}

/** Runs the CLI; never throws. An unexpected error is one readable line and its stack, exit 1. */
export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const redactor = createRedactor();
  try {
    return await gate(argv, env, redactor);
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const frames = (err.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
    process.stderr.write(
      `deploy-gate: internal error: ${oneLine(redactor.text(err.message || err.name), 500)}\n` +
        `${frames.map((f) => redactor.text(f)).join("\n")}${frames.length ? "\n" : ""}`,
    );
    return EXIT.blocked;
  }
}
