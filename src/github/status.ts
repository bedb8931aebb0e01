// Commit and deployment statuses: how GitHub itself learns the gate's verdict, so a required
// status check can protect a branch or an environment and a deployment page shows the result.
// @actions/github (octokit) is imported only when a status is first posted, so a gate without
// a token never loads it. Reporting is never allowed to change the verdict: every API failure
// becomes a warning that names the permission the job needs.

import { setTimeout as delay } from "node:timers/promises";
import type { getOctokit } from "@actions/github";
import { blocksDeploy, type GateResult } from "../engine/results.js";
import type { MergedResult } from "../fan-in/merge.js";
import { describeMergedVerdict } from "../fan-in/merge-summary.js";
import { describeVerdict, gateTitle } from "../report/describe.js";
import { oneLine } from "../text/display-text.js";
import { VERSION } from "../version.js";

type GitHubClient = ReturnType<typeof getOctokit>;

export type CommitState = "pending" | "success" | "failure" | "error";

export type FinalState = Exclude<CommitState, "pending">;

export interface GateStatus<State extends CommitState = CommitState> {
  readonly state: State;
  /** At most 140 characters, GitHub's limit for both kinds of status. */
  readonly description: string;
}

export interface Log {
  info(message: string): void;
  warning(message: string): void;
}

/** GitHub rejects longer descriptions with a 422. */
export const MAX_DESCRIPTION = 140;

/** `deploy-gate` or `deploy-gate (<label>)`: one context per matrix leg, so legs never overwrite each other. */
export function statusContext(label: string): string {
  return gateTitle(label);
}

function describe(text: string, failedChecks: readonly string[] = []): string {
  const names = failedChecks.length > 0 ? `: ${failedChecks.join(", ")}` : "";
  return oneLine(`${text}${names}`, MAX_DESCRIPTION);
}

export const pendingStatus: GateStatus = { state: "pending", description: "checks are running" };

export const configErrorStatus: GateStatus<FinalState> = {
  state: "error",
  description: "invalid config or inputs — no request was sent (see the job log)",
};

/**
 * `error` when the gate could not reach a verdict (cancelled, or the whole-gate deadline
 * passed); in a dry run `success`, since a dry run never blocks, with the would-be verdict in
 * the description; otherwise `success` or `failure` by the verdict.
 */
export function gateStatus(result: GateResult): GateStatus<FinalState> {
  const description = describe(describeVerdict(result), result.failedChecks);
  if (result.interrupted === "cancelled") return { state: "error", description };
  if (result.mode === "dry-run") return { state: "success", description };
  if (result.interrupted === "timed-out") return { state: "error", description };
  return { state: blocksDeploy(result) ? "failure" : "success", description };
}

/**
 * The fan-in's status: `failure` when it blocks — fewer legs than the quorum passed and one
 * failed, or an inconclusive fan-in failing closed (`success` in a dry run, as for a gate).
 */
export function mergedStatus(merged: MergedResult): GateStatus<FinalState> {
  const description = describe(describeMergedVerdict(merged));
  if (merged.mode === "dry-run" || !blocksDeploy(merged)) return { state: "success", description };
  return { state: "failure", description };
}

export const internalErrorStatus: GateStatus<FinalState> = {
  state: "error",
  description: "deploy-gate stopped on an internal error before a verdict (see the job log)",
};

export const mergeErrorStatus: GateStatus<FinalState> = {
  state: "error",
  description: "fan-in could not read the matrix legs' reports (see the job log)",
};

/** For a deployment status, which has no context of its own: `deploy-gate (eu): blocked — …`. */
export function deploymentDescription(label: string, status: GateStatus): string {
  return oneLine(`${statusContext(label)}: ${status.description}`, MAX_DESCRIPTION);
}

export interface StatusTarget {
  readonly token: string;
  /** `owner/repo`. */
  readonly repository: string;
  readonly sha: string;
  readonly context: string;
  /** The run's page: the status's target URL and the deployment status's log URL. */
  readonly runUrl?: string;
  readonly log: Log;
  /** Masks secrets in anything the API echoed back. */
  readonly redact: (text: string) => string;
  /** Pause before the one retry of a 5xx or a network failure. */
  readonly retryDelayMs?: number;
  /** Per request; the API must not hold the job past its own timeout. */
  readonly timeoutMs?: number;
}

export interface PostOptions {
  /** 2 by default (one retry); 1 when the job is being cancelled and time is short. */
  readonly attempts?: number;
}

const PERMISSION = { commit: "statuses: write", deployment: "deployments: write" } as const;

interface ApiError {
  readonly status?: number;
  readonly message?: string;
  readonly response?: unknown;
}

function retryable(error: ApiError): boolean {
  return error.response === undefined || (error.status ?? 0) >= 500;
}

export class StatusPoster {
  private client?: Promise<GitHubClient>;
  private readonly owner: string;
  private readonly repo: string;
  /** Set after a 403/404 for a kind of status, so the final status does not repeat the warning. */
  private readonly denied = new Set<keyof typeof PERMISSION>();

  constructor(private readonly target: StatusTarget) {
    const [owner = "", repo = ""] = target.repository.split("/");
    this.owner = owner;
    this.repo = repo;
  }

