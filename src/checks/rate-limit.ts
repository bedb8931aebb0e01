// Rate limiting as clients depend on it: the limit headers are present and coherent, and with
// `burst: N` the limit is enforced (a 429 with Retry-After within N requests) and lifted again
// once Retry-After has passed. Bounded: at most N burst requests plus one recovery request,
// and no wait that would pass max-wait or the check's deadline.
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import type { AssertionResult } from "../assert/assertion-result.js";
import { duration } from "../assert/expect-schema.js";
import { explainAnswer } from "../http/explain.js";
import { parseRetryAfter } from "../http/retry.js";
import type { HttpResponse } from "../http/types.js";
import { formatDuration } from "../text/duration.js";
import { request } from "./fields.js";
import { requestLine, type SendOptions, type Sent, send } from "./send.js";
import type { CheckRun, CheckType } from "./types.js";

const fields = {
  request,
  "limit-header": z.string().min(1).default("x-ratelimit-limit"),
  "remaining-header": z.string().min(1).default("x-ratelimit-remaining"),
  "reset-header": z.string().min(1).default("x-ratelimit-reset"),
  burst: z.number().int().min(1).max(10_000).optional(),
  /** The longest Retry-After the check will wait out before its recovery request. */
  "max-wait": duration.default(60_000),
};

export interface LimitHeaderNames {
  readonly limit: string;
  readonly remaining: string;
  readonly reset: string;
}

const DAY_S = 86_400;
// Quotas reset at most monthly; a reset further away than this is a unit mistake.
const MAX_RESET_S = 31 * DAY_S;
// Epoch resets may lag our clock a little.
const CLOCK_SKEW_S = 60;
// Margin past Retry-After: a fixed window rounds to whole seconds on the server.
const RECOVERY_MARGIN_MS = 250;

function header(h: Readonly<Record<string, string>>, name: string): string | undefined {
  return h[name.toLowerCase()];
}

function count(value: string): number | undefined {
  return /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

/** Seconds until the reset: delta-seconds, or an epoch in seconds or milliseconds (GitHub uses epoch seconds). */
export function resetInSeconds(value: string, nowMs: number): number | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const n = Number(value);
  if (n >= 1e12) return (n - nowMs) / 1000;
  if (n >= 1e9) return n - nowMs / 1000;
  return n;
}

/** What is wrong with one response's rate-limit headers; an empty list when they are present and coherent. */
export function limitHeaderProblems(
  headers: Readonly<Record<string, string>>,
  names: LimitHeaderNames,
  nowMs: number,
): string[] {
  const missing = [names.limit, names.remaining, names.reset].filter((n) => header(headers, n) === undefined);
  if (missing.length > 0) return [`${missing.join(", ")} ${missing.length > 1 ? "are" : "is"} missing`];
  const problems: string[] = [];
  const limitText = header(headers, names.limit) ?? "";
  const remainingText = header(headers, names.remaining) ?? "";
  const resetText = header(headers, names.reset) ?? "";
  const limit = count(limitText);
  const remaining = count(remainingText);
  if (limit === undefined) problems.push(`${names.limit} is "${limitText}", not a whole number`);
  else if (limit === 0) problems.push(`${names.limit} is 0: no request could ever pass`);
  if (remaining === undefined) problems.push(`${names.remaining} is "${remainingText}", not a whole number`);
  if (limit !== undefined && remaining !== undefined && remaining > limit) {
    problems.push(`${names.remaining} (${remaining}) is above ${names.limit} (${limit})`);
  }
  const reset = resetInSeconds(resetText, nowMs);
  if (reset === undefined) problems.push(`${names.reset} is "${resetText}", not seconds or an epoch time`);
  else if (reset < -CLOCK_SKEW_S)
    problems.push(`${names.reset} (${resetText}) is ${formatDuration(-reset * 1000)} in the past`);
  else if (reset > MAX_RESET_S)
    problems.push(`${names.reset} (${resetText}) is ${Math.round(reset / DAY_S)} days away`);
  return problems;
}

interface Probe {
  readonly n: string;
  readonly sent: Sent;
}

