// Rate limits against a real fixed-window limiter on 127.0.0.1, and the ways real ones break:
// no enforcement, no Retry-After, no recovery, missing or incoherent headers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { limitHeaderProblems, resetInSeconds } from "../../src/checks/rate-limit.js";
import { json, runChecks, startServer, type TestServer } from "../support/gate.js";

type Flaw =
  | "none"
  | "unenforced"
  | "no-retry-after"
  | "never-recovers"
  | "no-headers"
  | "incoherent"
  | "long-retry-after"
  | "ietf-names";
let flaw: Flaw = "none";
let server: TestServer;
const LIMIT = 4;
let windowStart = 0;
let used = 0;
let hits = 0;
let limitedForever = false;

beforeAll(async () => {
  server = await startServer((_req, res) => {
    hits++;
    const now = Date.now();
    if (now - windowStart >= 1000) {
      windowStart = now;
      used = 0;
    }
    used++;
    const remaining = Math.max(0, LIMIT - used);
    const resetS = Math.max(1, Math.ceil((windowStart + 1000 - now) / 1000));
    const names =
      flaw === "ietf-names"
        ? ["ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"]
        : ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"];
    const headers: Record<string, string> =
      flaw === "no-headers"
        ? {}
        : {
            [names[0]!]: String(LIMIT),
            [names[1]!]: flaw === "incoherent" ? String(LIMIT + 10) : String(remaining),
            [names[2]!]: String(resetS),
          };
    const over = flaw !== "unenforced" && (used > LIMIT || limitedForever);
    if (over) {
      if (flaw === "never-recovers") limitedForever = true;
      if (flaw !== "no-retry-after")
        headers["retry-after"] = flaw === "long-retry-after" ? "3600" : String(resetS);
      return json(res, 429, { error: { code: "RATE_LIMITED", message: "slow down" } }, headers);
    }
    json(res, 200, { ok: true }, headers);
  });
});
afterAll(() => server.close());
beforeEach(() => {
  flaw = "none";
  windowStart = 0;
  used = 0;
  hits = 0;
  limitedForever = false;
});

const BURST = "- { name: limits, type: rate-limit, request: GET /v1/things, burst: 10 }";

describe("rate-limit check", () => {
  it("passes when the headers are coherent, a burst meets a 429 with Retry-After, and the service recovers", async () => {
    const { check } = await runChecks(BURST, server.url);
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.detail).toMatch(
      /^429 after 5 of 10 requests with Retry-After: 1; recovered with 200 after 1\.\d+s$/,
    );
    expect(hits).toBe(6);
    const rows = check.tables?.[0]?.rows ?? [];
    expect(rows.map((r) => [r[0], r[1]])).toEqual([
      ["burst 1/10", "200"],
      ["burst 2/10", "200"],
      ["burst 3/10", "200"],
      ["burst 4/10", "200"],
      ["burst 5/10", "429"],
      ["recovery", "200"],
    ]);
    expect(rows[4]?.[5]).toBe("1");
    expect(check.log).toHaveLength(1);
    expect(check.log?.[0]).toMatch(/^429 after 5 requests; waiting 1(\.\d+)?s \(Retry-After: 1\)$/);
  });

  it("without burst, checks one answer's headers", async () => {
    const { check } = await runChecks(
      "- { name: limits, type: rate-limit, request: GET /v1/things }",
      server.url,
    );
    expect(check.outcome, check.detail).toBe("passed");
    expect(check.detail).toBe("3 of 4 left, resets in 1s");
    expect(hits).toBe(1);
  });

  it("fails when a burst never meets a 429, sending no more than the burst", async () => {
    flaw = "unenforced";
    const { check } = await runChecks(BURST, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "no 429 after a burst of 10 requests (the last answer still said x-ratelimit-remaining: 0): the limit is not enforced",
    );
    expect(hits).toBe(10);
  });

  it("fails when the 429 has no Retry-After", async () => {
    flaw = "no-retry-after";
    const { check } = await runChecks(BURST, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "429 after 5 of 10 requests, but without Retry-After: clients cannot tell when to come back",
    );
    expect(hits).toBe(5);
  });

  it("fails when the service is still limiting after Retry-After has passed", async () => {
    flaw = "never-recovers";
    const { check } = await runChecks(BURST, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toMatch(
      /^no recovery: after waiting out Retry-After: 1 \(1\.\d+s\) the service still 429 \(Retry-After: 1\)$/,
    );
    expect(hits).toBe(6);
  });

  it("fails when the headers are missing or incoherent", async () => {
    flaw = "no-headers";
    const missing = await runChecks(BURST, server.url);
    expect(missing.check.outcome).toBe("failed");
    expect(missing.check.detail).toBe(
      "burst request 1 of 10: x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset are missing",
    );
    flaw = "incoherent";
    windowStart = 0;
    const incoherent = await runChecks(
      "- { name: limits, type: rate-limit, request: GET /v1/things }",
      server.url,
    );
    expect(incoherent.check.outcome).toBe("failed");
    expect(incoherent.check.detail).toBe(
      "GET /v1/things: x-ratelimit-remaining (14) is above x-ratelimit-limit (4)",
    );
  });

  it("reads configured header names (IETF RateLimit-*)", async () => {
    flaw = "ietf-names";
    const yaml = `
- name: limits
  type: rate-limit
  request: GET /v1/things
  limit-header: RateLimit-Limit
  remaining-header: RateLimit-Remaining
  reset-header: RateLimit-Reset
`;
    const { check } = await runChecks(yaml, server.url);
    expect(check.outcome, check.detail).toBe("passed");
  });

  it("never waits past max-wait or the check's deadline", async () => {
    flaw = "long-retry-after";
    const started = Date.now();
    const { check } = await runChecks(BURST, server.url);
    expect(check.outcome).toBe("failed");
    expect(check.detail).toBe(
      "429 after 5 of 10 requests, but Retry-After asks for 1h, more than max-wait 1m: recovery not verified",
    );
    flaw = "none";
    windowStart = 0;
    // Retry-After: 1 does not fit in a gate with 500ms left.
    const { check: tight } = await runChecks(BURST, server.url, { timeoutMs: 700 });
    expect(tight.outcome).toBe("failed");
    expect(tight.detail).toMatch(
      /^429 after 5 of 10 requests; Retry-After asks for 1s but the check's deadline is in \d+ms: recovery not verified$/,
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it("judges reset values: delta seconds, epoch seconds and epoch milliseconds", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(resetInSeconds("30", now)).toBe(30);
    expect(resetInSeconds(String(now / 1000 + 60), now)).toBe(60);
    expect(resetInSeconds(String(now + 5000), now)).toBe(5);
    expect(resetInSeconds("soon", now)).toBeUndefined();
    const names = { limit: "l", remaining: "r", reset: "t" };
    expect(limitHeaderProblems({ l: "100", r: "5", t: "30" }, names, now)).toEqual([]);
    expect(limitHeaderProblems({ l: "100", r: "5", t: String(now / 1000 - 3600) }, names, now)).toEqual([
      `t (${now / 1000 - 3600}) is 1h in the past`,
    ]);
    expect(limitHeaderProblems({ l: "100", r: "5", t: String(90 * 86_400) }, names, now)).toEqual([
      "t (7776000) is 90 days away",
    ]);
    expect(limitHeaderProblems({ l: "0", r: "-1", t: "x" }, names, now)).toEqual([
      "l is 0: no request could ever pass",
      'r is "-1", not a whole number',
      't is "x", not seconds or an epoch time',
    ]);
  });
});
