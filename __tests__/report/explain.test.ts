import { describe, expect, it } from "vitest";
import { explainResponse } from "../../src/http/explain.js";
import { failureEvidence } from "../../src/report/evidence.js";
import { check, exchange } from "./fixtures.js";

const JSON_HEADERS = { "content-type": "application/json" };

describe("explainResponse: the service's own words", () => {
  it.each([
    [
      "RFC 9457 problem details",
      {
        type: "https://api.example.com/problems/invalid-tenant",
        title: "INVALID_TENANT",
        status: 400,
        detail: 'tenant "x" does not exist',
      },
      'INVALID_TENANT: tenant "x" does not exist',
    ],
    [
      "problem details with only type and detail",
      { type: "https://api.example.com/problems/out-of-credit", detail: "balance is 30, cost is 50" },
      "out-of-credit: balance is 30, cost is 50",
    ],
    [
      "problem details with a code extension",
      { title: "Bad request", code: "INVALID_TENANT", detail: "no such tenant" },
      "INVALID_TENANT: no such tenant",
    ],
    [
      "{ error: { code, message } }",
      { error: { code: "INVALID_TENANT", message: 'tenant "x" does not exist' } },
      'INVALID_TENANT: tenant "x" does not exist',
    ],
    [
      "Google-style { error: { code: 400, status, message } }",
      { error: { code: 400, status: "INVALID_ARGUMENT", message: "limit must be positive" } },
      "INVALID_ARGUMENT: limit must be positive",
    ],
    [
      "{ error: string, message }",
      { error: "invalid_tenant", message: "no such tenant" },
      "invalid_tenant: no such tenant",
    ],
    [
      "OAuth { error, error_description }",
      { error: "invalid_grant", error_description: "code expired" },
      "invalid_grant: code expired",
    ],
    ["{ error: string }", { error: "Bad Request" }, "Bad Request"],
    ["{ message }", { message: "tenant is suspended" }, "tenant is suspended"],
    [
      "{ code, message }",
      { code: "TENANT_SUSPENDED", message: "tenant is suspended" },
      "TENANT_SUSPENDED: tenant is suspended",
    ],
    [
      "a numeric code other than the status",
      { code: 10023, message: "quota exceeded" },
      "10023: quota exceeded",
    ],
    ["a numeric code equal to the status", { code: 400, message: "bad limit" }, "bad limit"],
    [
      "JSON:API errors",
      {
        errors: [
          { code: "E1", detail: "name is required" },
          { code: "E2", detail: "x" },
        ],
      },
      "E1: name is required (and 1 more)",
    ],
  ])("recognises %s", (_shape, body, detail) => {
    expect(explainResponse(400, JSON_HEADERS, JSON.stringify(body), 1).detail).toBe(detail);
  });

  it("finds nothing in an unrecognisable or cut body", () => {
    expect(explainResponse(400, {}, '{"data": [1, 2]}', 1).detail).toBeUndefined();
    expect(explainResponse(400, {}, '{"message": "cut he', 1).detail).toBeUndefined();
    expect(explainResponse(400, {}, "plain text", 1).detail).toBeUndefined();
    expect(explainResponse(400, {}, "", 1).detail).toBeUndefined();
  });

  it("says when an HTML page answered instead of the service", () => {
    const html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    expect(explainResponse(502, {}, html, 3).detail).toBe("HTML error page: 502 Bad Gateway");
  });

  it("reads a 401's WWW-Authenticate challenge when the body says nothing", () => {
    const headers = { "WWW-Authenticate": 'Bearer error="invalid_token", error_description="token expired"' };
    expect(explainResponse(401, headers, "", 1).detail).toBe("invalid_token: token expired");
  });

  it("keeps the detail on one bounded line", () => {
    const { detail } = explainResponse(
      400,
      {},
      JSON.stringify({ message: `a\nb\u001b[31m ${"x".repeat(1000)}` }),
      1,
    );
    expect(detail).toMatch(/^a b x+…$/);
    expect(detail?.length).toBeLessThanOrEqual(300);
  });

  it("has nothing to explain below 400", () => {
    expect(explainResponse(200, {}, '{"message":"ok"}', 1)).toEqual({});
    expect(explainResponse(302, {}, "", 1)).toEqual({});
  });
});

