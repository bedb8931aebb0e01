// `npm run demo [-- --broken] [-- extra CLI flags]`: starts the demo service in-process on a free
// port, runs the bundled deploy-gate CLI against it with examples/demo/gate.yml, streams the
// CLI's output, stops the service and exits with the CLI's exit code.
//
// `npm run demo -- --scenario NAME [--broken[=FAULT]]` runs one team's scenario instead (tasks,
// streams, release-guard, saas; see examples/demo/scenarios.mjs and `--help`): the service is
// started as that team's service, healthy or broken by the scenario's own fault, and the gate
// runs that team's config from examples/scenarios/. The streams scenario runs the bundled action
// (`node dist/index.js`) as the runner does, so its rollback hook really fires.
//
// Needs no npm install: node builtins plus the bundle in dist/ (`npm run bundle` builds it).
// Flags for this script: --scenario NAME, --broken[=FAULT], --latency-ms N, --ready-after-ms N,
// --help. Every other argument is passed on to the CLI (e.g. --json report.json, --only smoke,
// --dry-run). DEPLOY_GATE_CLI / DEPLOY_GATE_ACTION override the CLI / action bundle paths
// (relative to the repository root).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { NOT_RUNNABLE, SCENARIOS } from "./scenarios.mjs";
import { FAULTS, startDemoServer } from "./server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = resolve(root, process.env.DEPLOY_GATE_CLI || "dist/cli/index.js");
const action = resolve(root, process.env.DEPLOY_GATE_ACTION || "dist/index.js");
const config = "examples/demo/gate.yml";

class UsageError extends Error {}

function usage() {
  const lines = [
    "usage: npm run demo [-- --broken] [-- CLI flags]",
    "       npm run demo -- --scenario NAME [--broken[=FAULT]] [CLI flags]",
    "",
    "scenarios (--broken alone picks the first fault):",
  ];
  for (const [name, s] of Object.entries(SCENARIOS)) {
    lines.push(`  ${name.padEnd(14)} ${s.summary}`, `  ${"".padEnd(14)} config ${s.config}`);
    for (const fault of s.faults) lines.push(`  ${"".padEnd(14)}   --broken=${fault}: ${FAULTS[fault]}`);
  }
  for (const [name, text] of Object.entries(NOT_RUNNABLE)) lines.push(`  ${name.padEnd(14)} ${text}`);
  return `${lines.join("\n")}\n`;
}

function parseArgs(argv) {
  const own = {
    broken: false,
    fault: undefined,
    scenario: undefined,
    help: false,
    latencyMs: 0,
    readyAfterMs: 0,
  };
  const passThrough = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (flag === "--broken") {
      own.broken = true;
      own.fault = inline;
    } else if (arg === "--help" || arg === "-h") own.help = true;
    else if (flag === "--scenario") {
      own.scenario = inline ?? argv[++i];
      if (!own.scenario) throw new UsageError("--scenario needs a name");
    } else if (flag === "--latency-ms" || flag === "--ready-after-ms") {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new UsageError(`${flag} needs a non-negative integer`);
      own[flag === "--latency-ms" ? "latencyMs" : "readyAfterMs"] = value;
    } else passThrough.push(arg);
  }
  if (own.fault !== undefined && own.scenario === undefined) {
    throw new UsageError("--broken=FAULT needs --scenario; plain --broken breaks the default demo");
  }
  return { own, passThrough };
}

/** The scenario to run and the fault to break it with, or a UsageError saying what exists. */
function pickScenario(own) {
  const scenario = SCENARIOS[own.scenario];
  if (!scenario) {
    if (Object.hasOwn(NOT_RUNNABLE, own.scenario)) {
      throw new UsageError(
        `--scenario ${own.scenario} is not a gate run: it is ${NOT_RUNNABLE[own.scenario]}`,
      );
    }
    throw new UsageError(
      `unknown scenario "${own.scenario}"; runnable: ${Object.keys(SCENARIOS).join(", ")} (see --help)`,
    );
  }
  const fault = own.broken ? (own.fault ?? scenario.faults[0]) : undefined;
  if (fault !== undefined && !scenario.faults.includes(fault)) {
    throw new UsageError(
      `--broken=${fault}: the ${own.scenario} scenario breaks with one of ${scenario.faults.join(", ")}`,
    );
  }
  return { scenario, fault };
}

