// The only module that reads action inputs: everything else receives `Settings`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../config/errors.js";
import { parsePairs } from "../config/pairs.js";
import { isTooLongDuration, parseDuration } from "../text/duration.js";
import { Inputs } from "./io-names.js";
import { runner } from "./workflow-commands.js";

export interface Settings {
  readonly baseUrl?: string;
  readonly configText?: string;
  readonly configSource: string;
  readonly secrets: Readonly<Record<string, string>>;
  readonly vars: Readonly<Record<string, string>>;
  readonly label: string;
  readonly mode: "enforce" | "dry-run";
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly requestTimeoutMs?: number;
  readonly retries?: number;
  readonly failFast: boolean;
  readonly only: readonly string[];
  readonly githubToken?: string;
  readonly deploymentId?: string;
  readonly reportDir: string;
  readonly onFailureUrl?: string;
  readonly onFailureSecret?: string;
  readonly mergeReports?: string;
}

const input = (name: string) => runner.getInput(name);

function invalid(name: string, message: string): never {
  throw new ConfigError([{ path: `input ${name}`, message }]);
}

function durationInput(name: string, fallback?: number): number | undefined {
  const raw = input(name);
  if (!raw) return fallback;
  const ms = parseDuration(raw);
  if (ms !== undefined) return ms;
  return invalid(
    name,
    isTooLongDuration(raw)
      ? `expected a duration of at most 24 days (596h); got "${raw}"`
      : `expected a duration like 250ms, 10s, 5m, 1h; got "${raw}"`,
  );
}

function intInput(name: string, min: number, max: number): number | undefined {
  const raw = input(name);
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    invalid(name, `expected a whole number from ${min} to ${max}; got "${raw}"`);
  return n;
}

/** Every secret value (and each line of a multi-line one) is masked before anything else runs. */
export function maskSecrets(secrets: Readonly<Record<string, string>>): void {
  for (const value of Object.values(secrets)) {
    if (!value) continue;
    runner.setSecret(value);
    for (const line of value.split(/\r?\n/))
      if (line.trim().length >= 3 && line !== value) runner.setSecret(line);
    runner.setSecret(encodeURIComponent(value));
    runner.setSecret(Buffer.from(value).toString("base64"));
  }
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const secrets = parsePairs(runner.getInput(Inputs.Secrets), `input ${Inputs.Secrets}`);
  maskSecrets(secrets);
  const onFailureSecret = input(Inputs.OnFailureSecret) || undefined;
  if (onFailureSecret) runner.setSecret(onFailureSecret);
  const githubToken = input(Inputs.GithubToken) || undefined;
  if (githubToken) runner.setSecret(githubToken);

  const checks = runner.getInput(Inputs.Checks);
  const configPath = input(Inputs.Config);
  const mergeReports = input(Inputs.MergeReports) || undefined;
  if (checks.trim() && configPath)
    invalid(Inputs.Config, `give either \`${Inputs.Checks}\` or \`${Inputs.Config}\`, not both`);
  let configText: string | undefined;
  let configSource = `input ${Inputs.Checks}`;
  if (configPath) {
    const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
    const file = path.resolve(workspace, configPath);
    configSource = configPath;
    try {
      configText = readFileSync(file, "utf8");
    } catch (error) {
      invalid(
        Inputs.Config,
        `cannot read ${configPath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
  } else if (checks.trim()) {
    configText = checks;
  } else if (!mergeReports) {
    invalid(Inputs.Checks, `give the check list in \`${Inputs.Checks}\` or a file in \`${Inputs.Config}\``);
  }

  const baseUrl = input(Inputs.BaseUrl) || undefined;
  if (!baseUrl && !mergeReports) invalid(Inputs.BaseUrl, "is required");
  if (baseUrl && !/^https?:\/\/[^/]/i.test(baseUrl))
    invalid(Inputs.BaseUrl, "expected an http:// or https:// URL");

  const mode = input(Inputs.Mode) || "enforce";
  if (mode !== "enforce" && mode !== "dry-run")
    invalid(Inputs.Mode, `expected enforce or dry-run; got "${mode}"`);
  const failFast = input(Inputs.FailFast) || "false";
  if (!/^(true|false)$/i.test(failFast))
    invalid(Inputs.FailFast, `expected true or false; got "${failFast}"`);

  const requestTimeoutMs = durationInput(Inputs.RequestTimeout);
  const retries = intInput(Inputs.Retries, 0, 10);
  return {
    ...(baseUrl ? { baseUrl } : {}),
    ...(configText !== undefined ? { configText } : {}),
    configSource,
    secrets,
    vars: parsePairs(runner.getInput(Inputs.Vars), `input ${Inputs.Vars}`),
    label: input(Inputs.Label),
    mode,
    concurrency: intInput(Inputs.Concurrency, 1, 256) ?? 8,
    timeoutMs: durationInput(Inputs.Timeout, 600_000)!,
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(retries !== undefined ? { retries } : {}),
    failFast: failFast.toLowerCase() === "true",
    only: input(Inputs.Only)
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    ...(githubToken ? { githubToken } : {}),
    ...(input(Inputs.DeploymentId) ? { deploymentId: input(Inputs.DeploymentId) } : {}),
    reportDir:
      input(Inputs.ReportDir) ||
      path.join(env.RUNNER_TEMP ?? path.join(process.cwd(), ".tmp"), "deploy-gate"),
    ...(input(Inputs.OnFailureUrl) ? { onFailureUrl: input(Inputs.OnFailureUrl) } : {}),
    ...(onFailureSecret ? { onFailureSecret } : {}),
    ...(mergeReports ? { mergeReports } : {}),
  };
}
