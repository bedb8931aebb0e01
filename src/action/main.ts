// The action adapter: inputs → engine → outputs, summary, annotations, reports, setFailed.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../config/errors.js";
import { runGate } from "../engine/gate.js";
import { prepareGate } from "../engine/prepare.js";
import { type GateResult, notRunResult } from "../engine/results.js";
import { createGithubReporting, runUrlOf } from "../github/reporting.js";
import { planAnnotations } from "../report/annotations.js";
import { renderJsonReport, reportFileNames } from "../report/json-report.js";
import { renderJunit } from "../report/junit.js";
import { GATE_STATE_ICONS } from "../report/outcomes.js";
import { renderSummary } from "../report/summary.js";
import { createRedactor, type Redactor } from "../secrets/redact.js";
import { VERSION } from "../version.js";
import { headline, logCheck } from "./check-log.js";
import { runFanIn } from "./fan-in.js";
import { readSettings, type Settings } from "./inputs.js";
import { Inputs, Outputs } from "./io-names.js";
import { setOutputs } from "./outputs.js";
import { writeSummary } from "./step-summary.js";
import { runner } from "./workflow-commands.js";

async function writeReports(
  result: GateResult,
  settings: Settings,
  redactor: Redactor,
): Promise<{ json?: string; junit?: string }> {
  const names = reportFileNames(result.label);
  const json = path.join(settings.reportDir, names.json);
  const junit = path.join(settings.reportDir, names.junit);
  try {
    await mkdir(settings.reportDir, { recursive: true });
    // A last pass over the rendered text, as for the summary: renderers compose new strings.
    await writeFile(json, redactor.text(renderJsonReport(result)));
    await writeFile(junit, redactor.text(renderJunit(result)));
    return { json, junit };
  } catch (error) {
    runner.warning(
      `deploy-gate could not write its reports to ${settings.reportDir}: ${(error as Error).message}`,
    );
    return {};
  }
}

function blockedMessage(result: GateResult): string {
  const who = result.label ? `deploy-gate (${result.label})` : "deploy-gate";
  const why = result.interrupted
    ? result.interrupted === "cancelled"
      ? "the job was cancelled before the gate finished"
      : "the gate timed out before every check finished"
    : result.nothingChecked
      ? "nothing was checked: every critical check was skipped"
      : result.verdict === "inconclusive"
        ? `${result.counts.inconclusive} critical check${result.counts.inconclusive === 1 ? "" : "s"} could not reach a judgement (inconclusive fails closed)`
        : `${result.failedChecks.length} critical check${result.failedChecks.length === 1 ? "" : "s"} failed`;
  const names = result.failedChecks.length ? `: ${result.failedChecks.join(", ")}` : "";
  return `${who} blocked the deployment — ${why}${names}`;
}

function runInfo(env: NodeJS.ProcessEnv = process.env): Pick<GateResult, "run"> {
  const url = runUrlOf(env);
  return {
    run: {
      ...(env.GITHUB_RUN_ID ? { id: env.GITHUB_RUN_ID } : {}),
      ...(env.GITHUB_RUN_ATTEMPT ? { attempt: env.GITHUB_RUN_ATTEMPT } : {}),
      ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
      ...(url ? { url } : {}),
    },
  };
}

export async function run(): Promise<void> {
  const startedAt = new Date();
  const redactor = createRedactor();
  let settings: Settings;
  try {
    settings = readSettings();
    for (const value of Object.values(settings.secrets)) redactor.add(value);
    if (settings.onFailureSecret) redactor.add(settings.onFailureSecret);
    if (settings.githubToken) redactor.add(settings.githubToken);
  } catch (error) {
    runner.setOutput(Outputs.Result, "failed");
    runner.setFailed(
      error instanceof ConfigError ? error.message : `deploy-gate: ${(error as Error).message}`,
    );
    return;
  }
  // Commit/deployment statuses and the rollback hook (src/github); octokit loads only with a token.
  const github = createGithubReporting({ settings, log: runner, redact: (text) => redactor.text(text) });
  if (settings.mergeReports && !settings.baseUrl) return runFanIn(settings, redactor, github);
  if (settings.mergeReports)
    runner.warning("deploy-gate ignores merge-reports: base-url is set, so the checks run");

  let prepared: ReturnType<typeof prepareGate>;
  try {
    prepared = prepareGate({
      configText: settings.configText ?? "",
      source: settings.configSource,
      secrets: settings.secrets,
      vars: settings.vars,
      label: settings.label,
      env: process.env,
      only: { names: settings.only, place: `input ${Inputs.Only}` },
    });
  } catch (error) {
    const message = redactor.text(error instanceof Error ? error.message : String(error));
    runner.setOutput(Outputs.Result, "failed");
    await writeSummary(
      `## ${GATE_STATE_ICONS.blocked.emoji} deploy-gate${settings.label ? ` (${settings.label})` : ""}: invalid config\n\nNo request was sent.\n\n\`\`\`\n${message.replaceAll("`", "ˋ")}\n\`\`\`\n`,
    );
    const result = notRunResult(
      {
        tool: { name: "deploy-gate", version: VERSION },
        label: settings.label,
        mode: settings.mode,
        baseUrl: redactor.text(settings.baseUrl ?? ""),
        ...runInfo(),
      },
      message,
      startedAt,
    );
    setOutputs(result, await writeReports(result, settings, redactor));
    await github.configInvalid();
    runner.setFailed(message);
    return;
  }

  github.started();
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const result = await runGate({
    config: prepared.config,
    baseUrl: settings.baseUrl!,
    label: settings.label,
    mode: settings.mode,
    concurrency: settings.concurrency,
    timeoutMs: settings.timeoutMs,
    ...(settings.requestTimeoutMs !== undefined ? { requestTimeoutMs: settings.requestTimeoutMs } : {}),
    ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
    failFast: settings.failFast,
    only: settings.only,
    scope: prepared.scope,
    redactor,
    signal: cancel.signal,
    ...runInfo(),
    // Only the headline while checks run: a later check may capture as a secret a value this
    // check's evidence holds, and a log line cannot be masked once it is written.
    onCheckDone: (r) => runner.info(redactor.text(headline(r))),
  });
  process.off("SIGINT", onSignal);
  process.off("SIGTERM", onSignal);

  // Secrets captured at run time were added to the redactor while checks ran: the evidence is
  // logged, and everything else written, only now that the redactor knows them all.
  for (const check of result.checks) logCheck(check, redactor);
  const files = await writeReports(result, settings, redactor);
  await writeSummary(redactor.text(renderSummary(result)));
  for (const a of planAnnotations(result)) {
    const props = { title: redactor.text(a.title) };
    if (a.level === "error") runner.error(redactor.text(a.message), props);
    else runner.warning(redactor.text(a.message), props);
  }
  setOutputs(result, files);
  await github.finished(result);

  // Inconclusive fails closed: nothing proved the release works.
  if (result.verdict !== "passed") {
    const message = redactor.text(blockedMessage(result));
    if (settings.mode === "enforce") runner.setFailed(message);
    else runner.notice(`dry-run: ${message} (not failing the job)`);
  } else {
    runner.info(
      `deploy-gate${result.label ? ` (${result.label})` : ""} passed: ${result.counts.passed} checks passed`,
    );
  }
  // Requests abandoned at the deadline or on cancellation must not hold the process open.
  if (result.interrupted) process.exit(result.interrupted === "cancelled" ? 1 : (process.exitCode ?? 0));
}
