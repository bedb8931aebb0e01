// One diagnosis per failing check — what failed, why, and what to do next — derived from the
// results alone, one rule per failure class. The step summary's first screen, the console and
// the fan-in say it once, in these words; the rest of each report is evidence.
import { STATUS_CODES } from "node:http";
import type { AssertionResult } from "../assert/assertion-result.js";
import { failedStep } from "../checks/failed-step.js";
import type { ResultTable, StepResult } from "../checks/types.js";
import { type CheckResult, isFailing } from "../engine/results.js";
import { sentAttempts } from "../http/attempts.js";
import { explainResponse, reportedError } from "../http/explain.js";
import type { Exchange, TemplateUse } from "../http/types.js";
import { oneLine } from "../text/display-text.js";
import { plural } from "../text/plural.js";
import { failureEvidence } from "./evidence.js";

export interface Diagnosis {
  /** What failed, short enough for a table cell: `401 Unauthorized (expected 200)`, `step 2 of 3 (wait)`. */
  readonly what: string;
  /** Why: the cause, in the service's own words when it gave any. */
  readonly why: string;
  /** What to do next. */
  readonly next: string;
}

/** Response headers that correlate a request with the service's logs, most specific first. */
const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "cf-ray"];
const KNOCK_ON_NAMES = 3;
const SHA_TEMPLATE = /\{\{\s*sha\s*\}\}/;
/** A `fail-when` that held: the answer's own words are the cause, its status says nothing. */
const FAIL_WHEN = "fail-when held";

export function statusText(status: number): string {
  const phrase = STATUS_CODES[status];
  return phrase ? `${status} ${phrase}` : String(status);
}

/** `GET /v1/tasks?limit=5`: the request as the config names it, without the origin. */
export function requestPath(method: string, url: string): string {
  try {
    const u = new URL(url);
    return `${method} ${u.pathname}${u.search}`;
  } catch {
    return `${method} ${url}`;
  }
}

function header(exchange: Exchange, name: string): string | undefined {
  for (const [k, v] of Object.entries(exchange.responseHeaders ?? {})) if (k.toLowerCase() === name) return v;
  return undefined;
}

function requestId(exchange: Exchange): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = header(exchange, name);
    if (value && value !== "***") return `${name} ${oneLine(value, 80)}`;
  }
  return undefined;
}

function usesText(uses: readonly TemplateUse[]): string {
  return uses
    .map((u) =>
      u.header
        ? `${u.from} (sent as ${u.header})`
        : u.query
          ? `${u.from} (query ${u.query})`
          : `${u.from} (in the URL)`,
    )
    .join(", ");
}

/** What an error status calls for, naming the secrets and variables the request carried. */
function statusNext(exchange: Exchange, status: number, attempts: number): string {
  const explained = explainResponse(status, exchange.responseHeaders ?? {}, "", attempts);
  const uses = exchange.credentials ?? [];
  const secrets = uses.filter((u) => u.from.startsWith("secrets."));
  if (status === 401) {
    return secrets.length > 0
      ? `check or rotate ${usesText(secrets)}`
      : uses.length > 0
        ? `check or rotate the credential; the request carried ${usesText(uses)}`
        : (explained.hint ?? "check or rotate the credential");
  }
  const id = requestId(exchange);
  const base = explained.hint ?? `answer ${status} was not expected`;
  if (status === 403 && uses.length > 0) return `${base}: the request carried ${usesText(uses)}`;
  if (status >= 500 && id) return `${base} (${id})`;
  if (status === 404 && exchange.requestedUrl) return `${base}: it was redirected to ${exchange.url}`;
  return base;
}

/** `answered 200 OK at poll 3`: the deciding step's answer, where its cause is said elsewhere. */
export function stepAnswer(step: StepResult): string {
  const ex = step.exchange;
  const answer = ex?.status !== undefined ? `answered ${statusText(ex.status)}` : "no answer";
  const at = step.polls && step.polls > 1 ? ` at poll ${step.polls}` : "";
  return step.detail.includes("fail-when held") ? `fail-when held${at}: ${answer}` : `${answer}${at}`;
}

