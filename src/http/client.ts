// The gate's HTTP client: per-attempt timeouts under the check's deadline, retries, redirects that
// never carry credentials to another origin, a per-origin circuit breaker, and bounded, decoded bodies.
// What counts as a transient failure is decided once, in transient.ts.

import { type IncomingMessage, STATUS_CODES } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { formatDuration, MAX_DURATION_MS } from "../text/duration.js";
import { BodyError, bodyText, readBody } from "./body.js";
import { type Admission, CircuitBreaker, type CircuitOptions } from "./circuit.js";
import { type Hop, redirectTarget } from "./redirect.js";
import {
  type BackoffOptions,
  backoffMs,
  isIdempotent,
  isStaleSocketError,
  parseRetryAfter,
  retryAfterWaitMs,
} from "./retry.js";
import { type AttemptOutcome, judgeAttempt, shouldRetry } from "./transient.js";
import { DispatchError, Transport } from "./transport.js";
import {
  type AttemptRecord,
  type HttpClient,
  HttpFailure,
  type HttpFailureKind,
  type HttpRequest,
  type HttpResponse,
  type OriginRecord,
  type Redirect,
} from "./types.js";

export interface AttemptEvent {
  readonly method: string;
  readonly url: string;
  /** 1 for the first attempt. */
  readonly number: number;
  readonly record: AttemptRecord;
}

export interface HttpClientOptions {
  /** Decoded body bytes kept per response (default 10 MiB); a request may set its own. */
  readonly maxBodyBytes?: number;
  readonly circuit?: CircuitOptions;
  readonly backoff?: BackoffOptions;
  /** Sent unless the request sets its own User-Agent. */
  readonly userAgent?: string;
  /** Called after every attempt, for progress logs. */
  readonly onAttempt?: (event: AttemptEvent) => void;
}

const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;
// A redirect's own body is read only to free its connection.
const REDIRECT_BODY_BYTES = 64 * 1024;
// Longer timers overflow and fire at once.
const MAX_TIMER_MS = MAX_DURATION_MS;
// Failures that no retry can mend.
const FINAL_FAILURES: ReadonlySet<HttpFailureKind> = new Set(["aborted", "deadline", "protocol"]);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  /** The body as text, decoded once for the request's `expects` and the response. */
  readonly text: string;
  readonly truncated: boolean;
  readonly url: URL;
  /** Every hop before `url` that answered with a redirect, in order. */
  readonly redirects: readonly Redirect[];
  /** The check said it expects this answer (`request.expects`): judged once per attempt. */
  readonly expected: boolean;
}

interface AttemptFailure {
  readonly kind: HttpFailureKind;
  readonly message: string;
  readonly code?: string;
  /** The request went out on a pooled keep-alive connection. */
  readonly reusedSocket?: boolean;
}

type AttemptResult = { readonly answer: Answer } | { readonly failure: AttemptFailure };

/** Why an attempt's own controller fired. */
type AbortCause = "timeout" | "deadline" | "aborted";

interface OriginTally {
  answered: number;
  unanswered: number;
  unansweredSinceLastAnswer: number;
  lastError?: string;
  lastFailure?: HttpFailureKind;
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return new GateHttpClient(options);
}

class GateHttpClient implements HttpClient {
  private readonly transport: Transport;
  private readonly circuit: CircuitBreaker;
  private readonly seen = new Map<string, OriginTally>();

  constructor(private readonly options: HttpClientOptions) {
    this.transport = new Transport(options.userAgent ?? "deploy-gate");
    this.circuit = new CircuitBreaker(options.circuit);
  }

  close(): void {
    this.transport.close();
  }

