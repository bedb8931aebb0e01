// Deploy timelines: what real deploys go through in the minutes after a release — a cold start, a
// rolling deploy, a guard whose verdict flips during a bake, a service that dies mid-gate — replayed
// by a scripted loopback service and judged by the BUNDLED action (`node dist/index.js`), with the
// verdict a careful on-call engineer wants: a transient blip that heals within the retry or poll
// budget passes, a persistent failure blocks. Each timeline also says what must have reached the
// service. The figures (false blocks, false passes) go to .tmp/reliability/timelines.json for
// docs/reliability.md.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, describe, type ExpectStatic, it } from "vitest";
import { writeFigures } from "../faults/figures.js";
import { type ActionRun, runAction } from "../support/run-action.js";
import {
  type Answer,
  hang,
  ok,
  respond,
  slow,
  startTimelineServer,
  type TimelineRequest,
  type TimelineScript,
  type TimelineServer,
} from "../support/timeline-server.js";

type Verdict = "passed" | "failed";

interface ReportCheck {
  readonly name: string;
  readonly outcome: string;
  readonly severity: string;
  readonly detail: string;
  readonly attempts: number;
  readonly flaky: boolean;
  readonly durationMs: number;
  // The transient-failure model's per-check fields (notes/model.md).
  readonly retries?: number;
  readonly polls?: number;
  readonly waitedMs?: number;
  readonly heldBack?: number;
  readonly bake?: { readonly runs: number; readonly failures: number; readonly failureLimit: number };
}
interface Report {
  readonly verdict: Verdict;
  /** Set when the gate could not run at all (an invalid config). */
  readonly error?: string;
  readonly failedChecks: readonly string[];
  readonly checks: readonly ReportCheck[];
  readonly unreachable?: { readonly origin: string; readonly error: string };
  readonly nothingChecked?: boolean;
}

/** What a timeline's verdict is judged on. */
interface Evidence {
  readonly run: ActionRun;
  readonly report: Report;
  readonly server: TimelineServer;
  /** The summary's first screen: everything above the checks table. */
  readonly head: string;
  check(name: string): ReportCheck;
}

interface Timeline {
  readonly id: string;
  /** What the deploy goes through. */
  readonly story: string;
  readonly expected: Verdict;
  /** The service's script; phases are timed from just before the gate is spawned. */
  readonly script: TimelineScript;
  inputs(url: string): Record<string, string>;
  /** Words the step summary must contain (case-insensitive). */
  readonly words?: readonly string[];
  /** What must have reached the service, and what the report must say. */
  verify(e: Evidence, expect: ExpectStatic): void;
}

interface TimelineFigures {
  readonly id: string;
  readonly story: string;
  readonly expected: Verdict;
  readonly verdict: string;
  readonly exitCode: number | null;
  readonly outcomes: readonly string[];
  readonly requests: number;
  readonly elapsedMs: number;
  readonly correct: boolean;
  /** `false block`, `false pass`, or `evidence` (the verdict was right, the evidence was not). */
  readonly wrong?: "false block" | "false pass" | "evidence";
  readonly problem?: string;
}

// ── answers the timelines share ────────────────────────────────────────────────────────────────

const WARMING = respond(503, { status: "warming up" }, { headers: { "retry-after": "1" } });
const READY = ok({ status: "ready" });
const BAD_GATEWAY = respond(502, "<html><body><h1>502 Bad Gateway</h1></body></html>");
const NO_UPSTREAM = respond(503, "no healthy upstream");
const GUARD_PASS = ok({ pass: true, violations: [] });

function guardBlocks(reason: string, route: string, evidence: string): Answer {
  return respond(503, { pass: false, violations: [{ reason, route, evidence }] });
}

const ROUTES = [
  "/health",
  "/v1/orders",
  "/v1/tasks",
  "/v1/search",
  "/v1/users/me",
  "/v1/catalog",
  "/v1/cart",
  "/v1/inventory",
  "/v1/payments/methods",
  "/v1/shipping/rates",
] as const;

/** `- GET /a\n- GET /b\n…` with optional extra lines under each check. */
function getChecks(paths: readonly string[], extra = ""): string {
  return paths.map((p) => `- name: GET ${p}\n  request: GET ${p}\n${extra}`).join("");
}

function okRoutes(paths: readonly string[], latencyMs = 0): Record<string, readonly [{ answer: Answer }]> {
  return Object.fromEntries(paths.map((p) => [p, [{ answer: ok({ path: p }, latencyMs) }] as const]));
}

/** Milliseconds between consecutive requests. */
function gaps(requests: readonly TimelineRequest[]): number[] {
  return requests.slice(1).map((r, i) => r.at - requests[i]!.at);
}

function answered(requests: readonly TimelineRequest[], status: number): number {
  return requests.filter((r) => r.status === status).length;
}