/** Runs `node <script> args` with stdout lines handed to `onLine` (or inherited); resolves the exit code. */
function runNode(script, args, { env, onLine }) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env,
    stdio: ["ignore", onLine ? "pipe" : "inherit", "inherit"],
  });
  if (onLine) createInterface({ input: child.stdout }).on("line", onLine);
  // Ctrl-C already reaches the child through the terminal's process group: stay alive until it
  // has written its reports (a second SIGINT from us could cut that short). A TERM sent to this
  // process alone is passed on.
  const onTerm = () => child.kill("SIGTERM");
  const onInt = () => {};
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);
  return new Promise((resolveExit) => {
    child.once("error", (err) => {
      process.stderr.write(`demo: could not start ${relative(root, script)}: ${err.message}\n`);
      resolveExit(1);
    });
    child.once("close", (exitCode, signal) => {
      process.off("SIGTERM", onTerm);
      process.off("SIGINT", onInt);
      if (signal) process.stderr.write(`demo: ${relative(root, script)} was stopped by ${signal}\n`);
      resolveExit(exitCode ?? 1);
    });
  });
}

function missingBundle(path, kind = "CLI") {
  process.stderr.write(
    `demo: the deploy-gate ${kind} bundle was not found at ${relative(root, path) || path}.\n` +
      "demo: build it first with `npm ci && npm run bundle`, then run `npm run demo` again.\n",
  );
  return 1;
}

async function runDefault(args) {
  if (!existsSync(cli)) return missingBundle(cli);
  const demo = await startDemoServer({
    broken: args.own.broken,
    latencyMs: args.own.latencyMs,
    readyAfterMs: args.own.readyAfterMs,
    token: "demo-token",
  });
  process.stdout.write(
    `demo: ${args.own.broken ? "BROKEN" : "healthy"} demo service listening on ${demo.url}\n` +
      `demo: running the gate in ${config}\n\n`,
  );
  const code = await runNode(
    cli,
    [
      "--base-url",
      demo.url,
      "--config",
      config,
      "--secret",
      "API_TOKEN=demo-token",
      "--label",
      "demo",
      ...args.passThrough,
    ],
    { env: process.env },
  );
  await demo.close();
  process.stdout.write(`\ndemo: gate finished with exit code ${code}; demo service stopped\n`);
  return code;
}