function phrase(a: AssertionResult): string {
  return `expected ${a.expected}, got ${a.actual}`;
}

/** `(knock-on: $.data, $.next fail on the error body)`: failures that only follow from the status. */
function knockOns(others: readonly AssertionResult[]): string {
  if (others.length === 0) return "";
  return ` (knock-on: ${targets(others)} ${others.length === 1 ? "fails" : "fail"} on the error body)`;
}

/** `$.a, $.b and 2 more`. */
function targets(assertions: readonly AssertionResult[]): string {
  const names = assertions.slice(0, KNOCK_ON_NAMES).map((a) => a.target);
  const more = assertions.length > names.length ? ` and ${assertions.length - names.length} more` : "";
  return `${names.join(", ")}${more}`;
}

function redirectNote(exchange: Exchange): string {
  if (!exchange.requestedUrl) return "";
  const hops = exchange.redirects?.map((r) => r.status).join(", ") ?? "";
  return ` — ${requestPath(exchange.method, exchange.requestedUrl)} was redirected${hops ? ` (${hops})` : ""} to ${requestPath(exchange.method, exchange.url)}`;
}

function assertionNext(a: AssertionResult, exchange: Exchange): string {
  const where = requestPath(exchange.method, exchange.requestedUrl ?? exchange.url);
  if (exchange.requestedUrl && (a.target.startsWith("header") || a.target === "status"))
    return `check the route and base URL: ${where} should answer itself, not redirect`;
  if (a.target.startsWith("$") || a.target.startsWith("schema"))
    return `${where} answers in another shape: a contract change in this release, or an expectation to update`;
  if (a.target.startsWith("header"))
    return `check what ${where} sends as ${a.target.slice("header ".length)}`;
  if (a.target === "duration") return `${where} is over its max-duration budget: check the service's latency`;
  if (a.target.startsWith("capture")) return `${where} no longer returns what the later steps need`;
  if (a.target === "status")
    return `${where} answered another status than expected: check the route and the release`;
  return `check ${where}'s answer against the expectation`;
}