function row(p: Probe, names: LimitHeaderNames): string[] {
  const r = p.sent.response;
  const h = r?.headers ?? {};
  return [
    p.n,
    r ? String(r.status) : (p.sent.failure?.message ?? "no answer"),
    header(h, names.limit) ?? "",
    header(h, names.remaining) ?? "",
    header(h, names.reset) ?? "",
    header(h, "retry-after") ?? "",
  ];
}

const TABLE_HEAD = 3;
const TABLE_TAIL = 10;

function table(probes: readonly Probe[], names: LimitHeaderNames) {
  const rows = probes.map((p) => row(p, names));
  const shown =
    rows.length > TABLE_HEAD + TABLE_TAIL + 1
      ? [
          ...rows.slice(0, TABLE_HEAD),
          [`… ${rows.length - TABLE_HEAD - TABLE_TAIL} more`, "", "", "", "", ""],
          ...rows.slice(-TABLE_TAIL),
        ]
      : rows;
  return [
    {
      title: "Rate-limit probes",
      columns: ["request", "status", names.limit, names.remaining, names.reset, "retry-after"],
      rows: shown,
    },
  ];
}

function is2xx(status: number): boolean {
  return status >= 200 && status < 300;
}

/**
 * A burst is sent to provoke the limit: every answer is seen as it is (no retry may hide or wait
 * out a 429), and none counts against the service's circuit, whatever the overload made it say.
 */
const BURST: SendOptions = { retries: 0, expects: () => true };

