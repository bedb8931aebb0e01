// `npm run demo [-- --broken] [-- extra CLI flags]`: starts the demo service in-process on a free
// port, runs the bundled deploy-gate CLI against it with examples/demo/gate.yml, streams the
// CLI's output, stops the service and exits with the CLI's exit code.
//
// Needs no npm install: node builtins plus the bundle in dist/ (`npm run bundle` builds it).
// Flags for this script: --broken (start the service broken), --latency-ms N, --ready-after-ms N.
// Every other argument is passed on to the CLI (e.g. --json report.json, --only smoke, --dry-run).
// DEPLOY_GATE_CLI overrides the CLI path (relative to the repository root).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startDemoServer } from "./server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const cli = resolve(root, process.env.DEPLOY_GATE_CLI || "dist/cli/index.js");
const config = "examples/demo/gate.yml";

function parseArgs(argv) {
  const own = { broken: false, latencyMs: 0, readyAfterMs: 0 };
  const passThrough = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    if (arg === "--broken") own.broken = true;
    else if (flag === "--latency-ms" || flag === "--ready-after-ms") {
      const value = Number(inline ?? argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a non-negative integer`);
      own[flag === "--latency-ms" ? "latencyMs" : "readyAfterMs"] = value;
    } else passThrough.push(arg);
  }
  return { own, passThrough };
}

async function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`demo: ${err.message}\n`);
    return 2;
  }
  if (!existsSync(cli)) {
    process.stderr.write(
      `demo: the deploy-gate CLI bundle was not found at ${relative(root, cli) || cli}.\n` +
        "demo: build it first with `npm ci && npm run bundle`, then run `npm run demo` again.\n",
    );
    return 1;
  }

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

  const cliArgs = [
    cli,
    "--base-url",
    demo.url,
    "--config",
    config,
    "--secret",
    "API_TOKEN=demo-token",
    "--label",
    "demo",
    ...args.passThrough,
  ];
  const child = spawn(process.execPath, cliArgs, { cwd: root, stdio: "inherit", env: process.env });

  // Ctrl-C already reaches the CLI through the terminal's process group: stay alive until it has
  // written its reports (a second SIGINT from us could cut that short). A TERM sent to this
  // process alone is passed on.
  const onTerm = () => child.kill("SIGTERM");
  const onInt = () => {};
  process.on("SIGTERM", onTerm);
  process.on("SIGINT", onInt);

  const code = await new Promise((resolveExit) => {
    child.once("error", (err) => {
      process.stderr.write(`demo: could not start the CLI: ${err.message}\n`);
      resolveExit(1);
    });
    child.once("exit", (exitCode, signal) => {
      if (signal) process.stderr.write(`demo: the CLI was stopped by ${signal}\n`);
      resolveExit(exitCode ?? 1);
    });
  });
  process.off("SIGTERM", onTerm);
  process.off("SIGINT", onInt);
  await demo.close();
  process.stdout.write(`\ndemo: gate finished with exit code ${code}; demo service stopped\n`);
  return code;
}

process.exitCode = await main();
