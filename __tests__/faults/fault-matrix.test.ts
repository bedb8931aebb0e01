// The fault matrix: each row is a realistic fault injected by a local service on 127.0.0.1, run
// through the BUNDLED action (`node dist/index.js`, as the runner runs it), with the verdict the gate
// owes its users and the words the step summary must say. A false pass (a broken deploy let through)
// and a false block (a healthy deploy stopped by noise) are both row failures. What every row gave is
// written to .tmp/reliability/faults.json for docs/reliability.md.
import { createHmac, timingSafeEqual } from "node:crypto";
import { once } from "node:events";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createServer as createHttpsServer, type Server as HttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  chunked,
  closeReusedConnection,
  compressed,
  compressionBomb,
  destroyMidBody,
  type FixtureServer,
  flaky,
  type Handler,
  hang,
  json,
  malformedJson,
  redirect,
  sequence,
  slow,
  startFixtureServer,
  text,
  tooManyRequests,
  withBom,
} from "../support/fixture-server.js";
import { readReport } from "../support/reports.js";
import { type ActionRun, type RunOptions, runAction } from "../support/run-action.js";
import { makeTestPki, type TestPki } from "./certificates.js";
import { writeFigures } from "./figures.js";

type Group = "block" | "pass" | "end cleanly";
type Verdict = "passed" | "failed" | "inconclusive";

interface ReportCheck {
  readonly name: string;
  readonly outcome: string;
  readonly detail: string;
  readonly attempts: number;
  readonly retries: number;
  readonly polls: number;
  readonly waitedMs: number;
  readonly flaky: boolean;
  readonly steps?: readonly { readonly name: string; readonly outcome: string }[];
}
interface Report {
  readonly verdict: Verdict;
  readonly interrupted?: "timed-out" | "cancelled";
  readonly durationMs: number;
  readonly failedChecks: readonly string[];
  readonly checks: readonly ReportCheck[];
  readonly nothingChecked?: boolean;
  readonly unreachable?: { readonly origin: string; readonly error: string };
}

interface RowContext {
  /** A fixture service for this row, closed when the row ends. */
  service(routes: Record<string, Handler>): Promise<FixtureServer>;
  /** An https service with one of the test certificates, closed when the row ends. */
  httpsService(which: "expired" | "valid", handler: Handler): Promise<string>;
  readonly pki: TestPki;
  /** A fresh scratch directory for the row. */
  readonly tmp: string;
  /** Free-form facts a row's verify step reads (a signal's send time, a server's port). */
  readonly notes: { signalledAt?: number; server?: FixtureServer; abandoned?: number[] };
}

interface Prepared {
  readonly inputs: Record<string, string>;
  readonly env?: Record<string, string>;
  readonly onOutput?: RunOptions["onOutput"];
}

interface FaultRow {
  readonly id: string;
  readonly group: Group;
  /** What the service does wrong (or oddly but harmlessly). */
  readonly fault: string;
  readonly expected: Verdict;
  /** Words the step summary must contain (case-insensitive). */
  readonly words: readonly string[];
  prepare(ctx: RowContext): Promise<Prepared>;
  /** Row-specific evidence, beyond verdict, exit code and words. Throws when it does not hold. */
  verify?(run: ActionRun, report: Report | undefined, ctx: RowContext): void;
}

interface RowFigures {
  readonly id: string;
  readonly group: Group;
  readonly fault: string;
  readonly expected: Verdict;
  readonly verdict: string;
  readonly exitCode: number | null;
  readonly outcomes: readonly string[];
  readonly elapsedMs: number;
  readonly missingWords: readonly string[];
  readonly correct: boolean;
  readonly problem?: string;
}

const WEBHOOK_SECRET = "whk-fault-matrix-5c1e";
/** How long the deadline row's service hangs before it answers: ten times the gate's deadline. */
const HANG_MS = 20_000;
const ORDERS_DOWN = { error: { code: "ORDERS_DB_DOWN", message: "orders database unreachable" } };

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function outcomes(report: Report | undefined): string[] {
  return report?.checks.map((c) => `${c.name}: ${c.outcome}`) ?? [];
}

function expectOutcomes(report: Report | undefined, expected: readonly string[]): void {
  const actual = report?.checks.map((c) => c.outcome) ?? [];
  check(
    JSON.stringify(actual) === JSON.stringify(expected),
    `check outcomes ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`,
  );
}

function checkNamed(report: Report | undefined, name: string): ReportCheck {
  const found = report?.checks.find((c) => c.name === name);
  check(found, `no check named "${name}" in the report`);
  return found;
}

/** A GitHub webhook receiver that verifies `X-Hub-Signature-256` as GitHub documents it. */
function verifyingReceiver(secret: string): Handler {
  return (_req, res, { request }) => {
    const expected = `sha256=${createHmac("sha256", secret).update(request.body).digest("hex")}`;
    const given = String(request.headers["x-hub-signature-256"] ?? "");
    const ok = given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));
    res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
    res.end(JSON.stringify(ok ? { received: true } : { error: "bad signature" }));
  };
}

/** A task API whose task `t-42` reports the given statuses, one per poll, the last one forever. */
function taskApi(...statuses: string[]): Record<string, Handler> {
  return {
    "/api/v1/tasks": json({ id: "t-42", status: "queued" }, { status: 201 }),
    "/api/v1/tasks/t-42": sequence(...statuses.map((status) => json({ id: "t-42", status }))),
  };
}

