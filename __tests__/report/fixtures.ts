// Fixed GateResults for the reporter tests and golden summaries: durations and timestamps
// are constants so the rendered output is byte-for-byte stable.
import { type CheckResult, countResults, type GateResult, isFailing } from "../../src/engine/results.js";
import type { Exchange } from "../../src/http/types.js";

export function check(overrides: Partial<CheckResult> & Pick<CheckResult, "name">): CheckResult {
  return {
    type: "http",
    severity: "critical",
    tags: [],
    outcome: "passed",
    detail: "200 OK",
    durationMs: 42,
    attempts: 1,
    retries: 0,
    polls: 0,
    waitedMs: 0,
    heldBack: 0,
    flaky: false,
    assertions: [],
    ...overrides,
  };
}

export function exchange(overrides: Partial<Exchange> = {}): Exchange {
  return {
    method: "GET",
    url: "https://api.example.com/v1/tasks",
    status: 500,
    responseHeaders: { "content-type": "application/json" },
    bodyExcerpt: "{}",
    durationMs: 120,
    attempts: [{ status: 500, durationMs: 120, waitedMs: 0 }],
    ...overrides,
  };
}

export function gate(checks: readonly CheckResult[], overrides: Partial<GateResult> = {}): GateResult {
  const counts = countResults(checks);
  const failedChecks = checks
    .filter((c) => isFailing(c.outcome) && c.severity === "critical")
    .map((c) => c.name);
  return {
    version: 1,
    tool: { name: "deploy-gate", version: "0.1.0" },
    label: "",
    mode: "enforce",
    baseUrl: "https://api.example.com",
    verdict: counts.failed > 0 ? "failed" : counts.inconclusive > 0 ? "inconclusive" : "passed",
    startedAt: "2025-03-01T09:30:00.000Z",
    durationMs: 4210,
    counts,
    failedChecks,
    checks,
    ...overrides,
  };
}

const listTasksBody = JSON.stringify({
  type: "https://api.example.com/problems/invalid-token",
  title: "INVALID_TOKEN",
  status: 401,
  detail: "the access token expired at 2025-03-01T09:00:00Z",
});

