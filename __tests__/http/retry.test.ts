import { describe, expect, it } from "vitest";
import {
  backoffMs,
  isIdempotent,
  isStaleSocketError,
  parseRetryAfter,
  retryAfterWaitMs,
} from "../../src/http/retry.js";

describe("backoffMs", () => {
  it("doubles the ceiling per retry, from baseMs", () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((retry) => backoffMs(retry, { baseMs: 100 }, top))).toEqual([99, 199, 399, 799]);
  });

  it("never exceeds maxMs", () => {
    expect(backoffMs(30, { baseMs: 200, maxMs: 5000 }, () => 0.999_999)).toBe(4999);
  });

  it("draws uniformly below the ceiling (full jitter)", () => {
    expect(backoffMs(3, { baseMs: 100 }, () => 0)).toBe(0);
    expect(backoffMs(3, { baseMs: 100 }, () => 0.5)).toBe(200);
  });

  it("defaults to 200ms base and 5s max", () => {
    expect(backoffMs(1, {}, () => 0.5)).toBe(100);
    expect(backoffMs(10, {}, () => 0.5)).toBe(2500);
  });

  it("stays within [0, ceiling) for any random draw", () => {
    for (let i = 0; i < 200; i++) {
      const ms = backoffMs(4, { baseMs: 50 });
      expect(ms).toBeGreaterThanOrEqual(0);
      expect(ms).toBeLessThan(400);
    }
  });
});

describe("parseRetryAfter", () => {
  const now = Date.parse("2025-01-01T12:00:00Z");

  it("reads delta-seconds", () => {
    expect(parseRetryAfter("30", now)).toBe(30_000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date relative to now", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 12:00:05 GMT", now)).toBe(5000);
  });

  it("clamps a date in the past to 0", () => {
    expect(parseRetryAfter("Wed, 01 Jan 2025 11:00:00 GMT", now)).toBe(0);
  });

  it("gives undefined for absent or unreadable values", () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter("-5", now)).toBeUndefined();
    expect(parseRetryAfter("1.5", now)).toBeUndefined();
    expect(parseRetryAfter("", now)).toBeUndefined();
  });
});

describe("retryAfterWaitMs", () => {
  it("adds at most one backoff base of jitter", () => {
    expect(retryAfterWaitMs(1000, { baseMs: 100 }, () => 0)).toBe(1000);
    expect(retryAfterWaitMs(1000, { baseMs: 100 }, () => 0.999_999)).toBe(1099);
  });
});

describe("isIdempotent", () => {
  it("accepts safe methods in any case", () => {
    for (const method of ["GET", "head", "Options"]) expect(isIdempotent(method, {})).toBe(true);
  });

  it("accepts a write that carries an idempotency key, in any case", () => {
    expect(isIdempotent("POST", { "Idempotency-Key": "k1" })).toBe(true);
    expect(isIdempotent("PUT", { "x-idempotency-key": "k1" })).toBe(true);
  });

  it("refuses other writes", () => {
    expect(isIdempotent("POST", { "content-type": "application/json" })).toBe(false);
    expect(isIdempotent("DELETE", {})).toBe(false);
  });
});

describe("isStaleSocketError", () => {
  it("recognises what a closed keep-alive socket fails with", () => {
    expect(isStaleSocketError({ kind: "connection", code: "ECONNRESET", message: "read ECONNRESET" })).toBe(
      true,
    );
    expect(isStaleSocketError({ kind: "connection", code: "EPIPE", message: "write EPIPE" })).toBe(true);
    expect(isStaleSocketError({ kind: "connection", code: undefined, message: "socket hang up" })).toBe(true);
    expect(isStaleSocketError({ kind: "connection", code: "ECONNREFUSED", message: "refused" })).toBe(false);
    expect(isStaleSocketError({ kind: "timeout" })).toBe(false);
  });
});