function occurrences(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`))?.length ?? 0;
}

const READY_POLL = (interval: string, timeout: string) => `
- name: ready
  request: GET /ready
  until: { status: 200 }
  poll: { interval: ${interval}, timeout: ${timeout} }
`;

// ── metrics expositions ────────────────────────────────────────────────────────────────────────

/** Request counters by route and code, as a service's own /metrics shows them. */
function exposition(series: Readonly<Record<string, number>>): string {
  const lines = ["# HELP http_requests_total Requests served.", "# TYPE http_requests_total counter"];
  for (const [labels, value] of Object.entries(series)) lines.push(`http_requests_total{${labels}} ${value}`);
  return `${lines.join("\n")}\n`;
}

// Over the window /v1/orders/ serves 430 × 200, 50 × 503 and 20 × 500 (a series born in the window):
// 70 of 500 requests, 14%. /v1/orders/{id} serves 5000 healthy requests a prefix match would count.
const ORDERS_BEFORE = exposition({
  'route="/v1/orders/",code="200"': 1000,
  'route="/v1/orders/",code="503"': 10,
  'route="/v1/orders/{id}",code="200"': 20_000,
  'route="/v1/tasks",code="200"': 700,
  'route="/v1/tasks",code="500"': 3,
});
const ORDERS_AFTER = exposition({
  'route="/v1/orders/",code="200"': 1430,
  'route="/v1/orders/",code="503"': 60,
  'route="/v1/orders/",code="500"': 20,
  'route="/v1/orders/{id}",code="200"': 25_000,
  'route="/v1/tasks",code="200"': 900,
  'route="/v1/tasks",code="500"': 3,
});

/** Errors counted apart from requests, per route (another common instrumentation). */
function serverCounters(ordersRequests: number, ordersErrors: number): string {
  return [
    "# TYPE http_server_requests_total counter",
    `http_server_requests_total{route="/v1/orders/"} ${ordersRequests}`,
    'http_server_requests_total{route="/v1/tasks"} 640',
    "# TYPE http_server_errors_total counter",
    `http_server_errors_total{route="/v1/orders/"} ${ordersErrors}`,
    'http_server_errors_total{route="/v1/tasks"} 0',
    "",
  ].join("\n");
}

const METRICS_TEXT = { "content-type": "text/plain; version=0.0.4" };

// ── the timelines ──────────────────────────────────────────────────────────────────────────────

const TIMELINES: readonly Timeline[] = [
  {
    id: "healthy-baseline",
    story: "a healthy release: every route answers 200 at once",
    expected: "passed",
    script: {
      routes: { ...okRoutes(ROUTES.slice(0, 5)), "/ops/release-guard": [{ answer: GUARD_PASS }] },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${getChecks(ROUTES.slice(0, 5), "  expect: { max-duration: 5s }\n")}- release-guard\n`,
    }),
    verify({ run, report, server }, expect) {
      expect(report.checks.map((c) => c.outcome)).toEqual(Array(6).fill("passed"));
      expect(report.checks.filter((c) => c.flaky)).toEqual([]);
      for (const path of [...ROUTES.slice(0, 5), "/ops/release-guard"]) {
        expect(server.requestsTo(path), path).toHaveLength(1);
      }
      expect(run.outputs.passed).toBe("6");
    },
  },
  {
    id: "hard-down-baseline",
    story: "a release whose pods crash-loop: the load balancer answers 503 on every route, for good",
    expected: "failed",
    words: ["503"],
    script: { routes: { "*": [{ answer: NO_UPSTREAM }] } },
    inputs: (url) => ({ "base-url": url, checks: getChecks(ROUTES.slice(0, 6)) }),
    verify({ report, server, head }, expect) {
      expect(
        report.checks.every((c) => c.outcome === "failed" || c.outcome === "errored"),
        "no check passed",
      ).toBe(true);
      expect(report.failedChecks).toHaveLength(6);
      // Retried, not hammered: at most the 3 attempts each check is allowed.
      expect(server.requests.length).toBeGreaterThanOrEqual(1);
      expect(server.requests.length, "requests: at most 3 attempts per check").toBeLessThanOrEqual(18);
      // It answered (503s): that is a broken service, not an unreachable one.
      expect(head, "a service answering 503 is not unreachable").not.toMatch(/unreachable/i);
    },
  },
  {
    id: "cold-start-readiness",
    story:
      "a cold start: the port refuses connections for 3s, /ready answers 503 until 7s, then 200; " +
      "the checks wait on a readiness poll (1s, 20s)",
    expected: "passed",
    script: {
      listenAtMs: 3000,
      routes: {
        "/ready": [{ forMs: 7000, answer: WARMING }, { answer: READY }],
        ...okRoutes(ROUTES.slice(0, 4)),
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${READY_POLL("1s", "20s")}${getChecks(ROUTES.slice(0, 4), "  needs: ready\n")}`,
    }),
    verify({ report, server, check }, expect) {
      const ready = server.requestsTo("/ready");
      expect(ready[0]!.at, "first poll to reach the service").toBeGreaterThanOrEqual(3000);
      // Polled through the warm-up, not given up after a few 503s.
      expect(answered(ready, 503), "polls answered 503 during warm-up").toBeGreaterThanOrEqual(2);
      const firstReady = ready.find((r) => r.status === 200);
      expect(firstReady, "a poll that got 200").toBeDefined();
      for (const path of ROUTES.slice(0, 4)) {
        const got = server.requestsTo(path);
        expect(got, path).toHaveLength(1);
        expect(got[0]!.at, `${path} waited for readiness`).toBeGreaterThanOrEqual(firstReady!.at);
      }
      expect(report.checks.map((c) => c.outcome)).toEqual(Array(5).fill("passed"));
      expect(check("ready").flaky).toBe(false);
      // Polls that met a closed port count too, though they never reached the service.
      expect(check("ready").polls).toBeGreaterThanOrEqual(ready.length);
    },
  },
  {
    id: "ready-503-for-8s",
    story: "/ready answers 503 for 8s after the first poll; the check polls until 200 (1s, 20s)",
    expected: "passed",
    script: {
      routes: {
        "/ready": { clock: "first-request", phases: [{ forMs: 8000, answer: WARMING }, { answer: READY }] },
        ...okRoutes(ROUTES.slice(0, 2)),
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${READY_POLL("1s", "20s")}${getChecks(ROUTES.slice(0, 2), "  needs: ready\n")}`,
    }),
    verify({ report, server, check }, expect) {
      const ready = server.requestsTo("/ready");
      // A poll roughly every second through the whole warm-up, not stopped after 5.
      expect(answered(ready, 503), "polls answered 503 during the 8s warm-up").toBeGreaterThanOrEqual(7);
      expect(
        ready.filter((r) => r.status === 503).at(-1)!.at - ready[0]!.at,
        "ms from the first poll to the last 503 poll",
      ).toBeGreaterThanOrEqual(6000);
      expect(Math.max(...gaps(ready)), "longest gap between polls (ms)").toBeLessThan(2500);
      // The poll is the retry: no bursts of retries inside a poll.
      expect(Math.min(...gaps(ready)), "shortest gap between polls (ms)").toBeGreaterThanOrEqual(300);
      expect(ready.length, "polls that reached the service").toBeLessThanOrEqual(14);
      expect(report.checks.map((c) => c.outcome)).toEqual(["passed", "passed", "passed"]);
      expect(check("ready").flaky).toBe(false);
      expect(check("ready").polls).toBe(ready.length);
      for (const path of ROUTES.slice(0, 2)) expect(server.requestsTo(path), path).toHaveLength(1);
    },
  },
  {
    id: "ready-after-1500ms",
    story: "/ready answers 503 for 1.5s after the first poll, then 200 (poll 500ms, 10s)",
    expected: "passed",
    script: {
      routes: {
        "/ready": { clock: "first-request", phases: [{ forMs: 1500, answer: WARMING }, { answer: READY }] },
      },
    },
    inputs: (url) => ({ "base-url": url, checks: READY_POLL("500ms", "10s") }),
    verify({ server, check }, expect) {
      const ready = check("ready");
      const polls = server.requestsTo("/ready");
      expect(ready.outcome, "outcome").toBe("passed");
      // Waiting for readiness is not flakiness.
      expect(ready.flaky, "a readiness wait marked flaky").toBe(false);
      expect(ready.polls, "report polls vs polls that reached the service").toBe(polls.length);
      expect(ready.polls, "report polls").toBeGreaterThanOrEqual(3);
      expect(ready.waitedMs, "report waitedMs").toBeGreaterThanOrEqual(1000);
      expect(ready.waitedMs, "report waitedMs").toBeLessThan(6000);
      expect(ready.detail, "detail says how long it waited").toMatch(/poll/i);
    },
  },
  {
    id: "ready-never",
    story: "/ready answers 503 for good (a migration that never finishes); poll 1s, timeout 6s",
    expected: "failed",
    words: ["ready", "503"],
    script: {
      routes: { "/ready": [{ answer: respond(503, { status: "migrating", step: "3/7" }) }] },
    },
    inputs: (url) => ({ "base-url": url, checks: READY_POLL("1s", "6s") }),
    verify({ run, server, check }, expect) {
      const ready = server.requestsTo("/ready");
      // Polled to the end of the 6s timeout, about once a second.
      expect(ready.at(-1)!.at - ready[0]!.at, "ms from the first poll to the last").toBeGreaterThanOrEqual(
        4500,
      );
      expect(ready.length, "polls that reached the service").toBeGreaterThanOrEqual(5);
      expect(ready.length, "polls that reached the service").toBeLessThanOrEqual(9);
      // The service answered, just not "ready": a failure with the last answer, not an error.
      expect(check("ready").outcome, "outcome").toBe("failed");
      expect(run.elapsedMs, "ms to the verdict").toBeLessThan(20_000);
    },
  },
  {
    id: "rolling-deploy-502s",
    story:
      "a rolling deploy: for 4s from the gate's first request every 3rd request (any route) hits a " +
      "pod being replaced and gets 502; nine checks and a 6s bake",
    expected: "passed",
    script: {
      routes: {
        "*": {
          clock: "first-request",
          phases: [{ forMs: 4000, answer: ok(), everyNth: { n: 3, answer: BAD_GATEWAY } }, { answer: ok() }],
        },
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${getChecks(ROUTES.slice(0, 9))}- name: orders bake
  request: GET /v1/orders/recent
  bake: { for: 6s, every: 1s, failure-limit: 0 }
`,
    }),
    verify({ report, server }, expect) {
      // The rollout really hit the gate, and healed within the retry budget.
      expect(answered(server.requests, 502), "502s the rollout served").toBeGreaterThanOrEqual(3);
      expect(report.checks.map((c) => c.outcome)).toEqual(Array(10).fill("passed"));
      expect(
        report.checks.some((c) => c.flaky),
        "some check passed on a retry",
      ).toBe(true);
      for (const path of ROUTES.slice(0, 9)) {
        expect(server.requestsTo(path).length, path).toBeGreaterThanOrEqual(1);
        expect(server.requestsTo(path).length, path).toBeLessThanOrEqual(3);
      }
      expect(server.requestsTo("/v1/orders/recent").length, "bake requests").toBeGreaterThanOrEqual(5);
    },
  },
  {
    id: "guard-503-with-violations",
    story:
      "the release guard answers 503 with its verdict (an error-budget violation) beside a search " +
      "endpoint that fails twice and six healthy checks on the same host",
    expected: "failed",
    words: ["release-guard", "error-budget", "5xx 4.2%"],
    script: {
      routes: {
        "/ops/release-guard": [
          { answer: guardBlocks("error-budget", "POST /v1/orders", "5xx 4.2% over 10m (budget 1%)") },
        ],
        "/v1/search": [{ requests: 2, answer: respond(503, { error: "index warming" }) }, { answer: ok() }],
        ...okRoutes(ROUTES.slice(4, 10)),
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- release-guard\n- GET /v1/search\n${getChecks(ROUTES.slice(4, 10))}`,
    }),
    verify({ report, server, check }, expect) {
      // A verdict is not a fault: asked once, not retried.
      expect(server.requestsTo("/ops/release-guard"), "requests to the guard").toHaveLength(1);
      expect(report.failedChecks).toEqual(["release-guard"]);
      expect(check("release-guard").outcome).toBe("failed");
      expect(check("GET /v1/search").outcome).toBe("passed");
      expect(check("GET /v1/search").flaky, "search marked flaky").toBe(true);
      expect(server.requestsTo("/v1/search"), "requests to search").toHaveLength(3);
      for (const path of ROUTES.slice(4, 10)) {
        expect(check(`GET ${path}`).outcome, path).toBe("passed");
        expect(answered(server.requestsTo(path), 200), `${path} really reached the service`).toBe(1);
      }
    },
  },
  {
    id: "guard-flips-to-pass-in-bake",
    story:
      "during an 8s bake (every 1s, failure limit 3) the guard answers 503 with a violation for the " +
      "first 2.5s while canary figures settle, then pass: true",
    expected: "passed",
    script: {
      routes: {
        "/ops/release-guard": {
          clock: "first-request",
          phases: [
            {
              forMs: 2500,
              answer: guardBlocks("canary-error-rate", "GET /v1/orders", "2.1% 5xx on canary (limit 1%)"),
            },
            { answer: GUARD_PASS },
          ],
        },
        "/health": [{ answer: ok() }],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: guard bake
  type: release-guard
  bake: { for: 8s, every: 1s, failure-limit: 3 }
- GET /health
`,
    }),
    verify({ server, check }, expect) {
      const guard = server.requestsTo("/ops/release-guard");
      const bake = check("guard bake");
      expect(bake.outcome, "bake outcome").toBe("passed");
      expect(bake.bake, "bake figures in the report").toBeDefined();
      // One request per bake run: each 503 verdict was taken as given, not retried.
      expect(guard, "requests to the guard, one per bake run").toHaveLength(bake.bake!.runs);
      expect(bake.bake!.runs, "bake runs").toBeGreaterThanOrEqual(6);
      expect(bake.bake!.failures, "failed bake runs").toBeGreaterThanOrEqual(1);
      expect(bake.bake!.failures, "failed bake runs").toBeLessThanOrEqual(3);
      expect(answered(guard, 200), "passing guard answers").toBeGreaterThanOrEqual(3);
      expect(check("GET /health").outcome).toBe("passed");
    },
  },
  {
    id: "guard-flips-to-fail-in-bake",
    story:
      "during an 8s bake (every 1s, failure limit 0) the guard says pass for 2.5s, then answers 503 " +
      "with a latency-SLO violation",
    expected: "failed",
    words: ["guard bake", "latency-slo"],
    script: {
      routes: {
        "/ops/release-guard": {
          clock: "first-request",
          phases: [
            { forMs: 2500, answer: GUARD_PASS },
            { answer: guardBlocks("latency-slo", "GET /v1/search", "p95 2.4s (SLO 800ms)") },
          ],
        },
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: guard bake
  type: release-guard
  bake: { for: 8s, every: 1s, failure-limit: 0 }
`,
    }),
    verify({ server, check }, expect) {
      const guard = server.requestsTo("/ops/release-guard");
      const bake = check("guard bake");
      expect(bake.outcome, "bake outcome").toBe("failed");
      expect(answered(guard, 200), "passing guard answers").toBeGreaterThanOrEqual(2);
      // The first failing run ends the bake, and that run asked the guard once.
      expect(answered(guard, 503), "requests in the failing run").toBe(1);
      expect(guard, "requests to the guard, one per bake run").toHaveLength(bake.bake!.runs);
      expect(guard.at(-1)!.at - guard[0]!.at, "ms the bake ran on").toBeLessThan(6000);
    },
  },
  {
    id: "guard-proxy-502-blip",
    story: "the proxy in front of the guard answers one 502 (no verdict document), then the guard says pass",
    expected: "passed",
    script: {
      routes: { "/ops/release-guard": [{ requests: 1, answer: BAD_GATEWAY }, { answer: GUARD_PASS }] },
    },
    inputs: (url) => ({ "base-url": url, checks: "- release-guard\n" }),
    verify({ server, check }, expect) {
      expect(server.requestsTo("/ops/release-guard"), "requests to the guard").toHaveLength(2);
      expect(check("release-guard").outcome).toBe("passed");
      expect(check("release-guard").flaky).toBe(true);
    },
  },
  {
    id: "service-dies-mid-gate",
    story:
      "the service dies 3s into the gate (its port closes) while a 20s bake (every 500ms, failure " +
      "limit 1) watches /v1/orders/recent",
    expected: "failed",
    words: ["orders stay up", "refused"],
    script: {
      dieAfterFirstRequestMs: 3000,
      routes: { ...okRoutes(["/health", "/v1/orders", "/v1/orders/recent"]) },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- GET /health
- GET /v1/orders
- name: orders stay up
  request: GET /v1/orders/recent
  bake: { for: 20s, every: 500ms, failure-limit: 1 }
`,
    }),
    verify({ report, server, head, check }, expect) {
      expect(report.failedChecks).toEqual(["orders stay up"]);
      expect(check("GET /health").outcome).toBe("passed");
      expect(check("GET /v1/orders").outcome).toBe("passed");
      expect(
        answered(server.requestsTo("/v1/orders/recent"), 200),
        "bake runs before it died",
      ).toBeGreaterThanOrEqual(3);
      // Stopped once the verdict was certain, well before the 20s window ran out.
      expect(check("orders stay up").durationMs, "bake duration (ms)").toBeLessThan(15_000);
      // It answered before it died: a dead service, not a wrong base URL.
      expect(head, "a service that answered, then died, is not a wrong base URL").not.toMatch(
        /base URL unreachable/i,
      );
    },
  },
  {
    id: "unreachable-base-url",
    story: "a wrong base URL: nothing ever listens on the port; twelve checks",
    expected: "failed",
    words: ["unreachable"],
    script: { listenAtMs: Number.POSITIVE_INFINITY, routes: {} },
    inputs: (url) => ({
      "base-url": url,
      checks: `${getChecks(ROUTES)}- release-guard\n- name: readiness\n  request: GET /ready\n`,
    }),
    verify({ run, report, server, head }, expect) {
      expect(server.requests, "requests that reached the service").toHaveLength(0);
      expect(report.checks).toHaveLength(12);
      expect(
        report.checks.every((c) => c.outcome === "errored"),
        "every check errored",
      ).toBe(true);
      expect(report.unreachable?.origin, "report.unreachable.origin").toBe(server.url);
      // Said once, at the top…
      expect(occurrences(head, /base URL unreachable/i), '"base URL unreachable" at the top').toBe(1);
      expect(head, "the top names the address").toContain(`127.0.0.1:${server.port}`);
      // …and not repeated for each of the twelve checks.
      expect(
        occurrences(run.summary, /ECONNREFUSED|connection refused/i),
        "times the summary repeats the connection error",
      ).toBeLessThanOrEqual(3);
      // An unreachable service does not keep the deploy waiting.
      expect(run.elapsedMs, "ms to the verdict").toBeLessThan(30_000);
    },
  },
  {
    id: "slow-warm-up-latency-budgets",
    story:
      "a slow warm-up: for 4s every route takes 1.5s and /ready answers 503; then 20ms; the checks " +
      "with an 800ms budget wait for /ready",
    expected: "passed",
    script: {
      routes: {
        "/ready": [{ forMs: 4000, answer: WARMING }, { answer: READY }],
        "*": [{ forMs: 4000, answer: ok({ warm: false }, 1500) }, { answer: ok({ warm: true }, 20) }],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${READY_POLL("500ms", "20s")}${getChecks(ROUTES.slice(1, 6), "  needs: ready\n  expect: { max-duration: 800ms }\n")}`,
    }),
    verify({ report, server }, expect) {
      const firstReady = server.requestsTo("/ready").find((r) => r.status === 200);
      expect(firstReady, "a poll that got 200").toBeDefined();
      expect(report.checks.map((c) => c.outcome)).toEqual(Array(6).fill("passed"));
      for (const path of ROUTES.slice(1, 6)) {
        const got = server.requestsTo(path);
        expect(got, path).toHaveLength(1);
        expect(got[0]!.at, `${path} was measured after warm-up`).toBeGreaterThanOrEqual(firstReady!.at);
      }
    },
  },
  {
    id: "latency-regression-after-warm-up",
    story:
      "as the slow warm-up, but /v1/search stays at 1.5s after /ready says 200 (a real latency " +
      "regression, under an 800ms budget)",
    expected: "failed",
    words: ["GET /v1/search", "800ms"],
    script: {
      routes: {
        "/ready": [{ forMs: 4000, answer: WARMING }, { answer: READY }],
        "/v1/search": [{ answer: ok({ hits: [] }, 1500) }],
        "*": [{ forMs: 4000, answer: ok({ warm: false }, 1500) }, { answer: ok({ warm: true }, 20) }],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${READY_POLL("500ms", "20s")}${getChecks(ROUTES.slice(1, 6), "  needs: ready\n  expect: { max-duration: 800ms }\n")}`,
    }),
    verify({ report, server, check }, expect) {
      expect(report.failedChecks, "failed-checks").toEqual(["GET /v1/search"]);
      // A slow answer is an answer: failed on its budget, not retried, not timed out.
      expect(check("GET /v1/search").outcome, "search outcome").toBe("failed");
      expect(server.requestsTo("/v1/search"), "requests to search").toHaveLength(1);
      expect(check("ready").outcome, "readiness outcome").toBe("passed");
    },
  },
  {
    id: "optional-warning-endpoint-down",
    story:
      "an optional surface (recommendations, severity warning) answers 503 for good beside ten " +
      "healthy checks on the same host",
    expected: "passed",
    words: ["recommendations"],
    script: {
      routes: {
        "/v1/recommendations": [{ answer: respond(503, { error: "model server down" }) }],
        ...okRoutes(ROUTES),
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `${getChecks(ROUTES.slice(0, 5))}- name: recommendations
  request: GET /v1/recommendations
  severity: warning
${getChecks(ROUTES.slice(5))}`,
    }),
    verify({ run, server, check }, expect) {
      expect(run.outputs.warnings, "warnings output").toBe("1");
      expect(check("recommendations").outcome, "the optional surface").not.toBe("passed");
      expect(server.requestsTo("/v1/recommendations").length, "requests to it").toBeLessThanOrEqual(3);
      for (const path of ROUTES) {
        expect(check(`GET ${path}`).outcome, path).toBe("passed");
        expect(answered(server.requestsTo(path), 200), `${path} really reached the service`).toBe(1);
      }
    },
  },
  {
    id: "two-optional-surfaces-down",
    story:
      "two optional surfaces (warning) answer 503 at once, for good, while ten healthy routes take 1s " +
      "each: the failures come back to back and open the host's circuit before any healthy answer",
    expected: "passed",
    words: ["recommendations", "reviews"],
    script: {
      routes: {
        "/v1/recommendations": [{ answer: respond(503, { error: "model server down" }) }],
        "/v1/reviews": [{ answer: respond(503, { error: "reviews db down" }) }],
        ...okRoutes(ROUTES, 1000),
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: recommendations
  request: GET /v1/recommendations
  severity: warning
- name: reviews
  request: GET /v1/reviews
  severity: warning
${getChecks(ROUTES)}`,
    }),
    verify({ run, server, check }, expect) {
      expect(run.outputs.warnings, "warnings output").toBe("2");
      for (const path of ROUTES) {
        expect(check(`GET ${path}`).outcome, path).toBe("passed");
        expect(answered(server.requestsTo(path), 200), `${path} really reached the service`).toBe(1);
      }
      expect(
        server.requestsTo("/v1/recommendations").length,
        "requests to recommendations",
      ).toBeLessThanOrEqual(3);
      expect(server.requestsTo("/v1/reviews").length, "requests to reviews").toBeLessThanOrEqual(3);
      expect(run.elapsedMs, "ms to the verdict").toBeLessThan(25_000);
    },
  },
  {
    id: "every-check-skipped",
    story: "a release where every check is switched off by `if` (the vars were never set)",
    expected: "failed",
    words: ["nothing was checked", "ENABLE_BILLING", "RUN_SMOKE"],
    script: { routes: okRoutes(ROUTES) },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: billing
  request: GET /v1/payments/methods
  if: "{{ vars.ENABLE_BILLING }}"
- name: smoke orders
  request: GET /v1/orders
  if: "{{ env.RUN_SMOKE }}"
- name: smoke tasks
  request: GET /v1/tasks
  if: "{{ env.RUN_SMOKE }}"
`,
    }),
    verify({ run, report, server, head }, expect) {
      expect(server.requests, "requests that reached the service").toHaveLength(0);
      expect(report.checks.map((c) => c.outcome)).toEqual(["skipped", "skipped", "skipped"]);
      expect(report.nothingChecked, "report.nothingChecked").toBe(true);
      expect(head, "the top says so").toMatch(/nothing was checked/i);
      expect(run.outputs.skipped, "skipped output").toBe("3");
    },
  },
  {
    id: "hang-times-out",
    story: "an export endpoint accepts the connection and never answers (request timeout 1s)",
    expected: "failed",
    words: ["export", "timed out"],
    script: { routes: { "/v1/exports/latest": [{ answer: hang() }], "/health": [{ answer: ok() }] } },
    inputs: (url) => ({
      "base-url": url,
      checks: "- GET /health\n- name: export\n  request: GET /v1/exports/latest\n  timeout: 1s\n",
    }),
    verify({ run, report, server, check }, expect) {
      expect(report.failedChecks, "failed-checks").toEqual(["export"]);
      expect(check("export").outcome, "outcome of the hanging check").toBe("timed-out");
      expect(check("export").detail, "detail names the timeout").toMatch(/1s/);
      const sent = server.requestsTo("/v1/exports/latest").length;
      expect(sent, "requests to the hanging route").toBeGreaterThanOrEqual(1);
      expect(sent, "requests to the hanging route").toBeLessThanOrEqual(3);
      expect(check("GET /health").outcome).toBe("passed");
      expect(run.elapsedMs, "ms to the verdict").toBeLessThan(20_000);
    },
  },
  {
    id: "latency-spike-heals",
    story:
      "the first search request hits a 3s latency spike (cold cache) under a 1s request timeout; the next is fast",
    expected: "passed",
    script: {
      routes: {
        "/v1/search": [{ requests: 1, answer: slow(3000, ok({ hits: [] })) }, { answer: ok({ hits: [] }) }],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: "- name: search\n  request: GET /v1/search?q=smoke\n  timeout: 1s\n",
    }),
    verify({ server, check }, expect) {
      expect(server.requestsTo("/v1/search"), "requests to search").toHaveLength(2);
      expect(check("search").outcome, "outcome").toBe("passed");
      expect(check("search").flaky, "marked flaky").toBe(true);
    },
  },
  {
    id: "rate-limited-warm-up",
    story: "during warm-up the API answers 429 with Retry-After: 1 to the first two requests",
    expected: "passed",
    script: {
      routes: {
        "/v1/tasks": [
          {
            requests: 2,
            answer: respond(429, { error: "warming up" }, { headers: { "retry-after": "1" } }),
          },
          { answer: ok({ data: [] }) },
        ],
      },
    },
    inputs: (url) => ({ "base-url": url, checks: "- GET /v1/tasks\n" }),
    verify({ server, check }, expect) {
      const tasks = server.requestsTo("/v1/tasks");
      expect(tasks, "requests to tasks").toHaveLength(3);
      // Retry-After was honoured.
      expect(Math.min(...gaps(tasks)), "shortest gap between tries (ms)").toBeGreaterThanOrEqual(900);
      expect(check("GET /v1/tasks").outcome).toBe("passed");
    },
  },
  {
    id: "rate-limited-past-deadline",
    story: "the API answers 429 with Retry-After: 120 for good; the gate's deadline is 10s",
    expected: "failed",
    words: ["GET /v1/tasks", "Retry-After"],
    script: {
      routes: {
        "/v1/tasks": [{ answer: respond(429, { error: "quota" }, { headers: { "retry-after": "120" } }) }],
      },
    },
    inputs: (url) => ({ "base-url": url, timeout: "10s", checks: "- GET /v1/tasks\n" }),
    verify({ run, server }, expect) {
      // It neither slept through the deadline nor asked again.
      expect(server.requestsTo("/v1/tasks"), "requests to tasks").toHaveLength(1);
      expect(run.elapsedMs, "ms to the verdict").toBeLessThan(10_000);
    },
  },
  {
    id: "metrics-ratio-slash-route",
    story:
      "the service's own /metrics: 14% of /v1/orders/ requests answer 5xx over a 2s window; the " +
      'ratio selects route "/v1/orders/" (a literal slash route) and code { matches: "5.." }',
    expected: "failed",
    words: ["orders error rate", "0.14"],
    script: {
      routes: {
        "/metrics": [
          { requests: 1, answer: respond(200, ORDERS_BEFORE, { headers: METRICS_TEXT }) },
          { answer: respond(200, ORDERS_AFTER, { headers: METRICS_TEXT }) },
        ],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: orders error rate
  type: metrics
  window: 2s
  ratio:
    of: { metric: http_requests_total, labels: { route: "/v1/orders/", code: { matches: "5.." } } }
    to: { metric: http_requests_total, labels: { route: "/v1/orders/" } }
    below: 0.05
`,
    }),
    verify({ server, check }, expect) {
      expect(server.requestsTo("/metrics"), "scrapes of /metrics").toHaveLength(2);
      expect(check("orders error rate").outcome, "outcome").toBe("failed");
      expect(check("orders error rate").detail, "detail gives the ratio").toContain("0.14");
    },
  },
  {
    id: "metrics-errors-on-slash-route",
    story:
      'errors counted per route apart from requests: 70 errors on "/v1/orders/" against the 500 ' +
      "requests the service served in a 2s window (14%), under a 5% budget",
    expected: "failed",
    words: ["orders errors", "0.14"],
    script: {
      routes: {
        "/metrics": [
          { requests: 1, answer: respond(200, serverCounters(1000, 10), { headers: METRICS_TEXT }) },
          { answer: respond(200, serverCounters(1500, 80), { headers: METRICS_TEXT }) },
        ],
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: orders errors
  type: metrics
  window: 2s
  ratio:
    of: { metric: http_server_errors_total, labels: { route: "/v1/orders/" } }
    to: { metric: http_server_requests_total }
    below: 0.05
`,
    }),
    verify({ server, check }, expect) {
      expect(server.requestsTo("/metrics"), "scrapes of /metrics").toHaveLength(2);
      expect(check("orders errors").outcome, "outcome").toBe("failed");
      expect(check("orders errors").detail, "detail gives the ratio").toContain("0.14");
    },
  },
  {
    id: "metrics-exact-route-label",
    story:
      'a healthy service whose /metrics shows traffic on route "/v1/tasks"; the check asserts it is above 0',
    expected: "passed",
    script: {
      routes: { "/metrics": [{ answer: respond(200, ORDERS_AFTER, { headers: METRICS_TEXT }) }] },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: tasks traffic
  type: metrics
  expect:
    - { metric: http_requests_total, labels: { route: "/v1/tasks" }, above: 0 }
    - { metric: http_requests_total, labels: { route: "/v1/tasks", code: "200" }, equals: 900 }
`,
    }),
    verify({ server, check }, expect) {
      expect(server.requestsTo("/metrics"), "scrapes of /metrics").toHaveLength(1);
      expect(check("tasks traffic").outcome, "outcome").toBe("passed");
      expect(check("tasks traffic").detail, "detail").not.toMatch(/regexp|flags/i);
    },
  },
  {
    id: "flow-poll-through-503",
    story:
      "an export flow: POST creates the job; its status answers 503 for 3s (workers warming), then " +
      "running for 1s, then done (poll 500ms, 15s)",
    expected: "passed",
    script: {
      routes: {
        "/v1/exports": [{ answer: respond(202, { id: "e-7", status: "queued" }) }],
        "/v1/exports/e-7": {
          clock: "first-request",
          phases: [
            { forMs: 3000, answer: respond(503, { error: "workers warming up" }) },
            { forMs: 1000, answer: ok({ id: "e-7", status: "running" }) },
            { answer: ok({ id: "e-7", status: "done", rows: 42 }) },
          ],
        },
      },
    },
    inputs: (url) => ({
      "base-url": url,
      checks: `- name: export flow
  type: flow
  steps:
    - name: create export
      request: { method: POST, path: /v1/exports, json: { kind: smoke } }
      expect: { status: 202 }
      capture: { exportId: $.id }
    - name: wait for export
      request: GET /v1/exports/{{ exportId }}
      until: { json: { "$.status": done } }
      fail-when: { json: { "$.status": failed } }
      poll: { interval: 500ms, timeout: 15s }
      expect: { json: { "$.rows": 42 } }
`,
    }),
    verify({ server, check }, expect) {
      // A write without an idempotency key is sent once.
      expect(server.requestsTo("/v1/exports"), "POSTs that reached the service").toHaveLength(1);
      const polls = server.requestsTo("/v1/exports/e-7");
      expect(answered(polls, 503), "polls answered 503 while workers warmed up").toBeGreaterThanOrEqual(4);
      expect(Math.min(...gaps(polls)), "shortest gap between polls (ms)").toBeGreaterThanOrEqual(200);
      expect(polls.at(-1)!.status, "the last poll's answer").toBe(200);
      expect(check("export flow").outcome, "outcome").toBe("passed");
      expect(check("export flow").flaky, "a polled wait marked flaky").toBe(false);
    },
  },
];

