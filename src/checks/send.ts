// Turns a rendered request spec into an HTTP request: URL joined to the base URL (keeping
// its path), default headers merged (null removes one), one body encoded.

import type { Exchange, TemplateUse } from "../http/types.js";
import { HttpFailure, type HttpRequest, type HttpResponse } from "../http/types.js";
import type { RequestSpec } from "./fields.js";
import type { CheckContext } from "./types.js";

const EXCERPT_BYTES = 2048;

export interface Sent {
  readonly response?: HttpResponse;
  readonly failure?: HttpFailure;
  readonly exchange: Exchange;
}

/** `https://h/api` + `/health` → `https://h/api/health`; absolute URLs are kept. */
export function joinUrl(baseUrl: string, path: string): string {
  if (/^https?:\/\//i.test(path)) return path;
  return `${baseUrl.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

export function buildUrl(baseUrl: string, spec: RequestSpec): string {
  const url = new URL(spec.url ?? joinUrl(baseUrl, spec.path ?? "/"));
  for (const [k, v] of Object.entries(spec.query ?? {})) url.searchParams.append(k, String(v));
  return url.toString();
}

export function mergeHeaders(
  defaults: Readonly<Record<string, string>>,
  ...layers: (Readonly<Record<string, string | null>> | undefined)[]
): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const [k, v] of Object.entries(defaults)) out.set(k.toLowerCase(), [k, v]);
  for (const layer of layers) {
    for (const [k, v] of Object.entries(layer ?? {})) {
      if (v === null) out.delete(k.toLowerCase());
      else out.set(k.toLowerCase(), [k, v]);
    }
  }
  return Object.fromEntries(out.values());
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The config's default headers carry the deployed service's credentials: they go only to the
 * base URL's origin, for the same reason a redirect to another host drops them. Headers a
 * check sets itself go wherever it sends them.
 */
export function defaultHeadersFor(
  url: string,
  baseUrl: string,
  defaults: Readonly<Record<string, string>>,
): Readonly<Record<string, string>> {
  return originOf(url) === originOf(baseUrl) ? defaults : {};
}

function hasHeader(headers: Record<string, string>, name: string): boolean {
  return Object.keys(headers).some((k) => k.toLowerCase() === name);
}

function encodeBody(spec: RequestSpec, headers: Record<string, string>): string | undefined {
  if (spec.json !== undefined) {
    if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "application/json";
    return JSON.stringify(spec.json);
  }
  if (spec.form !== undefined) {
    if (!hasHeader(headers, "content-type")) headers["Content-Type"] = "application/x-www-form-urlencoded";
    return new URLSearchParams(
      Object.entries(spec.form).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
  }
  if (spec.body !== undefined && !hasHeader(headers, "content-type")) headers["Content-Type"] = "text/plain";
  return spec.body;
}

/**
 * The first 2 KB of a body, redacted before it is cut: a secret straddling the cut would
 * otherwise leave its first characters behind, unrecognisable to a later redaction pass.
 */
export function excerpt(text: string, redact: (text: string) => string, truncated = false): string {
  const clean = redact(text.length > EXCERPT_BYTES * 4 ? text.slice(0, EXCERPT_BYTES * 4) : text);
  const cut = clean.length > EXCERPT_BYTES;
  const head = cut ? clean.slice(0, EXCERPT_BYTES) : clean;
  return cut || truncated || text.length > EXCERPT_BYTES * 4 ? `${head}\n… (body cut)` : head;
}

export function toExchange(
  method: string,
  url: string,
  sent: { response?: HttpResponse; failure?: HttpFailure },
  redact: (text: string) => string,
  credentials: readonly TemplateUse[] = [],
): Exchange {
  const { response, failure } = sent;
  const used = credentials.length > 0 ? { credentials } : {};
  if (response) {
    const answeredBy = response.url || url;
    return {
      method,
      url: answeredBy,
      ...(answeredBy !== url ? { requestedUrl: url } : {}),
      ...(response.redirects?.length ? { redirects: response.redirects } : {}),
      ...used,
      status: response.status,
      responseHeaders: response.headers,
      bodyExcerpt: excerpt(response.text, redact, response.truncated),
      durationMs: response.durationMs,
      attempts: response.attempts,
    };
  }
  return {
    method,
    url,
    ...used,
    durationMs: failure?.attempts.at(-1)?.durationMs ?? 0,
    attempts: failure?.attempts ?? [],
    error: failure?.message ?? "no response",
    failure: failure?.kind ?? "protocol",
  };
}

export interface SendOptions {
  /** Extra headers that win over the spec's (idempotency keys, signatures), matched without case. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Raw body that replaces the spec's body. */
  readonly body?: string;
  readonly deadline?: number;
  /** Overrides `ctx.request.retries` (a rate-limit burst must see every 429 as it is). */
  readonly retries?: number;
  /** A poll: the check waits through not-yet answers and failures (src/http/transient.ts). */
  readonly poll?: boolean;
  /** Answers the check asked for, even a 5xx: not retried, not counted against the service. */
  readonly expects?: HttpRequest["expects"];
}

/**
 * The secrets and variables, by name, that templates put into the headers and URL being sent:
 * what a 401's next step names (`check or rotate secrets.REPORTING_TOKEN`).
 */
function templateUses(
  ctx: CheckContext<unknown>,
  spec: RequestSpec,
  headers: Readonly<Record<string, string>>,
): TemplateUse[] {
  const uses: TemplateUse[] = [];
  const add = (value: string | undefined, where: Omit<TemplateUse, "from">) => {
    if (value === undefined) return;
    for (const from of ctx.namesIn(value)) {
      if (!uses.some((u) => u.from === from && u.header === where.header && u.query === where.query))
        uses.push({ ...where, from });
    }
  };
  for (const [name, value] of Object.entries(headers)) add(value, { header: name });
  add(spec.url, {});
  add(spec.path, {});
  for (const [name, value] of Object.entries(spec.query ?? {})) add(String(value), { query: name });
  return uses;
}

/** Sends one request (with the client's retries); never throws for HTTP-level problems. */
export async function send(
  ctx: CheckContext<unknown>,
  spec: RequestSpec,
  options: SendOptions = {},
): Promise<Sent> {
  let url: string;
  try {
    url = buildUrl(ctx.baseUrl, spec);
  } catch {
    const failure = new HttpFailure("protocol", `invalid URL: ${spec.url ?? spec.path}`, []);
    return {
      failure,
      exchange: toExchange(spec.method, String(spec.url ?? spec.path), { failure }, ctx.redact),
    };
  }
  const headers = mergeHeaders(defaultHeadersFor(url, ctx.baseUrl, ctx.request.headers), spec.headers);
  let body = encodeBody(spec, headers);
  if (options.body !== undefined) body = options.body;
  const finalHeaders = mergeHeaders(headers, options.headers);
  const credentials = templateUses(ctx, spec, finalHeaders);
  try {
    const response = await ctx.http.send({
      method: spec.method,
      url,
      headers: finalHeaders,
      ...(body !== undefined ? { body } : {}),
      timeoutMs: ctx.request.timeoutMs,
      retries: options.retries ?? ctx.request.retries,
      deadline: Math.min(options.deadline ?? ctx.deadline, ctx.deadline),
      signal: ctx.signal,
      sensitiveHeaders: Object.entries(finalHeaders)
        .filter(([, value]) => ctx.containsSecret(value))
        .map(([name]) => name),
      ...(options.poll ? { waiting: true } : {}),
      ...(options.expects ? { expects: options.expects } : {}),
    });
    return { response, exchange: toExchange(spec.method, url, { response }, ctx.redact, credentials) };
  } catch (error) {
    const failure =
      error instanceof HttpFailure
        ? error
        : new HttpFailure("protocol", (error as Error).message ?? String(error), []);
    return { failure, exchange: toExchange(spec.method, url, { failure }, ctx.redact, credentials) };
  }
}

export function requestLine(spec: RequestSpec): string {
  return `${spec.method} ${spec.url ?? spec.path}`;
}
