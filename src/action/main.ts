// The action adapter: inputs → one gate run (src/run/run-gate.ts) → the log, the step summary,
// annotations, outputs, statuses and the failed state, all through @actions/core. `run()` is
// what src/index.ts and @github/local-action call. Nothing escapes it: an unexpected error still
// ends in one readable line, the outputs, a step summary, an `error` status and a failed step.
import * as core from "@actions/core";
import { blocksDeploy, type GateResult } from "../engine/results.js";
import { createGithubReporting, type GithubReporting, runUrlOf } from "../github/reporting.js";
import { planAnnotations } from "../report/annotations.js";
import { describeVerdict, gateTitle } from "../report/describe.js";
import { codeBlock } from "../report/markdown.js";
import { GATE_STATE_ICONS } from "../report/outcomes.js";
import { renderSummary } from "../report/summary.js";
import { type GateRun, type RefusalKind, runGate } from "../run/run-gate.js";
import { createRedactor, type Redactor } from "../secrets/redact.js";
import { oneLine } from "../text/display-text.js";
import { plural } from "../text/plural.js";
import { headline, logCheck } from "./check-log.js";
import { commandText } from "./command-text.js";
import { runFanIn } from "./fan-in.js";
import { readInputs } from "./inputs.js";
import { Inputs } from "./io-names.js";
import { actionOidc } from "./oidc.js";
import { setOutputs } from "./outputs.js";
import { writeSummary } from "./step-summary.js";

/** What the last-resort handler can still use when something unexpected ends the run. */
interface RunState {
  readonly redactor: Redactor;
  readonly startedAt: number;
  label: string;
  mode: GateResult["mode"];
  github?: GithubReporting;
  /** Requests or a token fetch were abandoned: they must not hold the process open. */
  abandoned: boolean;
}

/** Names listed in the failure message, before `and N more`: the message stays one line. */
const LISTED_NAMES = 10;

function blockedMessage(result: GateResult): string {
  const why = result.interrupted
    ? result.interrupted === "cancelled"
      ? "the job was cancelled before the gate finished"
      : "the gate timed out before every check finished"
    : result.nothingChecked
      ? "nothing was checked: every critical check was skipped"
      : result.verdict === "inconclusive"
        ? `${plural(result.counts.inconclusive, "critical check")} could not reach a judgement (on-inconclusive: fail)`
        : `${plural(result.failedChecks.length, "critical check")} failed`;
  const listed = result.failedChecks.slice(0, LISTED_NAMES);
  const more = result.failedChecks.length - listed.length;
  const names = listed.length ? `: ${listed.join(", ")}${more > 0 ? ` and ${more} more` : ""}` : "";
  const blocked = result.mode === "enforce" ? "blocked" : "would have blocked";
  return `${gateTitle(result.label)} ${blocked} the deployment — ${why}${names}`;
}

function runInfo(env: NodeJS.ProcessEnv = process.env): GateResult["run"] {
  const url = runUrlOf(env);
  return {
    ...(env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID } : {}),
    ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(url ? { url } : {}),
  };
}

const REFUSALS: Readonly<Record<RefusalKind, string>> = {
  input: "invalid input",
  config: "invalid config",
  oidc: "no GitHub OIDC token",
};

function refusalSummary(label: string, kind: RefusalKind, message: string): string {
  return `## ${GATE_STATE_ICONS.blocked.emoji} ${gateTitle(label)}: ${REFUSALS[kind]}\n\nNo request was sent.\n\n${codeBlock(message)}\n`;
}

/** Everything the gate run found, told to the runner: log, summary, annotations, outputs, statuses. */
async function report(gateRun: GateRun, github: GithubReporting, redactor: Redactor): Promise<void> {
  const { result, files, refused } = gateRun;
  if (refused) {
    await writeSummary(refusalSummary(result.label, refused.kind, refused.message));
    setOutputs(result, files);
    await github.configInvalid();
    core.setFailed(commandText(refused.message));
    return;
  }
  // Secrets captured at run time were added to the redactor while checks ran: the evidence is
  // logged, and everything else written, only now that the redactor knows them all.
  for (const check of result.checks) logCheck(check, redactor);
  await writeSummary(redactor.text(renderSummary(result)));
  for (const a of planAnnotations(result)) {
    const title = redactor.text(a.title);
    const message = commandText(redactor.text(a.message), title);
    if (a.level === "error") core.error(message, { title });
    else core.warning(message, { title });
  }
  setOutputs(result, files);
  await github.finished(result);

  if (blocksDeploy(result)) {
    const message = commandText(redactor.text(blockedMessage(result)));
    if (result.mode === "enforce") core.setFailed(message);
    else core.notice(`dry-run: ${message} (not failing the job)`);
  } else {
    // Passed, or inconclusive and let through or held by on-inconclusive: the summary's words.
    core.info(redactor.text(`${gateTitle(result.label)} ${describeVerdict(result)}`));
  }
}