// ── the harness ────────────────────────────────────────────────────────────────────────────────

const figures = new Map<string, TimelineFigures>();

afterAll(() => {
  const rows = TIMELINES.map((t) => figures.get(t.id)).filter((r): r is TimelineFigures => r !== undefined);
  writeFigures("timelines", {
    rows,
    tried: rows.length,
    correct: rows.filter((r) => r.correct).length,
    falseBlocks: rows.filter((r) => r.wrong === "false block").length,
    falsePasses: rows.filter((r) => r.wrong === "false pass").length,
    evidenceMismatches: rows.filter((r) => r.wrong === "evidence").length,
  });
});

function readReport(run: ActionRun): Report | undefined {
  const file = run.outputs.report;
  return file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Report) : undefined;
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error)
    .split("\n")[0]!
    .slice(0, 300);
}

async function runTimeline(timeline: Timeline, expect: ExpectStatic): Promise<void> {
  const server = await startTimelineServer(timeline.script);
  let run: ActionRun | undefined;
  let report: Report | undefined;
  let wrong: TimelineFigures["wrong"];
  let problem: string | undefined;
  try {
    await server.start();
    run = await runAction({ inputs: timeline.inputs(server.url) });
    report = readReport(run);
    const verdict = run.outputs.result;
    if (verdict !== timeline.expected) {
      wrong =
        verdict === "passed" ? "false pass" : timeline.expected === "passed" ? "false block" : "evidence";
      problem = `verdict ${verdict ?? "(none)"}, expected ${timeline.expected}`;
    }
    const finished = run;
    const found = report;
    try {
      expect(server.faults, "the timeline harness itself").toEqual([]);
      expect(verdict, "the gate's verdict (result output)").toBe(timeline.expected);
      if (timeline.expected === "passed") expect(finished.code, "exit code").toBe(0);
      else expect(finished.code, "exit code").not.toBe(0);
      expect(found, "the JSON report").toBeDefined();
      const head = finished.summary.split(/^### Checks/m)[0] ?? "";
      timeline.verify(
        {
          run: finished,
          report: found!,
          server,
          head,
          check(name) {
            const c = found!.checks.find((x) => x.name === name);
            expect(c, `a check named "${name}" in the report`).toBeDefined();
            return c!;
          },
        },
        expect,
      );
      // The summary is markdown: `ENABLE\_BILLING` is how it shows ENABLE_BILLING.
      const summary = finished.summary.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, "$1").toLowerCase();
      for (const word of timeline.words ?? []) {
        expect(summary, `the step summary names "${word}"`).toContain(word.toLowerCase());
      }
      expect(finished.stderr.trim(), "stderr").toBe("");
    } catch (error) {
      wrong ??= "evidence";
      problem ??= firstLine(error);
      throw new Error(
        `${timeline.id}: ${(error as Error).message}\n--- outcomes ---\n${JSON.stringify(
          found?.checks.map((c) => `${c.name}: ${c.outcome} — ${c.detail}`),
          null,
          1,
        )}\n--- requests ---\n${server.requests
          .slice(0, 60)
          .map((r) => `${r.at}ms ${r.method} ${r.url} → ${r.status ?? "no answer"}`)
          .join("\n")}\n--- summary (head) ---\n${finished.summary.slice(0, 2500)}`,
      );
    }
  } finally {
    await server.close();
    figures.set(timeline.id, {
      id: timeline.id,
      story: timeline.story,
      expected: timeline.expected,
      verdict: run?.outputs.result ?? "(no result output)",
      exitCode: run?.code ?? null,
      outcomes: report?.error
        ? [`not run: ${report.error.replace(/\s+/g, " ").slice(0, 300)}`]
        : (report?.checks.map((c) => `${c.name}: ${c.outcome}`) ?? []),
      requests: server.requests.length,
      elapsedMs: run?.elapsedMs ?? 0,
      correct: problem === undefined && run !== undefined,
      ...(wrong ? { wrong } : {}),
      ...(problem ? { problem } : {}),
    });
  }
}

describe.concurrent("deploy timelines", () => {
  it.for(TIMELINES.map((t) => [`${t.id} → must ${t.expected === "passed" ? "pass" : "block"}`, t] as const))(
    "%s",
    { timeout: 60_000 },
    async ([, timeline], { expect }) => {
      expect.hasAssertions();
      await runTimeline(timeline, expect);
    },
  );
});