/** An HTTP request that decided a check or a step: no answer, an error status, or an expectation. */
function exchangeDiagnosis(
  exchange: Exchange | undefined,
  failed: readonly AssertionResult[],
  held: readonly AssertionResult[],
  detail: string,
  polls: number,
): Diagnosis {
  if (!exchange) return { what: "", why: detail, next: "see the check's evidence" };
  const line = requestPath(exchange.method, exchange.requestedUrl ?? exchange.url);
  const status = exchange.status;
  if (status === undefined) {
    const why = exchange.error ?? detail;
    switch (exchange.failure) {
      case "timeout":
        return {
          what: `${line}: no answer in time`,
          why,
          next: "the service hung or is overloaded: check its health; raise the check's timeout only if this route is known to be slow",
        };
      case "held-back":
        return { what: `${line}: not sent`, why, next: "the service kept failing: see its circuit above" };
      case "connection":
        return {
          what: `${line}: no connection`,
          why,
          next: "check that the service is up and reachable from the runner",
        };
      default:
        return {
          what: `${line}: no usable answer`,
          why,
          next: "check the service and what sits in front of it (proxy, load balancer)",
        };
    }
  }
  const attempts = Math.max(1, sentAttempts(exchange.attempts));
  const body = exchange.bodyExcerpt ?? "";
  const statusFailed = failed.find((a) => a.target === "status");
  if (status >= 400 && (statusFailed || failed.length === 0)) {
    const said = explainResponse(status, exchange.responseHeaders ?? {}, body, attempts).detail;
    const expected = statusFailed ? ` (expected ${statusFailed.expected})` : "";
    const others = failed.filter((a) => a !== statusFailed);
    return {
      what: `${statusText(status)}${expected}`,
      why: `${said ?? "the body names no error"}${knockOns(others)}`,
      next: statusNext(exchange, status, attempts),
    };
  }
  const reported = reportedError(body);
  const workFailed = `the service failed the work itself: trace ${/"id"\s*:\s*"([^"]{1,80})"/.exec(body)?.[1] ?? "it"} in the service's logs`;
  if (failed.length === 0 && held.length > 0) {
    // A `fail-when` held: the answer itself says the work failed; the service's error says why.
    const state = held.map((a) => `${a.target} is ${a.actual}`).join(", ");
    return {
      what: FAIL_WHEN,
      why: `${state}${reported ? `: ${reported}` : ""}`,
      next: `${workFailed}${reported ? "" : " (the answer gives no error)"}`,
    };
  }
  const [first, ...rest] = failed;
  if (!first)
    return { what: `${line} → ${statusText(status)}`, why: detail, next: "see the check's evidence" };
  const more = rest.length > 0 ? `; also ${targets(rest)}` : "";
  const fromSha = (a: AssertionResult) => a.expectedFrom !== undefined && SHA_TEMPLATE.test(a.expectedFrom);
  const shaSample = first.target === "error rate" ? rest.find(fromSha) : undefined;
  if (shaSample) {
    // A sample set where some answers report another commit: old instances still take traffic.
    const share = /^(\d+(?:\.\d+)?%) \((\d+)\/(\d+)\)$/.exec(first.actual);
    const answers = share ? `${share[2]} of ${share[3]} answers (${share[1]})` : `answers (${first.actual})`;
    return {
      what: "error rate: another build answered some requests",
      why: `${answers} failed, and the new build is not the only one serving: ${shaSample.target} was ${shaSample.actual}, expected ${shaSample.expected} ({{ sha }}, the commit this run deploys)`,
      next: "an old instance is still taking traffic: check that the rollout replaced every instance and that the load balancer's targets are the new ones, then re-run",
    };
  }
  if (fromSha(first)) {
    // `$.commit: "{{ sha }}"` answered with another commit: the release is not what is serving.
    const alike = rest.filter((a) => a.expectedFrom && SHA_TEMPLATE.test(a.expectedFrom));
    const others = rest.filter((a) => !alike.includes(a));
    const also = `${alike.length > 0 ? `; ${alike.length} more expectation${alike.length > 1 ? "s" : ""} on {{ sha }} fail${alike.length > 1 ? "" : "s"} alike` : ""}${others.length > 0 ? `; also ${targets(others)}` : ""}`;
    return {
      what: `${first.target}: another build is serving`,
      why: `the new build is not the one serving: ${first.target} is ${first.actual}, expected ${first.expected} ({{ sha }}, the commit this run deploys)${redirectNote(exchange)}${also}`,
      next: "the deployment has not rolled out, was rolled back, or the base URL points at the old version: check that the new instances are up and take the traffic, then re-run",
    };
  }
  if (first.expectedFrom) {
    return {
      what: first.target,
      why: `${phrase(first)} (expected from ${first.expectedFrom})${redirectNote(exchange)}${more}`,
      next: assertionNext(first, exchange),
    };
  }
  const waited =
    polls > 1 && /not ready after/.test(detail) ? /not ready after [^:]*/.exec(detail)?.[0] : undefined;
  return {
    what: waited ? `${first.target}, ${waited}` : first.target,
    why: `${phrase(first)}${redirectNote(exchange)}${more}${reported ? ` — the answer reports: ${reported}` : ""}`,
    next: waited
      ? "the service did not get there in time: check its workers and queues; raise poll.timeout only if it is known to be slow"
      : reported
        ? workFailed
        : assertionNext(first, exchange),
  };
}

function stepDiagnosis(steps: readonly StepResult[]): Diagnosis | undefined {
  const step = failedStep(steps);
  if (!step) return undefined;
  const index = steps.indexOf(step);
  const inner = exchangeDiagnosis(
    step.exchange,
    step.assertions.filter((a) => !a.passed),
    step.assertions.filter((a) => a.passed),
    step.detail,
    step.polls ?? 0,
  );
  return {
    what: `step ${index + 1} of ${steps.length} (${oneLine(step.name, 60)})`,
    why: [inner.what === FAIL_WHEN ? "" : inner.what, inner.why].filter(Boolean).join(": "),
    next: inner.next,
  };
}