export const rateLimitCheck: CheckType<typeof fields> = {
  type: "rate-limit",
  fields,
  defaultName: (check) => `rate-limit ${requestLine(check.request)}`,
  async run(ctx): Promise<CheckRun> {
    const check = ctx.render(ctx.check);
    const spec = check.request;
    const line = requestLine(spec);
    const names = {
      limit: check["limit-header"],
      remaining: check["remaining-header"],
      reset: check["reset-header"],
    };
    const burst = check.burst;
    const probes: Probe[] = [];
    const assertions: AssertionResult[] = [];
    const finish = (
      outcome: CheckRun["outcome"],
      detail: string,
      deciding?: Sent,
      hint?: string,
    ): CheckRun => ({
      outcome,
      detail,
      ...(hint ? { hint } : {}),
      assertions,
      ...(deciding ? { exchange: deciding.exchange } : {}),
      tables: table(probes, names),
    });
    // Under a burst every answer must be seen as it is: no client-side retry may hide (or wait out) a 429.
    const probe = async (n: string): Promise<Sent> => {
      const sent = await send(ctx, spec, burst === undefined ? {} : BURST);
      probes.push({ n, sent });
      return sent;
    };
    const unexpected = (sent: Sent, response: HttpResponse, what: string) => {
      const explained = explainAnswer(response);
      assertions.push({
        target: `${what} status`,
        expected: "2xx",
        actual: String(response.status),
        passed: false,
        message: `${what} answered ${response.status}`,
      });
      return finish(
        "failed",
        `${what} answered ${response.status}, expected 2xx${explained.detail ? ` — ${explained.detail}` : ""}`,
        sent,
        explained.hint,
      );
    };
    const incoherent = (sent: Sent, response: HttpResponse, what: string): CheckRun | undefined => {
      const problems = limitHeaderProblems(response.headers, names, Date.now());
      if (problems.length === 0) return undefined;
      for (const p of problems)
        assertions.push({
          target: "rate-limit headers",
          expected: "present and coherent",
          actual: p,
          passed: false,
          message: p,
        });
      return finish("failed", `${what}: ${problems.join("; ")}`, sent);
    };

    if (burst === undefined) {
      const sent = await probe("1");
      const { response } = sent;
      if (!response) return finish("errored", `${line}: ${sent.failure?.message ?? "no response"}`, sent);
      if (!is2xx(response.status)) return unexpected(sent, response, line);
      const wrong = incoherent(sent, response, line);
      if (wrong) return wrong;
      const h = response.headers;
      const resetMs = Math.max(0, (resetInSeconds(header(h, names.reset) ?? "", Date.now()) ?? 0) * 1000);
      return finish(
        "passed",
        `${header(h, names.remaining)} of ${header(h, names.limit)} left, resets in ${formatDuration(resetMs)}`,
        sent,
      );
    }

    let limited: { sent: Sent; response: HttpResponse; n: number } | undefined;
    let last: Sent | undefined;
    for (let n = 1; n <= burst && !limited; n++) {
      const sent = await probe(`burst ${n}/${burst}`);
      last = sent;
      const { response } = sent;
      if (!response)
        return finish(
          "errored",
          `${line} (burst request ${n}): ${sent.failure?.message ?? "no response"}`,
          sent,
        );
      if (response.status === 429) limited = { sent, response, n };
      else if (!is2xx(response.status)) return unexpected(sent, response, `burst request ${n} of ${burst}`);
      else {
        const wrong = incoherent(sent, response, `burst request ${n} of ${burst}`);
        if (wrong) return wrong;
      }
    }
    if (!limited) {
      const h = last?.response?.headers ?? {};
      const left = header(h, names.remaining);
      assertions.push({
        target: "burst",
        expected: "a 429",
        actual: `no 429 in ${burst} requests`,
        passed: false,
        message: "the limit is not enforced",
      });
      return finish(
        "failed",
        `no 429 after a burst of ${burst} requests${left !== undefined ? ` (the last answer still said ${names.remaining}: ${left})` : ""}: the limit is not enforced`,
        last,
      );
    }

    const { response: tooMany, n } = limited;
    const retryAfter = header(tooMany.headers, "retry-after");
    const waitMs = parseRetryAfter(retryAfter, Date.now());
    if (retryAfter === undefined || waitMs === undefined) {
      const why =
        retryAfter === undefined ? "without Retry-After" : `with an unreadable Retry-After: "${retryAfter}"`;
      assertions.push({
        target: "header retry-after",
        expected: "seconds or an HTTP date",
        actual: retryAfter ?? "missing",
        passed: false,
        message: `429 ${why}`,
      });
      return finish(
        "failed",
        `429 after ${n} of ${burst} requests, but ${why}: clients cannot tell when to come back`,
        limited.sent,
      );
    }
    const wait = waitMs + RECOVERY_MARGIN_MS;
    if (waitMs > check["max-wait"]) {
      return finish(
        "failed",
        `429 after ${n} of ${burst} requests, but Retry-After asks for ${formatDuration(waitMs)}, more than max-wait ${formatDuration(check["max-wait"])}: recovery not verified`,
        limited.sent,
      );
    }
    const left = ctx.deadline - Date.now();
    if (wait >= left) {
      return finish(
        "failed",
        `429 after ${n} of ${burst} requests; Retry-After asks for ${formatDuration(waitMs)} but the check's deadline is in ${formatDuration(Math.max(0, left))}: recovery not verified`,
        limited.sent,
      );
    }
    ctx.log(`429 after ${n} requests; waiting ${formatDuration(wait)} (Retry-After: ${retryAfter})`);
    await sleep(wait, undefined, { signal: ctx.signal }).catch(() => undefined);
    if (ctx.signal.aborted) return finish("errored", "stopped while waiting out Retry-After", limited.sent);

    const sent = await probe("recovery");
    const { response } = sent;
    if (!response)
      return finish("errored", `${line} (recovery): ${sent.failure?.message ?? "no response"}`, sent);
    const recovered = is2xx(response.status);
    assertions.push({
      target: "recovery status",
      expected: "2xx",
      actual: String(response.status),
      passed: recovered,
      message: recovered ? `recovered with ${response.status}` : `still ${response.status} after Retry-After`,
    });
    if (!recovered) {
      const still =
        response.status === 429
          ? `still 429 (Retry-After: ${header(response.headers, "retry-after") ?? "none"})`
          : `answered ${response.status}`;
      return finish(
        "failed",
        `no recovery: after waiting out Retry-After: ${retryAfter} (${formatDuration(wait)}) the service ${still}`,
        sent,
      );
    }
    return finish(
      "passed",
      `429 after ${n} of ${burst} requests with Retry-After: ${retryAfter}; recovered with ${response.status} after ${formatDuration(wait)}`,
      sent,
    );
  },
};