/** What a workflow step would do before the gate: sign the smoke user in for a JWT. */
async function signIn(base, signIn, password) {
  const res = await fetch(`${base}${signIn.path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: signIn.email, password }),
    signal: AbortSignal.timeout(5000),
  });
  const body = await res.json().catch(() => ({}));
  if (res.status !== 200 || typeof body.access_token !== "string") {
    throw new Error(`signing in ${signIn.email} answered ${res.status}`);
  }
  return body.access_token;
}

async function runScenario(name, args) {
  const { scenario, fault } = pickScenario(args.own);
  const viaAction = scenario.runner === "action";
  const inputs = viaAction ? actionInputs(args.passThrough) : undefined;
  const bundle = viaAction ? action : cli;
  if (!existsSync(bundle)) return missingBundle(bundle, viaAction ? "action" : "CLI");
  const demo = await startDemoServer({
    ...scenario.server,
    faults: fault ? [fault] : [],
    latencyMs: args.own.latencyMs,
    readyAfterMs: args.own.readyAfterMs,
    token: "demo-token",
  });
  const started = Date.now();
  try {
    process.stdout.write(
      `demo: scenario ${name} — ${scenario.summary}\n` +
        `demo: ${fault ? `BROKEN (${fault}: ${FAULTS[fault]})` : "healthy"} demo service listening on ${demo.url}\n`,
    );
    // Demo-only values, handed over the way CI hands over secrets: by environment, never argv.
    const secrets = { ...scenario.secrets };
    if (scenario.signIn) {
      process.stdout.write(`demo: signing in ${scenario.signIn.email} first, as a workflow step would\n`);
      secrets[scenario.signIn.secret] = await signIn(
        demo.url,
        scenario.signIn,
        secrets[scenario.signIn.password],
      );
    }
    process.stdout.write(
      `demo: running ${viaAction ? "the bundled action" : "the CLI"} with ${scenario.config}\n\n`,
    );
    const code = inputs
      ? await runAction(scenario, demo, secrets, inputs)
      : await runCli(scenario, demo, secrets, args.passThrough);
    const seen = demo.state.notes;
    if (seen.length > 0) {
      process.stdout.write(`\ndemo: what the demo service saw:\n${seen.map((n) => `  - ${n}\n`).join("")}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `\ndemo: scenario ${name} finished with exit code ${code} in ${seconds}s; demo service stopped\n`,
    );
    return code;
  } finally {
    await demo.close();
  }
}

