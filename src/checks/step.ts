// One request with its expectations: the whole of an http check, and one step of a flow.
// With `until` it polls (reacting within one interval) and `fail-when` ends the wait early.
import { setTimeout as sleep } from "node:timers/promises";
import type { AssertionResult } from "../assert/assertion-result.js";
import { allPassed, evaluateExpect } from "../assert/expect.js";
import { type Expect, expect } from "../assert/expect-schema.js";
import { parseJsonBody, queryJson } from "../assert/jsonpath.js";
import { statusMatches } from "../assert/status.js";
import { explainAnswer } from "../http/explain.js";
import type { Exchange, HttpRequest, HttpResponse } from "../http/types.js";
import { isCredentialHeader } from "../secrets/credential-headers.js";
import { formatDuration } from "../text/duration.js";
import { plural } from "../text/plural.js";
import { emptyCapturesIn, withTemplateSources } from "./expect-templates.js";
import { captures, poll, request } from "./fields.js";
import { requestLine, type Sent, send } from "./send.js";
import type { CheckContext, StepResult } from "./types.js";

export const stepFields = {
  request,
  expect: expect.optional(),
  until: expect.optional(),
  "fail-when": expect
    .refine(
      (e) => Object.keys(e).length > 0,
      "give at least one condition; an empty fail-when would always hold",
    )
    .optional(),
  poll: poll.optional(),
  capture: captures.optional(),
};

export interface StepSpec {
  readonly request: import("./fields.js").RequestSpec;
  readonly expect?: import("../assert/expect-schema.js").Expect;
  readonly until?: import("../assert/expect-schema.js").Expect;
  readonly "fail-when"?: import("../assert/expect-schema.js").Expect;
  readonly poll?: { interval: number; timeout: number };
  readonly capture?: import("./fields.js").Captures;
}

export interface StepRun {
  readonly result: StepResult;
  readonly captured: Record<string, string>;
  readonly hint?: string;
}

const DEFAULT_POLL = { interval: 2000, timeout: 120_000 };

function failedOnes(assertions: readonly AssertionResult[]): AssertionResult[] {
  return assertions.filter((a) => !a.passed);
}

function capture(
  ctx: CheckContext<unknown>,
  spec: NonNullable<StepSpec["capture"]>,
  response: HttpResponse,
): { values: Record<string, string>; errors: AssertionResult[] } {
  const values: Record<string, string> = {};
  const errors: AssertionResult[] = [];
  let parsed: ReturnType<typeof parseJsonBody> | undefined;
  for (const [name, raw] of Object.entries(spec)) {
    const rule = typeof raw === "string" ? { json: raw } : raw;
    let value: string | undefined;
    let source = "";
    if (rule.header !== undefined) {
      source = `header ${rule.header}`;
      value = response.headers[rule.header.toLowerCase()];
    } else if (rule.json !== undefined) {
      source = rule.json;
      parsed ??= parseJsonBody(response.text);
      if (parsed.ok) {
        const [node] = queryJson(parsed.value, rule.json);
        if (node !== undefined && node !== null)
          value = typeof node === "string" ? node : JSON.stringify(node);
      }
    }
    if (value === undefined) {
      errors.push({
        target: `capture ${name}`,
        expected: `a value at ${source || "(no source)"}`,
        actual: "nothing",
        passed: false,
        message: `capture ${name}: ${source || "(no source)"} matched nothing`,
      });
      continue;
    }
    const credential =
      isCredentialHeader(name) ||
      (rule.header !== undefined && isCredentialHeader(rule.header)) ||
      (rule.json !== undefined && isCredentialHeader(rule.json));
    if (rule.secret || credential) ctx.addSecret(value);
    values[name] = value;
  }
  return { values, errors };
}

/** The first failed assertion, more counted, and what the service said of an error status. */
export function describeFailure(
  sent: Sent,
  failed: readonly AssertionResult[],
): { detail: string; hint?: string } {
  const { response } = sent;
  const first = failed[0]?.message ?? "failed";
  const more = failed.length > 1 ? ` (+${failed.length - 1} more)` : "";
  if (!response || response.status < 400) return { detail: `${first}${more}` };
  const explained = explainAnswer(response);
  return {
    detail: `${first}${more}${explained.detail ? ` — ${explained.detail}` : ""}`,
    ...(explained.hint ? { hint: explained.hint } : {}),
  };
}

function stepResult(
  name: string,
  outcome: StepResult["outcome"],
  detail: string,
  started: number,
  exchange: Exchange | undefined,
  assertions: readonly AssertionResult[],
  waiting: { polls: number; waitedMs: number } | undefined,
): StepResult {
  return {
    name,
    outcome,
    detail,
    durationMs: Date.now() - started,
    ...(exchange ? { exchange } : {}),
    assertions: [...failedOnes(assertions), ...assertions.filter((a) => a.passed)],
    ...(waiting ? waiting : {}),
  };
}

/** Answers the step's `expect.status` names (even a 5xx): the client neither retries them nor counts them. */
export function namedStatuses(expectation: Expect | undefined): HttpRequest["expects"] {
  const status = expectation?.status;
  return status === undefined ? undefined : (answer) => statusMatches(status, answer.status);
}

