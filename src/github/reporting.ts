// When the action tells GitHub and the rollback receiver what happened: a pending commit
// status as the checks start, the final commit and deployment statuses, and the rollback hook
// when an enforced gate fails. src/action/main.ts calls these at those points; every failure in
// here is a warning, and none of it can change the verdict or the exit code.
import type { GateResult } from "../engine/results.js";
import type { MergedResult } from "../fan-in/merge.js";
import { readEventTarget } from "./event.js";
import { rollbackEvent, rollbackIdempotencyKey, sendRollbackHook } from "./rollback-hook.js";
import {
  configErrorStatus,
  deploymentDescription,
  type FinalState,
  type GateStatus,
  gateStatus,
  internalErrorStatus,
  type Log,
  mergedStatus,
  mergeErrorStatus,
  pendingStatus,
  StatusPoster,
  statusContext,
} from "./status.js";

/** What reporting needs of the action's inputs (src/action/inputs.ts reads them). */
export interface ReportingSettings {
  readonly githubToken?: string;
  readonly deploymentId?: string;
  readonly label: string;
  readonly mode: "enforce" | "dry-run";
  readonly onFailureUrl?: string;
  readonly onFailureSecret?: string;
}

export interface ReportingOptions {
  readonly settings: ReportingSettings;
  readonly log: Log;
  readonly redact: (text: string) => string;
  readonly env?: NodeJS.ProcessEnv;
}

export interface GithubReporting {
  /** Posts the pending commit status in the background, so the checks do not wait for the API. */
  started(): void;
  /** The config or inputs were invalid: an `error` status, no hook (the service was never checked). */
  configInvalid(): Promise<void>;
  finished(result: GateResult): Promise<void>;
  merged(merged: MergedResult): Promise<void>;
  mergeInvalid(): Promise<void>;
  /** The run stopped on an unexpected error: `error` in place of the pending status, no hook. */
  internalError(): Promise<void>;
}

export function runUrlOf(env: NodeJS.ProcessEnv): string | undefined {
  return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
    ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
    : undefined;
}

export function createGithubReporting(options: ReportingOptions): GithubReporting {
  const { settings, log, redact } = options;
  const env = options.env ?? process.env;
  const event = readEventTarget(env);
  const deploymentId = settings.deploymentId ?? event.deploymentId;
  const sha = event.sha ?? env.GITHUB_SHA;
  const runUrl = runUrlOf(env);
  const repository = env.GITHUB_REPOSITORY;

  let poster: StatusPoster | undefined;
  if (settings.githubToken) {
    if (repository?.includes("/") && sha) {
      poster = new StatusPoster({
        token: settings.githubToken,
        repository,
        sha,
        context: statusContext(settings.label),
        ...(runUrl ? { runUrl } : {}),
        log,
        redact,
      });
    } else {
      log.warning(
        "deploy-gate sets no commit status: GITHUB_REPOSITORY and GITHUB_SHA must name the repository and commit. The gate's verdict is unchanged.",
      );
    }
  } else if (settings.deploymentId) {
    log.warning("deploy-gate ignores deployment-id: a deployment status needs github-token.");
  }

  let pending: Promise<unknown> = Promise.resolve();

  async function report(status: GateStatus<FinalState>, dryRun: boolean, cancelled = false): Promise<void> {
    if (!poster) return;
    await pending;
    const post = { attempts: cancelled ? 1 : 2 };
    await poster.commit(status, post);
    if (!deploymentId) return;
    // A dry run reports and never blocks; a `failure` on the deployment is an action automation reacts to.
    if (dryRun) log.info(`dry run: no deployment status is set on deployment ${deploymentId}`);
    else
      await poster.deployment(
        deploymentId,
        status.state,
        deploymentDescription(settings.label, status),
        post,
      );
  }

  async function hook(event: ReturnType<typeof rollbackEvent>): Promise<void> {
    const url = settings.onFailureUrl;
    if (!url) return;
    if (settings.mode !== "enforce") {
      log.info("dry run: the rollback hook is not sent");
      return;
    }
    await sendRollbackHook({
      url,
      ...(settings.onFailureSecret ? { secret: settings.onFailureSecret } : {}),
      event,
      idempotencyKey: rollbackIdempotencyKey({
        ...(env.GITHUB_RUN_ID ? { runId: env.GITHUB_RUN_ID } : {}),
        ...(env.GITHUB_RUN_ATTEMPT ? { runAttempt: env.GITHUB_RUN_ATTEMPT } : {}),
        ...(env.GITHUB_JOB ? { job: env.GITHUB_JOB } : {}),
        label: settings.label,
      }),
      log,
      redact,
    });
  }

  const runFields = {
    repository,
    ref: env.GITHUB_REF,
    sha,
    runId: env.GITHUB_RUN_ID,
    runAttempt: env.GITHUB_RUN_ATTEMPT,
    runUrl,
    deploymentId,
  };

  return {
    started() {
      if (poster) pending = poster.commit(pendingStatus);
    },

    async configInvalid() {
      await report(configErrorStatus, false);
    },

    async finished(result) {
      const cancelled = result.interrupted === "cancelled";
      const tasks = [report(gateStatus(result), result.mode === "dry-run", cancelled)];
      if (result.verdict === "failed" && cancelled && settings.onFailureUrl) {
        // A cancelled run (often superseded by a newer deploy) must not roll anything back.
        log.info("the gate was cancelled: the rollback hook is not sent");
      } else if (result.verdict === "failed") {
        tasks.push(
          hook(
            rollbackEvent({
              label: result.label,
              baseUrl: result.baseUrl,
              failedChecks: result.failedChecks,
              ...(result.interrupted ? { interrupted: result.interrupted } : {}),
              counts: result.counts,
              ...runFields,
            }),
          ),
        );
      }
      await Promise.all(tasks);
    },

    async merged(merged) {
      const tasks = [report(mergedStatus(merged), merged.mode === "dry-run")];
      if (merged.verdict === "failed") {
        tasks.push(
          hook(
            rollbackEvent({
              label: merged.label,
              failedChecks: merged.failedChecks,
              legs: merged.legs.map((l) => ({
                label: l.label,
                baseUrl: l.baseUrl,
                verdict: l.verdict,
                failedChecks: l.failedChecks,
              })),
              counts: merged.counts,
              ...runFields,
            }),
          ),
        );
      }
      await Promise.all(tasks);
    },

    async mergeInvalid() {
      await report(mergeErrorStatus, false);
    },

    async internalError() {
      await report(internalErrorStatus, false);
    },
  };
}