  origins(): OriginRecord[] {
    const circuits = this.circuit.records();
    return [...this.seen].map(([origin, t]) => {
      const circuit = circuits.get(origin);
      return {
        origin,
        answered: t.answered,
        unanswered: t.unanswered,
        unansweredSinceLastAnswer: t.unansweredSinceLastAnswer,
        ...(t.lastError !== undefined ? { lastError: t.lastError } : {}),
        ...(t.lastFailure !== undefined ? { lastFailure: t.lastFailure } : {}),
        ...(circuit ? { circuit } : {}),
      };
    });
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const attempts: AttemptRecord[] = [];
    const fail = (kind: HttpFailureKind, message: string) => new HttpFailure(kind, message, attempts);
    const url = parseHttpUrl(request.url);
    if (!url) throw fail("protocol", `not an http(s) URL: ${request.url}`);
    const intent = { waiting: Boolean(request.waiting) };
    const idempotent = isIdempotent(request.method, request.headers);
    let retries = 0;
    let staleRetried = false;
    let freshConnection = false;
    let waitedMs = 0;
    for (let number = 1; ; number++) {
      if (request.signal?.aborted) throw fail("aborted", abortMessage(request.signal));
      const remainingMs = request.deadline - Date.now();
      if (remainingMs <= 0) {
        throw fail("deadline", `the check's deadline passed before attempt ${number} could start`);
      }

      const admission = this.circuit.admit(url);
      if (!admission.go) {
        const heldAt = Date.now();
        attempts.push({ error: admission.reason, failure: "held-back", durationMs: 0, waitedMs });
        // A held-back request was never sent, so waiting does no harm and is no retry: it waits
        // for the circuit's next decision once (the cool-down's end, then the probe's answer),
        // unless a probe already confirmed the failure. A poll does not wait: its next poll is
        // its next chance.
        if (request.waiting || admission.confirmed) throw fail("held-back", admission.reason);
        const decided = await this.awaitDecision(admission, request);
        if (decided === "deadline") {
          throw fail(
            "held-back",
            `${admission.reason}; the check's deadline comes before the circuit's next probe`,
          );
        }
        if (decided === "aborted") throw fail("aborted", abortMessage(request.signal));
        waitedMs = Date.now() - heldAt;
        continue;
      }
      const started = performance.now();
      const result = await this.attempt(request, url, remainingMs, freshConnection, admission.probe);
      const durationMs = Math.round(performance.now() - started);
      const record: AttemptRecord =
        "answer" in result
          ? { status: result.answer.status, durationMs, waitedMs }
          : { error: result.failure.message, failure: result.failure.kind, durationMs, waitedMs };
      attempts.push(record);
      this.options.onAttempt?.({ method: request.method, url: request.url, number, record });

      const outcome = outcomeOf(result);
      const answer = "answer" in result ? result.answer : undefined;
      const judgement = judgeAttempt(outcome, { ...intent, expected: answer?.expected ?? false });
      if ("failure" in result) {
        if (FINAL_FAILURES.has(result.failure.kind)) throw fail(result.failure.kind, result.failure.message);
        // The server most likely closed an idle keep-alive connection as we reused it: a request that is safe
        // to repeat gets one immediate try on a fresh connection, outside `retries`. Unkeyed writes never
        // meet this: they always go on a new connection (see attempt()), because a reset on a reused one
        // cannot tell "closed while idle" from "acted on it, then crashed".
        if (result.failure.reusedSocket && isStaleSocketError(outcome) && idempotent && !staleRetried) {
          staleRetried = true;
          attempts[attempts.length - 1] = { ...record, staleConnection: true };
          freshConnection = true;
          waitedMs = 0;
          continue;
        }
      }
      freshConnection = false;

      if (retries >= request.retries || !shouldRetry(judgement, intent, idempotent)) {
        if ("answer" in result) return answerResponse(result.answer, attempts);
        throw fail(result.failure.kind, result.failure.message);
      }
      const wait = this.waitBefore(answer, retries + 1);
      const leftMs = request.deadline - Date.now();
      if (wait.ms >= leftMs) {
        throw fail(
          "deadline",
          `${describeOutcome(outcome)}: ${wait.reason} but the check's deadline is in ${formatDuration(Math.max(0, leftMs))}`,
        );
      }
      try {
        await delay(wait.ms, undefined, { signal: request.signal });
      } catch {
        throw fail("aborted", abortMessage(request.signal));
      }
      retries++;
      waitedMs = wait.ms;
    }
  }

