// One rule per failure class: what failed, why, and what to do next. The goldens cover the
// classes a real mixed gate produces; these cover the rest, on hand-made results.
import { describe, expect, it } from "vitest";
import { diagnose } from "../../src/report/diagnosis.js";
import { check, exchange } from "./fixtures.js";

const failed = { passed: false, message: "" } as const;

describe("diagnose", () => {
  it("a request that got no answer in time says the timeout that applied", () => {
    const d = diagnose(
      check({
        name: "slow",
        outcome: "timed-out",
        exchange: exchange({
          status: undefined,
          url: "https://api.example.com/slow",
          error: "timed out: no response within the 1s request timeout",
          failure: "timeout",
        }),
      }),
    );
    expect(d).toMatchObject({
      what: "GET /slow: no answer in time",
      why: "timed out: no response within the 1s request timeout",
    });
    expect(d.next).toMatch(/^the service hung or is overloaded/);
  });

  it("a refused connection and a held-back request say so", () => {
    const refused = exchange({
      status: undefined,
      error: "connection refused by h:1",
      failure: "connection",
    });
    expect(diagnose(check({ name: "a", outcome: "errored", exchange: refused }))).toMatchObject({
      why: "connection refused by h:1",
      next: "check that the service is up and reachable from the runner",
    });
    const held = exchange({ status: undefined, error: "held back: circuit open", failure: "held-back" });
    expect(diagnose(check({ name: "b", outcome: "errored", exchange: held })).next).toBe(
      "the service kept failing: see its circuit above",
    );
  });

  it("a 403 names the secrets and variables the request carried", () => {
    const d = diagnose(
      check({
        name: "tenant",
        outcome: "failed",
        assertions: [{ target: "status", expected: "200", actual: "403", ...failed }],
        exchange: exchange({
          status: 403,
          bodyExcerpt: JSON.stringify({ error: { code: "TENANT_FORBIDDEN", message: "no access to acme" } }),
          credentials: [
            { header: "Authorization", from: "secrets.API_TOKEN" },
            { query: "tenant", from: "vars.TENANT" },
          ],
        }),
      }),
    );
    expect(d).toEqual({
      what: "403 Forbidden (expected 200)",
      why: "TENANT_FORBIDDEN: no access to acme",
      next: "check permissions or tenant: the request carried secrets.API_TOKEN (sent as Authorization), vars.TENANT (query tenant)",
    });
  });

  it("a 500 without an error document says so, and names the request id to look up", () => {
    const d = diagnose(
      check({
        name: "x",
        outcome: "failed",
        assertions: [{ target: "status", expected: "2xx", actual: "500", ...failed }],
        exchange: exchange({ status: 500, bodyExcerpt: "oops", responseHeaders: { "x-request-id": "r-1" } }),
      }),
    );
    expect(d.why).toBe("the body names no error");
    expect(d.next).toBe(
      "500 after 1 attempt, not transient: the service failed — check its logs (x-request-id r-1)",
    );
  });

  it("a poll that never got there says how long it waited", () => {
    const d = diagnose(
      check({
        name: "ready",
        outcome: "failed",
        polls: 21,
        detail: "GET /ready: not ready after 20s (21 polls): $.ready: expected true, got false",
        assertions: [{ target: "$.ready", expected: "true", actual: "false", ...failed }],
        exchange: exchange({ status: 200, bodyExcerpt: '{"ready":false}' }),
      }),
    );
    expect(d.what).toBe("$.ready, not ready after 20s (21 polls)");
    expect(d.why).toBe("expected true, got false");
    expect(d.next).toMatch(/^the service did not get there in time/);
  });

  it("a flow that failed at its first step on a 401 says the step, the status and the secret", () => {
    const stepExchange = exchange({
      method: "POST",
      status: 401,
      credentials: [{ header: "Authorization", from: "secrets.API_TOKEN" }],
    });
    const d = diagnose(
      check({
        name: "flow",
        type: "flow",
        outcome: "failed",
        steps: [
          {
            name: "create",
            outcome: "failed",
            detail: "status: expected 201, got 401",
            durationMs: 1,
            exchange: stepExchange,
            assertions: [{ target: "status", expected: "201", actual: "401", ...failed }],
          },
          {
            name: "read",
            outcome: "skipped",
            detail: "not run: step 1 failed",
            durationMs: 0,
            assertions: [],
          },
        ],
      }),
    );
    expect(d).toEqual({
      what: "step 1 of 2 (create)",
      why: "401 Unauthorized (expected 201): the body names no error",
      next: "check or rotate secrets.API_TOKEN (sent as Authorization)",
    });
  });

  it("webhook and JWKS security holes get their own next step", () => {
    const hole = diagnose(
      check({
        name: "hook",
        type: "webhook",
        outcome: "failed",
        detail: "SECURITY: receiver accepted a forged signature (200)",
      }),
    );
    expect(hole).toEqual({
      what: "SECURITY",
      why: "receiver accepted a forged signature (200)",
      next: "make the receiver verify signatures and timestamps before this release ships",
    });
    const refused = diagnose(
      check({
        name: "hook",
        type: "webhook",
        outcome: "failed",
        detail: "the validly signed event was refused (401)",
      }),
    );
    expect(refused.next).toBe("check the webhook secret and the signing scheme the receiver expects");
    const leaked = diagnose(
      check({
        name: "keys",
        type: "jwks",
        outcome: "failed",
        detail: "SECURITY: key k1 holds private material (d)",
      }),
    );
    expect(leaked.next).toBe("take the private key material out of the key set now and rotate that key");
  });

  it("a Prometheus query names the query, the series, its value and the threshold", () => {
    const d = diagnose(
      check({
        name: "p99",
        type: "prometheus",
        outcome: "failed",
        detail: "1 of 1 sample break < 0.5",
        assertions: [{ target: '{route="/a"}', expected: "< 0.5", actual: "0.9", ...failed }],
        tables: [
          {
            title: "Prometheus: histogram_quantile(0.99, x)",
            columns: ["series", "value", "result"],
            rows: [],
          },
        ],
      }),
    );
    expect(d.what).toBe("query histogram_quantile(0.99, x)");
    expect(d.why).toBe('{route="/a"} = 0.9, expected < 0.5');
  });

  it("a bake says how many of its runs failed before the last run's cause", () => {
    const d = diagnose(
      check({
        name: "canary",
        outcome: "failed",
        bake: { runs: 10, failures: 2, failureLimit: 0 },
        assertions: [{ target: "status", expected: "200", actual: "503", ...failed }],
        exchange: exchange({ status: 503 }),
      }),
    );
    expect(d.what).toBe(
      "2 of 10 bake runs failed (limit 0); the last: 503 Service Unavailable (expected 200)",
    );
  });

  it("a check cut by the gate's deadline says to raise the gate timeout", () => {
    const d = diagnose(
      check({ name: "slow", outcome: "timed-out", detail: "gate timeout of 30s reached while running" }),
    );
    expect(d).toEqual({
      what: "",
      why: "gate timeout of 30s reached while running",
      next: "raise the gate's timeout, or find why this check took so long",
    });
  });
});
