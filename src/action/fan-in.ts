// The action in fan-in mode (`merge-reports` and no `base-url`, SPEC section 6): no checks
// run; the matrix legs' JSON reports become one summary, one set of outputs, one status and
// one verdict. Part of the action adapter, beside main.ts.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import * as core from "@actions/core";
import { ConfigError } from "../config/errors.js";
import { blocksDeploy } from "../engine/results.js";
import {
  mergedReportFileNames,
  mergeLegReports,
  readLegReports,
  renderMergedJson,
  renderMergedJunit,
} from "../fan-in/merge.js";
import { describeMergedVerdict, renderMergedSummary } from "../fan-in/merge-summary.js";
import type { GithubReporting } from "../github/reporting.js";
import { gateTitle } from "../report/describe.js";
import { codeBlock } from "../report/markdown.js";
import { GATE_STATE_ICONS } from "../report/outcomes.js";
import type { Redactor } from "../secrets/redact.js";
import { commandText } from "./command-text.js";
import type { FanInSettings } from "./inputs.js";
import { Outputs } from "./io-names.js";
import { setOutputs } from "./outputs.js";
import { writeSummary } from "./step-summary.js";

/** No verdict: the inputs were refused (`invalid`), or the legs' reports could not be read. */
async function fanInFailed(
  settings: FanInSettings,
  message: string,
  github: GithubReporting,
  why: "invalid" | "unreadable",
): Promise<void> {
  try {
    core.setOutput(Outputs.Result, "failed");
  } catch (error) {
    core.warning(`deploy-gate could not set its outputs: ${(error as Error).message}`);
  }
  await writeSummary(
    `## ${GATE_STATE_ICONS.blocked.emoji} ${gateTitle(settings.label)}: fan-in failed\n\nNo verdict was reached.\n\n${codeBlock(message)}\n`,
  );
  await (why === "invalid" ? github.configInvalid() : github.mergeInvalid());
  core.setFailed(commandText(message));
}

export async function runFanIn(
  settings: FanInSettings,
  redactor: Redactor,
  github: GithubReporting,
): Promise<void> {
  const title = gateTitle(settings.label);
  if (settings.invalid.length > 0) {
    return fanInFailed(settings, redactor.text(new ConfigError(settings.invalid).message), github, "invalid");
  }
  if (settings.checksIgnored) {
    core.warning(`${title}: merge-reports without base-url runs no checks; the check list is ignored`);
  }
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  let legs: Awaited<ReturnType<typeof readLegReports>>;
  try {
    legs = await readLegReports(settings.mergeReports, cwd);
  } catch (error) {
    return fanInFailed(settings, redactor.text((error as Error).message), github, "unreadable");
  }

  let merged: ReturnType<typeof mergeLegReports>;
  try {
    merged = mergeLegReports(legs, {
      label: settings.label,
      mode: settings.mode,
      quorum: settings.quorum,
      onInconclusive: settings.onInconclusive,
    });
  } catch (error) {
    // A quorum no outcome could meet (more legs than were found).
    return fanInFailed(settings, redactor.text((error as Error).message), github, "invalid");
  }
  const names = mergedReportFileNames(settings.label);
  const json = path.join(settings.reportDir, names.json);
  const junit = path.join(settings.reportDir, names.junit);
  let written = false;
  try {
    await mkdir(settings.reportDir, { recursive: true });
    await writeFile(json, renderMergedJson(merged));
    await writeFile(junit, renderMergedJunit(legs));
    written = true;
  } catch (error) {
    core.warning(
      `deploy-gate could not write the merged reports to ${settings.reportDir}: ${(error as Error).message}`,
    );
  }
  await writeSummary(redactor.text(renderMergedSummary(merged)));

  setOutputs(merged, written ? { json, junit } : {});
  await github.merged(merged);

  const verdict = redactor.text(`${title} ${describeMergedVerdict(merged)}`);
  if (!blocksDeploy(merged)) core.info(verdict);
  else if (settings.mode === "enforce") {
    const why = describeMergedVerdict(merged).replace(/^blocked — /, "");
    const checks = merged.failedChecks.length ? ` — failed checks: ${merged.failedChecks.join(", ")}` : "";
    core.setFailed(commandText(redactor.text(`${title} blocked the deployment — ${why}${checks}`)));
  } else core.notice(commandText(`dry-run: ${verdict} (not failing the job)`));
}
