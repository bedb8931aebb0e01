// The only module that reads action inputs (core.getInput): everything else receives what it
// returns. The gate's settings are read with the same readers as the CLI's flags
// (src/engine/settings.ts); what only the action has — statuses, the rollback hook, the fan-in,
// the report directory — is read here too.
import path from "node:path";
import * as core from "@actions/core";
import type { ConfigIssue } from "../config/errors.js";
import {
  type Mode,
  type OnInconclusive,
  type Quorum,
  type ReadSettings,
  readGateSettings,
  type SettingName,
  SettingsReader,
  type SettingsSource,
} from "../engine/settings.js";
import type { ReportingSettings } from "../github/reporting.js";
import { reportFileNames } from "../report/json-report.js";
import { type InputName, Inputs } from "./io-names.js";

/** Which input carries each gate setting. */
const INPUT_OF: Readonly<Record<SettingName, InputName>> = {
  baseUrl: Inputs.BaseUrl,
  checks: Inputs.Checks,
  configFile: Inputs.Config,
  secrets: Inputs.Secrets,
  vars: Inputs.Vars,
  label: Inputs.Label,
  mode: Inputs.Mode,
  concurrency: Inputs.Concurrency,
  timeout: Inputs.Timeout,
  requestTimeout: Inputs.RequestTimeout,
  retries: Inputs.Retries,
  failFast: Inputs.FailFast,
  only: Inputs.Only,
  reportJson: Inputs.ReportDir,
  reportJunit: Inputs.ReportDir,
  baselineUrl: Inputs.BaselineUrl,
  baselineReport: Inputs.BaselineReport,
  onInconclusive: Inputs.OnInconclusive,
  quorum: Inputs.Quorum,
  oidcAudience: Inputs.OidcAudience,
};

// Trimmed, as @actions/core does by default; said explicitly so @github/local-action's stand-in,
// which trims only when asked, reads the same values.
const input = (name: InputName) => core.getInput(name, { trimWhitespace: true });

export interface FanInSettings {
  readonly label: string;
  readonly mode: Mode;
  readonly quorum: Quorum;
  /** What an inconclusive fan-in (too few legs could judge) does to the job. */
  readonly onInconclusive: OnInconclusive;
  readonly mergeReports: string;
  readonly reportDir: string;
  /** A check list was given too: it is ignored, with a warning. */
  readonly checksIgnored: boolean;
  /** Every bad input, each naming it. */
  readonly invalid: readonly ConfigIssue[];
}

export type ActionInputs =
  | {
      readonly kind: "gate";
      readonly gate: ReadSettings;
      readonly github: ReportingSettings;
      readonly mergeIgnored: boolean;
    }
  | { readonly kind: "fan-in"; readonly fanIn: FanInSettings; readonly github: ReportingSettings };

/** Every secret value (each line of a multi-line one, and its encodings) is masked at once. */
export function maskSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  for (const line of value.split(/\r?\n/))
    if (line.trim().length >= 3 && line !== value) core.setSecret(line);
  core.setSecret(encodeURIComponent(value));
  core.setSecret(Buffer.from(value).toString("base64"));
}

export function readInputs(env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const source: SettingsSource = {
    nameOf: (setting) => `\`${INPUT_OF[setting]}\``,
    placeOf: (setting) => `input ${INPUT_OF[setting]}`,
    cwd: env.GITHUB_WORKSPACE ?? process.cwd(),
  };
  // Masked before anything else runs: the token and the hook's key are never part of a setting.
  const githubToken = input(Inputs.GithubToken) || undefined;
  const onFailureSecret = input(Inputs.OnFailureSecret) || undefined;
  for (const secret of [githubToken, onFailureSecret]) if (secret) maskSecret(secret);

  const label = input(Inputs.Label);
  const reportDir =
    input(Inputs.ReportDir) || path.join(env.RUNNER_TEMP ?? path.join(process.cwd(), ".tmp"), "deploy-gate");
  const mergeReports = input(Inputs.MergeReports) || undefined;
  const baseUrl = input(Inputs.BaseUrl);
  const checks = input(Inputs.Checks);
  const configFile = input(Inputs.Config);
  const deploymentId = input(Inputs.DeploymentId) || undefined;
  const onFailureUrl = input(Inputs.OnFailureUrl) || undefined;
  const reporting = (mode: Mode): ReportingSettings => ({
    label,
    mode,
    ...(githubToken ? { githubToken } : {}),
    ...(deploymentId ? { deploymentId } : {}),
    ...(onFailureUrl ? { onFailureUrl } : {}),
    ...(onFailureSecret ? { onFailureSecret } : {}),
  });

  if (mergeReports && !baseUrl) {
    const read = new SettingsReader(source);
    const mode = read.mode(input(Inputs.Mode));
    const fanIn: FanInSettings = {
      label,
      mode,
      quorum: read.quorum(input(Inputs.Quorum)),
      onInconclusive: read.onInconclusive(input(Inputs.OnInconclusive)),
      mergeReports,
      reportDir,
      checksIgnored: Boolean(checks || configFile),
      invalid: read.issues,
    };
    return { kind: "fan-in", fanIn, github: reporting(mode) };
  }

  const files = reportFileNames(label);
  const gate = readGateSettings(
    {
      baseUrl,
      checks,
      configFile,
      secrets: input(Inputs.Secrets),
      vars: input(Inputs.Vars),
      label,
      mode: input(Inputs.Mode),
      concurrency: input(Inputs.Concurrency),
      timeout: input(Inputs.Timeout),
      requestTimeout: input(Inputs.RequestTimeout),
      retries: input(Inputs.Retries),
      failFast: input(Inputs.FailFast),
      only: input(Inputs.Only),
      reportJson: path.join(reportDir, files.json),
      reportJunit: path.join(reportDir, files.junit),
      baselineUrl: input(Inputs.BaselineUrl),
      baselineReport: input(Inputs.BaselineReport),
      onInconclusive: input(Inputs.OnInconclusive),
      quorum: input(Inputs.Quorum),
      oidcAudience: input(Inputs.OidcAudience),
    },
    source,
  );
  for (const value of Object.values(gate.settings.secrets)) maskSecret(value);
  return { kind: "gate", gate, github: reporting(gate.settings.mode), mergeIgnored: Boolean(mergeReports) };
}
