// What the triggering event says about where to report: the deployment a `deployment` or
// `deployment_status` event is about, and the commit a status belongs on. Read straight from
// GITHUB_EVENT_PATH, so no octokit is loaded for a gate that reports nothing.
import { readFileSync } from "node:fs";

export interface EventTarget {
  /** The triggering deployment's id (a `deployment` or `deployment_status` event). */
  readonly deploymentId?: string;
  /**
   * The commit a status should go on. GITHUB_SHA is a merge commit on `pull_request` events
   * and the default branch's head on `workflow_run`: a status there would not show on the pull
   * request or the deployed commit, so the payload's head SHA is used instead.
   */
  readonly sha?: string;
}

const DEPLOYMENT_EVENTS: ReadonlySet<string> = new Set(["deployment", "deployment_status"]);
const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(["pull_request", "pull_request_target"]);

function field(value: unknown, ...keys: string[]): unknown {
  let v = value;
  for (const key of keys) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function idText(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === "string" && /^[1-9]\d*$/.test(value)) return value;
  return undefined;
}

function shaText(value: unknown): string | undefined {
  return typeof value === "string" && /^[0-9a-f]{40,64}$/i.test(value) ? value : undefined;
}

/** Pure: the target named by an event payload. */
export function eventTarget(eventName: string, payload: unknown): EventTarget {
  const deploymentId = DEPLOYMENT_EVENTS.has(eventName)
    ? idText(field(payload, "deployment", "id"))
    : undefined;
  const sha = PULL_REQUEST_EVENTS.has(eventName)
    ? shaText(field(payload, "pull_request", "head", "sha"))
    : eventName === "workflow_run"
      ? shaText(field(payload, "workflow_run", "head_sha"))
      : DEPLOYMENT_EVENTS.has(eventName)
        ? shaText(field(payload, "deployment", "sha"))
        : undefined;
  return { ...(deploymentId ? { deploymentId } : {}), ...(sha ? { sha } : {}) };
}

/** Reads GITHUB_EVENT_NAME / GITHUB_EVENT_PATH; a missing or unreadable payload names nothing. */
export function readEventTarget(env: NodeJS.ProcessEnv = process.env): EventTarget {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const file = env.GITHUB_EVENT_PATH;
  if (!file) return {};
  try {
    return eventTarget(name, JSON.parse(readFileSync(file, "utf8")));
  } catch {
    return {};
  }
}
