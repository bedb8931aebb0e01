// The CLI adapter: argv → engine → terminal report → exit code (0 passed, 1 blocked, 2 usage/config).
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ConfigError } from "../config/errors.js";
import { runGate } from "../engine/gate.js";
import { prepareGate } from "../engine/prepare.js";
import { renderCheckLine, renderConsoleReport } from "../report/console.js";
import { renderJsonReport } from "../report/json-report.js";
import { renderJunit } from "../report/junit.js";
import { createRedactor } from "../secrets/redact.js";
import { parseDuration } from "../text/duration.js";
import { VERSION } from "../version.js";

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
  --concurrency N         checks run at once (default 8)
  --timeout DURATION      deadline for the whole gate (default 10m)
  --request-timeout D     default per-request timeout (default 10s)
  --retries N             default retries for transient failures (default 2)
  --fail-fast             stop starting checks after the first critical failure
  --help                  show this help
  --version               print the version

Exit codes: 0 the gate passed, 1 the gate blocked, 2 bad usage or config.
Colour is used on a terminal unless NO_COLOR is set.`;

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

function num(value: string | undefined, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag}: expected a whole number from ${min} to ${max}`);
  return n;
}

function dur(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const ms = parseDuration(value);
  if (ms === undefined) throw new UsageError(`${flag}: expected a duration like 250ms, 10s, 5m`);
  return ms;
}

const VALUE_FLAGS = new Set([
  "--base-url",
  "--config",
  "--checks",
  "--secret",
  "--var",
  "--label",
  "--only",
  "--json",
  "--junit",
  "--concurrency",
  "--timeout",
  "--request-timeout",
  "--retries",
]);

/** `--checks "- GET /health"`: a value that starts with a dash is still the flag's value. */
function joinDashValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    const next = argv[i + 1];
    if (VALUE_FLAGS.has(arg) && next?.startsWith("-") && !next.startsWith("--")) {
      out.push(`${arg}=${next}`);
      i++;
    } else out.push(arg);
  }
  return out;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const color = Boolean(process.stdout.isTTY) && !env.NO_COLOR;
  const redactor = createRedactor();
  let args: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args: joinDashValues(argv),
      strict: true,
      allowPositionals: false,
      options: {
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
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  let prepared: ReturnType<typeof prepareGate>;
  let only: string[];
  let settings: {
    baseUrl: string;
    label: string;
    concurrency: number;
    timeoutMs: number;
    requestTimeoutMs?: number;
    retries?: number;
  };
  try {
    args = parse();
    const v = args.values;
    if (v.help) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (v.version) {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const secrets = pairs(v.secret ?? [], "--secret", env);
    for (const value of Object.values(secrets)) redactor.add(value);
    if (!v["base-url"]) throw new UsageError("--base-url is required");
    if (!/^https?:\/\/[^/]/i.test(v["base-url"]))
      throw new UsageError("--base-url: expected an http:// or https:// URL");
    if (Boolean(v.config) === Boolean(v.checks))
      throw new UsageError("give exactly one of --config FILE or --checks TEXT");
    let configText = v.checks ?? "";
    if (v.config) {
      try {
        configText = readFileSync(v.config, "utf8");
      } catch (error) {
        throw new UsageError(
          `--config: cannot read ${v.config}: ${(error as NodeJS.ErrnoException).code ?? error}`,
        );
      }
    }
    const label = v.label ?? "";
    only = (v.only ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    prepared = prepareGate({
      configText,
      source: v.config ?? "--checks",
      secrets,
      vars: pairs(v.var ?? [], "--var", env),
      label,
      env,
      only: { names: only, place: "--only" },
    });
    const requestTimeoutMs = dur(v["request-timeout"], "--request-timeout");
    const retries = num(v.retries, "--retries", 0, 10);
    settings = {
      baseUrl: v["base-url"],
      label,
      concurrency: num(v.concurrency, "--concurrency", 1, 256) ?? 8,
      timeoutMs: dur(v.timeout, "--timeout") ?? 600_000,
      ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
      ...(retries !== undefined ? { retries } : {}),
    };
  } catch (error) {
    const known =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    if (!known) throw error;
    process.stderr.write(`deploy-gate: ${redactor.text((error as Error).message)}\n`);
    if (error instanceof UsageError || !(error instanceof ConfigError)) process.stderr.write("Try --help.\n");
    return 2;
  }

  const v = args.values;
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const total = prepared.config.checks.length;
  let done = 0;
  const result = await runGate({
    config: prepared.config,
    baseUrl: settings.baseUrl,
    label: settings.label,
    mode: v["dry-run"] ? "dry-run" : "enforce",
    concurrency: settings.concurrency,
    timeoutMs: settings.timeoutMs,
    ...(settings.requestTimeoutMs !== undefined ? { requestTimeoutMs: settings.requestTimeoutMs } : {}),
    ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
    failFast: Boolean(v["fail-fast"]),
    only,
    scope: prepared.scope,
    redactor,
    signal: cancel.signal,
    onCheckDone: (r) => {
      done++;
      const counter = process.stdout.isTTY ? `[${done}/${total}] ` : "";
      process.stdout.write(`${counter}${redactor.text(renderCheckLine(r, { color }))}\n`);
    },
  });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);
  process.stdout.write(`\n${redactor.text(renderConsoleReport(result, { color }))}\n`);
  for (const [file, render] of [
    [v.json, renderJsonReport],
    [v.junit, renderJunit],
  ] as const) {
    if (!file) continue;
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      await writeFile(file, redactor.text(render(result)));
    } catch (error) {
      process.stderr.write(`deploy-gate: warning: cannot write ${file}: ${(error as Error).message}\n`);
    }
  }
  // Inconclusive fails closed: nothing proved the release works.
  return result.verdict !== "passed" && !v["dry-run"] ? 1 : 0;
}