  private octokit(): Promise<GitHubClient> {
    this.client ??= import("@actions/github").then(({ getOctokit }) =>
      getOctokit(this.target.token, {
        userAgent: `deploy-gate/${VERSION}`,
        // Octokit's own logging would print to stdout outside the job's log groups.
        log: { debug() {}, info() {}, warn() {}, error() {} },
      }),
    );
    return this.client;
  }

  private async call(
    kind: keyof typeof PERMISSION,
    what: string,
    send: (client: GitHubClient, signal: AbortSignal) => Promise<unknown>,
    options: PostOptions = {},
  ): Promise<boolean> {
    if (this.denied.has(kind)) return false;
    const attempts = options.attempts ?? 2;
    let error: ApiError = {};
    for (let attempt = 1; attempt <= attempts; attempt++) {
      try {
        const client = await this.octokit();
        await send(client, AbortSignal.timeout(this.target.timeoutMs ?? 15_000));
        return true;
      } catch (caught) {
        error = caught as ApiError;
        if (!retryable(error) || attempt === attempts) break;
        await delay(this.target.retryDelayMs ?? 1000);
      }
    }
    this.target.log.warning(this.target.redact(this.failureMessage(kind, what, error, attempts)));
    if (error.status === 403 || error.status === 404) this.denied.add(kind);
    return false;
  }

  private failureMessage(
    kind: keyof typeof PERMISSION,
    what: string,
    error: ApiError,
    attempts: number,
  ): string {
    const permission = `\`${PERMISSION[kind]}\``;
    const said = oneLine(error.message ?? "unknown error", 200);
    const unchanged = "The gate's verdict is unchanged.";
    if (error.response === undefined) {
      const tries = attempts > 1 ? ` (${attempts} attempts)` : "";
      return `deploy-gate could not ${what}: the request to the GitHub API failed${tries}: ${said}. ${unchanged}`;
    }
    const answered = `GitHub answered ${error.status} (${said})`;
    if (error.status === 403 || error.status === 404) {
      const missing =
        kind === "deployment" && error.status === 404
          ? `the deployment does not exist in ${this.target.repository}, or the token lacks the ${permission} permission`
          : `the token lacks the ${permission} permission`;
      return `deploy-gate could not ${what}: ${answered}: ${missing} — add \`permissions: { ${PERMISSION[kind]} }\` to the job. ${unchanged}`;
    }
    const tries = (error.status ?? 0) >= 500 && attempts > 1 ? ` after ${attempts} attempts` : "";
    return `deploy-gate could not ${what}: ${answered}${tries}. It needs the ${permission} permission. ${unchanged}`;
  }

  /** Sets the commit status for this gate's context on the target SHA. */
  async commit(status: GateStatus, options?: PostOptions): Promise<boolean> {
    const { sha, context, runUrl } = this.target;
    const ok = await this.call(
      "commit",
      `set the commit status "${context}" on ${sha.slice(0, 12)}`,
      (client, signal) =>
        client.rest.repos.createCommitStatus({
          owner: this.owner,
          repo: this.repo,
          sha,
          state: status.state,
          context,
          description: oneLine(status.description, MAX_DESCRIPTION),
          ...(runUrl ? { target_url: runUrl } : {}),
          request: { signal },
        }),
      options,
    );
    if (ok) this.target.log.info(`commit status "${context}": ${status.state} — ${status.description}`);
    return ok;
  }

  /**
   * Adds a deployment status. The deployment's current environment URL is carried over: a
   * status without one would take the "View deployment" link off the environment's page.
   */
  async deployment(
    deploymentId: string,
    state: FinalState,
    description: string,
    options?: PostOptions,
  ): Promise<boolean> {
    const deployment_id = Number(deploymentId);
    const what = `add a deployment status to deployment ${deploymentId}`;
    if (!Number.isSafeInteger(deployment_id) || deployment_id <= 0) {
      this.target.log.warning(
        `deploy-gate could not ${what}: a deployment id is a positive whole number. The gate's verdict is unchanged.`,
      );
      return false;
    }
    const base = { owner: this.owner, repo: this.repo, deployment_id };
    let environmentUrl: string | undefined;
    try {
      const client = await this.octokit();
      const latest = await client.rest.repos.listDeploymentStatuses({
        ...base,
        per_page: 1,
        request: { signal: AbortSignal.timeout(this.target.timeoutMs ?? 15_000) },
      });
      environmentUrl = latest.data[0]?.environment_url || undefined;
    } catch {
      // Only the link is lost; the status itself is posted (or its failure warned about) below.
    }
    const { runUrl } = this.target;
    const ok = await this.call(
      "deployment",
      what,
      (client, signal) =>
        client.rest.repos.createDeploymentStatus({
          ...base,
          state,
          description: oneLine(description, MAX_DESCRIPTION),
          ...(runUrl ? { log_url: runUrl } : {}),
          ...(environmentUrl ? { environment_url: environmentUrl } : {}),
          request: { signal },
        }),
      options,
    );
    if (ok) this.target.log.info(`deployment ${deploymentId} status: ${state} — ${description}`);
    return ok;
  }
}