  /** One try: the request and the redirects it leads to, under one timer. */
  private async attempt(
    request: HttpRequest,
    url: URL,
    remainingMs: number,
    freshConnection: boolean,
    probe: boolean,
  ): Promise<AttemptResult> {
    const controller = new AbortController();
    const timeoutMs = Math.min(request.timeoutMs, remainingMs, MAX_TIMER_MS);
    const timeoutCause: AbortCause = request.timeoutMs <= remainingMs ? "timeout" : "deadline";
    const timer = setTimeout(() => controller.abort(timeoutCause), timeoutMs);
    const onAbort = () => controller.abort("aborted" satisfies AbortCause);
    request.signal?.addEventListener("abort", onAbort);
    let hop: Hop = {
      method: request.method.toUpperCase(),
      url,
      headers: withDefaults(request.headers),
      body: request.body,
    };
    // Only the first hop can be the origin's probe; a redirect's hop asks its own origin.
    let hopIsProbe = probe;
    let readingBody = false;
    const hops: Redirect[] = [];
    let result: AttemptResult;
    try {
      for (let redirects = 0; ; redirects++) {
        if (redirects > 0) {
          // A redirect may lead to an origin whose circuit is open.
          const admission = this.circuit.admit(hop.url);
          if (!admission.go) return { failure: { kind: "held-back", message: admission.reason } };
          hopIsProbe = admission.probe;
        }
        readingBody = false;
        const message = await this.transport.send({
          ...hop,
          signal: controller.signal,
          freshConnection: freshConnection || !isIdempotent(hop.method, hop.headers),
        });
        readingBody = true;
        const status = message.statusCode ?? 0;
        const next = redirectTarget(hop, status, message.headers.location, request.sensitiveHeaders);
        if (next) {
          await readBody(message, { maxBytes: REDIRECT_BODY_BYTES });
          this.settle(hop.url, { kind: "answer", status }, request, false, hopIsProbe);
          hopIsProbe = false;
          if (redirects === MAX_REDIRECTS) {
            const reason = `stopped after ${MAX_REDIRECTS} redirects; the next one pointed to ${next.url.href}`;
            return { failure: { kind: "protocol", message: reason } };
          }
          hops.push({ url: hop.url.href, status });
          hop = next;
          continue;
        }
        const { body, truncated } = await readBody(message, {
          maxBytes: request.maxBodyBytes ?? this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
          contentEncoding: message.headers["content-encoding"],
        });
        const text = bodyText(body);
        result = {
          answer: {
            status,
            headers: responseHeaders(message),
            body,
            text,
            truncated,
            url: hop.url,
            redirects: hops,
            expected: request.expects?.({ status, text }) ?? false,
          },
        };
        break;
      }
    } catch (error) {
      result = {
        failure: controller.signal.aborted
          ? abortFailure(controller.signal.reason, readingBody, timeoutMs, request.signal)
          : transportFailure(error, hop.url),
      };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
    }
    this.settle(
      hop.url,
      outcomeOf(result),
      request,
      "answer" in result && result.answer.expected,
      hopIsProbe,
    );
    return result;
  }

  /** What an attempt that was sent tells the circuit and the origin's tally. */
  private settle(
    url: URL,
    outcome: AttemptOutcome,
    request: HttpRequest,
    expected: boolean,
    probe: boolean,
  ): void {
    if (outcome.kind === "cut") {
      if (probe) this.circuit.abandonProbe(url);
      return;
    }
    const judgement = judgeAttempt(outcome, { waiting: Boolean(request.waiting), expected });
    const what = describeOutcome(outcome);
    this.circuit.record(url, judgement, what, probe);
    let tally = this.seen.get(url.origin);
    if (!tally) {
      tally = { answered: 0, unanswered: 0, unansweredSinceLastAnswer: 0 };
      this.seen.set(url.origin, tally);
    }
    if (outcome.kind === "answer") {
      tally.answered++;
      tally.unansweredSinceLastAnswer = 0;
      delete tally.lastError;
      delete tally.lastFailure;
    } else {
      tally.unanswered++;
      tally.unansweredSinceLastAnswer++;
      tally.lastError = what;
      tally.lastFailure = outcome.kind;
    }
  }

  /**
   * Waits until an open circuit decides: another answer closes it or the probe in flight is
   * answered (`decided`), or the cool-down ends and a probe may go.
   */
  private async awaitDecision(
    held: Extract<Admission, { go: false }>,
    request: HttpRequest,
  ): Promise<"decided" | "cool-down-over" | "deadline" | "aborted"> {
    const leftMs = request.deadline - Date.now();
    if (!held.probing && held.retryInMs >= leftMs) return "deadline";
    const stop = new AbortController();
    const signal = request.signal ? AbortSignal.any([request.signal, stop.signal]) : stop.signal;
    const timer = held.probing
      ? delay(Math.max(0, leftMs), "deadline" as const, { signal })
      : delay(held.retryInMs, "cool-down-over" as const, { signal });
    try {
      return await Promise.race([held.decided.then(() => "decided" as const), timer]);
    } catch {
      return "aborted";
    } finally {
      // The losing timer must not keep the process alive.
      stop.abort();
    }
  }