/** What on-call sees on a bad day: an expired credential, a release-guard violation, a failed flow. */
export const blockedResult: GateResult = gate(
  [
    check({ name: "GET /health", detail: "200 OK", durationMs: 38 }),
    check({
      name: "list tasks",
      outcome: "failed",
      detail: "status: expected 200, got 401",
      hint: "check or rotate the credential",
      durationMs: 132,
      assertions: [
        {
          target: "status",
          expected: "200",
          actual: "401",
          passed: false,
          message: "the service refused the credential",
        },
        {
          target: "header content-type",
          expected: "/application\\/json/",
          actual: "application/problem+json",
          passed: true,
          message: "",
        },
      ],
      exchange: exchange({
        url: "https://api.example.com/v1/tasks?limit=5",
        status: 401,
        responseHeaders: {
          "content-type": "application/problem+json",
          "www-authenticate": 'Bearer error="invalid_token"',
          "set-cookie": "session=abc123; HttpOnly",
          "x-request-id": "req_7f3a9c",
        },
        bodyExcerpt: listTasksBody,
        durationMs: 132,
        attempts: [{ status: 401, durationMs: 132, waitedMs: 0 }],
      }),
    }),
    check({
      name: "release-guard",
      type: "release-guard",
      outcome: "failed",
      detail: "2 unacknowledged release-guard violations",
      durationMs: 210,
      assertions: [
        {
          target: "$.pass",
          expected: "true",
          actual: "false",
          passed: false,
          message: "the service reports 2 violations",
        },
      ],
      exchange: exchange({
        url: "https://api.example.com/ops/release-guard",
        status: 200,
        bodyExcerpt: JSON.stringify({
          pass: false,
          violations: [
            {
              reason: "pending-migration",
              route: "/v1/billing",
              evidence: "migration 0042_add_invoice_index not applied",
            },
            { reason: "latency-budget", route: "/v1/tasks", evidence: "p99 1.9s | budget 800ms" },
          ],
        }),
        durationMs: 210,
        attempts: [{ status: 200, durationMs: 210, waitedMs: 0 }],
      }),
      tables: [
        {
          title: "Release-guard violations",
          columns: ["reason", "route", "evidence"],
          rows: [
            ["pending-migration", "/v1/billing", "migration 0042_add_invoice_index not applied"],
            ["latency-budget", "/v1/tasks", "p99 1.9s | budget 800ms"],
          ],
        },
      ],
    }),
    check({
      name: "task lifecycle",
      type: "flow",
      outcome: "failed",
      detail: "step 2 (wait until done): task reached state failed",
      durationMs: 2840,
      steps: [
        {
          name: "create task",
          outcome: "passed",
          detail: "201 Created, captured taskId",
          durationMs: 140,
          assertions: [],
        },
        {
          name: "wait until done",
          outcome: "failed",
          detail: "fail-when held: $.state is failed",
          durationMs: 2700,
          assertions: [
            {
              target: "$.state",
              expected: "not failed",
              actual: '"failed"',
              passed: false,
              message: "the task failed",
            },
          ],
          exchange: exchange({
            url: "https://api.example.com/v1/tasks/t_81f2",
            status: 200,
            bodyExcerpt: JSON.stringify({
              id: "t_81f2",
              state: "failed",
              error: "worker crashed: OOMKilled",
            }),
            durationMs: 95,
            attempts: [{ status: 200, durationMs: 95, waitedMs: 0 }],
          }),
        },
        {
          name: "validate evidence",
          outcome: "skipped",
          detail: "an earlier step failed",
          durationMs: 0,
          assertions: [],
        },
      ],
    }),
    check({
      name: "create task idempotently",
      type: "idempotency",
      detail: "same resource t_81f3 twice; changed body got 409",
      durationMs: 640,
      attempts: 3,
      retries: 1,
      flaky: true,
    }),
    check({ name: "jwks", type: "jwks", detail: "2 keys, all public, kids unique", durationMs: 55 }),
    check({
      name: "error rate",
      type: "metrics",
      severity: "warning",
      outcome: "failed",
      detail: "http_errors_total / http_requests_total over 30s = 0.031, above 0.02",
      durationMs: 30_120,
      assertions: [
        {
          target: "ratio http_errors_total / http_requests_total",
          expected: "below 0.02",
          actual: "0.031",
          passed: false,
          message: "error ratio above the SLO",
        },
      ],
    }),
    check({
      name: "billing webhook",
      type: "webhook",
      outcome: "skipped",
      detail: "if: vars.ENABLE_BILLING is falsy",
      durationMs: 0,
    }),
    check({ name: "tls", type: "tls", detail: "certificate valid for 61 more days", durationMs: 70 }),
    check({
      name: "rate limit headers",
      type: "rate-limit",
      detail: "limit 100, remaining 97, reset 60s",
      durationMs: 48,
    }),
  ],
  {
    label: "eu-west",
    run: { id: "9876543210", attempt: "2", sha: "3f2c1ab9d04e5f6a7b8c9d0e1f2a3b4c5d6e7f80" },
  },
);

export const passedResult: GateResult = gate([
  check({ name: "GET /health", detail: "200 OK", durationMs: 38 }),
  check({ name: "GET /ready", detail: "200 OK after 2 polls", durationMs: 2050 }),
  check({ name: "list tasks", detail: "200 OK, 5 tasks", durationMs: 132 }),
  check({
    name: "release-guard",
    type: "release-guard",
    detail: "pass: true, no violations",
    durationMs: 210,
  }),
  check({
    name: "task lifecycle",
    type: "flow",
    detail: "3 steps: created, done, evidence valid",
    durationMs: 2840,
  }),
  check({
    name: "create task idempotently",
    type: "idempotency",
    detail: "same resource t_81f3 twice; changed body got 409",
    durationMs: 640,
    attempts: 3,
    retries: 1,
    flaky: true,
  }),
  check({ name: "jwks", type: "jwks", detail: "2 keys, all public, kids unique", durationMs: 55 }),
  check({ name: "tls", type: "tls", detail: "certificate valid for 61 more days", durationMs: 70 }),
  check({ name: "p95 latency", type: "prometheus", detail: "p95 0.31s, below 0.8s", durationMs: 310 }),
]);
