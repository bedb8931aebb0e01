// Turns a 4xx/5xx answer into what on-call needs: the service's own error code and message
// (when the body is a recognisable error document) and the action the status calls for.

import { oneLine } from "../text/display-text.js";
import { plural } from "../text/plural.js";
import { sentAttempts } from "./attempts.js";
import type { HttpResponse } from "./types.js";

export interface Explanation {
  /** The service's own words, e.g. `INVALID_TENANT: tenant "x" does not exist`. */
  readonly detail?: string;
  /** What the status calls for, e.g. `check or rotate the credential`. */
  readonly hint?: string;
}

const MAX_DETAIL_CHARS = 300;
const TRANSIENT_5XX: ReadonlySet<number> = new Set([502, 503, 504]);
const STATUS_HINTS: Readonly<Record<number, string>> = {
  400: "fix the request fields",
  401: "check or rotate the credential",
  403: "check permissions or tenant",
  404: "check the route and base URL",
  405: "check the request method for this route",
  409: "an idempotency conflict: reuse the original request shape",
  413: "the request body is larger than the service accepts",
  415: "check the request body's content-type",
  422: "fix the request fields",
};

type Doc = Readonly<Record<string, unknown>>;

function isDoc(value: unknown): value is Doc {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
}

function join(code: string | undefined, message: string | undefined): string | undefined {
  if (code && message && code !== message) return `${code}: ${message}`;
  return code ?? message;
}

/** A problem `type` URI names the error by its last path segment; `about:blank` names nothing. */
function typeName(type: unknown): string | undefined {
  const uri = str(type);
  if (!uri || uri === "about:blank") return undefined;
  return uri
    .replace(/[/#]+$/, "")
    .split(/[/#]/)
    .pop();
}

/** `{ code, message }` and its common spellings; a numeric code that repeats the status adds nothing. */
function codeAndMessage(o: Doc, status: number): string | undefined {
  const numeric = typeof o.code === "number" && o.code !== status ? String(o.code) : undefined;
  // Google-style errors carry the symbolic name in `status` next to a numeric `code`.
  const symbolic = typeof o.status === "string" ? str(o.status) : undefined;
  const code = str(o.code) ?? symbolic ?? str(o.error_code) ?? str(o.errorCode) ?? numeric;
  const message =
    str(o.message) ?? str(o.detail) ?? str(o.error_description) ?? str(o.description) ?? str(o.title);
  return join(code, message);
}

function fromDocument(doc: Doc, status: number): string | undefined {
  if (isDoc(doc.error)) return codeAndMessage(doc.error, status);
  // `{ "error": "invalid_grant", "error_description": … }` (OAuth) and `{ "error", "message" }`.
  if (str(doc.error))
    return join(str(doc.error), str(doc.error_description) ?? str(doc.message) ?? str(doc.detail));
  // JSON:API and GraphQL put a list under `errors`; the first one is shown, the rest counted.
  if (Array.isArray(doc.errors) && isDoc(doc.errors[0])) {
    const first = codeAndMessage(doc.errors[0], status);
    const more = doc.errors.length - 1;
    return first && more > 0 ? `${first} (and ${more} more)` : first;
  }
  // RFC 9457 problem details: `title` is the kind of problem, `detail` this occurrence.
  if (str(doc.title) || (str(doc.type) && str(doc.detail))) {
    const code = str(doc.code) ?? str(doc.title) ?? typeName(doc.type);
    return join(code, str(doc.detail) ?? str(doc.message));
  }
  return codeAndMessage(doc, status);
}

function serviceError(bodyText: string, status: number): string | undefined {
  const body = bodyText.trim();
  if (body.startsWith("{")) {
    try {
      const doc: unknown = JSON.parse(body);
      return isDoc(doc) ? fromDocument(doc, status) : undefined;
    } catch {
      return undefined;
    }
  }
  // An HTML page from a JSON API usually means a proxy or load balancer answered, not the service.
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(body)?.[1];
  return str(title) ? `HTML error page: ${title}` : undefined;
}

const REPORTED_ERROR_KEYS = [
  "error",
  "failure",
  "failureReason",
  "failure_reason",
  "errorMessage",
  "error_message",
  "lastError",
  "last_error",
] as const;

function reportedIn(doc: Doc): string | undefined {
  for (const key of REPORTED_ERROR_KEYS) {
    const value = doc[key];
    if (isDoc(value)) {
      const said = codeAndMessage(value, 0);
      if (said) return said;
    } else if (str(value)) {
      return key === "error" ? join(str(value), str(doc.error_description) ?? str(doc.message)) : str(value);
    }
  }
  return undefined;
}

/**
 * The error a successful answer reports about something else — a task or job that ended
 * `failed` with `{ "error": { "code", "message" } }`, `"failure": "…"`, `"lastError": "…"` —
 * at the top level or under `data`, `result`, `task` or `job`. Only those fields: on a 2xx a
 * `message` or `title` is not an error.
 */
export function reportedError(bodyText: string): string | undefined {
  const body = bodyText.trim();
  if (!body.startsWith("{")) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isDoc(doc)) return undefined;
  const found =
    reportedIn(doc) ??
    ["data", "result", "task", "job"]
      .map((k) => doc[k])
      .filter(isDoc)
      .map(reportedIn)
      .find(Boolean);
  return found ? oneLine(found, MAX_DETAIL_CHARS) : undefined;
}

/** `WWW-Authenticate: Bearer error="invalid_token", error_description="…"` (RFC 6750). */
function authChallenge(headers: Readonly<Record<string, string>>): string | undefined {
  const challenge = header(headers, "www-authenticate");
  if (!challenge) return undefined;
  const error = /\berror="([^"]*)"/.exec(challenge)?.[1];
  const description = /\berror_description="([^"]*)"/.exec(challenge)?.[1];
  return join(str(error), str(description));
}

function header(headers: Readonly<Record<string, string>>, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

function statusHint(
  status: number,
  headers: Readonly<Record<string, string>>,
  attempts: number,
): string | undefined {
  if (status === 429) {
    const retryAfter = header(headers, "retry-after")?.trim();
    const wait = retryAfter ? `Retry-After: ${retryAfter}` : "no Retry-After given";
    return `rate limited (${wait})${attempts > 1 ? `, still limited after ${plural(attempts, "attempt")}` : ""}`;
  }
  if (status >= 500 && status <= 599) {
    return TRANSIENT_5XX.has(status)
      ? `still ${status} after ${plural(attempts, "attempt")}: usually transient, but it persisted — check the deployment's health`
      : `${status} after ${plural(attempts, "attempt")}, not transient: the service failed — check its logs`;
  }
  return STATUS_HINTS[status];
}

/** Pure: explains an error response; a status below 400 has nothing to explain. */
export function explainResponse(
  status: number,
  headers: Readonly<Record<string, string>>,
  bodyText: string,
  attempts: number,
): Explanation {
  if (status < 400) return {};
  const found = serviceError(bodyText, status) ?? (status === 401 ? authChallenge(headers) : undefined);
  const detail = found ? oneLine(found, MAX_DETAIL_CHARS) : undefined;
  const hint = statusHint(status, headers, Math.max(1, attempts));
  return { ...(detail ? { detail } : {}), ...(hint ? { hint } : {}) };
}

/** `explainResponse` for a response as the http client returns it. */
export function explainAnswer(response: HttpResponse): Explanation {
  return explainResponse(response.status, response.headers, response.text, sentAttempts(response.attempts));
}