const TASK_FLOW = (pollStep: string) => `
- name: task lifecycle
  type: flow
  steps:
    - name: create task
      request: { method: POST, path: /v1/tasks, json: { kind: smoke } }
      expect: { status: 201 }
      capture: { taskId: $.id }
${pollStep}`;

const ROWS: readonly FaultRow[] = [
  // ── must block ──────────────────────────────────────────────────────────────────────────────
  {
    id: "5xx-critical-route",
    group: "block",
    fault: "a critical route answers 500 with an error document",
    expected: "failed",
    words: ["list orders", "ORDERS_DB_DOWN", "500"],
    async prepare({ service }) {
      const s = await service({
        "/api/health": json({ status: "ok" }),
        "/api/v1/orders": json(ORDERS_DOWN, { status: 500 }),
      });
      return {
        inputs: {
          "base-url": `${s.url}/api`,
          checks: "- GET /health\n- name: list orders\n  request: GET /v1/orders\n",
        },
      };
    },
    verify(_run, report) {
      expectOutcomes(report, ["passed", "failed"]);
      check(report?.failedChecks.join() === "list orders", "failed-checks should name list orders");
    },
  },
  {
    id: "5xx-every-attempt",
    group: "block",
    fault: "a critical route answers 503 on every attempt (retries exhausted)",
    expected: "failed",
    words: ["list orders", "503", "3 attempts"],
    async prepare({ service }) {
      const s = await service({ "/v1/orders": json(ORDERS_DOWN, { status: 503 }) });
      return {
        inputs: { "base-url": s.url, checks: "- name: list orders\n  request: GET /v1/orders\n" },
      };
    },
    verify(_run, report) {
      expectOutcomes(report, ["failed"]);
      check(checkNamed(report, "list orders").attempts === 3, "2 retries should have been spent");
    },
  },
  {
    id: "guard-pass-false",
    group: "block",
    fault: "the release guard answers `pass: false` with a violation",
    expected: "failed",
    words: ["release-guard", "schema-drift", "column tasks.kind dropped"],
    async prepare({ service }) {
      const s = await service({
        "/ops/release-guard": json({
          pass: false,
          violations: [
            { reason: "schema-drift", route: "POST /v1/tasks", evidence: "column tasks.kind dropped" },
          ],
        }),
      });
      return { inputs: { "base-url": s.url, checks: "- release-guard\n" } };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "guard-wrong-shape",
    group: "block",
    fault: "the release guard answers 200 with a body of the wrong shape",
    expected: "failed",
    words: ["release-guard", "unexpected shape"],
    async prepare({ service }) {
      const s = await service({ "/ops/release-guard": json({ status: "green", ok: 1 }) });
      return { inputs: { "base-url": s.url, checks: "- release-guard\n" } };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "empty-json-body",
    group: "block",
    fault: "200 with an empty body where JSON is expected",
    expected: "failed",
    words: ["list tasks", "empty"],
    async prepare({ service }) {
      const s = await service({
        "/v1/tasks": text("", { headers: { "content-type": "application/json" } }),
      });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: list tasks
  request: GET /v1/tasks
  expect:
    json: { "$.data": { type: array } }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "json-field-missing",
    group: "block",
    fault: "200 JSON without the field the check asserts",
    expected: "failed",
    words: ["list tasks", "$.data[0].status"],
    async prepare({ service }) {
      const s = await service({ "/v1/tasks": json({ data: [{ id: "t1" }] }) });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: list tasks
  request: GET /v1/tasks
  expect:
    json: { "$.data[0].status": completed }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "evidence-wrong-type",
    group: "block",
    fault: "evidence fields of the wrong JSON type (a string count, a numeric checksum)",
    expected: "failed",
    words: ["evidence", "$.evidence.rows", "integer"],
    async prepare({ service }) {
      const s = await service({ "/v1/evidence": json({ evidence: { rows: "42", checksum: 1234 } }) });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: evidence
  request: GET /v1/evidence
  expect:
    json:
      "$.evidence.rows": { type: integer }
      "$.evidence.checksum": { type: string }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "task-stuck-queued",
    group: "block",
    fault: "a task stays `queued` until the poll timeout (2s)",
    expected: "failed",
    words: ["task lifecycle", "not ready after", "queued"],
    async prepare({ service }) {
      const s = await service(taskApi("queued"));
      return {
        inputs: {
          "base-url": `${s.url}/api`,
          checks: TASK_FLOW(`
    - name: wait for task
      request: GET /v1/tasks/{{ taskId }}
      until: { json: { "$.status": completed } }
      poll: { interval: 200ms, timeout: 2s }
`),
        },
      };
    },
    verify(run, report) {
      expectOutcomes(report, ["failed"]);
      check(run.elapsedMs >= 2000, `the poll timeout was not waited out (${run.elapsedMs}ms)`);
    },
  },
  {
    id: "task-reaches-failed",
    group: "block",
    fault: "a task reaches `failed` on the third poll (poll timeout 30s, `fail-when` set)",
    expected: "failed",
    words: ["task lifecycle", "fail-when", "failed"],
    async prepare({ service }) {
      const s = await service(taskApi("queued", "running", "failed"));
      return {
        inputs: {
          "base-url": `${s.url}/api`,
          checks: TASK_FLOW(`
    - name: wait for task
      request: GET /v1/tasks/{{ taskId }}
      until: { json: { "$.status": completed } }
      fail-when: { json: { "$.status": failed } }
      poll: { interval: 250ms, timeout: 30s }
`),
        },
      };
    },
    verify(run, report) {
      expectOutcomes(report, ["failed"]);
      // Blocks at once, not after the 30s poll timeout.
      check(run.elapsedMs < 10_000, `fail-when did not end the wait early (${run.elapsedMs}ms)`);
    },
  },
  {
    id: "service-down",
    group: "block",
    fault: "nothing listens on the service's port (connection refused)",
    expected: "failed",
    words: ["GET /health", "ECONNREFUSED"],
    async prepare({ service }) {
      const s = await service({});
      await s.close();
      return { inputs: { "base-url": s.url, checks: "- GET /health\n" } };
    },
    verify: (_run, report) => expectOutcomes(report, ["errored"]),
  },
  {
    id: "guard-503-verdict",
    group: "block",
    fault:
      "the release guard answers 503 with its verdict document, beside a flaky endpoint and healthy ones",
    expected: "failed",
    words: ["release-guard", "error_rate_critical"],
    async prepare({ service, notes }) {
      const guard = { pass: false, violations: [{ reason: "error_rate_critical", route: "GET /orders" }] };
      const healthy = Object.fromEntries(["/a", "/b", "/c", "/d"].map((p) => [p, json({ ok: true })]));
      notes.server = await service({
        "/ops/release-guard": json(guard, { status: 503 }),
        "/flaky": flaky(2),
        ...healthy,
      });
      const checks = ["release-guard", "GET /flaky", "GET /a", "GET /b", "GET /c", "GET /d"];
      return { inputs: { "base-url": notes.server.url, concurrency: "1", checks: JSON.stringify(checks) } };
    },
    verify(_run, report, { notes }) {
      // A verdict is not a fault: asked once, and it never opens the circuit for the healthy checks.
      check(notes.server?.requestsTo("/ops/release-guard").length === 1, "the guard was retried");
      expectOutcomes(report, ["failed", "passed", "passed", "passed", "passed", "passed"]);
      for (const p of ["/a", "/b", "/c", "/d"])
        check(notes.server?.requestsTo(p).length === 1, `${p} not asked`);
    },
  },
  {
    id: "metrics-slash-route-label",
    group: "block",
    fault: "14% of /v1/orders/ requests fail; the SLO names the route label as it is exposed",
    expected: "failed",
    words: ["orders error rate", "0.14"],
    async prepare({ service }) {
      let scrapes = 0;
      const s = await service({
        "/metrics": (_req, res) => {
          const total = 1050 * ++scrapes;
          const errors = 147 * scrapes;
          res.writeHead(200, { "content-type": "text/plain; version=0.0.4" });
          res.end(
            [
              "# TYPE http_requests_total counter",
              `http_requests_total{route="/v1/orders/",code="200"} ${total - errors}`,
              `http_requests_total{route="/v1/orders/",code="500"} ${errors}`,
              `http_requests_total{route="/v1/tasks",code="200"} ${total}`,
              "",
            ].join("\n"),
          );
        },
      });
      const checks = `- name: orders error rate
  type: metrics
  window: 1s
  ratio:
    of: { metric: http_requests_total, labels: { route: /v1/orders/, code: { matches: "5.." } } }
    to: { metric: http_requests_total, labels: { route: /v1/orders/ } }
    below: 0.05
`;
      return { inputs: { "base-url": s.url, checks } };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "every-check-skipped",
    group: "block",
    fault: "every check is switched off by `if` (the variable was never set): nothing was checked",
    expected: "failed",
    words: ["nothing was checked", "ENABLE_ORDERS"],
    async prepare({ service, notes }) {
      notes.server = await service({ "/v1/orders": json({ data: [] }) });
      const checks = '- { request: GET /v1/orders, if: "{{ vars.ENABLE_ORDERS }}" }\n';
      return { inputs: { "base-url": notes.server.url, checks } };
    },
    verify(_run, report, { notes }) {
      check(report?.nothingChecked === true, "the report does not say nothing was checked");
      check(notes.server?.requests.length === 0, "a request was sent");
    },
  },
  {
    id: "base-url-unreachable",
    group: "block",
    fault: "nothing listens on the base URL's port, under eight checks: said once, not eight times",
    expected: "failed",
    words: ["base URL unreachable", "could not reach the service"],
    async prepare({ service }) {
      const s = await service({});
      await s.close();
      const checks = ["GET /a", "GET /b", "GET /c", "GET /d", "GET /e", "GET /f", "GET /g", "release-guard"];
      return { inputs: { "base-url": s.url, checks: JSON.stringify(checks) } };
    },
    verify(run, report) {
      check(report?.unreachable !== undefined, "the report does not record the unreachable base URL");
      const mentions = run.summary.split("ECONNREFUSED").length - 1;
      check(mentions === 1, `the summary says ECONNREFUSED ${mentions} times`);
    },
  },
  {
    id: "tls-expired",
    group: "block",
    fault: "the https service presents a CA-signed certificate that expired 30 days ago",
    expected: "failed",
    words: ["certificate", "expired"],
    async prepare({ httpsService, pki }) {
      const url = await httpsService("expired", json({ status: "ok" }));
      return {
        inputs: { "base-url": url, checks: "- name: certificate\n  type: tls\n  min-days: 14\n" },
        env: { NODE_EXTRA_CA_CERTS: pki.caFile },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "webhook-accepts-forged",
    group: "block",
    fault: "a webhook receiver that answers 200 to every event, forged ones included",
    expected: "failed",
    words: ["deploy webhook", "forged"],
    async prepare({ service }) {
      const s = await service({ "/hooks/deploy": json({ received: true }) });
      return {
        inputs: {
          "base-url": s.url,
          secrets: `WEBHOOK_SECRET=${WEBHOOK_SECRET}`,
          checks: `
- name: deploy webhook
  type: webhook
  path: /hooks/deploy
  scheme: github
  secret: "{{ secrets.WEBHOOK_SECRET }}"
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "flow-last-step-fails",
    group: "block",
    fault: "every step of a flow passes but the last (the evidence shows 0 rows)",
    expected: "failed",
    words: ["task lifecycle", "step 3 of 3", "$.evidence.rows"],
    async prepare({ service }) {
      const s = await service({
        ...taskApi("running", "completed"),
        "/api/v1/tasks/t-42/evidence": json({ evidence: { rows: 0 } }),
      });
      return {
        inputs: {
          "base-url": `${s.url}/api`,
          checks: TASK_FLOW(`
    - name: wait for task
      request: GET /v1/tasks/{{ taskId }}
      until: { json: { "$.status": completed } }
      poll: { interval: 100ms, timeout: 10s }
    - name: validate evidence
      request: GET /v1/tasks/{{ taskId }}/evidence
      expect:
        json: { "$.evidence.rows": { gt: 0 } }
`),
        },
      };
    },
    verify(_run, report) {
      expectOutcomes(report, ["failed"]);
      const steps = checkNamed(report, "task lifecycle").steps?.map((s) => s.outcome);
      check(
        JSON.stringify(steps) === JSON.stringify(["passed", "passed", "failed"]),
        `step outcomes ${JSON.stringify(steps)}`,
      );
    },
  },
  {
    id: "guard-503-pass-true",
    group: "block",
    fault: "the release guard answers 503 with a body that says `pass: true`",
    expected: "failed",
    words: ["release-guard", "503"],
    async prepare({ service }) {
      const s = await service({
        "/ops/release-guard": json({ pass: true, violations: [] }, { status: 503 }),
      });
      return { inputs: { "base-url": s.url, retries: "0", checks: "- release-guard\n" } };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "threshold-on-string",
    group: "block",
    fault: 'a latency figure sent as a string (`"p95_ms": "85"`) under an `lt: 100` threshold',
    expected: "failed",
    words: ["slo", "$.p95_ms"],
    async prepare({ service }) {
      const s = await service({ "/ops/slo": json({ p95_ms: "85" }) });
      return {
        inputs: {
          "base-url": s.url,
          checks: '- name: slo\n  request: GET /ops/slo\n  expect:\n    json: { "$.p95_ms": { lt: 100 } }\n',
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "wildcard-over-empty-list",
    group: "block",
    fault: "`$.items[*].status: completed` against an empty list (nothing to check is not a pass)",
    expected: "failed",
    words: ["batch", "$.items[*].status"],
    async prepare({ service }) {
      const s = await service({ "/v1/batch": json({ items: [] }) });
      return {
        inputs: {
          "base-url": s.url,
          checks:
            '- name: batch\n  request: GET /v1/batch\n  expect:\n    json: { "$.items[*].status": completed }\n',
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "malformed-json",
    group: "block",
    fault: "200 `application/json` with a cut-off JSON document",
    expected: "failed",
    words: ["health", "not JSON"],
    async prepare({ service }) {
      const s = await service({ "/health": malformedJson() });
      return {
        inputs: {
          "base-url": s.url,
          checks: '- name: health\n  request: GET /health\n  expect:\n    json: { "$.status": ok }\n',
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "body-cut-mid-stream",
    group: "block",
    fault: "200 headers, then the connection drops after 1 KiB of a promised 100 KiB body (every attempt)",
    expected: "failed",
    words: ["GET /health"],
    async prepare({ service }) {
      const s = await service({ "/health": destroyMidBody() });
      return { inputs: { "base-url": s.url, checks: "- GET /health\n" } };
    },
    verify: (_run, report) => expectOutcomes(report, ["errored"]),
  },
  {
    id: "redirect-to-login",
    group: "block",
    fault: "the API redirects to an HTML login page that answers 200",
    expected: "failed",
    words: ["list tasks", "not JSON"],
    async prepare({ service }) {
      const s = await service({
        "/login": text("<html><body>Sign in</body></html>", { headers: { "content-type": "text/html" } }),
      });
      s.route("/v1/tasks", redirect(`${s.url}/login?next=/v1/tasks`));
      return {
        inputs: {
          "base-url": s.url,
          checks:
            '- name: list tasks\n  request: GET /v1/tasks\n  expect:\n    json: { "$.data": { type: array } }\n',
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "over-latency-budget",
    group: "block",
    fault: "answers after 1.5s against a 500ms `max-duration` budget",
    expected: "failed",
    words: ["health", "budget"],
    async prepare({ service }) {
      const s = await service({ "/health": slow(1500) });
      return {
        inputs: {
          "base-url": s.url,
          checks: "- name: health\n  request: GET /health\n  expect: { max-duration: 500ms }\n",
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  {
    id: "request-timeout",
    group: "block",
    fault: "the route never answers; request timeout 1s, no retries",
    expected: "failed",
    words: ["GET /health", "timed out", "no response within the 1s request timeout"],
    async prepare({ service }) {
      const s = await service({ "/health": hang() });
      return {
        inputs: { "base-url": s.url, "request-timeout": "1s", retries: "0", checks: "- GET /health\n" },
      };
    },
    verify(run, report) {
      expectOutcomes(report, ["timed-out"]);
      check(run.elapsedMs < 5000, `took ${run.elapsedMs}ms for a 1s request timeout`);
    },
  },
  {
    id: "retry-after-past-deadline",
    group: "block",
    fault: "429 with `Retry-After: 3600` under a 20s gate deadline (no sleeping through it)",
    expected: "failed",
    words: ["list tasks", "Retry-After"],
    async prepare({ service }) {
      const s = await service({ "/v1/tasks": tooManyRequests(3600) });
      return {
        inputs: {
          "base-url": s.url,
          timeout: "20s",
          checks: "- name: list tasks\n  request: GET /v1/tasks\n",
        },
      };
    },
    verify(run, report) {
      // The client gives up before a retry it cannot afford; it reports that as "errored".
      check(
        ["failed", "errored"].includes(checkNamed(report, "list tasks").outcome),
        `outcome ${outcomes(report)}`,
      );
      check(run.elapsedMs < 5000, `waited ${run.elapsedMs}ms instead of failing at once`);
    },
  },
  {
    id: "gzip-bomb",
    group: "block",
    fault: "a 64 KiB gzip body that inflates to 64 MiB where JSON is expected",
    expected: "failed",
    words: ["export", "cut"],
    async prepare({ service }) {
      const s = await service({ "/v1/export": compressionBomb("gzip") });
      return {
        inputs: {
          "base-url": s.url,
          checks: '- name: export\n  request: GET /v1/export\n  expect:\n    json: { "$.rows": { gt: 0 } }\n',
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["failed"]),
  },
  // ── must pass ───────────────────────────────────────────────────────────────────────────────
  {
    id: "ready-503-warm-up",
    group: "pass",
    fault: "/ready answers 503 eight times while the service warms up; the check polls it",
    expected: "passed",
    words: ["ready", "8 polls"],
    async prepare({ service, notes }) {
      notes.server = await service({ "/ready": flaky(7), "/v1/tasks": json({ data: [] }) });
      const checks = `- name: ready
  request: GET /ready
  until: { status: 200 }
  poll: { interval: 200ms, timeout: 20s }
- { name: tasks, request: GET /v1/tasks, needs: ready }
`;
      return { inputs: { "base-url": notes.server.url, checks } };
    },
    verify(_run, report, { notes }) {
      // Every poll reached the service: nothing opened a circuit on a warming-up /ready.
      check(notes.server?.requestsTo("/ready").length === 8, "not every poll reached /ready");
      const ready = checkNamed(report, "ready");
      check(ready.polls === 8 && !ready.flaky && ready.retries === 0, `got ${JSON.stringify(ready)}`);
    },
  },
  {
    id: "readiness-wait-not-flaky",
    group: "pass",
    fault: "/ready answers 503 for its first 1.5 s: a wait, not flakiness",
    expected: "passed",
    words: ["ready", "after waiting"],
    async prepare({ service }) {
      let readyAt = 0;
      const s = await service({
        "/ready": (_req, res) => {
          readyAt ||= Date.now() + 1500;
          res.writeHead(Date.now() >= readyAt ? 200 : 503).end();
        },
      });
      const checks =
        "- { name: ready, request: GET /ready, until: { status: 200 }, poll: { interval: 250ms, timeout: 20s } }\n";
      return { inputs: { "base-url": s.url, checks } };
    },
    verify(_run, report) {
      const ready = checkNamed(report, "ready");
      check(!ready.flaky && ready.polls >= 3 && ready.waitedMs >= 1000, `got ${JSON.stringify(ready)}`);
    },
  },
  {
    id: "two-503-then-200",
    group: "pass",
    fault: "two transient 503s, then 200",
    expected: "passed",
    words: ["list tasks", "flaky"],
    async prepare({ service }) {
      const s = await service({ "/v1/tasks": flaky(2, { after: json({ data: [{ id: "t1" }] }) }) });
      return {
        inputs: {
          "base-url": s.url,
          checks: "- name: list tasks\n  request: GET /v1/tasks\n  expect: { status: 200 }\n",
        },
      };
    },
    verify(_run, report) {
      const c = checkNamed(report, "list tasks");
      check(
        c.outcome === "passed" && c.flaky && c.attempts === 3 && c.retries === 2,
        `got ${JSON.stringify(c)}`,
      );
    },
  },
  {
    id: "429-retry-after",
    group: "pass",
    fault: "one 429 with `Retry-After: 1`, then 200",
    expected: "passed",
    words: ["list tasks"],
    async prepare({ service }) {
      const s = await service({ "/v1/tasks": tooManyRequests(1) });
      return { inputs: { "base-url": s.url, checks: "- name: list tasks\n  request: GET /v1/tasks\n" } };
    },
    verify(run, report) {
      const c = checkNamed(report, "list tasks");
      check(c.outcome === "passed" && c.attempts === 2, `got ${JSON.stringify(c)}`);
      check(run.elapsedMs >= 1000, `Retry-After was not honoured (${run.elapsedMs}ms)`);
    },
  },
  {
    id: "keep-alive-reset",
    group: "pass",
    fault: "the server closes a keep-alive connection as the gate reuses it (ECONNRESET), retries: 0",
    expected: "passed",
    words: ["GET /ready"],
    async prepare({ service, notes }) {
      const s = await service({ "/warm": json({ ok: true }), "/ready": closeReusedConnection() });
      notes.server = s;
      return {
        inputs: {
          "base-url": s.url,
          retries: "0",
          concurrency: "1",
          checks: "- GET /warm\n- request: GET /ready\n  needs: GET /warm\n",
        },
      };
    },
    verify(_run, report, { notes }) {
      expectOutcomes(report, ["passed", "passed"]);
      const s = notes.server!;
      // Two requests to /ready: the one cut on the reused socket, and its retry on a fresh one.
      check(s.requestsTo("/ready").length === 2, "the reused connection was never reset");
      check(s.connections >= 2, "the retry did not open a fresh connection");
    },
  },
  ...(["gzip", "br", "deflate"] as const).map(
    (encoding): FaultRow => ({
      id: `${encoding}-json`,
      group: "pass",
      fault: `a JSON body sent with \`Content-Encoding: ${encoding}\``,
      expected: "passed",
      words: ["list tasks"],
      async prepare({ service }) {
        const body = JSON.stringify({ data: [{ id: "t1", status: "completed" }] });
        const s = await service({ "/v1/tasks": compressed(encoding, body) });
        return {
          inputs: {
            "base-url": s.url,
            checks: `
- name: list tasks
  request: GET /v1/tasks
  expect:
    json: { "$.data[0].status": completed }
`,
          },
        };
      },
      verify: (_run, report) => expectOutcomes(report, ["passed"]),
    }),
  ),
  {
    id: "chunked-json",
    group: "pass",
    fault: "a JSON body sent in chunks (Transfer-Encoding: chunked), 20ms apart",
    expected: "passed",
    words: ["list tasks"],
    async prepare({ service }) {
      const s = await service({
        "/v1/tasks": chunked(['{"data":[', '{"id":"t1"},', '{"id":"t2"}', "]}"], { delayMs: 20 }),
      });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: list tasks
  request: GET /v1/tasks
  expect:
    json: { "$.data": { length: 2 }, "$.data[1].id": t2 }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed"]),
  },
  {
    id: "json-with-bom",
    group: "pass",
    fault: "a JSON body that starts with a UTF-8 byte order mark",
    expected: "passed",
    words: ["health"],
    async prepare({ service }) {
      const s = await service({ "/health": withBom('{"status":"ok"}') });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: health
  request: GET /health
  expect:
    json: { "$.status": ok }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed"]),
  },
  {
    id: "slow-within-budget",
    group: "pass",
    fault: "answers after 1.5s, inside a 5s request timeout and a 4s latency budget",
    expected: "passed",
    words: ["health"],
    async prepare({ service }) {
      const s = await service({ "/health": slow(1500) });
      return {
        inputs: {
          "base-url": s.url,
          "request-timeout": "5s",
          checks: "- name: health\n  request: GET /health\n  expect: { max-duration: 4s }\n",
        },
      };
    },
    verify(run, report) {
      expectOutcomes(report, ["passed"]);
      check(run.elapsedMs >= 1500, "the slow answer was not waited for");
    },
  },
  {
    id: "headers-unusual-case",
    group: "pass",
    fault:
      "response header names in odd case (`CONTENT-TYPE`, `X-Release-SHA`) against lower/upper-case expectations",
    expected: "passed",
    words: ["release header"],
    async prepare({ service }) {
      const s = await service({
        "/version": (_req, res) => {
          const body = '{"sha":"abc123"}';
          res.writeHead(200, [
            "CONTENT-TYPE",
            "Application/JSON; Charset=UTF-8",
            "X-Release-SHA",
            "abc123",
            "Content-LENGTH",
            String(body.length),
          ]);
          res.end(body);
        },
      });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- name: release header
  request: { path: /version, headers: { ACCEPT: application/json } }
  expect:
    headers:
      content-type: /application\\/json/i
      X-RELEASE-SHA: abc123
      x-release-sha: abc123
      X-Cache: { exists: false }
    json: { "$.sha": abc123 }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed"]),
  },
  {
    id: "tls-valid",
    group: "pass",
    fault: "the https service presents a CA-signed certificate valid for 90 more days",
    expected: "passed",
    words: ["certificate"],
    async prepare({ httpsService, pki }) {
      const url = await httpsService("valid", json({ status: "ok" }));
      return {
        inputs: {
          "base-url": url,
          checks: "- name: certificate\n  type: tls\n  min-days: 14\n- GET /health\n",
        },
        env: { NODE_EXTRA_CA_CERTS: pki.caFile },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed", "passed"]),
  },
  {
    id: "webhook-verifies",
    group: "pass",
    fault: "a webhook receiver that verifies GitHub signatures (accepts valid, refuses forged)",
    expected: "passed",
    words: ["deploy webhook"],
    async prepare({ service }) {
      const s = await service({ "/hooks/deploy": verifyingReceiver(WEBHOOK_SECRET) });
      return {
        inputs: {
          "base-url": s.url,
          secrets: `WEBHOOK_SECRET=${WEBHOOK_SECRET}`,
          checks: `
- name: deploy webhook
  type: webhook
  path: /hooks/deploy
  scheme: github
  secret: "{{ secrets.WEBHOOK_SECRET }}"
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed"]),
  },
  {
    id: "warning-check-fails",
    group: "pass",
    fault: "a `severity: warning` check hits a 500 while every critical check is healthy",
    expected: "passed",
    words: ["recommendations", "warning"],
    async prepare({ service }) {
      const s = await service({
        "/health": json({ ok: true }),
        "/v1/recommendations": json(ORDERS_DOWN, { status: 500 }),
      });
      return {
        inputs: {
          "base-url": s.url,
          checks:
            "- GET /health\n- name: recommendations\n  request: GET /v1/recommendations\n  severity: warning\n",
        },
      };
    },
    verify(run, report) {
      expectOutcomes(report, ["passed", "failed"]);
      check(run.outputs.warnings === "1" && run.outputs.failed === "0", JSON.stringify(run.outputs));
      check(/^::warning title=.*recommendations/m.test(run.stdout), "no warning annotation");
    },
  },
  {
    id: "guard-violations-acknowledged",
    group: "pass",
    fault: "the release guard answers 409 `pass: false` with only violations listed under `ignore`",
    expected: "passed",
    words: ["release-guard", "ignored"],
    async prepare({ service }) {
      const s = await service({
        "/ops/release-guard": json(
          {
            pass: false,
            violations: [
              { reason: "slow-query", route: "GET /v1/reports/monthly", evidence: "p95 2.1s" },
              { reason: "deprecated-field", route: "GET /v1/tasks", evidence: "tasks.legacy_id" },
            ],
          },
          { status: 409 },
        ),
      });
      return {
        inputs: {
          "base-url": s.url,
          checks: `
- type: release-guard
  ignore:
    - { reason: slow-query, route: "GET /v1/reports/*" }
    - { reason: deprecated-field }
`,
        },
      };
    },
    verify: (_run, report) => expectOutcomes(report, ["passed"]),
  },
  // ── must end cleanly ────────────────────────────────────────────────────────────────────────
  {
    id: "deadline-while-hanging",
    group: "end cleanly",
    fault: "two checks hang for 20s (request timeout 30s); the gate deadline is 2s",
    expected: "failed",
    words: ["timed out", "deadline", "hangs"],
    async prepare({ service, notes }) {
      notes.abandoned = [];
      // Answers only after HANG_MS, long after the deadline; records when the gate gave up on it.
      const hangs: Handler = (_req, res) => {
        const answer = setTimeout(() => json({ ok: true })(_req, res, {} as never), HANG_MS);
        res.on("close", () => {
          clearTimeout(answer);
          if (!res.writableFinished) notes.abandoned?.push(Date.now());
        });
      };
      const s = await service({ "/health": json({ ok: true }), "/hang": hangs, "/hang-too": hangs });
      return {
        inputs: {
          "base-url": s.url,
          timeout: "2s",
          checks: `
- GET /health
- name: hangs
  request: GET /hang
  timeout: 30s
- name: hangs too
  request: GET /hang-too
  timeout: 30s
- name: after the hang
  request: GET /health
  needs: hangs
`,
        },
      };
    },
    // Bounds about what happened, not about how fast this machine is: the gate waited for its
    // deadline, marked what was left timed out, dropped both hanging requests, and the process
    // ended long before the service would have answered them (which would pass the checks).
    verify(run, report, { notes }) {
      check(report?.interrupted === "timed-out", `interrupted: ${report?.interrupted}`);
      expectOutcomes(report, ["passed", "timed-out", "timed-out", "timed-out"]);
      check(
        report!.checks.slice(1).every((c) => /gate timeout of 2s reached/.test(c.detail)),
        `details: ${JSON.stringify(report!.checks.map((c) => c.detail))}`,
      );
      // Timers and Date.now() may disagree by a millisecond or two; stopping early would be far more.
      check(
        report!.durationMs >= 2000 - 10,
        `gate stopped after ${report!.durationMs}ms, before its deadline`,
      );
      check(notes.abandoned?.length === 2, `the service saw ${notes.abandoned?.length} requests dropped`);
      check(
        run.elapsedMs < HANG_MS,
        `exited after ${run.elapsedMs}ms, not before the ${HANG_MS}ms hang ended`,
      );
    },
  },
  ...(["SIGTERM", "SIGINT"] as const).map(
    (signal): FaultRow => ({
      id: `${signal.toLowerCase()}-cancel`,
      group: "end cleanly",
      fault: `the job is cancelled (${signal}) while a check hangs`,
      expected: "failed",
      words: ["cancelled", "GET /health"],
      async prepare({ service, notes }) {
        const s = await service({ "/health": json({ ok: true }), "/hang": hang() });
        return {
          inputs: {
            "base-url": s.url,
            checks:
              "- GET /health\n- name: hangs\n  request: GET /hang\n  timeout: 30s\n  needs: GET /health\n",
          },
          onOutput: {
            when: /GET \/health — passed/,
            act: (child) =>
              setTimeout(() => {
                notes.signalledAt = Date.now();
                child.kill(signal);
              }, 200),
          },
        };
      },
      verify(run, report, { notes }) {
        check(run.code !== 0 && run.code !== null, `exit code ${run.code} (signal ${run.signal})`);
        check(report?.interrupted === "cancelled", `interrupted: ${report?.interrupted}`);
        expectOutcomes(report, ["passed", "cancelled"]);
        const after = Date.now() - (notes.signalledAt ?? 0);
        check(after < 3000, `took ${after}ms to stop after ${signal}`);
      },
    }),
  ),
  {
    id: "unwritable-report-dir",
    group: "end cleanly",
    fault: "`report-dir` lies under a regular file (ENOTDIR); the deploy is healthy",
    expected: "passed",
    words: ["passed", "GET /health"],
    async prepare({ service, tmp }) {
      const s = await service({ "/health": json({ ok: true }) });
      writeFileSync(path.join(tmp, "not-a-dir"), "");
      return {
        inputs: {
          "base-url": s.url,
          checks: "- GET /health\n",
          "report-dir": path.join(tmp, "not-a-dir", "reports"),
        },
      };
    },
    verify(run) {
      check(
        /^::warning::.*could not write the JSON report/m.test(run.stdout),
        "no ::warning:: for the reports",
      );
      check(run.outputs.report === "", `report output should be empty, got ${run.outputs.report}`);
    },
  },
  {
    id: "unwritable-summary",
    group: "end cleanly",
    fault: "GITHUB_STEP_SUMMARY points at a directory (EISDIR); the deploy is broken",
    expected: "failed",
    words: [],
    async prepare({ service, tmp }) {
      const s = await service({ "/v1/orders": json(ORDERS_DOWN, { status: 500 }) });
      const dir = path.join(tmp, "summary-is-a-dir");
      mkdirSync(dir);
      return {
        inputs: { "base-url": s.url, checks: "- name: list orders\n  request: GET /v1/orders\n" },
        env: { GITHUB_STEP_SUMMARY: dir },
      };
    },
    verify(run, report) {
      check(/^::warning::.*step summary/m.test(run.stdout), "no ::warning:: for the summary");
      check(/^::error::.*blocked the deployment/m.test(run.stdout), "the block was not reported");
      expectOutcomes(report, ["failed"]);
    },
  },
  {
    id: "read-only-summary",
    group: "end cleanly",
    fault: "GITHUB_STEP_SUMMARY is a read-only file; the deploy is healthy",
    expected: "passed",
    words: [],
    async prepare({ service, tmp }) {
      const s = await service({ "/health": json({ ok: true }) });
      // chmod does not stop root; /proc/version refuses every writer.
      let summary = "/proc/version";
      if (process.getuid?.() !== 0 || !existsSync(summary)) {
        summary = path.join(tmp, "summary.md");
        writeFileSync(summary, "");
        chmodSync(summary, 0o444);
      }
      return {
        inputs: { "base-url": s.url, checks: "- GET /health\n" },
        env: { GITHUB_STEP_SUMMARY: summary },
      };
    },
    verify(run, report) {
      check(/^::warning::.*step summary/m.test(run.stdout), "no ::warning:: for the summary");
      expectOutcomes(report, ["passed"]);
    },
  },
];

let pki: TestPki;
let scratch: string;
const figures = new Map<string, RowFigures>();

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "deploy-gate-faults-"));
  pki = makeTestPki(path.join(scratch, "pki"));
});

afterAll(() => {
  const rows = ROWS.map((r) => figures.get(r.id)).filter((r): r is RowFigures => r !== undefined);
  writeFigures("faults", {
    rows,
    tried: rows.length,
    correct: rows.filter((r) => r.correct).length,
  });
});

/** The row's JSON report, checked against schema/report.schema.json (runAction checked its JUnit XML). */
function rowReport(run: ActionRun): Report | undefined {
  const file = run.outputs.report;
  return file && existsSync(file) ? readReport(file) : undefined;
}

async function runRow(row: FaultRow): Promise<{ run: ActionRun; report: Report | undefined }> {
  const closers: (() => Promise<void>)[] = [];
  const tmp = mkdtempSync(path.join(scratch, `${row.id}-`));
  const ctx: RowContext = {
    pki,
    tmp,
    notes: {},
    async service(routes) {
      const s = await startFixtureServer(routes);
      let closed = false;
      const close = s.close;
      closers.push(async () => {
        if (!closed) await close();
      });
      return Object.assign(Object.create(s) as FixtureServer, {
        close: async () => {
          closed = true;
          await close();
        },
      });
    },
    async httpsService(which, handler) {
      const server: HttpsServer = createHttpsServer(pki[which], (req, res) => {
        void handler(req, res, {} as never);
      });
      server.listen(0, "127.0.0.1");
      await once(server, "listening");
      closers.push(async () => {
        server.closeAllConnections();
        server.close();
        await once(server, "close");
      });
      return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
  };
  try {
    const prepared = await row.prepare(ctx);
    const run = await runAction({
      inputs: prepared.inputs,
      ...(prepared.env ? { env: prepared.env } : {}),
      ...(prepared.onOutput ? { onOutput: prepared.onOutput } : {}),
    });
    const report = rowReport(run);
    let problem: string | undefined;
    // The words as a reader sees them: markdown escapes and HTML entities undone.
    const visible = run.summary
      .replace(/\\([\\`*_[\]~|$])/g, "$1")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&")
      .toLowerCase();
    const missingWords = row.words.filter((w) => !visible.includes(w.toLowerCase()));
    const verdict = run.outputs.result ?? "(no result output)";
    const exitOk = row.expected === "passed" ? run.code === 0 : run.code !== 0;
    if (verdict !== row.expected) problem = `verdict ${verdict}, expected ${row.expected}`;
    else if (!exitOk) problem = `exit code ${run.code} for a ${row.expected} verdict`;
    else if (missingWords.length) problem = `summary lacks ${JSON.stringify(missingWords)}`;
    else if (run.stderr.trim()) problem = `stderr: ${run.stderr.trim().slice(0, 300)}`;
    else {
      try {
        row.verify?.(run, report, ctx);
      } catch (error) {
        problem = (error as Error).message;
      }
    }
    figures.set(row.id, {
      id: row.id,
      group: row.group,
      fault: row.fault,
      expected: row.expected,
      verdict,
      exitCode: run.code,
      outcomes: outcomes(report),
      elapsedMs: run.elapsedMs,
      missingWords,
      correct: problem === undefined,
      ...(problem ? { problem } : {}),
    });
    if (problem) {
      throw new Error(
        `${row.id}: ${problem}\n--- stdout ---\n${run.stdout.slice(0, 3000)}\n--- summary ---\n${run.summary.slice(0, 3000)}`,
      );
    }
    return { run, report };
  } finally {
    await Promise.all(closers.map((c) => c()));
  }
}

describe.each(["block", "pass", "end cleanly"] as const)("fault matrix: must %s", (group) => {
  it.concurrent.for(ROWS.filter((r) => r.group === group).map((r) => [r.id, r] as const))(
    "%s",
    async ([, row], { expect }) => {
      const { run } = await runRow(row);
      expect(run.outputs.result).toBe(row.expected);
    },
  );
});