function tableNamed(check: CheckResult, title: RegExp): ResultTable | undefined {
  return check.tables?.find((t) => title.test(t.title));
}

function column(t: ResultTable, row: readonly string[], name: string): string {
  return row[t.columns.indexOf(name)] ?? "";
}

function guardDiagnosis(check: CheckResult, exchange: Exchange | undefined): Diagnosis | undefined {
  const t = tableNamed(check, /violations/i);
  if (!t) return undefined;
  const blocking = t.rows.filter((r) => column(t, r, "state") !== "ignored");
  if (blocking.length === 0) return undefined;
  const byRoute = new Map<string, string[]>();
  for (const row of blocking) {
    const route = column(t, row, "route") || "(no route)";
    byRoute.set(route, [...(byRoute.get(route) ?? []), column(t, row, "reason")]);
  }
  const why = [...byRoute]
    .map(([route, reasons]) => `${route}: ${[...new Set(reasons)].join(", ")}`)
    .join("; ");
  const [first] = blocking;
  const example = first
    ? `{ reason: ${column(t, first, "reason")}${column(t, first, "route") ? `, route: "${column(t, first, "route")}"` : ""} }`
    : "{ reason, route }";
  const answered =
    exchange?.status !== undefined && exchange.status >= 300 ? `${statusText(exchange.status)}: ` : "";
  return {
    what: `${answered}${plural(blocking.length, "blocking violation")} on ${plural(byRoute.size, "route")}`,
    why,
    next: `fix them, or acknowledge one the release accepts with the check's ignore: [${example}]`,
  };
}

function metricsDiagnosis(check: CheckResult, failed: readonly AssertionResult[]): Diagnosis | undefined {
  const t = tableNamed(check, /^(Metrics|Prometheus)/);
  const [first, ...rest] = failed;
  if (!t || !first) return undefined;
  const window = /increase over ([^)]+)/.exec(t.title)?.[1];
  const query = t.title.startsWith("Prometheus: ") ? t.title.slice("Prometheus: ".length) : undefined;
  const absent = first.actual === "absent" || first.actual === "empty";
  const more = rest.length > 0 ? ` (and ${plural(rest.length, "more series", "more series")})` : "";
  const over = window ? ` over ${window}` : "";
  return {
    what: query ? `query ${query}` : `${first.target}${over}`,
    why: absent
      ? first.message
      : `${query ? `${first.target} = ` : ""}${first.actual}, expected ${first.expected}${more}`,
    next: absent
      ? "check the metric's name and labels, and that this release still exposes it"
      : "the release breaks this objective on live traffic: find what drives it in the service's dashboards or logs before going on",
  };
}

const OWN_CAUSE_NEXT: Readonly<Record<string, string>> = {
  tls: "renew the certificate and deploy it",
  webhook: "check the webhook secret and the signing scheme the receiver expects",
  idempotency:
    "make the service bind each idempotency key to its first request and replay the original answer",
  "rate-limit": "check the rate limiter and the headers it sends",
  jwks: "fix the key set the issuer publishes",
};

/** TLS, webhook, idempotency, rate-limit and jwks checks write their own cause line; the next step follows it. */
function ownCauseDiagnosis(check: CheckResult, exchange: Exchange | undefined): Diagnosis {
  const security = /^SECURITY\b/.test(check.detail);
  let next = check.hint ?? OWN_CAUSE_NEXT[check.type] ?? "see the check's evidence";
  if (security && check.type === "webhook")
    next = "make the receiver verify signatures and timestamps before this release ships";
  if (security && check.type === "jwks")
    next = "take the private key material out of the key set now and rotate that key";
  if (check.type === "tls") {
    const where = /^TLS certificate of (.+)$/.exec(tableNamed(check, /^TLS certificate/)?.title ?? "")?.[1];
    const why = where ? check.detail.replace(`certificate of ${where} `, "") : check.detail;
    return { what: where ? `certificate of ${where}` : "TLS certificate", why, next };
  }
  const status = exchange?.status;
  return {
    what: status !== undefined && status >= 400 ? statusText(status) : security ? "SECURITY" : "",
    why: check.detail.replace(/^SECURITY: /, ""),
    next,
  };
}

