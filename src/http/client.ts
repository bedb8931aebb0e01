// The gate's HTTP client: per-attempt timeouts under the check's deadline, retries, redirects that
// never carry credentials to another origin, a per-host circuit breaker, and bounded, decoded bodies.

import type { IncomingMessage } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { formatDuration } from "../config/duration.js";
import type { AttemptRecord } from "../engine/results.js";
import { BodyError, bodyText, readBody } from "./body.js";
import { CircuitBreaker, type CircuitOptions } from "./circuit.js";
import { type Hop, redirectTarget } from "./redirect.js";
import {
  type AttemptOutcome,
  type BackoffOptions,
  backoffMs,
  isIdempotent,
  isRetryable,
  isStaleSocketError,
  parseRetryAfter,
  retryAfterWaitMs,
} from "./retry.js";
import { DispatchError, Transport } from "./transport.js";
import {
  type HttpClient,
  HttpFailure,
  type HttpFailureKind,
  type HttpRequest,
  type HttpResponse,
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
const MAX_TIMER_MS = 2 ** 31 - 1;
// Failures that no retry can mend.
const FINAL_FAILURES: ReadonlySet<HttpFailureKind> = new Set([
  "aborted",
  "deadline",
  "circuit-open",
  "protocol",
]);

interface Answer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  readonly truncated: boolean;
  readonly url: URL;
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

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  return new GateHttpClient(options);
}

class GateHttpClient implements HttpClient {
  private readonly transport: Transport;
  private readonly circuit: CircuitBreaker;

  constructor(private readonly options: HttpClientOptions) {
    this.transport = new Transport(options.userAgent ?? "deploy-gate");
    this.circuit = new CircuitBreaker(options.circuit);
  }

  close(): void {
    this.transport.close();
  }

  async send(request: HttpRequest): Promise<HttpResponse> {
    const attempts: AttemptRecord[] = [];
    const fail = (kind: HttpFailureKind, message: string) => new HttpFailure(kind, message, attempts);
    const url = parseHttpUrl(request.url);
    if (!url) throw fail("protocol", `not an http(s) URL: ${request.url}`);
    const idempotent = isIdempotent(request.method, request.headers);
    let retries = 0;
    let staleRetried = false;
    let freshConnection = false;
    let waitedMs = 0;
    let last: Answer | undefined;
    for (let number = 1; ; number++) {
      if (request.signal?.aborted) throw fail("aborted", abortMessage(request.signal));
      // Another request may have opened the circuit while this one waited to retry.
      const circuitOpen = this.circuit.openReason(url);
      if (circuitOpen) {
        if (last) return answerResponse(last, attempts);
        throw fail("circuit-open", circuitOpen);
      }
      const remainingMs = request.deadline - Date.now();
      if (remainingMs <= 0) {
        throw fail("deadline", `the check's deadline passed before attempt ${number} could start`);
      }

      const started = performance.now();
      const result = await this.attempt(request, url, remainingMs, freshConnection);
      const durationMs = Math.round(performance.now() - started);
      const record: AttemptRecord =
        "answer" in result
          ? { status: result.answer.status, durationMs, waitedMs }
          : { error: result.failure.message, durationMs, waitedMs };
      attempts.push(record);
      this.options.onAttempt?.({ method: request.method, url: request.url, number, record });

      const outcome = outcomeOf(result);
      last = "answer" in result ? result.answer : undefined;
      if ("failure" in result) {
        if (FINAL_FAILURES.has(result.failure.kind)) throw fail(result.failure.kind, result.failure.message);
        // The server most likely closed an idle keep-alive connection as we reused it: a request that is safe
        // to repeat gets one immediate try on a fresh connection, outside `retries`. Unkeyed writes never
        // meet this: they always go on a new connection (see attempt()), because a reset on a reused one
        // cannot tell "closed while idle" from "acted on it, then crashed".
        if (result.failure.reusedSocket && isStaleSocketError(outcome) && idempotent && !staleRetried) {
          staleRetried = true;
          freshConnection = true;
          waitedMs = 0;
          continue;
        }
      }
      freshConnection = false;

      const retry =
        retries < request.retries &&
        isRetryable(request.method, request.headers, outcome) &&
        this.circuit.openReason(url) === undefined;
      if (!retry) {
        if ("answer" in result) return answerResponse(result.answer, attempts);
        const tries = attempts.length > 1 ? ` (after ${attempts.length} attempts)` : "";
        throw fail(result.failure.kind, `${result.failure.message}${tries}`);
      }
      const wait = this.waitBefore(last, retries + 1);
      const leftMs = request.deadline - Date.now();
      if (wait.ms >= leftMs) {
        throw fail(
          "deadline",
          `${wait.reason} but the check's deadline is in ${formatDuration(Math.max(0, leftMs))}`,
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
    let readingBody = false;
    try {
      for (let redirects = 0; ; redirects++) {
        // The first hop's origin was checked before the attempt; a redirect may lead to a broken one.
        const circuitOpen = redirects > 0 ? this.circuit.openReason(hop.url) : undefined;
        if (circuitOpen) return { failure: { kind: "circuit-open", message: circuitOpen } };
        readingBody = false;
        const message = await this.transport.send({
          ...hop,
          signal: controller.signal,
          freshConnection: freshConnection || !isIdempotent(hop.method, hop.headers),
        });
        readingBody = true;
        const status = message.statusCode ?? 0;
        this.circuit.record(hop.url, status);
        const next = redirectTarget(hop, status, message.headers.location, request.sensitiveHeaders);
        if (next) {
          await readBody(message, { maxBytes: REDIRECT_BODY_BYTES });
          if (redirects === MAX_REDIRECTS) {
            const reason = `stopped after ${MAX_REDIRECTS} redirects; the next one pointed to ${next.url.href}`;
            return { failure: { kind: "protocol", message: reason } };
          }
          hop = next;
          continue;
        }
        const { body, truncated } = await readBody(message, {
          maxBytes: request.maxBodyBytes ?? this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
          contentEncoding: message.headers["content-encoding"],
        });
        return { answer: { status, headers: responseHeaders(message), body, truncated, url: hop.url } };
      }
    } catch (error) {
      if (controller.signal.aborted) {
        return { failure: abortFailure(controller.signal.reason, readingBody, timeoutMs, request.signal) };
      }
      return { failure: transportFailure(error, hop.url) };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
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
  if ("answer" in result) return { kind: "response", status: result.answer.status };
  if (result.failure.kind === "timeout") return { kind: "timeout" };
  return { kind: "error", code: result.failure.code, message: result.failure.message };
}

function answerResponse(answer: Answer, attempts: readonly AttemptRecord[]): HttpResponse {
  return {
    status: answer.status,
    headers: answer.headers,
    body: answer.body,
    text: bodyText(answer.body),
    truncated: answer.truncated,
    durationMs: attempts.at(-1)?.durationMs ?? 0,
    url: answer.url.href,
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
          ? `the body did not arrive within ${formatDuration(timeoutMs)}`
          : `no response within ${formatDuration(timeoutMs)}`,
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