export async function runStep(
  ctx: CheckContext<unknown>,
  raw: StepSpec,
  name: string,
  captured: Readonly<Record<string, string>> = {},
): Promise<StepRun> {
  const started = Date.now();
  const step = ctx.render(raw, captured);
  const line = requestLine(step.request);
  let waiting: { polls: number; waitedMs: number } | undefined;
  const done = (
    outcome: StepResult["outcome"],
    detail: string,
    sent: Sent | undefined,
    assertions: readonly AssertionResult[] = [],
    values: Record<string, string> = {},
    hint?: string,
  ): StepRun => ({
    result: stepResult(name, outcome, detail, started, sent?.exchange, assertions, waiting),
    captured: values,
    ...(hint ? { hint } : {}),
  });

  const empty = emptyCapturesIn([raw.expect, raw.until, raw["fail-when"]], captured);
  if (empty.length > 0) {
    const names = empty.map((n) => `{{ ${n} }}`).join(", ");
    return done(
      "failed",
      `${line}: not sent: ${names} ${empty.length > 1 ? "are" : "is"} empty (the earlier step captured an empty value), and an expectation on an empty value proves nothing`,
      undefined,
    );
  }

  let sent: Sent;
  if (step.until || step["fail-when"]) {
    const { interval, timeout } = step.poll ?? DEFAULT_POLL;
    const pollDeadline = Math.min(started + timeout, ctx.deadline);
    let polls = 0;
    let firstPoll: number | undefined;
    // The last answer that was not yet good enough: at the timeout it says why, even when the
    // final poll itself got no answer.
    let lastAnswer: { sent: Sent; waiting: AssertionResult[] } | undefined;
    let lastChance = false;
    for (;;) {
      polls++;
      // Polls start every `interval` (not `interval` after each answer), so a slow service does
      // not stretch the period and a state change is seen within one interval.
      const pollStarted = Date.now();
      firstPoll ??= pollStarted;
      waiting = { polls, waitedMs: pollStarted - firstPoll };
      sent = await send(ctx, step.request, { deadline: pollDeadline, poll: true });
      if (sent.response && step["fail-when"]) {
        const hit = await evaluateExpect(step["fail-when"], sent.response, { defaultStatus: false });
        if (allPassed(hit)) {
          const why = hit.map((a) => `${a.target} is ${a.actual}`).join(", ");
          return done("failed", `${line}: fail-when held after ${plural(polls, "poll")}: ${why}`, sent, hit);
        }
      }
      if (sent.response) {
        const notYet = withTemplateSources(
          failedOnes(await evaluateExpect(step.until, sent.response)),
          raw.until,
        );
        if (notYet.length === 0) break;
        lastAnswer = { sent, waiting: notYet };
      }
      if (ctx.signal.aborted) return done("errored", `${line}: stopped while polling`, sent);
      const notReady = (): StepRun => {
        const after = `not ready after ${formatDuration(Date.now() - started)} (${plural(polls, "poll")})`;
        if (!lastAnswer)
          return done("errored", `${line}: ${after}, no answer: ${sent.failure?.message}`, sent);
        const reason = lastAnswer.waiting[0]?.message;
        return done("failed", `${line}: ${after}: ${reason}`, lastAnswer.sent, lastAnswer.waiting);
      };
      if (lastChance) return notReady();
      let wait = Math.max(0, pollStarted + interval - Date.now());
      if (Date.now() + wait >= pollDeadline) {
        // The next regular poll would start after the timeout: one last poll just before it, so
        // the service gets the whole timeout to get there.
        const finalAt = pollDeadline - (Date.now() - pollStarted) - 10;
        if (finalAt <= Date.now() + 10) return notReady();
        wait = finalAt - Date.now();
        lastChance = true;
      }
      await sleep(wait, undefined, { signal: ctx.signal }).catch(() => undefined);
    }
  } else {
    const expects = namedStatuses(step.expect);
    sent = await send(ctx, step.request, expects ? { expects } : {});
  }

  if (!sent.response) return done("errored", `${line}: ${sent.failure?.message ?? "no response"}`, sent);
  const assertions = withTemplateSources(await evaluateExpect(step.expect, sent.response), raw.expect);
  const failed = failedOnes(assertions);
  if (failed.length > 0) {
    const { detail, hint } = describeFailure(sent, failed);
    return done("failed", detail, sent, assertions, {}, hint);
  }
  const { values, errors } = step.capture
    ? capture(ctx, step.capture, sent.response)
    : { values: {}, errors: [] };
  if (errors.length > 0)
    return done("failed", errors[0]?.message ?? "capture failed", sent, [...errors, ...assertions]);
  const answered = `${sent.response.status} in ${formatDuration(sent.response.durationMs)}`;
  const passed =
    waiting && waiting.polls > 1
      ? `${sent.response.status} after waiting ${formatDuration(waiting.waitedMs)} (${plural(waiting.polls, "poll")})`
      : answered;
  return done("passed", passed, sent, assertions, values);
}