async function runCli(scenario, demo, secrets, passThrough) {
  const env = { ...process.env, ...secrets };
  const dir = scenario.exchanges ? mkdtempSync(join(tmpdir(), "deploy-gate-demo-")) : undefined;
  const wantsJson = passThrough.some((a) => a === "--json" || a.startsWith("--json="));
  const json = dir && !wantsJson ? join(dir, "report.json") : undefined;
  try {
    const code = await runNode(
      cli,
      [
        "--base-url",
        demo.url,
        "--config",
        scenario.config,
        ...Object.keys(secrets).flatMap((k) => ["--secret", k]),
        "--label",
        scenario.label,
        "--timeout",
        "2m",
        ...(json ? ["--json", json] : []),
        ...passThrough,
      ],
      { env },
    );
    if (json && existsSync(json)) process.stdout.write(exchanges(JSON.parse(readFileSync(json, "utf8"))));
    return code;
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** Each check's requests and answers, from the JSON report (the CLI prints one line per check). */
function exchanges(report) {
  const path = (url) => {
    try {
      const u = new URL(url);
      return `${u.pathname}${u.search}`;
    } catch {
      return url;
    }
  };
  const line = (x) =>
    `${x.method} ${path(x.url)} → ${x.status ?? x.error} · ${x.durationMs}ms` +
    (x.attempts?.length > 1 ? ` · ${x.attempts.length} attempts` : "");
  const out = ["", "Requests and responses, per check (from the JSON report):"];
  for (const check of report.checks) {
    out.push(`  ${check.name} — ${check.outcome}${check.outcome === "skipped" ? `: ${check.detail}` : ""}`);
    if (check.exchange && !check.steps) out.push(`      ${line(check.exchange)}`);
    for (const step of check.steps ?? []) {
      if (step.exchange) out.push(`      ${step.name}: ${line(step.exchange)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** Workflow commands as GitHub shows them: masks consumed, groups collapsed unless they failed. */
function runnerLog() {
  let group;
  const decode = (text) =>
    text
      .replace(/%0D/g, "\r")
      .replace(/%0A/g, "\n")
      .replace(/%3A/g, ":")
      .replace(/%2C/g, ",")
      .replace(/%25/g, "%");
  return (line) => {
    if (line.startsWith("::add-mask::") || line.startsWith("::debug::")) return;
    if (line.startsWith("::group::")) {
      group = { open: /❌|⏱|failed|errored|timed out/.test(line) };
      process.stdout.write(`▸ ${line.slice("::group::".length)}\n`);
      return;
    }
    if (line === "::endgroup::") {
      group = undefined;
      return;
    }
    const command = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (command) {
      const [, kind, props = "", message] = command;
      const title = /(?:^|,)title=([^,]*)/.exec(props)?.[1];
      const text = decode(message).replace(/\n/g, "\n    ");
      const label = kind === "error" ? "Error" : kind === "warning" ? "Warning" : "Notice";
      process.stdout.write(`${label}: ${title ? `${decode(title)}: ` : ""}${text}\n`);
      return;
    }
    if (!group) process.stdout.write(`${line}\n`);
    else if (group.open) process.stdout.write(`    ${line}\n`);
  };
}

/** Markdown as a terminal shows it: escapes and entities undone. */
function plain(markdown) {
  const entities = { "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">", "&amp;": "&" };
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>$~])/g, "$1")
    .replace(/&(?:quot|#39|lt|gt|amp);/g, (e) => entities[e]);
}

/** `name<<delimiter` records of GITHUB_OUTPUT. */
function parseOutputs(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const record = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (!record) continue;
    const value = [];
    for (i++; i < lines.length && lines[i] !== record[2]; i++) value.push(lines[i]);
    out[record[1]] = value.join("\n");
  }
  return out;
}

/** The action's own inputs for the few CLI flags that have one; anything else is refused. */
function actionInputs(passThrough) {
  const inputs = { vars: [], only: undefined, mode: undefined };
  for (let i = 0; i < passThrough.length; i++) {
    const [flag, inline] = passThrough[i].split(/=(.*)/s, 2);
    if (flag === "--var") inputs.vars.push(inline ?? passThrough[++i]);
    else if (flag === "--only") inputs.only = inline ?? passThrough[++i];
    else if (flag === "--dry-run") inputs.mode = "dry-run";
    else
      throw new UsageError(
        `${flag}: this scenario runs the action, which takes only --var, --only, --dry-run`,
      );
  }
  return inputs;
}

async function runAction(scenario, demo, secrets, extra) {
  const dir = mkdtempSync(join(tmpdir(), "deploy-gate-demo-"));
  const output = join(dir, "output.txt");
  const summary = join(dir, "summary.md");
  writeFileSync(output, "");
  writeFileSync(summary, "");
  // The runner's environment, not this shell's: INPUT_* names keep their hyphens.
  const env = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_WORKSPACE: root,
    RUNNER_TEMP: dir,
    "INPUT_BASE-URL": demo.url,
    INPUT_CONFIG: scenario.config,
    INPUT_SECRETS: Object.entries(secrets)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n"),
    INPUT_VARS: extra.vars.join("\n"),
    INPUT_LABEL: scenario.label,
    INPUT_TIMEOUT: "2m",
    INPUT_MODE: extra.mode ?? "enforce",
    INPUT_ONLY: extra.only ?? "",
    "INPUT_ON-FAILURE-URL": `${demo.url}${scenario.rollback.path}`,
    "INPUT_ON-FAILURE-SECRET": scenario.rollback.secret,
  };
  try {
    const code = await runNode(action, [], { env, onLine: runnerLog() });
    const outputs = parseOutputs(readFileSync(output, "utf8"));
    process.stdout.write(
      `\ndemo: step outputs: result=${outputs.result ?? "?"} passed=${outputs.passed ?? "?"} ` +
        `failed=${outputs.failed ?? "?"} failed-checks=${outputs["failed-checks"] ?? "?"}\n`,
    );
    const firstScreen = readFileSync(summary, "utf8").split(/^### /m)[0]?.trim();
    if (firstScreen) {
      process.stdout.write(
        `demo: step summary, first screen:\n${plain(firstScreen).replace(/^/gm, "  | ")}\n`,
      );
    }
    return code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.own.help) {
      process.stdout.write(usage());
      return 0;
    }
    if (args.own.scenario === undefined) return await runDefault(args);
    return await runScenario(args.own.scenario, args);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`demo: ${err.message}\n`);
    return 2;
  }
}

process.exitCode = await main();