/** Why a check could not reach a judgement, and what would let it reach one. */
function inconclusiveDiagnosis(check: CheckResult): Diagnosis {
  if (check.bake?.cut)
    return {
      what: "bake cut short",
      why: check.detail,
      next:
        check.bake.cut === "cancelled"
          ? "re-run the job, and let the bake finish"
          : "give the gate a longer timeout, or a shorter bake (for / every), so the bake can reach a verdict",
    };
  if (check.type === "metrics" || check.type === "prometheus")
    return {
      what: "no data",
      why: check.detail.replace(/^no data: /, ""),
      next: "send the release some traffic (or wait for it) and re-run, or judge it by hand: on-inconclusive: hold sends it for approval",
    };
  if (check.comparison === undefined && /^no baseline/.test(check.detail))
    return {
      what: "no baseline",
      why: check.detail.replace(/^no baseline: /, ""),
      next: "give baseline-url (the stable service) or baseline-report (the previous release's report)",
    };
  return { what: "", why: check.detail, next: "see the check's evidence" };
}

/** A check that passed with a warning: what is coming, and what to do before it blocks. */
function warningDiagnosis(check: CheckResult): Diagnosis {
  const warning = check.warning ?? "";
  const where = /^(certificate of \S+) /.exec(warning)?.[1];
  return {
    what: where ?? "",
    why: where ? warning.slice(where.length + 1) : warning,
    next: check.hint ?? OWN_CAUSE_NEXT[check.type] ?? "see the check's evidence",
  };
}

/** The one diagnosis of a failing check; a bake window's says how many of its runs failed first. */
export function diagnose(check: CheckResult): Diagnosis {
  const d = diagnoseRun(check);
  if (!check.bake || !isFailing(check.outcome)) return d;
  const { runs, failures, failureLimit, failAfter, decidedBy, marks } = check.bake;
  const counted = marks ? marks.filter((m) => m === "pass" || m === "fail").length : runs;
  const warmUp = marks && counted < runs ? " after warm-up" : "";
  const baked =
    decidedBy === "fail-after" && failAfter !== undefined
      ? `${failAfter} bake runs failed in a row (fail-after ${failAfter})`
      : `${failures} of ${plural(counted, "bake run")}${warmUp} failed (limit ${failureLimit})`;
  return { ...d, what: d.what ? `${baked}; the last: ${d.what}` : baked };
}

function diagnoseRun(check: CheckResult): Diagnosis {
  if (check.outcome === "passed" && check.warning !== undefined) return warningDiagnosis(check);
  if (check.outcome === "inconclusive") return inconclusiveDiagnosis(check);
  if (check.outcome === "cancelled" || /^(gate timeout|job cancelled)/.test(check.detail)) {
    return {
      what: "",
      why: check.detail,
      next:
        check.outcome === "cancelled"
          ? "re-run the job when nothing supersedes it"
          : "raise the gate's timeout, or find why this check took so long",
    };
  }
  const evidence = failureEvidence(check);
  const { exchange, failedAssertions } = evidence;
  if (check.type === "release-guard") {
    const guard = guardDiagnosis(check, exchange);
    if (guard) return guard;
  }
  if (check.steps && check.steps.length > 0 && check.type === "flow") {
    const step = stepDiagnosis(check.steps);
    if (step) return step;
  }
  if (check.type === "metrics" || check.type === "prometheus") {
    const metric = metricsDiagnosis(check, failedAssertions);
    if (metric) return metric;
  }
  if (check.type in OWN_CAUSE_NEXT) return ownCauseDiagnosis(check, exchange);
  const own = check.assertions.filter((a) => !a.passed);
  return exchangeDiagnosis(
    exchange,
    own,
    own.length === 0 ? check.assertions : [],
    check.detail,
    check.polls,
  );
}