  private waitBefore(answer: Answer | undefined, retry: number): { ms: number; reason: string } {
    const retryAfterMs = parseRetryAfter(answer?.headers["retry-after"], Date.now());
    if (retryAfterMs !== undefined) {
      return {
        ms: retryAfterWaitMs(retryAfterMs, this.options.backoff),
        reason: `Retry-After asks for ${formatDuration(retryAfterMs)}`,
      };
    }
    const ms = backoffMs(retry, this.options.backoff);
    return { ms, reason: `retry ${retry} is due in ${formatDuration(ms)}` };
  }
}

function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

// Compressed answers are decoded anyway, so ask for them, as browsers do.
function withDefaults(headers: Readonly<Record<string, string>>): Record<string, string> {
  const named = Object.keys(headers).some((name) => name.toLowerCase() === "accept-encoding");
  return named ? { ...headers } : { ...headers, "accept-encoding": "gzip, deflate, br" };
}

function outcomeOf(result: AttemptResult): AttemptOutcome {
  if ("answer" in result) return { kind: "answer", status: result.answer.status };
  const { kind, code, message } = result.failure;
  switch (kind) {
    case "timeout":
      return { kind: "timeout" };
    case "connection":
      return { kind: "connection", code, message };
    case "protocol":
      return { kind: "protocol" };
    case "held-back":
      return { kind: "held-back" };
    case "deadline":
    case "aborted":
      return { kind: "cut" };
  }
}

/** A failure in a few words, for the circuit's reason and the origin's last error. */
function describeOutcome(outcome: AttemptOutcome): string {
  switch (outcome.kind) {
    case "answer":
      return STATUS_CODES[outcome.status]
        ? `${outcome.status} ${STATUS_CODES[outcome.status]}`
        : String(outcome.status);
    case "timeout":
      return "no answer in time";
    case "connection":
      return outcome.message;
    case "protocol":
      return "a malformed answer";
    case "held-back":
      return "held back";
    case "cut":
      return "cut short";
  }
}

function answerResponse(answer: Answer, attempts: readonly AttemptRecord[]): HttpResponse {
  return {
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    text: answer.text,
    truncated: answer.truncated,
    durationMs: attempts.at(-1)?.durationMs ?? 0,
    url: answer.url.href,
    ...(answer.redirects.length > 0 ? { redirects: answer.redirects } : {}),
    attempts,
  };
}

// Node already lower-cases names and joins repeats with ", "; only set-cookie stays a list.
function responseHeaders(message: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join("\n") : value;
  }
  return headers;
}

function abortMessage(signal: AbortSignal | undefined): string {
  const reason: unknown = signal?.reason;
  if (typeof reason === "string" && reason !== "") return `request aborted: ${reason}`;
  if (reason instanceof Error && reason.name !== "AbortError") return `request aborted: ${reason.message}`;
  return "request aborted";
}

function abortFailure(
  cause: AbortCause,
  readingBody: boolean,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): AttemptFailure {
  switch (cause) {
    case "timeout":
      return {
        kind: "timeout",
        message: readingBody
          ? `timed out: the body did not arrive within the ${formatDuration(timeoutMs)} request timeout`
          : `timed out: no response within the ${formatDuration(timeoutMs)} request timeout`,
      };
    case "deadline":
      return {
        kind: "deadline",
        message: `the check's deadline passed while waiting for ${readingBody ? "the body" : "a response"}`,
      };
    case "aborted":
      return { kind: "aborted", message: abortMessage(signal) };
  }
}

function transportFailure(error: unknown, url: URL): AttemptFailure {
  if (error instanceof BodyError) {
    if (error.stage === "decode") return { kind: "protocol", message: error.message };
    return { kind: "connection", message: error.message, code: (error.cause as NodeJS.ErrnoException).code };
  }
  if (!(error instanceof DispatchError)) {
    return { kind: "connection", message: error instanceof Error ? error.message : String(error) };
  }
  const { code, reusedSocket } = error;
  if (code?.startsWith("HPE_")) {
    return { kind: "protocol", message: `${url.host} sent a malformed HTTP response: ${error.message}` };
  }
  const base = { kind: "connection" as const, code, reusedSocket };
  switch (code) {
    case "ECONNREFUSED":
      return { ...base, message: `connection refused by ${url.host} (ECONNREFUSED)` };
    case "ENOTFOUND":
      return { ...base, message: `cannot resolve host ${url.hostname} (ENOTFOUND)` };
    case "ECONNRESET":
    case "EPIPE": {
      const where = reusedSocket ? ", on a reused keep-alive connection" : "";
      return { ...base, message: `${url.host} closed the connection before answering (${code}${where})` };
    }
    default:
      return { ...base, message: error.message };
  }
}
