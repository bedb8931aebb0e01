import { describe, expect, it } from "vitest";
import { type AttemptOutcome, judgeAttempt, shouldRetry } from "../../src/http/transient.js";

const answer = (status: number): AttemptOutcome => ({ kind: "answer", status });
const connection = (code: string | undefined, message = "boom"): AttemptOutcome => ({
  kind: "connection",
  code,
  message,
});
const retried = (outcome: AttemptOutcome, intent = {}, idempotent = true) =>
  shouldRetry(judgeAttempt(outcome, intent), intent, idempotent);

describe("judgeAttempt: what the service did", () => {
  it("a 5xx, no connection, no answer in time and a malformed answer are service failures", () => {
    for (const outcome of [
      answer(500),
      answer(503),
      connection("ECONNREFUSED"),
      { kind: "timeout" } as const,
    ]) {
      expect(judgeAttempt(outcome).serviceFailed).toBe(true);
    }
    expect(judgeAttempt({ kind: "protocol" }).serviceFailed).toBe(true);
  });

  it("any answer below 500 is the service answering, 429 included", () => {
    for (const status of [200, 301, 400, 401, 404, 409, 429]) {
      expect(judgeAttempt(answer(status)).serviceFailed).toBe(false);
    }
  });

  it("a request held back by the circuit or cut by the deadline says nothing about the service", () => {
    expect(judgeAttempt({ kind: "held-back" }).serviceFailed).toBe(false);
    expect(judgeAttempt({ kind: "cut" }).serviceFailed).toBe(false);
  });
});

describe("judgeAttempt: what the check expected", () => {
  it("an answer the check asked for is excused, even a 503", () => {
    expect(judgeAttempt(answer(503), { expected: true })).toEqual({
      serviceFailed: true,
      excused: true,
      transient: true,
    });
  });

  it("expecting an answer does not excuse a failure that is not an answer", () => {
    expect(judgeAttempt(connection("ECONNREFUSED"), { expected: true }).excused).toBe(false);
  });

  it("a poll waits through everything: a not-yet answer and no answer at all", () => {
    for (const outcome of [answer(503), connection("ECONNREFUSED"), { kind: "timeout" } as const]) {
      expect(judgeAttempt(outcome, { waiting: true }).excused).toBe(true);
    }
  });
});

describe("shouldRetry", () => {
  it("retries transient statuses for safe methods", () => {
    for (const status of [429, 502, 503, 504]) expect(retried(answer(status))).toBe(true);
  });

  it("does not retry answers that will not change", () => {
    for (const status of [200, 400, 401, 404, 500, 501]) expect(retried(answer(status))).toBe(false);
  });

  it("retries timeouts and transient connection errors, and a request the circuit held back", () => {
    expect(retried({ kind: "timeout" })).toBe(true);
    for (const code of ["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT"]) {
      expect(retried(connection(code))).toBe(true);
    }
    expect(retried(connection(undefined, "socket hang up"))).toBe(true);
    expect(retried(connection("ENOTFOUND"))).toBe(false);
    expect(retried({ kind: "held-back" })).toBe(true);
  });

  it("never retries what the check expected, a poll, or a write without an idempotency key", () => {
    expect(retried(answer(503), { expected: true })).toBe(false);
    expect(retried(answer(503), { waiting: true })).toBe(false);
    expect(retried(connection("ECONNREFUSED"), { waiting: true })).toBe(false);
    expect(retried(answer(503), {}, false)).toBe(false);
    expect(retried({ kind: "timeout" }, {}, false)).toBe(false);
  });
});
