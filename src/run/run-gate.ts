// One run of the gate, shared by the action and the CLI: settings → config → (an OIDC token) →
// checks → the JSON report and the JUnit XML. An adapter gives it its I/O and shows what it
// returns in its own medium (a step summary and outputs, or a terminal report and an exit
// code); neither adapter repeats any of this flow.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../config/errors.js";
import type { OidcScope } from "../config/templates.js";
import { runChecks } from "../engine/gate.js";
import { type Prepared, prepareGate } from "../engine/prepare.js";
import { type CheckResult, type GateResult, notRunResult } from "../engine/results.js";
import type { GateSettings, ReadSettings } from "../engine/settings.js";
import { renderJsonReport } from "../report/json-report.js";
import { renderJunit } from "../report/junit.js";
import type { Redactor } from "../secrets/redact.js";
import { VERSION } from "../version.js";

/** Where `{{ github.oidc-token }}` comes from in this adapter. */
export interface OidcSource {
  /** Fetches a token for the audience; absent where no token can be had (outside Actions). */
  readonly fetch?: (audience: string) => Promise<string>;
  /** The config error for a config that uses the template when no token can be had. */
  readonly unavailable: string;
}

export interface GateIo {
  /** Knows every secret the adapter was given; the flow adds the settings' secrets and the token. */
  readonly redactor: Redactor;
  /** For `{{ env.X }}`, `{{ run.id }}` and `{{ sha }}`. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The workflow run, for the reports. */
  readonly run?: GateResult["run"];
  /** How the adapter names `only` in a message: `input only`, `--only`. */
  readonly onlyPlace: string;
  readonly oidc: OidcSource;
  /**
   * A check finished. Only its name, outcome and duration may be shown now: a later check may
   * capture as a secret a value this one's evidence holds, and a line cannot be masked once written.
   */
  checkDone?(result: CheckResult): void;
  /** Just before the first request (a pending commit status), with how many checks the config has. */
  started?(checks: number): void;
  /** Something the reports could not do (a file that could not be written): never a failure. */
  warn(message: string): void;
}

export type RefusalKind = "input" | "config" | "oidc";

export interface GateRun {
  readonly result: GateResult;
  /** The reports written; one that could not be written is missing (and was warned about). */
  readonly files: { readonly json?: string; readonly junit?: string };
  /** Set when the gate refused to run: no request was sent. The message is redacted. */
  readonly refused?: { readonly kind: RefusalKind; readonly message: string };
}

export async function runGate(read: ReadSettings, io: GateIo): Promise<GateRun> {
  const startedAt = new Date();
  const { settings } = read;
  const { redactor } = io;
  for (const value of Object.values(settings.secrets)) redactor.add(value);

  const refuse = async (kind: RefusalKind, error: Error): Promise<GateRun> => {
    const message = redactor.text(error.message);
    const result = notRunResult(
      {
        tool: { name: "deploy-gate", version: VERSION },
        label: settings.label,
        mode: settings.mode,
        baseUrl: redactor.text(settings.baseUrl),
        ...(io.run ? { run: io.run } : {}),
      },
      message,
      startedAt,
    );
    return { result, files: await writeReports(result, settings, io), refused: { kind, message } };
  };

  if (read.invalid) return refuse("input", read.invalid);
  const oidc: OidcScope =
    settings.oidcAudience && io.oidc.fetch
      ? { audience: settings.oidcAudience }
      : { unavailable: io.oidc.unavailable };
  let prepared: Prepared;
  try {
    prepared = prepareGate({
      configText: settings.config.text,
      source: settings.config.source,
      secrets: settings.secrets,
      vars: settings.vars,
      label: settings.label,
      env: io.env,
      only: { names: settings.only, place: io.onlyPlace },
      oidc,
    });
  } catch (error) {
    if (error instanceof ConfigError) return refuse("config", error);
    throw error;
  }
  let { scope } = prepared;
  if (settings.oidcAudience && io.oidc.fetch) {
    try {
      const token = await io.oidc.fetch(settings.oidcAudience);
      redactor.add(token);
      scope = { ...scope, oidc: { audience: settings.oidcAudience, token } };
    } catch (error) {
      return refuse("oidc", error as Error);
    }
  }

  io.started?.(prepared.config.checks.length);
  const cancel = new AbortController();
  const onSignal = () => cancel.abort();
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let result: GateResult;
  try {
    result = await runChecks({
      config: prepared.config,
      baseUrl: settings.baseUrl,
      label: settings.label,
      mode: settings.mode,
      concurrency: settings.concurrency,
      timeoutMs: settings.timeoutMs,
      ...(settings.requestTimeoutMs !== undefined ? { requestTimeoutMs: settings.requestTimeoutMs } : {}),
      ...(settings.retries !== undefined ? { retries: settings.retries } : {}),
      failFast: settings.failFast,
      only: settings.only,
      scope,
      redactor,
      signal: cancel.signal,
      ...(io.run ? { run: io.run } : {}),
      ...(io.checkDone ? { onCheckDone: io.checkDone } : {}),
      ...(settings.baselineUrl ? { baselineUrl: settings.baselineUrl } : {}),
      ...(settings.baselineReport ? { baselineReport: settings.baselineReport } : {}),
      workspace: settings.workspace,
      onInconclusive: settings.onInconclusive,
    });
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  return { result, files: await writeReports(result, settings, io) };
}

/** Each report the settings ask for; one that cannot be written is a warning, never a failure. */
async function writeReports(
  result: GateResult,
  settings: GateSettings,
  io: GateIo,
): Promise<GateRun["files"]> {
  const files: { json?: string; junit?: string } = {};
  const wanted = [
    ["json", "JSON report", settings.reports.json, renderJsonReport],
    ["junit", "JUnit XML", settings.reports.junit, renderJunit],
  ] as const;
  for (const [kind, what, file, render] of wanted) {
    if (!file) continue;
    try {
      await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      // A last pass over the rendered text: a secret captured after a check finished is masked here.
      await writeFile(file, io.redactor.text(render(result)));
      files[kind] = file;
    } catch (error) {
      io.warn(
        `deploy-gate could not write the ${what} to ${file}: ${io.redactor.text((error as Error).message)}`,
      );
    }
  }
  return files;
}