async function gate(state: RunState): Promise<void> {
  const { redactor } = state;
  const inputs = readInputs();
  for (const secret of [
    inputs.github.githubToken,
    inputs.github.onFailureSecret,
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
  ])
    if (secret) redactor.add(secret);
  state.label = inputs.github.label;
  state.mode = inputs.github.mode;
  // Commit/deployment statuses and the rollback hook (src/github); octokit loads only with a token.
  const github = createGithubReporting({
    settings: inputs.github,
    log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    redact: (text) => redactor.text(text),
  });
  state.github = github;
  if (inputs.kind === "fan-in") return runFanIn(inputs.fanIn, redactor, github);
  if (inputs.mergeIgnored)
    core.warning("deploy-gate ignores merge-reports: base-url is set, so the checks run");

  const gateRun = await runGate(inputs.gate, {
    redactor,
    env: process.env,
    run: runInfo(),
    onlyPlace: `input ${Inputs.Only}`,
    oidc: actionOidc(process.env, () => {
      state.abandoned = true;
    }),
    // Only the headline while checks run: a later check may capture as a secret a value this
    // check's evidence holds, and a log line cannot be masked once it is written.
    checkDone: (r) => core.info(oneLine(redactor.text(headline(r)), 1000)),
    started: () => github.started(),
    warn: (message) => core.warning(message),
  });
  // Requests abandoned at the deadline or on cancellation must not hold the process open.
  if (gateRun.result.interrupted) state.abandoned = true;
  await report(gateRun, github, redactor);
  if (gateRun.result.interrupted === "cancelled") process.exitCode = 1;
}

/** Runs `step`; a failure of its own is a warning, so the last resort still does the rest. */
async function guarded(what: string, step: () => unknown): Promise<void> {
  try {
    await step();
  } catch (error) {
    try {
      core.warning(
        `deploy-gate could not ${what}: ${oneLine(String((error as Error)?.message ?? error), 500)}`,
      );
    } catch {
      // Not even the log takes it: the exit code still fails the step.
    }
  }
}

/**
 * The last resort for an error no part of the run expected: one readable line, the stack (dist
 * is not minified, so it names readable lines), the outputs, a step summary saying what
 * happened, an `error` commit status in place of a pending one, and a failed step.
 */
async function lastResort(error: unknown, state: RunState): Promise<void> {
  process.exitCode = 1;
  const err = error instanceof Error ? error : new Error(String(error));
  const message = oneLine(state.redactor.text(err.message || err.name), 500);
  const line = `deploy-gate: internal error: ${message}`;
  await guarded("report the error", () => core.setFailed(line));
  const frames = (err.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l));
  if (frames.length > 0) {
    await guarded("print the stack", () => {
      core.startGroup("deploy-gate: where the internal error happened (please include this in a bug report)");
      for (const frame of frames) core.info(state.redactor.text(frame));
      core.endGroup();
    });
  }
  // Plain values: whatever failed may be anything a report is made with (here, even a date).
  const outputs = {
    verdict: "failed",
    counts: { passed: 0, failed: 0, skipped: 0, warnings: 0, inconclusive: 0 },
    failedChecks: [],
    durationMs: Date.now() - state.startedAt,
  } as const;
  await guarded("set its outputs", () => setOutputs(outputs, {}));
  await guarded("write the step summary", () =>
    writeSummary(
      `## ${GATE_STATE_ICONS.blocked.emoji} ${gateTitle(state.label)}: internal error\n\n` +
        "deploy-gate stopped on an unexpected error before it reached a verdict, so it fails the step. " +
        "This is a bug in deploy-gate, not a finding about your service: the job log has the details for a bug report.\n\n" +
        `${codeBlock(line)}\n`,
    ),
  );
  await guarded("set the commit status", () => state.github?.internalError());
}

export async function run(): Promise<void> {
  const state: RunState = {
    redactor: createRedactor(),
    startedAt: Date.now(),
    label: "",
    mode: "enforce",
    abandoned: false,
  };
  // A promise nobody awaited that fails later (a socket closing after its check ended) is not the
  // gate's verdict: it is said, and the run goes on.
  const stray = (reason: unknown) =>
    core.warning(
      `deploy-gate ignored an unexpected error: ${oneLine(state.redactor.text(String((reason as Error)?.message ?? reason)), 500)}`,
    );
  process.on("unhandledRejection", stray);
  try {
    await gate(state);
  } catch (error) {
    await lastResort(error, state);
  } finally {
    process.off("unhandledRejection", stray);
  }
  // Requests abandoned at the deadline or on cancellation still hold their sockets, and must not
  // keep the step running. The exit waits a moment, unreferenced, so whoever called run() gets its
  // turn first (`@github/local-action` prints the outputs table after run() returns); a process
  // with nothing left open ends before the timer as usual.
  if (state.abandoned) setTimeout(() => process.exit(process.exitCode ?? 0), ABANDONED_EXIT_GRACE_MS).unref();
}

/** How long a run that abandoned requests lets its caller finish before the process exits. */
const ABANDONED_EXIT_GRACE_MS = 500;