describe("explainResponse: what the status calls for", () => {
  it.each([
    [400, "fix the request fields"],
    [401, "check or rotate the credential"],
    [403, "check permissions or tenant"],
    [404, "check the route and base URL"],
    [409, "an idempotency conflict: reuse the original request shape"],
    [422, "fix the request fields"],
  ])("%i → %s", (status, hint) => {
    expect(explainResponse(status, {}, "", 1).hint).toBe(hint);
  });

  it("quotes Retry-After on a 429", () => {
    expect(explainResponse(429, { "retry-after": "30" }, "", 1).hint).toBe("rate limited (Retry-After: 30)");
    expect(explainResponse(429, { "Retry-After": "30" }, "", 3).hint).toBe(
      "rate limited (Retry-After: 30), still limited after 3 attempts",
    );
    expect(explainResponse(429, {}, "", 1).hint).toBe("rate limited (no Retry-After given)");
  });

  it("calls 502/503/504 transient and counts the attempts", () => {
    for (const status of [502, 503, 504]) {
      const hint = explainResponse(status, {}, "", 3).hint;
      expect(hint).toBe(
        `still ${status} after 3 attempts: usually transient, but it persisted — check the deployment's health`,
      );
    }
  });

  it("does not call other 5xx transient", () => {
    expect(explainResponse(500, {}, "", 1).hint).toBe(
      "500 after 1 attempt, not transient: the service failed — check its logs",
    );
  });

  it("gives no hint for a 4xx it has no advice for", () => {
    expect(explainResponse(418, {}, "", 1).hint).toBeUndefined();
  });
});

describe("failureEvidence", () => {
  it("shows what the service said, but leaves the hint to the check runner", () => {
    const c = check({
      name: "c",
      outcome: "failed",
      detail: "status: expected 200, got 403",
      exchange: exchange({
        status: 403,
        bodyExcerpt: '{"error":{"code":"FORBIDDEN_TENANT","message":"nope"}}',
      }),
    });
    const evidence = failureEvidence(c);
    expect(evidence.serviceSaid).toBe("FORBIDDEN_TENANT: nope");
    // A 409 from a release guard is no idempotency conflict: only the runner knows what a status means.
    expect(evidence.hint).toBeUndefined();
  });

  it("does not repeat what the detail already says, and prefers the check's own hint", () => {
    const c = check({
      name: "c",
      outcome: "failed",
      detail: "403: FORBIDDEN_TENANT: nope",
      hint: "ask for the smoke tenant",
      exchange: exchange({
        status: 403,
        bodyExcerpt: '{"error":{"code":"FORBIDDEN_TENANT","message":"nope"}}',
      }),
    });
    const evidence = failureEvidence(c);
    expect(evidence.serviceSaid).toBeUndefined();
    expect(evidence.hint).toBe("ask for the smoke tenant");
  });

  it("takes the exchange and assertions of a flow's failed step", () => {
    const stepExchange = exchange({ status: 200 });
    const assertion = { target: "$.state", expected: "done", actual: "failed", passed: false, message: "" };
    const c = check({
      name: "flow",
      type: "flow",
      outcome: "failed",
      steps: [
        { name: "a", outcome: "passed", detail: "", durationMs: 1, assertions: [] },
        {
          name: "b",
          outcome: "failed",
          detail: "",
          durationMs: 1,
          assertions: [assertion],
          exchange: stepExchange,
        },
      ],
    });
    expect(failureEvidence(c)).toMatchObject({ exchange: stepExchange, failedAssertions: [assertion] });
  });
});
